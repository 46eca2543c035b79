"""Offices the text names otherwise than a bare title: a ministry's head with its "по" field,
a region's governor by its kind of place (fifty-sixth pass, h-names117).

A ministry's head named with a field the ministry's name gives by "по" and its datives
("глава Министерства по чрезвычайным ситуациям Киргизии") is its minister ("министр по
чрезвычайным ситуациям"), as "глава Министерства обороны" is "министр обороны"; never a
"по" the parse hangs on the verb ("по итогам встречи"), nor a ministry of no field
(fifty-sixth pass, h-names117; own sentences about Kyrgyzstan, Uzbekistan, Armenia,
Georgia, Moldova).

A region's governor named by a kind of place and the region's name serves the state the
city and region tables place the name in ("губернатор штата Техас": the USA's), else, a name
they do not know, the one state of the document's whose regions that kind names
("губернатор префектуры Мияги" in a text about Japan and Korea: Japan's,
kg/resolve/place_kinds.tsv); none where two such states are named, or the state
is only another's title's (fifty-sixth pass, h-names117; own sentences about Japan–Korea,
USA–Mexico, Canada–Cuba, Argentina–Chile, Germany–Poland)."""

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

GOVERNORS = [
    # the tables know the region
    ("Губернатор штата Техас Джон Миллер посетил Мехико.", "Миллер",
     {("губернатор штата", "state/USA")}),
    ("Губернатор провинции Онтарио Джон Смит встретился с послом Кубы.", "Смит",
     {("губернатор", "state/CAN")}),
    # a kind one of the document's states names its regions by
    ("Япония и Южная Корея расширят обмены. Губернатор префектуры Мияги Ёсихиро Мураи "
     "посетил Сеул.", "Мураи", {("губернатор", "state/JPN")}),
    ("Германия и Польша обсудили границу. Премьер земли Бранденбург не приехал, а губернатор "
     "земли Саксония-Анхальт Томас Бауэр прибыл в Варшаву.", "Бауэр",
     {("губернатор", "state/DEU")}),
    # must not: two states of the kind named, or the state only another's title's
    ("США и Мексика обсудили границу. Губернатор штата Тамаулипас Америко Вильяреаль посетил "
     "Остин.", "Вильяреаль", {("губернатор штата", "")}),
    ("Губернатор провинции Чубут Игнасио Торрес встретился с послом Чили.", "Торрес",
     {("губернатор", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), MINISTERS + GOVERNORS)
def test_office_and_state_named_otherwise(
    extraction_of: Callable[..., Extraction],
    text: str,
    surname: str,
    expected: set[tuple[str, str]],
) -> None:
    got = text_holdings(extraction_of(text, "2024-05-01", "offices"), surname, ("office", "state"))
    assert got == expected
