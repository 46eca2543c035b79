"""A paper whose carrying out states discuss is one in force, `mentioned`, not negotiated
(fifty-first pass, h-agreements40): "имплементация" and "осуществление" of a paper are
carrying it out, as "выполнение" is. Own sentences about Chile–Bolivia, Japan–Philippines
and Egypt–Ethiopia; a draft carried out stays planned, a signing discussed negotiated."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Чили и Боливия обсудили имплементацию соглашения о транзите.",
         {("Соглашение о транзите", "mentioned", ("state/BOL", "state/CHL"))}),
        ("Япония и Филиппины обсудили ход имплементации положений соглашения о визах.",
         {("Соглашение о визах", "mentioned", ("state/JPN", "state/PHL"))}),
        ("Египет и Эфиопия обсудили осуществление соглашения о водах.",
         {("Соглашение о водах", "mentioned", ("state/EGY", "state/ETH"))}),
        # must not: a draft carried out is in force no more than under "выполнение" (planned),
        # a signing discussed is still negotiated
        ("Египет и Эфиопия обсудили осуществление проекта соглашения о водах.",
         {("Соглашение о водах", "planned", ("state/EGY", "state/ETH"))}),
        ("Чили и Боливия обсудили подписание соглашения о транзите.",
         {("Соглашение о транзите", "negotiating", ("state/BOL", "state/CHL"))}),
    ],
)  # fmt: skip
def test_a_paper_carried_out_is_in_force(analyse, text, found):
    assert {r[:3] for r in agreement_rows(analyse, text, "2025-04-02")} == found
