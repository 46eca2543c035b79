"""The derived graph: what only the whole corpus shows (claim links, mention counts and
ranks, the cells of the entity and office tables, the build summary's counts), recomputed at
the end of a build when the documents changed since.

A digest of every document's id and content hash, kept in the graph
(`bro:corpusDigest`), says which state of the corpus it was derived from. So a build that
changed nothing neither recomputes nor rewrites it, nor imports the extractors (and
spaCy) that compare claims and name the fact classes it counts, while a build resumed
after a crash between its last document and this step still finds the digest stale and
finishes the work.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from pyoxigraph import Literal, Quad

from kg.rdf import BRO, DERIVED_GRAPH, XSD
from kg.store import FLUSH_EVERY, KgStore

if TYPE_CHECKING:
    from kg.mention_counts import Select

_STORED = f"""
SELECT ?h ?entities ?facts WHERE {{ GRAPH {DERIVED_GRAPH} {{
  {DERIVED_GRAPH} {BRO.corpusDigest} ?h ; {BRO.entityCount} ?entities ; {BRO.factCount} ?facts
}} }}"""


def refresh_derived(store: KgStore, *, written: int = 0) -> tuple[int, int, int]:
    """Rewrites the derived graph unless it was derived from the documents now stored and
    no document was `written` since (a --rebuild rewrites graphs under unchanged hashes);
    returns the store's (entities, facts, quads)."""
    hashes = sorted(store.document_hashes().items())
    digest = hashlib.sha256("".join(f"{d}\t{h}\n" for d, h in hashes).encode()).hexdigest()
    for row in [] if written else store.select(_STORED):
        if row["h"].value == digest:
            return int(row["entities"].value), int(row["facts"].value), store.quad_count()
    from kg.links import CLAIMS, claim_link_quads, claims_from_rows  # imports spaCy

    if written >= FLUSH_EVERY:  # the caches of many writes go before the store is read whole
        store.release()  # (for a few, closing and opening RocksDB again costs more)
    entities, facts, quads = store.counts()
    links = claim_link_quads(claims_from_rows(store.select(CLAIMS)))
    summary = [
        Quad(DERIVED_GRAPH, BRO.corpusDigest, Literal(digest), DERIVED_GRAPH),
        Quad(DERIVED_GRAPH, BRO.entityCount, _integer(entities), DERIVED_GRAPH),
        Quad(DERIVED_GRAPH, BRO.factCount, _integer(facts), DERIVED_GRAPH),
    ]
    gained = store.replace_graph(DERIVED_GRAPH, [*links, *table_cells(store.select), *summary])
    return entities, facts, quads + gained  # the store read whole once, not twice


def table_cells(select: Select) -> list[Quad]:
    """What the entity and office tables read from the derived graph: mention counts, ranks
    and names (`kg.mention_counts`), persons' offices and office holdings' rows
    (`kg.table_rows`)."""
    from kg.mention_counts import mention_quads
    from kg.table_rows import table_quads

    return [*mention_quads(select), *table_quads(select)]


def _integer(n: int) -> Literal:
    return Literal(str(n), datatype=XSD.integer)
