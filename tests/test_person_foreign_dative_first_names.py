"""Foreign first names in the dative before a surname that shows no case (fiftieth pass,
h-names102; sentences of our own about Egypt–Sudan, Oman–Iran, Italy–Malta): a man's name
in "-а" the dictionary also reads as a locative ("Мустафе") declines to its nominative; an
Italian "-е", the locative of a name in a consonant ("Даниэле"), stays as written."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

CASES = [
    ("Президент Судана позвонил Мустафе Мадбули.", {"Мустафа Мадбули"}),
    ("Министр Ирана встретился с Мустафе Абди в Омане.", {"Мустафа Абди"}),
    # must-nots: an Italian first name in "-е" stays as written, a locative's declines
    ("Министр Мальты позвонил Даниэле Франко.", {"Даниэле Франко"}),
    ("Министр Мальты позвонил Давиде Сассоли.", {"Давиде Сассоли"}),
    ("Доклад о Мустафе Абди обсудили в Омане.", {"Мустафа Абди"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), CASES)
def test_foreign_dative_first_names(
    run: Callable[[str], Extraction], text: str, names: set[str]
) -> None:
    assert person_names(run(text)) == names
