"""A warming of relations told as come is a change the levels hold ("потепление отношений");
one that only may come, hoped or called for is none (h-relations32's own sentences)."""

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
    ],
)  # fmt: skip
def test_a_warming_come(levels, text, found):
    assert levels(text) == found
