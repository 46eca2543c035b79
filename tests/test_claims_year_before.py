"""Claims of a base "годом ранее" beside a figure of a year ("составил 9,8 млрд против 11,2
млрд годом ранее"): the base is of the year before that figure's; no year of its own where
the sentence gives no single year or a day's date."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "period")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "В 2019 году экспорт Бразилии в Аргентину составил 9,8 млрд долларов против 11,2 "
            "млрд долларов годом ранее.",
            [(9800000000, "2019"), (11200000000, "2018")],
        ),
        (
            "Товарооборот Египта и Туниса в 2021 году вырос до 700 млн долларов с 500 млн "
            "долларов годом ранее.",
            [(500000000, "2020"), (700000000, "2021")],
        ),
        (
            "В 2022 году импорт Чили из Перу составил 1,2 млрд долларов, годом ранее — 900 "
            "млн долларов.",
            [(900000000, "2021"), (1200000000, "2022")],
        ),
    ],
)
def test_a_base_a_year_back(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == rows


@pytest.mark.parametrize(
    "text",
    [
        "Экспорт Бразилии в Аргентину составил 9,8 млрд долларов против 11,2 млрд долларов "
        "годом ранее.",
        "12 мая 2019 года посол Перу сообщил, что экспорт составил 9,8 млрд долларов против "
        "11,2 млрд долларов годом ранее.",
    ],
)
def test_no_year_no_base_year(analyse, text: str) -> None:
    periods = [r[1] for r in claim_rows(analyse, text, _FIELDS)]
    assert not any(p.startswith("2018") for p in periods)
