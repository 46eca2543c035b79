"""Papers of a union and papers others judge (agr38): a union's founding treaty is not read
into another title that names the union ("Соглашение ЕАЭС и Вьетнама о …", "протокол к
договору о ЕАЭС"); states that discuss a union's own paper are no sides of it; who welcomes
another's intent to conclude a paper is no side of it, nor are the states of firms that
"Стороны" stand for; the chamber a draft is sent to ends its title. Sentences of our own
about other pairs, with must-nots."""

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
        # a union named as a side, or inside the title of another paper, is no founding treaty
        ("Соглашение ЕАЭС и Вьетнама о свободной торговле вступило в силу в 2016 году.",
         {("Соглашение ЕАЭС и Вьетнама о свободной торговле", "signed",
           ("org/eaeu", "state/VNM"), ())}),
        ("Соглашение ЕАЭС и Ирана о зоне свободной торговли вступило в силу в мае.",
         {("Соглашение ЕАЭС и Ирана о зоне свободной торговли", "signed",
           ("org/eaeu", "state/IRN"), ())}),
        ("Договор ЕАЭС и Сербии о торговле был подписан в Москве.",
         {("Договор ЕАЭС и Сербии о торговле", "signed", ("org/eaeu", "state/SRB"), ())}),
        ("Армения и Киргизия подписали протокол к договору о ЕАЭС.",
         {("Протокол к договору о ЕАЭС", "signed", ("state/ARM", "state/KGZ"), ())}),
        ("Киргизия и Таджикистан подписали протокол о внесении изменений в Договор о ЕАЭС.",
         {("Протокол о внесении изменений в Договор о ЕАЭС", "signed",
           ("state/KGZ", "state/TJK"), ())}),
        # must not: the treaty named by its union after its own head stays the treaty
        ("Беларусь и Армения ратифицировали Договор о ЕАЭС.",
         {("Договор о Евразийском экономическом союзе", "signed",
           ("state/ARM", "state/BLR"), ())}),
        ("Казахстан предложил изменить Договор о Евразийском экономическом союзе.",
         {("Договор о Евразийском экономическом союзе", "mentioned", (), ())}),
    ],
)  # fmt: skip
def test_a_unions_name_in_another_title_is_no_founding_treaty(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # states that discuss a union's own paper are no sides of it
        ("Вьетнам и Индонезия обсудили соглашение АСЕАН о торговле товарами.",
         {("Соглашение АСЕАН о торговле товарами", "negotiating", ("org/asean",), ())}),
        ("Таиланд и Малайзия обсудили соглашение АСЕАН о торговле услугами.",
         {("Соглашение АСЕАН о торговле услугами", "negotiating", ("org/asean",), ())}),
        ("Сербия и Черногория обсудили соглашение ЕС о стабилизации и ассоциации.",
         {("Соглашение ЕС о стабилизации и ассоциации", "negotiating", ("org/eu",), ())}),
        # must not: a union beside a state, or a paper with no union, keeps its discussants
        ("Сербия и ЕС обсудили соглашение о стабилизации и ассоциации.",
         {("Соглашение о стабилизации и ассоциации", "negotiating",
           ("org/eu", "state/SRB"), ())}),
        ("Вьетнам и Индонезия обсудили соглашение о торговле товарами.",
         {("Соглашение о торговле товарами", "negotiating", ("state/IDN", "state/VNM"), ())}),
    ],
)  # fmt: skip
def test_states_discussing_a_unions_paper_are_no_sides(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # who welcomes another's intent is no side of the paper
        ("Бразилия приветствовала намерение Аргентины заключить соглашение о свободной "
         "торговле.",
         {("Соглашение о свободной торговле", "planned", ("state/ARG",), ())}),
        ("Индия приветствовала намерение Японии подписать соглашение о безопасности.",
         {("Соглашение о безопасности", "planned", ("state/JPN",), ())}),
        ("Китай приветствовал решение Вьетнама подписать соглашение о торговле.",
         {("Соглашение о торговле", "planned", ("state/VNM",), ())}),
        # must not: who announces its own intent is a side; a side "с X" stays
        ("Кения и Танзания объявили о намерении заключить соглашение о строительстве "
         "нефтепровода.",
         {("Соглашение о строительстве нефтепровода", "planned",
           ("state/KEN", "state/TZA"), ())}),
        ("Президент Франции приветствовал решение Марокко подписать соглашение с Францией о "
         "миграции.",
         {("Соглашение о миграции", "planned", ("state/FRA", "state/MAR"), ())}),
    ],
)  # fmt: skip
def test_who_welcomes_anothers_intent_is_no_side(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "Стороны" after two firms sign are the firms: no arrangement of their states
        ("Немецкая компания Rheinmetall и польская Bumar подписали контракт. Стороны "
         "договорились о поставке танков.",
         {("Контракт между Bumar и Rheinmetall", "signed",
           ("org/bumar", "org/rheinmetall"), ())}),
        ("Японская Mitsubishi и индийская Tata подписали меморандум. Стороны договорились о "
         "строительстве завода.",
         {("Меморандум между Mitsubishi и Tata", "signed", ("org/mitsubishi", "org/tata"), ())}),
        ("Французская компания Airbus и индийская авиакомпания IndiGo подписали контракт. "
         "Стороны договорились о поставке самолётов.",
         {("Контракт между Airbus и IndiGo", "signed", ("org/airbus", "org/indigo"), ())}),
        # must not: after states or their officials, "Стороны" are the states
        ("Министры Египта и Турции провели переговоры. Стороны договорились о поставке газа.",
         {("Договорённость о поставке газа", "signed", ("state/EGY", "state/TUR"), ())}),
        ("Президент Кении провёл переговоры с премьер-министром Эфиопии. Стороны договорились "
         "о строительстве дороги.",
         {("Договорённость о строительстве дороги", "signed", ("state/ETH", "state/KEN"), ())}),
    ],
)  # fmt: skip
def test_sides_after_firms_sign_are_the_firms(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the chamber a draft is sent to is where it goes, no title word
        ("Правительство Германии направило проект соглашения о сотрудничестве с Францией в "
         "бундестаг.", "Соглашение о сотрудничестве"),
        ("Президент Бразилии направил проект договора о границе с Парагваем в конгресс.",
         "Договор о границе"),
        ("Правительство Франции направило проект соглашения о миграции с Марокко в "
         "Национальное собрание.", "Соглашение о миграции"),
        ("Правительство Японии внесло проект соглашения о торговле с Вьетнамом в парламент.",
         "Соглашение о торговле"),
        # must not: a chamber a topic names stays in the title
        ("Индия и Бангладеш подписали соглашение о вступлении в ВТО.",
         "Соглашение о вступлении в ВТО"),
        ("Оппозиция Грузии и правящая партия подписали соглашение о выборах в парламент.",
         "Соглашение о выборах в парламент"),
    ],
)  # fmt: skip
def test_the_chamber_a_draft_is_sent_to_ends_its_title(read, text, title):
    assert {t for t, *_ in read(text)} == {title}
