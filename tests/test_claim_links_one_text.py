"""Claims one document alone tells are not linked with each other (forty-fourth pass,
h-claims64, own sentences): a text does not contradict itself, and its two figures of one
metric are of two things, a part and its whole ("победила в 20 из 25 регионов страны"), two
houses' votes. Figures of different documents still agree or conflict."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kg.build import run_build
from kg.extract.claims import Claim, link_claims
from kg.sparql import resolve_query, run_query

TEXTS = {
    "a": "На выборах в Перу оппозиция победила в 20 из 25 регионов страны.",
    "b": "Товарооборот между Чили и Перу в 2023 году составил 5 млрд долларов.",
    "c": "Товарооборот между Чили и Перу в 2023 году достиг 7 млрд долларов.",
}


def _claim(key: str, value: str, told_once_in: str = "") -> Claim:
    return Claim(key, "регионы", Decimal(value), "регион", "eq", "actual",
                 states=["state/PER"], told_once_in=told_once_in)  # fmt: skip


def test_one_documents_own_figures_are_not_linked() -> None:
    assert link_claims([_claim("a", "20", "graph/a"), _claim("b", "25", "graph/a")]) == []
    # must link: two documents, or a claim more than one tells, or one just read
    assert link_claims([_claim("a", "20", "graph/a"), _claim("b", "25", "graph/b")]) == [
        ("a", "conflicts", "b")
    ]
    assert link_claims([_claim("a", "20", "graph/a"), _claim("b", "25")]) == [
        ("a", "conflicts", "b")
    ]


def test_build_links_no_part_with_its_whole(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / f"{name}.txt").write_text(f"Новости\ndate 2024-02-01\n{text}\n", encoding="utf-8")
    store = tmp_path / "store"
    run_build([corpus], store)
    claims = run_query(store, resolve_query("claims"))
    metric = claims.columns.index("metric")
    assert sorted(r[metric] for r in claims.rows).count("регионы страны") == 2
    out = run_query(store, resolve_query("claim_links"))
    metric, relation = out.columns.index("metric"), out.columns.index("relation")
    assert {(r[metric], r[relation]) for r in out.rows} == {("товарооборот", "conflicts")}
    assert len(out.rows) == 1
