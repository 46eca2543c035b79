"""The states a span of text names, less those that only qualify a currency ("20 млрд
долларов США"): read by the pair of the report (`pair`) and by the offices' unnamed-title
rule, which `pair` cannot be imported into (it imports attribution, which imports offices),
so the test lives here, below both."""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.model import Mention

_CURRENCY_BEFORE = re.compile(r"(?<![а-яё])(?:долл(?:ар[а-яё]*|\.)|дол\.)\s*$", re.IGNORECASE)


def qualifies_currency(ctx: Context, m: Mention) -> bool:
    """Whether a state mention only qualifies a currency ("20 млрд долларов США"): a
    report full of sums in dollars is not about the United States."""
    return bool(_CURRENCY_BEFORE.search(ctx.document.text, max(0, m.start - 16), m.start))


def states_named(ctx: Context, start: int, end: int) -> set[str]:
    """The states a span of text names, not those that only qualify a currency."""
    return {
        m.entity
        for m in ctx.mentions_in(start, end)
        if m.type == "State" and not qualifies_currency(ctx, m)
    }
