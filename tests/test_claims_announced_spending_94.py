"""Claims (h-claims94): a sum of an act of spending a verb of announcing tells of by "о"
("объявила о вложении 3 млрд долларов") is that act to come, a target, and "вложение" is
"инвестиции" as "вложила" gives; a decision not to spend ("решила не выделять") is no claim;
a measure's genitive keeps the proper name apposed to it ("пропускная способность порта
Суэц")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator", "period", "status", "states")
_DATE = "2026-05-12"  # a text of 2026: "в прошлом году" is 2025


def _row(metric: str, value: int, unit: str, status: str, states: list, period: str = "") -> tuple:
    return (metric, Decimal(value), unit, "eq", period, status, states)


_ANNOUNCED = [
    # an announced act of spending is a plan
    ("Компания Toyota объявила о вложении 3 млрд долларов в строительство завода в Таиланде.",
     [_row("инвестиции", 3_000_000_000, "USD", "target", ["state/THA"])]),
    ("Правительство Египта объявило о выделении Иордании 200 млн долларов на строительство "
     "дороги.",
     [_row("выделенные средства", 200_000_000, "USD", "target",
           ["state/EGY", "state/JOR"])]),
    ("Турция заявила о вложении 500 млн долларов в порт Ливии.",
     [_row("инвестиции", 500_000_000, "USD", "target", ["state/LBY", "state/TUR"])]),
    ("Япония сообщила о предоставлении Вьетнаму кредита в размере 400 млн долларов.",
     [_row("кредит", 400_000_000, "USD", "target", ["state/JPN", "state/VNM"])]),
    ("Китай заявил об инвестициях в размере 5 млрд долларов в экономику Пакистана.",
     [_row("инвестиции", 5_000_000_000, "USD", "target", ["state/CHN", "state/PAK"])]),
    ("Индия объявила об инвестировании 3 млрд долларов в экономику Непала.",
     [_row("инвестиции", 3_000_000_000, "USD", "target", ["state/IND", "state/NPL"])]),
    # must-not: an act of an earlier year, one done, a measured figure reported stay actual
    ("Компания Hyundai сообщила о вложении 2 млрд долларов в завод в Индонезии в прошлом "
     "году.",
     [_row("инвестиции", 2_000_000_000, "USD", "actual", ["state/IDN"], "2025")]),
    ("Чили сообщила о выделении Перу 50 млн долларов в 2024 году.",
     [_row("выделенные средства", 50_000_000, "USD", "actual",
           ["state/CHL", "state/PER"], "2024")]),
    ("Компания Hyundai завершила вложение 2 млрд долларов в завод в Индонезии.",
     [_row("инвестиции", 2_000_000_000, "USD", "actual", ["state/IDN"])]),
    ("Индия завершила инвестирование 3 млрд долларов в экономику Непала.",
     [_row("инвестиции", 3_000_000_000, "USD", "actual", ["state/IND", "state/NPL"])]),
    ("Египет объявил о росте товарооборота с Иорданией на 5 %.",
     [_row("рост товарооборота", 5, "percent", "actual", ["state/EGY", "state/JOR"])]),
    ("Вложения Китая в экономику Сербии составили 2 млрд долларов.",
     [_row("инвестиции", 2_000_000_000, "USD", "actual", ["state/CHN", "state/SRB"])]),
]  # fmt: skip
_NOT_DECIDED = [
    # a decision not to spend or buy: neither a deed nor a goal
    ("Венгрия решила не выделять Сербии 40 млн евро на строительство моста.", []),
    ("Правительство Перу приняло решение не направлять 300 млн долларов в Боливию.", []),
    ("Аргентина решила не закупать у Чили 2 млн тонн меди.", []),
    # must-not: a decision to spend stays a plan, a denied deed the aim missed, and "не
    # только" denies nothing
    ("Венгрия решила выделить Сербии 40 млн евро на строительство моста.",
     [_row("строительство моста", 40_000_000, "EUR", "target",
           ["state/HUN", "state/SRB"])]),
    ("Венгрия не выделила Сербии 40 млн евро на строительство моста.",
     [_row("строительство моста", 40_000_000, "EUR", "target",
           ["state/HUN", "state/SRB"])]),
    ("Аргентина решила не только закупить у Чили 2 млн тонн меди, но и продать ей "
     "пшеницу.",
     [_row("закупки меди", 2_000_000, "тонна", "actual", ["state/ARG", "state/CHL"])]),
]  # fmt: skip
_APPOSED = [
    # the name apposed to a measure's genitive is the thing's
    ("Пропускная способность порта Суэц в Египте составляет 30 миллионов тонн в год.",
     [_row("пропускная способность порта Суэц", 30_000_000, "тонна", "actual",
           ["state/EGY"])]),
    ("Мощность завода Азовсталь на Украине составляла 6 млн тонн стали.",
     [_row("мощность завода Азовсталь", 6_000_000, "тонна", "actual", ["state/UKR"])]),
    # must-not: a kind's name after counted things, a quoted name, a state's name
    ("Полиция Чили изъяла 30 винтовок марки Сайга.",
     [_row("винтовки", 30, "винтовка", "actual", ["state/CHL"])]),
    ("Мощность порта «Акаба» в Иордании составляет 20 миллионов тонн в год.",
     [_row("мощность порта", 20_000_000, "тонна", "actual", ["state/JOR"])]),
    ("Протяжённость границы Чили и Аргентины составляет 5 тысяч км.",
     [_row("протяжённость границы", 5000, "километр", "actual",
           ["state/ARG", "state/CHL"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), [*_ANNOUNCED, *_NOT_DECIDED, *_APPOSED])
def test_announced_spending_and_apposed_names(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, _FIELDS, _DATE) == rows
