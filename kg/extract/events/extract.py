"""Events: visits, talks, meetings, calls, forums, summits, ceremonies, signings,
publications and elections, built from the hits `kg.extract.events.hits` reads.

The hits of one document that tell one event ("государственный
визит Токаева", "в ходе визита", "визит в Российскую Федерацию") are merged, then each
event gets a key, so that the same event told by several documents is one node. Both
follow the one identity rule of `kg.extract.identity` (kind, persons where named, else
states, date at the precision both give, place, status; undated events never merge across
documents on their states alone); what each kind adds as its roles:
- visits: visitor and host, keyed by month; the rank is not in the key, so "визит" and
  "государственный визит" fuse (a state visit and a working visit do not);
- signings and ratifications: the agreement they are about, keyed by year;
- forums, summits: keyed by month; summits and ceremonies by their name too;
- publications: author and outlet, and the year when the text states one.
A date the text leaves unresolved (no document date) keeps its month or season as a
hint, so "визит летом" and "визит в сентябре" stay two events.
The document date is used only for an event told as under way ("сегодняшний визит",
"сейчас") or reported in the past tense in the document's lead, at its day: a dateline's
day is the day of what the news reports ("ХАНОЙ, 12 марта — … прибыл в Джакарту").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Span, Token

from kg.extract.agreements.fact import Agreement
from kg.extract.agreements.reading import AgreementReading
from kg.extract.common.attribution import regions
from kg.extract.common.attribution_words import TURN
from kg.extract.common.dates import days_after, season_year, year_by_tense
from kg.extract.common.pair import main_pair, named_pair
from kg.extract.context import Context
from kg.extract.events.acts import ACTS
from kg.extract.events.attacks import ATTACKS
from kg.extract.events.careers import CAREERS
from kg.extract.events.fact import Event
from kg.extract.events.hit import Hit
from kg.extract.events.hits import read_hits
from kg.extract.events.labels import in_, joined, person_in
from kg.extract.events.linking import holds, unique
from kg.extract.events.partners import partners_apart
from kg.extract.events.sides import told_sides
from kg.extract.events.transfers import TRANSFERS
from kg.extract.events.triggers import BODIES, HOSTS, MULTI, NAMED, VISITS, gathering
from kg.extract.events.words import practises_trade, role_words
from kg.extract.identity import Identity, dates_agree, names_agree, same_fact
from kg.gazetteer import normalize
from kg.nlp.morph import morph, name_in, upper_first
from kg.resolve.gender import told_gender
from kg.resolve.offices import term_at

_FAMILY = {**{k: "visit" for k in VISITS}, "Talks": "talks", "Meeting": "talks"}
_LONG = VISITS | HOSTS  # last several days: keyed by their month, not their day
_RANK_LABEL = {
    "StateVisit": "Государственный визит",
    "OfficialVisit": "Официальный визит",
    "WorkingVisit": "Рабочий визит",
    "Visit": "Визит",
}
_ACT_LABEL = {
    "Expulsion": "Высылка",
    "Arrest": "Задержание",
    "Release": "Освобождение",
    "Seizure": "Захват",
    "Summons": "Вызов",
}
_CAREER_LABEL = {
    "Appointment": "Назначение",
    "Resignation": "Отставка",
    "Election": "Избрание",
    "Death": "Смерть",
}
_ACT_PEOPLE = {
    "Expulsion": "дипломатов",
    "Arrest": "граждан",
    "Release": "граждан",
    "Summons": "дипломата",
}
_PAPER_LABEL = {
    "статья": "Статья",
    "заявление": "Заявление",
    "пресс-релиз": "Пресс-релиз",
    "пресс-конференция": "Пресс-конференция",
    "обращение": "Обращение",
    "обратиться": "Обращение",
}
_SAME_TEXT = {"обратиться": "обращение"}  # "обратился к нации … В своём обращении он"
_ON_PAPER = frozenset({"Signing", "Ratification"})  # keyed by the agreement they are about
_HEAD_LABEL = {"Talks": "Переговоры", "Meeting": "Встреча", "PhoneCall": "Телефонный разговор"}
_STATUS_RANK = {"cancelled": 3, "occurred": 2, "planned": 1, "": 0}
_TENSES = {"occurred": "past", "planned": "future"}  # what moves a yearless date's year
_DISCUSS = frozenset({"обсудить", "обсуждать"})
# kinds (or families) a discussion tells of ("провели саммит. Лидеры обсудили …": its topic)
_DISCUSSED = frozenset({"talks", "PhoneCall", "Summit"})
_WITHIN = frozenset({"Talks", "Meeting", "Signing"})  # what a visit's sentences tell during it
# One taking a post, told as an election or as an appointment ("парламент избрал X
# премьер-министром", "X стал премьер-министром"): one change of office in a document
_TAKES_OFFICE = frozenset({"Appointment", "Election:elected"})


# -- merging the hits of one document ------------------------------------------


def _family(hit: Hit) -> str:
    if hit.kind == "Publication":
        return f"Publication:{_SAME_TEXT.get(hit.lemma, hit.lemma)}"
    if hit.kind == "Election" and not hit.name:  # one elected ("избран"), not a vote ("выборы")
        return "Election:elected"
    return _FAMILY.get(hit.kind, hit.kind)


def _fits(group: list[Hit], hit: Hit, doc_date: str) -> bool:
    """Whether `hit` can tell the same event as the hits of `group` (`kg.extract.identity`)."""
    g = _fold(group)
    if g.kind == hit.kind == "Election" and _referendum(g) != _referendum(hit):
        return False  # "выборы президента и референдум о конституции состоятся 5 мая": two
    if _won_ballot(g, hit) or _won_ballot(hit, g):
        return True  # "переизбрание X на пост президента" and "президентские выборы": one
    families = {_family(g), _family(hit)}
    if len(families) > 1 and not families <= _TAKES_OFFICE:
        return False  # `same_fact` asks one kind family: the cheap test first, for every pair
    if g.kind in VISITS and "Visit" not in (g.kind, hit.kind) and g.kind != hit.kind:
        return False  # a state visit is no working visit; a bare "визит" may be either
    if _held_and_called_off(g, hit) or _peer_apart(g, hit) or _peer_apart(hit, g):
        return False
    if (g.earlier or hit.earlier) and {g.status, hit.status} == {"occurred", "planned"}:
        return False  # "X, который ранее встречался с …, встретится с …": two meetings
    if partners_apart(g, hit):  # "с президентом Вьетнама", "с премьер-министром Вьетнама"
        return False
    if _absentia_apart(g, hit) or _absentia_apart(hit, g):
        return False
    if g.headcount and hit.headcount and g.headcount != hit.headcount:
        return False  # "задержали 208 человек", "серия арестов 11 принцев": two arrests
    # one ceremony named more or less fully, one summit by its organization's initials or in full
    # or told again by its noun and adjectives ("церемония открытия площади … На официальной
    # церемонии")
    same_org = bool(g.name_org) and g.name_org == hit.name_org
    if names_agree(g.name, hit.name) or same_org or _described_again(hit, g):
        hit = replace(hit, name_key=g.name_key)
    elif _described_again(g, hit):
        g = replace(g, name_key=hit.name_key)
    held = _offer_held(g, hit) or _taken_as_told(g, hit, doc_date)
    mine = _identity(g, g.states, held or _told_status(g), doc_date)
    theirs = _identity(
        hit, hit.states, _taken_as_told(hit, g, doc_date) or _told_status(hit), doc_date
    )
    if {mine.kind, theirs.kind} <= _TAKES_OFFICE:  # "избран премьером", "стал премьером"
        mine, theirs = replace(mine, kind="office"), replace(theirs, kind="office")
    return same_fact(mine, theirs)


def _referendum(hit: Hit) -> bool:
    """A referendum, not elections of anyone (`event_kinds.tsv` "референдум"; h-events106)."""
    return hit.lemma == "референдум"


def _described_again(again: Hit, named: Hit) -> bool:
    """A gathering told again by its noun and adjectives alone ("На официальной церемонии
    присутствовали …" after "состоялась торжественная церемония открытия площади …"): the
    one named before, not another, where nothing else (a day, a place, a side) tells them
    apart; a name of its own ("церемония закрытия форума") is another. Pass forty-third
    (h-events107)."""
    if again.kind not in NAMED or again.lemma != named.lemma or not named.name_key:
        return False
    words = again.name.split()
    described = [w for w in words if not _adjective(w)]
    return len(words) > 1 and len(described) == 1 and not any(map(_of_another_time, words))


def _adjective(word: str) -> bool:
    """The word reads first as an adjective or a participle ("официальной", "торжественная")."""
    parses = morph().parse(word)
    return bool(parses) and parses[0].tag.POS in {"ADJF", "PRTF"}


# adjectives that place a gathering in a series or in time ("в прошлогоднем саммите",
# "следующая встреча"): another one of its kind, not the one named before
_OTHER_TIME = frozenset(
    ["прошлогодний", "прошлый", "предыдущий", "следующий", "очередной", "новый", "будущий",
     "предстоящий", "последний", "первый", "второй", "третий", "ближайший", "нынешний",
     "ежегодный", "вчерашний", "позавчерашний", "завтрашний", "сегодняшний", "другой",
     "иной", "весь", "каждый", "такой", "прежний", "недавний", "давний"]
)  # fmt: skip


def _of_another_time(word: str) -> bool:
    """The word is an adjective of `_OTHER_TIME` in any of its readings."""
    return any(p.normal_form in _OTHER_TIME for p in morph().parse(word.lower()))


def _won_ballot(elected: Hit, vote: Hit) -> bool:
    """One elected or re-elected to a post ("переизбрание X на пост президента Таджикистана")
    and the ballot for that post in the same state ("президентские выборы в Таджикистане"),
    in one document: the election he won, one event, unless a day or status of its own, or
    another winner, tells another one."""
    if _family(elected) != "Election:elected" or _family(vote) != "Election":
        return False
    day = not elected.date or not vote.date or dates_agree(elected.date, vote.date)
    status = len({elected.status, vote.status} - {""}) <= 1
    if not vote.ballot:
        # a body's post ("избранная новым директором ВТО" and "на выборах главы ВТО", where
        # she ran): no state, no ballot stem, and who ran, if any, is the one elected
        # (forty-second pass, h-events104)
        body = not elected.states and not vote.states and bool(elected.office)
        return body and set(vote.persons) <= set(elected.persons) and day and status
    office = elected.office.lower().split()
    post = bool(office) and office[0][: len(vote.ballot)] == vote.ballot
    states = bool(elected.states) and set(elected.states) == set(vote.states)
    winner = set(vote.persons) <= set(elected.persons)
    return post and states and winner and day and status


def _absentia_apart(absent: Hit, held: Hit) -> bool:
    """An arrest in absentia ("суд заочно арестовал X") and a detention told of someone or
    somewhere ("в Лиме задержан гражданин Чили") are two arrests: a court's order on one who
    is not there is no detention at a place, and takes none of its place nor its day. A bare
    noun that names neither ("Арест был …") may tell either."""
    return (
        absent.absentia and not held.absentia and bool(held.persons or held.count or held.location)
    )


def _taken_as_told(ahead: Hit, done: Hit, doc_date: str) -> str:
    """ "occurred" where `ahead` tells as coming ("Перес станет министром иностранных дел")
    the appointment `done` tells as made ("назначен главой МИД"): one person to one post
    named in both (`offices_agree`, in `same_fact`), made this year: one appointment, which
    took place; else "". One made in a year before ("в 2015 году был назначен") is another."""
    kinds = ahead.kind == done.kind == "Appointment"
    told = ahead.status == "planned" and done.status == "occurred" and not done.earlier
    whose = set(ahead.holders or ahead.persons)  # not who appoints ("Президент X назначил")
    person = bool(whose) and whose == set(done.holders or done.persons)
    offices = bool(ahead.office and done.office) and _rank(ahead.office) == _rank(done.office)
    this_year = done.date[:4] in {"", doc_date[:4]}
    return "occurred" if kinds and told and person and offices and this_year else ""


# words that make a post another than the one they qualify ("заместителя министра", "исполняющего
# обязанности премьера"), which `offices_agree` reads as that post told more fully
_RANK_WORD = re.compile(r"замест\w*|исполня\w*|врио|вице-", re.IGNORECASE)


def _rank(office: str) -> frozenset[str]:
    """The rank words of an office, cut to five letters: a deputy's or an acting post, or none."""
    return frozenset(w[:5].lower() for w in _RANK_WORD.findall(office))


def _held_and_called_off(group: Hit, hit: Hit) -> bool:
    """A visit that took place and a trip called off, each to a place of its own ("прибыл в
    Ханой, … и отменил поездку в Дананг"): two journeys, not one cancelled."""
    visits = group.kind in VISITS and hit.kind in VISITS
    statuses = {group.status, hit.status} == {"occurred", "cancelled"}
    places = {normalize(group.location), normalize(hit.location)}
    return visits and statuses and "" not in places and len(places) == 2


def _peer_apart(a: Hit, b: Hit) -> bool:
    """Talks with a colleague the text does not name ("Фидан провёл переговоры с египетским
    коллегой") and a meeting of a person they lack ("Фидан также встретился с президентом
    Египта"): two events, since the colleague need not be that person; the meeting merged
    into the talks and made the president the colleague. Talks told again by their noun
    ("Переговоры Фидана и Абдель Аты продлились …") may name the colleague: still one."""
    return a.peer and b.kind == "Meeting" and not set(b.persons) <= set(a.persons)


def _offer_held(group: Hit, hit: Hit) -> str:
    """ "occurred" where the group is only offered ("пригласил X посетить Осло", "предложил
    провести переговоры") or a visit announced (`_announced`) and the later hit tells it held
    ("Через месяц X прибыл в Осло"): the offer and the report are one event, which took
    place; else "". An offer told after one held ("встретились. X предложил провести
    встречу") is another, ahead; so is one held before the offer ("пригласил 10 мая 2023
    года … В 2019 году посетил", "ранее посещал")."""
    told = group.offered or _announced(group, hit)
    held = told and hit.status == "occurred" and hit.trigger > group.trigger
    return "occurred" if held and not hit.earlier and not _dated_before(hit, group) else ""


def _announced(group: Hit, hit: Hit) -> bool:
    """A visit announced with its day ("Моди посетит Францию 18 июня") and then told held by
    the same person in the same state, dated too ("18 июня Моди прибыл в Париж"): the
    announcement and the arrival are one visit, which took place. `same_fact` still asks the
    days to agree, so a trip of another year ("посещал Францию в 2023 году") or to another
    state ("затем посетит Данию") stays apart."""
    visits = group.kind in VISITS and hit.kind in VISITS
    person = group.visitor.startswith("person/") and group.visitor == hit.visitor
    dated = bool(group.date and hit.date)
    return visits and person and bool(group.host) and group.host == hit.host and dated


def _dated_before(hit: Hit, group: Hit) -> bool:
    """Whether `hit`'s date lies before the day `group` was offered on, to the precision both
    give ("2019" before "2023-05-10"); undated, neither lies before."""
    n = min(len(hit.date), len(group.offered_on))
    return n > 0 and hit.date[:n] < group.offered_on[:n]


def _told_status(hit: Hit) -> str:
    """The status that tells this mention from others: only where it names who acts; a
    mention that does not ("благодарю за приглашение посетить Москву") may be said from
    either side of the event; nor where it frames an act ahead, whose tense it has ("прибыл
    … . В ходе визита проведёт переговоры": the talks lie ahead, not the visit). A frame
    of an act done has taken place ("в рамках визита посетил остров"). One agreed on lies
    ahead whoever it names ("лидеры договорились провести встречу")."""
    if hit.framing and hit.status == "planned":
        return ""
    return hit.status if hit.persons or hit.visitor or hit.agreed else ""


def _identity(
    e: Hit, states: list[str], status: str, doc_date: str, document: str = ""
) -> Identity:
    """What identifies an event: its kind family, persons, states (a visit: its visitor and
    host instead), the roles its kind keys on, date, place (forums, summits, ceremonies:
    their city) and status."""
    visit = e.kind in VISITS
    # talks in Doha and talks in Moscow are two: where both are held in capitals of states
    capital = "" if visit else e.capital
    # "конференция по Нигеру" and "конференция по Нигерии" are two
    named = e.name_key if e.kind in {"Summit", "Ceremony"} else e.topic
    if gathering(e.lemma) and not (e.persons or states):
        named = e.name_key or e.lemma  # festivals of one year are one only by their name
    if _referendum(e):
        named = e.lemma  # a referendum and elections on one day are two (h-events106)
    paper = e.paper or (e.document if e.kind in {"Ratification", "Publication"} else "")
    persons = [e.visitor] if visit and e.visitor.startswith("person/") else e.persons
    dated = e.dated_by_text or e.kind != "Publication"  # an article's date is the paper's
    return Identity(
        kind=_family(e),
        persons=frozenset(persons),
        parties=frozenset() if visit else frozenset(states),
        roles=(
            e.visitor,
            e.host,
            e.outlet,
            e.agent,
            paper,
            e.hint,
            named,
            *[e.count][: bool(e.count)],
        ),
        office=normalize(e.office),
        date=e.date if dated else "",
        place=normalize(e.location) if e.kind in NAMED or _local(e) else capital,
        status=status,
        document=document,
        doc_date=doc_date,
        part=e.part or ("whole" if visit and e.country else ""),  # "визит в ЮАР" is no part
        era=_era(e),
        again=e.again,
        ballot=e.ballot,
        turn=e.turn,
    )


def _local(e: Hit) -> bool:
    """An attack at a place within a state ("вблизи села Хушаб"): told apart from one at
    another such place; a country alone ("в Афганистане") tells none apart."""
    return e.kind in ATTACKS and bool(e.location) and not e.country


def _era(e: Hit) -> str:
    """ "earlier" for a mention told as done before; "news" for one the lead reports,
    undated and not as planned; else "" (either)."""
    if e.earlier:
        return "earlier"
    return "news" if e.lead and e.status in {"occurred", ""} and not e.date else ""


class _Group(list[Hit]):
    """The hits of one event while `_merge` groups them, keeping their `_fold` until a hit
    joins: every hit is compared with every group, and folding a group anew for each
    comparison made a long document's merging cost grow with the square of its hits."""

    folded: tuple[int, Hit] | None = None


def _merge(hits: list[Hit], doc_date: str) -> list[list[Hit]]:
    """Groups the hits that tell one event: a hit joins the latest group it fits; a hit
    that names no one joins the latest fitting group before it, else the first after."""
    groups: list[list[Hit]] = []
    pending: list[Hit] = []
    for hit in hits:
        _agreed_by(groups, hit)
        told = _discussed_in(groups, hit, doc_date)
        if told is not None:
            hit.kind = _fold(told).kind
            told.append(hit)
            continue
        trip = _trip_told_again(groups, hit)
        if trip is not None:
            trip.append(hit)
            continue
        fitting = [g for g in groups if _fits(g, hit, doc_date)]
        again = [] if fitting else _arrest_told_again(groups, hit, doc_date)
        if again:  # the state guessed for it is not the one that arrested him
            hit.states = []
            again[-1].append(hit)
            continue
        # "обсудили … . Стороны договорились встретиться": what was agreed lies ahead
        fitting = [g for g in fitting if not hit.agreed or _tense_agrees(g, hit)]
        if fitting:
            fitting[-1].append(hit)
        elif hit.anaphoric() and hit.kind not in NAMED:
            pending.append(hit)
        else:
            groups.append(_Group([hit]))
    opened: list[list[Hit]] = []  # groups the pending hits open themselves
    for hit in pending:
        later = [
            g
            for g in groups
            if g[0].trigger > hit.trigger
            and _fits(g, hit, doc_date)
            and _tense_agrees(g, hit)
            and _told_as_one_ahead(g, hit)
            and not _identity(_fold(g), [], "", doc_date).historical()  # "Было подписано семь
        ]  # документов. … В 1964 году страны подписали договор": no one's present act
        held = any(k.startswith("person/") for k in hit.extra)  # "прошли с участием X"
        # "выборы генсека пройдут", "выборов 6 мая": told as held
        held = held or hit.kind == "Election" and bool(hit.status or hit.date or hit.hint)
        held = held or hit.words  # "«…», — говорится в заявлении группы": its words tell it
        held = held or _talks_of_trip(groups, hit, doc_date)
        # one such told again ("победа на выборах … победу на досрочных выборах"): one
        again = [g for g in opened if _fits(g, hit, doc_date) and _tense_agrees(g, hit)]
        if later:
            later[0].append(hit)
        elif held and again:
            again[-1].append(hit)
        elif held:
            opened.append(_Group([hit]))
            groups.append(opened[-1])
    return [list(g) for g in groups]  # plain lists: later steps change hits, stale folds


def _arrest_told_again(groups: list[list[Hit]], hit: Hit, doc_date: str) -> list[list[Hit]]:
    """An undated arrest told by its noun alone ("После ареста X", "его арест является …"),
    whose state is only the text's, guessed: the arrest of that person the text told
    before, whatever state made it ("в Греции был арестован X"). A dated one is its own
    (two arrests of one person on two days stay two). Pass forty-four (h-events114)."""
    if not (hit.home_guessed and hit.kind == "Arrest" and not hit.date and hit.persons):
        return []
    bare = replace(hit, states=[])
    return [
        g
        for g in groups
        if _fold(g).kind == "Arrest"
        and set(hit.persons) <= set(_fold(g).persons)
        and _fits(g, bare, doc_date)
    ]


def _told_as_one_ahead(group: list[Hit], hit: Hit) -> bool:
    """A repeat that names no one ("новые выборы должны быть проведены") is the one a later
    mention tells only where that mention has its tense too ("Выборы пройдут 5 мая"); one
    whose tense is untold ("победили на губернаторских выборах") is another."""
    return not hit.again or _fold(group).status == hit.status


def _trip_told_again(groups: list[list[Hit]], hit: Hit) -> list[Hit] | None:
    """The visit a framing visit names only by its visitor's state tells again ("Министр
    Бразилии Мауро Виейра в понедельник посетил Пекин. В ходе поездки бразильский министр
    провёл переговоры"): the last visit, told just before, of a person of that state. `_fits`
    keeps a person's visit and a state's apart, so the frame stood as a visit of its own, on
    the dateline's day, with no host or place, and took the talks it frames there too."""
    own = hit.persons or hit.host or hit.location
    if hit.kind not in VISITS or not hit.framing or own or not hit.visitor.startswith("state/"):
        return None
    visits = [g for g in groups if _fold(g).kind in VISITS]
    if not visits:
        return None
    trip, last = _fold(visits[-1]), visits[-1][-1]
    near = last.sent == hit.sent or 0 <= hit.sent[0] - last.sent[1] <= _ASIDE
    person = trip.visitor.startswith("person/") and hit.visitor in trip.states
    same = person and hit.visitor != trip.host and _tense_agrees(visits[-1], hit)
    return visits[-1] if near and same else None


def _talks_of_trip(groups: list[list[Hit]], hit: Hit, doc_date: str) -> bool:
    """Talks naming no one right after a visit, in its tense ("Президент Лаоса прибудет в
    Ханой. Переговоры пройдут в резиденции вьетнамского президента"), or ahead in the next
    days of a visit begun ("Премьер Вьетнама прибыл в Токио. Переговоры пройдут в
    четверг"): the visit's talks, whose sides `_within` gives where the visit frames them.
    Not talks with a place of their own elsewhere ("… пройдут во Вьентьяне"), a day of
    their own that is not the visit's, or a sentence between ("… Тем временем в Катманду
    забастовка. Переговоры профсоюзов … пройдут в пятницу")."""
    before = [g for g in groups if g[0].trigger < hit.trigger]
    trip = _fold(before[-1]) if before else None
    if trip is None or hit.kind != "Talks" or trip.kind not in VISITS:
        return False
    elsewhere = _elsewhere(hit, trip.location, trip.host)
    begun = trip.status == "occurred" and hit.status == "planned"
    # "пройдут в четверг": the next Thursday; undated, the news day: within the visit's days
    day = _weekday_ahead(hit, doc_date) if hit.date else doc_date
    ahead = begun and not hit.hint and _days_on(trip.date or doc_date, day)
    # a weekday is read from the visit's start later (`_Frame.day_of`)
    other_day = bool(hit.date or hit.hint) and hit.date != trip.date and not hit.weekday
    other_day = other_day and not ahead
    # "right after": the next sentence, one space on (`sent` holds characters): no sentence
    # and no paragraph break between
    next_sentence = hit.sent[0] - trip.sent[1] <= 1
    tense = ahead or _tense_agrees(before[-1], hit)
    return next_sentence and not elsewhere and not other_day and tense


def _elsewhere(hit: Hit, location: str, host: str) -> bool:
    """The hit names a city or state of its own other than `location` ("Переговоры пройдут
    во Вьентьяне" after a visit to Hanoi), or a city of another state than the visit's `host`
    ("прошли в Гуаякиле" after a visit to Lima); a building of the city ("в резиденции
    президента") is no other place, nor the capital or a city of the visit's `host`
    ("посетит Вьетнам … Переговоры пройдут в Ханое", "в Хошимине")."""
    own = bool(hit.location) and bool(hit.capital or hit.country)
    other_city = bool(host) and hit.city_state not in {"", host}
    return own and hit.location != location and not (host and hit.capital == host) or other_city


def _tense_agrees(group: list[Hit], hit: Hit) -> bool:
    """Not what is done and what lies ahead ("переговоры шли", "встретится")."""
    return {hit.status, _fold(group).status} != {"occurred", "planned"}


_ASIDE = 120  # characters between an event's sentence and a discussion told of it


def _discussed_in(groups: list[list[Hit]], hit: Hit, doc_date: str) -> list[Hit] | None:
    """The call, meeting or talks a discussion ("обсудили") is told of (`_talked_before`),
    with no other sides. A discussion is what such an event is about, not an event of its
    own."""
    if hit.lemma not in _DISCUSS:
        return None
    group = _talked_before(groups, hit)
    if group is None:
        return None
    return group if _fits(group, replace(hit, kind=_fold(group).kind), doc_date) else None


def _agreed_by(groups: list[list[Hit]], hit: Hit) -> None:
    """An event agreed on by the sides or by no one named ("провели телефонный разговор.
    Президенты / Стороны / Они договорились встретиться в Аруше") is to bring together those
    who talked in the call, meeting or talks told just before (`_talked_before`), of the same
    states; not one of others named ("министры иностранных дел двух стран договорились"), and
    only their states where the event's noun names who holds it ("консультации министров")."""
    unnamed = hit.sides or not (hit.persons or hit.states)
    group = _talked_before(groups, hit) if hit.agreed and unnamed and not hit.persons else None
    if group is None:
        return
    talked = _fold(group)
    if set(hit.states) <= set(talked.states):  # "договорились провести консультации министров":
        hit.persons = [] if hit.held_by else list(talked.persons)  # the ministers' alone
        hit.states = unique([*hit.states, *talked.states])


def _talked_before(groups: list[list[Hit]], hit: Hit) -> list[Hit] | None:
    """The call, meeting or talks told last before `hit`: in its sentence ("в ходе
    телефонного разговора обсудили") or in the one right before ("провёл телефонный
    разговор … . Стороны обсудили …"), or before a short one that tells no event ("… . Об
    этом сообщила пресс-служба. Стороны обсудили …"); None where another event is told
    nearer."""
    told = [h.sent for g in groups for h in g]
    for group in reversed(groups):
        last = group[-1]
        if last.sent == hit.sent and last.trigger > hit.trigger:
            continue  # "обсудили … и договорились встретиться в ходе саммита": told after it
        gap = hit.sent[0] - last.sent[1]
        near = last.sent == hit.sent or 0 <= gap <= _ASIDE and not _told_between(told, last, hit)
        if near and _FAMILY.get(_fold(group).kind, _fold(group).kind) in _DISCUSSED:
            return group
        if near:
            return None
    return None


def _told_between(told: list[tuple[int, int]], last: Hit, hit: Hit) -> bool:
    """Whether a sentence of `told` begins after `last`'s and before `hit`'s."""
    return any(last.sent[1] <= s[0] < hit.sent[0] for s in told)


def _fold(group: list[Hit]) -> Hit:
    """One hit that sums up a group (`_fold_hits`), kept by a `_Group` while no hit joins."""
    if not isinstance(group, _Group):
        return _fold_hits(group)
    if group.folded is None or group.folded[0] != len(group):
        group.folded = (len(group), _fold_hits(group))
    return group.folded[1]


def _later_entry(group: list[Hit], hit: Hit) -> bool:
    """A coming entry into the post of an appointment the group tells as made ("назначен
    главой НРУ. … вступит в должность в июне"): its date is the entry's, not the
    appointment's (`_taken_as_told` made them one)."""
    made = any(h.kind == "Appointment" and h.status == "occurred" for h in group)
    return made and hit.kind == "Appointment" and hit.status == "planned"


def _fold_hits(group: list[Hit]) -> Hit:
    """One hit that sums up a group: the first value found, the finest date, the
    strongest status (cancelled over occurred over planned over no signal)."""
    first = group[0]
    out = Hit(first.kind, first.trigger, first.lemma, first.sent, first.lead)
    ranked = [h.kind for h in group if h.kind in VISITS - {"Visit"}]
    # "провели встречу. В ходе переговоров …": talks told of a meeting the noun "встреча"
    # brought in are that meeting; "встретились … провели переговоры" are talks
    met = first.kind == "Meeting" and first.lemma == "встреча"
    talks = [h.kind for h in group if h.kind == "Talks" and not met]
    out.kind = (ranked or talks or [first.kind])[0]
    for name in (
        "visitor",
        "host",
        "hint",
        "document",
        "outlet",
        "title",
        "agent",
        "part",
        "count",
        "office",
        "ballot",
        "turn",
        "post",
        "topic",
    ):
        setattr(out, name, next((getattr(h, name) for h in group if getattr(h, name)), ""))
    placed = sorted((h for h in group if h.location), key=lambda h: h.country)  # a city first
    out.location, out.country = (placed[0].location, placed[0].country) if placed else ("", False)
    out.capital = placed[0].capital if placed else ""
    out.doc_token = next((h.doc_token for h in group if h.doc_token >= 0), -1)
    out.reported = next((h.reported for h in group if h.reported), "")
    out.paper = next((h.paper for h in group if h.paper), "")
    out.persons = unique([p for h in group for p in h.persons])
    out.states = unique([s for h in group for s in h.states])
    out.others = unique([o for h in group for o in h.others])
    out.acting = unique([o for h in group for o in h.acting])
    out.extra = unique([o for h in group for o in h.extra])
    dated = sorted(
        (h for h in group if h.date and not _later_entry(group, h)), key=lambda h: -len(h.date)
    )
    if dated:
        out.date, out.dated_by_text = dated[0].date, dated[0].dated_by_text
        out.yearless, out.weekday = dated[0].yearless, dated[0].weekday
    told = [h.status for h in group if not h.came_after]
    statuses = told if any(told) else [h.status for h in group]
    out.status = max(statuses, key=_STATUS_RANK.__getitem__)
    out.now = any(h.now for h in group)
    out.earlier = any(h.earlier for h in group)
    out.eve = any(h.eve for h in group)
    out.again = any(h.again for h in group)
    out.absentia = any(h.absentia for h in group)
    out.by_report = any(h.by_report for h in group)
    out.headcount = next((h.headcount for h in group if h.headcount), "")
    out.ended = any(h.ended for h in group)
    out.length = next((h.length for h in group if h.length), "")
    out.at_it = any(h.at_it for h in group)
    out.setting = all(h.setting for h in group)
    out.agreed = any(h.agreed for h in group)
    out.offered = all(h.offered for h in group)
    out.offered_on = next((h.offered_on for h in group if h.offered_on), "")
    out.own_side = any(h.own_side for h in group)
    out.peer = any(h.peer for h in group)
    out.words = any(h.words for h in group)
    out.leaders = all(h.leaders for h in group)
    out.leaders_office = next((h.leaders_office for h in group if h.leaders_office), "")
    out.partners = sorted({p for h in group for p in h.partners})
    out.lead = any(h.lead and h.status in {"occurred", ""} for h in group)
    named = max(group, key=lambda h: len(h.name_key))
    out.name, out.name_key = named.name, named.name_key
    out.name_org = next((h.name_org for h in group if h.name_org), "")
    out.named_parties, out.pair_word = named.named_parties, named.pair_word
    if not out.name:
        out.name = next((h.name for h in group if h.name), "")
    if out.kind == "Election" and not out.states and any(not h.name for h in group):
        out.name = out.name_key = ""  # a body's head elected: "Избрание X на пост …" (h-events104)
    return out


# -- events ----------------------------------------------------------------------


def _read_events(
    ctx: Context,
    groups: list[list[Hit]],
    main: tuple[str, ...],
    papers: dict[int, Agreement],
    doc_date: str,
    unstated: frozenset[str] = frozenset(),
) -> list[tuple[list[Hit], tuple[Event, Identity] | None]]:
    """Each group with the event it tells: visits first, then the rest in the text's order,
    so that what a visit or talks frame is read with them (`_Frame`)."""
    order = {(s.start_char, s.end_char): n for n, s in enumerate(ctx.sents)}
    read: dict[int, tuple[Event, Identity] | None] = {}
    frames: list[_Frame] = []
    unstated_papers = {a.key: a for a in papers.values() if a.key in unstated}
    for n in sorted(range(len(groups)), key=lambda n: _frames_first(_fold(groups[n]))):
        group = groups[n]
        sents = {order.get(h.sent, -1) for h in group}
        framed = _frame_of(ctx, frames, _fold(group), sents, unstated_papers)
        told = read[n] = _event(ctx, group, main, papers, framed)
        event = told[0] if told is not None else None
        if event is not None and (
            _FAMILY.get(event.kind) in {"visit", "talks"} or event.kind in HOSTS
        ):
            folded = _fold(group)
            frame = _Frame(event, sents, doc_date, folded.earlier, folded.ended, folded.length)
            days = event.kind in VISITS and folded.length == "days"
            frame.told = _told_in(group, order) if days else frame.sents
            frame.before = {order.get(h.sent, -1) for h in group if h.before}
            frames.append(frame)
    return [(group, read[n]) for n, group in enumerate(groups)]


def _told_in(group: list[Hit], order: dict[tuple[int, int], int]) -> set[int]:
    """The sentences that tell a visit of days itself, not those that only point back to it as
    the frame of their own event ("В ходе визита он провёл переговоры", "этот визит"): talks
    told in those are not told in one sentence with it, so they take none of its days by that.
    A visit that does not say how long still gives them its day ("прибудет в Перу 10 февраля.
    В ходе визита он проведёт переговоры")."""
    return {order.get(h.sent, -1) for h in group if not (h.framing or h.anaphoric())}


def _frames_first(e: Hit) -> tuple[bool, bool]:
    """Visits, then summits and forums, are read before what they frame."""
    return e.kind not in VISITS, e.kind not in HOSTS


_VISIT_REACH = 2  # sentences after a visit's own that may still tell what happens during it
_VISIT_DAYS = 3  # days after a begun visit's date on which talks told as ahead still fall in it


@dataclass
class _Frame:
    """A visit, talks, a summit or forum, and the sentences (ordinals) that tell them or
    what they frame; `earlier` where it was held before the news (a gathering "прошедший"
    on no day the text gives), which then frames what is told on its sidelines as held
    before the news too."""

    event: Event
    sents: set[int]
    doc_date: str
    earlier: bool = False
    ended: bool = False  # a visit told by its end: its day is its last, not its talks'
    length: str = ""  # a visit's: "day" gives its day to the talks it frames, "days" not
    # the sentences whose events it dates as told with it: a visit of days', not "в ходе визита"
    told: set[int] = field(default_factory=set)
    # the sentences that tell it as after their own act ("Перед визитом провёл переговоры"):
    # what they tell done is done before it, not during it
    before: set[int] = field(default_factory=set)

    def covers(self, e: Hit, sents: set[int]) -> bool:
        """Whether `e` (told in `sents`) happens during this event: told in one of its
        sentences, or, for a visit, in one of the two sentences after one (the arrival, then
        who met the guest at the airport, then "В ходе переговоров …")."""
        ahead = self.under_way(e)  # its own later day
        if sents & self.before and e.status != "planned":
            return False  # "накануне визита … рассказал о предстоящих переговорах" stay in it
        if e.kind not in _WITHIN or e.earlier and not self.earlier:
            return False
        # "прибыл 18 августа. На следующий день провёл переговоры": a visit's later day
        later_day = self.event.kind in VISITS and _days_on(self.event.date, self.day_of(e))
        if not (ahead or later_day or dates_agree(e.date, self.event.date)):
            return False
        if (e.status or "occurred") != self.event.status and not ahead:
            return False
        if self.event.kind in HOSTS:  # "на полях саммита встретились", "Саммит … . На нём …"
            told_at = e.at_it and any(n - 1 in self.sents for n in sents)
            return e.kind != "Signing" and (bool(sents & self.sents) or told_at)
        if self.event.kind not in VISITS:  # "по итогам переговоров подписали": a signing
            return e.kind == "Signing" and bool(sents & self.sents)
        return any(n - gap in self.sents for n in sents for gap in range(_VISIT_REACH + 1))

    def under_way(self, e: Hit) -> bool:
        """A visit told as begun ("прибыл в Москву с визитом") frames the talks or meeting it
        says lie ahead, undated ("Он проведёт переговоры с Лавровым") or in the visit's next
        days ("Переговоры с Лавровым пройдут завтра"), not a later trip's."""
        visit = self.event.kind in VISITS and self.event.status == "occurred"
        # "состоится в субботу": its date after the dateline's makes it planned
        later = bool(self.doc_date) and not e.status and e.date > self.doc_date
        ahead = visit and e.kind != "Signing" and (e.status == "planned" or later)
        return ahead and (not e.date or _days_on(self.event.date, _weekday_ahead(e, self.doc_date)))

    def day_of(self, e: Hit) -> str:
        """The day of `e`, a weekday told ahead during a visit to come being read from the
        visit's start ("прибудет в Ханой 12 мая. Переговоры пройдут во вторник": the Tuesday
        on or after 12 May), not from the dateline's day: the first such day on or after
        both."""
        start = self.event.date
        if not (e.weekday and e.status == "planned" and self.event.kind in VISITS):
            return e.date
        if len(start) != 10 or len(e.date) != 10:
            return e.date
        start = max(start, self.doc_date) if len(self.doc_date) == 10 else start
        gap = (date.fromisoformat(e.date) - date.fromisoformat(start)).days % 7
        return days_after(start, gap)


def _weekday_ahead(e: Hit, doc_date: str) -> str:
    """The date of `e`, a weekday told ahead ("пройдут в пятницу") being the next such day:
    the weekday the hit reads is the last one on or before the dateline's day."""
    if e.weekday and e.status == "planned" and len(doc_date) == 10 and e.date < doc_date:
        return days_after(e.date, 7)
    return e.date


def _days_on(start: str, day: str) -> bool:
    """`day` is `start` or one of the few days after it: both full dates."""
    if len(start) != 10 or len(day) != 10:
        return False
    gap = (date.fromisoformat(day) - date.fromisoformat(start)).days
    return 0 <= gap <= _VISIT_DAYS


def _frame_of(
    ctx: Context,
    frames: list[_Frame],
    e: Hit,
    sents: set[int],
    papers: dict[str, Agreement] | None = None,
) -> tuple[_Frame, bool] | None:
    """The event `e` happens during, and whether its date is `e`'s too: talks "по итогам"
    or "в ходе" of which a signing is told; else a visit told in its sentence or in the
    sentence before it ("прибыл в Джакарту. В ходе переговоров с президентом Индонезии …",
    "посетил Аддис-Абебу, где встретился с …"), the sentences of what it frames counting
    as its own. A visit lasts days: its date is `e`'s only when told in one sentence with
    it, when it is the news of the document's day or when it is of one day ("с однодневным
    визитом"), or done before the dateline on a day the text gives unless told as of days;
    a summit or forum frames the talks or
    meeting told in its sentence or "на нём" in the next, with its date; None where nothing
    frames `e`."""
    near = [
        f
        for f in frames
        if f.covers(e, sents)
        and not _left(f, frames, sents)
        and not _apart(ctx, e, f.event)
        and not _signed_apart(ctx, e, f, sents, papers or {})
    ]
    if not near:
        return None
    frame = min(near, key=lambda f: (f.event.kind in VISITS, -min(f.sents)))
    dated = bool(sents & frame.told) or frame.event.date == frame.doc_date
    # "прибыл 1 марта с трёхдневным визитом. Переговоры прошли": on one of its days
    dated = dated or _past_trip(frame.event, frame.doc_date) and frame.length != "days"
    dated = dated or frame.event.kind in HOSTS  # "Саммит прошёл 28 июня. На нём …"
    dated = dated or frame.length == "day"  # "прибудет 12 мая с однодневным визитом. …"
    dated = dated and not frame.under_way(e)  # not the arrival's day for talks ahead
    dated = dated and not e.eve  # "накануне выборов": a day of its own, not the visit's
    dated = dated and not frame.ended  # "завершил визит": its last day, not its talks'
    frame.sents |= sents
    return frame, dated


def _past_trip(visit: Event, doc_date: str) -> bool:
    """A visit done, on a day the text gives before the dateline's ("в пятницу посетили
    Белград. Там они провели переговоры"): the day of the talks told after it too, which the
    dateline's would misdate."""
    told = visit.date not in {"", doc_date} and (not doc_date or visit.date < doc_date)
    return visit.kind in VISITS and visit.status == "occurred" and told


def _apart(ctx: Context, e: Hit, visit: Event) -> bool:
    """`e` is told beside a visit, not during it: its sides are states, or persons of states,
    none of which is the visitor's or the host ("Президент Ганы прибыл в Абуджу. Министр
    торговли Кении провёл переговоры с министром торговли Великобритании"), so it takes
    neither the visit's place nor its day."""
    if visit.kind not in VISITS or visit.visitor in e.persons:
        return False
    sides = {_state_of(ctx, p) for p in e.persons} | set(e.states)
    own = {p for p in visit.participants if p.startswith("state/")} | {visit.host}
    own.add(visit.visitor if visit.visitor.startswith("state/") else _state_of(ctx, visit.visitor))
    sides.discard("")
    return bool(sides) and sides.isdisjoint(own)


def _signed_apart(
    ctx: Context, e: Hit, frame: _Frame, sents: set[int], unstated: dict[str, Agreement]
) -> bool:
    """A signing told after a visit, in a sentence of its own that does not tie it to the
    visit ("в ходе визита" joins the visit's sentences, "там же"), of a paper with a side kg
    names no state for (`AgreementReading.unstated`) and whose sides leave the host out, is
    not told as made during the visit: "Эрдоган прибыл в Каир. … Эрдоган подписал
    соглашение с курдами" gives the signing no place of Cairo. A paper of the visitor alone
    ("Эрдоган подписал соглашение о торговле"), of the host's side or of sides the text
    leaves to the visit ("Стороны подписали") stays in it."""
    visit = frame.event
    if e.kind != "Signing" or visit.kind not in VISITS or not visit.host or sents & frame.sents:
        return False
    paper = unstated.get(e.paper)
    if paper is None or e.outcome or _there(ctx.doc[e.trigger]):
        return False
    sides = {_state_of(ctx, p) for p in e.persons} | set(e.states) | set(paper.parties)
    return visit.host not in sides


def _there(verb: Token) -> bool:
    """A verb told "там" ("Там же он подписал …"): at the place the text told before."""
    verb = verb if verb.pos_ in ("VERB", "AUX") else verb.head
    return any(c.lower_ in _THERE for c in verb.children)


_THERE = frozenset({"там", "здесь", "тут"})


def _left(frame: _Frame, frames: list[_Frame], sents: set[int]) -> bool:
    """Another visit is told between `frame`, a visit, and the sentences `sents` ("пригласил
    Путина посетить Индию. Джайшанкар прибыл в Москву. Он проведёт переговоры"): the text
    has moved on to that trip, and what follows no longer happens during this one."""
    return frame.event.kind in VISITS and any(
        g is not frame and g.event.kind in VISITS and max(frame.sents) < min(g.sents) <= min(sents)
        for g in frames
    )


def _within(ctx: Context, e: Hit, frame: Event, dated: bool) -> None:
    """What a visit, talks or a summit give the talks, meeting or signing told during them: a place
    (and the date, where `dated`) where it gives none, and, to talks or a meeting during a
    visit "с" persons of the host state alone ("В ходе переговоров с президентом
    Индонезии …") or, naming none, with the host state alone, the visitor and their state
    (a visitor by title alone, "Президент Перу прибыл в Кито", their state).
    Nothing to what names another city or state of its own ("Переговоры … пройдут во
    Вьентьяне" after a visit to Hanoi)."""
    if _elsewhere(e, frame.location, frame.host):
        return
    e.date = e.date or (frame.date if dated else "")
    e.location = e.location or frame.location
    if e.leaders and not e.persons:  # "главы государств подписали": the two who met
        e.persons = _two_sides(ctx, frame, e.leaders_office)
    if e.kind == "Signing" and not (e.persons or e.states):
        # "По итогам переговоров было подписано 15 документов": the states that met signed
        e.states = [p for p in frame.participants if p.startswith("state/")]
    if _FAMILY.get(e.kind) != "talks" or not frame.visitor.startswith(("person/", "state/")):
        return
    if frame.visitor.startswith("state/"):  # "Президент Лаоса прибудет в Ханой": by title only
        # a person of no state the gazetteer knows is none other's ("Он провёл переговоры с
        # Диной Болуарте" in Lima)
        hosts = {s for p in e.persons if (s := _state_of(ctx, p))} | set(e.states)
        # "Переговоры пройдут в резиденции …", "провёл переговоры с президентом Эквадора"
        if frame.host and not e.others and hosts <= {frame.host}:
            e.states = unique([*e.states, frame.visitor, frame.host])
        return
    others = {p for p in frame.participants if p.startswith("state/")} - {frame.host}
    home = _state_of(ctx, frame.visitor) or (min(others) if len(others) == 1 else "")
    if not home or frame.visitor in e.persons:
        return
    sides = {_state_of(ctx, p) for p in e.persons}
    # "с президентом Перу", named or not
    # or none ("Переговоры пройдут в президентском дворце"), or holders of the visitor's
    # office of the two ("Министры обороны двух стран провели переговоры"), not of another
    titled = not e.leaders_office or holds(ctx.entity(frame.visitor), e.leaders_office)
    if sides == {frame.host} if e.persons else set(e.states) <= {frame.host, home} and titled:
        e.persons = unique([frame.visitor, *e.persons])
        e.states = unique([*e.states, home, frame.host])


def _calls_in_title(ctx: Context, groups: list[list[Hit]], doc_date: str) -> list[list[Hit]]:
    """Talks or a meeting the title alone tells ("Президент Мексики провела переговоры с
    президентом США") where the text tells a telephone call of the same persons: the title
    names that call in other words, not a second event."""
    out: list[list[Hit]] = []
    for group in groups:
        told = _fold(group)
        calls = [
            g
            for g in groups
            if _fold(g).kind == "PhoneCall" and _fits(g, replace(told, kind="PhoneCall"), doc_date)
        ]
        # of two persons, or of two states and no one ("Бразилия и Венесуэла обсудили …")
        sides = set(told.persons) or set(told.states)
        talks = _FAMILY.get(told.kind) == "talks" and len(sides) >= 2
        if talks and calls and all(_headline(ctx, [h]) for h in group):
            calls[0] += [replace(h, kind="PhoneCall") for h in group]
        else:
            out.append(group)
    return out


def _changes_in_title(ctx: Context, groups: list[list[Hit]], doc_date: str) -> list[list[Hit]]:
    """A change of office the title alone tells ("Президент Чили уволил Переса с должности
    главы полиции Сантьяго") that the lead tells again of the same holder in other words of
    the post ("освободил … Хуана Переса от должности начальника Управления карабинеров …"):
    one change, whatever the wording of the post, where everything else agrees (kind,
    persons, day, status); a change of another holder, of another day, or one the text tells
    as done before stays apart. Pass forty-third (h-events107)."""
    out: list[list[Hit]] = []
    for group in groups:
        told = _fold(group)
        lead = [
            g
            for g in groups
            if g is not group
            and _fold(g).kind == told.kind
            and any(h.lead and not _headline(ctx, [h]) for h in g)
            and _news_told(_fold(g), doc_date)
            and _fits(g, replace(told, office=""), doc_date)
            and _fits([replace(h, office="") for h in g], told, doc_date)
        ]
        titled = told.kind in {"Appointment", "Resignation"} and told.persons
        if titled and lead and all(_headline(ctx, [h]) for h in group):
            lead[0][:0] = group
        else:
            out.append(group)
    return out


def _news_told(e: Hit, doc_date: str) -> bool:
    """Told as the news: not as done before, and of no date or of a day not in a year
    before the document's ("В 2019 году … освободил": background, not the title's news)."""
    day = not e.date or len(e.date) == 10 and e.date[:4] >= doc_date[:4]
    return not e.earlier and day


def _headline(ctx: Context, group: list[Hit]) -> bool:
    """The event is the document's title, which names no time ("Переговоры с Президентом
    Индонезии" above "Джакарта, 5 марта 2025 года"): the news of the document's day."""
    text = ctx.document.text
    title_end = text.find("\n")  # the title is the first line, where more follows
    return title_end >= 0 and any(
        h.sent[0] + len(text[h.sent[0] : h.sent[1]].rstrip()) <= title_end for h in group
    )


def _transcript_host(ctx: Context, group: list[Hit], e: Hit) -> None:
    """The host of a transcript's headline "Встреча с X" / "Переговоры с X", which names
    only the guest, takes part: the one other speaker of the turns below it."""
    if _FAMILY.get(e.kind) != "talks" or len(e.persons) != 1 or not _headline(ctx, group):
        return
    speakers = {r.speaker for r in regions(ctx) if r.rank == TURN}
    others = sorted(speakers - set(e.persons))
    if e.persons[0] in speakers and len(others) == 1:
        e.persons = [*others, *e.persons]
        e.states = unique(e.states + [s for s in [_state_of(ctx, others[0])] if s])


def _holders_near(ctx: Context, e: Hit, states: list[str]) -> None:
    """Whom holders of an office told in plural stand for, where talks name no one
    ("Министры иностранных дел Греции и Турции провели переговоры. Глава МИД Греции X
    назвал встречу …"): for each state, the one person of it who holds just that office
    (not any minister for "министры") named in the event's sentence or the one after, in its
    paragraph; none for a state with two such, or none. Not the sentence before: it tells
    what led up to the talks, often another meeting of other holders ("В 2021 году министр
    X встретился с …")."""
    if e.persons or not e.leaders_office or _FAMILY.get(e.kind) != "talks" or e.agreed:
        return  # agreed on: of those its noun names ("договорились провести консультации …")
    sents = ctx.sents
    at = next((i for i, s in enumerate(sents) if s.start_char <= e.sent[0] < s.end_char), None)
    if at is None:
        return
    near = [s for s in sents[at : at + 2] if _one_paragraph(ctx, s, sents[at])]
    found: dict[str, set[str]] = {}
    for m in ctx.mentions:
        inside = any(s.start_char <= m.start < s.end_char for s in near)
        person = ctx.entity(m.entity) if inside and m.type == "Person" else None
        if person is not None and person.office.lower() == e.leaders_office:
            found.setdefault(_state_of(ctx, m.entity), set()).add(m.entity)
    e.persons = sorted(
        min(keys) for state, keys in found.items() if state in states and len(keys) == 1
    )


def _one_paragraph(ctx: Context, a: Span, b: Span) -> bool:
    """Whether no line break parts two sentences (one and the same sentence too); the
    first's span may end after the break, so the text is read from its start."""
    lo, hi = sorted((a, b), key=lambda s: s.start_char)
    return "\n" not in ctx.document.text[lo.start_char : hi.start_char]


def _two_sides(ctx: Context, frame: Event, office: str) -> list[str]:
    """The persons of an event, where they are two, of two states, holding `office` where
    one is named: whom "главы государств", "лидеры двух стран" stand for in what it frames
    ("министры" not two presidents who met); else none, never one."""
    persons = [p for p in frame.participants if p.startswith("person/")]
    persons = [p for p in persons if not office or holds(ctx.entity(p), office)]
    states = {_state_of(ctx, p) for p in persons} - {""}
    return persons if len(persons) == 2 and len(states) == 2 else []


_APPROVE = frozenset({"одобрить", "утвердить", "поддержать", "одобрять", "утверждать"})


def _pending_status(ctx: Context, e: Hit) -> str:
    """The folded status, "occurred" where none is told; "planned" for an appointment the
    text makes hang on an approval to come ("Если кандидатуру X одобрит Сенат, …")."""
    status = e.status or "occurred"
    if e.kind == "Appointment" and status == "occurred" and _pending(ctx, e.holders or e.persons):
        return "planned"
    return status


def _pending(ctx: Context, persons: list[str]) -> bool:
    """The text makes one's appointment hang on an approval still to come: a clause of "если"
    whose verb approves that person's candidacy ("Если кандидатуру X одобрит Сенат, он сменит
    …"): a nomination, however the headline puts it ("Обама назначил X"), planned (pass
    forty-two, h-events104). A candidacy approved ("Сенат утвердил кандидатуру X") is no
    condition."""
    if not persons:
        return False
    for i in (k for k, lemma in enumerate(ctx.lemmas) if lemma == "кандидатура"):
        tok = ctx.doc[i]
        if tok.head.lemma_ not in _APPROVE:
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "если" for c in tok.head.children):
            continue
        words = tok.subtree
        span = [t for t in words if t.i > tok.i]
        if not span:
            continue
        start, end = span[0].idx, span[-1].idx + len(span[-1].text)
        if any(m.entity in persons for m in ctx.mentions_in(start, end)):
            return True
    return False


def _event(
    ctx: Context,
    group: list[Hit],
    main: tuple[str, ...],
    papers: dict[int, Agreement],
    framed: tuple[_Frame, bool] | None = None,
) -> tuple[Event, Identity] | None:
    e = _fold(group)
    if not e.persons and not e.states and e.kind in MULTI | NAMED:  # "прошли с участием X"
        e.persons = [k for k in e.extra if k.startswith("person/")]
        e.states = [k for k in e.extra if k.startswith("state/")]
    _transcript_host(ctx, group, e)
    if framed is not None:
        _within(ctx, e, framed[0].event, framed[1])
        e.date = framed[0].day_of(e)  # "Переговоры пройдут во вторник": the visit's Tuesday
    paper = papers.get(e.doc_token) if e.paper else None
    if paper is not None and not e.date and e.kind == "Signing" and paper.status == "signed":
        e.date = paper.date
    doc_date = ctx.document.date or e.reported
    told = e.lead and e.status == "occurred" or not e.status and _headline(ctx, group)
    told = told and not e.earlier  # "прошлый раунд переговоров прошёл …": not today's news
    told = told and not e.eve  # "Накануне визита X провёл …": the visit's eve, not the news day
    # "завершил визит. В ходе визита провёл переговоры": on a day of the visit, not the news day
    # "прибыл 1 марта с трёхдневным визитом. Переговоры прошли": on one of its days too
    told = told and not (framed is not None and (framed[0].ended or framed[0].length == "days"))
    told = told and not (e.kind == "Death" and e.by_report)  # by the report's day, not on it
    if not e.date and doc_date and (e.now or told):
        e.date = doc_date  # the dateline's day is the day the news reports
        if e.hint.startswith("season:"):  # "прошли осенью": that season's year, not the day
            e.date = season_year(e.hint.removeprefix("season:"), doc_date)
    if e.yearless and e.date and doc_date:
        e.date = year_by_tense(e.date, doc_date, _TENSES.get(e.status, ""))
    e.date = _weekday_ahead(e, doc_date)
    status = _pending_status(ctx, e)
    if status != "cancelled" and e.date and doc_date and e.dated_by_text:
        n = min(len(e.date), len(doc_date))
        if e.date[:n] > doc_date[:n]:
            status = "planned"
    _drop_past_titles(ctx, e, group, doc_date)
    states = sorted(e.states)
    # One side named ("переговоры с Путиным"): the other is the document's other state.
    one_side = not states or (len(states) == 1 and states[0] in main)
    two = e.kind in MULTI or e.kind == "Forum" and not gathering(e.lemma)
    # "На полях форума X провёл переговоры с Y": the forum is the talks' setting, not theirs
    two = two and not e.setting
    if two and one_side and len(main) == 2 and not e.own_side:
        states = sorted(set(states) | set(main))
    elif e.kind in NAMED and not states and (pair := named_pair(ctx, e.pair_word)):
        states = sorted(pair)  # "следующий саммит двух стран": the document's two
    _holders_near(ctx, e, states)
    if not _enough(e, states) or _private(ctx, e, states):
        return None
    if paper is not None and e.kind == "Signing" and not (e.own_side and states):
        # the treaty's parties and signatories; not those of a paper "с палестинцами", whose
        # other side is no state, beyond the one its own clause names
        states = sorted(set(states) | {p for p in paper.parties if p.startswith("state/")})
        e.persons = unique(e.persons + paper.signatories)
    identity = _identity(e, states, status, doc_date, ctx.document.id)
    if paper is not None and e.kind == "Signing":  # a treaty is signed once
        identity = replace(identity, persons=frozenset(), parties=frozenset(), named=True)
    participants = sorted(
        set(e.persons) | set(states) | set(e.others) | set(e.extra) | {e.visitor, e.host} - {""}
    )
    if e.kind == "Publication" and e.outlet:
        participants = sorted(set(participants) | {e.outlet})
    evidence = sorted({h.sent for h in group})
    return Event(
        key=identity.key("event", _precision(e.kind)),
        kind=e.kind,
        label=_label(ctx, e, states),
        status=status,  # type: ignore[arg-type]
        date=e.date,
        location=e.location,
        participants=participants,
        visitor=e.visitor,
        host=e.host,
        evidence=[ctx.evidence(a, b) for a, b in evidence],
    ), identity


def _precision(kind: str) -> int:
    """How much of its date keys an event across documents: a visit, forum or summit lasts
    days, so its month (two visits of one year are two); a signing its year, as its paper
    names it; any other its day."""
    return 7 if kind in _LONG else 4 if kind in _ON_PAPER else 10


def _drop_past_titles(ctx: Context, e: Hit, group: list[Hit], doc_date: str) -> None:
    """An event years before the document names someone only by a title ("Ранее президент
    Кении посещал Эфиопию в 2005 году"): the title was resolved at the document's date, to
    today's holder, who took part only if the gazetteer's terms have them in office then.
    Otherwise the title's state stands for them (the visitor) and no person is told."""
    year, now = e.date[:4], doc_date[:4]
    if not (e.dated_by_text and year.isdigit() and now.isdigit()) or int(year) >= int(now) - 1:
        return
    named: set[str] = set()
    titled: set[str] = set()
    for start, end in {h.sent for h in group}:
        for m in ctx.mentions_in(start, end, "Person"):
            (titled if m.via == "title" else named).add(m.entity)
    named |= {k for h in group for k in h.by_pronoun}  # "Он победил на выборах президента X"
    gone = set()
    for key in titled - named:
        entry = ctx.gazetteer.person(key)
        if entry is None or term_at(entry, e.date) is None:
            gone.add(key)
    if not gone:
        return
    e.persons = [p for p in e.persons if p not in gone]
    e.others = [o for o in e.others if o not in gone]
    e.extra = [o for o in e.extra if o not in gone]
    for role in ("visitor", "host"):
        if (key := getattr(e, role)) in gone:
            entity = ctx.entity(key)
            setattr(e, role, entity.state if entity is not None else "")


def _enough(e: Hit, states: list[str]) -> bool:
    """Whether an event names enough of its own to be told: a visit its visitor or host,
    talks someone or a capital they are held in, an act someone it is done by or to, a
    seizure the state that seized (else it is a crime), a statement its author or its words
    ("говорится в заявлении"), an accession its union (named
    somewhere in the document), a gathering only the setting of talks its name or sides,
    a letter a state that sends or receives it, an attack a place or a side, and told as
    done."""
    if e.kind in VISITS:
        return bool(e.visitor or e.host)
    if e.setting:  # "на полях форума провёл переговоры": a forum the text names, or its sides
        return bool(e.name_key or states or e.others)
    if e.kind in MULTI - {"Signing"}:
        return bool(e.persons or e.states or e.capital)
    if e.kind in BODIES:
        return bool(e.others or states)
    if e.kind in {"Publication", "Election"}:  # or an election told as held (`_merge`)
        return bool(e.persons or states or e.document or e.words or e.kind == "Election")
    if e.kind == "Seizure" or e.lemma == "письмо":  # "школьники написали письмо": no side
        return bool(states)
    if e.kind == "Accession":
        return bool(e.others)
    if e.kind in ATTACKS:  # told as done, somewhere or by or on someone
        return e.status == "occurred" and bool(e.location or states or e.persons)
    return e.kind not in ACTS or bool(e.persons or states or e.others)


def _private(ctx: Context, e: Hit, states: list[str]) -> bool:
    """Talks, a meeting or a call where no one acts for a state or an organization nor
    holds a post ("я встречался с Аркадием", a singer's lawyers at a court's session, an
    actress's first meeting with a director), or a trip of one who practises a trade and
    has no state ("певица прибыла в Аргентину на гастроли"): a private appointment or trip,
    which the conventions leave out. The document's two states that talks of one named side
    take make no one's talks theirs where those named practise a trade ("адвокат передал
    записку при встрече"); talks ("переговоры") of named persons are a public act unless
    one of them practises a trade (an undated text gives a head of government no office)."""
    if e.kind in VISITS:
        return practises_trade(ctx, e.visitor) and not _acting(ctx, e.visitor)
    if e.kind not in MULTI - {"Signing"} or e.states or e.capital or e.others:
        return False
    if (states or e.kind == "Talks") and not any(practises_trade(ctx, k) for k in e.persons):
        return False
    return not any(_acting(ctx, k) for k in e.persons)


def _acting(ctx: Context, key: str) -> bool:
    """Whether the person acts for a state or a body: has a state, or an office that is
    no trade."""
    entity = ctx.entity(key)
    return entity is not None and bool(
        entity.state or entity.office and not practises_trade(ctx, key)
    )


def _name(ctx: Context, key: str, case: str) -> str:
    entity = ctx.entity(key)
    state = ctx.gazetteer.state(key) if key.startswith("state/") else None
    if entity is None and state is not None:  # a host named by its capital ("в Тегеран")
        return name_in(state.name, case)
    if entity is None:
        return ""
    if entity.type == "Person":
        # the document's forms of the surname ("с Метте Фредериксен" a woman's, "с Абием
        # Ахмедом" a man's) over the first name's dictionary gender ("Метте", "Абий")
        return person_in(entity.name, case, told_gender(ctx.doc, ctx.mentions, key, entity.name))
    return name_in(entity.name, case)


def _names(ctx: Context, keys: list[str], case: str) -> list[str]:
    return sorted(n for n in (_name(ctx, k, case) for k in keys) if n)


def _sides(ctx: Context, e: Hit, states: list[str]) -> list[str]:
    """The sides a label names, in the genitive: the persons where they stand for every
    state, else the states; a meeting of one state with a person of none ("Президент
    Бельгии встретился с Марком ван Ранстом") names the person too, "Встреча Бельгии и
    Марка ван Ранста", and so does one with a person acting for an organization or a union
    ("Генсек ООН X встретился с президентами Перу и Чили": "Встреча Перу, Чили и X")."""
    covered = {ent.state for p in e.persons if (ent := ctx.entity(p))} >= set(states)
    sides = _names(ctx, e.persons if covered and e.persons else states, "gent")
    if e.kind in _HEAD_LABEL and not covered:
        # and one acting for an organization or a union ("Встреча Перу и Урсулы фон дер
        # Ляйен": the head of the European Commission met the unnamed president of Peru)
        others = [
            p
            for p in e.persons
            if (ent := ctx.entity(p))
            and (ent.state.startswith("org/") or not ent.state and len(states) == 1)
        ]
        sides += _names(ctx, others, "gent")
    return sides


def _label(ctx: Context, e: Hit, states: list[str]) -> str:
    """A short Russian nominative label built from entity names."""
    if e.kind in VISITS:
        label = _RANK_LABEL[e.kind]
        if e.visitor:
            label += " " + _name(ctx, e.visitor, "gent")
        if e.host:
            label += " " + in_(_name(ctx, e.host, "accs"))
        return label
    sides = _sides(ctx, e, states)
    if e.kind in _HEAD_LABEL:
        return _HEAD_LABEL[e.kind] + (" " + joined(sides) if sides else "")
    if e.kind == "Signing":
        if e.document:
            return "Подписание " + e.document
        between = _names(ctx, states, "ablt")
        return "Подписание документов" + (" между " + joined(between) if len(between) > 1 else "")
    if e.kind == "Publication" and e.document:  # a law or treaty made public
        return "Публикация " + e.document
    if e.kind == "Publication":
        paper = "Запись в соцсети" if e.lemma in role_words()["network"] else "Интервью"
        # a press conference names all who hold it (a joint one both sides, `_publication`
        # kept its one speaker else); a paper its first author
        held = sides if e.lemma == "пресс-конференция" else sides[:1]
        # a body that speaks for itself, not its state ("Пресс-релиз полиции Чили")
        held = [_name(ctx, e.agent, "gent")] if e.agent and not e.persons else held
        author = [joined(held)] if held else ([] if e.words else ["?"])  # "говорится в заявлении"
        label = " ".join([_PAPER_LABEL.get(e.lemma, paper), *author])
        if e.title:
            label += f" «{e.title}»"
        outlet = ctx.entity(e.outlet) if e.outlet else None
        if outlet is not None:
            label += (" в издании" if e.lemma == "статья" else " изданию") + f" «{outlet.name}»"
        return label
    if e.kind in ACTS:
        return _act_label(ctx, e, states)
    if e.kind == "Message":  # "Нота Чили", "Телеграмма Касым-Жомарта Токаева"
        sender = [_name(ctx, e.agent, "gent")] if e.agent else sides[:1]
        return " ".join([upper_first(e.lemma), joined(sender)]).strip()
    if e.kind in TRANSFERS | ATTACKS:
        told = _transfer_label if e.kind in TRANSFERS else _attack_label
        return told(ctx, e, states)
    if e.kind in CAREERS or (e.kind == "Election" and not e.name):  # "избран", not "выборы"
        return _career_label(ctx, e)
    return _named_label(ctx, e, states)


def _career_label(ctx: Context, e: Hit) -> str:
    """ "Назначение Марии Лопес на пост посла в Аргентине", "Отставка Фумио Кисиды"."""
    holder = _names(ctx, e.persons[:1], "gent")
    label = " ".join([_CAREER_LABEL[e.kind], *holder[:1]])
    if e.office:
        # "избранная новым директором": the post is the director's, "нового" tells the change
        office = e.office if e.kind == "Resignation" else _NEW_POST.sub("", e.office)
        label += (" с поста " if e.kind == "Resignation" else " на пост ") + office
    return label


_NEW_POST = re.compile(r"^(?:нового|новой)\s+(?=\S)")


def _transfer_label(ctx: Context, e: Hit, states: list[str]) -> str:
    """ "Вступление Черногории в НАТО", "Покупка Китаем у Украины"."""
    if e.kind == "Accession":
        unions = [name_in(o.name, "accs") for k in e.others if (o := ctx.entity(k))]
        return f"Вступление {joined(_names(ctx, states, 'gent'))} {in_(joined(unions))}"
    sellers = [s for s in states if s != e.agent]
    return f"Покупка {_name(ctx, e.agent, 'ablt')} у {joined(_names(ctx, sellers, 'gent'))}"


def _attack_label(ctx: Context, e: Hit, states: list[str]) -> str:
    """ "Нападение Сирии на Ливан", "Нападение в Хушабе"."""
    label = "Нападение"
    if e.agent:
        label += " " + _name(ctx, e.agent, "gent")
    targets = _names(ctx, [s for s in states if s != e.agent], "accs")
    if targets and e.agent:
        label += " на " + joined(targets)
    elif e.location:
        label += " " + in_(name_in(e.location, "loct"))
    return label


def _named_label(ctx: Context, e: Hit, states: list[str]) -> str:
    """Events labelled by their own noun phrase: forums, summits, ceremonies, elections,
    resolutions adopted."""
    if e.kind == "Approval":
        return "Принятие " + e.name
    if e.kind == "Vote":
        bodies = [name_in(o.name, "gent") for k in e.others if (o := ctx.entity(k))]
        return " ".join(["Голосование", *(bodies or _names(ctx, states, "gent"))[:1]])
    if e.kind == "Election":
        if e.persons and e.post:  # "Выборы генерального секретаря ОАГ", not its winner's
            return upper_first(e.name) + " " + e.post
        if e.persons:
            return upper_first(e.name) + " " + _names(ctx, e.persons[:1], "gent")[0]
        places = _names(ctx, states, "loct")
        return upper_first(e.name) + (" " + in_(joined(places)) if places else "")
    label = upper_first(e.name)
    if e.kind == "Forum" and states and not e.named_parties:
        label += " " + joined(_names(ctx, states, "gent"))
    return label


def _act_label(ctx: Context, e: Hit, states: list[str]) -> str:
    """ "Ратификация договора … Россией", "Высылка дипломатов России из Великобритании",
    "Задержание Ивана Петрова в Китае", "Освобождение Ивана Петрова"; an arrest in absentia
    "Заочный арест Ивана Петрова"."""
    agent = ctx.entity(e.agent) if e.agent else None
    if e.kind == "Ratification":
        label = "Ратификация " + (e.document or "договора")
        return label + (" " + name_in(agent.name, "ablt") if agent else "")
    whose = _names(ctx, [s for s in states if s != e.agent], "gent")
    # "Президент X помиловал Y": the label names whom the act is on, not who acts (h-events107)
    people = _names(ctx, [k for k in e.persons if k not in e.acting] or e.persons, "gent")
    if e.kind == "Seizure":  # "Захват Малайзией": who seized
        seizers = [e.agent] if e.agent else states
        return " ".join([_ACT_LABEL[e.kind], joined(_names(ctx, seizers, "ablt"))]).strip()
    if not people and (whose or e.kind == "Expulsion"):
        people = [" ".join([_ACT_PEOPLE[e.kind], *([joined(whose)] if whose else [])])]
    head = "Заочный арест" if e.kind == "Arrest" and e.absentia else _ACT_LABEL[e.kind]
    label = " ".join([head, joined(people)] if people else [head])
    if agent is not None and e.kind == "Expulsion":
        label += " из " + name_in(agent.name, "gent")
    elif agent is not None and e.kind == "Arrest":
        label += " " + in_(name_in(agent.name, "loct"))
    elif agent is not None and e.kind == "Summons":
        label += " в МИД " + name_in(agent.name, "gent")
    return label


def extract_events(ctx: Context, agreements: AgreementReading) -> list[Event]:
    """Every event the document tells, one per event however often it is told; a signing
    lists the agreements it signs (`Event.signs`), the one place that link is made."""
    hits = read_hits(ctx)
    main = main_pair(ctx)
    papers = agreements.by_token
    for hit in hits:
        paper = papers.get(hit.doc_token) if hit.kind in _ON_PAPER else None
        if paper is not None:
            hit.paper = paper.key
            concluded = paper.status in {"signed", "planned"}  # not "близки к подписанию"
            if hit.kind == "Signing" and concluded and not hit.states:  # "договор, заключённый в …"
                hit.states = [p for p in paper.parties if p.startswith("state/")]
    _shared_unions(hits)
    out: dict[str, Event] = {}
    identities: dict[str, Identity] = {}
    told: dict[str, Hit] = {}  # key → the folded mentions of the event that took it first
    signed: dict[str, str] = {}  # agreement key → key of the event that signed it
    doc_date = ctx.document.date or max((h.date for h in hits if h.dated_by_text), default="")
    groups = _calls_in_title(ctx, _merge(hits, doc_date), doc_date)
    groups = _changes_in_title(ctx, groups, doc_date)
    told_at: dict[str, tuple[set[int], bool]] = {}  # key → its triggers, dated by the text
    for group, read in _read_events(ctx, groups, main, papers, doc_date, agreements.unstated):
        if read is None:
            continue
        event, identity = read
        folded = _fold(group)
        if _content_free(ctx, group, event, folded):
            continue
        if event.key in identities and (
            not same_fact(identities[event.key], identity)  # "прибыл", then "посетит вновь"
            or partners_apart(told[event.key], folded)  # "с президентом …", "с премьером …"
        ):
            event.key = identity.key("event", apart=True)
        identities.setdefault(event.key, identity)
        told.setdefault(event.key, folded)
        at = told_at.setdefault(event.key, (set(), folded.dated_by_text))
        at[0].update(h.trigger for h in group)
        known = out.get(event.key)
        if known is None:
            out[event.key] = event
        else:
            spans = {(s.start, s.end): s for s in known.evidence + event.evidence}
            known.evidence = [spans[k] for k in sorted(spans)]
            known.participants = sorted(set(known.participants) | set(event.participants))
        if event.kind == "Signing" and event.status == "occurred":
            for paper in _papers_signed(ctx, group, agreements):
                signed[paper.key] = event.key
    for paper_key, event_key in signed.items():
        out[event_key].signs.append(paper_key)
    events = list(out.values())
    _day_of_when(ctx, events, told_at)
    _union_hosts(ctx, events)
    _hosts_meet_visitors(ctx, events)
    told_sides(ctx, events)
    return events


def _content_free(ctx: Context, group: list[Hit], event: Event, folded: Hit) -> bool:
    """A gathering told by its bare noun only as whose day or place is still to be set ("Дата
    церемонии будет установлена позднее", "Место саммита определят позднее"), with no one
    taking part and no place: the text tells no gathering of its own, and it is no event. A
    bare gathering told held, ahead or attended ("Церемония прошла в честь X", "В саммите
    не приняли участие лидеры …"), a named one ("церемония открытия моста") and a paper
    published ("Соответствующее распоряжение опубликовано на портале") stay. Pass
    forty-third (h-events107)."""
    return (
        folded.kind in NAMED
        and folded.anaphoric()
        and not (folded.leaders or folded.sides or folded.extra or folded.held_by)
        and not event.participants
        and not event.location
        and all(_attribute_of(ctx.doc[h.trigger]) for h in group)
    )


# what a gathering has that the text may speak of before it is held ("дата церемонии")
_ATTRIBUTES = frozenset({"дата", "время", "место", "срок", "день", "формат", "программа"})


def _attribute_of(tok: Token) -> bool:
    """The trigger is the genitive of a noun of its day, place or form ("дата церемонии")."""
    return tok.dep_ == "nmod" and tok.head.lemma_ in _ATTRIBUTES and tok.head.pos_ == "NOUN"


def _day_of_when(
    ctx: Context, events: list[Event], told_at: dict[str, tuple[set[int], bool]]
) -> None:
    """An event told "в (тот) день, когда …" is on the day of what the clause tells: the date
    the text gives that clause's event ("Саммит открылся 14 ноября. X прибыл в Лиму в тот
    день, когда открылся саммит": 14 November), else none, not the news day; and the clause's
    event, of no date of its own, is on the day the event gives ("прибыл в Каир 14 февраля,
    в день, когда в Египте прошли выборы": the elections' too), else none. A clause's event
    of a year or month only ("в день, когда в 2001 году был подписан договор") tells an
    anniversary: the event keeps its own day."""
    doc, lemmas, pos = ctx.doc, ctx.lemmas, ctx.pos
    nouns = (doc[i] for i, lemma in enumerate(lemmas) if lemma == "день" and pos[i] == "NOUN")
    for day in nouns:  # a `Token` for these nouns only
        clauses = [c for c in day.children if c.dep_ in {"acl", "acl:relcl"}]
        clauses = [c for c in clauses if any(w.lemma_ == "когда" for w in c.children)]
        if not clauses:
            continue
        inside = {t.i for c in clauses for t in c.subtree}
        verb = day
        while verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
        main, said = [], []
        for e in events:
            triggers, dated = told_at.get(e.key, (set(), False))
            if triggers & inside:  # told in the clause (and maybe before it: its date)
                said.append((e, dated))
            elif any(i == verb.i or doc[i].head.i == verb.i for i in triggers - inside):
                main.append((e, dated))
        for e, dated in main:
            if dated:
                for f, own in said:
                    f.date = f.date if own else e.date
                continue
            days = {f.date for f, own in said if own and f.date}
            if any(len(d) != 10 for d in days):
                continue  # "в день, когда в 2001 году был подписан договор": its anniversary
            e.date = days.pop() if len(days) == 1 else ""
            for f, own in said:
                f.date = f.date if own else e.date


def _papers_signed(ctx: Context, group: list[Hit], agreements: AgreementReading) -> list[Agreement]:
    """The signed agreements a signing's hits name, with those coordinated with them
    ("подписали соглашение о торговле и меморандум о рыболовстве": both, also where the
    parse hangs the second on a word of the first's title), and those its verb signed that
    a list names ("подписали 9 документов. Среди них — меморандум о …")."""
    papers = agreements.by_token
    listed = (p for hit in group for p in agreements.by_verb.get(hit.trigger, ()))
    out = [p for p in listed if p.status == "signed"]
    for hit in group:
        if hit.doc_token < 0:
            continue
        head = ctx.doc[hit.doc_token]
        for t in [head, *(x for x in head.subtree if x.dep_ == "conj")]:
            paper = papers.get(t.i)
            if paper is not None and paper.status == "signed" and paper not in out:
                out.append(paper)
    return out


def _shared_unions(hits: list[Hit]) -> None:
    """An accession that names no union ("расширение альянса после приёма Албании") joins
    the one union the document's other accessions name, if they name only one."""
    unions = {k for h in hits if h.kind == "Accession" for k in h.others}
    if len(unions) == 1:
        for h in hits:
            if h.kind == "Accession" and not h.others:
                h.others = sorted(unions)


def _union_hosts(ctx: Context, events: list[Event]) -> None:
    """A visit to a city whose visitor meets there only officials of one union ("прибыл в
    Брюссель, где встретился с председателем Европейского совета") goes to the union, not
    to the state of the city: the union hosts it. One who meets the state's own officials
    too, or visits the state by its name, visits the state."""
    for visit in events:
        host = ctx.gazetteer.state(visit.host) if visit.host.startswith("state/") else None
        names = (host.name, host.full_name, *host.aliases) if host is not None else ()
        named = normalize(visit.location) in {normalize(n) for n in names}
        if visit.kind not in VISITS or host is None or named or not visit.location:
            continue
        met = [t for t in _talks_on_visit(events, visit) if t.location == visit.location]
        partners = {p for t in met for p in t.participants if _state_of(ctx, p)} - {visit.visitor}
        partners = {p for p in partners if _state_of(ctx, p) != _state_of(ctx, visit.visitor)}
        unions = {_state_of(ctx, p) for p in partners}
        if len(unions) != 1 or not all(unions <= set(t.participants) for t in met):
            continue
        (union,) = unions
        if union.startswith("org/"):
            visit.participants = sorted(set(visit.participants) - {visit.host} | {union})
            visit.host = union


def _talks_on_visit(events: list[Event], visit: Event) -> list[Event]:
    """Talks or meetings of a visit's visitor at its status and on its day."""
    return [
        t
        for t in events
        if _FAMILY.get(t.kind) == "talks"
        and t.status == visit.status
        and visit.visitor in t.participants
        and dates_agree(t.date, visit.date)
    ]


def _hosts_meet_visitors(ctx: Context, events: list[Event]) -> None:
    """A person of the host state who holds talks or meets with the visitor ("переговоры
    с Путиным", "Путин встретился с Токаевым") takes part in the visit; talks of another
    date are another trip's."""
    for visit in events:
        if visit.kind not in VISITS or not visit.visitor.startswith("person/"):
            continue
        for talks in _talks_on_visit(events, visit):
            hosts = [p for p in talks.participants if _state_of(ctx, p) == visit.host]
            visit.participants = sorted(set(visit.participants) | set(hosts))


def _state_of(ctx: Context, key: str) -> str:
    entity = ctx.entity(key) if key.startswith("person/") else None
    return entity.state if entity is not None else ""
