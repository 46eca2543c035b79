"""A man's surname the dictionary knows in no reading, in the locative a declined first name
before it shows, ending past its "-е" in one consonant after a vowel, is a consonant
surname's case ("о Кае Нурмике" is "Кай Нурмик"): a man's surname in a consonant declines
(fifty-ninth pass, h-names125; own sentences about Estonia–Finland, Lithuania–Poland).
Must-nots: a woman's surname, which a consonant never declines; a cluster before the "-е"
(a Romance or German name's own "-е": "Дуарте", "Конте"); a first name that shows no
case."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

CASES = [
    ("Министр иностранных дел Эстонии рассказал о Кае Нурмике.", "Кай Нурмик"),
    ("Президент Финляндии вспомнил о Тоомасе Пярнике, после чего уехал в Таллин.",
     "Тоомас Пярник"),
    ("Посол Литвы рассказал журналистам о Калеве Аллике и его работе.", "Калев Аллик"),
    # must not: a woman's surname; a cluster before the "-е"; a first name of no case
    ("Министр иностранных дел Эстонии рассказал об Анне Нурмике.", "Анна Нурмике"),
    ("Посол Польши рассказал о Луисе Дуарте.", "Луис Дуарте"),
    ("Посол Литвы рассказал о Жане Конте.", "Жан Конте"),
    # must not: a first name that shows no case (a Finnish "Юри")
    ("Посол Литвы рассказал о Юри Аллике.", "Юри Аллике"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), CASES)
def test_locative_of_open_stem(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))
