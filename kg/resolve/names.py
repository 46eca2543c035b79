"""Person names: split a name span into parts and bring each part to the nominative.

Russian news inflects names ("Касым-Жомартом Токаевым", "Нарендрой Моди").
pymorphy3 knows Russian first names and patronymics; for surnames and foreign
names it guesses, and often wrongly ("Шольцем" → "шолец"), so a surname is
normalised by stripping a case ending that agrees with the tagger's case
first, and pymorphy3 is asked only for dictionary words.

This module reads a name's parts (`NameParts`, `name_parts`) and a word's nominative
(`nominative_word`); the questions it asks live apart, one concern each: the case a name
stands in from its context (name_cases.py), a surname's case ending by the word alone
(surname_declension.py), foreign names in oblique cases (foreign_surnames.py), women's
names (womens_names.py), kin words and ranks before a name (kin_and_ranks.py), Arabic
names and first names spelt two ways (name_spellings.py) and the word lists
(name_lexicons.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import takewhile

from spacy.tokens import Span, Token

from kg.gazetteer import Gazetteer, normalize
from kg.lexicon import load_list, load_sorted
from kg.nlp.deps import SUBJECTS
from kg.nlp.morph import (
    UD_CASE,
    Parse,
    case_of,
    caseless,
    features,
    morph,
    undeclined,
    undeclined_first_name,
)
from kg.resolve.foreign_surnames import (
    after_opener,
    caseless_first_accusative_u,
    first_unlike_genitive,
    french_own_e,
    her_title_case_a,
    his_u_before_declined,
    japanese_in_case,
    japanese_own_u,
    known_accusative_u,
    locative_of_a,
    open_stem_dative_u,
    own_e,
    own_u_after_his_first,
    portuguese_own_u,
    spanish_accusative_u,
    spanish_dative_e,
    spanish_dative_u,
    u_after_undeclined_u,
)
from kg.resolve.gender import man_named, woman_named
from kg.resolve.japanese_names import japanese_word, own_a
from kg.resolve.kin_and_ranks import (
    kin_told_case,
    known_caseless,
    rank_case,
    woman_rank,
    word_tokens,
)
from kg.resolve.name_cases import (
    NO_OWN_U_PARTICLES,
    academic_case,
    apposition_case,
    case_around,
    client_genitive,
    compound_case,
    dash_pair_genitive,
    east_locative,
    east_patron,
    es_locative_name,
    french_dative_u,
    genitive_read_nominative,
    her_syllable_name,
    his_accusative_genitive,
    initials_then_genitive,
    law_eponym_genitive,
    locative_ungoverned,
    negated_being,
    own_u,
    parse_in_case,
    shown_case,
    syllable_surname_first,
    told_case,
)
from kg.resolve.name_forms import VOWELS, fold, form_of, unstressed
from kg.resolve.name_lexicons import (
    BARE_INITIAL,
    FAMILY_PLURAL,
    FRENCH_NAMES,
    INDECLINABLE_END,
    INITIAL,
    NATASHA_DICT,
    PARTICLES,
    SYLLABLE_SURNAMES,
    family_plural,
    is_first_name,
    is_patronymic,
    listed_first_name,
    russian_surname_end,
    source_given_name,
    spanish_surname,
)
from kg.resolve.name_spellings import UNDECLINED_OPENERS, arabic_name
from kg.resolve.other_names import other_name_case
from kg.resolve.surname_declension import (
    IA_CASES,
    adjective_in_dat,
    cased_like,
    declined_in_u,
    declined_surname,
    es_locative,
    foreign_case_vowel,
    foreign_in_i,
    generation_word,
    locative_nominative,
    own_name_in_i,
    portuguese_first,
    portuguese_ru,
    possessive_case,
    spanish_ega_genitive,
    spanish_ika_genitive,
    surname_in_ia,
    surname_in_ya,
    undeclined_o,
    unknown_in_u,
    unknown_open_stem,
    vowel_is_case_ending,
    without_dative_u,
)
from kg.resolve.womens_names import (
    her_baltic_name,
    her_first_before_undeclined,
    her_foreign_e_name,
    her_genitive,
    her_ich_surname,
    her_rank_subject,
    his_genitive_only,
    in_a_words,
    mans_genitive_in_a,
    subject_of_feminine,
    tagged_feminine,
    told_hers,
    told_hers_or_nominative,
    womans_name_after_his,
    womans_oblique_surname,
    womans_surname_as_subject,
)


@dataclass(frozen=True)
class NameParts:
    first: str = ""
    patronymic: str = ""
    last: str = ""
    initials: tuple[str, ...] = ()
    words: tuple[str, ...] = ()  # the name words as written, initials left out

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.patronymic, self.last) if p)

    def written_last(self, fallback: str) -> str:
        """The name's last word as the text wrote it, whose case tells a surname's form
        apart from another's; `fallback` where no words were kept."""
        return self.words[-1] if self.words else fallback


_APOSTROPHES = frozenset("'’")


def _apostrophe_prefixes(words: list[Token]) -> dict[int, str]:
    """The tokenizer cuts an Irish or French "О'", "Д'" off the surname it opens
    ("О'Брайен" as "О", "'", "Брайен"): the surname's token index → its prefix as written."""
    ids = {t.i for t in words}
    return {
        t.i + 2: t.text + t.doc[t.i + 1].text
        for t in words
        if len(t.text) == 1
        and t.i + 2 in ids
        and not t.whitespace_
        and t.doc[t.i + 1].text in _APOSTROPHES
        and not t.doc[t.i + 1].whitespace_
        and t.doc[t.i + 2].text[:1].isupper()
    }


def _initial_after(tokens: list[Token], name: Token) -> bool:
    """The name's initials all come after its one word ("Ахмед К.", "Ахмеда К."): the
    initial of a surname the text withholds after a first name, not a surname's first
    name written as an initial ("А. Шендерович")."""
    return all(t.i > name.i for t in tokens if INITIAL.match(t.text) and t is not name)


def _her_nominative_first(rest: list[Token], case: str, fem: bool) -> tuple[str, bool] | None:
    """A woman's name whose first word the dictionary reads as a woman's first name in the
    nominative and in no woman's reading of the oblique case the tagger gave ("Александра",
    "Зарифа" read as a man's genitive): her name in that case would end otherwise
    ("Александры"), so it is her nominative, the "-а" of her first name and surname her own
    (names92): ("Nom", hers), else None. Not a first name she has in that case ("Анны",
    "Марию"), nor a name not hers."""
    if not fem or not rest or not is_first_name(rest[0].text):
        return None
    grammeme = UD_CASE.get(case or case_of(rest[0]), "")
    if not grammeme or grammeme == "nomn":
        return None
    named = [p for p in morph().parse(rest[0].text) if "Name" in p.tag and p.is_known]
    hers = [p for p in named if "femn" in p.tag]
    if any("nomn" in p.tag for p in hers) and not any(grammeme in p.tag for p in hers):
        return "Nom", True
    return None


def _his_genitive_first(own: list[Token], names: list[Token], fem: bool, case: str) -> str:
    """The genitive where the tagger read a full name's nominative ("принял Рашита
    Габдулвалеева") and its first name is one the dictionary knows only as a man's genitive
    or accusative: it names no nominative, and the surname's "-ева"/"-ова" is his case's,
    no woman's; a first name in "-а" only beside such a surname or one that never declines
    ("Кабинет Хазема Беблауи"; h-names104), else a foreign nominative ("Раила Одинга").
    Not a name the text tells a woman's ("Теннисистка Мартина Хингис"), nor a lone first
    name ("Максима"); else `case`."""
    opener = next((t for t in own if is_first_name(t.text)), None)
    if fem or len(names) < 2 or case not in ("", "Nom") or opener is None:
        return case
    # "Раила Одинга": a foreign name in "-а" whose surname may be a nominative; a surname
    # that never declines shows none, so the first name alone tells ("Кабинет Хазема Беблауи")
    last = names[-1]
    if (
        opener.lower_.endswith(("а", "я"))
        and not last.lower_.endswith(_HIS_GENITIVES)
        and not (last is not opener and caseless(last.text))
    ):
        return case
    return "Gen" if his_genitive_only(opener.text) else case


# A man's surname in the genitive, which alone tells a first name in "-а" its genitive
# ("Рашита Габдулвалеева"), where a foreign first name in "-а" may be his nominative.
_HIS_GENITIVES = ("ова", "ёва", "ева", "ина", "ына", "ского", "цкого")


def _first_as_written(word: Token, surname: Token, fem: bool) -> bool:
    """A first name that stays as written before the surname: an Arabic compound's opener
    ("Абдель"), a Portuguese man's "-у" the dictionary reads only as hers ("Паулу
    Рангела"), a first name in no case of the genitive beside it ("Марселу Соузы")."""
    return (
        word.text in UNDECLINED_OPENERS
        or (not fem and his_u_before_declined(word, surname))
        or first_unlike_genitive(word, surname)
    )


def _middle_after_fixed(rest: list[Token], i: int) -> bool:
    """A middle name after a first name that never declines ("Кваме"), which the dictionary
    knows as no word and no first name (an African "-е"): it shows no case of its own, as
    its first name shows none, and only the surname after it declines ("позвонил Кваме
    Нтеге Банде"); a known first name in the middle declines ("Кваме Нане Аддо")."""
    word = rest[i].text
    return (
        i >= 1
        and undeclined_first_name(rest[0].text)
        and not is_first_name(word)
        and not any(p.is_known for p in morph().parse(word))
    )


def _surname_first(words: list[Token]) -> bool:
    """A surname written before the first name ("Петров Иван Сергеевич", "Арсланов Айрат"):
    two words, the second a first name of the dictionary, the first no first name (a
    genitive plural of one, "Арсланов" of "Арслан", is a surname) and a surname the
    dictionary knows or guesses, or a foreign word that does not decline ("Фриске Жанна")."""
    return (
        len(words) == 2
        and is_first_name(words[1].text, plural=False)
        and not spanish_surname(words[1].text)
        and not is_first_name(words[0].text, plural=False)
        and not listed_first_name(words[0].text)
        and (
            any("Surn" in p.tag for p in morph().parse(words[0].text))
            or undeclined_surname_of(words[0], words[1])
        )
    )


def undeclined_surname_of(surname: Token, first: Token) -> bool:
    """A foreign surname that does not decline ("Фриске") before a first name, which the
    document writes after that first name elsewhere ("Жанны Фриске"): hers, written
    surname first; a first name the dictionary lacks is no such surname ("Педру Алвис")."""
    doc = surname.doc
    return undeclined(surname.text) and any(
        o.text == surname.text and 0 < o.i != surname.i and form_of(doc[o.i - 1].text, first.text)
        for o in doc
    )


def _patronymic_last(names: list[Token], patr: Token | None) -> bool:
    """A patronymic follows the first name, so one that ends three words puts the surname
    first ("Хасанов Салманбек Русланович", with a first name the dictionary does not know),
    unless the first word is itself a first name of the dictionary."""
    return len(names) == 3 and patr is names[-1] and not is_first_name(names[0].text, plural=False)


def _his_undeclined_first(words: list[Token]) -> bool:
    """A Spanish man's first name that never declines opens the name before a surname
    the tagger reads as a woman's ("позвонил Серхио Массе", "Массе" read as "масса"'s
    dative): his name, the surname's ending a case's; a woman's first name would show."""
    return len(words) == 2 and undeclined_o(words[0].text) and man_named(words[0].text)


def _his_dative_first(words: list[Token]) -> bool:
    """A first name in a consonant and the dative's "-у" the tagger reads as a man's, before
    a surname it reads as a woman's ("позвонил Карлосу Банде", "Банде" as "банда"'s): his
    name, for a woman's dative ends otherwise; not a word the dictionary knows as a woman's
    name ("Анну")."""
    first = words[0] if len(words) == 2 else None
    if first is None or not first.lower_.endswith("у") or first.lower_[-2:-1] in VOWELS:
        return False
    if features(first, "Gender") != ("Masc",) or case_of(first) != "Dat":
        return False
    return not any(
        "Name" in p.tag and "femn" in p.tag and p.is_known for p in morph().parse(first.text)
    )


def _his_oblique_first(words: list[Token]) -> bool:
    """A name of three words or more opened by a first name the dictionary knows only as a
    man's, in an oblique case ("Визит Жана Мари Дюпона", "с Жаном Мари Дюпоном"): his name,
    though the woman's middle name after it, which never declines ("Мари"), reads feminine
    to the tagger; a woman's first name would show her case ("Анны Мари")."""
    if len(words) < 3:
        return False
    names = [p for p in morph().parse(words[0].text) if "Name" in p.tag and p.is_known]
    return (
        bool(names)
        and all(p.tag.gender == "masc" and p.tag.case != "nomn" for p in names)
        and all(caseless(t.text) for t in words[1:-1] if features(t, "Gender") == ("Fem",))
    )


def _ending_tells_otherwise(word: str, case: str, feminine: bool, parses: list[Parse]) -> bool:
    """The dictionary has no reading of the name word in the name's case, and the word shows
    that case's ending ("Раилу" is "Раил"'s dative, not the accusative of "Раила"; "Эда" no
    genitive of "Эд"): the ending tells the nominative. A word showing none keeps the
    dictionary's reading (a tagger's misread case: "Рамону" read as a genitive), but for
    an instrumental's "-у", which no instrumental ends in: a Portuguese name's own
    ("с Марселу Ребелу ди Соузой", not "Марсел")."""
    grammeme = UD_CASE.get(case, "")
    if not grammeme or grammeme == "nomn" or any(parse_in_case(p, grammeme) for p in parses):
        return False
    if case == "Ins" and word.lower().endswith("у"):
        return True  # "с Марселу Ребелу ди Соузой": no instrumental ends so, its own "-у"
    return declined_surname(word, case, feminine) != word


def _dictionary_nominative(word: str, tag: str, feminine: bool, case: str = "") -> str | None:
    """The dictionary's nominative of a name word. A reading in the tagger's `case` that
    declines, of the name's gender, comes first: "Анне Петровой" is Анна's, not the
    indeclinable "Анне"; "Тони Донилона" stays Тони's, not Тоня's. Then any reading in that
    case, of either gender: "Дину" in the accusative is Дина's, whose accusative it is, not
    the dative of "Дин" the dictionary reads first ("отстранил Дину Болуарте")."""
    grammeme = UD_CASE.get(case, "")

    def declines(p: Parse) -> bool:
        return grammeme in p.tag and "Fixd" not in p.tag and ("femn" in p.tag) == feminine

    def in_case(p: Parse) -> bool:
        return bool(grammeme) and parse_in_case(p, grammeme)

    parses = sorted(morph().parse(word), key=lambda p: (not declines(p), not in_case(p)))
    if _ending_tells_otherwise(word, case, feminine, parses) or _other_sex_only(
        parses, tag, feminine, grammeme
    ):
        return None
    for p in parses:
        # a name word is never plural nor a vocative: "Ир" of "Ким Ир Сена" is no form of "Ира"
        if tag in p.tag and p.is_known and not {"plur", "voct"} & p.tag.grammemes:
            gram = {"nomn", "sing"} | ({"femn"} if feminine and tag == "Surn" else set())
            inflected = p.inflect(gram) or p.inflect({"nomn"})
            if inflected:
                return cased_like(_yo_as_written(inflected.word, p.word, word), word)
    return None


def _yo_as_written(nominative: str, read: str, word: str) -> str:
    """The dictionary's nominative without the "ё" its reading of the word restored where
    the text writes "е" ("Аленке", read "алёнке" → "Аленка", not "Алёнка"): a writer who
    leaves it out in one form leaves it out in all; the "ё" of a nominative alone stays
    ("Петра" → "Пётр"). Sixty-second pass, h-names139."""
    if "ё" in word.lower() or "ё" not in read:
        return nominative
    return nominative.replace("ё", "е")


def _her_accusative_only(word: str, tag: str, case: str, feminine: bool) -> bool:
    """A man's first name in "-у"/"-ю" the dictionary reads only as a woman's accusative, in
    another case ("Паулу" in the dative): a foreign man's name as written, neither hers nor
    a "Паул" cut from it; "Эда" of "По словам Эда Маркея" still declines to "Эд"."""
    return (
        tag == "Name"
        and not feminine
        and word.lower().endswith(("у", "ю"))
        and _other_sex_only(list(morph().parse(word)), tag, feminine, UD_CASE.get(case, ""))
    )


def _other_sex_only(parses: list[Parse], tag: str, feminine: bool, grammeme: str) -> bool:
    """A first name the dictionary reads only as one of the other sex's, and not in the
    name's case: a foreign man's "Паулу" (Паула's accusative, in "посла Бразилии в Анголе
    Паулу Кордейру"), written as it is, no form of hers; a woman's "Максиме" (read as
    Максим's locative, in "вручил королеве Максиме"), hers by its ending, no form of his."""
    named = [p for p in parses if tag == "Name" and "Name" in p.tag and p.is_known]
    return bool(named) and all(
        ("femn" in p.tag) != feminine and not parse_in_case(p, grammeme) for p in named
    )


def nominative_word(word: str, case: str, feminine: bool, tag: str, shown: bool = False) -> str:
    """One name word in the nominative; a hyphenated name inflects its last part, and a part
    before it the dictionary reads in the name's case ("Жана-Батиста", "Брауна-Хау"); so does
    "-младший"/"-старший", with the surname before it. `shown`: a first name before the word
    shows the case by its ending ("Анджею"), so a surname's final vowel may be that case's."""
    word = unstressed(word)
    if "-" in word:
        head, _, tail = word.rpartition("-")
        generation = generation_word(tail)
        if generation is not None and head:
            suffix, own_case, fem = generation
            told = own_case if case in ("", "Nom") or own_case != "Gen" else case
            return f"{declined_surname(head, told, fem)}-{cased_like(suffix, tail)}"
        last = nominative_word(tail, case, feminine, tag, shown)
        return f"{_declined_part(head, case, feminine, tag)}-{last}"
    if tag != "Name" and adjective_in_dat(word):
        case, feminine = "Dat", False  # a man's dative shows, whatever the tagger reads
    if tag == "Surn":
        case = possessive_case(word, case, feminine)  # "Ю.Синдеевой", "А. Араповым"
    if case == "Loc" and tag == "Surn" and not feminine and es_locative(word):
        return word[:-1]  # "о Хорхе Родригесе": a patronymic's "-ес", shown or not
    if shown and case == "Loc" and tag == "Surn" and word.lower().endswith("е"):
        foreign = not feminine and foreign_case_vowel(word.lower(), "е")
        if foreign and unknown_open_stem(word.lower()):
            return word[:-1]  # "о Роберте Голобе": a man's "Голоб", not the guess's "голоба"
        return locative_nominative(word) or (word[:-1] if foreign else word)
    if case == "Gen" and tag == "Surn" and spanish_ika_genitive(word):
        return word[:-1] + "а"  # "Хосе Мухики": a genitive the first name does not show
    indeclinable = (
        word.lower().endswith(INDECLINABLE_END)
        and not declined_in_u(word, case)
        and not (shown and vowel_is_case_ending(word, case, feminine))
        # "Хорхе Ортеги": a genitive the first name, which never declines, does not show
        and not (case == "Gen" and tag == "Surn" and spanish_ega_genitive(word.lower()))
    )
    if case in ("", "Nom") or (indeclinable and tag == "Surn"):
        return word
    if tag == "Name" and (
        foreign_in_i(word)
        or undeclined_first_name(word)
        or source_given_name(word)
        or portuguese_ru(word)
    ):
        return word  # "Бингу": a first name the links table gives in the nominative so
    known = _dictionary_nominative(word, tag, feminine, case) if tag in ("Name", "Patr") else None
    if known:
        return known
    if _her_accusative_only(word, tag, case, feminine):
        return word  # "вручил награду Паулу Силву": no "Паул", as written
    return declined_surname(word, case, feminine)


def _word_case(tok: Token, tag: str, names: list[Token], name_case: str, feminine: bool) -> str:
    """The case one word of a name stands in: the name's, but a first name that never
    declines keeps the case the tagger read it in ("Нелли"), and one the dictionary also
    reads as a diminutive's case, as written ("Люси"), unless a surname beside it shows
    that case ("Люси Ивановой")."""
    own_case = tag == "Name" and known_caseless(tok.text) and case_of(tok)
    case = own_case or name_case or case_of(tok)
    if own_case and own_name_in_i(tok.text, feminine):
        return case if _surname_shows(names, tok, case, feminine) else "Nom"
    if tag == "Name" and (
        own_e(tok.text, names) or japanese_own_u(tok.text, names) or her_foreign_e_name(names)
    ):
        return "Nom"  # "Марианне Сивертсен Нэсс" apposed to a nominative title
    if tag == "Name" and case in ("", "Nom", "Gen") and tok.lower_.endswith("ию"):
        # "принял министра Кении Мусалию Мудавади": no nominative or genitive of a first
        # name ends so, the accusative of one in "-ия" does
        return "Acc"
    return case


def _surname_shows(names: list[Token], first: Token, case: str, feminine: bool) -> bool:
    """A Russian surname besides the first name ends in `case`'s ending ("Люси Ивановой"):
    the case is the name's, the first name's too, a Russian diminutive's. A foreign one's
    ending ("Люси Гарсии") tells the case of the surname alone: the first name beside it
    is the foreign one, as written."""
    return any(
        declined_surname(t.text, case, feminine) != t.text
        and russian_surname_end(declined_surname(t.text, case, feminine).lower())
        for t in names
        if t is not first
    )


def _declined_part(part: str, case: str, feminine: bool, tag: str) -> str:
    """A part before a hyphen in the nominative where the dictionary reads it as that
    nominative in the name's case ("Жана" of "Жана-Батиста", "Брауна" of "Брауна-Хау");
    else as written: "Жан" of "Жан-Поля" shows no case, nor "Касым" of "Касым-Жомарта"."""
    nominative = nominative_word(part, case, feminine, tag)
    # a person's accusative is the genitive's form, which an inanimate word's reading lacks
    grammemes = {UD_CASE.get(c, "") for c in (case, "Gen" if case == "Acc" else case)} - {""}
    read = any(
        grammemes & p.tag.grammemes and fold(p.normal_form) == fold(nominative)
        for p in morph().parse(part)
    )
    return nominative if read else part


def _surname_after_first(
    last: str, rest: list[Token], cut: int, first: str, case: str, shown: bool, fem: bool
) -> str:
    """A surname in "-ия" or "-я" that a first name before it shows in an oblique case, in
    the nominative: "Рамону Гарсии" (`surname_in_ia`), "поздравил Эвику Силиню"
    (`surname_in_ya`). A man's declined first name reads the same in the accusative and the
    genitive ("Луиса"): where the tagger gave the accusative, a surname in "-ии" beside it
    tells the genitive ("вместо ушедшего в отставку Луиса Гарсии")."""
    if case == "Acc" and shown and not fem and last.lower().endswith("ии"):
        case = "Gen"
    if case in IA_CASES and (shown or _caseless_before_ii(rest, cut, case)):
        return surname_in_ia(last, case)
    if case == "Acc" and cut == 1 == len(rest) - 1 and _accusative_in_a(rest[0].text, first):
        return surname_in_ya(last, rest[-1].text)
    return last


def _accusative_in_a(written: str, first: str) -> bool:
    """Whether a first name is written as the accusative of one in "-а"/"-я" ("Эвику" of
    "Эвика", "Тарью" of "Тарья")."""
    low, nominative = written.lower(), first.lower()
    return (
        nominative != low
        and nominative[:-1] == low[:-1]
        and (nominative[-1], low[-1]) in (("а", "у"), ("я", "ю"))
    )


def _caseless_before_ii(rest: list[Token], cut: int, case: str) -> bool:
    """A first name the dictionary knows in every case ("Люси", "Педро", "Хосе") before a
    surname in "-ии" read in the genitive or dative ("Фильм Люси Гарсии", "письмо Педро
    Гарсии") or in "-ию" read in the accusative ("назначил Хосе Гарсию"): only a name in
    "-ия" ends so in those cases (a man's "-ий" takes "-ия" in the accusative, "-ию" in the
    dative, which stays as written), but a Japanese surname's own "-ии" ("Исии"). So does a
    listed first name that never declines ("опередив Махамуду Бавумию"; sixty-ninth pass,
    h-names155)."""
    return (
        case in ("Gen", "Dat", "Acc")
        and cut == len(rest) - 1
        and all(known_caseless(t.text) or undeclined_first_name(t.text) for t in rest[:cut])
        and not japanese_word(rest[-1].text)
    )


def family_surnames(surname: str) -> tuple[str, ...]:
    """The man's and the woman's form of a surname ("Петров", "Петрова"), or the surname
    alone where both sexes write it alike ("Скрипаль")."""
    low = surname.lower()
    for man, woman in dict.fromkeys((m, w) for _, m, w in FAMILY_PLURAL):
        for own, other in ((woman, man), (man, woman)):
            if low.endswith(own) and len(low) - len(own) >= 3:
                return tuple(sorted({surname, surname[: len(surname) - len(own)] + other}))
    return (surname,)


def _before_particle(names: list[Token]) -> list[Token]:
    """The words before the first particle: those after it are the father's, the family's
    or the dynasty's ("Тамимом бен Хамадом Аль Тани": "Тани" is no woman's first name whose
    nominative tells the case)."""
    return list(takewhile(lambda t: t.lower_ not in PARTICLES, names))


# Particles of Spanish, Italian, German and Dutch surnames, none of which ends in an "-у"
# of its own (a Portuguese one may: "да", "де" are left out): after a first name that shows
# the dative, the last word's "-у" is that case's ("Сальвадору дель Солару" → "дель Солар").
_NO_OWN_U_PARTICLES = NO_OWN_U_PARTICLES


def _last_syllable_before_stop(tokens: list[Token]) -> Token | None:
    """The one-letter last syllable of an East-Asian name of three words or more, its
    surname of the list first, that closes the span with a full stop ("встретился с Ли Куан
    Ю.", the tagger taking the sentence's stop into the name): a word of the name, as in "Ли
    Куан Ю сказал", not an initial; None elsewhere ("Ю. Петров", "Петров Ю.", "Ли Ю.": a
    name of two words may be a surname and an initial)."""
    if len(tokens) < 4 or tokens[-1].text != "." or not INITIAL.match(tokens[-2].text):
        return None
    words = tokens[:-2]
    if any(t.text == "." or not t.is_alpha or len(t.text) < 2 for t in words):
        return None
    return tokens[-2] if syllable_surname_first(words) else None


def _bare_initials(tokens: list[Token]) -> tuple[str, ...]:
    """Initials a wire copy writes without periods after the surname ("Петров И В") or
    before it ("И В Петров"; h-names106): two lone Cyrillic capitals closing the name, after
    a word of three letters or more, or opening it before one; the last one's period, which
    the sentence's may be, makes it an initial already, so only those with none are these.
    Never a name word ("Петров И"). One lone capital is an initial only beside a surname of
    a Russian ending ("А Петров", "Петров А"; h-names106), not a Korean surname "Ю" after a
    first name, nor a Burmese honorific opening a name ("У Тан") (h-names105)."""
    words = tokens[:-1] if tokens and tokens[-1].text == "." else tokens
    head = list(takewhile(lambda t: BARE_INITIAL.match(t.text) is not None, words))
    if len(head) == 2 and len(words) > 2 and len(words[2].text) >= 3:
        return tuple(t.text for t in head)  # "И В Петров": the same initials written first
    if len(head) == 1 and len(words) == 2 and russian_surname_end(words[1].text, with_in=False):
        return (head[0].text,)  # "А Петров": one initial before a Russian surname
    tail = list(takewhile(lambda t: BARE_INITIAL.match(t.text) is not None, reversed(words)))
    if len(tail) == 1 and len(words) == 2 and russian_surname_end(words[0].text, with_in=False):
        return (tail[0].text,) if words is tokens else ()  # "Петров А, сообщили …"
    if len(tail) != 2 or len(words) < 3 or len(words[-3].text) < 3:
        return ()  # "Гидеон Ю": a lone one is a one-letter surname
    return tuple(t.text for t in reversed(tail) if t is not words[-1] or words is tokens)


def name_parts(span: Span) -> NameParts:
    """Split a person span into first name, patronymic, surname and initials."""
    tokens = list(span)
    words = word_tokens(span)
    prefixes = _apostrophe_prefixes(words)
    words = [t for t in words if t.i + 2 not in prefixes]
    last_syllable = _last_syllable_before_stop(tokens)
    initials = tuple(
        t.text
        for i, t in enumerate(tokens)
        if INITIAL.match(t.text)
        and i + 1 < len(tokens)
        and tokens[i + 1].text == "."
        and t is not last_syllable
    ) + _bare_initials(tokens)
    names = [t for t in words if not (INITIAL.match(t.text) and t.text in initials)]
    written = tuple(prefixes.get(t.i, "") + t.text for t in names)
    woman = subject_of_feminine(span) or womans_surname_as_subject(span) or her_rank_subject(span)
    # An East-Asian name's syllables show the tagger no gender ("Буй", "Тинем" read as a
    # woman's); "Тхи" is a Vietnamese woman's middle name ("Нгуен Тхи Ким Нган")
    guessed = not syllable_surname_first(words) or her_syllable_name(words)
    # an Arabic compound's words after its opener show the tagger no gender ("Аты" read as
    # a woman's): the first name before it tells
    gendered = list(takewhile(lambda t: t.text not in UNDECLINED_OPENERS, words)) or words
    fem = woman or (
        guessed
        and (tagged_feminine(gendered) or womans_oblique_surname(words))
        and not (mans_genitive_in_a(words) and not told_hers_or_nominative(span))
        and not _his_undeclined_first(words)
        and not _his_dative_first(words)
        and not _his_oblique_first(words)
    )
    # a name of consonant + "-а" words under a woman's title is hers, whatever gender the
    # tagger reads ("первая леди Перу Мариана Лосада", "Мариана" read as Мариан's genitive)
    fem = fem or (in_a_words(words) and told_hers(span))
    fem = fem or her_genitive(names) or her_baltic_name(names)  # "об Ингриде Шимоните"
    balkan = her_ich_surname(names)  # "Кира Бошнякович": her surname, no patronymic
    fem = fem or balkan
    # "Кая Тамм", "с Кае Тамм": a man's name in that case would decline his surname too
    her_first = her_first_before_undeclined(names, span)
    fem = fem or bool(her_first)
    # "Экспедиция М.А. Кастрена изучала": his genitive, whatever gender the tagger read
    fem = fem and (woman or not initials or not initials_then_genitive(span, names, False))
    if not names:
        return NameParts(initials=initials)
    patr = None if balkan else next((t for t in names if is_patronymic(t.text)), None)
    rest = [t for t in names if t is not patr]
    his_order = len(rest) == 2 and not fem and womans_name_after_his(rest)  # "Карлос Моран"
    if (_surname_first(rest) and not his_order) or _patronymic_last(names, patr):
        rest = [rest[1], rest[0]]  # "Петров Иван", as a list or a form writes it

    # Words of one name agree in case; the tagger reads a dictionary first name's case more
    # surely than a foreign surname's ("Мартина Кольвица" is genitive, both words). One that
    # never declines ("Нелли") shows no case: "Нелли Мвамбы" is as genitive as its surname.
    # An East-Asian name's syllable that is also a first name ("Ян", "Дон") tells no case
    east = syllable_surname_first(words)
    own = [t for t in _before_particle(names) if not known_caseless(t.text) and not east]
    # a first name the dictionary reads in no case the tagger gave it still tells the
    # nominative where the parse makes the name a subject ("лидировал Джордже Симион")
    subject = span.root.dep_ in SUBJECTS
    name_case = next(
        (case_of(t) for t in own if is_first_name(t.text) and (subject or told_case(t))), ""
    )
    name_case = "Nom" if woman else compound_case(span, names, fem) or name_case
    name_case = name_case or shown_case(names, fem)
    if name_case in ("", "Nom") and not woman:
        name_case = case_around(span, names, fem, east) or name_case
    if not woman:
        name_case = apposition_case(span, names, fem, east) or name_case
    name_case = _his_genitive_first(own, names, fem, name_case)  # "принял Рашита …"
    name_case = his_accusative_genitive(span, names, fem, name_case)  # "Рёсэя Акадзавы"
    kin_case = (
        # "Сын Дэн Сяопина Дэн Пуфан": an East-Asian genitive's "-а" names the kin's owner
        (None if east and east_patron(span) else kin_told_case(span))
        or other_name_case(span, fem)  # "(настоящее имя Зарифа Мгоян)": as she is called
        or rank_case(span)
        or genitive_read_nominative(span, woman)
        or dash_pair_genitive(span, woman)  # "поправка Джексона — Вэника"
        or law_eponym_genitive(span, woman)  # "поправку Ковальской"
        or academic_case(span, woman)  # "По мнению проф. Смирнова"
        or client_genitive(span, woman)
        or negated_being(span, names)  # "Педро Санчеса на саммите не было"
        or _her_nominative_first(rest, name_case, fem)  # "Александра Панфилова сказала"
    )
    if kin_case is not None:
        name_case, fem = kin_case
    else:
        name_case = _locative_read(span, names, name_case, fem)

    def norm(tok: Token | None, tag: str, shown: bool = False) -> str:
        if tok is None:
            return ""
        case = _word_case(tok, tag, rest, name_case, fem)
        return prefixes.get(tok.i, "") + nominative_word(tok.text, case, fem, tag, shown)

    if not rest:  # a patronymic alone names no one: "Абрамович старался", "А. Шендерович"
        return NameParts(last=norm(patr, "Surn"), initials=initials, words=written)
    if len(rest) == 1:
        only = rest[0]
        # a lone word after a woman's rank is her given name ("с королевой Максимой")
        given = (
            is_first_name(only.text, plural=False)
            or (patr is not None and only.i < patr.i)
            or woman_rank(span) is not None
        )
        if given and (not initials or _initial_after(tokens, only)):
            # "Владимир Владимирович", or a lone "Владимир": a first name, not a surname; a
            # lone "Лавров" (also the genitive plural of "Лавр") is a surname.
            return NameParts(first=norm(only, "Name"), patronymic=norm(patr, "Patr"), words=written)
        return NameParts(
            patronymic=norm(patr, "Patr"), last=norm(only, "Surn"), initials=initials,
            words=written,
        )  # fmt: skip
    # A particle pulls the word before it into the surname: "Лула да Силва".
    cut = 0 if rest[0].lower_ in PARTICLES else len(rest) - 1  # "Аль Тани": a surname
    for i, t in enumerate(rest[1:-1] if cut else (), 1):
        if t.lower_ in PARTICLES:
            cut = max(1, i - 1) if i - 1 >= 1 else i
            break
    # an Arabic compound's opener ("Абдель") declines in no case, nor "Марселу" of "Соузы"
    read = [
        t.text
        if _first_as_written(t, rest[-1], fem)
        else _arabic_first_in_a(t, rest, name_case) or norm(t, "Name")
        for t in rest[:cut]
    ]
    read = [her_first] if her_first and cut == 1 and rest[0] is names[0] else read
    # a middle word after a fixed first name stays as written, though its "-е" read as a
    # case still tells the surname's ("позвонил Кваме Нтеге Банде")
    first = " ".join(
        t.text if _middle_after_fixed(rest, i) else r
        for i, (t, r) in enumerate(zip(rest[:cut], read, strict=True))
    )
    # "Анджею", "Карлосу": it declines; not a "-у" the dictionary knows of no first name
    # ("Болу" of "Бола Тинубу"), which may be the name's own, so the surname's may be too
    # ("Мусу Тинубу": a surname's own "-у" after an accusative's; "Рамчандре" shows its case)
    shown = fold(" ".join(read)) != fold(" ".join(t.text for t in rest[:cut])) and not (
        fold(" ".join(read)).endswith(("а", "я"))
        and rest[cut - 1].lower_.endswith(("у", "ю"))
        and (any(unknown_in_u(t.text) for t in rest[:cut]) or own_u(rest[-1].text))
    )
    dative_u = (
        (name_case or case_of(rest[-1])) == "Dat"
        and (
            # "Жан-Пьеру Лафаргу": a French compound first name, no Portuguese one's "-у"
            (
                shown
                and (
                    any(t.lower_ in _NO_OWN_U_PARTICLES for t in rest)
                    or arabic_name(rest)
                    or any("-" in t.text for t in rest[:cut])
                    # "позвонил Жану Мари Дюпону": a French first name, no Portuguese "-у"
                    or fold(first.split()[0]) in load_list(FRENCH_NAMES)
                )
            )
            or syllable_surname_first(rest)
            or (cut == 1 and french_dative_u(span, rest[:cut], rest[-1].text))
            # "директору театра Чэню Пину": the syllable surname shows the dative itself; not
            # one that is a Western first name too ("Хуану Ортеге", "Яну Залесскому")
            or (
                shown
                and cut == 1
                and first in load_list(SYLLABLE_SURNAMES)
                and not is_first_name(first)
            )
        )
    )
    japanese = len(rest) == 2 and cut == 1 and own_a(rest[0].text, rest[1].text)
    in_case = japanese_in_case(rest, cut, name_case or case_of(rest[-1]))
    # "при Дэн Сяопине": the locative's "-е" on a syllable in "-н", which never ends one
    east_loc = east and east_locative(span, rest)
    # "Хамаде бин Исе Аль Халифе": each word after an Arabic particle in the first name's case
    declined = fold(first) != fold(" ".join(t.text for t in rest[:cut]))
    arabic = _arabic_shown_case(rest, name_case, declined, fem)
    last = in_case or " ".join(
        t.text
        if t.lower_ in PARTICLES or japanese
        else after_opener(t.text, arabic or name_case or case_of(t), fem)
        if arabic or (t.i > 0 and t.doc[t.i - 1].text in UNDECLINED_OPENERS)
        else without_dative_u(t.text)
        if dative_u
        else t.text[:-1]
        if east_loc and t is rest[-1]
        else t.text
        if u_after_undeclined_u(rest[:cut], t.text, shown)
        or (not fem and own_u_after_his_first(span, rest[:cut], first, t.text))
        else norm(t, "Surn", shown)
        for t in rest[cut:]
    )
    case = name_case or case_of(rest[-1])
    last = _surname_after_first(last, rest, cut, first, case, shown, fem)
    last = spanish_accusative_u(span, rest, cut, first, last) if not fem else last
    last = caseless_first_accusative_u(span, rest, cut, first, last) if not fem else last
    last = known_accusative_u(span, rest, cut, first, last) if not fem else last
    last = spanish_dative_u(span, names, rest, cut, first, last) if not fem else last
    last = spanish_dative_e(span, names, rest, cut, first, last) if not fem else last
    his_dative = not fem and case == "Dat"  # "позвонил Каю Нурмику"
    last = open_stem_dative_u(rest, cut, first, last, shown) if his_dative else last
    last = french_own_e(rest, cut, first, last) if not fem else last
    last = her_title_case_a(span, names, rest, cut, first, last)
    last = portuguese_own_u(rest, cut, first, last) if not fem else last
    first, last = _before_particle_in_case(rest, cut, first, last, shown)
    family = family_plural(rest[-1].text) if cut == len(rest) - 1 else None
    if family is not None:  # "Михаил Ходорковские" of "Марина и Михаил Ходорковские"
        last = family[1] if woman_named(rest[0].text, family=True) else family[0]
    return NameParts(
        first=first, patronymic=norm(patr, "Patr"), last=last, initials=initials, words=written
    )


def _locative_read(span: Span, names: list[Token], name_case: str, fem: bool) -> str:
    """The name's case where a locative tells it: a "-ес" patronymic's locative whatever
    the tagger read ("о советнике президента Чили Хуане Пересе", `es_locative_name`;
    h-names132), a nominative where no preposition governs words in "-е" the dictionary
    knows as no name's case (`locative_ungoverned`: "главы ЮНЕСКО Одре Азуле"); else
    `name_case`."""
    if es_locative_name(names, fem):
        return "Loc"
    return "Nom" if locative_ungoverned(span, names, name_case) else name_case


def _arabic_first_in_a(word: Token, rest: list[Token], name_case: str) -> str:
    """An Arabic man's first name in "-а" in the locative before a nasab or the article ("о
    Халифе бин Заиде Аль Нахайяне"), whose "-е" a name in a consonant takes too: its "-а"
    form where `locative_of_a` tells it (the dictionary reads "Халифе" as the common
    "халиф"'s); "" else. Sixty-first pass, h-names132."""
    if name_case != "Loc" or not arabic_name(rest):
        return ""
    low = word.lower_
    return word.text[:-1] + "а" if low.endswith("е") and locative_of_a(word.text) else ""


def _arabic_shown_case(rest: list[Token], name_case: str, declined: bool, fem: bool) -> str:
    """The oblique case a man's Arabic first name shows by its ending (`declined`) before a
    nasab or the article ("Хамаду бин Исе Аль Халифе", "о Тамиме бин Хамаде Аль Тани"), in
    which every word after the particle declines as a name too (`after_opener`: "Иса",
    "Халифа", "Хамад"), its "-у" never an Arabic name's own ("Абдалле бин Зайеду"); ""
    where the first name shows none ("Хамад бин Иса …" as written). Sixty-first pass,
    h-names132."""
    if fem or not declined or name_case in ("", "Nom") or not arabic_name(rest):
        return ""
    return name_case


# The endings of a name in "-а" in the oblique cases a word before a particle may show.
_BEFORE_PARTICLE_ENDS = ("ой", "ы", "и", "у", "е")


def _before_particle_in_case(
    rest: list[Token], cut: int, first: str, last: str, shown: bool
) -> tuple[str, str]:
    """The word before a surname's particle read by the first name's case: where the first
    name shows an oblique case, the word takes it too, and its form in "-а" is the
    surname the persons tables know ("Луиса Лулу да Силву" → "Лула да Силва"); where the
    first name is a Portuguese "-у" that the dictionary reads as a woman's accusative and
    the word before the particle ends in "-у" as well ("поддержал Марселу Ребелу де
    Соузу"), both are a Portuguese man's own "-у", as written ("Марселу", not "Марсела"),
    and the last word's "-у" his accusative's ("Соуза"); after a Portuguese first name that
    shows its case ("Жуана Ребелу де Соузу"), a word in "-у" before the particle the persons
    tables do not know in "-а" is his own "-у" too ("Ребелу"), the case the last word's."""
    if cut < 1 or cut + 1 >= len(rest):
        return first, last
    before, particle = rest[cut], rest[cut + 1]
    words = last.split()
    low = before.lower_
    if particle.lower_ not in PARTICLES or len(words) < 3:
        return first, last
    if (
        shown
        and low.endswith("у")
        and low[-2:-1] not in VOWELS
        and words[0] == before.text[:-1] + "а"
    ):
        surname = " ".join(words)
        if portuguese_first(fold(first.split()[0])) and not Gazetteer.load().persons_by_surname(
            surname
        ):
            return first, " ".join([before.text, *words[1:]])  # "Жуана Ребелу де Соузу"
    if words[0] != before.text:
        return first, last
    written = [t.text for t in rest[:cut]]
    if shown:
        for end in _BEFORE_PARTICLE_ENDS:
            if low.endswith(end) and len(low) - len(end) >= 2:
                surname = " ".join([before.text[: -len(end)] + "а", *words[1:]])
                if Gazetteer.load().persons_by_surname(surname):
                    return first, surname
                break
        return first, last
    his_u = len(written) == 1 and written[0].lower().endswith("у") and first.endswith("а")
    if his_u and low.endswith("у") and fold(first) == fold(written[0][:-1] + "а"):
        tail = words[-1]
        if tail.endswith("у") and tail[-2:-1] not in VOWELS and tail == rest[-1].text:
            tail = tail[:-1] + "а"  # his accusative's "-у" on a name in "-а": "Соузу"
        return written[0], " ".join([*words[:-1], tail])
    return first, last


def spelt_as_name(word: str, gazetteer: Gazetteer) -> bool:
    """A first name or surname of natasha's lists or of a person the gazetteer knows is
    spelt as `word` ("Лондон", "Виктория"): a place's name the tagger calls a person is
    trusted as the place only where no person's name could be meant ("Тирана")."""
    forms = {word.lower(), normalize(word)}
    lists = (
        load_sorted(NATASHA_DICT / "first.txt", unsorted=True),
        load_sorted(NATASHA_DICT / "last.txt"),
    )
    return (
        any(form in names for form in forms for names in lists)
        or bool(gazetteer.persons_by_surname(word))
        or normalize(word) in _first_names_of(gazetteer)
    )


@cache
def _first_names_of(gazetteer: Gazetteer) -> frozenset[str]:
    """Every word of the gazetteer persons' first names, normalized: `spelt_as_name` asks it
    of each capital the tagger calls a person, which walked every person for it."""
    return frozenset(w for p in gazetteer.persons for w in normalize(p.first).split())
