"""A region's governor named by a kind of place and the region's name serves the state the
city and region tables place the name in ("губернатор штата Техас": the USA's), else, a name
they do not know, the one state of the document's whose regions that kind names
("губернатор префектуры Мияги" in a text about Japan and Korea: Japan's,
kg/extract/offices/region_kinds.tsv); none where two such states are named, or the state
is only another's title's (fifty-sixth pass, h-names117; own sentences about Japan–Korea,
USA–Mexico, Canada–Cuba, Argentina–Chile, Germany–Poland)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

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


@pytest.mark.parametrize(("text", "surname", "expected"), GOVERNORS)
def test_region_governor_state(
    extraction_of: Callable[..., Extraction],
    text: str,
    surname: str,
    expected: set[tuple[str, str]],
) -> None:
    got = text_holdings(extraction_of(text, "2024-05-01", "offices"), surname, ("office", "state"))
    assert got == expected
