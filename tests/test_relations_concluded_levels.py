"""A level told concluded in a year starts then: "Стратегическое партнёрство, заключённое в
2018 году, …" gave the level the report's day, and in a sentence naming no side nothing; a
participle of concluding, founding or proclaiming now dates the level as "установленное" did,
and such a level naming no one is the report's pair (`relations.words.FOUNDING`,
`history._founding`). Must-nots: a third pair's level stays theirs, a level concluded with
another state is no level of the report's pair, a level concluded at no time keeps the
report's day. Own sentences about Egypt–Jordan, Ghana–Togo, Laos–Vietnam, Nepal–Bhutan,
Kenya–Tanzania (seventy-second pass, h-agreements91)."""

from __future__ import annotations

import pytest
from relation_runs import dated_rows

DAY = "2025-06-06"
SP = "стратегическое партнерство"
KEN_TZA = "Президент Кении Уильям Руто посетил Танзанию. "

CASES = [
    ("Стратегическое партнёрство, заключённое в 2018 году, позволило Египту и Иордании "
     "нарастить торговлю.", {("state/EGY", "state/JOR", SP, "2018")}),
    ("Президент Ганы Джон Махама прибыл с визитом в Того. Стратегическое партнёрство, "
     "заключённое в 2018 году, успешно развивается.", {("state/GHA", "state/TGO", SP, "2018")}),
    ("Премьер-министр Лаоса посетил Вьетнам. Всеобъемлющее стратегическое партнёрство, "
     "провозглашённое в 2019 году, охватывает энергетику.",
     {("state/LAO", "state/VNM", "всеобъемлющее стратегическое партнерство", "2019")}),
    ("Непал и Бутан развивают стратегическое партнёрство, учреждённое в 2010 году.",
     {("state/BTN", "state/NPL", SP, "2010")}),
    # as "установленное между двумя странами" did already
    (KEN_TZA + "Всеобъемлющее партнёрство, установленное между двумя странами в 2016 году, "
     "охватывает торговлю и энергетику.",
     {("state/KEN", "state/TZA", "всеобъемлющее партнерство", "2016")}),
    # must-nots: a third pair's stays theirs; one with another state is not the pair's; no
    # time told keeps the report's day
    (KEN_TZA + "Стратегическое партнёрство Китая и России, заключённое в 2001 году, служит "
     "примером для Африки.", {("state/CHN", "state/RUS", SP, "2001")}),
    (KEN_TZA + "Стратегическое партнёрство, заключённое с Угандой в 2012 году, охватывает "
     "торговлю.", set()),
    (KEN_TZA + "Стратегическое партнёрство, заключённое между двумя странами, охватывает "
     "торговлю.", {("state/KEN", "state/TZA", SP, DAY)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), CASES)
def test_a_level_concluded_in_a_year_starts_then(analyse, text: str, rows: set) -> None:
    assert dated_rows(analyse, text, DAY) == rows
