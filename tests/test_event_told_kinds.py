"""Issue 8, events precision: deaths told by "утонул" and a headline "убит", an arrest told
by "поимка", "побывать" at no place ("на месте происшествия": no visit), the time left
until an event ("до выборов остаётся"), the one elected being a kinsman of the person named
("избрал дочь президента X": not X), a change of office only possible ("может назначить"),
a vote for a party's post ("выборы председателя партии": no state's), a body led told by a
pronoun ("Его возглавил X"), and a place noun with no name ("в городе"), which is no
event's place. Sentences of our own about other states, with cases that must not fire."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

# text, kind, who takes part
TOLD = [
    ("Убит посол Нидерландов в Кении Йохан ван Дейк.", "Death", ["person/yokhan-van-deyk"]),
    ("В Каракасе боевики убили посла Чили Хорхе Переса.", "Death", ["person/khorkhe-peres"]),
    ("Певица Мария Лопес утонула в бассейне в Лиме.", "Death", ["person/mariya-lopes"]),
    ("Полиция Бразилии сообщила о поимке Карлоса Мендеса.", "Arrest", ["person/karlos-mendes"]),
    ("Президент Перу Дина Болуарте побывала в Бразилии.", "Visit",
     ["person/dina-boluarte", "state/BRA", "state/PER"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "persons"), TOLD)
def test_told_event(events, text, kind, persons) -> None:
    (event,) = of_kind(events(text), kind)
    assert event.participants == persons and event.status == "occurred"


SILENT = [
    ("Боевики пытались убить посла Чили Хорхе Переса.", "Death"),  # tried
    ("Боевики угрожали убить посла Чили Хорхе Переса.", "Death"),  # threatened
    ("Посол Чили Хорхе Перес едва не утонул у берегов Перу.", "Death"),  # escaped
    ("Посол Чили Хорхе Перес убил двух грабителей в Лиме.", "Death"),  # no one named died
    ("Полиция Бразилии объявила награду за поимку Карлоса Мендеса.", "Arrest"),  # not told
    # a kinsman of the one named is elected or appointed, not the one named
    ("Сенат Польши избрал дочь президента Анджея Дуды Кингу своим спикером.", "Election"),
    ("Сейм Литвы избрал супругу премьер-министра Ингриды Шимоните председателем комитета.",
     "Election"),
    # "побывать" at what is no place: a scene or a happening, no visit
    ("Губернатор Буэнос-Айреса Аксель Кисилофф побывал на месте происшествия.", "Visit"),
    ("Прошлым летом хоккеист Карлос Мендес побывал на просмотре в клубе Monterrey.", "Visit"),
    # a change of office only possible is not told
    ("Президент Хорватии может назначить Андрея Пленковича премьером.", "Appointment"),
    ("Андрей Пленкович может быть назначен премьером Хорватии.", "Appointment"),
    ("Министр обороны Хорватии Марио Баножич может уйти в отставку.", "Resignation"),
    ("Президент Хорватии может отправить в отставку министра обороны Марио Баножича.",
     "Resignation"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), SILENT)
def test_no_event_told(events, text, kind) -> None:
    assert not of_kind(events(text), kind)


# what one managed or means to do is told: done, or ahead
DONE = [
    ("Президент Хорватии смог назначить Андрея Пленковича премьером.", "occurred"),
    ("Президент Хорватии намерен назначить Андрея Пленковича премьером.", "planned"),
]


@pytest.mark.parametrize(("text", "status"), DONE)
def test_appointment_not_only_possible(events, text, status) -> None:
    (event,) = of_kind(events(text), "Appointment")
    assert event.status == status


# a vote for a post of a party is the party's: no state takes part
PARTY_VOTES = [
    ("Министр обороны Японии Таро Коно проиграл на выборах председателя "
     "Либерально-демократической партии.", []),
    ("Министр обороны Японии Таро Коно победил на выборах председателя палаты представителей.",
     ["state/JPN"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), PARTY_VOTES)
def test_party_post_vote(events, text, states) -> None:
    (event,) = of_kind(events(text), "Election")
    assert [k for k in event.participants if k.startswith("state/")] == states


# "Его возглавил X": the body the pronoun stands for is the office; a delegation is none
LED = [
    ("В Чили создано новое министерство науки. Его возглавил Хорхе Перес.",
     ["person/khorkhe-peres", "state/CHL"]),
    ("Правительство Чили отправило в Перу делегацию. Её возглавил Хорхе Перес.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "participants"), LED)
def test_body_led_by_pronoun(events, text, participants) -> None:
    found = of_kind(events(text), "Appointment")
    assert [e.participants for e in found] == ([participants] if participants else [])


def test_post_left_is_no_kinsman(events) -> None:
    """ "освободил от должности начальника штаба X": X is the chief, who leaves."""
    text = "Президент Бразилии освободил от должности начальника штаба армии Карлоса Мендеса."
    (event,) = of_kind(events(text), "Resignation")
    assert "person/karlos-mendes" in event.participants


# the time left until an event: it lies ahead, whatever the tense of "остаться"
AHEAD = [
    ("До саммита ЕС и Канады осталось две недели.", "Summit", "planned"),
    ("Партии ведут себя с оглядкой на то, что до выборов в Словакии в мае остается десять "
     "месяцев.", "Election", "planned"),
    ("До выборов в Словакии он работал послом в Чехии.", "Election", "occurred"),  # before them
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "status"), AHEAD)
def test_time_left_until(events, text, kind, status) -> None:
    (event,) = of_kind(events(text), kind)
    assert event.status == status


# a place noun with no name beside it is no event's place; with its name, the name is
PLACES = [
    ("Пограничные споры Чили и Перу. Уже в августе в городе вновь состоится тур выборов.", ""),
    ("В августе в городе Вальпараисо пройдут выборы мэра.", "Вальпараисо"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_unnamed_place(events, text, place) -> None:
    (event,) = of_kind(events(text), "Election")
    assert event.location == place
