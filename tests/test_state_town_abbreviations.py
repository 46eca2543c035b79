"""A capital after the abbreviation "г."/"гор." of "город" ("Г.Москва заявила", "г. Вильнюс
и г. Рига подписали") that acts is its government: the parse makes the abbreviation the
subject and hangs the city on it, so the city had been read as a word of a name and the
state lost. After a preposition, a city's noun or as a verb's object it stays the town ("в
г. Минске", "жители г. Минска"); a year's "г." keeps the reading it had. Sentences of our
own about Belarus–Poland, Serbia–Hungary, the Baltic states, Argentina (forty-ninth pass,
h-names97)."""

from __future__ import annotations

import pytest
from fact_reads import capitals
from gazetteer_runs import shipped_reader


@pytest.fixture(scope="module")
def mentions():
    return shipped_reader()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Г.Минск заявил протест Варшаве.", {"Минск": "state/BLR", "Варшаве": "state/POL"}),
        ("Г. Варшава ответила Минску.", {"Варшава": "state/POL", "Минску": "state/BLR"}),
        ("Г.Белград заявил, что Будапешт нарушил договор.",
         {"Белград": "state/SRB", "Будапешт": "state/HUN"}),
        ("Вчера г. Будапешт заявил, что Сербия нарушила договор.", {"Будапешт": "state/HUN"}),
        ("Гор. Белград направил ноту Будапешту.",
         {"Белград": "state/SRB", "Будапешту": "state/HUN"}),
        ("Г. Вильнюс и г. Рига подписали соглашение.",
         {"Вильнюс": "state/LTU", "Рига": "state/LVA"}),
        ("Г. Буэнос-Айрес ответил Сантьяго.",
         {"Буэнос-Айрес": "state/ARG", "Сантьяго": "state/CHL"}),
        ("По словам министра, г.Варшава не признает выборы в Белоруссии.",
         {"Варшава": "state/POL"}),
        # must not: the town after a preposition, a city's noun; a year's "г."
        ("Министр Польши прибыл в г. Минск.", {}),
        ("Жители г. Минска встретили делегацию Польши.", {}),
        ("Делегация Сербии провела неделю в г.Будапеште.", {}),
        ("В 2020 г. Минск заявил протест Варшаве.", {"Минск": "state/BLR", "Варшаве": "state/POL"}),
    ],
)  # fmt: skip
def test_a_capital_after_the_town_abbreviation(mentions, text: str, named) -> None:
    assert capitals(text, mentions) == named
