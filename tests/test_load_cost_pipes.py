"""spaCy's built-in components are not imported nor registered for kg's pipeline (forty-first
pass, h-perf81): `spacy.pipeline`'s `__init__` and spaCy's registry imported ~30 component
modules and five languages' tokenizers that kg never makes, ~0.08-0.1 s CPU of every build
that reads a document. The pipeline analyses as before, and any other pipeline or registry
look-up in the same process finds spaCy's components as it always did."""

from __future__ import annotations

import pytest
from kg_runs import python_prints

pytestmark = pytest.mark.heavy  # long tests of few items: scheduled first (conftest)

UNUSED = ("spacy.pipeline.entity_linker", "spacy.pipeline.spancat", "spacy.lang.ja")


def test_kgs_pipeline_imports_no_builtin_component_it_does_not_make() -> None:
    code = (
        "import sys; from kg.nlp.pipeline import build_pipeline; nlp = build_pipeline(); "
        "doc = nlp('Президент Чили встретился в Лиме с министром иностранных дел Перу.'); "
        f"print(*(m in sys.modules for m in {UNUSED!r})); "
        "print(doc[0].lemma_, doc[0].dep_, doc[0].pos_, *(e.text for e in doc.ents)); "
        "print(*nlp.pipe_names)"
    )
    assert python_prints(code) == [
        *["False"] * 3,
        *["президент", "nsubj", "NOUN", "Чили", "Лиме", "Перу"],
        *["natasha_morph", "natasha_syntax", "pymorphy_lemmatizer", "natasha_ner"],
        "gazetteer_matcher",
    ]


def test_spacys_components_and_registry_are_there_when_asked_after_it() -> None:
    code = (
        "import sys; from kg.nlp.pipeline import build_pipeline; build_pipeline(); "
        "import spacy; en = spacy.blank('en'); en.add_pipe('sentencizer'); "
        "print(len(list(en('This is one. This is two.').sents))); "
        "from spacy.pipeline import EntityRuler; print(EntityRuler.__name__); "
        "import spacy.pipeline as p; print(p.Sentencizer.__name__, 'Tagger' in p.__all__); "
        "print(callable(spacy.util.registry.architectures.get('spacy.Tagger.v2'))); "
        "nlp = build_pipeline(); print(nlp('Эстония и Латвия подписали договор.').ents)"
    )
    assert python_prints(code) == [
        "2",
        "EntityRuler",
        "Sentencizer",
        "True",
        "True",
        "(Эстония,",
        "Латвия)",
    ]


def test_a_builtin_asked_first_imports_the_whole_package() -> None:
    code = (
        "from kg.nlp.spacy_import import import_spacy; import_spacy(); "
        "from spacy.pipeline import Sentencizer, Lemmatizer; import spacy.pipeline as p; "
        "print(Sentencizer is p.sentencizer.Sentencizer, Lemmatizer is p.lemmatizer.Lemmatizer)"
    )
    assert python_prints(code) == ["True", "True"]
