"""Whether two hits of one document tell one event, and the hit a group of them folds to.

A hit joins a group when the identity both give (`kg.extract.identity`: kind family,
persons, states, roles, date, place, status) is one fact, read with what a single document
adds: a ballot and the one it elected, a visit announced and then told held, an offer and
the event that took place, a gathering told again by its noun alone; and what keeps two
apart (a trip held and one called off, a colleague left unnamed and a named person, an arrest
in absentia and a detention). A group folds to one hit that keeps the best-told of each
field.

Split out of extract.py (forty-fifth pass, h-split48)."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.common.dates import year_by_tense
from kg.extract.events.attacks import ATTACKS
from kg.extract.events.festivals import HOSTED_PROGRAMMES
from kg.extract.events.hit import Hit
from kg.extract.events.linking import unique
from kg.extract.events.partners import partners_apart
from kg.extract.events.triggers import NAMED, VISITS, gathering
from kg.extract.identity import Identity, dates_agree, names_agree, same_fact
from kg.gazetteer import normalize
from kg.nlp.morph import morph

FAMILY = {**{k: "visit" for k in VISITS}, "Talks": "talks", "Meeting": "talks"}
_SAME_TEXT = {"обратиться": "обращение"}  # "обратился к нации … В своём обращении он"
_STATUS_RANK = {"cancelled": 3, "occurred": 2, "planned": 1, "": 0}
# One taking a post, told as an election or as an appointment ("парламент избрал X
# премьер-министром", "X стал премьер-министром"): one change of office in a document
_TAKES_OFFICE = frozenset({"Appointment", "Election:elected"})


def _family(hit: Hit) -> str:
    if hit.kind == "Publication":
        return f"Publication:{_SAME_TEXT.get(hit.lemma, hit.lemma)}"
    if hit.kind == "Election" and not hit.name:  # one elected ("избран"), not a vote ("выборы")
        return "Election:elected"
    return FAMILY.get(hit.kind, hit.kind)


TENSES = {"occurred": "past", "planned": "future"}  # what moves a yearless date's year


def _year_told(hit: Hit, g: Hit, doc_date: str) -> Hit:
    """A yearless day or month in the year its tense (or the event's) points to, as `building`
    dates it later: "посетит Австралию в следующем году. Визит состоится в феврале" is next
    year's February, which the visit's year takes, not the document year's, which it did not."""
    if not (hit.yearless and hit.date and doc_date):
        return hit
    tense = TENSES.get(hit.status or g.status, "")
    return replace(hit, date=year_by_tense(hit.date, doc_date, tense, by_day=True))


def _held_before_due(g: Hit, hit: Hit, doc_date: str) -> bool:
    """A planned mention and a held one are one event only where the held one is dated (by
    the text, else by the document) on or after the day or month the planned one is due:
    "Консультации планируется провести в Маниле в марте. … Консультации провели в Маниле"
    in a February report are two, the held ones before the March ones; "… будет подписан в
    сентябре" in June is not what "подписали" tells. A yearless due month keeps the
    document's year: a plan told in the past ("планировалось подписать в мае", in June) is
    no later year's (sixtieth pass, h-events201)."""
    by_status = {g.status: g, hit.status: hit}
    if set(by_status) != {"occurred", "planned"} or not doc_date:
        return False
    if {_family(g), _family(hit)} & _TAKES_OFFICE:
        return False  # "назначен … вступит в должность в июне": one change, made before it is taken
    due, done = by_status["planned"], by_status["occurred"]
    held = _year_told(done, done, doc_date).date or doc_date
    when = due.date
    n = min(len(when), len(held))
    return n > 0 and held[:n] < when[:n]


def _fits(group: list[Hit], hit: Hit, doc_date: str) -> bool:
    """Whether `hit` can tell the same event as the hits of `group` (`kg.extract.identity`)."""
    g = fold(group)
    early = _held_before_due(g, hit, doc_date)  # of the time the hit is told, not its tense's
    hit = _undated_put_off(_year_told(hit, g, doc_date))
    if g.kind == hit.kind == "Election" and _referendum(g) != _referendum(hit):
        return False  # "выборы президента и референдум о конституции состоятся 5 мая": two
    if _won_ballot(g, hit) or _won_ballot(hit, g):
        return True  # "переизбрание X на пост президента" and "президентские выборы": one
    families = {_family(g), _family(hit)}
    if len(families) > 1 and not families <= _TAKES_OFFICE:
        return False  # `same_fact` asks one kind family: the cheap test first, for every pair
    if g.kind in VISITS and "Visit" not in (g.kind, hit.kind) and g.kind != hit.kind:
        return False  # a state visit is no working visit; a bare "визит" may be either
    ends = _end_ahead(group, g, hit)  # "прибыл … . Визит завершится в четверг"
    if early and not ends or _told_apart(g, hit):
        return False
    if sitting_apart(group, hit) or any(h.trigger in hit.beside for h in group):
        return False  # "провели встречу, а затем переговоры": two events
    if _rounds_apart(group, g, hit) or _eras_apart(g, hit) or _ahead_again(group, g, hit):
        return False
    if ends:  # the visit's end, on a day of its own and told ahead of a visit under way
        hit = replace(hit, date="", status=g.status)
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
    held = _offer_held(g, hit, doc_date) or _taken_as_told(g, hit, doc_date)
    held = held or _dismissal_told(group, hit)
    mine = event_identity(g, g.states, held or _told_status(g), doc_date)
    theirs = event_identity(
        hit, hit.states, _taken_as_told(hit, g, doc_date) or _told_status(hit), doc_date
    )
    if {mine.kind, theirs.kind} <= _TAKES_OFFICE:  # "избран премьером", "стал премьером"
        mine, theirs = replace(mine, kind="office"), replace(theirs, kind="office")
    return same_fact(mine, theirs)


_SITTINGS = frozenset({"заседание", "совещание"})  # `sitting` in event_words.tsv


def sitting_apart(group: list[Hit], hit: Hit) -> bool:
    """A body's sitting named with its body ("Совет министров собрался на заседание",
    "заседание межправкомиссии Чили и Перу": `hits._sitting_name`) and a meeting or talks told
    by a verb in another sentence ("Премьер-министр Италии встретился с премьер-
    министром Испании. В субботу Совет министров собрался на заседание") are two facts, not
    one; what is told at the sitting in its sentence ("На заседании стороны обсудили …", where
    "заседании" joins it) stays one. Forty-seventh pass, own sentences (h-events122). Talks
    held and a sitting ahead are two in one sentence too ("По итогам переговоров X и Y
    учредили комиссию, первое заседание которой пройдёт …"; fifty-ninth pass, h-events192)."""
    named = any(h.lemma in _SITTINGS and h.name for h in [*group, hit])
    if not named or hit.at_it or any(h.at_it for h in group):
        return False  # "Министры обсудили на нём торговлю": at the sitting told before
    talks = all(h.kind == "Talks" for h in group) and hit.lemma in _SITTINGS
    if talks and {hit.status, fold(group).status} == {"occurred", "planned"}:
        return True  # "провёл переговоры. … пройдёт заседание комиссии": one held, one ahead
    if any(h.sent == hit.sent for h in group):
        return False  # "На заседании стороны обсудили …": what is told at it
    # the other is told by a verb of meeting ("встретились"): a noun ("участники встречи в
    # Дохе") may name the sitting again
    if hit.lemma in _SITTINGS:
        return all(h.lemma not in _SITTINGS and h.by_verb for h in group)
    return hit.by_verb and all(h.lemma in _SITTINGS for h in group)


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
    theirs = set(done.holders or done.persons)
    # a headline that tells no holder apart from who appoints ("Пиньера назначил сенатора
    # Переса") names the nominee among its persons (h-status47: "выдвинул" is planned)
    lone = bool(ahead.holders) and not done.holders and whose < theirs
    person = bool(whose) and (whose == theirs or lone)
    offices = bool(ahead.office and done.office) and _rank(ahead.office) == _rank(done.office)
    this_year = done.date[:4] in {"", doc_date[:4]}
    return "occurred" if kinds and told and person and offices and this_year else ""


def _dismissal_told(group: list[Hit], done: Hit) -> str:
    """ "occurred" where the group tells by verbs a dismissal or resignation as coming
    ("Президент заявил, что уволит своего зятя X") and `done`, later and by its noun, tells
    that person's as made ("Его увольнение вносит путаницу"): one change, which took place, as
    `_taken_as_told` reads an appointment; else "". One of another person, or told as
    before ("ранее"), stays apart. Forty-seventh pass, own sentences (h-events124)."""
    kinds = all(h.kind == "Resignation" for h in [*group, done])
    ahead = all(h.status == "planned" and h.by_verb and h.trigger < done.trigger for h in group)
    told = ahead and done.status == "occurred" and not done.earlier and not done.by_verb
    whose = {k for h in group for k in h.holders}
    person = bool(done.holders) and set(done.holders) == whose
    return "occurred" if kinds and told and person else ""


# words that make a post another than the one they qualify ("заместителя министра", "исполняющего
# обязанности премьера"), which `offices_agree` reads as that post told more fully
_RANK_WORD = re.compile(r"замест\w*|исполня\w*|врио|вице-", re.IGNORECASE)


def _rank(office: str) -> frozenset[str]:
    """The rank words of an office, cut to five letters: a deputy's or an acting post, or none."""
    return frozenset(w[:5].lower() for w in _RANK_WORD.findall(office))


def _told_apart(g: Hit, hit: Hit) -> bool:
    """Two events by how they are told: a trip held and one called off, talks with an
    unnamed colleague and a meeting of another, or talks going on since a start ("переговоры
    ведутся с 2022 года", `Hit.ongoing`, a process) and a round or meeting ("договорились
    встретиться в октябре"), which the process would make held (h-events150)."""
    apart = g.ongoing != hit.ongoing or _held_and_called_off(g, hit)
    return apart or _peer_apart(g, hit) or _peer_apart(hit, g)


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


def _offer_held(group: Hit, hit: Hit, doc_date: str) -> str:
    """ "occurred" where the group is only offered ("пригласил X посетить Осло", "предложил
    провести переговоры") or a visit announced (`_announced`) and the later hit tells it held
    ("Через месяц X прибыл в Осло"): the offer and the report are one event, which took
    place; else "". An offer told after one held ("встретились. X предложил провести
    встречу") is another, ahead; so is one held before the offer ("пригласил 10 мая 2023
    года … В 2019 году посетил", "ранее посещал")."""
    told = group.offered or _announced(group, hit)
    held = told and hit.status == "occurred" and hit.trigger > group.trigger
    before = _dated_before(hit, group, doc_date)
    return "occurred" if held and not hit.earlier and not before else ""


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


def _eras_apart(g: Hit, hit: Hit) -> bool:
    """One told as done before and one ahead ("X, который ранее встречался с …, встретится с
    …"): two meetings."""
    return (g.earlier or hit.earlier) and {g.status, hit.status} == {"occurred", "planned"}


_MEETINGS = frozenset({"Meeting", "Talks"})


def _ahead_again(group: list[Hit], g: Hit, hit: Hit) -> bool:
    """A meeting told ahead by a verb of its own after one held, in a later sentence
    ("Министры провели переговоры в Улан-Баторе. … Министры встретятся в рамках форума"):
    another, next meeting, though neither names who meets (so `_told_status` gives neither
    a status); talks told again by their noun ("Переговоры продлятся два дня") and a paper
    whose signing was planned ("Меморандум планировалось подписать в мае") stay one.
    Sixty-second pass (h-events222)."""
    meets = hit.kind in _MEETINGS and hit.by_verb and not hit.framing
    ahead = meets and hit.status == "planned"
    return ahead and g.status == "occurred" and all(h.sent < hit.sent for h in group)


def _rounds_apart(group: list[Hit], g: Hit, hit: Hit) -> bool:
    """A round named as the next of its series with a time or place of its own ("Следующее
    заседание пройдёт в Дохе в 2025 году") or as the previous ("Предыдущее заседание
    состоялось в марте 2022 года") is another round than the one of its noun told in another
    sentence ("В ходе визита проведут заседание комиссии"). A mention of the news told after
    a previous round, undated ("По итогам заседания стороны подписали …"), is not that round
    unless its noun points back ("На том заседании"); one not told as ahead after a next round
    ("один из участников встречи в Дохе") is not the next. Sixtieth pass (h-events200)."""
    if any(h.sent == hit.sent for h in group):
        return False  # "Следующее заседание, которое пройдёт в мае, …": one told in one sentence
    if _next_told(hit) and not g.series or hit.previous and not g.previous:
        return True
    if g.series:  # "участники встречи в Дохе" after "Следующее заседание пройдёт в …"
        return hit.status != "planned" and not hit.pointing
    return g.previous and not (hit.pointing or hit.earlier or hit.date)


def _next_told(hit: Hit) -> bool:
    """The next round told with a time or place of its own ("Следующее заседание пройдёт в
    Дохе в 2025 году"), or told called off ("Следующий раунд консультаций отложен на
    неопределённый срок": not the round held before it; sixty-fifth pass, h-events243); a
    bare "на следующем заседании" may be any round ahead."""
    return hit.series and bool(hit.date or hit.location or hit.status == "cancelled")


def _dated_before(hit: Hit, group: Hit, doc_date: str) -> bool:
    """Whether `hit`'s date lies before the day `group` was offered on, to the precision both
    give ("2019" before "2023-05-10"); an offer of no date of its own is the news's, made in
    the dateline's month ("пригласил посетить Чили. … побывал в Сантьяго в марте 2024
    года": that trip was before it, h-events150); undated, neither lies before."""
    offered = group.offered_on or (doc_date[:7] if group.offered else "")
    n = min(len(hit.date), len(offered))
    return n > 0 and hit.date[:n] < offered[:n]


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


def event_identity(
    e: Hit, states: list[str], status: str, doc_date: str, document: str = ""
) -> Identity:
    """What identifies an event: its kind family, persons, states (a visit: its visitor and
    host instead), the roles its kind keys on, date, place (forums, summits, ceremonies:
    their city) and status."""
    visit = e.kind in VISITS
    # talks in Doha and talks in Moscow are two, so are talks in Oslo and in Tromsø
    capital = "" if visit else _city(e)
    # "конференция по Нигеру" and "конференция по Нигерии" are two; "Дни культуры Алжира"
    # and "Дни культуры Туниса" too
    named = e.name_key if e.kind in {"Summit", "Ceremony", *HOSTED_PROGRAMMES} else e.topic
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
        # a deputy's or an acting post in one body is another post than its head's
        body="|".join([e.office_body, *sorted(_rank(e.office))]) if e.office_body else "",
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


def _city(e: Hit) -> str:
    """The city an event is held in, for its identity: a capital by its state, another town
    by its name ("переговоры в Осло" and "переговоры 10 марта в Тромсё" are two); a country,
    a seat of government ("в Кремле") or a building none, which agrees with any city ("в
    резиденции премьера"). Fifty-ninth pass (h-events194)."""
    return e.capital or (normalize(e.location) if e.town else "")


def _local(e: Hit) -> bool:
    """An attack at a place within a state ("вблизи села Хушаб"): told apart from one at
    another such place; a country alone ("в Афганистане") tells none apart."""
    return e.kind in ATTACKS and bool(e.location) and not e.country


def _era(e: Hit) -> str:
    """ "earlier" for a mention told as done before; "news" for one the lead reports,
    undated and not as planned; "eve" for one dated the day before another by a bare
    "накануне" or "днём ранее" ("В Улан-Баторе прошли переговоры. … Днём ранее министр был
    принят президентом": not the lead's news, which the report's day dates; sixty-second
    pass, h-events213); else "" (either)."""
    if e.earlier:
        return "earlier"
    if e.dated_eve:
        return "eve"
    return "news" if e.lead and e.status in {"occurred", ""} and not e.date else ""


class Group(list[Hit]):
    """The hits of one event while `_merge` groups them, keeping their `fold` until a hit
    joins: every hit is compared with every group, and folding a group anew for each
    comparison made a long document's merging cost grow with the square of its hits."""

    folded: tuple[int, Hit] | None = None


def fold(group: list[Hit]) -> Hit:
    """One hit that sums up a group (`_fold_hits`), kept by a `Group` while no hit joins."""
    if not isinstance(group, Group):
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


def _end_of(group: list[Hit], hit: Hit) -> bool:
    """A visit's end told beside its start ("находится в Лиме с визитом. Визит завершится в
    пятницу"): the day it ends, not the visit's, which its start or the news gives; a visit
    told by its end alone ("в понедельник завершил визит") keeps that day. Fifty-second pass
    (h-events143). An end told past beside a visit of no day ("Итоги визита …") dates it too:
    the news day falls after the end (fifty-third pass, h-events152)."""
    told = [h for h in group if h.kind in VISITS and not (h.ended or _points_back(h))]
    if not hit.ended or not told:
        return False
    # "Итоги визита … в Грецию. X 21 октября завершил визит": a visit of no day of its own is
    # no later than its end told past; the news day would date it after (fifty-third pass)
    return hit.status != "occurred" or any(h.date for h in told)


def _points_back(frame: Hit) -> bool:
    """A visit mention that only points back to one ("В ходе визита …", "этот визит"),
    not one a frame tells in full, its visitor and host named ("В рамках официального визита
    президента Кореи во Вьетнам …": a visit under way, whose end a later "завершит визит в
    среду" tells; sixty-third pass, h-events224)."""
    return frame.anaphoric() or frame.framing and not (frame.visitor and frame.host)


def _end_ahead(group: list[Hit], g: Hit, hit: Hit) -> bool:
    """A visit's end (`_end_of`) on or after the day of the visit under way `g` sums up
    ("прибыл в среду … Визит завершится в четверг", "прибыл с визитом. … завершит визит в
    среду"): no planned visit of its own, though its day lies after the one the visit was
    held on (`_held_before_due`). Sixty-third pass (h-events224)."""
    return _end_of([*group, hit], hit) and hit.date[:10] >= g.date[: len(hit.date)]


def _undated_put_off(hit: Hit) -> Hit:
    """A bare event noun put off to a new time ("должен был посетить Уганду в марте. Стороны
    отложили визит на следующий год"): its new time does not tell it from the one planned
    before, whose time it replaces (`_as_it_stands`). Sixtieth pass (h-events199)."""
    return replace(hit, date="", hint="") if hit.put_off and hit.anaphoric() else hit


def _as_it_stands(group: list[Hit]) -> list[Hit]:
    """The hits that tell an event put off as it now stands: the last put-off and those told
    after it, whose day and status are the new ones ("должен был посетить Уганду в марте.
    Стороны отложили визит на следующий год": 2027, not March); a put-off of no new time
    ("Визит отложен. Он состоится в июне") is no cancellation where a later hit tells it
    ahead. The whole group where none puts it off. Sixtieth pass (h-events199)."""
    put_off = [h for h in group if h.put_off]
    if not put_off:
        return group
    last = max(put_off, key=lambda h: h.trigger)
    after = [h for h in group if h.trigger > last.trigger and not h.put_off]
    ahead = any(h.status == "planned" for h in after)
    return after if ahead and last.status == "cancelled" else [last, *after]


def folded_kind(group: list[Hit]) -> str:
    """The kind `fold` gives a group, without folding the rest: merging's title rules test
    every other group's kind for each group (a fold each was ~a third of a build's folds)."""
    first = group[0]
    ranked = next((h.kind for h in group if h.kind in VISITS and h.kind != "Visit"), "")
    # "провели встречу. В ходе переговоров …": talks told of a meeting the noun "встреча"
    # brought in are that meeting; "встретились … провели переговоры" are talks
    met = first.kind == "Meeting" and first.lemma == "встреча"
    talks = not met and any(h.kind == "Talks" for h in group)
    return ranked or ("Talks" if talks else first.kind)


def _fold_hits(group: list[Hit]) -> Hit:
    """One hit that sums up a group: the first value found, the finest date, the
    strongest status (cancelled over occurred over planned over no signal)."""
    first = group[0]
    out = Hit(first.kind, first.trigger, first.lemma, first.sent, first.lead)
    out.kind = folded_kind(group)
    for name in (
        "visitor",
        "host",
        "hint",
        "document",
        "outlet",
        "title",
        "agent",
        "envoy",
        "part",
        "count",
        "office",
        "office_body",
        "ballot",
        "turn",
        "post",
        "topic",
    ):
        setattr(out, name, next((getattr(h, name) for h in group if getattr(h, name)), ""))
    out.post_state = next((h.post_state for h in group if h.post), False)
    # a city first; the end of a visit under way keeps its place ("прибыл в Малайзию. …
    # завершит визит посещением парка в городе Джохор-Бару": the visit's is Малайзия)
    placed = [h for h in group if h.location and not (h.ended and _end_of(group, h))]
    placed.sort(key=lambda h: h.country)
    out.location, out.country = (placed[0].location, placed[0].country) if placed else ("", False)
    out.capital = placed[0].capital if placed else ""
    out.city_state = placed[0].city_state if placed else ""
    out.town = placed[0].town if placed else False
    out.doc_token = next((h.doc_token for h in group if h.doc_token >= 0), -1)
    out.stop_of = next((h.stop_of for h in group if h.stop_of >= 0), -1)
    out.reported = next((h.reported for h in group if h.reported), "")
    out.paper = next((h.paper for h in group if h.paper), "")
    out.talks_day = next((h.talks_day for h in group if h.talks_day), "")
    out.fellows = unique([k for h in group if h.visitor == out.visitor for k in h.fellows])
    out.persons = unique([p for h in group for p in h.persons])
    out.states = unique([s for h in group for s in h.states])
    out.others = unique([o for h in group for o in h.others])
    out.acting = unique([o for h in group for o in h.acting])
    out.extra = unique([o for h in group for o in h.extra])
    out.sent_to = unique([o for h in group for o in h.sent_to])
    standing = _as_it_stands(group)
    dated = sorted(
        (h for h in standing if h.date and not _later_entry(group, h) and not _end_of(group, h)),
        key=lambda h: -len(h.date),
    )
    if dated:
        out.date, out.dated_by_text = dated[0].date, dated[0].dated_by_text
        out.yearless, out.weekday = dated[0].yearless, dated[0].weekday
        out.spanned = dated[0].spanned
    else:  # "прибыл в Лиму с трёхдневным визитом": its days, dated by the dateline later
        out.spanned = next((h.spanned for h in standing if h.spanned), 0)
    out.until = max((h.until for h in group), default="")
    out.at_close = any(h.at_close for h in group)
    told = [h.status for h in standing if not h.came_after]
    statuses = told if any(told) else [h.status for h in standing]
    out.status = max(statuses, key=_STATUS_RANK.__getitem__)
    out.now = any(h.now for h in group)
    out.earlier = any(h.earlier for h in group)
    out.eve = any(h.eve for h in group)
    out.dated_eve = any(h.dated_eve for h in group)
    out.counted = all(h.counted for h in group)
    out.pointed = all(h.pointed for h in group)
    out.same_day = any(h.same_day for h in group)  # one mention points at the day
    out.again = any(h.again for h in group)
    out.absentia = any(h.absentia for h in group)
    out.protest = any(h.protest for h in group)
    out.by_report = any(h.by_report for h in group)
    out.unnamed_visitor = any(h.unnamed_visitor for h in group)
    out.headcount = next((h.headcount for h in group if h.headcount), "")
    out.ended = any(h.ended and not _end_of(group, h) for h in group)  # its end alone
    out.ongoing = any(h.ongoing for h in group)
    out.lasts_on = any(h.lasts_on for h in group)
    out.host_by_form = next((h.host_by_form for h in group if h.host), False)
    out.length = next((h.length for h in group if h.length), "")
    out.at_it = any(h.at_it for h in group)
    out.besides = all(h.besides for h in group)
    out.setting = all(h.setting for h in group)
    out.venue = all(h.venue for h in group)
    out.agreed = any(h.agreed for h in group)
    out.series = any(_next_told(h) for h in group)  # a bare "следующем" frames no round
    out.previous = any(h.previous for h in group)
    out.mission = next((h.mission for h in group if h.mission), "")
    out.offered = all(h.offered for h in group)
    out.offered_on = next((h.offered_on for h in group if h.offered_on), "")
    out.own_side = any(h.own_side for h in group)
    out.body_sitting = any(h.body_sitting for h in group)
    out.by_verb = all(h.by_verb for h in group)
    out.peer = any(h.peer for h in group)
    out.words = any(h.words for h in group)
    out.leaders = any(h.leaders for h in group)
    out.sides = all(h.sides for h in group)
    out.sides_then = any(h.sides_then for h in group)
    out.pair_given = all(h.pair_given for h in group)
    out.leaders_office = next((h.leaders_office for h in group if h.leaders_office), "")
    out.partners = sorted({p for h in group for p in h.partners})
    out.beside = sorted({i for h in group for i in h.beside})
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
