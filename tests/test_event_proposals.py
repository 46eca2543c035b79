"""An event only proposed, invited to or put forward ("предложил провести встречу",
"пригласил посетить", "выступил с инициативой провести саммит") lies ahead; one held "по
приглашению" or "по инициативе" took place; an offer the text then tells held is that one
event, held, and an offer told after one held, or one held before the offer's day or told
as done before, is another. States of our own choice."""

from __future__ import annotations

import pytest

from kg.extract.events.triggers import VISITS

OFFERED = [
    ("Президент Хорватии предложил президенту Словении провести встречу в Загребе.", "Meeting"),
    ("Премьер-министр Латвии предложил Литве провести переговоры о транзите.", "Talks"),
    ("Президент Чили выступил с инициативой провести саммит Чили и Перу.", "Summit"),
    ("Премьер-министр Словакии предложил премьер-министру Чехии встретиться в Братиславе.",
     "Meeting"),
    # "с визитом" under the invitation is the visit's manner, not where the act is told
    ("Президент Перу Дина Болуарте пригласила президента Боливии Луиса Арсе посетить Перу с "
     "официальным визитом.", "OfficialVisit"),
    ("В письме президенту Румынии президент Молдавии предложил провести переговоры.", "Talks"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), OFFERED)
def test_an_offered_event_lies_ahead(events, text: str, kind: str) -> None:
    assert [e.status for e in events(text) if e.kind == kind] == ["planned"]


NEVER_HELD = [
    ("Правительство Судана отклонило предложение Южного Судана о переговорах.", "Talks"),
    ("Премьер-министр Бельгии предложил Нидерландам провести переговоры, но Нидерланды "
     "предложение отвергли.", "Talks"),
    ("Президент Молдавии не исключил встречи с президентом Румынии.", "Meeting"),
    ("Премьер-министр Бельгии заявил, что готов встретиться с премьер-министром Нидерландов.",
     "Meeting"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), NEVER_HELD)
def test_a_refused_or_possible_event_is_not_held(events, text: str, kind: str) -> None:
    assert "occurred" not in [e.status for e in events(text) if e.kind == kind]


HELD = [
    # must-not: an invitation or initiative told of an event held is its circumstance
    ("Президент Перу посетил Боливию по приглашению президента Боливии.", "Visit"),
    ("Президент Хорватии встретился с президентом Словении по приглашению словенской стороны.",
     "Meeting"),
    ("Президенты Латвии и Литвы встретились в Риге. Встреча прошла по инициативе литовской "
     "стороны.", "Meeting"),
    ("Президенты Хорватии и Словении провели переговоры. В ходе переговоров президент Хорватии "
     "предложил создать рабочую группу.", "Talks"),
    # the offer, then the report that it took place: one event, held
    ("Президент Перу пригласил президента Боливии посетить Лиму. Через месяц президент Боливии "
     "прибыл в Лиму.", "Visit"),
    ("Президент Хорватии предложил президенту Словении провести переговоры в Загребе. "
     "Переговоры с президентом Словении состоялись в Загребе 5 марта.", "Talks"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), HELD)
def test_an_event_held_is_one_held_event(events, text: str, kind: str) -> None:
    assert [e.status for e in events(text) if e.kind == kind] == ["occurred"]


def test_an_offer_after_an_event_held_is_another_ahead(events) -> None:
    """ "Встретились в Риге. … предложил провести следующую встречу в Вильнюсе": two."""
    text = (
        "Министр иностранных дел Латвии встретился с министром иностранных дел Литвы в Риге. "
        "Министр Латвии предложил министру Литвы провести встречу в Вильнюсе."
    )
    meetings = [(e.status, e.location) for e in events(text) if e.kind == "Meeting"]
    assert sorted(meetings) == [("occurred", "Рига"), ("planned", "Вильнюс")]


OFFERERS = [
    ("Президент Хорватии Зоран Миланович предложил президенту Словении Наташе Пирц Мусар "
     "провести встречу.", "Meeting", {"state/HRV", "state/SVN"}),
    ("Премьер-министр Бельгии Александр де Кро предложил премьер-министру Нидерландов "
     "встретиться в Брюсселе.", "Meeting", {"state/BEL", "state/NLD"}),
    ("Министр иностранных дел Латвии предложил Литве провести консультации.", "Talks",
     {"state/LVA", "state/LTU"}),
    # must-not: the one addressed meets someone else, not the one who offers
    ("Президент Чили Габриэль Борич предложил министру иностранных дел Перу встретиться с "
     "послом Боливии.", "Meeting", {"state/PER", "state/BOL"}),
    ("Президент Чили Габриэль Борич предложил министру иностранных дел Перу провести встречу с "
     "президентом Боливии.", "Meeting", {"state/PER", "state/BOL"}),
    # must-not: those addressed, two joined or many, are to meet one another
    ("Президент Чили Габриэль Борич предложил президенту Колумбии и президенту Боливии "
     "встретиться в Сантьяго.", "Meeting", {"state/COL", "state/BOL"}),
    ("Президент Чили Габриэль Борич предложил президентам Перу и Боливии встретиться в "
     "Сантьяго.", "Meeting", {"state/PER", "state/BOL"}),
    ("Президент Чили Габриэль Борич предложил лидерам Перу и Боливии провести переговоры друг "
     "с другом.", "Talks", {"state/PER", "state/BOL"}),
    # the offerer's colleagues are his peers, to meet with him, unless told "друг с другом"
    ("Премьер-министр Бельгии Александр де Кро предложил коллегам из Нидерландов и "
     "Люксембурга встретиться в Брюсселе.", "Meeting", {"state/BEL", "state/NLD", "state/LUX"}),
    ("Премьер-министр Бельгии Александр де Кро предложил коллеге из Нидерландов и коллеге из "
     "Люксембурга встретиться.", "Meeting", {"state/BEL", "state/NLD", "state/LUX"}),
    ("Премьер-министр Бельгии Александр де Кро предложил коллегам из Нидерландов и "
     "Люксембурга провести переговоры друг с другом.", "Talks", {"state/NLD", "state/LUX"}),
    # many addressed to hold talks, not with one another: with the one who offers
    ("Президент Чили Габриэль Борич предложил министрам Перу провести переговоры в Сантьяго.",
     "Talks", {"state/CHL", "state/PER"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "states"), OFFERERS)
def test_who_offers_to_meet_is_a_side(events, text: str, kind: str, states: set[str]) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert {p for p in event.participants if p.startswith("state/")} == states


BEFORE_THE_OFFER = [
    # a visit dated before the day of the invitation is another, earlier one
    ("Президент Перу Дина Болуарте 10 мая 2023 года пригласила президента Боливии Луиса Арсе "
     "посетить Лиму в следующем году. В 2019 году Луис Арсе посетил Лиму с официальным визитом."),
    # one told as done before
    ("Президент Перу Дина Болуарте пригласила президента Боливии Луиса Арсе посетить Лиму. "
     "Ранее Луис Арсе уже посещал Лиму."),
]  # fmt: skip


@pytest.mark.parametrize("text", BEFORE_THE_OFFER)
def test_a_visit_held_before_the_offer_is_not_the_one_offered(events, text: str) -> None:
    assert sorted(e.status for e in events(text) if e.kind in VISITS) == ["occurred", "planned"]


def test_an_offer_held_after_its_day_is_one_event(events) -> None:
    """must-not: a date after the offer's day keeps the offer and its report one event."""
    text = (
        "Президент Перу Дина Болуарте 10 мая 2023 года пригласила президента Боливии Луиса Арсе "
        "посетить Лиму. 20 июня 2023 года Луис Арсе прибыл в Лиму."
    )
    assert [e.status for e in events(text) if e.kind in VISITS] == ["occurred"]
