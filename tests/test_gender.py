"""The readings of a person's gender in kg.resolve.gender: each first-name reading keeps its
nuance (known words only, any guess, a man's own readings only), and a document tells a
gender by a surname's forms or by its verbs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.context import Context
from kg.model import Document
from kg.resolve.gender import (
    first_name_gender,
    man_named,
    mention_tokens,
    predicate_gender,
    surname_gender,
    woman_named,
)

# first name: woman_named (known words), first_name_gender (any guess), man_named (own readings)
FIRST_NAMES = [
    ("Марина", True, "femn", False),
    ("Анны", True, "femn", False),
    ("Барак", False, "masc", True),
    ("Никита", False, "masc", True),
    ("Мишель", False, "masc", False),  # a man's and a woman's
    ("Кая", False, "masc", False),  # the guess is a man's, but an unknown name in -я is no man's
    ("Эмманюэль", False, "masc", True),  # a guess: a man's
    # names men and women bear alike, the dictionary's a woman's: no sex of their own
    ("Эммануэль", False, "", False),
    ("Нана", False, "", False),
    # must not: women's names stay women's
    ("Мария", True, "femn", False),
    ("Анна-Лена", False, "femn", False),
]


@pytest.mark.parametrize(("first", "woman", "guess", "man"), FIRST_NAMES)
def test_first_name_readings(first: str, woman: bool, guess: str, man: bool) -> None:
    assert (woman_named(first), first_name_gender(first), man_named(first)) == (woman, guess, man)


# text, person's surname, what the surname's forms tell, what the verbs tell
DOCUMENTS = [
    ("Йенс Андерсен прибыл в Осло. Переговоры с Андерсеном прошли успешно.", "Андерсен",
     "masc", "masc"),
    ("Премьер-министр Сигрид Хольмстрём прибыла в Осло. Переговоры с Сигрид Хольмстрём "
     "длились час.", "Хольмстрём", "femn", "femn"),
    # only the nominative: its forms tell nothing, its verb does
    ("Тарья Мякинен заявила журналистам, что визит состоится.", "Мякинен", "", "femn"),
    ("Луиш Соареш сказал, что Соареш встретится с коллегами.", "Соареш", "", "masc"),
    # a subject's surname the tagger reads as an oblique case tells nothing
    ("В первом туре лидировал Джордже Симион с результатом 40,9 %.", "Симион", "", "masc"),
    # must-not: a woman's unchanged surname after a preposition still tells
    ("Министр встретился с коллегой Сигрид Хольмстрём в Осло.", "Хольмстрём", "femn", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "forms", "verbs"), DOCUMENTS)
def test_document_readings(
    analyse: Callable[..., Context], text: str, surname: str, forms: str, verbs: str
) -> None:
    ctx = analyse(Document(id="g", text=text))
    key = next(m.entity for m in ctx.mentions if surname in ctx.doc.text[m.start : m.end])
    words = mention_tokens(ctx.doc, ctx.mentions, key)
    assert (surname_gender(words, surname), predicate_gender(words)) == (forms, verbs)
