"""A signing whose second clause a dash leaves the verb out of, with states of its own ("Чехия
подписала соглашение о транзите 5 марта, а Словакия и Венгрия — меморандум об …"): the first
paper is its subject's (and its "с"-side's), dated by the day after its title that the parse
hangs on the title's topic; the second is its own subject's; the first clause's signing
event has none of the gapped clause's states. Must-nots: one subject of two states signs one
paper of both; a year after a topic is no signing's date. Sentences of our own about other
pairs (agreements42)."""

from __future__ import annotations

import pytest
from fact_reads import papers_and_signings


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → ({(title, status, date, parties)}, [(date, states) of each signing event])."""

    def rows(text: str) -> tuple[set[tuple], list[tuple]]:
        found, events = papers_and_signings(analyse, text, "2025-03-06")
        papers = {(a.title, a.status, a.date, tuple(sorted(a.parties))) for a in found}
        states = [
            (e.date, tuple(p for p in e.participants if p.startswith("state/"))) for e in events
        ]
        return papers, states

    return rows


@pytest.mark.parametrize(
    ("text", "papers", "signings"),
    [
        ("Чехия подписала соглашение о транзите 5 марта, а Словакия и Венгрия — меморандум об "
         "энергетике.",
         {("Соглашение о транзите", "signed", "2025-03-05", ("state/CZE",)),
          # every paper of the verb takes its day (seventy-second pass, h-agreements91)
          ("Меморандум об энергетике", "signed", "2025-03-05", ("state/HUN", "state/SVK"))},
         [("2025-03-05", ("state/CZE",))]),
        ("Кения подписала с Эфиопией соглашение о торговле 2 марта, а Уганда и Танзания — "
         "меморандум о рыболовстве.",
         {("Соглашение о торговле", "signed", "2025-03-02", ("state/ETH", "state/KEN")),
          # the day the first verb governs signs the gapped paper too (seventy-first pass)
          ("Меморандум о рыболовстве", "signed", "2025-03-02", ("state/TZA", "state/UGA"))},
         [("2025-03-02", ("state/ETH", "state/KEN"))]),
        ("Чили подписала соглашение о торговле 4 марта, а Перу и Боливия — декларацию о "
         "сотрудничестве.",
         {("Соглашение о торговле", "signed", "2025-03-04", ("state/CHL",)),
          ("Декларация о сотрудничестве", "signed", "2025-03-04", ("state/BOL", "state/PER"))},
         [("2025-03-04", ("state/CHL",))]),
        # must not: one subject of two states signs one paper of both
        ("Чехия и Словакия подписали соглашение о транзите 5 марта.",
         {("Соглашение о транзите", "signed", "2025-03-05", ("state/CZE", "state/SVK"))},
         [("2025-03-05", ("state/CZE", "state/SVK"))]),
        # must not: a year after a topic dates no signing
        ("Чили подписала протокол к соглашению о торговле 2018 года.",
         {("Протокол к соглашению о торговле", "signed", "2025-03-06", ("state/CHL",))},
         [("2025-03-06", ("state/CHL",))]),  # the paper takes its signing's day
    ],
)  # fmt: skip
def test_a_gapped_clauses_states_sign_only_its_paper(read, text, papers, signings):
    assert read(text) == (papers, signings)
