"""Claims from different documents on one metric and period are linked after a build."""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad, Store

from kg import claim_rows, event_rows, quote_rows
from kg.build import run_build
from kg.extract.claims import Claim
from kg.links import CLAIMS, claim_link_quads, claims_from_rows
from kg.mention_counts import CELLS as ENTITY_CELLS
from kg.model import Document, Extraction, Span
from kg.rdf import BRO, DERIVED_GRAPH, NS, RDF, XSD, extraction_quads
from kg.sparql import resolve_query, run_query
from kg.store import KgStore
from kg.table_rows import CELLS
from kg.validate import validate

TEXTS = {
    "a": "Товарооборот между Узбекистаном и Турцией в 2023 году достиг 3 миллиардов долларов.",
    "b": "Товарооборот между Узбекистаном и Турцией в 2023 году составил 3,1 млрд долларов.",
    "c": "Товарооборот между Узбекистаном и Турцией в 2023 году составил 5 млрд долларов.",
}


def claim(key: str, value: str, period: str = "2023") -> Claim:
    return Claim(key, "товарооборот", Decimal(value), "USD", "eq", "actual", period=period,
                 states=["state/TUR", "state/UZB"])  # fmt: skip


def test_link_quads_are_symmetric_and_only_within_a_period() -> None:
    claims = [claim("claim/1", "3e9"), claim("claim/2", "3.1e9"), claim("claim/3", "5e9")]
    quads = claim_link_quads([*claims, claim("claim/4", "9e9", "2022")])
    pairs = {(q.subject.value[-1], q.predicate, q.object.value[-1]) for q in quads}
    assert ("1", BRO.agreesWith, "2") in pairs and ("2", BRO.agreesWith, "1") in pairs
    assert ("1", BRO.conflictsWith, "3") in pairs and ("3", BRO.conflictsWith, "2") in pairs
    assert not any("4" in (a, b) for a, _, b in pairs)
    assert {q.graph_name for q in quads} == {DERIVED_GRAPH}


def test_build_links_claims_across_documents(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / f"{name}.txt").write_text(
            f"Торговля\ndate 2024-02-01\n{text}\n", encoding="utf-8"
        )
    store = tmp_path / "store"
    run_build([corpus], store)
    out = run_query(store, resolve_query("claim_links"))
    found = {(r[2], r[4], r[6]) for r in out.rows}
    assert found == {("agrees", "b", "a"), ("conflicts", "b", "c"), ("conflicts", "c", "a")}
    (corpus / "c.txt").unlink()
    run_build([corpus], store, prune=True)
    with KgStore.open_read(store) as kg:
        links = [q for q in kg.db.quads_for_pattern(None, None, None, DERIVED_GRAPH)]
    summary = {BRO.corpusDigest, BRO.entityCount, BRO.factCount}
    summary |= {p for c in ENTITY_CELLS.values() for p in (c.count, c.rank)} | {BRO.rowName}
    summary |= {*CELLS.values(), BRO.holder}  # the tables' cells
    for rows in (claim_rows, event_rows, quote_rows):
        summary |= set(rows.CELLS.values())  # the fact tables' stored rows
    kinds = {q.predicate for q in links} - summary
    assert kinds == {BRO.agreesWith}  # the conflict went with its document


def test_an_interval_period_is_stored_queried_linked_and_valid(tmp_path: Path) -> None:
    # issue 8: "за 2019–2021 годы" is the ISO 8601 interval 2019/2021, its two ends typed
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, value in (("a", "3"), ("b", "3,1"), ("c", "5")):
        text = (
            f"За 2019–2021 годы товарооборот Узбекистана и Турции составил {value} млрд долларов."
        )
        (corpus / f"{name}.txt").write_text(
            f"Торговля\ndate 2024-02-01\n{text}\n", encoding="utf-8"
        )
    store = tmp_path / "store"
    run_build([corpus], store)
    claims = run_query(store, resolve_query("claims"))
    assert {r[claims.columns.index("period")] for r in claims.rows} == {"2019/2021"}
    links = run_query(store, resolve_query("claim_links"))
    assert {(r[1], r[2]) for r in links.rows} == {
        ("2019/2021", "agrees"),
        ("2019/2021", "conflicts"),
    }
    with KgStore.open_read(store) as kg:
        ok, report = validate(list(kg.db))
        ends = {q.object for q in kg.db.quads_for_pattern(None, BRO.periodStart, None, None)}
    assert ok, report
    assert ends == {Literal("2019", datatype=XSD.gYear)}


def test_a_claim_with_a_date_and_an_interval_or_a_reversed_one_is_invalid() -> None:
    claim = NamedNode(NS + "claim/x")
    graph = NamedNode(NS + "graph/doc/x")
    base = [(RDF.type, BRO.NumericClaim), (BRO.metric, Literal("экспорт", language="ru")),
            (BRO.value, Literal("5", datatype=XSD.decimal)), (BRO.unit, Literal("USD")),
            (BRO.comparator, Literal("eq")), (BRO.status, Literal("actual"))]  # fmt: skip
    year = partial(Literal, datatype=XSD.gYear)
    for extra in (
        [
            (BRO.period, year("2020")),
            (BRO.periodStart, year("2019")),
            (BRO.periodEnd, year("2021")),
        ],
        [(BRO.periodStart, year("2021")), (BRO.periodEnd, year("2019"))],
        [(BRO.periodStart, year("2019"))],
    ):
        _, report = validate([Quad(claim, p, o, graph) for p, o in [*base, *extra]])
        assert "period" in report, extra
    _, report = validate([Quad(claim, p, o, graph) for p, o in base])  # no provenance either
    assert "period" not in report


# The query kg ran before it matched inside GRAPH ?g: over the union of the graphs, a claim
# told by k documents joined k copies of each of its triples (about k⁶ rows). Kept as the
# reference the new query must agree with.
UNION_CLAIMS = """
PREFIX bro: <https://w3id.org/kg-bilateral/ontology#>
SELECT ?claim ?metric ?value ?unit ?comparator ?status
       (SAMPLE(?p) AS ?period) (GROUP_CONCAT(DISTINCT STR(?state); separator=" ") AS ?states)
WHERE {
  ?claim a bro:NumericClaim ; bro:metric ?metric ; bro:value ?value ; bro:unit ?unit ;
         bro:comparator ?comparator ; bro:status ?status .
  OPTIONAL { ?claim bro:period ?p }
  OPTIONAL { ?claim bro:concernsState ?state }
}
GROUP BY ?claim ?metric ?value ?unit ?comparator ?status
"""


def told_by(k: int) -> Store:
    """k documents that each tell the same three figures, and one of their own."""
    s = Store()
    for i in range(k):
        doc = Document(f"doc{i}", "…", date="2024-02-01")
        told = [claim("claim/1", "3e9"), claim("claim/2", "3.1e9"), claim("claim/3", "5e9")]
        own = claim(f"claim/own{i}", f"{7 + i}e9", period="2021")
        for c in [*told, own]:
            c.evidence = [Span(i, i + 5, "слово")]
        s.extend(extraction_quads(Extraction(doc, facts={"claims": [*told, own]})))
    return s


def old_claims(s: Store) -> list[Claim]:
    results = s.query(UNION_CLAIMS, use_default_graph_as_union=True)
    names = [x.value for x in results.variables]
    out = []
    for row in results:
        v = {n: (t.value if t is not None else "") for n, t in zip(names, row, strict=True)}
        states = sorted(x.removeprefix(NS) for x in v["states"].split())
        out.append(Claim(v["claim"].removeprefix(NS), v["metric"], Decimal(v["value"]), v["unit"],
                         v["comparator"], v["status"], v["period"], states=states))  # fmt: skip
    return sorted(out, key=lambda c: c.key)


def test_claims_told_by_several_documents_give_the_links_the_union_query_gave() -> None:
    s = told_by(3)
    new = claims_from_rows(s.query(CLAIMS))
    assert new == old_claims(s)
    assert claim_link_quads(new) == claim_link_quads(old_claims(s))
    assert len(claim_link_quads(new)) == 2 * 3 + 2 * 3  # 1-2-3 among them; the own 2021 ones


def test_claim_rows_grow_with_the_claims_not_with_the_documents_telling_them() -> None:
    # 8 rows per claim (metric, value, unit, comparator, status, period, two states): the
    # three told by every document count once, however many documents tell them
    for k in (2, 60):
        s = told_by(k)
        assert len(list(s.query(CLAIMS))) == 8 * (3 + k)
        assert len(claims_from_rows(s.query(CLAIMS))) == 3 + k
