"""The quotation marks Russian news writes, and which closes which: one table for the
tokens (`kg.nlp.deps`, `kg.resolve`) and the raw text (`kg.extract`) alike."""

from __future__ import annotations

# «ёлочки», „лапки“, English “quotes”, single ‹guillemets› and the typewriter's straight one,
# which closes itself.
PAIRS: dict[str, str] = {"«": "»", "„": "“", "“": "”", "‹": "›", '"': '"'}
OPENING = frozenset(PAIRS)
CLOSING = frozenset(PAIRS.values())
