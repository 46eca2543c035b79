"""A tension between two states is the tone of their relations, "в отношениях" or not
("напряжённость между X и Y" → "напряжённые отношения"; h-relations31's own sentences)."""

from __future__ import annotations

import pytest
from relation_runs import level_rows


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    return lambda text: level_rows(analyse, text)


TENSE_CHL_PER = {("state/CHL", "state/PER", "напряженные отношения")}
TENSE_IND_PAK = {("state/IND", "state/PAK", "напряженные отношения")}
TENSE_HRV_SRB = {("state/HRV", "state/SRB", "напряженные отношения")}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must: a tension between two states by name, on the noun or on its verb
        ("Напряжённость между Чили и Перу усилилась.", TENSE_CHL_PER),
        ("Между Чили и Перу сохраняется напряжённость.", TENSE_CHL_PER),
        ("В последние месяцы нарастает напряжённость между Сербией и Хорватией.",
         TENSE_HRV_SRB),
        ("Рост напряжённости между Индией и Пакистаном беспокоит соседей.", TENSE_IND_PAK),
        # … or between "двумя странами" of a sentence that names the pair
        ("Министр Индии прибыл в Пакистан на фоне напряжённости между двумя странами.",
         TENSE_IND_PAK),
        ("Эксперты отмечают натянутость между Сербией и Хорватией.",
         {("state/HRV", "state/SRB", "натянутые отношения")}),
        # must-nots: none, one that may only come, one eased or averted
        ("Между Сербией и Хорватией нет напряжённости.", set()),
        ("Напряжённости между Сербией и Хорватией не наблюдается.", set()),
        ("Инцидент может вызвать напряжённость между Сербией и Хорватией.", set()),
        ("Стороны договорились о снижении напряжённости между Индией и Пакистаном.", set()),
        ("Президенты призвали избежать напряжённости между Индией и Пакистаном.", set()),
        ("Напряжённость между Сербией и Хорватией ослабла.", set()),
        # must-nots: at a border (a region's state, not the relations), between no states,
        # held before what ended it, of a past century or a war
        ("На границе между Индией и Пакистаном сохраняется напряжённость.", set()),
        ("Напряжённость на границе между Индией и Пакистаном сохраняется.", set()),
        ("Напряжённость между армией и полицией Пакистана усилилась.", set()),
        ("После многолетней напряжённости между Сербией и Хорватией страны восстановили "
         "диалог.", set()),
        ("Напряжённость между Сербией и Хорватией в XIX веке привела к войне.", set()),
        ("Напряжённость между Францией и Германией во время Второй мировой войны была "
         "огромной.", set()),
    ],
)  # fmt: skip
def test_a_tension_between_two_states_is_their_relations_tone(read, text, found):
    assert read(text) == found
