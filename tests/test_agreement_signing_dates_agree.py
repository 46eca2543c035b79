"""A planned paper and its planned Signing are dated by one reader; "Стороны" after a look
back (sixty-second pass, h-agreements76), on sentences of our own about other pairs of states.

"Вьетнам и Камбоджа условились в январе подписать соглашение о …" (a January past in the
report) dated the paper the next January while its Signing was undated (the paper's reader
knew no "условиться"), and "Бутан и Непал договорились в мае подписать …" dated the Signing
May while the paper was undated (the paper's reader took any date on the verb of agreeing
for the deciding's). Both now ask `common.decisions.decided_then`: a date before the
document's, on the verb of agreeing or between it and its infinitive, is the deciding's
and dates neither; one still ahead dates both. Must-nots: "решили в 2024 году подписать"
dates neither; "решили подписать … в мае" and a signed paper's year date both.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from agreement_runs import CHL_PER, KEN_TZA, KEN_UGA
from fact_reads import papers_and_signings

from kg.extract.common.pair import told_earlier
from kg.extract.context import Context

DAY = "2027-03-12"


@pytest.fixture(scope="module")
def dates(analyse: Callable[..., Context]) -> Callable[[str], list[tuple[str, str]]]:
    """Text → each paper's date and each Signing's."""

    def read(text: str) -> list[tuple[str, str]]:
        papers, signings = papers_and_signings(analyse, text, DAY)
        return [(a.date, e.date) for a in papers for e in signings]

    return read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Вьетнам и Камбоджа условились в январе подписать соглашение о сотрудничестве в "
         "сфере рыболовства.", [("", "")]),
        ("Бутан и Непал договорились в мае подписать соглашение о торговле.",
         [("2027-05", "2027-05")]),
        ("Египет и Иордания условились в июне подписать меморандум о туризме.",
         [("2027-06", "2027-06")]),
        # must-nots: a year of deciding dates neither; the signing's own dates date both
        ("Египет и Иордания решили в 2024 году подписать соглашение о торговле.", [("", "")]),
        ("Египет и Иордания решили подписать соглашение о торговле в мае.",
         [("2027-05", "2027-05")]),
        ("Кения и Уганда в 2025 году подписали соглашение о туризме.", [("2025", "2025")]),
    ],
)  # fmt: skip
def test_a_paper_and_its_signing_share_a_date(dates, text, expected):
    assert dates(text) == expected


# "Стороны" after a look back at the visitor's past trip (sixty-second pass, h-agreements76):
# "Президент Перу посетил Чили. Ранее он побывал в Боливии и Эквадоре. Стороны подписали …"
# gave the paper and its Signing Bolivia–Ecuador, the states of the sentence just before.
# A sentence whose main verb is told as earlier ("Ранее", "Прежде", "До этого") is a look
# back (`pair.told_earlier`): the sides are those of the sentence before it, and the trip
# looked back at frames no later sentence's act (`frames._looked_back`).
# Must-nots: "В ходе визита в Танзанию стороны подписали …" after "Ранее он побывал в
# Танзании" keeps the trip it frames; a trip told with "также", not as earlier, is as it was.
LOOKED_BACK = "соглашение о сотрудничестве в сфере горнодобывающей промышленности"


@pytest.fixture(scope="module")
def sides(analyse: Callable[..., Context]) -> Callable[[str], list[tuple]]:
    """Text → each paper's parties and each Signing's (states, place)."""

    def read(text: str) -> list[tuple]:
        papers, signings = papers_and_signings(analyse, text, DAY)
        return [
            (tuple(a.parties), tuple(s for s in e.participants if s.startswith("state/")),
             e.location)
            for a in papers
            for e in signings
        ]  # fmt: skip

    return read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Президент Перу посетил Чили. Ранее он побывал в Боливии и Эквадоре. Стороны "
         f"подписали {LOOKED_BACK}.",
         [(CHL_PER, CHL_PER, "Чили")]),
        ("Президент Кении посетил Уганду. Прежде он побывал в Танзании и Руанде. Стороны "
         "подписали меморандум о туризме.",
         [(KEN_UGA, KEN_UGA, "Уганда")]),
        ("Президент Кении посетил Уганду. До этого он побывал в Танзании и Руанде. Стороны "
         "подписали меморандум о туризме.",
         [(KEN_UGA, KEN_UGA, "Уганда")]),
        # must-not: the trip looked back at frames the signing told "в ходе" it
        ("Президент Кении посетил Уганду. Ранее он побывал в Танзании. В ходе визита в "
         "Танзанию стороны подписали меморандум о туризме.",
         [(KEN_TZA, KEN_TZA, "Танзания")]),
    ],
)  # fmt: skip
def test_sides_past_a_look_back(sides, text, expected):
    assert sides(text) == expected


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("Ранее он побывал в Боливии и Эквадоре.", True),
        ("До этого он посетил Боливию и Эквадор.", True),
        # must-nots: a trip told beside, a visit of the news
        ("Он побывал также в Боливии и Эквадоре.", False),
        ("Президент Перу посетил Чили.", False),
    ],
)
def test_a_look_back(nlp, text, earlier):
    assert told_earlier(next(iter(nlp(text).sents))) is earlier
