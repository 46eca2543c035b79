"""A visit's end told ahead ("Визит завершится в четверг поездкой на остров Бали"), in a text
dated Wednesday 14 October 2026: its weekday is the next one, already when the mentions
merge; the end does not date the visit over its start; the trip it ends with is no visit of
its own (h-events143). Own sentences about other pairs of states."""

from __future__ import annotations

import pytest

_DAY = "2026-10-14"  # a Wednesday

_VISITS = {"Visit", "OfficialVisit", "StateVisit"}

# (text, the visits: (status, date, location))
ENDS = [
    ("Премьер-министр Малайзии Анвар Ибрагим в среду прибыл в Джакарту с официальным визитом. "
     "Он провёл переговоры с президентом Индонезии Прабово Субианто. Визит завершится в "
     "четверг поездкой на остров Бали.",
     [("occurred", "2026-10-14", "Джакарта")]),
    ("Президент Египта Абдель Фаттах ас-Сиси во вторник прибыл в Амман с официальным визитом. "
     "Визит завершится в пятницу поездкой в Акабу.",
     [("occurred", "2026-10-13", "Амман")]),
    ("Президент Чили Габриэль Борич находится в Лиме с официальным визитом. Визит завершится "
     "в пятницу поездкой в Куско.",
     [("occurred", "2026-10-14", "Лима")]),
    # a visit told by its end alone keeps that day (must not: moved off it), with no trip
    ("Президент Чили Габриэль Борич в понедельник завершил визит в Перу поездкой в Куско.",
     [("occurred", "2026-10-12", "Перу")]),
    # must not: a past end is the last such day
    ("Президент Египта Абдель Фаттах ас-Сиси в четверг завершил визит в Иорданию.",
     [("occurred", "2026-10-08", "Иордания")]),
    # must not: a trip told as a visit's next act of its own stays one
    ("Президент Чили Габриэль Борич прибыл в Лиму с официальным визитом. В пятницу он совершит "
     "поездку в Куско.",
     [("occurred", "2026-10-14", "Лима"), ("planned", "2026-10-16", "Куско")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visits"), ENDS)
def test_visit_end(events, text: str, visits: list) -> None:
    read = events(text, _DAY)
    assert [(e.status, e.date, e.location) for e in read if e.kind in _VISITS] == visits


def test_talks_of_a_visit_with_its_end_keep_the_news_day(events) -> None:
    (talks,) = [e for e in events(ENDS[0][0], _DAY) if e.kind == "Talks"]
    assert (talks.status, talks.date) == ("occurred", _DAY)


# A visit of no day of its own beside its end told past (a title's "Итоги визита …", "совершил
# визит"): the end's day, not the news day after it; the talks it frames take no later day
# (h-events152). (text, the visit's date, the talks' date or None)
PAST_ENDS = [
    ("Итоги визита президента Чили в Перу\n\nПрезидент Чили Габриэль Борич в понедельник "
     "завершил двухдневный визит в Перу. В Лиме он провёл переговоры с президентом Перу Диной "
     "Болуарте.",
     "2026-10-12", ""),
    ("Президент Египта Абдель Фаттах ас-Сиси совершил визит в Иорданию. Визит завершился "
     "12 октября.",
     "2026-10-12", None),
    # must not: a visit with its start keeps it
    ("Визит президента Египта в Иорданию\n\nПрезидент Египта Абдель Фаттах ас-Сиси прибыл в "
     "Амман 11 октября. 12 октября он завершил визит в Иорданию.",
     "2026-10-11", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "talks_day"), PAST_ENDS)
def test_visit_dated_by_its_past_end(events, text: str, day: str, talks_day: str | None) -> None:
    read = events(text, _DAY)
    assert [e.date for e in read if e.kind in _VISITS] == [day]
    assert [e.date for e in read if e.kind == "Talks"] == ([] if talks_day is None else [talks_day])
