"""Ranks and forms of address around names, on sentences of our own about other states
(the UK, Kenya, Japan, Poland, Chile, Sweden, Saudi Arabia, Vietnam): a knight's "сэр" is a
form of address, never an office, so the office before it stays the holder's; a woman's
given name after her rank is hers in the rank's case, though the dictionary knows the word
only as a form of a man's name or a common noun ("королеве Максиме"); a monarch's rank
opening a sentence before a given name is the holder's title, no word of the name
("Король Абдалла")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from kg.model import Extraction


@pytest.fixture(scope="module")
def read(extraction: Callable[[str, str], Extraction]) -> Callable[[str], Extraction]:
    return lambda text: extraction(text, "2024-05-02")


def _offices(ex: Extraction, name: str) -> set[tuple[str, str]]:
    """The offices the text gives the person of that name."""
    names = {e.key: e.name for e in ex.entities}
    return {
        (h.office, h.state)
        for h in ex.facts["offices"]
        if h.basis == "text" and names[h.person] == name
    }


KNIGHTS = [
    # "сэр" opening the sentence or after an office is no office of its own
    ("Сэр Ричард Брэнсон прибыл в Найроби на переговоры с правительством Кении.",
     "Ричард Брэнсон", set()),
    ("Посол Великобритании в Японии сэр Джулия Лонгботтом вручила грамоты.",
     "Джулия Лонгботтом", {("посол", "state/GBR")}),
    # must not: the office before the knight's name stays his
    ("Министр иностранных дел Великобритании сэр Дэвид Лэмми прибыл в Варшаву.",
     "Дэвид Лэмми", {("министр иностранных дел", "state/GBR")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "expected"), KNIGHTS)
def test_knights_hold_no_office_sir(read, text: str, name: str, expected: set) -> None:  # noqa: ANN001
    """The person of that name holds, by the text, the offices expected, "сэр" none."""
    assert _offices(read(text), name) == expected


QUEENS = [
    # a woman's given name after her rank, in the rank's case, though the dictionary knows
    # the word only as a man's name's form or a common noun
    ("Президент Чили встретился в Сантьяго с королевой Максимой.", {"Максима": 1}),
    ("Президент Чили вручил королеве Максиме орден Заслуг.", {"Максима": 1}),
    # a monarch's rank opening the sentence is no word of the name
    ("Королеве Сильвии вручили орден в Хельсинки.", {"Сильвия": 1}),
    ("Король Абдалла принял в Эр-Рияде делегацию Египта.", {"Абдалла": 1}),
    ("Королева Елизавета II прибыла в Оттаву.", {"Елизавета II": 1}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), QUEENS)
def test_names_after_ranks(read, text: str, expected: dict[str, int]) -> None:  # noqa: ANN001
    """Each person's name → how many mentions name them."""
    ex = read(text)
    names = {e.key: e.name for e in ex.entities if e.type == "Person"}
    assert dict(Counter(names[m.entity] for m in ex.mentions if m.entity in names)) == expected


RANKED = [
    # the rank opening the sentence is the holder's title
    ("Королеве Сильвии вручили орден в Хельсинки.", "Сильвия", {("королева", "")}),
    ("Король Абдалла принял в Эр-Рияде делегацию Египта.", "Абдалла", {("король", "")}),
    # must not: a capitalised word inside a sentence before a first name and a surname may
    # be her surname written first ("Королёва")
    ("Президент Вьетнама встретился с Королевой Анной Ивановой.", "Анна Иванова", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "expected"), RANKED)
def test_ranks_opening_sentences(read, text: str, name: str, expected: set) -> None:  # noqa: ANN001
    """The person of that name holds, by the text, the rank opening the sentence."""
    assert _offices(read(text), name) == expected
