"""The spaCy pipeline: razdel tokens, natasha analyses, pymorphy3 lemmas, gazetteer spans."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from kg.nlp import gazetteer_matcher as _gazetteer  # noqa: F401 - registers the matcher
from kg.nlp import lemmatizer as _lemmatizer  # noqa: F401 - registers the lemmatizer
from kg.nlp import natasha_components as _natasha  # noqa: F401 - registers components
from kg.nlp.tokenizer import TOKENIZER

PIPES = ("natasha_morph", "natasha_syntax", "pymorphy_lemmatizer", "natasha_ner")


@cache
def base_pipeline() -> Language:
    """The language-level pipeline, without gazetteer spans (shared per process)."""
    nlp = spacy.blank("ru", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    for name in PIPES:
        nlp.add_pipe(name)
    return nlp


def build_pipeline(gazetteers: tuple[str, ...] = ()) -> Language:
    """The full pipeline: natasha analyses plus gazetteer spans of states and organizations."""
    nlp = base_pipeline()
    name = "gazetteer_matcher"
    if name in nlp.pipe_names:
        nlp.remove_pipe(name)
    nlp.add_pipe(name, config={"extra": list(gazetteers)})
    return nlp
