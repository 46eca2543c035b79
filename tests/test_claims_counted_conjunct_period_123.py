"""A date in a participle on what "число" counts dates the figure of each predicate that
shares the subject; sixty-eighth pass (h-claims123).

"Число китайских туристов, посетивших Таиланд в 2026 году, выросло на 23 процента и
составило 8,4 млн человек" gave the 23 % the period 2026 but the 8.4 million none. Own
sentences about Chile–Peru."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

DATE = "2027-01-16"


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        # musts: the level of the predicate joined to the change
        ("Число чилийских туристов, посетивших Перу в 2026 году, выросло на 12 процентов и "
         "составило 1,3 млн человек.", 1_300_000, "2026"),
        ("Количество перуанских студентов, обучавшихся в Чили в 2025 году, увеличилось на 8 "
         "процентов и достигло 9 тысяч.", 9_000, "2025"),
        # must-not: the joined predicate's own year
        ("Число туристов из Чили выросло на 5 процентов, а в 2026 году составило 2 млн "
         "человек.", 2_000_000, "2026"),
    ],
)  # fmt: skip
def test_claims_counted_date_dates_the_joined_predicate(analyse, text, value, period):
    rows = claim_rows(analyse, text, ("value", "period"), date=DATE)
    assert (value, period) in [(int(v), p) for v, p in rows]
