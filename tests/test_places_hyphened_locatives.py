"""A hyphened city in the locative the tagger read as a common noun ("в Ростове-на-Дону",
"во Франкфурте-на-Майне") is a name where the dictionary knows it only as a place's in the
locative (`place_prepositions.mend_place_tags`): the event held there has it as its place.
Sixty-ninth pass (h-places72); sentences of our own about Egypt–Turkey, Germany–France,
Azerbaijan–Russia, with must-nots."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

from kg.nlp.pipeline import build_pipeline

_EGYPT_TURKEY = "Министры иностранных дел Египта и Турции провели переговоры {}."
_GERMANY_FRANCE = "Канцлер Германии Фридрих Мерц и президент Франции провели переговоры {}."
_AZERBAIJAN = "Президент Азербайджана Ильхам Алиев провёл переговоры с президентом России {}."

PLACED = [
    (_EGYPT_TURKEY.format("в Ростове-на-Дону"), "Ростов-на-Дону"),
    (_GERMANY_FRANCE.format("во Франкфурте-на-Майне"), "Франкфурт-на-Майне"),
    (_AZERBAIJAN.format("в Ростове-на-Дону"), "Ростов-на-Дону"),
]


@pytest.mark.parametrize(("text", "place"), PLACED)
def test_talks_in_a_hyphened_city_are_held_there(events, text: str, place: str) -> None:
    (talks,) = of_kind(events(text, "2026-02-03"), "Talks")
    assert talks.location == place


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


TAGS = [
    ("Переговоры прошли в Ростове-на-Дону.", "Ростове-на-Дону", "PROPN"),
    # must-nots: a hyphened common noun, a name the dictionary does not know as a place
    ("Переговоры прошли в онлайн-режиме.", "онлайн-режиме", "NOUN"),
    ("Стороны обсудили это на бизнес-форуме.", "бизнес-форуме", "NOUN"),
]


@pytest.mark.parametrize(("text", "word", "pos"), TAGS)
def test_only_a_known_place_is_made_a_name(nlp, text: str, word: str, pos: str) -> None:
    (tok,) = [t for t in nlp(text) if t.text == word]
    assert tok.pos_ == pos
