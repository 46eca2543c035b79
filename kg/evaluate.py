"""`kg eval`: precision, recall and F1 of the built store against a gold file.

The store is read through the canned queries, so the scores measure what a
user sees. A gold file is JSON: one list of facts per kind, corpus-level, each
fact with the canned query's columns and `sources` (document ids); the README
describes it. Scoring has two parts, kept apart so each stays readable:

- found: a system fact matches a gold fact when their identity attributes
  agree (an agreement's title, a claim's value, a quote's text…) and they
  share a source document; each fact matches at most once. P, R and F1 count
  these matches.
- attributes: among matched pairs, how often each other attribute the gold
  states is right. An attribute the gold leaves out is not scored; one given
  as "" must be empty in the store.
- strict: a matched pair counts only when every attribute the gold states is
  right too, so a fact with a wrong date or participant is both a miss and a
  spurious row, as a reader of the query output would count it.

Matching forgives what a reader would: case, ё/е, word order and inflection
(words are compared by their first five letters), and any gold string may
list alternatives as "A|B".
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import EXIT_FAILED, InputError, KgError, MissingInputError, StoreError
from kg.formats.jsondata import JsonError, parse_json
from kg.gazetteer import Gazetteer
from kg.store import is_store

Fact = dict[str, Any]
ENTITY_KINDS = ("persons", "states", "organizations")
_STEM = 5
_SIMILAR = 0.8

# -- normalising and comparing values ---------------------------------------------


def normalize(text: str) -> str:
    """Lower case, ё as е, words separated by single spaces, punctuation dropped."""
    return " ".join(re.findall(r"\w+", text.lower().replace("ё", "е")))


def stems(text: str) -> set[str]:
    """The set of word stems (first five letters): forgives order and inflection."""
    return {w[:_STEM] for w in normalize(text).split()}


def options(gold: str) -> list[str]:
    """The alternatives a gold string lists as "A|B"."""
    return [option.strip() for option in gold.split("|")]


def similar(gold: str, system: str) -> bool:
    """Stem-set overlap (Dice) of at least 0.8 with the gold or one of its alternatives."""
    for option in options(gold):
        a, b = stems(option), stems(system)
        if a == b or (a and b and 2 * len(a & b) / (len(a) + len(b)) >= _SIMILAR):
            return True
    return False


def same_name(gold: str, system: str) -> bool:
    """Names agree when one's stems contain the other's ("Путин" ~ "Владимир Путин"),
    or when the gazetteer knows both as one state or organization ("США" ~ "Соединённые Штаты").
    """
    for option in options(gold):
        a, b = stems(option), stems(system)
        if a and b and (a <= b or b <= a):
            return True
        key = _known_names().get(normalize(option))
        if key and key == _known_names().get(normalize(system)):
            return True
    return False


@cache
def _known_names() -> dict[str, str]:
    """Every name, full name, alias and abbreviation of the shipped gazetteer → its key."""
    gazetteer = Gazetteer.load()
    names: dict[str, str] = {}
    for state in gazetteer.states:
        for name in (state.name, state.full_name, *state.aliases):
            names.setdefault(normalize(name), state.key)
    for org in gazetteer.orgs:
        for name in (org.name, *org.abbreviations):
            names.setdefault(normalize(name), org.key)
    return names


def same_names(gold: list[str], system: list[str]) -> bool:
    """The same set of names: each gold name pairs with its own system name."""
    if len(gold) != len(system):
        return False
    left = list(system)
    for name in gold:
        hit = next((s for s in left if same_name(name, s)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def shares_name(gold: list[str], system: list[str]) -> bool:
    return any(same_name(g, s) for g in gold for s in system)


def same_code(gold: str, system: str) -> bool:
    """Codes (kind, status, unit, comparator) agree exactly, up to case."""
    return any(option.lower() == system.strip().lower() for option in options(gold))


def same_value(gold: str, system: str) -> bool:
    try:
        return any(Decimal(option) == Decimal(system) for option in options(gold))
    except InvalidOperation:
        return False


def same_date(gold: str, system: str) -> bool:
    """Equal at the gold's precision: gold "2022-11" accepts "2022-11-28", not "2022"."""
    for option in options(gold):
        if option == "" and system == "":
            return True
        if option and len(system) >= len(option) and system.startswith(option):
            return True
    return False


def same_period(gold: str, system: str) -> bool:
    """A date as `same_date`; an ISO 8601 interval ("1960/1975") only matches an interval
    whose two ends do, so gold "2022" takes neither "2022/2023" nor the reverse."""
    for option in options(gold):
        ends, found = option.split("/"), system.split("/")
        if len(ends) == len(found) and all(map(same_date, ends, found)):
            return True
    return False


def dates_compatible(a: str, b: str) -> bool:
    """Neither date contradicts the other (one is empty or a prefix of the other)."""
    return not a or not b or a.startswith(b) or b.startswith(a)


def quotes_text(gold: str, system: str) -> bool:
    """The gold text (a prefix or a passage) occurs in the system's quote, or nearly all of it."""
    for option in options(gold):
        g, s = normalize(option), normalize(system)
        if g and s and (g in s or (s in g and len(s) >= _SIMILAR * len(g))):
            return True
    return False


def same_sources(gold: list[str], system: list[str]) -> bool:
    return set(gold) == set(system)


# -- what is compared, per kind ----------------------------------------------------


Compare = Callable[[Any, Any], bool]


@dataclass(frozen=True)
class Kind:
    """How one kind of fact is read from the store and matched to the gold."""

    query: str
    identity: Callable[[Fact, Fact], bool]
    attributes: dict[str, Compare]
    lists: tuple[str, ...] = ()  # attributes that hold several values
    required: tuple[str, ...] = ()  # gold attributes every fact must have
    key: str = ""  # the attribute identity already compares: not scored again
    # attributes computed from the query's row ("states" from "state_a" and "state_b")
    from_row: Callable[[dict[str, str]], Fact] | None = None
    scored: Callable[[Fact], bool] | None = None  # which facts count, gold and system alike


SOURCES: dict[str, Compare] = {"sources": same_sources}  # every fact kind scores its sources


def fact_kinds() -> list[str]:
    """The kinds of fact `kg eval` scores: every registered kind that says how."""
    from kg.extract.registry import fact_kinds as registered

    return [k.name for k in registered() if k.evaluation is not None]


def kinds() -> dict[str, Kind]:
    """Fact kinds (from the registry) and entity lists → how each is read and matched."""
    from kg.extract.registry import fact_kinds as registered

    facts = {k.name: k.evaluation for k in registered() if k.evaluation is not None}
    entities = {
        entity: Kind(entity, lambda g, s: same_name(g["name"], s["name"]), {}, required=("name",))
        for entity in ENTITY_KINDS
    }
    return {**facts, **entities}


# -- the gold file -------------------------------------------------------------------


@dataclass
class Gold:
    documents: list[str]
    facts: dict[str, list[Fact]]


def load_gold(path: Path) -> Gold:
    """Reads and checks a gold file; a bad one raises InputError with a one-line reason."""
    if not Path(path).exists():
        raise MissingInputError(f"no gold file at {path}")
    try:
        data = parse_json(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc.strerror}") from None
    except (UnicodeDecodeError, JsonError) as exc:
        raise InputError(f"gold file {path} is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise InputError(f"gold file {path}: the top level must be an object")
    known = kinds()
    unknown = set(data) - {*known, "documents", "note"}
    if unknown:
        raise InputError(f"gold file {path}: unknown key {sorted(unknown)[0]!r}")
    facts = {kind: _facts(path, kind, data[kind]) for kind in known if kind in data}
    if not facts:
        raise InputError(f"gold file {path}: no fact kinds ({', '.join(known)})")
    sources = sorted({s for items in facts.values() for f in items for s in f.get("sources", [])})
    documents = data.get("documents", sources)
    if not _strings(documents) or not documents:
        raise InputError(f"gold file {path}: 'documents' must be a non-empty list of ids")
    stray = sorted(set(sources) - set(documents))
    if stray:
        raise InputError(f"gold file {path}: source {stray[0]!r} is not among 'documents'")
    return Gold(list(documents), facts)


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _facts(path: Path, kind: str, items: object) -> list[Fact]:
    if not isinstance(items, list):
        raise InputError(f"gold file {path}: {kind!r} must be a list of facts")
    spec = kinds()[kind]
    entity = kind in ENTITY_KINDS
    allowed = {*spec.attributes, "note"} | ({"name"} if entity else set())
    required = spec.required if entity else (*spec.required, "sources")
    out = []
    for n, fact in enumerate(items, 1):
        where = f"gold file {path}: {kind} #{n}"
        if not isinstance(fact, dict):
            raise InputError(f"{where} is not an object")
        extra = sorted(set(fact) - allowed)
        if extra:
            raise InputError(f"{where} has unknown attribute {extra[0]!r}")
        missing = [a for a in required if not fact.get(a)]
        if missing:
            raise InputError(f"{where} lacks {missing[0]!r}")
        for name, value in fact.items():
            many = name in spec.lists or name == "sources"
            if name == "value" and isinstance(value, int | float) and not isinstance(value, bool):
                fact[name] = value = str(value)
            if (many and not _strings(value)) or (not many and not isinstance(value, str)):
                raise InputError(
                    f"{where}: {name!r} must be {'a list of strings' if many else 'a string'}"
                )
        if "value" in fact and not _is_number(fact["value"]):
            raise InputError(f"{where}: value {fact['value']!r} is not a decimal number")
        out.append(fact)
    return out


def _is_number(text: str) -> bool:
    try:
        return all(Decimal(option).is_finite() for option in options(text))
    except InvalidOperation:
        return False


# -- the system's facts ----------------------------------------------------------------


def read_store(store: Path, wanted: list[str], timeout: float = 60) -> dict[str, list[Fact]]:
    """The canned queries' rows for each kind, multi-valued columns split into lists."""
    # Here, not at the top: every fact kind's package imports this module for its matchers,
    # and a build, which imports them all, runs no query (the query worker ~0.01 s CPU).
    from kg.sparql import resolve_query, run_query

    out = {}
    specs = kinds()
    for kind in wanted:
        spec = specs[kind]
        result = run_query(store, resolve_query(spec.query), format="json", timeout=timeout)
        parsed = json.loads(result.data or b"{}")
        rows = [
            {name: cell["value"] for name, cell in binding.items()}
            for binding in parsed.get("results", {}).get("bindings", [])
        ]
        out[kind] = [_system_fact(kind, spec, row) for row in rows]
    return out


def _system_fact(kind: str, spec: Kind, row: dict[str, str]) -> Fact:
    fact: Fact = {name: row.get(name, "") for name in spec.attributes}
    fact.update({k: v for k, v in row.items() if k not in fact})
    for name in (*spec.lists, "sources"):
        fact[name] = _split(row.get(name, ""))
    if spec.from_row is not None:
        fact.update(spec.from_row(row))
    if kind in ENTITY_KINDS:
        fact["name"] = row.get("name", "")
    return fact


def _split(joined: str) -> list[str]:
    return [v for v in joined.split("; ") if v]


# -- scoring -----------------------------------------------------------------------------


@dataclass
class KindScore:
    """Counts and mistakes for one kind of fact."""

    kind: str
    gold: int = 0
    found: int = 0
    matched: int = 0
    exact: int = 0  # matched pairs with every gold attribute right
    strict: bool = False  # count only exact pairs as hits
    attributes: dict[str, list[int]] = field(default_factory=dict)  # name → [correct, scored]
    missed: list[Fact] = field(default_factory=list)
    spurious: list[Fact] = field(default_factory=list)
    wrong: list[dict[str, Any]] = field(default_factory=list)

    @property
    def hits(self) -> int:
        return self.exact if self.strict else self.matched

    @property
    def precision(self) -> float:
        return self.hits / self.found if self.found else float(self.gold == 0)

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else float(self.found == 0)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_kind(kind: str, gold: list[Fact], system: list[Fact], strict: bool = False) -> KindScore:
    """Pairs gold and system facts one to one, the best-agreeing pairs first."""
    spec = kinds()[kind]
    entity = kind in ENTITY_KINDS
    candidates = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if (entity or set(g["sources"]) & set(s["sources"])) and spec.identity(g, s):
                agree = sum(_right(spec, name, g, s) for name in g if name in spec.attributes)
                candidates.append((-agree, gi, si))
    result = KindScore(kind, gold=len(gold), found=len(system), strict=strict)
    used_gold: set[int] = set()
    used_system: set[int] = set()
    for _, gi, si in sorted(candidates):
        if gi in used_gold or si in used_system:
            continue
        used_gold.add(gi)
        used_system.add(si)
        result.exact += _score_attributes(result, spec, gold[gi], system[si])
    result.matched = len(used_gold)
    result.missed = [g for i, g in enumerate(gold) if i not in used_gold]
    result.spurious = [s for i, s in enumerate(system) if i not in used_system]
    return result


def _right(spec: Kind, name: str, gold: Fact, system: Fact) -> bool:
    return spec.attributes[name](gold[name], system.get(name, [] if name in spec.lists else ""))


def _score_attributes(result: KindScore, spec: Kind, gold: Fact, system: Fact) -> bool:
    """Tallies each attribute the gold states; True when all of them are right."""
    exact = True
    for name in spec.attributes:
        if name not in gold or name == spec.key:
            continue
        tally = result.attributes.setdefault(name, [0, 0])
        tally[1] += 1
        if _right(spec, name, gold, system):
            tally[0] += 1
        else:
            exact = False
            result.wrong.append({"attribute": name, "gold": gold, "system": system})
    return exact


@dataclass
class Report:
    scores: list[KindScore]
    strict: bool = False

    def micro(self) -> tuple[float, float, float]:
        """Micro-averaged P, R, F1 over the fact kinds (entity lists excluded)."""
        facts = [s for s in self.scores if s.kind not in ENTITY_KINDS]
        gold, found = sum(s.gold for s in facts), sum(s.found for s in facts)
        matched = sum(s.hits for s in facts)
        p = matched / found if found else float(gold == 0)
        r = matched / gold if gold else float(found == 0)
        return p, r, _f1(p, r)

    def macro(self) -> float:
        """The mean F1 of the fact kinds the gold scores: each kind weighs the same."""
        f1s = [s.f1 for s in self.scores if s.kind not in ENTITY_KINDS]
        return sum(f1s) / len(f1s) if f1s else 0.0

    def to_json(self) -> dict[str, Any]:
        p, r, f1 = self.micro()
        return {
            "kinds": {
                s.kind: {
                    "gold": s.gold,
                    "found": s.found,
                    "matched": s.matched,
                    "exact": s.exact,
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                    "attributes": {
                        name: {"correct": c, "scored": n, "accuracy": round(c / n, 4)}
                        for name, (c, n) in s.attributes.items()
                    },
                    "missed": s.missed,
                    "spurious": s.spurious,
                    "wrong": s.wrong,
                }
                for s in self.scores
            },
            "micro": {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)},
            "macro_f1": round(self.macro(), 4),
            "strict": self.strict,
        }


def evaluate(gold: Gold, system: dict[str, list[Fact]], strict: bool = False) -> Report:
    """Scores each kind the gold annotates; facts from documents outside the gold are ignored."""
    documents = set(gold.documents)
    specs = kinds()
    scores = []
    for kind, facts in gold.facts.items():
        mine = system.get(kind, [])
        if kind not in ENTITY_KINDS:
            mine = [f for f in mine if documents & set(f["sources"])]
        counts = specs[kind].scored
        if counts is not None:
            facts, mine = [f for f in facts if counts(f)], [f for f in mine if counts(f)]
        scores.append(score_kind(kind, facts, mine, strict))
    return Report(scores, strict)


def evaluate_store(gold_path: Path, store: Path, strict: bool = False) -> Report:
    gold = load_gold(gold_path)
    _built(store)
    return evaluate(gold, read_store(store, list(gold.facts)), strict)


def _built(store: Path) -> None:
    """StoreError, in one line, unless `store` holds a store: the scores are of a store built
    from the gold's documents, which a person new to `kg eval` may not know to build first."""
    if not is_store(store) and not store.is_file():  # a file: the store's own error says so
        raise StoreError(
            f"no store at {store}; kg eval scores a store built from the gold file's "
            f"documents: run `kg build DOCUMENTS --store {store}` first"
        )


# -- showing -------------------------------------------------------------------------------


def format_report(report: Report, details: bool = False) -> str:
    """The score table, attribute accuracy per kind and, with `details`, every mistake."""
    head = f"{'kind':<14} {'gold':>5} {'found':>6} {'matched':>8} {'exact':>6}"
    lines = [f"{head} {'P':>6} {'R':>6} {'F1':>6}"]
    for s in report.scores:
        lines.append(
            f"{s.kind:<14} {s.gold:>5} {s.found:>6} {s.matched:>8} {s.exact:>6} "
            f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}"
        )
    p, r, f1 = report.micro()
    lines.append(f"{'micro (facts)':<43} {p:>6.3f} {r:>6.3f} {f1:>6.3f}")
    lines.append(f"{'macro (facts)':<57} {report.macro():>6.3f}")
    lines.append(
        "strict: a hit needs every gold attribute right (exact)"
        if report.strict
        else "lenient: a hit needs the identity only (matched); --strict counts exact"
    )
    lines.append("")
    lines.append("attribute accuracy among matched facts:")
    for s in report.scores:
        if s.attributes:
            cells = ", ".join(f"{name} {c}/{n}" for name, (c, n) in s.attributes.items())
            lines.append(f"  {s.kind}: {cells}")
    if details:
        for s in report.scores:
            lines.extend(_mistakes(s))
    return "\n".join(lines)


def _mistakes(score: KindScore) -> list[str]:
    out = ["", f"{score.kind}:"]
    out += [f"  missed    {_brief(g)}" for g in score.missed]
    out += [f"  spurious  {_brief(s)}" for s in score.spurious]
    for w in score.wrong:
        name = w["attribute"]
        out.append(
            f"  wrong {name}: gold {_show(w['gold'][name])} / system {_show(w['system'].get(name))}"
            f"  in {_brief(w['gold'])}"
        )
    return out


def _show(value: object) -> str:
    return "; ".join(value) if isinstance(value, list) else repr(value)


def _brief(fact: Fact) -> str:
    keys = ("title", "kind", "level", "metric", "value", "unit", "speaker", "text", "name")
    shown = [f"{k}={_show(fact[k])[:70]}" for k in keys if fact.get(k)]
    if fact.get("participants"):
        shown.append(f"participants={_show(fact['participants'])}")
    if fact.get("sources"):
        shown.append(f"sources={_show(fact['sources'])}")
    return " ".join(shown)


def report_json(report: Report) -> str:
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2)


def check_min_f1(report: Report, min_f1: float | None) -> None:
    """Fails (exit 1) when the micro-F1 over facts is below `min_f1`: a gate for CI."""
    f1 = report.micro()[2]
    if min_f1 is not None and f1 < min_f1:
        raise KgError(f"micro-F1 {f1:.3f} is below --min-f1 {min_f1:g}", EXIT_FAILED)
