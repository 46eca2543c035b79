"""A planned paper its own sentence gives no date takes the day of the planned signing that
will sign it, as a signed one takes its signing's: "Президент Чили посетит Аргентину в мае. В
ходе визита лидеры примут совместное заявление" gave the signing May and the paper no date.
Must-nots: a paper with a day of its own keeps it, a paper only to be discussed is no paper
signed, and one whose signing has no day stays undated. Own sentences about Chile–Argentina,
Kenya–Uganda, Egypt–Turkey (sixtieth pass, h-relations58)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # musts: the planned paper takes its planned signing's month (was undated)
        ("Президент Чили Габриэль Борич посетит Аргентину в мае. Это будет его первый визит в "
         "Буэнос-Айрес. В ходе визита лидеры проведут переговоры и примут совместное "
         "заявление.", {("Совместное заявление", "planned", "2026-05")}),
        ("Президент Кении Уильям Руто посетит Уганду в июле. Во время визита стороны подпишут "
         "соглашение о транзите.", {("Соглашение о транзите", "planned", "2026-07")}),
        # must-nots: a day of its own; only discussed; a signing of no day
        ("Президент Египта посетит Турцию в мае. Меморандум о туризме стороны подпишут в "
         "апреле.", {("Меморандум о туризме", "planned", "2026-04")}),
        ("Президент Кении Уильям Руто посетит Уганду в июле. В ходе визита стороны обсудят "
         "соглашение о свободной торговле.",
         {("Соглашение о свободной торговле", "negotiating", "")}),
        ("Кения и Уганда подпишут соглашение о транзите.",
         {("Соглашение о транзите", "planned", "")}),
    ],
)  # fmt: skip
def test_a_planned_paper_takes_its_planned_signings_day(
    extraction_of: Callable[..., Extraction], text: str, expected: set[tuple[str, str, str]]
) -> None:
    ex = extraction_of(text, "2026-03-12", "events")
    assert {(a.title, a.status, a.date) for a in ex.facts["agreements"]} == expected
