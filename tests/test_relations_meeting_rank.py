""" "На высшем уровне" of a meeting is the rank of those who meet, no level of relations;
"на высоком уровне" and "на новый уровень" of the relations name no level word either
(h-relations32's own sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must-nots: a level noun a meeting's rank governs (was "союз", "партнерство")
        ("Греция и Кипр провели встречу на высоком уровне союза.", set()),
        ("Переговоры на высшем уровне союза Индии и Бразилии прошли в Дели.", set()),
        ("Чили и Аргентина провели саммит на высшем уровне партнёрства.", set()),
        # must-nots: a meeting's rank, and a height or a newness of the relations that the
        # levels lexicon has no word for
        ("Встреча на высшем уровне между Индией и Бразилией прошла в Нью-Дели.", set()),
        ("Визит на высшем уровне Греции и Кипра завершился подписанием соглашений.", set()),
        ("Отношения между Чили и Аргентиной находятся на высоком уровне.", set()),
        ("Отношения Индии и Бразилии вышли на новый уровень.", set()),
        ("Греция и Кипр вывели отношения на новый качественный уровень.", set()),
        # musts: the relations' own level after "уровень", and a level beside a meeting
        ("Отношения между Чили и Аргентиной находятся на высоком уровне партнёрства.",
         {("state/ARG", "state/CHL", "партнерство")}),
        ("Греция и Кипр вывели отношения на новый уровень партнёрства.",
         {("state/CYP", "state/GRC", "партнерство")}),
        ("Отношения Греции и Кипра находятся на высоком уровне союзничества.",
         {("state/CYP", "state/GRC", "союзничество")}),
        ("Индия и Бразилия провели встречу на высшем уровне и подтвердили стратегическое "
         "партнёрство.", {("state/BRA", "state/IND", "стратегическое партнерство")}),
    ],
)  # fmt: skip
def test_a_meetings_rank_is_no_level(levels, text, found):
    assert levels(text) == found
