"""A woman named after a title whose verb agrees with the title ("Премьер-министр Латвии
Эвика Силиня заявил"): Russian news lets a masculine title take a masculine verb whoever
holds it, so such a verb tells nothing of her; her first name does (a woman's the dictionary
knows in the nominative, or a foreign one listed as a woman's). Her gender then serves the
quotes ("— сказала премьер-министр", "Она добавила"). A man's name under the same title
stays a man's, and a name that tells no sex keeps the verb's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.context import Context
from kg.model import Document
from kg.resolve.gender import person_gender

WORDS = "«Наши страны будут сотрудничать и дальше»"


def _gender(analyse: Callable[..., Context], text: str, surname: str) -> str:
    ctx = analyse(Document(id="t", text=text))
    (key,) = [k for k, e in ctx.entities.items() if e.type == "Person" and surname in e.name]
    return person_gender(ctx.doc, ctx.mentions, key, ctx.entities[key].name)


@pytest.mark.parametrize(
    ("text", "surname", "gender"),
    [
        # a woman's first name the dictionary knows under a title's masculine verb
        ("Министр иностранных дел Литвы Ингрида Шимоните заявил, что Вильнюс поддержит Ригу.",
         "Шимоните", "femn"),
        ("Президент Молдавии Майя Санду отметил, что Кишинёв готов к переговорам.",
         "Санду", "femn"),
        # a foreign woman's name the dictionary lacks or reads as a man's genitive
        ("Премьер-министр Латвии Эвика Силиня заявил журналистам, что Рига поддержит Таллин.",
         "Силиня", "femn"),
        ("Министр иностранных дел Австралии Пенни Вонг отметил, что Канберра готова к "
         "диалогу с Веллингтоном.", "Вонг", "femn"),
        ("Премьер-министр Финляндии Санна Марин заявил, что Хельсинки поддержит Таллин.",
         "Марин", "femn"),
        # must-not: a man's name under the same title stays a man's
        ("Премьер-министр Эстонии Кристен Михал заявил, что Таллин поддержит Ригу.",
         "Михал", "masc"),
        ("Министр иностранных дел Литвы Кястутис Будрис заявил, что Вильнюс поддержит Ригу.",
         "Будрис", "masc"),
        # must-not: a name men and women bear alike keeps the verb's gender
        ("Министр юстиции Италии Андреа Орландо заявил, что Рим поддержит Мадрид.",
         "Орландо", "masc"),
        # must-not: a man's verb whose subject is her name itself is no title's agreement
        ("Эвика Силиня заявил журналистам, что Рига поддержит Таллин.", "Силиня", "masc"),
    ],
)  # fmt: skip
def test_gender_under_a_title(analyse, text: str, surname: str, gender: str) -> None:
    assert _gender(analyse, text, surname) == gender


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # her pronoun and her title's feminine verb find her
        ("Премьер-министр Латвии Эвика Силиня заявил, что Рига поддержит Таллин. Она "
         f"добавила: {WORDS}.", "Силиня"),
        ("Министр иностранных дел Австралии Пенни Вонг отметил, что Канберра готова к "
         f"диалогу. {WORDS}, — сказала министр.", "Вонг"),
        # must-not: a man under the same title is no "она"
        ("Премьер-министр Эстонии Кристен Михал заявил, что Таллин поддержит Ригу. Он "
         f"добавил: {WORDS}.", "Михал"),
    ],
)  # fmt: skip
def test_her_quotes(said, text: str, speaker: str) -> None:
    found = [who for who, words in said(text) if "сотрудничать" in words]
    assert len(found) == 1 and speaker in found[0], found
