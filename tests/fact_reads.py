"""Small readers of what kg extracted, shared by the test files that compare the same view of
an extraction or of events (each was copied verbatim into several files)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pyoxigraph import NamedNode

from kg.build import run_build
from kg.extract.agreements import Agreement, read_agreements
from kg.extract.context import Context
from kg.extract.events import Event, extract_events
from kg.extract.quotes import extract_quotes
from kg.extract.relations import RelationLevel
from kg.model import Document, Extraction
from kg.rdf import ONT
from kg.store import KgStore
from kg.validate import validate


def of_kind(events: list[Event], *kinds: str) -> list[Event]:
    """The events of the given kinds, in their order."""
    return [e for e in events if e.kind in kinds]


def papers_and_signings(
    analyse: Callable[..., Context], text: str, day: str
) -> tuple[list[Agreement], list[Event]]:
    """A text's papers and its Signing events, read as a build reads them (the events given
    the agreements' reading), for tests that set a paper beside the Signing that signs it."""
    ctx = analyse(Document(id="t", text=text, date=day))
    reading = read_agreements(ctx)
    return reading.facts, of_kind(extract_events(ctx, reading), "Signing")


def one_of_kind(events: list[Event], *kinds: str) -> Event:
    """The one event of the given kinds (fails if there are none or several)."""
    (event,) = of_kind(events, *kinds)
    return event


def state_keys(event: Event) -> set[str]:
    """The event's participants that are states."""
    return {p for p in event.participants if p.startswith("state/")}


def person_keys(event: Event) -> list[str]:
    """The event's participants that are persons, sorted."""
    return sorted(p for p in event.participants if p.startswith("person/"))


def org_states(ex: Extraction) -> list[tuple[str, str, str]]:
    """The extraction's organization mentions as (text, entity name, entity state)."""
    entities = {e.key: e for e in ex.entities}
    return [
        (m.text, entities[m.entity].name, entities[m.entity].state)
        for m in ex.mentions
        if m.type == "Organization"
    ]


def org_wikidata(analyse: Callable[[Document], Context], text: str) -> list[tuple[str, str, str]]:
    """A text's (of 2026-11-20) organization mentions as (text, entity name, entity QID or "")."""
    ctx = analyse(Document(id="t", text=text, date="2026-11-20"))
    return [
        (m.text, ctx.entities[m.entity].name, ctx.entities[m.entity].wikidata or "")
        for m in ctx.mentions
        if m.type == "Organization"
    ]


def text_org_states(
    extraction_of: Callable[..., Extraction], text: str
) -> list[tuple[str, str, str]]:
    """The organization mentions (`org_states`) of a text of 2024-05-15, offices read."""
    return org_states(extraction_of(text, "2024-05-15", "offices"))


def marked_org_states(extraction_of: Callable[..., Extraction], marked: str) -> list[str]:
    """The states of the organization mentions of the words `marked` puts in brackets ("[Банк
    Англии] повысил ставку"), in a text of 2024-05-15 without the brackets."""
    return [s for _, s in marked_orgs(extraction_of, marked)]


def marked_orgs(extraction_of: Callable[..., Extraction], marked: str) -> list[tuple[str, str]]:
    """(name, state) of the organization mentions of the words `marked` puts in brackets, in
    a text of 2024-05-15 without the brackets."""
    mention = marked[marked.index("[") + 1 : marked.index("]")]
    text = marked.replace("[", "").replace("]", "")
    return [(n, s) for m, n, s in text_org_states(extraction_of, text) if m == mention]


def person_names(ex: Extraction) -> set[str]:
    """The names of the persons kg read."""
    return {e.name for e in ex.entities if e.type == "Person"}


def assert_named_not(ex: Extraction, name: str, not_name: str) -> None:
    """kg read a person named `name` and none named `not_name` (a misread form of it)."""
    names = person_names(ex)
    assert name in names, names
    assert not_name not in names, names


def mention_persons(ex: Extraction) -> dict[str, str]:
    """Each person mention's text → its person's name."""
    names = {e.key: e.name for e in ex.entities if e.type == "Person"}
    return {m.text: names[m.entity] for m in ex.mentions if m.entity in names}


def offices_by_name(ex: Extraction, *, with_state: bool = False) -> dict[str, set[str]]:
    """Person name → the offices the text gives them ("office state" with `with_state`)."""
    names = {e.key: e.name for e in ex.entities}
    out: dict[str, set[str]] = {}
    for h in ex.facts["offices"]:
        if h.basis == "text":
            out.setdefault(names[h.person], set()).add(
                f"{h.office} {h.state}" if with_state else h.office
            )
    return out


def text_holdings(
    ex: Extraction, surname: str, fields: tuple[str, ...] = ("office", "state", "past")
) -> set[tuple[object, ...]]:
    """The text's holdings of the person of that surname, each as those fields of it."""
    names = {e.key: e.name.split()[-1] for e in ex.entities}
    return {
        tuple(getattr(h, f) for f in fields)
        for h in ex.facts["offices"]
        if h.basis == "text" and names[h.person] == surname
    }


def person_office(ex: Extraction, surname: str) -> tuple[str, str]:
    """The office and state the names step gives the person of that surname."""
    return next(
        (e.office, e.state)
        for e in ex.entities
        if e.type == "Person" and e.name.split()[-1] == surname
    )


def relation_levels(found: list[RelationLevel]) -> set[tuple[str, str, str]]:
    """(state, state, level with "ё" written "е") of each relation level."""
    return {(r.state_a, r.state_b, r.level.replace("ё", "е")) for r in found}


def quoted_texts(analyse: Callable, text: str) -> list[str]:
    """The words of each quote kg reads from `text` as one document."""
    ctx = analyse(Document(id="t", text=text))
    return [q.text for q in extract_quotes(ctx)]


def capitals(text: str, read: Callable) -> dict[str, str]:
    """Each state mention read through its capital → the state's key."""
    return {m.text: m.entity for m in read(text) if m.type == "State" and m.via == "capital"}


def built_of_class(tmp_path: Path, text: str, cls: str) -> tuple[bool, str, int]:
    """A build of one document `text` (its first line "date …") in `tmp_path`: whether its
    store passes the SHACL shapes, the report, and how many nodes it types the ontology's
    class `cls` ("Recall", "Exercise")."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    run_build([corpus], tmp_path / "s")
    with KgStore.open_read(tmp_path / "s") as reader:
        ok, report = validate(list(reader.db))
        typed = list(reader.db.quads_for_pattern(None, None, NamedNode(ONT + cls), None))
    return ok, report, len(typed)
