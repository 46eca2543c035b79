"""Events, their participants and places, and numeric claims against NEREL's own annotations.

NEREL's brat `.ann` files mark in every document EVENT entities with PARTICIPANT_IN
(PERSON, COUNTRY, … → EVENT), TAKES_PLACE_IN (EVENT → place) relations, and MONEY,
PERCENT and NUMBER entities: a large signal for event and claim recall, independent of
our hand gold sets. Each set is built with `kg.build.run_build` into a throw-away store
and read with SPARQL (events with their selectors, participants and places; mentions
with their offsets and entity; claims with their selectors and unit).

    python bench/nerel_events.py [--sample N] [--limit N] [--misses FILE] [--tuning-only]

Tuning and validation side by side, as bench/ner.py splits them: tuning is a sample of
NEREL-train (the first `--sample` documents, default all, in SHA-1 order of their ids,
less every tests/gold/*.json document and the four that are devset/articles d01-d04);
validation is NEREL-dev, all documents, never tuned on. `--sample 100` keeps both sets
under ~5 minutes on 2 cores. Scored:

- events: recall of NEREL EVENT spans (a kg event of the document has a selector that
  covers the span: kg's selectors are the sentences it read the event from); the same for
  EVENTs with a PERSON or COUNTRY PARTICIPANT_IN argument ("with actors"); precision
  proxy, the share of kg events (per document) with a selector covering some EVENT span
  (NEREL marks many kinds of events kg does not read, so it measures no recall of kg's).
- participants: of the PERSON/COUNTRY PARTICIPANT_IN arguments of covered EVENTs, the
  share whose entity (that of a kg mention overlapping the argument span) is a participant
  of a covering kg event; "has a mention" says how many a kg mention overlaps at all.
- places: of the TAKES_PLACE_IN arguments of covered EVENTs, the share a covering kg
  event's location names: the location's lemmas hold the argument's lemmas in a row
  ("Мёртвое море" for "Мёртвом море", "Москва" for "Москве"), or the location is the
  Russian label of the entity of a kg mention overlapping the argument ("Россия").
- claims: recall of MONEY and PERCENT spans and of NUMBER spans followed by a noun (a
  counted thing: "200 человек"; NUMBERs inside a MONEY, PERCENT, DATE, TIME or AGE span
  left out): a kg claim whose selector covers the span, and one whose unit also fits (a
  currency code for MONEY, `percent` for PERCENT, the counted noun's lemma for NUMBER).
  Claims carry no offset of their value, so one claim finds two amounts of a sentence.

For the tuning set only, the missed EVENTs with actors by the lemma of the span's first
word and the missed MONEY/PERCENT spans by the lemma of the word after them are printed,
and `--misses FILE` writes every missed item (kind, document, span, sentence) as TSV.
Never look at misses of the validation set.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from devsets import add_nerel_dev, add_nerel_train  # bench/, the script's folder
from ner import HELD_OUT, copy_documents, fold

ROOT = Path(__file__).resolve().parent.parent
ACTOR_TYPES = {"PERSON", "COUNTRY"}
AMOUNT_TYPES = ("MONEY", "PERCENT")
NUMBER_HOSTS = ("DATE", "TIME", "AGE")  # a NUMBER inside one is no count: "5 мая"
Span = tuple[int, int]

# -- reading the gold ---------------------------------------------------------------------


@dataclass
class GoldEvent:
    """One NEREL EVENT span with its PERSON/COUNTRY participants and places."""

    span: Span
    actors: list[Span] = field(default_factory=list)
    places: list[tuple[Span, str]] = field(default_factory=list)  # span, its text


@dataclass
class GoldDoc:
    """What one `.ann` file says that this bench scores."""

    events: list[GoldEvent] = field(default_factory=list)
    # MONEY, PERCENT, NUMBER: kind, span, the lemma of the noun a NUMBER counts ("" else)
    amounts: list[tuple[str, Span, str]] = field(default_factory=list)


def read_ann(ann: str, text: str) -> GoldDoc:
    """The EVENTs (with actors and places) and amounts of one brat file; NUMBERs only where
    a noun follows them in `text`. Discontinuous spans (with ";") are left out."""
    entities: dict[str, tuple[str, Span, str]] = {}
    relations: list[tuple[str, str, str]] = []
    for line in ann.splitlines():
        cells = line.split("\t")
        if line.startswith("T") and len(cells) >= 3 and ";" not in cells[1]:
            kind, start, end = cells[1].split()
            entities[cells[0]] = (kind, (int(start), int(end)), cells[2])
        elif line.startswith("R") and len(cells) >= 2:
            name, a1, a2 = cells[1].split()[:3]
            relations.append((name, a1.removeprefix("Arg1:"), a2.removeprefix("Arg2:")))
    events = {t: GoldEvent(span) for t, (kind, span, _) in entities.items() if kind == "EVENT"}
    for name, a1, a2 in relations:
        if a1 not in entities or a2 not in entities:
            continue
        if name == "PARTICIPANT_IN" and a2 in events and entities[a1][0] in ACTOR_TYPES:
            events[a2].actors.append(entities[a1][1])
        elif name == "TAKES_PLACE_IN" and a1 in events:
            events[a1].places.append((entities[a2][1], entities[a2][2]))
    amounts = [(k, s, "") for k, s, _ in entities.values() if k in AMOUNT_TYPES]
    wider = [s for k, s, _ in entities.values() if k in (*AMOUNT_TYPES, *NUMBER_HOSTS)]
    numbers = [
        ("NUMBER", s, counted(text, s))
        for k, s, _ in entities.values()
        if k == "NUMBER" and not any(within(s, w) for w in wider)
    ]
    amounts += [n for n in numbers if n[2]]
    return GoldDoc(sorted(events.values(), key=lambda e: e.span), sorted(amounts))


def within(inner: Span, outer: Span) -> bool:
    """`inner` lies inside `outer`: a selector covers a gold span."""
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


_WORD = re.compile(r"\w+(?:-\w+)*")


def next_word(text: str, end: int) -> str:
    """The word right after `end` on the same line, past spaces only, or ""."""
    match = re.match(r"[ \t\u00a0]*(\w+(?:-\w+)*)", text[end:])
    return match.group(1) if match else ""


def lemma(word: str) -> str:
    """The most likely reading's lemma, ё read as е."""
    from kg.nlp.morph import morph

    return morph().normal_form(word.lower()).replace("ё", "е") if word else ""


def previous_word(text: str, start: int) -> str:
    """The word before `start` on the same line, past spaces and stops ("(70 %)"), or ""."""
    match = re.search(r"(\w+(?:-\w+)*)[^\w\n]*\Z", text[:start])
    return match.group(1) if match else ""


def counted(text: str, span: Span) -> str:
    """The lemma of the noun after a NUMBER, the thing it counts ("200 человек": "человек");
    "" where no noun follows (a list's or a name's number)."""
    from kg.nlp.morph import morph

    word = next_word(text, span[1])
    return lemma(word) if word and morph().parse(word.lower())[0].tag.POS == "NOUN" else ""


def lemmas(text: str) -> list[str]:
    return [lemma(w) for w in _WORD.findall(text)]


def sentence(text: str, span: Span) -> str:
    """The sentence around a span, on one line: from after the last ".!?" and a space or
    a line break before it to the next such end."""
    starts = [m.end() for m in re.finditer(r"[.!?…]\s+|\n", text[: span[0]])]
    end = re.search(r"[.!?…](?=\s)|\n", text[span[1] :])
    stop = span[1] + end.end() if end else len(text)
    return " ".join(text[starts[-1] if starts else 0 : stop].split())


# -- reading the store --------------------------------------------------------------------


@dataclass
class KgEvent:
    selectors: list[Span] = field(default_factory=list)
    participants: set[str] = field(default_factory=set)
    locations: set[str] = field(default_factory=set)


@dataclass
class KgDoc:
    """One document's events, mentions (span → entity, its Russian label) and claims
    (selector, unit)."""

    events: dict[str, KgEvent] = field(default_factory=dict)
    mentions: list[tuple[Span, str, str]] = field(default_factory=list)
    claims: list[tuple[Span, str]] = field(default_factory=list)


PREFIXES = """PREFIX bro: <https://w3id.org/kg-bilateral/ontology#>
PREFIX kgg: <https://w3id.org/kg-bilateral/id/graph/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""
# Each node's document, and the start and end of each of its selectors in that document.
SELECTED = "prov:wasDerivedFrom/bro:docId ?id ; oa:hasSelector ?sel . ?sel oa:start ?s ; oa:end ?e"
QUERIES = {
    "events": f"SELECT ?id ?x ?s ?e WHERE {{ GRAPH ?g {{ ?x a bro:Event ; {SELECTED} }} }}",
    "participants": "SELECT ?id ?x ?p WHERE { GRAPH ?g { ?x a bro:Event ; bro:participant ?p ;"
    " prov:wasDerivedFrom/bro:docId ?id } }",
    "locations": "SELECT ?id ?x ?loc WHERE { GRAPH ?g { ?x a bro:Event ; bro:location ?loc ;"
    " prov:wasDerivedFrom/bro:docId ?id } }",
    "mentions": f"SELECT ?id ?x ?s ?e ?label WHERE {{ GRAPH ?g {{ ?m a bro:Mention ;"
    f" bro:refersTo ?x ; {SELECTED} }} OPTIONAL {{ GRAPH kgg:entities {{ ?x rdfs:label ?label"
    ' FILTER (LANG(?label) = "ru") } } }',
    "claims": f"SELECT ?id ?x ?s ?e ?u WHERE {{ GRAPH ?g {{ ?x a bro:NumericClaim ;"
    f" bro:unit ?u ; {SELECTED} }} }}",
}


def _rows(store: Path, query: str) -> list[dict[str, str]]:
    from kg.sparql import run_query

    result = run_query(store, PREFIXES + query, format="json", timeout=300)
    bindings = json.loads(result.data or b"{}")["results"]["bindings"]
    return [{k: v["value"] for k, v in row.items()} for row in bindings]


def read_kg(store: Path) -> dict[str, KgDoc]:
    """Every document's events, mentions and claims in a built store."""
    docs: dict[str, KgDoc] = defaultdict(KgDoc)
    span = lambda r: (int(r["s"]), int(r["e"]))  # noqa: E731
    for r in _rows(store, QUERIES["events"]):
        docs[r["id"]].events.setdefault(r["x"], KgEvent()).selectors.append(span(r))
    for r in _rows(store, QUERIES["participants"]):
        docs[r["id"]].events.setdefault(r["x"], KgEvent()).participants.add(r["p"])
    for r in _rows(store, QUERIES["locations"]):
        docs[r["id"]].events.setdefault(r["x"], KgEvent()).locations.add(r["loc"])
    for r in _rows(store, QUERIES["mentions"]):
        docs[r["id"]].mentions.append((span(r), r["x"], r.get("label", "")))
    for r in _rows(store, QUERIES["claims"]):
        docs[r["id"]].claims.append((span(r), r["u"]))
    return docs


def build(folder: Path, ids: list[str], jobs: int) -> dict[str, KgDoc]:
    """The documents built into a throw-away store, read back."""
    from kg.build import run_build

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        copy_documents(folder, ids, corpus)
        run_build([corpus], Path(tmp) / "store", jobs=jobs)
        return read_kg(Path(tmp) / "store")


# -- matching -----------------------------------------------------------------------------


def covering(kg: KgDoc, span: Span) -> list[KgEvent]:
    """The document's kg events one of whose selectors covers the span."""
    return [e for e in kg.events.values() if any(within(span, s) for s in e.selectors)]


def entities_at(kg: KgDoc, span: Span) -> dict[str, str]:
    """Entity → Russian label of the kg mentions overlapping the span."""
    return {entity: label for s, entity, label in kg.mentions if overlaps(s, span)}


def place_named(location: str, place: str, labels: Iterable[str]) -> bool:
    """The kg location names the gold place: its lemmas hold the place's lemmas in a row,
    or it is the label of the place's kg entity."""
    mine, gold = lemmas(location), lemmas(place)
    in_a_row = bool(gold) and any(
        mine[i : i + len(gold)] == gold for i in range(len(mine) - len(gold) + 1)
    )
    return in_a_row or fold(location) in {fold(label) for label in labels}


def unit_fits(kind: str, unit: str, noun: str) -> bool:
    """A claim's unit is the gold amount's: a currency code for MONEY, `percent` for
    PERCENT, the counted noun's lemma for NUMBER."""
    if kind == "MONEY":
        return bool(re.fullmatch(r"[A-Z]{3}", unit))
    return unit == ("percent" if kind == "PERCENT" else noun)


@dataclass
class Tally:
    """Counts of one set, and its misses (kind, document, span) for the tuning report."""

    counts: Counter = field(default_factory=Counter)
    misses: list[tuple[str, str, Span]] = field(default_factory=list)

    def add(self, name: str, hit: bool, miss: tuple[str, str, Span] | None = None) -> None:
        self.counts[name + " total"] += 1
        self.counts[name] += hit
        if not hit and miss:
            self.misses.append(miss)


def score_events(doc: str, gold: GoldDoc, kg: KgDoc, tally: Tally) -> None:
    """Event, actor-event, participant and place recall of one document, and how many of
    its kg events cover some EVENT span."""
    for event in gold.events:
        found = covering(kg, event.span)
        kind = "EVENT with actors" if event.actors else "EVENT"
        tally.add("events", bool(found), (kind, doc, event.span))
        if event.actors:
            tally.add("events with actors", bool(found))
        if not found:
            continue
        participants = set().union(*(e.participants for e in found))
        for actor in event.actors:
            mine = entities_at(kg, actor)
            tally.add("actor has a mention", bool(mine))
            tally.add("participants", bool(participants & set(mine)), ("PARTICIPANT", doc, actor))
        locations = set().union(*(e.locations for e in found))
        for span, text in event.places:
            labels = entities_at(kg, span).values()
            hit = any(place_named(loc, text, labels) for loc in locations)
            tally.add("places", hit, ("PLACE", doc, span))
    for e in kg.events.values():
        tally.add("kg events", any(within(g.span, s) for g in gold.events for s in e.selectors))


def score_claims(doc: str, gold: GoldDoc, kg: KgDoc, tally: Tally) -> None:
    """Whether a claim's selector covers each amount, and one of a fitting unit."""
    for kind, span, noun in gold.amounts:
        units = [u for s, u in kg.claims if within(span, s)]
        fits = any(unit_fits(kind, u, noun) for u in units)
        tally.add(kind, bool(units))
        tally.add(f"{kind} unit fits", fits, (kind, doc, span))


# -- the report ---------------------------------------------------------------------------


def tuning_ids(folder: Path, sample: int) -> list[str]:
    """NEREL-train documents in no gold set, in SHA-1 order of their ids, the first
    `sample` (all where 0)."""
    gold = set(HELD_OUT)
    for path in (ROOT / "tests" / "gold").glob("*.json"):
        gold |= set(json.loads(path.read_text(encoding="utf-8"))["documents"])
    ids = [p.stem for p in folder.glob("*.txt") if p.with_suffix(".ann").exists()]
    ids = sorted((i for i in ids if i not in gold), key=lambda i: hashlib.sha1(i.encode()).digest())
    return ids[: sample or None]


def score(folder: Path, ids: list[str], jobs: int) -> tuple[Tally, float]:
    """One set's tally and the seconds its build and queries took."""
    started = time.perf_counter()
    kg = build(folder, ids, jobs)
    seconds = time.perf_counter() - started
    tally = Tally()
    for doc in ids:
        text = (folder / f"{doc}.txt").read_text(encoding="utf-8")
        gold = read_ann((folder / f"{doc}.ann").read_text(encoding="utf-8"), text)
        score_events(doc, gold, kg.get(doc, KgDoc()), tally)
        score_claims(doc, gold, kg.get(doc, KgDoc()), tally)
    return tally, seconds


ROWS = {
    "events: recall of EVENT spans": "events",
    "events with actors (PERSON/COUNTRY): recall": "events with actors",
    "kg events covering an EVENT (precision proxy)": "kg events",
    "participants of covered EVENTs: recall": "participants",
    "   of those, the argument has a kg mention": "actor has a mention",
    "places of covered EVENTs: recall": "places",
    "MONEY: a claim covers it": "MONEY",
    "MONEY: … of a currency unit": "MONEY unit fits",
    "PERCENT: a claim covers it": "PERCENT",
    "PERCENT: … of unit percent": "PERCENT unit fits",
    "NUMBER before a noun: a claim covers it": "NUMBER",
    "NUMBER before a noun: … counting that noun": "NUMBER unit fits",
}


def cell(tally: Tally, name: str) -> str:
    hit, total = tally.counts[name], tally.counts[name + " total"]
    return f"{hit / max(total, 1):.3f} ({hit}/{total})"


def top_missed(folder: Path, tally: Tally) -> None:
    """The tuning set's missed EVENTs with actors by their first word's lemma, and missed
    MONEY/PERCENT by the next word's lemma (the previous one's where a stop follows)."""
    texts: dict[str, str] = {}
    text = lambda doc: texts.setdefault(doc, (folder / f"{doc}.txt").read_text("utf-8"))  # noqa: E731
    events = Counter(
        lemma((_WORD.findall(text(d)[s[0] : s[1]]) or [""])[0])
        for kind, d, s in tally.misses
        if kind == "EVENT with actors"
    )
    amounts = Counter(
        lemma(next_word(text(d), s[1])) or "←" + (lemma(previous_word(text(d), s[0])) or "¶")
        for kind, d, s in tally.misses
        if kind in AMOUNT_TYPES
    )
    print("\ntuning: missed EVENTs with actors by the lemma of the span's first word")
    print("  ".join(f"{w} {n}" for w, n in events.most_common(25)))
    print("tuning: missed MONEY/PERCENT (no claim of a fitting unit) by the next word's lemma"
          " (←: the word before, where none follows; ¶ a line's start)")  # fmt: skip
    print("  ".join(f"{w} {n}" for w, n in amounts.most_common(15)))


def write_misses(path: Path, folder: Path, tally: Tally) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["kind", "doc", "start", "end", "span", "sentence"])
        for kind, doc, span in tally.misses:
            text = (folder / f"{doc}.txt").read_text(encoding="utf-8")
            writer.writerow([kind, doc, *span, text[span[0] : span[1]], sentence(text, span)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_nerel_train(parser)
    add_nerel_dev(parser)
    parser.add_argument("--sample", type=int, default=0, help="NEREL-train documents (0: all)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N of each set")
    parser.add_argument("--jobs", type=int, default=1, help="build processes")
    parser.add_argument("--misses", type=Path, help="TSV of the tuning set's missed items")
    parser.add_argument("--tuning-only", action="store_true", help="skip NEREL-dev")
    args = parser.parse_args()
    train_ids = tuning_ids(args.nerel_train, args.sample)[: args.limit or None]
    dev_ids = sorted(p.stem for p in args.nerel_dev.glob("*.ann"))[: args.limit or None]
    tuning, t_seconds = score(args.nerel_train, train_ids, args.jobs)
    validation, v_seconds = (
        score(args.nerel_dev, dev_ids, args.jobs) if not args.tuning_only else (None, 0.0)
    )
    dev_count = 0 if validation is None else len(dev_ids)
    print(f"NEREL events and claims: tuning = {len(train_ids)} NEREL-train documents, "
          f"validation = {dev_count} NEREL-dev documents")  # fmt: skip
    print(f"{'':<48}{'tuning':<22}{'validation':<22}")
    for label, name in ROWS.items():
        other = cell(validation, name) if validation else ""
        print(f"{label:<48}{cell(tuning, name):<22}{other:<22}")
    print(f"time: build and queries {t_seconds:.0f} s tuning, {v_seconds:.0f} s validation")
    top_missed(args.nerel_train, tuning)
    if args.misses:
        write_misses(args.misses, args.nerel_train, tuning)


if __name__ == "__main__":
    main()
