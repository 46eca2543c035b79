"""What talks are about is not the talks: a planned summit or visit they discuss keeps its
own date, place and status; what the sides agree to hold lies ahead; an event named as the
one before is another; a compound event noun the tagger reads as an adjective is still one.
Sentences of our own about pairs of states, each class said several ways, with must-not
cases."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, state_keys

DAY = "2025-03-12"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Министры иностранных дел Вьетнама и Индонезии обсудили подготовку к саммиту "
            "АСЕАН, который пройдёт в Джакарте в мае.",
            DAY,
        ),
        (
            "Президенты Бразилии и Аргентины обсудили в Бразилиа подготовку к визиту "
            "аргентинского лидера в июне.",
            DAY,
        ),
        (
            "Премьер-министры Норвегии и Дании в четверг обсудили подготовку к саммиту "
            "Северного совета в октябре.",
            "2025-03-06",
        ),
        (
            "Стороны также обсудили подготовку к предстоящему в ноябре визиту президента Кении "
            "в Эфиопию.",
            DAY,
        ),
        (
            "Министры иностранных дел Японии и Индии обсудили подготовку к саммиту «Большой "
            "семёрки» в Хиросиме в мае.",
            DAY,
        ),
        (
            "Президенты Мексики и США обсудили подготовку к саммиту G20 в Рио-де-Жанейро в ноябре.",
            DAY,
        ),
    ],
)
def test_talks_about_a_planned_event_are_held_today(events, text: str, date: str) -> None:
    (talks,) = of_kind(events(text, DAY), "Talks")
    assert (talks.status, talks.date) == ("occurred", date)
    assert talks.location in {"", "Бразилиа"}  # never the summit's city


def test_the_planned_event_keeps_its_own_date_and_place(events) -> None:
    text = (
        "Министры иностранных дел Вьетнама и Индонезии обсудили подготовку к саммиту АСЕАН, "
        "который пройдёт в Джакарте в мае."
    )
    (summit,) = of_kind(events(text, DAY), "Summit")
    assert (summit.status, summit.date, summit.location) == ("planned", "2025-05", "Джакарта")


@pytest.mark.parametrize(
    ("text", "status", "date"),
    [  # must not: the talks' own time and tense stand
        (
            "Президенты Бразилии и Аргентины обсудят в мае подготовку к саммиту МЕРКОСУР.",
            "planned",
            "2025-05",
        ),
        (
            "Министры иностранных дел Норвегии и Дании 5 марта обсудили торговлю и энергетику.",
            "occurred",
            "2025-03-05",
        ),
        (
            "Премьер-министры Японии и Индии обсудили в понедельник подготовку к визиту.",
            "occurred",
            "2025-03-10",
        ),
    ],
)
def test_talks_keep_their_own_time(events, text: str, status: str, date: str) -> None:
    (talks,) = of_kind(events(text, DAY), "Talks")
    assert (talks.status, talks.date) == (status, date)


@pytest.mark.parametrize(
    "text",
    [
        "Лидеры Вьетнама и Индонезии договорились встретиться в ходе саммита АСЕАН в "
        "Куала-Лумпуре.",
        "Президенты Бразилии и Аргентины договорились провести переговоры в Асунсьоне.",
        "Премьер-министры Норвегии и Дании договорились о встрече в Осло.",
        "Министры иностранных дел Японии и Индии условились встретиться в Токио.",
        "Президент Кении и премьер-министр Эфиопии договорились о проведении переговоров.",
    ],
)
def test_what_the_sides_agree_to_hold_lies_ahead(events, text: str) -> None:
    read = of_kind(events(text), "Talks", "Meeting", "Summit")
    assert read and all(e.status == "planned" for e in read)


@pytest.mark.parametrize(
    "text",
    [
        "Президент Мексики и президент США встретились в Вашингтоне и договорились о новых "
        "пошлинах.",
        "Министры Кении и Эфиопии провели переговоры и договорились о строительстве дороги.",
    ],
)
def test_an_event_held_before_an_agreement_took_place(events, text: str) -> None:
    (held,) = of_kind(events(text), "Talks", "Meeting")
    assert held.status == "occurred"


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Глава МИД Саудовской Аравии встретился с министром иностранных дел Ирана. "
            "Предыдущая встреча министров состоялась в Пекине в 2023 году.",
            {("", DAY), ("Пекин", "2023")},
        ),
        (
            "Премьер-министры Японии и Индии провели переговоры в Токио. Прошлый раунд "
            "переговоров прошёл в Нью-Дели.",
            {("Токио", DAY), ("Нью-Дели", "")},
        ),
    ],
)
def test_the_event_before_is_another(events, text: str, told: set[tuple[str, str]]) -> None:
    read = of_kind(events(text, DAY), "Talks", "Meeting")
    assert {(e.location, e.date) for e in read} == told and len({e.key for e in read}) == 2


def test_a_call_in_the_body_is_the_headline_of_states(events) -> None:
    text = (
        "Бразилия и Венесуэла обсудили ситуацию в регионе\n"
        "Президент Бразилии Луис Инасиу Лула да Силва провёл телефонный разговор с президентом "
        "Венесуэлы Николасом Мадуро. Стороны обсудили ситуацию в регионе."
    )
    read = events(text, DAY)
    assert [e.kind for e in of_kind(read, "Talks", "Meeting", "PhoneCall")] == ["PhoneCall"]


def test_a_headline_of_other_states_is_no_call_of_these(events) -> None:
    text = (
        "Бразилия и Колумбия обсудили ситуацию в регионе\n"
        "Президент Бразилии Луис Инасиу Лула да Силва провёл телефонный разговор с президентом "
        "Венесуэлы Николасом Мадуро."
    )
    read = events(text, DAY)
    assert sorted(e.kind for e in of_kind(read, "Talks", "PhoneCall")) == ["PhoneCall", "Talks"]


def test_a_discussion_after_a_call_is_that_call_though_a_summit_follows(events) -> None:
    text = (
        "Президент Бразилии Луис Инасиу Лула да Силва провел телефонный разговор с президентом "
        "Аргентины Хавьером Милеем. Лидеры обсудили ситуацию в МЕРКОСУР и договорились "
        "встретиться в ходе саммита объединения в Асунсьоне."
    )
    read = events(text, DAY)
    (call,) = of_kind(read, "PhoneCall")
    (meeting,) = of_kind(read, "Meeting", "Talks")
    assert call.location == "" and (meeting.status, meeting.location) == ("planned", "Асунсьон")


@pytest.mark.parametrize(
    "text",
    [
        "Стороны договорились провести в следующем году бизнес-форум.",
        "Стороны договорились провести бизнес-форум в Аддис-Абебе.",
    ],
)
def test_a_compound_forum_is_one_whatever_the_tagger_says(events, text: str) -> None:
    (forum,) = of_kind(events(text), "Forum")
    assert forum.status == "planned"


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "Президент Сомалиленда Муса Бихи Абди прибыл в Аддис-Абебу. Президент Сомалиленда "
            "провёл переговоры с премьер-министром Эфиопии Абием Ахмедом.",
            {"state/XSL", "state/ETH"},
        ),
        (
            "Лидер Северного Кипра Эрсин Татар встретился в Анкаре с президентом Турции "
            "Реджепом Тайипом Эрдоганом.",
            {"state/XNC", "state/TUR"},
        ),
    ],
)
def test_a_partly_recognised_state_is_a_side(events, text: str, states: set[str]) -> None:
    talks = of_kind(events(text, DAY), "Talks", "Meeting")
    assert talks and all(state_keys(e) == states for e in talks)
    assert all(sum(p.startswith("person/") for p in e.participants) == 2 for e in talks)


def test_cyprus_is_not_northern_cyprus(events) -> None:
    (visit,) = of_kind(events("Президент Кипра Никос Христодулидис посетил Афины.", DAY), "Visit")
    assert state_keys(visit) == {"state/CYP", "state/GRC"}


def test_an_interfax_ru_dateline_leaves_the_subject_its_sentence(events) -> None:
    text = (
        "Найроби. 15 мая. INTERFAX.RU - Президент Кении Уильям Руто провел переговоры с "
        "премьер-министром Эфиопии Абием Ахмедом."
    )
    (talks,) = of_kind(events(text), "Talks")
    assert {"person/uilyam-ruto", "person/abiy-akhmed"} <= set(talks.participants)


@pytest.mark.parametrize(
    ("text", "visitor", "stray"),
    [
        (
            "Ожидается, что премьер-министр Японии посетит в Нью-Дели дом, в котором жил в "
            "молодости Джавахарлал Неру, в знак уважения к политику.",
            "person/shigeru-ishiba",
            "person/dzhavakharlal-neru",
        ),
        (
            "Ожидается, что президент Аргентины посетит в Бразилиа дворец, в котором работал в "
            "молодости Жуселину Кубичек, в знак уважения к политику.",
            "person/javier-milei",
            "person/zhuselinu-kubichek",
        ),
        (
            "Ожидается, что президент Индонезии посетит в Ханое дом, в котором жил в молодости "
            "Хо Ши Мин, в знак уважения к политику.",
            "person/prabowo-subianto",
            "person/kho-shi-min",
        ),
        (
            "Ожидается, что король Норвегии посетит в Копенгагене замок, в котором родился в "
            "1872 году Хокон VII, в знак уважения к деду.",
            "state/NOR",
            "person/khokon-vii",
        ),
    ],
)
def test_who_a_relative_clause_names_does_not_visit(
    events, text: str, visitor: str, stray: str
) -> None:
    (visit,) = of_kind(events(text, DAY), "Visit")
    assert visit.visitor == visitor and stray not in visit.participants


def test_a_person_visited_takes_part(events) -> None:  # must not: no relative clause
    text = "Премьер-министр Японии Сигэру Исиба посетил в Нью-Дели Нарендру Моди."
    (visit,) = of_kind(events(text, DAY), "Visit")
    assert {"person/shigeru-ishiba", "person/narendra-modi"} <= set(visit.participants)


MONDAY = "2025-03-10"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Во вторник вьетнамский лидер посетит Бали.", "2025-03-11"),
        ("Президент Вьетнама Лыонг Кыонг во вторник посетит Джакарту.", "2025-03-11"),
        ("Президент Кении в пятницу проведёт переговоры с премьером Эфиопии.", "2025-03-14"),
        ("Премьер-министр Японии в среду отправится с визитом в Индию.", "2025-03-12"),
        ("Министры Норвегии и Дании встретятся в субботу в Осло.", "2025-03-15"),
        # must not: what took place is the last such day; today is today
        ("Президент Вьетнама Лыонг Кыонг во вторник посетил Джакарту.", "2025-03-04"),
        ("Министры Норвегии и Дании встретились в субботу в Осло.", "2025-03-08"),
        ("Президент Вьетнама Лыонг Кыонг в понедельник прибудет в Джакарту.", MONDAY),
    ],
)
def test_a_weekday_lies_where_the_tense_points(events, text: str, date: str) -> None:
    (event,) = events(text, MONDAY)
    assert event.date == date


@pytest.mark.parametrize(
    ("text", "visitor", "host", "status"),
    [
        (
            "Министр иностранных дел Аргентины Диана Мондино на следующей неделе отправится в "
            "Бразилиа.",
            "person/diana-mondino",
            "state/BRA",
            "planned",
        ),
        (
            "Премьер-министр Индии Нарендра Моди вылетел в Токио.",
            "person/narendra-modi",
            "state/JPN",
            "occurred",
        ),
        ("Делегация Вьетнама прибыла в Индонезию.", "state/VNM", "state/IDN", "occurred"),
        ("Делегация из Вьетнама прибыла в Индонезию.", "state/VNM", "state/IDN", "occurred"),
    ],
)
def test_who_sets_off_abroad_visits(
    events, text: str, visitor: str, host: str, status: str
) -> None:
    (visit,) = of_kind(events(text, DAY), "Visit")
    assert (visit.visitor, visit.host, visit.status) == (visitor, host, status)


@pytest.mark.parametrize(
    "text",
    [
        "Туристы из Вьетнама прибыли в Индонезию.",
        "Болельщики из Бразилии прилетели в Буэнос-Айрес.",
        "Туристы из Вьетнама отправились в Индонезию.",
        "Президент Кении вылетел из Найроби.",  # no destination
        "Правительство Дании отправилось в отставку.",
    ],
)
def test_people_from_a_state_or_no_destination_make_no_visit(events, text: str) -> None:
    assert not of_kind(events(text, DAY), "Visit")


def test_a_telegram_told_in_the_title_and_the_text_is_one(events) -> None:
    text = (
        "Президент Казахстана направил поздравительную телеграмму президенту Вьетнама\n"
        "Президент Казахстана Касым-Жомарт Токаев направил поздравительную телеграмму "
        "президенту Вьетнама Лыонг Кыонгу по случаю Дня независимости."
    )
    (message,) = of_kind(events(text, DAY), "Message")
    assert {"person/kassym-jomart-tokayev", "state/VNM"} <= set(message.participants)


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        (
            "23 марта 2025 года премьер-министр Японии Сигэру Исиба принял в Токио "
            "премьер-министра Южной Кореи Хан Дак Су.",
            "person/khan-dak-su",
        ),
        (
            "5 мая президент Бразилии Лула принял в Бразилиа министра иностранных дел Аргентины "
            "Диану Мондино.",
            "person/diana-mondino",
        ),
        (
            "В понедельник премьер-министр Норвегии Йонас Гар Стёре принял в Осло премьер-министра "
            "Дании Метте Фредериксен.",
            "person/mette-frederiksen",
        ),
        (
            "10 марта президент Кении Уильям Руто принял в Найроби премьер-министра Эфиопии Абия "
            "Ахмеда.",
            "person/abiy-akhmed",
        ),
    ],
)
def test_a_guest_named_after_the_title_is_received(events, text: str, guest: str) -> None:
    (meeting,) = of_kind(events(text, "2025-03-23"), "Meeting")
    assert guest in meeting.participants


@pytest.mark.parametrize(
    "text",
    [
        "Стороны договорились возобновить регулярные консультации и провести следующую встречу "
        "в Сеуле.",
        "Министры договорились расширить торговлю и провести переговоры в Ханое.",
        "Следующая встреча министров пройдёт в Осло.",
    ],
)
def test_the_next_meeting_lies_ahead(events, text: str) -> None:
    (meeting,) = of_kind(events(text, DAY), "Meeting", "Talks")
    assert meeting.status == "planned"


# (text, the states of its one gathering or talks): a state after "по" on the event noun is
# what it is about, not a side (events80); one told otherwise still is
TOPIC_STATES = [
    ("Конференция по Судану пройдёт в Лондоне 15 апреля.", set()),
    ("Международная конференция по Сирии открылась в Брюсселе.", set()),
    ("Саммит по Ливии прошёл в Берлине.", set()),
    ("Форум по Афганистану состоялся в Дохе.", set()),
    # must not: a side named beside the topic, or as a participant, stays
    ("Конференция по Сомали прошла в Лондоне при участии президента Сомали.", {"state/SOM"}),
    ("Переговоры Индии и Египта по торговле прошли в Каире.", {"state/EGY", "state/IND"}),
    ("Конференция Чили и Перу по Боливии прошла в Лиме.", {"state/CHL", "state/PER"}),
]


@pytest.mark.parametrize(("text", "states"), TOPIC_STATES)
def test_a_state_an_event_is_about_is_no_side(events, text: str, states: set[str]) -> None:
    (event,) = of_kind(events(text, DAY), "Forum", "Summit", "Talks")
    assert state_keys(event) == states
