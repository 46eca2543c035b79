"""A phrase of comparison "как и …" up to its comma (forty-second pass, h-events103, own
sentences about Egypt–Turkey, Canada–Mexico, Estonia–Latvia) tells the time and place of
what the event is compared with: they lend the event neither its date nor its place, and an
event word in it is no second event. A time told outside the phrase still dates it."""

from __future__ import annotations

import pytest

TALKS = {"Talks", "Meeting"}
VISITS = {"Visit", "WorkingVisit", "OfficialVisit", "StateVisit"}

CASES = [
    # (text, the talks' date, their place)
    ("Президент Египта Абдель Фаттах ас-Сиси прибыл в Анкару. Турция, как и в прошлом году "
     "в Каире, провела с Египтом переговоры о торговле.", "2024-05-10", "Анкара"),
    ("Президент Египта прибыл в Анкару 5 мая. Стороны, как и в 2023 году в Каире, провели "
     "переговоры.", "2024-05-05", "Анкара"),
    ("Премьер-министр Канады прибыл в Мехико, где, как и в прошлом году в Оттаве, провёл "
     "переговоры с президентом Мексики.", "2024-05-10", "Мехико"),
    ("Переговоры министров Эстонии и Латвии прошли в Риге, как и в прошлом году.",
     "2024-05-10", "Рига"),
    # must keep: the time and place told outside the phrase
    ("Как и планировалось, переговоры министров Эстонии и Латвии прошли в Риге 5 мая.",
     "2024-05-05", "Рига"),
    ("Как и в 2023 году, переговоры министров Египта и Турции прошли в Каире 3 мая.",
     "2024-05-03", "Каир"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "place"), CASES)
def test_compared_time_and_place(events, text: str, date: str, place: str) -> None:  # noqa: ANN001
    (talks,) = [e for e in events(text, "2024-05-10") if e.kind in TALKS]
    assert (talks.date, talks.location) == (date, place)


def test_compared_visit_is_no_event(events) -> None:  # noqa: ANN001
    text = (
        "Президент Египта прибыл в Анкару. Как и во время визита в Каир в 2023 году, стороны "
        "подписали соглашение о торговле."
    )
    found = events(text, "2024-05-10")
    assert [e.location for e in found if e.kind in VISITS] == ["Анкара"]
    (signing,) = [e for e in found if e.kind == "Signing"]
    assert signing.date == "2024-05-10"


def test_a_visit_told_last_year_stays_earlier(events) -> None:  # noqa: ANN001
    # must keep: a time of the event's own ("в прошлом году", no "как и") dates it before
    text = "Президент Египта посетил Турцию в прошлом году."
    (visit,) = [e for e in events(text, "2024-05-10") if e.kind in VISITS]
    assert visit.date != "2024-05-10"
