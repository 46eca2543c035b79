"""Foreign names in oblique cases: Spanish, Portuguese, French and Japanese names whose
last vowel may be a case ending or their own ("Хуана Переса", "Паулу Каштру", "Жоау
Лоуренсу", "Рене Леже"), read from the name's place in the sentence.

`name_parts` asks these questions once it has split a name into its words; the word-level
declension they build on is in surname_declension.py.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.gazetteer import Gazetteer
from kg.lexicon import load_list
from kg.nlp.deps import preposition_conjunct
from kg.nlp.morph import UD_CASE, case_of, caseless, morph, undeclined_first_name
from kg.resolve.gender import WOMENS_NAMES
from kg.resolve.japanese_names import japanese_word, own_a
from kg.resolve.name_cases import (
    LOCATIVE_PREPOSITIONS,
    apposed_to_object,
    dative_place,
    governed_title_case,
    locative_title,
    object_place,
    own_u,
    transitive_object,
)
from kg.resolve.name_forms import VOWELS, fold
from kg.resolve.name_lexicons import FINNIC_NAMES, FRENCH_NAMES
from kg.resolve.person_indexes import person_name_words
from kg.resolve.surname_declension import (
    GERMAN_OWN_E,
    HUSHING_OR_VELAR,
    declined_surname,
    fixed_mans_name,
    portuguese_first,
    portuguese_ru,
    spanish_first,
    undeclined_o,
    unknown_open_stem,
)


def japanese_own_u(word: str, names: list[Token]) -> bool:
    """A Japanese first name in "-у" ("Кацунобу", "Мамору") before a Japanese surname in
    "-о"/"-э", which shows no case ("министра Японии Кацунобу Като"): the "-у" is its own,
    not the accusative of a "Кацуноба"."""
    last = names[-1].lower_
    return (
        len(names) == 2
        and word.lower().endswith("у")
        and last.endswith(("о", "э"))
        and japanese_word(word)
        and japanese_word(last)
    )


def own_e(word: str, names: list[Token]) -> bool:
    """An Italian man's first name in "-е" after a consonant ("Даниэле", "Давиде", "Рафаэле")
    the dictionary reads as another man's name's locative, before a surname in "-о" or "-и",
    which shows no case ("с Даниэле Франко", "позвонил Давиде Сассоли"): nothing tells the
    "-е" a case's ending, so the name stays as written, neither "Даниэл" nor "Даниэла".
    Not the "-е" of a name in "-а" ("Мустафе Мадбули"). After a preposition of the
    locative the case is told ("о Павле Лазаренко"), and so it is by a title that
    preposition governs, apposed to the name ("о президенте Кении Уильяме Руто")."""
    low = word.lower()
    if len(names) < 2 or not low.endswith("е") or low[-2:-1] in VOWELS:
        return False
    if _locative_governed(names[0]):
        return False
    if not names[-1].lower_.endswith(("о", "и")):
        return False
    # "Мустафе" of "позвонил Мустафе Мадбули": the dative or locative of a name in "-а",
    # which declines; the Italian "-е" is a name in a consonant's locative's ("Даниэле")
    return any(
        {"Name", "masc", "loct"} <= p.tag.grammemes
        and p.is_known
        and not p.normal_form.endswith(("а", "я"))
        for p in morph().parse(word)
    )


def _locative_governed(first: Token) -> bool:
    """Whether a name's first word stands right after "о"/"об"/"при", or the parse hangs it
    on a title before it that such a preposition governs and the tagger reads as a locative
    ("о президенте Кении Уильяме Руто"): the name is in that case too (sixty-second pass,
    h-names139); so is a later name of a list such a first name opens ("о Викторе Орбане и
    Петере Сийярто"; sixty-fifth pass, h-names146)."""
    if first.i > 0 and first.nbor(-1).lower_ in LOCATIVE_PREPOSITIONS:
        return True
    if (listed := preposition_conjunct(first)) is not None:
        return _locative_governed(listed)  # "о Викторе Орбане и Петере Сийярто"
    title = first.head
    if first.dep_ != "appos" or title.i > first.i or case_of(title) != "Loc":
        return False
    return any(c.dep_ == "case" and c.lower_ in LOCATIVE_PREPOSITIONS for c in title.children)


def _consonant_u_last(rest: list[Token], cut: int, last: str) -> bool:
    """Whether the name's last word, after its `cut` first names and written as `last`, is a
    one-word surname in a consonant and "-у" (the shape both Spanish "-у" rules read)."""
    low = rest[-1].text.lower()
    if cut < 1 or cut != len(rest) - 1 or last != rest[-1].text or "-" in low or len(low) < 5:
        return False
    return low.endswith("у") and low[-2] not in VOWELS and low[-2] not in "ьй"


def _soft_a_case_last(rest: list[Token], cut: int, last: str, ending: str) -> bool:
    """Whether the name's last word, after its `cut` first names and written as `last`, is a
    one-word surname in a consonant, "ь" and `ending` ("Пенью", "Пенье"): the case of a
    Spanish "-ña"/"-lla" name in "-ья" ("Пенья", "Падилья"), as "Илью", "Илье" of "Илья"."""
    low = rest[-1].text.lower()
    if cut < 1 or cut != len(rest) - 1 or last != rest[-1].text or "-" in low or len(low) < 5:
        return False
    return low.endswith("ь" + ending) and low[-3] not in VOWELS and low[-3] not in "ьй"


def spanish_accusative_u(span: Span, rest: list[Token], cut: int, first: str, last: str) -> str:
    """A man's surname in a consonant and "-у" after a Spanish first name (`spanish_first`)
    that shows the accusative or no case, the name a verb's object or apposed to one
    ("принял Хуана Карлоса Варелу", "поздравил премьер-министра Перу Хорхе Мендосу"): no
    Spanish surname ends in "-у" of its own (a Portuguese "-o" is "-у", but a Portuguese
    "J" is "Ж": "Жуан"), so the "-у" is the accusative of one in "-а" ("Варела"). Not a
    surname the persons tables or the dictionary know as written ("Хосе Шойгу" stays).
    So too a "-ью" after "ь", the accusative of one in "-ья" ("поздравил Сантьяго Пенью":
    "Пенья"; seventy-second pass, h-names162), not after a Portuguese first name, whose
    "-lho"/"-nho" is "-лью"/"-нью" of its own ("Паулу Коэлью")."""
    word = rest[-1].text
    low = word.lower()
    soft = _soft_a_case_last(rest, cut, last, "ю")
    if not (soft or _consonant_u_last(rest, cut, last)):
        return last
    firsts, nominatives = rest[:cut], first.split()
    spanish = any(spanish_first(t.text) or undeclined_o(t.text) for t in firsts)
    if len(nominatives) != cut or not spanish:
        return last
    pairs = zip(firsts, nominatives, strict=True)
    if not all(fold(t.text) in (fold(n), fold(n) + "а") for t, n in pairs):
        return last  # "Хуану Карлосу": a dative's "-у" may be the name's own
    if not (object_place(span) or transitive_object(span)):
        return last
    if Gazetteer.load().persons_by_surname(low):
        return last
    if any("Fixd" in p.tag and p.is_known for p in morph().parse(word)):
        return last
    return word[:-1] + ("я" if soft else "а")


def caseless_first_accusative_u(
    span: Span, rest: list[Token], cut: int, first: str, last: str
) -> str:
    """A man's surname in a consonant and "-у" after first names that never decline
    (`caseless`: an African "Кваме", "Кофи"), the name a verb's object or apposed to one
    ("принял посла Уганды Кваме Океллу"), where the dictionary reads the word as the
    accusative of a name in "-а" (a guess will do) or the persons tables know that form
    (`own_u` false): the first name shows no case, so the object's place tells the
    accusative and the "-у" is its ending ("Окелла") (names93). Not a surname of its own
    "-у" by both ("принял Кваме Тинубу": the dictionary guesses only a place "Тинуба"), a
    Portuguese first name's, a Romanian "-еску", nor one the persons tables or the
    dictionary know as written; nor in a dative place, which the tagger may read as an
    object ("позвонил Педру Кабралу": `spanish_dative_u` reads its dative; h-names103)."""
    word = rest[-1].text
    low = word.lower()
    if not _consonant_u_last(rest, cut, last) or low.endswith("ску"):
        return last
    firsts = _firsts_as_nominatives(rest, cut, first)
    if not firsts or not all(caseless(t.text) for t in firsts):
        return last
    if any(portuguese_first(fold(n)) for n in first.split()) or own_u(word):
        return last
    if Gazetteer.load().persons_by_surname(low):
        return last
    if any("Fixd" in p.tag and p.is_known for p in morph().parse(word)):
        return last
    if not (object_place(span) or transitive_object(span)) or dative_place(span, rest):
        return last
    return word[:-1] + "а"


# A stem a Portuguese name's own "-у" follows ("Кардозу", "Машаду", "Лоуренсу",
# "Монтенегру", "Коэлью"): the name may be written so in every case.
_PORTUGUESE_U_STEM = re.compile(r"(?:[здшжгк]|нс|[бвгдкптф]р)$")


# A Portuguese "-nço", "-so"/"-zo", "-do" after a vowel ("Лоуренсу", "Кардозу", "Машаду"):
# stems of `_PORTUGUESE_U_STEM` a Slavic surname's dative rarely ends in ("Грабарчуку").
_OWN_U_STEM = re.compile(r"[аеиоу](?:нс|з|д)$")


def portuguese_own_u(rest: list[Token], cut: int, first: str, last: str) -> str:
    """A man's surname in "-у" after a stem a Portuguese name's own "-у" follows
    (`_OWN_U_STEM`: a vowel's "-нсу", "-зу", "-ду"), after a Portuguese first name
    (`portuguese_first`: "Жуан", "Луиш") that shows its case ("позвонил Жуану Лоуренсу"):
    the "-у" is the name's own, as the links table's Portuguese persons write theirs
    ("Роналду", "Пинту", "Коэлью"), though the dictionary reads it as the dative of an
    English surname ("Лоуренс"). Not a surname the persons tables know without the "-у",
    nor after a first name not Portuguese ("Роберту Лоуренсу") or shown in no case, nor a
    stem Portuguese names do not end in before "-у" ("Жуану Маркесу" → Маркес), nor a
    Slavic "-ук" after a Polish or Czech "-аш" ("Томашу Грабарчуку")."""
    word = rest[-1].text
    low = word.lower()
    if cut < 1 or cut != len(rest) - 1 or not low.endswith("у") or fold(last) != fold(word[:-1]):
        return last
    nominatives = first.split()
    if len(nominatives) != cut or not portuguese_first(fold(nominatives[-1])):
        return last
    if fold(rest[cut - 1].text) == fold(nominatives[-1]) or not _OWN_U_STEM.search(low[:-1]):
        return last
    if Gazetteer.load().persons_by_surname(low[:-1]):
        return last
    return word


def spanish_dative_u(
    span: Span, names: list[Token], rest: list[Token], cut: int, first: str, last: str
) -> str:
    """A man's surname in a consonant and "-у" after first names written as their
    nominatives that never decline, one Spanish ("Хосе", "Хорхе", `spanish_first`) or in
    "-о" (`undeclined_o`), the name in a dative place: after a verb that governs a
    person's dative ("позвонил Хосе Антонио Касту") or apposed to a dative title
    ("премьер-министру Перу Густаво Адрианзену"). A Spanish name ends in no "-у" of its own,
    so the "-у" is the dative's ("Каст", "Адрианзен"); so too after a man's first name the
    dictionary knows as one that never declines (`fixed_mans_name`: "позвонил Хосни
    Мубараку"), or a Portuguese "-дру"/"-тру" (`portuguese_ru`: "позвонил Педру Кабралу";
    h-names103). Not after a stem a Portuguese name's own "-у" follows ("Фернандо Энрике
    Кардозу") where a first name is Spanish or Portuguese, nor a surname the persons tables
    or the dictionary know as written ("Шойгу"). After a first name the links table writes
    unchanged beside a declined surname (`undeclined_first_name`: "Кваме", "Мамаду") the
    "-у" is the dative's too where the dictionary reads the word as a name's form or the
    persons tables know its "-а" form (`own_u` false: "позвонил Кваме Океллу"), not one
    of its own ("Кваме Тинубу"; h-names104)."""
    word = rest[-1].text
    low = word.lower()
    if not _consonant_u_last(rest, cut, last):
        return last
    firsts = _firsts_as_nominatives(rest, cut, first)
    if firsts is None:
        return last  # a first name that shows its case tells it
    romance = any(
        spanish_first(t.text) or undeclined_o(t.text) or portuguese_ru(t.text) for t in firsts
    ) or any(portuguese_first(fold(n)) for n in first.split())
    in_i = any(fixed_mans_name(t.text) for t in firsts)  # no Portuguese name ends in "-и"
    # "позвонил Кваме Океллу": a first name the links table writes unchanged beside a
    # declined surname, before a word the dictionary reads as a declined name's form
    fixed = any(undeclined_first_name(t.text) for t in firsts) and not own_u(word)
    if not (romance or in_i or fixed) or low.endswith("ску"):
        return last  # a Romanian "-еску" is its own, no Spanish ending
    if not in_i and _PORTUGUESE_U_STEM.search(low[:-1]):
        return last
    if Gazetteer.load().persons_by_surname(low):
        return last
    if any("Fixd" in p.tag and p.is_known for p in morph().parse(word)):
        return last
    return word[:-1] if dative_place(span, names) else last


def open_stem_dative_u(rest: list[Token], cut: int, first: str, last: str, shown: bool) -> str:
    """A man's surname the dictionary knows in no reading, ending past its "-у" in one
    consonant after a vowel (`unknown_open_stem`), after a first name that shows the dative
    ("позвонил Каю Нурмику", "Тоомасу Пярнику"): a man's surname in a consonant takes "-у"
    there, as it takes "-е" in the locative ("о Кае Нурмике"). Not after a Portuguese first
    name (`portuguese_first`: "Жуану Ребелу", "Луишу Машаду"), whose surname's "-у" is its
    own, nor a short stem ("Игорю Гросу": a Romanian "-у"), nor a surname the persons
    tables know as written, nor one the dictionary guesses as no man's name's dative
    (`_his_name_dative`: "Джону Вамбугу"). Sixtieth pass, h-names129."""
    word = rest[-1].text
    low = word.lower()
    if not shown or cut != len(rest) - 1 or last != word or not low.endswith("у"):
        return last
    if len(low) < 6 or any(portuguese_first(fold(n)) for n in first.split()):
        return last
    if not unknown_open_stem(low) or Gazetteer.load().persons_by_surname(low):
        return last
    return word[:-1] if _his_name_dative(low) or _lateral_dative(low) else last


# The ends of a South Asian or Arabic man's surname in "-л" after a vowel ("Паудьял",
# "Дахал", "Джамал"), whose dative's "-у" the dictionary guesses as a thing's, not a name's
_LATERAL_DATIVE_ENDS = ("алу", "елу", "ялу")


def _lateral_dative(low: str) -> bool:
    """Whether a surname in "-алу"/"-елу"/"-ялу" the dictionary guesses only as a word's,
    reads as the masculine dative of its stem in "-л" ("Паудьялу" of "Паудьял"): the
    dative's ending, where a first name shows the case ("президенту Непала Рамчандре
    Паудьялу"; seventy-second pass, h-agreements92)."""
    return low.endswith(_LATERAL_DATIVE_ENDS) and any(
        {"masc", "datv"} <= p.tag.grammemes and fold(p.normal_form) == fold(low[:-1])
        for p in morph().parse(low)
    )


def _his_name_dative(low: str) -> bool:
    """Whether the dictionary guesses the word as the dative of a man's name in a consonant,
    its stem ("Нурмику" of "Нурмик"): not of a place or a thing ("Вамбугу", a Kenyan name's
    own "-у", guessed a place's), nor a word in "-а" ("Тинубу")."""
    return any(
        {"masc", "datv"} <= p.tag.grammemes
        and ("Name" in p.tag or "Surn" in p.tag)
        and fold(p.normal_form) == fold(low[:-1])
        for p in morph().parse(low)
    )


def _firsts_as_nominatives(rest: list[Token], cut: int, first: str) -> list[Token] | None:
    """The first names before the surname where each is written as its nominative (one
    that shows its case tells the name's case by itself), else None."""
    firsts, nominatives = rest[:cut], first.split()
    if len(nominatives) != cut:
        return None
    if not all(fold(t.text) == fold(n) for t, n in zip(firsts, nominatives, strict=True)):
        return None
    return firsts


# The last letters of Finnish and Estonian surnames' consonant stems ("Пярник", "Липпонен",
# "Ратас"); one in another letter may be a Finnish "-а" ("Хейнялуома").
_FINNIC_STEM_ENDS = frozenset("кнс")

# A South Slavic man's surname in "-ич" ("Джурич", "Караджич") in the locative: no name of
# another language after an undeclined first name ends its nominative in "-ича".
_SLAVIC_ICH_E = "иче"


def _slavic_ich_locative(span: Span, names: list[Token], opener: Token, last: str) -> str:
    """A man's "-иче" after a locative preposition or a locative title ("о Марко Джуриче",
    "о Бранко Бркиче"): the "-ич" surname's locative, whatever the first name in "-о"."""
    told = opener.i > 0 and opener.nbor(-1).lower_ in LOCATIVE_PREPOSITIONS
    return last[:-1] if told or locative_title(span, names) else last


def spanish_dative_e(
    span: Span, names: list[Token], rest: list[Token], cut: int, first: str, last: str
) -> str:
    """A man's surname in a consonant and "-е" after first names written as their
    nominatives that never decline, one Spanish ("Хосе") or in "-о"/"-ио" ("Серхио"), the
    name in a dative place ("позвонил Серхио Массе") or after a preposition of the
    locative ("о Хосе Мухике"): the "-е" is that case's ending on a name in "-а" ("Масса",
    "Мухика"), as after a first name that shows it ("Хуану Ортеге"); after a Finnish or
    Estonian first name (`FINNIC_NAMES`: "о Тармо Пярнике") the locative's "-е" after "к",
    "н", "с" is on a consonant ("Пярник"), any other stays, and a dative place tells
    nothing; a South Slavic "-иче" after first names in "-о" is the "-ич" one's locative
    (`_slavic_ich_locative`). So too a "-ье" after "ь", of one in "-ья" ("позвонил Сантьяго
    Пенье": "Пенья"; h-names162). Not after a French first name ("Жерар Ларше" keeps its own
    "-е"), a German "-le", nor a surname the persons tables or the dictionary know as
    written, as one that never declines."""
    word = rest[-1].text
    low = word.lower()
    if cut < 1 or cut != len(rest) - 1 or last != word or "-" in low or len(low) < 5:
        return last
    soft = _soft_a_case_last(rest, cut, last, "е")  # "позвонил Сантьяго Пенье": "Пенья"
    if not soft and (
        not low.endswith("е") or low[-2] in VOWELS or low[-2] in "ьй" or GERMAN_OWN_E.search(low)
    ):
        return last
    firsts = _firsts_as_nominatives(rest, cut, first)
    if firsts is None:
        return last  # a first name that shows its case tells it
    if low.endswith(_SLAVIC_ICH_E) and all(t.lower_.endswith("о") for t in firsts):
        return _slavic_ich_locative(span, names, firsts[0], last)
    finnic = any(fold(t.text) in load_list(FINNIC_NAMES) for t in firsts)
    if not (finnic or any(spanish_first(t.text) or undeclined_o(t.text) for t in firsts)):
        return last
    if any(fold(t.text) in load_list(FRENCH_NAMES) for t in firsts):
        return last
    if Gazetteer.load().persons_by_surname(low):
        return last
    if any("Fixd" in p.tag and p.is_known for p in morph().parse(word)):
        return last
    opener = firsts[0]
    told = opener.i > 0 and opener.nbor(-1).lower_ in LOCATIVE_PREPOSITIONS
    if finnic:  # "о Тармо Пярнике": an Estonian "-ik", a Finnish "-nen", an "-s"
        return word[:-1] if told and low[-2] in _FINNIC_STEM_ENDS else last
    return word[:-1] + ("я" if soft else "а") if told or dative_place(span, names) else last


# The ending an "-а" noun takes in each case `governed_title_case` tells, by the letter
# before it ("Рахмы", "Картики").
_A_NOUN_ENDS = {"Dat": ("е",), "Acc": ("у",), "Gen": ("ы", *(c + "и" for c in HUSHING_OR_VELAR))}


def her_title_case_a(
    span: Span, names: list[Token], rest: list[Token], cut: int, first: str, last: str
) -> str:
    """A woman's surname in a consonant and the ending an "-а" noun takes in the case of the
    title the name is apposed to, where the word governing the title asks for that case too
    (`governed_title_case`: "позвонил министру … Сити Рахме", "поздравил министра … Сити
    Рахму", "Визит министра … Деви Картики"), after women's first names that never decline
    (`undeclined_first_name`, listed in `WOMENS_NAMES`: the Malay "Сити"), which show no
    case: the ending is the case's, the surname's nominative in "-а" ("Рахма"). Not where
    only the tagger's case of the title tells (a foreign "-у" or "-е" may be the name's own:
    "Тинубу"), nor a surname the persons tables know as written, nor a word the dictionary
    knows in that case as no name in "-а" ("Пане" is "пан"'s locative)."""
    word = rest[-1].text
    low = word.lower()
    if cut < 1 or cut != len(rest) - 1 or last != word or "-" in low or len(low) < 4:
        return last
    if low[-2] in VOWELS or low[-2] in "ьй":
        return last
    firsts = _firsts_as_nominatives(rest, cut, first)
    if not firsts or not all(_her_fixed_first(t.text) for t in firsts):
        return last
    case = governed_title_case(span, names)
    if not case or not low.endswith(_A_NOUN_ENDS[case]):
        return last
    if Gazetteer.load().persons_by_surname(low):
        return last
    nominative = word[:-1] + "а"
    known = [p for p in morph().parse(word) if p.is_known]
    told = [p for p in known if UD_CASE[case] in p.tag and fold(p.normal_form) == fold(nominative)]
    return nominative if told or not known else last  # "Пане", "Гигу": "пан"'s, "гиг"'s


def _her_fixed_first(word: str) -> bool:
    """A woman's first name that never declines ("Сити", "Деви")."""
    return undeclined_first_name(word) and fold(word) in load_list(WOMENS_NAMES)


def french_own_e(rest: list[Token], cut: int, first: str, last: str) -> str:
    """A man's surname in a consonant and "-е" after a first name only French bears
    (`FRENCH_NAMES`: "Алену Жюппе", "Жерару Ларше"), read as the dative of a name in "-а":
    a French surname's "-е" is its own (Juppé, Larcher) and never declines, so it stays as
    written. A Spanish or Portuguese first name leaves the dative ("Хуану Карлосу Вареле",
    "Луишу Коште")."""
    word = rest[-1].text
    low = word.lower()
    if cut < 1 or cut != len(rest) - 1 or not low.endswith("е") or low[-2] in VOWELS:
        return last
    if fold(last) != fold(word[:-1] + "а"):
        return last
    french = load_list(FRENCH_NAMES)
    parts = [p for n in first.split() for p in n.split("-")]
    return word if parts and fold(parts[0]) in french else last


def known_accusative_u(span: Span, rest: list[Token], cut: int, first: str, last: str) -> str:
    """A man's surname in a consonant and "-у" after a first name that shows the accusative
    (or the genitive, its form), the name a verb's object, whose form in "-а" the persons
    tables know as a surname ("принял Луиша Кошту" → "Кошта"): the "-у" is the accusative's.
    Not one the tables know as written ("Сергея Шойгу"), nor an unknown one ("Жуана
    Лоуренсу", "Луиша Монтенегру")."""
    word = rest[-1].text
    low = word.lower()
    if cut < 1 or cut != len(rest) - 1 or last != word or "-" in low or len(low) < 4:
        return last
    if not low.endswith("у") or low[-2] in VOWELS or low[-2] in "ьй":
        return last
    written, nominative = rest[cut - 1].lower_, fold(first.split()[-1]) if first else ""
    if not nominative or fold(written) != _accusative_of(nominative):
        return last
    gaz = Gazetteer.load()
    if gaz.persons_by_surname(low):
        return last
    if not gaz.persons_by_surname(low[:-1] + "а") and not _unknown_spanish_u(rest, cut, first):
        return last
    if not (object_place(span) or transitive_object(span)):
        return last
    return word[:-1] + "а"


def _accusative_of(nominative: str) -> str:
    """A man's first name's accusative (its genitive's form) where it ends in a consonant
    ("луис" → "луиса", "даниэль" → "даниэля", "андрей" → "андрея"); "" for one in a vowel."""
    if not nominative or nominative[-1] in VOWELS:
        return ""
    return nominative[:-1] + "я" if nominative[-1] in "ьй" else nominative + "а"


def _unknown_spanish_u(rest: list[Token], cut: int, first: str) -> bool:
    """A surname in a consonant and "-у" no persons table knows in "-а", after first names
    none of them Portuguese (`portuguese_first`: "Жуан", "Луиш", whose surnames end in an
    own "-у": "Лоуренсу", "Монтенегру"), the last a Spanish one in "-эль"/"-ель" or
    "-ос"/"-ес"/"-ис"/"-ас", that shows the accusative ("осудил Даниэля Ортегу", "принял
    Мануэля Гевару"; not "Джона Вамбугу"): a man's surname in a consonant would show
    "-а" there, so the "-у" is the accusative of one in "-а". Not a Romanian "-еску", nor a
    word the dictionary knows as one that never declines ("Сергея Шойгу")."""
    word = rest[-1].text
    low = word.lower()
    if len(low) < 5 or low.endswith("ску") or len(first.split()) != cut:
        return False
    if any(portuguese_first(fold(n)) for n in first.split()):
        return False
    if not _SPANISH_END.search(fold(first.split()[-1])) or fold(first).startswith("дж"):
        return False  # "принял Джона Вамбугу": an English or African name's own "-у"
    return not any("Fixd" in p.tag and p.is_known for p in morph().parse(word))


# The end of a Spanish man's first name in a consonant: "Даниэль", "Мигель", "Луис",
# "Карлос", "Андрес", "Николас".
_SPANISH_END = re.compile(r"(?:[эе]ль|[оеиа]с)$")


def his_u_before_declined(word: Token, surname: Token) -> bool:
    """A first name in "-у" the dictionary knows only as a woman's ("Паулу", Паула's
    accusative) before a surname in "-а"/"-я" after a consonant, a man's genitive or
    accusative ("пригласил Паулу Рангела"): a woman's would be "Паулу Рангел" or "Паулу
    Рангелу", so the name is a man's and his Portuguese first name stays as written."""
    low, last = word.lower_, surname.lower_
    if not low.endswith("у") or not last.endswith(("а", "я")) or len(last) < 3:
        return False
    if last[-2] in VOWELS or surname.i == word.i:
        return False
    named = [p for p in morph().parse(word.text) if "Name" in p.tag and p.is_known]
    return bool(named) and all("femn" in p.tag for p in named)


def first_unlike_genitive(word: Token, surname: Token) -> bool:
    """A first name in "-у", "-е", "-и" or "-ю" before a surname in "-ы" after a consonant,
    which only the genitive of a name in "-а" ends in ("Визит Марселу Соузы"), where the
    dictionary, knowing or guessing, reads the first name in no genitive (Марсел's genitive
    is "Марсела", "Марселу" his dative): the two words would agree in case, so the first
    name does not decline and stays as written, not "Марсел". One read as a genitive
    declines with it ("Анны Соузы", "Марии Соузы"), and so does an "-и" after a letter "-ы"
    never follows, the genitive of a name in "-а" the dictionary may not know ("Эмеки
    Обиоры" of "Эмека Обиора")."""
    low, last = word.lower_, surname.lower_
    if not low.endswith(("у", "е", "и", "ю")) or surname.i == word.i:
        return False
    if low.endswith("и") and low[-2:-1] in HUSHING_OR_VELAR:
        return False
    if len(last) < 4 or not last.endswith("ы") or last[-2] in VOWELS or last[-2] in "ьй":
        return False
    return not any("gent" in p.tag for p in morph().parse(word.text))


def own_u_after_his_first(span: Span, firsts: list[Token], first: str, word: str) -> bool:
    """A surname in "-у" whose "-а" form no dictionary name nor persons table knows
    (`own_u`), after a man's first name that shows the genitive or the instrumental of one
    in a consonant ("Визит Луиша Монтенегру", "с Луишем Монтенегру"): his surname's "-у"
    is its own, as written, as no genitive or instrumental of a "Монтенегра" ends. Not a
    verb's object, whose "-у" is the accusative of a surname in "-а" ("принял Ивана
    Ворону"), nor a name apposed to a title that is one, which the tagger may read as a
    genitive after a place ("принял в Дели президента Ганы Джона Махаму", "встретил в
    аэропорту президента …": Махама), nor a double surname ("Брауна-Хау")."""
    if not firsts or "-" in word or not word.lower().endswith("у") or not own_u(word):
        return False
    written = firsts[-1].lower_
    nominative = fold(first.split()[-1]) if first else ""
    if nominative == fold(written) or nominative[-1:] in VOWELS:
        return False
    if written.endswith(("ом", "ем")):
        return True
    if _PORTUGUESE_RO.search(word.lower()) and portuguese_first(nominative):
        return True  # "принял Луиша Монтенегру": a Portuguese "-ro", in every case
    return (
        written.endswith(("а", "я"))
        and span.root.dep_ not in ("obj", "iobj", "nsubj:pass")
        and not apposed_to_object(span, [t for t in span if t.is_alpha])
        and case_of(firsts[-1]) == "Gen"
        and not any(c.dep_ == "case" for c in span.root.children)
    )


# A Portuguese surname's "-ro" after a consonant ("Монтенегру", "Каштру", "Леандру"): no name
# in "-а" after such a cluster follows a Portuguese first name.
_PORTUGUESE_RO = re.compile(r"[бвгдкптф]ру$")


def u_after_undeclined_u(firsts: list[Token], word: str, shown: bool) -> bool:
    """A Portuguese surname in "-нсу" ("-nço") after a first name in "-у" that shows no
    case ("позвонил Жоау Лоуренсу", "Паулу Афонсу"): its "-у" is its own, though the
    dictionary reads it as the dative of a surname in a consonant ("Лоуренс"), so it stays
    as written; a first name that shows the case tells the surname's ("Джону Лоуренсу"),
    and another consonant before "-у" declines ("Жоау Мигелу": "Мигел")."""
    return (
        not shown
        and bool(firsts)
        and firsts[-1].lower_.endswith("у")
        and word.lower().endswith("нсу")
    )


def after_opener(word: str, case: str, feminine: bool) -> str:
    """The word after an Arabic compound's opener, or after a nasab or the article where
    the first name shows the case ("Хамаду бин Исе Аль Халифе"; h-names132), in the
    nominative: in an oblique case it declines as a noun in a consonant or in "-а" does,
    one rule for every case ("Абдель Рахману", "Абдель Рахманом" → "Рахман"; "Абдель Аты",
    "Абдель Ате", "Абдель Атой" → "Ата"), the locative's "-е" of either told by
    `locative_of_a`; a final "-и" after a consonant that takes "-ы" ends no case's form,
    so the word never declines ("Абдель Ати"). The text's own nominative ("Бадр Абдель
    Аты") then names the man (`_compounds_as_written` in person_links)."""
    low = word.lower()
    if case in ("", "Nom") or (low.endswith("и") and low[-2:-1] not in HUSHING_OR_VELAR):
        return word
    if case == "Loc" and not feminine and locative_of_a(word):
        return word[:-1] + "а"  # "Исе", "Халифе": Иса, Халифа; "Хамаде" is Хамад
    return declined_surname(word, case, feminine)


def locative_of_a(word: str) -> bool:
    """Whether an Arabic man's name word in the locative's "-е", which a name in a consonant
    ("Хамаде" of "Хамад") and one in "-а" both take, is of one in "-а": a man's first name
    the dictionary knows so ("Исе" of "Иса", "Абдалле"; not "Салмане", "Мухаммеде"), else
    a word the gazetteer's persons' names write in "-а" and never in the consonant
    ("Халифе" of "Халифа", though the dictionary reads the common "халиф"). Sixty-first
    pass, h-names132."""
    low = fold(word)
    if len(low) < 3 or not low.endswith("е") or low[-2] in VOWELS:
        return False
    named = [
        fold(p.normal_form)
        for p in morph().parse(word)
        if {"Name", "masc", "loct"} <= p.tag.grammemes and p.is_known and "Fixd" not in p.tag
    ]
    if named:
        return named[0] == low[:-1] + "а"
    words = person_name_words(Gazetteer.load())
    return low[:-1] + "а" in words and low[:-1] not in words


def japanese_in_case(rest: list[Token], cut: int, case: str) -> str:
    """The nominative of a Japanese surname in "-а" that an oblique case ends otherwise, after
    a Japanese first name, which never declines ("Министру обороны Японии Хироси Ямаде",
    "Хироси Ямаду"): no Japanese word ends so ("-де", "-ду"), so the ending is the case's;
    "" where the surname is a Japanese word as written ("Хироси Ямада", "Такэси Ивая")."""
    if len(rest) != 2 or cut != 1 or case in ("", "Nom") or japanese_word(rest[1].text):
        return ""
    nominative = declined_surname(rest[1].text, case, False)
    return nominative if nominative != rest[1].text and own_a(rest[0].text, nominative) else ""
