"""A paper to be signed at a gathering its own words date is planned for that day
(`_signed_at_meeting` in agreements/sentences.py; fifty-ninth pass, h-agreements66): "будет
подписан в ходе заседания комиссии, которое пройдёт в сентябре" left it undated. Own
sentences about Kenya–Uganda; must-nots: a gathering with no date, a gathering the talks
before dated (their day is no plan's), a signed paper's date unchanged."""

from __future__ import annotations

import pytest
from agreement_runs import KEN_UGA, dated_rows

AIR = "Соглашение о воздушном сообщении"
AIR_PAIR = "Соглашение о воздушном сообщении между Кенией и Угандой"


@pytest.mark.parametrize(
    ("text", "title", "status", "date"),
    [
        ("Соглашение о воздушном сообщении между Кенией и Угандой будет подписано в ходе "
         "заседания межправительственной комиссии, которое пройдёт в сентябре в Кампале.",
         AIR_PAIR, "planned", "2025-09"),
        ("Кения и Уганда согласовали текст соглашения о воздушном сообщении. Документ будет "
         "подписан в ходе заседания совместной комиссии, которое состоится в октябре.",
         AIR, "planned", "2025-10"),
        # must-not: a gathering with no date of its own
        ("Соглашение о воздушном сообщении между Кенией и Угандой будет подписано в ходе "
         "визита президента Кении в Кампалу.", AIR_PAIR, "planned", ""),
        # must-not: the day of the talks before is not the day of the next meeting
        ("Президенты Кении и Уганды провели переговоры 12 мая. Соглашение о воздушном "
         "сообщении между Кенией и Угандой будет подписано в ходе следующей встречи.",
         AIR_PAIR, "planned", ""),
        # must-not: a signed paper keeps its signing's reading
        ("Соглашение о воздушном сообщении между Кенией и Угандой подписано в ходе заседания "
         "межправительственной комиссии, которое прошло 3 июня.", AIR_PAIR, "signed",
         "2025-06-03"),
    ],
)  # fmt: skip
def test_planned_at_a_dated_gathering(analyse, text, title, status, date):
    rows = dated_rows(analyse, text, "2025-06-10")
    assert {(r[1], r[2], r[3]) for r in rows if r[0] == title} == {(status, date, KEN_UGA)}
