"""A verb of saying in a relative clause led by a preposition's "который" ("опубликовал
статью, в которой призвал к «…»", "выступил на форуме, на котором заявил: «…»"): like
"где", the clause has no subject of its own, so the words are the one's who published or
spoke there; no one's where the text is another person's (quotes39)."""

from __future__ import annotations

import pytest

DIALOGUE = "новому диалогу с Турцией без всяких предварительных условий"
MARKET = "Бразилия и Аргентина построят общий рынок за пять лет"


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Министр иностранных дел Греции Никос Дендиас опубликовал в газете статью, в "
            f"которой призвал к «{DIALOGUE}».",
            "Никос Дендиас",
            DIALOGUE,
        ),
        (
            "Президент Бразилии Луис Инасиу Лула да Силва выступил на форуме в Буэнос-Айресе, "
            f"на котором заявил: «{MARKET}».",
            "Луис Инасиу Лула да Силва",
            MARKET,
        ),
    ],
)
def test_prepositional_relative_clause_is_the_governors(
    said, text: str, speaker: str, words: str
) -> None:
    assert said(text) == [(speaker, words)]


@pytest.mark.parametrize(
    "text",
    [
        # a letter of another named person: its author or the reader, the text does not tell
        "Министр иностранных дел Греции Никос Дендиас прочитал письмо министра иностранных "
        f"дел Турции Хакана Фидана, в котором призвал к «{DIALOGUE}».",
        # the clause names its own subject, a body: no one person's words
        "Президент Бразилии Луис Инасиу Лула да Силва выступил на форуме, на котором "
        f"заявили: «{MARKET}».",
    ],
)
def test_prepositional_relative_clause_of_others_is_no_ones(said, text: str) -> None:
    assert said(text) == []
