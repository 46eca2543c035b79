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
    ],
)  # fmt: skip
def test_missed_names(run: Callable[[str], Extraction], text: str, names: set[str]) -> None:
    assert person_names(run(text)) == names


@pytest.mark.parametrize(
    "text",
    [
        # a place or an ordinary word after a letter, an abbreviation
        "Г.Таллин принял делегацию Латвии.",
        "А. Министерство обороны Эстонии заявило о протесте.",
        "Б. Варшава заявила о протесте.",
        "В. Президент Литвы заявил о протесте.",
        "Ул.Тоомпеа закрыта для машин из Латвии.",
        "Т.е. Эстония не уступит Латвии.",
        # Latin initials of a craft's name
        "Корабль «S.S. Janet K. Morris» будет запущен к станции с космодрома в Гвиане.",
        # a first name before a place
        "Надежда Литвы угасла.",
    ],
)  # fmt: skip
def test_no_name_missed(run: Callable[[str], Extraction], text: str) -> None:
    assert person_names(run(text)) == set()
