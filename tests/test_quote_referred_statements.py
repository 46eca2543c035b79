"""An outlet's report "со ссылкой на заявление X" / "на слова X": the words are X's, the one
whose statement the outlet refers to, as with "со ссылкой на X"; a body's statement ("на
заявление МИД Y") is no one person's, not the last person named (quotes39)."""

from __future__ import annotations

import pytest

STEPS = "Анкара не примет односторонних шагов Афин"
FIDAN = "министра иностранных дел Турции Хакана Фидана"


@pytest.mark.parametrize(
    ("before", "words", "source", "speaker"),
    [
        ("", STEPS, f"Hürriyet со ссылкой на заявление {FIDAN}", "Хакан Фидан"),
        (
            "",
            "Буэнос-Айрес рассчитывает на кредит Бразилии",
            "Clarín со ссылкой на слова министра экономики Аргентины Луиса Капуто",
            "Луис Капуто",
        ),
        # must-not: a ministry's statement, after a sentence naming its minister
        (
            "Министр иностранных дел Турции Хакан Фидан прибыл в Афины. ",
            STEPS,
            "Hürriyet со ссылкой на заявление МИД Турции",
            "",
        ),
    ],
)
def test_a_statement_referred_to_is_its_owners(
    said, before: str, words: str, source: str, speaker: str
) -> None:
    expected = [(speaker, words)] if speaker else []
    assert said(f"{before}«{words}», — пишет газета {source}.") == expected
