"""A clause whose signing verb a dash leaves out, with a subject of persons and no date or
state of its own ("…, а министры иностранных дел двух стран — меморандум о …"), is told by
the first clause's signing: its paper takes that signing's date and its signing event. A
gapped clause with a date or states of its own, a "— нет" of a paper, and a clause of another
verb keep their readings; a paper after a contrast whose dash leaves out the verb before and
tells it not done or done later ("…, а меморандум о туризме — нет", "— позже") is not signed
at that signing. Sentences of our own about other pairs (agreements41)."""

from __future__ import annotations

import pytest
from agreement_runs import dated_rows
from fact_reads import papers_and_signings

from kg.extract.agreements import read_agreements
from kg.model import Document


@pytest.fixture(scope="module")
def signed(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → {title: (date of the paper or of its signing, signed by a signing event)}."""

    def read(text: str) -> dict[str, tuple[str, bool]]:
        papers, signing = papers_and_signings(analyse, text, "2025-03-06")
        titles = {a.key: a.title for a in papers}
        days = {titles[k]: e.date for e in signing for k in e.signs}
        return {a.title: (a.date or days.get(a.title, ""), a.title in days) for a in papers}

    return read


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        # the ministers' memorandum is signed at the leaders' signing, on the talks' day
        ("Президент Вьетнама и премьер-министр Японии провели переговоры в Ханое 5 марта. По "
         "итогам встречи лидеры подписали совместное заявление о стратегическом партнёрстве, а "
         "министры иностранных дел двух стран — меморандум о сотрудничестве в области "
         "кибербезопасности.",
         {"Совместное заявление о стратегическом партнёрстве": ("2025-03-05", True),
          "Меморандум о сотрудничестве в области кибербезопасности": ("2025-03-05", True)}),
        ("5 марта в Найроби президенты Кении и Эфиопии подписали соглашение о торговле, а "
         "министры энергетики двух стран — меморандум о строительстве линии электропередачи.",
         {"Соглашение о торговле": ("2025-03-05", True),
          "Меморандум о строительстве линии электропередачи": ("2025-03-05", True)}),
        # must not: a gapped clause's own date stays its own, and no signing of the first day
        # (a May signed told in March is last year's: `_year_by_status`, fifty-second pass)
        ("Вьетнам и Камбоджа подписали в марте соглашение о торговле, а в мае — меморандум об "
         "образовании.",
         {"Соглашение о торговле": ("2025-03", True),
          "Меморандум об образовании": ("2024-05", False)}),
        # must not: a clause of another verb is no signing
        ("Президенты Аргентины и Бразилии 4 марта подписали декларацию о партнёрстве, а "
         "министры иностранных дел двух стран провели переговоры.",
         {"Декларация о партнёрстве": ("2025-03-04", True)}),
        ("Президенты Аргентины и Бразилии 4 марта подписали декларацию о партнёрстве, а "
         "министры иностранных дел двух стран — ряд документов.",
         {"Декларация о партнёрстве": ("2025-03-04", True)}),
    ],
)  # fmt: skip
def test_a_gapped_paper_is_signed_at_the_first_clauses_signing(signed, text, papers):
    assert signed(text) == papers


def test_a_gapped_papers_signers_are_the_persons_it_names(analyse):
    text = (
        "Президенты Аргентины и Бразилии 4 марта подписали декларацию о партнёрстве, а министры "
        "иностранных дел Диего Серда и Мауро Виейра — меморандум о сотрудничестве в сфере "
        "образования."
    )
    facts = read_agreements(analyse(Document(id="t", text=text, date="2025-03-06"))).facts
    pair = ("state/ARG", "state/BRA")
    assert {a.title: (a.date, tuple(sorted(a.parties)), sorted(a.signatories)) for a in facts} == {
        "Декларация о партнёрстве": ("2025-03-04", pair, []),
        "Меморандум о сотрудничестве в сфере образования": (
            "2025-03-04",
            pair,
            ["person/diego-serda", "person/mauro-vieira"],
        ),
    }


KEN_ETH = ("state/ETH", "state/KEN")
NAIROBI = "5 марта в Найроби президенты Кении и Эфиопии подписали соглашение о торговле"


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (NAIROBI + ", а меморандум о туризме — нет.",
         {("Соглашение о торговле", "signed", "2025-03-05", KEN_ETH),
          ("Меморандум о туризме", "mentioned", "", KEN_ETH)}),
        (NAIROBI + ", а меморандум о туризме — нет, сообщил МИД Кении.",
         {("Соглашение о торговле", "signed", "2025-03-05", KEN_ETH),
          ("Меморандум о туризме", "mentioned", "", KEN_ETH)}),
        (NAIROBI + ", а меморандум о туризме — позже.",
         {("Соглашение о торговле", "signed", "2025-03-05", KEN_ETH),
          ("Меморандум о туризме", "signed", "", KEN_ETH)}),
        # must not: a paper coordinated, or told with a dash of what it is, is signed then
        (NAIROBI + " и меморандум о туризме.",
         {("Соглашение о торговле", "signed", "2025-03-05", KEN_ETH),
          ("Меморандум о туризме", "signed", "2025-03-05", KEN_ETH)}),
        (NAIROBI + ", а также меморандум о туризме — важный для обеих стран документ.",
         {("Соглашение о торговле", "signed", "2025-03-05", KEN_ETH),
          ("Меморандум о туризме", "signed", "2025-03-05", KEN_ETH)}),
    ],
)  # fmt: skip
def test_a_paper_a_contrasts_dash_tells_unsigned_then_is_not_signed(analyse, text, rows):
    found = dated_rows(analyse, text, "2025-03-06")
    assert {(t, s, d, tuple(sorted(p))) for t, s, d, p in found} == rows
