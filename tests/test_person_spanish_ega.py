"""A Spanish surname in "-ега" ("Ортега", "Вега", "Норьега") written in the genitive
("Карлоса Ортеги", "Хорхе Веги") comes back to its "-ега", also where the document never
writes the nominative and where the first name never declines; a foreign surname's own
"-и" stays (names87, forty-sixth pass; own sentences about Peru, Chile, Panama)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Задержание журналиста Карлоса Ортеги вызвало протест Перу.", "Карлос Ортега"),
        ("Задержание журналиста Хорхе Ортеги вызвало протест Чили.", "Хорхе Ортега"),
        ("Визит Хорхе Веги в Перу продлился два дня.", "Хорхе Вега"),
        ("Сторонники Мануэля Норьеги вышли на улицы Панамы.", "Мануэль Норьега"),
        ("Визит Марии Ортеги в Чили продлился два дня.", "Мария Ортега"),
    ],
)
def test_ega_genitive(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # must not: an Italian surname's own "-и", a nominative "-ега"
        ("Визит Антонио Бьянки в Чили продлился два дня.", "Антонио Бьянки"),
        ("Министр обороны Чили Хорхе Вега прибыл в Лиму.", "Хорхе Вега"),
    ],
)
def test_own_endings_kept(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))
