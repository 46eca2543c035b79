"""Names natasha leaves untagged: a known first name and a surname opening a sentence as
the subject of a verb of her gender, and initials glued to a surname before a verb that
tells the person's gender (forty-eighth pass, h-names95; sentences of our own about Peru,
Chile, Canada, Mexico, Estonia and Latvia). Not a city's "Г." or a list's letter before a
place or an ordinary word, nor an abbreviation."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a first name and a surname opening the sentence, the participle feminine
        ("Хелен Шапиро назначена послом Перу в Чили.", {"Хелен Шапиро"}),
        ("Мэри Шапиро заявила, что Канада поддержит Мексику.", {"Мэри Шапиро"}),
        # an initial glued to a surname, a verb of speech or of an act
        ("Б.Ферро заявил, что Перу поддержит Чили.", {"Ферро"}),
        ("Б.Каро заявил, что Чили поддержит Перу.", {"Каро"}),
        ("Л.Михал назначил Р.Тоома послом в Латвии.", {"Михал", "Тоома"}),
        # must not: a place or an ordinary word after a letter, an abbreviation
        ("Г.Таллин принял делегацию Латвии.", set()),
        ("А. Министерство обороны Эстонии заявило о протесте.", set()),
        ("Б. Варшава заявила о протесте.", set()),
        ("Ул.Тоомпеа закрыта для машин из Латвии.", set()),
        ("Т.е. Эстония не уступит Латвии.", set()),
        # must not: a first name before a place
        ("Надежда Литвы угасла.", set()),
    ],
)  # fmt: skip
def test_missed_names(run: Callable[[str], Extraction], text: str, names: set[str]) -> None:
    assert person_names(run(text)) == names
