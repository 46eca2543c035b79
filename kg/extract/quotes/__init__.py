"""Quotes: what a person is reported to have said, with the speaker resolved.

`extract.py` reads them from the regions `common.attribution` attributes, `rdf.py` maps
them, the spec below registers them.
"""

from __future__ import annotations

from kg.evaluate import SOURCES, Fact, Kind, normalize, quotes_text, same_name
from kg.extract.quotes.extract import extract_quotes
from kg.extract.quotes.fact import Quote
from kg.extract.quotes.rdf import quote_quads
from kg.extract.registry import FactKind, register

__all__ = ["Quote", "extract_quotes"]

MIN_QUOTE_WORDS = 3  # shorter quotes ("Добро пожаловать!") are not scored on either side


def _long_enough(fact: Fact) -> bool:
    return len(normalize(fact["text"]).split()) >= MIN_QUOTE_WORDS


register(
    FactKind(
        name="quotes",
        fact=Quote,
        ontology_class="Quote",
        extract=extract_quotes,
        quads=quote_quads,
        order=40,
        evaluation=Kind(
            "quotes",
            lambda g, s: quotes_text(g["text"], s["text"]),
            {"text": quotes_text, "speaker": same_name, **SOURCES},
            required=("text",),
            key="text",
            scored=_long_enough,
        ),
    )
)
