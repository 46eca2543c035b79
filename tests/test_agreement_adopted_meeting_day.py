"""A paper adopted "по итогам"/"в ходе" of talks the text dates ("провели переговоры в
понедельник … По итогам встречи принято совместное заявление") takes the talks' day, as a
signing they bring does; a meeting's own date ("встречи, которая пройдёт 20 сентября") dates
a paper planned at it; a later meeting told undated leaves the paper undated. Own sentences
about other pairs of states (h-agreements47)."""

from __future__ import annotations

import pytest
from agreement_runs import dated_rows

DAY = "2026-09-17"
_LIMA = (
    "Лима, 17 сентября 2026 года. Министры иностранных дел Чили и Перу провели переговоры "
    "в понедельник в Лиме."
)
_CAIRO = (
    "Каир, 17 сентября 2026 года. Президент Египта и король Иордании провели переговоры "
    "во вторник в Каире."
)
_CHILE_PERU = ("state/CHL", "state/PER")
_EGYPT_JORDAN = ("state/EGY", "state/JOR")
_LATER = (
    "\n\n{} министр иностранных дел Чили встретился с президентом Перу. По итогам встречи "
    "принято совместное заявление."
)

# (text, (title, status, date, parties) kg reads)
CASES = [
    (_LIMA + " По итогам встречи принято совместное заявление, в котором министры подтвердили "
     "приверженность сотрудничеству.",
     ("Совместное заявление", "signed", "2026-09-14", _CHILE_PERU)),
    (_CAIRO + "\n\nСтороны обсудили торговлю. По итогам переговоров была принята декларация о "
     "стратегическом партнёрстве.",
     ("Декларация о стратегическом партнёрстве", "signed", "2026-09-15", _EGYPT_JORDAN)),
    (_LIMA + " По итогам переговоров министры приняли совместное заявление о рыболовстве.",
     ("Совместное заявление о рыболовстве", "signed", "2026-09-14", _CHILE_PERU)),
    # the nearest meeting told before dates it, not the earlier talks
    (_LIMA + _LATER.format("В среду"),
     ("Совместное заявление", "signed", "2026-09-16", _CHILE_PERU)),
    # must-not: a meeting told in another paragraph undated is not the talks of Monday
    (_LIMA + _LATER.format("Позже"), ("Совместное заявление", "signed", "", _CHILE_PERU)),
    # must-not: planned at a meeting ahead, on its day
    ("Министры иностранных дел Египта и Иордании проведут переговоры. По итогам встречи, "
     "которая пройдёт 20 сентября, будет принято совместное заявление.",
     ("Совместное заявление", "planned", "2026-09-20", _EGYPT_JORDAN)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "row"), CASES)
def test_a_paper_adopted_at_talks_takes_their_day(analyse, text, row) -> None:
    assert dated_rows(analyse, text, DAY) == {row}
