"""natasha's news models and pymorphy3's analyzer, loaded once per process (no network).

natasha is imported only where its models are built, so the pure-text grammars
(numbers, dates) can share the analyzer without loading it."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import pymorphy3

if TYPE_CHECKING:
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser


@cache
def embedding() -> NewsEmbedding:
    from natasha import NewsEmbedding

    return NewsEmbedding()


@cache
def morph_tagger() -> NewsMorphTagger:
    from natasha import NewsMorphTagger

    return NewsMorphTagger(embedding())


@cache
def syntax_parser() -> NewsSyntaxParser:
    from natasha import NewsSyntaxParser

    return NewsSyntaxParser(embedding())


@cache
def ner_tagger() -> NewsNERTagger:
    from natasha import NewsNERTagger

    return NewsNERTagger(embedding())


@cache
def morph_analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()
