"""Status as the text tells it otherwise: an appointment in a report the text says was not
confirmed is none; a trip set out on and cut short by an arrest on the way ("Но в Перу …
его арестовали") is no visit made; elections urged or agreed to in the past for a year before
the news were held. One elected head of a body and "назначена главой" of it are one event.
Sentences of our own about Chile–Peru (pass forty-two, branch h-events104)."""

from __future__ import annotations

from kg.extract.events import Event


def _kind(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.kind == kind]


def test_an_unconfirmed_report_tells_no_appointment(events) -> None:
    text = (
        "После ухода министра появилась информация о том, что министром иностранных дел Перу "
        "будет назначен Хуан Перес, однако она не подтвердилась."
    )
    assert _kind(events(text), "Appointment") == []


def test_a_report_confirmed_or_only_told_stays_planned(events) -> None:
    for text in (
        "После ухода министра появилась информация о том, что министром иностранных дел Перу "
        "будет назначен Хуан Перес, и она подтвердилась.",
        "Появилась информация о том, что министром иностранных дел Перу будет назначен Хуан Перес.",
    ):
        (appointment,) = _kind(events(text), "Appointment")
        assert appointment.status == "planned"


def test_a_trip_cut_short_on_the_way_is_no_visit_made(events) -> None:
    text = (
        "Осенью 2015 года Хуан Перес отправился в Чили (по другим данным — в Боливию). Но в "
        "Перу, где он сделал остановку, его арестовали."
    )
    (visit,) = _kind(events(text), "Visit")
    assert visit.status == "cancelled"
    (arrest,) = _kind(events(text), "Arrest")
    assert arrest.location == "Перу" and arrest.status == "occurred"


def test_a_trip_with_no_contrast_or_told_by_arrival_stays_made(events) -> None:
    for text in (
        "Осенью 2015 года Хуан Перес отправился в Чили. В Сантьяго он встретился с министром.",
        "Осенью 2015 года Хуан Перес прибыл в Чили. Но в Сантьяго его арестовали.",
    ):
        (visit,) = _kind(events(text), "Visit")
        assert visit.status == "occurred"


def test_elections_urged_for_a_year_before_the_news_were_held(events) -> None:
    text = (
        "Именно он убедил президента Перу Олланту Умалу согласиться на второй тур выборов в "
        "2009 году."
    )
    (election,) = _kind(events(text, "2012-12-21"), "Election")
    assert election.status == "occurred" and election.date == "2009"


def test_elections_urged_for_a_later_year_or_in_the_future_stay_planned(events) -> None:
    for text in (
        "Президент Перу согласился на второй тур выборов в 2013 году.",
        "Президент Перу согласится на второй тур выборов в 2009 году.",
    ):
        (election,) = _kind(events(text, "2012-12-21"), "Election")
        assert election.status == "planned"


def test_elected_head_of_a_body_and_appointed_its_head_are_one_event(events) -> None:
    text = (
        "Мария Гомес избрана генеральным директором ВТО. Она назначена главой ВТО на "
        "четырёхлетний срок."
    )
    found = events(text)
    assert len(_kind(found, "Election") + _kind(found, "Appointment")) == 1


def test_another_post_later_is_another_event(events) -> None:
    text = (
        "Мария Гомес избрана генеральным директором ВТО 28 июня 2021 года. 1 марта 2022 года "
        "она назначена послом Чили в Перу."
    )
    found = events(text)
    assert len(_kind(found, "Election")) == 1 and len(_kind(found, "Appointment")) == 1


NOMINATED = (
    "Пиньера назначил сенатора Переса на пост министра иностранных дел Чили\n\n"
    "Президент Чили Себастьян Пиньера в пятницу официально выдвинул кандидатуру сенатора Хуана "
    "Переса на пост министра иностранных дел Чили. "
)


def test_an_appointment_pending_an_approval_is_planned(events) -> None:
    text = (
        NOMINATED
        + "Если кандидатуру Переса одобрит Сенат, он сменит на посту министра Альфредо Морено."
    )
    (appointment,) = _kind(events(text), "Appointment")
    assert appointment.status == "planned"


def test_an_appointment_whose_candidacy_was_approved_is_made(events) -> None:
    (appointment,) = _kind(events(NOMINATED + "Сенат одобрил кандидатуру Переса."), "Appointment")
    assert appointment.status == "occurred"


BODY_HEAD = (
    "Мария Гомес приступила к работе на посту главы ВТО\n\n"
    "Чилийка Мария Гомес, избранная 28 июня новым директором - распорядителем ВТО, с "
    "сегодняшнего дня официально приступила к работе.\n\n"
    "55-летняя Мария Гомес назначена главой ВТО на четырёхлетний срок. Выборы нового "
    "руководителя организации понадобились после отставки прежнего директора.\n\n"
    "Соперником Марии Гомес на выборах главы ВТО был управляющий Центральным банком Перу Хуан "
    "Перес."
)


def test_a_body_head_elected_appointed_and_run_for_is_one_election(events) -> None:
    found = events(BODY_HEAD)
    (election,) = _kind(found, "Election")
    assert _kind(found, "Appointment") == []
    assert election.label == "Избрание Марии Гомес на пост директора-распорядителя ВТО"
    assert "person/mariya-gomes" in election.participants
