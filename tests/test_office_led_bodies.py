"""A body named as led by a name ("Национальный союз горняков Чили (НСГ) во главе с Карлосом
Мендосой", "Профсоюз «Портовики» под руководством Марии Сото") gives the name the office
"глава" of that body; not a delegation, a state, a body a preposition takes ("Исследователи
из Университета Чили под руководством X": the researchers are led), nor a name with its own
title after the phrase. Sentences of our own (pass forty-six, h-offices54)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    ("Национальный союз горняков Чили (НСГ) во главе с Карлосом Мендосой направил письмо в "
     "правительство.", "Мендоса", {("глава", "org/natsionalnyy-soyuz-gornyakov-chili", False)}),
    ("Профсоюз «Портовики» под руководством Марии Сото провел забастовку в Вальпараисо.",
     "Сото", {("глава", "org/portoviki", False)}),
    ("Партия «Ээсти 200» во главе с Кристиной Каллас победила на выборах в Эстонии.", "Каллас",
     {("глава", "org/eesti-200", False)}),
    # must-nots
    ("Делегация Перу во главе с Хосе Пересом прибыла в Сантьяго.", "Перес", set()),
    ("Исследователи из Университета Чили под руководством Марии Сото открыли новый вид.",
     "Сото", set()),
    ("Правительство Египта во главе с премьером Ахмедом Саидом ушло в отставку.", "Саид",
     {("премьер-министр", "state/EGY", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_body_led_by_a_name(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
