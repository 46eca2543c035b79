"""natasha's news models, loaded once per process from the installed wheel (no network)."""

from __future__ import annotations

from functools import cache

import pymorphy3
from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser


@cache
def embedding() -> NewsEmbedding:
    return NewsEmbedding()


@cache
def morph_tagger() -> NewsMorphTagger:
    return NewsMorphTagger(embedding())


@cache
def syntax_parser() -> NewsSyntaxParser:
    return NewsSyntaxParser(embedding())


@cache
def ner_tagger() -> NewsNERTagger:
    return NewsNERTagger(embedding())


@cache
def morph_analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()
