"""Passes over a sentence's words made only where their answer is needed, and sentences
shared once a Doc (seventieth pass, h-perf72): `_aid_handed` asks `handed_aid` of a
sentence's words only after an aid delivery told just before it (it asked it of every word
of every sentence); `Context.sentence_at` gives one of the Context's `sents` (each call made
a `Token` and a new `Span`); `_day_part_opens` reads a sentence's first two words alone.
What they read is what they read before. Sentences of our own about Argentina–Paraguay and
Chile–Peru: through the pipeline, and on Docs of given words, tags and parses (no models)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from counting_doc import CountingDoc, counting_parse, table_rows
from fact_reads import one_of_kind, person_keys

from kg.doc_text import settle
from kg.extract.context import Context
from kg.extract.events import hits
from kg.extract.events.dating import _day_part_opens
from kg.model import Document

_DAY = "2025-06-19"
_HANDED = (
    "Помощь передал министру здравоохранения Парагвая Марии Бенитес посол Аргентины в "
    "Парагвае Хорхе Перес."
)


def _counted_handed_aid(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts `handed_aid`'s calls by the event reader (one entry a call)."""
    calls: list[int] = []
    real = hits.handed_aid

    def counted(tok: Any) -> Any:  # noqa: ANN401 - a Token in, a Token or None out
        calls.append(tok.i)
        return real(tok)

    monkeypatch.setattr(hits, "handed_aid", counted)
    return calls


def test_aid_handed_after_a_delivery_still_takes_part(
    events: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counted_handed_aid(monkeypatch)
    text = "Самолёт ВВС Аргентины доставил в аэропорт Асунсьона 20 тонн гуманитарных грузов. "
    delivery = one_of_kind(events(text + _HANDED, _DAY), "AidDelivery")
    assert "person/khorkhe-peres" in person_keys(delivery)
    assert calls  # the sentence after the delivery is read


@pytest.mark.parametrize(
    "before",
    [
        "Министры обороны Аргентины и Парагвая провели переговоры в Асунсьоне. ",
        "Президент Аргентины посетил Асунсьон. ",
    ],
)
def test_aid_handed_after_no_delivery_asks_no_word(
    events: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, before: str
) -> None:
    calls = _counted_handed_aid(monkeypatch)
    events(before + _HANDED, _DAY)
    assert calls == []  # was a call a word of every sentence after an event


_TEXTS = [
    "Министры Чили и Перу встретились в Лиме.  Они подписали соглашение.\n\nПереговоры "
    "продолжатся в мае.",
    "В среду президент Перу прибыл в Сантьяго. Визит продлится два дня.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_sentence_at_is_the_words_sentence_shared(
    analyse: Callable[..., Context], text: str
) -> None:
    ctx = analyse(Document(id="t", text=text))
    doc = ctx.doc
    for char in range(len(text) + 1):
        found = doc.char_span(char, char + 1, alignment_mode="expand")
        got = ctx.sentence_at(char)
        if found is None:
            assert got is None
            continue
        # as before: a word's sentence, else (a space's) that of the word after it
        before = (doc[found.start] if len(found) else doc[found.start : found.end]).sent
        assert got is not None and (got.start, got.end) == (before.start, before.end)
        assert any(got is s for s in ctx.sents)  # one `Span` a sentence, made once


_PAST = "Aspect=Perf|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"


def _doc(table: str) -> CountingDoc:
    doc = counting_parse(table_rows(table, _PAST))
    settle(doc)
    CountingDoc.made = 0
    return doc


# "Вечером министр Чили провёл встречу с коллегой из Перу ."
EVENING = """
    Вечером вечер NOUN Case=Ins obl 4
    министр министр NOUN Case=Nom nsubj 4
    Чили чили PROPN Case=Gen nmod 1
    , , PUNCT - punct 4
    провёл провести VERB PAST ROOT 4
    встречу встреча NOUN Case=Acc obj 4
    с с ADP - case 7
    коллегой коллега NOUN Case=Ins nmod 5
    из из ADP - case 9
    Перу перу PROPN Case=Gen nmod 7
    . . PUNCT - punct 4
"""
# "Вечером 5 марта министр провёл встречу ." : the evening of its own date
EVENING_DATED = """
    Вечером вечер NOUN Case=Ins obl 4
    5 5 NUM - nummod 2
    марта март NOUN Case=Gen nmod 0
    министр министр NOUN Case=Nom nsubj 4
    провёл провести VERB PAST ROOT 4
    встречу встреча NOUN Case=Acc obj 4
    . . PUNCT - punct 4
"""
# "Министр провёл встречу вечером ." : no opening part of the day
LATE = """
    Министр министр NOUN Case=Nom nsubj 1
    провёл провести VERB PAST ROOT 1
    встречу встреча NOUN Case=Acc obj 1
    вечером вечер NOUN Case=Ins obl 1
    . . PUNCT - punct 1
"""


@pytest.mark.parametrize(
    ("table", "opens"), [(EVENING, True), (EVENING_DATED, False), (LATE, False)]
)
def test_day_part_opens_reads_the_first_two_words(table: str, opens: bool) -> None:
    doc = _doc(table)
    sent = doc[:]
    CountingDoc.made = 0
    assert _day_part_opens(sent) is opens
    assert CountingDoc.made <= 2  # was a `Token` a word of the sentence
