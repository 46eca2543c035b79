"""The sides "Стороны" stand for after a visit and talks with a third state's leader, and a
paper's signing dated beside its entry into force (sixty-third pass, h-agreements79), on
sentences of our own about other pairs of states.

"Президент Перу посетил Чили. Затем он провёл переговоры с президентом Боливии. Стороны
подписали соглашение о транзите." gave the paper and its Signing Peru–Chile: the sentence
before named Bolivia alone ("он" is no mention), so "Стороны" took the visit's two. A
singular "он"/"она" subject of the sentence before stands for the one subject of the
sentence before it, a title of one state or a person of one, whose verb agrees with its
gender (`subjects._pronoun_side`): the talks' sides are that state and the one named, Peru
and Bolivia. After a second trip ("Он побывал также в Руанде") the sides are the visitor and
the host that sentence names, never the two hosts.
Must-nots: a pronoun of the other gender, two subjects before it, a trip home (one state),
and talks with two leaders (three states) leave the sides as they were.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import papers_and_signings

from kg.extract.context import Context

DAY = "2026-03-12"
PAPER = "Стороны подписали соглашение о транзите."


@pytest.fixture(scope="module")
def sides(analyse: Callable[..., Context]) -> Callable[[str], list[tuple]]:
    """Text → each paper's parties and each Signing's states."""

    def read(text: str) -> list[tuple]:
        papers, signings = papers_and_signings(analyse, text, DAY)
        return [
            (tuple(a.parties), tuple(sorted(s for s in e.participants if s.startswith("state/"))))
            for a in papers
            for e in signings
        ]

    return read


PER_BOL = ("state/BOL", "state/PER")
PER_CHL = ("state/CHL", "state/PER")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Президент Перу посетил Чили. Затем он провёл переговоры с президентом Боливии. {PAPER}",
         [(PER_BOL, PER_BOL)]),
        (f"Президент Египта прибыл в Амман. Там он провёл переговоры с президентом Кипра. {PAPER}",
         [(("state/CYP", "state/EGY"), ("state/CYP", "state/EGY"))]),
        (f"Президент Кении посетил Танзанию. Он побывал также в Руанде. {PAPER}",
         [(("state/KEN", "state/RWA"), ("state/KEN", "state/RWA"))]),
        (f"Премьер-министр Вьетнама посетил Лаос. Затем он встретился с премьер-министром "
         f"Камбоджи. {PAPER}",
         [(("state/KHM", "state/VNM"), ("state/KHM", "state/VNM"))]),
        (f"Президент Перу Ана Рамос посетила Чили. Затем она провела переговоры с президентом "
         f"Боливии. {PAPER}",
         [(PER_BOL, PER_BOL)]),
        (f"Президент Кении посетил Танзанию. Он провёл переговоры с президентом Танзании. "
         f"Затем он посетил Руанду. {PAPER}",
         [(("state/KEN", "state/RWA"), ("state/KEN", "state/RWA"))]),
        # must-nots: "она" after a man's verb; two subjects before
        (f"Президент Перу посетил Чили. Затем она провела переговоры с президентом Боливии. "
         f"{PAPER}",
         [(PER_CHL, PER_CHL)]),
        (f"Президент Перу и министр Чили посетили Эквадор. Затем он провёл переговоры с "
         f"президентом Боливии. {PAPER}",
         [((), ("state/CHL", "state/ECU", "state/PER"))]),
        # talks of three sides give no pair: the visit's, not the two guests' (Bolivia–Ecuador)
        (f"Президент Перу посетил Чили. Затем он провёл переговоры с президентами Боливии и "
         f"Эквадора. {PAPER}",
         [(PER_CHL, PER_CHL)]),
    ],
)  # fmt: skip
def test_sides_of_talks_after_a_visit(sides, text, expected):
    assert sides(text) == expected


# A paper signed with a date and told by a relative clause to have come into force later
# ("в 2024 году стороны подписали Соглашение о …, которое вступило в силу в сентябре 2025
# года") was undated: the clause was its predicate, so the signing verb dated nothing. kg
# has no status for entry into force, so the paper stays signed, dated by its signing; the
# clause's date is the entry's (`status._signed_over_clause`); a paper "подпишут" is planned
# (it was signed by the clause); an undated "подписали" is dated as without the clause (the
# report's day), never by the clause's day. Must-nots: a paper only told in force keeps no
# date; one the sides discuss is only talked about, `mentioned` and undated
# (test_agreement_discussed_in_force.py).
@pytest.fixture(scope="module")
def dated(analyse: Callable[..., Context]) -> Callable[[str], list[tuple]]:
    """Text → each paper's status and date, and each Signing's date."""

    def read(text: str) -> list[tuple]:
        papers, signings = papers_and_signings(analyse, text, "2026-11-09")
        return [(a.status, a.date, *(e.date for e in signings)) for a in papers]

    return read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Она напомнила, что в 2024 году Египет и Иордания подписали соглашение о транзите, "
         "которое вступило в силу в сентябре 2025 года.", [("signed", "2024", "2024")]),
        ("Вьетнам и Лаос подписали в 2023 году соглашение о туризме, которое вступило в силу "
         "в марте 2024 года.", [("signed", "2023", "2023")]),
        ("Кения и Уганда подпишут соглашение о торговле, которое вступит в силу в январе.",
         [("planned", "", "")]),
        ("Кения и Уганда подписали соглашение о торговле, которое вступит в силу 1 декабря.",
         [("signed", "2026-11-09", "2026-11-09")]),
        # must-nots
        ("Египет и Иордания обсудили соглашение о транзите, которое вступило в силу в 2020 "
         "году.", [("mentioned", "")]),  # only talked about (sixty-fourth pass, h-agreements80)
        ("Соглашение о торговле между Кенией и Угандой вступило в силу в сентябре 2025 года.",
         [("signed", "")]),
    ],
)  # fmt: skip
def test_a_signing_dated_beside_its_entry_into_force(dated, text, expected):
    assert dated(text) == expected
