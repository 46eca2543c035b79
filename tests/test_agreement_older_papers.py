"""Older papers beside a new one: a paper the new one replaces, amends or supplements is
mentioned, never signed by the new signing. Sentences of our own about other pairs of
states, with must-nots."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document

DAY = "2025-03-14"


@pytest.fixture(scope="module")
def found(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (kind, title, status, date) of each agreement kg reads, in a report of `DAY`."""
    return lambda text: {
        (a.kind, a.title, a.status, a.date)
        for a in extract_agreements(analyse(Document(id="t", text=text, date=DAY)))
    }


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        # the paper replaced ("вместо", "взамен", "заменивший") or amended is mentioned
        ("Эквадор и Перу подписали соглашение о рыболовстве вместо Договора о морской границе "
         "1999 года.",
         {("Agreement", "Соглашение о рыболовстве", "signed", ""),
          ("Treaty", "Договор о морской границе", "mentioned", "1999")}),
        ("Боливия и Парагвай подписали соглашение о границе, заменившее договор о демаркации "
         "1999 года.",
         {("Agreement", "Соглашение о границе", "signed", ""),
          ("Treaty", "Договор о демаркации", "mentioned", "1999")}),
        ("Боливия и Парагвай подписали соглашение о границе, заменившее договор 1999 года.",
         {("Agreement", "Соглашение о границе", "signed", "")}),
        ("Гана и Того подписали протокол, изменяющий соглашение о торговле 2005 года.",
         {("Agreement", "Соглашение о торговле", "mentioned", "2005")}),
        # a bare old paper named by kind and year alone is no signed fact
        ("Эквадор и Перу подписали новое соглашение о рыболовстве вместо договора 1999 года.",
         {("Agreement", "Соглашение о рыболовстве", "signed", "")}),
        # the paper a bare one's clause names is another paper, which it does not sign
        ("Венгрия и Австрия подписали соглашение, которое дополняет договор о границе 1929 "
         "года.",
         {("Agreement", "Соглашение между Австрией и Венгрией", "signed", ""),
          ("Treaty", "Договор о границе", "mentioned", "1929")}),
        ("Венгрия и Австрия подписали соглашение, дополняющее Договор о границе.",
         {("Agreement", "Соглашение между Австрией и Венгрией", "signed", ""),
          ("Treaty", "Договор о границе", "mentioned", "")}),
        # must not: a bare paper told after the named one, in no clause of it, joins it
        ("Венгрия и Австрия подписали Договор о границе. Соглашение было подписано в Вене.",
         {("Treaty", "Договор о границе", "signed", "")}),
        # must not: papers signed together are both signed
        ("Боливия и Парагвай подписали соглашение о границе и договор о демаркации.",
         {("Agreement", "Соглашение о границе", "signed", ""),
          ("Treaty", "Договор о демаркации", "signed", "")}),
        ("Эквадор и Перу подписали соглашение о рыболовстве вместе с договором о границе.",
         {("Agreement", "Соглашение о рыболовстве", "signed", ""),
          ("Treaty", "Договор о границе", "signed", "")}),
    ],
)  # fmt: skip
def test_a_paper_replaced_or_amended_is_mentioned(found, text, papers):
    assert found(text) == papers


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        # a bare head with its own year is another paper than one of another kind or undated
        # and signed in the report: it neither merges into it nor dates it
        ("Аргентина и Чили подписали соглашение о туризме. Соглашение 2010 года утратило силу.",
         {("Agreement", "Соглашение о туризме", "signed", "")}),
        ("Норвегия и Швеция подписали Договор о границе. Соглашение 2010 года также "
         "упоминалось.", {("Treaty", "Договор о границе", "signed", "")}),
        # must not: the paper's own year, or the report's for a paper it tells signed
        ("Норвегия и Швеция в 2010 году подписали соглашение о рыболовстве. Соглашение 2010 "
         "года действует до сих пор.",
         {("Agreement", "Соглашение о рыболовстве", "signed", "2010")}),
        ("Аргентина и Чили подписали соглашение о туризме. Соглашение 2025 года вступит в силу "
         "весной.", {("Agreement", "Соглашение о туризме", "signed", "2025")}),
    ],
)  # fmt: skip
def test_a_bare_paper_of_another_year_is_another_paper(found, text, papers):
    assert found(text) == papers
