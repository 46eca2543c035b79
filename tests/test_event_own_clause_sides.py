"""Sides an event's own clause names, and resignations only opposed or demanded (pass
forty-one, h-events101): a paper signed "с" a group of no state ("с палестинцами", "с
профсоюзами") takes neither the document's other state nor the paper's parties read
elsewhere; a meeting with a family takes no person of another clause; a resignation one
disagrees with, stands against or demands is no resignation told as done. Sentences of our
own about other pairs of states, with the cases that must not change."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import state_keys

from kg.extract.events import Event

PAIR = "Иордания и Египет договорились о поставках газа. Египет продаёт газ Иордании. "
CHILE = "Чили и Перу обсудили торговлю. "


@pytest.mark.parametrize(
    ("text", "states"),
    [
        # a paper with a group of no state: the signer's state alone
        ("Король Иордании подписал соглашение с палестинцами.", {"state/JOR"}),
        ("Президент Египта подписал соглашение с профсоюзами.", {"state/EGY"}),
        # must not change: the other side named as a state or its official
        ("Король Иордании подписал соглашение с Египтом.", {"state/JOR", "state/EGY"}),
        (
            "Король Иордании подписал соглашение с президентом Египта.",
            {"state/JOR", "state/EGY"},
        ),
    ],
)
def test_paper_with_a_group(
    events: Callable[..., list[Event]], text: str, states: set[str]
) -> None:
    (signing,) = [e for e in events(PAIR + text) if e.kind == "Signing" and "газ" not in e.label]
    assert state_keys(signing) == states


def test_planned_paper_with_a_group(events: Callable[..., list[Event]]) -> None:
    text = (
        "Чили и Перу обсуждают торговлю. Чили закупает перуанскую медь. Министр иностранных "
        "дел Перу заявил о подготовке к подписанию соглашения с повстанцами."
    )
    (signing,) = [e for e in events(text) if e.kind == "Signing"]
    assert state_keys(signing) == {"state/PER"}


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        # a person named in a clause about something else takes no part in the meeting
        (
            "Король Иордании Абдалла II встретился с членами королевской семьи на фоне слухов "
            "о его намерении передать власть сыну Хусейну.",
            {"person/abdalla-ii", "state/JOR"},
        ),
        ("Король Иордании встретится с членами королевской семьи.", {"state/JOR"}),
        ("Король Иордании провёл переговоры с палестинцами.", {"state/JOR"}),
        # must not change: talks with no other side named are the document's pair's
        ("Король Иордании провёл переговоры.", {"state/JOR", "state/EGY"}),
    ],
)
def test_meeting_with_no_state(
    events: Callable[..., list[Event]], text: str, meeting: set[str]
) -> None:
    (held,) = [e for e in events(PAIR + text) if e.kind in {"Meeting", "Talks"}]
    assert set(held.participants) == meeting


@pytest.mark.parametrize(
    ("text", "resignations"),
    [
        # disagreed with, stood against, demanded: no resignation told as done
        (
            "Оппозиция Перу не согласилась с отставкой президента Мартина Вискарры и требует "
            "отставки премьер-министра Сальвадора дель Солара.",
            [],
        ),
        ("Сенат Перу выступил против отставки министра обороны Хосе Уэрты.", []),
        ("Депутаты Перу возражают против отставки президента Мартина Вискарры.", []),
        # must not change: one agreed with, one told done, one dated after the news
        (
            "Оппозиция Перу согласилась с отставкой президента Мартина Вискарры.",
            [("person/martin-viskarra", "occurred")],
        ),
        (
            "Президент Перу Мартин Вискарра ушёл в отставку. Оппозиция не согласилась с его "
            "решением.",
            [("person/martin-viskarra", "occurred")],
        ),
        (
            "Президент Перу Мартин Вискарра ушёл в отставку 20 мая 2019 года.",
            [("person/martin-viskarra", "planned")],
        ),
    ],
)
def test_opposed_resignation(
    events: Callable[..., list[Event]], text: str, resignations: list[tuple[str, str]]
) -> None:
    read = events(CHILE + text, "2019-05-10")
    told = [e for e in read if e.kind == "Resignation"]
    persons = [min(p for p in e.participants if p.startswith("person/")) for e in told]
    assert list(zip(persons, [e.status for e in told], strict=True)) == resignations


TAJIK = "Эстония и Латвия обсудили сотрудничество. "


@pytest.mark.parametrize(
    ("text", "elections"),
    [
        # one re-elected to a post and the ballot for it: the election he won
        (
            "Переизбрание Эмомали Рахмона на пост президента Таджикистана не удивило "
            "экспертов. Президентские выборы в Таджикистане прошли 11 октября 2020 года.",
            [("2020-10-11", "occurred", True)],
        ),
        (
            "Эмомали Рахмон был переизбран президентом Таджикистана. Президентские выборы в "
            "Таджикистане прошли 11 октября 2020 года.",
            [("2020-10-11", "occurred", True)],
        ),
        # must not change: elected another year, to another post, or a ballot ahead
        (
            "Эмомали Рахмон впервые был избран президентом Таджикистана в 1994 году. "
            "Президентские выборы в Таджикистане прошли 11 октября 2020 года.",
            [("1994", "occurred", True), ("2020-10-11", "occurred", False)],
        ),
        (
            "Кохир Расулзода был избран премьер-министром Таджикистана. Парламентские выборы "
            "в Таджикистане прошли 1 марта 2020 года.",
            [("2021-04-20", "occurred", True), ("2020-03-01", "occurred", False)],
        ),
        (
            "Эмомали Рахмон был переизбран президентом Таджикистана. Следующие президентские "
            "выборы в Таджикистане пройдут в 2027 году.",
            [("2021-04-20", "occurred", True), ("2027", "planned", False)],
        ),
    ],
)
def test_reelection_is_the_ballot(
    events: Callable[..., list[Event]], text: str, elections: list[tuple[str, str, bool]]
) -> None:
    told = [e for e in events(TAJIK + text, "2021-04-20") if e.kind == "Election"]
    read = [(e.date, e.status, any(p.startswith("person/") for p in e.participants)) for e in told]
    assert sorted(read) == sorted(elections)


PERU = "Чили и Перу обсудили торговлю. "


@pytest.mark.parametrize(
    ("text", "appointment"),
    [
        # a date in apposition to a weekday dates the appointment it stands before
        (
            "Конгресс Перу в среду, 8 мая 2019 года, утвердил Густаво Адриансена на посту "
            "премьер-министра.",
            ("2019-05-08", "person/gustavo-adriansen"),
        ),
        (
            "Президент Перу Мартин Вискарра в понедельник, 6 мая 2019 года, назначил Густаво "
            "Адриансена премьер-министром.",
            ("2019-05-06", "person/gustavo-adriansen"),
        ),
        # the post the parser hangs on the person confirmed in it
        (
            "Конгресс Перу утвердил Густаво Адриансена на посту премьер-министра.",
            ("2019-05-10", "person/gustavo-adriansen"),
        ),
        # must not change: the date before the subject
        (
            "В среду, 8 мая 2019 года, президент Перу Мартин Вискарра назначил Густаво "
            "Адриансена премьер-министром.",
            ("2019-05-08", "person/gustavo-adriansen"),
        ),
    ],
)
def test_appointment_dated_by_weekday(
    events: Callable[..., list[Event]], text: str, appointment: tuple[str, str]
) -> None:
    (made,) = [e for e in events(PERU + text, "2019-05-10") if e.kind == "Appointment"]
    assert (made.date, min(p for p in made.participants if p.startswith("person/"))) == (
        appointment
    )
    assert made.status == "occurred"


@pytest.mark.parametrize(
    ("text", "appointee"),
    [
        # members of a body vote to confirm one in a post: the appointment
        (
            "193 члена Генеральной Ассамблеи ООН проголосовали за утверждение Антониу "
            "Гутерриша генеральным секретарём ООН.",
            "person/antonio-guterres",
        ),
        (
            "Депутаты Перу проголосовали за утверждение Густаво Адриансена на посту "
            "премьер-министра.",
            "person/gustavo-adriansen",
        ),
        # must not change: a budget confirmed is no appointment
        ("Депутаты Перу проголосовали за утверждение бюджета.", ""),
    ],
)
def test_vote_for_confirmation(
    events: Callable[..., list[Event]], text: str, appointee: str
) -> None:
    made = [e for e in events(PERU + text, "2019-05-10") if e.kind == "Appointment"]
    assert [p for e in made for p in e.participants if p.startswith("person/")] == (
        [appointee] if appointee else []
    )


@pytest.mark.parametrize("days", ["26", "26—27", "26–27", "26-27"])
def test_planned_second_round(events: Callable[..., list[Event]], days: str) -> None:
    """A round of elections a relative clause dates ahead is planned, on its first day,
    whatever dash joins its days ("25—26 января": the em dash read the second day)."""
    text = (
        PERU + f"Второй тур выборов президента Перу, который состоится {days} января 2020 "
        "года, определит победителя."
    )
    (vote,) = [e for e in events(text, "2019-12-20") if e.kind == "Election"]
    assert (vote.status, vote.date, state_keys(vote)) == ("planned", "2020-01-26", {"state/PER"})


LIMA = "Чили и Перу подписали договор. "


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        # a traveller's noun with the state's adjective: the one person of that state named
        (
            "Во время своего визита в Лиму чилийский дипломат обсудил торговлю, заявил "
            "министр иностранных дел Чили Альберто ван Кларен.",
            "person/alberto-van-klaren",
        ),
        # must not change: named before; no one named; two of that state named
        (
            "Министр иностранных дел Чили Альберто ван Кларен провёл брифинг. Во время своего "
            "визита в Лиму чилийский дипломат обсудил торговлю.",
            "person/alberto-van-klaren",
        ),
        ("Во время своего визита в Лиму чилийский дипломат обсудил торговлю.", "state/CHL"),
        (
            "Во время своего визита в Лиму чилийский политик обсудил торговлю, заявили "
            "президент Чили Габриэль Борич и министр иностранных дел Чили Альберто ван Кларен.",
            "state/CHL",
        ),
        # of two of that state, the one who holds the office the noun names (h-events218)
        (
            "Во время своего визита в Лиму чилийский министр обсудил торговлю, заявили "
            "президент Чили Габриэль Борич и министр иностранных дел Чили Альберто ван Кларен.",
            "person/alberto-van-klaren",
        ),
    ],
)
def test_visitor_described_by_state(
    events: Callable[..., list[Event]], text: str, visitor: str
) -> None:
    (visit,) = [e for e in events(LIMA + text) if e.kind == "Visit"]
    assert (visit.visitor, visit.host) == (visitor, "state/PER")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a place in a clause of "который" or a participle's on another noun: not the talks'
        (
            "Армения и Азербайджан провели переговоры по освобождению пленных, которые "
            "находятся в Карабахе.",
            "",
        ),
        (
            "Египет и Израиль провели переговоры об освобождении заложников, находящихся в Газе.",
            "",
        ),
        (
            "Президент Египта провёл переговоры с президентом Израиля о заложниках, которые "
            "удерживаются в Газе.",
            "",
        ),
        # must not change: the talks' own place, and a clause of their being held
        ("Египет и Израиль провели переговоры в Каире.", "Каир"),
        ("Египет и Израиль провели в Каире переговоры, которые продлились три часа.", "Каир"),
        (
            "Египет и Израиль договорились о проведении переговоров министров, которые "
            "пройдут в Каире.",
            "Каир",
        ),
    ],
)
def test_place_of_another_nouns_clause(
    events: Callable[..., list[Event]], text: str, place: str
) -> None:
    (talks,) = [e for e in events(text) if e.kind == "Talks"]
    assert talks.location == place


GULF = "Бахрейн и Катар договорились о торговле. Катар продаёт газ Бахрейну. "


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        # who reports a meeting with those of no state, and one a clause on its subject
        # names, take no part in it
        (
            "Эмир Катара встретится с членами королевской семьи, сообщил министр иностранных "
            "дел Бахрейна Абдуллатиф аз-Зайани.",
            [("planned", {"state/QAT"})],
        ),
        (
            "По словам министра иностранных дел Бахрейна Абдуллатифа аз-Зайани, эмир Катара "
            "встретится с членами королевской семьи.",
            [("planned", {"state/QAT"})],
        ),
        (
            "Эмир Катара, который ранее встречался с королём Бахрейна Хамадом, встретится с "
            "членами королевской семьи.",
            # the parse hangs "с королём" on "встретится"; h-events258's `_partner_astray`
            # gives the clause's own meeting its partner back: the emir met Hamad before
            [("occurred", {"person/khamad", "state/BHR", "state/QAT"}), ("planned", {"state/QAT"})],
        ),
        # must not change: a meeting with the other state's official
        (
            "Эмир Катара встретится с королём Бахрейна Хамадом, сообщил министр иностранных "
            "дел Бахрейна Абдуллатиф аз-Зайани.",
            [("planned", {"person/khamad", "state/BHR", "state/QAT"})],
        ),
    ],
)
def test_sides_from_other_clauses(
    events: Callable[..., list[Event]], text: str, meetings: list[tuple[str, set[str]]]
) -> None:
    told = [e for e in events(GULF + text) if e.kind == "Meeting"]
    read = sorted((e.status, sorted(e.participants)) for e in told)
    assert read == sorted((status, sorted(sides)) for status, sides in meetings)


def test_clause_of_when_keeps_its_own_sides(events: Callable[..., list[Event]]) -> None:
    """ "в день, когда был подписан договор, X назначил …": the signing of the clause is not
    X's, and the appointment takes no date of that clause."""
    text = (
        PERU + "В день, когда в 2001 году был подписан договор о границе, президент Перу Педро "
        "Кастильо назначил Гидо Бельидо премьер-министром."
    )
    read = events(text, "2021-07-30")
    (signing,) = [e for e in read if e.kind == "Signing"]
    (made,) = [e for e in read if e.kind == "Appointment"]
    assert "person/pedro-kastilo" not in signing.participants
    assert signing.date == "2001"
    assert (made.date, made.status) == ("2021-07-30", "occurred")
    assert "person/pedro-kastilo" in made.participants
