"""The derived graph: what only the whole corpus shows (claim links, mention counts and
ranks, the cells of the entity, office, event, claim and quote tables, the build summary's
counts),
brought up to date at the end of a build when the documents changed since.

A digest of every document's id and content hash, kept in the graph
(`bro:corpusDigest`), says which state of the corpus it was derived from. So a build that
changed nothing neither recomputes nor rewrites it, nor imports the extractors (and
spaCy) that compare claims, while a build resumed
after a crash between its last document and this step still finds the digest stale and
finishes the work.

A build that changed a few documents recomputes only the cells of the nodes their old and
new graphs name (`kg.pending` records them as it writes), of the persons, holdings,
events, claims and quotes whose cells read an entity whose labels changed, and the links of
their claims; the ranks, which shift with any count, by placing the entities whose count or
name changed again in the stored order (`kg.mention_counts.rank_changes`). The result
is the full derivation's, which runs instead when the graph was written by another
version of this code (`kg.store.DERIVED_VERSION`), by a `--rebuild`, or after a user's
update.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode, Quad

from kg.entity_snapshot import corpus_digest
from kg.memory import trim
from kg.pending import Pending
from kg.rdf import BRO, DERIVED_GRAPH, PENDING_GRAPH, XSD
from kg.store import FLUSH_EVERY, KgStore, NQuads

if TYPE_CHECKING:
    from kg.claim_fold import ClaimFold
    from kg.event_fold import EventFold
    from kg.holding_fold import HoldingFold
    from kg.mention_counts import Cells, Classes, Counts, Key, Names, Select

_STORED = f"""
SELECT ?h ?entities ?facts WHERE {{ GRAPH {DERIVED_GRAPH} {{
  {DERIVED_GRAPH} {BRO.corpusDigest} ?h ; {BRO.entityCount} ?entities ; {BRO.factCount} ?facts
}} }}"""
# The modules whose code the derived graph is computed by: its version.
_CODE = (
    "kg.derived",
    "kg.pending",
    "kg.links",
    "kg.mention_counts",
    "kg.table_rows",
    "kg.fact_rows",
    "kg.event_rows",
    "kg.claim_rows",
    "kg.claim_fold",
    "kg.holding_fold",
    "kg.event_fold",
    "kg.quote_rows",
    "kg.extract.claims.links",
    "kg.extract.claims.durations",
    "kg.extract.claims.rdf",
)
# Changed documents past which the whole graph is derived again (cheaper than long VALUES).
_MOST_CHANGED = 64


def _reading_entities() -> str:
    """The persons, office holdings, events, claims and quotes whose table cells read an
    entity's label or post (those cells change with the entity's triples in the entity
    graph): the roles of the fact rows are the row modules' own (`NAMED_BY`), so a row that
    names an entity by a new role is followed where it is declared."""
    from kg.claim_rows import NAMED_BY as CLAIM_ROLES
    from kg.event_rows import NAMED_BY as EVENT_ROLES
    from kg.quote_rows import NAMED_BY as QUOTE_ROLES

    roles = "|".join(dict.fromkeys(map(str, (*EVENT_ROLES, *CLAIM_ROLES, *QUOTE_ROLES))))
    return f"""
PREFIX bro: <https://w3id.org/kg-bilateral/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX kgg: <https://w3id.org/kg-bilateral/id/graph/>
SELECT DISTINCT ?h ?p WHERE {{
  __VALUES__
  {{ GRAPH ?g {{ ?h bro:holder ?e }} }}
  UNION {{ GRAPH ?g {{ ?h bro:post ?q . ?q bro:ofState|org:postIn ?e . ?h bro:holder ?p }} }}
  UNION {{ GRAPH kgg:entities {{ ?p bro:holdsPost|bro:ofState ?e }} }}
  UNION {{ GRAPH kgg:entities {{ ?p bro:holdsPost ?q . ?q bro:ofState ?e }} }}
  UNION {{ GRAPH ?g {{ ?h {roles} ?e }} }}
}}"""


@functools.cache
def version() -> str:
    """A digest of the derivation's code: a graph derived by other code is derived again."""
    from kg.tablecache import digest, sources

    return digest(sources(*_CODE))


def track_changes(store: KgStore, *, rebuild: bool) -> None:
    """Before a build writes: its writes record what they change while the stored derived
    graph can be updated from such a record; a --rebuild forgets the graph's version first,
    so a rebuild stopped halfway is still derived in full by the next build."""
    if rebuild:
        store.forget_derivation()
    store.track_changes = not rebuild and store.derivation() == version()


def refresh_derived(
    store: KgStore,
    *,
    written: int = 0,
    hashes: dict[str, str] | None = None,
    processes: int = 1,
    claims: ClaimFold | None = None,
    holdings: HoldingFold | None = None,
    events: EventFold | None = None,
) -> tuple[int, int, int]:
    """Brings the derived graph up to date unless it was derived from the documents now
    stored and nothing changed since; returns the store's (entities, facts, quads).
    `hashes`: the stored documents' hashes, when the caller read them after its writes.
    `processes`: more than 1 (a --jobs build), a whole derivation after many writes reads
    the store in two processes (`_derivation`). `claims`: the claims' part folded as the
    documents were written (`kg.claim_fold`), read instead of the store's when it saw every
    stored document and the whole graph is derived; `holdings`, `events`: likewise the
    persons' and office holdings' part (`kg.holding_fold`), the events' (`kg.event_fold`)."""
    hashes = store.document_hashes() if hashes is None else hashes
    digest = corpus_digest(hashes)
    pending = store.pending()
    current = store.derivation() == version()
    for row in store.select(_STORED) if current and not pending else []:
        if row["h"].value == digest:
            return int(row["entities"].value), int(row["facts"].value), store.quad_count()
    full = not (current and pending and len(pending.graphs) <= _MOST_CHANGED)
    many = written >= FLUSH_EVERY
    claims = claims if full and claims is not None and claims.covers(hashes) else None
    holdings = holdings if full and holdings is not None and holdings.covers(hashes) else None
    events = events if full and events is not None and events.covers(hashes) else None
    # read by two processes (`_derivation`), unless the persons' and holdings' cells were
    # folded: what is left to read then costs less than the second process's fork, read-only
    # open and parse (one process: ~77 ms main-thread CPU at 100 NEREL documents, against
    # ~80 ms for this process's part of two)
    split = full and many and processes > 1 and holdings is None
    if many and not split:  # the caches of many writes go before the store is read whole
        store.release()  # (for a few, closing and opening RocksDB again costs more)
    entities, facts, quads = store.counts()
    summary = [
        Quad(DERIVED_GRAPH, BRO.corpusDigest, Literal(digest), DERIVED_GRAPH),
        Quad(DERIVED_GRAPH, BRO.entityCount, _integer(entities), DERIVED_GRAPH),
        Quad(DERIVED_GRAPH, BRO.factCount, _integer(facts), DERIVED_GRAPH),
    ]
    if not full:
        gained = _update(store, pending, summary)
    else:
        # held as text from each step on (`NQuads`): no name here holds the derived quads
        text = _derivation(
            store, split=split, apart=many, claims=claims, holdings=holdings, events=events
        )
        text.add(summary)
        gained = store.replace_graph(DERIVED_GRAPH, text, drop=PENDING_GRAPH)
    store.derived_by(version())
    return entities, facts, quads + gained  # the store read whole once, not twice


def _derivation(
    store: KgStore,
    *,
    split: bool,
    apart: bool = False,
    claims: ClaimFold | None = None,
    holdings: HoldingFold | None = None,
    events: EventFold | None = None,
) -> NQuads:
    """The claim links and the table cells of the whole store, as text (`NQuads`), each
    step's once it is done. `split`: read by two processes at once, this one and a forked
    one, each on a read-only view of the store
    while the writer's database is closed (`KgStore.release`; a writer's background merges
    replace files a reader opens later); the writer opens it again to write the result.
    On two cores a --jobs build's finish then takes about half the time of these reads,
    which no worker can do meanwhile (they need every document written). `claims`: the
    claims' links and cells from what it gathered, not from the store's claims; this
    process then reads the events' cells too, which the other one would otherwise (at 100
    NEREL documents the two processes' parts are then ~45 and ~50 ms CPU, not ~30 and ~65).
    `holdings`, `events`: the persons' and holdings', the events' cells from what they
    gathered (`kg.holding_fold`, `kg.event_fold`); this process reads the events' cells.
    `apart` (after many writes, in one process): the writer lets its database go once the
    reads are done, and the folds what they gathered, before the result is written: at 400
    NEREL documents RocksDB's caches after the whole store's reads (~9 MB) and the folds
    (~4 MB) were otherwise still held while the derived graph is loaded, the peak of a
    `--jobs 2` build (183 MB, against 173 with them let go). The reads stay on the writer's
    warm caches: a read-only view of their own, closed before the write, cost ~35 ms CPU
    more at 100 documents (cold caches, one more open), letting the writer go ~15 ms. It lets
    it go once more before the mention counts' scan of every mention, after the claims' and
    the folded cells' reads: each whole-store read fills RocksDB's block caches (pyoxigraph
    sets no bound of its own), and at 400 NEREL documents the scan added ~9 MB to the ~10 of
    the reads before it, the `--jobs 2` parent's peak (h-jobs47)."""
    from kg.links import CLAIMS, TOLD_ONCE, claim_link_quads, claims_from_rows  # imports spaCy

    # the events' cells read by this process (folded or not), else by the other
    own_events = events is not None or (claims is not None and holdings is None)

    def mine(reader: KgStore, between: Callable[[], object] = lambda: None) -> NQuads:
        from kg.claim_rows import claim_quads
        from kg.event_rows import event_quads
        from kg.mention_counts import mention_quads

        select = reader.select
        text = NQuads()
        if claims is None:
            text.add(claim_link_quads(claims_from_rows(select(CLAIMS), select(TOLD_ONCE))))
            text.add(claim_quads(select))
        else:
            text.add(claim_link_quads(claims_from_rows(claims.rows(), claims.once())))
            text.add(claims.cell_quads(reader.quads))
        if events is not None:
            text.add(events.cell_quads(reader.quads))
        elif own_events:
            text.add(event_quads(select))
        if holdings is not None:
            text.add(holdings.cell_quads(select, reader.quads))
        between()  # the caches of the claims' and cells' reads let go: see `apart`
        text.add(mention_quads(select))
        return text

    if not split:
        table = holdings is None
        text = mine(store, _let_go(store) if apart else lambda: None)
        text.add(_other_cells(store.select, events=not own_events, table=table))
        if apart:
            store.release()  # its caches go; the write opens it again
            for fold in (claims, holdings, events):
                if fold is not None:
                    fold.let_go()
            trim()
        return text
    from kg.workers import forked

    _import_cells()  # before the fork: imported once, not in both processes
    store.release()
    other = functools.partial(
        _read_other_cells, store.path, events=not own_events, table=holdings is None
    )
    with forked(other) as theirs:
        with KgStore.open_read(store.path) as reader:
            text = mine(reader)
        text.parts.append(theirs())
        return text


def _let_go(store: KgStore) -> Callable[[], None]:
    def let_go() -> None:
        store.release()
        trim()

    return let_go


def _import_cells() -> None:
    import kg.claim_rows
    import kg.event_rows
    import kg.mention_counts
    import kg.quote_rows
    import kg.table_rows  # noqa: F401 - imported for `_derivation`'s two processes


def _read_other_cells(path: Path, *, events: bool = True, table: bool = True) -> bytes:
    """The forked process's part of `_derivation`, on its own read-only view, as N-Quads:
    pyoxigraph writes and parses them in Rust (2,900 quads at 100 NEREL documents: ~1 ms
    to write, ~4 ms to parse), where pickling cost ~20 ms here and ~14 ms in the parent."""
    with KgStore.open_read(path) as reader:
        text = NQuads()
        text.add(_other_cells(reader.select, events=events, table=table))
        return text.parts[0]


def _other_cells(select: Select, *, events: bool = True, table: bool = True) -> list[Quad]:
    """The table cells `_derivation`'s own process does not read: persons' offices and
    office holdings' unless `table` is false, quotes', and events' unless `events` is
    false."""
    from kg.event_rows import event_quads
    from kg.quote_rows import quote_quads
    from kg.table_rows import table_quads

    read = [*(table_quads(select) if table else []), *quote_quads(select)]
    return [*read, *event_quads(select)] if events else read


def table_cells(select: Select) -> list[Quad]:
    """What the entity, office, event, claim and quote tables read from the derived graph:
    mention counts, ranks and names (`kg.mention_counts`), persons' offices and office
    holdings' rows (`kg.table_rows`), events' rows (`kg.event_rows`), claims' rows
    (`kg.claim_rows`), quotes' rows (`kg.quote_rows`)."""
    from kg.claim_rows import claim_quads
    from kg.event_rows import event_quads
    from kg.mention_counts import mention_quads
    from kg.quote_rows import quote_quads
    from kg.table_rows import table_quads

    return [
        *mention_quads(select),
        *table_quads(select),
        *event_quads(select),
        *claim_quads(select),
        *quote_quads(select),
    ]


def _update(store: KgStore, pending: Pending, summary: list[Quad]) -> int:
    """The derived graph updated for the changes `pending` recorded: the cells and links of
    the nodes they touched, and the ranks that moved; returns how many quads the store gained."""
    from kg.claim_rows import claim_quads
    from kg.event_rows import event_quads
    from kg.links import PREDICATES, links_of
    from kg.mention_counts import RANKS, cell_quads, counts_and_names, restricted
    from kg.quote_rows import quote_quads
    from kg.table_rows import table_quads

    nodes = pending.documents | pending.entities
    if pending.entities:
        for row in store.select(restricted(_reading_entities(), "e", pending.entities)):
            nodes |= {row[v] for v in ("h", "p") if isinstance(row[v], NamedNode)}

    def stored(s: NamedNode | None = None, p: NamedNode | None = None, o: NamedNode | None = None):
        return store.quads(s, p, o, DERIVED_GRAPH)

    held = [q for n in nodes for q in stored(n)]
    old = {q for q in held if q.predicate not in RANKS}
    links = set(PREDICATES.values())  # stored both ways: the reverse of each link is stored too
    old |= {
        Quad(q.object, q.predicate, q.subject, q.graph_name) for q in old if q.predicate in links
    }
    old |= set(stored(DERIVED_GRAPH))
    counts, names, classes = counts_and_names(store.select, nodes)
    new = {
        *cell_quads(counts, names, classes),
        *table_quads(store.select, nodes),
        *event_quads(store.select, nodes),
        *claim_quads(store.select, nodes),
        *quote_quads(store.select, nodes),
        *links_of(store.quads, nodes),
        *summary,
    }
    ranked = [q for q in held if q.predicate in RANKS]
    ranks_gone, ranks_added = _rank_changes(stored, ranked, counts, names, classes)
    return store.change_graph(
        [*(old - new), *ranks_gone], [*(new - old), *ranks_added], drop=PENDING_GRAPH
    )


def _rank_changes(
    stored: Callable[..., list[Quad]],
    ranked: list[Quad],
    counts: Counts,
    names: Names,
    classes: Classes,
) -> tuple[list[Quad], list[Quad]]:
    """The ranks that change (gone, added), in each class's table: the nodes' entities whose
    count or name changed placed again in the stored order, which every other entity keeps.
    `ranked`: the nodes' stored rank quads. A class none of whose ranks moves is not read
    (its ranks are ~750 quads at 200 NEREL documents, ~3 ms CPU, and grow with the corpus;
    an edit that adds a state's mention moves no person's or organization's)."""
    from kg.mention_counts import CELLS, order_key, rank_changes

    gone: list[Quad] = []
    added: list[Quad] = []
    for cls, cells in CELLS.items():
        # the nodes' entities this class ranked before: moved unless they keep their key
        was = {
            q.subject
            for q in ranked
            if q.predicate == cells.rank
            and isinstance(q.subject, NamedNode)
            and isinstance(q.object, Literal)
        }

        def key_of(entity: NamedNode, cells: Cells = cells) -> Key:
            stored_cells = {q.predicate: q.object for q in stored(entity)}
            count, name = stored_cells.get(cells.count), stored_cells.get(BRO.rowName)
            return order_key(
                entity,
                count if isinstance(count, Literal) else None,
                name if isinstance(name, Literal) else None,
            )

        moved: dict[NamedNode, Key | None] = dict.fromkeys(was)
        for entity in (e for e, c in classes.items() if c == cls):
            key = order_key(entity, counts.get(entity), names.get(entity))
            if entity not in was or key != key_of(entity):  # else it keeps its place
                moved[entity] = key
            else:
                del moved[entity]
        if not moved:
            continue
        old = {
            q.subject: int(q.object.value)
            for q in stored(None, cells.rank)
            if isinstance(q.subject, NamedNode) and isinstance(q.object, Literal)
        }
        class_gone, class_added = rank_changes(cells.rank, old, moved, key_of)
        gone += class_gone
        added += class_added
    return gone, added


def _integer(n: int) -> Literal:
    return Literal(str(n), datatype=XSD.integer)
