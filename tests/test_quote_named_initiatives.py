"""A name in quotes after a naming noun of a policy ("поддерживает инициативу «Один пояс,
один путь»") is a name, no one's words
(`title_nouns.txt`); words quoted after a colon stay a quote even where they speak of an
initiative (seventieth pass, h-names158; own sentences about Thailand, Iran, India, Egypt)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

NAMES = [
    "Анвар Чинават заявил, что Таиланд поддерживает инициативу «Один пояс, один путь».",
    "Аббас Арагчи заявил, что Иран поддерживает инициативу «Мир, безопасность, развитие».",
    "Джайшанкар сказал, что Индия приветствует инициативу «Один мир, одна семья».",
]

QUOTES = [
    (
        "Министр Ирана Аббас Арагчи заявил: «Мы поддерживаем эту инициативу».",
        "Мы поддерживаем эту инициативу",
    ),
    ("Министр Египта Бадр Абдель Ати сказал: «Инициатива нужна всем».", "Инициатива нужна всем"),
]


@pytest.mark.parametrize("text", NAMES)
def test_named_initiative_is_no_quote(
    said: Callable[[str], list[tuple[str, str]]], text: str
) -> None:
    assert said(text) == []


@pytest.mark.parametrize(("text", "words"), QUOTES)
def test_words_on_an_initiative_stay_a_quote(
    said: Callable[[str], list[tuple[str, str]]], text: str, words: str
) -> None:
    assert [w for _, w in said(text)] == [words]
