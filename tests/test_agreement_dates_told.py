"""Dates of papers no signing verb of their own dates: a relative clause that signed the
paper ("соглашение, которое Вьетнам и Камбоджа подписали в 2019 году"), a paper the sides
adopted or an arrangement they reached ("приняли совместное заявление", "договорились о
строительстве моста": the report's day), and papers a list names ("подписали 9
документов. Среди них — …", "ряд документов, в том числе …"), which the signing of the
counted papers signs. Sentences of our own about other pairs of states, with must-nots."""

from __future__ import annotations

import pytest
from fact_reads import papers_and_signings

from kg.extract.agreements import extract_agreements
from kg.model import Document

DAY = "2025-03-14"


@pytest.fixture(scope="module")
def dated(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, status, date) of each agreement kg reads, in a report of `DAY`."""
    return lambda text: {
        (a.title, a.status, a.date)
        for a in extract_agreements(analyse(Document(id="t", text=text, date=DAY)))
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a relative clause's signing dates the paper, whatever verb governs its title
        ("Парламент Камбоджи ратифицировал соглашение о демаркации границы, которое Вьетнам и "
         "Камбоджа подписали в 2019 году.",
         {("Соглашение о демаркации границы", "signed", "2019")}),
        ("Сенат Чехии одобрил договор об общественном транспорте, который Германия и Чехия "
         "заключили в 2022 году.", {("Договор об общественном транспорте", "signed", "2022")}),
        # must not: a relative clause of discussing dates no signing, nor a body's approval
        ("Сенат Чехии в 2025 году одобрил договор о транспорте, который Германия и Чехия "
         "обсуждали с 2019 года.", {("Договор о транспорте", "signed", "")}),
        # papers adopted and arrangements reached by the sides: the report's day
        ("Премьер-министры Испании и Португалии провели переговоры. Стороны приняли совместное "
         "заявление о сотрудничестве в области энергетики.",
         {("Совместное заявление о сотрудничестве в области энергетики", "signed", DAY)}),
        ("Президенты Ирана и Ирака приняли совместную декларацию о добрососедстве.",
         {("Совместная декларация о добрососедстве", "signed", DAY)}),
        ("Вьетнам и Лаос договорились о строительстве железной дороги.",
         {("Договорённость о строительстве железной дороги", "signed", DAY)}),
        # must not: a date the sentence gives wins, a future adoption is undated, an
        # arrangement only tried is none, nor is one of exercises
        ("Лидеры Испании и Португалии в 2019 году приняли совместное заявление о туризме.",
         {("Совместное заявление о туризме", "signed", "2019")}),
        ("Испания и Португалия примут совместное заявление о туризме.",
         {("Совместное заявление о туризме", "planned", "")}),
        ("Иордания и Египет договорились о проведении совместных учений.", set()),
    ],
)  # fmt: skip
def test_a_paper_adopted_or_signed_in_a_relative_clause_is_dated(dated, text, found):
    assert dated(text) == found


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        # the papers a list names are signed by the signing of the counted papers
        ("Индия и Бангладеш подписали пакет из 6 документов, в том числе соглашение о поставках "
         "электроэнергии.", {"Соглашение о поставках электроэнергии"}),
        ("Чили и Перу подписали 9 документов. Среди них — меморандум о сотрудничестве в области "
         "рыболовства.", {"Меморандум о сотрудничестве в области рыболовства"}),
        ("Кения и Танзания подписали ряд документов, в том числе соглашение о строительстве "
         "трубопровода и меморандум о сотрудничестве в области туризма.",
         {"Соглашение о строительстве трубопровода",
          "Меморандум о сотрудничестве в области туризма"}),
        # papers listed after documents exchanged: the signing of those documents (agr37)
        ("Президенты Чили и Перу обменялись документами, подписанными по итогам переговоров. "
         "Среди них — меморандум о сотрудничестве в области горнодобывающей промышленности.",
         {"Меморандум о сотрудничестве в области горнодобывающей промышленности"}),
        # must not: a paper only discussed after the signing is not signed by it
        ("Чили и Перу подписали 9 документов. Стороны также обсудили соглашение о торговле.",
         set()),
    ],
)  # fmt: skip
def test_papers_a_list_names_are_signed_by_the_counted_signing(analyse, text, signed):
    papers, signings = papers_and_signings(analyse, text, DAY)
    titles = {a.key: a.title for a in papers}
    (signing,) = signings
    assert (signing.date, {titles[k] for k in signing.signs}) == (DAY, signed)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a genitive year the parse hangs on the topic of a paper the title names is that
        # paper's year, not the signing's (agr30)
        ("Чили и Перу подписали протокол к соглашению о рыболовстве 2011 года.", DAY),
        ("Египет и Турция подписали протокол о внесении изменений в соглашение о свободной "
         "торговле 2005 года.", DAY),
        # must not: a time the sentence gives the signing stays its date
        ("Чили и Перу в 2011 году подписали протокол к соглашению о рыболовстве.", "2011"),
        ("Египет и Турция подписали протокол о торговле 5 мая 2024 года.", "2024-05-05"),
    ],
)  # fmt: skip
def test_a_year_of_a_paper_the_title_names_dates_no_signing(analyse, text, date):
    (signing,) = papers_and_signings(analyse, text, DAY)[1]
    assert signing.date == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # "от <date>" the parse hangs on the paper dates it past a list of sides the title
        # stops short of
        (
            "Кабинет сформирован на основе коалиционного соглашения между фракциями Центристской "
            "партии, Исамаа и Народной партии от 8 апреля 2019 года.",
            "2019-04-08",
        ),
        # must not: "от <date>" of another noun ("в письме от 10 ноября"), not the paper's
        ("Эстония и Латвия упомянули соглашение о границе в заявлении от 10 ноября 2020 года.", ""),
        (
            "Эстония и Латвия обсуждают соглашение о границе, о чём говорится в письме от 10 "
            "ноября 2020 года.",
            "",
        ),
    ],
)
def test_a_date_from_hung_on_the_paper_dates_it(dated, text: str, date: str) -> None:  # noqa: ANN001
    assert {d for _, _, d in dated(text)} == {date}
