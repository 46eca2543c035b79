"""Kinds of place whose name follows them ("штата Юта", "префектуры Мияги"), and the states
whose regions each kind names: one table (`place_kinds.tsv`) and one reader of the kind's
word, for the names that keep with their kind, a title's state read by its adjective before
a region ("губернатор японской префектуры Мияги") and a region's governor's state by the
kind alone ("губернатор префектуры Мияги" in a text about Japan).

Fifty-eighth pass (h-twins2): place_kinds.tsv and offices' place_kinds.tsv made one."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from kg.lexicon import load_list, load_rows

PLACE_KINDS_TABLE = Path(__file__).with_name("place_kinds.tsv")
PLACE_KINDS = load_list(PLACE_KINDS_TABLE)


def kind_of_place(word: Token) -> bool:
    """A kind of place written lower case, whose name follows it ("штата", "префектуры")."""
    return word.text.islower() and word.lemma_ in PLACE_KINDS


def region_kind_states(kind: str) -> frozenset[str]:
    """The ISO codes of the states whose regions the kind of place `kind` (a lemma) names
    ("префектура": Japan; "земля": Germany, Austria); empty for a kind the table gives none."""
    return _kind_states().get(kind, frozenset())


@cache
def _kind_states() -> dict[str, frozenset[str]]:
    """Kind → the states of its second column, read once."""
    rows = load_rows(PLACE_KINDS_TABLE)
    return {row[0]: frozenset(row[1].split()) for row in rows if len(row) > 1}
