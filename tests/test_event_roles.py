"""Event triggers by lemma with their roles read from the parse, and the places of
visits and summits: sentences of our own about pairs of states."""

from __future__ import annotations

import pytest
from fact_reads import state_keys

from kg.extract.agreements import read_agreements
from kg.extract.context import Context
from kg.extract.events import Event, extract_events
from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.resolve import Registry, resolve


def _context(nlp, text: str) -> Context:
    document = Document(id="t", text=text, date="2024-05-10")
    doc = nlp(text)
    entities, mentions = resolve(doc, document, Registry(Gazetteer.load()))
    return Context(doc, document, mentions, {e.key: e for e in entities})


def _events(nlp, text: str, kind: str = "") -> list[Event]:
    """The events of `kind` (any kind: "") kg reads from `text`."""
    ctx = _context(nlp, text)
    return [e for e in extract_events(ctx, read_agreements(ctx)) if e.kind == kind or not kind]


def test_plural_subject_is_one_call_of_both(nlp) -> None:
    (call,) = _events(nlp, "Президенты Чили и Перу провели телефонный разговор.", "PhoneCall")
    assert state_keys(call) == {"state/CHL", "state/PER"}


def test_call_by_verb(nlp) -> None:
    text = "Реджеп Тайип Эрдоган поговорил по телефону с Владимиром Зеленским."
    (call,) = _events(nlp, text, "PhoneCall")
    assert state_keys(call) == {"state/TUR", "state/UKR"}


def test_discussing_is_talks_between_two_sides(nlp) -> None:
    text = "Премьер-министры Греции и Кипра обсудили ситуацию на Ближнем Востоке."
    (talks,) = _events(nlp, text, "Talks")
    assert state_keys(talks) == {"state/GRC", "state/CYP"} and talks.location == ""  # a topic
    assert not _events(nlp, "Эксперты обсудили ситуацию на Ближнем Востоке.", "Talks")
    text = "Президенты Чили и Перу обсудили торговлю и безопасность в Тихом океане."
    assert _events(nlp, text, "Talks")[0].location == ""  # a place of a joined object too


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Министр обороны Норвегии прибыл в Данию. Стороны обсудили безопасность на Балтике.",
         {"state/NOR", "state/DNK"}),
        ("Делегация Кении посетила Танзанию. Наши страны обсудили торговлю.",
         {"state/KEN", "state/TZA"}),
        # not the pair: more than two states, a party to a dispute, experts
        ("Делегации Кении, Уганды и Танзании встретились в Найроби. Стороны обсудили торговлю.",
         None),
        ("Министр обороны Норвегии прибыл в Данию. Эксперты обсудили безопасность на Балтике.",
         None),
        ("Министр обороны Норвегии прибыл в Данию. Сторона обвинения обсудила дело.", None),
    ],
)  # fmt: skip
def test_the_sides_discussing_are_the_documents_pair(nlp, text: str, sides: set | None) -> None:
    talks = _events(nlp, text, "Talks")
    if sides is None:
        assert not talks
    else:
        assert [state_keys(t) for t in talks] == [sides]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Президент Чили Габриэль Борич принял в Сантьяго министра иностранных дел Аргентины "
         "Диану Мондино.", {"person/gabriel-borich", "person/diana-mondino"}),
        ("Король Таиланда Маха Вачиралонгкорн принял премьер-министра Камбоджи Хун Манета.",
         None),
        # no one received: a part taken, a law, a decision
        ("Президент Чили Габриэль Борич принял участие в саммите вместе с Хавьером Милеем.", ()),
        ("Президент Чили Габриэль Борич принял закон о торговле с Аргентиной.", ()),
        ("Премьер-министр Малайзии Анвар Ибрагим принял решение посетить Индонезию.", ()),
        ("Посол Перу Ана Тереса примет пост у посла Чили Хорхе Рохаса.", ()),
    ],
)  # fmt: skip
def test_receiving_a_named_guest_is_a_meeting(nlp, text: str, people: set | tuple | None) -> None:
    meetings = _events(nlp, text, "Meeting")
    if people == ():
        assert not meetings
    else:
        (meeting,) = meetings
        persons = {p for p in meeting.participants if p.startswith("person/")}
        assert people is None or persons == people
        assert len(state_keys(meeting)) == 2


def test_talks_with_participation_of_ministers(nlp) -> None:
    text = (
        "На состоявшихся 3 марта переговорах с участием министров иностранных дел Польши и "
        "Литвы стороны обсудили транзит."
    )
    (talks,) = _events(nlp, text, "Talks")
    assert state_keys(talks) == {"state/POL", "state/LTU"} and talks.date == "2024-03-03"


def test_arriving_is_a_visit_with_its_place(nlp) -> None:
    (visit,) = _events(nlp, "Президент Финляндии Саули Ниинистё прибыл в Норвегию.", "Visit")
    assert (visit.host, visit.location, visit.status) == ("state/NOR", "Норвегия", "occurred")
    assert not _events(nlp, "Самолёт прибыл в Москву.", "Visit")
    text = "Журналисты освобождены благодаря Николя Саркози, приехавшему для этого в Ливию."
    (trip,) = _events(nlp, text, "Visit")  # the traveller is who the participle describes
    assert (trip.visitor, trip.host) == ("person/nicolas-sarkozy", "state/LBY")


def test_host_from_a_capital(nlp) -> None:
    (visit,) = _events(nlp, "Глава МИД Турции Хакан Фидан прибыл в Тегеран.", "Visit")
    assert (visit.host, visit.location) == ("state/IRN", "Тегеран")
    assert visit.label == "Визит Хакана Фидана в Иран"
    text = "Премьер-министр Индии Нарендра Моди прибыл с визитом в Абу-Даби."
    (visit,) = _events(nlp, text, "Visit")
    assert (visit.host, visit.location) == ("state/ARE", "Абу-Даби")
    assert not visit.label.endswith(" в ")


@pytest.mark.parametrize(
    ("text", "host", "place"),
    [  # capitals pymorphy3 reads as other words in the accusative ("аба-даби", "эр-рияда")
        ("Премьер-министр Индии Нарендра Моди посетит Абу-Даби в мае.", "state/ARE", "Абу-Даби"),
        ("Президент Египта Абдель Фаттах ас-Сиси посетил Эр-Рияд.", "state/SAU", "Эр-Рияд"),
        ("Президент Кении Уильям Руто посетит Аддис-Абебу.", "state/ETH", "Аддис-Абеба"),
        ("Президент Ирана принял приглашение посетить Эр-Рияд.", "state/SAU", "Эр-Рияд"),
    ],
)
def test_a_visited_capital_as_written(nlp, text: str, host: str, place: str) -> None:
    (visit,) = _events(nlp, text, "Visit")
    assert (visit.host, visit.location) == (host, place)


@pytest.mark.parametrize(
    ("text", "date"),  # the document is of 2024-05-10
    [  # a day or month without its year: the next one for a plan, the last one for a past act
        ("Президент Кении Уильям Руто посетит Аддис-Абебу в феврале.", "2025-02"),
        ("Премьер-министр Индии Нарендра Моди посетит Токио 3 марта.", "2025-03-03"),
        ("В декабре президент Бразилии Лула да Силва посетил Пекин.", "2023-12"),
        ("Президент Бразилии Лула да Силва посетил Пекин 20 ноября.", "2023-11-20"),
        # a day gone by in the document's own month: next year's for a plan (by day since
        # h-events122; the month had kept it in the document's year, a plan in the past)
        ("Президент Кении Уильям Руто посетит Аддис-Абебу 2 мая.", "2025-05-02"),
        # must not move: the document's month or one on the right side of it, a year the
        # text gives or names by its shift
        ("В апреле президент Бразилии Лула да Силва посетил Пекин.", "2024-04"),
        ("Президент Кении Уильям Руто посетит Аддис-Абебу в июне.", "2024-06"),
        ("Президент Кении Уильям Руто посетит Аддис-Абебу 20 мая.", "2024-05-20"),
        ("Президент Кении Уильям Руто посетит Аддис-Абебу в феврале 2024 года.", "2024-02"),
        ("В декабре прошлого года Лула да Силва посетил Пекин.", "2023-12"),
        ("В декабре этого года Лула да Силва посетит Пекин.", "2024-12"),
    ],
)
def test_a_yearless_date_takes_the_year_its_tense_says(nlp, text: str, date: str) -> None:
    (visit,) = _events(nlp, text, "Visit")
    assert visit.date == date


def test_a_contrasting_clause_keeps_its_date_place_and_plans(nlp) -> None:
    text = (
        "Министры финансов Японии и Южной Кореи подписали меморандум о валютном "
        "сотрудничестве, а главы МИД обсудили подготовку к саммиту в Хиросиме в мае."
    )
    (signing,) = _events(nlp, text, "Signing")
    assert (signing.status, signing.location) == ("occurred", "")
    assert not signing.date.endswith("-05")
    (paper,) = read_agreements(_context(nlp, text)).facts
    assert not paper.date.endswith("-05")
    # must not part: a contrast with no verb of its own
    (visit,) = _events(nlp, "Визит президента Кении в Эфиопию состоится не в апреле, а в июне.")
    assert (visit.date, visit.status) == ("2024-06", "planned")


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [  # a time the parse hangs on the place is no part of its name
        ("В Белом доме в пятницу президенты Армении и Азербайджана подписали декларацию.",
         "Signing", "Белый дом"),
        ("Переговоры президентов Кении и Эфиопии прошли в Кремле в понедельник.",
         "Talks", "Кремль"),
        ("Премьер-министры Дании и Норвегии встретились в Кристиансборге утром.",
         "Meeting", "Кристиансборг"),
        # nor a state's adjective before a city: it says where the city is
        ("Саммит БРИКС прошел в бразильском Рио-де-Жанейро.", "Summit", "Рио-де-Жанейро"),
        ("В казахстанском Туркестане прошел саммит тюркских государств.", "Summit",
         "Туркестан"),
        ("Переговоры президентов Кении и Эфиопии прошли в кенийской Момбасе.", "Talks",
         "Момбаса"),
        ("Министры иностранных дел Японии и Индии встретились в японской Осаке.", "Meeting",
         "Осака"),
    ],
)  # fmt: skip
def test_a_time_is_not_the_places_name(nlp, text: str, kind: str, place: str) -> None:
    (event,) = _events(nlp, text, kind)
    assert event.location == place


@pytest.mark.parametrize(
    ("text", "author"),
    [  # who acts is the one a title names, not whose adviser or spokesman he is
        ("Советник президента Бразилии по внешней политике Селсу Аморин в интервью газете "
         "«Фолья ди Сан-Паулу» заявил, что Бразилия не допустит войны.", "Аморина"),
        ("Пресс-секретарь президента Кении Хусейн Мохамед в интервью телеканалу KTN заявил, "
         "что визит пройдёт успешно.", "Мохамеда"),
        # the interview of the one it is of
        ("Интервью президента Бразилии Луиса Инасиу Лулы да Силвы газете «Фолья ди Сан-Паулу» "
         "вышло в воскресенье.", "Лулы"),
    ],
)  # fmt: skip
def test_the_one_a_title_names_gives_the_interview(nlp, text: str, author: str) -> None:
    (interview,) = _events(nlp, text, "Publication")
    assert len([p for p in interview.participants if p.startswith("person/")]) == 1
    assert author in interview.label


def test_summit_in_a_country(nlp) -> None:
    (summit,) = _events(nlp, "Саммит БРИКС пройдёт в Бразилии.", "Summit")
    assert (summit.location, summit.status) == ("Бразилия", "planned")
    text = "Президент Бразилии Лула да Силва посетит Казахстан в июне."
    (visit,) = _events(nlp, text, "Visit")
    assert (visit.location, visit.status, visit.date) == ("Казахстан", "planned", "2024-06")


def test_agreed_forum_is_planned(nlp) -> None:
    text = "Министры Польши и Венгрии договорились провести экономический форум."
    (forum,) = _events(nlp, text, "Forum")
    assert forum.status == "planned" and state_keys(forum) == {"state/POL", "state/HUN"}
    text = "На переговорах в Варшаве министры Польши и Венгрии договорились о транзите."
    (talks,) = _events(nlp, text, "Talks")
    assert talks.status == "occurred"  # talks where they agreed took place


def test_resolution_adopted(nlp) -> None:
    text = "Комитет Сената США по международным отношениям одобрил резолюцию о Финляндии."
    (approval,) = _events(nlp, text, "Approval")
    assert approval.label == "Принятие резолюции о Финляндии" and approval.status == "occurred"
    assert "state/FIN" not in approval.participants  # the topic does not take part


@pytest.mark.parametrize(
    ("text", "label", "state", "status"),
    [
        ("Парламент Кении одобрил соглашение с Эфиопией о свободной торговле.",
         "Принятие соглашения с Эфиопией о свободной торговле", "state/KEN", "occurred"),
        ("Сенат Аргентины одобрил кандидатуру Хуана Переса на пост посла в Бразилии.",
         "Принятие кандидатуры Хуана Переса на пост посла в Бразилии", "state/ARG", "occurred"),
        ("Парламент Норвегии может одобрить соглашение с Данией.",
         "Принятие соглашения с Данией", "state/NOR", "planned"),
    ],
)  # fmt: skip
def test_a_body_approves_a_paper(nlp, text, label, state, status) -> None:
    (approval,) = _events(nlp, text, "Approval")
    assert (approval.label, approval.status) == (label, status)
    assert state in approval.participants


@pytest.mark.parametrize(
    "text",
    [
        "Президент Египта одобрил идею создания центра.",  # an idea is no paper
        "Эксперты не одобрили соглашение Египта и Турции.",  # denied
    ],
)
def test_no_approval(nlp, text) -> None:
    assert not _events(nlp, text, "Approval")


@pytest.mark.parametrize(
    ("text", "label", "who"),
    [
        ("Сегодня прошла экстренная пресс-конференция президента Кении Уильяма Руто.",
         "Пресс-конференция Уильяма Руто", {"person/uilyam-ruto", "state/KEN"}),
        ("Уже на пресс-конференции посол Кении Джон Кимани продемонстрировал новый паспорт.",
         "Пресс-конференция Джона Кимани", {"person/dzhon-kimani"}),
    ],
)  # fmt: skip
def test_a_press_conference_is_a_publication(nlp, text, label, who) -> None:
    (conference,) = _events(nlp, text, "Publication")
    assert conference.label == label and who <= set(conference.participants)


@pytest.mark.parametrize(
    ("text", "label", "who"),
    [
        ("Президент Кении Уильям Руто написал в своём твиттере, что встреча прошла успешно.",
         "Запись в соцсети Уильяма Руто", {"person/uilyam-ruto", "state/KEN"}),
        ("Об этом в своём Telegram сообщил министр иностранных дел Египта Сами Шукри.",
         "Запись в соцсети Сами Шукри", {"person/sami-shukri", "state/EGY"}),
        ("В своём обращении к нации президент Аргентины Хавьер Милей сообщил о визите.",
         "Обращение Хавьера Милея", {"person/javier-milei", "state/ARG"}),
        ("Президент Вьетнама Во Ван Тхыонг обратился к нации с призывом сохранять спокойствие.",
         "Обращение Во Вана Тхыонга", {"person/vo-van-tkhyong", "state/VNM"}),
        ("Президент Египта Абдель Фаттах ас-Сиси выступил с обращением к народу.",
         "Обращение Абделя Фаттаха ас-Сиси", {"person/abdel-fattah-el-sisi", "state/EGY"}),
    ],
)  # fmt: skip
def test_a_post_or_an_address_is_a_publication_of_its_author(nlp, text, label, who) -> None:
    (post,) = _events(nlp, text, "Publication")
    assert post.label == label and who <= set(post.participants)


@pytest.mark.parametrize(
    "text",
    [
        "Twitter заблокировал аккаунт президента Кении Уильяма Руто.",  # no post of his
        "В Facebook появилось видео с президентом Кении Уильямом Руто.",
        "Агентство Рейтер сообщило в Twitter о визите президента Кении Уильяма Руто.",
        "Президент Египта Абдель Фаттах ас-Сиси обратился к Турции с просьбой.",  # no address
        "ООН осудила обращение с пленными в Эфиопии.",
        # the post's author is unnamed: not one its quote names
        "«Визит Уильяма Руто в Эфиопию прошёл успешно», — написал в твиттере его советник.",
    ],
)
def test_no_post_or_address(nlp, text) -> None:
    assert not [e for e in _events(nlp, text, "Publication") if "person/" in str(e.participants)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("В заявлении МИД Кении, опубликованном в Facebook, говорится, что посол Эфиопии "
         "вызван в министерство.", "Заявление Кении"),
        ("Премьер-министр Норвегии Йонас Гар Стёре опубликовал в Facebook заявление о Дании.",
         "Заявление Йонаса Гара Стёре"),
        ("В своём микроблоге в Twitter президент Кении Уильям Руто написал о визите.",
         "Запись в соцсети Уильяма Руто"),
    ],
)  # fmt: skip
def test_a_network_where_another_text_is_no_post_of_its_own(nlp, text, label) -> None:
    assert [e.label for e in _events(nlp, text, "Publication")] == [label]


def test_a_press_conference_declined_is_none(nlp) -> None:
    assert not _events(nlp, "Президент Кении отказался от пресс-конференции.", "Publication")


def test_the_visitor_travels_and_an_invitation_is_no_plan(nlp) -> None:
    text = "Президент Аргентины Хавьер Милей посетил Израиль по приглашению Биньямина Нетаньяху."
    (visit,) = _events(nlp, text, "Visit")
    assert (visit.visitor, visit.host, visit.status) == (
        "person/javier-milei",
        "state/ISR",
        "occurred",
    )
    text = "Биньямин Нетаньяху пригласил Хавьера Милея посетить Израиль."
    (visit,) = _events(nlp, text, "Visit")
    assert (visit.visitor, visit.status) == ("person/javier-milei", "planned")


def test_the_receiver_is_the_host(nlp) -> None:
    text = "Нетаньяху принял в Иерусалиме прибывшего с визитом президента Аргентины Хавьера Милея."
    (visit,) = _events(nlp, text, "Visit")
    assert (visit.visitor, visit.host) == ("person/javier-milei", "state/ISR")
    assert "person/benjamin-netanyahu" in visit.participants


# a receiver named by a title and a name is the host too; the city the receiving verb names
# places the visit, a building there does not
RECEIVED = [
    ("Председатель КНР Си Цзиньпин принял в Пекине президента Чили Габриэля Борича, "
     "прибывшего с визитом.", "state/CHN", "Пекин"),
    ("Премьер-министр Японии Фумио Кисида принял в Осаке президента Перу Дину Болуарте, "
     "прибывшую с визитом.", "state/JPN", "Осака"),
    ("Председатель КНР Си Цзиньпин принял в Доме народных собраний президента Чили Габриэля "
     "Борича, прибывшего с визитом.", "state/CHN", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "host", "location"), RECEIVED)
def test_a_titled_receiver_is_the_host(nlp, text, host, location) -> None:
    (visit,) = _events(nlp, text, "Visit")
    assert (visit.host, visit.location) == (host, location)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # a bare "страна" one arrives in is the state named before it, not the visitor's own
        ("Президент Кении Уильям Руто принял в Найроби премьер-министра Эфиопии Абия Ахмеда, "
         "который прибыл в страну с визитом.", "state/KEN"),
        ("В Ханое глава МИД Вьетнама встретил министра иностранных дел Индонезии Ретно "
         "Марсуди, прибывшую в страну с визитом.", "state/VNM"),
        # must not: no state before it, or a country of whose
        ("Премьер-министр Эфиопии Абий Ахмед прибыл в страну с визитом.", ""),
        ("Премьер-министр Эфиопии Абий Ахмед прибыл в нашу страну с визитом, заявил президент "
         "Кении.", ""),
    ],
)  # fmt: skip
def test_a_country_arrived_in_is_the_one_named_before(nlp, text: str, host: str) -> None:
    (visit,) = _events(nlp, text, "Visit")
    assert visit.host == host


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        # the news present of a verb of arrival is a visit, in any form of it
        ("Канцлер Германии Олаф Шольц прилетает в Пекин во вторник.", "olaf-scholz", "CHN"),
        ("Президент Чили Габриэль Борич прибывает в Перу.", "gabriel-borich", "PER"),
        ("Премьер-министр Индии завтра приезжает в Японию.", "narendra-modi", "JPN"),
        # a habit or many travellers are no visit
        ("Каждый год министр Франции Жан Дюпон приезжает в Марокко.", None, None),
        ("Туристы из Германии приезжают в Турцию каждое лето.", None, None),
        ("Самолёт прибывает в Москву в восемь утра.", None, None),
    ],
)
def test_arriving_in_the_present_is_a_visit(nlp, text: str, visitor, host) -> None:
    visits = _events(nlp, text, "Visit")
    if host is None:
        assert not visits
        return
    (visit,) = visits
    assert visit.host == f"state/{host}"
    assert visit.visitor == f"person/{visitor}"


@pytest.mark.parametrize(
    ("text", "states"),
    [
        # the visitor's state from their own phrase where their entity gives none
        (
            "Начальник штаба ВВС Бразилии генерал Жоау Силва прибывает в Аргентину "
            "в рамках поездки по региону.",
            {"state/BRA", "state/ARG"},
        ),
        (
            "Командующий флотом Индии адмирал Рави Шарма прибыл в Египет.",
            {"state/IND", "state/EGY"},
        ),
        ("Гражданин Мексики Хуан Перес прибыл в Колумбию.", {"state/COL"}),  # no office
    ],
)
def test_the_visitors_state_from_their_phrase(nlp, text: str, states: set) -> None:
    (visit,) = _events(nlp, text, "Visit")  # arriving in the frame's country: one visit
    assert state_keys(visit) == states


def test_invited_to_visit_a_state_the_parser_hangs_on_the_invitation(nlp) -> None:
    text = (
        "Барак Обама пригласил премьер-министра Великобритании Дэвида Кэмерона посетить "
        "Соединенные Штаты этим летом."
    )
    (visit,) = _events(nlp, text, "Visit")
    assert (visit.visitor, visit.host, visit.status) == (
        "person/david-cameron",
        "state/USA",
        "planned",
    )
    text = "Президент Бразилии пригласил премьер-министра Индии посетить Бразилию в следующем году."
    (visit,) = _events(nlp, text, "Visit")
    assert (visit.visitor, visit.host) == ("person/narendra-modi", "state/BRA")  # the title's


@pytest.mark.parametrize(
    ("text", "kind", "sides"),
    [
        # states named under a title's own genitive ("министры иностранных дел X и Y")
        (
            "Министры иностранных дел Польши и Литвы встретились в Вильнюсе.",
            "Meeting",
            {"state/POL", "state/LTU"},
        ),
        (
            "Министр иностранных дел Египта провёл переговоры с министром иностранных дел "
            "Иордании.",
            "Talks",
            {"state/EGY", "state/JOR"},
        ),
        (
            "Министры обороны Греции и Кипра провели телефонный разговор.",
            "PhoneCall",
            {"state/GRC", "state/CYP"},
        ),
        # a president whose family one meets does not take part
        ("Министр обороны Польши встретился с семьёй президента Литвы.", "Meeting", {"state/POL"}),
    ],
)
def test_states_under_a_titles_genitive(nlp, text: str, kind: str, sides: set) -> None:
    (event,) = _events(nlp, text, kind)
    assert state_keys(event) == sides


@pytest.mark.parametrize(
    "text",
    [
        "Президент Франции Эмманюэль Макрон принял в Елисейском дворце канцлера Германии "
        "Олафа Шольца.",
        "Президент Франции Эмманюэль Макрон принял канцлера Германии Олафа Шольца в "
        "Елисейском дворце.",
    ],
)
def test_a_guest_the_parser_hangs_on_the_place(nlp, text: str) -> None:
    (meeting,) = _events(nlp, text, "Meeting")
    assert state_keys(meeting) == {"state/FRA", "state/DEU"}
    assert meeting.location == "Елисейский дворец"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a discussion told of a call, meeting or talks is that event, not a second one
        (
            "Президенты Египта и Судана в ходе телефонного разговора обсудили ситуацию в регионе.",
            ["PhoneCall"],
        ),
        (
            "Президент Египта Абдель Фаттах ас-Сиси провёл телефонный разговор с президентом "
            "Судана. Стороны обсудили ситуацию в регионе.",
            ["PhoneCall"],
        ),
        ("Реджеп Тайип Эрдоган и Эбрахим Раиси обсудили по телефону торговлю.", ["PhoneCall"]),
        (
            "Премьер-министр Испании Педро Санчес встретился с королём Марокко Мухаммедом VI. "
            "Стороны обсудили миграцию.",
            ["Meeting"],
        ),
        # other sides discussing, or a discussion far from the meeting, is its own talks
        (
            "Премьер-министр Испании Педро Санчес встретился с королём Марокко Мухаммедом VI. "
            "Министры иностранных дел Франции и Германии обсудили миграцию.",
            ["Meeting", "Talks"],
        ),
    ],
)
def test_a_discussion_is_the_event_it_is_told_of(nlp, text: str, kinds: list) -> None:
    assert sorted(e.kind for e in _events(nlp, text)) == kinds


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        # who begins, ends or makes a visit makes it, and it took place
        (
            "Президент Сербии Александар Вучич завершил официальный визит в Китай.",
            "aleksandar-vucic",
        ),
        (
            "Премьер-министр Индии Нарендра Моди начал трёхдневный визит в США. Визит продлится "
            "до 23 мая.",
            "narendra-modi",
        ),
        (
            "Президент Бразилии Луис Инасиу Лула да Силва совершил визит в Анголу.",
            "luiz-inacio-lula-da-silva",
        ),
    ],
)
def test_who_makes_a_visit_is_its_visitor(nlp, text: str, visitor: str) -> None:
    (visit,) = [e for e in _events(nlp, text) if e.kind.endswith("Visit")]
    assert (visit.visitor, visit.status) == (f"person/{visitor}", "occurred")
    assert visit.date == "2024-05-10"  # the news day it began, not the day it ends ("до 23 мая")


def test_congratulating_by_phone_is_a_call(nlp) -> None:
    (call,) = _events(nlp, "Барак Обама поздравил Дэвида Кэмерона по телефону.", "PhoneCall")
    assert state_keys(call) == {"state/USA", "state/GBR"}
    assert not _events(nlp, "Барак Обама поздравил Дэвида Кэмерона с победой.", "PhoneCall")


@pytest.mark.parametrize(
    ("text", "kind", "sides"),
    [
        # holders of one office in plural are the document's two sides
        (
            "Президент Казахстана прибыл с визитом в Монголию. Переговоры президентов прошли "
            "в узком составе.",
            "Talks",
            {"state/KAZ", "state/MNG"},
        ),
        (
            "Министр иностранных дел Кении прибыл в Танзанию. Встреча министров прошла в Додоме.",
            "Meeting",
            {"state/KEN", "state/TZA"},
        ),
        # unless they are named by their own states; experts take part for no side
        (
            "Президент Чили прибыл в Перу. Переговоры министров финансов Бразилии и Аргентины "
            "прошли в Буэнос-Айресе.",
            "Talks",
            {"state/BRA", "state/ARG"},
        ),
    ],
)
def test_leaders_in_plural_are_the_pair(nlp, text: str, kind: str, sides: set) -> None:
    (event,) = _events(nlp, text, kind)
    assert state_keys(event) == sides
    text = "Президент Чили прибыл в Перу. Встреча экспертов прошла в Кочабамбе."
    assert not [e for e in _events(nlp, text, "Meeting") if state_keys(e)]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # heads of state in plural who name no state sign for the document's two sides,
        # also where the parser hangs them on the phrase before the verb
        (
            "Президент Узбекистана Шавкат Мирзиёев провел переговоры с президентом Таджикистана "
            "Эмомали Рахмоном. По итогам переговоров главы государств подписали совместное "
            "заявление.",
            {"state/UZB", "state/TJK"},
        ),
        (
            "Премьер-министр Литвы встретился с премьер-министром Латвии. Премьер-министры "
            "подписали меморандум о сотрудничестве.",
            {"state/LTU", "state/LVA"},
        ),
    ],
)
def test_heads_in_plural_sign_for_the_pair(nlp, text: str, sides: set) -> None:
    (signing,) = _events(nlp, text, "Signing")
    assert state_keys(signing) == sides


def test_a_visit_noun_buried_under_others_travel(nlp) -> None:
    # others arrived in Havana, after the visit: not the visit's place; a band is no state
    text = (
        "Музыканты группы прибыли в Гавану через два дня после завершения визита президента "
        "Чили Габриэля Борича."
    )
    (visit,) = _events(nlp, text, "Visit")
    assert (visit.host, visit.location) == ("", "")
    assert not _events(nlp, "Rolling Stones прибыли в Гавану в четверг.", "Visit")
    (visit,) = _events(nlp, "Делегация МИД Франции прибыла в Марокко.", "Visit")
    assert state_keys(visit) == {"state/FRA", "state/MAR"}


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        (
            "Президент Бразилии Луис Инасиу Лула да Силва в телефонном разговоре поздравил "
            "президента Аргентины Хавьера Милея с победой на выборах.",
            "PhoneCall",
            "occurred",
        ),
        (
            "В телефонном разговоре президент Кении Уильям Руто поблагодарил президента Уганды "
            "Йовери Мусевени за помощь.",
            "PhoneCall",
            "occurred",
        ),
        (  # the invitation is told in the meeting: the meeting took place, the visit lies ahead
            "В ходе встречи премьер-министр Норвегии Йонас Гар Стёре пригласил премьер-министра "
            "Дании Метте Фредериксен посетить Осло.",
            "Meeting",
            "occurred",
        ),
        (
            "Президента Аргентины Хавьера Милея поздравил президент Чили Габриэль Борич, "
            "который в телефонном разговоре пригласил президента Перу Дину Болуарте посетить "
            "Сантьяго.",
            "PhoneCall",
            "occurred",
        ),
        (  # who is invited to talks takes part in them
            "Президент Кении Уильям Руто пригласил президента Эфиопии Абия Ахмеда на "
            "переговоры в Найроби.",
            "Talks",
            "planned",
        ),
    ],
)
def test_who_is_spoken_to_in_a_call_or_talks_takes_part(nlp, text, kind, status) -> None:
    (event,) = _events(nlp, text, kind)
    persons = [p for p in event.participants if p.startswith("person/")]
    assert len(persons) == 2 and len(state_keys(event)) == 2
    assert (event.status, event.location) == (status, "") or kind == "Talks"


@pytest.mark.parametrize(
    "text",
    [
        # what is discussed is not whom: the citizen of a third state is no participant
        "Президент Кении Уильям Руто в телефонном разговоре обсудил с президентом Уганды "
        "задержание гражданина Танзании Джона Мвеки.",
        "В ходе переговоров президент Вьетнама обсудил с премьер-министром Индонезии "
        "освобождение рыбака Нгуена Ван Ана.",
    ],
)
def test_whom_a_call_is_about_is_no_participant(nlp, text) -> None:
    for event in _events(nlp, text):
        assert "state/TZA" not in event.participants
        assert not [p for p in event.participants if "mvek" in p or "nguen" in p], event


@pytest.mark.parametrize(
    "text",
    [
        "Премьер-министр Норвегии Йонас Гар Стёре провёл телефонный разговор со своим "
        "датским коллегой Метте Фредериксен.",
        "Президент Бразилии Луис Инасиу Лула да Силва провёл переговоры со своим аргентинским "
        "коллегой Хавьером Милеем.",
        "Министр иностранных дел Вьетнама Буй Тхань Шон провёл встречу с индонезийским "
        "коллегой Ретно Марсуди.",
    ],
)
def test_who_holds_talks_with_a_colleague_of_unknown_office_takes_part(nlp, text) -> None:
    (event,) = [e for e in _events(nlp, text) if e.kind in {"PhoneCall", "Talks", "Meeting"}]
    assert len([p for p in event.participants if p.startswith("person/")]) == 2
    assert len(state_keys(event)) == 2


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "Премьер-министр Индии Нарендра Моди отправился в Вену, где проведёт переговоры с "
            "канцлером Австрии Карлом Нехаммером.",
            "Talks",
            "Вена",
        ),
        (
            "Президент Аргентины Хавьер Милей вылетел в Сан-Паулу, где выступит на "
            "экономическом форуме.",
            "Forum",
            "Сан-Паулу",
        ),
        # not a place: a hall the clause hangs on is no city, and a talk's topic is none
        (
            "Премьер-министр Норвегии выступил в университете, где обсудил с президентом "
            "Финляндии Александром Стуббом вопросы безопасности.",
            "Talks",
            "",
        ),
    ],
)
def test_a_where_clause_is_held_in_its_place(nlp, text, kind, place) -> None:
    (event,) = _events(nlp, text, kind)
    assert event.location == place


@pytest.mark.parametrize(
    ("text", "states"),
    [
        # talks "с" several: who holds them is a side too
        ("Президент Франции Эмманюэль Макрон провел переговоры с президентом Турции Реджепом "
         "Тайипом Эрдоганом и премьер-министром Пакистана Шахбазом Шарифом.",
         {"state/FRA", "state/TUR", "state/PAK"}),
        ("Премьер-министр Японии провел встречу с президентом Кении и премьер-министром "
         "Эфиопии.", {"state/JPN", "state/KEN", "state/ETH"}),
        # must not: the sides named before "с" ("переговоры Лаврова с …") are the phrase's own
        ("Агентство Рейтер сообщило о переговорах министра иностранных дел Чили с министрами "
         "Перу и Боливии.", {"state/CHL", "state/PER", "state/BOL"}),
    ],
)  # fmt: skip
def test_who_holds_talks_with_several_is_a_side(nlp, text: str, states: set) -> None:
    talks = [e for e in _events(nlp, text) if e.kind in {"Talks", "Meeting"}]
    assert [state_keys(e) for e in talks] == [states]


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        # a year in a paper's name dates the paper, not the event told beside it
        ("Госсекретарь США в телефонном разговоре с министром иностранных дел Филиппин "
         "подтвердил обязательства по Договору о взаимной обороне 1951 года.", "PhoneCall", ""),
        ("Президенты Египта и Израиля на встрече в Каире подтвердили приверженность мирному "
         "договору 1979 года.", "Meeting", ""),
        # must not: the event's own date, also in the genitive of its noun
        ("Переговоры президентов Кении и Эфиопии 3 мая 2025 года прошли в Найроби.", "Talks",
         "2025-05-03"),
        ("Премьер-министры Индии и Японии встретились в Токио 10 мая 2025 года и подписали "
         "соглашение.", "Meeting", "2025-05-10"),
    ],
)  # fmt: skip
def test_a_papers_year_is_not_the_events_date(nlp, text: str, kind: str, date: str) -> None:
    (event,) = _events(nlp, text, kind)
    assert event.date == date


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a place in the name of the paper signed is its topic, not where it was signed
        ("Премьер-министры Норвегии и Дании подписали декларацию о сотрудничестве в Арктике.", ""),
        ("Министры подписали в Осло меморандум о сотрудничестве в Арктике.", "Осло"),
        ("Президенты Вьетнама и Индонезии подписали в Ханое соглашение о разграничении в "
         "Южно-Китайском море.", "Ханой"),
        ("Соглашение о строительстве порта в Момбасе было подписано в Найроби.", "Найроби"),
        ("Бразилия и Аргентина подписали протокол о мониторинге лесов в Амазонии.", ""),
        # a capital there is where it was signed
        ("Кения и Эфиопия подписали соглашение о торговле в Аддис-Абебе.", "Аддис-Абеба"),
    ],
)  # fmt: skip
def test_a_place_in_a_papers_name_is_its_topic(nlp, text: str, place: str) -> None:
    (signing,) = _events(nlp, text, "Signing")
    assert signing.location == place


@pytest.mark.parametrize(
    ("text", "kind", "state"),
    [
        # one's part called off is not the event called off, and who did takes no part
        ("Президент Аргентины Хавьер Милей отказался от участия в саммите МЕРКОСУР в "
         "Асунсьоне.", "Summit", "state/ARG"),
        ("Премьер-министр Индии Нарендра Моди отменил участие в саммите G20 в Йоханнесбурге.",
         "Summit", "state/IND"),
        ("Премьер-министр Японии не примет участия в саммите АСЕАН во Вьентьяне.", "Summit",
         "state/JPN"),
        ("Король Норвегии Харальд V отказался от участия в церемонии в Копенгагене.",
         "Ceremony", "state/NOR"),
        ("Канцлер Германии Олаф Шольц отказался от участия в форуме в Давосе.", "Forum",
         "state/DEU"),
    ],
)  # fmt: skip
def test_ones_part_called_off_is_not_the_event(nlp, text: str, kind: str, state: str) -> None:
    (event,) = _events(nlp, text, kind)
    assert event.status != "cancelled" and state not in event.participants


def test_a_part_taken_and_an_event_called_off(nlp) -> None:
    text = "Президент Бразилии принял участие в саммите БРИКС в Казани."
    (summit,) = _events(nlp, text, "Summit")
    assert summit.status == "occurred" and "state/BRA" in summit.participants
    (summit,) = _events(nlp, "Саммит АСЕАН в Джакарте был отменён.", "Summit")
    assert summit.status == "cancelled"


@pytest.mark.parametrize(
    ("text", "states"),
    [
        # a state takes part through its administration; the Palestinian Authority is Palestine
        ("Министр иностранных дел Кении Амина Мохамед ведёт переговоры с администрацией "
         "Палестинской автономии о предоставлении помощи.", {"state/KEN", "state/PSE"}),
        ("Глава МИД Египта Самех Шукри провёл переговоры с администрацией Палестинской "
         "национальной автономии в Рамалле.", {"state/EGY", "state/PSE"}),
        # not: a place's administration is no state's
        ("Министр иностранных дел Кении Амина Мохамед провела переговоры с администрацией "
         "порта Момбаса.", {"state/KEN"}),
    ],
)  # fmt: skip
def test_talks_with_an_administration(nlp, text: str, states: set[str]) -> None:
    (talks,) = _events(nlp, text, "Talks")
    assert {p for p in talks.participants if p.startswith("state/")} == states
