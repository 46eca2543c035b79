"""A body's noun with nothing after it ends a title ("По словам главы ведомства X",
"Глава министерства X заявил"): the title is of the nearest body of that kind the same or
the sentence before named ("Роскомнадзор", "Министерство иностранных дел Турции")
(h-offices56, the forty-sixth pass; own sentences about Estonia, Turkey, Egypt). Must-nots:
no such body named before, and a title whose own genitive names the body."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

DATE = "2024-05-15"

CASES = [
    ("Министерство юстиции Эстонии проверит сделку. По словам главы ведомства Кристьяна "
     "Мяги, проверка займёт месяц.",
     "Мяга", {("глава", "state/EST", False)}),
    ("Роскомнадзор заблокировал сайт египетской газеты. По словам главы ведомства Андрея "
     "Липова, решение окончательное.",
     "Липов", {("глава", "org/Q129597", False)}),
    ("Министерство иностранных дел Турции выразило протест Египту. Глава министерства Хакан "
     "Фидан заявил, что Анкара ответит.",
     "Фидан", {("глава министерства", "state/TUR", False)}),
    # must not: no body named before keeps the bare title; a title's own body stays
    ("Компания заключила сделку с Египтом. По словам главы ведомства Андрея Липова, решение "
     "окончательное.",
     "Липов", {("глава ведомства", "", False)}),
    ("По словам главы Роскомнадзора Андрея Липова, решение окончательное.",
     "Липов", {("глава", "org/Q129597", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_anaphoric_bodies(extraction_of, text: str, surname: str, expected) -> None:
    """The lone body noun's title is of the body named before."""
    ex = extraction_of(text, DATE, "offices")
    assert text_holdings(ex, surname) == expected
