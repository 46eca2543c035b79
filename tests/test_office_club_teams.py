"""A team's or club's post before a state's name ("Капитан команды Чили X", "тренер клуба
Перу X") serves the team, no state's office: the title keeps its words, no state; a state's
own body before a name still gives its state (sentences about Chile–Peru, Brazil–Paraguay)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_offices import holdings

from kg.model import Extraction

GIVEN = [
    ("Капитан команды Чили Артуро Видаль заявил, что матч с Перу будет трудным.",
     "Артуро Видаль", "капитан", ""),
    ("Капитан команды Бразилии Андрей Соколов пожаловался на судейство в Парагвае.",
     "Андрей Соколов", "капитан", ""),
    # must stay: a state's ministry and army serve the state
    ("Министр обороны Чили Мая Фернандес прибыла в Перу.", "Мая Фернандес",
     "министр обороны", "state/CHL"),
    ("Командующий армией Бразилии Томас Пайва посетил Парагвай.", "Томас Пайва",
     "командующий армией", "state/BRA"),
    # a team of no sport: its head serves the state (fix38f)
    ("Руководитель команды Египта Сэмех Шукри прибыл в Аддис-Абебу.",
     "Сэмех Шукри", "руководитель", "state/EGY"),
    ("Руководитель команды Индии Пиюш Гоял прибыл в Лондон на торговые переговоры.",
     "Пиюш Гоял", "руководитель", "state/IND"),
    # a sports team by its role or by the match the sentence speaks of
    ("Тренер команды Парагвая Густаво Альфаро недоволен судьями.",
     "Густаво Альфаро", "тренер", ""),
    ("Руководитель команды Египта Ахмед Хассан сказал, что матч с Суданом будет трудным.",
     "Ахмед Хассан", "руководитель", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "office", "state"), GIVEN)
def test_a_team_post_serves_no_state(
    run: Callable[[str], Extraction], text: str, name: str, office: str, state: str
) -> None:
    held = holdings(run(text)).get(name, set())
    assert (office, state) in held
    assert all(s == state for _, s in held)
