"""A post "свой" owns is of the state its clause's subject is or serves: "Аргентина отозвала
своего посла в Боливии X" is Argentina's ambassador (main gave the post no state, and none at
all where the tagger read the name in the genitive after the accusative title). Own sentences
about Argentina–Bolivia, Chile–Israel, Ecuador–Mexico, Peru–Ecuador (h-names138, the
sixty-second pass). Must-nots: a post with its own state stays that state's, and "свой" of
one who serves no state gives none."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

Holding = tuple[str, str, bool]  # office, state, past

CASES = [
    ("Аргентина отозвала своего посла в Боливии Мариано Лопеса.",
     "Лопес", {("посол", "state/ARG", False)}),
    ("Президент Чили Габриэль Борич отозвал своего посла в Израиле Хорхе Карвахаля.",
     "Карвахаль", {("посол", "state/CHL", False)}),
    ("Эквадор объявил об отзыве своего посла в Мексике Рауля Переса.",
     "Перес", {("посол", "state/ECU", False)}),
    # a person's state the text gives earlier
    ("Президент Перу Хуан Гарсия посетил Кито. Позже Гарсия отозвал своего посла в Эквадоре "
     "Луиса Торреса.", "Торрес", {("посол", "state/PER", False)}),
    # must-nots: the post's own state; one who serves no state
    ("Испания вызвала посла Марокко Карима Бенслимана.",
     "Бенслиман", {("посол", "state/MAR", False)}),
    ("Журналист Марко Новак встретил своего посла Яна Коваля.", "Коваль", {("посол", "", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_own_posts(extraction_of, text: str, surname: str, expected: set[Holding]) -> None:
    """The office a name after "свой" and a post of no state holds."""
    ex = extraction_of(text, "2026-03-12", "offices")
    assert text_holdings(ex, surname) == expected
