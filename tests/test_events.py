"""Events read from the sample corpus, the dev articles and sentences about other pairs."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.corpus import iter_documents
from kg.data.shared import shared
from kg.extract.agreements import read_agreements
from kg.extract.context import Context
from kg.extract.events import Event, extract_events
from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.resolve import Registry, resolve

ROOT = Path(__file__).resolve().parents[1]
DEVSET = shared("devset", "articles")
PUTIN, OBAMA, TOKAYEV = "person/Q7747", "person/Q76", "person/kassym-jomart-tokayev"


def _context(nlp, document: Document, registry: Registry | None = None) -> Context:
    doc = nlp(document.text)
    entities, mentions = resolve(doc, document, registry or Registry(Gazetteer.load()))
    return Context(doc, document, mentions, {e.key: e for e in entities})


def _read(ctx: Context) -> list[Event]:
    """Events given the agreements the document reports, as `analyze` passes them."""
    return extract_events(ctx, read_agreements(ctx))


def _events(nlp, text: str, date: str = "") -> list[Event]:
    return _read(_context(nlp, Document(id="t", text=text, date=date)))


def _one(events: list[Event], **want: object) -> Event:
    found = [e for e in events if all(getattr(e, k) == v for k, v in want.items())]
    assert len(found) == 1, (want, events)
    return found[0]


@pytest.fixture(scope="module")
def corpus(nlp) -> dict[str, list[Event]]:
    """Events per document, read in order with one registry, as `kg build` does."""
    registry = Registry(Gazetteer.load())
    docs = iter_documents([ROOT / "corpus"], lambda w: None)
    return {d.id[:3]: _read(_context(nlp, d, registry)) for d in docs}


def _by_key(corpus: dict[str, list[Event]]) -> dict[str, list[tuple[str, Event]]]:
    out: dict[str, list[tuple[str, Event]]] = {}
    for doc, events in corpus.items():
        for e in events:
            out.setdefault(e.key, []).append((doc, e))
    return out


def test_kremlin_talks_2022(corpus):
    talks = _one(corpus["001"], kind="Talks")
    assert (talks.date, talks.status, talks.location) == ("2022-11-28", "occurred", "Кремль")
    assert {PUTIN, TOKAYEV, "state/KAZ", "state/RUS"} <= set(talks.participants)
    assert talks.label == "Переговоры Владимира Путина и Касым-Жомарта Токаева"
    assert len(talks.evidence) >= 2  # the title and the lead tell the same talks


def test_visits_of_one_document_fuse(corpus):
    visits = [e for e in corpus["000"] if e.kind.endswith("Visit")]
    assert len(visits) == 2  # Tokayev's visit told four times, and the invitation
    tokayev = _one(visits, visitor=TOKAYEV)
    assert (tokayev.kind, tokayev.host, tokayev.status) == ("StateVisit", "state/RUS", "occurred")
    assert tokayev.label == "Государственный визит Касым-Жомарта Токаева в Россию"
    assert len(tokayev.evidence) >= 3


def test_planned_state_visit_2026(corpus):
    visit = _one(corpus["000"], visitor=PUTIN)
    assert (visit.kind, visit.host, visit.date, visit.status) == (
        "StateVisit",
        "state/KAZ",
        "2026",
        "planned",
    )
    upcoming = _one(corpus["002"], visitor=PUTIN)  # "накануне государственного визита … в Астану"
    assert (upcoming.status, upcoming.location, upcoming.date) == ("planned", "Астана", "")
    assert upcoming.key != visit.key  # 002 does not say 2026: nothing guessed


def test_official_visit_dated_by_document(corpus):
    visit = _one(corpus["001"], kind="OfficialVisit")
    assert (visit.visitor, visit.host, visit.date, visit.status) == (
        TOKAYEV,
        "state/RUS",
        "2022-11-28",  # the document's day: the news it reports
        "occurred",
    )


def test_forum_in_orenburg(corpus):
    forum = _one(corpus["001"], kind="Forum")
    assert forum.location == "Оренбург"
    assert forum.label == "Форум межрегионального сотрудничества Казахстана и России"
    assert len(forum.evidence) == 2  # "Форум регионов" is the same forum


def test_ceremonies(corpus):
    labels = sorted(e.label for e in corpus["000"] if e.kind == "Ceremony")
    assert labels[0].startswith("Официальная церемония встречи")
    assert labels[1].startswith("Церемония возложения цветов")
    welcome = _one(corpus["000"], label=labels[0])
    assert welcome.location == "Георгиевский зал Кремлевского дворца"
    assert TOKAYEV in welcome.participants


def test_publications_fuse_across_documents(corpus):
    found = [(doc, e) for doc, es in corpus.items() for e in es if e.kind == "Publication"]
    by_outlet = {}
    for doc, e in found:
        outlet = next(p for p in e.participants if p.startswith("org/"))
        by_outlet.setdefault(outlet, set()).add((doc, e.key))
    assert {doc for doc, _ in by_outlet["org/izvestia"]} == {"002"}
    rg = by_outlet["org/rossiyskaya-gazeta"]
    assert {doc for doc, _ in rg} == {"003", "004"} and len({key for _, key in rg}) == 1


def test_one_node_per_event_across_documents(corpus):
    keys = _by_key(corpus)
    talks = [k for k, v in keys.items() if v[0][1].kind == "Talks" and v[0][1].status == "planned"]
    assert len(talks) == 1 and {d for d, _ in keys[talks[0]]} == {"003", "004"}
    for doc, events in corpus.items():
        assert len({e.key for e in events}) == len(events), doc


def test_state_visit_of_unstated_date(nlp):
    events = _events(
        nlp,
        "Президент Узбекистана Шавкат Мирзиёев 12 мая прибыл с государственным визитом в Турцию.",
        "2024-05-15",
    )
    visit = _one(events, kind="StateVisit")
    assert (visit.host, visit.date, visit.status) == ("state/TUR", "2024-05-12", "occurred")
    assert visit.label == "Государственный визит Шавката Мирзиёева в Турцию"


def test_planned_visit_to_a_capital(nlp):
    events = _events(
        nlp, "Премьер-министр Индии Нарендра Моди посетит Москву в июле.", "2024-05-15"
    )
    visit = _one(events, kind="Visit")
    assert (visit.host, visit.location, visit.date, visit.status) == (
        "state/RUS",
        "Москва",
        "2024-07",
        "planned",
    )
    assert visit.label == "Визит Нарендры Моди в Россию"


def test_cancelled_visit(nlp):
    visit = _one(_events(nlp, "Визит Лулы да Силвы в Аргентину отменен."), kind="Visit")
    assert (visit.host, visit.status) == ("state/ARG", "cancelled")


def test_talks_place_and_phone_call(nlp):
    talks = _one(_events(nlp, "Александр Лукашенко провел переговоры в Пекине."), kind="Talks")
    assert talks.location == "Пекин" and "state/BLR" in talks.participants
    call = _one(
        _events(
            nlp,
            "Председатель КНР Си Цзиньпин провел телефонный разговор "
            "с Президентом Казахстана Касым-Жомартом Токаевым.",
        ),
        kind="PhoneCall",
    )
    assert {"state/CHN", "state/KAZ", TOKAYEV} <= set(call.participants)


def test_meeting_yesterday(nlp):
    text = "Вчера Касым-Жомарт Токаев встретился в Астане с председателем КНР Си Цзиньпином."
    meeting = _one(_events(nlp, text, "2024-05-15"), kind="Meeting")
    assert (meeting.date, meeting.location, meeting.status) == ("2024-05-14", "Астана", "occurred")


def test_interview_and_upcoming_visit(nlp):
    text = (
        "Накануне визита Путина в Индию премьер-министр Нарендра Моди дал интервью агентству ТАСС."
    )
    events = _events(nlp, text)
    assert _one(events, kind="Visit").status == "planned"
    interview = _one(events, kind="Publication")
    assert interview.label.startswith("Интервью Нарендры Моди")


def test_no_event_without_one(nlp):
    text = (
        "В ходе визитов на высшем уровне стороны обменялись мнениями. "
        "Обмен визитами продолжится. Мы встречаемся регулярно. "
        "Казахстан и Китай начали переговоры по освобождению задержанных граждан. "
        "Власти задержали рейс в Пекин. Армия освободила город."
    )
    assert [e.kind for e in _events(nlp, text)] == ["Talks"]


def test_law_of_ratification_is_the_ratification(nlp):
    text = "12 марта 2021 года Президент Казахстана Касым-Жомарт Токаев подписал закон о "
    text += "ратификации соглашения между Казахстаном и Узбекистаном о демаркации границы."
    event = _one(_events(nlp, text), kind="Ratification")
    assert (event.date, event.status) == ("2021-03-12", "occurred")
    assert event.participants == ["person/kassym-jomart-tokayev", "state/KAZ"]  # not UZB


def test_parliament_ratifies_and_signing_fuses_by_treaty(nlp):
    a = _events(nlp, "Меджлис Турции ратифицировал соглашение о свободной торговле с Узбекистаном.")
    ratification = _one(a, kind="Ratification")
    assert ratification.status == "occurred" and "state/TUR" in ratification.participants
    b = _events(nlp, "Узбекистан и Турция подписали соглашение о свободной торговле в Анкаре "
                     "3 марта 2022 года.")  # fmt: skip
    c = _events(nlp, "Соглашение о свободной торговле, подписанное Узбекистаном и Турцией "
                     "в 2022 году, вступило в силу.")  # fmt: skip
    one, two = _one(b, kind="Signing"), _one(c, kind="Signing")
    assert (one.date, one.location) == ("2022-03-03", "Анкара")
    assert one.key == two.key  # one treaty, one year: one signing whatever the date's precision


def test_expulsions_each_way(nlp):
    text = (
        "Власти Чехии выслали из страны двух сотрудников посольства России в Праге. "
        "В ответ Россия выслала дипломата посольства Чехии в Москве."
    )
    events = [e for e in _events(nlp, text) if e.kind == "Expulsion"]
    assert len(events) == 2
    first = _one(events, location="Прага")
    # the body the text names acts for its state, which takes part in its stead
    assert set(first.participants) == {"state/CZE", "state/RUS"}
    assert first.label == "Высылка дипломатов России из Чехии"
    assert _one(events, location="Москва").key != first.key


def test_arrest_and_release_of_a_person(nlp):
    text = (
        "В Китае был задержан гражданин Казахстана Арман Жумабаев. "
        "Через месяц Арман Жумабаев был освобождён."
    )
    events = _events(nlp, text)
    arrest = _one(events, kind="Arrest")
    assert "state/CHN" in arrest.participants
    assert "state/KAZ" not in arrest.participants  # a citizen does not act for his state
    release = _one(events, kind="Release")
    assert release.status == "occurred" and "state/CHN" not in release.participants
    exchange = _events(nlp, "Армения и Азербайджан провели обмен пленными.")
    assert {"state/ARM", "state/AZE"} <= set(_one(exchange, kind="Release").participants)


def test_coordinated_talks_and_meeting_keep_their_own_people(nlp):
    text = (
        "На следующей неделе пройдут переговоры министра иностранных дел Индии Субраманьяма "
        "Джайшанкара и госсекретаря США Энтони Блинкена, которые состоятся в Вашингтоне, и "
        "встреча советника Моди Аджита Довала с президентом России Владимиром Путиным, "
        "которая запланирована на март."
    )
    events = _events(nlp, text)
    talks = _one(events, kind="Talks")
    assert "person/Q7747" not in talks.participants and talks.location == "Вашингтон"
    meeting = _one(events, kind="Meeting")
    assert meeting.status == "planned" and "person/Q7747" in meeting.participants


def test_law_published(nlp):
    text = "Закон был опубликован на портале правовой информации 5 мая 2023 года."
    event = _one(_events(nlp, text), kind="Publication")
    assert (event.date, event.status) == ("2023-05-05", "occurred")


def _dev(nlp, name: str) -> list[Event]:
    path = DEVSET / f"{name}.txt"
    if not path.exists():
        pytest.skip("dev articles absent")
    return _events(nlp, path.read_text(encoding="utf-8"))


def test_dev_cancelled_obama_visit(nlp):
    events = _dev(nlp, "d05")
    cancelled = _one(events, status="cancelled")
    assert (cancelled.kind, cancelled.visitor, cancelled.host) == ("Visit", OBAMA, "state/RUS")
    summit = _one(events, kind="Summit")
    assert (summit.status, summit.location) == ("planned", "Санкт-Петербург")
    talks = _one(events, kind="Talks")
    assert (talks.status, talks.location) == ("planned", "Мюнхен")
    assert "state/USA" in talks.participants


def test_dev_signing_in_prague(nlp):
    signing = _one(_dev(nlp, "d01"), kind="Signing")
    assert (signing.date, signing.location) == ("2010-04-08", "Прага")
    assert {"state/RUS", "state/USA"} <= set(signing.participants)


def test_dev_spy_scandal_expulsions_and_arrest(nlp):
    events = _dev(nlp, "d04")
    assert sorted(e.kind for e in events) == ["Arrest", "Expulsion", "Expulsion"]


def test_a_user_gazetteer_reaches_the_event_reader(nlp, tmp_path: Path) -> None:
    """A capital only the user's --gazetteer knows still names a visit's host."""
    user = tmp_path / "extra.tsv"
    user.write_text(
        "state\tXWK\t\tВакандия\tКоролевство Вакандия\tWakandia\t\tВаканда\tвакандийский"
        "\tБирнин-Зана\n",
        encoding="utf-8",
    )
    text = "Президент Франции Эммануэль Макрон прибыл в Бирнин-Зану с государственным визитом."
    hosts = []
    for gazetteer in (Gazetteer.load(), Gazetteer.load([user])):
        document = Document(id="t", text=text)
        doc = nlp(text)
        entities, mentions = resolve(doc, document, Registry(gazetteer))
        ctx = Context(doc, document, mentions, {e.key: e for e in entities}, gazetteer)
        hosts.append(_one(_read(ctx), kind="StateVisit").host)
    assert hosts == ["", "state/XWK"]


_LABEL_KINDS = {"Переговоры": "Talks", "Встреча": "Meeting", "Официальный": "OfficialVisit"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a surname the document leaves undeclined in oblique cases is a woman's, whatever
        # her first name's dictionary gender ("Метте" has none)
        ("Премьер-министр Норвегии Йонас Гар Стёре встретился в Осло с премьер-министром "
         "Дании Метте Фредериксен. Переговоры Стёре и Фредериксен продлились два часа.",
         "Переговоры Йонаса Гара Стёре и Метте Фредериксен"),
        ("Президент Франции Эмманюэль Макрон встретился с Метте Фредериксен.",
         "Встреча Метте Фредериксен и Эмманюэля Макрона"),
        # a surname the document declines is a man's, whatever the dictionary reads of his
        # first name ("Абий")
        ("Премьер-министр Норвегии Йонас Гар Стёре встретился в Осло с премьер-министром "
         "Дании Метте Фредериксеном. Переговоры Стёре и Фредериксена продлились два часа.",
         "Переговоры Йонаса Гара Стёре и Метте Фредериксена"),
        ("Президент Кении Уильям Руто встретился в Найроби с премьер-министром Эфиопии Абием "
         "Ахмедом. Переговоры Руто и Ахмеда продлились два часа.",
         "Переговоры Абия Ахмеда и Уильяма Руто"),
        # where no form tells, the verbs whose subject the name or its title is do: a first
        # name the dictionary lacks ("Аннике", "Мерете") gives a man's label no more
        ("Министр иностранных дел Норвегии Аннике Хейтман прибыла в Ригу с официальным "
         "визитом.", "Официальный визит Аннике Хейтман в Латвию"),
        ("Премьер-министр Дании Мерете Винтер посетила Берлин с официальным визитом.",
         "Официальный визит Мерете Винтер в Германию"),
        # must not: a man's verbs keep his surname declined
        ("Председатель правительства Испании Эмерсон Ривас прибыл в Лиму с официальным "
         "визитом.", "Официальный визит Эмерсона Риваса в Перу"),
        # must not: a name ending in a vowel keeps the dictionary's gender
        ("Президент Казахстана Касым-Жомарт Токаев встретился с Анной Петровой.",
         "Встреча Анны Петровой и Касым-Жомарта Токаева"),
    ],
)  # fmt: skip
def test_labels_decline_a_name_as_the_document_tells_its_gender(nlp, text, label):
    assert _one(_events(nlp, text), kind=_LABEL_KINDS[label.split()[0]]).label == label
