"""A ruler's rank before the lone first name of a person the gazetteer gives without the
rank (fiftieth pass, h-names102; sentences of our own about Oman–Iran, Qatar–Oman): the
rank is a title, not a first name the name takes back; a man named so keeps it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

CASES = [
    ("Султан Хейсам прибыл в Иран.", {"Хейсам"}),
    ("Султан Хейсам заявил, что Оман поддержит Иран.", {"Хейсам"}),
    # must-nots: a man named Султан, a person the gazetteer names with the rank word
    ("Султан Ахмедов заявил, что Оман поддержит Иран.", {"Султан Ахмедов"}),
    ("Эмир Кустурица прибыл в Оман.", {"Эмир Кустурица"}),
    ("Эмир Тамим заявил, что Катар поддержит Оман.", {"Тамим"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), CASES)
def test_ruler_rank_given_name(
    run: Callable[[str], Extraction], text: str, names: set[str]
) -> None:
    assert person_names(run(text)) == names
