"""A state's act in the instrumental after a title, the law or decree that ratified or
approved the paper ("ратифицировал соглашение о водах законом от 7 сентября 2005 года"), ends
the title, and its date is the act's, not the paper's (fifty-first pass, h-agreements40).
Own sentences about Egypt–Ethiopia, Chile–Bolivia, Japan–Philippines; an act in the genitive
inside the topic stays a title word."""

from __future__ import annotations

import pytest
from agreement_runs import dated_rows


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Египет ратифицировал соглашение о водах законом от 7 сентября 2005 года.",
         {("Соглашение о водах", "signed", "", ("state/EGY",))}),
        ("Египет ратифицировал соглашение о водах указом президента.",
         {("Соглашение о водах", "signed", "", ("state/EGY",))}),
        ("Япония утвердила соглашение о визах с Филиппинами постановлением правительства от 3 "
         "мая 2019 года.", {("Соглашение о визах", "signed", "", ("state/JPN", "state/PHL"))}),
        ("Боливия ратифицировала договор о транзите с Чили законом № 15.",
         {("Договор о транзите", "signed", "", ("state/BOL", "state/CHL"))}),
        # must not: an act inside the topic, or a date of the paper itself, stays
        ("Египет и Эфиопия подписали соглашение о применении закона о водах.",
         {("Соглашение о применении закона о водах", "signed", "",
           ("state/EGY", "state/ETH"))}),
        ("Боливия ратифицировала договор о транзите с Чили, подписанный в 2010 году, законом "
         "№ 15.", {("Договор о транзите", "signed", "2010", ("state/BOL", "state/CHL"))}),
    ],
)  # fmt: skip
def test_an_act_after_a_title_ends_it(analyse, text, found):
    assert dated_rows(analyse, text, "2025-04-02") == found
