"""Who means to ratify in a relative clause ("договор, который собираются ратифицировать
Эфиопия и Судан", "…, который Эфиопия и Судан намерены ратифицировать"): the clause's states
are the paper's sides, the paper planned, as for a clause that means to sign it (fiftieth
pass, h-agreements39). Own sentences about Ethiopia–Sudan and Kenya–Uganda; not the main
clause's state, nor a plan negated."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows

DAY = "2025-04-02"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Египет выступил против договора о водах, который собираются ратифицировать Эфиопия "
         "и Судан.", {("Договор о водах", "planned", ("state/ETH", "state/SDN"))}),
        ("Египет выступил против договора о водах, который Эфиопия и Судан намерены "
         "ратифицировать.", {("Договор о водах", "planned", ("state/ETH", "state/SDN"))}),
        ("Танзания раскритиковала соглашение, которое планируют ратифицировать Кения и Уганда.",
         {("Соглашение между Кенией и Угандой", "planned", ("state/KEN", "state/UGA"))}),
        # must-not: a ratification done stays signed, the main clause's state no side
        ("Танзания раскритиковала соглашение, которое Кения и Уганда ратифицировали в 2019 "
         "году.", {("Соглашение между Кенией и Угандой", "signed", ("state/KEN", "state/UGA"))}),
    ],
)  # fmt: skip
def test_the_relative_clause_of_ratifying_names_the_sides(analyse, text, found):
    assert {r[:3] for r in agreement_rows(analyse, text, DAY)} == found


@pytest.mark.parametrize(
    "text",
    [
        "Египет выступил против договора о водах, который не собираются ратифицировать Эфиопия "
        "и Судан.",
        "Египет выступил против договора о водах, который Эфиопия и Судан не намерены "
        "ратифицировать.",
    ],
)
def test_a_negated_plan_to_ratify_plans_nothing(analyse, text):
    rows = agreement_rows(analyse, text, DAY)
    assert rows and all(r[1] == "mentioned" and "state/EGY" not in r[2] for r in rows)
