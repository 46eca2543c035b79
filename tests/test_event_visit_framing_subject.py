"""A bare "в ходе визита"/"во время визита" right after a visit told by another traveller
points back to that visit: its clause's subject, a person of the guest's state, takes part
in it, and no visit of that person's stands beside it; the talks it frames
take the visit's day and place (`merging._trip_framing_aside`). Sentences of our own about
India–Japan and Brazil–China (sixty-fourth pass, h-events234)."""

from __future__ import annotations

import pytest

_MODI = "Премьер-министр Индии Нарендра Моди посетил Японию 12 ноября. "
_LULA = "Президент Бразилии Лула да Силва прибыл в Пекин 10 ноября. "

# (text, the one visit's label, a person who takes part in it, the framed event's kind, day)
FRAMED = [
    (_MODI + "В ходе визита министр иностранных дел Индии провёл переговоры с коллегой.",
     "Визит Нарендры Моди в Японию", "person/s-jaishankar", "Talks", "2026-11-12"),
    (_LULA + "Во время визита министр иностранных дел Бразилии Мауро Виейра встретился с Ван И.",
     "Визит Луиса Инасиу Лулы да Силвы в Китай", "person/mauro-vieira", "Meeting", "2026-11-10"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "member", "kind", "day"), FRAMED)
def test_the_framing_noun_is_the_visit_told_before(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    label: str,
    member: str,
    kind: str,
    day: str,
) -> None:
    found = events(text, "2026-11-20")
    visits = [e for e in found if e.kind.endswith("Visit")]
    assert [v.label for v in visits] == [label]
    assert member in visits[0].participants
    framed = [e for e in found if e.kind == kind]
    assert [(e.date, e.location) for e in framed] == [(day, visits[0].location)]


# must not: a noun of a place of its own, with no visit told before, or told ahead while the
# clause is done: the subject's own visit stays; a host's official ("В ходе поездки японский
# премьер провёл переговоры с президентом Южной Кореи", `test_event_trips_told_again`) too
APART = [
    (_MODI + "В ходе визита в Осаку министр иностранных дел Индии провёл переговоры с "
     "губернатором.", 2),
    ("В ходе визита министр иностранных дел Индии провёл переговоры с японским коллегой.", 1),
    ("Премьер-министр Индии Нарендра Моди посетит Японию 12 декабря. В ходе визита министр "
     "иностранных дел Индии провёл переговоры с коллегой.", 2),
]  # fmt: skip


@pytest.mark.parametrize(("text", "count"), APART)
def test_a_visit_of_its_own_stays(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    count: int,
) -> None:
    visits = [e for e in events(text, "2026-11-20") if e.kind.endswith("Visit")]
    assert len(visits) == count
    assert any("person/s-jaishankar" in v.participants for v in visits)
