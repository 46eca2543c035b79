"""A ministry's head named with a field the ministry's name gives by "по" and its datives
("глава Министерства по чрезвычайным ситуациям Киргизии") is its minister ("министр по
чрезвычайным ситуациям"), as "глава Министерства обороны" is "министр обороны"; never a
"по" the parse hangs on the verb ("по итогам встречи"), nor a ministry of no field
(fifty-sixth pass, h-names117; own sentences about Kyrgyzstan, Uzbekistan, Armenia,
Georgia, Moldova)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

MINISTERS = [
    ("Глава Министерства по чрезвычайным ситуациям Киргизии Бойцов Азимбек прибыл в Ташкент.",
     "Азимбек", {("министр по чрезвычайным ситуациям", "state/KGZ")}),
    ("Глава министерства по делам молодёжи Узбекистана Алишер Садуллаев посетил Бишкек.",
     "Садуллаев", {("министр по делам молодёжи", "state/UZB")}),
    ("Руководитель Министерства по чрезвычайным ситуациям и гражданской обороне Армении "
     "Армен Пампукян прибыл в Тбилиси.", "Пампукян",
     {("министр по чрезвычайным ситуациям и гражданской обороне", "state/ARM")}),
    # must not: a "по" of the verb's, and a ministry of no field
    ("Глава министерства по итогам переговоров Георгий Беридзе заявил о прогрессе.",
     "Беридзе", set()),
    ("Глава министерства Молдавии Ион Чебан прибыл в Тбилиси.",
     "Чебан", {("глава министерства", "state/MDA")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), MINISTERS)
def test_ministry_head_by_field_is_its_minister(
    extraction_of: Callable[..., Extraction],
    text: str,
    surname: str,
    expected: set[tuple[str, str]],
) -> None:
    got = text_holdings(extraction_of(text, "2024-05-01", "offices"), surname, ("office", "state"))
    assert got == expected
