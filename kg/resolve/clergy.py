"""The clergy's ranks, from one table (`clergy_ranks.tsv`), as the sets the rules ask for:
every rank (no word of a name), the ranks that govern a see (the genitive after them is a
city), and the ranks of no state."""

from __future__ import annotations

from pathlib import Path

from kg.lexicon import load_rows

RANKS = Path(__file__).with_name("clergy_ranks.tsv")


def _ranks(*marks: str, without: str = "") -> frozenset[str]:
    """The ranks whose second column holds every one of `marks` and not `without`."""
    out = set()
    for row in load_rows(RANKS):
        kinds = row[1].split() if len(row) > 1 else []
        if all(m in kinds for m in marks) and without not in kinds:
            out.add(row[0].strip())
    return frozenset(out)


CLERGY_RANKS = _ranks()
SEE_RANKS = _ranks("see")
# Ranks whose title is of no state (`given_agreement`, `given_plural`): the see ranks that
# head no state's church.
STATELESS_RANKS = _ranks("see", without="national")
