"""An outlet's report "со ссылкой на заявление X" / "на слова X": the words are X's, the one
whose statement the outlet refers to, as with "со ссылкой на X"; a body's statement ("на
заявление МИД Y") is no one person's, not the last person named (quotes39)."""

from __future__ import annotations

import pytest

STEPS = "Анкара не примет односторонних шагов Афин"
CREDIT = "Буэнос-Айрес рассчитывает на кредит Бразилии"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"«{STEPS}», — пишет газета Hürriyet со ссылкой на заявление министра иностранных "
            "дел Турции Хакана Фидана.",
            [("Хакан Фидан", STEPS)],
        ),
        (
            f"«{CREDIT}», — пишет газета Clarín со ссылкой на слова министра экономики "
            "Аргентины Луиса Капуто.",
            [("Луис Капуто", CREDIT)],
        ),
        # must-not: a ministry's statement, after a sentence naming its minister
        (
            "Министр иностранных дел Турции Хакан Фидан прибыл в Афины. "
            f"«{STEPS}», — пишет газета Hürriyet со ссылкой на заявление МИД Турции.",
            [],
        ),
    ],
)
def test_a_statement_referred_to_is_its_owners(said, text: str, expected: list) -> None:
    assert said(text) == expected
