"""The airport greeter and the persons of undated talks join the visit of the news only,
never the visitor's visit of another year or a stop of the visit that an absent date agrees
with too; talks of a day join the visit of that day. Sentences of our own, about pairs of
our own choice; must-nots beside (h-events173)."""

from __future__ import annotations

import pytest

_KENYA = (
    "Додома, 14 апреля 2026 года. Президент Кении Уильям Руто прибыл в понедельник в Танзанию "
    "с трёхдневным официальным визитом. В аэропорту Дар-эс-Салама его встретил министр "
    "иностранных дел Танзании Махмуд Ковбо.\n\nСтороны обсудили торговлю и строительство "
    "нефтепровода.\n\n"
)
_JAPAN = (
    "Ханой, 20 мая 2026 года. Премьер-министр Японии Сигэру Исиба прибыл во вторник во "
    "Вьетнам с двухдневным визитом. В аэропорту Ханоя его встретил министр иностранных дел "
    "Вьетнама Буй Тхань Шон.\n\nСтороны обсудили инвестиции.\n\n"
)

# (text, the document's date, the other visit's place, the greeter, the news visit's place:
# the city of the host state its greeting names, "в аэропорту Ханоя", h-events206)
CASES = [
    (_KENYA + "В 2024 году Руто посетил Занзибар.", "2026-04-14", "Занзибар",
     "person/makhmud-kovbo", "Танзания"),
    (_KENYA + "Руто также посетил Занзибар.", "2026-04-14", "Занзибар",
     "person/makhmud-kovbo", "Танзания"),
    (_JAPAN + "В прошлом году Исиба посетил Хошимин.", "2026-05-20", "Хошимин",
     "person/buy-tkhan-shon", "Ханой"),
    (_JAPAN + "Исиба также посетил Хошимин.", "2026-05-20", "Хошимин",
     "person/buy-tkhan-shon", "Ханой"),
]  # fmt: skip


def _visitors_by_place(events, text: str, day: str) -> dict[str, set[str]]:
    """Each visit's place → its participants (one visit a place in these texts)."""
    return {e.location: set(e.participants) for e in events(text, day) if e.kind.endswith("Visit")}


@pytest.mark.parametrize(("text", "day", "place", "greeter", "news"), CASES)
def test_the_greeter_joins_the_visit_of_the_news_only(
    events, text: str, day: str, place: str, greeter: str, news: str
) -> None:
    met = _visitors_by_place(events, text, day)
    assert greeter not in met[place]
    assert greeter in met[news]  # must not: the news keeps its greeter


def test_talks_of_a_visits_day_join_that_visit(events) -> None:
    """Must not: the host of talks dated by another visit's year joins that visit, not the
    news."""
    text = (
        _KENYA + "В 2024 году Руто посетил Занзибар, где провёл переговоры с президентом "
        "Танзании Самией Сулухой Хасан."
    )
    met = _visitors_by_place(events, text, "2026-04-14")
    assert "person/samiya-sulukha-khasan" in met["Занзибар"] - met["Танзания"]
    assert "person/makhmud-kovbo" in met["Танзания"] - met["Занзибар"]
