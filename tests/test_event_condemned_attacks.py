"""An attack on a state's mission that another body condemns (h-events254): "МИД Турции
осудил нападение на посольство страны в Багдаде" tells the attack done, on Turkey (a bare
"страны" is the state told before it), in Baghdad, by no one the text names: the one who
condemns it is no attacker. Sentences of our own (Turkey–Iraq, Egypt–Libya, Chile–Peru)."""

from __future__ import annotations

import pytest
from fact_reads import state_keys

# (text, the place, the states attacked)
CONDEMNED = [
    ("МИД Турции осудил нападение на посольство страны в Багдаде.", "Багдад", {"state/TUR"}),
    ("МИД Турции решительно осудил нападение на посольство Турции в Багдаде.", "Багдад",
     {"state/TUR"}),
    ("Президент Египта осуждает нападение на консульство страны в Триполи.", "Триполи",
     {"state/EGY"}),
    ("Правительство Чили осудило нападение на посольство Чили в Лиме.", "Лима", {"state/CHL"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "states"), CONDEMNED)
def test_a_condemned_attack_on_a_mission_happened(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    place: str,
    states: set[str],
) -> None:
    (attack,) = [e for e in events(text, "2026-11-20") if e.kind == "Attack"]
    assert attack.status == "occurred"
    assert attack.location == place
    assert state_keys(attack) == states


# must-nots: an attack only feared, an attack on no mission by no armed side
NONE = [
    "Президент Египта осудил угрозы нападения на посольство Египта в Триполи.",
    "Футболисты атаковали ворота соперника в Лиме.",
    "МИД Турции осудил решение парламента Ирака.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_attack(events, text: str) -> None:  # noqa: ANN001 - the conftest fixture
    assert not [e for e in events(text, "2026-11-20") if e.kind == "Attack"]


# the day of "в результате которого": the attack's, though the parser hangs the clause on
# the mission or on the condemning verb
DATED = [
    ("МИД Турции осудил нападение на посольство Турции в Багдаде, в результате которого во "
     "вторник погиб охранник.", "2026-11-17"),
    ("МИД Египта осудил нападение на консульство страны в Триполи, в результате которого в "
     "субботу был ранен охранник дипмиссии.", "2026-11-14"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day"), DATED)
def test_a_result_clause_dates_the_attack(events, text: str, day: str) -> None:  # noqa: ANN001
    (attack,) = [e for e in events(text, "2026-11-20") if e.kind == "Attack"]
    assert attack.date == day
