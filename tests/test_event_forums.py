"""Issue 8, events precision: a forum is an event only where the text tells it held, on
the margins or in the frame of it too ("на полях форума", "в рамках форума"), or ahead or
called off; a forum named only as a body (one that calls, founds, has a seat) is none, nor
one whose regular participant someone is ("постоянный участник форума"), nor one told only
as what it is ("форум стал площадкой").
Sentences of our own about other states."""

from __future__ import annotations

import pytest


def _forums(events, text: str) -> list:
    return [e for e in events(text) if e.kind == "Forum"]


# text, status, place
HELD = [
    ("Министр иностранных дел Перу встретился с коллегой из Чили в рамках форума АТЭС в Лиме "
     "в мае 2016 года.", "occurred", "Лима"),
    ("Президенты Ганы и Того провели переговоры на полях Африканского экономического форума "
     "в Аккре 3 марта 2019 года.", "occurred", "Аккра"),
    ("Экономический форум Чили и Перу прошёл в Сантьяго 12 мая 2021 года.", "occurred",
     "Сантьяго"),
    ("Форум Чили и Перу в Сантьяго стал крупнейшим за десять лет.", "occurred", "Сантьяго"),
    ("Министр Ганы открыл заседание Форума стран Западной Африки в Аккре.", "occurred",
     "Аккра"),
    ("Инвестиционный форум Польши и Литвы, который должен был пройти в Вильнюсе в сентябре "
     "2020 года, отменили организаторы.", "cancelled", "Вильнюс"),
    ("Форум Индия — Африка, намеченный на май 2024 года в Найроби, соберёт лидеров многих стран.",
     "planned", "Найроби"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "status", "place"), HELD)
def test_forum_told_held(events, text: str, status: str, place: str) -> None:
    (forum,) = _forums(events, text)
    assert (forum.status, forum.location) == (status, place)


# a forum named as a body, or a series a regular comes to: no event
AS_A_BODY = [
    "Форум стран — экспортёров газа призвал Алжир и Нигерию увеличить добычу.",
    "Польша стала одним из основателей Международного транспортного форума, штаб-квартира "
    "которого находится в Париже.",
    "Генеральный секретарь Форума тихоокеанских островов посетил Фиджи.",
    # a regular at a forum comes to it year by year: no one forum is told
    "Министр Латвии, постоянный участник Балтийского форума, посетил Литву.",
    "Будучи постоянным участником Балтийского форума, министр Эстонии посетил Ригу.",
    # what a forum is, not that it was held
    "Балтийский форум давно стал площадкой для встреч министров Латвии и Литвы.",
]


@pytest.mark.parametrize("text", AS_A_BODY)
def test_forum_named_as_a_body(events, text: str) -> None:
    assert _forums(events, text) == []


# a gathering only the setting of talks ("на полях форума X провёл переговоры с Y") gets no
# sides from the talks' participants, nor the document's pair: no event unless named; one
# whose sides the text names keeps them
SIDELINE_SIDES = [
    ("Египет и Турция обсудили торговлю\n\nНа полях форума министр иностранных дел Египта "
     "Бадр Абдель Аты провёл переговоры с главой МИД Турции Хаканом Фиданом.", None),
    ("Вьетнам и Индия расширят сотрудничество\n\nМинистр иностранных дел Вьетнама Буй Тхань "
     "Шон встретился с министром иностранных дел Индии Субраманьямом Джайшанкаром на полях "
     "форума, прошедшего в Ханое.", None),
    ("На полях саммита президент Франции Эмманюэль Макрон встретился с премьер-министром "
     "Индии Нарендрой Моди.", None),
    ("Глава МИД Сербии провёл переговоры с министром иностранных дел Венгрии на полях форума "
     "в Белграде.", None),
    # must: a gathering the text names stays, with no sides of the talks; sides it gives stay
    ("Египет и Турция обсудили торговлю\n\nНа полях Петербургского международного "
     "экономического форума министр иностранных дел Египта провёл переговоры с министром "
     "иностранных дел Турции.", set()),
    ("На полях экономического форума премьер-министр Японии Фумио Кисида провёл переговоры с "
     "президентом Бразилии Лулой да Силвой.", set()),
    ("Египет и Турция провели форум в Анкаре.", {"state/EGY", "state/TUR"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), SIDELINE_SIDES)
def test_talks_on_a_gatherings_sidelines_give_it_no_sides(
    events, text: str, states: set[str] | None
) -> None:
    gatherings = [e for e in events(text) if e.kind in {"Forum", "Summit"}]
    found = [{p for p in e.participants if p.startswith("state/")} for e in gatherings]
    assert found == ([] if states is None else [states])


# Gatherings about different states ("по" + a state: their topic) are two, whoever speaks at
# both; the same topic, or a bare noun, again is the one (events81). Text, forums read.
TOPICS = [
    ("Глава МИД Франции выступил на конференции по Нигеру. Позднее глава МИД Франции выступил "
     "на конференции по Нигерии.", 2),
    ("Министр обороны Турции принял участие в конференции по Сирии. Затем министр обороны "
     "Турции принял участие в конференции по Ливии.", 2),
    ("Президент Египта выступил на форуме по Судану. Через неделю президент Египта выступил на "
     "форуме по Ливии.", 2),
    # must not: one topic told twice, or the gathering's bare noun again
    ("Глава МИД Японии выступил на конференции по Афганистану. На конференции по Афганистану "
     "министр призвал помочь стране.", 1),
    ("Глава МИД Японии выступил на конференции по Афганистану. На конференции министр призвал "
     "помочь стране.", 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "count"), TOPICS)
def test_gatherings_about_different_states_are_two(events, text: str, count: int) -> None:
    assert len(_forums(events, text)) == count
