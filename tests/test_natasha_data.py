"""natasha's news models are loaded from natasha's own files without importing natasha,
and come out as natasha's taggers load them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from kg_runs import python_prints

from kg.nlp import models
from kg.nlp.natasha_data import NEWS_FILES, news_file


@pytest.mark.parametrize(
    ("name", "constant"),
    [
        ("embedding", "NEWS_EMBEDDING"),
        ("morph", "NEWS_MORPH"),
        ("syntax", "NEWS_SYNTAX"),
        ("ner", "NEWS_NER"),
    ],
)
def test_each_file_is_the_one_natasha_names(name: str, constant: str) -> None:
    import natasha.data

    assert news_file(name) == getattr(natasha.data, constant)
    assert set(NEWS_FILES) == {"embedding", "morph", "syntax", "ner"}


def test_loading_the_models_imports_no_part_of_natasha() -> None:
    code = (
        "import sys; from kg.nlp import models; "
        "[load() for load in (models.morph_tagger, models.syntax_parser, models.ner_tagger)]; "
        "print(*(m in sys.modules for m in ('slovnet', 'natasha', 'yargy', 'pymorphy2')))"
    )
    assert python_prints(code) == ["True", "False", "False", "False"]


WORDS = [["Президент", "Франции", "прибыл", "в", "Берлин", "."], ["Мир", "."]]
TEXTS = ["Президент Франции Эмманюэль Макрон прибыл в Берлин.", "Мир."]


@pytest.mark.parametrize(
    ("load", "theirs", "items"),
    [
        (models.morph_tagger, "NewsMorphTagger", WORDS),
        (models.syntax_parser, "NewsSyntaxParser", WORDS),
        (models.ner_tagger, "NewsNERTagger", TEXTS),
    ],
)
def test_a_model_reads_as_natashas_tagger_reads(
    load: Callable[[], Any], theirs: str, items: list
) -> None:
    import natasha

    natashas = getattr(natasha, theirs)(natasha.NewsEmbedding())
    assert repr(list(load().infer(items))) == repr(list(natashas.infer(items)))


def test_each_morphology_tag_keys_the_analysis_its_parsed_features_key() -> None:
    """`natasha_morph` hands spaCy a tag's features as written; each of the tagger's tags
    must key the analysis its features parsed as slovnet parses them key."""
    from slovnet.conll import parse_conll_tag
    from spacy.lang.ru import Russian

    tags = models.morph_tagger("", "").infer.decoder.tags_vocab
    written, parsed = Russian().vocab.morphology, Russian().vocab.morphology
    for tag in tags.items:
        features = tag.partition("|")[2]
        expected = parsed.add(parse_conll_tag(tag)[1]) if features else 0
        assert (written.add(features) if features else 0) == expected, tag
