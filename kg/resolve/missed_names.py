"""Names natasha's NER missed: known surnames alone, surnames it read as places, names
after a title or particle, names in the form of a month, syllable names ("Во Ван Тхыонг")
and a name spelt again in Latin letters in brackets.

`person_mentions` adds these spans to natasha's before cutting and reading them. The rules
that look at natasha's entities take them as `ents`, the `doc.ents` its caller read once:
spaCy makes every entity's Span anew on each read (five reads a document before, ~500 per
100 NEREL documents; sixty-fifth pass, h-perf67).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

from spacy.attrs import IS_ALPHA
from spacy.tokens import Doc, Span, Token

from kg.doc_text import doc_text, token_strings
from kg.extract.common.dates import MONTH_RE
from kg.gazetteer import Gazetteer, capital_of_words, slug
from kg.lexicon import load_list
from kg.nlp.deps import has_preposition, subject_slot, with_common_noun
from kg.nlp.morph import case_of, features, morph, name_forms
from kg.nlp.seats import GOING, VISITING
from kg.resolve.gender import first_name_gender, predicate_gender
from kg.resolve.kin_and_ranks import HER_RANK_CASES, academic_before, her_rank_oblique
from kg.resolve.name_forms import fold, form_of
from kg.resolve.name_lexicons import (
    BARE_INITIAL,
    INITIAL,
    PARTICLES,
    SYLLABLE_SURNAMES,
    is_first_name,
    place_or_word,
    russian_surname_end,
)
from kg.resolve.name_spellings import same_nasab
from kg.resolve.names import undeclined_surname_of
from kg.resolve.not_orgs import leader_named, party_leader, titled_surname
from kg.resolve.not_persons import first_name_as_written, inanimate_thing, title_place
from kg.resolve.org_fields import outlet_before_person
from kg.resolve.person_indexes import name_index
from kg.resolve.surname_declension import without_generation
from kg.resolve.title_bodies import place_end
from kg.resolve.title_lexicon import Title, is_office, titled_person
from kg.tablecache import MORPHOLOGY, cached, sources, versions


def _covered(spans: list[Span], blocked: set[int]) -> set[int]:
    """The tokens no missed name may take: those of a name found already and `blocked`."""
    return blocked | {i for s in spans for i in range(s.start, s.end)}


def surnames_read_as_places(
    doc: Doc, ents: Sequence[Span], spans: list[Span], blocked: set[int], gaz: Gazetteer
) -> list[Span]:
    """A first name in the nominative right before a one-word place natasha tagged, which is
    no state, capital or city of the gazetteer: the name's surname ("Марта Кос посетила
    Белград", "Марта Родос прибыла в Афины": the islands Kos and Rhodes). natasha may tag
    the first name with it as one place: then the verb must agree with the first name's
    gender ("Вчера Марта Кос прибыла"; not a resort "Роза Хутор принял туристов"). Not after
    a preposition or a number, where the first name may be a month ("К 8 Марта Родос …")."""
    covered = _covered(spans, blocked)
    out = []
    for ent in ents:
        if ent.label_ != "LOC" or not 1 <= len(ent) <= 2 or ent.start == 0 and len(ent) == 1:
            continue
        name = doc[ent.end - 2 : ent.end]
        first, before = name[0], doc[name.start - 1] if name.start else None
        if (
            any(i in covered for i in range(name.start, name.end))
            or (len(ent) == 1 and first.ent_type_)
            or "\n" in first.whitespace_
            or first.pos_ != "PROPN"
            or not first_name_as_written(first.text)
            or (before is not None and (before.pos_ == "ADP" or before.like_num))
            or gaz.city(name[-1].text) is not None
            or gaz.city(name.text) is not None
            or (len(ent) == 2 and predicate_gender(name) != (first_name_gender(first.text) or "?"))
        ):
            continue
        out.append(name)
    return out


_PLACE_PREPOSITIONS = frozenset({"в", "во", "из", "до"})


def names_read_as_places_after_verbs(
    doc: Doc, ents: Sequence[Span], spans: list[Span], blocked: set[int], gaz: Gazetteer
) -> list[Span]:
    """A first name as written and a capitalised word natasha tagged as one place right
    after a finite verb with no preposition between ("Президент Бразилии принял Сантьяго
    Пенью.": the first name is also Chile's capital, and the name closing the sentence was
    read as a place): a person's name, the verb's object or the parse's second subject. Not
    after a verb of visiting or going, whose object is a place ("посетил Сантьяго"), nor a
    city of the gazetteer or a word the dictionary knows as a place. Seventy-first pass,
    h-names159 (`tests/test_names_read_as_places_after_verbs.py`)."""
    covered = _covered(spans, blocked)
    out = []
    for ent in ents:
        if ent.label_ != "LOC" or len(ent) != 2 or ent.start == 0:
            continue
        first, last, verb = ent[0], ent[1], doc[ent.start - 1]
        if (
            any(i in covered for i in range(ent.start, ent.end))
            or verb.pos_ != "VERB"
            or "Fin" not in verb.morph.get("VerbForm")
            or verb.lemma_ in VISITING
            or verb.lemma_ in GOING
            or not first_name_as_written(first.text)
            or not _HOLDER_WORD.fullmatch(last.text)
            or gaz.city(last.text) is not None
            or gaz.city(ent.text) is not None
            or any(p.is_known and "Geox" in p.tag for p in morph().parse(last.text))
        ):
            continue
        out.append(ent)
    return out


def particle_names_read_as_places(
    doc: Doc, ents: Sequence[Span], spans: list[Span], blocked: set[int], gaz: Gazetteer
) -> list[Span]:
    """A first name, a lower-case particle and a capitalised surname natasha tagged as one
    place ("утвердил Сальвадора дель Солара премьер-министром": "Сальвадор" is also El
    Salvador) are a person's name in any case ("Сальвадор дель Солар"), unless the
    gazetteer knows the whole as a city; a place with a particle is hyphenated
    ("Мар-дель-Плата") or has no first name before it (agr41)."""
    covered = _covered(spans, blocked)
    out = []
    for ent in ents:
        if ent.label_ != "LOC" or not 3 <= len(ent) <= 4:
            continue
        first, particle, rest = ent[0], ent[1], list(ent[2:])
        before = doc[ent.start - 1].lower_ if ent.start else ""
        if (
            any(i in covered for i in range(ent.start, ent.end))
            or before in _PLACE_PREPOSITIONS  # "прибыл в Сантьяго де Куба": a city
            or particle.text not in PARTICLES  # lower case as written: "Де" opens a surname
            or not first.text[:1].isupper()
            or not is_first_name(first.text, plural=False)
            or not all(t.text[:1].isupper() and t.is_alpha for t in rest)
            or gaz.city(ent.text) is not None
        ):
            continue
        out.append(ent)
    return out


def particle_names_untagged(
    doc: Doc, spans: list[Span], blocked: set[int], gaz: Gazetteer
) -> list[Span]:
    """A first name, a lower-case particle and one or two capitalised words natasha tagged
    as nothing at all ("Хорхе дель Кастильо является лидером партии", where a sentence opens
    with it) are a person's name, as `particle_names_read_as_places` reads one tagged as a
    place; not where any word is tagged or taken, after a preposition of place, or where
    the gazetteer knows the whole as a city (h-offices57, the forty-sixth pass)."""
    covered = _covered(spans, blocked)
    out = []
    texts = token_strings(doc)  # a `Token` only for a first name before a particle
    for at in range(len(doc) - 2):
        if texts[at + 1] not in PARTICLES or not is_first_name(texts[at], plural=False):
            continue
        first, particle = doc[at], doc[at + 1]
        end = particle.i + 1
        while end < len(doc) and end - particle.i <= 2 and _capital_word(doc[end]):
            end += 1
        name = doc[first.i : end]
        before = doc[first.i - 1].lower_ if first.i else ""
        if (
            end == particle.i + 1
            or not first.text[:1].isupper()
            or any(t.ent_type_ or t.i in covered for t in name)
            or before in _PLACE_PREPOSITIONS
            or gaz.city(name.text) is not None
        ):
            continue
        out.append(name)
    return out


def _capital_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha


def surnames_after_titles(
    doc: Doc, ents: Sequence[Span], spans: list[Span], blocked: set[int], gaz: Gazetteer
) -> list[Span]:
    """A one-word place or organization natasha tagged that is the surname of the office
    title right before it (`titled_surname`: "Президент Туджман отверг требования НАТО",
    "Канцлер Коль поддержал …"), unless the gazetteer knows the word as a city or the
    dictionary as a place, an organization or a common noun; but always a word the parse
    apposes to an office before it as an animate nominative (`titled_person`: "Министр
    обороны Гвинеи Сану заявил", though "Сану" also reads as Yemen's capital)."""
    covered = _covered(spans, blocked)
    return [
        ent
        for ent in ents
        if ent.label_ in ("LOC", "ORG")
        and len(ent) == 1
        and ent.start not in covered
        and (titled_surname(ent[0]) or titled_person(ent[0]))
        and (
            titled_person(ent[0])  # "Министр обороны Гвинеи Сану заявил": not Yemen's capital
            or gaz.city(ent.text) is None
            and not any(
                p.is_known and ({"Geox", "Orgn"} & p.tag.grammemes or inanimate_thing(p))
                for p in morph().parse(ent.text)
            )
        )
    ]


def holder_slots(titles: Iterable[Title]) -> dict[int, Title]:
    """The token right after each office title whose state's name follows its words
    ("президент Сенегала", "министром иностранных дел Омана"), with the title: where the
    holder's surname stands, whatever the word also means ("Фай", a fabric), in the
    title's case. Not a body's office ("председатель Центрального банка Чили"), nor a
    plural title (no one person)."""
    return {
        t.end: t
        for t in titles
        if t.state and not t.foreign and not t.plural and t.words_end < t.end
    }


def own_place(piece: Span, slots: dict[int, Title], gaz: Gazetteer) -> bool:
    """One word right after an office title of a state (`holder_slots`) that the tables
    place in that state, a capital or a city ("Президент Кении Найроби покинул утром",
    "Президент Франции Ниццу посетил"): the place the sentence sends the holder to, no
    surname; another state's capital or city is so only as what a verb of visiting takes
    (`_visited_elsewhere`), else it may be a surname ("Министр обороны Гвинеи Сану заявил")."""
    title = slots.get(piece.start) if len(piece) == 1 else None
    if title is None:
        return False
    token = piece[0]
    city = gaz.city(token.text) or gaz.city(token.lemma_)
    states = {capital_of_words(gaz, token.lemma_, token.text)} - {""}
    states |= {f"state/{city.state}"} if city is not None else set()
    return title.state in states or (bool(states) and _visited_elsewhere(token, gaz))


def _visited_elsewhere(token: Token, gaz: Gazetteer) -> bool:
    """A place of another state right after a state's office title, which a verb of visiting
    (`VISITING`: "посетить", "покинуть") with no object of its own takes, the verb the title
    is the subject of or the word's own ("Президент Франции Найроби покинул утром",
    "Канцлер Германии Турин не посещал"): the verb's object, no surname. Not a first name as
    written ("Виктория"), nor a surname the gazetteer knows, nor the word before another
    verb ("Президент Колумбии Сантос заявил": his surname, though a city of Brazil)."""
    if first_name_as_written(token.text) or gaz.persons_by_surname(token.text):
        return False
    head = token.head
    while head.dep_ in ("nmod", "appos", "flat:name") and head.head.i != head.i:
        head = head.head  # from the word to the title it hangs on
    verb = head.head if head.dep_ in ("nsubj", "obj") else head
    return verb.lemma_ in VISITING and not any(
        c.dep_ == "obj" and c.i != token.i for c in verb.children
    )


def surnames_after_state_titles(
    doc: Doc, spans: list[Span], blocked: set[int], slots: dict[int, Title], gaz: Gazetteer
) -> list[Span]:
    """A capitalised word natasha left untagged or tagged a place or a body on its own, right
    after an office title of a state (`holder_slots`: "с министром иностранных дел Омана
    Фаем"): the holder's surname, in any case. Not a state (`blocked`), a capital or a city the
    tables or the dictionary know ("президент Кении Найроби", "… Момбасы"), nor the first
    of two capitalised words (a full name natasha missed is no surname alone)."""
    covered = _covered(spans, blocked)
    out = []
    for i in sorted(slots):
        if i >= len(doc) or i in covered:
            continue
        t = doc[i]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        alone = t.ent_iob_ == "B" and (nxt is None or nxt.ent_iob_ != "I")  # natasha's one word
        if t.ent_type_ and (t.ent_type_ not in ("LOC", "ORG") or not alone):
            continue
        if (nxt is not None and _capital_word(nxt)) or not _holder_word(t, gaz):
            continue
        out.append(doc[i : i + 1])
    return out


def surnames_before_state_titles(
    doc: Doc, spans: list[Span], blocked: set[int], titles: Iterable[Title], gaz: Gazetteer
) -> list[Span]:
    """A capitalised word natasha left untagged or tagged a place or a body on its own that
    opens a sentence right before a state's office title set off by commas, in the
    nominative ("Рамирес, министр экономики Чили, прибыл в Лиму"): the holder's surname,
    whom the title describes, as `surnames_after_state_titles` reads one after it. Not a
    state (`blocked`), a city or a place word ("Лима, столица Перу, …": no title either).
    Sixty-fourth pass (h-events234)."""
    covered = _covered(spans, blocked)
    out = []
    for title in titles:
        i = title.start - 2
        if i < 0 or not title.state or title.foreign or title.plural or not title.comma_after:
            continue
        t = doc[i]
        if doc[i + 1].text != "," or title.case != "Nom" or i != t.sent.start or i in covered:
            continue
        if t.ent_type_ not in ("", "LOC", "ORG") or not _holder_word(t, gaz):
            continue
        out.append(doc[i : i + 1])
    return out


def _holder_word(t: Token, gaz: Gazetteer) -> bool:
    """A word that may be an office holder's surname beside the title: a capitalised
    Cyrillic word no city, capital or known place or organization's word."""
    return not (
        not _HOLDER_WORD.fullmatch(t.text)
        or gaz.city(t.text) is not None
        or gaz.city(t.lemma_) is not None
        or capital_of_words(gaz, t.lemma_, t.text)
        or any(p.is_known and {"Geox", "Orgn"} & p.tag.grammemes for p in morph().parse(t.text))
    )


# A surname's word: capitalised Cyrillic, its parts joined by hyphens ("Акуфо-Аддо").
_HOLDER_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*")


def names_after_title_places(
    doc: Doc, spans: list[Span], blocked: set[int], titles: Iterable[Title]
) -> list[Span]:
    """Two or three capitalised words natasha left untagged right after a title's place
    (`title_place`: "Аким Шымкента Габит Сыздыкбеков встретился"): the name of that place's
    head. Not a word taken, a state's or a place's (`blocked`), nor one closing a longer run
    of capitalised words (no name). Seventy-first pass, h-names159."""
    covered = _covered(spans, blocked)
    out = []
    for title in titles:
        if (place := title_place(doc, title)) < 0:
            continue
        end = place + 1
        while end < len(doc) and end - place <= 4 and _untagged_word(doc[end], covered):
            end += 1
        if 3 <= end - place <= 4 and (end == len(doc) or not doc[end].text[:1].isupper()):
            out.append(doc[place + 1 : end])
    return out


def _untagged_word(t: Token, covered: set[int]) -> bool:
    return not t.ent_type_ and t.i not in covered and bool(_HOLDER_WORD.fullmatch(t.text))


def names_after_her_ranks(doc: Doc, spans: list[Span], blocked: set[int]) -> list[Span]:
    """A capitalised word natasha left untagged right after a woman's rank in a form no
    singular of the man's rank takes, ending as her name does in that case
    (`her_rank_oblique`: "Визит Шейхи Лулвы в Доху", the tagger's "Шейхи" a verb): her name.
    Not a place or an ordinary word ("шейхи Абу-Даби"); a rank alone names no one."""
    covered = _covered(spans, blocked)
    texts = token_strings(doc)  # the rank's form first: no `Span` of any other word
    return [
        doc[i : i + 1]
        for i in range(1, len(doc))
        if texts[i - 1].lower() in HER_RANK_CASES
        and i not in covered
        and not doc[i].ent_type_
        and _HOLDER_WORD.fullmatch(texts[i])
        and her_rank_oblique(doc[i : i + 1])
        and not place_or_word(texts[i])
    ]


def names_read_as_places(
    doc: Doc, ents: Sequence[Span], spans: list[Span], blocked: set[int], gaz: Gazetteer
) -> list[Span]:
    """Two or three capitalised proper nouns natasha tagged as a place, or as the close of
    one, the first a being's that the parse apposes to a noun before the place (a title or a
    word of its chain): a title's holder ("постоянный секретарь министерства рыболовства
    Фарерских островов [Хёгни Хансен]", tagged a place of its own or the place's last words;
    the place ends before it, `place_end`, as an envoy's city does). Not a city the
    gazetteer knows, nor a word the dictionary knows as a place. Sixty-eighth pass,
    h-names152."""
    covered = _covered(spans, blocked)
    out = []
    for ent in ents:
        if ent.label_ != "LOC":
            continue
        name = doc[place_end(ent) : ent.end] if len(ent) > 2 else ent
        if not 2 <= len(name) <= 3 or name[0].dep_ != "appos" or name[0].head.i >= ent.start:
            continue
        if (
            name[0].head.pos_ != "NOUN"
            or "Anim" not in name[0].morph.get("Animacy")
            or any(t.i in covered or t.pos_ != "PROPN" or not _capital_word(t) for t in name)
            or gaz.city(name.text) is not None
            or any(p.is_known and "Geox" in p.tag for t in name for p in morph().parse(t.text))
        ):
            continue
        out.append(name)
    return out


def named_surnames_read_as_places(
    doc: Doc, ents: Sequence[Span], spans: list[Span], blocked: set[int]
) -> list[Span]:
    """A one-word place natasha tagged that is, letter for letter, the surname of a name the
    document gave in full before it, standing alone as the subject of a finite verb ("Рикардо
    Лагос — президент Чили … Во время визита в Перу Лагос встречался": Lagos is also
    Nigeria's city): the person again. Not a place after a preposition or an object ("посетил
    Лагос"), nor a word of a capital (`blocked`: "Вашингтон заявил" stands for the state).
    Pass forty-five, own sentences (h-status47)."""
    covered = _covered(spans, blocked)
    full = [s for s in spans if len(s) > 1]
    out = []
    for ent in ents:
        if ent.label_ != "LOC" or len(ent) != 1 or ent.start in covered:
            continue
        t = ent[0]
        verb = t.head
        if not (
            any(s.start < t.i and _surname_word(s) == t.text for s in full)
            and t.dep_ in {"nsubj", "nsubj:pass"}
            and not has_preposition(t)
            and verb.pos_ in {"VERB", "AUX"}
            and "Fin" in verb.morph.get("VerbForm")
            and not with_common_noun(t)
        ):
            continue
        out.append(ent)
    return out


def month_names_missed(doc: Doc, spans: list[Span], blocked: set[int]) -> list[Span]:
    """A woman's first name read as a month ("Марта") and a capitalised word natasha left
    untagged, the subject of a verb in the feminine ("Марта Кос написала: «…»"): her name,
    not a date's month, which a number or a preposition comes before ("10 марта Кос …")."""
    covered = _covered(spans, blocked)
    texts = token_strings(doc)  # capitalised first, from the array: no Token for the rest
    return [
        doc[i : i + 2]
        for i in range(len(doc) - 1)
        if i not in covered
        and i + 1 not in covered
        and texts[i][:1].isupper()
        and month_first_name(doc, i)
        and not (i > 0 and doc[i - 1].pos_ == "ADP")
        and doc[i + 1].pos_ == "PROPN"
        and doc[i + 1].text[:1].isupper()
        and not doc[i + 1].ent_type_
        and predicate_gender(doc[i : i + 2]) == "femn"
    ]


def first_names_opening(doc: Doc, spans: list[Span], blocked: set[int]) -> list[Span]:
    """A known first name and a capitalised word natasha left untagged, opening a sentence
    as the subject of a verb or short participle of the first name's gender ("Мэри Шапиро
    назначена главой комиссии"): a name the tagger misses without a title before it. Not a
    place or ordinary word second ("Вера Европы в союз ослабла"), nor a first name of the
    other gender than the verb's."""
    covered = _covered(spans, blocked)
    texts = token_strings(doc)
    out = []
    for sent in doc.sents:
        i = sent.start
        if i + 1 >= sent.end or i in covered or i + 1 in covered:
            continue
        first, second = texts[i], texts[i + 1]
        if not (first[:1].isupper() and second[:1].isupper() and second.isalpha()):
            continue
        if doc[i].ent_type_ or doc[i + 1].ent_type_ or not is_first_name(first, plural=False):
            continue
        genders = {g for case, g in name_forms(first) if case == "nomn"}
        if place_or_word(second) or len(genders) != 1:
            continue
        if predicate_gender(doc[i : i + 2]) in genders:
            out.append(doc[i : i + 2])
    return out


def persons_after_outlets(
    doc: Doc, ents: Sequence[Span], spans: list[Span], blocked: set[int], gaz: Gazetteer
) -> list[Span]:
    """The name after a known outlet natasha read with it as one organization ("CNN Larry
    King", "BBC Jane Smith"): a host's or a correspondent's, the person left once
    `outlet_before_person` has cut the outlet off as the organization (fiftieth pass,
    h-names101; the forty-ninth kept the outlet and lost the person)."""
    covered = _covered(spans, blocked)
    out = []
    for ent in ents:
        outlet = outlet_before_person(ent, gaz) if ent.label_ == "ORG" else None
        if outlet is not None and not covered.intersection(range(outlet[0].end, ent.end)):
            out.append(doc[outlet[0].end : ent.end])
    return out


def leaders_read_as_bodies(
    doc: Doc, ents: Sequence[Span], spans: list[Span], blocked: set[int]
) -> list[Span]:
    """natasha's ORG that is a body's leader's name after the body's noun (`leader_named`:
    "Правительство X Y подало в отставку"), or a party's noun and its leader's name
    (`party_leader`: "[Партии Кастильо]"), which organizations leave out: the person."""
    covered = _covered(spans, blocked)
    leaders = [doc[e.start : e.end] for e in ents if e.label_ == "ORG" and leader_named(e)]
    leaders += [p for p in (party_leader(e, ents) for e in ents) if p is not None]
    return [s for s in leaders if not covered.intersection(range(s.start, s.end))]


# Cyrillic only: Latin initials open ships' and craft's names too ("S.S. Robert H. Lawrence")
_CYRILLIC_INITIAL = re.compile(r"^(?:[А-ЯЁ]|Дж)$")
_CYRILLIC_WORD = re.compile(r"[А-ЯЁ][а-яё]+")


def _names_among(candidates: Iterable[tuple[Span, str]], covered: set[int]) -> list[Span]:
    """Each word with its initials, none of it tagged or taken, that is no place or ordinary
    word and declines as a name does or, with them, is the subject of a verb that tells a
    person's gender: a name (the first of overlapping ones)."""
    out = []
    for span, word in candidates:
        if any(i in covered or span.doc[i].ent_type_ for i in range(span.start, span.end)):
            continue
        if place_or_word(word):
            continue
        if name_forms(word) or predicate_gender(span) in ("masc", "femn"):
            out.append(span)
            covered |= set(range(span.start, span.end))
    return out


def bare_initials_untagged(doc: Doc, spans: list[Span], blocked: set[int]) -> list[Span]:
    """A capitalised word natasha left untagged with two initials written without periods
    after it ("Министр X Петров И В прибыл"; h-names105): a name where the word declines as
    a name does or is, with its initials, the subject of a verb that tells a person's
    gender; not a place or an ordinary word ("Москва А Б")."""
    texts = token_strings(doc)
    return _names_among(
        (
            (doc[j : j + 3], texts[j])
            for j in range(len(doc) - 2)
            if _CYRILLIC_WORD.fullmatch(texts[j]) and len(texts[j]) >= 3
            and all(BARE_INITIAL.match(texts[k]) for k in (j + 1, j + 2))
            and not (j + 3 < len(doc) and BARE_INITIAL.match(texts[j + 3]))
        ),
        _covered(spans, blocked),
    )  # fmt: skip


def surnames_after_academics(doc: Doc, spans: list[Span], blocked: set[int]) -> list[Span]:
    """A capitalised word natasha left untagged right after an academic rank, degree or post
    written short ("По словам д. м. н. Петрова", "доклад проф. Смирновой"): a surname where
    it ends as a Russian one does in some case, or the dictionary knows it as a name
    (names98); not a place or an ordinary word ("д. м. н. Москвы" is none)."""
    covered = _covered(spans, blocked)
    # each word's text and flag from the Doc's arrays: no `Token` per word (two, before)
    texts, alpha = token_strings(doc), doc.to_array(IS_ALPHA).tolist() if len(doc) else []
    return [
        doc[i : i + 1]
        for i in range(2, len(doc))
        if i not in covered
        and alpha[i]
        and texts[i][:1].isupper()
        and academic_before(doc, i) is not None
        and (russian_name(texts[i]) or _RUSSIAN_OBLIQUE.search(texts[i]) is not None)
        and not place_or_word(texts[i])
    ]


# A Russian surname's oblique form ("Петрова", "Смирновым", "Ковальской").
_RUSSIAN_OBLIQUE = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|е|ой)$|[сц]к(?:ого|ому|им|ом|ой|ую)$")


def initials_untagged(doc: Doc, spans: list[Span], blocked: set[int]) -> list[Span]:
    """Initials glued or spaced to a capitalised word natasha left untagged ("Б.Петро
    заявил", "К.Михал назначил … министром"): a name where the word declines as a name does
    or is, with its initials, the subject of a verb that tells a person's gender; Cyrillic
    letters only (a Latin "S.S." opens a ship's name). Not an
    abbreviation ("Т.е.", "Ул.Ленина": no initial), nor a list's letter or a city's "Г."
    before a place or an ordinary word ("Б. Правительство Польши", "Г.Москва")."""
    texts = token_strings(doc)

    def candidates() -> Iterator[tuple[Span, str]]:
        for j in range(2, len(doc)):
            start = j
            while (
                start >= 2 and texts[start - 1] == "." and _CYRILLIC_INITIAL.match(texts[start - 2])
            ):
                start -= 2
            if start < j and _CYRILLIC_WORD.fullmatch(texts[j]):
                yield doc[start : j + 1], texts[j]

    return _names_among(candidates(), _covered(spans, blocked))


def surnames_missed(doc: Doc, spans: list[Span], blocked: set[int], gaz: Gazetteer) -> list[Span]:
    """Known surnames natasha left untagged ("Токаев написал статью"): surnames of the
    gazetteer and of the names found in this document, as proper nouns."""
    covered = _covered(spans, blocked)
    surnames, names = name_index(gaz)
    in_doc: dict[str, list[str]] = {}
    full = [s for s in spans if len(s) > 1]
    for surname in (_surname_word(s) for s in full):
        if len(surname) >= 4:
            in_doc.setdefault(fold(surname)[:3], []).append(surname)
    # the words after the first of the names given in full: no first name's
    written = {w.text for s in full for w in s[1:]}
    out = []
    texts = token_strings(doc)
    for i, text in enumerate(texts):
        if i in covered or not text[:1].isupper():
            continue
        t = doc[i]  # made for the capitalised words alone
        # A whole known name, however short its parts ("Си Цзиньпин подчеркнул").
        whole = next(
            (
                doc[t.i : t.i + len(words)]
                for words, _ in names.get(fold(text)[:2], ())
                # the first word alone first: most names of these letters differ in it
                if form_of(text, words[0]) and same_words(tuple(texts[i : i + len(words)]), words)
            ),
            None,
        )
        label = None if whole is not None else _turn_label(t, full)
        if label is not None:
            whole = label
        if whole is not None and not any(i in covered for i in range(whole.start, whole.end)):
            out.append(whole)
            covered |= set(range(whole.start, whole.end))
        elif (
            (
                t.pos_ == "PROPN"
                and t.ent_type_ not in ("LOC", "ORG")  # "вылетела в Лондон": natasha's place
                and len(t.text) >= 4
                and any(
                    form_of(t.text, s)
                    for index in (surnames, in_doc)
                    for s in index.get(fold(t.text)[:3], ())
                )
                and not with_common_noun(t)
            )
            or _surname_as_subject(t, in_doc.get(fold(t.text)[:3], []))
            or _dative_of_named(t, written)
            or sole_surname_slot(t, gaz)
            or _generation_of_named(t.text, in_doc)
        ):
            out.append(doc[t.i : t.i + 1])
    return out


def _dative_of_named(t: Token, named: set[str]) -> bool:
    """A capitalised word in "-у" inside a sentence whose stem, a consonant's end, is a word
    after the first of a name this document gave in full ("Хуан Рамирес … вручил Рамиресу
    орден"): its surname's dative, which the dictionary does not know and natasha may leave
    untagged."""
    word = t.text
    stem = word[:-1]
    return (
        word.endswith("у")
        and not t.is_sent_start
        and len(stem) >= 4
        and stem[-1].lower() not in "аеёиоуыэюяйь"
        and stem in named
        and not with_common_noun(t)
    )


def _generation_of_named(word: str, in_doc: dict[str, list[str]]) -> bool:
    """A surname with "-младший"/"-старший" ("Уильямс-младшая заявила" opening a sentence)
    whose surname alone is one of this document's full names ("Карла Уильямс"): natasha may
    leave it untagged; it names a person, whichever (`person_links`; names86)."""
    bare = without_generation(word)
    return bare != word and any(form_of(bare, s) for s in in_doc.get(fold(bare)[:3], ()))


def _turn_label(t: Token, full: list[Span]) -> Span | None:
    """A transcript turn's label that repeats a name this document gave in full, its
    surname last, alone or after initials or other words of that name ("Кос: …" after
    "Марта Кос: …", "Б.Абдель Аты: …"): natasha may read a short one as a place (the island
    Кос) or run a place of the line before into it; a word that opens no line or ends no
    such name ("Вопрос: …", "Кос: остров …" with no Кос named) is none."""
    doc = t.doc
    if t.i + 1 >= len(doc) or doc[t.i + 1].text != ":":
        return None
    names = [s for s in full if _surname_word(s) == t.text]
    if not names:
        return None
    words = {w.text for s in names for w in s}
    start = t.i
    while start >= 1 and doc[start - 1].text in words and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    i = start
    while i >= 2 and doc[i - 1].text == "." and INITIAL.fullmatch(doc[i - 2].text):
        i -= 2
    return doc[start : t.i + 1] if i == 0 or "\n" in doc[i - 1].text_with_ws else None


def _surname_as_subject(t: Token, named: list[str]) -> bool:
    """A capitalised word the tagger reads as a common noun, written as the surname of a
    name this document gave in full, as a subject ("Хавьер Милей … Милей ответил ему":
    "Милей" read as the instrumental of "миля"); not one of a list of things ("Мороз и
    засуха"), nor one the tagger reads in the nominative, where the common noun makes sense
    ("Андрей Гора … Гора обрушилась на деревню")."""
    return (
        t.pos_ == "NOUN"
        and t.text in named
        and case_of(t) != "Nom"
        and subject_slot(t)
        and not with_common_noun(t)
    )


@cache
def _sole_surnames(gaz: Gazetteer) -> dict[str, list[tuple[str, str]]]:
    """One-word surnames of exactly one gazetteer person, with the gender of that person's
    first name ("" unknown), by their first three folded letters: a surname two persons
    share ("Форд", "Картер") names neither alone. A surname whose second word is a particle
    ("Лула да Силва") counts by its first word, which news writes alone ("Лула заявил"),
    where no other surname has that word ("Фернандес" of "Фернандес де Киршнер" stays
    Альберто Фернандес's)."""
    alone = {p.key: word for p in gaz.persons if (word := _surname_alone(p.last))}
    count = Counter(fold(word) for word in alone.values())
    one_word = Counter(fold(p.last) for p in gaz.persons if p.last and " " not in p.last)
    sole = [
        p
        for p in gaz.persons
        if len(alone.get(p.key, "")) >= 4
        and (one_word if " " not in p.last else count)[fold(alone[p.key])] == 1
    ]
    genders = _first_name_genders(sorted({p.first for p in sole if p.first}))
    index: dict[str, list[tuple[str, str]]] = {}
    for p in sole:
        word = alone[p.key]
        index.setdefault(fold(word)[:3], []).append((word, genders.get(p.first, "")))
    return index


def _surname_alone(last: str) -> str:
    """The word a surname is written alone by: itself if one word, its first before a
    particle ("Лула" of "Лула да Силва"); "" for others ("Лопес Обрадор", "фон дер Ляйен")."""
    words = last.split()
    if len(words) == 1 or (len(words) > 2 and words[1] in PARTICLES and words[0] not in PARTICLES):
        return words[0] if words else ""
    return ""


def _first_name_genders(firsts: list[str]) -> dict[str, str]:
    """`first_name_gender` of each first name, from the table cache while the names and the
    morphology that reads them are the same (~1,200 names parsed cost ~0.025 s CPU of every
    build that reads a document)."""
    inputs = [*versions(*MORPHOLOGY), *sources("kg.resolve.gender", "kg.nlp.morph"), *firsts]
    return cached("first-name-genders", inputs,
                  lambda: {first: first_name_gender(first) for first in firsts})  # fmt: skip


def sole_surname_slot(t: Token, gaz: Gazetteer) -> bool:
    """A capitalised word that is the surname of one gazetteer person, standing where a
    name stands, though the dictionary knows it as a common noun ("Макрон заявил",
    "Милей прибыл": "миля"; "президент Милей подписал"): the subject of a verb (a noun the
    tagger reads in the nominative only where it reads it as a name too: "Рост
    замедлился"), or right after an office title; never one a preposition governs ("в
    Макроне"), one with a dependent noun or adjective ("Колонна грузовиков"), nor one of a
    list of things. A surname in a list whose other words the tagger reads as persons stands
    where the list's first word does ("Путин и Макрон обсудили", "провели Шольц и Макрон");
    not in a list of things ("Франция и Рено подписали")."""
    if not t.text[:1].isupper() or has_preposition(t) or with_common_noun(t):
        return False
    if any(c.dep_ in ("nmod", "amod", "det", "nummod") for c in t.children):
        return False
    owners = [g for s, g in _sole_surnames(gaz).get(fold(t.text)[:3], ()) if form_of(t.text, s)]
    if not owners:
        return False
    before = t.doc[t.i - 1] if t.i else None
    if (
        before is not None
        and "Plur" not in features(before, "Number")  # "Игроки Ливерпуля": their club
        and is_office((before.lemma_.lower(),))
    ):
        return True
    # the verb shows the other sex than the person's: a thing ("Чайка пролетела")
    told = predicate_gender([t])
    if told and owners[0] and told != owners[0]:
        return False
    if t.dep_ == "conj" and any(
        o.ent_type_ == "PER" for o in (t.head, *t.head.children) if o.dep_ in ("conj", t.head.dep_)
    ):
        t = t.head  # the list's first name stands in the subject's place for all of it
    return subject_slot(t) and (t.pos_ == "PROPN" or case_of(t) != "Nom")


def _surname_word(span: Span) -> str:
    """The word of a name of two or more that is its surname: the last, or the first of a
    surname written before the first name ("Лебедева Ирина"), whose first name is no
    surname to look for."""
    return span[0].text if len(span) == 2 and nominative_pair(span[0], span[1]) else span[-1].text


# A word of a name in Latin letters: capitalised ("Lluís", "O'Neill", "Jong-un"), also
# after a prefix of one or two letters ("McAfee", "MacArthur", "DiCaprio"), or a particle
# written lower case ("de", "al", "van").
_LATIN_WORD = re.compile(
    r"^(?:[A-Z](?:[a-z]{1,2}[A-Z])?[a-zà-öø-ÿ'’]+(?:-[A-Za-z][a-zà-öø-ÿ'’]+)*|[a-z]{1,3})$"
)


_LATIN_SUFFIXES = frozenset(["Jr", "Sr", "II", "III"])


def latin_asides(doc: Doc, spans: list[Span], blocked: set[int]) -> list[Span]:
    """The Latin spelling of a name in brackets right after it ("Джефф Сешнс (Jeff
    Sessions)", "Джеймс Коми (James B. Comey)"), which natasha leaves untagged: a name of as
    many capitalised words as the name before it (one fewer where natasha took a word too
    many), initials and "Jr." aside; not a body or a state the gazetteer knows ("Иван
    Петров (CNN)"), nor one word ("(Reuters)"). Also after a bracketed other spelling of
    the surname ("Лоуренс Зайгер (Цайгер) (Lawrence Zeiger)")."""
    out = []
    for span in spans:
        # natasha's span may run into the brackets: the name is what comes before them
        i = next((t.i for t in span if t.text == "("), span.end)
        inner = _bracketed(doc, i)
        if inner is not None and i > span.start and _other_spelling(inner, doc[i - 1]):
            inner = _bracketed(doc, inner.end + 1)  # "(Цайгер) (Lawrence Zeiger)"
        others = blocked | {j for s in spans if s is not span for j in range(s.start, s.end)}
        if inner is None or any(t.i in others for t in inner) or not inner[0].text[:1].isupper():
            continue
        span = doc[span.start : i]
        words = [t.text for t in inner if t.text != "."]
        if not all(_LATIN_WORD.match(w) or INITIAL.match(w) and w.isascii() for w in words):
            continue
        names = _capitalised([w for w in words if len(w) > 1 and w not in _LATIN_SUFFIXES])
        russian = _capitalised([t.text for t in span if not INITIAL.match(t.text)])
        if (names >= 2 and russian - 1 <= names <= russian) or _spelt_in_latin(span, words):
            out.append(inner)
    return out


# What lies between a name and its other spelling in brackets: the original script's word,
# then "В источниках также:" or "также:" ("(三浦雄一郎 В источниках также: Ючиро Миура").
_SPELT_AGAIN_GAP = re.compile(
    r"\s*\(\s*(?:[^\sА-Яа-яЁё()]+\s*)?(?:в источниках\s+)?также\s*:\s*", re.I
)


def places_spelt_again(
    doc: Doc, ents: Sequence[Span], spans: list[Span], blocked: set[int]
) -> list[Span]:
    """A name of capitalised words natasha tagged a place whose brackets right after it spell
    it again as a person's name ("с вершины горы Эмили Хада (羽田恵美里 В источниках также:
    Емили Хада)"): the person's, as first written (`spelt_again`). Not a place's other name
    there, which is no person's ("горы Эверест (также: Джомолунгма)")."""
    covered = _covered(spans, blocked)
    return [
        ent
        for ent in ents
        if ent.label_ == "LOC"
        and 2 <= len(ent) <= 3
        and not any(i in covered for i in range(ent.start, ent.end))
        and all(t.is_alpha and t.text[:1].isupper() for t in ent)
        and spelt_again(ent, spans)
    ]


def spelt_again(name: Span, spans: list[Span]) -> bool:
    """The brackets right after `name` spell it again as a person's name, past the original
    script and "В источниках также:" or "также:": one of `spans` of as many words, each
    spelt alike ("Эмили Хада (羽田恵美里 В источниках также: Емили Хада)"). A person so
    named is no thing's name, whatever noun the name follows ("с вершины горы …")."""
    doc = name.doc
    close = next(
        (j for j in range(name.end, min(name.end + 12, len(doc))) if doc[j].text == ")"), None
    )
    if close is None:
        return False
    other = next((s for s in spans if name.end < s.start and s.end <= close), None)
    if other is None:
        return False
    if not _SPELT_AGAIN_GAP.fullmatch(doc_text(doc)[name.end_char : other.start_char]):
        return False
    words = [t.text for t in other if t.is_alpha]
    return len(words) == len(name) and all(
        SequenceMatcher(None, slug(a.text), slug(b)).ratio() >= _SPELT_ALIKE
        for a, b in zip(name, words, strict=True)
    )


def _spelt_in_latin(name: Span, latin: list[str]) -> bool:
    """Latin words in brackets that spell the name before them word by word, one more word
    at most (a second surname the Russian leaves out, "Тор Халворссен (Thor Halvorssen
    Mendoza)"), or the one word of a first name alone ("Петер (Peter)"), a one-letter surname
    too ("Гидеон Ю (Gideon Yu)"): its Latin spelling, whatever the count of capitals. Not a
    source or a body that spells no word of it ("Роберт (Reuters)"), nor one named after
    the person ("(Lars Ulsen Media)")."""
    russian = [t.text for t in name if t.is_alpha]
    if not russian or not len(russian) <= len(latin) <= len(russian) + 1:
        return False
    if len(latin) > len(russian) and latin[-1] in load_list(_LATIN_BODY_WORDS):
        return False  # "(Lars Ulsen Media)": a body named after the person
    return all(
        SequenceMatcher(None, slug(r), slug(w)).ratio() >= _SPELT_ALIKE
        for r, w in zip(russian, latin, strict=False)
    )


_LATIN_BODY_WORDS = Path(__file__).with_name("latin_body_words.txt")


# How alike a Russian word and a Latin one must be, both in ASCII, to spell one name
# ("Юнас"/"Jonas" 0.6, "Роберт"/"Reuters" 0.46)
_SPELT_ALIKE = 0.6


def _other_spelling(inner: Span, surname: Token) -> bool:
    """One Cyrillic word in brackets that ends as the surname before it does ("Зайгер
    (Цайгер)"): another spelling of it, not an abbreviation nor a place ("(ЛДПР)")."""
    word = inner[0].text
    return (
        len(inner) == 1
        and not word.isascii()
        and word[1:].islower()
        and word[-2:] == surname.text[-2:]
        and word != surname.text
    )


def _bracketed(doc: Doc, i: int) -> Span | None:
    """The words in the brackets that open at token `i`, eight at most, or None."""
    if i + 2 >= len(doc) or doc[i].text != "(":
        return None
    close = next((j for j in range(i + 1, min(i + 9, len(doc))) if doc[j].text == ")"), None)
    return doc[i + 1 : close] if close is not None and close > i + 1 else None


def _capitalised(words: list[str]) -> int:
    """How many capitalised parts the words have, a hyphen's parts apart ("аль-Итали" and
    "al Italy" have one each)."""
    return sum(part[:1].isupper() for w in words for part in w.split("-"))


def syllable_names(doc: Doc, spans: list[Span], blocked: set[int]) -> list[Span]:
    """East-Asian names natasha left untagged ("Визит Во Ван Тхыонга в Индонезию", "Хун Сен
    встретился"): a capitalised run of two or three words, the first a surname of
    syllable_surnames.txt, the others syllables too or words the dictionary does not know,
    with no state, organization, place or other capitalised word touching it ("Во
    Вьетнаме" is no name, nor "Ли" before a run of four); natasha's place that runs from a
    place's word into such a run ends before it ("из провинции Юньнань Ма Ай Лунь",
    `_place_tail`)."""
    covered = _covered(spans, blocked)
    syllables = load_list(SYLLABLE_SURNAMES)
    out = []
    for i, text in enumerate(token_strings(doc)):
        if i in covered or text not in syllables:
            continue
        t = doc[i]  # made for the syllables alone
        end = t.i + 1
        tail = _place_tail(doc, t.i)
        while (
            end < len(doc)
            and end - t.i < 4
            and (_syllable_word(doc[end], syllables) or (tail and _in_place_tail(doc[end])))
        ):
            end += 1
        if end - t.i < 2 or end - t.i > 3 or end in covered:
            continue
        if end < len(doc) and doc[end].text[:1].isupper():
            continue  # a longer run of capitals: a title or a name of something else
        if any(i in covered for i in range(t.i, end)):
            continue
        if any(doc[i].ent_type_ in ("LOC", "ORG") for i in range(t.i, end)) and not (
            (tail and (ent := _place_of(doc, t.i)) is not None and ent.end == end)
            or _partner_with(doc, t.i, end)
        ):
            continue
        out.append(doc[t.i : end])
        covered |= set(range(t.i, end))
    return out


# Nouns of people meeting or talking, whose "с" takes the one met ("Встреча с …").
_MET_WITH = frozenset(["встреча", "переговоры", "беседа", "разговор", "диалог", "вместе"])


def _partner_with(doc: Doc, start: int, end: int) -> bool:
    """A run of syllables natasha tagged as a place of its own, right after "с"/"со" after a
    verb or a noun of meeting (`_MET_WITH`), or hung on one by the parse, its last word in a
    man's instrumental "-ом"/"-ем" ("Встреча с Во Ламом прошла", "встретился с Ким Ён
    Чхолем", "Встреча премьера Лаоса с Во Ламом"): one met with; not a place a border or a
    link is with ("Граница с Ха Намом")."""
    ent = _place_of(doc, start)
    return (
        start > 1
        and doc[start - 1].lower_ in ("с", "со")
        and any(
            w.pos_ == "VERB" or w.lemma_.lower() in _MET_WITH
            for w in (doc[start - 2], doc[start].head)
        )
        and ent is not None
        and (ent.start, ent.end) == (start, end)
        and doc[end - 1].lower_.endswith(("ом", "ем", "ём"))
    )


def _place_of(doc: Doc, i: int) -> Span | None:
    """natasha's place span that holds token `i`."""
    return next((e for e in doc.ents if e.start <= i < e.end and e.label_ == "LOC"), None)


def _place_tail(doc: Doc, start: int) -> bool:
    """A syllable surname at `start` inside a span natasha tagged as a place that begins
    before it with a capitalised word ("Юньнань Ма Ай Лунь"), or opening such a span right
    after another place's ("автономного района Ма Ай Лунь"; not "в городе Хо Ши Мин"): a
    place, then a name of syllables, which runs to the span's end."""
    ent = _place_of(doc, start)
    if ent is None:
        return False
    if ent.start == start:  # its own span right after another place's ("района Ма Ай Лунь")
        return start > 0 and _place_of(doc, start - 1) is not None
    return doc[ent.start].text[:1].isupper()


def _in_place_tail(t: Token) -> bool:
    """A word of a name of syllables natasha ran into a place before it: capitalised,
    Cyrillic, no place's name in the dictionary ("Ай", "Лунь"; not "Пекин")."""
    return (
        bool(re.fullmatch(r"[А-ЯЁ][а-яё]+", t.text))
        and t.ent_type_ == "LOC"
        and not any("Geox" in p.tag for p in morph().parse(t.text) if p.is_known)
    )


def with_syllable_surnames(doc: Doc, spans: list[Span], blocked: set[int]) -> list[Span]:
    """A name natasha tagged without the East-Asian surname before it ("То Лам:" as "Лам",
    a transcript's speaker then no turn): the surname of syllable_surnames.txt joins a name
    of one or two words right after it."""
    syllables = load_list(SYLLABLE_SURNAMES)
    covered = _covered(spans, blocked)
    out = []
    for span in spans:
        i = span.start - 1
        if (
            span.label_ == "PER"
            and i >= 0
            and i not in covered
            and doc[i].text in syllables
            and len(span) <= 2
            and not any(russian_name(t.text) for t in span)  # "То Путин, то Лавров"
        ):
            span = Span(doc, i, span.end, label="PER")
        out.append(span)
    return out


def russian_name(word: str) -> bool:
    """A first name or surname the dictionary knows ("Путин", "Сергей"), or a surname of a
    Russian ending ("Савичева"; not "-ин", which Chinese names end in too: "Цзиньпин")."""
    if russian_surname_end(word, with_in=False):
        return True
    return any({"Surn", "Name"} & p.tag.grammemes for p in morph().parse(word) if p.is_known)


def _syllable_word(t: Token, syllables: frozenset[str]) -> bool:
    """A word that may follow an East-Asian surname in a name: a syllable of the list, or a
    capitalised Cyrillic word the dictionary knows as no place or ordinary word."""
    if not (t.text[:1].isupper() and re.fullmatch(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?", t.text)):
        return False
    return t.text in syllables or not place_or_word(t.text)


def nominative_pair(surname: Token, first: Token) -> bool:
    """A surname, then a first name that reads only as a nominative, and the surname a
    nominative of its gender, or a foreign one that does not decline, which the document
    writes after that first name elsewhere ("Фриске Жанна"): one person named surname
    first. Not an owner's genitive before a name ("жена Обамы Мишель", "сын Иванова
    Пётр": the first name of another case or the surname's)."""
    if not is_first_name(first.text, plural=False) or sole_case(first.text) != {"nomn"}:
        return False
    genders = {g for case, g in name_forms(first.text) if case == "nomn"}
    forms = name_forms(surname.text)
    if not forms:
        return undeclined_surname_of(surname, first)
    return any(("nomn", g) in forms for g in genders)


def sole_case(word: str) -> set[str]:
    """The cases of a word's known singular readings ("Людмила": nominative only)."""
    return {
        p.tag.case for p in morph().parse(word) if p.is_known and "sing" in p.tag and p.tag.case
    }


def month_first_name(doc: Doc, i: int) -> bool:
    """A woman's first name the dictionary reads mostly as a month ("Марта", "Марте" of
    "март"), capitalised before a name and with no day's number before it: hers ("Марта
    Новак заявила", "с Мартой Новак"), not a date's ("10 марта Новак заявил")."""
    t = doc[i]
    return (
        t.text[:1].isupper()
        and re.fullmatch(MONTH_RE, t.lower_) is not None
        and not (i > 0 and doc[i - 1].like_num)
        and any("Name" in p.tag and p.is_known for p in morph().parse(t.text))
    )


def same_words(words: tuple[str, ...], name: list[str]) -> bool:
    """Word for word the name, each in some case; "son of" however spelled ("бин", "бен")."""
    return len(words) == len(name) > 1 and all(
        form_of(w, n) or same_nasab(w, n) for w, n in zip(words, name, strict=True)
    )
