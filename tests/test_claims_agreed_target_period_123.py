"""A date on a verb of agreeing dates the deal, no term of the target it sets; sixty-eighth
pass (h-claims123).

"Во время визита в Пекин в декабре … договорился … увеличить число прямых рейсов между
странами до 600 в неделю" gave the target 600 the visit's month as its period: a target
with no stated term has none, and one with a term ("к 2030 году") has that. Own sentences
about Chile–Peru, Bolivia–Chile."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

DATE = "2027-01-16"


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        # musts: the deal's date is no term; a term of the aim's own clause is
        ("В марте Чили и Перу договорились увеличить товарооборот до 5 млрд долларов.",
         5_000_000_000, ""),
        ("Во время визита в Лиму в октябре президент Чили договорился с коллегой нарастить "
         "поставки меди до 2 млн тонн к 2030 году.", 2_000_000, "2030"),
        ("В мае Боливия согласилась поставить Чили 10 патрульных катеров.", 10, ""),
        # must-nots: a plan's year, a level reached
        ("В 2026 году Перу планировало увеличить экспорт меди до 3 млн тонн.", 3_000_000,
         "2026"),
        ("В 2026 году экспорт Чили в Перу вырос до 4 млрд долларов.", 4_000_000_000, "2026"),
    ],
)  # fmt: skip
def test_claims_agreed_target_has_no_period_of_the_deal(analyse, text, value, period):
    rows = claim_rows(analyse, text, ("value", "period"), date=DATE)
    assert (value, period) in [(int(v), p) for v, p in rows]
