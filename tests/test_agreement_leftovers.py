"""Agreements' leftovers (agr24): a title word takes the lemma its case picks ("Соглашение о
газе" is the "соглашение о поставках газа" told before, not a paper on the Gaza Strip); an
act a union adopts for itself is no agreement; every leader of a signing or an adoption signs;
a coalition deal of a state's parties is not the state's. Sentences of our own about other
pairs, with must-nots."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows

from kg.extract.agreements import read_agreements
from kg.extract.events import extract_events
from kg.model import Document


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, status, parties, signatories) of each agreement kg reads."""
    return lambda text: agreement_rows(analyse, text, "2025-03-06")


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a title word after "о" is read in its case: "газе" is "газ", as "газа" is
        ("Президенты Египта и Судана провели переговоры в Каире. Стороны подписали соглашение "
         "о поставках газа. Соглашение о газе вступит в силу в январе.",
         {"Соглашение о поставках газа"}),
        ("Израиль и Иордания подписали договор о поставках газа. Договор о газе рассчитан на "
         "15 лет.",
         {"Договор о поставках газа"}),
        # must not: another topic stays another paper
        ("Израиль и Иордания подписали договор о поставках нефти. Договор о газе рассчитан на "
         "15 лет.",
         {"Договор о поставках нефти", "Договор о газе"}),
    ],
)  # fmt: skip
def test_a_title_word_takes_the_lemma_of_its_case(read, text, titles):
    assert {title for title, *_ in read(text)} == titles


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a pact of one union, by its title or its one side, is the union's own act
        ("Пакт о миграции и убежище ЕС вступит в силу в 2026 году, сообщила Еврокомиссия.",
         set()),
        ("Новый пакт ЕС о миграции вступит в силу через два года.", set()),
        ("Страны ЕС согласовали пакт о миграции и убежище.", set()),
        # must not: a pact beside another side, or between states, stays a paper
        ("ЕС и Япония подписали пакт о цифровом партнёрстве.",
         {("Пакт о цифровом партнёрстве", "signed", ("org/eu", "state/JPN"), ())}),
        ("Евросоюз и Канада заключили пакт об океанах.",
         {("Пакт об океанах", "signed", ("org/eu", "state/CAN"), ())}),
        ("Пакт о ненападении между Германией и Польшей был подписан в 1934 году.",
         {("Пакт о ненападении между Германией и Польшей", "signed",
           ("state/DEU", "state/POL"), ())}),
    ],
)  # fmt: skip
def test_a_pact_of_one_union_is_its_own_act(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a third leader whose name the parse hung on the first title of the list still signs
        ("Президент Азербайджана Ильхам Алиев, премьер-министр Армении Никол Пашинян и президент "
         "США Дональд Трамп подписали совместную декларацию.",
         {("Совместная декларация", "signed", ("state/ARM", "state/AZE", "state/USA"),
           ("person/Q22686", "person/ilham-aliyev", "person/nikol-pashinyan"))}),
        # leaders who adopt a declaration are its signatories
        ("Президент Турции Реджеп Тайип Эрдоган и президент Египта Абдул-Фаттах ас-Сиси приняли "
         "совместную декларацию.",
         {("Совместная декларация", "signed", ("state/EGY", "state/TUR"),
           ("person/abdul-fattakh-as-sisi", "person/recep-tayyip-erdogan"))}),
        ("Президент Бразилии Лула да Силва и президент Аргентины Хавьер Милей приняли совместную "
         "декларацию о торговле.",
         {("Совместная декларация о торговле", "signed", ("state/ARG", "state/BRA"),
           ("person/javier-milei", "person/luiz-inacio-lula-da-silva"))}),
        # a plural title's second name, which the parse hangs on the first, signs too (agr30)
        ("Австралия и Индонезия подписали договор о сотрудничестве в области обороны. Документ "
         "подписали министры обороны двух стран Ричард Марлз и Сьяфри Сьямсуддин.",
         {("Договор о сотрудничестве в области обороны", "signed", ("state/AUS", "state/IDN"),
           ("person/richard-marlz", "person/syafri-syamsuddin"))}),
        ("Франция и Индия подписали соглашение о мобильности студентов. Документ скрепили "
         "подписями министр иностранных дел Франции Жан-Ноэль Барро и министр иностранных дел "
         "Индии Субраманьям Джайшанкар.",
         {("Соглашение о мобильности студентов", "signed", ("state/FRA", "state/IND"),
           ("person/jean-noel-barrot", "person/s-jaishankar"))}),
        # must not: who only attends the signing signs nothing
        ("Австралия и Индонезия подписали договор о сотрудничестве в области обороны. На "
         "церемонии присутствовали министры обороны двух стран Ричард Марлз и Сьяфри "
         "Сьямсуддин.",
         {("Договор о сотрудничестве в области обороны", "signed", ("state/AUS", "state/IDN"),
           ())}),
        # must not: bodies that adopt one sign nothing, nor do leaders who approve a programme
        ("Сенат Франции и парламент Индии одобрили совместную декларацию.",
         {("Совместная декларация", "signed", ("state/FRA", "state/IND"), ())}),
        ("Президент Египта Абдул-Фаттах ас-Сиси и премьер-министр Японии Сигэру Исиба утвердили "
         "программу сотрудничества.",
         {("Программа сотрудничества", "signed", ("state/EGY", "state/JPN"), ())}),
    ],
)  # fmt: skip
def test_every_leader_of_a_signing_or_an_adoption_signs(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # unnamed parties of a state are no side, and do not stand for their state
        ("Партии Нидерландов заключили коалиционное соглашение.",
         {("Коалиционное соглашение", "signed", (), ())}),
        ("Три партии Бельгии подписали коалиционное соглашение о формировании правительства.",
         {("Коалиционное соглашение о формировании правительства", "signed", (), ())}),
        # must not: named parties stay its sides, a state's parliament stays its state
        ("Христианско-демократический союз и Социал-демократическая партия Германии подписали "
         "коалиционное соглашение.",
         {("Коалиционное соглашение", "signed", ("org/Q49762", "org/Q49768"), ())}),
        ("Парламент Грузии ратифицировал соглашение с ЕС.",
         {("Соглашение между Грузией и Европейским союзом", "signed",
           ("org/eu", "state/GEO"), ())}),
    ],
)  # fmt: skip
def test_a_coalition_deal_of_a_states_parties_is_not_the_states(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a signing the next sentence tells as one more ("также", "Кроме того") was that day's
        ("Министры обороны Индии и Франции 12 июня 2024 года подписали меморандум о "
         "сотрудничестве. Стороны также подписали отдельное соглашение о поставках истребителей.",
         {"Меморандум о сотрудничестве": "2024-06-12",
          "Соглашение о поставках истребителей": "2024-06-12"}),
        ("Вьетнам и Япония подписали соглашение о торговле 3 марта 2025 года. Кроме того, было "
         "заключено отдельное соглашение о защите инвестиций.",
         {"Соглашение о торговле": "2025-03-03", "Соглашение о защите инвестиций": "2025-03-03"}),
        # must not: a signing of its own date, or one the sentence does not tell as one more
        ("Вьетнам и Япония подписали соглашение о торговле 3 марта 2025 года. Кроме того, в "
         "2019 году стороны подписали соглашение о защите инвестиций.",
         {"Соглашение о торговле": "2025-03-03", "Соглашение о защите инвестиций": "2019"}),
        ("Вьетнам и Япония подписали соглашение о торговле 3 марта 2025 года. Стороны "
         "подписали соглашение о защите инвестиций.",
         {"Соглашение о торговле": "2025-03-03", "Соглашение о защите инвестиций": ""}),
        # agr25: a passive that tells the topic after its verb keeps it, and "Отдельное" or "также"
        # tells one more signing, of the day the sentence before gives
        ("Бразилия и Аргентина подписали соглашение о торговле 10 ноября 2025 года. Отдельное "
         "соглашение было подписано о сотрудничестве в энергетике.",
         {"Соглашение о торговле": "2025-11-10",
          "Соглашение о сотрудничестве в энергетике": "2025-11-10"}),
        ("Сербия и Венгрия 6 октября 2025 года подписали соглашение о строительстве "
         "нефтепровода. Соглашение было заключено также о поставках газа.",
         {"Соглашение о строительстве нефтепровода": "2025-10-06",
          "Соглашение о поставках газа": "2025-10-06"}),
        ("Франция и Вьетнам 4 декабря 2025 года подписали договор о партнёрстве. Меморандум был "
         "подписан о сотрудничестве в сфере образования.",
         {"Договор о партнёрстве": "2025-12-04",
          "Меморандум о сотрудничестве в сфере образования": ""}),
        # must not: a place after the passive is no topic, and the paper is the one told
        ("Египет и Турция подписали соглашение о торговле 5 мая 2025 года. Соглашение было "
         "подписано в Анкаре.", {"Соглашение о торговле": "2025-05-05"}),
    ],
)  # fmt: skip
def test_a_signing_told_as_one_more_takes_the_day_before(analyse, text, dates):
    ctx = analyse(Document(id="t", text=text))
    reading = read_agreements(ctx)
    titles = {a.key: a.title for a in reading.facts}
    signed = {titles[k]: e.date for e in extract_events(ctx, reading) for k in e.signs}
    assert {a.title: a.date or signed.get(a.title, "") for a in reading.facts} == dates
