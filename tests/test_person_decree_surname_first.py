"""A decree's verb natasha glues before a name written surname first (fifty-second pass,
h-names106; sentences of our own about Moldova–Romania): "1 Отрешить X Y Z" gave two
persons, "X" and "Y Z", read as two full names side by side. A first name and patronymic
that agree with the surname before them are one person's name. Must-not: two full names
glued into one span stay two."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons

from kg.model import Extraction

# sentence → mention → the person kg names
DECREES = {
    "1 Отрешить Соколова Александра Викторовича от должности посла Молдавии в Румынии.": {
        "Соколова Александра Викторовича": "Александр Викторович Соколов"
    },
    "2 Освободить Соколова Александра Викторовича от должности посла Молдавии в Румынии.": {
        "Соколова Александра Викторовича": "Александр Викторович Соколов"
    },
    "1 Наградить Соколова Александра Викторовича орденом Молдавии.": {
        "Соколова Александра Викторовича": "Александр Викторович Соколов"
    },
    # must-not: two full names in one span are two persons
    "Соглашение Молдавии и Румынии подписали Ольянта Умала Мишель Бачелет.": {
        "Ольянта Умала": "Ольянта Умала",
        "Мишель Бачелет": "Мишель Бачелет",
    },
}


@pytest.mark.parametrize("text", DECREES)
def test_decree_name_surname_first(run: Callable[[str], Extraction], text: str) -> None:
    assert mention_persons(run(text)) == DECREES[text]
