"""The head of an emirate or a city-state named by its city ("наследный принц Шарджи",
"эмир Дубая", "правитель Аджмана") holds that post of the state the tables place the city
in, as a mayor does; a rank or a form of address before the name ("… Абу-Даби шейх X")
leaves the title the name's. A region no table places ("губернатор Техаса") stays of no
state, a state named stays the post's (h-names107, the fifty-second pass; own sentences
about the UAE, Oman, Qatar, Jordan)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

CASES = [
    ("Наследный принц Шарджи шейх Султан бин Мухаммед прибыл в Маскат.",
     "Мухаммед", {("наследный принц", "state/ARE")}),
    ("Наследный принц Абу-Даби шейх Тахнун бин Халид прибыл в Маскат.",
     "Халид", {("наследный принц", "state/ARE")}),
    ("Эмир Дубая Рашид бин Саид прибыл в Доху.", "Саид", {("эмир", "state/ARE")}),
    ("Правитель Шарджи Султан бин Ахмед провел переговоры в Маскате.",
     "Ахмед", {("правитель", "state/ARE")}),
    # must not: a region no table places, a state named, the city a visit goes to
    ("Губернатор Техаса Грег Эбботт прибыл в Мехико.", "Эбботт", {("губернатор", "")}),
    ("Наследный принц Иордании Хусейн бин Абдалла прибыл в Дубай.",
     "Абдалла", {("наследный принц", "state/JOR")}),
    ("Эмир Катара Тамим бин Хамад прибыл в Абу-Даби.", "Хамад", {("эмир", "state/QAT")}),
]  # fmt: skip
FIELDS = ("office", "state")  # of each holding, compared


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_emirate_head(
    extraction_of: Callable[..., Extraction], text: str, surname: str, expected: set
) -> None:
    """The post and the state it serves."""
    ex = extraction_of(text, "2024-05-15", "offices")
    assert text_holdings(ex, surname, FIELDS) == expected
