"""The relation levels one text gives, as (state, state, level) rows: one helper for the
relation test files that assert those three fields."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.agreements import read_agreements
from kg.extract.relations import extract_relations
from kg.model import Document

PARTNERS = "стратегическое партнерство"  # the level most rows of the tables name


def level_rows(analyse: Callable, text: str, date: str = "2025-06-01") -> set[tuple[str, ...]]:
    """`text` analysed as one document of `date`; each level kg reads as (state, state,
    level), spelt with "е" as kg spells every level."""
    found = extract_relations(analyse(Document(id="t", text=text, date=date)))
    return {(r.state_a, r.state_b, r.level) for r in found}


def dated_rows(
    analyse: Callable, text: str, date: str, papers: bool = False
) -> set[tuple[str, ...]]:
    """`text` analysed as one document of `date`; each level kg reads as (state, state,
    level, date): for the tables that assert the date a level holds since. With `papers`,
    the levels read with the document's agreements, as the build reads them (a level in an
    agreement's title is between its parties)."""
    ctx = analyse(Document(id="t", text=text, date=date))
    found = extract_relations(ctx, read_agreements(ctx) if papers else None)
    return {(r.state_a, r.state_b, r.level, r.date) for r in found}
