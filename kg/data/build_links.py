"""Regenerates persons_nerel.tsv and orgs_nerel.tsv, and fills confirmed QIDs into the
curated persons.tsv and orgs.tsv, from the NEREL Wikidata links table.

The table (`../shared/sources/nerel_wikidata_links.tsv`, NEREL-v1.1 training split)
holds every Wikidata link a human annotator gave a person or organization in Russian
Wikinews, with the forms the texts used. It is a source that confirms a QID, but a noisy
one for names: canonical names may be empty, generic ("правительство"), in
"Фамилия, Имя" order or wrong, and surface forms include titles, pronouns, adjectives
and inflected forms. A wrong QID is worse than none, so an entry is kept only when its
name is a clear proper name and every form agrees with it:

- persons: a first name and a surname (a patronymic is split off), from the canonical
  name or else from the most frequent nominative surface form; every multi-word form
  must agree with them, up to spelling and case (one QID annotated on two people is
  dropped); a name two QIDs share is dropped; a name a curated person already has is left
  to the curated row. A surname that is also a place or a word ("Питт") is kept: the
  runtime finds such a person by the full name only, never by the surname alone.
  Monarchs and popes by the regnal name of their label ("Харальд V"), every form agreeing.
- organizations: a capitalised, specific name (not "правительство", not "Министерство
  иностранных дел" with no state; of an item labelled by its abbreviation or not at all, the
  form its initials spell; one-word names only when they are not common Russian
  words); abbreviations are all-capital forms of 2-6 letters no other item in the table
  or gazetteer uses; the plural noun of the members where a form gives it ("талибы" of
  "Талибан"); names of states and of curated rows are left to those rows.
- curated rows without a QID get one where exactly one kept item has the same name
  (persons: first name and surname; organizations: name or abbreviation); their key is
  then written out so the entity IRI does not change. An office holder also gets the QID
  of a label-less one-document item that gives the holder's full name, and of the item
  whose label gives the holder's patronymic where a father and son share the name.
  A curated organization also gets its item's abbreviations of three letters or more that
  no other item or name uses.

Run by hand (`python -m kg.data.build_links [--source TSV]`); the runtime only reads
the generated files. The output is sorted and deterministic.
"""

from __future__ import annotations

import argparse
import csv
import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from kg.data.shared import shared
from kg.gazetteer import Gazetteer, PersonEntry, StateEntry, normalize, read_file, slug
from kg.nlp.morph import morph, upper_first
from kg.nlp.seats import BUILDINGS, seat_of
from kg.resolve.gender import man_named, woman_named
from kg.resolve.missed_names import same_words
from kg.resolve.name_forms import fold, form_of
from kg.resolve.name_lexicons import (
    PARTICLES,
    common_word,
    genitive,
    is_first_name,
    is_patronymic,
    place_or_word,
)
from kg.resolve.org_naming import BODY_SHORT, STATE_BODIES

HERE = Path(__file__).parent
ORG_TYPES = {"ORGANIZATION"}
_PARTICLES = PARTICLES | {"ад", "ас", "оглы", "кызы"}  # "Усама бен Ладен", "Али оглы"
_PATRONYMIC = re.compile(r".+(вич|вна|ична|инична|ьич|оглы|кызы)$")
# "О’Мэлли", "аль-Багдади": an Arabic article before a name is written lower case
_WORD = re.compile(
    r"(?:(?:аль|эль|аз|ас|ад|ат|ан|ар)-)?[А-ЯЁ](?:[’'][А-ЯЁ])?[а-яё]+(-[А-ЯЁа-яё][а-яё]+)*"
)
_ROMAN = re.compile(r"[IVX]+")
# An organization's Latin alias ("Reuters"), stricter than organizations' `_LATIN_NAME`: an
# alias is matched in every document, so a first word of 4+ letters, at most 4 words, no digits
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z&.'’-]{3,}(?: [A-Z][A-Za-z&.'’-]+){0,3}")
_ABBREVIATION = re.compile(r"[А-ЯЁA-Z][А-ЯЁA-Z0-9]{2,5}")  # "ВС" names too many bodies
_SHORT_ABBREVIATION = re.compile(r"[А-ЯЁA-Z][А-ЯЁA-Z0-9]{1,5}")
_MORPH = morph()


@dataclass(frozen=True)
class Item:
    """One row of the links table."""

    qid: str
    type: str
    canonical: str
    docs: int
    forms: tuple[str, ...]


def read_table(path: Path) -> list[Item]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Item(
                r["qid"],
                r["type"],
                _visible(r["canonical_name"]).strip(),
                int(r["docs"] or 0),
                tuple(filter(None, map(_unmarked, _visible(r["surface_forms"]).split(" | ")))),
            )  # fmt: skip
            for r in rows
        ]


def _visible(text: str) -> str:
    """The text without the invisible format characters a wiki page may hold inside a word
    (a soft hyphen U+00AD in "Стан\u00adдард", a zero-width space): the name as read,
    which no document's search for the name would find with them in."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def _unmarked(form: str) -> str:
    """A surface form without the wiki markup's apostrophes around it that annotators took
    in ("'Vancouver Canucks", "''Freixenet''"): the name news writes. An apostrophe inside a
    name ("O'Neil", "Macy's") stays."""
    form = form.strip()
    return form.strip("'").strip() if form.startswith("'") else form


# -- names --------------------------------------------------------------------------------


def _adjective(word: str) -> bool:
    parses = [p for p in _MORPH.parse(word) if p.is_known]
    return bool(parses) and parses[0].tag.POS == "ADJF" and not any("Surn" in p.tag for p in parses)


def _nominative(word: str, stems: Iterable[str] = ()) -> bool:
    """No reading of the word puts it in another case only ("Эмиля" is genitive), and it
    is none of `stems` with a case ending added ("Донилона" of "Донилон"): pymorphy guesses
    a nominative for an unknown word by its ending alone ("Донилона" a woman's name)."""
    if any(_ending_added(word, stem) for stem in stems):
        return False
    cases = {p.tag.case for p in _MORPH.parse(word) if p.score > 0.05 and p.tag.case}
    return not cases or "nomn" in cases


def _singular(word: str) -> bool:
    """A reading of the word is a nominative singular, or it reads in no case at all."""
    cases = [p.tag for p in _MORPH.parse(word) if p.score > 0.05 and p.tag.case]
    return not cases or any(t.case == "nomn" and t.number != "plur" for t in cases)


def _ending_added(word: str, stem: str) -> bool:
    """`word` is `stem` and a case ending ("Донилона", "Нама" of "Донилон", "Нам")."""
    w, s = fold(word), fold(stem)
    return len(w) > len(s) and w.startswith(s) and form_of(word, stem)


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
        named = [w for w in forms if _proper(w) and all(_nominative(x, written) for x in w)]
        # "Юлия Скрипаль" before the more frequent "Юлии Скрипаль": "Юлии" reads as a
        # nominative only in the plural, which no one person's name is
        words = next((w for w in named if all(map(_singular, w))), named[0] if named else [])
    if len(words) < 2 or not _proper(words) or _ROMAN.fullmatch(words[-1]):
        return None  # a monarch ("Николай I") is not found by a surname
    if _adjective(words[-1]):
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
            and all(_nominative(w, written) for w in words)
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


# -- organizations ------------------------------------------------------------------------


def org_name(item: Item) -> str | None:
    """The canonical name when it names one organization, not a kind of institution."""
    name = item.canonical
    if not name or not (name[0].isupper() or name[0] in '«"') or re.search(r"[()\d]", name):
        return None
    words = name.split()
    if len(words) == 1:  # a known word of any kind ("Спорт", "Алания") names more than this
        return None if _common_word(name) else name
    # "Министерство иностранных дел", "Верховный суд": which state's? A body every state
    # has, named with no proper name in it.
    generic = not any(w[0].isupper() or not w[0].isalpha() for w in words[1:]) and any(
        _MORPH.parse(w)[0].normal_form in STATE_BODIES for w in words
    )
    return None if generic else name


def _common_word(name: str) -> bool:
    """A word the dictionary knows as no organization's ("Спорт"). Not an abbreviation
    ("ФИФА", "УДАР"): the matcher finds it only written in capitals, never the word."""
    known = any(p.is_known and "Orgn" not in p.tag for p in _MORPH.parse(name))
    return known and not _ABBREVIATION.fullmatch(name)


def initialled_name(item: Item) -> str | None:
    """The full name of an item annotators left without a label or labelled by its
    abbreviation ("ОЗХО"), where a form is that abbreviation and another, opening with a
    nominative singular, a name whose words' first letters spell it ("Организация по
    запрещению химического оружия", "Российский союз правообладателей" of "РСП"): the
    abbreviation then stays one of its names. Not a kind of body ("Конституционный суд" of
    "КС": `org_name`)."""
    if item.canonical and not _ABBREVIATION.fullmatch(item.canonical):
        return None
    short = {f for f in item.forms if _SHORT_ABBREVIATION.fullmatch(f)}
    for form in item.forms:
        words = form.split()
        spelt = "".join(p[:1] for w in words if w not in _NO_INITIAL for p in w.split("-"))
        if (
            len(words) > 1
            and spelt.upper() in short
            and _singular(words[0])
            and org_name(Item(item.qid, item.type, form, item.docs, ())) is not None
        ):
            return form
    return None


def abbreviations(item: Item, name: str) -> list[str]:
    """Abbreviations of 3-6 capitals; of two ("ИГ") only for an organization linked in ten
    documents or more, where the short form is its own in news, not one of many bodies'."""
    short = _SHORT_ABBREVIATION if item.docs >= 10 else _ABBREVIATION
    return sorted({f for f in item.forms if short.fullmatch(f) and f != name})


def org_aliases(item: Item, name: str) -> list[str]:
    """Other names news gives the organization, beside its abbreviations: the Latin name
    ("Reuters" of "Рейтер") and nominative full names that name it as specifically
    ("Следственный комитет России" of "… Российской Федерации")."""
    out = set()
    for form in item.forms:
        if normalize(form) == normalize(name) or _ABBREVIATION.fullmatch(form):
            continue
        if not _same_org_name(form, name):
            continue  # "Bild" of "Computer Bild" is another paper; annotators slip
        if _LATIN_NAME.fullmatch(form) or (
            len(form.split()) > 1
            and all(map(_nominative, form.split()))
            and org_name(Item(item.qid, item.type, form, item.docs, ())) is not None
        ):
            out.add(form)
    brand = _brand(item, name)
    return sorted(out | ({brand} if brand else set()))


def plain_latin(name: str) -> list[str]:
    """A Latin name as news also writes it: without its diacritics ("Clarin" of "Clarín") and
    without a leading article where two words or more are left ("Sunday Times" of "The Sunday
    Times"; not "Times" alone, which opens other papers' names)."""
    if re.search("[а-яё]", name.lower()):
        return []
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_ = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    out = {ascii_}
    for form in (name, ascii_):
        bare = re.sub(r"^The\s+", "", form)
        if len(bare.split()) >= 2:
            out.add(bare)
    return sorted(out - {name})


def leading_names(item: Item, name: str, heads: dict[str, set[str]], gaz: Gazetteer) -> list[str]:
    """The name's first words where news writes them alone, in any case ("Исламского
    государства" of "Исламское государство Ирака и Леванта"), in the nominative the name
    gives them: from an organization linked in several documents, and only a part that is
    itself a specific name. Not a kind of body: "Социал-демократическая партия" of "…
    Эстонии" (which `org_name` refuses), a part that opens another item's name too
    ("Национальная ассамблея"), nor a state's body without its state ("Сухопутные войска"
    of "… Российской Федерации": alone, any state's)."""
    words = name.split()
    if item.docs < 2 or len(words) < 3 or state_body_names(name, gaz):
        return []
    lemmas = [_lemma(w) for w in words]
    out = set()
    for form in item.forms:
        parts = form.split()
        if (
            2 <= len(parts) < len(words)
            and parts[0][:1].isupper()
            and [_lemma(w) for w in parts] == lemmas[: len(parts)]
        ):
            head = " ".join(words[: len(parts)])
            named = org_name(Item(item.qid, item.type, head, item.docs, ())) is not None
            if named and not heads.get(normalize(head), set()) - {item.qid}:
                out.add(head)
    return sorted(out)


def seat_adjective_names(item: Item, name: str, gaz: Gazetteer) -> list[str]:
    """The name news gives a body by the adjective of its seat's city before its own noun
    ("Гаагский трибунал" of "Международный трибунал по бывшей Югославии"), as a nominative
    form of two words, from several documents: the adjective no word of the name nor a
    state's, the noun the name's. `_orgs` drops one another item was linked under too."""
    words = name.split()
    if item.docs < 2 or len(words) < 2:
        return []
    lemmas = set(map(_lemma, words))
    state_adjectives = {_lemma(a) for s in gaz.states for a in s.adjectives}
    out = set()
    for form in item.forms:
        parts = form.split()
        if (
            len(parts) == 2
            and parts[0][:1].isupper()
            and parts[1][:1].islower()
            and _adjective(parts[0])
            and all(map(_nominative, parts))
            and _lemma(parts[0]) not in lemmas | state_adjectives
            and _lemma(parts[1]) in lemmas
        ):
            out.add(form)
    return sorted(out)


def _lemma(word: str) -> str:
    return _MORPH.parse(word)[0].normal_form.replace("ё", "е")


def _lemmas(name: str) -> tuple[str, ...]:
    return tuple(map(_lemma, name.split()))


def _lemmas_unshared(name: str, qid: str, lemmas: dict[tuple[str, ...], set[str]]) -> bool:
    """No annotator linked the name, in any case, to another item ("армии Чили")."""
    return lemmas.get(_lemmas(name), set()) <= {qid}


def _form_lemmas(items: list[Item]) -> dict[tuple[str, ...], set[str]]:
    """The lemmas of each organization's label and forms → their QIDs: a state body's name
    another item was linked under in any case ("армии США" of the land army) is not this
    body's."""
    out: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for item in items:
        for form in (item.canonical, *item.forms) if item.type in ORG_TYPES else ():
            out[_lemmas(form)].add(item.qid)
    return out


def short_names(item: Item, name: str, gaz: Gazetteer) -> list[str]:
    """One-word Russian names news gives the organization ("Роспотребнадзор", "Совбез",
    "Лента.ру"), from several documents: a capitalised word that is no common word. Not
    for a state's body named with its state ("Генпрокуратура" of "Прокуратура Российской
    Федерации"): alone, the word would name any state's."""
    if item.docs < 2 or state_body_names(name, gaz):
        return []
    return sorted(
        f
        for f in item.forms
        if " " not in f
        and re.fullmatch(r"[А-ЯЁ][а-яё]+(?:[-.][А-ЯЁа-яё]+)*", f)
        and _nominative(f)
        and not form_of(f, name)  # the one-word name itself, in another case
        and not common_word(f)
    )


def city_tail(item: Item, name: str, gaz: Gazetteer) -> list[str]:
    """The name of two words or more after the city that opens it, from the Russian name
    and a Latin form of as many words ("Детройт Ред Уингз", "Detroit Red Wings" → "Ред
    Уингз", "Red Wings"): news names a club by it alone ("матч с Ред Уингз"). Not a tail of
    one word, Russian or Latin: other clubs' names end with it as well ("Рейнджерс" of
    Glasgow's, "Юнайтед" of Leeds's), and things are named by it ("Honor Magic", "Red
    Bulls", "Black Hawks" are no Orlando Magic, Chicago Bulls, Atlanta Hawks); not after a
    state's name ("USA Today"). A tail two items share is dropped by `_orgs`."""
    words = name.split()
    size = next((n for n in (1, 2) if len(words) > n and gaz.city(" ".join(words[:n]))), 0)
    if not size or len(words) < size + 2:
        return []
    out = {" ".join(words[size:])}
    for form in item.forms:
        latin = form.split()
        if _LATIN_NAME.fullmatch(form) and len(latin) == len(words):
            out.add(" ".join(latin[size:]))
    return sorted(out)


def contractions(item: Item, name: str) -> list[str]:
    """One-word names contracted from the beginnings of all the name's words ("Социнтерн" of
    "Социалистический интернационал", "Генассамблея" of "Генеральная ассамблея"), in the
    nominative: the body's own word, from one document too. Not of part of a name
    ("Совбез" of "Совет Безопасности ООН": alone, a state's council as well)."""
    words = [w.lower().replace("ё", "е") for w in name.split()]
    if len(words) < 2:
        return []
    lemmas = {_lemma(f) for f in item.forms if re.fullmatch(r"[А-ЯЁ][а-яё]{4,}", f)}
    out = {w.capitalize() for w in lemmas if _contracts(w, words)}
    return sorted(out | set(contracted_heads(item, name)))


def contracted_heads(item: Item, name: str) -> list[str]:
    """The name with its first words contracted into one, the rest as the name has it, from a
    form that so names it in any case ("Госсовета Кубы" → "Госсовет Кубы" of "Государственный
    совет Кубы"): a proper name after the contraction says whose body it is."""
    words = name.split()
    out = set()
    for form in item.forms:
        head, *tail = form.split()
        k = len(words) - len(tail)
        if (
            tail
            and k >= 2
            and normalize(" ".join(tail)) == normalize(" ".join(words[k:]))
            and any(w[:1].isupper() for w in tail)
            and re.fullmatch(r"[А-ЯЁ][а-яё]{4,}", head)
            and _contracts(_lemma(head), [w.lower().replace("ё", "е") for w in words[:k]])
        ):
            out.add(" ".join([_lemma(head).capitalize(), *words[k:]]))
    return sorted(out)


def stem_names(item: Item, name: str) -> list[str]:
    """The one-word name an organization is known by where its label opens with the
    adjective made from it ("Гарвард" of "Гарвардский университет": "учился в Гарварде"):
    a form, in any case, that the dictionary knows only as an organization's name (never a
    place's: "в Оксфорде" is the city too), its lemma the start of the label's first word."""
    words = name.split()
    if len(words) < 2 or _MORPH.parse(words[0])[0].tag.POS != "ADJF":
        return []
    first = words[0].lower().replace("ё", "е")
    out = set()
    for form in item.forms:
        if not re.fullmatch(r"[А-ЯЁ][а-яё]{3,}", form):
            continue
        readings = [p for p in _MORPH.parse(form) if p.is_known]
        lemma = readings[0].normal_form.replace("ё", "е") if readings else ""
        stem = lemma.rstrip("аяо")  # "Сорбонна" → "Сорбоннский"
        if readings and all("Orgn" in p.tag for p in readings) and first.startswith(stem):
            out.add(lemma.capitalize())
    return sorted(out)


def member_nouns(item: Item, name: str) -> list[str]:
    """The plural of the noun for the organization's members where annotators linked it to
    the organization ("талибы" of "Талибан": "талибов" and "талибы" name the movement), so
    the runtime finds it in any case and number: a lower-case form the dictionary knows as an
    animate noun whose lemma shares the name's first four letters. Not a nickname of another
    stem ("москвичи" of "Спартак"), an adjective or a surname the dictionary guesses."""
    stem = fold(name)[:4]
    out = set()
    for form in item.forms:
        if not re.fullmatch(r"[а-яё]{4,}", form):
            continue
        parse = next((p for p in _MORPH.parse(form) if p.tag.POS == "NOUN"), None)
        if parse is None or not parse.is_known or "anim" not in parse.tag or "Surn" in parse.tag:
            continue
        lemma = parse.normal_form.replace("ё", "е")
        plural = parse.inflect({"plur", "nomn"})
        if lemma.startswith(stem) and plural is not None:
            out.add(plural.word)
    return sorted(out)


def _contracts(word: str, words: list[str]) -> bool:
    """`word` is a beginning of two letters or more of each of `words` in turn."""
    if not words:
        return not word
    head, *rest = words
    return any(
        word.startswith(head[:k]) and _contracts(word[k:], rest)
        for k in range(min(len(head), len(word)), 1, -1)
    )


def _brand(item: Item, name: str) -> str | None:
    """The name before a dash, when news writes it alone ("Аэрофлота" of "Аэрофлот —
    Российские авиалинии"): some form is it, in any case. The dash makes it a brand even
    where it is also a word ("аэрофлот"); the matcher takes one word capitalised only."""
    head = name.split(" — ")[0]
    if head == name:
        return None
    lemmas = [_MORPH.parse(w)[0].normal_form for w in head.split()]
    written = any(
        [_MORPH.parse(w)[0].normal_form for w in form.split()] == lemmas for form in item.forms
    )
    return head if written else None


_ORG_FILLER = frozenset(
    ["the", "inc", "group", "grup", "corporation", "corp", "company", "co", "plc", "ltd", "llc",
     "channel", "ratings", "holding", "holdings"]
)  # fmt: skip


def _same_org_name(form: str, name: str) -> bool:
    """The same name up to articles and company suffixes ("The Washington Post", "Fitch
    Ratings"), transliteration ("Форбс", "Forbes"; by sound word for word, "Тайм" of "Time":
    `_by_sound`) or spelling, word for word: not a part of it ("Bild" of "Computer Bild")
    nor a sibling ("Рижское" for "Львовское училище")."""
    a, b = ([w for w in slug(x).split("-") if w not in _ORG_FILLER] for x in (form, name))
    if len(a) != len(b):
        return False
    if bool(re.search("[а-яё]", name.lower())) != bool(re.search("[а-яё]", form.lower())):
        latin, russian = (a, b) if re.search("[а-яё]", name.lower()) else (b, a)
        if SequenceMatcher(None, " ".join(a), " ".join(b)).ratio() >= 0.6:
            return True
        return all(_spelt_alike(x, _by_sound(y)) for x, y in zip(latin, russian, strict=True))
    return all(map(_spelt_alike, a, b))


def _spelt_alike(x: str, y: str) -> bool:
    """Two words of one script spelt the same or nearly."""
    return x == y or SequenceMatcher(None, x, y).ratio() >= 0.75


# Russian spellings of English vowels by sound, transliterated: "ай" of "i" ("Тайм" of
# "Time"), "ей" of "ai" ("Дейли мейл" of "Daily Mail").
_SOUNDS = (("ay", "i"), ("ey", "ai"))


def _by_sound(transliterated: str) -> str:
    """A transliterated Russian name with its spellings of English vowels by sound read
    back, which `_same_org_name` compares with a Latin form too."""
    for spelt, vowel in _SOUNDS:
        transliterated = transliterated.replace(spelt, vowel)
    return transliterated


def quoted_only(item: Item) -> bool:
    """A one-word name that is also a word, place or first name ("Спартак", "Бавария",
    "Известия"), capitalised and linked in several documents, some form of it the name
    itself: news quotes it («Спартак»), and only there does the linker take it (kind
    `QuotedName`). Not a body every state has ("Сенат")."""
    name = item.canonical
    return (
        item.docs >= 2
        and bool(re.fullmatch(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё0-9]+)?", name))
        and _MORPH.parse(name)[0].normal_form not in STATE_BODIES
        and any(form_of(f, name) for f in item.forms)
    )


def specific_institution(
    item: Item, unshared: Callable[[str], bool], heads: dict[str, set[str]]
) -> str | None:
    """A name that looks like a kind of body but names one ("Государственная дума",
    "Европейский парламент"): capitalised, opening with an adjective, linked in several
    documents, no name of it in several words ever linked to anything else, and no other
    item named by it and more words ("Демократическая партия" beside "Демократическая
    партия Японии" is a kind of party several states have)."""
    words = item.canonical.split()
    return (
        item.canonical
        if len(words) > 1
        and not party_kind(item.canonical)
        and not heads.get(normalize(item.canonical), set()) - {item.qid}
        and item.canonical[0].isupper()
        and _adjective(words[0])
        and item.docs >= 2
        and not re.search(r"[()\d]", item.canonical)
        and all(map(unshared, (item.canonical, *(f for f in item.forms if " " in f))))
        else None
    )


def party_kind(name: str) -> bool:
    """ "Либеральная партия", "Лейбористская партия": a kind of party many states have (an
    adjective of its politics and the word), which annotators link to one state's party or
    another's."""
    words = name.split()
    return len(words) == 2 and _adjective(words[0]) and _lemma(words[1]) == "партия"


def with_state(item: Item, gaz: Gazetteer) -> str | None:
    """A kind of party under the name with its state that some form gives ("Республиканская
    партия США" of "Республиканской партии США"): that state's party, which the linker then
    takes by the bare name in a text about that state only (kind `StateBody`)."""
    if not party_kind(item.canonical):
        return None
    lemmas = [_lemma(w) for w in item.canonical.split()]
    for form in item.forms:
        words = form.split()
        if len(words) > 2 and [_lemma(w) for w in words[:2]] == lemmas:
            name = " ".join([item.canonical, *words[2:]])
            if _state_tail(name, gaz) is not None:
                return name
    return None


_TEAM = re.compile(r"[Сс]борная (.+?) по (.+)")


def national_team(item: Item, gaz: Gazetteer) -> str | None:
    """A state's national team, which Wikidata labels lower case ("сборная Португалии по
    футболу"): one team, named capitalised; not a name whose words after "сборная" are no
    state's ("сборная мира")."""
    found = _TEAM.fullmatch(item.canonical)
    if found is None or _state_tail(f"Сборная {found[1]}", gaz) is None:
        return None
    return upper_first(item.canonical)


def team_names(item: Item, name: str, free: Callable[[str], bool]) -> list[str]:
    """The names news gives a national team (`national_team`) by its first words, which some
    form writes in any case, the state's at least ("сборной Португалии" → "Сборная
    Португалии", "Сборная России по хоккею" of "… с шайбой"), where no annotator linked them
    to another item (`free`: "сборной России" named the football and the hockey team)."""
    words = name.split()
    lemmas = [_lemma(w) for w in words]
    out = set()
    for form in item.forms:
        size = len(form.split())
        head = " ".join(words[:size])
        said = [_lemma(w) for w in form.split()] == lemmas[:size]
        if said and 2 <= size < len(words) and words[size - 1] != "по" and free(head):
            out.add(head)
    return sorted(out)


def state_body_names(
    name: str, gaz: Gazetteer, forms: Iterable[str] = (), free: Callable[[str], bool] = bool
) -> list[str]:
    """A state's body under every name news gives its state, and under its short name:
    "Министерство внутренних дел Российской Федерации" is also "… России", "МВД России",
    "МВД РФ". The name must end with the state's name, full name or abbreviation, in the
    genitive. With the annotators' `forms`, also under the standard body name they give it
    (`said_bodies`) and the body noun they write after the state's adjective
    (`adjective_bodies`), where each name of it with its state is `free` (no other
    item's)."""
    found = _state_tail(name, gaz)
    if found is None:
        return []
    state, bodies = found
    states = {genitive(state.name), genitive(state.full_name)}
    states |= {a for a in state.aliases if _ABBREVIATION.fullmatch(a) or a.isupper()}
    forms = list(forms)
    said = said_bodies(forms, state, bodies[0]) + adjective_bodies(forms, state, bodies[0])
    bodies += [b for b in said if all(free(f"{b} {s}") for s in states)]
    return sorted({f"{b} {s}" for b in bodies for s in states} - {name})


def _state_tail(name: str, gaz: Gazetteer) -> tuple[StateEntry, list[str]] | None:
    """(the state, the body's names without it) of a name ending with a state's name in the
    genitive ("Министерство обороны Эстонии" → Estonia, "Министерство обороны",
    "Минобороны")."""
    for state in (s for s in gaz.states if not s.historic):
        for own in (state.full_name, state.name, *(a for a in state.aliases if a.isupper())):
            tail = " " + genitive(own)
            if name.endswith(tail) and len(name) > len(tail):
                body = name[: -len(tail)]
                short = {*BODY_SHORT.get(normalize(body), ()), initials(body)} - {""}
                return state, [body, *sorted(short)]
    return None


def said_bodies(forms: Iterable[str], state: StateEntry, body: str) -> list[str]:
    """The standard names of a state's body and their contractions (organizations'
    `BODY_SHORT`: "Генеральная прокуратура", "Генпрокуратура") that some form gives a body
    its label calls otherwise ("Генпрокуратура", "Генеральную прокуратуру Российской
    Федерации" of "Прокуратура Российской Федерации"), in any case, bare or before the
    body's state: news names the body so before its state ("Генпрокуратура России"). Only
    a name with the label's own words in it: "МИД" an annotator gave an embassy names
    another body."""
    own = set(map(_lemma, body.split()))
    tails = {
        tuple(map(_lemma, n.split()))
        for n in (state.name, state.full_name, *(a for a in state.aliases if a.isupper()))
        if n
    }
    out: set[str] = set()
    for full, shorts in BODY_SHORT.items():
        if not own <= set(map(_lemma, full.split())):
            continue
        for name in (full, *shorts):
            head = tuple(map(_lemma, name.split()))
            for form in forms:
                said = tuple(map(_lemma, form.split()))
                rest = said[len(head) :]
                if said[: len(head)] == head and (not rest or rest in tails):
                    out.update((upper_first(full), *shorts))
    return sorted(out)


def adjective_bodies(forms: Iterable[str], state: StateEntry, body: str) -> list[str]:
    """The state body's noun (state_bodies.txt) that some form writes after the state's
    adjective, where the label names the body with other words ("российской армии",
    "израильская армия" of "Вооружённые силы Российской Федерации", "Армия обороны
    Израиля"): news names the body so, and "<Noun> <state>" ("Армия России") is the name
    the linker looks up for it. A noun of the label's only where the label opens with it
    ("Армия обороны Израиля": the state's one army), not after an adjective ("российский
    суд" an annotator gave the Constitutional Court is any court); nor another state's
    adjective."""
    own = set(map(_lemma, body.split()))
    head = _lemma(body.split()[0])
    adjectives = {normalize(a) for a in state.adjectives}
    out = set()
    for form in forms:
        words = form.split()
        if len(words) != 2 or normalize(_lemma(words[0])) not in adjectives:
            continue
        noun = _MORPH.parse(words[1])[0]
        lemma = noun.normal_form.replace("ё", "е")
        if noun.tag.POS == "NOUN" and lemma in STATE_BODIES and (lemma == head or lemma not in own):
            out.add(upper_first(lemma))
    return sorted(out)


# Words an abbreviation leaves out ("Служба по делам…").
_NO_INITIAL = frozenset(["по", "и", "при", "для", "о", "об", "на", "в", "с", "со"])


def initials(body: str) -> str:
    """The abbreviation of a body's name of three words or more, news writes before its
    state ("ВВС США" of "Военно-воздушные силы", "ФБР" of "Федеральное бюро расследований"):
    each word's or hyphenated part's first letter; "" for a shorter name or one with a proper
    name or digits in it, which news does not abbreviate so."""
    parts = [p for w in body.split() if w not in _NO_INITIAL for p in w.split("-")]
    if len(parts) < 3 or any(not p.isalpha() or p[:1].isupper() for p in parts[1:]):
        return ""
    return "".join(p[0] for p in parts).upper()


def named_bare(item: Item, name: str, gaz: Gazetteer, owners: dict[str, set[str]]) -> str:
    """The ISO3 code of the state whose body the organization is, when news names it without
    its state ("Генеральная прокуратура" of "… Эстонии") and annotators never linked that
    bare name to anything else (a bare "МИД" is linked to the ministry of no state as often
    as to one state's): the linker then takes the bare name for this body in a text about
    that state. "" otherwise."""
    found = _state_tail(name, gaz)
    if found is None:
        return ""
    state, bodies = found
    bodies = [b for b in bodies if b != initials(bodies[0])]  # news writes those with the state
    said = {tuple(_lemma(w) for w in f.split()) for f in item.forms}
    if not any(tuple(_lemma(w) for w in b.split()) in said for b in bodies):
        return ""
    return state.iso3 if all(_unshared(b, item.qid, owners) for b in bodies) else ""


# -- the whole table ----------------------------------------------------------------------


Rows = list[list[str]]


def build(items: Iterable[Item], gaz: Gazetteer) -> tuple[Rows, Rows, dict[str, str]]:
    """(person rows, org rows, {curated key: QID}) for the generated and curated files."""
    items = list(items)
    owners = _owners(items)
    mixed = _mixed(items)
    items = [i for i in items if i.qid not in mixed]
    curated = {p.wikidata for p in gaz.persons if p.wikidata} | {
        o.wikidata for o in gaz.orgs if o.wikidata
    }
    fills: dict[str, str] = {}
    persons = _persons([i for i in items if i.qid not in curated], gaz, owners, fills)
    people = {i.qid for i in items if i.type == "PERSON"}  # never an organization's QID
    others = people | _facilities(items)
    orgs = _orgs([i for i in items if i.qid not in others], curated, gaz, owners, fills)
    return sorted(persons, key=_order), sorted(orgs, key=_order), fills


def _owners(items: list[Item]) -> dict[str, set[str]]:
    """A text form → every QID it was linked to (but slips of an item's own name)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for item in items:
        for form in item.forms:
            if not _slip_of_item(item, form):
                owners[normalize(form)].add(item.qid)
    return owners


def curated_abbreviations(
    items: Iterable[Item], gaz: Gazetteer, fills: dict[str, str]
) -> dict[str, list[str]]:
    """{curated org key: abbreviations the source gives its item that the row lacks}: a
    curated row keeps its name, but "ЕР" of "Единая Россия" is news' name for it as much as a
    generated row's abbreviation is; only those of three letters or more that no other item
    or gazetteer name uses."""
    items = list(items)
    owners = _owners(items)
    taken = _gazetteer_names(gaz)
    by_qid = {i.qid: i for i in items if i.type in ORG_TYPES}
    out: dict[str, list[str]] = {}
    for entry in gaz.orgs:
        item = by_qid.get(entry.wikidata or fills.get(entry.key, ""))
        if item is None:
            continue
        new = [
            a
            for a in abbreviations(item, entry.name)
            if _ABBREVIATION.fullmatch(a)  # two capitals ("СФ") name many bodies
            and normalize(a) not in taken
            and _unshared(a, item.qid, owners)
        ]
        if new:
            out[entry.key] = new
    return out


def _slip_of_item(item: Item, form: str) -> bool:
    """A full name linked as a person to an item whose label is a place or an ordinary word
    that the name does not contain ("Ирина Яровая" to the village "Яровое", "Нил Басу" to
    "Нил"): the annotator picked the wrong item, which takes the name from no one."""
    label = item.canonical
    return (
        item.type == "PERSON"
        and len(form.split()) > 1
        and len(label.split()) == 1
        and place_or_word(label)
        and not any(form_of(w, label) for w in form.split())
    )


def _mixed(items: list[Item]) -> set[str]:
    """QIDs annotated on a person and on something of another name ("кабинет министров" on
    a prime minister), or on persons of different names: a slip on one side at least, so
    the table confirms neither. A span of another kind under the person's own name
    ("администрации Билла Клинтона", an age, a title) is a slip of the span, not of the
    item: the person keeps it."""
    kinds: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for item in items:
        kinds[item.qid].add((item.type, item.canonical))
    out = set()
    for qid, seen in kinds.items():
        if "PERSON" in {t for t, _ in seen} and len({c for _, c in seen}) > 1:
            out.add(qid)
    return out


def _facilities(items: list[Item]) -> set[str]:
    """QIDs annotated as a FACILITY in more documents than as an ORGANIZATION: a station or
    a fortress ("МКС", "Московский Кремль"), its organization tag a slip, so no organization
    row; an organization tagged once as its building keeps its row."""
    docs: Counter[tuple[str, str]] = Counter()
    for item in items:
        docs[item.qid, item.type] += item.docs
    orgs = {q: sum(docs[q, t] for t in ORG_TYPES) for q, _ in docs}
    return {q for (q, t), n in docs.items() if t == "FACILITY" and n > orgs[q]}


def _unshared(name: str, qid: str, owners: dict[str, set[str]]) -> bool:
    """No annotator linked this name to another item ("МИД" to a company "Мид")."""
    return owners.get(normalize(name), {qid}) == {qid}


def _persons(
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
        if not _unshared(f"{given} {surname}", item.qid, owners):
            continue
        name = f"{given} {surname}"
        aliases = [a for a in person_aliases(item, name) if _unshared(a, item.qid, owners)]
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
            or not _unshared(name, item.qid, owners)
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
        if fold(name) in curated or not _unshared(name, item.qid, owners):
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
            if len(named) == 1 and _unshared(form, item.qid, owners):
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
                    _inflected(form, name) and _unshared(form, item.qid, owners)
                    for form in item.forms
                )
            ):
                claims[p.key].add(item.qid)


def _inflected(form: str, name: str) -> bool:
    """`form` is `name` in some case, word by word and each part of a hyphenated word
    ("Буша-младшего" of "Буш-младший": "младший" by its lemma)."""
    written, words = re.split(r"[\s-]+", form), re.split(r"[\s-]+", name)
    return len(written) == len(words) and all(
        form_of(w, n) or _lemma(w) == _lemma(n) for w, n in zip(written, words, strict=True)
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
        and all(_unshared(f, item.qid, owners) for f in alone)
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


def _orgs(
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
                item, functools.partial(_unshared, qid=item.qid, owners=owners), heads
            )
            or with_state(item, gaz)
            or national_team(item, gaz)
        )
        # A one-word name pymorphy does not know ("Челси") passes `org_name`, but where
        # annotators also linked it to a person or place, only quotes tell it apart.
        if name and not (quoted_only(item) and not _unshared(name, item.qid, owners)):
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
            _unshared(name, item.qid, rivals) or _own_label(item, name, rivals, (labels, docs))
        ):
            continue
        own = org_aliases(item, name)
        own += [v for n in (name, *own) for v in plain_latin(n) if v not in own and v != name]
        others = abbreviations(item, name) + own + short_names(item, name, gaz)
        others += contractions(item, name)
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
            {a for a in others if _unshared(a, item.qid, owners)}
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
            if seat and "loct" not in _MORPH.parse(form.split()[-1])[0].tag:
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
    found = _state_tail(name, gaz)
    return found[0].iso3 if found else ""


def seat_noun_names(item: Item, name: str, seats: dict[str, set[str]]) -> list[str]:
    """The names news gives the body by its seat and its own noun, where annotators wrote the
    seat's adjective before the noun, lower case ("кремлёвская администрация" of
    "Администрация президента России", seated in the Kremlin): that name, and the noun with
    the seat in the genitive after it ("Администрация Кремля"), news' other way of saying
    it; from a seat that names this body alone."""
    seated = {_lemma(seat).rstrip("ь"): seat for seat in seat_names(item, seats) if " " not in seat}
    noun = _lemma(name.split()[0])
    out = set()
    for form in item.forms:
        words = form.split()
        if len(words) == 2 and form.islower() and _lemma(words[1]) == noun:
            adjective = _MORPH.parse(words[0])[0]
            stem = next((s for s in seated if adjective.normal_form.startswith(s)), None)
            if adjective.tag.POS == "ADJF" and stem is not None:
                said = _MORPH.nominative_phrase(words)
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
    return all(not _same_org_name(form, labels.get(q, "") or form) for q in rivals)


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


def _order(row: list[str]) -> tuple[str, str]:
    return normalize(row[2]), row[1]


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


# -- writing ------------------------------------------------------------------------------


HEADERS = {
    "person": "# kind\tkey\tname\tfirst\tpatronymic\tlast\tname_en\twikidata\tterms\taliases",
    "org": "# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind",
}


def write(path: Path, kind: str, rows: list[list[str]]) -> None:
    head = (f"# Generated by kg/data/build_links.py from the NEREL Wikidata links table; "
            f"do not edit by hand (see README.md).\n{HEADERS[kind]}\n")  # fmt: skip
    path.write_text(head + "".join("\t".join(r).rstrip("\t") + "\n" for r in rows), "utf-8")


def fill_qids(path: Path, fills: dict[str, str]) -> int:
    """Writes confirmed QIDs into a curated file's empty wikidata cells; keys are kept."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    entries = {e.key: e for e in read_file(path)}
    layout = {"person": 7, "org": 5}  # column of wikidata, counting the kind
    done = 0
    out = []
    for line in lines:
        cells = line.rstrip("\n").split("\t")
        if cells[0] in layout and not line.startswith("#"):
            key = _key_of(cells, entries)
            if key in fills:
                cells += [""] * (layout[cells[0]] + 1 - len(cells))
                cells[1], cells[layout[cells[0]]] = key, fills[key]
                line = "\t".join(cells) + "\n"
                done += 1
        out.append(line)
    path.write_text("".join(out), encoding="utf-8")
    return done


def fill_abbreviations(path: Path, extra: dict[str, list[str]]) -> int:
    """Appends the source's abbreviations (`curated_abbreviations`) to curated org rows."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    entries = {e.key: e for e in read_file(path)}
    done = 0
    out = []
    for line in lines:
        cells = line.rstrip("\n").split("\t")
        key = _key_of(cells, entries) if cells[0] == "org" else ""
        if key in extra:
            cells[3] = "|".join([*filter(None, cells[3].split("|")), *extra[key]])
            line = "\t".join(cells) + "\n"
            done += 1
        out.append(line)
    path.write_text("".join(out), encoding="utf-8")
    return done


def _key_of(cells: list[str], entries: dict) -> str:
    if cells[1]:
        return cells[1]
    name = cells[2]
    return next((k for k, e in entries.items() if e.name == name), "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="the NEREL links table (default: found)")
    parser.add_argument("--out", type=Path, default=HERE, help="where to write (a dry run)")
    args = parser.parse_args()
    source = args.source or shared("sources", "nerel_wikidata_links.tsv")
    curated = Gazetteer(
        e
        for f in ("states.tsv", "persons.tsv", "orgs.tsv", "cities.tsv")
        for e in read_file(HERE / f)
    )
    items = read_table(source)
    persons, orgs, fills = build(items, curated)
    extra = curated_abbreviations(items, curated, fills)
    args.out.mkdir(parents=True, exist_ok=True)
    write(args.out / "persons_nerel.tsv", "person", persons)
    write(args.out / "orgs_nerel.tsv", "org", orgs)
    filled = 0
    for name in ("persons.tsv", "orgs.tsv"):
        if args.out.resolve() != HERE.resolve():
            (args.out / name).write_text((HERE / name).read_text("utf-8"), "utf-8")
        filled += fill_qids(args.out / name, fills)
    added = fill_abbreviations(args.out / "orgs.tsv", extra)
    print(
        f"{len(persons)} persons, {len(orgs)} organizations; {filled} curated QIDs filled, "
        f"{added} curated organizations' abbreviations added"
    )


if __name__ == "__main__":
    main()
