"""Titles of those named with a form of address or a rank before the name (h-names107, the
fifty-second pass; own sentences about India–UAE, Qatar–Oman, Indonesia–Malaysia, Jordan).

`COLLEAGUES`: a colleague of another state named so ("со своим эмиратским коллегой шейхом
X") holds the office of the one named before in the sentence, in the state the adjective
names, as a colleague named without one does; none without the adjective, nor where the
adjective is the subject's own state.

`EMIRATES`: the head of an emirate or a city-state named by its city ("наследный принц
Шарджи", "эмир Дубая", "правитель Шарджи") holds that post of the state the tables place the
city in, as a mayor does; a rank before the name ("… Абу-Даби шейх X") leaves the title the
name's. A region no table places ("губернатор Юты": regions.tsv leaves Юта out) stays of no
state, a state named stays the post's."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

COLLEAGUES = [
    ("Министр торговли Индии Арун Капур посетил Абу-Даби, где встретился со своим эмиратским "
     "коллегой шейхом Хамданом бин Рашидом.",
     "Рашид", {("министр торговли", "state/ARE")}),
    ("Министр иностранных дел Катара Мухаммед Аль Тани прибыл в Маскат, где встретился со "
     "своим оманским коллегой господином Бадром Хамадом.",
     "Хамад", {("министр иностранных дел", "state/OMN")}),
    ("Министр обороны Малайзии Азиз Рахман провел переговоры со своим индонезийским коллегой "
     "господином Агусом Прасетьо.",
     "Прасетьо", {("министр обороны", "state/IDN")}),
    # must not: no state adjective with two offices named before, the subject's own state
    ("Министр обороны Индии Радж Сингх прибыл в Абу-Даби. Министр торговли Индии Арун Капур "
     "встретился со своим коллегой шейхом Хамданом бин Рашидом.",
     "Рашид", set()),
    ("Министр торговли Индии Арун Капур встретился со своим индийским коллегой господином "
     "Виджаем Раманом.",
     "Раман", set()),
]  # fmt: skip
EMIRATES = [
    ("Наследный принц Шарджи шейх Султан бин Мухаммед прибыл в Маскат.",
     "Мухаммед", {("наследный принц", "state/ARE")}),
    ("Наследный принц Абу-Даби шейх Тахнун бин Халид прибыл в Маскат.",
     "Халид", {("наследный принц", "state/ARE")}),
    ("Эмир Дубая Рашид бин Саид прибыл в Доху.", "Саид", {("эмир", "state/ARE")}),
    ("Правитель Шарджи Султан бин Ахмед провел переговоры в Маскате.",
     "Ахмед", {("правитель", "state/ARE")}),
    # must not: a region no table places, a state named, the city a visit goes to
    ("Губернатор Юты Спенсер Кокс прибыл в Мехико.", "Кокс", {("губернатор", "")}),
    ("Наследный принц Иордании Хусейн бин Абдалла прибыл в Дубай.",
     "Абдалла", {("наследный принц", "state/JOR")}),
    ("Эмир Катара Тамим бин Хамад прибыл в Абу-Даби.", "Хамад", {("эмир", "state/QAT")}),
]  # fmt: skip

FIELDS = ("office", "state")  # of each holding, compared


@pytest.mark.parametrize(("text", "surname", "expected"), COLLEAGUES + EMIRATES)
def test_ranked_name_office(
    extraction_of: Callable[..., Extraction], text: str, surname: str, expected: set
) -> None:
    """The office and the state it serves, none where the text does not tell them."""
    ex = extraction_of(text, "2024-05-15", "offices")
    assert text_holdings(ex, surname, FIELDS) == expected
