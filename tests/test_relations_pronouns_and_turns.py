"""Levels told with pronouns and in a transcript's turns: "они" standing for the relations
of the sentence before ("Отношения между X и Y были установлены в 1971 году. В 2023 году они
были повышены до уровня стратегического партнёрства": that pair's level of 2023), a level a
present clause takes up by "его" holds since its date ("В 2008 году … установили
стратегическое партнёрство, и сегодня мы выводим его на новый уровень"), and "наши страны"
in a turn are the two speakers' states. Must-nots: "они" of something else, relations of no
two states, a pronoun of another noun, a past or future taking up, a war's allies. Own
sentences about other pairs (fifty-sixth pass, h-relations56)."""

from __future__ import annotations

import pytest
from relation_runs import dated_rows

SP = "стратегическое партнерство"
CHL_VNM = ("state/CHL", "state/VNM")
GRC_CYP = ("state/CYP", "state/GRC")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts: "они"/"их" stand for the relations of the sentence before (were none)
        ("Дипломатические отношения между Чили и Вьетнамом были установлены в 1971 году. "
         "В 2023 году они были повышены до уровня стратегического партнёрства.",
         # diplomatic relations set up long ago stand beside the partnership raised later
         # (sixty-fifth pass, h-relations67: a raise no longer ends them)
         {(*CHL_VNM, SP, "2023"), (*CHL_VNM, "дипломатические отношения", "1971")}),
        ("Отношения Греции и Кипра развиваются динамично. В 2024 году они вышли на уровень "
         "стратегического партнёрства.", {(*GRC_CYP, SP, "2024")}),
        ("Отношения между Грецией и Кипром развиваются динамично. Сегодня они носят характер "
         "стратегического партнёрства.", {(*GRC_CYP, SP, "2026-03-12")}),
        # "двусторонние" relations taken up are the report's pair
        ("Президент Чили прибыл во Вьетнам. Двусторонние отношения развиваются динамично. В "
         "2024 году они вышли на уровень стратегического партнёрства.", {(*CHL_VNM, SP, "2024")}),
        # must-nots: "они" of something else than the relations
        ("Японские и филиппинские компании создали совместное предприятие в 2019 году. В 2023 "
         "году они вывели сотрудничество на уровень стратегического партнёрства.", set()),
        ("Президенты Чили и Вьетнама провели переговоры. В 2023 году они были повышены до "
         "уровня стратегического партнёрства.", set()),
        # must-not: relations of a side that is no state
        ("Отношения между Данией и Гренландией были установлены давно. В 2023 году они были "
         "повышены до уровня стратегического партнёрства.", set()),
        # musts: a level a present clause takes up by "его" holds since its date (was none)
        ("В 2008 году Чили и Перу установили стратегическое партнёрство, и сегодня мы успешно "
         "развиваем его.", {("state/CHL", "state/PER", SP, "2008")}),
        # must-nots: taken up in the past, a war's
        ("В 2008 году Чили и Перу установили стратегическое партнёрство, а в 2015 году "
         "заморозили его.", set()),
        # a level set up long ago that nothing later ends holds since then (sixty-second
        # pass, `relations.held`), whatever a future or another noun's pronoun says after it
        ("В 2008 году Чили и Перу установили стратегическое партнёрство, и в будущем мы "
         "выведем его на новый уровень.", {("state/CHL", "state/PER", SP, "2008")}),
        ("В 2008 году Чили и Перу установили стратегическое партнёрство и подписали договор о "
         "торговле, и сегодня мы выполняем его.", {("state/CHL", "state/PER", SP, "2008")}),
        ("В 1942 году Чили и Перу стали союзниками по антигитлеровской коалиции, и сегодня мы "
         "помним его.", set()),
        ("В 2008 году Чили и Перу стали стратегическими партнёрами.", set()),
    ],
)  # fmt: skip
def test_a_level_told_with_a_pronoun(analyse, text, found):
    assert dated_rows(analyse, text, "2026-03-12") == found


HEAD = "Заявления для прессы по итогам переговоров\n\n{city}, 3 февраля 2026 года.\n\n"
EGYPT = "Абдель Фаттах ас-Сиси (Президент Египта)"
INDONESIA = "Прабово Субианто (Президент Индонезии)"
CHILE = "Габриэль Борич (Президент Чили)"
PERU = "Дина Болуарте (президент Перу)"


def _transcript(city: str, first: str, said: str, second: str) -> str:
    return (
        HEAD.format(city=city)
        + f"{first}: Уважаемый господин Президент! Дамы и господа!\n\n{said}\n\n"
        + f"{second}: Благодарю вас за тёплый приём.\n\nМы ценим наше сотрудничество.\n"
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a turn's "наши страны" are the two speakers' states, not the third ones named most
        # (was Libya–Sudan)
        (_transcript("Каир", EGYPT, "Мы обсудили положение в Судане и в Ливии. Судан и Ливия – "
                     "наши соседи, и мир в Судане важен для всего региона. В 2022 году наши "
                     "страны установили стратегическое партнёрство.", INDONESIA),
         {("state/EGY", "state/IDN", SP, "2022")}),
        # a level established long ago that the turn takes up today (was none)
        (_transcript("Сантьяго", CHILE, "Чили и Перу – давние партнёры. В 2008 году наши страны "
                     "установили стратегическое партнёрство, и сегодня мы выводим его на новый "
                     "уровень.", PERU),
         {("state/CHL", "state/PER", SP, "2008")}),
        # set up long ago with nothing later ending it: held since then (sixty-second pass,
        # `relations.held`; were none by the ten-year rule), a future taking up or not
        (_transcript("Сантьяго", CHILE, "В 2008 году наши страны установили стратегическое "
                     "партнёрство.", PERU), {("state/CHL", "state/PER", SP, "2008")}),
        (_transcript("Сантьяго", CHILE, "В 2008 году наши страны установили стратегическое "
                     "партнёрство, и завтра мы выведем его на новый уровень.", PERU),
         {("state/CHL", "state/PER", SP, "2008")}),
    ],
)  # fmt: skip
def test_a_level_in_a_turn(analyse, text, found):
    assert dated_rows(analyse, text, "2026-02-03") == found
