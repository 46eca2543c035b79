"""Claims: counts of times ("пять раз участвовал", "трижды посетил"), numbers that are no
claims (an age, an hour of the day, an ordinal), a cue word in a participle clause that is
not the count's status, money verbs of sale and fines name, a written metre, hyphenated
units, "проходило N месяцев", an act's object and whom it is done to."""

from __future__ import annotations

from decimal import Decimal

import pytest
import spacy
from claim_runs import claim_rows
from spacy.tokens import Doc

from kg.extract.claims.times import times_metric

_FIELDS = ("metric", "value", "unit", "status")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (  # the act of the predicate with its complement
            "Министр иностранных дел Чили пять раз участвовал в переговорах с Перу.",
            [("участие в переговорах с Перу", Decimal(5), "раз", "actual")],
        ),
        (  # an act with no complement
            "Премьер Норвегии трижды посетил Польшу.",
            [("визит", Decimal(3), "раз", "actual")],
        ),
        (
            "Фильм польского режиссёра дважды номинировали на «Оскар».",
            [("номинация на «Оскар»", Decimal(2), "раз", "actual")],
        ),
        (  # no act: the predicate's object
            "Спасатели Эквадора шесть раз проводили учения на границе с Колумбией.",
            [("учения на границе с Колумбией", Decimal(6), "раз", "actual")],
        ),
        (  # the parse hangs the first count on the second predicate across the comma
            "Дипломат Боливии был женат трижды, дважды разводился.",
            [("развод", Decimal(2), "раз", "actual")],
        ),
        (  # an act with its object in the genitive
            "Сборная Перу шесть раз выигрывала Суперкубок Анд.",
            [("победа Суперкубка Анд", Decimal(6), "раз", "actual")],
        ),
        (  # … not with a place where it happened
            "Посол Чили дважды терял сознание в Лиме.",
            [("потеря сознания", Decimal(2), "раз", "actual")],
        ),
        (  # a person is whom the act is done to, not what it counts
            "Владельца автобуса из Эквадора трижды штрафовали.",
            [("штраф", Decimal(3), "раз", "actual")],
        ),
        ("Полиция Эквадора дважды допрашивала свидетеля.", []),
        # must-nots: a rate, a title, the parts of a ratio
        ("Делегации Чили и Перу встречаются два раза в год.", []),
        ("Генерал из Польши — дважды Герой Советского Союза.", []),
        (
            "Цены на газ в Польше выросли в 2-3 раза.",
            [("рост цен", Decimal(2), "раз", "actual"), ("рост цен", Decimal(3), "раз", "actual")],
        ),
        (  # "необходимые" tells what the refugees did, not the count's status
            "Число беженцев из Венесуэлы, получивших необходимые документы в Колумбии, "
            "выросло до 20 тысяч.",
            [("беженцы", Decimal(20000), "беженец", "actual")],
        ),
        (  # must not: a cue outside the participle clause is the count's
            "Число партий Перу, подавших документы, должно составить не менее пяти.",
            [("партии", Decimal(5), "партия", "target")],
        ),
        (  # money a verb of sale or of a fine says what it is
            "На аукционе в Вене рукопись композитора из Чехии продана за 140 тысяч евро.",
            [("цена рукописи композитора", Decimal(140000), "EUR", "actual")],
        ),
        (
            "Федерация оштрафовала боксёра из Польши на 50 тысяч долларов.",
            [("штраф", Decimal(50000), "USD", "actual")],
        ),
        (  # must not: what is sold or fined, counted, stays a count
            "Промоутер из Польши продал 40 тысяч билетов на бой в Литве.",
            [("билеты на бой", Decimal(40000), "билет", "actual")],
        ),
        (
            "Таможня Литвы оштрафовала 12 перевозчиков из Латвии.",
            [("перевозчики", Decimal(12), "перевозчик", "actual")],
        ),
        (  # a written metre
            "Расстояние от границы Польши до трассы должно быть более 100 м.",
            [("расстояние", Decimal(100), "метр", "target")],
        ),
        (  # an unknown hyphenated noun counts its parts' lemmas
            "У посла Дании в Швеции две дочери-близнеца.",
            [("дочери-близнецы", Decimal(2), "дочь-близнец", "actual")],
        ),
        (  # a hyphenated noun whose first part is no name of the same thing declines its last
            "Прошлым летом Австрия закупила в Чехии 40 тысяч хот-догов.",
            [("хот-доги", Decimal(40000), "хот-дог", "actual")],
        ),
        (  # must not: two names of one thing decline both
            "Радио Бельгии поставило в эфир 20 песен-хитов из Нидерландов.",
            [("песни-хиты", Decimal(20), "песня-хит", "actual")],
        ),
        (  # a verb of lasting names what lasts
            "Лечение посла Мексики в Гватемале проходило около трёх месяцев.",
            [("продолжительность лечения посла", Decimal(3), "месяц", "actual")],
        ),
        (  # must not: the time that passed lasts nothing of its own
            "С визита президента Мексики в Гватемалу прошло три года.",
            [("срок", Decimal(3), "год", "actual")],
        ),
    ],
)
def test_claim_rows(analyse, text, rows):
    assert claim_rows(analyse, text, _FIELDS) == rows


@pytest.mark.parametrize(
    "text",
    [
        "Посол Венгрии скончался на 81 году жизни.",  # an age
        "Обстрел границы Армении произошёл около 6 часов утра 3 мая.",  # an hour
        "Полиция Бельгии ищет мужчину лет 30 высокого роста.",  # a person's age
        "Сборные Италии и Испании не владели мячом три первых 10 секунд.",  # an ordinal
    ],
)
def test_ages_hours_and_ordinals_are_no_claims(analyse, text):
    assert claim_rows(analyse, text, _FIELDS) == []


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    """A parse as given, for rules that guard against the parser's slips."""
    lemmas = {"разводилась": "разводиться", "замужем": "замужем", "раз": "раз"}
    return Doc(
        spacy.blank("ru").vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=[lemmas.get(w, w.lower()) for w in words],
    )


def test_a_count_of_times_does_not_leap_a_comma():
    # "Была замужем шесть раз, пять раз разводилась", the first count hung on the second verb
    doc = _parsed(
        ["Была", "замужем", "шесть", "раз", ",", "пять", "раз", "разводилась", "."],
        [1, 1, 3, 7, 7, 6, 7, 1, 1],
        ["cop", "ROOT", "nummod:gov", "obl", "punct", "nummod:gov", "obl", "conj", "punct"],
        ["AUX", "ADV", "NUM", "NOUN", "PUNCT", "NUM", "NOUN", "VERB", "PUNCT"],
    )
    assert times_metric(doc[3]) is None
    assert times_metric(doc[6]) == ("развод", "развод")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a mass noun of goods stays singular, where the dictionary's plural is another sense
        ("Чили трижды поставляло медь в Китай.", [("медь", Decimal(3), "раз", "actual")]),
        ("Иран пять раз отгружал нефть в Индию.", [("нефть", Decimal(5), "раз", "actual")]),
        ("Монголия трижды продавала уголь Японии.", [("уголь", Decimal(3), "раз", "actual")]),
        # must-not: a countable object is counted in the plural
        (
            "Египет дважды закупал тепловозы у Венгрии.",
            [("тепловозы", Decimal(2), "раз", "actual")],
        ),
    ],
)
def test_mass_goods_stay_singular(analyse, text, rows):
    assert claim_rows(analyse, text, _FIELDS) == rows
