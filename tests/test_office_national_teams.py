"""A national team's player, forward or coach ("Игрок сборной Бразилии X") plays for the
team, no state's office: the title keeps its words, no state; a state's own office before a
name still serves it (sentences about Brazil–Uruguay, France–Belgium, Spain–Portugal)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_offices import holdings

from kg.model import Extraction

GIVEN = [
    ("Игрок сборной Бразилии Винисиус Жуниор забил два мяча в ворота Уругвая.",
     "Винисиус Жуниор", "игрок", ""),
    ("Нападающий сборной Франции Рауль Мбенгу пропустит матч с Бельгией.", "Рауль Мбенгу",
     "нападающий", ""),
    ("Главный тренер сборной Испании Луис де ла Фуэнте назвал состав на матч с Португалией.",
     "Луис де ла Фуэнте", "главный тренер", ""),
    # must stay: a state's minister and ambassador serve the state
    ("Министр спорта Бразилии Андре Фуфука встретился с послом Аргентины Карлосом Руисом.",
     "Андре Фуфука", "министр спорта", "state/BRA"),
    ("Министр спорта Бразилии Андре Фуфука встретился с послом Аргентины Карлосом Руисом.",
     "Карлос Руис", "посол", "state/ARG"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "office", "state"), GIVEN)
def test_a_team_title_serves_no_state(
    run: Callable[[str], Extraction], text: str, name: str, office: str, state: str
) -> None:
    held = holdings(run(text)).get(name, set())
    assert (office, state) in held
    assert all(s == state for _, s in held)
