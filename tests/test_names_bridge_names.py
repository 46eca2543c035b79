"""A name in apposition after a bridge's noun is the bridge's, no person ("на мосту Симон
Боливар"); `мост` joins thing_nouns.txt. Sixty-seventh pass (h-names150); own sentences
about Colombia–Venezuela, Peru."""

from __future__ import annotations

import pytest
from fact_reads import person_names

BRIDGES = [
    ("Обмен пленными прошёл на мосту Симон Боливар между Колумбией и Венесуэлой.",
     "Симон Боливар"),
    ("Военные перекрыли мост Атанасио Хирардот у границы.", "Атанасио Хирардот"),
]  # fmt: skip

# must not: a subject after a bridge's noun, or a name after the verb, stays a person
PERSONS = [
    ("На мосту Хосе Перес встретил делегацию Перу.", "Хосе Перес"),
    ("Делегацию на мосту встретил Хосе Перес.", "Хосе Перес"),
]


@pytest.mark.parametrize(("text", "name"), BRIDGES)
def test_a_bridge_name_is_no_person(extraction_of, text: str, name: str) -> None:
    assert name not in person_names(extraction_of(text, "2026-12-07"))


@pytest.mark.parametrize(("text", "name"), PERSONS)
def test_a_person_beside_a_bridge_stays(extraction_of, text: str, name: str) -> None:
    assert name in person_names(extraction_of(text, "2026-12-07"))
