"""Who holds an event told by a noun, where a trip for it goes, whether it is told at all
(a match, an attempt, a series), and which visit frames what follows: sentences of our own
about pairs of states, each class said several ways, with must-not cases."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, state_keys


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "Премьер-министр Японии Сигэру Исиба и премьер-министр Индии Нарендра Моди провели "
            "ежегодный саммит в Токио.",
            {"state/JPN", "state/IND"},
        ),
        (
            "Президенты Бразилии и Аргентины провели саммит в Буэнос-Айресе.",
            {"state/BRA", "state/ARG"},
        ),
        ("Президент Кении Уильям Руто участвовал в саммите Африканского союза.", {"state/KEN"}),
        ("Президент Вьетнама прибыл на саммит АСЕАН в Лаосе.", {"state/VNM"}),
    ],
)
def test_who_holds_or_joins_a_summit_takes_part(events, text: str, states: set[str]) -> None:
    (summit,) = of_kind(events(text), "Summit")
    assert state_keys(summit) == states and summit.status == "occurred"


def test_who_speaks_of_a_summit_takes_no_part(events) -> None:
    text = "Министр иностранных дел Норвегии прокомментировал итоги саммита НАТО в Вашингтоне."
    assert all(not state_keys(e) for e in of_kind(events(text), "Summit"))


@pytest.mark.parametrize(
    "text",
    [
        "Лидеры Вьетнама и Индонезии проводят ежегодные встречи.",
        "На каждом саммите АСЕАН президент Индонезии выступал с речью.",
    ],
)
def test_a_series_is_no_event(events, text: str) -> None:
    assert not of_kind(events(text), "Meeting", "Summit")


@pytest.mark.parametrize(
    "text",
    [
        "Матч сборных Бразилии и Аргентины завершился вничью. Встречу посетили 70 тысяч зрителей.",
        "Встреча сборных Норвегии и Дании прошла в Осло.",
        "Встреча Бразилии и Аргентины в Рио-де-Жанейро завершилась со счётом 2:1.",
        "Встречу сборных Мексики и Японии комментировали Иван Петров и Олег Сидоров.",
    ],
)
def test_a_match_is_no_meeting(events, text: str) -> None:
    assert not of_kind(events(text), "Meeting", "Talks")


def test_a_meeting_at_a_match_is_one(events) -> None:
    text = "Президент Бразилии встретился с президентом Аргентины на матче сборных двух стран."
    (meeting,) = of_kind(events(text), "Meeting")
    assert state_keys(meeting) == {"state/BRA", "state/ARG"}


@pytest.mark.parametrize(
    "text",
    [
        "Пресс-секретарь Кремля прокомментировал встречу президентов Бразилии и Аргентины.",
        # who judges it speaks of it too
        "Глава МИД Китая Ван И назвал встречу президентов Бразилии и Аргентины «важным шагом».",
        "Генсек ООН высоко оценил встречу президентов Бразилии и Аргентины.",
        "Премьер Индии приветствовал встречу президентов Бразилии и Аргентины.",
    ],
)
def test_who_comments_a_meeting_takes_no_part(events, text: str) -> None:
    (meeting,) = of_kind(events(text), "Meeting")
    assert meeting.participants == ["state/ARG", "state/BRA"]


def test_a_meeting_judged_after_the_talks_is_no_other_event(events) -> None:
    text = (
        "Президенты Кении и Эфиопии провели переговоры в Найроби. Глава МИД Китая Ван И "
        "назвал встречу «важным шагом»."
    )
    assert [e.kind for e in events(text)] == ["Talks"]
    # ... while one's own visit stays one's own
    (visit,) = of_kind(events("Президент Кении Уильям Руто высоко оценил итоги своего визита в "
                          "Эфиопию."), "Visit")  # fmt: skip
    assert visit.visitor == "person/uilyam-ruto"


@pytest.mark.parametrize(
    "text",
    [
        "Ранее он пытался вести переговоры с президентом Ирана Масудом Пезешкианом.",
        "Президент Мексики призвал провести встречу с президентом США.",
        "Премьер-министр Индии попытался провести переговоры с главой правительства Японии.",
    ],
)
def test_talks_tried_or_asked_for_are_not_told(events, text: str) -> None:
    assert not of_kind(events(text), "Talks", "Meeting")


def test_talks_held_are_told(events) -> None:
    text = "Президент Мексики провёл встречу с президентом США."
    (meeting,) = of_kind(events(text), "Meeting")
    assert state_keys(meeting) == {"state/MEX", "state/USA"} and meeting.status == "occurred"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Как и ожидалось, на выборах в Колумбии победил Густаво Петро.", "occurred"),
        ("Как и планировалось, президент Кении прибыл в Эфиопию с визитом.", "occurred"),
        ("Как ожидается, президент Кении прибудет в Эфиопию с визитом.", "planned"),
        ("Ожидается, что президент Кении посетит Эфиопию в мае.", "planned"),
    ],
)
def test_as_planned_is_done(events, text: str, status: str) -> None:
    (event,) = of_kind(events(text), "Election", "Visit")
    assert event.status == status


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "На следующей неделе министр экономики Мексики Марсело Эбрард отправится в "
            "Вашингтон для переговоров.",
            "Вашингтон",
        ),
        ("Министр иностранных дел Японии прибыл в Каир на переговоры.", "Каир"),
        ("Президент Кении отправился на переговоры в Аддис-Абебу.", "Аддис-Абеба"),
    ],
)
def test_talks_a_trip_is_for_are_where_it_goes(events, text: str, place: str) -> None:
    (talks,) = of_kind(events(text), "Talks")
    assert talks.location == place


def test_talks_on_a_topic_are_not_there(events) -> None:
    text = "Министр иностранных дел Японии прибыл в Каир на переговоры о ситуации в Судане."
    (talks,) = of_kind(events(text), "Talks")
    assert talks.location == "Каир"


def test_talks_ahead_in_a_visit_under_way_are_where_it_is(events) -> None:
    text = (
        "Ранее премьер-министр Индии пригласил президента России посетить Индию в следующем "
        "году. Глава МИД Индии Субраманьям Джайшанкар прибыл в Москву с официальным визитом. "
        "Он проведет переговоры с министром иностранных дел России Сергеем Лавровым."
    )
    read = events(text, "2025-10-06")
    (talks,) = of_kind(read, "Talks")
    assert (talks.location, talks.status, talks.date) == ("Москва", "planned", "")
    (later,) = [e for e in read if e.kind == "Visit" and e.status == "planned"]
    assert later.location == "Индия"


@pytest.mark.parametrize("date", ["", "2025-02-07"])
def test_a_call_the_title_calls_talks_is_one_call(events, date: str) -> None:
    text = (
        "Президент Мексики провела переговоры с президентом США\n\n"
        "Президент Мексики Клаудия Шейнбаум провела телефонный разговор с президентом США "
        "Дональдом Трампом. Стороны договорились отложить введение пошлин."
    )
    read = events(text, date)
    assert [e.kind for e in of_kind(read, "Talks", "Meeting", "PhoneCall")] == ["PhoneCall"]


def test_talks_in_the_title_and_a_call_before_them_are_two(events) -> None:
    text = (
        "Президент Бразилии провел переговоры с президентом Чили в Сантьяго\n\n"
        "Президент Бразилии Луис Инасиу Лула да Силва провел переговоры с президентом Чили "
        "Габриэлем Боричем в Сантьяго. Ранее лидеры провели телефонный разговор."
    )
    kinds = sorted(e.kind for e in of_kind(events(text), "Talks", "PhoneCall"))
    assert kinds == ["PhoneCall", "Talks"]


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        (
            "Полиция Эквадора в пятницу ворвалась в здание посольства и задержала бывшего "
            "вице-президента Эквадора Хорхе Гласа.",
            "Arrest",
            "2024-04-05",
        ),
        (
            "Президент Кении в понедельник прибыл в Аддис-Абебу и провел переговоры с "
            "премьер-министром Эфиопии.",
            "Talks",
            "2024-04-01",
        ),
        (
            "Президент Кении в понедельник прибыл в Аддис-Абебу и в среду провел переговоры с "
            "премьер-министром Эфиопии.",
            "Talks",
            "2024-04-03",
        ),
    ],
)
def test_a_date_of_the_first_verb_is_its_conjuncts(events, text: str, kind: str, date: str):
    (event,) = of_kind(events(text, "2024-04-06"), kind)
    assert event.date == date


@pytest.mark.parametrize(
    ("text", "kind", "joined"),
    [
        (
            "Премьер-министр Норвегии Йонас Гар Стёре и премьер-министр Дании Метте Фредериксен "
            "встретились в Бергене. На встрече присутствовал также президент Финляндии "
            "Александр Стубб.",
            "Meeting",
            "state/FIN",
        ),
        (
            "Президенты Бразилии и Аргентины провели переговоры в Буэнос-Айресе. В переговорах "
            "участвовал также президент Уругвая.",
            "Talks",
            "state/URY",
        ),
        (
            "Саммит БРИКС прошел в Казани. Президент Бразилии принял участие в саммите по "
            "видеосвязи.",
            "Summit",
            "state/BRA",
        ),
    ],
)
def test_who_attends_an_event_named_before_joins_it(events, text: str, kind: str, joined: str):
    (event,) = of_kind(events(text), kind)
    assert joined in event.participants


def test_the_last_time_is_another_meeting(events) -> None:
    text = (
        "Премьер-министры Норвегии и Дании встретились в Бергене. В прошлый раз премьеры "
        "встречались в Копенгагене в марте 2023 года."
    )
    places = sorted((e.location, e.date) for e in of_kind(events(text), "Meeting"))
    assert places == [("Берген", ""), ("Копенгаген", "2023-03")]


@pytest.mark.parametrize(
    "text",
    [
        "В Казани завершился трехдневный саммит БРИКС. На полях саммита прошли встречи.",
        "Очередной саммит АСЕАН открылся во Вьентьяне. Саммит АСЕАН продлится два дня.",
        "Саммит G20 прошел в Рио-де-Жанейро. Президент Индии участвовал в саммите по видеосвязи.",
    ],
)
def test_how_long_or_how_a_summit_is_held_is_not_its_name(events, text: str) -> None:
    assert len(of_kind(events(text), "Summit")) == 1


def test_summits_with_names_of_their_own_are_two(events) -> None:
    text = "Саммит АСЕАН прошел во Вьентьяне. Следующий саммит БРИКС пройдет в Казани."
    assert len(of_kind(events(text), "Summit")) == 2


@pytest.mark.parametrize(
    ("text", "host", "place"),
    [
        (
            "Премьер-министр Индии Нарендра Моди прибыл в японскую столицу с официальным визитом.",
            "state/JPN",
            "Токио",
        ),
        ("Президент Эфиопии прилетел в кенийскую столицу с визитом.", "state/KEN", "Найроби"),
        ("Король Норвегии прибыл с визитом в датскую столицу.", "state/DNK", "Копенгаген"),
    ],
)
def test_a_capital_said_by_its_state_is_that_capital(events, text: str, host: str, place: str):
    (visit,) = of_kind(events(text), "Visit", "OfficialVisit")
    assert (visit.host, visit.location) == (host, place)


def test_a_capital_of_no_state_is_no_host(events) -> None:
    assert not of_kind(events("Президент Бразилии прибыл в столицу региона."), "Visit")


@pytest.mark.parametrize(
    "told",
    [
        "Мы встречались в июле прошлого года в Ханое.",
        "Они встречались в Ханое два года назад.",
    ],
)
def test_a_meeting_of_last_year_is_not_the_news(events, told: str) -> None:
    text = f"Президент России провел переговоры с президентом Вьетнама\n\n{told}"
    assert len(of_kind(events(text), "Talks", "Meeting")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "В четверг президент Индонезии Прабово Субианто побывал в провинции Папуа на востоке "
        "Индонезии.",
        "Президент Мексики посетил штат Чьяпас на юге страны.",
    ],
)
def test_a_trip_to_a_region_at_home_is_no_visit(events, text: str) -> None:
    assert not of_kind(events(text), "Visit")


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Президент Вьетнама побывал в провинции Бали на юге Индонезии.", "state/IDN"),
        ("Президент Кении прибыл в город Гондэр на севере Эфиопии.", "state/ETH"),
    ],
)
def test_a_region_abroad_is_visited_in_its_state(events, text: str, host: str) -> None:
    (visit,) = of_kind(events(text), "Visit")
    assert visit.host == host


def test_an_office_of_no_named_state_takes_none_from_a_tie(events) -> None:
    text = (
        "Ранее Джон Смит, ставший сенатором в 2013 году, выступил в Чикаго. Его отец — "
        "уроженец Кубы. Смит часто бывает в США и в Канаде."
    )
    (appointment,) = of_kind(events(text), "Appointment")
    assert not [p for p in appointment.participants if p.startswith("state/")]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "Президент Польши Лех Качиньский погиб в авиакатастрофе под Смоленском.",
            "person/lekh-kachinskiy",
        ),
        (
            "Власти объявили траур в связи с гибелью бывшего премьер-министра Ливана Рафика "
            "Харири.",
            "person/rafik-khariri",
        ),
        ("Футболист Эмилиано Сала погиб в авиакатастрофе.", "person/emiliano-sala"),
    ],
)
def test_a_named_person_killed_is_a_death(events, text: str, dead: str) -> None:
    (death,) = of_kind(events(text), "Death")
    assert death.participants == [dead]


@pytest.mark.parametrize(
    "text",
    [
        "В результате теракта в Кабуле погибли 16 человек.",
    ],
)
def test_people_not_named_killed_are_no_death(events, text: str) -> None:
    assert not of_kind(events(text), "Death")


def test_a_verb_the_parser_joined_to_another_clause_keeps_its_own_subject(events) -> None:
    text = (
        "Отставка Даниэля Ортеги совпала с годовщиной свержения никарагуанского диктатора "
        "Анастасио Сомосы, который правил с 1967 года и был смещён повстанцами."
    )
    labels = sorted(e.label for e in of_kind(events(text), "Resignation"))
    assert labels == ["Отставка Анастасио Сомосы", "Отставка Даниэля Ортеги"]


@pytest.mark.parametrize(
    "text",
    [
        # a counted part of a game whose genitive the noun is
        "Первые два периода встречи со Швецией норвежцы проигрывали, затем в третьем "
        "периоде сравнять счёт удалось Ивану Петрову.",
        "На 53-й минуте встречи с Данией норвежец Иван Петров забросил шайбу.",
        # a verb of meeting whose sides are players
        "Один из лучших вратарей Норвегии Иван Петров встретится с одним из лучших "
        "вратарей Швеции Олегом Сидоровым.",
    ],
)
def test_a_game_told_by_its_parts_or_players_is_no_meeting(events, text: str) -> None:
    assert not of_kind(events(text), "Meeting")


@pytest.mark.parametrize("time", ["В период встречи", "В первые минуты встречи"])
def test_a_time_within_a_meeting_keeps_it(events, time: str) -> None:
    text = (
        f"{time} с премьером Швеции президент Финляндии обсудил торговлю. "
        "На 53-й минуте встречи с Данией норвежец Иван Петров забросил шайбу."
    )
    (meeting,) = of_kind(events(text), "Meeting")
    assert state_keys(meeting) == {"state/FIN", "state/SWE"}
