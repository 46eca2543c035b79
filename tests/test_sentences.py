"""The sentence index (`kg.sentences`) answers `Token.sent` and `Span.sent` as spaCy does;
the per-Doc indexes read after the pipeline (sentence bounds, prepositions) as well."""

from __future__ import annotations

import gc

from spacy.attrs import LEMMA

from kg.doc_text import _STRINGS, _TEXTS, doc_text, settle, token_strings
from kg.model import Document
from kg.nlp.deps import index_prepositions, preposition
from kg.sentences import index_sentences, sentence_bounds

TEXT = (
    "Премьер-министр Норвегии прибыл в Хельсинки 4 марта. Переговоры с президентом Финляндии "
    "длились три часа!\n\nСтороны обсудили торговлю лесом — и не только. «Мы договорились», "
    "— сказал он. Визит завершится в пятницу"
)


def test_the_index_gives_spacys_sentences(nlp) -> None:  # noqa: ANN001
    doc = nlp(TEXT)
    assert len(list(doc.sents)) >= 4
    spans = [(i, j) for i in range(len(doc) + 1) for j in range(i, min(len(doc), i + 4) + 1)]

    def answers() -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        return (
            [(t.sent.start, t.sent.end) for t in doc],
            [(doc[i:j].sent.start, doc[i:j].sent.end) for i, j in spans],
        )

    plain = answers()
    index_sentences(doc)
    assert "sent" in doc.user_token_hooks
    assert answers() == plain  # every token, every short span, an empty one at the end too
    assert all(t.sent == doc[t.i : t.i + 1].sent for t in doc)
    assert [sentence_bounds(t) for t in doc] == plain[0]


def test_the_preposition_index_gives_the_parses_prepositions(nlp) -> None:  # noqa: ANN001
    doc = nlp(TEXT)
    plain = [preposition(t) for t in doc]
    assert {"в", "с"} <= set(plain)  # "в Хельсинки", "с президентом"
    settle(doc)
    index_prepositions(doc)
    assert [preposition(t) for t in doc] == plain


def test_an_indexed_doc_is_freed_without_the_cyclic_collector(nlp) -> None:  # noqa: ANN001
    doc = nlp(TEXT)
    index_sentences(doc)
    alive = Document(id="probe", text=TEXT)  # any object a weak reference can follow
    doc.user_data["probe"] = alive
    gc.disable()
    try:
        before = len(gc.get_referrers(alive))
        del doc
        assert len(gc.get_referrers(alive)) == before - 1  # the Doc's user_data went at once
    finally:
        gc.enable()


def test_a_docs_text_is_made_once_and_goes_with_the_doc(nlp) -> None:  # noqa: ANN001
    gc.collect()  # other tests' garbage Docs go first: only those still alive are counted
    kept = len(_TEXTS)
    doc = nlp(TEXT)
    assert doc_text(doc) == doc.text == TEXT
    assert doc_text(doc) is doc_text(doc)
    other = nlp("Канцлер Австрии  посетил Прагу.")
    assert doc_text(other) == "Канцлер Австрии  посетил Прагу."
    del doc, other
    gc.collect()
    assert len(_TEXTS) == kept


def test_token_strings_are_shared_once_the_doc_is_settled(nlp) -> None:  # noqa: ANN001
    kept = len(_STRINGS)
    doc = nlp(TEXT)
    doc[0].lemma_ = "иное"  # a component at work: nothing kept yet
    assert token_strings(doc, LEMMA) is not token_strings(doc, LEMMA)
    doc[0].lemma_ = "премьер-министр"
    settle(doc)
    lemmas = token_strings(doc, LEMMA)
    assert lemmas == tuple(t.lemma_ for t in doc) and lemmas[0] == "премьер-министр"
    assert token_strings(doc, LEMMA) is lemmas and token_strings(doc) == tuple(t.text for t in doc)
    del doc, lemmas
    gc.collect()
    assert len(_STRINGS) == kept
