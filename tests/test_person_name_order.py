"""A man's first name before a surname the dictionary knows only as a woman's first name is
not reversed ("Министр внутренних дел Эквадора Карлос Моран" → "Карлос Моран"); a surname
before a first name of the person's sex still is (names71; own sentences about Ecuador,
Bolivia, Colombia, Peru). A lone word between a person's noun and a full name is another
person's, the genitive owner ("слова адвоката Фухимори Альберто Рейеса")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Министр внутренних дел Эквадора Карлос Моран заявил о сотрудничестве с Колумбией.",
         {"Карлос Моран"}),
        ("Министр иностранных дел Боливии Карлос Моран прибыл в Лиму. Карлоса Морана "
         "встретили в аэропорту.", {"Карлос Моран"}),
        # must not: a surname first before a first name of the person's sex
        ("Петров Иван прибыл в Лиму.", {"Иван Петров"}),
        ("Смит Анна заявила о сотрудничестве с Колумбией.", {"Анна Смит"}),
    ],
)  # fmt: skip
def test_name_order(run: Callable[[str], Extraction], text: str, expected) -> None:  # noqa: ANN001
    assert person_names(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Как сообщает агентство, слова адвоката Фухимори Альберто Рейеса подтвердили в суде "
         "Перу.", {"Альберто Рейес", "Фухимори"}),
        # must not: a surname before a first name and patronymic is one person's
        ("Командир Петров Иван Сергеевич прибыл в Лиму.", {"Иван Сергеевич Петров"}),
    ],
)  # fmt: skip
def test_owner_apart(run: Callable[[str], Extraction], text: str, expected) -> None:  # noqa: ANN001
    assert person_names(run(text)) == expected
