"""Ranks and forms of address around names, on sentences of our own about other states
(the UK, Kenya, the UAE, Japan, Poland): a knight's "сэр" is a form of address, never an
office, so the office before it stays the holder's."""

from __future__ import annotations

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
