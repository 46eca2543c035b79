"""The caches a build fills word by word and key by key stay small (`kg.memory.CACHE_ENTRIES`):
at larger bounds they kept filling over hundreds of documents, and a long build's peak
memory grew with the corpus for them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.common import numbers
from kg.extract.events import labels
from kg.memory import CACHE_ENTRIES
from kg.nlp import encodings
from kg.nlp.morph import LEMMAS_KEPT, morph
from kg.rdf import node
from kg.resolve import office_holders, org_naming


@pytest.mark.parametrize(
    ("name", "cached"),
    [
        ("kg.rdf.node", lambda: node),
        ("numbers.likeliest_parse", lambda: numbers.likeliest_parse),
        ("labels._inflect_word", lambda: labels._inflect_word),
        ("office_holders._named_in_full", lambda: office_holders._named_in_full),
        ("office_holders._surname_in_full", lambda: office_holders._surname_in_full),
        ("org_naming._nominative_forms", lambda: org_naming._nominative_forms),
        ("Morph.parse", lambda: morph().parse),
    ],
)
def test_word_caches_are_bounded(name: str, cached: Callable[[], object]) -> None:
    maxsize = cached().cache_info().maxsize  # type: ignore[attr-defined]
    assert maxsize is not None, name
    assert maxsize <= 2 * CACHE_ENTRIES, name


def test_number_words_keep_more() -> None:
    """Every word of a text is asked for its number value: a smaller bound costs CPU."""
    info = numbers.word_value.cache_info()
    assert info.maxsize == numbers.WORD_VALUES_KEPT
    assert info.maxsize <= 4 * CACHE_ENTRIES


def test_lemmas_keep_more() -> None:
    """Every extractor asks for lemmas: at 2,048 a 400-document build makes 9,500 more parses
    than at 8,192, for ~1.5 MB less held at the end of its documents' step, where a
    one-process build peaks (h-perf79); bounded by a few times the shared bound."""
    info = morph().lemma.cache_info()  # type: ignore[attr-defined]
    assert info.maxsize == LEMMAS_KEPT
    assert info.maxsize <= 8 * CACHE_ENTRIES


def test_the_shared_bound_is_small() -> None:
    assert CACHE_ENTRIES <= 1_024
    assert encodings.KEEP <= 2_048


@pytest.mark.parametrize("word", ["семисот", "двух", "Норвегия", "семью"])
def test_a_full_cache_gives_the_same_answers(word: str) -> None:
    """Entries that go come back the same: the bound changes the time, never the answer."""
    first = numbers.word_value(word)
    for i in range(CACHE_ENTRIES + 1):
        numbers.word_value(f"слово{i}")
    assert numbers.word_value(word) == first
