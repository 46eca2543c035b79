"""A state's adjective that is a word of a known body's name is no mention of the state
when the body is none of a state's own: a university ("в Колумбийском университете": no
Colombia), a society ("Американского физического общества"), a newspaper ("«Советский
спорт»"), a league. A state's own body keeps its state ("Советская армия"), and an
adjective outside any name is still the state ("колумбийская сторона"). Own sentences about
Chile, Peru, Estonia, Latvia, Canada and Mexico (h-links71)."""

from __future__ import annotations

import pytest

from kg.model import Document


def _states(analyse, text: str) -> list[str]:
    ctx = analyse(Document(id="t", text=text, date="2024-05-01"))
    return [ctx.entities[m.entity].name for m in ctx.mentions if m.type == "State"]


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Перуанский физик Хуан Перес преподаёт в Колумбийском университете. Президент Чили "
         "посетил Перу.", ["Чили", "Перу"]),
        ("Премию Американского физического общества получил учёный из Канады, сообщили в "
         "Мексике.", ["Канада", "Мексика"]),
        ("«Я не хочу туда ехать», – цитирует Мендосу «Советский спорт». Сборная Эстонии "
         "обыграла Латвию.", ["Эстония", "Латвия"]),
        ("Он перешёл в Американскую хоккейную лигу. Канада и Мексика подписали договор.",
         ["Канада", "Мексика"]),
        # must-not: a state's own body, and an adjective of no name
        ("Советская армия вошла в Эстонию в 1940 году.", ["СССР", "Эстония"]),
        ("Колумбийская сторона вручила ноту протеста послу Перу.", ["Колумбия", "Перу"]),
        ("Канадские власти выслали посла Мексики.", ["Канада", "Мексика"]),
    ],
)  # fmt: skip
def test_a_state_adjective_inside_a_name_is_no_state(analyse, text, states):
    assert _states(analyse, text) == states
