"""A woman named in the accusative ("поздравил Эвику Силиню") has her nominative name and
key, so a nominative mention of her joins the same person, whichever comes first; a foreign
woman's first name the dictionary lacks tells her gender with no verb to tell it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.context import Context
from kg.model import Document
from kg.resolve.gender import person_gender


def _persons(analyse: Callable[..., Context], text: str) -> dict[str, tuple[str, str]]:
    ctx = analyse(Document(id="t", text=text))
    return {
        e.name: (k, person_gender(ctx.doc, ctx.mentions, k, e.name))
        for k, e in ctx.entities.items()
        if e.type == "Person" and not e.office.startswith("президент")
    }


@pytest.mark.parametrize(
    ("text", "name", "key", "gender"),
    [
        ("Президент Литвы поздравил Эвику Силиню с назначением.", "Эвика Силиня",
         "person/evika-silinya", "femn"),
        ("Президент Литвы поздравил Эвику Силиню с назначением. Эвика Силиня поблагодарила "
         "его.", "Эвика Силиня", "person/evika-silinya", "femn"),
        ("Президент Эстонии поздравил Тарью Халонен с назначением.", "Тарья Халонен",
         "person/tarya-khalonen", "femn"),
        ("Президент Эстонии поздравил Санну Марин с назначением.", "Санна Марин",
         "person/sanna-marin", "femn"),
        # must-not: a man's name and a woman's surname that keeps its "-ю" stay as written
        ("Президент Литвы поздравил Никиту Силиня с назначением.", "Никита Силинь",
         "person/nikita-silin", "masc"),
    ],
)  # fmt: skip
def test_accusative(analyse, text: str, name: str, key: str, gender: str) -> None:
    persons = _persons(analyse, text)
    assert persons.get(name) == (key, gender), persons
