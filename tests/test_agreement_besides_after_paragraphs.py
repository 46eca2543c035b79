""" "Помимо этого, стороны подписали меморандум …" opening a paragraph after one that dates
nothing ("Министры также обсудили ситуацию в регионе") took the report's day, though the text
dated the signing before it: the signing told as one more now takes the day of the signing
the text dated last, and so does its paper (`events.dating.signed_besides_afar`). Must-nots:
a text that dates no signing invents no day (the report's, as before), a signing ahead
stays undated. Own sentences about Laos–Vietnam, Kenya–Uganda (seventy-second pass,
h-agreements91)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction

DAY = "2025-06-06"
TALKED = "\n\nМинистры также обсудили ситуацию в регионе.\n\n"

CASES = [
    ("Главы МИД Лаоса и Вьетнама в понедельник подписали соглашение о границе." + TALKED
     + "Кроме того, стороны подписали меморандум об образовании.",
     {("Соглашение о границе", "signed", "2025-06-02"),
      ("Меморандум об образовании", "signed", "2025-06-02")}),
    ("Министры иностранных дел Кении и Уганды во вторник подписали в Найроби соглашение о "
     "торговле." + TALKED + "Помимо этого, стороны подписали меморандум об энергетике.",
     {("Соглашение о торговле", "signed", "2025-06-03"),
      ("Меморандум об энергетике", "signed", "2025-06-03")}),
    # must-nots: no signing dated before, no day of it; one ahead takes none
    ("Главы МИД Лаоса и Вьетнама подписали соглашение о границе." + TALKED
     + "Кроме того, стороны подписали меморандум об образовании.",
     {("Соглашение о границе", "signed", DAY), ("Меморандум об образовании", "signed", DAY)}),
    ("Главы МИД Лаоса и Вьетнама в понедельник подписали соглашение о границе." + TALKED
     + "Кроме того, стороны подпишут меморандум об образовании.",
     {("Соглашение о границе", "signed", "2025-06-02"),
      ("Меморандум об образовании", "planned", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), CASES)
def test_one_more_signing_paragraphs_after_takes_the_last_signings_day(
    extraction_of: Callable[..., Extraction], text: str, rows: set
) -> None:
    ex = extraction_of(text, DAY, "events")
    assert {(a.title, a.status, a.date) for a in ex.facts["agreements"]} == rows
