"""A first name as written that is also a city ("Сантьяго") and a capitalised word, closing a
sentence right after a finite verb, that natasha tags as one place are a person's name
("Президент Бразилии принял Сантьяго Пенью." gave no person). Not the object of a verb of
visiting ("Делегация посетила Сантьяго Атитлан."), nor a place alone ("посетил Сантьяго").
Seventy-first pass, h-names159; own sentences about Brazil–Paraguay, Colombia–Chile,
Spain–Guatemala."""

from __future__ import annotations

import pytest

CASES = [
    ("Президент Бразилии принял Сантьяго Пенью.", "Сантьяго"),
    ("Вчера президент Колумбии в своей резиденции принял Сантьяго Мартинеса.", "Сантьяго"),
    ("Президент Колумбии встретил Сантьяго Мартинеса.", "Сантьяго"),
    # must not: a verb of visiting, a place alone
    ("Делегация Испании посетила Сантьяго Атитлан.", ""),
    ("Министр Испании посетил Сантьяго.", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "first"), CASES)
def test_name_after_verb(extraction_of, text: str, first: str) -> None:
    ex = extraction_of(text, "2026-12-04", "offices")
    named = {e.name.split()[0] for e in ex.entities if e.type == "Person" and "Сантьяго" in e.name}
    assert named == ({first} if first else set())
