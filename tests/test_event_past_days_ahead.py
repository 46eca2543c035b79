"""An event a future act is only said of ("правительство будет сформировано после выборов",
"министры подпишут соглашение после переговоров") lies ahead, unless its own day, told by the
text, lies before the document's: then it was held. Sentences of our own about other states,
with must-not cases (a day after the document's, a day of next year's January, a weekday,
no document date)."""

from __future__ import annotations

import pytest

# document date, kind, status, text
CASES = [
    ("2025-04-20", "Election", "occurred",
     "После парламентских выборов 13 апреля новое правительство Эквадора будет сформировано "
     "до конца мая."),
    ("2025-05-05", "Talks", "occurred",
     "После переговоров 2 мая министры Японии и Вьетнама подпишут соглашение о торговле."),
    ("2025-05-05", "Talks", "occurred",
     "По итогам переговоров 2 мая министры Японии и Вьетнама выступят с заявлением."),
    ("2025-05-05", "Election", "occurred",
     "Премьер-министр Австралии посетит Индонезию после победы его партии на парламентских "
     "выборах 3 мая."),
    # must not: a day after the document's, a January told in December, a weekday (the next
    # one), a text with no date of its own
    ("2025-05-05", "Talks", "planned",
     "После переговоров 12 мая министры Японии и Вьетнама подпишут соглашение о торговле."),
    ("2025-12-20", "Election", "planned",
     "Правительство Эквадора будет сформировано после выборов 10 января."),
    ("2025-04-16", "Election", "planned",
     "Правительство Эквадора будет сформировано после выборов в воскресенье."),
    ("", "Talks", "planned",
     "После переговоров 2 мая министры Японии и Вьетнама подпишут соглашение о торговле."),
]  # fmt: skip


@pytest.mark.parametrize(("date", "kind", "status", "text"), CASES)
def test_a_day_before_the_news(events, date: str, kind: str, status: str, text: str) -> None:
    (event,) = [e for e in events(text, date) if e.kind == kind]
    assert event.status == status
