"""Given names spelt two ways: Arabic names (the nasab "бен"/"ибн", compound openers
"Абдель", "Абуль", vowels Russian writes either way) and first names one letter apart
("Юсуф"/"Юсеф"), told as the same person's or another's.

The reader of a name's parts and the joins of mentions ask these questions; they live here
so a spelling rule is written once.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Token

from kg.memory import NAMES_KEPT
from kg.resolve.name_forms import VOWELS, fold, form_of
from kg.resolve.name_lexicons import listed_first_name

# The first word of an Arabic compound name ("Абдель Рахман", "Абуль Гейт"), which Russian
# never declines: after a first name in any case it is that man's second name, no case break.
UNDECLINED_OPENERS = frozenset(["Абдель", "Абдуль", "Абд", "Абдер", "Абдур", "Абуль"])


# The same openers and "Абду", which may also stand alone as a first name ("Абду Диуф"):
# at the head of a longer name, with the one word after it, a compound given name ("Абду
# Раззак Салим Наджи").
COMPOUND_OPENERS = UNDECLINED_OPENERS | {"Абду"}


# "сын"/"дочь" in an Arabic name: the names after one are the father's ("Тамим бин Хамад").
NASAB = frozenset(["бен", "бин", "ибн", "бинт"])

# The Arabic article before a family name ("Аль Тани", "аль-Сауд"), in the spellings news uses.
ARABIC_ARTICLES = frozenset(["аль", "эль"])


def arabic_name(names: list[Token]) -> bool:
    """A name whose later word is a nasab particle or the Arabic article ("Тамим бин Хамад
    Аль Тани", "Тамим Аль Тани"): an Arabic man's name, whose first name declines as a
    Russian noun in a consonant, never a Portuguese "-у" of its own ("Паулу")."""
    return any(
        t.lower_ in NASAB or t.lower_ in ARABIC_ARTICLES or t.lower_.startswith(("аль-", "эль-"))
        for t in names[1:]
    )


# "сын" alone, however transliterated: "Мухаммед бин Сальман" is "Мухаммед бен Сальман".
_SON_OF = frozenset(["бен", "бин", "ибн"])


def same_nasab(a: str, b: str) -> bool:
    """Two words that both spell "son of" in an Arabic name ("бин", "бен", "ибн")."""
    return a.lower() in _SON_OF and b.lower() in _SON_OF


def son_of_as_one(name: str) -> str:
    """A name with each "son of" written "бин" ("Мухаммед ибн Салман" → "Мухаммед бин
    Салман"): the key that transliterations of one nasab share (names71)."""
    return " ".join("бин" if w.lower() in _SON_OF else w for w in name.split())


# vowels Arabic names are transliterated with either way ("Мухаммед"/"Мохаммед"/"Мохаммад")
_ARABIC_VOWELS = (frozenset("уо"), frozenset("еа"), frozenset("еэ"))


def arabic_spelling(a: str, b: str) -> bool:
    """Two spellings of one Arabic given name: alike but for vowels of `_ARABIC_VOWELS`, a
    doubled consonant and a soft sign ("Мухаммед", "Мохамед", "Мохаммад"; "Салман",
    "Сальман"); not "Махмуд", whose letters differ in number."""

    def bare(word: str) -> str:
        low = fold(word).replace("ь", "")
        return "".join(c for i, c in enumerate(low) if i == 0 or c != low[i - 1])

    x, y = bare(a), bare(b)
    return (
        len(x) == len(y) >= 4
        and x[0] == y[0]
        and all(
            p == q or any({p, q} <= pair for pair in _ARABIC_VOWELS)
            for p, q in zip(x, y, strict=True)
        )
    )


@lru_cache(maxsize=NAMES_KEPT)
def own_and_fathers(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A person's own given names and the father's names a nasab adds ("Тамим бин Хамад
    Аль Тани" → ("Тамим",), ("Хамад",)): a man named Хамад is not the son of one. Remembered:
    linking asks it of the same few names for each pair of persons it compares."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if w.lower() in NASAB), len(words))
    fathers = [words[i + 1] for i in range(cut, len(words) - 1) if words[i].lower() in NASAB]
    return tuple(words[:cut]), tuple(fathers)


def same_given(a: str, b: str) -> bool:
    """Two given-name strings may be one person's: an own name in common (any of
    "Реджеп Тайип" stands for both). Two written in full with as many words must agree word
    for word, a word of four letters or more a transliteration's variant ("Луис Инасио"
    is "Луис Инасиу"): "Ким Сон" is not "Ким Чен", though both begin with the family's "Ким"."""
    own_a, own_b = own_and_fathers(a)[0], own_and_fathers(b)[0]
    if len(own_a) == len(own_b) > 1:
        return all(
            form_of(x, y) or one_letter_apart(x, y) for x, y in zip(own_a, own_b, strict=True)
        )
    return any(form_of(x, y) for x in own_a for y in own_b)


# vowels a transliteration writes either way ("Инасио"/"Инасиу", "Рэймонд"/"Реймонд"); not "а",
# a woman's ending ("Паоло"/"Паола"), nor "я"/"о" ("Мария"/"Марио")
FIRST_NAME_VOWELS = (frozenset("ую"), frozenset("еэ"), frozenset("еи"))


# ... and inside a given name of several words also "о"/"у" ("Луис Инасио"/"Луис Инасиу"),
# which a one-word first name does not allow ("Мауро" is not "Мауру")
_SPELLED_ALIKE = (*FIRST_NAME_VOWELS, frozenset("оу"))


def one_letter_apart(a: str, b: str) -> bool:
    """Two words of four letters or more one transliteration's variant of the other: a vowel
    written otherwise ("Инасио"/"Инасиу") or a consonant inside the word added ("Батиста"/
    "Баптиста"). Two first names the dictionary lists are two ("Саид"/"Саад", "Карл"/
    "Карла"), as is another consonant ("Азиз"/"Азим") or a short word ("Сон"/"Чен")."""
    x, y = fold(a), fold(b)
    if min(len(x), len(y)) < 4 or abs(len(x) - len(y)) > 1 or x == y:
        return False
    if listed_first_name(a) and listed_first_name(b):
        return False
    if len(x) > len(y):
        x, y = y, x
    i = next((k for k in range(len(x)) if x[k] != y[k]), len(x))
    if len(x) < len(y):
        return x[i:] == y[i + 1 :] and y[i] not in VOWELS and i < len(x) - 1
    return x[i + 1 :] == y[i + 1 :] and any({x[i], y[i]} <= pair for pair in _SPELLED_ALIKE)


def other_father(a: str, b: str) -> bool:
    """Two full names whose nasabs name different fathers: "Хамад бен Джасем Аль Тани" is
    not "Хамад бин Халифа Аль Тани", though own name and dynasty agree."""
    father_a, father_b = own_and_fathers(a)[1], own_and_fathers(b)[1]
    return bool(father_a and father_b) and not form_of(father_a[0], father_b[0])


def arabic_compound(names: list[Token]) -> bool:
    """A name whose second or later word opens an Arabic compound ("Бадр Абдель Аты",
    "Сами Абдель Рахман"): one man's first name and compound second name."""
    return bool(undeclined_opener(t.text for t in names[1:]))


def undeclined_opener(words: Iterable[str]) -> str:
    """The first word that opens an Arabic compound name ("Абдель" of "Сами Абдель Рахман"),
    or "": it declines in no case, so it marks the compound whatever case the rest shows."""
    return next((w for w in words if w in UNDECLINED_OPENERS), "")
