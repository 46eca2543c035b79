"""An event dated by the sentence after it that points back to it ("… подал в отставку. Это
произошло в субботу, 16 ноября"): "это" as the subject of a verb of happening (`befell` in
`event_words.tsv`) gives the sentence before's events with no date of their own that
sentence's one date, for any kind (`dating.happened_then`). Sentences of our own (Italy–Spain,
Egypt–Turkey, Chile–Peru; forty-seventh pass, h-events122)."""

from __future__ import annotations

import pytest

# (document date, text, kind, its date)
CASES = [
    (
        "2013-11-18",
        "Премьер-министр Италии Марио Бьянки подал в отставку. Это произошло в субботу, 16 ноября.",
        "Resignation",
        "2013-11-16",
    ),
    (
        "2013-03-05",
        "Министр иностранных дел Египта Ахмед Салех прибыл в Анкару. Это случилось 3 марта.",
        "Visit",
        "2013-03-03",
    ),
    (
        "2013-11-18",
        "Президент Чили встретился с президентом Перу. Произошло это в пятницу.",
        "Meeting",
        "2013-11-15",
    ),
    (
        "2013-11-18",
        "Премьер-министр Испании Хуан Лопес посетит Рим. Это произойдёт 25 ноября.",
        "Visit",
        "2013-11-25",
    ),
    # must not change: a subject of its own, a date of the event's own, a report's day
    (
        "2013-11-18",
        "Премьер-министр Италии Марио Бьянки подал в отставку. Землетрясение произошло в "
        "субботу, 16 ноября.",
        "Resignation",
        "2013-11-18",
    ),
    (
        "2013-11-18",
        "Премьер-министр Италии Марио Бьянки подал в отставку 14 ноября. Это произошло после "
        "голосования в парламенте 16 ноября.",
        "Resignation",
        "2013-11-14",
    ),
    (
        "2013-11-18",
        "Министр иностранных дел Египта Ахмед Салех прибыл в Анкару. Это произошло после "
        "переговоров.",
        "Visit",
        "2013-11-18",
    ),
]


@pytest.mark.parametrize(("doc_date", "text", "kind", "date"), CASES)
def test_this_happened_on_a_day(
    events,  # noqa: ANN001 - the conftest fixture
    doc_date: str,
    text: str,
    kind: str,
    date: str,
) -> None:
    assert [e.date for e in events(text, doc_date) if e.kind == kind] == [date]
