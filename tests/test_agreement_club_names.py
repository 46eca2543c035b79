"""A club's quoted name in a "с"-phrase: one that does not decline stays as written
("с «Шальке»" is Schalke, not "Шалька"), and the paper is titled by the form the text writes
in the instrumental ("с «Интером»" → "Контракт с Интером", where the dictionary lists the
name as fixed). Sentences of our own about other clubs, with must-nots (agr33)."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, status, parties, signatories) of each agreement kg reads."""
    return lambda text: agreement_rows(analyse, text, "2025-04-02")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a quoted name in "-е" read only as another noun's dative: undeclined
        ("Полузащитник Леон Бауэр продлил контракт с «Шальке» до 2027 года.",
         {("Контракт с Шальке", "mentioned", ("org/shalke",), ("person/leon-bauer",))}),
        ("Защитник Томас Келлер подписал контракт с «Шальке».",
         {("Контракт с Шальке", "signed", ("org/shalke",), ("person/tomas-keller",))}),
        # a name read as a locative of a common noun or as a fixed word: as written
        ("Защитник Пьер Дюран подписал контракт с «Порту».",
         {("Контракт с Порту", "signed", ("org/portu",), ("person/per-dyuran",))}),
        # a name the dictionary lists as fixed, which news declines: the text's form
        ("Нападающий Лаутаро Мартинес продлил контракт с «Интером» до 2029 года.",
         {("Контракт с Интером", "mentioned", ("org/inter",),
           ("person/lautaro-martines",))}),
        ("Полузащитник Андреа Бьянки заключил контракт с «Интером».",
         {("Контракт с Интером", "signed", ("org/inter",), ("person/andrea-byanki",))}),
        # must not: a club whose name declines keeps its nominative
        ("Защитник Пьер Дюран заключил двухлетний контракт с «Марселем».",
         {("Контракт с Марселем", "signed", ("org/marsel",), ("person/per-dyuran",))}),
        ("Нападающий Марко Росси подписал контракт с «Ювентусом».",
         {("Контракт с Ювентусом", "signed", ("org/Q1422",), ("person/marko-rossi",))}),
        # must not: a name in apposition to "клуб" stays in its own case
        ("Нападающий Марко Росси подписал контракт с клубом «Бенфика».",
         {("Контракт с Бенфика", "signed", ("org/Q131499",), ("person/marko-rossi",))}),
    ],
)  # fmt: skip
def test_a_quoted_club_keeps_its_written_form(read, text, found):
    assert read(text) == found
