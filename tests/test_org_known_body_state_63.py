"""A known state's body whose row in the links table gives no state is the state its span
names inside its own name (`org_entity` in kg/resolve/org_naming.py; fifty-third pass,
h-orgs63; own sentences about UK–France, Japan–Korea, Italy–France): "Правительство
Великобритании" was an organization of no state, the generated rows giving a state only to
a body news also names bare. A known party takes its state as an unknown one
("Демократическая партия Кении") does. Must-not: a known body of a city ("Правительство
Москвы")."""

from __future__ import annotations

import pytest
from fact_reads import text_org_states

# each sentence, a known organization's mention in it and the state kg gives it
CASES = [
    ("Правительство Великобритании одобрило соглашение с Францией.",
     "Правительство Великобритании", "state/GBR"),
    ("Министр юстиции Франции встретился с главой Министерства юстиции Великобритании.",
     "Министерства юстиции Великобритании", "state/GBR"),
    ("Парламент Японии одобрил соглашение с Южной Кореей.", "Парламент Японии", "state/JPN"),
    ("Вооружённые силы Великобритании провели учения во Франции.",
     "Вооружённые силы Великобритании", "state/GBR"),
    ("Министерство иностранных дел Италии вызвало посла Франции.",
     "Министерство иностранных дел Италии", "state/ITA"),
    ("Демократическая партия Италии поддержала президента Франции.",
     "Демократическая партия Италии", "state/ITA"),
    # must-not: a city's government
    ("Правительство Москвы заключило соглашение с мэрией Парижа.", "Правительство Москвы", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention", "state"), CASES)
def test_known_body_state(extraction_of, text: str, mention: str, state: str) -> None:  # noqa: ANN001
    """The known body's mention carries the state named inside it, none for a city's."""
    found = {m: s for m, _, s in text_org_states(extraction_of, text)}
    assert found.get(mention) == state
