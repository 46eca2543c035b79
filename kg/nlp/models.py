"""natasha's news models, loaded once per process (no network).

natasha is imported only where its models are built, so the pure-text grammars
(numbers, dates) never load it; pymorphy3 lives behind `kg.nlp.morph`."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from natasha import NewsMorphTagger, NewsNERTagger, NewsSyntaxParser
    from navec import Navec


# Each loader takes the model's path ("" = natasha's packaged news model), as the
# pipeline's factory config gives it, and loads it once per process and path.


@cache
def embedding(path: str = "") -> Navec:
    from kg.nlp.embedding import load_embedding

    return load_embedding(path)


@cache
def morph_tagger(path: str = "", emb: str = "") -> NewsMorphTagger:
    from natasha import NewsMorphTagger

    return NewsMorphTagger(embedding(emb), path) if path else NewsMorphTagger(embedding(emb))


@cache
def syntax_parser(path: str = "", emb: str = "") -> NewsSyntaxParser:
    from natasha import NewsSyntaxParser

    return NewsSyntaxParser(embedding(emb), path) if path else NewsSyntaxParser(embedding(emb))


@cache
def ner_tagger(path: str = "", emb: str = "") -> NewsNERTagger:
    from natasha import NewsNERTagger

    return NewsNERTagger(embedding(emb), path) if path else NewsNERTagger(embedding(emb))
