"""Trimming a person span to the name: dropping the titles, forms of address, places,
glued or never-noun words natasha took in at its edges, joining the initials left out,
and telling a lone word that names nobody.

`person_mentions` trims each piece of a split span here before reading its parts.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from spacy.attrs import IS_ALPHA
from spacy.tokens import Doc, Span, Token

from kg.doc_text import token_strings
from kg.gazetteer import Gazetteer, capitals, normalize
from kg.lexicon import load_list
from kg.nlp.deps import SUBJECTS, has_preposition
from kg.nlp.marks import SENTENCE_ENDS
from kg.nlp.morph import (
    NAME_TAGS,
    UD_CASE,
    case_of,
    is_animate,
    is_inanimate,
    morph,
    undeclined_first_name,
)
from kg.resolve.clergy import SEE_RANKS
from kg.resolve.kin_and_ranks import (
    HER_RANK_CASES,
    RULER_RANKS,
    academic_word,
    apposed_kin,
    clergy_before_name,
    her_rank_oblique,
    rank_before_name,
    woman_rank,
)
from kg.resolve.missed_names import month_first_name, russian_name
from kg.resolve.name_forms import form_of, one_name
from kg.resolve.name_lexicons import (
    BARE_INITIAL,
    INITIAL,
    PARTICLES,
    SYLLABLE_SURNAMES,
    common_word,
    is_first_name,
    source_given_name,
)
from kg.resolve.name_spellings import NASAB, UNDECLINED_OPENERS
from kg.resolve.name_splits import case_break, patron_before, surname_first_in_full
from kg.resolve.not_persons import city_form, inanimate_thing, land_title, people_noun
from kg.resolve.org_naming import NAMED_AFTER
from kg.resolve.place_kinds import kind_of_place
from kg.resolve.title_lexicon import is_office, titled_person

# Words natasha sometimes pulls into a person span that are not names: forms of address
# and titles of rank, by lemma ("Шейху Тамиму", "Господина Ульсена").
NOT_NAME = frozenset(
    ["уважаемый", "господин", "госпожа", "г-н", "товарищ", "коллега", "шейх", "эмир",
     "султан", "принц", "принцесса", "мистер", "миссис", "сэр", "месье", "мадам", "синьор",
     "сеньор"]
)  # fmt: skip


# One-letter prepositions and conjunctions, which natasha takes for an initial where they
# open a sentence ("О Марте Кос писали"): an initial only with its period ("И. Петров").
# Inside a sentence one is a surname ("Министр торговли Китая У Цзяньго").
_LETTER_WORDS = frozenset("овскуиа")


# Nouns a surname alone after which names a thing after its finder ("болезнь Паркинсона"),
# or a decoration a state awards ("орден Сокола": no one named Сокол is meant).
_EPONYM_NOUNS = frozenset(["болезнь", "синдром", "теорема", "эффект", "орден", "медаль"])


# Punctuation that may stand before a sentence's first word: a quotation's opening mark, a
# dash opening a line of dialogue.
_OPENING_MARKS = frozenset("\"«„“”'‘—–-")


def opens_sentence(token: Token) -> bool:
    """The sentence's first word, or its first after opening quotation marks or a dialogue's
    dash (`"По Ковальчуку решение принято…`, «О Марте Кос писали»): the sentencizer opens
    the sentence at the mark, and the word opens it no less."""
    if token.is_sent_start:
        return True
    doc, i = token.doc, token.i
    k = i - 1
    while k >= 0 and doc[k].text in _OPENING_MARKS:
        if doc[k].is_sent_start:
            return True
        k -= 1
    return False


def place_after_v_read(doc: Doc, i: int) -> bool:
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


def adjective_only(parses) -> bool:  # noqa: ANN001 - pymorphy3 Parses
    """Every reading, known or guessed, an adjective or participle: an age or a quality
    before a name ("Семидесятишестилетний", "Пятидесятилетняя"), never a name."""
    return bool(parses) and all(
        p.tag.POS in ("ADJF", "PRTF") and not NAME_TAGS & p.tag.grammemes for p in parses
    )


def _age(parses) -> bool:  # noqa: ANN001 - pymorphy3 Parses
    """An age in years ("шестидесятилетняя", "30-летний"): a word no surname is."""
    return any(p.normal_form.endswith("летний") for p in parses)


def _noun_before_initials(doc: Doc, start: int) -> bool:
    """A word the dictionary knows as a common noun, no name, right before an initial and
    its period ("Экспедиция М.А. Кастрена", "Музей А. С. Пушкина"): a name opens with its
    initials, so the noun is the thing named after the person."""
    word, initial, period = doc[start], doc[start + 1], doc[start + 2]
    if not (INITIAL.match(initial.text) and period.text == "."):
        return False
    known = [p for p in morph().parse(word.text) if p.is_known]
    return bool(known) and common_word(word.text) and all(p.tag.POS == "NOUN" for p in known)


def trim(
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
    ("Король Абдалла"), a people's noun ("Чилиец Перес"), the land of a rank before it
    ("принц Астурийский Фелипе"), a common noun before initials
    ("Экспедиция М.А. Кастрена"), punctuation at either end."""
    doc = span.doc
    start, end = span.start, span.end
    while (
        start < end
        and (
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
                and not _rank_word_her_first(doc, start, end, gaz)
                and not _rank_word_after_office(doc, start, end, gaz)
            )
            or (end - start > 1 and _title_word(doc[start]))
            # "Чилиец Перес": his people's noun, no part of his name (a nationality noun is no
            # state mention either: it stays no one's state)
            or (end - start > 1 and people_noun(doc[start].text, gaz))
            # "Принц Астурийский Фелипе": the title's land, no word of his name
            or (end - start > 1 and land_title(doc[start : start + 1]))
            or (end - start > 1 and clergy_before_name(doc[start]))
            or academic_word(doc[start])  # "Проф. А. Сидоров": natasha's "Проф"
            or (end - start > 1 and place_named(doc, start))
            or (end - start > 1 and _place_elsewhere(doc, start, lone))
            or (
                end - start > 2
                and _place_of_title(doc, start)
                and not _gazetteer_first(doc, start, end, gaz)
            )
            or (end - start > 2 and _city_of_title(doc, start, gaz))
            or (end - start > 2 and _other_case_before(doc, start))
            or (end - start > 3 and _noun_before_initials(doc, start))
            or _place_after_v(doc, start, alone=end - start == 1)
            or _particle_ending_sentence(doc, start)
            or (
                doc[start].lower_ in _LETTER_WORDS
                and opens_sentence(doc[start])
                and doc[start + 1 : start + 2].text != "."
            )
        )
    ):
        start += 1
    while end > start and (end - 1 in blocked or not doc[end - 1].text[:1].isalpha()):
        end -= 1
    if end > start + 1 and end < len(doc) and _initial_before_period(doc, end):
        end += 1
    return doc[start:end] if end > start else None


def _particle_ending_sentence(doc: Doc, i: int) -> bool:
    """A surname's particle with a sentence's end right after it ("ответил: да. А. Дюпон
    прибыл"): the answer word or a sentence's last word, which natasha glues to the next
    sentence's initials; a particle of a name has its surname after it, never a point."""
    return (
        doc[i].lower_ in PARTICLES
        and i + 1 < len(doc)
        and (doc[i + 1].text in SENTENCE_ENDS or bool(doc[i + 1].is_sent_start))
    )


def opens_another(piece: Span, spans: list[Span]) -> bool:
    """One word left of a name whose rank `trim` dropped, that opens another, longer name
    of the document in some case ("Султан Хейсам" after "султаном Хейсамом бен Тариком"):
    the ranked man's own given name, which takes no first name back ("Султаном Ахмедовым"
    does: a man named Султан)."""
    return len(piece) == 1 and any(
        len(s) > 1 and s.start != piece.start and form_of(s[0].text, piece[0].text) for s in spans
    )


def ruler_given_name(piece: Span, gaz: Gazetteer) -> bool:
    """The name left after a ruler's rank or form of address `trim` dropped ("Султан
    Хейсам прибыл"), that is the first name of a person the gazetteer gives without that
    word ("Хейсам бен Тарик"), or no surname at all, alone or before "бен" and his father's
    name (`_surname_like`: "Султан Кахлан", "Султан Кахлан бен Фаиз"; h-names104): the rank
    is his title, not a first name "Султан" to take back. A person the gazetteer names with
    the word keeps it (`_known_first_name`: "Эмир Кустурица"), a surname after it makes it
    a man's first name ("Султан Ахмедов")."""
    doc = piece.doc
    # "Султан Кахлан бен Фаиз": a name with its father's after "бен" is the ruler's own too
    own = len(piece) == 1 or (len(piece) > 2 and piece[1].lower_ in NASAB)
    if not own or piece.start < 1 or not _address(doc[piece.start - 1].text):
        return False
    if {normalize(piece[0].text), normalize(piece[0].lemma_)} & _first_names(gaz):
        return True
    return not _surname_like(piece[0].text, gaz)


def _surname_like(word: str, gaz: Gazetteer) -> bool:
    """A word the dictionary knows as a surname or the gazetteer gives as one ("Ахмедов"):
    after a rank that is also a first name ("Султан Ахмедов") it names a man so called; a
    first name or a word neither knows ("Султан Кахлан", "Султан Салман") is the ruler's own
    name after his rank."""
    known = any("Surn" in p.tag and p.is_known for p in morph().parse(word))
    return known or bool(gaz.persons_by_surname(word))


@cache
def _first_names(gaz: Gazetteer) -> frozenset[str]:
    """The first words of the gazetteer persons' first names."""
    return frozenset(normalize(p.first.split()[0]) for p in gaz.persons if p.first)


def _initial_before_period(doc: Doc, end: int) -> bool:
    """A name that ends in an initial, its period next ("Хансен П.К."): the period is the
    name's, else the initial reads as a word of it ("Хансен К"); not a monarch's regnal
    number, whose period ends the sentence ("брата Фарука I. Фуад женат")."""
    return (
        doc[end].text == "."
        and INITIAL.fullmatch(doc[end - 1].text) is not None
        and not regnal_number(doc, end - 1)
    )


_REGNAL = re.compile(r"[IVX]+")


def regnal_number(doc: Doc, i: int) -> bool:
    """A Latin Roman numeral right after a capitalised Cyrillic word: a monarch's or a
    pope's regnal number ("Бодуэн I", "Фарука I."), no initial of a Russian name, which
    Cyrillic letters write."""
    if not _REGNAL.fullmatch(doc[i].text) or i == 0:
        return False
    before = doc[i - 1].text
    return before[:1].isupper() and before.isalpha() and not before.isascii()


def _other_case_before(doc: Doc, i: int) -> bool:
    """A word in another case natasha glued before a full name: a place or an owner
    ("Балтиморе Джефф Джером", "Лас-Вегаса Стивен Пэддок", "менеджер Ирвина Джон Стэйнтон").
    The name's own words agree in the nominative; the word before them does not. Not an
    East-Asian surname written first, whose case the tagger guesses ("Дочь президента
    Вьетнама Нгуен Тхи Лан": "Нгуен" read as a genitive), nor a surname that reads in the
    case and gender of the first name and patronymic after it, whatever case the tagger
    gives it ("мать — Суркова Зоя Антоновна": `surname_first_in_full`), nor a first name
    that never declines, whose case the tagger copies from a place before it ("В Аккре
    Кваме Нана Аддо заявил")."""
    first, second = doc[i + 1], doc[i + 2]
    case = case_of(doc[i])
    return (
        bool(case)
        and not is_first_name(doc[i].text)
        and not undeclined_first_name(doc[i].text)
        and doc[i].text not in load_list(SYLLABLE_SURNAMES)
        and is_first_name(first.text)
        and first.text not in UNDECLINED_OPENERS  # "Бадра Абдель Ати": his second name
        and case_of(first) == case_of(second) == "Nom" != case
        and not surname_first_in_full(doc[i], first)
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
    return (
        low in NOT_NAME
        or low in HER_RANK_CASES
        or (
            low in _address_forms()
            and any(
                p.is_known and p.normal_form in NOT_NAME and not NAME_TAGS & p.tag.grammemes
                for p in morph().parse(low)
            )
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


def _rank_word_her_first(doc: Doc, i: int, end: int, gaz: Gazetteer) -> bool:
    """A man's rank, capitalised and in its nominative, that the persons tables open a given
    name with ("Шейх" of the links table's "Шейх Музафар …"), before a single word the
    dictionary knows only as a woman's first name, in any case ("Шейх Лейла заявила",
    "визит Шейх Лейлы"): the first word of her name, which stays as written; a rank agrees
    with the one it names, and no man's rank names a woman ("шейх Мохаммед", "Шейха
    Мариам" are ranks)."""
    if end - i != 2 or not doc[i].text[:1].isupper():
        return False
    rank, name = doc[i].text, doc[i + 1].text
    if normalize(rank) not in _first_names(gaz):
        return False
    his = [p for p in morph().parse(rank) if p.is_known]
    if not his or not all(
        {"masc", "nomn"} <= p.tag.grammemes and p.word == p.normal_form for p in his
    ):
        return False
    hers = [p for p in morph().parse(name) if p.is_known]
    return bool(hers) and all({"Name", "femn"} <= p.tag.grammemes for p in hers)


def _rank_word_after_office(doc: Doc, i: int, end: int, gaz: Gazetteer) -> bool:
    """A capitalised rank inside a sentence, apposed to an office title before it that is no
    ruler's rank, before one more word ("министр обороны X Султан Y", "с послом Эмиром Y"),
    where the dictionary or the persons tables know the rank as a first name ("Султан";
    "Эмир" of the links table's "Эмир Кустурица"): the officeholder's first name; a ruler
    is named by his rank, not by an office ("эмир Катара Шейх Y", "Султан Y" alone keep the
    rank dropped)."""
    rank = doc[i]
    if end - i != 2 or not rank.text[:1].isupper() or opens_sentence(rank):
        return False
    given = {normalize(rank.text), normalize(rank.lemma_)} & _first_names(gaz)
    if not (given or is_first_name(rank.text)):
        return False
    office = rank.head
    return (
        office.i < i
        and rank.dep_ in ("appos", "nmod", "flat:name")
        and not any(c.dep_ == "case" for c in rank.children)
        and office.lemma_ not in RULER_RANKS
        and is_office((office.lemma_,))
    )


@cache
def _address_forms() -> frozenset[str]:
    return morph().paradigm_forms(NOT_NAME)


def place_named(doc: Doc, i: int) -> bool:
    """A place's name natasha took into the person's name after it: after a kind of place
    written lower case ("штата Юта Джон Миллер"), a word that can name a place, or that
    natasha itself tagged a place ("штата Иллинойс Патрика Фитцжеральда"). Not an East-Asian
    syllable surname the dictionary reads as no place, a capitalised word after it
    ("автономного района Ма Ай Лунь"): a name of syllables opens there."""
    before = doc[i - 1] if i else None
    syllable = (
        doc[i].text in load_list(SYLLABLE_SURNAMES)
        and i + 1 < len(doc)
        and doc[i + 1].text[:1].isupper()
        and not any("Geox" in p.tag for p in morph().parse(doc[i].text))
    )
    return (
        before is not None
        and kind_of_place(before)
        and not _kind_named_before(doc, i - 1)
        and _reads_as_place(doc[i])
        and not syllable
    )


def _kind_named_before(doc: Doc, k: int) -> bool:
    """A kind of place its capitalised adjective already names ("полиции Иерусалимского
    округа Йорам Ха-Леви"): the word after the kind opens the next name, whatever place the
    dictionary also reads it as."""
    if k < 1:
        return False
    adjective = doc[k - 1]
    return (
        adjective.text[:1].isupper()
        and adjective.is_alpha
        and any(p.tag.POS == "ADJF" for p in morph().parse(adjective.text))
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


def _city_of_title(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """A city the gazetteer knows, in a case of its own, that a title before the name governs
    and natasha took into the name ("Губернатор Арекипы Хорхе Вилька", "мэра Тарту Яна
    Кусе"): the words after it open the name with a first name. Pass forty-seven,
    h-offices58. A hyphenated city the gazetteer knows as written, which declines in no
    case, needs no known first name after it ("мэра Сан-Паулу Фернанду Аддада": the
    dictionary lacks "Фернанду"); forty-ninth pass, h-names98."""
    before, word = doc[i - 1] if i else None, doc[i]
    if before is None or before.pos_ != "NOUN" or is_first_name(word.text):
        return False
    if not word.text[:1].isupper():
        return False
    if is_first_name(doc[i + 1].text):
        return city_form(word, gaz)
    return "-" in word.text and gaz.city(word.text) is not None


def sees_of_ranks(doc: Doc, gaz: Gazetteer) -> set[int]:
    """The words that are a church rank's see in the genitive before a full name of two
    words or more on the same line, which natasha takes into the name or joins to it
    ("архиепископ Лимы Карлос Кастильо", "Архиепископ Сантьяго"/LOC "Рикардо Эссати",
    "архиепископ Тривандрума Базелиос Клеемис Тоттункал"): no word of a name. Not a
    name of two words after the rank ("кардинал Сантьяго Мартинес"), nor the first name of
    a person the gazetteer knows ("патриарх Бешара Бутрос ар-Раи")."""
    # Each word's "a capitalised word of letters" once, from the Doc's arrays: the scan
    # made two `Token`s a word and a word a run again for every word before it (66,000 per
    # 100 NEREL documents). A token's `whitespace_` is one space or none, so a line break
    # is a token of its own, no capitalised word, and ends a run as well.
    texts = token_strings(doc)
    capitalised = [
        bool(alpha) and text[:1].isupper()
        for alpha, text in zip(doc.to_array(IS_ALPHA).tolist(), texts, strict=True)
    ]
    out = set()
    for i in range(1, len(doc) - 2):
        if not (capitalised[i + 1] and capitalised[i + 2]):
            continue  # a run of fewer than two words after it
        end = i + 3
        while end < len(doc) and capitalised[end]:
            end += 1
        if _see_of_rank(doc, i, gaz) and not _gazetteer_first(doc, i, end, gaz):
            out.add(i)
    return out


def _see_of_rank(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """A church rank's see in the genitive right after the rank: a city the gazetteer knows
    (even one that is also a first name), or a word the dictionary does not know, no first
    name, that reads as the genitive of a noun ending in a consonant."""
    if morph().normal_form(doc[i - 1].lower_).replace("ё", "е") not in SEE_RANKS:
        return False
    word = doc[i]
    known = capitals(gaz)
    if any(gaz.city(w) is not None or normalize(w) in known for w in (word.text, word.lemma_)):
        return True
    if is_first_name(word.text):
        return False
    parses = morph().parse(word.text.lower())
    return not any(p.is_known for p in parses) and any(
        {"NOUN", "gent", "sing"} in p.tag and p.normal_form[-1:] not in "аеиоуыэюяйь"
        for p in parses
    )


# An Arabic article glued to a surname ("ар-Раи", "аш-Шараа"), which the gazetteer's row
# leaves out ("Раи").
_ARTICLE = re.compile(r"^[аэ][льрнтсшзд]-(?=\w)")


def _gazetteer_first(doc: Doc, i: int, end: int, gaz: Gazetteer) -> bool:
    """The word opens the first name of a person the gazetteer knows by a surname later in
    the span ("патриарх Бешара Бутрос ар-Раи" of "Бешар Бутрос Раи"): his name, not a place
    the title governs, whatever place the dictionary also reads the word as."""
    own = {normalize(doc[i].text), normalize(doc[i].lemma_)}
    for token in doc[i + 1 : end]:
        for word in {token.text, token.lemma_, _ARTICLE.sub("", token.text)}:
            for p in gaz.persons_by_surname(word):
                if p.first and normalize(p.first.split()[0]) in own:
                    return True
    return False


def _glued_word(token, names_after: int) -> bool:  # noqa: ANN001 - spaCy Token
    """An ordinary word natasha took into the name after it: a capitalised noun or verb
    opening the sentence ("Поэт Загорский", "Заявил Ольсен", "Израильтянка Наама Иссахар",
    which the tagger calls a proper noun when a whole name follows), or a word that cannot
    be a noun at all wherever it stands; not a first name or an initial, nor a particle that
    opens a surname ("Фон дер Ляйен призвала…": no "фон" the noun)."""
    if (
        token.text.isupper()
        or is_first_name(token.text)
        or source_given_name(token.text)
        or token.lower_ in PARTICLES
    ):
        return False
    rest = token.doc[token.i + 1 : token.i + 1 + names_after]
    if (
        names_after <= 2
        and token.text in load_list(SYLLABLE_SURNAMES)
        and not any(russian_name(t.text) for t in rest)
    ):
        return False  # "То Лам:" opening a transcript's line; not "Но Савичева"
    parses = morph().parse(token.text)
    if len(token.text) > 2 and adjective_only(parses) and (names_after >= 2 or _age(parses)):
        # "Семидесятишестилетний Жоау Перейра", "Шестидесятилетняя Бачелет"; not "Та" of
        # "Та Ван Тхонг", nor an adjective's surname before one first name ("Тихий Олег")
        return True
    if opens_sentence(token) and _capitalised_inside(token):
        return False  # "Робел Филлипос —" after a title's "… Царнаева Робел Филлипос выпущен"
    if not common_word(token.text) and not (
        # "Генконсул Сото заявил": an office the dictionary only guesses ("ген-" + "консул")
        opens_sentence(token) and names_after == 1 and _title_before_surname(token)
    ):
        return False
    if (is_subject(token) or not opens_sentence(token)) and _short_form_only(token.text):
        # "Санна Марин прибыла": a short adjective is no subject, a name is; nor does one
        # stand inside a sentence before a name ("теннисистка Серена Уильямс")
        return False
    return _never_noun_here(token) or (
        opens_sentence(token)
        and (token.pos_ != "PROPN" or names_after >= 2 or _title_before_surname(token))
    )


def _capitalised_inside(token: Token) -> bool:
    """The document writes the word again with a capital inside a sentence, after a word, and
    before a name natasha reads ("Приятель Джохара Царнаева Робел Филлипос выпущен"): a
    name, though the dictionary reads it as a word ("робел" of "робеть")."""
    doc = token.doc
    return any(
        t.text == token.text
        and t.i != token.i
        and not t.is_sent_start
        and doc[t.i - 1].is_alpha
        and t.ent_type_ == "PER"
        for t in doc
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
    ("посол Японии Оно Кэн": a pronoun is capitalised only where it opens a sentence); so
    does a person's noun before it the parse hangs it on as its apposition ("министр
    торговли Индонезии Буди Сантосо": no imperative of "будить" is apposed to a title)."""
    if not _never_noun(token.text):
        return False
    if opens_sentence(token):
        return True
    governed = has_preposition(token) or (token.dep_ == "nmod" and token.head.pos_ == "NOUN")
    return not (
        governed
        or _apposed_to_being(token)
        or (token.text[:1].isupper() and morph().nominative_pronoun(token.text))
    )


def _apposed_to_being(token: Token) -> bool:
    """The parse hangs the word on a being's noun before it as its apposition ("министр …
    Буди"): a name, the title's holder."""
    head = token.head
    return token.dep_ == "appos" and head.i < token.i and head.pos_ == "NOUN" and is_animate(head)


def initial_alone(span: Span) -> bool:
    """A capital letter and its period, alone ("братьев К.", "К. предстанет перед судом"):
    the initial of a surname the text withholds, no name of anyone by itself."""
    words = [t for t in span if t.text != "."]
    after = span.doc[span.end] if span.end < len(span.doc) else None
    dotted = span[-1].text == "." or (after is not None and after.text == ".")
    return len(words) == 1 and len(words[0].text.rstrip(".")) == 1 and dotted


def lone_word(span: Span, names: list[str]) -> bool:
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
    if _named_kin(span) or _ranked_oblique(span):
        return False
    repeats = (w for w in names if one_name(w, t.text))
    if len(list(islice(repeats, 2))) > 1:  # itself and another: no need to count them all
        return False
    parses = morph().parse(t.text)
    after = t.nbor() if t.i + 1 < len(t.doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN") and adjective_only(parses):
        return True  # "Семидесятишестилетний президент": an age before the noun it qualifies
    known = [p for p in parses if p.is_known]
    if titled_person(t):
        return False  # "Министр Сана заявил": a name apposed to an office, not a place
    if known and all(inanimate_thing(p) or "Geox" in p.tag for p in known):
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
    or a gazetteer person's, is still one: see `lone_word`'s callers)."""
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


def _ranked_oblique(span: Span) -> bool:
    """A name the parse hangs on a ruler's rank or a form of address right before it, in
    an oblique case of that word ("визит султана Фарука", "Султана Фарука приняла
    королева"), or one after her rank's oblique form (`her_rank_oblique`: "визит Шейхи
    Лулвы"): the one so addressed, whatever else the dictionary reads the word as
    ("фарука", a common noun), but a place's ("Визит Эмира Дубая"); the rank in its
    nominative ("Султан X") is `ruler_given_name`'s."""
    if not span.start:
        return False
    rank = span.doc[span.start - 1]
    return bool(her_rank_oblique(span)) or (
        span.root.head.i == rank.i
        and rank.lower_ not in NOT_NAME
        and _address(rank.text)
        and case_of(rank) not in ("", "Nom")
        # "Визит Эмира Дубая": the ruler's land, no name
        and not any(p.is_known and "Geox" in p.tag for p in morph().parse(span[0].text))
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
    named after someone, not a mention of that one. Not a dative in "-у"/"-ю" the tagger
    reads, an eponym's genitive never ends so: the one given it ("вручил орден Эвансу";
    names86)."""
    if t.i == 0 or t.doc[t.i - 1].lemma_ not in _EPONYM_NOUNS or t.head.i != t.i - 1:
        return False
    return not (case_of(t) == "Dat" and t.lower_.endswith(("у", "ю")))


def _named_apart(t: Token) -> bool:
    """Whether the document writes the name somewhere not after such a noun ("Врач Алоис
    Альцгеймер описал недуг"): then the eponym names that person too."""
    return any(
        o.i != t.i and o.text[:1].isupper() and one_name(o.text, t.text) and not _eponym(o)
        for o in t.doc
    )


def with_initials(span: Span, blocked: set[int]) -> Span:
    """Take in initials written before the name ("К.-Ж.Токаев", "В. В. Путин") and first
    names natasha left out ("Реджепом" before "Тайипом Эрдоганом", a first name that never
    declines it tagged a place or a foreign word: "Кваме" of "Кваме Нана Аддо"), not a state's name
    that reads as one ("Филиппин", a form of "Филиппина"), nor a patron's name before a
    full name ("певицы Шакиры Эмилио Эстефан"); nor a first name of the NEREL links table
    natasha left out, which the dictionary reads as a word ("Серена" of "серить")."""
    doc, start = span.doc, span.start
    while (
        start >= 1
        and start - 1 not in blocked
        and "\n" not in doc[start - 1].whitespace_
        and (
            (doc[start - 1].pos_ == "PROPN" and is_first_name(doc[start - 1].text))
            or _fixed_first_name(doc[start - 1])
            or _source_first_name(doc[start - 1])
            or _syllable(doc[start - 1])
            or month_first_name(doc, start - 1)
            or _compound_head(doc[start - 1], doc[start])
        )
        and not place_named(doc, start - 1)
        and not (span.end - start > 1 and place_after_v_read(doc, start - 1))
        and not case_break(doc[start - 1], doc[start], alone=span.end == start + 1)
        and not patron_before(doc[start - 1], doc[start : span.end])
    ):
        start -= 1
    start = _particle_after_initial(doc, start, blocked)
    while (
        start >= 2
        and doc[start - 1].text in (".", "-")
        or (start >= 1 and INITIAL.fullmatch(doc[start - 1].text))
    ):
        if doc[start - 1].text == "-" and start >= 2 and doc[start - 2].text == ".":
            start -= 1
        elif (
            doc[start - 1].text == "."
            and start >= 2
            and INITIAL.fullmatch(doc[start - 2].text)
            and not regnal_number(doc, start - 2)  # "брата Фарука I. Фуад женат"
        ):
            start -= 2
        else:
            break
    if _bare_initial_before(doc, start, span.end, blocked):
        start -= 1
    end = span.end + 2 if _bare_initials_after(doc, span.end, blocked) else span.end
    return doc[start:end]


def _bare_initial_before(doc: Doc, start: int, end: int, blocked: set[int]) -> bool:
    """A lone capital right before a name that opens with one lone capital and a word of
    three letters or more ("А Г Петров", natasha's "Г Петров"; h-names106): the first of
    two initials written without periods, which `name_parts` drops with the second; not a
    third capital, nor a lone one before a name of its own ("У Тан")."""
    if start < 1 or start - 1 in blocked or end - start < 2 or len(doc[start + 1]) < 3:
        return False
    if "\n" in doc[start - 1].whitespace_ or (
        start >= 2 and BARE_INITIAL.match(doc[start - 2].text)
    ):
        return False
    return all(BARE_INITIAL.match(doc[k].text) for k in (start - 1, start))


def _bare_initials_after(doc: Doc, end: int, blocked: set[int]) -> bool:
    """Two lone capitals right after a name natasha closed on a word of three letters or
    more ("Морозов И В", natasha's "Морозов"; h-names106): the initials written without
    periods, which the mention holds as it holds "И. В." and `name_parts` drops. Not one
    capital (a Korean surname "Ю"), nor two before a capitalised word, where the second
    may be a preposition ("… И В Москве")."""
    if end < 1 or end + 1 >= len(doc) or len(doc[end - 1]) < 3 or not doc[end - 1].is_alpha:
        return False
    pair = (end, end + 1)
    if any(k in blocked or not BARE_INITIAL.match(doc[k].text) for k in pair):
        return False
    if any("\n" in doc[k].whitespace_ for k in (end - 1, end)):
        return False
    after = doc[end + 2] if end + 2 < len(doc) else None
    return (
        after is None
        or "\n" in doc[end + 1].whitespace_
        or not (after.is_alpha and after.text[:1].isupper())
    )


def _fixed_first_name(token: Token) -> bool:
    """A capitalised foreign first name that never declines (`undeclined_first_name`:
    "Кваме", "Мамаду"), which natasha may tag as a place or the parser as a foreign word
    before the rest of a compound given name ("Кваме Нана Аддо прибыл")."""
    return token.text[:1].isupper() and token.is_alpha and undeclined_first_name(token.text)


def _source_first_name(token: Token) -> bool:
    """A capitalised first name the NEREL links table opens a person's name with, which the
    dictionary reads as a word or not at all (`source_given_name`: "Граса", "Серена"), left
    out by natasha before the rest of the name ("Граса Мария Мондлане заявила")."""
    return token.text[:1].isupper() and token.is_alpha and source_given_name(token.text)


def _particle_after_initial(doc: Doc, start: int, blocked: set[int]) -> int:
    """Where the name starts once the lower-case particles of its surname written between
    initials and it are taken in ("П. да Кошта", "Я. ван дер Берг"), which natasha leaves
    out when it tags the surname alone (names98): the initials then join it. `start`
    where no initial and point stand before the particles ("Да, он согласился")."""
    k = start
    while k >= 1 and k - 1 not in blocked and doc[k - 1].text in PARTICLES:
        k -= 1
    if k < start and k >= 2 and doc[k - 1].text == "." and INITIAL.fullmatch(doc[k - 2].text):
        return k
    return start


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
    ("направлено То Ламу", where the tagger reads "То" as a particle), no word of its own;
    one opening the sentence, also after a quotation mark, is a word (`"По Мендосе …`)."""
    text = token.text
    return len(text) == 2 and text[0].isupper() and text[1].islower() and not opens_sentence(token)


def is_subject(token) -> bool:  # noqa: ANN001 - spaCy Token
    """The subject of its clause, also when it stands in apposition to a title
    ("Президент Казахстана Касым-Жомарт Токаев прибыл")."""
    while token.dep_ in ("appos", "flat", "flat:name", "conj") and token.head.i != token.i:
        token = token.head
    return token.dep_ in SUBJECTS
