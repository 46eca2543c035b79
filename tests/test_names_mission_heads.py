"""The head of a state's mission abroad named by the state's adjective ("Глава чилийской
дипмиссии X", "глава перуанского посольства X") holds the office its genitive name gives
("глава посольства Перу": "глава посольства"; "дипмиссии" spelled out as "дипломатической
миссии"), of that state; "посол" only where the text says it (sixty-seventh pass,
h-names151; own sentences about Chile, Peru, Nepal)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

HEADS = [
    ("Глава чилийской дипмиссии Хуан Перес не пострадал при взрыве.",
     "Перес", {("глава дипломатической миссии", "state/CHL")}),
    ("Глава перуанского посольства Хосе Гарсия заявил протест.",
     "Гарсия", {("глава посольства", "state/PER")}),
    ("Глава непальского консульства Рам Шарма заявил протест.",
     "Шарма", {("глава консульства", "state/NPL")}),
    ("Глава дипмиссии Чили Хуан Перес не пострадал при взрыве.",
     "Перес", {("глава дипломатической миссии", "state/CHL")}),
    # must not change
    ("Глава посольства Перу Хосе Гарсия заявил протест.",
     "Гарсия", {("глава посольства", "state/PER")}),
    ("Посол Чили Хуан Перес не пострадал при взрыве.",
     "Перес", {("посол", "state/CHL")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), HEADS)
def test_mission_head_by_state_adjective(
    extraction_of, text: str, surname: str, expected: set[tuple[str, str]]
) -> None:
    """A mission's head by the state's adjective holds the genitive form's office."""
    ex = extraction_of(text, "2026-11-20", "offices")
    assert text_holdings(ex, surname, ("office", "state")) == expected
