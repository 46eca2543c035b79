"""The claims one sentence gives, as sorted tuples of the fields a test asserts: one helper
for every claims test file, so each says only which fields it checks."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.extract.claims import extract_claims
from kg.model import Document


def claim_rows(analyse: Callable, text: str, fields: Sequence[str], date: str = "") -> list[tuple]:
    """`text` analysed as one undated (or `date`d) document; each claim as the tuple of its
    `fields` (Claim attribute names), sorted so the order of extraction does not matter."""
    claims = extract_claims(analyse(Document(id="t", text=text, date=date)))
    return sorted(tuple(getattr(c, f) for f in fields) for c in claims)
