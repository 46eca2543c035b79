"""A post of a parliament named by its own name ("спикер Сейма X", "председатель Меджлиса
X"), of no state: several states name theirs so, so a state the text names only in another
person's title ("… встретился с послом Польши") is no sign of its state (fifty-eighth pass,
h-names123; own sentences about Poland, Hungary, Greece). Must-nots: a state's own genitive
keeps its state; a common "спикер парламента" still takes the document's only state."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import offices_by_name

from kg.model import Extraction

CASES = [
    ("Посол Польши Томаш Новак встретился со спикером Сейма Саулюсом Скварнялисом.",
     "Саулюс Скварнялис", {"спикер "}),
    ("Посол Венгрии Петер Надь встретился с председателем Меджлиса Довлетом Аннаевым.",
     "Довлет Аннаев", {"председатель "}),
    # must not: the body's state in the genitive (the chamber's noun kept: sixty-sixth pass,
    # h-names148); a common parliament's noun
    ("Посол Польши Томаш Новак встретился со спикером Сейма Литвы Саулюсом Скварнялисом.",
     "Саулюс Скварнялис", {"спикер Сейма state/LTU"}),
    ("Посол Греции Никос Папас встретился со спикером парламента Йоргосом Линасом.",
     "Йоргос Линас", {"спикер парламента state/GRC"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "offices"), CASES)
def test_own_house_post_state(
    run: Callable[[str], Extraction], text: str, name: str, offices: set[str]
) -> None:
    assert offices_by_name(run(text), with_state=True).get(name) == offices
