"""Known states, persons and organizations, so that names in text resolve to stable keys.

The shipped data lives in `kg/data/*.tsv`; users add or correct entries with
files of the same format (or JSON, see `kg/data/README.md`). A row whose key
matches a shipped one replaces it, so a user file can fix the shipped data
without editing the package. Every lookup ignores case and treats ё as е,
because Russian news prints both.
"""

from __future__ import annotations

import calendar
import dataclasses
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import astuple, dataclass
from datetime import date
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from kg.errors import InputError
from kg.formats.jsondata import JsonError, parse_json
from kg.nlp.morph import morph
from kg.resources import DATA_DIR
from kg.tablecache import MORPHOLOGY, cached, sources, versions

if TYPE_CHECKING:
    from spacy.tokens import Token

T = TypeVar("T")

STATE_FIELDS = (
    "iso3", "iso2", "name", "full_name", "name_en", "wikidata",
    "aliases", "adjectives", "capital", "historic", "seats", "forms",
)  # fmt: skip
PERSON_FIELDS = (
    "key", "name", "first", "patronymic", "last", "name_en", "wikidata", "terms", "aliases",
)  # fmt: skip
ORG_FIELDS = ("key", "name", "abbreviations", "name_en", "wikidata", "state", "kind")
CITY_FIELDS = ("name", "forms", "wikidata", "state")
LAYOUTS = {"state": STATE_FIELDS, "person": PERSON_FIELDS, "org": ORG_FIELDS, "city": CITY_FIELDS}
LIST_FIELDS = {"aliases", "adjectives", "abbreviations", "forms", "seats"}
_PLURALS = {"states": "state", "persons": "person", "orgs": "org", "cities": "city"}

_ISO3 = re.compile(r"[A-Z]{3}")
_QID = re.compile(r"Q[1-9][0-9]*")
_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?")
_TERM = re.compile(r"(?P<office>[^@]+)@(?P<state>[^:]+):(?P<start>[^.]*)\.\.(?P<end>.*)")
_LATIN = {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae"}
_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        (
            *("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o"),
            *("p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e"),
            *("yu", "ya"),
        ),
        strict=True,
    )
)
# Both in one table for `str.translate` (the letters of the two are apart, and what either
# writes is ASCII): a slug of a name costs ~0.6 µs, not ~1.7 µs of a look-up per letter,
# and a build that reads a document makes ~5,000 for the gazetteer's keys alone.
_TO_ASCII = str.maketrans({**_LATIN, **_TRANSLIT})
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def normalize(text: str) -> str:
    """The form every lookup compares: case-folded, ё as е, single spaces."""
    return " ".join(text.casefold().replace("ё", "е").split())


# A state-wide adjective before a minister's field, which names no other post: "министр
# национальной обороны" is the "министр обороны" (fifty-seventh pass, h-names121).
_NATIONAL_FIELD = re.compile(r"^((?:\S+ )*?(?:министр|министра|замминистра) )национально[йг]о? ")


def post_key(office: str) -> str:
    """The form offices of one post compare by: `normalize`d, with a state-wide adjective
    before a minister's field dropped ("министр национальной обороны" is the post "министр
    обороны", whose holders and a person's rows are one); the office stays as written."""
    return _NATIONAL_FIELD.sub(r"\1", normalize(office))


def office_case(office: str) -> str:
    """An office as shown to users: its first word in lower case unless an abbreviation,
    the words after it as written ("генеральный секретарь ЦК КПК", "председатель
    Европейской комиссии"; lower-casing them all showed "цк кпк"). Lookups compare
    `normalize`d offices, and a post's IRI the lower case, so the case changes neither."""
    first, space, rest = office.strip().partition(" ")
    if not (len(first) > 1 and first.isupper()):
        first = first[:1].lower() + first[1:]
    return first + space + rest


def slug(text: str) -> str:
    """An ASCII, IRI-safe local name from a Latin or Cyrillic name ("Erdoğan" → "erdogan")."""
    folded = text.casefold().translate(_TO_ASCII)
    ascii_ = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return _NOT_ALNUM.sub("-", ascii_).strip("-")


@dataclass(frozen=True)
class OfficeTerm:
    """One stretch in one office; `state` is an ISO3 code or, for posts in an
    international organization, the organization's key ("org/un")."""

    office: str
    state: str
    start: str  # ISO date at the known precision
    end: str  # "" while in office

    def covers(self, lo: date, hi: date) -> int:
        """Days of [lo, hi] inside this term; 0 when they do not meet."""
        start = _bounds(self.start)[0] if self.start else date.min
        end = _bounds(self.end)[1] if self.end else date.max
        first, last = max(start, lo), min(end, hi)
        return (last - first).days + 1 if first <= last else 0


@dataclass(frozen=True)
class StateEntry:
    iso3: str
    iso2: str
    name: str
    full_name: str
    name_en: str
    wikidata: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capital: str
    historic: bool
    # Other seats of its government than the capital ("Гаага"), which news also names it by.
    seats: tuple[str, ...] = ()
    # Case forms news gives a name the dictionary reads as undeclined ("Тонги" of "Тонга"),
    # matched as written (kg/data/build_states.py's `declined_forms`).
    forms: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return f"state/{self.iso3}"


@dataclass(frozen=True)
class PersonEntry:
    key: str
    name: str
    first: str
    patronymic: str
    last: str
    name_en: str
    wikidata: str
    terms: tuple[OfficeTerm, ...]
    # Other full names news gives the person ("Уоррен Баффет" of "Уоррен Баффетт").
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class OrgEntry:
    key: str
    name: str
    abbreviations: tuple[str, ...]
    name_en: str
    wikidata: str
    state: str  # ISO3 of the state it belongs to; "" for international bodies
    kind: str  # IntergovernmentalOrganization, Company, MediaOutlet, Ministry, …


@dataclass(frozen=True)
class CityEntry:
    """A city that is no capital, and the state it lies in: a visit there has that host."""

    name: str
    forms: tuple[str, ...]  # the oblique forms news writes ("Осаке")
    wikidata: str
    state: str  # ISO3

    @cached_property  # kept with the entry in the table cache (`_from_row`)
    def key(self) -> str:
        return f"city/{slug(self.name)}"


Entry = StateEntry | PersonEntry | OrgEntry | CityEntry


class Gazetteer:
    """All entries, indexed for the lookups the extractors need."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        chosen: dict[tuple[type, str], Entry] = {}
        for entry in entries:  # later files win: user rows replace shipped ones
            chosen[(type(entry), entry.key)] = entry
        values = list(chosen.values())
        # Current states first, so a first-wins index maps "Москва" to Russia, not the USSR.
        states = (e for e in values if isinstance(e, StateEntry))
        self.states = tuple(sorted(states, key=lambda s: s.historic))
        self.persons = tuple(e for e in values if isinstance(e, PersonEntry))
        self.orgs = tuple(e for e in values if isinstance(e, OrgEntry))
        self.cities = tuple(e for e in values if isinstance(e, CityEntry))
        self._cities = {normalize(f): c for c in self.cities for f in (c.name, *c.forms)}
        self._states = {s.iso3: s for s in self.states}
        self._persons = {p.key: p for p in self.persons}
        self._orgs = {o.key: o for o in self.orgs}
        self._surnames: dict[str, list[PersonEntry]] = {}
        self._holders: dict[tuple[str, str], list[tuple[OfficeTerm, PersonEntry]]] = {}
        for person in self.persons:
            surnames = {normalize(person.last)} | {normalize(a.split()[-1]) for a in person.aliases}
            for surname in surnames:
                self._surnames.setdefault(surname, []).append(person)
            for term in person.terms:
                slot = (post_key(term.office), term.state)
                self._holders.setdefault(slot, []).append((term, person))

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> Gazetteer:
        """The shipped data plus user files; repeated calls share one instance."""
        return _load(tuple(Path(p).resolve() for p in extra))

    def state(self, iso3: str) -> StateEntry | None:
        return self._states.get(iso3.removeprefix("state/").upper())

    def person(self, key: str) -> PersonEntry | None:
        return self._persons.get(key)

    def org(self, key: str) -> OrgEntry | None:
        return self._orgs.get(key)

    def city(self, word: str) -> CityEntry | None:
        """The city (no capital) `word` names, in its nominative or a form news wrote."""
        return self._cities.get(normalize(word))

    def is_union(self, key: str) -> bool:
        """A union of states ("ЕС", "НАТО", "БРИКС"), which one joins or acts for."""
        org = self._orgs.get(key)
        return org is not None and org.kind == "IntergovernmentalOrganization"

    def office_holder(self, office: str, iso3: str, date: str) -> PersonEntry | None:
        """Who held `office` in `iso3` (or org key) at `date` ("" = today).

        A partial date is a period; when it spans a change of holder, the one
        in office for most of it wins, and on a tie the later one. A date with
        no readable year counts as today.
        """
        state = iso3 if iso3.startswith("org/") else iso3.removeprefix("state/").upper()
        known = _DATE.match(date)  # tolerate a time or zone after the date
        lo, hi = _bounds(known[0]) if known else (_today(), _today())
        best: tuple[int, str, PersonEntry] | None = None
        for term, person in self._holders.get((post_key(office), state), ()):
            days = term.covers(lo, hi)
            if days and (best is None or (days, term.start) > best[:2]):
                best = (days, term.start, person)
        return best[2] if best else None

    def office_holders(self, office: str, iso3: str, date: str) -> list[PersonEntry]:
        """Everyone whose term of `office` in `iso3` (or org key) meets `date` ("" = today),
        once each: two where a partial date spans a change of holder ("2024" of a president
        who left in September and the one who came after)."""
        state = iso3 if iso3.startswith("org/") else iso3.removeprefix("state/").upper()
        known = _DATE.match(date)
        lo, hi = _bounds(known[0]) if known else (_today(), _today())
        out: dict[str, PersonEntry] = {}
        for term, person in self._holders.get((post_key(office), state), ()):
            if term.covers(lo, hi):
                out.setdefault(person.key, person)
        return list(out.values())

    def persons_by_surname(self, surname_lemma: str) -> list[PersonEntry]:
        return list(self._surnames.get(normalize(surname_lemma), ()))


@cache
def capitals(gazetteer: Gazetteer) -> dict[str, str]:
    """Capital → state key, under both forms a token lemma may take: pymorphy3 reads some
    foreign capitals as other words depending on the case ("Боготу" → "богот", "Богота" →
    "богота"). Current states come first in the gazetteer, so "Москва" is Russia, not the USSR.
    Read from the table cache (`state_table`)."""
    return state_table("gazetteer-capitals", gazetteer, _capitals)


def _capitals(gazetteer: Gazetteer) -> dict[str, str]:
    return _word_table((s.capital, s.key) for s in gazetteer.states if s.capital)


def _word_table(named: Iterable[tuple[str, str]]) -> dict[str, str]:
    """(word, state key) pairs as a table by the word's lemma and by the word, the first
    state kept for a word two name."""
    out: dict[str, str] = {}
    for word, key in named:
        for form in (morph().lemma(word), word):
            out.setdefault(normalize(form), key)
    return out


@cache
def seats(gazetteer: Gazetteer) -> dict[str, str]:
    """Seat of government that is no capital → state key ("Гаага" → the Netherlands), under
    both forms a token lemma may take, as `capitals`: the government acting ("Гаага
    заявила"), never a capital's other readings (a visit's host, an adjective's city)."""
    return _word_table((seat, s.key) for s in gazetteer.states for seat in s.seats)


# The gazetteer matcher's modules: code its tables (`state_table`'s, and the name patterns of
# kg.nlp.gazetteer_patterns) are computed by, among other.
MATCHER_MODULES = (
    "kg.nlp.gazetteer_matcher",
    "kg.nlp.gazetteer_patterns",
    "kg.nlp.gazetteer_capitals",
    "kg.nlp.gazetteer_adjectives",
    "kg.nlp.gazetteer_filters",
)


def state_table(name: str, gazetteer: Gazetteer, compute: Callable[[Gazetteer], T]) -> T:
    """`compute(gazetteer)`, a table of the states' names read with pymorphy3, from the table
    cache while the states, the code and pymorphy3 are those it was computed with: both
    tables (plural-only names, capitals) cost ~12 ms CPU of every build that reads a
    document, the names in the genitive (`kg.resolve.name_lexicons.genitive`) ~30 ms."""
    states = [(s.key, s.name, s.full_name, s.aliases, s.capital) for s in gazetteer.states]
    inputs = [
        *versions(*MORPHOLOGY),
        *sources(
            *MATCHER_MODULES,
            "kg.nlp.morph",
            "kg.gazetteer",
            "kg.resolve.names",
            "kg.resolve.name_lexicons",
            "kg.resolve.kin_and_ranks",
        ),
        json.dumps(states, ensure_ascii=False),
    ]
    return cached(name, inputs, lambda: compute(gazetteer))


def capital_named(gazetteer: Gazetteer, token: Token) -> str:
    """The key of the state whose capital `token` names, or "": by its lemma, else as
    written, for a foreign name pymorphy3 reads as other words in this case ("посетить
    Абу-Даби" → "аба-даби", "Эр-Рияд" → "эр-рияда")."""
    return capital_of_words(gazetteer, token.lemma_, token.text)


# Endings of the oblique forms of a city in "-а"/"-я" ("в Кампале", "Кампалу", "Кампалы",
# "Кампалой"); not "-и", which a state's genitive ends in too ("Бразилии" is no "Бразилиа").
_DECLINED_FEMININE = ("е", "у", "ю", "ы", "ой", "ей")


def capital_declined(gazetteer: Gazetteer, tok: Token) -> str:
    """The key of the state whose capital in "-а"/"-я" `tok` names in an oblique case the
    tagger and pymorphy3 read as a masculine word ("в Кампале" → "кампал"), or "": the
    gazetteer knows the capital's nominative, a guess does not."""
    low = tok.text.lower()
    if tok.pos_ != "PROPN" or not low.endswith(_DECLINED_FEMININE):
        return ""
    stem = low[:-2] if low.endswith(("ой", "ей")) else low[:-1]
    forms = (stem + "а", stem + "я")
    return next((key for f in forms if (key := capital_of_words(gazetteer, f, f))), "")


def capital_in_any_case(gazetteer: Gazetteer, tok: Token) -> str:
    """`capital_named`, else `capital_declined`: the one test of a capital every rule that
    places a sentence or a visit by one asks ("в Лиме", "в Кампале", "в Абуджу")."""
    return capital_named(gazetteer, tok) or capital_declined(gazetteer, tok)


def capital_of_words(gazetteer: Gazetteer, lemma: str, text: str) -> str:
    """`capital_named` of a token's lemma and text, for rules that ask it of every word and
    read them off the Doc's arrays, making no `Token`."""
    table = capitals(gazetteer)
    return table.get(normalize(lemma)) or table.get(normalize(text), "")


def seat_named(gazetteer: Gazetteer, token: Token) -> str:
    """The key of the state whose other seat of government `token` names ("Ла-Пас" beside
    Bolivia's "Сукре", "Гаага" beside "Амстердам"), or "", by its lemma, else as written,
    as `capital_named`: where a place is, such a seat is a capital too."""
    table = seats(gazetteer)
    return table.get(normalize(token.lemma_)) or table.get(normalize(token.text), "")


def capital_of_adjective(gazetteer: Gazetteer, lemma: str) -> str:
    """The key of the state whose capital an adjective is made from ("московский" → Москва,
    "минский" → Минск, "варшавский" → Варшава), or "": "в московском аэропорту" is in
    Russia."""
    if not lemma.endswith("ский"):
        return ""
    stem = lemma[: -len("ский")]
    forms = [stem, stem + "а", stem + "ск"] + ([stem[:-2] + "ва"] if stem.endswith("ов") else [])
    table = capitals(gazetteer)
    return next((table[normalize(f)] for f in forms if normalize(f) in table), "")


def _today() -> date:
    return date.today()


def _bounds(iso: str) -> tuple[date, date]:
    """First and last day of a date given at year, month or day precision."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    year, month = parts[0], parts[1] if len(parts) == 2 else None
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def period(text: str) -> tuple[date, date] | None:
    """The first and last day a date given at year, month or day precision may be ("2019",
    "2019-05", "2019-05-10", a time or zone after it let be); None for no such date."""
    known = _DATE.match(text)
    if known is None:
        return None
    try:
        return _bounds(known[0])
    except ValueError:  # "2019-02-30"
        return None


def ended_before(end: str, when: str) -> bool:
    """Whether a term's `end` surely falls before the date `when`, each at any precision: the
    last day `end` may be before the first `when` may be ("2018" before "2019-05-10";
    "2019" not before "2019-05-10", nor "2019-05-10" before "2019"). No end, or a date not
    read, is no such thing."""
    ended, at = period(end) if end else None, period(when)
    return ended is not None and at is not None and ended[1] < at[0]


@lru_cache(maxsize=8)
def _load(extra: tuple[Path, ...]) -> Gazetteer:
    return Gazetteer([*_shipped(), *(entry for path in extra for entry in read_file(path))])


def _shipped() -> list[Entry]:
    """The entries of kg's own files, from the table cache while the files and this module
    are those they were read with: reading and checking their ~7,500 rows is ~0.1 s CPU,
    the cached table ~20 ms of every build that reads a document (~45 ms as JSON, each of
    its fields tested for a list to make a tuple again)."""
    paths = sorted(DATA_DIR.glob("*.tsv"))
    inputs = [*sources("kg.gazetteer"), *(p.read_text(encoding="utf-8") for p in paths)]

    def read() -> list[list[Any]]:
        return [_row(entry) for path in paths for entry in read_file(path)]

    return [_from_row(row) for row in cached("gazetteer-entries", inputs, read)]


_ENTRY_CLASSES = {cls.__name__: cls for cls in (StateEntry, PersonEntry, OrgEntry, CityEntry)}
_TERMS = [f.name for f in dataclasses.fields(PersonEntry)].index("terms")  # where in a row


def _row(entry: Entry) -> list[Any]:
    """An entry in the table cache: its class, then its fields (a person's terms as tuples),
    then a city's key."""
    return [type(entry).__name__, *astuple(entry), *_city_key(entry)]


def _city_key(entry: Entry) -> list[str]:
    """A city's key, kept in its row: the slug of each of the ~5,000 shipped cities' names
    cost ~13 ms CPU of every build that reads a document (the gazetteer keeps one entry
    per key)."""
    return [entry.key] if isinstance(entry, CityEntry) else []


def _from_row(row: list[Any]) -> Entry:
    """The entry `_row` wrote: the table cache gives its tuples back as tuples, so only a
    person's terms are made again (~2 ms CPU for the ~7,500 shipped entries, where testing
    each of their ~40,000 fields for a sequence took ~10 ms), and a city comes with its key
    (`CityEntry.key` finds it worked out, as after its first call)."""
    kind, *values = row
    if kind == "PersonEntry":
        values[_TERMS] = tuple([OfficeTerm(*term) for term in values[_TERMS]])
    if kind == "CityEntry":
        *values, key = values
        city = CityEntry(*values)
        city.__dict__["key"] = key  # where `cached_property` keeps it
        return city
    return _ENTRY_CLASSES[kind](*values)


def read_file(path: Path) -> Iterator[Entry]:
    """Entries of one TSV or JSON gazetteer file; InputError names the bad line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"gazetteer {path}: cannot read: {exc}") from exc
    if path.suffix.lower() == ".json":
        yield from _read_json(path, text)
        return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kind, *values = line.rstrip("\r").split("\t")
        layout = LAYOUTS.get(kind.strip())
        if layout is None:
            raise InputError(f"{path}:{number}: unknown kind {kind!r} (state, person, org or city)")
        if len(values) > len(layout):
            raise InputError(f"{path}:{number}: {len(values)} fields, a {kind} has {len(layout)}")
        record = dict(zip(layout, (v.strip() for v in values), strict=False))
        yield _entry(kind.strip(), record, f"{path}:{number}")


def _read_json(path: Path, text: str) -> Iterator[Entry]:
    try:
        data = parse_json(text)
    except JsonError as exc:
        raise InputError(f"gazetteer {path}: not JSON: {exc}") from exc
    if not isinstance(data, dict) or set(data) - set(_PLURALS):
        raise InputError(f"gazetteer {path}: expected an object with {', '.join(_PLURALS)}")
    for plural, items in data.items():
        if not isinstance(items, list):
            raise InputError(f"gazetteer {path}: {plural} must be a list")
        for index, item in enumerate(items):
            where = f"{path}: {plural}[{index}]"
            if not isinstance(item, dict):
                raise InputError(f"{where}: expected an object")
            yield _entry(_PLURALS[plural], _flatten(item, where), where)


def _flatten(item: dict[str, Any], where: str) -> dict[str, str]:
    """A JSON object in the TSV's string form: lists joined by |, terms spelled out."""
    record = {}
    for name, value in item.items():
        if name == "terms" and isinstance(value, list):
            try:
                value = "; ".join(
                    f"{t['office']}@{t['state']}:{t.get('start', '')}..{t.get('end', '')}"
                    for t in value
                )
            except (KeyError, TypeError) as exc:
                raise InputError(f"{where}: a term needs office and state") from exc
        elif isinstance(value, list):
            value = "|".join(str(v) for v in value)
        elif isinstance(value, bool):
            value = "1" if value else "0"
        record[name] = str(value)
    return record


def _entry(kind: str, record: dict[str, str], where: str) -> Entry:
    unknown = set(record) - set(LAYOUTS[kind])
    if unknown:
        raise InputError(f"{where}: unknown {kind} field(s): {', '.join(sorted(unknown))}")
    fields = {name: record.get(name, "") for name in LAYOUTS[kind]}
    if not fields["name"]:
        raise InputError(f"{where}: a {kind} needs a name")
    if fields["wikidata"] and not _QID.fullmatch(fields["wikidata"]):
        raise InputError(f"{where}: bad Wikidata id {fields['wikidata']!r}")
    lists = {
        n: tuple(v.strip() for v in fields[n].split("|") if v.strip())
        for n in LIST_FIELDS & fields.keys()
    }
    if kind == "state":
        return _state(fields, lists, where)
    if kind == "person":
        return _person(fields, lists["aliases"], where)
    if kind == "city":
        if not _ISO3.fullmatch(fields["state"]):
            raise InputError(f"{where}: bad state code {fields['state']!r}")
        return CityEntry(fields["name"], lists["forms"], fields["wikidata"], fields["state"])
    if fields["state"] and not _ISO3.fullmatch(fields["state"]):
        raise InputError(f"{where}: bad state code {fields['state']!r}")
    key = fields["key"] or "org/" + slug(
        fields["name_en"] or next(iter(lists["abbreviations"]), "") or fields["name"]
    )
    return OrgEntry(
        key, fields["name"], lists["abbreviations"], fields["name_en"],
        fields["wikidata"], fields["state"], fields["kind"],
    )  # fmt: skip


def _state(fields: dict[str, str], lists: dict[str, tuple[str, ...]], where: str) -> StateEntry:
    if not _ISO3.fullmatch(fields["iso3"]):
        raise InputError(f"{where}: bad iso3 {fields['iso3']!r} (three capital letters)")
    if fields["historic"] not in ("", "0", "1"):
        raise InputError(f"{where}: historic must be 0 or 1, not {fields['historic']!r}")
    return StateEntry(
        fields["iso3"], fields["iso2"], fields["name"], fields["full_name"] or fields["name"],
        fields["name_en"], fields["wikidata"], lists["aliases"], lists["adjectives"],
        fields["capital"], fields["historic"] == "1", lists["seats"], lists["forms"],
    )  # fmt: skip


# A royal rank a table may write before a person's name ("Принцесса Мако Акисино", as a
# caption does): no word of the name.
_RANKS_BEFORE_NAME = frozenset(
    ["принц", "принцесса", "кронпринц", "кронпринцесса", "король", "королева", "император",
     "императрица", "герцог", "герцогиня", "князь", "княгиня", "граф", "графиня"]
)  # fmt: skip


def _without_rank(name: str, after: int) -> str:
    """The name without a royal rank opening it, where `after` words follow it (a first
    name and a surname, or a first name alone in the first-name field)."""
    words = name.split()
    if len(words) > after and words[0].lower() in _RANKS_BEFORE_NAME:
        return " ".join(words[1:])
    return name


def _person(fields: dict[str, str], aliases: tuple[str, ...], where: str) -> PersonEntry:
    terms = tuple(_term(t.strip(), where) for t in fields["terms"].split(";") if t.strip())
    name, first = _without_rank(fields["name"], 2), _without_rank(fields["first"], 1)
    fields = {**fields, "name": name, "first": first if name != fields["name"] else fields["first"]}
    last = fields["last"] or fields["name"].split()[-1]
    if fields["key"]:
        key = fields["key"]
    elif fields["wikidata"]:
        key = f"person/{fields['wikidata']}"
    else:
        key = "person/" + slug(fields["name_en"] or fields["name"])
    return PersonEntry(
        key, fields["name"], fields["first"], fields["patronymic"], last,
        fields["name_en"], fields["wikidata"], terms, aliases,
    )  # fmt: skip


def _term(text: str, where: str) -> OfficeTerm:
    match = _TERM.fullmatch(text)
    if not match:
        raise InputError(f"{where}: bad term {text!r} (office@ISO3:start..end)")
    office, state, start, end = (match[g].strip() for g in ("office", "state", "start", "end"))
    if not (_ISO3.fullmatch(state) or state.startswith("org/")):
        raise InputError(f"{where}: bad term state {state!r} (ISO3 or org key)")
    for value in (start, end):
        try:
            if value and not (_DATE.fullmatch(value) and _bounds(value)):
                raise ValueError
        except ValueError:
            raise InputError(f"{where}: bad date {value!r} (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    if start and end and _bounds(end)[1] < _bounds(start)[0]:
        raise InputError(f"{where}: term ends before it starts: {text!r}")
    return OfficeTerm(office_case(office), state, start, end)
