"""Fifty-third pass, own sentences: a partner's part told in thousands after a total told in
millions (", на Перу пришлось 800 тысяч тонн", a bare ", на Боливию — 300 тысяч") is read with
its own scale, in the total's unit, as the partner's part of the total, in the total's sentence
or the one after; a part larger than its total is no part of it, nor the partner's own figure.
A flow's part after "на" in the total's sentence (", на экспорт Чили пришлось 40 %", ", на
поставки в Японию пришлось 24 млрд долларов") is of the total's period and sides, a percent of
it the flow's share in the total; the total keeps its own states. A part opening the sentence
after its total with "На долю X" (or naming the total's goods) measures what the total does."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "metric", "unit", "period", "states")
_CHILE = "В 2024 году Чили экспортировала 7 млн тонн меди"
_SERBIA = "Экспорт зерна Сербии в 2023 году составил 3 млн тонн"


def _row(value: int, metric: str, period: str, *states: str, unit: str = "тонна") -> tuple:
    return (value, metric, unit, period, sorted(f"state/{s}" for s in states))


_CHILE_TOTAL = _row(7_000_000, "экспорт меди", "2024", "CHL")
_SERBIA_TOTAL = _row(3_000_000, "экспорт зерна", "2023", "SRB")
_TO_PERU = _row(800_000, "экспорт меди", "2024", "CHL", "PER")  # Chile's copper to Peru
_TO_HUNGARY = _row(2_000_000, "экспорт зерна", "2023", "HUN", "SRB")

_THOUSANDS = [
    (f"{_CHILE}, на Перу пришлось 800 тысяч тонн.", [_TO_PERU, _CHILE_TOTAL]),
    (f"{_CHILE}, на Перу пришлось 800 тысяч.", [_TO_PERU, _CHILE_TOTAL]),
    (f"{_CHILE}, на Перу пришлось 800 тыс. тонн, на Боливию — 300 тысяч.",
     [_row(300_000, "экспорт меди", "2024", "BOL", "CHL"), _TO_PERU, _CHILE_TOTAL]),
    (f"{_CHILE}. На Перу пришлось 800 тысяч.", [_TO_PERU, _CHILE_TOTAL]),
    ("Вьетнам продал 2 млн тонн риса, на Японию пришлось 900 тысяч тонн.",
     [_row(900_000, "экспорт риса", "", "JPN", "VNM"), _row(2_000_000, "экспорт риса", "", "VNM")]),
    (f"{_SERBIA}, на Венгрию пришлось 2 млн тонн.", [_TO_HUNGARY, _SERBIA_TOTAL]),
    # a total "из Чили" with a partner's part is Chile's alone, not of the text's pair
    ("В 2024 году экспорт меди из Чили составил 7 млн тонн, на Перу пришлось 800 тысяч тонн.",
     [_TO_PERU, _CHILE_TOTAL]),
    ("В 2024 году экспорт меди из Чили в Перу составил 7 млн тонн.",
     [_row(7_000_000, "экспорт меди", "2024", "CHL", "PER")]),
    # must not: a part larger than its total is no part of it, nor the partner's figure,
    # in the total's sentence or the one after; the total keeps its holder alone
    (f"{_SERBIA}, на Венгрию пришлось 5 млн тонн.", [_SERBIA_TOTAL]),
    (f"{_SERBIA}. На Венгрию пришлось 5 млн тонн.", [_SERBIA_TOTAL]),
    (f"{_CHILE}, на Перу пришлось 8000 тысяч тонн.", [_CHILE_TOTAL]),
    ("Экспорт зерна Сербии в 2023 году составил 300 тысяч тонн, на Венгрию пришлось 2 млн.",
     [_row(300_000, "экспорт зерна", "2023", "SRB")]),
    (f"{_SERBIA}, на Венгрию пришлось 2 млн тонн, на Австрию — 4 млн.",
     [_TO_HUNGARY, _SERBIA_TOTAL]),
]  # fmt: skip

_TRADE = "В 2024 году товарооборот Чили и Перу составил 5 млрд долларов"
_VIETNAM = "Экспорт Вьетнама в 2023 году составил 350 млрд долларов"


def _sum(billions: int, metric: str, period: str, *states: str, unit: str = "USD") -> tuple:
    return _row(billions * 10**9, metric, period, *states, unit=unit)


def _share(percent: int, metric: str, period: str, *states: str) -> tuple:
    return _row(percent, metric, period, *states, unit="percent")


_TRADE_TOTAL = _sum(5, "товарооборот", "2024", "CHL", "PER")
_VIETNAM_TOTAL = _sum(350, "экспорт", "2023", "VNM")

_FLOWS = [
    (f"{_TRADE}, на экспорт Чили пришлось 40 %.",
     [_share(40, "доля экспорта в товарообороте", "2024", "CHL", "PER"), _TRADE_TOTAL]),
    (f"{_TRADE}, на импорт меди из Перу пришлось 2 млрд долларов.",
     [_sum(2, "импорт меди", "2024", "CHL", "PER"), _TRADE_TOTAL]),
    ("В 2024 году товарооборот Сербии и Венгрии составил 5 млрд евро, а на импорт из Венгрии "
     "пришлось 2 млрд евро.", [_sum(2, "импорт", "2024", "HUN", "SRB", unit="EUR"),
                               _sum(5, "товарооборот", "2024", "HUN", "SRB", unit="EUR")]),
    (f"{_VIETNAM}, на поставки в Японию пришлось 24 млрд долларов.",
     [_sum(24, "поставки", "2023", "JPN", "VNM"), _VIETNAM_TOTAL]),
    (f"{_VIETNAM}, на поставки риса в Японию пришлось 7 %.",
     [_share(7, "доля поставок риса в экспорте", "2023", "JPN", "VNM"), _VIETNAM_TOTAL]),
    # must not: a flow naming no state reads as before; a flow larger than the total is no
    # part of it (no period of the total), one in another unit no share; a state alone is a
    # partner
    (f"{_TRADE}, на экспорт пришлось 3 млрд.",
     [_sum(3, "экспорт", "2024", "CHL", "PER"), _TRADE_TOTAL]),
    (f"{_TRADE}, на импорт из Перу пришлось 7 млрд долларов.",
     [_sum(7, "импорт", "", "CHL", "PER"), _TRADE_TOTAL]),
    (f"{_TRADE}, на поставки в Перу пришлось 2 млн тонн.",
     [_row(2_000_000, "поставки", "2024", "CHL", "PER"), _TRADE_TOTAL]),
    (f"{_VIETNAM}, на Японию пришлось 24 млрд долларов.",
     [_sum(24, "экспорт", "2023", "JPN", "VNM"), _VIETNAM_TOTAL]),
]  # fmt: skip

_OPENED = [
    (f"{_VIETNAM}. На долю Японии пришлось 24 млрд долларов.",
     [_sum(24, "экспорт", "2023", "JPN", "VNM"), _VIETNAM_TOTAL]),
    (f"{_CHILE}. На долю Перу пришлось 800 тысяч тонн.", [_TO_PERU, _CHILE_TOTAL]),
    (f"{_CHILE}. На Перу пришлось 800 тысяч тонн меди.", [_TO_PERU, _CHILE_TOTAL]),
    # must not: after a sentence with no total, or a part larger than the total, the
    # share borrows no measure, states nor period; other goods keep their own name
    ("Вьетнам провёл выборы. На долю Японии пришлось 24 млрд долларов.",
     [_sum(24, "стоимость доли", "", "JPN")]),
    (f"{_VIETNAM}. На долю Японии пришлось 400 млрд долларов.",
     [_sum(400, "стоимость доли", "", "JPN"), _VIETNAM_TOTAL]),
    (f"{_CHILE}. На Перу пришлось 800 тысяч тонн угля.",
     [_row(800_000, "уголь", "2024", "CHL", "PER"), _CHILE_TOTAL]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [*_THOUSANDS, *_FLOWS, *_OPENED])
def test_a_part_told_after_its_total(analyse, text: str, expected: list[tuple]) -> None:
    rows = [(int(v), *rest) for v, *rest in claim_rows(analyse, text, _FIELDS)]
    assert sorted(rows) == sorted(expected)
