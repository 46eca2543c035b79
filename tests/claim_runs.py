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


def claim_of_value(analyse: Callable, text: str, value: int, fields: Sequence[str]) -> tuple:
    """The `fields` of the claim of `value` among the several figures of `text` (a list field,
    the states, sorted): for a test of one part beside its total."""
    claims = extract_claims(analyse(Document(id="t", text=text)))
    by_value = {int(c.value): c for c in claims}
    return tuple(
        tuple(sorted(v)) if isinstance(v := getattr(by_value[value], f), list) else v
        for f in fields
    )
