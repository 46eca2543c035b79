"""The canned queries answer with the contract's columns and value conventions."""

from __future__ import annotations

import random

import pytest
from pyoxigraph import NamedNode, Quad, QueryResultsFormat, Store
from rdf_samples import store

from kg.derived import table_cells
from kg.extract.agreements import Agreement
from kg.extract.events.fact import Event
from kg.model import Document, Entity, Extraction, Span
from kg.rdf import doc_graph, entity_quads, extraction_quads
from kg.resources import QUERIES_DIR

CONTRACT = {
    "documents": "doc title date url publisher",
    "states": "state name wikidata mentions",
    "persons": "person name office state wikidata mentions",
    "organizations": "org name wikidata mentions",
    "mentions": "entity name type doc start end text via",
    "offices": "person name office state start end sources date basis",
    "agreements": "agreement title kind status date parties signatories sources",
    "events": "event kind label date status location participants sources",
    "claims": "claim metric value unit comparator period status speaker quote sources",
    "quotes": "speaker text sources",
    "relations": "state_a state_b level date sources",
    "timeline": "date kind label sources",
}
KGR = "https://w3id.org/kg-bilateral/id/"
WD = "http://www.wikidata.org/entity/"


@pytest.fixture(scope="module")
def sample() -> Store:
    return store()


def run(s: Store, name: str, union: bool = True) -> list[dict[str, str]]:
    """Rows as {column: value}, an unbound column as ""."""
    results = s.query((QUERIES_DIR / f"{name}.rq").read_text(), use_default_graph_as_union=union)
    names = [v.value for v in results.variables]
    return [
        {n: ("" if t is None else t.value) for n, t in zip(names, row, strict=True)}
        for row in results
    ]


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_columns_and_leading_comment(sample: Store, name: str) -> None:
    text = (QUERIES_DIR / f"{name}.rq").read_text()
    assert text.startswith("# ") and len(text.splitlines()[0]) > 20
    results = sample.query(text, use_default_graph_as_union=True)
    csv = results.serialize(format=QueryResultsFormat.CSV).decode()
    assert csv.splitlines()[0] == CONTRACT[name].replace(" ", ",")


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_same_answer_with_or_without_union_default_graph(sample: Store, name: str) -> None:
    assert run(sample, name, union=True) == run(sample, name, union=False)


def test_no_query_beyond_the_contract_is_missing_a_comment() -> None:
    for path in QUERIES_DIR.glob("*.rq"):
        assert path.read_text().startswith("# "), path


def test_documents(sample: Store) -> None:
    assert run(sample, "documents") == [
        {
            "doc": "docA",
            "title": "Лукашенко в Китае",
            "date": "2023-03-01",
            "url": "https://example.org/a",
            "publisher": "БелТА",
        },
        {
            "doc": "docB",
            "title": "Турция и Узбекистан",
            "date": "2022-03",
            "url": "",
            "publisher": "",
        },
    ]


def test_states(sample: Store) -> None:
    rows = {r["state"]: r for r in run(sample, "states")}
    assert rows[KGR + "state/BLR"] == {
        "state": KGR + "state/BLR",
        "name": "Республика Беларусь",
        "wikidata": WD + "Q184",
        "mentions": "1",
    }
    assert len(rows) == 4


def test_persons(sample: Store) -> None:
    rows = {r["name"]: r for r in run(sample, "persons")}
    assert rows["Реджеп Тайип Эрдоган"] == {
        "person": KGR + "person/Q39259",
        "name": "Реджеп Тайип Эрдоган",
        "office": "президент",
        "state": "Турецкая Республика",
        "wikidata": WD + "Q39259",
        "mentions": "1",
    }
    assert rows["Шавкат Мирзиёев"]["wikidata"] == ""
    assert rows["Си Цзиньпин"]["office"] == "председатель КНР"


def test_organizations(sample: Store) -> None:
    assert run(sample, "organizations") == [
        {"org": KGR + "org/belaz", "name": "БелАЗ", "wikidata": "", "mentions": "1"}
    ]


def test_organization_with_a_wikidata_item() -> None:
    s = Store()
    s.extend(entity_quads([Entity("org/opec", "Organization", "ОПЕК", wikidata="Q7795")]))
    s.extend(table_cells(s.query))  # as a build ends
    assert run(s, "organizations") == [
        {"org": KGR + "org/opec", "name": "ОПЕК", "wikidata": WD + "Q7795", "mentions": "0"}
    ]


def test_mentions(sample: Store) -> None:
    rows = run(sample, "mentions")
    assert [(r["doc"], int(r["start"])) for r in rows] == sorted(
        (r["doc"], int(r["start"])) for r in rows
    )
    assert rows[0] == {
        "entity": KGR + "state/BLR",
        "name": "Республика Беларусь",
        "type": "State",
        "doc": "docA",
        "start": "10",
        "end": "18",
        "text": "Беларуси",
        "via": "adjective",
    }
    assert {r["type"] for r in rows} == {"State", "Person", "Organization"}
    assert {r["via"] for r in rows} == {"adjective", "name"}
    assert len(rows) == 9


def test_agreements_fuse_across_documents(sample: Store) -> None:
    rows = {r["agreement"].removeprefix(KGR): r for r in run(sample, "agreements")}
    assert rows["agreement/tur-uzb-treaty"] == {
        "agreement": KGR + "agreement/tur-uzb-treaty",
        "title": "Договор о стратегическом партнерстве",
        "kind": "Treaty",
        "status": "signed",
        "date": "1992",
        "parties": "Республика Узбекистан; Турецкая Республика",
        "signatories": "Реджеп Тайип Эрдоган; Шавкат Мирзиёев",
        "sources": "docB",
    }
    shared = rows["agreement/trade-programme"]
    assert shared["sources"] == "docA; docB"
    assert shared["status"] == "signed"  # planned in docA, signed in docB: the furthest wins
    assert shared["date"] == "2022-03"  # only docB knows it
    assert shared["signatories"] == ""


def test_events(sample: Store) -> None:
    assert run(sample, "events") == [
        {
            "event": KGR + "event/blr-chn-visit",
            "kind": "StateVisit",
            "label": "Государственный визит Александра Лукашенко в Китай",
            "date": "2023-03-01",
            "status": "occurred",
            "location": "Пекин",
            "participants": "Александр Лукашенко; Китайская Народная Республика; Си Цзиньпин",
            "sources": "docA",
        }
    ]


def test_claims(sample: Store) -> None:
    assert run(sample, "claims") == [
        {
            "claim": KGR + "claim/blr-chn-trade-2022",
            "metric": "товарооборот",
            "value": "3100000000",
            "unit": "USD",
            "comparator": "approx",
            "period": "2022",
            "status": "actual",
            "speaker": "",
            "quote": "Товарооборот в 2022 году составил около 3,1 млрд долларов.",
            "sources": "docA",
        }
    ]


def test_quotes_and_relations(sample: Store) -> None:
    assert run(sample, "quotes") == [
        {"speaker": "Си Цзиньпин", "text": "Мы друзья навсегда", "sources": "docA"}
    ]
    assert run(sample, "relations") == [
        {
            "state_a": "Республика Беларусь",
            "state_b": "Китайская Народная Республика",
            "level": "всепогодное всеобъемлющее стратегическое партнерство",
            "date": "2023-03",
            "sources": "docA",
        }
    ]


def test_timeline(sample: Store) -> None:
    rows = run(sample, "timeline")
    assert [(r["date"], r["kind"]) for r in rows] == [
        ("1992", "Treaty"),
        ("2022-03", "Programme"),
        ("2023-03", "RelationLevel"),
        ("2023-03-01", "StateVisit"),
    ]
    assert rows[1]["sources"] == "docA; docB"
    assert rows[2]["label"] == "всепогодное всеобъемлющее стратегическое партнерство"


def test_timeline_kind_is_the_dating_documents() -> None:
    """An event one document dates as a visit and another, undated, tells as a state visit:
    the timeline gives the dating document's kind, the events table the least of all."""
    s = Store()
    for doc_id, kind, date in (("docA", "Visit", "2021-05"), ("docB", "StateVisit", "")):
        fact = Event("event/x", kind, "Визит", "occurred", date, evidence=[Span(0, 1, "В")])
        s.extend(extraction_quads(Extraction(Document(doc_id, "В"), facts={"events": [fact]})))
    s.extend(table_cells(s.query))
    assert run(s, "timeline") == [
        {"date": "2021-05", "kind": "Visit", "label": "Визит", "sources": "docA; docB"}
    ]
    assert [r["kind"] for r in run(s, "events")] == ["StateVisit"]


def test_many_sources_are_sorted() -> None:
    ids = [f"d{i:03d}" for i in range(60)]
    random.Random(7).shuffle(ids)
    s = Store()
    for doc_id in ids:
        fact = Agreement(
            "agreement/x", "Соглашение", "Agreement", "signed", evidence=[Span(0, 1, "С")]
        )
        s.extend(extraction_quads(Extraction(Document(doc_id, "С"), facts={"agreements": [fact]})))
    (row,) = run(s, "agreements")
    assert row["sources"] == "; ".join(sorted(ids))


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_empty_store_answers_nothing(name: str) -> None:
    assert run(Store(), name) == []


def test_entity_without_mentions_counts_zero() -> None:
    """A state no span names is listed where a fact of a document needs it, with 0 mentions
    (`tests/test_states_unnamed.py`: not otherwise)."""
    s = Store()
    s.extend(entity_quads([Entity("state/KAZ", "State", "Республика Казахстан", wikidata="Q232")]))
    s.extend(table_cells(s.query))
    assert run(s, "states") == []
    fact, role = NamedNode(KGR + "event/e"), NamedNode(KGR + "participant")
    s.add(Quad(fact, role, NamedNode(KGR + "state/KAZ"), doc_graph("d")))
    assert run(s, "states") == [
        {
            "state": KGR + "state/KAZ",
            "name": "Республика Казахстан",
            "wikidata": WD + "Q232",
            "mentions": "0",
        }
    ]


def test_person_without_a_state_has_an_empty_state_column() -> None:
    s = Store()
    s.extend(entity_quads([
        Entity("person/x", "Person", "Иван Иванов"),
        Entity("person/y", "Person", "Пётр Петров", office="президент", state="state/BLR"),
        Entity("state/BLR", "State", "Белоруссия"),
    ]))  # fmt: skip
    s.extend(table_cells(s.query))
    rows = {r["name"]: r["state"] for r in run(s, "persons")}
    assert rows == {"Иван Иванов": "", "Пётр Петров": "Белоруссия"}
