"""Three or more states listed as the parties of a level are a group's level, no level of a
pair of them nor of one of them with the report's pair (h-relations32's own sentences)."""

from __future__ import annotations

import pytest
from relation_runs import PARTNERS


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must-nots: three subject states (was the pair of the two nearest the level)
        ("Индия, Бразилия и ЮАР укрепляют стратегическое партнёрство.", set()),
        ("Греция, Кипр и Египет являются стратегическими партнёрами.", set()),
        ("Греция, Кипр и Египет — стратегические партнёры.", set()),
        ("Чили, Аргентина и Уругвай стали союзниками.", set()),
        # nor with the state a report is about
        ("Премьер-министр Индии прибыл в Москву. Индия, Бразилия и ЮАР укрепляют "
         "стратегическое партнёрство.", set()),
        # must-nots: three parties of the level noun, genitive or "между"
        ("Стратегическое партнёрство Индии, Бразилии и ЮАР укрепляется.", set()),
        ("Отношения между Грецией, Кипром и Египтом вышли на уровень стратегического "
         "партнёрства.", set()),
        # musts: two subject states are the pair; a list with a partner is one pair each
        ("Греция и Кипр являются стратегическими партнёрами.",
         {("state/CYP", "state/GRC", PARTNERS)}),
        ("Отношения Чили и Аргентины вышли на уровень стратегического партнёрства.",
         {("state/ARG", "state/CHL", PARTNERS)}),
        ("Греция, Кипр и Египет развивают стратегическое партнёрство с Израилем.",
         {("state/CYP", "state/ISR", PARTNERS), ("state/EGY", "state/ISR", PARTNERS),
          ("state/GRC", "state/ISR", PARTNERS)}),
        ("Южная Корея, Япония и Австралия — союзники США.",
         {("state/AUS", "state/USA", "союзничество"), ("state/JPN", "state/USA", "союзничество"),
          ("state/KOR", "state/USA", "союзничество")}),
    ],
)  # fmt: skip
def test_listed_states_give_no_pair(levels, text, found):
    assert levels(text) == found
