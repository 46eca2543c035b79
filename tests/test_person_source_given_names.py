"""First names the NEREL links table opens persons' names with, which the dictionary reads
as a common word or not at all (fiftieth pass, h-names101; sentences of our own about
Brazil–Angola, Mozambique–Angola, India–Nepal, Italy–Malta, Qatar–Oman, Japan–Korea):
such a word opening a name of three words is the name's first word, not a word natasha
glued before it, and one natasha left untagged joins the name. A title, an office or a rank
before a name stays out of it, and so does a word the list does not hold."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

CASES = [
    # read by the dictionary as a common word ("ум", "серить") or not at all
    ("Ума Мария Сингх заявила, что Индия поддержит Непал.", {"Ума Мария Сингх"}),
    ("Граса Мария Мондлане заявила, что Мозамбик поддержит Анголу.", {"Граса Мария Мондлане"}),
    ("Серена Мария Росси заявила, что Италия поддержит Мальту.", {"Серена Мария Росси"}),
    ("Хамад Аль Тани заявил, что Катар поддержит Оман.", {"Хамад Аль Тани"}),
    ("Таро Кэндзи Кимура заявил, что Япония поддержит Корею.", {"Таро Кэндзи Кимура"}),
    ("Садик Али Ахмад заявил, что Бразилия поддержит Анголу.", {"Садик Али Ахмад"}),
    # must-nots: a ruler's rank, an office before a name stay out of it
    ("Эмир Тамим заявил, что Катар поддержит Оман.", {"Тамим"}),
    ("Посол Мария Петрова прибыла в Анголу.", {"Мария Петрова"}),
    ("Принцесса Мако Комуро прибыла в Бразилию.", {"Мако Комуро"}),
    # must-not: a common word the list does not hold stays glued off
    ("Поэт Мария Сингх заявила, что Индия поддержит Непал.", {"Мария Сингх"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), CASES)
def test_source_given_names(run: Callable[[str], Extraction], text: str, names: set[str]) -> None:
    assert person_names(run(text)) == names


DATIVES = [
    # the table's nominative first name stays as written, the surname after it declines
    ("Президент Замбии позвонил Бингу Мутарике.", {"Бингу Мутарика"}),
    ("Президент Малави встретился с Бингу Мутарикой в Замбии.", {"Бингу Мутарика"}),
    ("Министр Кореи позвонил Таро Кимуре.", {"Таро Кимура"}),
    # must-nots: a surname that shows no case stays; a first name that declines declines
    ("Президент Ганы позвонил Кваме Нкрума.", {"Кваме Нкрума"}),
    ("Визит Грасы Мондлане в Анголу завершился.", {"Граса Мондлане"}),
    ("Президент Малави позвонил Джону Банде.", {"Джон Банда"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), DATIVES)
def test_source_given_names_in_oblique_names(
    run: Callable[[str], Extraction], text: str, names: set[str]
) -> None:
    assert person_names(run(text)) == names
