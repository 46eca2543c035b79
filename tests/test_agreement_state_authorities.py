"""A state's authorities ("власти Того", "между властями Перу и Чили") and its government as
the state's side of a paper, also where the parse hangs the other state, in the nominative,
on the genitive ("Власти Нигера и Франция подписали"); local authorities of cities are no
state's side. Sentences of our own about other pairs of states, with must-nots."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document


@pytest.fixture(scope="module")
def sides(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, parties) of each agreement kg reads."""
    return lambda text: {
        (a.title, tuple(a.parties))
        for a in extract_agreements(analyse(Document(id="t", text=text, date="2025-03-14")))
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the authorities act for their state, as its government does
        ("Президент Ганы Нана Акуфо-Аддо и власти Того в понедельник подписали меморандум о "
         "строительстве порта.",
         {("Меморандум о строительстве порта", ("state/GHA", "state/TGO"))}),
        ("Власти Панамы подписали с Коста-Рикой меморандум о туризме.",
         {("Меморандум о туризме", ("state/CRI", "state/PAN"))}),
        ("Власти Эквадора и Колумбии заключили договор о пограничном контроле.",
         {("Договор о пограничном контроле", ("state/COL", "state/ECU"))}),
        ("Между властями Перу и Чили заключено соглашение о рыболовстве 2 февраля 2021 года.",
         {("Соглашение о рыболовстве", ("state/CHL", "state/PER"))}),
        # a state's body "с" a paper is its state, not the body beside it (agr30)
        ("Греция подписала соглашение о реструктуризации долга с Министерством финансов "
         "Кипра.", {("Соглашение о реструктуризации долга", ("state/CYP", "state/GRC"))}),
        ("Болгария заключила договор о поставках газа с Министерством энергетики "
         "Азербайджана.", {("Договор о поставках газа", ("state/AZE", "state/BGR"))}),
        # must not: a bank or firm "с" a paper stays itself
        ("Министерство финансов Греции подписало меморандум о кредитовании с Европейским "
         "инвестиционным банком.",
         {("Меморандум о кредитовании", ("org/evropeyskiy-investitsionnyy-bank", "state/GRC"))}),
        # the other state in the nominative, hung by the parse on the genitive
        ("Власти Нигера и Франция подписали в Ниамее 3 марта 2024 года соглашение о военном "
         "сотрудничестве.", {("Соглашение о военном сотрудничестве", ("state/FRA", "state/NER"))}),
        ("Правительство Нигера и Франция подписали соглашение о поставках урана.",
         {("Соглашение о поставках урана", ("state/FRA", "state/NER"))}),
        # a firm's contract with the authorities is the state's and the firm's (gold README:
        # private contracts are agreements); must not: cities' authorities
        ("Власти Марокко подписали контракт с фирмой Siemens.",
         {("Контракт между Siemens и Марокко", ("org/siemens", "state/MAR"))}),
        ("Местные власти Лиона и мэрия Турина подписали соглашение о побратимстве.", set()),
    ],
)  # fmt: skip
def test_a_states_authorities_are_its_side(sides, text, found):
    assert sides(text) == found


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a state's government named by its adjective is the state
        ("Египет подписал с китайским правительством соглашение о строительстве "
         "электростанции.", ("state/CHN", "state/EGY")),
        ("Вьетнам заключил с японским правительством договор о поставках риса.",
         ("state/JPN", "state/VNM")),
        ("Сербия подписала с венгерским правительством протокол о пограничном контроле.",
         ("state/HUN", "state/SRB")),
    ],
)  # fmt: skip
def test_a_government_by_its_adjective_is_its_state(sides, text, parties):
    assert {p for _, p in sides(text)} == {parties}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a firm by its common noun in a "с"-phrase, before or after the paper, is its side
        ("Правительство Египта подписало соглашение с компанией Siemens о строительстве "
         "электростанций.",
         {("Соглашение о строительстве электростанций", ("org/siemens", "state/EGY"))}),
        ("Турция подписала с компанией Airbus соглашение о покупке самолётов.",
         {("Соглашение о покупке самолётов", ("org/airbus", "state/TUR"))}),
        ("Министерство обороны Индии подписало с корпорацией Dassault контракт на поставку "
         "истребителей.",
         {("Контракт на поставку истребителей", ("org/dassault", "state/IND"))}),
        # must not: the state of the firm's adjective is no side
        ("Египет подписал с китайской компанией Huawei соглашение о строительстве сети.",
         {("Соглашение о строительстве сети", ("org/huawei", "state/EGY"))}),
        ("Аргентина подписала с бразильской корпорацией Petrobras соглашение о разведке нефти.",
         {("Соглашение о разведке нефти", ("org/petrobras", "state/ARG"))}),
        # firms by their common nouns sign by the names after them
        ("Компания Airbus и компания Boeing подписали соглашение о сотрудничестве.",
         {("Соглашение о сотрудничестве", ("org/airbus", "org/boeing"))}),
    ],
)  # fmt: skip
def test_a_firm_by_its_common_noun_is_the_side(sides, text, found):
    assert sides(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a state's army or prosecutor's office by its own head noun, whatever its label says
        ("Армия Сирии и армия Ирака подписали соглашение о координации действий.",
         {("Соглашение о координации действий", ("state/IRQ", "state/SYR"))}),
        ("Генеральная прокуратура Узбекистана и МВД Киргизии подписали соглашение об обмене "
         "информацией.", {("Соглашение об обмене информацией", ("state/KGZ", "state/UZB"))}),
        # must not: a party or a firm stays itself, whatever state its name names
        ("Партия зелёных Новой Зеландии и Лейбористская партия подписали соглашение о "
         "сотрудничестве.",
         {("Соглашение о сотрудничестве",
           ("org/leyboristskaya-partiya", "org/partiya-zelenykh-novoy-zelandii"))}),
        # firms' deals are theirs (agr27: the gold's convention), never their states'
        ("Газпром и CNPC подписали соглашение о поставках газа.",
         {("Соглашение о поставках газа", ("org/cnpc", "org/gazprom"))}),
    ],
)  # fmt: skip
def test_a_bodys_own_head_noun_makes_it_its_states(sides, text, found):
    assert sides(text) == found
