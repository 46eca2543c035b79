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
    # a ruler's name no table knows, alone or with his father's: no surname, so the rank
    # is no first name (fifty-first pass, h-names104; Brunei–Malaysia, Oman–Bangladesh)
    ("Султан Кахлан заявил, что Бруней поддержит Малайзию.", {"Кахлан"}),
    ("Султан Салман прибыл в Бангладеш.", {"Салман"}),
    ("Султан Кахлан бен Фаиз прибыл в Малайзию.", {"Кахлан бен Фаиз"}),
    # must-nots: a surname the dictionary knows keeps "Султан" his first name
    ("Султан Кадыров прибыл в Бангладеш.", {"Султан Кадыров"}),
    ("Султан Каримов заявил, что Бруней поддержит Малайзию.", {"Султан Каримов"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), CASES)
def test_ruler_rank_given_name(
    run: Callable[[str], Extraction], text: str, names: set[str]
) -> None:
    assert person_names(run(text)) == names
