"""A paper a relative clause says other states mean to sign (fiftieth pass, h-agreements36),
on sentences of our own about Ethiopia–Sudan and Armenia–Georgia: where the parse makes the
pronoun a second subject of the intent ("договор, который Эфиопия и Судан намерены
подписать"), the clause's named subject is the paper's side and its status planned, as for
"…, которое Молдавия и Румыния готовы подписать". Not a negated intent, nor the main
clause's state."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Египет выступил против договора о водах, который Эфиопия и Судан намерены подписать.",
         {("Договор о водах", "planned", ("state/ETH", "state/SDN"))}),
        ("Турция раскритиковала соглашение, которое Армения и Грузия планируют подписать.",
         {("Соглашение между Арменией и Грузией", "planned", ("state/ARM", "state/GEO"))}),
        # must-not: an intent negated signs nothing
        ("Турция раскритиковала соглашение, которое Армения и Грузия не намерены подписывать.",
         {("Соглашение между Арменией и Грузией", "mentioned", ("state/ARM", "state/GEO"))}),
    ],
)  # fmt: skip
def test_who_means_to_sign_is_the_relative_clause(analyse, text, found):
    assert {r[:3] for r in agreement_rows(analyse, text, "2025-04-02")} == found
