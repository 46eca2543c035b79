"""A bare day-month takes the year of the news (or its own paragraph's), not a year told as
background in an earlier paragraph; an undated second mention of a person's arrest is the
dated one. Sentences of our
own about Chile–Peru and Estonia–Latvia (pass forty-four, branch h-events114)."""

from __future__ import annotations

from kg.extract.events import Event


def _kind(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.kind == kind]


def test_a_bare_day_month_after_a_background_paragraph_takes_the_news_year(events) -> None:
    text = (
        "Суд Лимы оправдал бывшего президента Перу Хуана Переса. Решение вступило в силу.\n\n"
        "Верховный суд Перу 1 августа 2013 года подтвердил приговор Пересу.\n\n"
        "Перес по-прежнему возглавляет партию. 4 марта в Перу прошли парламентские выборы."
    )
    (election,) = _kind(events(text), "Election")
    assert not election.date.startswith("2013")


def test_a_paragraph_continuing_a_dated_narrative_keeps_its_year(events) -> None:
    text = (
        "Суд Лимы оправдал бывшего президента Перу Хуана Переса. Решение вступило в силу.\n\n"
        "Верховный суд Перу 1 августа 2013 года подтвердил приговор Пересу. 4 марта в Перу "
        "прошли парламентские выборы."
    )
    (election,) = _kind(events(text), "Election")
    assert election.date == "2013-03-04"


def test_the_lead_paragraph_after_a_title_still_dates_the_news(events) -> None:
    text = (
        "Министр финансов стал премьер-министром Кении\n"
        "Министр финансов Кении Джон Мбаду назначен премьер-министром Кении. Об этом стало "
        "известно во вторник, 13 сентября 2016 года.\n\nПремьер-министр Кении Джозеф "
        "Нкайсери подал в отставку 8 сентября."
    )
    (resignation,) = _kind(events(text), "Resignation")
    assert resignation.date == "2016-09-08"


def test_an_undated_mention_of_an_arrest_joins_the_dated_one(events) -> None:
    for text in (
        "В июле 2017 года в Греции был арестован гражданин Перу Хуан Перес.\n\n"
        "Адвокаты считают, что его арест является операцией чилийских спецслужб. "
        "После ареста Переса начались протесты.",
        "В июле 2017 года в Греции был арестован гражданин Перу Хуан Перес. Власти Чили "
        "требуют его выдачи в Чили.\n\nПравительство Чили заявило, что его арест является "
        "операцией перуанских спецслужб. После ареста Переса МИД Чили выступил с заявлением.",
        # the text's state (Chile, which charges him) is not the one that arrested him
        "Арестованный в Греции в прошлом году Хуан Перес будет экстрадирован в Чили. Об этом "
        "сообщил министр юстиции Чили.\n\nВласти Чили обвиняют Переса в отмывании денег. "
        "38-летний перуанец был арестован в Греции в июле 2017 года.\n\nПосле ареста Переса "
        "биржа закрылась, и сейчас её клиенты требуют вернуть деньги.",
    ):
        (arrest,) = _kind(events(text), "Arrest")
        assert arrest.date == "2017-07" and arrest.location == "Греция"
        assert "state/CHL" not in arrest.participants and len(arrest.evidence) == 3


def test_two_arrests_of_one_person_on_different_dates_stay_two(events) -> None:
    text = (
        "В июле 2015 года в Чили был арестован гражданин Перу Хуан Перес. "
        "В марте 2017 года Хуан Перес был вновь арестован в Эстонии."
    )
    arrests = _kind(events(text, "2017-08-01"), "Arrest")
    assert len(arrests) == 2


def test_one_nominated_to_a_board_is_appointed_ahead(events) -> None:
    for text in (
        "Хуан Перес номинирован президентом Чили Себастьяном Пиньерой в члены правления "
        "Центрального банка Чили. Его кандидатура ждёт утверждения Сенатом.",
        "Президент Чили Себастьян Пиньера номинировал Хуана Переса в члены правления "
        "Центрального банка Чили.",
    ):
        (appointment,) = _kind(events(text, "2017-08-01"), "Appointment")
        assert appointment.status == "planned"
        assert appointment.label == (
            "Назначение Хуана Переса на пост члена правления Центрального банка Чили"
        )


def test_a_nomination_for_a_prize_is_no_appointment(events) -> None:
    for text in (
        "Фильм чилийского режиссёра Хуана Переса номинирован на премию «Оскар».",
        "Хуан Перес номинирован на премию «Оскар».",
    ):
        assert _kind(events(text, "2017-08-01"), "Appointment") == []
