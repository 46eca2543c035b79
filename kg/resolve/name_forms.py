"""Whether a word is a name in some case: the test every reader of names compares with.

Below names and gender, which both ask it ("Токаевым" of "Токаев").
"""

from __future__ import annotations

from functools import lru_cache

from kg.memory import CACHE_ENTRIES

VOWELS = frozenset("аеёиоуыэюя")


def consonant_end(word: str) -> bool:
    """Whether `word` ends in a consonant letter a man's name declines with "-а" ("Тамм",
    "Салл"): not a vowel, nor "й" or "ь", whose endings are of their own."""
    last = word[-1:].lower()
    return last.isalpha() and last not in VOWELS and last not in "йь"


# Every ending a surname may take in any case, for matching known names.
_ANY_ENDING = (
    "",
    "а",
    "я",
    "у",
    "ю",
    "ом",
    "ем",
    "ём",
    "ым",
    "им",
    "е",
    "ой",
    "ою",
    "ы",
    "и",
    "ей",
)

# Every ending of a surname declined as an adjective ("Бродский", "Толстой", "Ахматова").
_ADJECTIVE_ENDINGS = frozenset(["ий", "ый", "ой", "ого", "ому", "им", "ым", "ом", "ая", "ую"])


def unstressed(word: str) -> str:
    """The word without the stress marks a text may put on a foreign name ("Азама́т" is
    "Азамат"): one name however it is accented, and no mark in the name a node takes."""
    return word.replace("\u0301", "")


@lru_cache(maxsize=CACHE_ENTRIES)
def fold(text: str) -> str:
    """Case-, stress- and ё-insensitive key for comparing names. Remembered: the readers of
    names fold the same few hundred words of a document over and over (~130,000 calls per
    100 NEREL documents, 85 % of them a word folded already)."""
    return unstressed(text).lower().replace("ё", "е")


@lru_cache(maxsize=4096)
def form_of(word: str, name: str) -> bool:
    """True when `word` is `name` in some case: "Токаевым" of "Токаев". Remembered: the
    readers of names ask it of the same pairs again and again (~90,000 calls per 100 news
    documents, ~20,000 distinct pairs), and a lookup costs half the test."""
    w, n = fold(word), fold(name)
    if w == n:
        return True
    for stem in (n, n[:-1] if n[-1:] in "аяйь" else None):  # "Скрипаля" of "Скрипаль"
        if stem and w.startswith(stem) and w[len(stem) :] in _ANY_ENDING and len(stem) >= 2:
            return True
    # A fleeting vowel of "-ец" ("Смилянца" of "Смилянец"): the stem drops it before an
    # ending, which must then be there (no "Смилянц" of "Смилянец").
    if n.endswith("ец") and len(n) > 4:
        stem = n[:-2] + "ц"
        if w.startswith(stem) and w[len(stem) :] in _ANY_ENDING and w != stem:
            return True
    if n[-2:] in ("ий", "ый", "ой", "ая") and len(n) > 4:  # "Бродского" of "Бродский"
        stem = n[:-2]
        return w.startswith(stem) and w[len(stem) :] in _ADJECTIVE_ENDINGS
    return False


def one_name(a: str, b: str) -> bool:
    """Either word is the other in some case ("Альцгеймера" and "Альцгеймер", whichever
    the text wrote first): two writings of one name."""
    return form_of(a, b) or form_of(b, a)
