"""A genitive name the parser hangs on the subject as its apposition across a genitive title
("сестра президента Перу Педро Кастильо дала интервью") names the title's holder, whose kin
or staff the subject is: that holder gives no interview and does not die. A nominative name
after the same words is the subject's own ("заместитель министра Чили Хуан Перес").
States of our own choice (Peru, Chile)."""

from __future__ import annotations

import pytest

DAY = "2025-10-01"

HOLDER = [
    ("Сестра президента Перу Педро Кастильо дала интервью газете El Comercio.", "pedro"),
    ("Жена президента Перу Педро Кастильо скончалась в Лиме.", "pedro"),
]  # fmt: skip

OWN_NAME = [
    # must-not: the name is the subject's own
    ("Президент Перу Педро Кастильо дал интервью газете El Comercio.", "pedro"),
    ("Заместитель министра иностранных дел Чили Хуан Перес дал интервью газете El Mercurio.",
     "khuan"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), HOLDER)
def test_the_titles_holder_takes_no_part(events, text: str, name: str) -> None:
    assert not [p for e in events(text, DAY) for p in e.participants if name in p]


@pytest.mark.parametrize(("text", "name"), OWN_NAME)
def test_the_subjects_own_name_takes_part(events, text: str, name: str) -> None:
    assert [p for e in events(text, DAY) for p in e.participants if name in p]
