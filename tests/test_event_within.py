"""What happens during a visit or talks: talks, meetings and signings told in a visit's
sentences (or the one after) take its place, its visitor where they are "с" the host
alone, and its date where it is the news day or told in one sentence with them; a signing
"по итогам переговоров" takes the talks' date and place. Sentences of our own about other
pairs of states, with cases that must not take anything."""

from __future__ import annotations

import pytest
from fact_reads import one_of_kind

DAY = "2025-02-03"


@pytest.fixture
def events(events):
    """conftest's `events`, in a document dated DAY."""
    return lambda text: events(text, DAY)


@pytest.mark.parametrize(
    ("text", "host", "place"),
    [
        (
            "Президент Кении Уильям Руто прибыл в Аддис-Абебу с официальным визитом. В ходе "
            "переговоров с премьер-министром Эфиопии Абием Ахмедом стороны обсудили торговлю и "
            "безопасность в Красном море.",
            "state/ETH",
            "Аддис-Абеба",
        ),
        (
            "Премьер-министр Норвегии Йонас Гар Стёре посетил Копенгаген. Во время встречи с "
            "премьер-министром Дании Метте Фредериксен обсуждалось сотрудничество в Арктике.",
            "state/DNK",
            "Копенгаген",
        ),
        (
            "Президент Бразилии Луис Инасиу Лула да Силва прибыл в Буэнос-Айрес с "
            "государственным визитом. Переговоры с президентом Аргентины Хавьером Милеем "
            "продлились три часа.",
            "state/ARG",
            "Буэнос-Айрес",
        ),
    ],
)
def test_talks_with_the_host_during_a_visit_have_the_visitor(
    events, text: str, host: str, place: str
) -> None:
    read = events(text)
    talks = one_of_kind(read, "Talks", "Meeting")
    visit = one_of_kind(read, "Visit", "OfficialVisit", "StateVisit")
    assert visit.visitor.startswith("person/") and visit.host == host
    assert {visit.visitor, host} <= set(talks.participants)
    assert (talks.date, talks.location) == (DAY, place) == (visit.date, visit.location)


def test_a_meeting_in_the_visits_sentence_takes_its_day_and_city(events) -> None:
    text = (
        "Президент Кении Уильям Руто провёл телефонный разговор с президентом Уганды. Ранее, "
        "20 января, министр иностранных дел Кении Мусалия Мудавади посетил Аддис-Абебу, где "
        "встретился с главой МИД Эфиопии."
    )
    meeting = one_of_kind(events(text), "Meeting")
    assert (meeting.date, meeting.location) == ("2025-01-20", "Аддис-Абеба")


def test_a_signing_after_talks_takes_the_talks_day_not_the_visits(events) -> None:
    text = (
        "Президент Бразилии Луис Инасиу Лула да Силва сегодня провёл переговоры с президентом "
        "Аргентины Хавьером Милеем в Буэнос-Айресе. Лула да Силва прибыл в Аргентину с "
        "официальным визитом накануне. По итогам переговоров Лула да Силва и Милей подписали "
        "декларацию о сотрудничестве в энергетике."
    )
    read = events(text)
    signing, visit = one_of_kind(read, "Signing"), one_of_kind(read, "OfficialVisit")
    assert (signing.date, signing.location) == (DAY, "Буэнос-Айрес")
    assert visit.date == "2025-02-02"


@pytest.mark.parametrize(
    "text",
    [
        # the talks are with a third state's president: the visitor is not added by the frame
        "Президент Кении Уильям Руто прибыл в Аддис-Абебу. В ходе переговоров с президентом "
        "Сомали Хасаном Шейхом Махмудом обсуждалась безопасность.",
        # told as done before
        "Президент Кении Уильям Руто прибыл в Аддис-Абебу. Ранее переговоры с премьер-министром "
        "Эфиопии Абием Ахмедом уже проводил министр Кении Мусалия Мудавади.",
    ],
)
def test_what_the_visit_does_not_frame_keeps_its_own_sides(events, text: str) -> None:
    read = events(text)
    talks, visit = one_of_kind(read, "Talks", "Meeting"), one_of_kind(read, "Visit")
    assert visit.visitor.startswith("person/") and visit.visitor not in talks.participants


def test_planned_talks_after_an_arrival_are_not_dated_by_it(events) -> None:
    text = (
        "Премьер-министр Норвегии Йонас Гар Стёре прибыл в Копенгаген. В следующем году он "
        "проведёт переговоры с президентом Финляндии в Хельсинки."
    )
    talks = one_of_kind(events(text), "Talks")
    assert talks.status == "planned" and talks.date != DAY and talks.location == "Хельсинки"


def test_a_call_after_a_visit_takes_no_place_from_it(events) -> None:
    text = (
        "Президент Кении Уильям Руто прибыл в Аддис-Абебу. Он также провёл телефонный "
        "разговор с президентом Уганды Йовери Мусевени."
    )
    assert one_of_kind(events(text), "PhoneCall").location == ""


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Президент Аргентины Хавьер Милей прибудет в Бразилию с официальным визитом "
            "15 апреля, сообщил МИД Аргентины.",
            "state/BRA",
        ),
        (
            "Премьер-министр Индии Нарендра Моди посетит Вену в июле, сообщила пресс-служба "
            "правительства Индии.",
            "state/AUT",
        ),
        (
            "Президент Чили Габриэль Борич прилетит в Лиму в среду, заявил министр "
            "иностранных дел Чили.",
            "state/PER",
        ),
    ],
)
def test_the_traveller_of_a_reported_visit_is_not_the_reporter(events, text, host) -> None:
    visit = one_of_kind(events(text), "Visit", "OfficialVisit")
    assert visit.visitor.startswith("person/") and visit.host == host
    assert visit.status == "planned"


def test_talks_ahead_are_not_the_meeting_of_last_year(events) -> None:
    text = (
        "Президент Чили Габриэль Борич прибудет в Перу с официальным визитом 10 февраля, "
        "сообщил МИД Чили. В ходе визита он проведёт переговоры с президентом Перу Диной "
        "Болуарте. Последний раз лидеры двух стран встречались в ноябре прошлого года в Лиме."
    )
    read = [e for e in events(text) if e.kind in {"Talks", "Meeting"}]
    assert sorted((e.status, e.date) for e in read) == [
        ("occurred", "2024-11"),
        ("planned", "2025-02-10"),
    ]


def test_a_city_visited_is_the_visits_place_not_the_hall_it_was_received_in(events) -> None:
    text = (
        "Президент Финляндии Александр Стубб принял в Президентском дворце короля Швеции "
        "Карла XVI Густава, прибывшего в Хельсинки с государственным визитом."
    )
    assert one_of_kind(events(text), "StateVisit").location == "Хельсинки"


@pytest.mark.parametrize(
    "text",
    [
        "Президент Чили Габриэль Борич и президент Перу Дина Болуарте провели переговоры в "
        "Лиме. По итогам переговоров главы государств подписали соглашение о торговле.",
        "Президент Кении Уильям Руто провёл переговоры с премьер-министром Эфиопии Абием "
        "Ахмедом. В ходе переговоров лидеры подписали меморандум о сотрудничестве.",
    ],
)
def test_plural_leaders_of_a_signing_are_the_two_who_met(events, text: str) -> None:
    read = events(text)
    talks, signing = one_of_kind(read, "Talks"), one_of_kind(read, "Signing")
    persons = [p for p in talks.participants if p.startswith("person/")]
    assert len(persons) == 2 and set(persons) <= set(signing.participants)


def test_plural_leaders_stand_for_no_one_among_three(events) -> None:
    text = (
        "Король Норвегии Харальд V принял королеву Дании Маргрете II и короля Швеции Карла "
        "XVI Густава. По итогам встречи главы государств подписали декларацию о дружбе."
    )
    signing = one_of_kind(events(text), "Signing")
    assert not [p for p in signing.participants if p.startswith("person/")]


def test_a_visit_one_is_on_is_the_days_news(events) -> None:
    text = (
        "Президент Кении Уильям Руто провёл переговоры в Найроби. Премьер-министр Эфиопии "
        "Абий Ахмед находится в Кении с официальным визитом."
    )
    assert one_of_kind(events(text), "OfficialVisit").date == DAY


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (  # told again: the ministers join the meeting the lead names
            "Президент Бразилии Луис Инасиу Лула да Силва встретился в Бразилиа с президентом "
            "Аргентины Хавьером Милеем. Встреча прошла с участием министров иностранных дел "
            "Бразилии Мауру Виейры и Аргентины Дианы Мондино.",
            4,
        ),
        (  # told once: who took part is who met
            "Переговоры прошли в Кремле с участием президента Казахстана Касым-Жомарта Токаева "
            "и президента России Владимира Путина.",
            2,
        ),
    ],
)
def test_who_an_event_is_held_with_takes_part(events, text: str, persons: int) -> None:
    (event,) = [e for e in events(text) if e.kind in {"Talks", "Meeting"}]
    assert len([p for p in event.participants if p.startswith("person/")]) == persons


def test_talks_two_sentences_after_the_arrival_are_during_the_visit(events) -> None:
    text = (
        "Президент Вьетнама Лыонг Кыонг прибыл в Джакарту с государственным визитом. В "
        "аэропорту его встретил министр иностранных дел Индонезии. В ходе переговоров с "
        "президентом Индонезии Прабово Субианто стороны обсудили торговлю."
    )
    read = events(text)
    talks, visit = one_of_kind(read, "Talks"), one_of_kind(read, "StateVisit")
    assert visit.visitor in talks.participants
    assert (talks.date, talks.location) == (DAY, "Джакарта")


def test_a_visit_years_ago_takes_no_host_from_todays_talks(events) -> None:
    text = (
        "Президент Кении Уильям Руто провёл переговоры с премьер-министром Эфиопии Абием "
        "Ахмедом в Найроби. Ранее, в 2019 году, Руто посещал Аддис-Абебу."
    )
    read = events(text)
    talks, visit = one_of_kind(read, "Talks"), one_of_kind(read, "Visit")
    assert visit.date == "2019" and talks.date == DAY
    assert [p for p in visit.participants if p.startswith("person/")] == [visit.visitor]


@pytest.mark.parametrize(
    "text",
    [
        "Президент Чили Габриэль Борич провёл переговоры с президентом Перу Диной Болуарте в "
        "Лиме. По итогам переговоров было подписано 12 документов.",
        "Президент Кении Уильям Руто прибыл в Аддис-Абебу с официальным визитом. В ходе визита "
        "был подписан пакет документов.",
        "Премьер-министр Индии Нарендра Моди провёл переговоры с премьер-министром Японии в "
        "Токио. В рамках переговоров подписаны соглашения о торговле и о науке.",
    ],
)
def test_a_signing_the_talks_bring_about_is_the_sides_who_met(events, text: str) -> None:
    read = events(text)
    frame = one_of_kind(read, "Talks", "OfficialVisit")
    signing = one_of_kind(read, "Signing")
    states = {p for p in frame.participants if p.startswith("state/")}
    assert len(states) == 2 and states <= set(signing.participants)
    assert (signing.date, signing.location) == (frame.date, frame.location)


def test_a_passive_signing_told_on_its_own_is_no_event(events) -> None:
    text = (
        "Президент Чили Габриэль Борич провёл переговоры с президентом Перу Диной Болуарте в "
        "Лиме. Ранее был подписан пакет документов."
    )
    assert not [e for e in events(text) if e.kind == "Signing"]


# talks or a meeting at a summit or forum, told in its sentence or "на нём", "там" in the next,
# take its place and date; not one told on its own after it, nor one with a place of its own,
# nor "там" after a sentence that goes on to another place
AT_A_SUMMIT = [
    ("Саммит АТЭС прошёл в Лиме 28 января. На нём президент Чили встретился с президентом "
     "Перу.", "Лима", "2025-01-28"),
    ("В ходе саммита в Лиме президент Чили встретился с президентом Перу.", "Лима", DAY),
    ("Форум открылся в Сочи. На нём президент Эквадора провёл переговоры с президентом "
     "Колумбии.", "Сочи", DAY),
    ("Президент Чили прибыл в Лиму на саммит АТЭС 28 января. Там он встретился с "
     "президентом Перу.", "Лима", "2025-01-28"),
    ("Саммит АТЭС прошёл в Лиме с участием президента Чили. Там он встретился с "
     "председателем КНР.", "Лима", DAY),
    # must not; "Накануне" opening a sentence is the eve of the one day the sentence before
    # gives, the summit's
    ("Саммит АТЭС прошёл в Лиме 28 января. Накануне президент Чили встретился с "
     "президентом Перу.", "", "2025-01-27"),
    ("Саммит АТЭС прошёл в Лиме. На нём президент Чили встретился с президентом Перу в "
     "Арекипе.", "Арекипа", DAY),
    # "там" after a place the sentence before goes on to: that place, not the summit
    ("В Лиме прошёл саммит АТЭС, после чего президент Чили вылетел в Пекин. Там он "
     "встретился с председателем КНР.", "", DAY),
    # a summit or forum told as gone by ("прошедшего", "состоявшегося") on no day the text
    # gives: held before the news, no dateline's day, for it or for what its sidelines frame
    ("Премьер-министр Японии Фумио Кисида и президент Южной Кореи Юн Сок Ёль провели встречу "
     "на полях саммита НАТО, прошедшего в Вашингтоне.", "Вашингтон", ""),
    ("На полях саммита БРИКС, прошедшего в Казани, президент Египта Абдель Фаттах ас-Сиси "
     "провёл переговоры с президентом Ирана Масудом Пезешкианом.", "Казань", ""),
    ("Президент Бразилии Лула да Силва и президент Аргентины Хавьер Милей провели переговоры на "
     "полях саммита АТЭС, состоявшегося в Лиме.", "Лима", ""),
    ("Министр иностранных дел Индии Субраманьям Джайшанкар и министр иностранных дел Вьетнама "
     "Буй Тхань Шон провели переговоры на полях Регионального форума АСЕАН, прошедшего во "
     "Вьентьяне.", "Вьентьян", ""),
    # must not: a day the participle gives, a gathering under way, one told as today's news
    ("На полях саммита G20, состоявшегося 9 сентября в Нью-Дели, президент Египта Абдель "
     "Фаттах ас-Сиси провёл переговоры с президентом Турции Реджепом Тайипом Эрдоганом.",
     "Нью-Дели", "2024-09-09"),
    ("На полях саммита НАТО, проходящего в Вашингтоне, президент Турции Реджеп Тайип Эрдоган "
     "встретился с премьер-министром Швеции Ульфом Кристерссоном.", "Вашингтон", DAY),
    ("Президент Аргентины Хавьер Милей и президент Бразилии Лула да Силва провели переговоры на "
     "полях саммита G20.", "", DAY),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "date"), AT_A_SUMMIT)
def test_a_meeting_at_a_summit_takes_its_place(events, text: str, place: str, date: str) -> None:
    met = one_of_kind(events(text), "Meeting", "Talks")
    assert (met.location, met.date) == (place, date)


@pytest.mark.parametrize(
    ("text", "by_the_two"),
    [
        (  # must not: "министры" are not the two presidents who met
            "Президент Бразилии Луис Инасиу Лула да Силва и президент Аргентины Хавьер Милей "
            "встретились во вторник в Бразилиа. В ходе встречи министры подписали план действий "
            "по энергетике.",
            False,
        ),
        (  # must not: nor "министры иностранных дел"
            "Президент Египта Абдель Фаттах ас-Сиси и президент Турции Реджеп Тайип Эрдоган "
            "встретились во вторник в Каире. В ходе встречи министры иностранных дел подписали "
            "меморандум о консультациях.",
            False,
        ),
        (  # must: the two ministers who met
            "Министр иностранных дел Индии Субраманьям Джайшанкар и министр иностранных дел "
            "Японии Такэси Ивая встретились во вторник в Токио. В ходе встречи министры "
            "подписали меморандум о сотрудничестве в сфере кибербезопасности.",
            True,
        ),
        (  # must: "главы государств", any office, are the two presidents
            "Президент Египта Абдель Фаттах ас-Сиси и президент Турции Реджеп Тайип Эрдоган "
            "встретились во вторник в Каире. В ходе встречи главы государств подписали "
            "декларацию о стратегическом партнёрстве.",
            True,
        ),
    ],
)
def test_a_plural_of_an_office_during_a_meeting_is_the_two_only_if_they_hold_it(
    events, text: str, by_the_two: bool
) -> None:
    read = events(text)
    meeting, signing = one_of_kind(read, "Meeting"), one_of_kind(read, "Signing")
    met = [p for p in meeting.participants if p.startswith("person/")]
    signed = [p for p in signing.participants if p.startswith("person/")]
    assert len(met) == 2 and signed == (met if by_the_two else [])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Председатель Европейского совета Антониу Кошта и председатель Еврокомиссии Урсула "
            "фон дер Ляйен в пятницу посетили Белград. Там они провели переговоры с президентом "
            "Сербии Александром Вучичем.",
            "2025-01-31",
        ),
        (
            "Премьер-министр Японии Сигэру Исиба и министр иностранных дел Японии Такэси Ивая "
            "в субботу прибыли в Нью-Дели. Стороны провели переговоры с индийским руководством.",
            "2025-02-01",
        ),
        (
            "Министр иностранных дел Аргентины Херардо Вертейн в прошлом месяце посетил "
            "Бразилиа. Он провёл переговоры с министром иностранных дел Бразилии Мауро "
            "Виейрой.",
            "2025-01",
        ),
        (  # must not: talks ahead keep their own day, not the arrival's
            "Министр иностранных дел Египта Бадр Абдель Ати в субботу прибыл в Анкару. "
            "Переговоры с министром иностранных дел Турции Хаканом Фиданом пройдут 5 февраля.",
            "2025-02-05",
        ),
    ],
)
def test_talks_after_a_past_visit_take_its_day_not_the_datelines(
    events, text: str, day: str
) -> None:
    assert one_of_kind(events(text), "Talks").date == day


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Президент Ганы прибыл в Абуджу. Министр торговли Кении провёл переговоры с "
            "министром торговли Великобритании.",
            "",
        ),
        (
            "Премьер-министр Португалии прибыл в Мадрид с официальным визитом. Министр обороны "
            "Польши провёл переговоры с министром обороны Литвы.",
            "",
        ),
        (
            "Президент Чили прибыл в Лиму. Министр иностранных дел Марокко провёл переговоры с "
            "главой МИД Туниса.",
            "",
        ),
        (  # must: a side of the visit's states keeps its place
            "Президент Ганы прибыл в Абуджу. Министр торговли Ганы провёл переговоры с министром "
            "торговли Нигерии.",
            "Абуджа",
        ),
        (  # must: the host's and the visitor's ministers
            "Премьер-министр Португалии прибыл в Мадрид с официальным визитом. Министр обороны "
            "Испании провёл переговоры с министром обороны Португалии.",
            "Мадрид",
        ),
    ],
)
def test_talks_of_other_states_beside_a_visit_take_not_its_place(
    events, text: str, place: str
) -> None:
    assert one_of_kind(events(text), "Talks").location == place
