"""An attack told by what it caused (events119): "в Латвии в результате теракта на базе НАТО
погиб по крайней мере один человек" tells the attack happened, as "по итогам переговоров"
tells the talks; a "теракт" only spoken of ("угроза теракта") stays none. Sentences of our
own (Estonia–Latvia, Egypt–Turkey, Chile)."""

from __future__ import annotations

import pytest

# (text, where it happened)
RESULTS = [
    ("Тем временем в Латвии в результате теракта на базе НАТО погиб по крайней мере один "
     "человек, еще около 70 получили ранения.", "Латвия"),
    ("В Эстонии в результате теракта на военной базе погибли два человека.", "Эстония"),
    ("В Египте в результате теракта в Каире погибли три человека.", "Каир"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), RESULTS)
def test_an_attack_whose_outcome_is_told_happened(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    place: str,
) -> None:
    (attack,) = [e for e in events(text, "2024-12-20") if e.kind == "Attack"]
    assert attack.status == "occurred"
    assert attack.location == place


# must keep: an attack only feared or spoken of is none
NONE = [
    "В Чили сохраняется угроза теракта на военных базах.",
    "Власти Эстонии обсудили меры по предотвращению теракта.",
]


@pytest.mark.parametrize("text", NONE)
def test_an_attack_spoken_of_is_none(events, text: str) -> None:  # noqa: ANN001
    assert not [e for e in events(text, "2024-12-20") if e.kind == "Attack"]
