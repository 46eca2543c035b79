"""Claims (h-claims104): a measure in the instrumental the parser hangs on the last genitive
of a noun phrase sizes the phrase's head ("четыре фрегата военно-морских сил стоимостью …" →
стоимость фрегатов), not that genitive; an act on a thing ("поставку газа", "строительство
моста"), a unit ("тонн зерна") or a thing alone keep what they gave."""

from __future__ import annotations

import pytest
from claim_runs import claim_of_value

_FIELDS = ("metric",)


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        (
            "Южная Корея продаст Индонезии четыре фрегата военно-морских сил стоимостью "
            "2 млрд долларов.",
            2_000_000_000,
            "стоимость фрегатов военно-морских сил",
        ),
        (
            "Турция построит в Азербайджане два энергоблока тепловой станции мощностью 800 МВт.",
            800,
            "мощность энергоблоков тепловой станции",
        ),
        # must-nots: an act on the thing, a thing alone, a thing with no genitive
        (
            "Египет подписал с Иорданией контракт на поставку газа стоимостью 2 млрд долларов.",
            2_000_000_000,
            "стоимость газа",
        ),
        (
            "Индия начала в Непале строительство моста стоимостью 300 млн долларов.",
            300_000_000,
            "стоимость моста",
        ),
        (
            "Правительства Египта и Иордании одобрили проект стоимостью 5 млрд долларов.",
            5_000_000_000,
            "стоимость проекта",
        ),
    ],
)
def test_measure_sizes_phrase_head(analyse, text, value, metric):
    assert claim_of_value(analyse, text, value, _FIELDS) == (metric,)
