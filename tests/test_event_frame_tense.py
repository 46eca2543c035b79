"""A date a sentence opens with holds for the sentences that go on about the same people
(`_Reader._frame` in `hits.py`), but not for an event told in another tense than that
sentence's: "Во вторник X посетит Джинджу. X стал первым иностранным лидером, посетившим
Уганду" read the done visit on last Tuesday (the weekday's past reading), and a plan after a
day told done took that past day. Such a hit stays undated and merges as it would. Must-nots:
the same tense keeps the day, done after done and planned after planned. Own sentences about
Kenya–Uganda, Chile–Peru, Egypt–Jordan (fifty-fourth pass, h-events158)."""

from __future__ import annotations

import pytest

MONDAY = "2025-06-02"

# (text, each event read as (kind, status, date)), told on a Monday
CASES = [
    # a visit told done after a planned Tuesday: no last Tuesday; it joins the state visit
    ("Президент Кении Уильям Руто, находящийся в Уганде с государственным визитом, провёл в "
     "понедельник переговоры с президентом Уганды Йовери Мусевени. Во вторник кенийский "
     "президент посетит Джинджу. Руто стал первым иностранным лидером, посетившим Уганду после "
     "выборов.",
     [("StateVisit", "occurred", MONDAY), ("Talks", "occurred", MONDAY),
      ("Visit", "planned", "2025-06-03"), ("Election", "occurred", "")]),
    ("Президент Чили, находящийся в Перу с официальным визитом, провёл в понедельник "
     "переговоры с президентом Перу. В среду чилийский президент посетит Куско. Он стал первым "
     "зарубежным лидером, посетившим Перу после инаугурации.",
     [("OfficialVisit", "occurred", MONDAY), ("Talks", "occurred", MONDAY),
      ("Visit", "planned", "2025-06-04"), ("Visit", "occurred", "")]),
    # the reverse: a plan after a day told done
    ("Во вторник президент Египта провёл переговоры с королём Иордании в Аммане. Он "
     "встретится с премьер-министром Иордании.",
     [("Talks", "occurred", "2025-05-27"), ("Meeting", "planned", "")]),
    ("В пятницу министры иностранных дел Чили и Перу провели переговоры в Лиме. Они посетят "
     "Куско.", [("Talks", "occurred", "2025-05-30"), ("Visit", "planned", "")]),
    # must not: the same tense keeps the day
    ("Во вторник министры иностранных дел Египта и Иордании провели переговоры в Каире. Они "
     "обсудили торговлю.", [("Talks", "occurred", "2025-05-27")]),
    ("В четверг президент Кении посетил Кампалу. Он провёл переговоры с президентом Уганды.",
     [("Visit", "occurred", "2025-05-29"), ("Talks", "occurred", "2025-05-29")]),
    ("В среду президент Египта прибудет в Амман. Он проведёт переговоры с королём Иордании.",
     [("Visit", "planned", "2025-06-04"), ("Talks", "planned", "2025-06-04")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), CASES)
def test_frame_day_of_its_tense_only(events, text: str, rows: list) -> None:  # noqa: ANN001
    assert [(e.kind, e.status, e.date) for e in events(text, MONDAY)] == rows
