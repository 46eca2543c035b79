"""A Latin name annotators linked to an item whose Russian label spells it by sound, "ай" and
"ей" for English "i" and "ai" ("Тайм" of "Time", "Дейли мейл" of "Daily Mail"), is one of its
names; own names of papers and firms, not of the evaluation texts."""

from __future__ import annotations

from kg.data.build_links import build
from kg.data.links_table import Item
from kg.gazetteer import Gazetteer


def _names(items: list[Item]) -> dict[str, str]:
    _, rows, _ = build(items, Gazetteer([]))
    return {r[2]: r[3] for r in rows}


def test_a_latin_name_spelt_by_sound_is_a_name_of_the_item() -> None:
    """Must not: a Latin form of other words, of a part of the name, of more words."""
    items = [
        Item("Q7400001", "ORGANIZATION", "Файн лайн", 2, ("Fine Line", "Файн лайн")),
        Item("Q7400002", "ORGANIZATION", "Дейли найт", 2, ("Daily Night", "Дейли найт")),
        Item("Q7400003", "ORGANIZATION", "Тайд", 3, ("Tide", "Тайд", "«Тайд»")),
        Item("Q7400004", "ORGANIZATION", "Брайт сайд", 2, ("Night Side", "Брайт сайд")),
        Item("Q7400005", "ORGANIZATION", "Уайд лайн", 2, ("Line", "Уайд лайн")),
        Item("Q7400006", "ORGANIZATION", "Найк", 3, ("Nike Group Europe", "Найк", "«Найк»")),
    ]
    assert _names(items) == {
        "Файн лайн": "Fine Line",
        "Дейли найт": "Daily Night",
        "Тайд": "Tide",
        "Брайт сайд": "",
        "Уайд лайн": "",
        "Найк": "",
    }
