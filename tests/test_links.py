"""Claims from different documents on one metric and period are linked after a build."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kg.build import run_build
from kg.extract.claims import Claim
from kg.links import claim_link_quads
from kg.rdf import BRO, DERIVED_GRAPH
from kg.sparql import resolve_query, run_query
from kg.store import KgStore

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
    assert {q.predicate for q in links} == {BRO.agreesWith}  # the conflict went with its document
