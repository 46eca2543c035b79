"""The readers find a mention's or a date's tokens from the Doc's token offsets, not by
spaCy's `Doc.char_span` (five `Token`s a call, ~35,000 calls per 100 news documents), and
the flights' reader finds its carrier words among the Doc's lemmas instead of a `Token` a
word (sixty-eighth pass, h-perf70): `char_range` gives the tokens
`char_span(…, alignment_mode="expand")` gives for every pair of characters, and `_flights`
makes a `Token` only at a carrier word. Sentences of our own about Chile–Peru, on Docs of
given words, spaces, tags and parses (no models)."""

from __future__ import annotations

import pytest
from counting_doc import CountingDoc as _Counting
from counting_doc import counting_doc

from kg.doc_text import char_range, settle
from kg.extract.events.flights import _flights
from kg.model import Mention
from kg.resolve.gender import mention_tokens
from kg.sentences import index_sentences

# word, lemma, POS, dependency, head's index, space after it
_Row = tuple[str, str, str, str, int, bool]


def _rows(table: str) -> list[_Row]:
    """A table's rows, one word a line: text, lemma, POS, dependency, head's index and
    "_" where no space follows."""
    rows = [line.split() for line in table.strip().splitlines()]
    return [(w, lemma, pos, dep, int(h), s != "_") for w, lemma, pos, dep, h, s in rows]


def _doc(rows: list[_Row], *, settled: bool = True) -> _Counting:
    words, lemmas, pos, deps, heads, spaces = (list(c) for c in zip(*rows, strict=True))
    doc = counting_doc(words=words, lemmas=lemmas, pos=pos, deps=deps, heads=heads, spaces=spaces)
    index_sentences(doc)
    if settled:
        settle(doc)
    _Counting.made = 0
    return doc


# "Делегация Чили прилетела в Лиму рейсом «Аэро».": words with a space after them and words
# with none, so a character falls in a word, on the space after one, or between two
FLOWN = _rows("""
    Делегация делегация NOUN nsubj 2 +
    Чили чили PROPN nmod 0 +
    прилетела прилететь VERB ROOT 2 +
    в в ADP case 4 +
    Лиму лима PROPN obl 2 +
    рейсом рейс NOUN obl 2 +
    « « PUNCT punct 7 _
    Аэро аэро PROPN appos 5 _
    » » PUNCT punct 7 _
    . . PUNCT punct 2 _
""")
# "Делегация Чили прилетела в Лиму.": no carrier word
ARRIVED = _rows("""
    Делегация делегация NOUN nsubj 2 +
    Чили чили PROPN nmod 0 +
    прилетела прилететь VERB ROOT 2 +
    в в ADP case 4 +
    Лиму лима PROPN obl 2 _
    . . PUNCT punct 2 _
""")


def _spacy(doc: _Counting, start: int, end: int) -> tuple[int, int] | None | str:
    try:
        span = doc.char_span(start, end, alignment_mode="expand")
    except IndexError:
        return "refused"
    return None if span is None else (span.start, span.end)


def _ours(doc: _Counting, start: int, end: int) -> tuple[int, int] | None | str:
    try:
        return char_range(doc, start, end)
    except IndexError:
        return "refused"


@pytest.mark.parametrize("settled", [True, False], ids=["settled", "in-the-pipeline"])
def test_a_char_range_is_spacys_expanded_span(settled: bool) -> None:
    """Every pair of characters of the text, and one either side of it."""
    doc = _doc(FLOWN, settled=settled)
    size = len(doc.text)
    pairs = [(a, b) for a in range(-1, size + 2) for b in range(-1, size + 2)]
    assert [_ours(doc, a, b) for a, b in pairs] == [_spacy(doc, a, b) for a, b in pairs]


def test_a_char_range_makes_no_token() -> None:
    doc = _doc(FLOWN)
    assert char_range(doc, 0, 14) == (0, 2)
    assert _Counting.made == 0


def test_a_mentions_words_are_found_as_before() -> None:
    doc = _doc(FLOWN)
    mentions = [
        Mention(10, 14, "Чили", "state/CHL", "State"),
        Mention(27, 31, "Лиму", "city/LIM", "City"),
        Mention(9, 15, " Чили ", "state/CHL", "State"),  # the spaces around it: one word
    ]
    words = mention_tokens(doc, mentions, "state/CHL")
    assert [t.i for t in words] == [1, 1]


def test_a_flight_is_found_as_before() -> None:
    doc = _doc(FLOWN)
    flights = _flights(doc[0 : len(doc)])
    assert [(f.verb.text, [t.text for t in f.travellers], f.dest.text) for f in flights] == [
        ("прилетела", ["Делегация"], "Лиму")
    ]


def test_a_sentence_of_no_carrier_makes_no_token() -> None:
    """ "Делегация Чили прилетела в Лиму.": no "рейс", "самолёт", "борт"; no `Token`."""
    doc = _doc(ARRIVED)
    sent = doc[0 : len(doc)]
    _Counting.made = 0
    assert _flights(sent) == []
    assert _Counting.made == 0
