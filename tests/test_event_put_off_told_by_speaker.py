"""A visit planned for a day and put off, told with its speaker after it ("Визит …,
запланированный на 9–10 декабря, перенесён на более поздний срок, сообщил генеральный
секретарь …"), no longer holds the day it was planned for: the parser hangs the participle
of planning on the speaker's title after it, and the new day ("перенесён на 3 декабря") on
that participle, so the old day stayed, planned, as if still to come. Put off to a new day it
is planned then, to no day planned undated. Whom the talks planned on the visit are held
"с", hung by the parser on the paper signed after them ("провести переговоры с президентом
X и подписать соглашение"), is their side (sixty-eighth pass, h-events258). Own sentences
about Vietnam–Laos, Chile–Argentina."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, one_of_kind

_DAY = "2026-11-04"

# text, (status, date)
PUT_OFF = [
    ("Визит президента Вьетнама во Вьентьян, запланированный на 12–13 ноября, перенесён на "
     "более поздний срок из-за тайфуна, сообщил генеральный секретарь кабинета министров "
     "Вьетнама.", ("planned", "")),
    ("Визит президента Вьетнама во Вьентьян, запланированный на 12 ноября, перенесён на 3 "
     "декабря, сообщил министр иностранных дел Вьетнама.", ("planned", "2026-12-03")),
    ("Визит президента Вьетнама во Вьентьян, запланированный на 12 ноября, перенесён на 3 "
     "декабря.", ("planned", "2026-12-03")),
    # must-nots: put off with no time it stays called off (h-events197), a visit planned that
    # is held as planned, one called off keeps its day
    ("Визит президента Чили в Буэнос-Айрес, запланированный на 9–10 ноября, отложен, сообщил "
     "пресс-секретарь президента.", ("cancelled", "")),
    ("Визит президента Вьетнама во Вьентьян, запланированный на 12 ноября, состоится, "
     "сообщил министр иностранных дел Вьетнама.", ("planned", "2026-11-12")),
    ("Визит президента Вьетнама во Вьентьян, намеченный на 12 ноября, отменён, сообщил "
     "министр иностранных дел Вьетнама.", ("cancelled", "2026-11-12")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "read"), PUT_OFF)
def test_a_visit_put_off_holds_no_old_day(events, text: str, read: tuple[str, str]) -> None:
    (visit,) = of_kind(events(text, _DAY), "Visit")
    assert (visit.status, visit.date) == read


# text, the talks' persons
PARTNERS = [
    ("В ходе визита Борич должен был провести переговоры с президентом Аргентины Хавьером "
     "Милеем и подписать соглашение о взаимном доступе сил в расширенной редакции.",
     {"person/javier-milei"}),
    ("В ходе визита премьер Вьетнама должен был провести переговоры с президентом Лаоса "
     "Тхонглуном Сисулитом и подписать соглашение о взаимном доступе сил.",
     {"person/tkhonglun-sisulit", "state/LAO"}),
    # must-not: a "с" the parse hangs on the talks keeps them as they were
    ("Президент Чили Габриэль Борич провёл переговоры с президентом Аргентины Хавьером Милеем.",
     {"person/gabriel-borich", "person/javier-milei"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "persons"), PARTNERS)
def test_the_talks_partner_hung_on_the_paper(events, text: str, persons: set[str]) -> None:
    talks = one_of_kind(events(text, _DAY), "Talks")
    assert persons <= set(talks.participants)
