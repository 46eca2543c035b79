"""An acting holder's office spells out a short form as the holder's own does: "исполняющий
обязанности главы МИД" is "исполняющий обязанности министра иностранных дел" (never "…главы
мид", an abbreviation lower-cased), "и.о. генсека" "…генерального секретаря"; an office no
short form names stays as written (sixty-seventh pass, h-names151; own sentences about
Pakistan, Nepal, Chile, Peru and the UN)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

ACTING = [
    ("Премьер Перу встретился с исполняющим обязанности главы МИД Чили Хуаном Пересом.",
     "Перес", {("исполняющий обязанности министра иностранных дел", "state/CHL")}),
    ("Исполняющий обязанности главы Минфина Пакистана Али Хан прибыл в Кабул.",
     "Хан", {("исполняющий обязанности министра финансов", "state/PAK")}),
    ("Временно исполняющий обязанности генсека ООН Ли Мин прибыл в Исламабад.",
     "Мин", {("временно исполняющий обязанности генерального секретаря", "org/un")}),
    ("И.о. главы МИД Перу Хосе Гарсия провёл переговоры в Лиме.",
     "Гарсия", {("исполняющий обязанности министра иностранных дел", "state/PER")}),
    # a minister's fields spaced as the text spaces them (h-names150's rule for the holder)
    ("Исполняющий обязанности министра торговли, промышленности и энергетики Кореи Пак Мин Су "
     "прибыл в Варшаву.",
     "Су", {("исполняющий обязанности министра торговли, промышленности и энергетики",
             "state/KOR")}),
    # must not change: an office spelled out or no short form
    ("Исполняющий обязанности министра иностранных дел Непала Рам Шарма прибыл в Дели.",
     "Шарма", {("исполняющий обязанности министра иностранных дел", "state/NPL")}),
    ("И.о. президента Перу Хосе Гарсия прибыл в Лиму.",
     "Гарсия", {("исполняющий обязанности президента", "state/PER")}),
    ("Глава МИД Непала Рам Шарма прибыл в Дели.",
     "Шарма", {("министр иностранных дел", "state/NPL")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), ACTING)
def test_acting_office_spells_out_short_form(
    extraction_of, text: str, surname: str, expected: set[tuple[str, str]]
) -> None:
    """The acting office is the spelled-out office's genitive, abbreviations never lowered."""
    ex = extraction_of(text, "2026-11-20", "offices")
    assert text_holdings(ex, surname, ("office", "state")) == expected
