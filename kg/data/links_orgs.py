"""The organizations' rows of the links table: which items become rows, under which names and
of which state.

An item whose name no other item was linked under becomes a row, with those of its other
names (`links_org_names`) that are no other item's; an annotator's slip on the other side
takes no name away (`_own_label`, `_name_of_one`, `_name_of_parent`). A name the curated
gazetteer knows leaves the item to the curated row, which may get its QID and its
abbreviations (`curated_abbreviations`). A body named by its seat ("Кремль", "Белый дом")
has the seat as a name and its label's state; a one-word name that is also a word is found
in quotes only (kind `QuotedName`).

Split out of build_links.py (forty-sixth pass, h-split51): the organizations' rows, apart from
an organization's names and from the persons."""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable

from kg.data.links_org_names import (
    abbreviations,
    city_tail,
    contractions,
    expansions,
    initialled_name,
    leading_names,
    member_nouns,
    named_bare,
    national_team,
    org_aliases,
    org_name,
    plain_latin,
    quoted_only,
    same_org_name,
    seat_adjective_names,
    short_names,
    specific_institution,
    state_body_names,
    state_tail,
    stem_names,
    team_names,
    with_state,
    written_state,
)
from kg.data.links_table import (
    ABBREVIATION,
    MORPH,
    ORG_TYPES,
    Item,
    Rows,
    first_lemma,
    form_owners,
    name_lemmas,
    unshared_name,
)
from kg.gazetteer import Gazetteer, OrgEntry, normalize
from kg.nlp.morph import upper_first
from kg.nlp.seats import BUILDINGS, seat_of
from kg.resolve.name_lexicons import genitive


def _lemmas_unshared(name: str, qid: str, lemmas: dict[tuple[str, ...], set[str]]) -> bool:
    """No annotator linked the name, in any case, to another item ("армии Чили")."""
    return lemmas.get(name_lemmas(name), set()) <= {qid}


def _form_lemmas(items: list[Item]) -> dict[tuple[str, ...], set[str]]:
    """The lemmas of each organization's label and forms → their QIDs: a state body's name
    another item was linked under in any case ("армии США" of the land army) is not this
    body's."""
    out: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for item in items:
        for form in (item.canonical, *item.forms) if item.type in ORG_TYPES else ():
            out[name_lemmas(form)].add(item.qid)
    return out


def curated_abbreviations(
    items: Iterable[Item], gaz: Gazetteer, fills: dict[str, str]
) -> dict[str, list[str]]:
    """{curated org key: abbreviations the source gives its item that the row lacks}: a
    curated row keeps its name, but "ЕР" of "Единая Россия" is news' name for it as much as a
    generated row's abbreviation is; only those of three letters or more that no other item
    or gazetteer name uses."""
    items = list(items)
    owners = form_owners(items)
    taken = _gazetteer_names(gaz)
    by_qid = {i.qid: i for i in items if i.type in ORG_TYPES}
    out: dict[str, list[str]] = {}
    for entry in gaz.orgs:
        item = by_qid.get(entry.wikidata or fills.get(entry.key, ""))
        if item is None:
            continue
        new = [
            a
            for a in [*abbreviations(item, entry.name), *_other_full_names(item, entry)]
            if (ABBREVIATION.fullmatch(a) or " " in a)  # two capitals ("СФ") name many bodies
            and normalize(a) not in taken
            and unshared_name(a, item.qid, owners)
        ]
        if new:
            out[entry.key] = new
    return out


def _other_full_names(item: Item, entry: OrgEntry) -> list[str]:
    """The capitalised forms of two words or more the source gives a curated row's item
    that no name of the row reads as ("Федерального космического агентства" of "Роскосмос",
    "РИА «Новости»"): other full names of the body. Not the row's name cut short ("Совета
    Безопасности" of "Совет Безопасности ООН", "Международного фонда") nor grown ("ЛУКОЙЛ
    — Западная Сибирь", a part): neither's lemmas are the other's with words left out."""
    names = [name_lemmas(n) for n in (entry.name, *entry.abbreviations)]
    out = set()
    for form in item.forms:
        said = name_lemmas(form)
        if len(said) < 2 or not form[:1].isupper():
            continue
        if not any(_words_of(said, n) or _words_of(n, said) for n in names):
            out.add(form)
    return sorted(out)


def _words_of(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """`part` is `whole` with words left out (or `whole` itself), in its order."""
    words = iter(whole)
    return all(w in words for w in part)


def org_rows(
    items: list[Item],
    curated: set[str],
    gaz: Gazetteer,
    owners: dict[str, set[str]],
    fills: dict[str, str],
) -> Rows:
    taken = _gazetteer_names(gaz)
    heads = _heads(items)
    lemmas = _form_lemmas(items)
    seats = _seat_items(items)
    quoted: set[str] = set()  # QIDs of one-word names that are also words: found in quotes
    by_name: dict[str, list[tuple[Item, str]]] = defaultdict(list)
    tails = Counter(
        normalize(t) for i in items if i.type in ORG_TYPES for t in city_tail(i, i.canonical, gaz)
    )
    for item in items:
        # The building's own item ("Пентагон" Q11208): a seat named bare is its body
        # (`seat_names`) or the place (`seat_as_place`), never the building as a body.
        building = seat_of(item.canonical) in BUILDINGS
        if item.type not in ORG_TYPES or item.qid in curated or building:
            continue
        name = (
            initialled_name(item)
            or org_name(item)
            or specific_institution(
                item, functools.partial(unshared_name, qid=item.qid, owners=owners), heads
            )
            or with_state(item, gaz)
            or national_team(item, gaz)
        )
        # A one-word name pymorphy does not know ("Челси") passes `org_name`, but where
        # annotators also linked it to a person or place, only quotes tell it apart.
        if name and not (quoted_only(item) and not unshared_name(name, item.qid, owners)):
            by_name[normalize(name)].append((item, name))
        elif quoted_only(item):
            quoted.add(item.qid)
            by_name[normalize(item.canonical)].append((item, item.canonical))
    rows = []
    labels = {i.qid: i.canonical for i in items}
    docs = {i.qid: i.docs for i in items}
    # A one-word name linked in quotes only is no place's: "«Барселона»" is the club whatever
    # the city's item, so only other organizations' items share it.
    org_owners: dict[str, set[str]] = defaultdict(set)
    for item in items:
        for form in item.forms if item.type in ORG_TYPES else ():
            org_owners[normalize(form)].add(item.qid)
    for key, found in by_name.items():
        item, name = found[0]
        rivals = org_owners if item.qid in quoted else owners
        if len({i.qid for i, _ in found}) != 1 or not (
            unshared_name(name, item.qid, rivals) or _own_label(item, name, rivals, (labels, docs))
        ):
            continue
        own = org_aliases(item, name)
        own += [v for n in (name, *own) for v in plain_latin(n) if v not in own and v != name]
        others = abbreviations(item, name) + own + short_names(item, name, gaz)
        others += contractions(item, name)
        others += expansions(item, name)
        others += member_nouns(item, name)
        others += [t for t in city_tail(item, name, gaz) if tails[normalize(t)] == 1]
        others += leading_names(item, name, heads, gaz)
        free = functools.partial(_lemmas_unshared, qid=item.qid, lemmas=lemmas)
        others += [n for n in seat_adjective_names(item, name, gaz) if free(n)]
        others += [n for n in stem_names(item, name) if free(n)]
        others += team_names(item, name, free) if national_team(item, gaz) else []
        said = state_body_names(name, gaz, item.forms, free)
        others += [n for n in said if normalize(n) not in taken]
        abbrs = sorted(
            {a for a in others if unshared_name(a, item.qid, owners)}
            | {a for a in own if _name_of_one(a, item.qid, owners, labels)}
            | {a for a in abbreviations(item, name) if _name_of_parent(a, item.qid, owners, labels)}
            | set(seat_names(item, seats))  # the building's own item shares it: no other body
            | set(seat_noun_names(item, name, seats))
        )
        known = {taken[n] for n in (key, *map(normalize, abbrs)) if n in taken}
        if known:  # the curated row (or a state) keeps the name; it may get the QID
            entry = gaz.org(known.pop()) if len(known) == 1 else None
            if entry is not None and not entry.wikidata:
                fills[entry.key] = item.qid
            continue
        state = "" if item.qid in quoted else named_bare(item, name, gaz, owners)
        state = state or (seat_state(name, gaz) if seat_names(item, seats) else "")
        kind = "QuotedName" if item.qid in quoted else "StateBody" if state else ""
        state = state or written_state(item, name, gaz)  # "Агентства … безопасности США"
        rows.append(["org", f"org/{item.qid}", name, "|".join(abbrs), "", item.qid, state, kind])
    return rows


def _seat_items(items: list[Item]) -> dict[str, set[str]]:
    """Each seat's name → the organization items annotators linked a form of it to, but the
    building's own item, labelled by the seat's name ("Белый дом" Q35525 beside the
    Executive Office Q1355327; annotators linked it as an organization too), and a form in
    the prepositional ("в Белом доме" of Moscow's Дом правительства), a place the linker
    never reads as the body: neither is another body named by the seat."""
    out: dict[str, set[str]] = defaultdict(set)
    for item in items:
        if seat_of(item.canonical):
            continue
        for form in item.forms if item.type in ORG_TYPES else ():
            seat = seat_of(form)
            if seat and "loct" not in MORPH.parse(form.split()[-1])[0].tag:
                out[seat].add(item.qid)
    return out


def seat_names(item: Item, seats: dict[str, set[str]]) -> list[str]:
    """The seats whose name names this organization and no other ("Кремль" of "Администрация
    президента России"), in several documents."""
    return sorted(seat for seat, qids in seats.items() if qids == {item.qid} and item.docs >= 2)


def seat_state(name: str, gaz: Gazetteer) -> str:
    """The ISO3 code of the state a body news names by its seat belongs to, its label's
    state ("Исполнительный офис Президента США", "Белый дом"): the seat is a bare name of the
    body as much as "Генпрокуратура" is; "" for a label with no state in it."""
    found = state_tail(name, gaz)
    return found[0].iso3 if found else ""


def seat_noun_names(item: Item, name: str, seats: dict[str, set[str]]) -> list[str]:
    """The names news gives the body by its seat and its own noun, where annotators wrote the
    seat's adjective before the noun, lower case ("кремлёвская администрация" of
    "Администрация президента России", seated in the Kremlin): that name, and the noun with
    the seat in the genitive after it ("Администрация Кремля"), news' other way of saying
    it; from a seat that names this body alone."""
    seated = {
        first_lemma(seat).rstrip("ь"): seat for seat in seat_names(item, seats) if " " not in seat
    }
    noun = first_lemma(name.split()[0])
    out = set()
    for form in item.forms:
        words = form.split()
        if len(words) == 2 and form.islower() and first_lemma(words[1]) == noun:
            adjective = MORPH.parse(words[0])[0]
            stem = next((s for s in seated if adjective.normal_form.startswith(s)), None)
            if adjective.tag.POS == "ADJF" and stem is not None:
                said = MORPH.nominative_phrase(words)
                out |= {said, f"{upper_first(said.split()[1])} {genitive(seated[stem])}"}
    return sorted(out)


def _own_label(
    item: Item,
    name: str,
    owners: dict[str, set[str]],
    items: tuple[dict[str, str], dict[str, int]],
) -> bool:
    """The item's own label ("Международный трибунал по бывшей Югославии"), also linked to
    items of fewer documents whose labels it is not ("Международный военный трибунал"): a
    slip on their side, the name stays this one's (as `_name_of_one` keeps an alias)."""
    if normalize(name) != normalize(item.canonical):
        return False
    labels, docs = items
    rivals = owners.get(normalize(name), set()) - {item.qid}
    return _name_of_one(name, item.qid, owners, labels) and all(
        docs.get(q, 0) < item.docs for q in rivals
    )


def _name_of_one(form: str, qid: str, owners: dict[str, set[str]], labels: dict[str, str]) -> bool:
    """An other name of this organization ("Associated Press" of "Ассошиэйтед Пресс") that an
    annotator also linked to an item it does not name ("The Associates"): a slip on that
    side, the name stays this one's. Not where it also names the other item's label."""
    rivals = owners.get(normalize(form), set()) - {qid}
    return all(not same_org_name(form, labels.get(q, "") or form) for q in rivals)


def _name_of_parent(
    abbreviation: str, qid: str, owners: dict[str, set[str]], labels: dict[str, str]
) -> bool:
    """An abbreviation of this organization ("BBC" of "Би-би-си") that annotators also linked
    only to items whose labels open with it and go on ("BBC One", a channel of it): their
    slip, the abbreviation alone names the parent. Not where any other item shares it
    ("МВД" of every state's ministry)."""
    rivals = owners.get(normalize(abbreviation), set()) - {qid}
    return all(labels.get(q, "").startswith(abbreviation + " ") for q in rivals)


def _heads(items: list[Item]) -> dict[str, set[str]]:
    """The leading words of organization names → the QIDs whose names they open with more
    words after them ("демократическая партия" → the item "Демократическая партия Японии").
    A body's convocation ("Государственная дума … IV созыва") is a term of that body, not
    another one that makes its name a kind."""
    heads: dict[str, set[str]] = defaultdict(set)
    for item in items:
        words = normalize(item.canonical).split()
        if item.type in ORG_TYPES and "созыва" not in words:
            for k in range(2, len(words)):
                heads[" ".join(words[:k])].add(item.qid)
    return heads


def _gazetteer_names(gaz: Gazetteer) -> dict[str, str]:
    """Every state and organization name the curated gazetteer knows → its key."""
    out: dict[str, str] = {}
    for s in gaz.states:
        for n in (s.name, s.full_name, *s.aliases, s.capital):
            out.setdefault(normalize(n), s.key)
    for o in gaz.orgs:
        for n in (o.name, *o.abbreviations):
            out.setdefault(normalize(n), o.key)
    return out
