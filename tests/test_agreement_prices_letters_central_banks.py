"""Papers of the sixty-ninth pass (h-agreements87).

- A price after a title's topic ends the title ("контракты на поставку пшеницы по средней
  цене 235 долларов за тонну": "Контракт на поставку пшеницы"), and the Signing's label with
  it (`title_ends.Scanner.run`, `PRICES` in `title_words.py`); a title about a price keeps it
  ("Соглашение по ценам на газ").
- A signed letter of intent of two states is a Signing (`participants._topic_paper`); a
  letter signed by people, or sent, is none.
- "Центральные банки X и Y" names a central bank of each (`each_state_bodies`), the two
  banks the parties of what they agree (`subjects._bodies_of_each`); "Банки X и Y" none.

Sentences of our own about other pairs; must-nots beside the musts."""

from __future__ import annotations

import pytest
from fact_reads import papers_and_signings

DAY = "2026-02-03"


@pytest.mark.parametrize(
    ("text", "title", "label"),
    [
        ("Алжир в мае заключил с Францией контракты на поставку 1,2 млн тонн пшеницы по "
         "средней цене 240 долларов за тонну.",
         "Контракт на поставку пшеницы",
         "Подписание контрактов на поставку 1,2 млн тонн пшеницы"),
        ("Вьетнам и Индия подписали соглашение о поставках риса по цене 500 долларов за тонну.",
         "Соглашение о поставках риса", "Подписание соглашения о поставках риса"),
        ("Турция и Азербайджан подписали контракт на поставку газа по льготной цене.",
         "Контракт на поставку газа", "Подписание контракта на поставку газа"),
    ],
)  # fmt: skip
def test_a_price_ends_the_title_and_the_label(analyse, text, title, label):
    papers, signings = papers_and_signings(analyse, text, DAY)
    assert title in {a.title for a in papers}
    assert label in {e.label for e in signings}


def test_a_title_about_prices_keeps_them(analyse):
    text = "Болгария и Греция подписали соглашение по ценам на газ."
    papers, _ = papers_and_signings(analyse, text, DAY)
    assert "Соглашение по ценам на газ" in {a.title for a in papers}


@pytest.mark.parametrize(
    ("text", "label", "date"),
    [
        ("Египет и Греция подписали письмо о намерениях по сотрудничеству в энергетике.",
         "Подписание письма о намерениях по сотрудничеству в энергетике", DAY),
        ("Индонезия и Бразилия 30 января подписали письмо о намерениях в области обороны.",
         "Подписание письма о намерениях в области обороны", "2026-01-30"),
    ],
)  # fmt: skip
def test_a_signed_letter_of_intent_is_a_signing(analyse, text, label, date):
    papers, signings = papers_and_signings(analyse, text, DAY)
    assert [(e.label, e.date) for e in signings] == [(label, date)]
    assert [a.date for a in papers] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Открытое письмо в поддержку Армении подписали 200 учёных.",
        "Письмо подписали послы Германии и Франции.",
        "Президент Франции подписал письмо президенту Сенегала о сотрудничестве.",
    ],
)
def test_a_letter_of_people_is_no_signing(analyse, text):
    papers, signings = papers_and_signings(analyse, text, DAY)
    assert not signings and not papers


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Центральные банки Китая и Аргентины договорились о продлении валютного свопа.",
         ["org/peoples-bank-of-china", "org/tsentralnyy-bank-argentiny"]),
        # the gazetteer's central banks of Brazil and India (seventy-first pass, h-orgs85)
        ("Центральные банки Бразилии и Индии подписали соглашение о валютном свопе.",
         ["org/central-bank-of-brazil", "org/reserve-bank-of-india"]),
    ],
)  # fmt: skip
def test_central_banks_of_two_states_are_the_parties(analyse, text, parties):
    papers, _ = papers_and_signings(analyse, text, DAY)
    assert [sorted(a.parties) for a in papers] == [parties]


def test_banks_of_two_states_are_no_parties(analyse):
    text = "Банки Китая и Аргентины договорились о продлении валютного свопа."
    papers, _ = papers_and_signings(analyse, text, DAY)
    assert not papers
