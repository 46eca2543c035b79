"""A paper a relative clause tells already in force, which the sentence only discusses
("Министры Японии и Вьетнама обсудили соглашение о свободной торговле, которое вступило в
силу в 2020 году"), is talked about: `mentioned`, with no date (the ontology keeps no
entry-into-force date on a paper) and those who discuss it no parties, as for a named or an
old paper discussed; its sides are the ones the title gives ("между двумя странами": the
pair). It was `signed` by the clause's entry. Own sentences about other pairs of states
(sixty-fourth pass, h-agreements80). Must-nots: an entry ahead ("вступит в силу") keeps the
paper signed, and so does a signing main verb."""

from __future__ import annotations

import pytest
from agreement_runs import dated_rows

DAY = "2026-11-20"
JV = ("state/JPN", "state/VNM")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Министры Японии и Вьетнама обсудили соглашение о свободной торговле, которое вступило "
         "в силу в 2020 году.", {("Соглашение о свободной торговле", "mentioned", "", ())}),
        ("Министры Японии и Вьетнама обсудили соглашение о свободной торговле между двумя "
         "странами, которое вступило в силу в 2020 году.",
         {("Соглашение о свободной торговле", "mentioned", "", JV)}),
        ("Президенты Египта и Иордании обсуждали договор о транзите, который вступил в силу в "
         "прошлом году.", {("Договор о транзите", "mentioned", "", ())}),
        # must-nots: an entry ahead, a signing main verb
        ("Министры Японии и Вьетнама обсудили соглашение о свободной торговле, которое вступит "
         "в силу в январе.", {("Соглашение о свободной торговле", "signed", "", ())}),
        ("Япония и Вьетнам подписали в 2019 году соглашение о свободной торговле, которое "
         "вступило в силу в 2020 году.",
         {("Соглашение о свободной торговле", "signed", "2019", JV)}),
    ],
)  # fmt: skip
def test_a_paper_in_force_only_discussed_is_mentioned(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found
