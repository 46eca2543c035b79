"""Rules that made a `Span` or a `Token` of every state or word of a sentence for a word or two
read only what they need (sixty-ninth pass, h-perf71): `_state_taken_for_head` the Doc's named
states' bounds, kept once a settled Doc (it made a `Span` of every state at each name);
`_delegation_cities` the sentence's lemmas (a `Token` made only at "делегация"); `_last_year`
a word's period only at "прошлый" or "назад"; `pronoun_sides` the sentence before only where
one event's sides stand in it. What they read is what they read before. Sentences of our own
about Chile–Peru and Turkey, on Docs of given words, tags and parses (no models); and two
texts through the pipeline."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from counting_doc import CountingDoc, Row, counting_parse, table_rows
from spacy.tokens import Span

from kg.doc_text import settle
from kg.extract.events.hits import _last_year
from kg.extract.events.linking import Linking
from kg.extract.events.pronoun_sides import pronoun_sides
from kg.resolve.org_naming import _state_taken_for_head

_PAST = "Aspect=Perf|Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin|Voice=Act"


def _rows(table: str) -> list[Row]:
    """A table's rows (`table_rows`), "PAST" a plural's past."""
    return table_rows(table, _PAST)


def _doc(rows: list[Row]) -> CountingDoc:
    """A settled counting Doc of `rows` (`counting_parse`), its count at 0."""
    doc = counting_parse(rows)
    settle(doc)
    CountingDoc.made = 0
    return doc


# "Добровольцы Красного Полумесяца Турции помогли Чили и Перу.": "Полумесяца" hung on "Турции"
VOLUNTEERS = _rows("""
    Добровольцы доброволец NOUN Case=Nom nsubj 4
    Красного красный ADJ Case=Gen amod 2
    Полумесяца полумесяц PROPN Case=Gen nmod 3
    Турции турция PROPN Case=Gen nmod 0
    помогли помочь VERB PAST ROOT 4
    Чили чили PROPN Case=Dat obl 4
    и и CCONJ - cc 7
    Перу перу PROPN Case=Dat conj 5
    . . PUNCT - punct 4
""")


def _with_states(adjective: bool = False) -> CountingDoc:
    """`VOLUNTEERS` with its three states (Turkey's an adjective's reading where `adjective`)."""
    doc = _doc(VOLUNTEERS)
    turkey = Span(doc, 3, 4, span_id="adjective" if adjective else "")
    doc.spans["states"] = [turkey, Span(doc, 5, 6), Span(doc, 7, 8)]
    CountingDoc.made = 0
    return doc


@pytest.mark.parametrize(
    ("start", "end", "adjective", "state"),
    [
        (1, 4, False, "Турции"),  # "Красного Полумесяца Турции": the state the parse's root
        (1, 4, True, None),  # the state read as an adjective's: none
        (3, 4, False, None),  # the state opens the span
        (0, 4, False, None),  # the root is "Добровольцы", outside the state
    ],
)
def test_state_taken_for_head_reads_as_before(
    start: int, end: int, adjective: bool, state: str | None
) -> None:
    doc = _with_states(adjective)
    found = _state_taken_for_head(doc[start:end])
    assert (found.text if found is not None else None) == state


def test_state_taken_for_head_makes_no_span_of_every_state_at_each_name() -> None:
    doc = _with_states()
    names = [doc[start:end] for start, end in [(1, 4), (0, 4), (3, 4), (5, 6), (7, 8)] * 2]
    CountingDoc.made = 0
    for name in names:
        _state_taken_for_head(name)
    assert CountingDoc.made <= 25  # 21; was 78: a `Span` of each of three states a call


# "Министры Чили и Перу встретились в Лиме в прошлом году.": no delegation word
MET_LAST_YEAR = _rows("""
    Министры министр NOUN Case=Nom nsubj 4
    Чили чили PROPN Case=Gen nmod 0
    и и CCONJ - cc 3
    Перу перу PROPN Case=Gen conj 1
    встретились встретиться VERB PAST ROOT 4
    в в ADP - case 6
    Лиме лима PROPN Case=Loc obl 4
    в в ADP - case 9
    прошлом прошлый ADJ Case=Loc amod 9
    году год NOUN Case=Loc obl 4
    . . PUNCT - punct 4
""")


def test_delegation_cities_make_no_token_of_every_word() -> None:
    doc = _doc(MET_LAST_YEAR)
    linking, verb = SimpleNamespace(_reaches=lambda *_: True, by_token={}, ctx=None), doc[4]
    CountingDoc.made = 0
    assert Linking._delegation_cities(linking, verb, set()) == []  # type: ignore[arg-type]
    assert CountingDoc.made <= 3  # the sentence's `Span` alone; was 14, a `Token` a word


# "Министры встретились, как и в прошлом году, в Лиме.": a compared time, no earlier meeting
AS_LAST_YEAR = _rows("""
    Министры министр NOUN Case=Nom nsubj 1
    встретились встретиться VERB PAST ROOT 1
    , , PUNCT - punct 7
    как как SCONJ - mark 7
    и и PART - advmod 7
    в в ADP - case 7
    прошлом прошлый ADJ Case=Loc amod 7
    году год NOUN Case=Loc obl 1
    , , PUNCT - punct 7
    в в ADP - case 10
    Лиме лима PROPN Case=Loc obl 1
    . . PUNCT - punct 1
""")
# "Министры встретились в Лиме …": the words both sentences below open with
_MET_IN_LIMA = _rows("""
    Министры министр NOUN Case=Nom nsubj 1
    встретились встретиться VERB PAST ROOT 1
    в в ADP - case 3
    Лиме лима PROPN Case=Loc obl 1
""")
# "… два года назад.": earlier
YEARS_AGO = [
    *_MET_IN_LIMA,
    *_rows("""
        два два NUM Case=Nom nummod 5
        года год NOUN Case=Gen obl 6
        назад назад ADV - advmod 1
        . . PUNCT - punct 1
    """),
]
# "… в прошлом веке.": no year nor month
LAST_CENTURY = [
    *_MET_IN_LIMA,
    *_rows("""
        в в ADP - case 6
        прошлом прошлый ADJ Case=Loc amod 6
        веке век NOUN Case=Loc obl 1
        . . PUNCT - punct 1
    """),
]


@pytest.mark.parametrize(
    ("rows", "verb", "earlier"),
    [(MET_LAST_YEAR, 4, True), (YEARS_AGO, 1, True), (AS_LAST_YEAR, 1, False),
     (LAST_CENTURY, 1, False)],
)  # fmt: skip
def test_last_year_reads_as_before(rows: list[Row], verb: int, earlier: bool) -> None:
    doc = _doc(rows)
    assert _last_year(doc[verb], []) is earlier


def test_last_year_makes_no_token_of_each_words_period() -> None:
    doc = _doc(LAST_CENTURY)
    verb = doc[1]
    CountingDoc.made = 0
    _last_year(verb, [])
    assert CountingDoc.made <= 8  # the verb's phrases' words; was 17 with their periods' words


# "Министры Чили и Перу встретились в Лиме. Они договорились.": two sentences
THEY_AGREED = [
    *MET_LAST_YEAR[:7],
    *_rows("""
        . . PUNCT - punct 4
        Они они PRON Case=Nom nsubj 9
        договорились договориться VERB PAST ROOT 9
        . . PUNCT - punct 9
    """),
]


def test_pronoun_sides_make_no_sentence_before_without_sides() -> None:
    doc = _doc(THEY_AGREED)
    sentence = doc[8:11]
    CountingDoc.made = 0
    pronoun_sides(None, sentence, [], [])  # type: ignore[arg-type]
    assert CountingDoc.made == 0  # was 4: the sentence before, made and not read


# the pipeline's readings as before: a city's delegation's state, and "они" the sides before
READINGS = [
    ("Делегация Измира посетила Перу.", "Visit", {"state/PER", "state/TUR"}),
    ("Министры Чили и Перу встретились в Лиме. Они подписали соглашение о торговле.",
     "Meeting", {"state/CHL", "state/PER"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "states"), READINGS)
def test_readings_as_before(events, text: str, kind: str, states: set[str]) -> None:  # noqa: ANN001
    found = [e for e in events(text, "2026-07-02") if e.kind == kind]
    assert found and {k for k in found[0].participants if k.startswith("state/")} == states
