"""A colleague of another state named with a form of address or a rank before the name
("со своим эмиратским коллегой шейхом X") holds the office of the one named before in the
sentence, in the state the adjective names, as a colleague named without one does; none
without the adjective, nor where the adjective is the subject's own state (h-names107, the
fifty-second pass; own sentences about India–UAE, Qatar–Oman, Indonesia–Malaysia)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

CASES = [
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
FIELDS = ("office", "state")  # of each holding, compared


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_colleague_after_rank(
    extraction_of: Callable[..., Extraction], text: str, surname: str, expected: set
) -> None:
    """The colleague's office and state, none where the text does not tell them."""
    ex = extraction_of(text, "2024-05-15", "offices")
    assert text_holdings(ex, surname, FIELDS) == expected
