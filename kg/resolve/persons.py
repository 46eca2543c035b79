"""Person names as one document writes them: natasha's PER spans cleaned of titles,
addresses and line breaks, joined with initials and first names it left out, and known
surnames it missed; each with what linking needs of its sentence.

This module puts a document's mentions together (`person_mentions`), joins adjacent spans,
reads a mention's kin and gender and brings an oblique name to the form the document
writes; the steps it takes live apart: the names natasha missed (missed_names.py), where
one span holds two names (name_splits.py), trimming a span to the name (name_trims.py),
pieces that name no person (not_persons.py) and the gazetteer's indexes of persons by
name (person_indexes.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.attrs import ENT_IOB, ENT_TYPE, LEMMA
from spacy.tokens import Doc, Span, Token

from kg.doc_text import token_strings
from kg.gazetteer import Gazetteer, capital_of_words
from kg.nlp.morph import UD_CASE, case_of, cases_of, morph, undeclined_first_name
from kg.resolve.gender import man_named, predicate_gender, woman_named
from kg.resolve.kin_and_ranks import (
    KIN,
    WOMEN_KIN,
    apposed_kin,
    kin_past_owner,
    kins_owner,
    rank_sex,
    royal_rank,
)
from kg.resolve.missed_names import (
    bare_initials_untagged,
    first_names_opening,
    holder_slots,
    initials_untagged,
    latin_asides,
    leaders_read_as_bodies,
    month_names_missed,
    named_surnames_read_as_places,
    names_after_her_ranks,
    names_after_title_places,
    names_read_as_places,
    names_read_as_places_after_verbs,
    nominative_pair,
    own_place,
    particle_names_read_as_places,
    particle_names_untagged,
    persons_after_outlets,
    places_spelt_again,
    sole_surname_slot,
    spelt_again,
    surnames_after_academics,
    surnames_after_state_titles,
    surnames_after_titles,
    surnames_before_state_titles,
    surnames_missed,
    surnames_read_as_places,
    syllable_names,
    with_syllable_surnames,
)
from kg.resolve.name_cases import after_quoted_verb, reporting_subject
from kg.resolve.name_forms import VOWELS, fold, form_of
from kg.resolve.name_lexicons import (
    PARTICLES,
    family_plural,
    is_first_name,
    russian_surname_end,
)
from kg.resolve.name_spellings import same_given
from kg.resolve.name_splits import (
    case_break,
    others_surname_apart,
    patron_before,
    split_lines,
    surname_first_in_full,
    surname_owners,
)
from kg.resolve.name_trims import (
    adjective_only,
    initial_alone,
    is_subject,
    lone_word,
    opens_another,
    place_after_v_read,
    place_named,
    ruler_given_name,
    sees_of_ranks,
    trim,
    with_initials,
)
from kg.resolve.names import NameParts, name_parts
from kg.resolve.not_orgs import thing_named
from kg.resolve.not_persons import (
    abbreviation_joined,
    address_form,
    after_place_abbreviation,
    award_eponym,
    body_after_title,
    body_named_again,
    brand_name,
    capital_alone,
    caption_word,
    dedicated_epithet,
    family_of_named,
    first_name_as_written,
    function_or_verb,
    header_common_noun,
    hyphened_group,
    inanimate_thing,
    joined_to_event,
    kind_named,
    land_title,
    listed_with_firms,
    listed_word,
    maiden_name,
    named_after_noun,
    names_a_family,
    noun_name_of_place,
    noun_phrase_name,
    opening_conjunction,
    place_or_people,
    role_character,
    saint_in_place,
    street_after_na,
    thing_aside,
    titles_places,
    unit_of_body,
    work_title,
)
from kg.resolve.org_quotes import outlet_named, quoted_title, reporting_outlet
from kg.resolve.settled_bodies import her_surname_after_body
from kg.resolve.surname_declension import cased_like
from kg.resolve.title_lexicon import Title, titled_person


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
    rank_sex: str = ""  # the sex of a royal rank right before a surname alone ("принца Ямада")


def person_mentions(
    doc: Doc,
    ents: Sequence[Span],
    states: list[Span],
    orgs: list[Span],
    gaz: Gazetteer,
    titles: Sequence[Title] = (),
) -> list[PersonMention]:
    """The persons the document names, from its `doc.ents` (read once by the caller); `orgs`
    carry their gazetteer kind as `label_` ("ORG" where unknown), which tells a firm a
    founder's name is listed with; a word right after one of `titles` that names a state
    is its holder's name, whatever else it reads as."""
    blocked = {i for s in [*states, *orgs] for i in range(s.start, s.end)}
    blocked |= sees_of_ranks(doc, gaz)  # "архиепископ Лимы Карлос Кастильо": the see
    places = _places(doc, gaz)
    no_name = blocked | places  # no word of a name: a state's, a body's or a capital's
    titled = titles_places(doc, titles)  # "Аким Алматы X": the title and its place
    no_name |= titled
    spans = _merge_adjacent(doc, list(ents), no_name)
    spans += surnames_missed(doc, spans, blocked, gaz)
    spans += surnames_read_as_places(doc, ents, spans, no_name, gaz)
    spans += particle_names_read_as_places(doc, ents, spans, blocked, gaz)
    spans += particle_names_untagged(doc, spans, no_name, gaz)
    spans += surnames_after_titles(doc, ents, spans, no_name, gaz)
    slots = holder_slots(titles)
    spans += surnames_after_state_titles(doc, spans, no_name, slots, gaz)
    spans += surnames_before_state_titles(doc, spans, no_name, titles, gaz)  # "X, министр Y,"
    spans += names_after_title_places(doc, spans, no_name, titles)  # "Аким Шымкента X Y"
    spans += named_surnames_read_as_places(doc, ents, spans, no_name)
    spans += names_read_as_places(doc, ents, spans, no_name, gaz)  # "…островов Хёгни Хансен"
    spans += names_read_as_places_after_verbs(doc, ents, spans, no_name, gaz)  # "принял X Y."
    spans += month_names_missed(doc, spans, no_name)
    spans += first_names_opening(doc, spans, no_name)
    spans += initials_untagged(doc, spans, no_name)
    spans += bare_initials_untagged(doc, spans, no_name)  # "Петров И В прибыл"
    spans += surnames_after_academics(doc, spans, no_name)
    spans += names_after_her_ranks(doc, spans, no_name)  # "визит Шейхи Лулвы"
    spans += persons_after_outlets(doc, ents, spans, no_name, gaz)  # "CNN Larry King"
    spans += leaders_read_as_bodies(doc, ents, spans, no_name)  # "Правительство X Y ушло"
    # a surname found again counts itself and the name it repeats ("Хавьер Милей … Милей")
    words = [t.text for s in spans for t in s if t.text[:1].isupper()]
    spans = with_syllable_surnames(doc, spans, blocked)
    spans += syllable_names(doc, spans, blocked)
    spans += latin_asides(doc, spans, blocked)
    spans += places_spelt_again(doc, ents, spans, blocked)
    parts_of = _parts_once()
    spans, others = others_surname_apart(spans, parts_of)
    out, joined = [], []
    lone = _lone_places(doc)
    places_read = [(e.start, e.text) for e in ents if e.label_ == "LOC" and len(e) == 1]
    # a full name's words are no first names another name takes in ("Имрана Хана Салман …")
    full = {i for s in spans if len(s) >= 2 for i in range(s.start, s.end)}
    for span in spans:
        for line in split_lines(span):
            trimmed = trim(line, blocked | titled, places, lone, gaz)
            kept = no_name | others | (full - set(range(line.start, line.end)))
            if trimmed is not None and (
                opens_another(trimmed, spans) or ruler_given_name(trimmed, gaz)
            ):
                kept |= set(range(line.start, trimmed.start))  # the rank stays dropped
            piece = with_initials(trimmed, kept) if trimmed is not None else None
            if piece is None or all(i in blocked for i in range(piece.start, piece.end)):
                continue
            if quoted_title(doc, piece) or reporting_outlet(piece, ents, gaz):
                continue
            parts = _object_as_listed(piece, parts_of(piece), gaz)
            if not (parts.last or parts.first) or initial_alone(piece):
                continue
            if (
                lone_word(piece, words)
                and piece.start not in slots  # "президент Сенегала Фай": his surname
                and not sole_surname_slot(piece[0], gaz)
                and not _reported_pair(piece)
            ):
                continue
            if not parts.first and (
                family_plural(piece[-1].text) is not None or family_of_named(piece, spans)
            ):
                continue  # "Ходорковские прибыли": a family, not one of them
            if outlet_named(piece, parts):
                continue
            if (
                brand_name(piece)
                or _named_thing(piece, spans)
                or (not parts.first and names_a_family(piece))
            ):
                continue
            if (
                address_form(piece)
                or dedicated_epithet(piece)
                or abbreviation_joined(piece)
                or land_title(piece)  # "герцогиня Йоркская": the title's land, no surname
                or function_or_verb(piece)  # "По неподтвержденной информации", "Передумали"
                or saint_in_place(piece)  # "в госпитале Святой Марии"
                or maiden_name(piece, spans)  # "(в девичестве Садыкова)": her former surname
                or thing_aside(piece, spans)  # "горы Эверест (также: Джомолунгма)"
                or kind_named(piece)  # "турнир типа Сан Луис"
                or joined_to_event(piece, words)  # "Синефондасьон и конкурс"
                or after_place_abbreviation(piece)  # "в г.Мансура"
                or named_after_noun(piece)  # "учился в колледже Монт С. Винсент"
                or award_eponym(piece, parts)  # "лауреат премии Соннинга"
                or hyphened_group(piece)  # "триумвират Каллас-Ансип-Рыйвас"
                or role_character(piece, parts)  # "за роль умного, но грубого Тириона"
                or opening_conjunction(piece)  # "Но стоит отметить" after a heading
                or noun_phrase_name(piece)  # "вождь Пляски Солнца"
                or (not parts.first and caption_word(piece, gaz, full))  # a line "Мельдоний"
                or (
                    not parts.first and listed_word(piece, ents, gaz, full)
                )  # "…, Майпу и Пеньялолен"
                or header_common_noun(piece, parts)  # "=== Надежда умирает последней? ==="
                or noun_name_of_place(piece, parts)  # "Вера Европы в союзника ослабла"
                or work_title(piece, parts)  # "посмотрел фильм Анна Каренина"
            ):
                continue
            if (
                capital_alone(piece, gaz)
                or place_or_people(piece, parts, places_read, gaz, full)
                or own_place(piece, slots, gaz)  # "Президент Кении Найроби покинул"
                or body_after_title(piece, gaz)  # "Председатель Халк Маслахаты Туркмении X"
            ):
                continue  # "Когда вы посетите Ханой?": natasha's person is a city
            if not parts.first and (
                body_named_again(piece, orgs, spans) or unit_of_body(piece, orgs, gaz)
            ):
                continue
            if not (parts.first or parts.initials) and listed_with_firms(piece, orgs, spans, gaz):
                continue
            joined += _coordinated_first(piece, parts)
            after_comma = piece.start >= 1 and doc[piece.start - 1].text == ","
            out.append(
                PersonMention(
                    piece.start_char, piece.end_char, parts, (piece.start, piece.end),
                    _via(parts), is_subject(piece.root), after_comma,
                    _woman(piece), _blood_kin(piece), _verb_gender(piece),
                    apposed_kin(piece) is not None or kin_past_owner(piece) is not None,
                    _rank_sex(piece, parts),
                )
            )  # fmt: skip
    taken = {m.tokens for m in joined}
    out = [m for m in out if m.tokens not in taken and not _within_another(m, out)]
    out = _holders_as_named(doc, _as_shown(doc, out), slots)
    return _first_names_as_named(doc, _nouns_as_named(doc, out)) + joined


def _holders_as_named(
    doc: Doc, mentions: list[PersonMention], slots: dict[int, Title]
) -> list[PersonMention]:
    """A surname alone right after an office title of a state (`holder_slots`) that the
    dictionary knows only as an ordinary noun's oblique case of one nominative, a case
    the title's head may stand in ("принял президента Польши Дуду", "позвонил президенту
    Польши Дуде"): that nominative ("Дуда"), as the title's case tells; the word kept as
    written where a reading is a nominative ("президентом Польши Дуда") or of another
    case than the title's."""
    out = []
    for m in mentions:
        title = slots.get(m.tokens[0])
        word = m.parts.words[0] if len(m.parts.words) == 1 else ""
        if title is None or not word or m.parts.first or m.parts.initials or not m.parts.last:
            out.append(m)
            continue
        readings = [p for p in morph().parse(word) if p.is_known]
        cases = {UD_CASE[c] for c in cases_of(doc[title.head]) if c in UD_CASE}
        forms = {p.normal_form for p in readings}
        if (
            len(forms) != 1
            or any(p.tag.POS != "NOUN" or "nomn" in p.tag for p in readings)
            or not cases & {p.tag.case for p in readings}
        ):
            out.append(m)
            continue
        last = cased_like(forms.pop(), word)
        out.append(replace(m, parts=replace(m.parts, last=last)))
    return out


def _nouns_as_named(doc: Doc, mentions: list[PersonMention]) -> list[PersonMention]:
    """A surname alone in an oblique case that the dictionary knows only as an animate
    noun of one nominative, no name ("последователями Христа"): that nominative
    ("Христос"), not a surname cut from the case ("Христ") (names83): only where the case's
    stem hides that nominative, as a vowel dropped ("Христа", "Орла"); "его сын Кота" (a
    Japanese first name, or "кот"'s genitive) is left to the reader, as is a word the
    tagger reads as a nominative."""
    out = []
    for m in mentions:
        word = m.parts.words[0] if len(m.parts.words) == 1 else ""
        if not word or m.parts.first or m.parts.initials or not m.parts.last:
            out.append(m)
            continue
        if case_of(doc[m.tokens[1] - 1]) in ("", "Nom"):
            out.append(m)
            continue
        readings = [p for p in morph().parse(word) if p.is_known]
        forms = {p.normal_form for p in readings}
        noun = bool(readings) and all(
            p.tag.POS == "NOUN" and "anim" in p.tag and not NAME_GRAMMEMES & p.tag.grammemes
            for p in readings
        )
        if not noun or len(forms) != 1 or any("nomn" in p.tag for p in readings):
            out.append(m)
            continue
        last = cased_like(forms.pop(), word)
        if fold(word).startswith(fold(last)):
            out.append(m)  # "сын Кота": the stem shows the nominative, the reader's guess stands
            continue
        out.append(
            m if fold(last) == fold(m.parts.last) else replace(m, parts=replace(m.parts, last=last))
        )
    return out


# pymorphy3's grammemes of a name, a surname, a patronymic or a place
NAME_GRAMMEMES = frozenset(["Name", "Surn", "Patr", "Geox", "Orgn", "Trad"])


def _first_names_as_named(doc: Doc, mentions: list[PersonMention]) -> list[PersonMention]:
    """A first name alone kept as written though the dictionary reads it only as an oblique
    case of another first name that the document gives a person ("мать Марту при жизни
    называли", read as a man's "-у" name, beside "мать Марту" read as Марта's accusative)
    takes that name: one person, not "Марта" and "Марту" (names83). A full name is left
    as it is ("Паулу Кордейру", a man's name as written), and so is a word the tagger reads
    as a nominative or her verb tells hers ("Королева Максима прибыла")."""
    named = {fold(m.parts.first): m.parts.first for m in mentions if m.parts.first}
    out = []
    for m in mentions:
        word = m.parts.words[0] if len(m.parts.words) == 1 else ""
        if not word or m.parts.first != word or m.parts.last or m.parts.initials:
            out.append(m)
            continue
        if m.woman or m.verb_gender or case_of(doc[m.tokens[1] - 1]) in ("", "Nom"):
            out.append(m)
            continue
        readings = [p for p in morph().parse(word) if "Name" in p.tag and p.is_known]
        forms = {p.normal_form for p in readings}
        other = named.get(fold(next(iter(forms)))) if len(forms) == 1 else None
        if other is None or fold(other) == fold(word) or any("nomn" in p.tag for p in readings):
            out.append(m)
            continue
        out.append(replace(m, parts=replace(m.parts, first=other)))
    return out


def _named_thing(piece: Span, spans: list[Span]) -> bool:
    """A thing's name after its noun (`thing_named`: "у рифа Второй Томас"), not a person's
    its brackets spell again ("с вершины горы Эмили Хада (… также: Емили Хада)")."""
    return thing_named(piece) and not spelt_again(piece, spans)


def _within_another(m: PersonMention, mentions: list[PersonMention]) -> bool:
    """Whether another mention holds all of this one's words and more: a first name the
    tagger read apart that the name after it took back in ("жены Матильды" + "Уррутии" →
    "Матильды Уррутии"), one name, not a first name of its own beside it (names80)."""
    (start, end) = m.tokens
    return any(
        o.tokens[0] <= start and end <= o.tokens[1] and o.tokens != m.tokens for o in mentions
    )


def _as_shown(doc: Doc, mentions: list[PersonMention]) -> list[PersonMention]:
    """A name in an oblique case takes the nominative the document itself writes for it:
    "Абий Ахмед" named elsewhere wins over a guess from "Абием Ахмедом", and so does "То
    Лам" over "То Ламу" (a final "-у" may be a case ending or the name's own, as in
    "Шойгу"), and so does the same word read elsewhere as a nominative ("Мартина прибыла"
    over "Мартина" read as the genitive of "Мартин"). Every word must be a form of the
    written one, so first names must agree. Where the tagger reads two forms so, the one that
    is its clause's subject is the nominative ("по приглашению … Ласло Кёвера. Ласло Кёвер
    отметил": "Ласло" shows no case, and "Кёвер" reads as "Кёвера"'s genitive plural too;
    sixty-second pass, h-names139)."""
    shown = sorted(
        (m for m in mentions if _written_nominative(doc, m)), key=lambda m: not m.subject
    )
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


def _rank_sex(piece: Span, parts: NameParts) -> str:
    """The sex of a royal rank written right before a surname alone ("дочь принца Ямада"),
    which keeps the name off a person of the other sex of that surname (his daughter
    "Мако Ямада"), else ""."""
    if parts.first or parts.initials or not piece.start:
        return ""
    return rank_sex(piece.doc[piece.start - 1])


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
        return "" if _owner_of_other_sex(kin, piece) else "apposed"
    return "listed" if _listed_after_children(piece) else ""


def _owner_of_other_sex(kin: Token, piece: Span) -> bool:
    """The pronoun that owns the kin tells a parent of the other sex than the name's ("его
    дочь Юлия Скрипаль", "её сын Майкл"): the relative is no namesake of the parent, so a
    name met before is the relative named again, not a namesake of hers or his."""
    first = piece[0].text
    for c in kin.children:
        if c.lower_ == "его" and woman_named(first):
            return True
        if c.lower_ in ("её", "ее") and man_named(first):
            return True
    return False


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
    if not parts.first or i < 2 or doc[i - 1].lower_ != "и":
        return []
    first = doc[i - 2]
    if first.pos_ != "PROPN" or not is_first_name(first.text):
        return []
    one = name_parts(doc[i - 2 : i - 1])
    name = one.first or first.text
    if family is None:
        if not _his_name_hers(piece, parts, first, name):
            return []
        last = parts.last
    else:
        last = family[1] if woman_named(first.text, family=True) else family[0]
    parts = NameParts(first=name, last=last, words=(first.text,))
    span = (first.i, first.i + 1)
    return [
        PersonMention(first.idx, first.idx + len(first), parts, span, "name", is_subject(first))
    ]


def _his_name_hers(piece: Span, parts: NameParts, first: Token, name: str) -> bool:
    """Whether a man's first name alone, joined by "и" to a woman's full name in its case,
    shares her surname ("Сергея и Юлии Скрипаль"): a surname men and women bear alike (no
    Russian "-ова", "-ина", "-ская" of hers, whose man's form the text does not write:
    "Сергея и Юлии Петровой" stays apart), the man's name opening the pair."""
    doc = piece.doc
    if len(piece) != 2 or not parts.last or parts.patronymic or parts.initials:
        return False
    if not woman_named(parts.first) or not man_named(name):
        return False
    his, hers = case_of(first), case_of(piece[0])
    if not his or (his != hers and {his, hers} != {"Gen", "Acc"}):
        return False  # a man's accusative is his genitive: "на Сергея и Юлию Скрипаль"
    if first.i > 0 and doc[first.i - 1].pos_ == "PROPN":
        return False  # "Петра Иванова и Юлии …": another full name before
    if first.i > 0 and royal_rank(doc[first.i - 1]):
        return False  # "Принц Уильям и Кейт Миддлтон": a royal goes by his first name
    return not russian_surname_end(parts.last.lower(), woman=True)


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
            and not place_named(doc, prev.start)
            and not (len(ent) > 1 and place_after_v_read(doc, prev.start))
            and not street_after_na(doc, prev.start)
            and not land_title(prev)  # "Герцог Сассекский Гарри": the title's land
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


def _first_name_apart(first: Span, name: Span) -> bool:
    """A one-word name natasha tagged apart right before a name of two words or more that
    opens with a dictionary first name, on the same line ("Нейл" + "Патрик Харрис"): his
    first name before a middle one, one person. Not a word in another case ("Ивану Пётр
    Смирнов сказал"), nor a patron's name before another's ("певицы Шакиры Пау Молинс").
    A first name that never declines has no case to agree: the tagger copies one from a
    place before it ("В Аккре Кваме Нана Аддо заявил": "Кваме" read as a locative)."""
    return (
        len(first) == 1
        and len(name) >= 2
        and first.end == name.start
        and first[0].is_alpha
        and first[0].text[:1].isupper()
        and "\n" not in first[0].whitespace_
        and is_first_name(name[0].text, plural=False)
        and (
            undeclined_first_name(first[0].text)
            or (
                not case_break(first[0], name[0], alone=False)
                and case_of(first[0]) == case_of(name[0])
            )
        )
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
        return nominative_pair(surname[0], name[0])
    return len(name) == 2 and surname_first_in_full(surname[0], name[0])


def _name_like(word: str) -> bool:
    """A first name ("Касым-Жомарта"), not a place, an organization or a common noun
    ("Приморья", "ФИФА", "Арсенала") that natasha put before a name."""
    if word.isupper():
        return False
    if is_first_name(word) or "-" in word:
        return True
    parses = morph().parse(word)
    if adjective_only(parses):
        return False  # "Семидесятишестилетний Жоау Перейра"
    return not any(
        p.is_known
        and (
            {"Geox", "Orgn"} & p.tag.grammemes
            or p.normal_form == p.word.lower()
            or inanimate_thing(p)
        )
        for p in parses
    )


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
    lasts = {p.last for key in surname_owners(piece[0].text, gaz, oblique=True)
             if (p := gaz.person(key)) is not None}  # fmt: skip
    return replace(parts, last=lasts.pop()) if len(lasts) == 1 else parts


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
        and not first_name_as_written(text)
        and not titled_person(doc[i])
    )


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
