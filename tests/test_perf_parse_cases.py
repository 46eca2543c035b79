"""Work a build did twice for the same words (seventy-first pass, h-perf73): a capitalised
dictionary word shares its lower-case form's pymorphy3 parse ("Переговоры", "переговоры":
16 % of a 100-document build's parses were such a word's second), and the verbs of lasting
are found among the Doc's lemmas, not by a `Token` of every word of every sentence. What
they read is what they read before. Words and sentences of our own about
Argentina–Paraguay."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from counting_doc import CountingDoc, counting_parse, table_rows
from fact_reads import one_of_kind

from kg.doc_text import settle
from kg.extract.events.until import lasting_until
from kg.nlp.morph import Morph

# dictionary words in capitals, at a sentence's start or in a name; names and foreign words
# the dictionary lacks; one letter (an initial, which pymorphy3 reads by its case); a
# hyphenated word; abbreviations
WORDS = [
    "Переговоры", "Аргентины", "Парагвая", "Встреча", "Министр", "Россия", "Визит",
    "Бенитес", "Асунсьоне", "Сантьяго-де-Чили", "Пенья", "В", "Р", "МИД", "ООН",
    "Северо-Западный", "Нью-Йорк", "XIV", "Mercosur",
]  # fmt: skip


def _pymorphy3(morph: Morph, word: str) -> tuple[Any, ...]:
    """pymorphy3's own readings of `word`, ordered as `Morph.parse` orders an unknown
    hyphenated noun's."""
    parses = tuple(morph._analyzer.parse(word))
    if "-" in word and parses and not parses[0].is_known:
        lemma = morph.compound_lemma(word.lower())
        return tuple(sorted(parses, key=lambda p: p.normal_form != lemma)) if lemma else parses
    return parses


@pytest.mark.parametrize("first_lower", [True, False])
def test_a_capitalised_word_reads_as_pymorphy3_reads_it(first_lower: bool) -> None:
    morph = Morph()
    for word in WORDS:
        if first_lower:
            morph.parse(word.lower())
        got = morph.parse(word)
        assert got == _pymorphy3(morph, word), word
        assert [tuple(p) for p in got] == [tuple(p) for p in _pymorphy3(morph, word)]


def _counting(morph: Morph, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The words `morph`'s pymorphy3 analyzer parses, one entry a parse."""
    parsed: list[str] = []
    real = morph._analyzer.parse

    def counted(word: str) -> Any:  # noqa: ANN401 - pymorphy3's list of Parses
        parsed.append(word)
        return real(word)

    monkeypatch.setattr(morph._analyzer, "parse", counted)
    return parsed


def test_a_capitalised_dictionary_word_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    morph = Morph()
    parsed = _counting(morph, monkeypatch)
    for word in ["переговоры", "Переговоры", "ПЕРЕГОВОРЫ", "Аргентины", "аргентины"]:
        morph.parse(word)
    assert parsed == ["переговоры", "аргентины"]  # was all five


def test_a_word_the_dictionary_lacks_and_an_initial_are_parsed_as_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    morph = Morph()
    parsed = _counting(morph, monkeypatch)
    for word in ["бенитес", "Бенитес", "в", "В"]:
        morph.parse(word)
    assert parsed == ["бенитес", "Бенитес", "в", "В"]
    assert morph.parse("В") != morph.parse("в")  # "В." is an initial, "в" a preposition


_DAY = "2025-04-16"


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Президент Парагвая прибыл в Аргентину с официальным визитом. Визит продлится до "
         "20 апреля.", "2025-04-20"),
        ("Президент Аргентины прибыл в Асунсьон с официальным визитом, который продлится до "
         "19 апреля.", "2025-04-19"),
        # must-not: a span with no day
        ("Президент Парагвая прибыл в Аргентину с официальным визитом. Визит продлится три "
         "дня.", ""),
    ],
)  # fmt: skip
def test_a_verb_of_lasting_still_gives_the_last_day(
    events: Callable[..., Any], text: str, end: str
) -> None:
    assert one_of_kind(events(text, _DAY), "OfficialVisit").end == end


# "Министр Аргентины провёл встречу с коллегой из Парагвая ." : no verb of lasting
MEETING = """
    Министр министр NOUN Case=Nom nsubj 2
    Аргентины аргентина PROPN Case=Gen nmod 0
    провёл провести VERB PAST ROOT 2
    встречу встреча NOUN Case=Acc obj 2
    с с ADP - case 5
    коллегой коллега NOUN Case=Ins nmod 3
    из из ADP - case 7
    Парагвая парагвай PROPN Case=Gen nmod 5
    . . PUNCT - punct 2
"""


def test_a_sentence_of_no_verb_of_lasting_makes_no_token() -> None:
    doc = counting_parse(table_rows(MEETING, "Tense=Past|VerbForm=Fin"))
    settle(doc)
    sent = doc[:]
    CountingDoc.made = 0
    lasting_until(sent, [], [])
    assert CountingDoc.made == 0  # was a `Token` a word of the sentence
