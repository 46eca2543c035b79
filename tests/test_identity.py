"""The identity rule of events and agreements (`kg.extract.identity`): pairs of mentions
that must and must not be one fact, then the rule at work on sentences of our own."""

from __future__ import annotations

import pytest

from kg.extract.agreements import read_agreements
from kg.extract.context import Context
from kg.extract.events import Event, extract_events
from kg.extract.identity import Identity, names_agree, same_fact
from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.resolve import Registry, resolve

MACRON, SCHOLZ, TUSK = "person/macron", "person/scholz", "person/tusk"
FRA, DEU, POL = "state/FRA", "state/DEU", "state/POL"


def _id(**kw: object) -> Identity:
    base: dict[str, object] = {"kind": "talks", "document": "a", "doc_date": "2024-05-10"}
    return Identity(**(base | kw))  # type: ignore[arg-type]


def _p(*keys: str) -> frozenset[str]:
    return frozenset(keys)


MERGE = [
    (
        "same talks, one names fewer persons",
        _id(persons=_p(MACRON, SCHOLZ)),
        _id(persons=_p(MACRON)),
    ),
    ("day within the month", _id(date="2024-05-03"), _id(date="2024-05")),
    ("an undated mention names no one", _id(date="1963", parties=_p(FRA, DEU)), _id()),
    ("a planned visit called off", _id(status="planned"), _id(status="cancelled")),
    ("status unknown on one side", _id(status="occurred"), _id(status="")),
    ("a role left open", _id(roles=(MACRON, DEU)), _id(roles=(MACRON, ""))),
    ("the same city", _id(place="брюссель"), _id(place="брюссель")),
    ("planned, and dated ahead", _id(status="planned"), _id(date="2024-06-02")),
    ("planned, within the document's month", _id(status="planned"), _id(date="2024-05")),
    (
        "one post told more fully",
        _id(office="нового премьер-министра финляндии"),
        _id(office="премьер-министра страны"),
    ),
    ("one post by another name", _id(office="главы правительства"), _id(office="премьера")),
    ("a vote held, told again either way", _id(turn="held"), _id(turn="")),
    (
        "a state's body by its short name",
        _id(office="председателя госсовета китая"),
        _id(office="председателя государственного совета китая"),
    ),
    (
        "a state's post by its short name",
        _id(office="госсекретаря"),
        _id(office="государственного секретаря"),
    ),
]

APART = [
    ("other kind", _id(kind="talks"), _id(kind="visit")),
    ("other persons", _id(persons=_p(MACRON, SCHOLZ)), _id(persons=_p(MACRON, TUSK))),
    ("other states", _id(parties=_p(FRA, DEU)), _id(parties=_p(FRA, POL))),
    ("other day", _id(date="2024-05-03"), _id(date="2024-05-04")),
    ("other month", _id(date="2024-05"), _id(date="2024-06-01")),
    ("occurred and planned", _id(status="occurred"), _id(status="planned")),
    ("never concluded and signed", _id(status="never"), _id(status="signed", date="2000")),
    ("other host", _id(roles=(MACRON, DEU)), _id(roles=(MACRON, POL))),
    ("a vote held and one ahead", _id(turn="held"), _id(turn="ahead")),
    ("other city", _id(place="брюссель"), _id(place="страсбург")),
    ("other post", _id(office="посла в японии"), _id(office="посла в индии")),
    ("other ministry", _id(office="министра финансов"), _id(office="министра обороны")),
    (
        "another council",
        _id(office="председателя госсовета китая"),
        _id(office="председателя совета федерации"),
    ),
    ("a deputy of another body", _id(office="депутата госдумы"), _id(office="депутата сейма")),
    (
        "planned, and dated before the document",
        _id(persons=_p(MACRON, SCHOLZ), status="planned"),
        _id(parties=_p(FRA, DEU), date="2023-12"),
    ),
    (
        "planned, and called off as done before",
        _id(persons=_p(MACRON), status="planned", date="2024-07"),
        _id(persons=_p(MACRON), status="cancelled", era="earlier"),
    ),
    (
        "history and an undated present event",
        _id(date="1963-01-22", parties=_p(FRA, DEU)),
        _id(parties=_p(FRA, DEU), status="planned"),
    ),
]


@pytest.mark.parametrize(("why", "a", "b"), MERGE, ids=[m[0] for m in MERGE])
def test_must_merge(why: str, a: Identity, b: Identity) -> None:
    assert same_fact(a, b) and same_fact(b, a), why


@pytest.mark.parametrize(("why", "a", "b"), APART, ids=[m[0] for m in APART])
def test_must_not_merge(why: str, a: Identity, b: Identity) -> None:
    assert not same_fact(a, b) and not same_fact(b, a), why


def test_keys_across_documents() -> None:
    # an undated event between two states stays in its document
    pair = _p(FRA, DEU)
    assert _id(parties=pair).key("event") != _id(parties=pair, document="b").key("event")
    # named persons carry it across documents, announced in one and reported in another
    both = _p(MACRON, SCHOLZ)
    told = _id(persons=both, status="occurred", document="b")
    assert _id(persons=both, status="planned").key("event") == told.key("event")
    # two facts of one document on one plain key get keys of their own
    assert _id(persons=both, status="planned").key("event", apart=True) != told.key(
        "event", apart=True
    )
    # one person alone does not: "Путин провёл совещание" here, "встреча Путина" there
    one = _p(MACRON)
    assert _id(persons=one).key("event") != _id(persons=one, document="b").key("event")
    # a person and a role do: the visit of Macron to Germany, the appointment to an office
    visit = {"persons": one, "roles": (MACRON, DEU)}
    assert _id(**visit).key("event") == _id(**visit, document="b").key("event")
    # a trip called off is a node of its own, not the visit held that month; a plan is not
    held = _id(**visit, date="2024-05-10", status="occurred")
    off = _id(**visit, date="2024-05-20", status="cancelled", document="b")
    ahead = _id(**visit, date="2024-05-20", status="planned", document="b")
    assert held.key("event", 7) != off.key("event", 7)
    assert held.key("event", 7) == ahead.key("event", 7)
    # a dated event is keyed by its date, at the kind's precision
    day, other = _id(parties=pair, date="2024-05-03"), _id(parties=pair, date="2024-05-17")
    assert day.key("event") != other.key("event")
    assert day.key("event", 4) == _id(parties=pair, date="2024", document="b").key("event", 4)
    # a date alone identifies nothing: "выборы 2008 года" in two documents are two
    ballot = {"kind": "Election", "date": "2008"}
    assert _id(**ballot).key("event", 4) != _id(**ballot, document="b").key("event", 4)
    named = {"kind": "Forum", "date": "2009", "roles": ("фестиваль «гранатовый цвет»",)}
    assert _id(**named).key("event", 4) == _id(**named, document="b").key("event", 4)
    # a titled treaty: its title and parties identify it, dated or not
    treaty = _id(kind="Treaty", roles=("елисейский договор",), parties=pair, named=True)
    assert treaty.key("agreement") == _id(
        kind="Treaty", roles=("елисейский договор",), parties=pair, named=True, date="1963"
    ).key("agreement")


# -- the rule at work, on sentences about other pairs ------------------------------------


def _context(nlp, text: str, doc_id: str = "t", date: str = "2024-05-10") -> Context:
    document = Document(id=doc_id, text=text, date=date)
    doc = nlp(text)
    entities, mentions = resolve(doc, document, Registry(Gazetteer.load()))
    return Context(doc, document, mentions, {e.key: e for e in entities})


def _events(nlp, text: str, doc_id: str = "t", date: str = "2024-05-10") -> list[Event]:
    ctx = _context(nlp, text, doc_id, date)
    return extract_events(ctx, read_agreements(ctx))


def test_history_is_not_fused_with_the_present(nlp) -> None:
    text = (
        "Франция и Германия провели переговоры в 1963 году. "
        "Переговоры Франции и Германии прошли в Берлине."
    )
    talks = sorted(e.date for e in _events(nlp, text) if e.kind == "Talks")
    assert len(talks) == 2 and talks[0] == "1963" and talks[1] != "1963"
    # a date of this year is the date of the undated mention
    same = (
        "Франция и Германия провели переговоры 22 января. "
        "Переговоры Франции и Германии прошли в Берлине."
    )
    (one,) = [e for e in _events(nlp, same) if e.kind == "Talks"]
    assert (one.date, one.location) == ("2024-01-22", "Берлин")


def test_occurred_and_planned_visits_are_two(nlp) -> None:
    text = "Президент Финляндии Саули Ниинистё прибыл в Норвегию, затем он посетит Данию."
    visits = {e.host: e for e in _events(nlp, text) if e.kind == "Visit"}
    assert set(visits) == {"state/NOR", "state/DNK"}
    assert (visits["state/NOR"].status, visits["state/DNK"].status) == ("occurred", "planned")
    assert visits["state/NOR"].key != visits["state/DNK"].key


def test_a_trip_called_off_before_is_not_the_one_ahead(nlp) -> None:
    text = ("Ранее президент Кении Уильям Руто отказался от поездки в Эфиопию. Министр "
            "иностранных дел Кении сообщил, что Руто посетит Эфиопию в июле.")  # fmt: skip
    visits = sorted(e.status for e in _events(nlp, text) if e.kind == "Visit")
    assert visits == ["cancelled", "planned"]


def test_undated_talks_stay_in_their_document_on_the_pair_alone(nlp) -> None:
    text = "Греция и Кипр провели переговоры."  # documents without a date
    a = [e.key for e in _events(nlp, text, "a", "") if e.kind == "Talks"]
    b = [e.key for e in _events(nlp, text, "b", "") if e.kind == "Talks"]
    assert len(a) == len(b) == 1 and a != b
    named = "Кириакос Мицотакис провёл переговоры с Никосом Христодулидисом."
    a = [e for e in _events(nlp, named, "a", "") if e.kind == "Talks"]
    b = [e for e in _events(nlp, named, "b", "") if e.kind == "Talks"]
    assert len(a) == len(b) == 1 and len([p for p in a[0].participants if "person/" in p]) == 2
    assert a[0].key == b[0].key  # the persons identify them across documents


@pytest.mark.parametrize(
    "text",
    [
        "Премьер-министр Дании Метте Фредериксен провела заседание правительства.",
        "Президент Кении Уильям Руто встретился с журналистами.",
        "Премьер-министр Японии Сигэру Исиба провёл встречу в узком формате.",
    ],
)
def test_an_undated_event_of_one_person_stays_in_its_document(nlp, text: str) -> None:
    a = [e.key for e in _events(nlp, text, "a", "")]
    b = [e.key for e in _events(nlp, text, "b", "")]
    assert len(a) == len(b) == 1 and a != b


def test_never_concluded_treaty_is_not_the_signed_one(nlp) -> None:
    text = (
        "Мирный договор между Арменией и Азербайджаном так и не был подписан. В 2020 году "
        "стороны подписали заявление о прекращении огня, однако мирный договор, подписанный "
        "в 1994 году, касался только перемирия."
    )
    treaties = [a for a in read_agreements(_context(nlp, text)).facts if a.kind == "Treaty"]
    assert treaties and all(a.status != "signed" and a.date == "" for a in treaties)


@pytest.mark.parametrize(
    "text",
    [
        # a meeting agreed on, whoever it names, is not talks told as held
        "Президент Кении Уильям Руто провел телефонный разговор с премьер-министром Эфиопии "
        "Абием Ахмедом. Лидеры обсудили ситуацию на границе и договорились провести встречу в "
        "Аддис-Абебе в мае. Руто уже посещал Эфиопию в 2023 году, когда он провел переговоры с "
        "Абием Ахмедом.",
        "Стороны договорились провести встречу в Ханое. Ранее президент Вьетнама Во Ван Тхыонг "
        "провел переговоры с президентом Индонезии Джоко Видодо.",
        "Министры иностранных дел Норвегии и Дании договорились провести переговоры осенью. "
        "Весной министр иностранных дел Норвегии Эспен Барт Эйде провел переговоры с министром "
        "иностранных дел Дании Ларсом Лёкке Расмуссеном.",
    ],
)
def test_talks_agreed_on_are_not_talks_held(nlp, text: str) -> None:
    talks = [e for e in _events(nlp, text) if e.kind in {"Talks", "Meeting"}]
    assert {e.status for e in talks} >= {"planned", "occurred"}


# one gathering named with more or fewer words, and names that tell two apart
NAMES = [
    ("церемония коронации", "Церемония коронации нового епископа", True),
    ("церемония вручения премии", "церемония вручения премии «Ника»", True),
    ("Саммит АСЕАН", "очередной саммит АСЕАН", True),
    ("церемония открытия", "церемония закрытия", False),
    ("саммит ЕС", "саммит ЕС — Китай", False),
    ("форум регионов", "форум регионов Бразилии", False),
    ("церемония вручения премии «Ника»", "церемония вручения премии «Золотой орёл»", False),
    ("", "церемония коронации", False),
    # a name's word in another case (events80: a state after "по" is the topic, no side)
    ("Конференция по Судану", "конференция по гуманитарной поддержке Судана", True),
    ("саммит по Ливии", "саммит по Сирии", False),
    ("форум Индии", "форум Индонезии", False),
    ("саммит по Австрии", "саммит по Австралии", False),
    ("конференция по Нигеру", "конференция по Нигерии", False),
    ("конференция COP28", "конференция COP29", False),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "one"), NAMES)
def test_names_agree(a: str, b: str, one: bool) -> None:
    assert names_agree(a, b) is one and names_agree(b, a) is one


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Король Норвегии Харальд провёл церемонию коронации нового епископа. Церемония "
            "коронации прошла на площади в Осло в присутствии тысяч людей.",
            1,
        ),
        (
            "Президент Чили провёл церемонию вручения премии «Кондор». Церемония вручения "
            "премии прошла в Сантьяго.",
            1,
        ),
        # must not: two ceremonies of one day, told by two names
        (
            "Президент Чили провёл церемонию открытия моста. Церемония закрытия игр прошла в "
            "Сантьяго.",
            2,
        ),
    ],
)
def test_a_ceremony_named_more_or_less_fully_is_one(nlp, text: str, count: int) -> None:
    ceremonies = [e for e in _events(nlp, text) if e.kind == "Ceremony"]
    assert len(ceremonies) == count


@pytest.mark.parametrize(
    ("text", "ballots"),
    [
        # two elections named by what they elect are two: the date and plans of one are
        # not the other's
        ("На парламентских выборах в декабре прошлого года партия набрала в провинции "
         "Сантьяго 36%. Ещё в марте 2009 г. губернатору вынесли предупреждение за итоги "
         "региональных выборов. Эксперты ждут, что до введения всенародных выборов "
         "губернаторы будут переназначены.", 2),
        # must stay one: an election told again without its adjective, or with one of how
        ("Президентские выборы в Чили прошли в ноябре. На выборах победил Габриэль Борич.", 1),
        ("На президентских выборах в Перу победил Педро Кастильо. Досрочные выборы прошли в "
         "июне.", 1),
        # what is elected, told by an adjective or a noun of one stem
        ("Суд Колумбии постановил, что выборы президента пройдут в течение 60 дней. Ранее "
         "президент объявил о досрочных выборах в парламент.", 2),
        ("Президентские выборы в Колумбии пройдут в мае. Выборы президента станут первыми "
         "после реформы.", 1),
        # a vote told as held and one told as ahead are two, dated or not
        ("Выборы в Эквадоре прошли 3 марта. Следующие выборы пройдут в 2030 году.", 2),
        ("Выборы в Перу прошли в воскресенье. Следующие выборы пройдут через пять лет.", 2),
        ("На прошедших выборах в Боливии партия набрала треть голосов. Теперь власти готовятся "
         "к предстоящим выборам.", 2),
        # must stay one: a vote told again without words of its time, or both ahead
        ("Выборы в Эквадоре прошли 3 марта. На выборах победил Гильермо Лассо.", 1),
        ("Выборы в Перу пройдут в апреле. На предстоящих выборах партия рассчитывает на "
         "победу.", 1),
        # a victory won tells the vote held, and one set for a day lies ahead: two
        ("На выборах в Сербии победил Александр Вучич. Выборы назначены на 5 мая 2030 года.", 2),
        ("Выборы в Хорватии прошли в марте. На выборах победил Андрей Пленкович. Президент "
         "Хорватии назначил выборы на 5 мая 2030 года.", 2),
        # an election of the European Parliament is not a state's parliamentary one, though
        # "парламент" names both
        ("В Нидерландах прошли выборы в Европейский парламент. Партия Герта Вилдерса, "
         "победившая на парламентских выборах в Нидерландах, заняла второе место.", 2),
        ("В Бельгии в воскресенье прошли выборы в Европарламент. В тот же день в Бельгии "
         "прошли выборы в федеральный парламент.", 2),
        # must stay one: the European Parliament's election told by another of its names
        ("Выборы в Европарламент в Ирландии пройдут в июне. Европейские выборы станут первыми "
         "для новой партии.", 1),
        ("Выборы в Европейский парламент в Чехии прошли в июне. Явка на выборах в Европарламент "
         "составила 36%.", 1),
        # must stay one: a victory to be won at the vote set for a day
        ("На выборах в Сербии победит Александр Вучич. Выборы в Сербии назначены на 5 мая 2030 "
         "года.", 1),
    ],
)  # fmt: skip
def test_elections_of_two_things_are_two(nlp, text: str, ballots: int) -> None:
    elections = [e for e in _events(nlp, text, date="") if e.kind == "Election"]
    assert len(elections) == ballots
    assert all((e.status, e.date) == ("occurred", "") for e in elections if "Парл" in e.label)
