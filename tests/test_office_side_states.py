"""The holder a clause that leaves out its verb and "стороны" names serves the side's state:
"С казахстанской стороны переговоры вёл министр A, с узбекской — министр торговли B" gives B
Uzbekistan (the sentence's one state, Kazakhstan, before), as the elided delegation does;
so does a side named in full before the dash ("…: с перуанской стороны — министр X")
(sixty-eighth pass, h-names152; own sentences about Peru–Chile, Tunisia–Morocco)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

CASES = [
    ("С перуанской стороны документ подписал министр Хосе Перес, с чилийской — министр "
     "экономики Педро Гомес.", "Гомес", {("министр экономики", "state/CHL")}),
    ("С тунисской стороны переговоры вёл министр торговли Мунир Хаддад, а с марокканской — "
     "министр иностранных дел Карим Беннани.", "Беннани",
     {("министр иностранных дел", "state/MAR")}),
    ("В Лиме прошли переговоры Перу и Чили. Делегации возглавили: с перуанской стороны — "
     "министр Хосе Перес, с чилийской — министр экономики Педро Гомес.", "Перес",
     {("министр", "state/PER")}),
    ("В Лиме прошли переговоры Перу и Чили. Делегации возглавили: с перуанской стороны — "
     "министр Хосе Перес, с чилийской — министр экономики Педро Гомес.", "Гомес",
     {("министр экономики", "state/CHL")}),
    # must not change: the first side's own holder
    ("С перуанской стороны документ подписал министр Хосе Перес, с чилийской — министр "
     "экономики Педро Гомес.", "Перес", {("министр", "state/PER")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_elided_side_state(
    extraction_of, text: str, surname: str, expected: set[tuple[str, str]]
) -> None:
    """The adjective after "с" that agrees with the side named before gives the state."""
    ex = extraction_of(text, "2026-11-27", "offices")
    assert text_holdings(ex, surname, ("office", "state")) == expected
