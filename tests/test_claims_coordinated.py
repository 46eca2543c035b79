"""Claims of coordinated words: goods sold "на" a sum keep the singular of a mass noun the
tagger reads as a plural ("продала пшеницы" → экспорт пшеницы); a change of measures
coordinated is a claim of each ("Экспорт и импорт … выросли на 5 %"); goods that grow dearer
change their prices ("Медь, никель и кобальт подорожали на 5 %" → рост цен); a gapped
object before its own sum is what the verb trades ("и у Аргентины пшеницу на 2 млрд"); goods
listed before one sum are all traded ("продала Японии пшеницы и ячменя на 900 млн")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Аргентина продала Турции пшеницы на 1,2 млрд долларов.",
            [("экспорт пшеницы", Decimal(1_200_000_000), "USD")],
        ),
        (
            "Бразилия продала Египту кукурузы на 800 млн долларов.",
            [("экспорт кукурузы", Decimal(800_000_000), "USD")],
        ),
        (
            "Чили продало Китаю меди на 3 млрд долларов.",
            [("экспорт меди", Decimal(3_000_000_000), "USD")],
        ),
        # must-not: a noun of countable things keeps its plural
        (
            "Франция продала Индии самолетов на 8 млрд евро.",
            [("экспорт самолётов", Decimal(8_000_000_000), "EUR")],
        ),
    ],
)
def test_mass_goods_sold(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(rows)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Экспорт и импорт Египта выросли на 5 %.",
            [("рост экспорта", Decimal(5), "percent"), ("рост импорта", Decimal(5), "percent")],
        ),
        (
            "Экспорт и импорт Турции в прошлом году сократились на 3 %.",
            [
                ("снижение экспорта", Decimal(3), "percent"),
                ("снижение импорта", Decimal(3), "percent"),
            ],
        ),
        (
            "Инвестиции и товарооборот Японии и Вьетнама выросли на 10 %.",
            [
                ("рост инвестиций", Decimal(10), "percent"),
                ("рост товарооборота", Decimal(10), "percent"),
            ],
        ),
        # must-nots: a state coordinated is no measure; a gapped or own clause has its figure
        ("Экспорт и Египет выросли на 5 %.", [("рост экспорта", Decimal(5), "percent")]),
        (
            "Экспорт Египта вырос на 5 %, импорт — на 3 %.",
            [("рост экспорта", Decimal(5), "percent"), ("рост импорта", Decimal(3), "percent")],
        ),
        (
            "Экспорт Египта вырос на 5 %, а импорт снизился на 2 %.",
            [
                ("рост экспорта", Decimal(5), "percent"),
                ("снижение импорта", Decimal(2), "percent"),
            ],
        ),
        (
            "Поставки нефти и газа из Ирака в Индию выросли на 5 %.",
            [("рост поставок нефти и газа", Decimal(5), "percent")],
        ),
    ],
)
def test_coordinated_changes(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(rows)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Медь, никель и кобальт подорожали на 5 %.", [("рост цен", Decimal(5), "percent")]),
        ("Пшеница и кукуруза подешевели на 10 %.", [("снижение цен", Decimal(10), "percent")]),
        (
            "Нефть марки Brent подешевела на 2 % на фоне решения ОПЕК.",
            [("снижение цен", Decimal(2), "percent")],
        ),
        # must-nots: a currency's rate, papers or a way of life are no goods' prices
        ("Рубль подешевел на 5 %.", []),
        ("Доллар подорожал на 2 %.", []),
        ("Акции компании подорожали на 7 %.", []),
        ("Жизнь в Египте подорожала на 30 %.", []),
    ],
)
def test_goods_priced(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(rows)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Египет закупил у Бразилии сахар и у Аргентины пшеницу на 2 млрд долларов.",
            [("закупки пшеницы", Decimal(2_000_000_000), "USD")],
        ),
        (
            "Турция закупила у Азербайджана газ и у Ирака нефть на 5 млрд долларов.",
            [("закупки нефти", Decimal(5_000_000_000), "USD")],
        ),
        (
            "Польша закупила у Норвегии газ и у Катара нефть на 4 млрд евро.",
            [("закупки нефти", Decimal(4_000_000_000), "EUR")],
        ),
        # must-nots: the first object with its own sum keeps it; a gapped subject is no goods
        (
            "Египет закупил у Бразилии сахар на 2 млрд долларов.",
            [("закупки сахара", Decimal(2_000_000_000), "USD")],
        ),
        (
            "Египет закупил у Бразилии сахар на 2 млрд долларов, а правительство Турции — на 1 "
            "млрд долларов.",
            [
                ("закупки сахара", Decimal(1_000_000_000), "USD"),
                ("закупки сахара", Decimal(2_000_000_000), "USD"),
            ],
        ),
    ],
)
def test_gapped_objects(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(rows)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Канада продала Японии пшеницы и ячменя на 900 млн долларов.",
            [("экспорт пшеницы и ячменя", Decimal(900_000_000), "USD")],
        ),
        (
            "Вьетнам продал Японии кофе и чая на 300 млн долларов.",
            [("экспорт кофе и чая", Decimal(300_000_000), "USD")],
        ),
        (
            "Турция купила у Азербайджана нефти и газа на 5 млрд долларов.",
            [("закупки нефти и газа", Decimal(5_000_000_000), "USD")],
        ),
        (
            "Франция продала Египту вина и сыра на 300 млн евро.",
            [("экспорт вина и сыра", Decimal(300_000_000), "EUR")],
        ),
        (
            "Аргентина продала Бразилии пшеницы и кукурузы на 2 млрд долларов.",
            [("экспорт пшеницы и кукурузы", Decimal(2_000_000_000), "USD")],
        ),
        (
            "Австралия продала Китаю угля и железной руды на 40 млрд долларов.",
            [("экспорт угля и железной руды", Decimal(40_000_000_000), "USD")],
        ),
        # a state the parse makes the object, or hangs the goods on, is no goods
        (
            "Индия продала Бангладеш риса на 500 млн долларов.",
            [("экспорт риса", Decimal(500_000_000), "USD")],
        ),
        (
            "Китай продал Того чая на 80 млн долларов.",
            [("экспорт чая", Decimal(80_000_000), "USD")],
        ),
        (
            "Россия продала Мали пшеницы на 1 млрд долларов.",
            [("экспорт пшеницы", Decimal(1_000_000_000), "USD")],
        ),
        # must-nots: goods with a sum each are two claims; a deal's price stays one
        (
            "Индия закупила у Индонезии нефти на 30 млрд долларов и угля на 5 млрд долларов.",
            [
                ("закупки нефти", Decimal(30_000_000_000), "USD"),
                ("закупки угля", Decimal(5_000_000_000), "USD"),
            ],
        ),
        (
            "Турция купила завод Fiat за 2 млрд долларов.",
            [("стоимость покупки завода", Decimal(2_000_000_000), "USD")],
        ),
    ],
)
def test_listed_goods_sold(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(rows)
