"""The state of a royal or noble rank that names its own land ("принцем Уэльским Уильямом":
the United Kingdom's), never the state another title of the sentence serves. Pass
fifty-four, own sentences (h-names112)."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from kg.lexicon import load_dict
from kg.nlp.morph import morph
from kg.resolve.not_persons import land_title
from kg.resolve.title_lexicon import Title

_LANDS = Path(__file__).with_name("rank_lands.tsv")


def rank_land(doc: Doc, title: Title) -> str | None:
    """The state key of the land a rank of no state names by its adjective right after it
    (`land_title`: "принц Уэльский", "герцогини Сассекской" → the United Kingdom's, by
    `rank_lands.tsv`), "" for a land the table does not place ("принц-регент Баварский");
    None where no land adjective follows the rank ("король Иордании", "принц Уильям")."""
    if title.state or title.end >= len(doc) or not land_title(doc[title.end : title.end + 1]):
        return None
    lands = load_dict(_LANDS)
    found = {
        lands[p.normal_form]
        for p in morph().parse(doc[title.end].text)
        if p.tag.POS == "ADJF" and p.normal_form in lands
    }
    return f"state/{found.pop()}" if len(found) == 1 else ""
