"""natasha's news models, loaded once per process (no network).

natasha is imported only where its models are built, so the pure-text grammars
(numbers, dates) never load it; pymorphy3 lives behind `kg.nlp.morph`."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

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
