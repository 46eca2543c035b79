"""A date set off by commas right after a time reference restates the day of its clause.

"Накануне визита, 10 мая, министры встретились": the meeting is of 10 May, not of 9 May (the
eve of a visit dated 10 May), and the visit takes no day from it; "накануне визита президента
10 мая" (no commas) dates the visit, and the meeting is the day before (`restated_time` in
`dating.py`, fifty-third pass, h-events146). Own sentences about other pairs of states."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

_DAY = "2025-05-16"


def _dates(read: list[Event], kind: str) -> list[str]:
    return [e.date for e in read if e.kind == kind]


# (text, the kind of the clause's event, its day, the visit's days): the date set off by
# commas is the clause's, whichever time reference it follows
RESTATED = [
    ("Президент Кении Уильям Руто прибыл в Кампалу. Накануне визита, 10 мая, министры "
     "иностранных дел Кении и Уганды провели переговоры.",
     "Talks", "2025-05-10", [_DAY]),
    ("Президент Руанды Поль Кагаме прибыл в Кампалу 14 мая. Накануне визита, в воскресенье, "
     "министры иностранных дел Руанды и Уганды провели переговоры.",
     "Talks", "2025-05-11", ["2025-05-14"]),
    ("Президент Чили Габриэль Борич прибыл в Лиму 12 мая. После визита, 14 мая, министры "
     "иностранных дел Чили и Перу провели переговоры.",
     "Talks", "2025-05-14", ["2025-05-12"]),
    ("Президенты Чили и Перу 2 мая провели саммит. Через два дня после саммита, 5 мая, "
     "министры открыли бизнес-форум.",
     "Forum", "2025-05-05", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "day", "visits"), RESTATED)
def test_a_date_set_off_after_a_time_reference_is_the_clause_s(
    events, text: str, kind: str, day: str, visits: list[str]
) -> None:
    read = events(text, _DAY)
    assert (_dates(read, kind), _dates(read, "Visit")) == ([day], visits)


# must-nots: a date on the visit with no commas is the visit's, its eve the talks' day; a date
# inside a clause on the visit noun is the visit's (the talks on its eve; the visit noun takes
# no day from the participle's phrase, not checked); a count with no date counts from the summit
KEPT = [
    ("Накануне визита президента Кении в Уганду 10 мая министры иностранных дел Кении и "
     "Уганды провели переговоры.",
     "2025-05-09", "Talks", "2025-05-09", ["2025-05-10"]),
    ("Накануне визита президента Руанды, запланированного на 10 мая, министры иностранных "
     "дел Руанды и Уганды провели переговоры.",
     "2025-05-09", "Talks", "2025-05-09", None),
    ("Президенты Чили и Перу 2 мая провели саммит. Через два дня после саммита министры "
     "открыли бизнес-форум.",
     _DAY, "Forum", "2025-05-04", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "news", "kind", "day", "visits"), KEPT)
def test_a_date_not_set_off_keeps_its_reading(
    events, text: str, news: str, kind: str, day: str, visits: list[str] | None
) -> None:
    read = events(text, news)
    assert _dates(read, kind) == [day]
    assert visits is None or _dates(read, "Visit") == visits
