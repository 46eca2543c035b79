"""A title of the open class whose state is "страны" ("вице-президент страны") is that
office of the country the text is about, as "президент страны" and "премьер страны" are:
the office holds no "страны" of its own. Sentences of our own (pass forty-two, h-misc43)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    ("В Перу прошли выборы. Вице-президент страны Хорхе Мендоса заявил о победе.", "Мендоса",
     {("вице-президент", "state/PER", False)}),
    ("Президент Чили Габриэль Борич посетил Лиму, где его принял вице-президент страны Хорхе "
     "Мендоса.", "Мендоса", {("вице-президент", "state/PER", False)}),
    ("В Латвии сформировано правительство. Бывший вице-президент страны Янис Озолс выступил "
     "в сейме.", "Озолс", {("вице-президент", "state/LVA", True)}),
    # no country before: the office alone, still no "страны" in it
    ("Вице-президент страны Хорхе Мендоса посетил Сантьяго.", "Мендоса",
     {("вице-президент", "", False)}),
    # must-nots: a state's own vice-president, a company's
    ("Вице-президент Эквадора Вероника Абад посетила Лиму.", "Абад",
     {("вице-президент", "state/ECU", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_vice_president_of_strany(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2024-05-10"), surname) == expected


def test_generic_head_of_strany_kept(extraction) -> None:  # noqa: ANN001
    """ "глава страны" stays the generic head's title it was (not cut to "глава")."""
    ex = extraction(
        "В Перу прошли выборы. Глава страны Хорхе Мендоса заявил о победе.", "2024-05-10"
    )
    assert all(h.office != "глава" for h in ex.facts["offices"])
