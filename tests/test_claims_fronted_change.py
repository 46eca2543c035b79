"""Numeric claims: a change fronted before a verb of showing ("Рост на 5 % показал
товарооборот …") is a change of the measured noun the verb has after it, whichever of subject
and object the parse makes each; a verb that shows nothing names no metric."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    "text, metrics",
    [
        ("Рост на 5 % в первом полугодии показал товарооборот Индии и Омана.",
         {"рост товарооборота"}),
        ("Снижение на 4 % показал экспорт Вьетнама в Малайзию.", {"снижение экспорта"}),
        ("Рост на 12 % продемонстрировали инвестиции Японии в Таиланд.", {"рост инвестиций"}),
        # must not: investments that secured growth did not grow; a report is no metric
        ("Рост на 5 % обеспечили инвестиции Японии в Таиланд.", set()),
        ("Рост на 5 % показал отчёт министерства торговли Индии.", set()),
    ],
)  # fmt: skip
def test_fronted_change_is_the_shown_nouns(analyse, text: str, metrics: set[str]) -> None:
    assert {m for (m,) in claim_rows(analyse, text, ("metric",))} == metrics
