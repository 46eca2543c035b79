"""A name's role word and case are read once per token range of a settled Doc (forty-eighth
pass, h-perf48): the memo changes the time, never an answer, is not kept before the Doc is
settled (the parse may still change), and one Doc's answers are never another's."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from kg.doc_text import kept_per_span, settle
from kg.extract.context import Context
from kg.model import Document
from kg.resolve import given_across, given_agreement

TEXT = (
    "Министр иностранных дел Чили Мария Сото встретилась в Лиме с послом Перу Хорхе Вегой. "
    "Президент Перу назначил своего советника Луиса Рамоса министром обороны. "
    "Пресс-секретарь премьера Эквадора Ана Торрес заявила, что переговоры продолжатся."
)


def _names(doc: Doc) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in doc.ents if e.label_ == "PER"]


def test_read_anew_before_the_doc_is_settled(nlp: Language) -> None:
    doc = nlp("Посол Чили Хорхе Вега прибыл в Боливию.")
    reads: list[int] = []

    def read() -> int:
        reads.append(1)
        return len(reads)

    assert kept_per_span(doc, "test", 2, 4, read) == 1
    assert kept_per_span(doc, "test", 2, 4, read) == 2  # not settled: no memo
    settle(doc)
    assert kept_per_span(doc, "test", 2, 4, read) == 3
    assert kept_per_span(doc, "test", 2, 4, read) == 3  # kept
    assert kept_per_span(doc, "test", 2, 3, read) == 4  # another range
    assert kept_per_span(doc, "other", 2, 4, read) == 5  # another rule


def test_one_docs_answers_are_not_anothers(nlp: Language) -> None:
    first, second = nlp("Посол Чили Хорхе Вега прибыл."), nlp("Посол Перу Ана Торрес уехала.")
    for doc in (first, second):
        settle(doc)
    assert kept_per_span(first, "test", 2, 4, lambda: "первый") == "первый"
    assert kept_per_span(second, "test", 2, 4, lambda: "второй") == "второй"
    assert kept_per_span(first, "test", 2, 4, lambda: "другой") == "первый"


def test_role_word_and_case_read_alike_with_the_memo(analyse: Callable[..., Context]) -> None:
    doc = analyse(Document(id="memo-names", text=TEXT)).doc
    settle(doc)
    names = _names(doc)
    assert len(names) >= 3  # the text has names to read
    plain = {
        n: (given_across._role_word(doc, *n).i, given_agreement._name_case(doc, *n)) for n in names
    }
    for _ in range(2):  # read, then kept
        kept = {
            n: (given_across.role_word(doc, *n).i, given_agreement.name_case(doc, *n))
            for n in names
        }
        assert kept == plain
    assert len({case for _, case in plain.values()}) >= 2  # names in more than one case
