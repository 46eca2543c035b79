"""A paper "главы правительств трёх стран подписали" in a report that names exactly three
states is signed by all three, not by the two it names most (seventy-first pass,
h-events271). Must-nots: "трёх стран" in a report of four states, and "двух стран", keep
what they gave. Sentences of our own about other states."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

_DAY = "2026-03-12"
_THREE = (
    "ЛА-ПАС, 12 марта. В Боливии началось строительство железной дороги Бразилия — Боливия — "
    "Перу. Церемония прошла в четверг в Санта-Крусе с участием президента Боливии Родриго Паса "
    "и президента Бразилии Луиса Инасиу Лулы да Силвы.\n"
    "«Эта дорога откроет Боливии выход к океану», — заявил Пас. Бразилия вложит в проект "
    "2 млрд долларов.\n"
)
_FOUR = _THREE + "Интерес к проекту проявил также Парагвай.\n"

# text, the states of its signing
CASES = [
    (_THREE + "Соглашение о строительстве дороги главы правительств трёх стран подписали "
     "3 мая 2024 года в Лиме.", {"state/BOL", "state/BRA", "state/PER"}),
    (_THREE + "Меморандум о строительстве дороги министры транспорта трёх государств "
     "подписали в мае 2024 года.", {"state/BOL", "state/BRA", "state/PER"}),
    # a count in digits (seventy-second pass, h-review74: was the two named most)
    (_THREE + "Соглашение о строительстве дороги главы правительств 3 стран подписали "
     "3 мая 2024 года в Лиме.", {"state/BOL", "state/BRA", "state/PER"}),
]  # fmt: skip
MUST_NOTS = [
    _FOUR + "Соглашение о строительстве дороги главы правительств трёх стран подписали "
    "3 мая 2024 года в Лиме.",
    _FOUR + "Соглашение о строительстве дороги главы правительств 3 стран подписали "
    "3 мая 2024 года в Лиме.",
    _THREE + "Соглашение о строительстве дороги министры транспорта двух стран подписали "
    "3 мая 2024 года в Лиме.",
]


def _states(events, text: str) -> set[str]:
    (signing,) = of_kind(events(text, _DAY), "Signing")
    return {p for p in signing.participants if p.startswith("state/")}


@pytest.mark.parametrize(("text", "states"), CASES)
def test_a_count_of_states_signs_for_all_the_report_names(
    events, text: str, states: set[str]
) -> None:
    assert _states(events, text) == states


@pytest.mark.parametrize("text", MUST_NOTS)
def test_a_count_that_is_not_the_reports_keeps_its_sides(events, text: str) -> None:
    assert len(_states(events, text)) == 2
