"""Who signs or means to sign in a relative clause the parser misreads (fiftieth pass,
h-agreements38), on sentences of our own about Ethiopia–Sudan, Armenia–Georgia and
Romania–Ukraine: where the pronoun is already the object ("договор, который собираются
подписать Эфиопия и Судан"), the states the parse makes the infinitive's objects are its
sides; a paper "под которым подписались" states is signed by them. Not a signing negated,
nor the main clause's state."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Египет выступил против договора о водах, который собираются подписать Эфиопия и "
         "Судан.", {("Договор о водах", "planned", ("state/ETH", "state/SDN"))}),
        ("Турция раскритиковала соглашение, которое планируют подписать Армения и Грузия.",
         {("Соглашение между Арменией и Грузией", "planned", ("state/ARM", "state/GEO"))}),
        ("Египет выступил против договора о водах, под которым подписались Эфиопия и Судан.",
         {("Договор о водах", "signed", ("state/ETH", "state/SDN"))}),
        ("Молдавия раскритиковала декларацию, под которой подписались Румыния и Украина.",
         {("Декларация между Румынией и Украиной", "signed", ("state/ROU", "state/UKR"))}),
    ],
)  # fmt: skip
def test_the_relative_clause_names_the_sides(analyse, text, found):
    assert {r[:3] for r in agreement_rows(analyse, text, "2025-04-02")} == found


@pytest.mark.parametrize(
    "text",
    [
        "Египет выступил против договора о водах, под которым не подписались Эфиопия и Судан.",
        "Египет выступил против договора о водах, который не собираются подписывать Эфиопия и "
        "Судан.",
    ],
)
def test_a_negated_signing_signs_nothing(analyse, text):
    rows = agreement_rows(analyse, text, "2025-04-02")
    assert rows and all(r[1] == "mentioned" and r[3] == () for r in rows)
