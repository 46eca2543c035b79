"""An earlier level a figure is set against ("против 12 тысяч в текущем году", "вместо
прежних 300", "по сравнению с 5 млрд годом ранее") is a claim of the same measure and unit,
actual, of its own time; a catch or an access a future of managing or receiving grants is a
possibility to come, no deed done, with the catch's own metric (sixty-eighth pass,
h-claims122). Own sentences about other pairs."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "period", "status")
_DAY = "2026-11-18"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the bare figure after "против" counts what the figure before counts, in its own year
        ("Согласно документу, в 2027 году турецкие работодатели смогут принять до 20 тысяч "
         "граждан Египта против 12 тысяч в текущем году.",
         [("граждане Египта", Decimal(20000), "гражданин", "2027", "target"),
          ("граждане Египта", Decimal(12000), "гражданин", "2026", "actual")]),
        # "вместо прежних": the earlier level, of no time told
        ("Теперь пункт пропуска сможет пропускать до 900 грузовиков в сутки вместо прежних 300.",
         [("грузовики в сутки", Decimal(300), "грузовик", "", "actual"),
          ("грузовики в сутки", Decimal(900), "грузовик", "", "forecast")]),
        # "годом ранее" after a bare sum is when it was, no unit of it
        ("Экспорт Чили в Перу составил 7 млрд долларов по сравнению с 5 млрд годом ранее.",
         [("экспорт", Decimal(5000000000), "USD", "", "actual"),
          ("экспорт", Decimal(7000000000), "USD", "", "actual")]),
        # the base's own date is its own, not the figure's it is set against
        ("Турция примет 20 тысяч граждан Египта против 12 тысяч граждан в прошлом году.",
         [("граждане Египта", Decimal(12000), "гражданин", "2025", "actual"),
          ("граждане Египта", Decimal(20000), "гражданин", "", "forecast")]),
        # must not: a base of a time after the document's keeps its forecast
        ("В 2030 году экспорт Чили составит 9 млрд долларов против 7 млрд в 2029 году.",
         [("экспорт", Decimal(7000000000), "USD", "2029", "forecast"),
          ("экспорт", Decimal(9000000000), "USD", "2030", "forecast")]),
        # must not: a difference "больше, чем годом ранее" is a rise, no earlier level
        ("В 2025 году экспорт Чили составил 7 млрд долларов, что на 10 % больше, чем годом ранее.",
         [("рост экспорта", Decimal(10), "percent", "2025", "actual"),
          ("экспорт", Decimal(7000000000), "USD", "2025", "actual")]),
    ],
)  # fmt: skip
def test_earlier_level_set_against(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS, _DAY) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a catch a future of managing allows: the catch's, a possibility to come
        ("Египетские суда смогут выловить 9,5 тысячи тонн тунца.",
         [("вылов тунца", Decimal(9500), "тонна", "", "forecast")]),
        ("Египетские суда выловили 7 тысяч тонн сардин, что на 12 процентов меньше, чем "
         "годом ранее.",
         [("вылов сардин", Decimal(7000), "тонна", "", "actual"),
          ("снижение вылова сардин", Decimal(12), "percent", "", "actual")]),
        # under a paper of a deal, what the paper sets
        ("Согласно протоколу, в 2027 году марокканские суда смогут выловить 6 тысяч тонн сардин.",
         [("вылов сардин", Decimal(6000), "тонна", "2027", "target")]),
        # must not: a past of managing tells the catch made
        ("Египетские суда смогли выловить 8 тысяч тонн тунца.",
         [("вылов тунца", Decimal(8000), "тонна", "", "actual")]),
        # an access to a measure: the goods, no supplies received; an indeclinable noun kept
        ("Турция получит доступ к 18 тысячам тонн тунца.",
         [("тунец", Decimal(18000), "тонна", "", "forecast")]),
        ("Ирландия получит доступ к 20 тысячам тонн путассу.",
         [("путассу", Decimal(20000), "тонна", "", "forecast")]),
        ("Исландские суда выловили 30 тысяч тонн путассу.",
         [("вылов путассу", Decimal(30000), "тонна", "", "actual")]),
        # must not: goods received are supplies
        ("Армения получит 2 млрд кубометров газа.",
         [("поставки газа", Decimal(2000000000), "кубометр", "", "forecast")]),
    ],
)  # fmt: skip
def test_catch_and_access_to_come(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS, _DAY) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the low end of a change over a year is a year before the high end's time
        ("По словам министра, доля расчётов в национальных валютах в торговле Чили и Перу за "
         "год выросла с 6 до 11 процентов.",
         [("доля расчётов", Decimal(6), "percent", "2025", "actual"),
          ("доля расчётов", Decimal(11), "percent", "", "actual")]),
        ("В 2025 году доля Чили в импорте Перу за 3 года выросла с 4 до 9 процентов.",
         [("доля в импорте", Decimal(4), "percent", "2022", "actual"),
          ("доля в импорте", Decimal(9), "percent", "2025", "actual")]),
        # must not: with no span, the low end's time is not told
        ("Экспорт Чили в Перу вырос с 3 до 5 млрд долларов.",
         [("экспорт", Decimal(3000000000), "USD", "", "actual"),
          ("экспорт", Decimal(5000000000), "USD", "", "actual")]),
        # the sides the parser hangs on a paper's subject are the claim's states, no metric
        ("Первое соглашение о свопе стороны заключили в 2013 году на 60 млрд юаней.",
         [("своп", Decimal(60000000000), "CNY", "2013", "actual")]),
    ],
)  # fmt: skip
def test_low_end_over_a_span_and_bare_sides(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS, "2026-12-04") == sorted(expected)
