"""A lone surname that many Spanish and Portuguese speakers share ("Чавесу", "Лопеса",
"Фернандесу") in a text that names no such person in full, gives no title beside it and
names no state the gazetteer's namesake served, is no famous namesake: a person of its own,
no QID (forty-sixth pass, h-names88; own sentences about Chile, Peru, Canada, Mexico). A
surname the gazetteer knows alone in a text of that person's state, one of no such common
surname ("Путин", "Эрдоган", "Мадуро"), and the namesake the text names in full keep their
links."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction


def _linked(ex: Extraction) -> dict[str, str]:
    """Each person mention's text → its person's key."""
    keys = {e.key for e in ex.entities if e.type == "Person"}
    return {m.text: m.entity for m in ex.mentions if m.entity in keys}


@pytest.mark.parametrize(
    ("text", "mention", "wrong"),
    [
        ("Президент Перу позвонил Чавесу накануне визита в Чили.", "Чавесу", "person/Q8440"),
        (
            "Полиция Чили допросила Фернандеса после матча со сборной Перу.",
            "Фернандеса",
            "person/alberto-fernandez",
        ),
        (
            "Посол Канады встретился в Мехико с Лопесом, владельцем местной фермы.",
            "Лопесом",
            "person/Q40715",
        ),
    ],
)
def test_common_surname_alone_is_no_famous_namesake(
    run: Callable[[str], Extraction], text: str, mention: str, wrong: str
) -> None:
    linked = _linked(run(text))
    assert mention in linked
    assert linked[mention] != wrong


@pytest.mark.parametrize(
    ("text", "mention", "key"),
    [
        # must: a surname of no common kind, alone, with or without its state named
        ("Путин заявил, что Россия готова к переговорам с Египтом.", "Путин", "person/Q7747"),
        (
            "Эрдоган прибыл в Каир. Турция и Египет подписали соглашение.",
            "Эрдоган",
            "person/recep-tayyip-erdogan",
        ),
        (
            "Мадуро обвинил Колумбию в провокациях. Венесуэла закрыла границу.",
            "Мадуро",
            "person/Q58132",
        ),
        # must: the namesake's state named: he is that state's
        (
            "Власти Аргентины и Чили провели переговоры. Фернандес заявил о новом договоре.",
            "Фернандес",
            "person/alberto-fernandez",
        ),
        # must: named in full before
        (
            "Президент Венесуэлы Уго Чавес прибыл в Лиму. Президент Перу вручил Чавесу орден.",
            "Чавесу",
            "person/Q8440",
        ),
    ],
)
def test_known_surname_alone_keeps_its_link(
    run: Callable[[str], Extraction], text: str, mention: str, key: str
) -> None:
    assert _linked(run(text))[mention] == key
