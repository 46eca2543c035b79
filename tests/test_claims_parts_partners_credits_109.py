"""Claims (h-claims109): a part "N из них" opening its sentence is a part of the whole told the
sentence before, with its states, unit and subject ("… задержаны 30 граждан Туниса. 12 из
них освобождены"); a gapped item or contrast that names only a new partner after the
preposition of the first clause's partner keeps the first clause's holder ("Товарооборот
Вьетнама с Японией …, с Таиландом — …": each its own pair); a future of opening sizes a
credit only where what it opens is one ("откроет завод на 100 млн долларов" is no credit
line); a denied future of a deed forecasts nothing ("не откроет завод стоимостью …").
Must-nots beside each."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "states")
_LBY_TUN = ["state/LBY", "state/TUN"]
_DETAINED = ("задержанные граждане Туниса", Decimal(30), "гражданин", _LBY_TUN)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "В Ливии задержаны 30 граждан Туниса. 12 из них освобождены.",
            [("освобождённые граждане", Decimal(12), "гражданин", _LBY_TUN), _DETAINED],
        ),
        (
            "В Ливии задержаны 30 граждан Туниса. Позже двое из них погибли.",
            [_DETAINED, ("погибшие граждане", Decimal(2), "гражданин", _LBY_TUN)],
        ),
        (  # an opening "Из них" before the figure reads alike
            "В Ливии задержаны 30 граждан Туниса. Из них 12 освобождены.",
            [("освобождённые граждане", Decimal(12), "гражданин", _LBY_TUN), _DETAINED],
        ),
        (  # a part of money: the whole's sides
            "Товарооборот Египта и Судана составил 5 млрд долларов. 3 млрд из них пришлось на "
            "экспорт Египта.",
            [
                ("товарооборот", Decimal(5_000_000_000), "USD", ["state/EGY", "state/SDN"]),
                ("экспорт", Decimal(3_000_000_000), "USD", ["state/EGY", "state/SDN"]),
            ],
        ),
        # must-nots: a whole the part names itself, a part of a figure in its own sentence
        (
            "12 из 30 проектов завершены.",
            [("проекты", 12, "проект", []), ("проекты", 30, "проект", [])],
        ),
        (
            "В Перу открыли 30 проектов. 12 из 30 проектов завершены.",
            [("проекты", 12, "проект", []), ("проекты", 30, "проект", ["state/PER"])],
        ),
        (
            "В Ливии задержаны 30 граждан Туниса, 12 из них освобождены.",
            [("освобождённые граждане", Decimal(12), "гражданин", _LBY_TUN), _DETAINED],
        ),
    ],
)
def test_part_of_whole_before(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(rows)


_VNM_JPN, _VNM_THA = ["state/JPN", "state/VNM"], ["state/THA", "state/VNM"]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Товарооборот Вьетнама с Японией составил 30 млрд долларов, с Таиландом — 20 млрд "
            "долларов.",
            [
                ("товарооборот", Decimal(20_000_000_000), _VNM_THA),
                ("товарооборот", Decimal(30_000_000_000), _VNM_JPN),
            ],
        ),
        (
            "Вьетнам экспортировал в Японию 30 млрд долларов, а в Таиланд — 20 млрд долларов.",
            [
                ("экспорт", Decimal(20_000_000_000), _VNM_THA),
                ("экспорт", Decimal(30_000_000_000), _VNM_JPN),
            ],
        ),
        # listed partners all belong to the one claim
        (
            "Товарооборот Вьетнама с Японией и Таиландом составил 50 млрд долларов.",
            [("товарооборот", Decimal(50_000_000_000), ["state/JPN", "state/THA", "state/VNM"])],
        ),
        # must-nots: an item naming a holder of its own, or a measure of its own
        (
            "Численность армии Норвегии — 23 тыс., а Дании — 15 тыс.",
            [
                ("численность армии", Decimal(15_000), ["state/DNK"]),
                ("численность армии", Decimal(23_000), ["state/NOR"]),
            ],
        ),  # fmt: skip
        (
            "Экспорт Чехии в Германию составил 20 млрд евро, а импорт из Германии — 18 млрд евро.",
            [
                ("импорт", Decimal(18_000_000_000), ["state/CZE", "state/DEU"]),
                ("экспорт", Decimal(20_000_000_000), ["state/CZE", "state/DEU"]),
            ],
        ),
    ],
)
def test_gapped_partner_keeps_holder(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, ("metric", "value", "states")) == sorted(rows)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # what is opened is no credit: a thing made, a forecast
        ("Китай откроет в Гане завод на 100 млн долларов.", "forecast"),
        ("Турция откроет в Ливии производственную линию на 50 млн долларов.", "forecast"),
        # a denied future of a deed forecasts nothing
        ("Китай не откроет в Гане завод стоимостью 100 млн долларов.", "actual"),
        ("Индия не построит в Непале ГЭС мощностью 500 МВт.", "actual"),
        # must-nots: a credit opened, a future deed undenied, a denied level, the past
        ("Япония откроет Вьетнаму кредит на 100 млн долларов.", "target"),
        ("Египет откроет Иордании кредитную линию на 100 млн долларов.", "target"),
        ("Китай откроет в Гане завод стоимостью 100 млн долларов.", "forecast"),
        ("Инфляция в Гане не превысит 5 %.", "forecast"),
        ("Египет открыл Иордании кредитную линию на 100 млн долларов.", "actual"),
    ],
)
def test_opened_credit_and_denied_deed(analyse, text: str, status: str) -> None:
    assert [s for (s,) in claim_rows(analyse, text, ("status",))] == [status]
