"""Person names as one document writes them: natasha's PER spans cleaned of titles,
addresses and line breaks, joined with initials and first names it left out, and known
surnames it missed; each with what linking needs of its sentence."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import islice

from spacy.attrs import ENT_IOB, ENT_TYPE, LEMMA
from spacy.tokens import Doc, Span, Token

from kg.doc_text import token_strings
from kg.gazetteer import (
    Gazetteer,
    capital_of_words,
    normalize,
)
from kg.lexicon import load_list
from kg.nlp.deps import (
    SUBJECTS,
    has_preposition,
)
from kg.nlp.morph import (
    NAME_TAGS,
    UD_CASE,
    case_of,
    is_inanimate,
    morph,
)
from kg.resolve.gender import (
    predicate_gender,
    woman_named,
)
from kg.resolve.kin_and_ranks import (
    KIN,
    WOMEN_KIN,
    apposed_kin,
    clergy_before_name,
    kins_owner,
    rank_before_name,
    woman_rank,
)
from kg.resolve.missed_names import (
    _latin_asides,
    _month_first_name,
    _month_names_missed,
    _nominative_pair,
    _particle_names_read_as_places,
    _russian_name,
    _sole_surname_slot,
    _surnames_after_titles,
    _surnames_missed,
    _surnames_read_as_places,
    _syllable_names,
    _with_syllable_surnames,
)
from kg.resolve.name_cases import after_quoted_verb, reporting_subject
from kg.resolve.name_forms import VOWELS, fold, form_of, one_name
from kg.resolve.name_lexicons import (
    INITIAL,
    PARTICLES,
    SYLLABLE_SURNAMES,
    common_word,
    family_plural,
    is_first_name,
)
from kg.resolve.name_spellings import UNDECLINED_OPENERS, same_given
from kg.resolve.name_splits import (
    _case_break,
    _others_surname_apart,
    _split_lines,
    _surname_first_in_full,
    _surname_owners,
    patron_before,
)
from kg.resolve.names import NameParts, name_parts
from kg.resolve.not_persons import (
    _address_form,
    _body_word,
    _brand,
    _capital_alone,
    _family,
    _first_name_as_written,
    _listed_with_firms,
    _place_or_people,
    _thing,
)
from kg.resolve.organizations import (
    NAMED_AFTER,
    PLACE_KINDS,
    her_surname_after_body,
    outlet_named,
    quoted_title,
    reporting_outlet,
    thing_named,
)
from kg.resolve.titles import is_office, titled_person

# Words natasha sometimes pulls into a person span that are not names: forms of address
# and titles of rank, by lemma ("Шейху Тамиму", "Господина Ульсена").
_NOT_NAME = frozenset(
    ["уважаемый", "господин", "госпожа", "г-н", "товарищ", "коллега", "шейх", "эмир",
     "султан", "принц", "принцесса", "мистер", "миссис", "сэр", "месье", "мадам", "синьор",
     "сеньор"]
)  # fmt: skip


# One-letter prepositions and conjunctions, which natasha takes for an initial where they
# open a sentence ("О Марте Кос писали"): an initial only with its period ("И. Петров").
# Inside a sentence one is a surname ("Министр торговли Китая У Цзяньго").
_LETTER_WORDS = frozenset("овскуиа")


@dataclass
class PersonMention:
    """A name of a person as the document writes it, with what linking needs of its
    sentence (read here, so linking runs without the Doc)."""

    start: int  # character offsets
    end: int
    parts: NameParts
    tokens: tuple[int, int]  # token range
    via: str
    subject: bool = False  # the subject of its clause
    after_comma: bool = False  # a comma right before it ("Президент Казахстана, Токаев")
    woman: bool = False  # the text says a woman is named ("госпожа Макрон", "Макрон заявила")
    # "apposed" to kin by blood ("младший сын Виктор Петренко"), "listed" after children
    # ("два сына: Александр и Виктор"), else ""
    kin: str = ""
    # what its verb tells ("Клинтон заявила": "femn"), which picks one of two namesakes
    verb_gender: str = ""
    relative: bool = False  # in apposition to any kin, a spouse too ("сыну Саиду")


def person_mentions(
    doc: Doc, ents: Sequence[Span], states: list[Span], orgs: list[Span], gaz: Gazetteer
) -> list[PersonMention]:
    """The persons the document names, from its `doc.ents` (read once by the caller); `orgs`
    carry their gazetteer kind as `label_` ("ORG" where unknown), which tells a firm a
    founder's name is listed with."""
    blocked = {i for s in [*states, *orgs] for i in range(s.start, s.end)}
    places = _places(doc, gaz)
    no_name = blocked | places  # no word of a name: a state's, a body's or a capital's
    spans = _merge_adjacent(doc, list(ents), no_name)
    spans += _surnames_missed(doc, spans, blocked, gaz)
    spans += _surnames_read_as_places(doc, spans, no_name, gaz)
    spans += _particle_names_read_as_places(doc, spans, blocked, gaz)
    spans += _surnames_after_titles(doc, spans, no_name, gaz)
    spans += _month_names_missed(doc, spans, no_name)
    # a surname found again counts itself and the name it repeats ("Хавьер Милей … Милей")
    words = [t.text for s in spans for t in s if t.text[:1].isupper()]
    spans = _with_syllable_surnames(doc, spans, blocked)
    spans += _syllable_names(doc, spans, blocked)
    spans += _latin_asides(doc, spans, blocked)
    parts_of = _parts_once()
    spans, others = _others_surname_apart(spans, parts_of)
    out, joined = [], []
    lone = _lone_places(doc)
    places_read = [(e.start, e.text) for e in ents if e.label_ == "LOC" and len(e) == 1]
    # a full name's words are no first names another name takes in ("Имрана Хана Салман …")
    full = {i for s in spans if len(s) >= 2 for i in range(s.start, s.end)}
    for span in spans:
        for line in _split_lines(span):
            trimmed = _trim(line, blocked, places, lone, gaz)
            kept = no_name | others | (full - set(range(line.start, line.end)))
            if trimmed is not None and _opens_another(trimmed, spans):
                kept |= set(range(line.start, trimmed.start))  # the rank stays dropped
            piece = _with_initials(trimmed, kept) if trimmed is not None else None
            if piece is None or all(i in blocked for i in range(piece.start, piece.end)):
                continue
            if quoted_title(doc, piece) or reporting_outlet(piece, ents, gaz):
                continue
            parts = _object_as_listed(piece, parts_of(piece), gaz)
            if not (parts.last or parts.first) or _initial_alone(piece):
                continue
            if (
                _lone_word(piece, words)
                and not _sole_surname_slot(piece[0], gaz)
                and not _reported_pair(piece)
            ):
                continue
            if not parts.first and family_plural(piece[-1].text) is not None:
                continue  # "Ходорковские прибыли": a family, not one of them
            if outlet_named(piece, parts):
                continue
            if _brand(piece) or thing_named(piece) or (not parts.first and _family(piece)):
                continue
            if _address_form(piece):
                continue
            if _capital_alone(piece, gaz) or _place_or_people(piece, parts, places_read, gaz, full):
                continue  # "Когда вы посетите Ханой?": natasha's person is a city
            if not parts.first and _body_word(piece, orgs, spans):
                continue
            if not (parts.first or parts.initials) and _listed_with_firms(piece, orgs, spans, gaz):
                continue
            joined += _coordinated_first(piece, parts)
            after_comma = piece.start >= 1 and doc[piece.start - 1].text == ","
            out.append(
                PersonMention(
                    piece.start_char, piece.end_char, parts, (piece.start, piece.end),
                    _via(parts), _is_subject(piece.root), after_comma,
                    _woman(piece), _blood_kin(piece), _verb_gender(piece),
                    apposed_kin(piece) is not None,
                )
            )  # fmt: skip
    taken = {m.tokens for m in joined}
    return _as_shown(doc, [m for m in out if m.tokens not in taken]) + joined


def _as_shown(doc: Doc, mentions: list[PersonMention]) -> list[PersonMention]:
    """A name in an oblique case takes the nominative the document itself writes for it:
    "Абий Ахмед" named elsewhere wins over a guess from "Абием Ахмедом", and so does "То
    Лам" over "То Ламу" (a final "-у" may be a case ending or the name's own, as in
    "Шойгу"), and so does the same word read elsewhere as a nominative ("Мартина прибыла"
    over "Мартина" read as the genitive of "Мартин"). Every word must be a form of the
    written one, so first names must agree."""
    shown = [m for m in mentions if _written_nominative(doc, m)]
    out = []
    for m in mentions:
        like = next(
            (s for s in shown
             if s.parts.words == m.parts.words or _forms_of(m.parts.words, s.parts.words)),
            None,
        )  # fmt: skip
        if like is None:
            out.append(_in_a(_declined_in(_surname_as_shown(m, shown), mentions), mentions))
            continue
        if like.parts.full == m.parts.full:
            out.append(m)
            continue
        parts = replace(like.parts, initials=m.parts.initials, words=m.parts.words)
        out.append(replace(m, parts=parts))
    return out


def _surname_as_shown(m: PersonMention, shown: list[PersonMention]) -> PersonMention:
    """A full name in an oblique case takes the surname the document writes alone in the
    nominative ("Мванга прибыл" for "принял Джона Мвангу", whose "-у" may be the name's own,
    as in "Шойгу"): one person, not "Джон Мвангу" and "Мванга". Not a woman's name and a
    surname that ends in a consonant ("Анну Петрову" and "Петров", "Веронику Пасену" and
    "Пасен"): hers would not decline, so he is another person."""
    if len(m.parts.words) < 2 or m in shown or not m.parts.last:
        return m
    last = m.parts.words[-1]
    woman = m.woman or woman_named(m.parts.first)
    for s in shown:
        name = s.parts.last
        alone = len(s.parts.words) == 1 and not s.parts.first and name != m.parts.last
        if woman and name[-1:].lower() not in VOWELS:
            continue
        if alone and name and fold(name) != fold(last) and form_of(last, name):
            return replace(m, parts=replace(m.parts, last=name))
    return m


def _declined_in(m: PersonMention, mentions: list[PersonMention]) -> PersonMention:
    """A surname in "-у" kept as written ("Питера Одингу": the "-у" may be the name's own,
    as in "Вамбугу") takes the "-а" the document declines it from elsewhere ("с Питером
    Одингой", "Одинге вручили" → "Одинга"), under the same first name or none: one
    person, not two."""
    last = m.parts.last
    if not last.endswith("у") or not m.parts.first:
        return m
    for s in mentions:
        name, word = s.parts.last, s.parts.written_last("")
        declined = name.endswith(("а", "я")) and fold(word) != fold(name)
        if (
            declined
            and fold(name[:-1]) == fold(last[:-1])
            and (not s.parts.first or same_given(s.parts.first, m.parts.first))
        ):
            return replace(m, parts=replace(m.parts, last=name))
    return m


def _in_a(m: PersonMention, mentions: list[PersonMention]) -> PersonMention:
    """A surname the document writes, under one first name, in two cases of a name in "-а"
    and in no case of a name in a consonant ("Ивана Готовину", "Ивана Готовины": "-ы" is
    no case of "Готовин") is that name in "-а": one person, not "Иван Готовина" and "Иван
    Готовин", nor "Ковальчику" and "Ковальчики" kept as written. One form alone tells
    nothing ("Яна Ковальски" never declines)."""
    if not m.parts.first or len(m.parts.words) < 2 or fold(m.parts.last)[-1:] in ("а", "я"):
        return m
    written = fold(m.parts.written_last(""))
    writings = {
        fold(s.parts.written_last(""))
        for s in mentions
        if s.parts.first and len(s.parts.words) > 1 and same_given(s.parts.first, m.parts.first)
    }
    for end in _A_ENDS:
        stem = written.removesuffix(end)
        if stem == written or len(stem) < 3:
            continue
        ends = {w[len(stem) :] for w in writings if w.startswith(stem)}
        if len(ends) > 1 and ends & _A_ONLY_ENDS and ends <= set(_A_ENDS):
            last = m.parts.words[-1][: len(stem)] + ("я" if ends & _SOFT_ENDS else "а")
            return replace(m, parts=replace(m.parts, last=last))
    return m


# The endings of a name in "-а" in the oblique cases; those no case of a name in a consonant
# ends in ("Готовины", "Готовиной"; not "Готовину", a dative of "Готовин"), and those of a
# soft stem ("Гарсию").
_A_ENDS = ("ой", "ей", "ою", "ею", "ы", "и", "у", "ю", "е")
_A_ONLY_ENDS = frozenset(["ы", "и", "ой", "ей", "ою", "ею"])
_SOFT_ENDS = frozenset(["ю", "ей", "ею"])


def _written_nominative(doc: Doc, m: PersonMention) -> bool:
    """The tagger reads every word of the name in the nominative, and the name's parts are
    its words as written."""
    words = [t for t in doc[m.tokens[0] : m.tokens[1]] if t.text[:1].isalpha()]
    cases = {case_of(t) for t in words} - {""}
    return cases == {"Nom"} and fold(m.parts.full).split() == [fold(w) for w in m.parts.words]


def _forms_of(words: tuple[str, ...], shown: tuple[str, ...]) -> bool:
    return (
        len(words) == len(shown) > 1
        and words != shown
        and all(form_of(w, n) for w, n in zip(words, shown, strict=True))
    )


# Nouns a surname alone after which names a thing after its finder ("болезнь Паркинсона"),
# or a decoration a state awards ("орден Сокола": no one named Сокол is meant).
_EPONYM_NOUNS = frozenset(["болезнь", "синдром", "теорема", "эффект", "орден", "медаль"])


# Words before a name that say a woman is named: forms of address, and (WOMEN_KIN) kin in
# apposition ("супруга Мария Петренко"; not "супруга Петренко", a genitive: his wife).
_ADDRESS_TO_WOMEN = frozenset(["госпожа", "миссис", "мадам", "фрау", "мисс", "леди", "сеньора",
                               "синьора", "мадемуазель"])  # fmt: skip
# Words for persons a title may be coordinated with: "Президент и госпожа Макрон".
PERSON_WORDS = KIN | _ADDRESS_TO_WOMEN


def kin_genders(doc: Doc) -> frozenset[str]:
    """The sexes of the relatives a text speaks of: "femn" for "мать", "жена", "masc" for
    "сын", "муж". Read from the Doc's lemma array: a Token made for each word of every
    document only to read its lemma cost more than the rest of the check."""
    strings = doc.vocab.strings
    ids = set(doc.to_array(LEMMA).tolist()) if len(doc) else set()
    lemmas = {strings[i].replace("ё", "е") for i in ids}
    return frozenset(
        sex for sex, words in (("femn", WOMEN_KIN), ("masc", KIN - WOMEN_KIN)) if lemmas & words
    )


def _woman(piece: Span) -> bool:
    """The text says the name is a woman's: a form of address before it ("госпожа Макрон",
    which the man "Эмманюэль Макрон" is not) or a woman's kin in apposition ("вдова Мария
    Ланге"). Not the gender of a verb: news transliterates women's names that the
    dictionary knows as men's ("Габриэль Гиффордс была ранена")."""
    before = piece.doc[piece.start - 1] if piece.start else None
    if before is not None and before.lemma_.replace("ё", "е") in _ADDRESS_TO_WOMEN:
        return True
    kin = apposed_kin(piece)
    return kin is not None and kin.lemma_.replace("ё", "е") in WOMEN_KIN


# Kin by marriage, and siblings: a spouse never bears the full name of the one whose spouse
# they are, nor a brother or sister that of their sibling, so one named so before is the
# spouse or sibling ("Мария Ланге … его супруга Мария Ланге", "Тимур Алиев … его младший
# брат Рустам Алиев … Рустам Алиев"), no namesake; a son may be his father's.
_NO_NAMESAKES = frozenset(["жена", "супруга", "вдова", "муж", "супруг", "вдовец", "брат", "сестра"])


def _blood_kin(piece: Span) -> str:
    """How the name stands by kin who may be a namesake of one named before: "apposed"
    ("Янукович … Младший сын Виктор Янукович"; not a spouse nor a sibling), "listed" after
    children and a colon or dash ("два сына: Александр и Виктор"), else ""."""
    kin = apposed_kin(piece)
    if kin is not None and kin.lemma_.replace("ё", "е") not in _NO_NAMESAKES:
        return "apposed"
    return "listed" if _listed_after_children(piece) else ""


def _listed_after_children(piece: Span) -> bool:
    """The name is one of a list of names after children in the plural or counted, and a
    colon or dash ("два сына: Александр и Виктор", "трое детей — Мария, Андрей и Виктор")."""
    doc, i = piece.doc, piece.start - 1
    while i > 0 and (doc[i].pos_ == "PROPN" or doc[i].text == "," or doc[i].lower_ == "и"):
        i -= 1
    if i < 1 or doc[i].text not in _LIST_OPENERS:
        return False
    kin = doc[i - 1]
    counted = "Plur" in kin.morph.get("Number") or any(
        c.dep_.startswith("nummod") for c in kin.children
    )
    return kin.lemma_.replace("ё", "е") in _CHILDREN and counted


# Kin who may bear a parent's name, and the marks that open a list of them.
_CHILDREN = frozenset(["сын", "дочь", "ребенок", "внук", "внучка"])
_LIST_OPENERS = frozenset([":", "—", "–"])


def _verb_gender(piece: Span) -> str:
    """The gender the name's verb tells; none for the one whose relative is the subject
    ("Вдова Гомеса рассказала": Гомес is no woman)."""
    return "" if kins_owner(piece) else predicate_gender(piece)


def _coordinated_first(piece: Span, parts: NameParts) -> list[PersonMention]:
    """The first name joined to a family named in the plural ("Марина и Михаил
    Ходорковские"): she is Марина Ходорковская, a person of her own."""
    doc, i = piece.doc, piece.start
    family = family_plural(piece[-1].text)
    if family is None or not parts.first or i < 2 or doc[i - 1].lower_ != "и":
        return []
    first = doc[i - 2]
    if first.pos_ != "PROPN" or not is_first_name(first.text):
        return []
    one = name_parts(doc[i - 2 : i - 1])
    name = one.first or first.text
    last = family[1] if woman_named(first.text, family=True) else family[0]
    parts = NameParts(first=name, last=last, words=(first.text,))
    span = (first.i, first.i + 1)
    return [
        PersonMention(first.idx, first.idx + len(first), parts, span, "name", _is_subject(first))
    ]


def _via(parts: NameParts) -> str:
    if parts.initials:
        return "initials"
    if parts.first and parts.last:
        return "name"
    if parts.patronymic:
        return "patronymic"
    return "surname" if parts.last else "name"


def _merge_adjacent(doc: Doc, ents: list[Span], blocked: set[int]) -> list[Span]:
    """PER spans, each joined with a one-word proper name natasha tagged LOC/ORG right
    before it on the same line ("Касым-Жомарта"/LOC + "Токаева"/PER) and with the word
    after a particle it ends on (`_with_particle_surname`), and a lone surname
    with the first name and patronymic natasha tagged apart after it ("Смирнову" +
    "Елену Викторовну"); a woman's surname after a body's noun natasha tagged a place
    ("в парламент Смирнова два года работала": `her_surname_after_body`)."""
    out: list[Span] = []
    for i, ent in enumerate(ents):
        if ent.label_ != "PER" and not (ent.label_ == "LOC" and her_surname_after_body(ent)):
            continue
        prev = ents[i - 1] if i > 0 else None
        if out and prev is out[-1] and (_surname_before(prev, ent) or _first_name_apart(prev, ent)):
            out[-1] = doc[prev.start : ent.end]
            continue
        if (
            prev is not None
            and prev.label_ != "PER"
            and prev.end == ent.start
            and len(prev) == 1
            and prev[0].pos_ == "PROPN"
            and prev.start not in blocked
            and "\n" not in prev[0].whitespace_
            and _name_like(prev[0].text)
            and not _place_named(doc, prev.start)
            and not (len(ent) > 1 and _place_after_v_read(doc, prev.start))
        ):
            ent = doc[prev.start : ent.end]
        out.append(_with_particle_surname(doc, ent, blocked))
    return out


def _with_particle_surname(doc: Doc, ent: Span, blocked: set[int]) -> Span:
    """A name natasha ends on a surname's particle takes the capitalised word after it on
    the same line, the rest of the surname ("Брюно Ле" + "Мэр": "мэр" is also a title,
    "Ван дер" + "Беллен")."""
    end = ent.end
    if len(ent) < 2 or doc[end - 1].lower_ not in PARTICLES or end >= len(doc):
        return ent
    after = doc[end]
    if end in blocked or not (after.is_alpha and after.text[:1].isupper()):
        return ent
    if "\n" in doc[end - 1].whitespace_:
        return ent
    return doc[ent.start : end + 1]


def _place_after_v_read(doc: Doc, i: int) -> bool:
    """A word right after "в"/"во" that natasha tags a place or pymorphy3 reads as a place
    in the locative: the place, never the first word of the name after it, though it is
    also a first name ("консул Италии в Марселе Марко Росси", "президент Чили в Сантьяго
    Габриэль Мунос") when a full name follows; "В Сантьяго Пенья заявил" may name him, and
    "Сантьяго Пенья" opening a sentence stays his name."""
    if i == 0 or doc[i - 1].lower_ not in ("в", "во"):
        return False
    return _reads_as_place(doc[i], "loct")


def _reads_as_place(t: Token, *grammemes: str) -> bool:
    """A word natasha tags a place, or the dictionary reads as one (in these grammemes)."""
    need = {"Geox", *grammemes}
    return t.ent_type_ == "LOC" or any(need <= p.tag.grammemes for p in morph().parse(t.text))


def _first_name_apart(first: Span, name: Span) -> bool:
    """A one-word name natasha tagged apart right before a name of two words or more that
    opens with a dictionary first name, on the same line ("Нейл" + "Патрик Харрис"): his
    first name before a middle one, one person. Not a word in another case ("Ивану Пётр
    Смирнов сказал"), nor a patron's name before another's ("певицы Шакиры Пау Молинс")."""
    return (
        len(first) == 1
        and len(name) >= 2
        and first.end == name.start
        and first[0].is_alpha
        and first[0].text[:1].isupper()
        and "\n" not in first[0].whitespace_
        and is_first_name(name[0].text, plural=False)
        and not _case_break(first[0], name[0], alone=False)
        and case_of(first[0]) == case_of(name[0])
        and not patron_before(first[0], name)
    )


def _surname_before(surname: Span, name: Span) -> bool:
    """A one-word span right before a first name and patronymic, on the same line, that
    reads as their surname in the same case and gender, or right before a first name alone
    where both are nominatives of one gender ("подружка Фриске Жанна", a list's order)."""
    if not (
        len(surname) == 1
        and surname.end == name.start
        and "\n" not in surname[0].whitespace_
        and not is_first_name(surname[0].text)
    ):
        return False
    if len(name) == 1:
        return _nominative_pair(surname[0], name[0])
    return len(name) == 2 and _surname_first_in_full(surname[0], name[0])


def _name_like(word: str) -> bool:
    """A first name ("Касым-Жомарта"), not a place, an organization or a common noun
    ("Приморья", "ФИФА", "Арсенала") that natasha put before a name."""
    if word.isupper():
        return False
    if is_first_name(word) or "-" in word:
        return True
    parses = morph().parse(word)
    if _adjective_only(parses):
        return False  # "Семидесятишестилетний Жоау Перейра"
    return not any(
        p.is_known
        and ({"Geox", "Orgn"} & p.tag.grammemes or p.normal_form == p.word.lower() or _thing(p))
        for p in parses
    )


def _adjective_only(parses) -> bool:  # noqa: ANN001 - pymorphy3 Parses
    """Every reading, known or guessed, an adjective or participle: an age or a quality
    before a name ("Семидесятишестилетний", "Пятидесятилетняя"), never a name."""
    return bool(parses) and all(
        p.tag.POS in ("ADJF", "PRTF") and not NAME_TAGS & p.tag.grammemes for p in parses
    )


def _age(parses) -> bool:  # noqa: ANN001 - pymorphy3 Parses
    """An age in years ("шестидесятилетняя", "30-летний"): a word no surname is."""
    return any(p.normal_form.endswith("летний") for p in parses)


def _parts_once() -> Callable[[Span], NameParts]:
    """`name_parts` of one Doc's spans, each token range worked out once: the names written
    in full are split before their words are trimmed and split again after, and most come
    out of the trimming unchanged (1,581 splits per 100 NEREL documents, 1,043 once each)."""
    known: dict[tuple[int, int], NameParts] = {}

    def parts_of(span: Span) -> NameParts:
        key = (span.start, span.end)
        if key not in known:
            known[key] = name_parts(span)
        return known[key]

    return parts_of


def _reported_pair(piece: Span) -> bool:
    """A one-word name of the two after a reporting verb after a quote's dash ("—
    поблагодарил Науседа Дуду", "— заверил Дуда Зеленского"): its subject or its object, cut
    apart (`_subject_then_object`), though the dictionary knows it as a common word ("дуда",
    "макрон")."""
    doc = piece.doc
    if len(piece) != 1:
        return False
    before = doc[piece.start - 1] if piece.start >= 1 else None
    object_ = before is not None and before.text[:1].isupper() and after_quoted_verb(before)
    return object_ or reporting_subject(piece)


def _object_as_listed(piece: Span, parts: NameParts, gaz: Gazetteer) -> NameParts:
    """A reporting verb's object cut from its subject (`_reported_pair`) takes the
    nominative of the one gazetteer surname it is an oblique case of ("— поблагодарил
    Эрдоган Мицотакиса", "— ответил Эрдоган Мицотакису": "Мицотакис"), where the dictionary,
    not knowing the name, kept the case ending."""
    doc = piece.doc
    if len(piece) != 1 or piece.start < 1 or gaz.persons_by_surname(parts.last):
        return parts
    before = doc[piece.start - 1]
    if not (before.text[:1].isupper() and after_quoted_verb(before)):
        return parts
    lasts = {p.last for key in _surname_owners(piece[0].text, gaz, oblique=True)
             if (p := gaz.person(key)) is not None}  # fmt: skip
    return replace(parts, last=lasts.pop()) if len(lasts) == 1 else parts


def _trim(
    span: Span,
    blocked: set[int],
    places: frozenset[int],
    lone: list[tuple[int, str]],
    gaz: Gazetteer,
) -> Span | None:
    """Drop what natasha pulled into a name: a state ("Казахстана Касым-Жомарт…"), a
    place after its kind ("штата Юта Джон…") or a capital before a full name ("Сантьяго
    Габриэль Борич"), a form of address ("Уважаемый"), "им." of a body named after the
    person, a preposition opening the sentence ("О Марте Кос"), a monarch's rank opening it
    ("Король Абдалла"), punctuation at either end."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (
        start in blocked
        or (end - start > 2 and start in places)
        or doc[start].text in NAMED_AFTER
        or not doc[start].text[:1].isalpha()
        or (
            (
                _address(doc[start].text)
                or (end - start > 1 and _glued_word(doc[start], end - start - 1))
                or (end - start > 1 and rank_before_name(doc[start]))
            )
            and not _known_first_name(doc, start, end, gaz)
        )
        or (end - start > 1 and _title_word(doc[start]))
        or (end - start > 1 and clergy_before_name(doc[start]))
        or (end - start > 1 and _place_named(doc, start))
        or (end - start > 1 and _place_elsewhere(doc, start, lone))
        or (end - start > 2 and _place_of_title(doc, start))
        or (end - start > 2 and _other_case_before(doc, start))
        or _place_after_v(doc, start, alone=end - start == 1)
        or (
            doc[start].lower_ in _LETTER_WORDS
            and doc[start].is_sent_start
            and doc[start + 1 : start + 2].text != "."
        )
    ):
        start += 1
    while end > start and (end - 1 in blocked or not doc[end - 1].text[:1].isalpha()):
        end -= 1
    if end > start + 1 and end < len(doc) and _initial_before_period(doc, end):
        end += 1
    return doc[start:end] if end > start else None


def _opens_another(piece: Span, spans: list[Span]) -> bool:
    """One word left of a name whose rank `_trim` dropped, that opens another, longer name
    of the document in some case ("Султан Хейсам" after "султаном Хейсамом бен Тариком"):
    the ranked man's own given name, which takes no first name back ("Султаном Ахмедовым"
    does: a man named Султан)."""
    return len(piece) == 1 and any(
        len(s) > 1 and s.start != piece.start and form_of(s[0].text, piece[0].text) for s in spans
    )


def _initial_before_period(doc: Doc, end: int) -> bool:
    """A name that ends in an initial, its period next ("Хансен П.К."): the period is the
    name's, else the initial reads as a word of it ("Хансен К")."""
    return doc[end].text == "." and INITIAL.fullmatch(doc[end - 1].text) is not None


def _other_case_before(doc: Doc, i: int) -> bool:
    """A word in another case natasha glued before a full name: a place or an owner
    ("Балтиморе Джефф Джером", "Лас-Вегаса Стивен Пэддок", "менеджер Ирвина Джон Стэйнтон").
    The name's own words agree in the nominative; the word before them does not. Not an
    East-Asian surname written first, whose case the tagger guesses ("Дочь президента
    Вьетнама Нгуен Тхи Лан": "Нгуен" read as a genitive)."""
    first, second = doc[i + 1], doc[i + 2]
    case = case_of(doc[i])
    return (
        bool(case)
        and not is_first_name(doc[i].text)
        and doc[i].text not in load_list(SYLLABLE_SURNAMES)
        and is_first_name(first.text)
        and first.text not in UNDECLINED_OPENERS  # "Бадра Абдель Ати": his second name
        and case_of(first) == case_of(second) == "Nom" != case
    )


def _place_after_v(doc: Doc, i: int, alone: bool) -> bool:
    """A place in the locative after "в" that natasha glued before a name ("В Гондэре Абий
    Ахмед заявил"), or joined to such a place and taken for a person alone ("в Мекеле и
    Аксуме"): a word the tagger reads so that is no first name nor a surname ("Заинтересованы
    в Липницкой" names her); a city the gazetteer lacks is common, a person after "в" rare."""
    t = doc[i]
    if case_of(t) != "Loc" or is_first_name(t.text):
        return False
    place = t.head if t.dep_ == "conj" and t.head.i < i else t
    if (alone and place is t) or any("Surn" in p.tag for p in morph().parse(t.text)):
        return False
    return place.i > 0 and doc[place.i - 1].lower_ in ("в", "во")


def _address(word: str) -> bool:
    """A form of address or a rank before a name, in any case ("шейху", "Господина")."""
    low = word.lower()
    # Only a dictionary word has a reading the dictionary knows (`is_known`), and only the
    # forms of those words' paradigms a reading of them: the rest need no parse.
    return low in _NOT_NAME or (
        low in _address_forms()
        and any(
            p.is_known and p.normal_form in _NOT_NAME and not NAME_TAGS & p.tag.grammemes
            for p in morph().parse(low)
        )
    )


def _known_first_name(doc: Doc, i: int, end: int, gaz: Gazetteer) -> bool:
    """A rank, or a word opening the sentence, that is the first name of a person the
    gazetteer knows by it and the surname right after it, the span's last word ("Эмир
    Кустурица", "Эмира Кустурицы"): his name, not a rank before the name of no such person
    ("Эмир Тамим", "Принц Уильям")."""
    if end - i != 2:
        return False
    first, last = {normalize(doc[i].text), normalize(doc[i].lemma_)}, doc[i + 1]
    return any(
        normalize(p.first) in first
        for lemma in {last.text, last.lemma_}
        for p in gaz.persons_by_surname(lemma)
    )


@cache
def _address_forms() -> frozenset[str]:
    return morph().paradigm_forms(_NOT_NAME)


def _places(doc: Doc, gaz: Gazetteer) -> frozenset[int]:
    """Tokens that name a state's capital and cannot open a person's name: natasha glues a
    dateline's or a sentence's city onto the name after it ("В Канберре Энтони Албаниз"),
    as a word of the name or as a LOC right before it. A first name that is also a capital
    ("Виктория" of "Виктория Нуланд") stays a name."""
    lemmas = token_strings(doc, LEMMA)
    return frozenset(
        i
        for i, text in enumerate(token_strings(doc))
        if text[:1].isupper()
        and capital_of_words(gaz, lemmas[i], text)
        and not _first_name_as_written(text)
        and not titled_person(doc[i])
    )


def _place_named(doc: Doc, i: int) -> bool:
    """A place's name natasha took into the person's name after it: after a kind of place
    written lower case ("штата Юта Джон Миллер"), a word that can name a place, or that
    natasha itself tagged a place ("штата Иллинойс Патрика Фитцжеральда")."""
    before = doc[i - 1] if i else None
    return (
        before is not None
        and before.text.islower()
        and before.lemma_ in PLACE_KINDS
        and _reads_as_place(doc[i])
    )


def _place_elsewhere(doc: Doc, i: int, lone: list[tuple[int, str]]) -> bool:
    """A word the document writes elsewhere (`lone`), in some case, as a place natasha tags
    alone ("в Уэйко"), glued before a name ("После Уэйко Рено оказалась …"); not a first name
    ("Виктория"), nor a first name natasha tags a place before the surname it opens
    ("Касым-Жомарта"/LOC "Токаева"/PER): the place there stands before no capital."""
    text = doc[i].text
    if not text[:1].isupper() or is_first_name(text):
        return False
    return any(k != i and one_name(place, text) for k, place in lone)


_BEGINS = 3  # a token's ENT_IOB where an entity begins ("B")


def _lone_places(doc: Doc) -> list[tuple[int, str]]:
    """The first words of natasha's places that stand before no capital, with their
    indices: what `_place_elsewhere` compares a name's word with, read once a document."""
    texts, kinds = token_strings(doc), token_strings(doc, ENT_TYPE)
    iobs = doc.to_array(ENT_IOB).tolist()
    return [
        (i, text)
        for i, text in enumerate(texts)
        if kinds[i] == "LOC"
        and iobs[i] == _BEGINS
        and (i + 1 == len(texts) or not texts[i + 1][:1].isupper())
    ]


def _place_of_title(doc: Doc, i: int) -> bool:
    """A place's name in the genitive that a title or a preposition before the name governs,
    which natasha took into the name ("президент непризнанного Сомалиленда Муса Бихи Абди",
    "режиссёр из Карачаево-Черкесии Аслан Кушхов", however the tagger reads its case): a
    word pymorphy3 knows only as a place, never in the nominative."""
    before = doc[i - 1] if i else None
    if before is None or before.pos_ not in ("NOUN", "ADP") or is_first_name(doc[i].text):
        return False
    parses = [p for p in morph().parse(doc[i].text.lower()) if p.is_known]
    return bool(parses) and all("Geox" in p.tag and "nomn" not in p.tag for p in parses)


def _glued_word(token, names_after: int) -> bool:  # noqa: ANN001 - spaCy Token
    """An ordinary word natasha took into the name after it: a capitalised noun or verb
    opening the sentence ("Поэт Загорский", "Заявил Ольсен", "Израильтянка Наама Иссахар",
    which the tagger calls a proper noun when a whole name follows), or a word that cannot
    be a noun at all wherever it stands; not a first name or an initial, nor a particle that
    opens a surname ("Фон дер Ляйен призвала…": no "фон" the noun)."""
    if token.text.isupper() or is_first_name(token.text) or token.lower_ in PARTICLES:
        return False
    rest = token.doc[token.i + 1 : token.i + 1 + names_after]
    if (
        names_after <= 2
        and token.text in load_list(SYLLABLE_SURNAMES)
        and not any(_russian_name(t.text) for t in rest)
    ):
        return False  # "То Лам:" opening a transcript's line; not "Но Савичева"
    parses = morph().parse(token.text)
    if len(token.text) > 2 and _adjective_only(parses) and (names_after >= 2 or _age(parses)):
        # "Семидесятишестилетний Жоау Перейра", "Шестидесятилетняя Бачелет"; not "Та" of
        # "Та Ван Тхонг", nor an adjective's surname before one first name ("Тихий Олег")
        return True
    if not common_word(token.text) and not (
        # "Генконсул Сото заявил": an office the dictionary only guesses ("ген-" + "консул")
        token.is_sent_start and names_after == 1 and _title_before_surname(token)
    ):
        return False
    if (_is_subject(token) or not token.is_sent_start) and _short_form_only(token.text):
        # "Санна Марин прибыла": a short adjective is no subject, a name is; nor does one
        # stand inside a sentence before a name ("теннисистка Серена Уильямс")
        return False
    return _never_noun_here(token) or (
        token.is_sent_start
        and (token.pos_ != "PROPN" or names_after >= 2 or _title_before_surname(token))
    )


def _title_word(token) -> bool:  # noqa: ANN001 - spaCy Token
    """A capitalised hyphenated office noun natasha took into the name after it, wherever it
    stands ("Экс-советник Макрона", "Пресс-агент Бекхэма", "канадский Премьер-министр Джон
    Смит"): the holder's title, or whom the holder serves; a hyphenated name is no office
    ("Жан-Мари"). One word ("Поэт Загорский") opens a sentence, as _glued_word reads."""
    if token.text.isupper() or is_first_name(token.text) or "-" not in token.text:
        return False
    return is_office((morph().lemma(token.lower_).removeprefix("экс-"),))


def _title_before_surname(token) -> bool:  # noqa: ANN001 - spaCy Token
    """An office noun opening a sentence before a word that is no first name ("Прислуга
    Ольсена дала интервью"): the title and whom it serves or names, not a surname and a
    first name ("Соловей Анна")."""
    after = token.nbor()
    return is_office((morph().lemma(token.lower_),)) and not is_first_name(after.text)


def _short_form_only(word: str) -> bool:
    """Every known reading a short adjective or participle ("Санна" of "санный", "Серена"
    of "серить"): as a predicate it has the name for subject ("Готов Ольсен"), never
    stands as the subject itself."""
    known = [p for p in morph().parse(word) if p.is_known]
    return bool(known) and all(p.tag.POS in ("ADJS", "PRTS") for p in known)


def _never_noun(word: str) -> bool:
    """A word every dictionary reading of which is a verb, pronoun, particle or the like
    ("Помиловать", "Это"): natasha tags one as a name where punctuation is missing."""
    parses = [p for p in morph().parse(word) if p.is_known]
    # Two letters may be a name of their own ("То Лам", "Ли Цян").
    return len(word) > 2 and bool(parses) and all(p.tag.POS != "NOUN" for p in parses)


def _never_noun_here(token) -> bool:  # noqa: ANN001 - spaCy Token
    """A word that is no noun by any reading, where nothing in the sentence shows a name;
    inside a sentence a preposition or a governing noun does ("с Милеем", "визит Милея":
    no verb form of "милеть" takes one), and so does a capital on a nominative pronoun
    ("посол Японии Оно Кэн": a pronoun is capitalised only where it opens a sentence)."""
    if not _never_noun(token.text):
        return False
    if token.is_sent_start:
        return True
    governed = has_preposition(token) or (token.dep_ == "nmod" and token.head.pos_ == "NOUN")
    return not (governed or (token.text[:1].isupper() and morph().nominative_pronoun(token.text)))


def _initial_alone(span: Span) -> bool:
    """A capital letter and its period, alone ("братьев К.", "К. предстанет перед судом"):
    the initial of a surname the text withholds, no name of anyone by itself."""
    words = [t for t in span if t.text != "."]
    after = span.doc[span.end] if span.end < len(span.doc) else None
    dotted = span[-1].text == "." or (after is not None and after.text == ".")
    return len(words) == 1 and len(words[0].text.rstrip(".")) == 1 and dotted


def _lone_word(span: Span, names: list[str]) -> bool:
    """A one-word "name" that is an ordinary word: a verb or pronoun ("Помиловать", "Это"),
    or a common inanimate noun the tagger reads as one ("Кубик гашиша"), or any common word
    opening a sentence ("Подруга бизнесмена …"), and that no other name of the document
    repeats in any form (a nickname is: "Баста", "Басты")."""
    if len(span) != 1 or is_first_name(span[0].text):
        return False
    t = span[0]
    if is_office((morph().lemma(t.text.lower()),)):
        return True  # "Спасибо, господин Президент": an office addressed, even if repeated
    if _eponym(t):
        return not _named_apart(t)  # "болезнь Альцгеймера", however often, and no one else
    if _named_kin(span):
        return False
    repeats = (w for w in names if one_name(w, t.text))
    if len(list(islice(repeats, 2))) > 1:  # itself and another: no need to count them all
        return False
    parses = morph().parse(t.text)
    after = t.nbor() if t.i + 1 < len(t.doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN") and _adjective_only(parses):
        return True  # "Семидесятишестилетний президент": an age before the noun it qualifies
    known = [p for p in parses if p.is_known]
    if titled_person(t):
        return False  # "Министр Сана заявил": a name apposed to an office, not a place
    if known and all(_thing(p) or "Geox" in p.tag for p in known):
        return True  # "игроки Ливерпуля", "тренер Реала": a club named by its city or word
    if not common_word(t.text):
        return False
    if _common_pair(t):
        return True  # "Сокол и Лебедь стали символами": two things, no one named
    if t.is_sent_start and all("sing" in p.tag and "nomn" in p.tag for p in known):
        # "Подруга покойного бизнесмена …": a capital only because it opens a line; not
        # "Токаев:", which reads as a plural genitive ("токай") no subject has
        return True
    return _never_noun_here(t) or (t.pos_ == "NOUN" and is_inanimate(t))


def _common_pair(t: Token) -> bool:
    """A common word joined by "и" to another capitalised common word, neither with a first
    name, a title or a dependent ("Сокол и Лебедь стали символами", "Волк и Заяц"): a pair
    of things or characters, not two surnames alone (a surname the text repeats elsewhere,
    or a gazetteer person's, is still one: see `_lone_word`'s callers)."""
    other = t.head if t.dep_ == "conj" else next((c for c in t.children if c.dep_ == "conj"), None)
    if other is None or other.i == t.i or not other.text[:1].isupper():
        return False
    pair = sorted((t, other), key=lambda w: w.i)
    if pair[1].i - pair[0].i != 2 or pair[0].nbor().lower_ != "и":
        return False
    before = t.doc[pair[0].i - 1] if pair[0].i else None
    if before is not None and (is_first_name(before.text) or is_office((before.lemma_,))):
        return False
    return all(
        common_word(w.text) and not is_first_name(w.text) and w.pos_ in ("NOUN", "PROPN")
        for w in pair
    )


def _named_kin(span: Span) -> bool:
    """The relative's own name in apposition to kin, or a woman's after her rank, in the kin
    word's or rank's case ("его дочь Лея", "с королевой Максимой"), whatever else a
    dictionary reads it as ("лея", "лей", "максима"); not a genitive that cannot be in that
    case ("его дочь Реала не любит")."""
    kin = apposed_kin(span) or woman_rank(span)
    return kin is not None and UD_CASE.get(case_of(kin), "?") in morph().cases(span[0].text)


def _eponym(t: Token) -> bool:
    """A name after a noun it names ("болезнь Альцгеймера", "эффект Доплера"): a thing
    named after someone, not a mention of that one."""
    return t.i > 0 and t.doc[t.i - 1].lemma_ in _EPONYM_NOUNS and t.head.i == t.i - 1


def _named_apart(t: Token) -> bool:
    """Whether the document writes the name somewhere not after such a noun ("Врач Алоис
    Альцгеймер описал недуг"): then the eponym names that person too."""
    return any(
        o.i != t.i and o.text[:1].isupper() and one_name(o.text, t.text) and not _eponym(o)
        for o in t.doc
    )


def _with_initials(span: Span, blocked: set[int]) -> Span:
    """Take in initials written before the name ("К.-Ж.Токаев", "В. В. Путин") and first
    names natasha left out ("Реджепом" before "Тайипом Эрдоганом"), not a state's name
    that reads as one ("Филиппин", a form of "Филиппина"), nor a patron's name before a
    full name ("певицы Шакиры Эмилио Эстефан")."""
    doc, start = span.doc, span.start
    while (
        start >= 1
        and start - 1 not in blocked
        and "\n" not in doc[start - 1].whitespace_
        and (
            (doc[start - 1].pos_ == "PROPN" and is_first_name(doc[start - 1].text))
            or _syllable(doc[start - 1])
            or _month_first_name(doc, start - 1)
            or _compound_head(doc[start - 1], doc[start])
        )
        and not _place_named(doc, start - 1)
        and not (span.end - start > 1 and _place_after_v_read(doc, start - 1))
        and not _case_break(doc[start - 1], doc[start], alone=span.end == start + 1)
        and not patron_before(doc[start - 1], doc[start : span.end])
    ):
        start -= 1
    while (
        start >= 2
        and doc[start - 1].text in (".", "-")
        or (start >= 1 and INITIAL.fullmatch(doc[start - 1].text))
    ):
        if doc[start - 1].text == "-" and start >= 2 and doc[start - 2].text == ".":
            start -= 1
        elif doc[start - 1].text == "." and start >= 2 and INITIAL.fullmatch(doc[start - 2].text):
            start -= 2
        else:
            break
    return doc[start : span.end]


def _compound_head(before: Token, opener: Token) -> bool:
    """A capitalised word the parse hangs an Arabic compound's opener on, right before it
    ("встретил Сами Абдель Ату": "Абдель" flat:name of "Сами"): the man's first name, which
    the dictionary may not know and natasha leaves out of the name."""
    return (
        opener.text in UNDECLINED_OPENERS
        and opener.dep_ == "flat:name"
        and opener.head.i == before.i
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and before.is_alpha
    )


def _syllable(token) -> bool:  # noqa: ANN001 - spaCy Token
    """A capitalised word of two letters inside a sentence: a syllable of an East-Asian name
    ("направлено То Ламу", where the tagger reads "То" as a particle), no word of its own."""
    text = token.text
    return len(text) == 2 and text[0].isupper() and text[1].islower() and not token.is_sent_start


def _is_subject(token) -> bool:  # noqa: ANN001 - spaCy Token
    """The subject of its clause, also when it stands in apposition to a title
    ("Президент Казахстана Касым-Жомарт Токаев прибыл")."""
    while token.dep_ in ("appos", "flat", "flat:name", "conj") and token.head.i != token.i:
        token = token.head
    return token.dep_ in SUBJECTS
