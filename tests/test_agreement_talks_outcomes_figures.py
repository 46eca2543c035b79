"""Papers a relative clause of talks' outcome signs, a recent contract concluded with no
agent, and figures in titles (sixty-second pass, h-agreements75).

"X и Y провели переговоры, по итогам которых подписали дорожную карту …" gave a Signing but
no paper: the signing verb of the clause has no subject, and a roadmap needs two sides; who
held the talks signed what they brought. "Контракт на поставку … был заключён в апреле
прошлого года" in a report of two sides gave none: a dated agentless signing was anybody's;
one of the report's year or the year before is the sides'. A figure between an act and its
goods ("на поставку 26 истребителей", "до 2 млн тонн газа") is no title word, the goods are.
Must-nots: a clause with a subject of its own, a one-sided meeting's plan, an old paper, a
sum of money, a player's contract, "заключён под стражу". Sentences of our own."""

from __future__ import annotations

import pytest

DAY = "2026-07-07"
CHL_PER = ("state/CHL", "state/PER")

CASES = [
    # a relative clause of the talks' outcome: the talks' holders sign
    ("Министр обороны Чили Хуан Перес и министр обороны Перу Луис Гомес провели в среду в "
     "Лиме переговоры, по итогам которых подписали дорожную карту военно-технического "
     "сотрудничества до 2032 года.",
     {("Дорожная карта военно-технического сотрудничества", "Programme", "signed", CHL_PER)}),
    ("Министры иностранных дел Испании и Португалии провели переговоры, по итогам которых "
     "подписали план действий на 2026–2030 годы.",
     {("План действий на 2026–2030 годы", "Programme", "signed", ("state/ESP", "state/PRT"))}),
    ("Состоялись переговоры министров торговли Кении и Танзании, в ходе которых подписали "
     "программу сотрудничества на 2027–2029 годы.",
     {("Программа сотрудничества", "Programme", "signed", ("state/KEN", "state/TZA"))}),
    # a recent contract concluded with no agent: the report's two sides'
    ("Президент Вьетнама встретился с президентом Лаоса. Контракт на поставку 12 вертолётов "
     "был заключён в марте прошлого года.",
     {("Контракт на поставку вертолётов", "Agreement", "signed", ("state/LAO", "state/VNM"))}),
    # a figure is no title word, its goods are
    ("Чили и Перу заключили контракт на поставку до 3 млн тонн сжиженного природного газа в "
     "год.",
     {("Контракт на поставку сжиженного природного газа", "Agreement", "signed", CHL_PER)}),
    ("Испания и Португалия подписали соглашение о поставке более 200 тысяч тонн пшеницы.",
     {("Соглашение о поставке пшеницы", "Agreement", "signed", ("state/ESP", "state/PRT"))}),
    # must-nots: a sum of money stays in the title
    ("Кения и Танзания подписали соглашение о выделении 500 млн долларов.",
     {("Соглашение о выделении 500 млн долларов", "Agreement", "signed",
       ("state/KEN", "state/TZA"))}),
    # must-nots: a clause with its own subject keeps it
    ("Министры Чили и Перу провели переговоры, по итогам которых Чили подписала контракт с "
     "компанией Siemens.",
     {("Контракт между Siemens и Чили", "Agreement", "signed", ("org/siemens", "state/CHL"))}),
    # must-nots: a one-sided meeting's plan stays no paper
    ("Губернатор области провёл совещание, по итогам которого подписал план мероприятий по "
     "газификации.", set()),
    # must-nots: an old paper signed with no agent is nobody's named
    ("Президент Чили встретился с президентом Перу. Соглашение о границе было подписано в "
     "2019 году.",
     {("Соглашение о границе", "Agreement", "signed", ())}),
    # must-nots: a player's contract, an arrest
    ("Президент Чили встретился с президентом Перу. Контракт футболиста Диего Переса был "
     "заключён в марте прошлого года.", set()),
    ("Президент Чили встретился с президентом Перу. Бывший министр был заключён под стражу в "
     "мае прошлого года.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "papers"), CASES)
def test_talks_outcomes_and_figures(extraction_of, text: str, papers: set) -> None:  # noqa: ANN001
    read = extraction_of(text, DAY, "agreements").facts["agreements"]
    found = {(a.title, a.kind, a.status, tuple(sorted(a.parties))) for a in read}
    assert found == papers


def test_the_talks_holders_sign(extraction_of) -> None:  # noqa: ANN001
    """The named ministers who held the talks are the roadmap's signatories."""
    (paper,) = extraction_of(CASES[0][0], DAY, "agreements").facts["agreements"]
    assert len(paper.signatories) == 2


def test_a_recent_contract_takes_its_date(extraction_of) -> None:  # noqa: ANN001
    text = CASES[3][0]
    (paper,) = extraction_of(text, DAY, "agreements").facts["agreements"]
    assert paper.date == "2025-03"
