"""Papers "мы подписали" in a turn of a transcript of two leaders' statements: "мы" is the
two speakers, so each paper "и" joins under the verb is signed by both speakers' states and
by the two speakers, on the statements' day; a plan ("план действий … на 2026–2030 годы"),
which needs two sides, is no longer lost. Must-nots: a signing wished ("Мы подписали бы")
or ahead ("мы готовы подписать") stays planned; "мы с министром …" is no pair; "мы" in a
news quotation (no turns) keeps the speaker's state. Our own transcripts about other pairs
(fifty-sixth pass, h-agreements60)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.agreements import Agreement
from kg.model import Extraction

# a pair's dateline, host's and guest's turn labels, their states
PAIRS = {
    "TUR-EGY": ("Анкара, 14 марта 2026 года", "Реджеп Тайип Эрдоган (Президент Турции)",
                "Абдель Фаттах ас-Сиси (Президент Египта)", ("state/EGY", "state/TUR")),
    "CHL-ARG": ("Сантьяго, 12 марта 2026 года", "Габриэль Борич (Президент Чили)",
                "Хавьер Милей (Президент Аргентины)", ("state/ARG", "state/CHL")),
}  # fmt: skip
DAY = "2026-03-14"

Row = tuple[str, str, str, tuple[str, ...], int]


def _transcript(pair: str, said: str) -> str:
    dateline, host, guest, _ = PAIRS[pair]
    return (
        f"Заявления для прессы\n\n{dateline}.\n\n{host}: Уважаемый господин Президент! "
        f"Дамы и господа!\n\n{said}\n\n{guest}: Благодарю вас за тёплый приём.\n"
    )


@pytest.fixture(scope="module")
def papers(extraction: Callable[[str, str], Extraction]) -> Callable[[str], set[Row]]:
    """Text → (title, status, date, parties, number of signatories) of each paper."""

    def read(text: str) -> set[Row]:
        facts: list[Agreement] = extraction(text, DAY).facts.get("agreements", [])
        return {
            (a.title, a.status, a.date, tuple(sorted(a.parties)), len(a.signatories)) for a in facts
        }

    return read


PLAN = "План действий по стратегическому партнёрству"

TURNS = [
    ("TUR-EGY", "Мы подписали план действий по стратегическому партнёрству на 2026–2030 годы "
                "и соглашение о сотрудничестве в области образования.",
     {(PLAN, "signed", DAY), ("Соглашение о сотрудничестве в области образования", "signed",
                              DAY)}, 2),
    ("CHL-ARG", "Сегодня мы подписали план действий по развитию торговли на 2026–2028 годы и "
                "меморандум о сотрудничестве в области энергетики.",
     {("План действий по развитию торговли", "signed", DAY),
      ("Меморандум о сотрудничестве в области энергетики", "signed", DAY)}, 2),
    # must-nots: wished or ahead, planned
    ("TUR-EGY", "Мы готовы подписать соглашение о сотрудничестве в области туризма.",
     {("Соглашение о сотрудничестве в области туризма", "planned", "")}, -1),
]  # fmt: skip


@pytest.mark.parametrize(("pair", "said", "found", "signers"), TURNS)
def test_we_signed_in_a_turn(
    papers: Callable[[str], set[Row]],
    pair: str,
    said: str,
    found: set[tuple[str, str, str]],
    signers: int,
) -> None:
    rows = papers(_transcript(pair, said))
    assert {r[:3] for r in rows} == found
    if signers > 0:
        assert {(r[3], r[4]) for r in rows} == {(PAIRS[pair][3], signers)}


def test_we_in_news_keeps_the_speakers_state(papers: Callable[[str], set[Row]]) -> None:
    """Must-not: "мы" in a news quotation (no turns) is the speaker's state alone."""
    text = (
        "Президент Турции Реджеп Тайип Эрдоган заявил: «Мы подписали соглашение о "
        "сотрудничестве в области образования»."
    )
    assert {r[3] for r in papers(text)} <= {("state/TUR",), ()}
