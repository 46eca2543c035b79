"""A coach's post of a club named in quotes after its place's adjective ("Главный тренер
мадридского «Реала» X", "сантьягского «Коло-Коло»") serves the club, the adjective no word of
the office; and a coaching participle after the name ("X, тренирующий лимский «Альянс»",
"Y, ныне возглавляющая сборную Мексики") gives the coach's post, of the club, of no body for
a national team (as "главный тренер сборной Испании X"). Not "тренирующий детей", nor
"возглавляющий МИД", nor "возглавлявший клуб" (its president may). Sentences of our own
(pass forty-five, h-offices50)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    ("Главный тренер сантьягского «Коло-Коло» Хорхе Гарсес стал лучшим тренером 2012 года. "
     "Его опередил главный тренер «Университарио» Рикардо Гарека.", "Гарсес",
     {("главный тренер", "org/kolo-kolo", False)}),
    ("Главный тренер лимского «Альянса» Хорхе Гарсес провёл пресс-конференцию.", "Гарсес",
     {("главный тренер", "org/alyans", False)}),
    ("Главный тренер бразильского «Фламенго» Луис Гомес провёл пресс-конференцию.", "Гомес",
     {("главный тренер", "org/flamengo", False)}),
    ("Хорхе Гарсес, тренирующий лимский «Альянс», провёл пресс-конференцию.", "Гарсес",
     {("тренер", "org/alyans", False)}),
    ("Хорхе Гарсес, тренировавший «Коло-Коло», посетил Лиму.", "Гарсес",
     {("тренер", "org/kolo-kolo", True)}),
    ("Мария Лопес, ныне возглавляющая сборную Мексики, провела сбор в Торонто.", "Лопес",
     {("главный тренер", "", False)}),
    # must-nots: the plain quoted club stays; a body after a noun keeps its noun's words;
    # no team, no coach
    ("Его опередил главный тренер «Университарио» Рикардо Гарека.", "Гарека",
     {("главный тренер", "org/universitario", False)}),
    ("Лидер эстонской партии «Исамаа» Урмас Рейнсалу посетил Ригу.", "Рейнсалу",
     {("лидер партии", "org/isamaa", False)}),
    ("Хорхе Гарсес, тренирующий детей в Лиме, посетил Сантьяго.", "Гарсес", set()),
    ("Луис Гомес, возглавляющий МИД Мексики, посетил Оттаву.", "Гомес", set()),
    ("Луис Гомес, возглавлявший клуб «Коло-Коло», посетил Лиму.", "Гомес", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_coachs_club(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
