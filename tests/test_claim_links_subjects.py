"""Claims of different documents are linked only when they are about the same subject: the
same states (forty-second pass, own sentences). A figure that names no state ("У посла
остались двое детей", "водитель, имевший более 20 лет стажа") tells of someone only its own
text knows, so it agrees or conflicts with no other text's figure of that metric."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kg.build import run_build
from kg.extract.claims import Claim, link_claims
from kg.sparql import resolve_query, run_query

TEXTS = {
    "a": "Товарооборот между Чили и Перу в 2023 году составил 5 млрд долларов.",
    "b": "Товарооборот между Чили и Перу в 2023 году достиг 7 млрд долларов.",
    "c": "Товарооборот между Эстонией и Латвией в 2023 году составил 6 млрд долларов.",
    "d": "У погибшего посла остались жена и двое детей.",
    "e": "У пенсионерки трое детей, она живёт в деревне.",
}


def _claim(key: str, value: str, states: list[str], period: str = "") -> Claim:
    return Claim(key, "дети", Decimal(value), "ребёнок", "eq", "actual", period, states=states)


def test_claims_naming_no_state_are_linked_with_none() -> None:
    assert link_claims([_claim("a", "2", []), _claim("b", "3", [])]) == []
    assert link_claims([_claim("a", "2", [], "2020"), _claim("b", "3", [], "2020")]) == []
    # must link: the same state, metric and period
    both = [_claim("a", "2", ["state/CHL"]), _claim("b", "3", ["state/CHL"])]
    assert link_claims(both) == [("a", "conflicts", "b")]
    # must not: another state
    assert link_claims([_claim("a", "2", ["state/CHL"]), _claim("b", "3", ["state/PER"])]) == []


def test_build_links_only_claims_of_one_subject(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / f"{name}.txt").write_text(f"Новости\ndate 2024-02-01\n{text}\n", encoding="utf-8")
    store = tmp_path / "store"
    run_build([corpus], store)
    out = run_query(store, resolve_query("claim_links"))
    metric, relation = out.columns.index("metric"), out.columns.index("relation")
    found = {(r[metric], r[relation]) for r in out.rows}
    assert found == {("товарооборот", "conflicts")}
    assert len(out.rows) == 1
