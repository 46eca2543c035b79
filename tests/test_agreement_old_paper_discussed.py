"""An old paper under talks (fiftieth pass, h-agreements38), on sentences of our own about
Ethiopia–Sudan and Moldova–Romania: a paper dated ten years or more before the document
(`identity.HISTORY_YEARS`) that a verb of discussing takes ("обсудили египетско-суданское
соглашение 1959 года") is only talked about: `mentioned`, and those who discuss it are no
parties, as for a named paper ("обсудили Парижское соглашение"). Not a recent paper, nor an
undated one or a draft, which are negotiated."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Судан и Эфиопия обсудили египетско-суданское соглашение 1959 года.",
         {("Соглашение между Египтом и Суданом", "mentioned", ("state/EGY", "state/SDN"))}),
        ("Судан и Эфиопия обсудили соглашение о водах Нила 1959 года.",
         {("Соглашение о водах Нила", "mentioned", ())}),
        ("Молдавия и Румыния обсудили договор о дружбе 1992 года.",
         {("Договор о дружбе", "mentioned", ())}),
        # must-nots: a recent paper, an undated one and a draft are under negotiation
        ("Судан и Эфиопия обсудили соглашение о водах Нила 2020 года.",
         {("Соглашение о водах Нила", "negotiating", ("state/ETH", "state/SDN"))}),
        ("Судан и Эфиопия обсудили соглашение о водах Нила.",
         {("Соглашение о водах Нила", "negotiating", ("state/ETH", "state/SDN"))}),
        ("Судан и Эфиопия обсудили проект соглашения о водах Нила.",
         {("Соглашение о водах Нила", "negotiating", ("state/ETH", "state/SDN"))}),
    ],
)  # fmt: skip
def test_an_old_paper_under_talks_is_only_mentioned(analyse, text, found):
    assert {r[:3] for r in agreement_rows(analyse, text, "2025-04-02")} == found
