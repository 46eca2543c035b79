"""The sample corpus through the command line, checked as a user would check it."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
import rdflib

from kg.cli import run
from kg.store import KgStore

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def store(clean_build: Callable[[Path], Path]) -> Path:
    return clean_build(CORPUS)


def query(store: Path, name: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, str]]:
    capsys.readouterr()
    assert run(["--store", str(store), "query", name, "--format", "csv"]) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_persons_are_the_two_presidents_once_each(store: Path, capsys) -> None:  # noqa: ANN001
    rows = query(store, "persons", capsys)
    by_name = {r["name"]: r for r in rows}
    assert sorted(by_name) == ["Владимир Путин", "Касым-Жомарт Токаев"]
    putin, tokayev = by_name["Владимир Путин"], by_name["Касым-Жомарт Токаев"]
    assert (putin["office"], putin["state"]) == ("президент", "Россия")
    assert putin["wikidata"] == "http://www.wikidata.org/entity/Q7747"
    assert (tokayev["office"], tokayev["state"]) == ("президент", "Казахстан")
    mentions = {r["name"]: int(r["mentions"]) for r in rows}
    # Every way the texts name them: full names in any case, surnames, initials,
    # first name and patronymic, titles.
    spans = query(store, "mentions", capsys)
    texts = Counter(r["name"] for r in spans if r["type"] == "Person")
    assert texts == mentions
    forms = {r["text"] for r in spans if r["name"] == "Касым-Жомарт Токаев"}
    assert {"Касым-Жомартом Токаевым", "К.-Ж.Токаев", "Касым-Жомарт Кемелевич", "Токаев"} <= forms
    assert {"В.Путин", "Владимир Владимирович", "главы Российского государства"} <= {
        r["text"] for r in spans if r["name"] == "Владимир Путин"
    }


def test_states_with_wikidata(store: Path, capsys) -> None:  # noqa: ANN001
    rows = {r["name"]: r for r in query(store, "states", capsys)}
    assert rows["Казахстан"]["wikidata"] == "http://www.wikidata.org/entity/Q232"
    assert rows["Россия"]["wikidata"] == "http://www.wikidata.org/entity/Q159"
    assert Counter(r["name"] for r in query(store, "states", capsys))["Россия"] == 1


def test_mention_offsets_index_the_file_text(store: Path, capsys) -> None:  # noqa: ANN001
    """Into the text as decoded from the file: HTML entities as written (`&lt;`)."""
    texts = {p.stem: p.read_text(encoding="utf-8-sig") for p in CORPUS.glob("*.txt")}
    spans = query(store, "mentions", capsys)
    assert len(spans) > 150
    for r in spans:
        assert texts[r["doc"]][int(r["start"]) : int(r["end"])] == r["text"]


def test_issue_facts_each_once(store: Path, capsys) -> None:  # noqa: ANN001
    agreements = query(store, "agreements", capsys)
    titles = [a["title"].lower() for a in agreements]
    for words in (
        "30-летия установления дипломатических отношений",
        "всеобъемлющего стратегического партнерства и союзничества",
        "о вечной дружбе, сотрудничестве и взаимной помощи",
    ):
        assert sum(words in t for t in titles) == 1, words
    declaration = next(a for a in agreements if "30-летия" in a["title"])
    assert declaration["status"] == "signed" and declaration["date"] == "2022-11-28"
    assert declaration["signatories"] == "Владимир Путин; Касым-Жомарт Токаев"
    planned = next(a for a in agreements if "всеобъемлющего" in a["title"])
    assert planned["status"] == "planned"
    claims = query(store, "claims", capsys)
    values = Counter((c["value"], c["unit"], c["comparator"]) for c in claims)
    for key in (("24500000000", "USD", "eq"), ("30000000000", "USD", "eq"),
                ("170", "проект", "gt"), ("50000000000", "USD", "gt"),
                ("20000", "компания", "gt"), ("32000000", "человек", "approx"),
                ("50", "percent", "gt")):  # fmt: skip
        assert values[key] == 1, key
    trade = next(c for c in claims if c["value"] == "24500000000")
    assert (trade["status"], trade["speaker"]) == ("actual", "Касым-Жомарт Токаев")
    assert next(c for c in claims if c["value"] == "30000000000")["status"] == "target"
    events = query(store, "events", capsys)
    talks = [e for e in events if e["kind"] == "Talks" and e["date"] == "2022-11-28"]
    assert len(talks) == 1 and talks[0]["status"] == "occurred"
    assert any(e["kind"] == "Forum" and "Оренбург" in e["location"] for e in events)


def test_no_claim_is_a_bare_year(store: Path, capsys) -> None:  # noqa: ANN001
    for c in query(store, "claims", capsys):
        value = float(c["value"])
        assert not (value.is_integer() and 1900 <= value <= 2100 and c["unit"] in ("", "год"))


def test_turtle_export_parses_back_to_the_same_count(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "kg.ttl"
    assert run(["--store", str(store), "export", "--format", "turtle", "-o", str(out)]) == 0
    with KgStore.open_read(store) as kg:
        triples = {(q.subject, q.predicate, q.object) for q in kg.db}
    assert len(rdflib.Graph().parse(out, format="turtle")) == len(triples)


def test_validate_passes_then_fails_on_a_broken_store(store: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    capsys.readouterr()
    assert run(["--store", str(store), "validate"]) == 0
    broken = tmp_path / "broken"
    assert run(["--store", str(broken), "build", str(CORPUS / "001_a513e5be717ef587.txt")]) == 0
    with KgStore.open_write(broken) as kg:
        kg.update(
            "PREFIX oa: <http://www.w3.org/ns/oa#> "
            "DELETE { GRAPH ?g { ?s oa:start ?x } } WHERE { GRAPH ?g { ?s oa:start ?x } }"
        )
    capsys.readouterr()
    assert run(["--store", str(broken), "validate"]) == 1
    report = capsys.readouterr().out
    assert "Violation" in report and "oa:start" in report and "Traceback" not in report
