"""A woman's foreign surname in a consonant stays as written in an event's label when only
her first name tells she is a woman (a listed one the dictionary lacks or reads as another
word: "Мая", "Санна", "Керсти"); a man's declines, a Russian woman's takes her ending.
Sentences of our own, must-nots beside the musts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.events import Event

_DAY = "2026-03-12"

# (text, words the planned meeting's label holds, words it must not)
LABELS = [
    ("Стороны договорились, что министры обороны Чили и Перу Мая Фернандес и Вальтер "
     "Астудильо встретятся в августе в Лиме.", ["Маи Фернандес", "Вальтера Астудильо"],
     ["Фернандеса"]),
    ("Премьер-министр Финляндии Санна Виртанен и премьер-министр Швеции Ульф Берг "
     "встретятся в мае в Стокгольме.", ["Санны Виртанен", "Ульфа Берга"], ["Виртанена"]),
    ("Министры иностранных дел Эстонии и Латвии Керсти Тамм и Андрис Озолс встретятся в июне "
     "в Риге.", ["Керсти Тамм", "Андриса Озолса"], ["Тамма"]),
    # must-nots: a man's foreign surname declines, a woman's the dictionary knows stays, a
    # Russian woman's takes her ending
    ("Президент Испании Карлос Фернандес и президент Мексики Хорхе Ривас встретятся в мае "
     "в Мадриде.", ["Карлоса Фернандеса", "Хорхе Риваса"], []),
    ("Канцлер Германии Олаф Шольц и министр иностранных дел Швеции Анна Линде встретятся в "
     "мае в Берлине.", ["Олафа Шольца", "Анны Линде"], []),
    ("Министр культуры Белоруссии Мария Иванова и министр культуры Сербии Милан Петрович "
     "встретятся в июне в Белграде.", ["Марии Ивановой", "Милана Петровича"], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "inside", "outside"), LABELS)
def test_women_surnames_in_labels(
    events: Callable[..., list[Event]], text: str, inside: list[str], outside: list[str]
) -> None:
    (planned,) = [e for e in events(text, _DAY) if e.status == "planned"]
    assert all(words in planned.label for words in inside), planned.label
    assert not any(words in planned.label for words in outside), planned.label
