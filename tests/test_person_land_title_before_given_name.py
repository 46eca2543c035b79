"""A royal or noble rank's land adjective before a given name (fifty-third pass, h-names109;
sentences of our own about the UK–Canada, Spain–France): "Герцог Сассекский Гарри",
"Принц Астурийский Фелипе" gave a person "Гарри Сассекский", "Астурийский Фелипе" (natasha's
place before the name joined to it, or one span over both), the land read as a surname.
The adjective is the title's land: the person is the given name. Must-nots: a surname the
dictionary knows after the rank ("Князь Оболенский Сергей", "Княгиня Волконская Мария")
stays his or her surname."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons

from kg.model import Extraction

# sentence → each person mention → its person's name
LANDS = {
    "Герцог Сассекский Гарри прибыл в Канаду.": {"Гарри": "Гарри"},
    "Визит герцога Сассекского Гарри в Канаду завершился.": {"Гарри": "Гарри"},
    "Встреча с герцогом Сассекским Гарри прошла в Оттаве.": {"Гарри": "Гарри"},
    "Принц Астурийский Фелипе посетил Францию.": {"Фелипе": "Фелипе"},
    # must-nots: a surname the dictionary knows stays one
    "Князь Оболенский Сергей прибыл в Париж.": {"Оболенский Сергей": "Сергей Оболенский"},
    "Княгиня Волконская Мария прибыла в Париж.": {"Волконская Мария": "Мария Волконская"},
}


@pytest.mark.parametrize("text", LANDS)
def test_land_title_before_given_name(run: Callable[[str], Extraction], text: str) -> None:
    assert mention_persons(run(text)) == LANDS[text]
