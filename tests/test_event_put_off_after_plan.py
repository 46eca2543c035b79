"""An event told planned for a time and then put off in the same sentence — by a pronoun's
passive verb ("но теперь он отложен"), a passive verb sharing its subject ("но был отложен"),
or its own verb after a participle of planning ("запланированные на декабрь, отложены") — no
longer holds the time it was planned for: put off with no new time it is called off (the
contract's three statuses: not held as planned, nothing ahead to date), moved to one it is
planned then. A next round called off is never the round held before it (sixty-fifth pass,
h-events243). Own sentences about Latvia–Iran, Ghana–Uganda."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

_DAY = "2026-11-27"

# text, kind, (status, date)
PUT_OFF = [
    ("Следующий раунд консультаций Латвии и Ирана был запланирован на декабрь, но теперь, как "
     "сообщил министр, он отложен на неопределённый срок.", "Talks", ("cancelled", "")),
    ("Визит президента Ганы в Уганду планировался на декабрь, но был отложен на неопределённый "
     "срок.", "Visit", ("cancelled", "")),
    ("Переговоры Латвии и Ирана, запланированные на декабрь, отложены на неопределённый срок.",
     "Talks", ("cancelled", "")),
    ("Визит президента Ганы в Уганду, намеченный на декабрь, отложен.", "Visit",
     ("cancelled", "")),
    ("Переговоры Латвии и Ирана, запланированные на декабрь, перенесены на март.", "Talks",
     ("planned", "2027-03")),
    ("Визит президента Ганы в Уганду был запланирован на декабрь, но он перенесён на март.",
     "Visit", ("planned", "2027-03")),
    # must-nots: a plan alone, a plan and another passive verb, a plan called off (the time it
    # was set for stays the one called off)
    ("Следующий раунд консультаций Латвии и Ирана запланирован на декабрь.", "Talks",
     ("planned", "2026-12")),
    ("Визит президента Ганы в Уганду был запланирован на декабрь и одобрен парламентом.",
     "Visit", ("planned", "2026-12")),
    ("Визит президента Ганы в Уганду, намеченный на декабрь, отменён.", "Visit",
     ("cancelled", "2026-12")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "read"), PUT_OFF)
def test_put_off_after_its_plan(events, text: str, kind: str, read: tuple[str, str]) -> None:
    (event,) = of_kind(events(text, _DAY), kind)
    assert (event.status, event.date) == read


# text, the talks as (status, date, place), in order
ROUNDS = [
    ("В марте Латвия и Иран провели в Варшаве консультации. Следующий раунд консультаций "
     "отложен на неопределённый срок.",
     [("occurred", "2026-03", "Варшава"), ("cancelled", "", "")]),
    ("В марте Латвия и Иран провели в Варшаве консультации. Следующий раунд консультаций был "
     "запланирован на декабрь, но он отложен на неопределённый срок.",
     [("occurred", "2026-03", "Варшава"), ("cancelled", "", "")]),
    # must-not: a next round ahead, as before
    ("В марте Латвия и Иран провели в Варшаве консультации. Следующий раунд консультаций "
     "пройдёт в декабре в Риге.",
     [("occurred", "2026-03", "Варшава"), ("planned", "2026-12", "Рига")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "talks"), ROUNDS)
def test_next_round_called_off_is_its_own(events, text: str, talks: list) -> None:
    found = [(e.status, e.date, e.location) for e in of_kind(events(text, _DAY), "Talks")]
    assert sorted(found) == sorted(talks)
