"""A head of state or government named again by the office noun and its genitive ("— заявил
глава кабинета министров Индии", "Глава итальянского правительства написала:") is the one
person named before of that state whose title has the office (epithets.tsv, keyed by the
genitive's lemma); no one where the state's holder was not named (quotes32)."""

from __future__ import annotations

import pytest

MELONI = (
    "Премьер-министр Италии Джорджа Мелони встретилась с президентом Алжира Абдельмаджидом "
    "Теббуном. "
)
GAS = "Алжир — стратегический партнер Италии в энергетике"
TEBBOUNE = "\n\nТеббун выразил надежду на рост поставок газа."
LULA = "Президент Бразилии Луис Инасиу Лула да Силва принял премьер-министра Индии Нарендру Моди. "
TRADE = "Мы удвоим торговлю между нашими странами к 2030 году"
THANKS = "\n\nЛула поблагодарил Моди за визит."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MELONI + f"Глава итальянского правительства написала в Telegram: «{GAS}»." + TEBBOUNE,
         [("Джорджа Мелони", GAS)]),
        (LULA + f"«{TRADE}», — заявил глава кабинета министров Индии." + THANKS,
         [("Нарендра Моди", TRADE)]),
        # must-not: no one named holds the office of that state
        (LULA + f"«{TRADE}», — заявил глава правительства Египта." + THANKS, []),
        (MELONI + f"Глава тунисского государства написал в Telegram: «{GAS}»." + TEBBOUNE, []),
    ],
)  # fmt: skip
def test_a_head_named_again_by_the_office(said, text, expected):
    assert said(text) == expected


CHAMBER = (
    "Президент Торгово-промышленной палаты Польши Марек Ковальский встретился с послом Литвы. "
)
BANK = "Председатель правления банка PKO Польши Збигнев Ягелло встретился с послом Литвы. "
MINISTERS = (
    "Министр обороны Польши Томаш Семоняк встретился с министром обороны Литвы Юозасом Олекасом. "
)
BRANCH = "Мы откроем отделение в Вильнюсе"
FLANK = "Мы усилим присутствие на восточном фланге"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "глава"/"руководитель" and the genitive of the body the person's title names
        (CHAMBER + f"«{BRANCH}», — цитирует слова руководителя палаты агентство PAP.",
         [("Марек Ковальский", BRANCH)]),
        (BANK + f"«{BRANCH}», — заявил глава банка.", [("Збигнев Ягелло", BRANCH)]),
        ("Министр обороны Польши Томаш Семоняк посетил Литву. "
         f"«{FLANK}», — приводит слова главы ведомства агентство PAP.",
         [("Томаш Семоняк", FLANK)]),
        # must-not: another body, two heads of one, or no body at all
        (BANK + f"«{BRANCH}», — заявил глава компании.", []),
        (MINISTERS + f"«{FLANK}», — заявил глава ведомства.", []),
        ("Директор завода в Гданьске Марек Кухцинский посетил Вильнюс. "
         f"«{FLANK}», — сказал руководитель.", []),
    ],
)  # fmt: skip
def test_a_head_named_again_by_the_body(said, text, expected):
    assert said(text) == expected
