"""The events' per-verb subjects and the words of comparisons are read once per token of a
settled Doc (forty-second pass, h-perf84): the memo changes the time, never an answer, and
each caller gets its own list."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from kg.doc_text import settle, settled_memo
from kg.extract.context import Context
from kg.extract.events import linking
from kg.model import Document
from kg.nlp import clauses

TEXT = (
    "Президенты Чили и Перу подписали в Лиме соглашение о свободной торговле. "
    "Эстония, как и в прошлом году Латвия, провела учения, после того, как министры "
    "обороны обеих стран встретились в Таллине. Египет и Турция договорились продолжить "
    "переговоры, сообщил МИД Египта."
)


def _doc(analyse: Callable[..., Context]) -> Doc:
    return analyse(Document(id="memo", text=TEXT)).doc


def test_no_memo_before_the_doc_is_settled(nlp: Language) -> None:
    doc = nlp("Канада и Мексика подписали соглашение.")
    assert settled_memo(doc, "event_subjects") is None
    settle(doc)
    assert settled_memo(doc, "event_subjects") == {}


def test_subjects_and_comparisons_read_alike_with_the_memo(
    analyse: Callable[..., Context],
) -> None:
    doc = _doc(analyse)
    settle(doc)
    plain = {t.i: [s.i for s in linking._read_subjects(t)] for t in doc}
    first = {t.i: [s.i for s in linking.verb_subjects(t)] for t in doc}
    again = {t.i: [s.i for s in linking.verb_subjects(t)] for t in doc}
    assert plain == first == again
    assert any(plain.values())  # the text has subjects to read
    compared = {t.i: clauses._compared(t) for t in doc}
    assert compared == {t.i: clauses.compared(t) for t in doc}
    assert compared == {t.i: clauses.compared(t) for t in doc}
    assert any(compared.values()) and not all(compared.values())  # "как и" and the rest


def test_each_caller_gets_its_own_list(analyse: Callable[..., Context]) -> None:
    doc = _doc(analyse)
    settle(doc)
    verb = next(t for t in doc if t.lemma_ == "подписать")
    subjects = linking.verb_subjects(verb)
    assert [t.text for t in subjects]
    subjects.clear()
    assert [t.text for t in linking.verb_subjects(verb)] == [
        t.text for t in linking._read_subjects(verb)
    ]
