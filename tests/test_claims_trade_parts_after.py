"""Parts of a trade told the sentence after it (fifty-first pass, h-claims79): export and
import told with no marker and no date of their own after a sentence of the trade they are
parts of go on with its period, and so does a share of a trade after a trade, where their
tense is the same and they name no other pair; an export or import that names only its
partner ("а импорт из Чехии — 18 млрд") is of the text's pair.
Own sentences about Argentina–Brazil, Kenya–Uganda, Poland–Czechia, Vietnam–Laos,
India–Nepal, Chile–Peru."""

from __future__ import annotations

import pytest
from claim_runs import claim_of_value

_FIELDS = ("metric", "period", "states")
_ARG_BRA = (
    "В 2024 году товарооборот Аргентины и Бразилии сократился на 12 % и составил около 26 "
    "млрд долларов. Экспорт Бразилии в Аргентину превысил 13 млрд долларов, импорт — 11,5 млрд."
)
_KEN_UGA = "В 2023 году товарооборот Кении и Уганды вырос на 8 % и достиг 3 млрд долларов. "
_CHL_PER = "В 2023 году экспорт Чили в Перу составил 3 млрд долларов. "
_POL_CZE = "В 2024 году товарооборот Польши и Чехии составил 40 млрд евро. "
_POL_CZE_STATES = ("state/CZE", "state/POL")
B = 10**9


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (_ARG_BRA, 13 * B, ("экспорт", "2024", ("state/ARG", "state/BRA"))),
        # the gapped import: Brazil's from Argentina, of the same year
        (_ARG_BRA, 11.5 * B, ("импорт", "2024", ("state/ARG", "state/BRA"))),
        (_KEN_UGA + "Экспорт Кении в Уганду составил 2,1 млрд долларов.",
         2.1 * B, ("экспорт", "2023", ("state/KEN", "state/UGA"))),
        ("В 2022 году объём торговли Вьетнама и Лаоса вырос до 1,7 млрд долларов. Импорт "
         "Лаоса из Вьетнама составил 900 млн долларов.",
         0.9 * B, ("импорт", "2022", ("state/LAO", "state/VNM"))),
        # supplies are a part of the trade too; a share of supplies a part of the export
        ("В 2024 году товарооборот Индии и Непала достиг 8 млрд долларов. Поставки "
         "нефтепродуктов из Индии составили 2,5 млрд долларов.",
         2.5 * B, ("поставки нефтепродуктов", "2024", ("state/IND", "state/NPL"))),
        (_CHL_PER + "Около 40 % поставок пришлось на медь.", 40, ("доля поставок", "2023", ())),
        # the whole told as "двух стран": the document's pair, so a part naming both is
        # no other pair's (the lead, at merge)
        ("Кения и Уганда подписали соглашение. В 2023 году товарооборот двух стран составил "
         "3 млрд долларов. Экспорт Кении в Уганду составил 1 млрд долларов.",
         1 * B, ("экспорт", "2023", ("state/KEN", "state/UGA"))),
        # must-not: a third state's part after "двух стран"
        ("Кения и Уганда подписали соглашение. В 2023 году товарооборот двух стран составил "
         "3 млрд долларов. Экспорт Танзании в Уганду составил 1 млрд долларов.",
         1 * B, ("экспорт", "", ("state/TZA", "state/UGA"))),
        # must-not: a share of no trade, a share told in the present
        (_CHL_PER + "Доля рынка компании составила 12 %.", 12, ("доля рынка компании", "", ())),
        (_CHL_PER + "Доля экспорта в ВВП составляет 20 %.", 20, ("доля экспорта", "", ())),
        # must-not: a part in the present tense, with "сейчас" or without
        (_POL_CZE + "Сейчас экспорт Польши в Чехию составляет 22 млрд евро.",
         22 * B, ("экспорт", "", _POL_CZE_STATES)),
        (_POL_CZE + "Экспорт Польши в Чехию составляет 22 млрд евро.",
         22 * B, ("экспорт", "", _POL_CZE_STATES)),
        # must-not: a visit's day in the sentence before, the trade of no figure there
        ("Во время визита 12 мая 2024 года президенты Польши и Чехии обсудили торговлю. "
         "Экспорт Польши в Чехию превысил 22 млрд евро.",
         22 * B, ("экспорт", "", _POL_CZE_STATES)),
        # must-not: another pair's export is no part of the trade before
        (_KEN_UGA + "Экспорт Кении в Танзанию составил 1,4 млрд долларов.",
         1.4 * B, ("экспорт", "", ("state/KEN", "state/TZA"))),
        # must-not: a part two sentences on
        (_POL_CZE + "Стороны обсудили новые проекты. Экспорт Польши в Чехию превысил 22 млрд евро.",
         22 * B, ("экспорт", "", _POL_CZE_STATES)),
    ],
)  # fmt: skip
def test_a_trade_part_goes_on_with_its_whole_period(
    analyse, text: str, value: float, expected: tuple
) -> None:
    assert claim_of_value(analyse, text, int(value), _FIELDS) == expected


_KEN_VISIT = "Президент Кении посетил Уганду. "


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        # a gapped import that names only its partner is the other side's of the pair
        (_POL_CZE + "Экспорт Польши в Чехию превысил 22 млрд евро, а импорт из Чехии — 18 млрд "
         "евро.", 18 * B, ("импорт", "2024", _POL_CZE_STATES)),
        (_KEN_VISIT + "Импорт из Уганды составил 0,9 млрд долларов.",
         0.9 * B, ("импорт", "", ("state/KEN", "state/UGA"))),
        (_KEN_VISIT + "Экспорт в Уганду вырос до 1,2 млрд долларов.",
         1.2 * B, ("экспорт", "", ("state/KEN", "state/UGA"))),
        # must-not: a state named as the holder, a third state, no pair in the text
        (_KEN_VISIT + "Импорт Уганды составил 0,9 млрд долларов.",
         0.9 * B, ("импорт", "", ("state/UGA",))),
        (_KEN_VISIT + "Импорт из Танзании составил 0,9 млрд долларов.",
         0.9 * B, ("импорт", "", ("state/TZA",))),
        ("Импорт из Уганды составил 0,9 млрд долларов.", 0.9 * B, ("импорт", "", ("state/UGA",))),
    ],
)  # fmt: skip
def test_a_trade_naming_only_its_partner_is_the_pairs(
    analyse, text: str, value: float, expected: tuple
) -> None:
    assert claim_of_value(analyse, text, int(value), _FIELDS) == expected
