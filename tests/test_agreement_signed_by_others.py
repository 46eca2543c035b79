"""A paper a relative clause says other states signed, which the main clause's state does
not sign (fiftieth pass, h-agreements36), on sentences of our own about Egypt,
Ethiopia–Sudan, Moldova–Romania and Armenia–Georgia: the relative clause's subjects are its
parties ("Египет не подписал соглашение, которое подписали Эфиопия и Судан": Ethiopia and
Sudan), never the state that does not sign, refuses to or will not ratify it. Not where the
main clause does sign, nor where the clause on the title names no signer."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Египет не подписал соглашение, которое подписали Эфиопия и Судан.",
         {("state/ETH", "state/SDN")}),
        ("Египет отказался подписать договор, который подписали Эфиопия и Судан.",
         {("state/ETH", "state/SDN")}),
        ("Украина отказалась ратифицировать договор, который подписали Молдавия и Румыния.",
         {("state/MDA", "state/ROU")}),
        ("Азербайджан не стал подписывать соглашение о транзите, которое подписали Армения и "
         "Грузия в Тбилиси.", {("state/ARM", "state/GEO")}),
        ("Египет выступил против договора, который подписали Эфиопия и Судан.",
         {("state/ETH", "state/SDN")}),
        # must-nots: a state that signs it too is a party; a refusal with no signer named
        ("Египет подписал соглашение, которое ранее подписали Эфиопия и Судан.",
         {("state/EGY", "state/ETH", "state/SDN")}),
        ("Молдавия ратифицировала договор, подписанный в 2020 году.", {("state/MDA",)}),
    ],
)  # fmt: skip
def test_who_signs_is_the_relative_clause_not_the_refusing_state(analyse, text, found):
    assert {r[2] for r in agreement_rows(analyse, text, "2025-04-02")} == found
