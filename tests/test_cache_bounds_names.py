"""The names' word caches that kept filling over a long build stay small (forty-first pass,
h-perf81): `is_first_name` at 2,048 words and `_named_in_full` at 1,024 held ~0.7 MB more
at 400 documents than at 10, where a one-process build peaks. A smaller bound changes the
time, never an answer."""

from __future__ import annotations

import pytest

from kg.memory import NAMES_KEPT
from kg.resolve import name_lexicons, office_holders


def test_first_names_keep_a_few_hundred_words() -> None:
    info = name_lexicons.is_first_name.cache_info()
    assert info.maxsize == name_lexicons.FIRST_NAMES_KEPT
    assert info.maxsize <= 2 * NAMES_KEPT


def test_full_names_keep_as_many_as_surnames() -> None:
    full = office_holders._named_in_full.cache_info().maxsize
    assert full == office_holders._surname_in_full.cache_info().maxsize == NAMES_KEPT


@pytest.mark.parametrize(
    ("word", "plural", "first"),
    [
        ("Андрус", True, True),  # Estonian first names of the news
        ("Марис", True, True),
        ("Габриэль", True, True),
        ("Таллин", True, False),  # a city
        ("Перу", True, False),  # a state
        ("Борисов", False, False),  # "Борис"'s genitive plural: a surname when not plural
    ],
)
def test_an_evicted_word_comes_back_the_same(word: str, plural: bool, first: bool) -> None:
    name_lexicons.is_first_name.cache_clear()
    assert name_lexicons.is_first_name(word, plural) is first
    for i in range(name_lexicons.FIRST_NAMES_KEPT + 1):  # every entry made before is evicted
        name_lexicons.is_first_name(f"Словоимя{i}")
    assert name_lexicons.is_first_name(word, plural) is first
