"""A measure of a thing an act of building is made on, and a fund set up ahead; sixty-fourth
pass (h-claims115).

The parser hangs "мощностью" on the act ("начале строительства АЭС мощностью 1200 МВт") or on
an abbreviation the tagger reads as a name ("сооружение ТЭС мощностью 600 МВт"): it is the
plant's capacity ("мощность АЭС", "мощность ТЭС"), not "мощность строительства АЭС" nor a
bare "мощность"; an act's amount stays the act's ("поставки газа объёмом …"). A fund
"учредят" or "будет учреждён" is a forecast, as one "создадут". Own sentences about Egypt,
Pakistan, Tajikistan, Turkey–Iraq, Egypt–Kuwait."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

FIELDS = ("metric", "status")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # musts (were "мощность строительства АЭС", "мощность")
        ("Объявлено о начале строительства АЭС мощностью 1200 МВт в Египте.",
         [("мощность АЭС", "actual")]),
        ("Объявлено о начале строительства ГЭС мощностью 450 МВт в Таджикистане.",
         [("мощность ГЭС", "actual")]),
        ("Китай профинансирует сооружение ТЭС мощностью 600 МВт в Пакистане.",
         [("мощность ТЭС", "target")]),
        # must-nots: an act's own amount, a thing named as a noun (unchanged)
        ("Турция начала поставки газа объемом 10 млрд кубометров в Ирак.",
         [("поставки газа", "actual")]),
        ("Объявлено о начале строительства электростанции мощностью 1200 МВт в Египте.",
         [("мощность электростанции", "actual")]),
        ("Власти Египта объявили о начале строительства моста стоимостью 2 млрд долларов.",
         [("стоимость моста", "actual")]),
    ],
)  # fmt: skip
def test_claims_built_things(analyse, text, rows):
    assert claim_rows(analyse, text, FIELDS) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # musts (were actual)
        ("Египет и Кувейт учредят фонд с капиталом 300 млн долларов.",
         [("капитал", "forecast")]),
        ("Будет учреждён фонд с уставным капиталом 200 млн евро.",
         [("уставный капитал", "forecast")]),
        # must-nots: a fund set up is actual, one planned a target (unchanged)
        ("Был учреждён фонд с уставным капиталом 200 млн евро.",
         [("уставный капитал", "actual")]),
        ("Египет и Кувейт учредили фонд с капиталом 300 млн долларов.",
         [("капитал", "actual")]),
        ("Планируется создать фонд с капиталом 1 млрд рублей.", [("капитал", "target")]),
    ],
)  # fmt: skip
def test_claims_funds_set_up_ahead(analyse, text, rows):
    assert claim_rows(analyse, text, FIELDS) == rows
