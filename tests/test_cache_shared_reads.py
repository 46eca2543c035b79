"""What rules ask of a settled Doc's words, read once from its arrays and shared (forty-seventh
pass, h-perf47): the sharing changes the time, never an answer. Each reader is compared with
the way it read before, walking `Token`s, on text of our own."""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.language import Language

from kg.doc_text import lowered_strings, settle, token_strings
from kg.gazetteer import normalize
from kg.memory import CACHE_ENTRIES
from kg.nlp.deps import has_preposition, index_prepositions
from kg.nlp.morph import morph
from kg.resolve.name_forms import fold
from kg.resolve.org_forms import missed_contractions
from kg.resolve.org_initials import category_initials
from kg.resolve.org_modifiers import lemmas_of
from kg.resolve.org_naming import BODY_SHORT

TEXT = (
    "Минфин Чили сообщил, что министр финансов Перу прибудет в Сантьяго. Погранслужба "
    "Эстонии внесла два фонда из Латвии в реестр организаторов распространения информации "
    "(ОРИ). "
    "Президент Египта встретился с президентом Турции; комитет по обороне парламента "
    "Канады обсудил поставки в Мексику."
)


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
    # the one-word contractions of a state's bodies' names ("погранслужба", "минфин")
    contractions = {
        normalize(s) for shorts in BODY_SHORT.values() for s in shorts if not s.isupper()
    }
    walked = [
        (t.i, t.i + 1)
        for t in doc
        if t.i not in tagged
        and t.text[:1].isupper()
        and not t.text.isupper()
        and normalize(t.lemma_) in contractions
    ]
    assert [(s.start, s.end) for s in missed_contractions(doc, doc.ents)] == walked
    at = {t.text: t.i for t in doc}
    assert category_initials(doc[at["ОРИ"] : at["ОРИ"] + 1])  # "организаторов распространения …"
    assert not category_initials(doc[at["Чили"] : at["Чили"] + 1])


def test_a_name_folded_once_within_a_bound() -> None:
    """`fold` remembers its keys (the readers of names fold a document's few hundred words
    ~1,300 times a document), in a cache as small as the build's other word caches."""
    assert fold("Ёлкина") == fold("ЕЛКИНА") == "елкина"
    assert fold("Азама́т") == "азамат"  # a stress mark is no letter of the name
    assert fold("Пе́ру") is fold("Пе́ру")
    maxsize = fold.cache_info().maxsize  # type: ignore[attr-defined]
    assert maxsize is not None and maxsize <= 2 * CACHE_ENTRIES


def test_prepositions_from_the_arrays(nlp: Language) -> None:
    """`has_preposition` read off the Doc's arrays answers as a walk over each word's children
    ("в Мексику" has one, "парламента Канады" none)."""
    doc = nlp(TEXT)
    walked = [any(c.dep_ == "case" for c in t.children) for t in doc]
    assert [has_preposition(t) for t in doc] == walked  # not indexed: the children
    index_prepositions(doc)
    assert [has_preposition(t) for t in doc] == walked
    at = {t.text: t.i for t in doc}
    assert has_preposition(doc[at["Мексику"]])
    assert not has_preposition(doc[at["Канады"]])


def test_a_reading_known_as_pymorphy3_knows_it() -> None:
    """Each reading's `is_known`, looked up once per word, is pymorphy3's own lookup: a
    dictionary word, one written with "е" for "ё", and must-not: a surname the dictionary
    lacks ("Ринкевичс"), a made-up word."""
    for word in ("президент", "елка", "Чили", "Перу", "Ринкевичс", "абырвалг", "по-эстонски"):
        for p in morph().parse(word):
            lookup = p._dict.word_is_known(
                word=p.word, substitutes_compiled=p._morph.char_substitutes
            )
            assert p.is_known == lookup, (word, p)
    assert morph().parse("елка")[0].is_known
    assert not any(p.is_known for p in morph().parse("Ринкевичс"))
