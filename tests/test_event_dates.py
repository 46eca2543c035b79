"""Dates of events a text gives outside the event's own clause: the day a later sentence of
the lead reports the news on, a date in brackets right before its verb, the date of the
sentence a next one goes on from. Sentences of our own about other states, with cases that
must not take the date."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _date(events: list[Event], kind: str) -> str:
    (event,) = [e for e in events if e.kind == kind]
    return event.date


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        (
            "Посол Франции в Мали Жан Дюпон назначен министром иностранных дел Франции. "
            "Об этом стало известно во вторник, 14 мая 2019 года.",
            "Appointment",
            "2019-05-14",
        ),
        (
            "Президент Ганы Джон Махама помиловал гражданина Того Коджо Агбеко. Об этом говорится "
            "в опубликованном в пятницу, 3 марта 2017 года, указе.",
            "Release",
            "2017-03-03",
        ),
        (
            "Премьер-министр Литвы Ингрида Шимоните подала в отставку. Об этом 12 июля 2022 года "
            "сообщило агентство BNS.",
            "Resignation",
            "2022-07-12",
        ),
        # not: told as done earlier; a time of its own; a report of two days; a document date
        (
            "Гражданин Того Коджо Агбеко был ранее задержан в Гане. Об этом 12 июля 2022 года "
            "сообщило агентство.",
            "Arrest",
            "",
        ),
        (
            "Гражданина Того Коджо Агбеко задержали в Гане три месяца назад. Об этом 12 июля "
            "2022 года сообщило агентство.",
            "Arrest",
            "",
        ),
    ],
)
def test_the_day_the_lead_is_reported_on(events, text: str, kind: str, date: str) -> None:
    assert _date(events(text), kind) == date


def test_a_report_day_does_not_override_the_documents_date(events) -> None:
    text = (
        "Премьер-министр Литвы Ингрида Шимоните подала в отставку. Об этом 12 июля 2022 года "
        "сообщило агентство BNS."
    )
    assert _date(events(text, "2022-07-15"), "Resignation") == "2022-07-15"


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        (
            "Власти Кении задержали гражданина Уганды Джона Окелло, после чего (в мае 2019 года) "
            "выслали его на родину.",
            "Expulsion",
            "2019-05",
        ),
        (
            "Власти Кении задержали гражданина Уганды Джона Окелло, после чего выслали его на "
            "родину.",
            "Expulsion",
            "",
        ),
        # right after the verb's own subject, the parser hanging it on the next clause's verb
        (
            "Как только Педро Кастильо в декабре 2022 года по решению конгресса покинул свой пост, "
            "Болуарте заявила о своём намерении занять его место.",
            "Resignation",
            "2022-12",
        ),
    ],
)
def test_a_date_in_brackets_right_before_its_verb(events, text: str, kind: str, date: str) -> None:
    assert _date(events(text), kind) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "В марте 2019 года министр иностранных дел Перу Хосе Перес ушёл в отставку. "
            "Пост занял его заместитель Луис Гомес.",
            "2019-03",
        ),
        (
            "В 2016 году премьер-министр Латвии Лаймдота Страуюма подала в отставку. "
            "Должность заняла её соратница Инга Озола.",
            "2016",
        ),
        # a sentence about someone else does not go on from the one before
        (
            "В 2016 году премьер-министр Латвии Лаймдота Страуюма подала в отставку. "
            "Пост премьер-министра Эстонии занял Таави Рыйвас.",
            "",
        ),
    ],
)
def test_a_successor_goes_on_from_the_sentence_before(events, text: str, date: str) -> None:
    assert _date(events(text), "Appointment") == date


def test_chosen_as_an_office_by_a_body_that_is_no_state(events) -> None:
    text = (
        "18 марта 2014 года оппозиционная Ливийская национальная коалиция выбрала бизнесмена "
        "Ахмада Салеха в качестве временного премьер-министра."
    )
    (election,) = [e for e in events(text) if e.kind == "Election"]
    assert election.date == "2014-03-18"
    assert not [p for p in election.participants if p.startswith("state/")]
    text = "Парламент Эстонии выбрал Алара Кариса в качестве президента страны."
    (election,) = [e for e in events(text) if e.kind == "Election"]
    assert "state/EST" in election.participants
    assert not [
        e for e in events("Министр выбрал Китай в качестве партнёра.") if e.kind == "Election"
    ]


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        # "с 2012 года" counts from then: it is not the visit's date
        (
            "Президент Кении Уильям Руто прибыл в Аддис-Абебу. Это первый визит кенийского "
            "лидера в Эфиопию с 2012 года.",
            "Visit",
            "",
        ),
        (
            "Премьер-министр Индии Нарендра Моди посетил Вену впервые с июля 1983 года.",
            "Visit",
            "",
        ),
        # a range is dated from its start
        (
            "Президент Чили Габриэль Борич находился в Перу с 8 по 10 октября 2024 года с "
            "официальным визитом.",
            "OfficialVisit",
            "2024-10-08",
        ),
        (
            "Премьер-министр Индии Нарендра Моди посетил Вену 9 июля 2024 года.",
            "Visit",
            "2024-07-09",
        ),
    ],
)
def test_a_date_counted_from_is_not_the_events(events, text: str, kind: str, date: str) -> None:
    assert _date(events(text), kind) == date


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        # a title that names no time is the news of the document's day
        ("Переговоры с Президентом Кении Уильямом Руто\n\nНайроби, Дом правительства, "
         "5 марта 2025 года\n\nА.Ахмед: Уважаемый господин Президент!", "Talks",
         "2025-03-05"),
        # told again in the body with its own day: one event, of that day
        ("Визит президента Кении в Эфиопию\n\nНАЙРОБИ, 5 марта 2025 года. Президент Кении "
         "Уильям Руто накануне прибыл в Аддис-Абебу с официальным визитом.", "OfficialVisit",
         "2025-03-04"),
        # a title ahead stays undated by the document's day
        ("Визит президента Кении в Эфиопию запланирован на осень\n\nНАЙРОБИ, 5 марта 2025 "
         "года. Об этом сообщил МИД Кении.", "Visit", ""),
    ],
)  # fmt: skip
def test_a_titles_event_is_the_days_news(events, text: str, kind: str, date: str) -> None:
    read = events(text, "2025-03-05")
    assert [e.date for e in read if e.kind == kind] == [date]


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        # a term a paper is made for is not the signing's date
        ("Президент Чили Габриэль Борич и президент Перу Дина Болуарте подписали программу "
         "сотрудничества на 2025–2030 годы.", "Signing", "2026-04-14"),
        # a range the event itself spans is dated from its start
        ("Президенты Чили и Перу проводили переговоры в Лиме в 2010–2012 годах.", "Talks",
         "2010"),
    ],
)  # fmt: skip
def test_a_term_is_not_the_date(events, text: str, kind: str, date: str) -> None:
    assert [e.date for e in events(text, "2026-04-14") if e.kind == kind] == [date]


# A happening the event is told after ("первая встреча после смены власти в Дакке в
# августе"): its date and place are that happening's, not a second event's nor this one's
AFTER_ANOTHER = [
    ("Премьер-министр Индии Нарендра Моди встретился в Бангкоке с главой временного "
     "правительства Бангладеш Мухаммадом Юнусом. Это первая встреча лидеров после смены "
     "власти в Дакке в августе.", "Meeting", "Бангкок"),
    ("Министр иностранных дел Японии встретился с министром иностранных дел Индии в Токио "
     "5 марта. Это их первая встреча после саммита в Нью-Дели в сентябре.", "Meeting",
     "Токио"),
    ("Президент Бразилии Лула да Силва провёл переговоры с президентом Аргентины Хавьером "
     "Милеем в Рио-де-Жанейро 18 ноября. Это первые переговоры лидеров после выборов в "
     "Аргентине в октябре 2023 года.", "Talks", "Рио-де-Жанейро"),
    ("Президент Кении Уильям Руто провёл телефонный разговор с премьер-министром Эфиопии "
     "Абием Ахмедом. Это первый разговор лидеров после переворота в Аддис-Абебе в июне.",
     "PhoneCall", ""),
    # "Фредерика X." ends its sentence (h-events194): the visit is the reception's, in Oslo
    ("Король Норвегии Харальд V принял в Осло короля Дании Фредерика X. Это первый визит "
     "датского монарха в Норвегию после коронации в январе 2024 года.", "Visit", "Осло"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "place"), AFTER_ANOTHER)
def test_a_happening_told_after_another_keeps_its_own_date(events, text, kind, place) -> None:
    (event,) = [e for e in events(text, "2024-11-20") if e.kind == kind]
    assert event.location == place
    assert event.date[:7] not in {"2024-08", "2024-09", "2023-10", "2024-06", "2024-01"}


def test_a_date_of_its_own_beside_what_it_follows_is_kept(events) -> None:
    text = (
        "Встреча министров иностранных дел Вьетнама и Индонезии состоялась 12 марта в Ханое, "
        "после переговоров делегаций в Джакарте."
    )
    (meeting,) = [e for e in events(text, "2024-11-20") if e.kind == "Meeting"]
    assert (meeting.date, meeting.location) == ("2024-03-12", "Ханой")


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        (
            "Министр финансов Кении Джон Мбаду назначен премьер-министром Кении. Об этом стало "
            "известно во вторник, 13 сентября 2016 года.\n\nПремьер-министр Кении Джозеф "
            "Нкайсери подал в отставку 8 сентября, заявив, что стране нужна новая политика.",
            "Resignation",
            "2016-09-08",
        ),
        (
            "12 марта 2019 года президент Аргентины Маурисио Макри прибыл в Бразилию. Он "
            "встретился с президентом Бразилии Жаиром Болсонару 14 марта.",
            "Meeting",
            "2019-03-14",
        ),
        # not: a year alone gives no day its year; a day after it has none to take
        (
            "Министр финансов Кении Джон Мбаду стал премьер-министром Кении в 2016 году.\n\n"
            "Премьер-министр Кении Джозеф Нкайсери подал в отставку 8 сентября.",
            "Resignation",
            "",
        ),
        (
            "Премьер-министр Кении Джозеф Нкайсери подал в отставку 8 сентября. Министр "
            "финансов Кении Джон Мбаду назначен премьер-министром Кении 13 сентября 2016 года.",
            "Resignation",
            "",
        ),
        # not: a birth; a day of history years before the text's news; the start of a state
        (
            "Президент Эфиопии Абий Ахмед родился 15 августа 1976 года. Он встретился с "
            "президентом Кении Уильямом Руто 4 марта в Найроби.",
            "Meeting",
            "",
        ),
        (
            "Договор о дружбе между Кенией и Эфиопией был подписан 12 июня 1998 года. В 2016 "
            "году отношения стран окрепли. Президент Кении Ухуру Кениата встретился с "
            "премьер-министром Эфиопии 4 марта в Аддис-Абебе.",
            "Meeting",
            "",
        ),
        (
            "Гражданин Кении Джон Мванги находился в розыске с 25 ноября 2011 года. В 2016 году "
            "его задержали. Президент Кении встретился с премьер-министром Эфиопии 23 марта в "
            "Найроби.",
            "Meeting",
            "",
        ),
        # not: a day set after "N лет назад", history (events91)
        (
            "Новый пограничный переход между Чили и Перу открылся более десяти лет назад, 20 "
            "сентября 2000 года. Президент Чили встретился с президентом Перу 18 апреля в Лиме.",
            "Meeting",
            "",
        ),
        (
            "Новый пограничный переход между Чили и Перу открылся 12 лет назад, 20 сентября "
            "2000 года. Президент Чили встретился с президентом Перу 18 апреля в Лиме.",
            "Meeting",
            "",
        ),
        # ... but a day set after "два дня назад" is the news's own
        (
            "Новый пограничный переход между Чили и Перу открылся два дня назад, 16 апреля "
            "2011 года. Президент Чили встретился с президентом Перу 18 апреля в Лиме.",
            "Meeting",
            "2011-04-18",
        ),
        # a day of the news after a birth still gives its year
        (
            "Президент Эфиопии Абий Ахмед родился 15 августа 1976 года. 2 марта 2019 года он "
            "прибыл в Кению. Он встретился с президентом Кении Ухуру Кениатой 4 марта в Найроби.",
            "Meeting",
            "2019-03-04",
        ),
    ],
)
def test_a_day_without_its_year_takes_the_last_day_told(events, text: str, kind: str, date: str):
    assert _date(events(text), kind) == date


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        (
            "5 мая 2019 года президент Египта Абдель Фаттах ас-Сиси принял в Каире министра "
            "иностранных дел Турции Мевлюта Чавушоглу, который прибыл в страну с визитом.",
            "Visit",
            "2019-05-05",
        ),
        (
            "Президент Египта Абдель Фаттах ас-Сиси 5 мая 2019 года принял в Каире министра "
            "иностранных дел Турции Мевлюта Чавушоглу, прибывшего в страну с визитом.",
            "Visit",
            "2019-05-05",
        ),
        # not: a verb of no arrival; a main verb of no receiving
        (
            "5 мая 2019 года президент Египта Абдель Фаттах ас-Сиси принял в Каире министра "
            "иностранных дел Турции Мевлюта Чавушоглу, который ранее совершил визит в Грецию.",
            "Visit",
            "",
        ),
        (
            "5 мая 2019 года президент Египта Абдель Фаттах ас-Сиси раскритиковал министра "
            "иностранных дел Турции Мевлюта Чавушоглу, который прибыл в страну с визитом.",
            "Visit",
            "",
        ),
    ],
)
def test_a_guests_arrival_has_the_date_of_the_receiving(events, text, kind, date) -> None:
    assert _date(events(text), kind) == date


# a bare weekday in a text with no date of its own, told in the past, is the latest day the
# text gave that fell on it; not one ahead, not another weekday, not after a birth day, not
# where the text gave no day, not a weekday of its own week ("в прошлую среду")
TOLD_WEEKDAY = [
    ("27 февраля 2013 года в Хорватии сменилось правительство. Парламент выразил недоверие "
     "кабинету Зорана Милановича. В среду депутаты парламента Хорватии отправили в отставку "
     "правительство Зорана Милановича.", "Resignation", "2013-02-27"),
    ("17 мая 2019 года в Чили сменилось правительство. Кризис начался 14 мая 2019 года. В "
     "пятницу президент Чили Себастьян Пиньера посетил Перу.", "Visit", "2019-05-17"),
    ("17 мая 2019 года в Чили сменилось правительство. В пятницу президент Чили Себастьян "
     "Пиньера посетит Перу.", "Visit", ""),
    ("14 мая 2019 года в Чили сменилось правительство. В пятницу президент Чили Себастьян "
     "Пиньера посетил Перу.", "Visit", ""),
    ("В среду парламент Хорватии отправил в отставку правительство Зорана Милановича.",
     "Resignation", ""),
    ("Премьер-министр Хорватии Зоран Миланович родился 30 октября 1966 года. В пятницу он подал "
     "в отставку.", "Resignation", ""),
    ("12 марта 2021 года в Перу прошли протесты. В прошлую среду министр обороны Перу Хуан Перес "
     "подал в отставку.", "Resignation", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "date"), TOLD_WEEKDAY)
def test_a_weekday_is_of_the_week_of_the_day_told(events, text: str, kind: str, date: str) -> None:
    assert _date(events(text), kind) == date


# in a dated document, a weekday with its day after it is that day, not the weekday nearest
# the document's; a bare weekday still is
STATED_WEEKDAY = [
    ("Министр иностранных дел Индии Субраманьям Джайшанкар прибыл в Токио в понедельник, "
     "28 апреля 2014 года.", "Visit", "2014-04-28"),
    ("Президент Чили Габриэль Борич прибыл в Лиму во вторник 8 апреля.", "Visit", "2014-04-08"),
    ("Президент Чили Габриэль Борич прибыл в Лиму во вторник.", "Visit", "2014-05-06"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "date"), STATED_WEEKDAY)
def test_a_weekday_with_its_day_is_that_day(events, text: str, kind: str, date: str) -> None:
    assert _date(events(text, "2014-05-10"), kind) == date


# "В этот день" / "В тот же день" opening a sentence: the day the sentence before gives as its
# only date, wherever in it; none where it gives two, or only a month
THAT_DAY = [
    ("Президент Чили прибыл в Лиму 3 июня 2018 года. В этот день умер министр обороны Перу "
     "Хуан Перес.", "2018-06-03"),
    ("Президентом Чили он был избран 3 июня 2018 года. В тот же день умер министр обороны Перу "
     "Хуан Перес.", "2018-06-03"),
    ("Президент Чили прибыл в Лиму 3 июня 2018 года. Умер министр обороны Перу Хуан Перес.", ""),
    ("Президент Чили прибыл в Лиму 3 июня 2018 года, а 5 июня посетил Куско. В этот день умер "
     "министр обороны Перу Хуан Перес.", ""),
    ("Президент Чили прибыл в Лиму в июне 2018 года. В этот день умер министр обороны Перу Хуан "
     "Перес.", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date"), THAT_DAY)
def test_that_day_is_the_day_the_sentence_before_gives(events, text: str, date: str) -> None:
    assert _date(events(text), "Death") == date


# an event of a decade before the document's year is no news of its day (ISO gives a
# decade no date); one of a decade ahead or of the day stays as it was
DECADES = [
    ("В 1990-е годы президент Чили посетил Перу с официальным визитом.", "OfficialVisit", ""),
    ("В 1990-х годах премьер-министр Норвегии подписал договор с Данией.", "Signing", ""),
    # must not
    ("Президент Чили посетил Перу. В 1990-е годы Чили и Перу подписали договор о границе.",
     "Visit", "2024-07-01"),
    ("В 2030-е годы президент Чили посетит Перу.", "Visit", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "date"), DECADES)
def test_a_decade_before_is_not_the_days_news(events, text: str, kind: str, date: str) -> None:
    assert [e.date for e in events(text, "2024-07-01") if e.kind == kind] == [date]


_TOLD = "Гражданин Того Коджо Агбеко задержан в Гане\n"
_CHANGED = (
    "Президент Перу сменил министра обороны\n3 мая 2018 года президент Перу Хосе Перес "
    "отправил в отставку министра обороны Луиса Гомеса.\n"
)


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        # a day a lead sentence opens with, before its subject, is the dateline: its news
        # and the title's with no date of their own happened then
        (
            "Бывший президент Того задержан\n"
            "3 мая 2018 года представители армии Ганы подтвердили факт задержания бывшего "
            "президента Того Коджо Агбеко.",
            "Arrest",
            "2018-05-03",
        ),
        (
            _TOLD + "3 мая 2018 года полиция Ганы сообщила журналистам о ходе расследования.",
            "Arrest",
            "2018-05-03",
        ),
        # the dateline's paragraph goes on with its news
        (
            _CHANGED + "Новым министром обороны Перу назначен Карлос Рамос.",
            "Appointment",
            "2018-05-03",
        ),
        # not: a new paragraph; told as done before; another day the sentence tells of; a
        # start, not a dateline
        (_CHANGED + "\nНовым министром обороны Перу назначен Карлос Рамос.", "Appointment", ""),
        (_CHANGED + "Ранее Карлос Рамос был назначен послом Перу в Чили.", "Appointment", ""),
        (
            _TOLD + "3 мая 2018 года полиция Ганы сообщила, что 28 апреля был задержан "
            "гражданин Того Коджо Агбеко.",
            "Arrest",
            "",
        ),
        (_TOLD + "С 3 мая 2018 года полиция Ганы ведёт расследование.", "Arrest", ""),
    ],
)
def test_the_day_a_lead_sentence_opens_with_is_its_dateline(
    events, text: str, kind: str, date: str
) -> None:
    assert {e.date for e in events(text) if e.kind == kind} == {date}


# a sentence, past a blank line, that names the subject of the sentence before again ("Об
# этом президент Чили сообщил …"), also past the words said after its colon, keeps the date
# that sentence opens with; not one of another subject, nor past a sentence of another
SAME_SUBJECT = [
    ("12 марта 2021 года президент Чили Габриэль Борич подписал указ о назначении Хуана Переса "
     "послом в Перу.\n\nОб этом президент Чили сообщил журналистам во время встречи с министром "
     "иностранных дел Перу в Сантьяго.", "Meeting", "2021-03-12"),
    ("12 марта 2021 года Габриэль Борич подписал указ о назначении Хуана Переса послом в Перу."
     "\n\nБорич провёл встречу с президентом Перу Педро Кастильо.", "Meeting", "2021-03-12"),
    ("4 мая 2019 года президент Эквадора Ленин Морено заявил, что готов принять делегацию Перу:"
     "\nЕсли они попросят, мы примем их в Кито.\n\nВ своём заявлении Морено подчеркнул, что "
     "Эквадор не боится давления США.", "Publication", "2019-05-04"),
    ("12 марта 2021 года Габриэль Борич подписал указ о назначении Хуана Переса послом в Перу."
     "\n\nМинистр иностранных дел Перу Ана Сесилия Хервази провела встречу с послом Чили в "
     "Лиме.", "Meeting", ""),
    ("12 марта 2021 года Габриэль Борич подписал указ о назначении Хуана Переса послом в Перу."
     "\n\nСенат Чили одобрил закон о пенсиях.\n\nБорич провёл встречу с президентом Перу Педро "
     "Кастильо.", "Meeting", ""),
    ("4 мая 2019 года президент Эквадора Ленин Морено заявил, что готов принять делегацию Перу:"
     "\nЕсли они попросят, мы примем их в Кито.\n\nВ своём заявлении президент Перу Мартин "
     "Вискарра подчеркнул, что Перу готово к переговорам.", "Publication", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "date"), SAME_SUBJECT)
def test_a_sentence_of_the_same_subject_keeps_the_date(events, text, kind, date) -> None:
    assert _date(events(text), kind) == date


# a noun event, the subject of a modal ("должны", "может"), takes the date and place the
# parser hangs on the modal's infinitive or on the modal itself; not a date of another
# clause beside it, nor of a modal with no event verb ("должны быть честными")
MODAL = [
    ("Выборы президента Перу должны пройти 5 мая 2026 года.", "Election", "2026-05-05"),
    ("Выборы главы государства в Чили должны состояться в ноябре 2025 года.", "Election",
     "2025-11"),
    ("12 апреля 2026 года должны состояться очередные выборы парламента Эквадора.", "Election",
     "2026-04-12"),
    ("Встреча президентов Чили и Аргентины может состояться в марте 2026 года.", "Meeting",
     "2026-03"),
    ("Выборы в Перу должны быть честными, заявил 5 мая 2026 года президент Чили.", "Election",
     ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "date"), MODAL)
def test_a_modals_infinitive_dates_its_subject(events, text: str, kind: str, date: str) -> None:
    assert _date(events(text), kind) == date


def test_a_modals_infinitive_places_its_subject(events) -> None:
    text = "Встреча президентов Чили и Аргентины может состояться в Лиме в марте 2026 года."
    (meeting,) = [e for e in events(text) if e.kind == "Meeting"]
    assert meeting.location == "Лима"


@pytest.mark.parametrize(
    ("text", "doc_date", "kind", "date"),
    [
        ("Парламентские выборы в Австрии прошли осенью.", "2024-12-10", "Election", "2024"),
        ("Президентские выборы в Аргентине прошли осенью.", "2024-03-10", "Election", "2023"),
        ("Переговоры министров Египта и Турции прошли весной в Каире.", "2024-09-10", "Talks",
         "2024"),
        # must not take the day: winter spans two years; no document date gives no year
        ("Переговоры министров Египта и Турции прошли зимой в Каире.", "2024-09-10", "Talks", ""),
        ("Президентские выборы в Аргентине прошли осенью.", "", "Election", ""),
        # must keep the day the text gives
        ("Парламентские выборы в Австрии прошли в воскресенье.", "2024-10-01", "Election",
         "2024-09-29"),
    ],
)  # fmt: skip
def test_a_season_without_a_year_gives_no_day(
    events, text: str, doc_date: str, kind: str, date: str
) -> None:
    """A past season with no year ("прошли осенью") is that season's year, never the
    document's day."""
    assert _date(events(text, doc_date), kind) == date


# a bare year in the genitive on a noun the event is not told by is that thing's year, not
# the event's; a year on the event's own noun or on a part of a time is (events91)
@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        ("Президент Мексики вручил приз лучшему фильму 2015 года на церемонии в Мехико.",
         "Ceremony", ""),
        ("Фильм о президенте Бразилии боролся за звание лучшей кинокартины 2012 года на "
         "церемонии в Сан-Паулу.", "Ceremony", ""),
        # must not: the event's own year, a year in a part of a time
        ("Встреча президентов Мексики и Перу 2015 года прошла в Мехико.", "Meeting", "2015"),
        ("Президент Мексики посетил Перу в начале 2015 года.", "Visit", "2015"),
        ("Президент Мексики посетил Перу летом 2015 года.", "Visit", "2015"),
    ],
)  # fmt: skip
def test_a_year_of_a_thing_is_not_the_events(events, text: str, kind: str, date: str) -> None:
    assert _date(events(text), kind) == date


def test_a_year_after_a_preposition_is_no_things_year(events) -> None:
    """ "после приёма Румынии и Болгарии в 2007 году": the parse hangs "году" on another
    noun, but a year after "в" is a time, the accession's (events91)."""
    text = (
        "Вступление Сербии в ЕС станет первым расширением союза после приёма Румынии и "
        "Болгарии в 2007 году."
    )
    assert "2007" in {e.date for e in events(text) if e.kind == "Accession"}


# a genitive year on a participant's noun or on an occasion the event is held within dates
# the event, though a noun stands between; only a thing's year is the thing's (fix37e)
@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        ("Встреча министров иностранных дел Чили и Перу 2019 года прошла в Лиме.", "Meeting",
         "2019"),
        ("Переговоры делегаций Мексики и Перу 2021 года завершились подписанием соглашения.",
         "Talks", "2021"),
        ("Премьер Индии встретился с президентом Франции во время празднования Дня взятия "
         "Бастилии 2023 года в Париже.", "Meeting", "2023"),
        ("Президент Бразилии посетил Аргентину в рамках турне 2023 года по Южной Америке.",
         "Visit", "2023"),
    ],
)  # fmt: skip
def test_a_year_on_a_participant_or_an_occasion_is_the_events(
    events, text: str, kind: str, date: str
) -> None:
    assert _date(events(text, "2024-05-02"), kind) == date
