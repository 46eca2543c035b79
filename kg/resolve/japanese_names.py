"""Japanese names as Russian writes them (the Polivanov system: "Хироси Ямада", "Кэндзи"),
told by their syllables: the tagger reads an unknown name after a genitive title as a
genitive ("Дочь премьер-министра Японии Хироси Ямада"), but a Japanese surname's "-а" is
its own."""

from __future__ import annotations

import re

from kg.resolve.name_forms import VOWELS

# One syllable: a consonant of the system (or none) and a vowel, "цу", "фу", "ва"; then a
# long vowel's "й", a final "н" ("нъ" before a vowel: "Сюнъити"), "м" before a labial
# ("Намба") or a doubled consonant ("Хоккайдо"). No "ту", "ди", "ду", "ху": the system
# writes "цу", "дзи", "дзу", "фу".
_SYLLABLE = (
    r"(?:(?!ту|ди|ду|ху)(?:дз|[кгсдтнхбпмр])?[аиуэоёяю]|цу|фу|ва)"
    r"(?:й|нъ?|м(?=[бпм])|([кстп])(?=\1))?"
)
_WORD = re.compile(rf"(?:{_SYLLABLE})+")
_FIRST_NAME_ENDS = tuple("иоуэ")


def japanese_word(word: str) -> bool:
    """A word made of Japanese syllables only ("Ясутоси", "Нисимура"); not "Блэра", "Кофи"."""
    return _WORD.fullmatch(word.lower()) is not None


def own_a(first: str, surname: str) -> bool:
    """A Japanese first name, which never declines ("Хироси", "Минору", though the dictionary
    reads a dative of "минор"), before a Japanese surname in "-а" ("Ямада", "Кихара"): the
    "-а" is the surname's own, as no Japanese nominative ends in a consonant a genitive's
    "-а" could follow, but "-н" ("Наото Кана" of "Кан"). Not "Кофи Аннана", "Тони Блэра":
    no Japanese words; "Кэндзи Исибы" shows its genitive."""
    low = surname.lower()
    return (
        first.lower().endswith(_FIRST_NAME_ENDS)
        and len(low) > 2
        and low.endswith("а")
        and low[-2] not in VOWELS
        and low[-2] != "н"
        and japanese_word(first)
        and japanese_word(surname)
    )
