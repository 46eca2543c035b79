"""Transcript turns end where the narrator reports the meeting in the third person ("По
итогам переговоров подписан …", "Затем президенты провели …"): those lines are nobody's
words, while a speaker's own past passive or plural goes on being the turn's."""

from __future__ import annotations

import pytest
from fact_reads import quoted_texts

TURNS = (
    "Йонас Гар Стёре: Мы рады приветствовать коллег из Дании в Осло.\n"
    "Метте Фредериксен: Спасибо. Мы готовы расширять сотрудничество в энергетике.\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "По итогам переговоров подписан меморандум о сотрудничестве в области ветроэнергетики.",
        "Были подписаны соглашения о торговле и рыболовстве.",
        "Затем президенты провели встречу в расширенном составе.",
        "Стороны также обсудили ситуацию в Арктике.",
        "По итогам переговоров подписан меморандум о ветроэнергетике.\nМеморандум о рыболовстве.",
    ],
)
def test_the_narrators_report_after_turns_is_no_quote(analyse, after):
    texts = quoted_texts(analyse, TURNS + after + "\n")
    assert texts == [
        "Мы рады приветствовать коллег из Дании в Осло.",
        "Спасибо. Мы готовы расширять сотрудничество в энергетике.",
    ]


@pytest.mark.parametrize(
    "after",
    [
        # must-not: the speaker's own words in the third person or the past
        "В прошлом году товарооборот вырос на десять процентов.",
        "Переговоры прошли в конструктивной атмосфере.",
        "Наши страны подписали важные соглашения.",
        # a passive the speaker goes on from in the first person
        "Подписан хороший пакет документов.\nМы договорились открыть новые рейсы.",
    ],
)
def test_the_speakers_own_report_stays_in_the_turn(analyse, after):
    texts = quoted_texts(analyse, TURNS + after + "\n")
    assert after.split("\n")[0] in texts
