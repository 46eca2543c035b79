"""A photo's caption line before the lead ("Здание министерства обороны Перу. 12 мая 2015
года.") dates the photo, not the lead's event below it (pass forty-third, h-events107); a
line of its day alone before the lead is still its dateline, and a day the lead gives
itself still dates it. Sentences of our own about other states."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

# text → kind, the date it must have ("" for none)
DATED = [
    ("Министр обороны Перу арестован\n\nЗдание министерства обороны Перу. 12 мая 2015 года.\n"
     "Министр обороны Перу Хорхе Чавес арестован в рамках дела о государственной измене.",
     "Arrest", ""),
    ("Посольство Чили в Лиме. 3 марта 2021 года.\nПосол Чили в Перу Хосе Мартинес "
     "встретился с министром иностранных дел Перу Хорхе Чавесом.", "Meeting", ""),
    # must not: a line of its day alone is a dateline, and the lead's own day dates it
    ("12 мая 2015 года.\nМинистр обороны Перу Хорхе Чавес арестован в рамках дела о "
     "государственной измене.", "Arrest", "2015-05-12"),
    ("Здание министерства обороны Перу. 12 мая 2015 года.\nМинистр обороны Перу Хорхе Чавес "
     "арестован 14 мая 2015 года в рамках дела о государственной измене.", "Arrest",
     "2015-05-14"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "date"), DATED)
def test_caption_day_dates_no_event(events, text: str, kind: str, date: str) -> None:
    (event,) = of_kind(events(text), kind)
    assert event.date == date
