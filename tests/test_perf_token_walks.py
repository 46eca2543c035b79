"""Rules that walked every word of a sentence for a word or two read only what they need
(sixty-seventh pass, h-perf69): `eve_before_subject` the sentence's first two words,
`non_grata` the Doc's lemma and lower-case arrays (a `Token` made only at "персона"),
`mend_place_tags` the word after a preposition only (the prepositions found among the
words in lower case, read once a Doc), `_year_part_hint` a phrase's text only
where it has a preposition and a bare "года". What they read is what they read before;
each `Token` costs a Python object (~0.6 µs) and the four made ~120,000 of a 100-document
build's 2.2 million. Sentences of our own about Chile–Peru (and talks in Vientiane), on Docs of
given words, tags and parses (no models)."""

from __future__ import annotations

import pytest
from counting_doc import CountingDoc as _Counting
from counting_doc import Row, counting_parse, table_rows

from kg.doc_text import token_strings
from kg.extract.common.dates import DateMention
from kg.extract.events.acts import non_grata
from kg.extract.events.dating import _year_part_hint, eve_before_subject
from kg.nlp.place_prepositions import mend_place_tags

_PAST = "Aspect=Perf|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"


def _rows(table: str) -> list[Row]:
    """A table's rows (`table_rows`), "PAST" a singular's past."""
    return table_rows(table, _PAST)


# "Накануне Боливар был принят президентом Перу.": the name the parse makes the subject
EVE = _rows("""
    Накануне накануне ADV - advmod 3
    Боливар боливар PROPN Case=Nom nsubj:pass 3
    был быть AUX - aux:pass 3
    принят принять VERB - ROOT 3
    президентом президент NOUN Case=Ins obl 3
    Перу перу PROPN Case=Gen nmod 4
    . . PUNCT - punct 3
""")
# "Накануне праздника прошёл фестиваль.": a preposition's noun, no subject
EVE_OF = _rows("""
    Накануне накануне ADP - case 1
    праздника праздник NOUN Case=Gen obl 2
    прошёл пройти VERB - ROOT 2
    фестиваль фестиваль NOUN Case=Nom nsubj 2
    . . PUNCT - punct 2
""")
# "Министры Чили и Перу обсудили торговлю в Лиме.": no eve at all
TALKS = _rows("""
    Министры министр NOUN Case=Nom nsubj 4
    Чили чили PROPN Case=Gen nmod 0
    и и CCONJ - cc 3
    Перу перу PROPN Case=Gen conj 1
    обсудили обсудить VERB - ROOT 4
    торговлю торговля NOUN Case=Acc obj 4
    в в ADP - case 7
    Лиме лима PROPN Case=Loc obl 4
    . . PUNCT - punct 4
""")


@pytest.mark.parametrize(
    ("rows", "eves"),
    [(EVE, [("Накануне", "2025-09-17")]), (EVE_OF, []), (TALKS, [])],
    ids=["subject", "preposition", "none"],
)
def test_an_eve_is_read_as_before(rows: list[Row], eves: list[tuple[str, str]]) -> None:
    doc = counting_parse(rows)
    dates = eve_before_subject(doc[0 : len(doc)], [], "2025-09-18")
    assert [(d.text, d.value) for d in dates] == eves


def test_an_eve_reads_the_first_two_words_alone() -> None:
    """Of a nine-word sentence, "Министры" and "Чили": no `Token` of the rest."""
    doc = counting_parse(TALKS)
    sent = doc[0 : len(doc)]
    _Counting.made = 0
    assert eve_before_subject(sent, [], "2025-09-18") == []
    assert _Counting.made == 2


def test_an_eve_already_dated_stays_one() -> None:
    doc = counting_parse(EVE)
    given = [DateMention(0, 8, "Накануне", "2025-09-17", True)]
    assert eve_before_subject(doc[0 : len(doc)], given, "2025-09-18") == given


# "МИД Перу объявил двух дипломатов Чили персонами нон грата."
DECLARED = _rows("""
    МИД мид PROPN Case=Nom nsubj 2
    Перу перу PROPN Case=Gen nmod 0
    объявил объявить VERB PAST ROOT 2
    двух два NUM Case=Acc nummod 4
    дипломатов дипломат NOUN Case=Gen obj 2
    Чили чили PROPN Case=Gen nmod 4
    персонами персона NOUN Case=Ins obl 2
    нон нон X - flat 6
    грата грат NOUN Case=Gen flat 6
    . . PUNCT - punct 2
""")
# "МИД Перу объявил о высылке двух дипломатов Чили.": no such words
EXPELLED = _rows("""
    МИД мид PROPN Case=Nom nsubj 2
    Перу перу PROPN Case=Gen nmod 0
    объявил объявить VERB PAST ROOT 2
    о о ADP - case 4
    высылке высылка NOUN Case=Loc obl 2
    двух два NUM Case=Gen nummod 6
    дипломатов дипломат NOUN Case=Gen nmod 4
    Чили чили PROPN Case=Gen nmod 6
    . . PUNCT - punct 2
""")


def test_non_grata_is_found_as_before() -> None:
    doc = counting_parse(DECLARED)
    assert [t.text for t in non_grata(doc[2])] == ["персонами", "нон", "грата"]


def test_non_grata_makes_no_token_of_other_words() -> None:
    """Of a nine-word sentence with no "персона": no `Token` but the sentence's bounds'."""
    doc = counting_parse(EXPELLED)
    verb = doc[2]
    _Counting.made = 0
    assert non_grata(verb) == []
    assert _Counting.made <= 2


# "Стороны провели переговоры во Вьентьяне.": "Вьентьяне" tagged an adjective
VIENTIANE = _rows("""
    Стороны сторона NOUN Case=Nom nsubj 1
    провели провести VERB - ROOT 1
    переговоры переговоры NOUN Case=Acc obj 1
    во в ADP - case 4
    Вьентьяне вьентьяна ADJ Case=Acc|Gender=Fem amod 2
    . . PUNCT - punct 1
""")


def test_a_place_tagged_an_adjective_is_a_name_as_before() -> None:
    doc = counting_parse(VIENTIANE)
    mend_place_tags(doc, list(range(len(doc))), [t.lower() for t in token_strings(doc)])
    assert (doc[4].pos_, doc[4].morph.get("Case")) == ("PROPN", ["Loc"])


def test_place_tags_read_the_word_after_a_preposition_alone() -> None:
    """Of "Министры Чили и Перу обсудили торговлю в Лиме.": a `Token` of "Лиме", after "в",
    alone; the prepositions are looked for among the words in lower case."""
    doc = counting_parse(TALKS)
    lowers = [word.lower() for word in token_strings(doc)]
    mend_place_tags(doc, list(range(len(doc))), lowers)
    assert _Counting.made == 1
    assert [t.pos_ for t in doc] == [row[2] for row in TALKS]


# "договорились провести консультации", the opening of the three below
_AGREED = _rows("""
    договорились договориться VERB PAST ROOT 0
    провести провести VERB VerbForm=Inf xcomp 0
    консультации консультация NOUN Case=Acc obj 1
""")
# "… во второй половине года"
HALF = [
    *_AGREED,
    *_rows("""
    во в ADP - case 5
    второй второй ADJ Case=Loc amod 5
    половине половина NOUN Case=Loc obl 1
    года год NOUN Case=Gen nmod 5
"""),
]
# "… в Лиме": no year
IN_LIMA = [
    *_AGREED,
    *_rows("""
    в в ADP - case 4
    Лиме лима PROPN Case=Loc obl 1
"""),
]
# "… в течение года": a year, no part of it
WITHIN = [
    *_AGREED,
    *_rows("""
    в в ADP - case 4
    течение течение NOUN Case=Acc obl 1
    года год NOUN Case=Gen nmod 4
"""),
]


@pytest.mark.parametrize(
    ("rows", "hint"),
    [(HALF, "year_part:07-12"), (IN_LIMA, ""), (WITHIN, "")],
    ids=["half", "no-year", "no-part"],
)
def test_a_part_of_the_year_is_read_as_before(rows: list[Row], hint: str) -> None:
    doc = counting_parse(rows)
    assert _year_part_hint([doc[1]]) == hint


def test_a_phrase_with_no_year_is_not_joined() -> None:
    """Of "провести консультации в Лиме": the children and their children, no phrase's
    words (spaCy's `Span.text` makes a `Token` per word)."""
    doc = counting_parse(IN_LIMA)
    heads = [doc[1]]
    _Counting.made = 0
    assert _year_part_hint(heads) == ""
    assert _Counting.made <= 5
