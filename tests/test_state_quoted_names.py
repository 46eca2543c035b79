"""A state's name (a noun, not only an adjective) that is a word of a quoted name of
capitalised words ("«Литературная Россия»", "в «Новой Эстонии»", "«Голос Канады»") is the
paper's or the body's name, no mention of the state, with or without a kind's noun before
the quotes. A quoted sentence ("«Эстония поддержит Латвию»"), a quoted state alone, a
match or summit ("«Чили — Перу»") and a state outside the quotes stay. Own sentences about
Chile, Peru, Estonia, Latvia, Canada and Mexico (h-fix42)."""

from __future__ import annotations

import pytest

from kg.model import Document


def _states(analyse, text: str) -> list[str]:
    ctx = analyse(Document(id="t", text=text, date="2024-05-01"))
    return [ctx.entities[m.entity].name for m in ctx.mentions if m.type == "State"]


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Об этом пишет «Новая Эстония». Президент Чили посетил Перу.", ["Чили", "Перу"]),
        ("Статья вышла в «Свободной Канаде». Президент Чили посетил Перу.", ["Чили", "Перу"]),
        ("Интервью дал «Голосу Мексики» министр. Президент Чили посетил Перу.",
         ["Чили", "Перу"]),
        # must not: a quoted sentence, a match, a state alone in quotes, one outside them
        ("«Эстония поддержит Латвию», — заявил министр.", ["Эстония", "Латвия"]),
        ("Матч «Чили — Перу» закончился вничью.", ["Чили", "Перу"]),
        ("Президент Канады прибыл в Мексику.", ["Канада", "Мексика"]),
    ],
)  # fmt: skip
def test_a_state_in_a_quoted_name_is_no_mention(analyse, text: str, states: list[str]) -> None:  # noqa: ANN001
    assert _states(analyse, text) == states
