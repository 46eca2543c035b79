"""Name lexicons: the word lists a person's name is checked against.

natasha's first-name and surname dictionaries, the project's lists of syllable surnames and
French first names, the endings of Russian surnames and patronymics, and the words a name
is not (common words, places). names.py and persons.py ask these questions in many places;
they live here, apart from the readers of a name's case, so each list is loaded in one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

from kg.lexicon import load_list, load_sorted
from kg.nlp.morph import NAME_TAGS, Parse, morph
from kg.resolve.name_forms import VOWELS, fold
from kg.resources import DATA_DIR

if TYPE_CHECKING:
    from kg.gazetteer import Gazetteer

# An initial: a capital, or "Дж", which Russian news writes for "Джон", "Джеймс", "Джордж"
INITIAL = re.compile(r"^(?:[А-ЯЁA-Z]|Дж)$")

# A lone Cyrillic capital, an initial a wire copy writes without its period ("Петров И В")
BARE_INITIAL = re.compile(r"^[А-ЯЁ]$")


_PATRONYMIC = re.compile(
    r"(?:(?:ович|евич|ич)(?:а|у|ем|ом|е)?|(?:овн|евн|ичн|иничн)(?:а|ы|е|у|ой|ою))$", re.I
)


# "-ич" in any case with no "-ов-"/"-ев-" before it ("Борич", "Боричем"; not "Петровичем")
_BARE_ICH = re.compile(r"(?<![оеё]в)ич(?:а|у|ем|ом|е)?$", re.I)


# (ending, replacement) by UD case, longest ending first. Masculine names in -а
# (Нарендра, Никита) decline like feminine ones, hence "ы" → "а" and "ой" → "а".
MASC = {
    "Gen": (("ого", "ий"), ("а", ""), ("ы", "а"), ("и", "я")),
    # "-ую" is a woman's adjective accusative the tagger may read as a man's ("Ковальскую")
    "Acc": (("ую", "ая"), ("ого", "ий"), ("а", ""), ("у", "а"), ("ю", "я")),
    "Dat": (("ому", "ий"), ("у", ""), ("е", "а")),
    "Ins": (
        ("ским", "ский"),
        ("цким", "цкий"),
        ("ым", ""),
        ("им", ""),
        ("ом", ""),
        ("ем", ""),
        ("ой", "а"),
        ("ей", "я"),
    ),
    "Loc": (("ском", "ский"), ("цком", "цкий"), ("е", "")),
}


FEM = {
    "Gen": (("ской", "ская"), ("цкой", "цкая"), ("ой", "а"), ("ы", "а"), ("и", "я")),
    "Acc": (("ую", "ая"), ("у", "а"), ("ю", "я")),
    "Dat": (("ской", "ская"), ("цкой", "цкая"), ("ой", "а"), ("ии", "ия"), ("е", "а")),
    "Ins": (("ской", "ская"), ("цкой", "цкая"), ("ою", "а"), ("ой", "а"), ("ей", "я")),
    "Loc": (("ской", "ская"), ("цкой", "цкая"), ("ой", "а"), ("ии", "ия"), ("е", "а")),
}


# A Russian surname formed as a possessive ends so in a man's nominative ("Петров",
# "Ильин"); a woman's adds "-а", its oblique cases their endings ("Назарбаевой", "Кузьмину").
POSSESSIVE_END = ("ов", "ев", "ёв", "ин", "ын")


POSSESSIVE = "(?:" + "|".join(POSSESSIVE_END) + ")"


INDECLINABLE_END = tuple("иоуэюе")  # Моди, Лукашенко, Шойгу, Абэ: foreign names ending in a vowel


# Particles that belong to the surname after them: "Лула да Силва", "фон дер Ляйен".
PARTICLES = frozenset(
    [
        "да",
        "де",
        "дос",
        "дас",
        "ди",
        "дель",
        "фон",
        "дер",
        "ван",
        "аль",
        "эль",
        "бен",
        "бин",
        "бинт",
        "ибн",
        "ла",
        "ле",
    ]
)


def genitive_only(word: str) -> bool:
    """A foreign surname in "-ы" after a consonant ("Исибы", "Мориямы"): no nominative
    singular ends so (the dictionary's guesses are a plural's, or an indeclinable place's it
    makes up for "Камары"), the genitive of one in "-а". Not a family named in the plural
    ("Петровы"), a nominative: a woman's "-ова" takes "-овой"."""
    low = word.lower()
    if len(low) < 4 or not low.endswith("ы") or low[-2] in VOWELS:
        return False
    if family_plural(low) is not None:
        return False
    return not any(
        "sing" in p.tag and "nomn" in p.tag and (p.is_known or "Fixd" not in p.tag)
        for p in morph().parse(low)
    )


def reads_genitive(word: str, man: bool = True, first: bool = False) -> bool:
    """Whether a word of a name reads as a genitive singular and never as a nominative
    singular ("Нарендры", "Доманского", "Олушегуна", "Исибы": `genitive_only`): not "Чан"
    or "Хоанг" (its genitive reading is a plural's), nor "Фаттаха", a name of its own in the
    nominative, nor a word the dictionary knows as a common noun's genitive alone ("Фанта"
    of "фант", "Халифа" of "халиф"), which tells nothing of a name's case. `man=False`
    leaves out a man's readings, where the name cannot be his genitive; `first`: the word
    is a first name, whose readings as one count over the dictionary's guesses of other
    words ("Тарека": not the nominative of a "тарека"), not over a word it knows ("Эрика",
    "Пола" are women's names as well as "Эрика", "Пола" of "Эрик", "Пол")."""
    if genitive_only(word):
        return True
    singular = [p for p in morph().parse(word.lower()) if "sing" in p.tag]
    if first and any("Name" in p.tag for p in singular):
        singular = [p for p in singular if "Name" in p.tag or p.is_known]
    genitive = [p for p in singular if "gent" in p.tag and not _common_known(p)]
    if not man:
        genitive = [p for p in genitive if p.tag.gender != "masc"]
    return bool(genitive) and not any("nomn" in p.tag for p in singular)


def _common_known(parse: Parse) -> bool:
    """Whether a reading is a common noun's the dictionary knows ("фант" of "Фанта"), no
    name's: its case tells nothing of a name's."""
    return parse.is_known and "NOUN" in parse.tag and NAME_TAGS.isdisjoint(parse.tag.grammemes)


def is_patronymic(word: str) -> bool:
    """ "Владимирович", "Кемелевич": the suffix, unless the dictionary knows the word as a
    surname and not as a patronymic ("Шендерович", "Абрамович" is both). A bare "-ич"
    without "-ов-"/"-ев-" ("Ильич", "Кузьмич", "Фомич") makes a patronymic only of the few
    first names in "-а"/"-я", all of which the dictionary knows: an unknown one is a Balkan
    surname in any case ("Габриэлем Боричем", "Марко Дуричем")."""
    if not _PATRONYMIC.search(word):
        return False
    parses = morph().parse(word)
    known_surname = any("Surn" in p.tag and p.is_known for p in parses)
    known_patronymic = any("Patr" in p.tag and p.is_known for p in parses)
    if known_patronymic:
        return True
    return len(word) > 5 and not known_surname and not _BARE_ICH.search(word)


_PROPER_TAGS = NAME_TAGS | {"Geox", "Orgn", "Trad"}


def common_word(word: str) -> bool:
    """A word pymorphy3 knows as an ordinary word, not a name of any kind."""
    parses = [p for p in morph().parse(word) if p.is_known][:2]
    return bool(parses) and not any(_PROPER_TAGS & set(p.tag.grammemes) for p in parses)


def place_or_word(word: str) -> bool:
    """A surname that is also a place or an ordinary word ("Вашингтон", "Питт"): safe in a
    full name, unsafe to look up alone ("в Вашингтоне", "питта")."""
    parses = [p for p in morph().parse(word) if p.is_known]
    return any("Geox" in p.tag for p in parses) or common_word(word)


@cache
def genitive(name: str) -> str:
    """A state's name in the genitive, word by word ("Российской Федерации"); abbreviations
    and indeclinable names stay; each part of a hyphenated word keeps its capital
    ("Коста-Рики", forty-sixth pass, h-orgs50)."""
    out = []
    for word in name.split():
        form = None if word.isupper() else _name_parse(word).inflect({"gent"})
        out.append(word if form is None else _cased_as(word, form.word))
    return " ".join(out)


def _name_parse(word: str) -> Parse:
    """The parse of a word of a state's name: pymorphy3's first where it reads a place, else
    its place's in the nominative where it has one ("Филиппины" is no genitive of a woman's
    name "Филиппина", "Ливан" no plural of hers; sixty-third pass, h-orgs77)."""
    parses = morph().parse(word)
    named = (p for p in parses if {"Geox", "nomn"} <= p.tag.grammemes)
    return parses[0] if "Geox" in parses[0].tag else next(named, parses[0])


def state_genitives(gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """(`genitive` of the name, key) of each state's name and full name, in the gazetteer's
    order: a table `kg.gazetteer.state_table` keeps (it digests this module)."""
    return [(genitive(n), s.key) for s in gazetteer.states for n in (s.name, s.full_name) if n]


def _cased_as(word: str, form: str) -> str:
    """`form` with the first letter of `word` and of each of its hyphenated parts where the
    parts match ("Коста-Рика" → "коста-рики" → "Коста-Рики")."""
    parts, formed = word.split("-"), form.split("-")
    if len(parts) != len(formed):
        return word[0] + form[1:]
    return "-".join(p[:1] + f[1:] for p, f in zip(parts, formed, strict=True))


# natasha's lists of first names and of surnames, lemmas in lower case.
NATASHA_DICT = Path(str(find_spec("natasha").origin)).parent / "data" / "dict"  # type: ignore[union-attr]


SYLLABLE_SURNAMES = Path(__file__).with_name("syllable_surnames.txt")


FRENCH_NAMES = Path(__file__).with_name("french_names.txt")


FINNIC_NAMES = Path(__file__).with_name("finnic_names.txt")


# A Russian surname's endings in the nominative, a man's ("Петров", "Ильин", "Бродский")
# and a woman's ("Петрова", "Ильина", "Бродская").
_MAN_SURNAME_END = re.compile(rf"(?:{POSSESSIVE}|[сц]кий)$")


_WOMAN_SURNAME_END = re.compile(rf"(?:{POSSESSIVE}а|[сц]кая)$")


def russian_surname_end(word: str, *, woman: bool = True, with_in: bool = True) -> bool:
    """`word` ends as a Russian surname does, a man's or (`woman`) a woman's: one place for
    the endings each reader of names tests. `with_in=False` leaves out "-ин", "-ын" and
    "-ына", which Chinese names end in too ("Цзиньпин"); "-ина" stays."""
    if not with_in and word.endswith(("ин", "ын", "ына")):
        return False
    return bool(_MAN_SURNAME_END.search(word) or (woman and _WOMAN_SURNAME_END.search(word)))


def listed_first_name(word: str) -> bool:
    """A first name of natasha's list, in any case the dictionary reads ("Аарона" of
    "Аарон", a name pymorphy knows only as a surname): two such words are two first names
    ("сын Аарон Александр"), not a surname first. Not a surname of its other list, of a
    Russian ending, nor an East-Asian one ("Ким Анна" is surname first)."""
    lemmas = _name_lemmas(word)
    return (
        _natasha_listed(lemmas, "first")
        # 180,000 surnames (~0.1 s CPU to read): read by a process that meets a first name
        and not _natasha_listed(lemmas, "last")
        # natasha's first names hold some surnames' lemmas ("Азизов", "Ильин")
        and not any(russian_surname_end(lemma, woman=False) for lemma in lemmas)
        and word not in load_list(SYLLABLE_SURNAMES)
    )


def listed_surname(word: str) -> bool:
    """A surname of natasha's list, as written or by a dictionary lemma ("Берлускони",
    "Кастильо"): an undeclined word after "партия" that is one names whose party it is."""
    return _natasha_listed(_name_lemmas(word), "last")


def natasha_first_name(word: str) -> bool:
    """The word as written, not a lemma of it, is in natasha's list of first names ("Кая",
    "Амина"): a form the list holds as a nominative, which a man's name's oblique form
    ("Кая" of Кай, "Амина" of Амин) reads as too."""
    return _natasha_listed({fold(word)}, "first")


def _name_lemmas(word: str) -> set[str]:
    """The word lower-cased and its dictionary lemmas: the forms natasha's lists may hold."""
    return {word.lower()} | {p.normal_form for p in morph().parse(word)}


def _natasha_listed(lemmas: Iterable[str], which: str) -> bool:
    """Whether natasha's list of `which` names ("first" or "last") holds one of the lemmas."""
    listed = load_sorted(NATASHA_DICT / f"{which}.txt", unsorted=which == "first")
    return any(lemma in listed for lemma in lemmas)


def spanish_surname(word: str) -> bool:
    """A Spanish surname in "-ес"/"-ез" ("Гонсалес", "Мартинеса") of natasha's list of
    surnames that its list of first names lacks, though the dictionary reads it as a first
    name: the surname after a first name ("Карлос Гонсалес"), no first name after a surname.
    Its ending keeps out foreign first names natasha lists only as surnames ("Ханс")."""
    lemmas = {lemma for lemma in _name_lemmas(word) if lemma.endswith(("ес", "ез"))}
    return _natasha_listed(lemmas, "last") and not _natasha_listed(lemmas, "first")


# Words `is_first_name` keeps: at 2,048 the cache filled over ~400 documents (0.07 MB at 10,
# 0.42 MB at 400, 81 % of 32,000 calls answered); a document asks of its own names again.
FIRST_NAMES_KEPT = 512


@lru_cache(maxsize=FIRST_NAMES_KEPT)
def is_first_name(word: str, plural: bool = True) -> bool:
    """A dictionary first name ("Владимир", "Анна"), not a guess. `plural=False` leaves out
    the genitive plural readings that make a surname one ("Борисов" of "Борис"). Remembered:
    the readers of names ask it of the same words again (~5,600 calls per 100 NEREL
    documents, a scan of every reading each)."""
    parses = morph().parse(word)
    named = (p for p in parses if "Name" in p.tag and p.is_known)
    # Summed over readings: an indeclinable name ("Тони") spreads its score over six cases.
    return sum(p.score for p in named if plural or "plur" not in p.tag) > 0.1


# First words of the NEREL links table's persons the dictionary knows as no first name
# ("Ума", "Граса"), generated by kg/data/build_given_names.py.
SOURCE_GIVEN_NAMES = DATA_DIR / "source_given_names.txt"


def source_given_name(word: str) -> bool:
    """A first name the NEREL links table opens a person's name with, which the dictionary
    reads as a common word or not at all ("Ума" as "ум"'s genitive): a name's first word,
    not a word natasha glued before one."""
    return fold(word) in load_list(SOURCE_GIVEN_NAMES)


# A family named in the plural ("Ходорковские", "Петровы", "с Петровыми"): (ending, the
# man's, the woman's). Only endings no singular name takes: "Кирхнеры" may be the genitive
# of "Кирхнера", "Петровым" the instrumental of "Петров".
FAMILY_PLURAL = (
    ("скими", "ский", "ская"), ("цкими", "цкий", "цкая"), ("ские", "ский", "ская"),
    ("цкие", "цкий", "цкая"), ("ских", "ский", "ская"), ("цких", "цкий", "цкая"),
    ("овыми", "ов", "ова"), ("евыми", "ев", "ева"), ("иными", "ин", "ина"),
    ("овых", "ов", "ова"), ("евых", "ев", "ева"), ("иных", "ин", "ина"),
    ("овы", "ов", "ова"), ("евы", "ев", "ева"), ("ёвы", "ёв", "ёва"), ("ины", "ин", "ина"),
)  # fmt: skip


def family_plural(word: str) -> tuple[str, str] | None:
    """The man's and the woman's surname of a family named in the plural, or None."""
    low = word.lower()
    for ending, man, woman in FAMILY_PLURAL:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stem = word[: len(word) - len(ending)]
            return stem + man, stem + woman
    return None
