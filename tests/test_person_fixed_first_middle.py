"""A middle word after a first name that never declines, which the dictionary knows as no
word and no first name, stays as written in every case, and the surname after it alone
declines, on sentences of our own about Malawi–Zambia, Ghana–Angola and Senegal–Brazil
(forty-ninth pass, h-names100)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

NAMES = [
    # an unknown middle word in "-е" keeps its "-е" in the dative, the surname declines
    ("Министр Замбии позвонил Кваме Нтеге Банде.", {"Кваме Нтеге Банда"}),
    ("Посол Анголы встретился с Кваме Нтеге Бандой.", {"Кваме Нтеге Банда"}),
    ("Президент Ганы Кваме Нтеге Банда прибыл в Анголу.", {"Кваме Нтеге Банда"}),
    ("Министр Бразилии поговорил с Мамаду Нтеге Диалло.", {"Мамаду Нтеге Диалло"}),
    # must not: a first name the dictionary knows in the middle declines
    ("Министр Ганы позвонил Кваме Луизе Банде.", {"Кваме Луиза Банда"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), NAMES)
def test_middle_after_fixed_first(
    run: Callable[[str], Extraction], text: str, names: set[str]
) -> None:
    """The middle word as written, the surname in the nominative."""
    assert person_names(run(text)) == names
