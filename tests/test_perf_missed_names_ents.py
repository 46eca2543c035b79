"""The rules for names natasha missed read its entities as given, `doc.ents` read once by
the caller (sixty-fifth pass, h-perf67): spaCy makes every entity's Span anew on each read
of `doc.ents`, and five of the rules read it anew for each document (~500 reads per 100
NEREL documents). What they find is what they found from `doc.ents`: a first name before a
surname tagged as one place, a name with a particle tagged as a place, a surname after an
office title tagged as a body; given no entities, they find none. Sentences of our own:
Lithuania, Peru, Senegal."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.context import Context
from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.resolve import missed_names

# (text, the rule, the names it finds)
CASES = [
    ("Вчера Марта Кос прибыла в Вильнюс.", "surnames_read_as_places", ["Марта Кос"]),
    ("Парламент утвердил Сальвадора дель Солара премьер-министром Перу.",
     "particle_names_read_as_places", ["Сальвадора дель Солара"]),
    ("Президент Фай отверг требования оппозиции.", "surnames_after_titles", ["Фай"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rule", "names"), CASES)
def test_missed_names_read_the_entities_given(
    analyse: Callable[..., Context], text: str, rule: str, names: list[str]
) -> None:
    doc = analyse(Document(id="t", text=text)).doc
    ents = doc.ents
    persons = [e for e in ents if e.label_ == "PER"]
    read = getattr(missed_names, rule)
    gaz = Gazetteer.load()
    assert [s.text for s in read(doc, ents, persons, set(), gaz)] == names
    assert read(doc, (), persons, set(), gaz) == []  # none but those given
