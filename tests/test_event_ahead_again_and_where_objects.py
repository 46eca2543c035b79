"""A meeting told ahead by a verb of its own after talks held is another event, though
neither names who meets ("Министры провели переговоры … . Министры встретятся ещё раз");
and the object of a "где"-clause's verb the parser hung on the verb before ("посетил Боготу,
где 5 августа провёл переговоры") takes the clause's own day. Own sentences about pairs of
states, must-nots beside the musts. Sixty-second pass (h-events222)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, one_of_kind

DAY = "2026-09-25"
_HELD = "Министры иностранных дел {a} провели переговоры в {city}. "


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        (
            _HELD.format(a="Монголии и Вьетнама", city="Ханое")
            + "Министры встретятся ещё раз в рамках форума.",
            1,
        ),
        (
            _HELD.format(a="Чили и Аргентины", city="Сантьяго")
            + "Стороны обсудили торговлю. Министры встретятся снова.",
            1,
        ),
        # must-nots: the talks told again by their noun are the same talks; a meeting called
        # off is no planned one
        (
            "Переговоры министров Вьетнама и Кореи прошли в Ханое. Переговоры продлятся два дня.",
            0,
        ),
        (
            _HELD.format(a="Перу и Эквадора", city="Лиме")
            + "Визит министра Эквадора в Лиму был отложен.",
            0,
        ),
    ],
)
def test_a_meeting_ahead_after_talks_held_is_another(events, text: str, planned: int) -> None:
    found = events(text, DAY)
    held = one_of_kind(found, "Talks")
    ahead = [e for e in of_kind(found, "Talks", "Meeting") if e.status == "planned"]
    assert (held.status, len(ahead)) == ("occurred", planned)


_ECUADOR = (
    "Министр иностранных дел Эквадора в августе посетил Боготу, где {day}провёл переговоры с "
    "министром иностранных дел Колумбии."
)


@pytest.mark.parametrize(
    ("text", "kind", "days"),
    [
        (_ECUADOR.format(day="5 августа "), "Talks", ("2026-08-05", "2026-08")),
        (
            "Премьер-министр Словакии в июне посетил Вену, где 12 июня провёл встречу с "
            "канцлером Австрии.",
            "Meeting",
            ("2026-06-12", "2026-06"),
        ),
        # must-not: a clause of no day of its own takes the visit's month
        (_ECUADOR.format(day=""), "Talks", ("2026-08", "2026-08")),
    ],
)
def test_a_where_clauses_object_takes_its_day(
    events, text: str, kind: str, days: tuple[str, str]
) -> None:
    found = events(text, DAY)
    assert (one_of_kind(found, kind).date, one_of_kind(found, "Visit").date) == days
