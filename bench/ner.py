"""Mentions, Wikidata links and offices against factRuEval-2016 and NEREL, beside bare natasha.

Each document set is built with `kg build` into a throw-away store and read through
`mentions_with_via.rq` (every person, state and organization mention with how it
names the entity, the entity's Wikidata item and posts). In the same run natasha's
own NER (NewsNERTagger on the whole text) is scored the same way on persons and
organizations, so the figures compare like for like.

    python bench/ner.py [--sample 93] [--limit N] [--skip-factrueval]

factRuEval dev (121 documents): persons and organizations by exact character span; a
gold object runs from its first to its last span ("Юрия" + "Лужкова").

NEREL (brat `.ann`), tuning and validation side by side: tuning is a sample of
NEREL-train (the first `--sample` documents in SHA-1 order of their ids, less the
issue-8 validation gold documents and the four that are devset/articles d01-d04);
validation is NEREL-dev (93 documents), never tuned on. The Wikidata table kg's
gazetteer is built from comes from the training split only, so NEREL-dev measures
linking honestly. Scored:

- persons (PERSON), organizations (ORGANIZATION): exact spans.
- states: exact spans against COUNTRY, which in NEREL covers names ("России") and
  adjectives where they stand for the state ("российские компании", "американские
  военные"). NEREL tags an adjective of a people ("американский актёр") as
  NATIONALITY; a kg state mention on exactly such a span is not scored (neither right
  nor wrong). Capitals standing for governments are CITY in NEREL, so kg's `capital`
  mentions count as wrong here; a second line scores states without them.
- links: NEREL's `N` lines give the QID of PERSON, ORGANIZATION and COUNTRY mentions. Precision: of
  the kg mentions with a QID that overlap a linked gold mention of the same type, the
  share whose QID is the gold one. Recall: of the (document, QID) pairs of linked gold
  entities, the share for which kg gives that QID to a mention overlapping one of the
  entity's spans; its ceiling, of those entities the ones whose QID the links table or the
  gazetteer holds at all ("gen.": of them, the generic items with a lower-case label, which
  kg leaves to the state's own body, see below). A second precision leaves out the wrong
  QIDs where the training split's links table (`../shared/sources/nerel_wikidata_links.tsv`)
  gives the gold span's very form both kg's item and the gold one: annotators linked that
  name to two items (a person to a law named after her, two items for one person), which no
  reading of the text tells apart.
  For organizations a third leaves out the wrong QIDs where the gold item is the generic one
  of kg's, its name the start of kg's item's name: annotators linked a bare "правительство"
  or "МВД" to "правительство" (Q7188) or "министерство внутренних дел" where kg links the
  state's body the text means (`--wrong` marks them QID-GENERIC; whether the state is right,
  only reading the text says). The first precision is against the annotators' items as given.
- offices: persons with a gold WORKS_AS (PERSON → PROFESSION) whose span a kg person
  mention overlaps. "Has office": the kg entity holds a post. "Right": one of its posts
  reads as the gold profession (same head noun after any adjectives, same next word where
  both have one; "госсекретарь" is "государственный секретарь", "глава правительства" and
  "глава кабинета (министров)" are "премьер-министр", "глава МИД" is "министр иностранных
  дел"). Posts are corpus-level in kg, not per document. A second share also counts a post
  as right where the links table gives one of its forms the item annotators linked the gold
  profession to ("артист" and "актёр" both linked to one item).

Title mentions ("Президент РФ") are a feature of kg, not names, so kg persons are also
scored without them (`via` title).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from devsets import add_nerel_dev, add_nerel_train  # bench/, the script's folder
from leave_out import package_without

from kg.data.shared import shared

Span = tuple[str, int, int, str]  # doc, start, end, PER/ORG/STATE
FRE_TYPES = {"Person": "PER", "Org": "ORG"}
KG_TYPES = {"Person": "PER", "Organization": "ORG", "State": "STATE"}
NEREL_TYPES = {"PERSON": "PER", "ORGANIZATION": "ORG", "COUNTRY": "STATE"}
ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = {"12521_text", "114858_text", "102474_text", "12499_text"}  # devset/articles d01-d04


@dataclass(frozen=True)
class Mention:
    """One row of mentions_with_via.rq."""

    span: Span
    via: str
    wikidata: str  # QID or ""
    offices: tuple[str, ...]


@dataclass
class Gold:
    """The spans of one annotated set and, for NEREL, links and professions."""

    spans: set[Span] = field(default_factory=set)
    ignored: set[Span] = field(default_factory=set)  # NATIONALITY spans: not scored as states
    qids: dict[Span, str] = field(default_factory=dict)
    forms: dict[Span, str] = field(default_factory=dict)  # linked span → its text
    works_as: dict[Span, list[str]] = field(default_factory=dict)  # person span → professions
    # person span → the Wikidata items annotators linked its professions to
    work_items: dict[Span, set[str]] = field(default_factory=dict)


# -- reading the gold ---------------------------------------------------------------------


def read_factrueval(folder: Path, ids: list[str]) -> Gold:
    gold = Gold()
    for doc_id in ids:
        spans: dict[str, tuple[int, int]] = {}
        for line in (folder / f"{doc_id}.spans").read_text(encoding="utf-8").splitlines():
            fields = line.split("#")[0].split()
            if len(fields) >= 4:
                spans[fields[0]] = (int(fields[2]), int(fields[2]) + int(fields[3]))
        for line in (folder / f"{doc_id}.objects").read_text(encoding="utf-8").splitlines():
            fields = line.split("#")[0].split()
            if len(fields) >= 3 and fields[1] in FRE_TYPES:
                parts = [spans[s] for s in fields[2:] if s in spans]
                if parts:
                    start, end = min(p[0] for p in parts), max(p[1] for p in parts)
                    gold.spans.add((doc_id, start, end, FRE_TYPES[fields[1]]))
    return gold


def read_nerel(folder: Path, ids: list[str]) -> Gold:
    gold = Gold()
    for doc_id in ids:
        entities: dict[str, tuple[str, int, int, str]] = {}  # T id → type, start, end, text
        links: dict[str, str] = {}
        relations: list[tuple[str, str]] = []
        for line in (folder / f"{doc_id}.ann").read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if line.startswith("T") and len(cells) >= 3 and ";" not in cells[1]:
                kind, start, end = cells[1].split()
                entities[cells[0]] = (kind, int(start), int(end), cells[2])
            elif line.startswith("N") and len(cells) >= 2:
                _, target, ref = cells[1].split()
                links[target] = ref.removeprefix("Wikidata:")
            elif line.startswith("R") and cells[1].startswith("WORKS_AS "):
                _, a1, a2 = cells[1].split()
                relations.append((a1.removeprefix("Arg1:"), a2.removeprefix("Arg2:")))
        for tid, (kind, start, end, _) in entities.items():
            if kind in NEREL_TYPES:
                span = (doc_id, start, end, NEREL_TYPES[kind])
                gold.spans.add(span)
                if re.fullmatch(r"Q\d+", links.get(tid, "")):
                    gold.qids[span] = links[tid]
                    gold.forms[span] = entities[tid][3]
            elif kind == "NATIONALITY":
                gold.ignored.add((doc_id, start, end, "STATE"))
        for person, profession in relations:
            if entities.get(person, ("",))[0] == "PERSON" and profession in entities:
                _, start, end, _ = entities[person]
                span = (doc_id, start, end, "PER")
                gold.works_as.setdefault(span, []).append(entities[profession][3])
                if re.fullmatch(r"Q\d+", links.get(profession, "")):
                    gold.work_items.setdefault(span, set()).add(links[profession])
    return gold


# -- the links table: which items annotators give a form ------------------------------------


def table_forms(kind: str) -> dict[str, set[str]]:
    """Folded surface form → the items `nerel_wikidata_links.tsv` (the training split's
    links) gives it, for one NEREL type (PERSON, ORGANIZATION, PROFESSION)."""
    out: dict[str, set[str]] = defaultdict(set)
    path = shared("sources", "nerel_wikidata_links.tsv")
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) >= 5 and cells[1] == kind:
            for form in cells[4].split(" | "):
                out[fold(form)].add(cells[0])
    return out


def item_names() -> dict[str, str]:
    """QID → its folded name: the links table's canonical name, else kg's curated row's."""
    out: dict[str, str] = {}
    for line in (ROOT / "kg/data/orgs.tsv").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 6 and cells[0] == "org" and cells[5]:
            out[cells[5]] = fold(cells[2])
    path = shared("sources", "nerel_wikidata_links.tsv")
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) >= 3:
            out[cells[0]] = fold(cells[2])
    return out


def generic_item(names: dict[str, str], mine: str, gold: str) -> bool:
    """The gold item is the kind kg's item is one of: its name opens kg's item's name
    ("правительство" Q7188 of "Правительство Российской Федерации", "министерство внутренних
    дел" of "Министерство внутренних дел Российской Федерации"). Annotators link a bare noun
    ("правительство", "МВД") to the generic item where kg links the state's body the text
    means; which state's it is, only reading the text tells."""
    kind = names.get(gold, "")
    return bool(kind) and names.get(mine, "").startswith(kind + " ")


def fold(text: str) -> str:
    """Lower case, ё read as е, runs of spaces as one: a form or label to compare."""
    return " ".join(text.lower().replace("ё", "е").split())


# -- the systems --------------------------------------------------------------------------


def natasha_spans(folder: Path, ids: list[str]) -> set[Span]:
    from natasha import NewsEmbedding, NewsNERTagger

    tagger = NewsNERTagger(NewsEmbedding())
    out: set[Span] = set()
    for doc_id in ids:
        text = (folder / f"{doc_id}.txt").read_text(encoding="utf-8")
        for span in tagger(text).spans:
            if span.type in ("PER", "ORG"):
                out.add((doc_id, span.start, span.stop, span.type))
    return out


def copy_documents(folder: Path, ids: list[str], corpus: Path) -> None:
    """The documents' texts copied into a new folder `corpus`, the corpus of a build."""
    corpus.mkdir()
    for doc_id in ids:
        (corpus / f"{doc_id}.txt").write_bytes((folder / f"{doc_id}.txt").read_bytes())


def kg_mentions(folder: Path, ids: list[str], package: Path | None = None) -> list[Mention]:
    """Builds the documents into a throw-away store and reads every mention back, with the
    `kg` package found under `package` where given (a leave-out gazetteer)."""
    # `python -m` puts the working directory first on sys.path: run in `package` too.
    env = {**os.environ, "PYTHONPATH": str(package)} if package else None
    with tempfile.TemporaryDirectory() as tmp:
        corpus, store = Path(tmp) / "corpus", Path(tmp) / "store"
        copy_documents(folder, ids, corpus)
        kg = [sys.executable, "-m", "kg", "--store", str(store)]
        subprocess.run(
            [*kg, "build", str(corpus)], check=True, stdout=subprocess.DEVNULL, env=env, cwd=package
        )
        query = Path(__file__).with_name("mentions_with_via.rq")
        out = subprocess.run(
            [*kg, "query", str(query), "--format", "json"],
            check=True,
            capture_output=True,
            env=env,
            cwd=package,
        ).stdout
    rows = json.loads(out)["results"]["bindings"]
    cell = lambda row, name: row.get(name, {}).get("value", "")  # noqa: E731
    return [
        Mention(
            (cell(r, "doc"), int(cell(r, "start")), int(cell(r, "end")), KG_TYPES[cell(r, "type")]),
            cell(r, "via"),
            cell(r, "wikidata").rsplit("/", 1)[-1],
            tuple(o for o in cell(r, "offices").split("|") if o),
        )
        for r in rows
    ]


# -- scoring ------------------------------------------------------------------------------


def prf(found: set[Span], gold: set[Span], kind: str, ignored: Iterable[Span] = ()) -> tuple:
    f = {s for s in found if s[3] == kind} - set(ignored)
    g = {s for s in gold if s[3] == kind}
    tp = len(f & g)
    p = tp / len(f) if f else 0.0
    r = tp / len(g) if g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _overlap(a: Span, b: Span) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def _by_doc(spans: Iterable) -> dict[str, list]:
    out: dict[str, list] = defaultdict(list)
    for item in spans:
        out[(item.span if isinstance(item, Mention) else item)[0]].append(item)
    return out


def links(mentions: list[Mention], gold: Gold, kind: str) -> tuple[int, int, int, int, int, int]:
    """(right QIDs, QIDs given on linked gold spans, gold entities found linked, gold
    entities, wrong QIDs where the annotators' table gives the gold span's form both kg's
    item and the gold one: two items for one name, which the table cannot tell apart, wrong
    QIDs where the gold one is the generic item of kg's: `generic_item`)."""
    linked = {s: q for s, q in gold.qids.items() if s[3] == kind}
    mine = _by_doc(m for m in mentions if m.span[3] == kind and m.wikidata)
    table = table_forms(next(k for k, v in NEREL_TYPES.items() if v == kind))
    names = item_names()
    given = right = conflicts = generic = 0
    for doc, found in mine.items():
        spans = [s for s in linked if s[0] == doc]
        for m in found:
            over = [s for s in spans if _overlap(m.span, s)]
            hits = {linked[s] for s in over}
            if hits:
                given += 1
                right += m.wikidata in hits
                conflicts += m.wikidata not in hits and any(
                    {m.wikidata, linked[s]} <= table.get(fold(gold.forms[s]), set()) for s in over
                )
                generic += m.wikidata not in hits and any(
                    generic_item(names, m.wikidata, q) for q in hits
                )
    entities = {(s[0], q) for s, q in linked.items()}
    got = {
        (s[0], q)
        for s, q in linked.items()
        if any(m.wikidata == q and _overlap(m.span, s) for m in mine.get(s[0], ()))
    }
    return right, given, len(got), len(entities), conflicts, generic


# Short forms spelled out as lemmas, as `_words` compares them.
_SHORT = {"госсекретарь": "государственный секретарь", "генсек": "генеральный секретарь",
          "генпрокурор": "генеральный прокурор", "генштаб": "генеральный штаб",
          "премьер": "премьер-министр",
          "зампред": "заместитель председатель",
          "градоначальник": "мэр", "экс": "", "бывший": ""}  # fmt: skip


# Descriptions that name one office ("главы правительства" is the premier), by lemmas.
_SAME_OFFICE = {"глава правительство": "премьер-министр",
                "глава кабинет министр": "премьер-министр",
                "глава кабинет": "премьер-министр",
                "глава кабмин": "премьер-министр",
                "глава мид": "министр иностранный дело",
                "глава министерство иностранный дело": "министр иностранный дело",
                "глава внешнеполитический ведомство": "министр иностранный дело",
                "глава военный ведомство": "министр оборона",
                "глава минобороны": "министр оборона",
                "глава министерство оборона": "министр оборона",
                "глава министерство": "министр",
                "председатель правительство": "премьер-министр"}  # fmt: skip
# Compound titles whose first noun is not their kind: a premier is no minister of a field, a
# governor-general no general.
_NOT_FIRST_KIND = frozenset(["премьер-министр", "генерал-губернатор"])


def _deputy(lemma: str) -> str:
    """A deputy's contracted title spelled out in lemmas ("замминистра" is "заместитель
    министр", "замглавы" "заместитель глава"), as a gold "заместителя министра" reads; any
    other word as it is."""
    from kg.nlp.morph import morph

    rest = lemma.removeprefix("зам")
    if rest == lemma or len(rest) < 4:
        return lemma
    parses = morph().parse(rest)
    office = next((p for p in parses if p.tag.POS == "NOUN" and p.tag.animacy == "anim"), None)
    return f"заместитель {office.normal_form.replace('ё', 'е')}" if office else lemma


def _words(text: str) -> list[str]:
    """Lemmas of an office's words, short forms and descriptions spelled out, "бывший"
    dropped."""
    from kg.nlp.morph import morph

    text = re.sub(r"(?<!\w)и\.\s?о\.", "исполняющий обязанности", text.lower().replace("ё", "е"))
    text = re.sub(r"(\w)\s+-\s+(\w)", r"\1-\2", text)  # "директором - распорядителем"
    out = []
    for word in re.findall(r"\w+(?:-\w+)*", text):
        # An office's words read as an adjective where they can be one, else as a person
        # where they can be one: "главного" is "главный", "премьера" is "премьер", not
        # the première; but not an adjective pymorphy3 finds ten times less likely than its
        # best reading ("главой" is "глава", not "главый"). pymorphy3 gives ё back.
        parses = morph().parse(word)
        likely = parses[0].score / 10
        adjective = next((p for p in parses if p.tag.POS == "ADJF" and p.score >= likely), None)
        parse = adjective or next(
            (p for p in parses if p.tag.POS == "NOUN" and p.tag.animacy == "anim"), parses[0]
        )
        lemma = parse.normal_form.replace("ё", "е")
        out += _SHORT.get(lemma, _deputy(lemma)).split()
    plain = out[:1] + [w for w in out[1:] if not _adjective(w)]  # "глава чилийского …"
    for words in (out, plain):
        joined = " ".join(words)
        for description, office in _SAME_OFFICE.items():
            if words is plain and any(_adjective(w) for w in description.split()):
                continue  # "глава внешнеполитического ведомства" is not any agency's head
            if joined == description or joined.startswith(description + " "):
                return [*office.split(), *joined[len(description) :].split()]
    return out


def _adjective(lemma: str) -> bool:
    return lemma.endswith(("ый", "ий", "ой"))


def _kind(lemma: str) -> str:
    """A compound title's kind: its first noun where both its parts are persons' nouns
    ("генерал-лейтенант" a general, "писатель-сатирик" a writer), not a premier's or a
    governor-general's; not a vice-, deputy's or former one's ("вице" is no person)."""
    from kg.nlp.morph import morph

    parts = lemma.split("-")
    if len(parts) != 2 or lemma in _NOT_FIRST_KIND:
        return lemma
    persons = all(
        any(p.tag.POS == "NOUN" and p.tag.animacy == "anim" for p in morph().parse(part))
        for part in parts
    )
    return parts[0] if persons else lemma


def office_right(post: str, profession: str) -> bool:
    """The post reads as the profession: the same head noun ("президент" for "российский
    президент"), and the same next word where both have one ("министр иностранных дел
    России" is "министр иностранных дел", not "министр энергетики")."""
    mine = [_kind(w) for w in _words(post)]
    gold = [_kind(w) for w in _words(profession)]
    if not mine or mine[0] not in gold:
        return False
    rest_mine, rest_gold = mine[1:], gold[gold.index(mine[0]) + 1 :]
    head_first = all(
        _adjective(w) for w in gold[: gold.index(mine[0])]
    )  # only adjectives before the head: "российский президент", not "вице-президент"
    return head_first and (not rest_mine or not rest_gold or rest_mine[0] == rest_gold[0])


def offices(mentions: list[Mention], gold: Gold) -> tuple[int, int, int, int, int]:
    """(gold persons with WORKS_AS, of them found by kg, with an office, with a right one,
    with a right one or one the annotators' table gives the gold profession's item: "артист"
    where they linked "актёр" and "артист" to one item)."""
    persons = _by_doc(m for m in mentions if m.span[3] == "PER")
    items = profession_items()
    found = with_office = right = same_item = 0
    for span, professions in gold.works_as.items():
        hits = [m for m in persons.get(span[0], ()) if _overlap(m.span, span)]
        posts = {o for m in hits for o in m.offices}
        found += bool(hits)
        with_office += bool(posts)
        ok = any(office_right(o, p) for o in posts for p in professions)
        right += ok
        gold_items = gold.work_items.get(span, set())
        same_item += ok or any(gold_items & items.get(" ".join(_words(o)), set()) for o in posts)
    return len(gold.works_as), found, with_office, right, same_item


def profession_items() -> dict[str, set[str]]:
    """An office's lemmas → the PROFESSION items the table gives a form with those lemmas."""
    out: dict[str, set[str]] = defaultdict(set)
    for form, qids in table_forms("PROFESSION").items():
        out[" ".join(_words(form))] |= qids
    return out


# -- the report ---------------------------------------------------------------------------


def nerel_ids(folder: Path, sample: int = 0) -> list[str]:
    ids = sorted(p.stem for p in folder.glob("*.txt") if p.with_suffix(".ann").exists())
    if sample:
        validation = json.loads((ROOT / "tests/gold/validation.json").read_text())["documents"]
        ids = [i for i in ids if i not in HELD_OUT and i not in validation]
        ids = sorted(ids, key=lambda i: hashlib.sha1(i.encode()).hexdigest())[:sample]
    return ids


def wrong_links(folder: Path, mentions: list[Mention], gold: Gold) -> list[str]:
    """One line per kg QID that differs from the gold one on a linked gold span, and per
    person with a gold WORKS_AS whose offices none reads as the gold profession, or who has
    none (NOOFFICE): where to look for failures (printed for the tuning side only)."""
    out = []
    names = item_names()
    for m in mentions:
        hits = {q for s, q in gold.qids.items() if s[3] == m.span[3] and _overlap(m.span, s)}
        if m.wikidata and hits and m.wikidata not in hits:
            words = _around(folder, m.span)
            tag = "QID-GENERIC" if any(generic_item(names, m.wikidata, q) for q in hits) else "QID"
            out.append(f"{tag} {m.span} {m.via} {m.wikidata} gold {'|'.join(hits)}: …{words}…")
    persons = _by_doc(m for m in mentions if m.span[3] == "PER")
    for span, professions in gold.works_as.items():
        posts = {o for m in persons.get(span[0], ()) if _overlap(m.span, span) for o in m.offices}
        found = any(_overlap(m.span, span) for m in persons.get(span[0], ()))
        if found and not posts:
            out.append(f"NOOFFICE {span} gold {professions}: …{_around(folder, span)}…")
        if posts and not any(office_right(o, p) for o in posts for p in professions):
            words = _around(folder, span)
            out.append(f"OFFICE {span} {sorted(posts)} gold {professions}: …{words}…")
    return out


def span_errors(folder: Path, mentions: list[Mention], gold: Gold, kind: str) -> list[str]:
    """One line per gold span of the type kg misses (MISS) and per kg span of it no gold
    span matches (INVENTED), each with the other side's overlapping spans: where to look
    for span failures (printed for the tuning side only)."""
    found = {m.span for m in mentions if m.span[3] == kind}
    spans = {s for s in gold.spans if s[3] == kind}
    out = []
    for tag, mine, other in (("MISS", spans - found, found), ("INVENTED", found - spans, spans)):
        for span in sorted(mine):
            text = (folder / f"{span[0]}.txt").read_text(encoding="utf-8")
            over = [text[o[1] : o[2]] for o in sorted(other) if _overlap(span, o)]
            line = f"{tag} {span} «{text[span[1] : span[2]]}» vs {over}: …{_around(folder, span)}…"
            out.append(line)
    return out


# Per kind: NEREL type, gazetteer row kind and files, wikidata column (counting the kind).
_LINKED = {
    "PER": ("PERSON", "person", ("persons.tsv", "persons_nerel.tsv"), 7),
    "ORG": ("ORGANIZATION", "org", ("orgs.tsv", "orgs_nerel.tsv"), 5),
}


def _table_items(package: Path | None, kind: str) -> dict[str, str]:
    """QID → canonical name of the rows of a kind (PER, ORG) of the links table the
    gazetteer was built from: the leave-out one in `package`, else the shared training
    split's."""
    path = package / "links.tsv" if package else shared("sources", "nerel_wikidata_links.tsv")
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:])
    nerel = _LINKED[kind][0]
    return {cells[0]: cells[2] for cells in rows if len(cells) >= 3 and cells[1] == nerel}


def _gazetteer_items(package: Path | None, kind: str) -> dict[str, str]:
    """QID → name of the persons or organizations kg's gazetteer (in `package` where given)
    holds."""
    data = (package or ROOT) / "kg" / "data"
    _, row, files, column = _LINKED[kind]
    out: dict[str, str] = {}
    for name in files:
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if len(cells) > column and cells[0] == row and cells[column]:
                out[cells[column]] = cells[2]
    return out


def held(gold: Gold, package: Path | None, kind: str) -> tuple[int, int, int]:
    """(gold-linked entities of a kind, PER or ORG, whose QID the source links table or the
    gazetteer holds at all, of them those whose table label is lower case: a kind of body,
    "правительство", "полиция", which kg never links, as it links the state's own body;
    gold-linked entities): the ceiling of linking recall."""
    table, gazetteer = _table_items(package, kind), _gazetteer_items(package, kind)
    every = {(s[0], q) for s, q in gold.qids.items() if s[3] == kind}
    known = [q for _, q in every if q in table or q in gazetteer]
    generic = sum(table.get(q, "")[:1].islower() for q in known)
    return len(known), generic, len(every)


def unlinked(folder: Path, mentions: list[Mention], gold: Gold, package: Path | None) -> list[str]:
    """One line per gold-linked person or organization entity of a document that kg links
    nowhere although the source links table or the gazetteer holds its QID (GAZ: the
    gazetteer has it; TABLE: only the table), with each gold span and the kg mentions on it:
    where linking recall is lost (printed for the tuning side only)."""
    out = []
    for kind in _LINKED:
        table, gazetteer = _table_items(package, kind), _gazetteer_items(package, kind)
        found_kind = _by_doc(m for m in mentions if m.span[3] == kind)
        entities: dict[tuple[str, str], list[Span]] = defaultdict(list)
        for span, qid in sorted(gold.qids.items()):
            if span[3] == kind and (qid in table or qid in gazetteer):
                entities[(span[0], qid)].append(span)
        for (doc, qid), spans in sorted(entities.items()):
            found = [m for m in found_kind.get(doc, ()) if any(_overlap(m.span, s) for s in spans)]
            if any(m.wikidata == qid for m in found):
                continue
            tag = "GAZ" if qid in gazetteer else "TABLE"
            out.append(f"{tag} {kind} {doc} {qid} «{gazetteer.get(qid) or table.get(qid)}»")
            for s in spans:
                mine = [f"{m.via}:{m.wikidata or '-'}" for m in found if _overlap(m.span, s)]
                out.append(f"    «{gold.forms[s]}» kg {mine or 'none'}: …{_around(folder, s)}…")
    return out


def _around(folder: Path, span: Span) -> str:
    """The span's text with some context, on one line."""
    text = (folder / f"{span[0]}.txt").read_text(encoding="utf-8")
    return text[max(0, span[1] - 60) : span[2] + 30].replace("\n", " ")


def nerel_rows(
    folder: Path,
    ids: list[str],
    package: Path | None = None,
    wrong: bool = False,
    spans: str = "",
    missing: bool = False,
) -> tuple[dict[str, str], float, float]:
    """The printed cells of one NEREL set, by row label; seconds for natasha and kg."""
    gold = read_nerel(folder, ids)
    t0 = time.perf_counter()
    baseline = natasha_spans(folder, ids)
    t1 = time.perf_counter()
    mentions = kg_mentions(folder, ids, package)
    t2 = time.perf_counter()
    if wrong:
        print("\n".join(wrong_links(folder, mentions, gold)))
    if spans:
        print("\n".join(span_errors(folder, mentions, gold, spans)))
    if missing:
        print("\n".join(unlinked(folder, mentions, gold, package)))
    every = {m.span for m in mentions}
    names = {m.span for m in mentions if m.via != "title"}
    no_capitals = {m.span for m in mentions if m.via != "capital"}
    cells: dict[str, str] = {}
    fmt = "{:.3f} {:.3f} {:.3f}".format
    for kind, label in (("PER", "persons"), ("ORG", "organizations")):
        cells[f"{label}: natasha"] = fmt(*prf(baseline, gold.spans, kind))
        cells[f"{label}: kg"] = fmt(*prf(every, gold.spans, kind))
        cells[f"{label}: kg names (via not title)"] = fmt(*prf(names, gold.spans, kind))
    cells["states: kg"] = fmt(*prf(every, gold.spans, "STATE", gold.ignored))
    cells["states: kg without capitals"] = fmt(*prf(no_capitals, gold.spans, "STATE", gold.ignored))
    for kind, label in (("PER", "persons"), ("ORG", "organizations"), ("STATE", "states")):
        right, given, got, total, conflicts, generic = links(mentions, gold, kind)
        p, r = right / given if given else 0.0, got / total if total else 0.0
        cells[f"{label} QID: precision (right/given)"] = f"{p:.3f} ({right}/{given})"
        if kind != "STATE":  # the table's forms with two items: see links()
            clear = given - conflicts
            cells[f"{label} QID: P less two-item forms"] = (
                f"{right / max(clear, 1):.3f} ({right}/{clear})"
            )
        if kind == "ORG":  # the generic item of kg's state body set apart: see generic_item()
            specific = given - generic
            cells[f"{label} QID: P less generic items"] = (
                f"{right / max(specific, 1):.3f} ({right}/{specific})"
            )
        cells[f"{label} QID: recall (doc entities)"] = f"{r:.3f} ({got}/{total})"
        if kind in _LINKED:  # the most recall can be: entities the table or gazetteer holds
            most, generic, every = held(gold, package, kind)
            cells[f"{label} QID: recall ceiling"] = (
                f"{most / max(every, 1):.3f} ({most}/{every}) {generic} gen."
            )
    total, found, with_office, right, same_item = offices(mentions, gold)
    share = lambda a, b: f"{a / max(b, 1):.3f} ({a}/{b})"  # noqa: E731
    cells["WORKS_AS persons: has an office"] = share(with_office, total)
    cells["   of those, right"] = share(right, with_office)
    cells["   of those, right or the gold's item"] = share(same_item, with_office)
    cells["   found as a mention at all"] = share(found, total)
    return cells, t1 - t0, t2 - t1


def factrueval_report(folder: Path, limit: int) -> None:
    ids = sorted(p.stem for p in folder.glob("*.txt"))[: limit or None]
    gold = read_factrueval(folder, ids)
    t0 = time.perf_counter()
    baseline = natasha_spans(folder, ids)
    t1 = time.perf_counter()
    mentions = kg_mentions(folder, ids)
    t2 = time.perf_counter()
    every = {m.span for m in mentions}
    names = {m.span for m in mentions if m.via != "title"}
    count = defaultdict(int)
    for s in gold.spans:
        count[s[3]] += 1
    print(f"factRuEval dev: {len(ids)} documents, gold PER {count['PER']}, ORG {count['ORG']}")
    print(f"{'system':<28}{'type':<6}{'P':>7}{'R':>7}{'F1':>7}")
    for label, found in (("natasha NER", baseline), ("kg mentions", every),
                         ("kg mentions without titles", names)):  # fmt: skip
        for kind in ("PER", "ORG"):
            p, r, f1 = prf(found, gold.spans, kind)
            print(f"{label:<28}{kind:<6}{p:>7.3f}{r:>7.3f}{f1:>7.3f}")
    print(f"time: natasha {t1 - t0:.1f} s, kg build+query {t2 - t1:.1f} s "
          f"(ratio {(t2 - t1) / max(t1 - t0, 1e-9):.1f}x)\n")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factrueval", type=Path, default=shared("devset", "factRuEval-dev"))
    add_nerel_train(parser)
    add_nerel_dev(parser)
    parser.add_argument("--sample", type=int, default=93, help="NEREL-train documents for tuning")
    parser.add_argument("--limit", type=int, default=0, help="only the first N of each set")
    parser.add_argument("--skip-factrueval", action="store_true", help="NEREL only")
    parser.add_argument(
        "--leave-out",
        action="store_true",
        help="tuning with a gazetteer built from NEREL-train without the tuning documents",
    )
    parser.add_argument(
        "--wrong",
        action="store_true",
        help="list the tuning side's wrong QIDs and offices (never the validation side's)",
    )
    parser.add_argument(
        "--spans",
        choices=("PER", "ORG", "STATE"),
        default="",
        help="list the tuning side's missed and invented spans of a type (never validation's)",
    )
    parser.add_argument(
        "--unlinked",
        action="store_true",
        help="list the tuning side's linked gold persons and organizations the source table or "
        "gazetteer holds and kg leaves unlinked, after how many it holds (never the validation "
        "side's)",
    )
    parser.add_argument("--tuning-only", action="store_true", help="skip NEREL-dev")
    args = parser.parse_args()
    if not args.skip_factrueval:
        factrueval_report(args.factrueval, args.limit)
    tuning_ids = nerel_ids(args.nerel_train, args.sample)[: args.limit or None]
    dev_ids = nerel_ids(args.nerel_dev)[: args.limit or None]
    with tempfile.TemporaryDirectory() as tmp:
        package = (
            package_without(args.nerel_train, set(tuning_ids), Path(tmp))
            if args.leave_out
            else None
        )
        tuning, tn, tk = nerel_rows(
            args.nerel_train, tuning_ids, package, args.wrong, args.spans, args.unlinked
        )
    validation, vn, vk = (
        nerel_rows(args.nerel_dev, dev_ids)
        if not args.tuning_only
        else (dict.fromkeys(tuning, ""), 0.0, 0.0)
    )
    print(f"NEREL: tuning = {len(tuning_ids)} NEREL-train documents"
          f"{' (leave-out gazetteer)' if args.leave_out else ''}, "
          f"validation = {len(dev_ids)} NEREL-dev documents (P R F1 for spans)")  # fmt: skip
    print(f"{'':<44}{'tuning':<26}{'validation':<26}")
    for label in tuning:
        print(f"{label:<44}{tuning[label]:<26}{validation[label]:<26}")
    print(f"time: natasha {tn + vn:.1f} s, kg build+query {tk + vk:.1f} s "
          f"(ratio {(tk + vk) / max(tn + vn, 1e-9):.1f}x)")  # fmt: skip


if __name__ == "__main__":
    main()
