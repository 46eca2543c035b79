"""A level whose years the text counts started that many years before the year told, and
holds since then: "в этом году исполняется 27 лет стратегическому партнёрству двух стран"
in a report of 2026 was dated 2026, now 1999; "отмечают 25-летие стратегического
партнёрства" 2001 (`history.anniversary_years`). Must-nots: a decade that counts no years
of the level, an anniversary of another thing, years told with no anniversary, and an
anniversary of a change, which is no change of now (rel31). Own sentences about
Chile–Peru, Ghana–Togo, Egypt–Indonesia (sixty-second pass, h-relations63)."""

from __future__ import annotations

import pytest
from relation_runs import dated_rows

SP = "стратегическое партнерство"
DAY = "2026-03-12"
CHL_PER = ("state/CHL", "state/PER")
GHA_TGO = ("state/GHA", "state/TGO")
VISIT = "Президент Чили прибыл в Перу. "


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts (were the year told or the report's day)
        (VISIT + "По его словам, в этом году исполняется 27 лет стратегическому партнёрству "
         "двух стран.", {(*CHL_PER, SP, "1999")}),
        ("Гана и Того отмечают 25-летие стратегического партнёрства.",
         {(*GHA_TGO, SP, "2001")}),
        ("В прошлом году исполнилось 20 лет стратегическому партнёрству Египта и Индонезии.",
         {("state/EGY", "state/IDN", SP, "2005")}),
        # must-nots: no years of the level counted
        ("В последнее десятилетие Гана и Того развивают стратегическое партнёрство.",
         {(*GHA_TGO, SP, DAY)}),
        ("Гана и Того являются стратегическими партнёрами. В этом году исполняется 27 лет "
         "договору о дружбе между ними.", {(*GHA_TGO, SP, DAY)}),
        ("Гана и Того являются стратегическими партнёрами уже 27 лет.", {(*GHA_TGO, SP, DAY)}),
        (VISIT + "В этом году исполняется 27 лет со дня рождения президента Перу.", set()),
        ("30 лет назад Чили и Перу подписали договор о торговле.", set()),
        ("Чили и Перу отметили 30-летие восстановления дипломатических отношений.", set()),
    ],
)  # fmt: skip
def test_a_level_counted_in_years(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found
