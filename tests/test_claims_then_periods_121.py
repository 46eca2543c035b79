"""A figure told "тогда", "в то время", "на тот момент" is of the time told before it: a
relative or participle clause so marked takes the date of the clause it hangs on, a
sentence opening so the date of the sentence before; an unmarked clause or "сейчас" keeps
no date, nor does "в то время как" (whereas)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "period")


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        (
            "В 2019 году Эквадор попросил помощи у МВФ, долг которого в то время достигал "
            "65 млрд долларов.",
            65_000_000_000,
            "2019",
        ),
        (
            "В 2015 году Греция закрыла банки, долг которых на тот момент превышал 300 млрд евро.",
            300_000_000_000,
            "2015",
        ),
        (
            "В 2021 году Аргентина договорилась о реструктуризации долга, составлявшего тогда "
            "45 млрд долларов.",
            45_000_000_000,
            "2021",
        ),
        (
            "В 2018 году Польша купила у США истребители, которые тогда стоили 4,6 млрд долларов.",
            4_600_000_000,
            "2018",
        ),
        (  # must not: what the debt is now is not of the year of the default
            "В 2020 году Гана объявила дефолт по долгу, который сейчас составляет 20 млрд "
            "долларов.",
            20_000_000_000,
            "",
        ),
        (  # must not: an unmarked relative clause may be of now
            "В 2020 году Гана объявила дефолт по долгу, который составляет 20 млрд долларов.",
            20_000_000_000,
            "",
        ),
        (
            "В 2022 году Шри-Ланка объявила дефолт. Тогда её внешний долг составлял "
            "51 млрд долларов.",
            51_000_000_000,
            "2022",
        ),
        (
            "В 2022 году Гана объявила дефолт. На тот момент внешний долг страны составлял "
            "30 млрд долларов.",
            30_000_000_000,
            "2022",
        ),
        (  # must not: "в то время как" is "whereas", no time told before
            "В 2022 году Гана объявила дефолт. В то время как долг Ганы составлял 30 млрд "
            "долларов, долг Египта превышал 150 млрд долларов.",
            30_000_000_000,
            "",
        ),
        (  # must not: "сейчас" is a time of its own
            "В 2022 году Гана объявила дефолт. Сейчас её внешний долг превышает 40 млрд долларов.",
            40_000_000_000,
            "",
        ),
    ],
)
def test_a_figure_told_then_takes_the_time_before(analyse, text, value, period) -> None:
    rows = {int(v): p for v, p in claim_rows(analyse, text, _FIELDS, date="2026-12-03")}
    assert rows[value] == period
