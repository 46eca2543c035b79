"""A man's first name alone joined by "и" to a woman's full name in the same case shares
her surname where men and women bear it alike ("Сергея и Юлии Скрипаль" → Сергей Скрипаль,
Юлия Скрипаль); a woman's Russian "-ова", "-ина" does not tell his ("Сергея и Юлии
Петровой": he stays "Сергей"), nor does a royal's ("принц Мартин и Анна Берг") (sentences
about Estonia, Latvia)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "his"),
    [
        ("Отравление Сергея и Юлии Скрипаль осудили Эстония и Латвия.", "Сергея"),
        ("Эстония осудила нападение на Сергея и Юлию Скрипаль.", "Сергея"),
        ("Латвия выразила сочувствие Сергею и Юлии Скрипаль.", "Сергею"),
    ],
)  # fmt: skip
def test_he_shares_her_surname(run: Callable[[str], Extraction], text: str, his: str) -> None:
    assert mention_persons(run(text))[his] == "Сергей Скрипаль"


@pytest.mark.parametrize(
    ("text", "his"),
    [
        ("Отравление Сергея и Юлии Петровой осудили Эстония и Латвия.", "Сергея"),
        ("Эстония осудила нападение на Сергея и Юлию Петрову.", "Сергея"),
    ],
)  # fmt: skip
def test_her_russian_surname_tells_not_his(
    run: Callable[[str], Extraction], text: str, his: str
) -> None:
    assert mention_persons(run(text))[his] == "Сергей"


@pytest.mark.parametrize(
    "text",
    [
        "В Таллин прибыли принц Мартин и Анна Берг из Латвии.",
        "Король Мартин и Анна Берг посетили Ригу.",
    ],
)  # fmt: skip
def test_a_royal_goes_by_his_first_name(run: Callable[[str], Extraction], text: str) -> None:
    assert mention_persons(run(text))["Мартин"] == "Мартин"
