"""Papers with no state side: a coalition's paper is its parties' whatever their names say
("ХДС и СДПГ подписали коалиционное соглашение"), and its leaders sign it for their parties,
not for a state; a deal of named firms or schools is theirs. Sentences of our own about other
pairs, with must-nots."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, status, parties, signatories) of each agreement kg reads."""
    return lambda text: agreement_rows(analyse, text, "2025-04-10")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a coalition's paper: its sides are parties by what it is, not by "партия" in a name
        ("ХДС и СДПГ подписали коалиционное соглашение.",
         {("Коалиционное соглашение", "signed", ("org/Q49762", "org/sdpg"), ())}),
        ("ХДС и СДПГ договорились о создании коалиции.",
         {("Договорённость о создании коалиции", "signed", ("org/Q49762", "org/sdpg"), ())}),
        ("Австрийская народная партия и СПА подписали коалиционный договор.",
         {("Коалиционный договор", "signed", ("org/avstriyskaya-narodnaya-partiya", "org/spa"),
           ())}),
        # firms', schools' and clubs' deals are their named sides' (the gold's convention)
        ("Газпром и CNPC подписали соглашение о поставках газа.",
         {("Соглашение о поставках газа", "signed", ("org/cnpc", "org/gazprom"), ())}),
        ("Университет Токио и Университет Сеула заключили договор о студенческом обмене.",
         {("Договор о студенческом обмене", "signed",
           ("org/universitet-seula", "org/universitet-tokio"), ())}),
        ("Федерация футбола Испании и УЕФА подписали меморандум о сотрудничестве.",
         {("Меморандум о сотрудничестве", "signed",
           ("org/Q35572", "org/federatsiya-futbola-ispanii"), ())}),
    ],
)  # fmt: skip
def test_a_coalitions_paper_is_its_parties(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # leaders sign a coalition's paper for their parties, or for no one kg names
        ("Лидер ХДС Фридрих Мерц и лидер СДПГ Ларс Клингбайль подписали коалиционное "
         "соглашение.",
         {("Коалиционное соглашение", "signed", ("org/Q49762", "org/sdpg"),
           ("person/friedrich-merz", "person/lars-klingbayl"))}),
        ("Коалиционное соглашение подписали Фридрих Мерц и Ларс Клингбайль.",
         {("Коалиционное соглашение", "signed", (),
           ("person/friedrich-merz", "person/lars-klingbayl"))}),
        ("Энтони Албаниз и Адам Бандт подписали коалиционное соглашение.",
         {("Коалиционное соглашение", "signed", (),
           ("person/adam-bandt", "person/entoni-albaniz"))}),
        # a title of a state signs a coalition's paper for its state, of a body for the body
        ("Президент Франции Эмманюэль Макрон и премьер-министр Великобритании Кир Стармер "
         "подписали декларацию о создании коалиции желающих.",
         {("Декларация о создании коалиции", "signed", ("state/FRA", "state/GBR"),
           ("person/Q3052772", "person/keir-starmer"))}),
        ("Канцлер Австрии Карл Нехаммер и премьер-министр Чехии Петр Фиала подписали "
         "декларацию о создании оборонной коалиции.",
         {("Декларация о создании оборонной коалиции", "signed", ("state/AUT", "state/CZE"),
           ("person/karl-nekhammer", "person/petr-fiala"))}),
        ("Генеральный директор МАГАТЭ Рафаэль Гросси и президент Ирана Масуд Пезешкиан "
         "подписали коалиционное соглашение.",
         {("Коалиционное соглашение", "signed", ("org/iaea", "state/IRN"),
           ("person/masoud-pezeshkian", "person/rafael-grossi"))}),
        # must not: a person of no state beside a leader: still none
        ("Эрдоган и бизнесмен Петров подписали соглашение о сотрудничестве.", set()),
        # firms' heads sign for their firms
        ("Глава Газпрома Алексей Миллер и председатель CNPC Дай Хоулян подписали соглашение о "
         "поставках газа.",
         {("Соглашение о поставках газа", "signed", ("org/cnpc", "org/gazprom"),
           ("person/Q467644", "person/day-khoulyan"))}),
    ],
)  # fmt: skip
def test_leaders_sign_a_coalitions_paper_for_their_parties(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a party whose name opens with "Партия" signs for itself, not for its state
        ("Лейбористская партия и Партия зелёных Новой Зеландии подписали соглашение о "
         "сотрудничестве.",
         {("Соглашение о сотрудничестве", "signed",
           ("org/leyboristskaya-partiya", "org/partiya-zelenykh-novoy-zelandii"), ())}),
        ("Партия регионов Украины и Компартия Украины подписали соглашение о создании коалиции.",
         {("Соглашение о создании коалиции", "signed",
           ("org/Q1122797", "org/partiya-regionov-ukrainy"), ())}),
        # must not: a state's body still stands for its state
        ("Министерство финансов Греции и ЕС продлили соглашение о кредитной поддержке.",
         {("Соглашение о кредитной поддержке", "mentioned", ("org/eu", "state/GRC"), ())}),
        ("Правительство Вьетнама и ЕС подписали соглашение о защите инвестиций.",
         {("Соглашение о защите инвестиций", "signed", ("org/eu", "state/VNM"), ())}),
    ],
)  # fmt: skip
def test_a_party_named_partiya_is_no_body_of_its_state(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "Партия «X»": the party its quoted name names signs, with one coordinated after it
        ("Партия «Фидес» и ХДНП заключили коалиционное соглашение.",
         {("Коалиционное соглашение", "signed", ("org/fides", "org/khdnp"), ())}),
        ("Партия «Гражданская платформа» и партия «Левица» подписали коалиционное соглашение.",
         {("Коалиционное соглашение", "signed", ("org/Q1021381", "org/levitsa"), ())}),
        # must not: a state's unnamed parties are still no side
        ("Партии Нидерландов заключили коалиционное соглашение.",
         {("Коалиционное соглашение", "signed", (), ())}),
    ],
)  # fmt: skip
def test_a_party_word_signs_by_its_quoted_name(read, text, found):
    assert read(text) == found
