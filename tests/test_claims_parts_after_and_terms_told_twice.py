"""Bounds and parts (fiftieth pass, h-claims75): a deadline's bound with no "за" whose time
an event after it ends is notice ahead as with "за" ("не позднее шести месяцев до выборов"
ge). Own sentences about Egypt–Sudan, Chile–Peru, India–Bangladesh."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "value", "unit", "comparator"),
    [
        ("Чили должна уведомить Перу о референдуме не позднее шести месяцев до выборов.",
         6, "месяц", "ge"),
        ("Договор Египта и Судана может быть расторгнут не позднее трёх месяцев до истечения "
         "срока.", 3, "месяц", "ge"),
        ("Индия уведомит Бангладеш об учениях не ранее трёх дней до их начала.", 3, "день", "le"),
        # must-not: a date after "до", no event after the time, a bound of no time
        ("Египет обязан вернуть Судану долг не позднее 14 дней до 1 марта.", 14, "день", "le"),
        ("Суд Индии обязал компанию из Бангладеш вернуть долг не позднее 14 дней.",
         14, "день", "le"),
        ("Индия передала Бангладеш не более 10 тонн риса до начала сезона.", 10, "тонна", "le"),
    ],
)  # fmt: skip
def test_a_bound_before_an_event_is_notice_ahead(
    analyse, text: str, value: int, unit: str, comparator: str
) -> None:
    assert claim_rows(analyse, text, ("value", "unit", "comparator")) == [(value, unit, comparator)]
