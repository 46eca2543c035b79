"""What a document asks of pymorphy3 and of its Doc's words, read once and shared (forty-seventh
pass, h-perf47): the sharing changes the time, never an answer. Each reader is compared with
the way it read before, on text of our own."""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.language import Language

from kg.doc_text import lowered_strings, settle, token_strings
from kg.gazetteer import normalize
from kg.nlp.morph import morph
from kg.resolve.org_forms import _CONTRACTIONS, missed_contractions
from kg.resolve.org_initials import category_initials
from kg.resolve.org_modifiers import lemmas_of

TEXT = (
    "Минфин Чили сообщил, что министр финансов Перу прибудет в Сантьяго. Погранслужба "
    "Эстонии внесла два фонда из Латвии в реестр организаторов распространения информации "
    "(ОРИ). "
    "Президент Египта встретился с президентом Турции; комитет по обороне парламента "
    "Канады обсудил поставки в Мексику."
)


def test_a_word_reads_as_its_lower_case() -> None:
    """pymorphy3 reads a word of two letters or more as its lower case, so the two share one
    parse: the readings (word, tag, lemma, score) of "Президент" and "президент" are one."""
    for word in ("Президент", "ЧИЛИ", "Погранслужба", "Latvia", "XIV", "Хорхе-Луис"):
        readings = [p[:4] for p in morph()._analyzer.parse(word)]
        assert [p[:4] for p in morph().parse(word)] == readings, word
        assert morph().parse(word) is morph().parse(word.lower()), word


def test_a_capital_letter_alone_stays_an_initial() -> None:
    """Must not: one capital letter is an initial to pymorphy3 ("Ю." of a name), its lower
    case no name at all; the two are parsed apart."""
    assert any("Init" in p.tag for p in morph().parse("Ю"))
    assert not any("Init" in p.tag for p in morph().parse("ю"))


def test_lowered_lemmas_once_settled(nlp: Language) -> None:
    doc = nlp(TEXT)
    lowered = tuple(lemma.lower() for lemma in token_strings(doc, LEMMA))
    assert lowered_strings(doc, LEMMA) == lowered
    settle(doc)
    assert lowered_strings(doc, LEMMA) == lowered
    assert lowered_strings(doc, LEMMA) is lowered_strings(doc, LEMMA)  # read once
    assert token_strings(doc, LEMMA) == tuple(t.lemma_ for t in doc)  # kept apart


def test_the_readers_alike_from_the_strings(nlp: Language) -> None:
    """The readers that walk a settled Doc's strings find what walking its `Token`s found."""
    doc = nlp(TEXT)
    settle(doc)
    nouns = {"комитет", "фонд", "организация"}
    assert [t.i for t in lemmas_of(doc, nouns)] == [
        t.i
        for t in doc
        if t.lemma_.lower() in nouns
        and t.pos_ in ("NOUN", "PROPN")
        and "Plur" not in t.morph.get("Number")
    ]
    tagged = {i for e in doc.ents for i in range(e.start, e.end)}
    walked = [
        (t.i, t.i + 1)
        for t in doc
        if t.i not in tagged
        and t.text[:1].isupper()
        and not t.text.isupper()
        and normalize(t.lemma_) in _CONTRACTIONS
    ]
    assert [(s.start, s.end) for s in missed_contractions(doc, doc.ents)] == walked
    at = {t.text: t.i for t in doc}
    assert category_initials(doc[at["ОРИ"] : at["ОРИ"] + 1])  # "организаторов распространения …"
    assert not category_initials(doc[at["Чили"] : at["Чили"] + 1])
