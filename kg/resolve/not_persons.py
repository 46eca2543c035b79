"""Pieces natasha reads as persons that name something else: a brand or a thing named
after someone, a family, a form of address, a capital or city, a people (demonym), a body
of a firm listed with a founder's name.

`person_mentions` drops a piece when one of these says so; the questions live here, apart
from the finding and cutting of the spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg.doc_text import doc_text
from kg.gazetteer import Gazetteer, capitals, normalize
from kg.lexicon import load_groups
from kg.nlp.morph import NAME_TAGS, Parse, case_of, features, morph
from kg.nlp.seats import GOING, VISITING
from kg.resolve.body_states import body_word
from kg.resolve.kin_and_ranks import ROYAL_RANKS
from kg.resolve.name_forms import fold, form_of, one_name
from kg.resolve.name_lexicons import common_word, is_first_name
from kg.resolve.names import NameParts
from kg.resolve.org_naming import ORG_NOUNS, WORDS
from kg.resolve.other_names import MAIDEN_MARKERS
from kg.resolve.place_kinds import kind_of_place
from kg.resolve.title_lexicon import CITY_POSTS, Title, is_office, title_lemma, titled_person
from kg.resolve.title_words import place_word
from kg.tablecache import MORPHOLOGY, cached, sources, versions

# Nouns a name after which is a make, not a person ("марки Беретта"); not "модель", a
# person's trade ("модель Наоми Кэмпбелл").
_BRAND_NOUNS = frozenset(["марка", "бренд"])

# Nouns for goods: a name right after one, written as a nominative, is the product's ("по продукту
# Чикен филе"); an owner's genitive ("продукт Гомеса") is a person's.
_PRODUCT_NOUNS = frozenset(["продукт", "товар"])


# An organization's span label (its gazetteer kind, "ORG" where unknown) that may be a firm a
# founder's name is listed with: no union, state body, parliament, party or central bank.
_FIRM_KINDS = frozenset(["Company", "MediaOutlet", "QuotedName", "ORG"])


# Nouns a surname in the plural after which is a family ("семья Хантсменов", "чета Обам").
_FAMILY_NOUNS = frozenset(["семья", "семейство", "чета", "клан", "династия"])


# ... and kin in the plural ("супруги Обама", "братья Кличко"), by form: the tagger reads
# "Супруги" as a genitive singular.
_KIN_PLURALS = frozenset(["супруги", "братья", "сестры", "сёстры"])


def body_named_again(piece: Span, orgs: list[Span], spans: list[Span]) -> bool:
    """One word that is, in some case, the one-word name of a body the document names
    ("гендиректор «Борвита» … акций Борвита"): the body again, unquoted; not where the text
    also names a person of that surname in full ("«Борвита» … Иван Борвит … Борвит").
    Public: like the other checks here, `persons` drops a name the tagger read that it finds
    (`tests/test_person_names.py`)."""
    if len(piece) != 1:
        return False
    word = piece[0].text
    body = any(len(o) == 1 and one_name(o[0].text, word) for o in orgs)
    return body and not any(len(s) > 1 and one_name(s[-1].text, word) for s in spans)


def listed_with_firms(piece: Span, orgs: list[Span], spans: list[Span], gaz: Gazetteer) -> bool:
    """One word coordinated only with firms or brands ("Пежо и Рено снизили цены",
    "Аэрофлот и Рено подписали"): a company named like its founder, no person. A firm is an
    organization the document names that is no union, state body, parliament or party (by
    its gazetteer kind, or a body's word: "Евросоюз и Лукашенко", "Минобороны и Шойгу"), or
    a capitalised word no name or place of the text takes in ("Пежо"); a list with a person
    in it is one of persons ("Шольц и Рено"), and so is a surname the gazetteer knows a
    person by that the dictionary reads as no thing ("Газпром и Миллер"; "Рено" is a car)."""
    if len(piece) != 1 or not (partners := piece[0].conjuncts):
        return False
    if _known_surname(piece[0], gaz):
        return False
    in_org = {i: o for o in orgs for i in range(o.start, o.end)}
    in_name = {i for s in spans for i in range(s.start, s.end)}

    def firm(t: Token) -> bool:
        if (org := in_org.get(t.i)) is not None:
            return org.label_ in _FIRM_KINDS and not body_word(org[0].text)
        return (
            t.text[:1].isupper()
            and t.pos_ == "PROPN"
            and not t.ent_type_
            and t.i not in in_name
            and not is_first_name(t.text)
        )

    return all(firm(t) for t in partners)


def _known_surname(t: Token, gaz: Gazetteer) -> bool:
    """A word the gazetteer knows as a person's surname and the dictionary reads as no
    inanimate common noun in the singular (`inanimate_thing`): "Миллер", "Путин" (no "путина" of
    "путь") are ones, "Рено" (a car, besides Janet Reno) is not."""
    if not gaz.persons_by_surname(t.text) and not gaz.persons_by_surname(t.lemma_):
        return False
    return not any(inanimate_thing(p) for p in morph().parse(t.text))


def capital_alone(piece: Span, gaz: Gazetteer) -> bool:
    """A one-word name that is a state's capital: as written ("посетите Ханой", though
    "Ханой" is also a case of the name "Хана"), or in another case where no first name
    reads so ("Лиму"); or a capital or city of the gazetteer in the accusative a trip goes
    to (`_place_in_accusative`); never a first name in the nominative ("Виктория" is a
    woman as well as the Seychelles' capital)."""
    if len(piece) != 1:
        return False
    word, table = piece[0].text, capitals(gaz)
    if first_name_as_written(word) or titled_person(piece[0]):
        return False  # "Министр Сана заявил": a person's name after an office
    named = any("Name" in p.tag and p.is_known for p in morph().parse(word))
    return (
        normalize(word) in table
        or (not named and normalize(piece[0].lemma_) in table)
        or _place_in_accusative(piece[0], gaz)
    )


def _place_alone(
    piece: Span, places: list[tuple[int, str]], gaz: Gazetteer, full: set[int]
) -> bool:
    """One word that the document writes elsewhere, in some form, as a place natasha reads
    alone (`places`: "в стамбульском районе Фатих" and the caption "Фатих на карте
    Стамбула"; "в Лексингтоне и Конкорде" twice, one read a person), or that names a city of
    the gazetteer after a preposition ("при Лексингтоне и Конкорде") or as what a verb of
    visiting takes (`_visited`: "посетил Энтеббе"): the place, no person. Not a person's
    name after a title, a surname the gazetteer knows, nor one the text writes in a name of
    more words (`full`: "Мисао Окава … Окава"). A word no gazetteer knows is a place only as
    the object of a trip's verb (`GOING`: "посетит Джинджу"), not of one that may take a
    person ("окружили Стубба"), and not in "-а"/"-я", the accusative of a man's name
    ("посетил Стубба в больнице"; fifty-ninth pass, h-events192)."""
    if len(piece) != 1:
        return False
    t = piece[0]
    if titled_person(t) or _known_surname(t, gaz) or _in_a_full_name(t, full):
        return False
    if any(i != t.i and one_name(place, t.text) for i, place in places):
        return True  # a first name too ("Фатих"), alone it names no one here
    if first_name_as_written(t.text):
        return False
    if city_form(t, gaz):
        return _after_preposition(t) or _visited(t, VISITING)
    # "посетит Джинджу", not "посетил Стубба": a man's accusative in "-а"/"-я", no town's
    return _visited(t, GOING) and not normalize(t.text).endswith(("а", "я"))


def city_form(t: Token, gaz: Gazetteer) -> bool:
    """`t` is a case of the name of a city of the gazetteer ("Конкорде" of "Конкорд"), or of
    a spelling its table lists ("Энтеббе", the table's "Ентеббе"). Public: `name_trims` cuts
    such a city, a title before governing it, off the name natasha took it into ("мэра Тарту
    Яна Кусе")."""
    low = normalize(t.text)
    stems = {low, normalize(t.lemma_), low[:-1], low[:-2], low[:-1] + "а", low[:-1] + "я"}
    return any(
        (city := gaz.city(stem)) is not None
        and any(form_of(t.text, name) for name in (city.name, *city.forms))
        for stem in stems
        if len(stem) > 2
    )


def _visited(t: Token, verbs: frozenset[str]) -> bool:
    """`t`, or the first of the words it is joined to, is what one of `verbs` takes
    (`VISITING`: "посетил Энтеббе", "посетил Мбарару"; `GOING`, a trip's verbs, for a word
    no gazetteer knows: "посетит Джинджу"), where the dictionary knows it as no person's
    name ("посетил Пушкина"): a place, though natasha may tag it a person. A word joined to
    the verb itself is its object left out of a clause of its own ("посетит Джинджу, а затем
    Кампалу")."""
    first = _first_joined(t)
    named = any(p.is_known and NAME_TAGS & p.tag.grammemes for p in morph().parse(t.text))
    taken = first.dep_ == "obj" and first.head.lemma_ in verbs
    return (taken or first != t and first.lemma_ in verbs) and not named


def _first_joined(t: Token) -> Token:
    """The first of the words `t` is joined to by "и", "а" or a comma: `t` where it is none."""
    first = t
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first


def _after_preposition(t: Token) -> bool:
    """`t`, or the first of the words it is joined to, has a preposition ("в Лексингтоне и
    Конкорде")."""
    first = _first_joined(t)
    return any(c.dep_ == "case" for c in (*t.children, *first.children))


def _place_in_accusative(t: Token, gaz: Gazetteer) -> bool:
    """A word in "-у"/"-ю" whose "-а"/"-я" form names a capital or a city of the gazetteer,
    where a trip goes (a verb's object, or after "в"/"на", or joined to such a place): the
    dictionary lacks it and guesses an undeclined man's name ("посетил Абуджу", "прибыл в
    Кампалу", "посетил Ниамей, а затем Абуджу", "…, а 15 мая посетил Кампалу"), which is the
    place's accusative."""
    low = normalize(t.text)
    if not low.endswith(("у", "ю")):
        return False
    first = _first_joined(t)
    # the parser may make it the subject of a later clause's verb whose subject is left
    # out ("…, а 15 мая посетил Кампалу"): a "-у" form is no nominative there either
    goes = (first.dep_ in ("obj", "nsubj") and first.head.pos_ == "VERB") or _visited(t, VISITING)
    goes = goes or any(
        c.dep_ == "case" and c.lower_ in ("в", "во", "на") for c in (*t.children, *first.children)
    )
    form = low[:-1] + ("а" if low.endswith("у") else "я")
    return goes and (form in capitals(gaz) or gaz.city(form) is not None)


def first_name_as_written(word: str) -> bool:
    """A first name in its nominative ("Виктория", "Сантьяго"), which a capital's name may
    also be; not another case of one ("Ханой" of "Хана")."""
    return any(
        "Name" in p.tag and p.is_known and "nomn" in p.tag and p.normal_form == word.lower()
        for p in morph().parse(word)
    )


def brand_name(piece: Span) -> bool:
    """A name right after a word for a brand ("марка Шанель") or for goods, written as a
    nominative ("по продукту Чикен филе"; the tagger may read a genitive), or in apposition
    to a kind of organization in its case ("Газета Кларин сообщает", "в журнале Форбс"), or
    ending in such a kind ("Хансен-банк"): the brand's, the firm's or the outlet's name, no
    person's. Not an owner in the genitive ("сайт Навального"). Public: `persons` drops a
    name the tagger read that it finds."""
    last = piece[-1].text.rsplit("-", 1)
    if len(last) == 2 and morph().lemma(last[1].lower()) in ORG_NOUNS:
        return True  # "клиенты Хансен-банка": a firm named after its founder
    before = piece.doc[piece.start - 1] if piece.start else None
    if before is None:
        return False
    if before.lemma_ in _BRAND_NOUNS or batch(before):
        return True
    if before.lemma_ in _PRODUCT_NOUNS and any(
        "nomn" in p.tag for p in morph().parse(piece[-1].text)
    ):
        return True  # "директора по продукту Чикен филе", not "продукт Гомеса"
    case = case_of(before)
    return (
        before.lemma_ in ORG_NOUNS
        and case not in ("", "Gen")
        and case_of(piece.root) == case
        and piece.root.head.i == before.i
    )


# What a noun of nationality adds to its state's stem ("канад|ец", "эстон|ка", "армян|ин",
# "египт|янин", "француз"), longest first.
_DEMONYM_ENDS = ("янин", "янка", "анин", "анка", "ец", "ка", "ин", "")


# The parse tags of a name: a word with one of them may be a surname ("Грек").
_NAME_TAGS = frozenset(["Name", "Surn", "Patr"])


def place_or_people(
    piece: Span, parts: NameParts, places: list[tuple[int, str]], gaz: Gazetteer, full: set[int]
) -> bool:
    """A word alone that names a place ("в Лексингтоне и Конкорде", `_place_alone`) or a
    state's people ("Канадца задержали", `_demonym`), no person."""
    if parts.initials:
        return False
    return _place_alone(piece, places, gaz, full) or (
        not parts.first and _demonym(piece, gaz, full)
    )


def _demonym(piece: Span, gaz: Gazetteer, full: set[int]) -> bool:
    """One word that the dictionary knows only as a common animate noun for a state's
    people ("Канадца задержали", "Эстонку допросили"), by its stem, the stem of the
    state's adjective ("канадский", "египетский"): a man or woman of a nation, no one
    named. Not where the text writes it in a name of more words (`full`: "Иван Немец …
    Немца"): a surname then."""
    if len(piece) != 1:
        return False
    t = piece[0]
    return demonym_of(t.text, _demonym_stems(gaz)) and not _in_a_full_name(t, full)


def people_noun(word: str, gaz: Gazetteer) -> bool:
    """A common noun for a state's people ("Чилиец", "Эстонка", `demonym_of`), made from one
    of the gazetteer's states' adjectives."""
    return demonym_of(word, _demonym_stems(gaz))


def people_state(word: str, gaz: Gazetteer) -> str:
    """The state a noun for its people names ("американцев": the USA, "белорусов":
    Belarus), `people_noun`'s; "" for any other word and for a stem of two states."""
    if not people_noun(word, gaz):
        return ""
    stems = people_stem_states(gaz)
    found = {
        stems[nf[: len(nf) - len(end)]]
        for nf in {p.normal_form for p in morph().parse(word) if p.is_known}
        for end in _DEMONYM_ENDS
        if nf.endswith(end) and nf[: len(nf) - len(end)] in stems
    }
    return found.pop() if len(found) == 1 else ""


@cache
def people_stem_states(gaz: Gazetteer) -> dict[str, str]:
    """Each stem a people's noun is made from → its state's key, for stems of one state of
    today (not of a historic one)."""
    owners: dict[str, set[str]] = {}
    for state in gaz.states:
        if not state.historic:
            for stem in demonym_stems_of(state.adjectives):
                owners.setdefault(stem, set()).add(state.key)
    return {stem: keys.pop() for stem, keys in owners.items() if len(keys) == 1}


def _in_a_full_name(t: Token, full: set[int]) -> bool:
    """The document writes `t`'s word, in some form, elsewhere in a name of more words
    (`full`: their tokens)."""
    return any(i != t.i and one_name(t.doc[i].text, t.text) for i in full)


@cache
def _demonym_stems(gaz: Gazetteer) -> frozenset[str]:
    """The stems of the states' adjectives a noun for their people is made from
    ("канадский" → "канад", "чилийский" → "чили", "египетский" → "египт", "немецкий" →
    "немец"), with a fleeting "е" and a soft sign dropped as the noun drops them."""
    return frozenset(s for state in gaz.states for s in demonym_stems_of(state.adjectives))


def demonym_stems_of(adjectives: Iterable[str]) -> set[str]:
    """The stems of one state's adjectives its people's nouns are made from (`_demonym_stems`)."""
    out = set()
    for adjective in adjectives:
        a = fold(adjective)
        if a.endswith("цкий"):
            out.add(a[: -len("кий")])
        if not a.endswith("ский"):
            continue
        stem = a[: -len("ский")]
        out |= {stem, stem.removesuffix("й"), stem.removesuffix("ь")}
        if len(stem) > 3 and stem[-2] == "е":
            out.add(stem[:-2] + stem[-1])
    return {s for s in out if len(s) > 2}


def demonym_of(word: str, stems: set[str] | frozenset[str]) -> bool:
    """Whether every known reading of a word is an animate common noun for the people of a
    state whose adjectives' `stems` (`demonym_stems_of`) it is made from ("чилийка",
    "канадцу"); a name's reading rules it out."""
    known = [p for p in morph().parse(word) if p.is_known]
    if not known or any(_NAME_TAGS & p.tag.grammemes for p in known):
        return False
    if not all(p.tag.POS == "NOUN" and "anim" in p.tag for p in known):
        return False
    return any(
        p.normal_form.endswith(end) and p.normal_form[: len(p.normal_form) - len(end)] in stems
        for p in known
        for end in _DEMONYM_ENDS
    )


def batch(noun: Token) -> bool:
    """A noun of a batch of goods (group `batch`: "партия") that is the object of a verb of
    goods moved or held (group `shipped`: "задержала партию Рено"; a passive's subject), the
    subject of one of arriving or qualified by an adjective of a batch's order (group
    `arrived`: "прибыла партия Пежо", "очередная партия Шкоды"): the name after it is the
    goods' make, no person's. Not a party named by its leader ("Партия Макрона победила",
    "Партия Кастильо отправила делегацию", "лидер партии Кастильо")."""
    if noun.lemma_ not in WORDS["batch"]:
        return False
    head = noun.head.lemma_
    if noun.dep_ in ("obj", "nsubj:pass") and head in WORDS["shipped"]:
        return True
    if noun.dep_ == "nsubj" and head in WORDS["arrived"]:
        return True
    return any(c.dep_ == "amod" and c.lemma_ in WORDS["arrived"] for c in noun.children)


# Nouns for a thing raised to someone, whose dative names whom ("памятник Кобзарю").
_DEDICATION_NOUNS = frozenset(["памятник", "монумент", "мемориал", "обелиск", "бюст", "стела"])


def dedicated_epithet(piece: Span) -> bool:
    """One word in the dative after a monument's noun that the dictionary knows only as a
    common word ("Памятник Кобзарю", "памятник Пограничнику"): an epithet or a figure the
    monument stands for, no name; a surname or first name stays one ("памятник Пушкину")."""
    if len(piece) != 1 or not piece.start:
        return False
    before, t = piece.doc[piece.start - 1], piece[0]
    if before.lemma_ not in _DEDICATION_NOUNS:
        return False
    known = [p for p in morph().parse(t.text) if p.is_known]
    return (
        bool(known)
        and common_word(t.text)
        and all(p.tag.POS == "NOUN" and "datv" in p.tag for p in known)
    )


def abbreviation_joined(piece: Span) -> bool:
    """A word joined by hyphens of a part in capitals and a part that is not
    ("ИТАР-ТАСС-Урал", "РИА-Урал"): an agency's or a body's name with its region, no
    person's (a name in capitals is so throughout: "ЖАН-ПЬЕР")."""
    for t in piece:
        parts = [p for p in t.text.split("-") if p.isalpha()]
        caps = [p for p in parts if len(p) > 1 and p.isupper()]
        if len(parts) > 1 and caps and len(caps) < len(parts):
            return True
    return False


def unit_of_body(piece: Span, orgs: list[Span], gaz: Gazetteer) -> bool:
    """One word the dictionary does not know, right before an organization's name in the
    genitive ("Вирлаб Лаборатории Касперского"): a unit of that body named, no person; not
    a surname the gazetteer knows."""
    if len(piece) != 1 or piece.end >= len(piece.doc):
        return False
    t = piece[0]
    if any(p.is_known for p in morph().parse(t.text)) or _known_surname(t, gaz):
        return False
    org = next((o for o in orgs if o.start == piece.end), None)
    return org is not None and case_of(org[0]) == "Gen"


def address_form(piece: Span) -> bool:
    """A pronoun, every reading of it one, then abstract nouns ("Ее Величество", "Его
    Святейшество", "Ваше Превосходительство"): a form of address standing for a monarch or
    a pope, whom it does not name. Not a name whose first syllable reads as a pronoun ("Оно
    Таро", "Та Ван Тхонг")."""
    parses = morph().parse(piece[0].text)
    pronoun = bool(parses) and all(p.tag.POS == "NPRO" or "Apro" in p.tag for p in parses)
    return pronoun and len(piece) > 1 and all(_abstract_noun(t.text) for t in piece[1:])


# Ranks of nobility a land's adjective follows as the title's own ("граф Парижский"), besides
# the monarchs' family's.
_NOBLE_RANKS = frozenset(["граф", "графиня", "маркиз", "маркиза", "барон", "баронесса"])
# Nouns of a saint's or a monk's way of life that a place's adjective follows as the saint's
# epithet ("пустынник Чикойский", "чудотворец Ростовский"; names90).
_SAINT_NOUNS = frozenset(
    ["пустынник", "пустынница", "чудотворец", "затворник", "затворница", "отшельник",
     "отшельница", "столпник", "юродивый", "страстотерпец", "мученик", "мученица"]
)  # fmt: skip


def land_title(piece: Span) -> bool:
    """One adjective of a land right after a royal or noble rank ("принц Уэльский", "герцогиня
    Йоркская", "принца Астурийского", "герцогини Кембриджских") or a saint's way of life
    ("пустынника Чикойского"): the title's territorial part or the saint's epithet, not a
    surname. Not a word the dictionary knows as a surname ("князь Оболенский",
    "княгиня Волконская"), nor a name of more words."""
    if len(piece) != 1 or piece.start == 0:
        return False
    rank = piece.doc[piece.start - 1]
    ranks = ROYAL_RANKS | _NOBLE_RANKS | _SAINT_NOUNS
    if not {rank.lower_, rank.lemma_.lower().replace("ё", "е")} & ranks:
        return False
    parses = morph().parse(piece[0].text)
    if not parses or parses[0].tag.POS != "ADJF":
        return False
    return not any("Surn" in p.tag and p.is_known for p in parses)


def _abstract_noun(word: str) -> bool:
    """A word the dictionary knows only as an inanimate noun in "-ство" or "-ость"
    ("Величество", "Светлость")."""
    parses = [p for p in morph().parse(word) if p.is_known]
    return bool(parses) and all(
        p.tag.POS == "NOUN" and "inan" in p.tag and p.normal_form.endswith(("ство", "ость"))
        for p in parses
    )


def names_a_family(piece: Span) -> bool:
    """A surname alone in the plural after a word for a family ("семья Хантсменов"), after
    kin in the plural ("супруги Обама"), or as the subject of a plural verb ("Кирхнеры
    правили": the tagger's number, with an ending no one person's surname has in the
    nominative): a family, no one person. Not "семья Манделы" (his family) nor "Обамы", a
    genitive the tagger may misread, which no verb agrees with. Public: `persons` drops a
    surname alone that it finds."""
    last = piece[-1]
    before = piece.doc[piece.start - 1] if piece.start else None
    if before is not None and before.lower_ in _KIN_PLURALS:
        # "Супруги Обама прибыли", not "подруга супруги Джигарханяна" (his wife's): the
        # tagger reads both as a genitive singular; the plural verb tells them apart.
        return any(_plural_subject(t) for t in (before, last))
    if before is not None and before.lemma_ in _FAMILY_NOUNS:
        return "Plur" in features(last, "Number")  # not "семья Манделы": his family
    plural = "Plur" in features(last, "Number") and last.lower_.endswith("ы")
    return plural and _plural_subject(last) and case_of(last) == "Nom"


# Endings of a surname in a consonant that only its plural bears (no "-ов", which makes a
# surname of its own: "Хасан" and "Хасанов"), after a hard consonant and after a soft sign.
_PLURAL_HARD = ("ами", "ам", "ах")
_PLURAL_SOFT = ("ями", "ям", "ях", "ей")
# ... and the singular forms a full name may write it in.
_SINGULAR_HARD = ("", "а", "у", "ом", "е")
_SINGULAR_SOFT = ("ь", "я", "ю", "ем", "е")


def family_of_named(piece: Span, spans: list[Span]) -> bool:
    """One word that is the plural of a surname in a consonant the text writes in a full
    name, in any case ("Скрипалей" beside "Сергея Скрипаля", "к Шольцам" beside "Олаф
    Шольц"): the family, no one of them. Not the surname in a singular case ("Скрипаля")."""
    if len(piece) != 1:
        return False
    word = fold(piece[0].text)
    lasts = {fold(s[-1].text) for s in spans if len(s) > 1 and not s.start <= piece.start < s.end}
    for ends, singular in ((_PLURAL_SOFT, _SINGULAR_SOFT), (_PLURAL_HARD, _SINGULAR_HARD)):
        for end in ends:
            stem = word.removesuffix(end)
            if stem != word and len(stem) >= 3 and any(stem + e in lasts for e in singular):
                return True
    return False


def _plural_subject(t: Token) -> bool:
    return t.dep_ == "nsubj" and "Plur" in t.head.morph.get("Number")


def inanimate_thing(parse) -> bool:  # noqa: ANN001 - a pymorphy3 Parse
    """A common inanimate noun in the singular ("Реала", "Кубик"): a club or a thing, not a
    name. A plural genitive is not one: "Токаев", "Песков" read as "токай", "песок".
    Public: the readers of a name's word in `persons`, `name_trims` and `missed_names` tell a
    thing from a name alike."""
    tag = parse.tag
    return tag.POS == "NOUN" and "inan" in tag and "sing" in tag and not NAME_TAGS & tag.grammemes


# Parts of speech no name is read as: a verb's forms and the function words.
_NO_NAME_POS = frozenset(["VERB", "INFN", "PREP", "CONJ", "PRCL", "INTJ", "ADVB", "PRED"])


def _no_name_parses(word: str) -> list[Parse]:
    """The dictionary's readings of a word other than an abbreviation's ("ПО" of "По")."""
    return [p for p in morph().parse(word) if p.is_known and "Abbr" not in p.tag]


def function_or_verb(piece: Span) -> bool:
    """Words that name no one: every word known to the dictionary only as a verb, an
    interjection or a function word, one of them a verb's past plural of five letters or
    more ("… в узком кругу Передумали": an unpunctuated tweet's capitalised word; not a
    present's form, which a surname's case may share: "с Милеем"),
    or a word alone the dictionary reads first as a preposition that opens a sentence before
    a word in lower case that is no verb ("По неподтвержденной информации"). A name's
    syllable ("Хо Ши Мин", "По стал") stays: a short one is no finite verb, and a verb
    follows the name that is a subject. A one-letter function word alone, no initial's,
    is none either (`_lone_letter_word`)."""
    readings = [_no_name_parses(t.text) for t in piece]
    if _lone_letter_word(piece, readings[0]):
        return True
    if all(r and all(p.tag.POS in _NO_NAME_POS for p in r) for r in readings) and any(
        len(t.text) >= 5 and any({"VERB", "past", "plur"} <= p.tag.grammemes for p in r)
        for t, r in zip(piece, readings, strict=True)
    ):
        return True
    doc, t = piece.doc, piece[0]
    opens = t.i == 0 or t.is_sent_start or not doc[t.i - 1].text.strip()
    after = doc[t.i + 1] if t.i + 1 < len(doc) else None
    return (
        len(piece) == 1
        and bool(readings[0])
        and readings[0][0].tag.POS == "PREP"  # the dictionary's first reading ("По", not Poe)
        and opens
        and after is not None
        and after.text.isalpha()
        and after.text.islower()
        and not any(p.tag.POS in ("VERB", "PRTS") for p in morph().parse(after.text))
    )


def saint_in_place(piece: Span) -> bool:
    """A name after a capitalised "Святой"/"Святого"/"Св." that itself follows a lower-case
    noun ("в госпитале Святой Марии", "собор Святого Павла"): a saint in the name of a
    building or a place, no person of the document, also where the noun opens the sentence
    ("Госпиталь Святой Марии в Лондоне"); not a saint a verb governs
    ("канонизировал Святого Иоанна")."""
    i = piece.start
    if i < 2:
        return False
    saint, before = piece.doc[i - 1], piece.doc[i - 2]
    if saint.text == ".":  # "Св. Марии"
        if i < 3:
            return False
        saint, before = piece.doc[i - 2], piece.doc[i - 3]
    if not saint.text[:1].isupper() or not (
        saint.text == "Св" or saint.lower_.startswith(("святой", "святого", "святая", "святом"))
    ):
        return False
    if not before.is_alpha:
        return False
    # the noun opens its sentence or line, capitalised there ("Госпиталь Святой Марии (St
    # Mary's Hospital) в Лондоне": a caption)
    opening = before.i == 0 or before.is_sent_start or "\n" in piece.doc[before.i - 1].whitespace_
    if before.text.islower() or (opening and before.text[1:].islower()):
        return any(p.tag.POS == "NOUN" for p in morph().parse(before.lower_))
    # a capitalised common noun, no name, anywhere ("наградил Орденом Святого Андрея": names83)
    readings = morph().parse(before.text)
    return any(p.tag.POS == "NOUN" for p in readings) and not any(
        {"Name", "Surn", "Patr", "Geox", "Orgn"} & p.tag.grammemes for p in readings
    )


# The text right before a maiden name: its marker, past a dash, a colon or a dot.
_MAIDEN_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(MAIDEN_MARKERS) + r")[\s—–:.-]*$", re.I)


def maiden_name(piece: Span, spans: list[Span]) -> bool:
    """A name right after "в девичестве", "до замужества" or "урождённая" (past a dash or a
    colon): the surname the woman named before bore, no person of its own (names80). Not a
    first name and surname right after her name and "(" or "," ("Кая Каллас, в девичестве
    Кая Круус,"): her other name, a mention of her (`other_names`; names92)."""
    doc = piece.doc
    before = doc_text(doc)[max(0, piece.start_char - 40) : piece.start_char]
    found = _MAIDEN_BEFORE.search(before)
    if found is None:
        return False
    opens = piece.start_char - len(before) + found.start()
    start = next((t.i for t in doc[: piece.start] if t.idx >= opens), piece.start)
    if len(piece) < 2 or start < 2 or doc[start - 1].text not in ("(", ","):
        return True
    return not any(s.end == start - 1 for s in spans)


# The opening of another name in brackets: "(", the original script's word, "также:"
# ("горы Эверест (также: Джомолунгма)", "(三浦雄一郎 В источниках также: Ючиро Миура").
_ALSO_OPENING = re.compile(r"\(\s*(?:[^\sА-Яа-яЁё()]+\s*)?(?:в источниках\s+)?также\s*:\s*$", re.I)


def thing_aside(piece: Span, spans: list[Span]) -> bool:
    """A name after "(также:" whose brackets follow a word no person's name holds ("горы
    Эверест (также: Джомолунгма)": natasha's place, a mountain): that thing's other name,
    no person. After a person's name the brackets give that person's other spelling
    ("Тенцинг Норгей (также: Норгей Шерпа)"; names84)."""
    doc = piece.doc
    head = doc_text(doc)[max(0, piece.start_char - 60) : piece.start_char]
    found = _ALSO_OPENING.search(head)
    if found is None:
        return False
    opening = piece.start_char - (len(head) - found.start())
    before = next((t for t in reversed(doc[: piece.start]) if t.idx < opening), None)
    if before is None or not before.text[:1].isupper():
        return False
    return not any(s.start <= before.i < s.end for s in spans if s.start != piece.start)


# Nouns after a thing's noun that name its kind by a name ("турнир типа Сан Луис").
_KIND_WORDS = frozenset(["типа", "вида", "формата", "системы"])


def kind_named(piece: Span) -> bool:
    """A name right after "типа"/"вида"/"формата"/"системы" that follows a noun of a thing
    ("турнир типа Сан Луис"): the name of the kind, no person. Not after a noun of persons
    ("политики типа Иванова", people like him)."""
    doc, i = piece.doc, piece.start - 1
    if i < 1 or doc[i].lower_ not in _KIND_WORDS:
        return False
    nouns = [p for p in morph().parse(doc[i - 1].lower_) if p.tag.POS == "NOUN"]
    return bool(nouns) and all("inan" in p.tag for p in nouns)


# Nouns of a contest, a festival or a programme: what a name joined to one by "и" is a
# like thing ("Синефондасьон и конкурс короткометражных фильмов").
_EVENT_NOUNS = frozenset(
    ["конкурс", "фестиваль", "форум", "выставка", "турнир", "чемпионат", "программа", "премия"]
)


def joined_to_event(piece: Span, words: list[str]) -> bool:
    """One word, no name the dictionary knows nor any other mention repeats, joined by "и"
    to a lower-case noun of a contest or festival ("Синефондасьон и конкурс короткометражных
    фильмов — Кристиан Мунджиу"; "конкурс и Синефондасьон"): a section or event of that
    kind, not a person (names80)."""
    if len(piece) != 1 or is_first_name(piece[0].text):
        return False
    t = piece[0]
    if any(p.is_known for p in morph().parse(t.text)):
        return False
    if sum(one_name(w, t.text) for w in words) > 1:
        return False  # named again: a surname
    doc = t.doc
    pairs = [(t.i + 1, t.i + 2), (t.i - 1, t.i - 2)]
    return any(
        0 <= other < len(doc)
        and doc[conj].lower_ == "и"
        and doc[other].text.islower()
        and doc[other].lemma_.lower() in _EVENT_NOUNS
        for conj, other in pairs
        if 0 <= conj < len(doc)
    )


def _lone_letter_word(piece: Span, readings: list[Parse]) -> bool:
    """A piece of one capital letter, no initial (no point after it), that the dictionary
    reads only as a conjunction, a preposition, a particle or an interjection: an
    unpunctuated quote's "И"/"А" ("… артист И конечно особо отмечу"). A name's syllable
    beside others ("У Тан") is a longer piece."""
    t = piece[0]
    doc = piece.doc
    after = doc[t.i + 1].text if t.i + 1 < len(doc) else ""
    return (
        len(piece) == 1
        and len(t.text) == 1
        and after != "."
        and bool(readings)
        and all(p.tag.POS in ("CONJ", "PREP", "PRCL", "INTJ") for p in readings)
    )


def street_after_na(doc: Doc, i: int) -> bool:
    """A word right after "на" that natasha tags a place, before a name it tags a person
    ("директор цирка на Вавилова Хуан Перес"): the street ("на [улице] Вавилова") an
    establishment stands on, never the first word of the name after it (names83)."""
    return i > 0 and doc[i - 1].lower_ == "на" and doc[i].ent_type_ == "LOC"


# Abbreviated kinds of settlement or street a place's name follows ("в г.Такна", "на ул.
# Ленина", "в пос. Мирный", "в с. Мокрин": a village).
_PLACE_ABBREVIATIONS = frozenset(
    ["г", "гор", "ул", "пос", "пгт", "дер", "просп", "пр-т", "пл", "наб", "пер", "бул", "ш", "с"]
)


def after_place_abbreviation(piece: Span) -> bool:
    """A name right after a lower-case abbreviation of a town, a village or a street and its
    point ("в г.Мансура", "на ул. Ленина", "родился в с.Куракави"): the place's name, no
    person; not a year's "г." ("в 1947 г. Иванов"), which follows a number (names83), nor
    a one-letter "с." that ends a chain of abbreviations ("с. н. с. Иванов", a senior
    researcher: a point before it; names97)."""
    doc, i = piece.doc, piece.start
    if i < 2 or doc[i - 1].text != "." or doc[i - 2].text not in _PLACE_ABBREVIATIONS:
        return False
    if i < 3:
        return True
    return not doc[i - 3].like_num and not (len(doc[i - 2]) == 1 and doc[i - 3].text == ".")


# Nouns of a school or a building whose undeclined name may follow them ("в колледже Монт
# С. Винсент", "в отеле Гранд Хаятт").
_INSTITUTION_NOUNS = frozenset(
    ["колледж", "школа", "университет", "институт", "академия", "лицей", "гимназия",
     "семинария", "госпиталь", "больница", "клиника", "отель", "гостиница", "собор",
     "церковь", "храм", "монастырь", "стадион", "театр", "музей", "аэропорт", "тюрьма"]
)  # fmt: skip


def named_after_noun(piece: Span) -> bool:
    """A name of more words in the nominative right after a lower-case noun of a school or
    a building in another case that the parse hangs it on, in a clause whose verb has a
    subject of its own ("Министр учился в колледже Монт С. Винсент"): the undeclined name
    of that school or building, no person; a subject ("В колледже Хуан Перес учился") is
    his name, and so is a name after another noun ("приняла отставку Густаво Адрианзена")
    (names83)."""
    doc, i = piece.doc, piece.start
    if len(piece) < 2 or i == 0:
        return False
    noun, root = doc[i - 1], piece.root
    if not (
        noun.text.islower()
        and noun.lemma_ in _INSTITUTION_NOUNS
        and case_of(noun) not in ("", "Nom")
        and root.head.i == noun.i
        and root.dep_ != "nsubj"
    ):
        return False
    if any(case_of(t) not in ("", "Nom") for t in piece if t.is_alpha):
        return False
    verb = noun.head  # past the nouns it qualifies ("степень бакалавра … в колледже X")
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubj:pass") and not (piece.start <= c.i < piece.end)
        for c in verb.children
    )


# Nouns of an award a name in the genitive right after which is its eponym ("премии
# Соннинга", "медаль Пушкина").
_AWARD_NOUNS = frozenset(["премия", "орден", "медаль", "стипендия"])


def award_eponym(piece: Span, parts: NameParts) -> bool:
    """A surname alone in a man's genitive ("-а", "-я", "-ого", "-его") right after a noun
    of an award ("лауреат премии Соннинга"): the award's name after him, no person of the
    document (names83). A woman's "-ой" may be a dative ("вручил премию Надьовой")."""
    doc, i = piece.doc, piece.start
    if parts.first or parts.initials or i == 0 or doc[i - 1].lemma_.lower() not in _AWARD_NOUNS:
        return False
    return len(piece) == 1 and piece[0].lower_.endswith(("а", "я", "ого", "его"))


def hyphened_group(piece: Span) -> bool:
    """One word of three capitalised surnames or more joined by hyphens, no first name
    ("«триумвират» Каллас-Ансип-Рыйвас"): those persons together, none of them alone
    (names83). A double surname has two ("Перес-Гарсия")."""
    text = piece.text
    if " " in text:
        return False
    pieces = text.split("-")
    return len(pieces) >= 3 and all(p[:1].isupper() for p in pieces)


# Verbs of playing a part ("сыграл роль Тириона").
_ACTING_VERBS = frozenset(["сыграть", "играть", "исполнить", "исполнять", "озвучить", "озвучивать"])


def role_character(piece: Span, parts: NameParts) -> bool:
    """A name of one word whose phrase the parse hangs on "роль" that an actor
    plays or is praised for ("сыграла роль Фриды", "за роль умного, но грубого Тириона", "в
    роли Тириона"): a character, no person of the document (names83). Not a person's part
    in something ("роль Пиньеры в урегулировании", "оценили роль Пиньеры")."""
    if len(parts.words) != 1 or parts.initials:
        return False
    role = piece.root.head
    if role.lemma_ != "роль" or role.i == piece.root.i:
        return False
    if role.dep_ in ("obj", "nsubj:pass") and role.head.lemma_ in _ACTING_VERBS:
        return True  # "сыграла роль Фриды в фильме"
    if any(c.dep_ == "nmod" and c.i >= piece.end and _after_v(c) for c in role.children):
        return False  # "за роль Пиньеры в урегулировании": his part in it
    return any(c.dep_ == "case" and c.lower_ in ("за", "в") for c in role.children)


def _after_v(t: Token) -> bool:
    return any(c.dep_ == "case" and c.lower_ in ("в", "во") for c in t.children)


def opening_conjunction(piece: Span) -> bool:
    """One word opening its sentence or line that the dictionary reads first as a
    conjunction and the parse takes as one, before a word in lower case ("Но стоит
    отметить, что …" after a heading): the conjunction, no person (names83)."""
    if len(piece) != 1:
        return False
    doc, t = piece.doc, piece[0]
    opens = t.i == 0 or t.is_sent_start or not doc[t.i - 1].text.strip()
    after = doc[t.i + 1] if t.i + 1 < len(doc) else None
    readings = _no_name_parses(t.text)
    return (
        opens
        and bool(readings)
        and readings[0].tag.POS == "CONJ"
        and t.pos_ in ("CCONJ", "SCONJ")
        and after is not None
        and after.text.isalpha()
        and after.text.islower()
    )


# "Арекипа, 1862 года" at a line's end: a caption's place and year.
_PLACE_AND_YEAR = re.compile(r",\s*\d{3,4}\s*(?:года?|г\.?)\s*\.?\s*$")
# ... not a person's year of birth ("Перес, 1962 года рождения")
_BIRTH = re.compile(r"^\s*,\s*\d{3,4}\s*(?:года?|г\.)\s*(?:рожд|р\.)")


def caption_word(piece: Span, gaz: Gazetteer, full: set[int]) -> bool:
    """One word of a caption natasha reads as a person, with no first name and no surname
    the gazetteer or the document's full names know: a line of that one word ("Мельдоний"
    between a headline and the text), or a place opening a sentence before its year at the
    line's end ("… на плантации. Арекипа, 1862 года"). Not a person's year of birth
    ("Перес, 1962 года рождения"), nor a surname the text names in full elsewhere."""
    if len(piece) != 1:
        return False
    t = piece[0]
    if titled_person(t) or _known_surname(t, gaz) or _in_a_full_name(t, full):
        return False
    if is_first_name(t.text, plural=False):
        return False
    text = doc_text(piece.doc)
    line_start = text.rfind("\n", 0, piece.start_char) + 1
    line_end = text.find("\n", piece.end_char)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start : piece.start_char], text[piece.end_char : line_end]
    if not before.strip() and not after.strip(" .\t"):
        return True  # the line is this one word
    opens = not before.strip() or before.rstrip().endswith((".", "!", "?"))
    return opens and _PLACE_AND_YEAR.match(after) is not None and not _BIRTH.match(after)


_NAME_GRAMMEMES = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")


def _common_noun_only(t: Token) -> bool:
    """A capitalised word the dictionary knows only as an inanimate common noun, no name of
    any kind ("Пляски", "Солнца", "Танца")."""
    if not t.text[:1].isupper() or not t.is_alpha:
        return False
    parses = morph().parse(t.text)
    return bool(parses) and all(
        p.is_known
        and p.tag.POS == "NOUN"
        and "inan" in p.tag
        and not any(g in p.tag for g in _NAME_GRAMMEMES)
        for p in parses
    )


def noun_phrase_name(piece: Span) -> bool:
    """A capitalised phrase of common nouns after a noun that natasha reads as a person
    ("вождь Пляски Солнца из племени кечуа", and "Солнца" alone where it keeps the first
    noun out): every word of it, and the capitalised words right before it, are inanimate
    common nouns the dictionary knows and reads as no name, two words or more, after a
    noun. Not a surname that is also a noun alone ("министр Мороз")."""
    doc = piece.doc
    if not all(_common_noun_only(t) for t in piece):
        return False
    start = piece.start
    while start > 0 and _common_noun_only(doc[start - 1]):
        start -= 1
    if piece.end - start < 2 or start == 0:
        return False
    return doc[start - 1].pos_ == "NOUN" and doc[start - 1].is_alpha


def _list_of(t: Token) -> list[Token]:
    """The items of the list `t` is one of (its first item and that one's conjuncts), or
    [t] where it stands in none."""
    first = _first_joined(t)
    return [first, *(c for c in first.children if c.dep_ == "conj")]


def listed_word(piece: Span, ents: Iterable[Span], gaz: Gazetteer, full: set[int]) -> bool:
    """One word, with no first name, no gazetteer surname and no full name in the text,
    listed with names of another kind: with two or more places natasha tags and no person
    ("зон Сантьяго — Ньюньоа, Провиденсия, Майпу и Пеньялолен"), or after an award's
    eponym ("премией Пабло Неруды, Грэмми, Киото"): a place or an award, no person."""
    if len(piece) != 1:
        return False
    t = piece[0]
    if titled_person(t) or _known_surname(t, gaz) or _in_a_full_name(t, full):
        return False
    items = _list_of(t)
    others = [o for o in items if o.i != t.i]
    if not others:
        return False
    if items[0].i != t.i and items[0].dep_ == "nmod" and items[0].head.lemma_ in _AWARD_NOUNS:
        return True  # after the award's eponym
    label = {i: e.label_ for e in ents for i in range(e.start, e.end)}
    return len(others) >= 2 and all(label.get(o.i) == "LOC" for o in others)


# A wiki section header's marks ("=== Надежда умирает последней? ===").
_HEADER = re.compile(r"^\s*={2,}")


def header_common_noun(piece: Span, parts: NameParts) -> bool:
    """A first name alone that opens a section header and is also a common noun ("===
    Надежда умирает последней? ==="): the noun capitalised at the header's start, no
    woman. Not a first name the dictionary reads as no common noun ("=== Мигель ===")."""
    if len(piece) != 1 or parts.last or parts.initials:
        return False
    text = doc_text(piece.doc)
    line_start = text.rfind("\n", 0, piece.start_char) + 1
    before = text[line_start : piece.start_char]
    if not _HEADER.match(before) or before.strip("= \t"):
        return False
    return any(
        p.is_known and p.tag.POS == "NOUN" and "Name" not in p.tag and "inan" in p.tag
        for p in morph().parse(piece[0].text)
    )


def noun_name_of_place(piece: Span, parts: NameParts) -> bool:
    """Two words, a first name that is also a common noun in the nominative ("Вера",
    "Надежда", "Любовь"), then a capitalised genitive the dictionary knows only as a place,
    no name of any kind ("Вера Европы в союзника ослабла", "Надежда Африки", "Любовь Парижа
    к …"): the noun's phrase, the faith of a continent, no woman (names97). A surname stays
    ("Вера Иванова", "Надежда Савченко", "Любовь Соболь"), and so does a man's name in a
    case that is also a noun's ("Марка Гранта": no place)."""
    if len(piece) != 2 or parts.initials or not is_first_name(piece[0].text):
        return False
    if not any(
        p.is_known
        and p.tag.POS == "NOUN"
        and "Name" not in p.tag
        and {"inan", "nomn", "sing"} <= p.tag.grammemes
        for p in morph().parse(piece[0].text)
    ):
        return False
    known = [p for p in morph().parse(piece[1].text) if p.is_known]
    return (
        bool(known)
        and not any(_NAME_TAGS & p.tag.grammemes for p in known)
        and any({"Geox", "gent"} <= p.tag.grammemes for p in known)
    )


# Nouns of a work, a show or a vessel; the verbs and nouns of a work's release.
_WORK_WORDS = load_groups(Path(__file__).with_name("work_words.txt"))


def work_title(piece: Span, parts: NameParts) -> bool:
    """A name that is the title of a work or a vessel: right after a noun of one
    (`work_words.txt`: "посмотрел фильм Анна Каренина", "в сериале Анна Каренина",
    "эсминец Адмирал Кузнецов"), its first word read only in the nominative, not the subject
    of a verb of its own (one the verb has no other subject beside); or the subject of a
    release ("Анна Каренина вышла в прокат", "… на экраны"). Not the author's or the
    subject's genitive ("фильм Никиты Михалкова", "картину Ильи Репина"), nor a subject
    after a noun ("В фильме Никита Михалков сыграл"), nor a name the dictionary does not
    know, which may be a foreign author's undeclined ("роман Джоан Ханнафорд"), nor one
    after a noun in the plural ("звезда сериалов Мария Петрова") (names97)."""
    if parts.initials:
        return False
    doc, root = piece.doc, piece.root
    verb = root.head
    if root.dep_ == "nsubj" and verb.lemma_ in _WORK_WORDS["released"]:
        return any(c.dep_ == "obl" and c.lemma_ in _WORK_WORDS["screen"] for c in verb.children)
    if piece.start == 0 or doc[piece.start - 1].lemma_.lower() not in _WORK_WORDS["work"]:
        return False
    noun = doc[piece.start - 1]
    if "Plur" in noun.morph.get("Number") or (noun.text.istitle() and is_first_name(noun.text)):
        return False  # "звезда сериалов Мария Петрова", "Роман Петров": no work's noun
    cases = {p.tag.case for p in morph().parse(piece[0].text) if p.is_known}
    if "nomn" not in cases or "gent" in cases:
        return False
    if not all(any(p.is_known for p in morph().parse(t.text)) for t in piece if t.is_alpha):
        return False  # "роман Джоан Ханнафорд": a foreign author's name, undeclined
    if root.head.i == noun.i or root.dep_ not in ("nsubj", "nsubj:pass"):
        return True
    # a subject the verb has another of ("В сериале Анна Каренина снялись актеры"): the title
    return any(c.dep_ in ("nsubj", "nsubj:pass") and c.i != root.i for c in verb.children)


def body_after_title(piece: Span, gaz: Gazetteer) -> bool:
    """A known body's whole name right after an office title's word ("Председатель Халк
    Маслахаты Туркмении X", "Спикер Жогорку Кенеша Киргизии X"): the body the title serves,
    whose foreign words natasha reads as a person's name, the holder being the name after
    it. A body is known to the gazetteer's organizations (by name or abbreviation) or named
    by a gazetteer office's capitalised words after its title word ("председатель Халк
    Маслахаты" of persons.tsv). Not a name no body's name is whole ("Председатель Иванов",
    "Председатель Тимур Кенеш": one body's word is a surname). Fifty-fifth pass (h-names116)."""
    before = piece.doc[piece.start - 1] if piece.start else None
    if before is None or not is_office((morph().normal_form(before.lower_),)):
        return False
    return morph().word_lemmas(" ".join(t.text for t in piece)) in _body_names(gaz)


@cache
def _body_names(gaz: Gazetteer) -> frozenset[tuple[str, ...]]:
    """The lemmas of the words of every body's name the gazetteer knows: its organizations'
    names and abbreviations, and a body an office names after its title word in a capital
    ("председатель Халк Маслахаты": "халк", "маслахат"). From the table cache while the
    names and the morphology that reads them are the same: parsing the ~4,200 words of
    ~1,600 names cost ~0.06 s CPU of every build that reads a document, and pushed the
    document's own words out of `morph`'s bounded cache (fifty-ninth pass, h-perf60)."""
    names = {n for org in gaz.orgs for n in (org.name, *org.abbreviations)}
    for person in gaz.persons:
        for term in person.terms:
            _, _, body = term.office.partition(" ")
            if body[:1].isupper():
                names.add(body)
    named = sorted(n for n in names if n.strip())
    inputs = [*versions(*MORPHOLOGY), *sources("kg.nlp.morph"), *named]
    return frozenset(
        cached("body-name-lemmas", inputs, lambda: [morph().word_lemmas(n) for n in named])
    )


def titles_places(doc: Doc, titles: Iterable[Title]) -> set[int]:
    """The tokens of each title with a place after it (`title_place`) and of that place: no
    word of the name after them, though natasha tags the place apart or the title's word is
    also a given name ("Аким Алматы Ерболат Досаев", "мэру Тромсё Анне Линдбу")."""
    out: set[int] = set()
    starts = {t.start for t in titles}
    for title in titles:
        if (at := title_place(doc, title)) >= 0:
            out |= {*range(title.start, title.end), at}
        elif (at := _region_before_title(doc, title, starts)) >= 0:
            out.add(at)
    return out


def _region_before_title(doc: Doc, title: Title, starts: set[int]) -> int:
    """The index of a capitalised word after a place's head's title and a kind of place,
    right before another title ("Губернатор провинции Кассим принц X": the province's
    name, though natasha tags it a person and it reads as a first name), else -1; not a
    name after the kind of place that runs on to its surname ("губернатор провинции Ахмед
    Хасан": the governor). Seventy-second pass, h-names164."""
    at = title.end
    if title_lemma(doc[title.head].lemma_) not in _PLACE_HEADS or at + 2 >= len(doc):
        return -1
    named = kind_of_place(doc[at]) and doc[at + 1].text[:1].isupper()
    return at + 1 if named and at + 2 in starts and doc[at + 2].text.islower() else -1


_PLACE_HEADS = CITY_POSTS | {"глава"}  # the titles a place's head holds: "Аким Алматы X"


def title_place(doc: Doc, title: Title) -> int:
    """The index of the one-word place right after a title that the title governs, before a
    capitalised name ("Аким Алматы Ерболат Досаев", "Губернатор Бали X": the head of that
    place, who is the name after it), else -1. The place is one the parse hangs on the
    title's word or natasha tags a place, and a city or region of the gazetteer or a word
    natasha tags a place (`place_word`), after a title that names no state or body of its
    own ("министра Иордании Сафи Хаддада": Сафи is also a city); not a first name
    ("президент Касым-Жомарт Токаев"); only a place's head's title (`CITY_POSTS`, "глава"):
    "с певицей Флоридой Чантурией" is a woman named Флорида. Seventy-first pass, h-names159."""
    at = title.end
    if title_lemma(doc[title.head].lemma_) not in _PLACE_HEADS:
        return -1
    if title.state or at + 1 >= len(doc) or not doc[at + 1].text[:1].isupper():
        return -1  # "министра Иордании Сафи Хаддада": the state named, the name's first word
    place = doc[at]
    hung = place.dep_ == "nmod" and place.head.i == title.head
    if (hung or place.ent_iob_ == "B") and place_word(place):
        return -1 if is_first_name(place.text, plural=False) else at
    return -1
