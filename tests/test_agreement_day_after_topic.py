"""A date with a day right after a signed paper's title, which the parse hangs on the title's
topic ("подписали соглашение о торговле 12 мая 2024 года", "… о транзите со Словакией 12
мая"): the signing's date, the paper's as its signing event's. Must-nots: a year alone after
a topic is the topic's paper's; "от <date>" dates the paper it follows; a date of a later
clause is not the signing's. Sentences of our own about other pairs (agreements43)."""

from __future__ import annotations

import pytest
from fact_reads import papers_and_signings


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → ({(title, date, parties)}, [dates of its signing events])."""

    def rows(text: str) -> tuple[set[tuple], list[str]]:
        papers, signings = papers_and_signings(analyse, text, "2025-03-06")
        days = [e.date for e in signings]
        return {(a.title, a.date, tuple(sorted(a.parties))) for a in papers}, days

    return rows


@pytest.mark.parametrize(
    ("text", "papers", "signings"),
    [
        ("Президенты Чили и Перу подписали соглашение о торговле 12 мая 2024 года.",
         {("Соглашение о торговле", "2024-05-12", ("state/CHL", "state/PER"))},
         ["2024-05-12"]),
        ("Кения и Уганда подписали меморандум о рыболовстве 3 апреля 2023 года.",
         {("Меморандум о рыболовстве", "2023-04-03", ("state/KEN", "state/UGA"))},
         ["2023-04-03"]),
        # after the title's "с"-side, with and without a year
        ("Чехия подписала соглашение о транзите со Словакией 12 мая.",
         {("Соглашение о транзите", "2024-05-12", ("state/CZE", "state/SVK"))},
         ["2024-05-12"]),
        ("Кения подписала меморандум о рыболовстве с Угандой 9 октября 2022 года.",
         {("Меморандум о рыболовстве", "2022-10-09", ("state/KEN", "state/UGA"))},
         ["2022-10-09"]),
        # must not: a year alone is the topic's paper's
        ("Чили и Перу подписали протокол к соглашению о торговле 2018 года.",
         {("Протокол к соглашению о торговле", "2025-03-06", ("state/CHL", "state/PER"))},
         ["2025-03-06"]),  # its signing's day (h-agreements58)
        # must not: "от <date>" dates the paper it follows, not the signing, which is the
        # report's day, as its event's (h-agreements63; before, the event took 2010 and the
        # protocol was left undated)
        ("Чили и Перу подписали протокол к соглашению о торговле от 12 мая 2010 года.",
         {("Протокол к соглашению о торговле", "2025-03-06", ("state/CHL", "state/PER"))},
         ["2025-03-06"]),
        # must not: the date of a topic the title times by
        ("Кения и Уганда подписали соглашение о восстановлении после наводнения 6 февраля "
         "2023 года.",
         {("Соглашение о восстановлении после наводнения", "2025-03-06",
           ("state/KEN", "state/UGA"))},
         None),  # not the flood's day: its signing's, the report's (h-agreements58)
        # must not: a date of a later clause (the paper is its signing's, the report's day,
        # as without the clause: h-agreements79; before, undated)
        ("Чехия и Словакия подписали соглашение о транзите, которое вступит в силу 1 января "
         "2026 года.",
         {("Соглашение о транзите", "2025-03-06", ("state/CZE", "state/SVK"))},
         ["2025-03-06"]),
    ],
)  # fmt: skip
def test_a_day_after_the_topic_dates_the_signing(read, text, papers, signings):
    got_papers, got_signings = read(text)
    assert got_papers == papers
    if signings is not None:  # the events of "от <date>" and "после …" are not this reading's
        assert got_signings == signings
