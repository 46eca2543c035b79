"""Seasons and crop years across two calendar years, sums received in the future (a
forecast, named by the verb, never by their currency), owners a sentence's capital opens (no
name's capital), the growth of an economy (its GDP's), and foreign names in "-а" after a
vowel, which decline not ("доля голосов Даниэля Нобоа")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "status")
M = Decimal(10) ** 6


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sum to arrive: a forecast, named by the verb, not by its currency
        (
            "Первые 200 млн долларов поступят в бюджет Египта в октябре.",
            [("поступления", 200 * M, "USD", "forecast")],
        ),
        (
            "Остальные 1,5 млрд евро поступят Сербии до конца 2026 года.",
            [("поступления", 1500 * M, "EUR", "forecast")],
        ),
        # ... the sum after the verb, the receiver before it
        (
            "В бюджет Марокко в мае поступят первые 300 млн евро.",
            [("поступления", 300 * M, "EUR", "forecast")],
        ),
        (
            "В казну Перу до конца года поступят ещё 2 млрд долларов.",
            [("поступления", 2000 * M, "USD", "forecast")],
        ),
        # must-not: the destination names the sum where no verb does
        (
            "В бюджет Марокко на оборону заложено 5 млрд евро.",
            [("бюджет", 5000 * M, "EUR", "actual")],
        ),
        # must-not: a past receipt stays a fact
        (
            "В марте Тунису поступили 300 млн евро.",
            [("поступления", 300 * M, "EUR", "actual")],
        ),
        # a sentence's capital on a common noun of a body is no name's
        (
            "Армия Ливана получила от Катара 60 млн долларов.",
            [("полученная сумма армии Ливана", 60 * M, "USD", "actual")],
        ),
        (
            "Правительство Сербии потратило на закупку вакцин 40 млн евро.",
            [("расходы правительства Сербии", 40 * M, "EUR", "actual")],
        ),
        # must-not: a ministry's name keeps its capital
        (
            "Министерство обороны Индии потратит 2 млрд долларов на закупку истребителей.",
            [("расходы Министерства обороны Индии", 2000 * M, "USD", "target")],
        ),
        # an economy's growth is its GDP's
        (
            "Рост экономики Кении в прошлом году достиг 4,6 %, сообщило статистическое ведомство.",
            [("рост ВВП", Decimal("4.6"), "percent", "actual")],
        ),
        (
            "По прогнозу МВФ, рост экономики Египта в 2026 году составит 4,5 %.",
            [("рост ВВП", Decimal("4.5"), "percent", "forecast")],
        ),
        (
            "Экономический рост в Чили в 2024 году составил 2,6 %.",
            [("рост ВВП", Decimal("2.6"), "percent", "actual")],
        ),
        (
            "Экономика Марокко выросла на 3,2 % в 2024 году.",
            [("рост ВВП", Decimal("3.2"), "percent", "actual")],
        ),
        # must-not: an economy a preposition governs is no measure
        (
            "Рост инвестиций в экономику Сербии составил 12 %.",
            [("рост инвестиций", Decimal(12), "percent", "actual")],
        ),
        (
            "Инвестиции Японии в экономику Вьетнама составили 20 млрд долларов.",
            [("инвестиции", 20000 * M, "USD", "actual")],
        ),
        # a foreign name's "-а" after a vowel declines not
        (
            "Президент Эквадора Даниэль Нобоа получил 55,6 % голосов.",
            [("доля голосов Даниэля Нобоа", Decimal("55.6"), "percent", "actual")],
        ),
        (
            "Бывший президент Рафаэль Корреа набрал 40 % голосов.",
            [("доля голосов Рафаэля Корреа", Decimal(40), "percent", "actual")],
        ),
        # a man's surname the tagger misreads as oblique still declines
        (
            "В первом туре лидировал Джордже Симион с результатом 40,9 %.",
            [("доля голосов Джордже Симиона", Decimal("40.9"), "percent", "actual")],
        ),
        # must-not: one after a consonant declines
        (
            "Кандидат правящей партии Данило Медина набрал 51 % голосов.",
            [("доля голосов Данило Медины", Decimal(51), "percent", "actual")],
        ),
    ],
)
def test_rows(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, period",
    [
        ("В сезоне 2024/25 Бразилия экспортировала 38 млн тонн сои.", "2024/2025"),
        ("В сезоне 2022-2023 Индия закупила у Бразилии 1,2 млн тонн сахара.", "2022/2023"),
        ("В 2024/25 маркетинговом году Египет импортировал 12 млн тонн пшеницы.", "2024/2025"),
        # must-not: two years that do not follow each other are no season
        ("В сезоне 2023/25 Египет импортировал 12 млн тонн пшеницы.", ""),
    ],
)
def test_season_periods(analyse, text: str, period: str) -> None:
    assert claim_rows(analyse, text, ("period",)) == [(period,)]
