"""A side a relative clause on a signed paper tells as signing it later, or not at all, is no
signer of it (fifty-first pass, h-agreements40), on sentences of our own about Egypt–Ethiopia,
Chile–Bolivia and Japan–Philippines: "Египет подписал договор о водах, который собирается
подписать Эфиопия" is Egypt's paper alone, and no missing side is completed from the clause.
Not a side the clause says signed it too, nor one that ratifies it, nor a paper planned by
both clauses. A signing done outranks a clause's signing not done ("…, который пока не
подписала Эфиопия"), as it does one meant."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Египет подписал договор о водах, который собирается подписать Эфиопия.",
         {("Договор о водах", "signed", ("state/EGY",))}),
        ("Чили подписала соглашение о торговле, которое планирует подписать Боливия.",
         {("Соглашение о торговле", "signed", ("state/CHL",))}),
        ("Япония подписала меморандум о рыболовстве, который намерены подписать Филиппины.",
         {("Меморандум о рыболовстве", "signed", ("state/JPN",))}),
        ("Чили подписала соглашение, которое планирует подписать Боливия.",
         {("Соглашение", "signed", ("state/CHL",))}),
        ("Египет подписал договор о водах, который не собирается подписывать Эфиопия.",
         {("Договор о водах", "signed", ("state/EGY",))}),
        ("Египет и Судан подписали договор о водах, который собирается подписать Эфиопия.",
         {("Договор о водах", "signed", ("state/EGY", "state/SDN"))}),
        ("Япония подписала с Филиппинами соглашение о визах, которое собирается подписать "
         "Вьетнам.", {("Соглашение о визах", "signed", ("state/JPN", "state/PHL"))}),
        # must not: a side that signed it too, or ratifies it, is a party
        ("Египет подписал договор о водах, который уже подписала Эфиопия.",
         {("Договор о водах", "signed", ("state/EGY", "state/ETH"))}),
        ("Египет подписал договор о водах, который собирается ратифицировать Эфиопия.",
         {("Договор о водах", "signed", ("state/EGY", "state/ETH"))}),
        # must not: a paper both clauses plan is both sides' planned paper
        ("Египет собирается подписать договор о водах, который также планирует подписать "
         "Эфиопия.", {("Договор о водах", "planned", ("state/EGY", "state/ETH"))}),
    ],
)  # fmt: skip
def test_a_planned_signer_in_the_clause_signs_nothing(analyse, text, found):
    assert {r[:3] for r in agreement_rows(analyse, text, "2025-04-02")} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Египет подписал договор о водах, который пока не подписала Эфиопия.",
         {("Договор о водах", "signed", ("state/EGY",))}),
        ("Чили ратифицировала соглашение о транзите, которое так и не подписала Боливия.",
         {("Соглашение о транзите", "signed", ("state/CHL",))}),
        ("Япония подписала меморандум о рыболовстве, который не подписали Филиппины.",
         {("Меморандум о рыболовстве", "signed", ("state/JPN",))}),
        # must not: a main verb that does not sign leaves the clause its status
        ("Египет обсудил договор о водах, который пока не подписала Эфиопия.",
         {("Договор о водах", "negotiating", ("state/EGY", "state/ETH"))}),
    ],
)  # fmt: skip
def test_a_signing_done_outranks_a_clause_not_done(analyse, text, found):
    """The main clause's signing, not the relative clause's negated one, tells the status."""
    assert {r[:3] for r in agreement_rows(analyse, text, "2025-04-02")} == found
