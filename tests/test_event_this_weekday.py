"""A weekday of "этот" ("в этот четверг", "в эту субботу") takes its week from the verb's
tense, as a bare weekday does: told done, the last such day on or before the document's;
told ahead, the next on or after it. It read as the day of the document's own week, so
talks held "в этот четверг" told on a Tuesday were planned two days ahead. Own sentences
about other pairs of states (h-events132)."""

from __future__ import annotations

import pytest

TUESDAY, THURSDAY, SATURDAY = "2025-06-03", "2025-06-05", "2025-06-07"

# (document date, text, each event read as (kind, status, date))
CASES = [
    (TUESDAY, "В этот четверг президент Египта встречался с королём Иордании в Каире.",
     [("Meeting", "occurred", "2025-05-29")]),
    (TUESDAY, "Президент Египта встречался с королём Иордании в этот четверг в Каире.",
     [("Meeting", "occurred", "2025-05-29")]),
    (TUESDAY, "В эту субботу премьер-министры Турции и Греции провели переговоры в Стамбуле.",
     [("Talks", "occurred", "2025-05-31")]),
    (SATURDAY, "В этот четверг президент Египта встретится с королём Иордании в Каире.",
     [("Meeting", "planned", "2025-06-12")]),
    # a bare weekday told done, though a plan follows in its clause, is the last one
    (THURSDAY, "Переговоры министров Египта и Иордании прошли в пятницу, а следующий раунд "
     "состоится в июле.", [("Talks", "occurred", "2025-05-30")]),
    # must not move: ahead within the document's week, done on the day itself or before it
    (TUESDAY, "В этот четверг президент Египта встретится с королём Иордании в Каире.",
     [("Meeting", "planned", "2025-06-05")]),
    (TUESDAY, "В эту субботу премьер-министры Турции и Греции проведут переговоры в Стамбуле.",
     [("Talks", "planned", "2025-06-07")]),
    (THURSDAY, "В этот четверг президенты Перу и Эквадора провели переговоры в Кито.",
     [("Talks", "occurred", "2025-06-05")]),
    (SATURDAY, "В эту пятницу министры иностранных дел Турции и Греции провели переговоры в "
     "Афинах.", [("Talks", "occurred", "2025-06-06")]),
    # a weekday qualified as past stays a week back
    (TUESDAY, "В прошлую среду министры иностранных дел Турции и Греции провели переговоры в "
     "Анкаре.", [("Talks", "occurred", "2025-05-28")]),
    (TUESDAY, "В минувшую пятницу президенты Перу и Эквадора встретились в Лиме.",
     [("Meeting", "occurred", "2025-05-30")]),
]  # fmt: skip


@pytest.mark.parametrize(("day", "text", "rows"), CASES)
def test_this_weekday_takes_the_verbs_tense(events, day: str, text: str, rows: list) -> None:
    assert [(e.kind, e.status, e.date) for e in events(text, day)] == rows
