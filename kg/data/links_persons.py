"""The persons' rows of the links table: a clear name every form agrees with, and the QIDs
curated rows get.

A person item keeps a first name and a surname (a patronymic split off) from its label or
its most frequent nominative form where every form of several words agrees with them; a name
two items share, one a curated row has or one linked to another item is no row. Also the
spellings news gives the name, the surname alone where it names one person, persons known by
one name ("Неймар") and monarchs and popes by their regnal name ("Харальд V"); and the QID a
curated row gets by its label, by a one-document item's full name, by a form of a namesake's
name (a father and son) or by a patronymic.

Split out of build_links.py (forty-sixth pass, h-split51): the persons, apart from the
organizations."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from difflib import SequenceMatcher

from kg.data.links_table import (
    Item,
    Rows,
    first_lemma,
    is_adjective,
    reads_nominative,
    reads_singular,
    unshared_name,
)
from kg.gazetteer import Gazetteer, PersonEntry
from kg.resolve.gender import man_named, woman_named
from kg.resolve.missed_names import same_words
from kg.resolve.name_forms import fold, form_of
from kg.resolve.name_lexicons import (
    PARTICLES,
    common_word,
    is_first_name,
    is_patronymic,
    place_or_word,
)

_PARTICLES = PARTICLES | {"ад", "ас", "оглы", "кызы"}  # "Усама бен Ладен", "Али оглы"
_PATRONYMIC = re.compile(r".+(вич|вна|ична|инична|ьич|оглы|кызы)$")
# "О’Мэлли", "аль-Багдади": an Arabic article before a name is written lower case
_WORD = re.compile(
    r"(?:(?:аль|эль|аз|ас|ад|ат|ан|ар)-)?[А-ЯЁ](?:[’'][А-ЯЁ])?[а-яё]+(-[А-ЯЁа-яё][а-яё]+)*"
)
_ROMAN = re.compile(r"[IVX]+")


def person_name(item: Item) -> tuple[str, str, str] | None:
    """(first, patronymic, last) of a person row, or None when no clear name is given."""
    name = item.canonical
    if "," in name:  # "Табмен, Гарриет" → "Гарриет Табмен"
        last, _, first = name.partition(",")
        name = f"{first.strip()} {last.strip()}"
    words = name.split()
    if not words:  # no label: the most frequent nominative full-name form
        forms = [f.split() for f in item.forms if len(f.split()) >= 2]
        written = {w for f in item.forms for w in f.split()}
        named = [w for w in forms if _proper(w) and all(reads_nominative(x, written) for x in w)]
        # "Юлия Скрипаль" before the more frequent "Юлии Скрипаль": "Юлии" reads as a
        # nominative only in the plural, which no one person's name is
        words = next((w for w in named if all(map(reads_singular, w))), named[0] if named else [])
    if len(words) < 2 or not _proper(words) or _ROMAN.fullmatch(words[-1]):
        return None  # a monarch ("Николай I") is not found by a surname
    if is_adjective(words[-1]):
        return None  # "Астрид Шведская": a title, not a surname
    if len(words) == 3 and _PATRONYMIC.fullmatch(words[1]):
        return words[0], words[1], words[2]
    if len(words) == 4 and words[2] in ("оглы", "кызы"):  # "Ильхам Гейдар оглы Алиев"
        return words[0], " ".join(words[1:3]), words[3]
    return " ".join(words[:-1]), "", words[-1]


def _proper(words: list[str]) -> bool:
    """Capitalised Cyrillic name words, with particles ("бин") and regnal numbers."""
    named = [w for w in words if w.lower() not in _PARTICLES and not _ROMAN.fullmatch(w)]
    return bool(named) and all(_WORD.fullmatch(w) for w in named)


def forms_agree(item: Item, first: str, last: str) -> bool:
    """Every multi-word name form keeps the surname, and its first word is the first name
    (spelled alike: "Дэвида Камерона" of "Дэвид Кэмерон"), its initial, or the surname:
    one QID annotated on two different people ("Тоомас Вайнола" on "Эмиль Вайнола") fails.
    A first name with a patronymic ("Эмиля Карловича") agrees by its first name alone."""
    surnames = [*first.split()[1:], last]  # "Алан Гарсиа Перес" is also "Алан Гарсиа"
    for form in item.forms:
        words = form.replace(".", ". ").split()
        if len(words) < 2 or not _proper([w for w in words if not w.endswith(".")]):
            continue
        if common_word(words[0]):
            continue  # "Ее Величество", "Святой Марии": a title, not a name form
        head, tail = words[0], words[-1]
        if head.endswith("."):
            if fold(head[0]) != fold(first)[0]:
                return False
        elif not (_alike(head, first.split()[0]) or any(_alike(head, s) for s in surnames)):
            return False  # a surname of several words alone ("Каприлес Радонски") agrees
        # The surname anywhere after the first name: a full name with a second surname or
        # more given names ("Фидель Алехандро Кастро Рус", "Мигель Диас-Канель Бермудес").
        if not (is_patronymic(tail) or _alike(head, last)
                or any(_alike(w, s) for w in words[1:] for s in surnames)):  # fmt: skip
            return False
    return True


def _alike(word: str, name: str) -> bool:
    """`word` is `name` in some case or another spelling of it ("Камерона", "Кэмерон")."""
    w, n = fold(word), fold(name)
    return form_of(word, name) or w[:3] == n[:3] or SequenceMatcher(None, w, n).ratio() >= 0.75


def person_aliases(item: Item, name: str) -> list[str]:
    """Full-name forms in the nominative that spell the name otherwise ("Уоррен Баффет" of
    "Уоррен Баффетт", "Майкл Пенс" of "Майк Пенс"): news writes them, the linker matches
    them as it matches the name. First name and surname each spelled alike (not another
    person the annotators linked by mistake), not a case form of the name, no patronymic,
    no initials. A word that is a label's word or another form's word in an oblique case
    ("Тома Донилона" of "Томас Донилон", "Вирджинии Вульф" of "Вирджиния Вулф") makes no
    alias: the row would name the person in the genitive."""
    written = {w for f in item.forms for w in f.split()}
    label = re.split(r"[\s-]+", name)
    out = set()
    for form in item.forms:
        words = form.split()
        if (
            2 <= len(words) <= 4
            and _proper(words)
            and all(reads_nominative(w, written) for w in words)
            and not any(
                fold(w) != fold(n) and form_of(w, n)
                for w in re.split(r"[\s-]+", form)
                for n in label
            )
            and not any(map(is_patronymic, words))
            and _alike(words[0], name.split()[0])
            and _alike(words[-1], name.split()[-1])
            and not same_words(tuple(words), name.split())
        ):
            out.add(" ".join(words))
    return sorted(out)


def person_rows(
    items: list[Item], gaz: Gazetteer, owners: dict[str, set[str]], fills: dict[str, str]
) -> Rows:
    people, once = _person_items(items)
    curated_surnames: dict[str, list[PersonEntry]] = defaultdict(list)
    curated_names: dict[str, list[PersonEntry]] = defaultdict(list)
    for p in gaz.persons:
        curated_surnames[fold(p.last)].append(p)
        for full in (p.name, *p.aliases):
            curated_names[fold(full)].append(p)
    # folded surname → QIDs or keys → first names
    namesakes: dict[str, dict[str, str]] = defaultdict(dict)
    for (_, last), found in people.items():
        namesakes[last].update((i.qid, parsed[0]) for i, parsed in found)
    for p in gaz.persons:
        namesakes[fold(p.last)][p.wikidata or p.key] = p.first
    rows = []
    claims: dict[str, set[str]] = defaultdict(set)  # curated key → QIDs that match it
    _claim_by_label(items, curated_names, claims)
    _claim_by_full_name(once, curated_names, owners, claims)
    for (_, last), found in people.items():
        item, (given, patronymic, surname) = found[0]
        if len(found) != 1:
            _claim_by_patronymic(found, curated_surnames.get(last, ()), claims)
            continue  # two items share one name: neither is confirmed for it by the name
        if not unshared_name(f"{given} {surname}", item.qid, owners):
            continue
        name = f"{given} {surname}"
        aliases = [a for a in person_aliases(item, name) if unshared_name(a, item.qid, owners)]
        news = next((a for a in aliases if a in item.forms), None)  # forms: most frequent first
        labelled = any(same_words(tuple(f.split()), name.split()) for f in item.forms)
        if news is not None and not labelled:
            # News never wrote the label's spelling: the one it uses names the person.
            aliases = sorted({*aliases, name} - {news})
            name, given, surname = news, news.rsplit(" ", 1)[0], news.rsplit(" ", 1)[1]
        spelled = {last, *(fold(a.split()[-1]) for a in aliases)}  # "Русеф", "Руссефф"
        match = [p for s in spelled for p in curated_surnames.get(s, ())
                 if _same_first(p.first, given)]  # fmt: skip
        # The same full name split otherwise: "Кристина Фернандес де | Киршнер" is the
        # curated "Кристина | Фернандес де Киршнер".
        match += [p for n in (name, *aliases) for p in curated_names.get(fold(n), ())]
        if match:  # the curated row keeps the name; it may get the QID
            if len({p.key for p in match}) > 1:  # a father and son: which one, a form may say
                _claim_by_namesake_form(item, match, owners, claims)
            elif not match[0].wikidata and item.canonical:
                mine, theirs = fold(patronymic), fold(match[0].patronymic)
                if not (mine and theirs and mine != theirs):
                    claims[match[0].key].add(item.qid)
            continue
        others = [f for q, f in namesakes[last].items() if q != item.qid]
        if _alone_of_sex(given, others) and _named_alone(item, surname, owners):
            aliases.append(surname)
        rows.append(["person", f"person/{item.qid}", name, given, patronymic, surname, "",
                     item.qid, "", "|".join(aliases)])  # fmt: skip
    fills.update((key, qids.pop()) for key, qids in claims.items() if len(qids) == 1)
    return rows + _regnal_rows(items, curated_names, owners) + _mononym_rows(items, owners)


def _mononym_rows(items: list[Item], owners: dict[str, set[str]]) -> Rows:
    """Persons known by one name ("Неймар", "Стинг"): a one-word label every form gives in
    some case, linked in several documents and to no other item, no first name, place or
    word ("Мухаммед", "Гиннесс"). The name is the row's surname and its one-word alias, so
    the linker takes it alone as it takes "Шойгу"."""
    rows = []
    for item in items:
        name = item.canonical
        if (
            item.type != "PERSON"
            or item.docs < 2
            or not _WORD.fullmatch(name)
            or not all(" " not in f and form_of(f, name) for f in item.forms)
            or not unshared_name(name, item.qid, owners)
            or place_or_word(name)
            or is_first_name(name)
        ):
            continue
        rows.append(["person", f"person/{item.qid}", name, "", "", name, "", item.qid, "", name])
    return rows


def regnal_name(item: Item) -> tuple[str, str] | None:
    """(given names, regnal number) of a monarch or pope the label names so ("Харальд V",
    "Иоанн Павел II"), whose every form of several words is that name in some case with that
    number ("Харальда V"): a birth name among them ("Кигели V" and "Жан-Батист
    Ндахиндурва") may be a second person under one QID. None otherwise."""
    words = item.canonical.split()
    if not (2 <= len(words) <= 3 and _ROMAN.fullmatch(words[-1]) and _proper(words[:-1])):
        return None
    given = words[:-1]
    for form in item.forms:
        written = form.split()
        if len(written) > 1 and not (
            written[-1] == words[-1]
            and len(written) == len(words)
            and all(form_of(w, g) for w, g in zip(written, given, strict=False))
        ):
            return None
    return " ".join(given), words[-1]


def _regnal_rows(
    items: list[Item], curated: dict[str, list[PersonEntry]], owners: dict[str, set[str]]
) -> Rows:
    """Monarchs and popes by their regnal name: given name and number are one name, which
    the linker takes whole ("Харальда V"), never the given name alone. Not a name a curated
    row has ("Елизавета II") nor one annotators linked to another item."""
    rows = []
    for item in items:
        regnal = regnal_name(item) if item.type == "PERSON" else None
        if regnal is None:
            continue
        name = " ".join(regnal)
        if fold(name) in curated or not unshared_name(name, item.qid, owners):
            continue
        rows.append(["person", f"person/{item.qid}", name, regnal[0], "", name, "", item.qid])
    return rows


Parsed = list[tuple[Item, tuple[str, str, str]]]


def _person_items(items: list[Item]) -> tuple[dict[tuple[str, str], Parsed], Parsed]:
    """Person items with a clear name whose forms agree: by folded (first name, surname)
    those with a label or linked in several documents, and apart the label-less ones linked
    in one document, which may only confirm a curated row (`_claim_by_full_name`)."""
    people: dict[tuple[str, str], Parsed] = defaultdict(list)
    once: Parsed = []
    for item in items:
        parsed = person_name(item) if item.type == "PERSON" else None
        if parsed and forms_agree(item, parsed[0], parsed[2]):
            if item.canonical or item.docs > 1:
                people[(fold(parsed[0]), fold(parsed[2]))].append((item, parsed))
            else:
                once.append((item, parsed))
    return people, once


def _claim_by_label(
    items: list[Item], curated: dict[str, list[PersonEntry]], claims: dict[str, set[str]]
) -> None:
    """The annotators' label is a curated person's full name, and no other item's: that
    person's QID, whatever the forms ("Елизавета II", which is no first name and surname;
    "Синдзо Абэ", whose forms slip to his successor)."""
    labels: dict[str, set[str]] = defaultdict(set)
    for item in items:
        if item.type == "PERSON" and item.canonical:
            labels[fold(item.canonical)].add(item.qid)
    for label, qids in labels.items():
        named = {p.key for p in curated.get(label, ()) if not p.wikidata}
        if len(qids) == 1 and len(named) == 1:
            claims[named.pop()].update(qids)


def _claim_by_full_name(
    once: Parsed,
    curated: dict[str, list[PersonEntry]],
    owners: dict[str, set[str]],
    claims: dict[str, set[str]],
) -> None:
    """A label-less item linked in one document confirms no new person, but one of its
    forms, word for word a curated office holder's full name ("Игорь Додон") that no
    annotator linked to another item, gives that holder the QID: the curated row already
    says who the person is, the table only adds the item."""
    for item, _ in once:
        for form in item.forms:
            named = {p.key for p in curated.get(fold(form), ()) if p.terms and not p.wikidata}
            if len(named) == 1 and unshared_name(form, item.qid, owners):
                claims[named.pop()].add(item.qid)


def _claim_by_namesake_form(
    item: Item,
    namesakes: list[PersonEntry],
    owners: dict[str, set[str]],
    claims: dict[str, set[str]],
) -> None:
    """An item whose first name and surname several curated rows share (a father and son in
    office) goes to the one whose full name or alias a form of it gives, in any case, where no
    annotator linked that form to another item ("Джорджа Буша-младшего" of "Джордж
    Буш-младший"); a form that is only the first name and surname either man has tells
    nothing."""
    bare = {fold(f"{p.first} {p.last}") for p in namesakes}
    for p in namesakes:
        for name in p.names:
            if (
                fold(name) not in bare
                and not p.wikidata
                and any(
                    _inflected(form, name) and unshared_name(form, item.qid, owners)
                    for form in item.forms
                )
            ):
                claims[p.key].add(item.qid)


def _inflected(form: str, name: str) -> bool:
    """`form` is `name` in some case, word by word and each part of a hyphenated word
    ("Буша-младшего" of "Буш-младший": "младший" by its lemma)."""
    written, words = re.split(r"[\s-]+", form), re.split(r"[\s-]+", name)
    return len(written) == len(words) and all(
        form_of(w, n) or first_lemma(w) == first_lemma(n)
        for w, n in zip(written, words, strict=True)
    )


def _claim_by_patronymic(
    found: Parsed,
    curated: Iterable[PersonEntry],
    claims: dict[str, set[str]],
) -> None:
    """Two items under one first name and surname (a father and his son "Виктор
    Янукович"): the curated row whose patronymic is one item's label, where every other
    item's label gives another patronymic, gets that item's QID; a label without a
    patronymic may be either man, and then neither is confirmed."""
    given = fold(found[0][1][0])
    for p in curated:
        if p.wikidata or not p.patronymic or not _same_first(p.first, given):
            continue
        mine = [i for i, parsed in found if fold(parsed[1]) == fold(p.patronymic)]
        others = [parsed[1] for i, parsed in found if i not in mine]
        if len(mine) == 1 and mine[0].canonical and all(others):
            claims[p.key].add(mine[0].qid)


def _named_alone(item: Item, surname: str, owners: dict[str, set[str]]) -> bool:
    """News names the person by the surname alone ("Рейгана"): annotators linked it so in
    several documents, never to anyone else, and it is no place, word or first name. The
    caller checks that no other person of the table or gazetteer has the surname; it is then
    written as a one-word alias, which the linker takes alone."""
    alone = [f for f in item.forms if " " not in f and form_of(f, surname)]
    return (
        item.docs >= 2
        and bool(alone)
        and all(unshared_name(f, item.qid, owners) for f in alone)
        and not place_or_word(surname)
        and not is_first_name(surname)
    )


def _alone_of_sex(given: str, others: list[str]) -> bool:
    """No other person of the table or gazetteer has the surname, or every one of them is
    of the other sex by the first name ("Нэнси Рейган" beside "Рональд Рейган"): the
    linker's surname alone then finds one person, as a verb of the other sex ("Рейган
    заявила") keeps it off him."""
    if not others:
        return True
    if man_named(given):
        return all(woman_named(o) for o in others)
    return woman_named(given) and all(man_named(o) for o in others)


def _same_first(curated: str, given: str) -> bool:
    """The first given names agree ("Ильхам" and "Ильхам Гейдар")."""
    return fold(curated).split()[:1] == fold(given).split()[:1]
