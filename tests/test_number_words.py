"""The one lexicon of Russian number words (kg/extract/common/number_words.py): the forms
of its counts each reader asks for, by case, cardinal or collective."""

from __future__ import annotations

import pytest

from kg.extract.common.number_words import count_forms

AGO = (1, 10, ("nomn", "accs"), False)  # "два года назад", "одну"
PART = (2, 11, ("nomn", "gent"), False)  # "за девять месяцев", "первых двух месяцев"
COLLECTIVE = (2, 10, ("nomn",), True)  # "вдвое", "пятеро"
TENS = (20, 90, ("gent",), False)  # "двадцатилетний", "сорокалетний"

# the forms asked for, a word, its value (None: no form of those)
FORMS = [
    (AGO, "одну", 1),
    (AGO, "две", 2),
    (AGO, "десять", 10),
    (AGO, "двух", None),  # an animate accusative, not "два года"
    (AGO, "одиннадцать", None),  # above the counts asked for
    (AGO, "пяти", None),  # a genitive
    (PART, "трёх", 3),
    (PART, "трех", 3),  # "ё" written "е"
    (PART, "одиннадцати", 11),
    (PART, "один", None),
    (COLLECTIVE, "двое", 2),
    (COLLECTIVE, "десятеро", 10),
    (COLLECTIVE, "два", None),  # a cardinal
    (COLLECTIVE, "двоих", None),
    (TENS, "сорока", 40),
    (TENS, "девяноста", 90),
    (TENS, "сто", None),
]  # fmt: skip


@pytest.mark.parametrize(("asked", "word", "value"), FORMS)
def test_count_forms(asked: tuple[int, int, tuple[str, ...], bool], word: str, value) -> None:
    assert count_forms(*asked).get(word) == value
