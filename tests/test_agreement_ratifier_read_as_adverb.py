"""A ratifying verb the tagger reads as an adverb (fiftieth pass, h-agreements38), on
sentences of our own about Moldova, Romania and Armenia: where a participle before the title
dates or places its signing ("ратифицировали подписанное в Бухаресте соглашение"), the
tagger calls "ратифицировали" an ADV; the form, which pymorphy3 reads only as a verb, still
ratifies, and its subject's state is a party. Not deputies of no state, nor a verb that only
discusses the paper."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Депутаты Молдавии ратифицировали подписанное в Бухаресте соглашение о строительстве "
         "моста.", {("Соглашение о строительстве моста", "signed", ("state/MDA",))}),
        ("Сенаторы Румынии ратифицировали подписанный в Кишинёве договор о дружбе.",
         {("Договор о дружбе", "signed", ("state/ROU",))}),
        ("Парламентарии Армении ратифицировали заключённое в Тбилиси соглашение о транзите.",
         {("Соглашение о транзите", "signed", ("state/ARM",))}),
        # must-nots: deputies of no state; deputies who discuss it are no side
        ("Депутаты ратифицировали подписанное в Бухаресте соглашение о строительстве моста.",
         {("Соглашение о строительстве моста", "signed", ())}),
        ("Депутаты Молдавии обсудили подписанное в Бухаресте соглашение о строительстве моста.",
         {("Соглашение о строительстве моста", "signed", ())}),
    ],
)  # fmt: skip
def test_a_ratifier_the_tagger_reads_as_an_adverb_ratifies(analyse, text, found):
    assert {r[:3] for r in agreement_rows(analyse, text, "2025-04-02")} == found
