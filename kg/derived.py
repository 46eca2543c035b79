"""The derived graph: what only the whole corpus shows (claim links, mention counts and
ranks), recomputed at the end of a build when the documents changed since.

A digest of every document's id and content hash, kept in the graph
(`bro:corpusDigest`), says which state of the corpus it was derived from. So a build that
changed nothing neither recomputes nor rewrites it, nor imports the extractors (and
spaCy) that compare claims, while a build resumed after a crash between its last
document and this step still finds the digest stale and finishes the work.
"""

from __future__ import annotations

import hashlib

from pyoxigraph import Literal, Quad

from kg.rdf import BRO, DERIVED_GRAPH
from kg.store import KgStore

_STORED_DIGEST = (
    f"SELECT ?h WHERE {{ GRAPH {DERIVED_GRAPH} {{ {DERIVED_GRAPH} {BRO.corpusDigest} ?h }} }}"
)


def refresh_derived(store: KgStore) -> bool:
    """Rewrites the derived graph unless it was derived from the documents now stored;
    True when it did."""
    hashes = sorted(store.document_hashes().items())
    digest = hashlib.sha256("".join(f"{d}\t{h}\n" for d, h in hashes).encode()).hexdigest()
    if any(row["h"].value == digest for row in store.select(_STORED_DIGEST)):
        return False
    from kg.links import CLAIMS, claim_link_quads, claims_from_rows  # imports spaCy
    from kg.mention_counts import mention_quads

    links = claim_link_quads(claims_from_rows(store.select(CLAIMS)))
    marker = Quad(DERIVED_GRAPH, BRO.corpusDigest, Literal(digest), DERIVED_GRAPH)
    store.replace_graph(DERIVED_GRAPH, [*links, *mention_quads(store.select), marker])
    return True
