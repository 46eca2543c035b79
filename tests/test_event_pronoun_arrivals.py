"""An arrival of "он"/"она" in the sentence after a visit only a state's title made
("Премьер-министр Турции находится с визитом в Иране. Во вторник он прибыл в Исфахан") is
that traveller's: the visit of its state, now in the city, not an arrival of no one dropped.
A trip verb of a destination with no traveller told before, or after a trip home, gives
none. Sentences of our own (forty-first pass)."""

from __future__ import annotations

import pytest

VISIT_KINDS = {"Visit", "WorkingVisit", "OfficialVisit", "StateVisit"}

# text, (visitor, host, location) of each visit
CASES = [
    ("Премьер-министр Турции находится с визитом в Иране. Во вторник он прибыл в Исфахан.",
     [("state/TUR", "state/IRN", "Исфахан")]),
    ("Президент Чили находится с визитом в Перу. Затем он прибыл в Куско.",
     [("state/CHL", "state/PER", "Куско")]),
    ("Министр иностранных дел Египта прибыл в Турцию. Затем она прибыла в Измир.",
     [("state/EGY", "state/TUR", "Измир")]),
    # must not: no traveller before, a trip home, a thing's arrival
    ("Во вторник он прибыл в Исфахан.", []),
    ("Премьер-министр Турции вернулся в Анкару. Во вторник он прибыл в Стамбул.", []),
    ("Президент Чили прибыл в Перу. Его встретил президент Перу. Затем он прибыл в Куско.",
     [("state/CHL", "state/PER", "Перу")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visits"), CASES)
def test_a_pronoun_arrives_as_the_titled_traveller(events, text: str, visits: list) -> None:
    found = [e for e in events(text, "2025-03-04") if e.kind in VISIT_KINDS]
    assert sorted((e.visitor, e.host, e.location) for e in found) == visits


def test_the_arrival_is_evidence_of_the_visit(events) -> None:
    text = "Премьер-министр Турции находится с визитом в Иране. Во вторник он прибыл в Исфахан."
    (visit,) = [e for e in events(text, "2025-03-04") if e.kind in VISIT_KINDS]
    assert [s.text for s in visit.evidence][-1] == "Во вторник он прибыл в Исфахан."
