"""Where an agreement's title ends: before the gathering it was signed at ("на саммите", "на
встрече") and before the older paper it replaces ("вместо договора"); a date of that
gathering dates the signing. Sentences of our own about other pairs of states, with
must-nots."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows

from kg.extract.agreements import extract_agreements
from kg.model import Document

JCPOA = "Совместный всеобъемлющий план действий"


@pytest.fixture(scope="module")
def found(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, status, date) of each agreement kg reads."""
    return lambda text: {
        (a.title, a.status, a.date)
        for a in extract_agreements(analyse(Document(id="t", text=text, date="2025-03-14")))
    }


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        # the gathering it was signed at is where, not what it is about; its date is the
        # signing's
        ("Египет и Иордания подписали Соглашение о торговле на саммите 10 мая 2023 года.",
         {("Соглашение о торговле", "signed", "2023-05-10")}),
        ("Египет и Иордания подписали Соглашение о торговле на двусторонней встрече министров.",
         {("Соглашение о торговле", "signed", "")}),
        ("Египет и Иордания подписали Соглашение на встрече в Аммане.",
         {("Соглашение между Египтом и Иорданией", "signed", "")}),
        ("Сенегал и Гамбия подписали меморандум о рыболовстве на переговорах в Банжуле.",
         {("Меморандум о рыболовстве", "signed", "")}),
        # the older paper it replaces is none of its title
        ("Египет и Иордания подписали Соглашение о торговле вместо договора 1995 года.",
         {("Соглашение о торговле", "signed", "")}),
        ("Гана и Того подписали соглашение о транзите взамен договора о транзите 1987 года.",
         {("Соглашение о транзите", "signed", ""), ("Договор о транзите", "mentioned", "1987")}),
        # must not: a topic's own place or gatherings it is about stay in the title
        ("Египет и Иордания подписали Соглашение о безопасности на море.",
         {("Соглашение о безопасности на море", "signed", "")}),
        ("Египет и Иордания подписали Соглашение о сотрудничестве в проведении саммитов.",
         {("Соглашение о сотрудничестве в проведении саммитов", "signed", "")}),
    ],
)  # fmt: skip
def test_a_title_ends_before_the_gathering_and_the_paper_replaced(found, text, papers):
    assert found(text) == papers


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        # what a verb calls or deems the paper ("назвал это соглашение историческим") is no
        # title word: the pointer is the paper named before, not a second one
        ("Сербия и Венгрия подписали соглашение о строительстве нефтепровода. Министр энергетики "
         "Сербии назвал это соглашение историческим.",
         {("Соглашение о строительстве нефтепровода", "signed", "")}),
        ("Индия и Франция подписали договор о правовой помощи. Посол Франции назвал данный "
         "договор важным шагом.",
         {("Договор о правовой помощи", "signed", "")}),
        ("Египет и Турция обсуждают соглашение о свободной торговле. Эксперты считают такое "
         "соглашение выгодным для обеих стран.",
         {("Соглашение о свободной торговле", "negotiating", "")}),
        ("Бразилия и Аргентина подписали меморандум о сотрудничестве в сфере энергетики. "
         "Президент Аргентины назвал этот меморандум прорывом.",
         {("Меморандум о сотрудничестве в сфере энергетики", "signed", "")}),
        # the parse may hang the adjective on the object, in a case it does not agree in
        ("Президент Вьетнама назвал соглашение о морской границе с Индонезией историческим.",
         {("Соглашение о морской границе", "mentioned", "")}),
        # "скрепили подписями", which the tagger reads as an adjective, signs and is no title
        # word (agr30)
        ("Соглашение о торговле скрепили подписями президенты Египта и Турции.",
         {("Соглашение о торговле", "signed", "")}),
        # must not: an instrumental inside the title's own phrase stays in it
        ("Египет и Турция подписали соглашение о торговле с личными подписями президентов.",
         {("Соглашение о торговле с личными подписями президентов", "signed", "")}),
        ("Индия и Франция подписали соглашение о торговле сельскохозяйственной продукцией.",
         {("Соглашение о торговле сельскохозяйственной продукцией", "signed", "")}),
        ("Чили и Перу подписали соглашение об обмене студентами.",
         {("Соглашение об обмене студентами", "signed", "")}),
        # an adverb of the adjective after it stays in the title (agr30)
        ("Индия и Франция подписали меморандум о поставках экологически чистого топлива.",
         {("Меморандум о поставках экологически чистого топлива", "signed", "")}),
        ("Австралия и Япония подписали соглашение о сотрудничестве в области критически "
         "важных минералов.",
         {("Соглашение о сотрудничестве в области критически важных минералов", "signed", "")}),
        # must not: an adverb of the verb, or of an adjective after a comma, ends it
        ("Египет и Судан подписали соглашение о торговле, экономически выгодное обеим сторонам.",
         {("Соглашение о торговле", "signed", "")}),
    ],
)  # fmt: skip
def test_what_a_verb_calls_the_paper_is_no_title_word(found, text, papers):
    assert found(text) == papers


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        # a concession keeps the adjective that says it is one
        ("Египет и Саудовская Аравия подписали концессионное соглашение о разработке "
         "месторождения.",
         {("Концессионное соглашение о разработке месторождения", "signed", "")}),
        ("Кения и Эфиопия заключили концессионный договор на эксплуатацию железной дороги.",
         {("Концессионный договор на эксплуатацию железной дороги", "signed", "")}),
        # must not: a descriptive adjective stays out
        ("Кения и Эфиопия заключили новый договор на эксплуатацию железной дороги.",
         {("Договор на эксплуатацию железной дороги", "signed", "")}),
    ],
)  # fmt: skip
def test_a_concession_keeps_its_adjective(found, text, papers):
    assert found(text) == papers


# a paper the lexicon names by a phrase headed by "сделка" (`agreement_abbreviations.tsv`) is
# that paper, though a deal kg does not know needs two sides; an alias may run to five words
@pytest.mark.parametrize(
    ("text", "papers"),
    [
        ("Министр иностранных дел Италии заявил, что Рим поддерживает иранскую ядерную сделку.",
         {(JCPOA, "mentioned", "")}),
        ("Япония призвала сохранить иранскую ядерную сделку.", {(JCPOA, "mentioned", "")}),
        ("Испания выступает за восстановление сделки по иранской ядерной программе.",
         {(JCPOA, "mentioned", "")}),
        ("Иранская ядерная сделка была заключена в 2015 году.", {(JCPOA, "signed", "2015")}),
        # must not: another deal keeps its own title, a deal of one side stays none
        ("Франция и Египет подписали сделку по поставке истребителей.",
         {("Сделка по поставке истребителей", "signed", "")}),
        ("Египет заключил выгодную сделку.", set()),
        ("Франция и Иран подписали сделку о поставке самолётов.",
         {("Сделка о поставке самолётов", "signed", "")}),
    ],
)  # fmt: skip
def test_a_deal_the_lexicon_names_is_its_paper(found, text, papers):
    assert found(text) == papers


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        # a foreign name of several words beside the title's last noun stays in the title
        ("Польша и США подписали контракт на поставку вертолётов Black Hawk.",
         {("Контракт на поставку вертолётов Black Hawk", "signed", "")}),
        ("Индия и Франция подписали соглашение о поставках истребителей Rafale Marine.",
         {("Соглашение о поставках истребителей Rafale Marine", "signed", "")}),
        ("Бразилия и Швеция подписали контракт на поставку истребителей Gripen E в Стокгольме "
         "9 марта.",
         {("Контракт на поставку истребителей Gripen E", "signed", "2025-03-09")}),
        # must not: a place, an amount or a foreign name of no title noun stays out
        ("Греция и Франция подписали соглашение о закупке фрегатов Belharra на 3 млрд евро.",
         {("Соглашение о закупке фрегатов Belharra", "signed", "")}),
        ("Польша и США подписали контракт на поставку вертолётов Black Hawk в Варшаве.",
         {("Контракт на поставку вертолётов Black Hawk", "signed", "")}),
        ("Индия и Франция подписали соглашение в присутствии президента Emmanuel Macron.",
         {("Соглашение между Индией и Францией", "signed", "")}),
    ],
)  # fmt: skip
def test_a_foreign_name_beside_the_last_noun_stays(found, text, papers):
    assert found(text) == papers


@pytest.fixture(scope="module")
def sided(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, status, parties) of each agreement kg reads."""
    return lambda text: {row[:3] for row in agreement_rows(analyse, text, "2025-03-14")}


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        # a side "с" a state's adjective and its noun is the state; the noun is no title word
        ("Вьетнам подписал соглашение о кредите с японским правительством на сумму 300 млн "
         "долларов.",
         {("Соглашение о кредите", "signed", ("state/JPN", "state/VNM"))}),
        ("Египет подписал соглашение о займе с французским правительством.",
         {("Соглашение о займе", "signed", ("state/EGY", "state/FRA"))}),
        ("Индонезия заключила соглашение о поставках риса с вьетнамскими властями.",
         {("Соглашение о поставках риса", "signed", ("state/IDN", "state/VNM"))}),
        # must not: a state by its name, and a topic after the side, stay as they were
        ("Чили подписала соглашение о свободной торговле с Южной Кореей.",
         {("Соглашение о свободной торговле", "signed", ("state/CHL", "state/KOR"))}),
        ("Египет подписал соглашение о займе с французским правительством для строительства "
         "метро.",
         {("Соглашение о займе для строительства метро", "signed", ("state/EGY", "state/FRA"))}),
    ],
)  # fmt: skip
def test_a_side_by_a_states_adjective_is_no_title_word(sided, text, papers):
    assert sided(text) == papers


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        # a participle before the adjectives of its noun is a title word, as they are
        ("Бразилия и Аргентина заключили сделку о поставке сжиженного природного газа.",
         {("Сделка о поставке сжиженного природного газа", "signed", "")}),
        ("Катар и Пакистан подписали соглашение о поставках сжиженного природного газа.",
         {("Соглашение о поставках сжиженного природного газа", "signed", "")}),
        ("Чехия и Словакия подписали меморандум о защите охраняемых природных территорий.",
         {("Меморандум о защите охраняемых природных территорий", "signed", "")}),
        # must not: a participle of a clause after the title, not of its noun
        ("Чили и Перу подписали соглашение о торговле, заключённое после долгих переговоров.",
         {("Соглашение о торговле", "signed", "")}),
    ],
)  # fmt: skip
def test_a_participle_before_its_nouns_adjectives_stays(found, text, papers):
    assert found(text) == papers


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        # what an amount measures after the title is its size, no title word
        ("Турция и Азербайджан подписали соглашение о строительстве электростанции мощностью "
         "500 МВт.",
         {("Соглашение о строительстве электростанции", "signed", "")}),
        ("Марокко и Нигерия заключили сделку о строительстве газопровода протяжённостью 5,6 "
         "тыс. км.",
         {("Сделка о строительстве газопровода", "signed", "")}),
        ("Египет и Греция подписали меморандум о прокладке кабеля длиной 1,4 тыс. км.",
         {("Меморандум о прокладке кабеля", "signed", "")}),
        # must not: a measure the paper is about stays its topic
        ("Индия и Непал подписали соглашение об увеличении мощности гидроэлектростанции.",
         {("Соглашение об увеличении мощности гидроэлектростанции", "signed", "")}),
    ],
)  # fmt: skip
def test_a_measure_of_an_amount_ends_a_title(found, text, papers):
    assert found(text) == papers
