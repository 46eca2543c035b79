"""Places and dates from a report's frame: a dateline in capitals with no year ("АММАН, 12
марта.") is a dateline, so a visit under way in its city's state is in that city, and a
forum held in that state too; an event told in a clause of "где" on the place of a dated
event, with no date of its own, takes that event's date. Own sentences about pairs of
states, with must-nots beside the musts. Sixty-first pass (h-events208)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

DAY = "2026-03-12"
_STAY = "Президент Аргентины Хорхе Сантана, находящийся в Уругвае с официальным визитом, провёл "
_TALKS = "переговоры с президентом Уругвая Луисом Мендесом."


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (f"МОНТЕВИДЕО, 12 марта. {_STAY}{_TALKS}", "Монтевидео"),
        (
            "АММАН, 12 марта. Министр иностранных дел Египта Ахмед Хасан, находящийся в "
            "Иордании с рабочим визитом, провёл переговоры с министром иностранных дел "
            "Иордании Самиром Халилем.",
            "Амман",
        ),
        (  # a city of the state, not its capital
            "ОСАКА, 12 марта. Министр экономики Индии Раджив Кумар, находящийся в Японии с "
            "официальным визитом, провёл переговоры с министром экономики Японии Таро Сато.",
            "Осака",
        ),
        # must-nots: a dateline of a third state, or of the visitor's own
        (f"МОСКВА, 12 марта. {_STAY}{_TALKS}", "Уругвай"),
        (f"БУЭНОС-АЙРЕС, 12 марта. {_STAY}{_TALKS}", "Уругвай"),
    ],
)
def test_a_stay_below_a_capitals_dateline(events, text: str, place: str) -> None:
    read = events(text, DAY)
    (visit,) = of_kind(read, "OfficialVisit", "WorkingVisit")
    (talks,) = of_kind(read, "Talks")
    assert (visit.location, talks.location) == (place, place)


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "НАЙРОБИ, 12 марта. Во вторник президент Уганды открыл в Кении бизнес-форум двух "
            "стран.",
            "Forum",
            "Найроби",
        ),
        # must-nots: talks of no place take none from the dateline, nor talks held in a state
        # from a dateline of another, nor a forum ahead in the dateline's state
        ("МОСКВА, 12 марта. Президенты Аргентины и Уругвая провели переговоры.", "Talks", ""),
        (
            "МОСКВА, 12 марта. Президенты Аргентины и Уругвая провели переговоры в Уругвае.",
            "Talks",
            "Уругвай",
        ),
        (
            "МОНТЕВИДЕО, 12 марта. В сентябре в Уругвае пройдёт аргентинско-уругвайский "
            "бизнес-форум.",
            "Forum",
            "Уругвай",
        ),
    ],
)
def test_what_a_capitals_dateline_places(events, text: str, kind: str, place: str) -> None:
    (event,) = of_kind(events(text, DAY), kind)
    assert event.location == place


@pytest.mark.parametrize(
    ("text", "date", "status"),
    [
        (
            "Президент Аргентины завтра посетит Монтевидео, где выступит на "
            "аргентинско-уругвайском бизнес-форуме.",
            "2026-03-13",
            "planned",
        ),
        (
            "Вчера президент Египта посетил Амман, где выступил на египетско-иорданском "
            "бизнес-форуме.",
            "2026-03-11",
            "occurred",
        ),
        (
            "Президент Вьетнама в июне посетит Вьентьян, где откроет вьетнамско-лаосский "
            "бизнес-форум.",
            "2026-06",
            "planned",
        ),
        (
            "Премьер-министр Индии 20 марта прибудет в Токио, где выступит на индийско-японском "
            "инвестиционном форуме.",
            "2026-03-20",
            "planned",
        ),
        # must-nots: the forum's own date wins; a place of no event gives no date
        (
            "Президент Аргентины завтра посетит Монтевидео, где в прошлом году прошёл "
            "аргентинско-уругвайский бизнес-форум.",
            "2025",
            "occurred",
        ),
        (
            "Президент Аргентины завтра посетит Монтевидео, где 25 марта откроется "
            "аргентинско-уругвайский бизнес-форум.",
            "2026-03-25",
            "planned",
        ),
        (
            "Президент Аргентины вчера назвал Монтевидео городом, где пройдёт "
            "аргентинско-уругвайский бизнес-форум.",
            "",
            "planned",
        ),
    ],
)
def test_a_forum_where_a_dated_visit_goes(events, text: str, date: str, status: str) -> None:
    (forum,) = of_kind(events(text, DAY), "Forum")
    assert (forum.date, forum.status) == (date, status)
