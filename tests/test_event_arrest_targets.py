"""Arrests told apart by whom and how they befall, and arrests of unnamed or counted people
(events102). "В понедельник в Лиме задержан гражданин Чили. Суд Сантьяго заочно арестовал
X" are two arrests: one "заочно" (in absentia, by a court, of one who is not there) is no
detention at a place, so it takes neither the detention's place nor its day. "Власти
страны задержали 200 человек" is the arrest of the state the text named before; "серия
арестов оппозиционеров" one arrest of many. Sentences of our own (Chile–Peru,
Estonia–Latvia, Egypt–Turkey, Canada–Mexico)."""

from __future__ import annotations

import pytest

# (text, the named person arrested in absentia, the detention's place)
ABSENTIA = [
    ("В понедельник в Лиме задержан гражданин Чили. Суд Сантьяго заочно арестовал "
     "бизнесмена Хуана Переса.", "person/khuan-peres", "Лима"),
    ("В среду в Риге задержан гражданин Эстонии. Бизнесмен Андрус Таммик был заочно "
     "арестован судом Таллина.", "person/andrus-tammik", "Рига"),
    ("В субботу в Торонто задержан гражданин Мексики. Суд Мехико заочно арестовал "
     "бизнесмена Карлоса Руиса, который находится в США.", "person/karlos-ruis", "Торонто"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "absent", "place"), ABSENTIA)
def test_an_arrest_in_absentia_is_no_detention_told_before(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    absent: str,
    place: str,
) -> None:
    arrests = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert len(arrests) == 2
    (held,) = [e for e in arrests if e.location == place]
    (named,) = [e for e in arrests if absent in e.participants]
    assert absent not in held.participants
    assert named.location != place and named.date != held.date


# must keep: one arrest told twice, the second time by name or by the noun alone
ONCE = [
    "В понедельник в Лиме задержан гражданин Чили Хуан Перес. Перес был задержан по "
    "подозрению в шпионаже.",
    "В понедельник в Лиме задержан гражданин Чили. Задержание произошло в аэропорту.",
]


@pytest.mark.parametrize("text", ONCE)
def test_one_arrest_told_twice_stays_one(events, text: str) -> None:  # noqa: ANN001
    (arrest,) = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert arrest.location == "Лима"


# (text, the arresting state, states that are not in it)
COUNTED = [
    ("В Мексике начались протесты. Власти страны задержали 208 человек.", "state/MEX", set()),
    ("Гражданин Чили прилетел в Перу. Власти страны задержали его в аэропорту.",
     "state/PER", {"state/CHL"}),
    ("В Египте прошла серия арестов оппозиционеров.", "state/EGY", set()),
    ("Власти Эстонии провели серию арестов чиновников.", "state/EST", set()),
    ("Ночью 3 марта в Сантьяго были задержаны два молодых человека.", "state/CHL", set()),
    ("В Лиме задержаны две девушки — гражданки Чили и Аргентины.", "state/PER",
     {"state/CHL", "state/ARG"}),
    ("В Таллине задержаны 15 человек.", "state/EST", set()),
    # the place the sentence before tells its news in
    ("В Лиме прошли протесты. Ночью задержаны две девушки — гражданки Чили и Аргентины.",
     "state/PER", {"state/CHL", "state/ARG"}),
    ("Протесты в Египте продолжаются. Ночью 3 марта были задержаны два молодых человека.",
     "state/EGY", set()),
    ("В Мексике продолжаются протесты. Полиция задержала двух граждан Канады.", "state/MEX",
     {"state/CAN"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "state", "not_in"), COUNTED)
def test_an_arrest_of_unnamed_or_counted_people(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    state: str,
    not_in: set[str],
) -> None:
    (arrest,) = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert state in arrest.participants and not not_in & set(arrest.participants)


# must not: a count of those detained told again is no arrest of its own
GROWN = [
    "Полиция Перу задержала 40 человек. По словам министра, число задержанных выросло до 60.",
    "Министр внутренних дел Чили заявил, что в Сантьяго задержаны 40 человек и число "
    "задержанных выросло до 60.",
]


@pytest.mark.parametrize("text", GROWN)
def test_the_count_of_detained_is_no_second_arrest(events, text: str) -> None:  # noqa: ANN001
    assert len([e for e in events(text, "2024-05-10") if e.kind == "Arrest"]) == 1


def test_a_series_of_talks_stays_no_arrest(events) -> None:  # noqa: ANN001
    text = "В Египте прошла серия переговоров об освобождении заложников."
    assert not [e for e in events(text, "2024-05-10") if e.kind in {"Arrest", "Release"}]


# (text, the state of the court or police named by its city, a state not in it)
TOWNS = [
    ("Суд Сантьяго заочно арестовал бизнесмена Хуана Переса.", "state/CHL", ""),
    ("Суд Антофагасты заочно арестовал бизнесмена Хуана Переса.", "state/CHL", ""),
    ("Таллинский суд заочно арестовал бизнесмена Андруса Таммика.", "state/EST", ""),
    ("Бизнесмен Мехмет Йылмаз был заочно арестован судом Каира.", "state/EGY", ""),
    ("Полиция Торонто задержала гражданина Мексики.", "state/CAN", "state/MEX"),
]


@pytest.mark.parametrize(("text", "state", "not_in"), TOWNS)
def test_a_court_named_by_its_city_is_its_states(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    state: str,
    not_in: str,
) -> None:
    (arrest,) = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert state in arrest.participants and not_in not in arrest.participants


def test_an_arrest_in_absentia_told_before_takes_no_day(events) -> None:  # noqa: ANN001
    text = ("В воскресенье в Лиме задержан гражданин Чили Хуан Перес. Ранее он был заочно "
            "арестован в Чили.")  # fmt: skip
    arrests = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert len(arrests) == 2
    assert [e.date for e in arrests if e.location != "Лима"] != ["2024-05-05"]


def test_citizens_alone_are_no_arresting_state(events) -> None:  # noqa: ANN001
    text = "Ночью задержаны две девушки — гражданки Чили и Аргентины."
    arrests = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert not {"state/CHL", "state/ARG"} & {p for e in arrests for p in e.participants}


def test_an_arrest_one_dates_by_stays_no_states(events) -> None:  # noqa: ANN001
    text = "Протесты в Перу продолжаются. После ареста сына Мария и Хосе занимались школой."
    arrests = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert "state/PER" not in {p for e in arrests for p in e.participants}


def test_arrests_of_two_counts_are_two(events) -> None:  # noqa: ANN001
    text = ("Генпрокурор Египта подтвердил, что власти страны задержали 150 человек. Кроме того, в "
            "Каире прошла серия арестов двенадцати генералов, в том числе бывшего министра "
            "обороны Ахмеда Салеха.")  # fmt: skip
    arrests = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert len(arrests) == 2
    assert [e for e in arrests if "person/akhmed-salekh" not in e.participants]


@pytest.mark.parametrize("count", ["40", "сорока"])
def test_one_count_told_again_is_one_arrest(events, count: str) -> None:  # noqa: ANN001
    text = f"Полиция Перу задержала 40 человек. Задержание {count} человек произошло в Лиме."
    assert len([e for e in events(text, "2024-05-10") if e.kind == "Arrest"]) == 1
