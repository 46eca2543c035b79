"""A state's name closing a body's name that the parse made the name's head ("Добровольцы
Красного Полумесяца Турции": "Полумесяца" hung on "Турции") stays a genitive as written; the
body's words decline alone ("Красный Полумесяц Турции",
            "state/TUR", was "Красная Полумесяц Турция"), and
its head noun names the society's state (was none).
Sixty-eighth pass, h-orgs82; own sentences."""

from __future__ import annotations

import pytest
from fact_reads import org_states


@pytest.mark.parametrize(
    ("text", "mention", "name", "state"),
    [
        (
            "Добровольцы Красного Полумесяца Турции раздали продукты в Газе.",
            "Красного Полумесяца Турции",
            "Красный Полумесяц Турции",
            "state/TUR",
        ),
        (
            "Сотрудники Красного Полумесяца Египта работают в Судане.",
            "Красного Полумесяца Египта",
            "Красный Полумесяц Египта",
            "state/EGY",
        ),
        (
            "Сотрудники Красного Креста Армении прибыли в Грузию.",
            "Красного Креста Армении",
            "Красный Крест Армении",
            "state/ARM",
        ),
        (
            "Добровольцы Красного Креста Непала помогли Бутану.",
            "Красного Креста Непала",
            "Красный Крест Непала",
            "state/NPL",
        ),
        # must-nots: a state's body the parse heads rightly, a state of two words
        (
            "Сотрудники Национального банка Грузии прибыли в Ереван.",
            "Национального банка Грузии",
            "Национальный банк Грузии",
            "state/GEO",
        ),
        (
            "Делегация Министерства иностранных дел Южной Кореи прибыла в Ханой.",
            "Министерства иностранных дел Южной Кореи",
            "Министерство иностранных дел Южной Кореи",
            "state/KOR",
        ),
    ],
)
def test_state_after_a_body_stays_its_genitive(
    extraction_of, text: str, mention: str, name: str, state: str
) -> None:
    assert (mention, name, state) in org_states(extraction_of(text, "2026-12-03"))
