"""A paper in force that the report's pair carries out, told by a word for the pair ("Обе
страны выполняют соглашение о …", "Две страны продолжают выполнять договор о …"): its parties
are the report's two states, as the relation levels read those words (`pair.bilateral`).
Must-nots: "наша страна" is the speaker's, no pair; "страны ЕАЭС" are a union's members; a
paper told in force with no word for the pair has no parties. Sentences of our own about other
pairs (agreements42)."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows

FTA = "Соглашение о свободной торговле"
KEN_UGA = "Кения и Уганда развивают торговлю. "


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (KEN_UGA + "Обе страны выполняют соглашение о свободной торговле.",
         {(FTA, "mentioned", ("state/KEN", "state/UGA"), ())}),
        ("Чили и Перу развивают торговлю. Обе страны продолжают выполнять договор о дружбе.",
         {("Договор о дружбе", "mentioned", ("state/CHL", "state/PER"), ())}),
        ("Чехия и Словакия расширяют связи. Две страны соблюдают соглашение о транзите.",
         {("Соглашение о транзите", "mentioned", ("state/CZE", "state/SVK"), ())}),
        # must not: the speaker's state, a union's members, no word for the pair
        (KEN_UGA + "Наша страна выполняет соглашение о свободной торговле, сказал министр Кении.",
         {(FTA, "mentioned", (), ())}),
        (KEN_UGA + "Страны ЕАЭС выполняют соглашение о свободной торговле.",
         {(FTA, "mentioned", (), ())}),
        (KEN_UGA + "Соглашение о свободной торговле действует с 2010 года.",
         {(FTA, "mentioned", (), ())}),
    ],
)  # fmt: skip
def test_a_word_for_the_pair_carrying_a_paper_out_gives_its_parties(analyse, text, rows):
    found = agreement_rows(analyse, text, "2025-03-06")
    assert {(t, s, tuple(sorted(p)), tuple(g)) for t, s, p, g in found} == rows
