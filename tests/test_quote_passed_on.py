"""An outlet that "передаёт"/"приводит" words "со ссылкой на X" passes on X's words, in a
lead-in ("Как передаёт агентство Y со ссылкой на заявление X, «…»") or a tail ("«…», —
передаёт агентство Y со ссылкой на X"), as "сообщает" does; a source that is no named
person (a ministry's statement, unnamed sources) leaves them no one's (quotes39)."""

from __future__ import annotations

import pytest

GAS = "Бразилия начнёт закупать аргентинский газ уже этой зимой"
MINISTER = "министра энергетики Бразилии Алешандре Силвейры"
STEPS = "Анкара не примет односторонних шагов Афин"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Как передаёт агентство Anadolu со ссылкой на заявление министра иностранных дел "
            f"Турции Хакана Фидана, «{STEPS}».",
            [("Хакан Фидан", STEPS)],
        ),
        (
            f"«{GAS}», — передаёт агентство Telam со ссылкой на {MINISTER}.",
            [("Алешандре Силвейра", GAS)],
        ),
        # must-not: no person is the source, whoever was named before
        (
            "Министр энергетики Бразилии Алешандре Силвейра прибыл в Буэнос-Айрес. Как передаёт "
            f"агентство Telam со ссылкой на заявление Минэнерго Бразилии, «{GAS}».",
            [],
        ),
        (
            f"Как передаёт агентство Telam со ссылкой на источники в правительстве, «{GAS}».",
            [],
        ),
    ],
)
def test_passed_on_words_are_the_sources(said, sentence: str, expected: list) -> None:
    assert said(sentence) == expected
