"""A Greek surname's last syllable "-ис"/"-ес" transliterated either way is one person
("Писсаридис" after "Кристофер Писсаридес") (own sentences about Chile, Peru, Estonia).
Another vowel, another ending and two people named in full stay two."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons, person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        ("Экономист Кристофер Писсаридес посетил Чили. Писсаридис встретился с президентом "
         "Перу.", "Писсаридис", "Кристофер Писсаридес"),
        ("Посол Греции Янис Пападимитриис прибыл в Таллин. Пападимитриес встретился с "
         "министром Эстонии.", "Пападимитриес", "Янис Пападимитриис"),
    ],
)  # fmt: skip
def test_one_person(run: Callable[[str], Extraction], text: str, written: str, name: str) -> None:
    ex = run(text)
    assert mention_persons(ex)[written] == name
    assert written not in person_names(ex)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # another vowel than the last syllable's: two surnames
        ("Министр Чили Хосе Петрен прибыл в Перу. Петрин встретился с президентом Перу.",
         {"Хосе Петрен", "Петрин"}),
        # both spellings of two people named in full stay two
        ("Экономист Кристофер Писсаридес посетил Чили. Историк Андреас Писсаридис посетил "
         "Перу.", {"Кристофер Писсаридес", "Андреас Писсаридис"}),
    ],
)  # fmt: skip
def test_two_persons(run: Callable[[str], Extraction], text: str, names: set[str]) -> None:
    assert names <= person_names(run(text))
