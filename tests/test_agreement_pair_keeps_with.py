"""A word for the report's pair that keeps or carries out a titled paper "с X" ("Обе страны
выполняют соглашение о свободной торговле с Египтом"): the pair and X are its parties, as
they are of a paper "с X" the pair signs (X alone, or X and one of the pair, before).
Must-nots: "наша страна" (the speaker's), a pair that criticises it, plural papers (each may
have its own) and a paper with no "с"-side keep what they had. Sentences of our own about
other pairs (agreements44)."""

from __future__ import annotations

import pytest

from kg.extract.agreements import read_agreements
from kg.model import Document


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → {(title, status, parties)} of the papers kg reads in it."""

    def rows(text: str) -> set[tuple[str, str, tuple[str, ...]]]:
        ctx = analyse(Document(id="t", text=text, date="2025-03-06"))
        return {(a.title, a.status, tuple(sorted(a.parties))) for a in read_agreements(ctx).facts}

    return rows


FTA = "Соглашение о свободной торговле"


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        ("Президент Чехии прибыл в Братиславу. Обе страны выполняют соглашение о свободной "
         "торговле с Египтом.",
         {(FTA, "mentioned", ("state/CZE", "state/EGY", "state/SVK"))}),
        ("Президент Чехии прибыл в Братиславу. Стороны выполняют соглашение о свободной "
         "торговле с Египтом.",
         {(FTA, "mentioned", ("state/CZE", "state/EGY", "state/SVK"))}),
        ("Президент Кении прибыл в Уганду. Обе страны соблюдают соглашение о транзите с "
         "Танзанией.",
         {("Соглашение о транзите", "mentioned", ("state/KEN", "state/TZA", "state/UGA"))}),
        # must not: the pair's paper with no "с"-side stays the pair's
        ("Президент Чехии прибыл в Братиславу. Обе страны выполняют соглашение о свободной "
         "торговле.",
         {(FTA, "mentioned", ("state/CZE", "state/SVK"))}),
        # must not: the pair criticises it, no keeping
        ("Президент Чили прибыл в Перу. Обе страны критикуют соглашение о рыболовстве с "
         "Китаем.",
         {("Соглашение о рыболовстве", "mentioned", ("state/CHN",))}),
        # must not: "наша страна" is the speaker's, no pair
        ("Президент Чили прибыл в Перу. Наша страна выполняет соглашение о свободной торговле "
         "с Китаем.",
         {(FTA, "mentioned", ("state/CHN",))}),
        # must not: plural papers, each may have its own with China
        ("Президент Чили прибыл в Перу. Обе страны выполняют соглашения о свободной торговле "
         "с Китаем.",
         {(FTA, "mentioned", ("state/CHN",))}),
    ],
)  # fmt: skip
def test_the_pair_keeping_a_paper_with_a_third_state(read, text, papers):
    assert read(text) == papers
