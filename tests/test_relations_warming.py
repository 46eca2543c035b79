"""A warming of relations told as come is a change the levels hold ("потепление отношений"),
also one "между" two states; one that only may come, is expected, hoped or called for is
none (h-relations32's own sentences)."""

from __future__ import annotations

import pytest

WARMING = "потепление отношений"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts: a warming come, by its noun or its verb
        ("Произошло потепление в отношениях Греции и Турции.",
         {("state/GRC", "state/TUR", WARMING)}),
        ("Наметилось потепление в отношениях Чили и Боливии.",
         {("state/BOL", "state/CHL", WARMING)}),
        ("Потепление отношений между Чили и Аргентиной продолжается.",
         {("state/ARG", "state/CHL", WARMING)}),
        ("На фоне потепления в отношениях Греции и Турции стороны подписали соглашение.",
         {("state/GRC", "state/TUR", WARMING)}),
        ("Отношения между Индией и Китаем потеплели.", {("state/CHN", "state/IND", WARMING)}),
        # a change is the ground of what only may come: it has come
        ("На фоне ухудшения отношений с Китаем Индия может ввести новые пошлины.",
         {("state/CHN", "state/IND", "ухудшение отношений")}),
        # must-nots: the subject of "может" (was "потепление отношений", "ухудшение …")
        ("Может начаться потепление в отношениях Чили и Боливии.", set()),
        ("Может наступить потепление в отношениях Греции и Турции.", set()),
        ("Может произойти ухудшение отношений между Индией и Пакистаном.", set()),
        # must-nots: hoped, called for, denied, of the climate
        ("Эксперты надеются на потепление в отношениях Греции и Турции.", set()),
        ("Президент призвал к потеплению отношений между Грецией и Турцией.", set()),
        ("Потепления в отношениях Индии и Китая не произошло.", set()),
        ("Потепление климата угрожает Чили и Аргентине.", set()),
        # musts: a warming or cooling "между" two states, with no "в отношениях" (was none)
        ("Между Грецией и Турцией наметилось потепление.", {("state/GRC", "state/TUR", WARMING)}),
        ("Наблюдается заметное потепление между Индией и Китаем.",
         {("state/CHN", "state/IND", WARMING)}),
        ("Между Грецией и Турцией наметилось охлаждение.",
         {("state/GRC", "state/TUR", "охлаждение отношений")}),
        ("Греция и Турция подписали соглашение. Потепление между двумя странами стало заметным.",
         {("state/GRC", "state/TUR", WARMING)}),
        # must-nots: hoped, called for, ahead, expected, not seen, of no states, of weather
        ("Эксперты надеются на потепление между Грецией и Турцией.", set()),
        ("Президент призвал к потеплению между Индией и Китаем.", set()),
        ("Между Грецией и Турцией может наступить потепление.", set()),
        ("Похолодание между Чили и Аргентиной ожидается на следующей неделе.", set()),
        ("Ожидается улучшение отношений между Индией и Китаем.", set()),
        ("Потепления между Индией и Китаем не наблюдается.", set()),
        ("Потепление между армией и полицией продолжается.", set()),
        ("Резкое похолодание накрыло Чили и Аргентину.", set()),
    ],
)  # fmt: skip
def test_a_warming_come(levels, text, found):
    assert levels(text) == found
