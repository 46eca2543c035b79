"""Fact kinds are registered parts: a toy kind defined here, and registered without
touching any shared module, flows from its extractor to RDF, the store and `kg eval`."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pyoxigraph import Literal

from kg.build import run_build
from kg.evaluate import SOURCES, Kind, evaluate_store, similar
from kg.extract.context import Context, fact_key
from kg.extract.quotes import Quote
from kg.extract.registry import REGISTRY, FactKind, fact_kinds, register
from kg.model import Span
from kg.rdf import BRO, RDF, FactWriter, node
from kg.store import KgStore

TEXT = (
    "Президент Бразилии Луис Инасиу Лула да Силва прибыл в Буэнос-Айрес. "
    "«Мы останемся друзьями навсегда», — заявил Лула. "
    "Переговоры прошли успешно!\n"
)
QUERY = """PREFIX bro: <https://w3id.org/kg-bilateral/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?text (GROUP_CONCAT(DISTINCT ?id; separator="; ") AS ?sources)
WHERE {
  GRAPH ?g { ?x a bro:Exclamation ; bro:text ?t ; prov:wasDerivedFrom ?d . ?d bro:docId ?id }
  BIND (STR(?t) AS ?text)
}
GROUP BY ?text
"""


@dataclass
class Exclamation:
    key: str
    text: str
    after_quote: bool  # whether a quote comes before it in the document
    evidence: list[Span] = field(default_factory=list)


def extract_exclamations(ctx: Context, quotes: list[Quote]) -> list[Exclamation]:
    """Sentences ending in "!"; the quotes the quotes kind read come as an argument."""
    out = []
    for sent in ctx.doc.sents:
        start, end = ctx.trimmed(sent)
        if end > start and ctx.document.text[end - 1] == "!":
            text = ctx.document.text[start:end]
            quoted = any(q.evidence and q.evidence[0].end <= start for q in quotes)
            out.append(
                Exclamation(fact_key("exclamation", text), text, quoted, [ctx.evidence(start, end)])
            )
    return out


def exclamation_quads(e: Exclamation, w: FactWriter) -> None:
    s = node(e.key)
    w.add(s, RDF.type, BRO.Exclamation)
    w.add(s, BRO.text, Literal(e.text))
    w.add(s, BRO.afterQuote, Literal(str(e.after_quote).lower()))
    w.evidence(s, e.evidence)


@pytest.fixture
def toy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FactKind:
    query = tmp_path / "exclamations.rq"
    query.write_text(QUERY, encoding="utf-8")
    kind = FactKind(
        name="exclamations",
        fact=Exclamation,
        ontology_class="Exclamation",
        extract=extract_exclamations,
        needs=("quotes",),
        quads=exclamation_quads,
        evaluation=Kind(
            str(query),
            lambda g, s: similar(g["text"], s["text"]),
            {"text": similar, **SOURCES},
            required=("text",),
            key="text",
        ),
    )
    fact_kinds()  # the shipped kinds first, as a build would have them
    monkeypatch.setitem(REGISTRY, kind.name, kind)
    return kind


def test_a_toy_kind_flows_to_rdf_store_and_eval(
    toy: FactKind, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = [k.name for k in fact_kinds()]
    assert names.index("exclamations") > names.index("quotes")  # after what it needs
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "toy.txt").write_text(TEXT, encoding="utf-8")
    store = tmp_path / "store"
    run_build([corpus], store)

    with KgStore.open_read(store) as kg:
        rows = kg.select(
            "PREFIX bro: <https://w3id.org/kg-bilateral/ontology#> "
            "SELECT ?t ?q WHERE { GRAPH ?g { ?x a bro:Exclamation ; bro:text ?t ; "
            "bro:afterQuote ?q } }"
        )
        assert [(r["t"].value, r["q"].value) for r in rows] == [
            ("Переговоры прошли успешно!", "true")  # the quotes reached the toy's extractor
        ]
        with_toy = kg.counts()[1]
    monkeypatch.delitem(REGISTRY, "exclamations")
    with KgStore.open_read(store) as kg:
        assert kg.counts()[1] == with_toy - 1  # the store counts the kind's nodes as facts
    monkeypatch.setitem(REGISTRY, "exclamations", toy)

    gold = tmp_path / "gold.json"
    gold.write_text(
        json.dumps(
            {
                "documents": ["toy"],
                "exclamations": [{"text": "Переговоры прошли успешно!", "sources": ["toy"]}],
            }
        ),
        encoding="utf-8",
    )
    (score,) = evaluate_store(gold, store).scores
    assert (score.kind, score.gold, score.found, score.matched) == ("exclamations", 1, 1, 1)


def test_a_name_is_registered_once(toy: FactKind) -> None:
    assert register(toy) is toy  # the same spec again is harmless
    with pytest.raises(ValueError, match="already registered"):
        register(FactKind("exclamations", Exclamation, "Other", extract_exclamations, toy.quads))


_IMPORTS = re.compile(r"from kg\.extract\.(\w+)[\w.]* import (?:\(([^)]*)\)|([^\n]+))")


def test_kinds_talk_only_through_public_names_and_arguments() -> None:
    """No extractor takes another kind's private names or hides state on the context."""
    extract = Path(__file__).resolve().parents[1] / "kg" / "extract"
    kinds = {p.name for p in extract.iterdir() if (p / "__init__.py").is_file()} - {"common"}
    offenders = []
    for path in extract.rglob("*.py"):
        own = path.relative_to(extract).parts[0]
        text = path.read_text(encoding="utf-8")
        if "__dict__" in text:
            offenders.append(f"{path.name} writes the context's __dict__")
        for kind, grouped, names in _IMPORTS.findall(text):
            private = [n for n in re.split(r"[\s,]+", grouped + names) if n.startswith("_")]
            if kind in kinds and kind != own and private:
                offenders.append(f"{path.name} imports {private} from {kind}")
    assert offenders == []
