"""Merging the hits of one document into events: which group a hit joins.

Beyond the one identity of `sameness`, a document tells one event again in ways of its own:
an arrest told again, talks told as held on a trip told before, a discussion told of the
event just named ("провели саммит. Лидеры обсудили …"), what was agreed at talks, and a
call or a change of office in the title that the body tells in full.

Split out of extract.py (forty-fifth pass, h-split48)."""

from __future__ import annotations

from dataclasses import replace

from kg.doc_text import title_end
from kg.extract.context import Context
from kg.extract.events.frames import _elsewhere, days_on, state_of, weekday_ahead
from kg.extract.events.hit import Hit
from kg.extract.events.linking import unique
from kg.extract.events.place_names import dateline_city, placed_at_first
from kg.extract.events.sameness import FAMILY, Group, _fits, event_identity, fold, folded_kind
from kg.extract.events.triggers import HOSTS, NAMED, VISITS, gathering
from kg.extract.identity import dates_agree

_DISCUSS = frozenset({"обсудить", "обсуждать"})
# kinds (or families) a discussion tells of ("провели саммит. Лидеры обсудили …": its topic)
_DISCUSSED = frozenset({"talks", "PhoneCall", "Summit"})


def _merge(hits: list[Hit], doc_date: str, main: tuple[str, ...] = ()) -> list[list[Hit]]:
    """Groups the hits that tell one event: a hit joins the latest group it fits; a hit
    that names no one joins the latest fitting group before it, else the first after.
    `main` is the document's pair, the sides of a forum told by "двух стран" or one side."""
    groups: list[list[Hit]] = []
    pending: list[Hit] = []
    by_trigger = {h.trigger: h for h in hits}
    settings = _gathering_settings(hits)
    for hit in hits:
        _agreed_by(groups, hit)
        hit.talks_day = _talks_day(groups, hit)
        before = _told_before(groups, hit, doc_date, main, hits)
        if before is not None:
            before.append(hit)
            continue
        fitting = [g for g in groups if _fits(g, hit, doc_date)]
        again = [] if fitting else _arrest_told_again(groups, hit, doc_date)
        if again:  # the state guessed for it is not the one that arrested him
            hit.states = []
            again[-1].append(hit)
            continue
        # "обсудили … . Стороны договорились встретиться": what was agreed lies ahead
        fitting = [g for g in fitting if not hit.agreed or _tense_agrees(g, hit)]
        # one naming no one told as held ("визит открывает новую главу") is never the trip
        # ahead told last; one told ahead ("в преддверии выборов") may be the one held
        fitting = [g for g in fitting if not (hit.anaphoric() and _held_into_ahead(g, hit))]
        fitting = [g for g in fitting if not _stop_apart(fold(g), hit, by_trigger, doc_date)]
        fitting = [g for g in fitting if not _news_visit_apart(fold(g), hit, doc_date)]
        fitting = [g for g in fitting if not _signed_on_other_days(g, hit, doc_date, settings)]
        met = None if fitting else _gathering_of_outcome(groups, hit)
        if met is not None:  # "По итогам переговоров лидеры …" after the pair's summit, talks
            hit.kind = fold(met).kind
            hit.persons = []  # only those who did what came of them: they held no talks
            met.append(hit)
        elif fitting:
            fitting[-1].append(hit)
        elif hit.reference and (hit.kind in VISITS or not hit.dated_by_text):
            continue  # "после визита в X", of no visit told before: no visit of its own
        elif hit.anaphoric() and hit.kind not in NAMED:
            pending.append(hit)
        else:
            groups.append(Group([hit]))
    opened: list[list[Hit]] = []  # groups the pending hits open themselves
    for hit in pending:
        later = [
            g
            for g in groups
            if g[0].trigger > hit.trigger
            and _fits(g, hit, doc_date)
            and _tense_agrees(g, hit)
            and _told_as_one_ahead(g, hit)
            and not _past_trip_told_after(g, hit, doc_date)
            and not _signed_on_other_days(g, hit, doc_date, settings)
            and not event_identity(fold(g), [], "", doc_date).historical()  # "Было подписано семь
        ]  # документов. … В 1964 году страны подписали договор": no one's present act
        held = any(k.startswith("person/") for k in hit.extra)  # "прошли с участием X"
        # "выборы генсека пройдут", "выборов 6 мая": told as held
        held = held or hit.kind == "Election" and bool(hit.status or hit.date or hit.hint)
        held = held or hit.words  # "«…», — говорится в заявлении группы": its words tell it
        held = held or _talks_of_trip(groups, hit, doc_date)
        # one such told again ("победа на выборах … победу на досрочных выборах"): one
        again = [g for g in opened if _fits(g, hit, doc_date) and _tense_agrees(g, hit)]
        lead = None if later else _lead_talks(groups, hit)
        if later:
            later[0].append(hit)
        elif lead is not None:
            lead.append(hit)
        elif held and again:
            again[-1].append(hit)
        elif held:
            opened.append(Group([hit]))
            groups.append(opened[-1])
    return [list(g) for g in groups]  # plain lists: later steps change hits, stale folds


def _stop_apart(a: Hit, b: Hit, by_trigger: dict[int, Hit], doc_date: str) -> bool:
    """Whether one of two visits is a stop of a visit ("Моди также посетил Сендай",
    `Hit.stop_of`) of no time of its own and the other a trip of another time: the stop is
    of the time of the visit it is part of (`Frame.stop_day` dates it so later), while it is
    still undated here, so "В прошлом году Моди посетил Осаку" fused with it. Apart where
    the other is told as done before and the visit is not, or is dated where the visit's
    date (the document's year where the visit is the news, undated) disagrees."""
    return _stop_of_another_time(a, b, by_trigger, doc_date) or _stop_of_another_time(
        b, a, by_trigger, doc_date
    )


def _news_visit_apart(a: Hit, b: Hit, doc_date: str) -> bool:
    """Whether one of two visits is the visit the lead reports, undated while the hits are
    grouped (its dateline day comes later), and the other a visit dated in a year before the
    document's ("В 2024 году Такаити посетила Дананг"): that trip is not today's news."""
    return _earlier_than_news(a, b, doc_date) or _earlier_than_news(b, a, doc_date)


def _earlier_than_news(news: Hit, other: Hit, doc_date: str) -> bool:
    told = news.kind in VISITS and news.lead and news.status == "occurred"
    told = told and not (news.date or news.hint or news.earlier)
    return told and bool(other.date and doc_date) and other.date[:4] < doc_date[:4]


def _talks_day(groups: list[list[Hit]], hit: Hit) -> str:
    """The day of the talks an undated signing is told "по итогам" of in its sentence
    ("Накануне X провёл переговоры с Y. По итогам переговоров лидеры приняли …"), where the
    text gives it; else "". Merging sees the signing undated: the talks date it only later
    (`frames.frame_of`). Sixty-third pass (h-events231). A signing of the sides may already
    carry the talks' day (`dating.sides_sign_then`): it is still theirs."""
    if hit.kind != "Signing":
        return ""
    if hit.sides and not hit.outcome:
        day = _sides_talks_day(groups, hit)
        return day if day and hit.date in {"", day} else ""
    if hit.date:
        return ""
    for group in reversed(groups):
        if hit.outcome and any(h.of_outcome and h.sent == hit.sent for h in group):
            return _dated_talks(group)
    return ""


def _sides_talks_day(groups: list[list[Hit]], hit: Hit) -> str:
    """The day of the talks a signing of the sides ("Стороны подписали совместное
    заявление") is told right after in their paragraph, where the text gives it ("Накануне X
    провёл переговоры с Y. Стороны подписали …"): the talks' signing, as one told "по итогам"
    of them is, not the report's news of another day ("На полях форума … подписали 12
    соглашений" in the lead). Sixty-fourth pass (h-events235)."""
    told = [(h.trigger, group) for group in groups for h in group if h.trigger < hit.trigger]
    if not told:
        return ""
    trigger, last = max(told, key=lambda t: t[0])
    near = any(h.trigger == trigger and h.paragraph == hit.paragraph for h in last)
    return _dated_talks(last) if near else ""


def _dated_talks(group: list[Hit]) -> str:
    """The day of a group of talks the text dates, else ""."""
    talks = fold(group)
    return talks.date if talks.dated_by_text and FAMILY.get(talks.kind) == "talks" else ""


def _gathering_settings(hits: list[Hit]) -> set[tuple[int, int]]:
    """The sentences that tell their act "на полях" or "в рамках" of a forum or summit ("На
    полях бизнес-форума стороны подписали …"): that gathering is the act's occasion."""
    return {h.sent for h in hits if h.kind in HOSTS and (h.setting or h.framing)}


def _signed_on_other_days(
    group: list[Hit], hit: Hit, doc_date: str, settings: set[tuple[int, int]]
) -> bool:
    """Whether one of a signing group and a signing hit is signed at talks of a day the text
    gives (`Hit.talks_day`) and the other on another day: two signings, whose papers keep
    their own days."""
    return _off_talks_day(group, [hit], doc_date, settings) or _off_talks_day(
        [hit], group, doc_date, settings
    )


def _off_talks_day(
    signed: list[Hit], other: list[Hit], doc_date: str, settings: set[tuple[int, int]]
) -> bool:
    """`other`, signings told of no talks, is not signed on the day of the talks `signed` is
    told "по итогам" of: dated by the text on another day ("12 ноября компании подписали …"),
    or undated and told apart from them, the report's news or a gathering's act (in another
    paragraph, or "на полях" of a forum the talks' sentence does not tell them at: "На полях
    форума компании подписали 12 соглашений" after talks "накануне"). One paper told twice
    ("Соглашение о X подписали министры") and a signing told on in the talks' paragraph
    ("Также были подписаны …") stay the talks' one. Sixty-third pass (h-events231)."""
    day = next((h.talks_day for h in signed if h.talks_day), "")
    if not day or any(h.kind != "Signing" or h.outcome for h in other):
        return False
    if {h.paper for h in signed if h.paper} & {h.paper for h in other}:
        return False
    dated = [h.date for h in other if h.date and h.dated_by_text]
    if dated:
        return not dates_agree(day, dated[0])
    talks = [h for h in signed if h.talks_day]
    at = {h.paragraph for h in talks}
    framed = not any(h.sent in settings for h in talks)
    apart = all(h.paragraph not in at or framed and h.sent in settings for h in other)
    return not dates_agree(day, doc_date) and apart


def _stop_of_another_time(stop: Hit, other: Hit, by_trigger: dict[int, Hit], doc_date: str) -> bool:
    frame = by_trigger.get(stop.stop_of)
    if frame is None or stop.date or stop.hint or stop.earlier or other.stop_of == stop.stop_of:
        return False
    if other.earlier and not frame.earlier:
        return True
    when = frame.date or ("" if frame.earlier else doc_date[:4])
    return bool(other.date and when) and other.date[: len(when)] != when[: len(other.date)]


def _told_before(
    groups: list[list[Hit]], hit: Hit, doc_date: str, main: tuple[str, ...], hits: list[Hit]
) -> list[Hit] | None:
    """The group a hit tells again by its own kind of reference: a discussion of talks
    (which takes their kind), signers told, a trip told again, a bare forum."""
    told = _discussed_in(groups, hit, doc_date)
    if told is not None:
        hit.kind = fold(told).kind
        if _sides_guessed(hit):  # the talks' sides, not the report's pair
            hit.states, hit.pair_given = list(fold(told).states), False
        return told
    return (
        _signers_told(groups, hit)
        or _trip_told_again(groups, hit)
        or _trip_framing_aside(groups, hit, hits)
        or _forum_told_again(groups, hit, main)
    )


def _gathering_of_outcome(groups: list[list[Hit]], hit: Hit) -> list[Hit] | None:
    """The summit, talks or meeting of two states that talks told only by what came of them
    ("В пятницу состоялся саммит Индии и Японии. … По итогам переговоров лидеры утвердили …")
    are: the one gathering of the pair told held before on a day the text gives, where that
    is a summit of those two alone (fifty-fifth pass, h-events163), or their talks or meeting
    ("Во вторник прошли переговоры X с Y. … По итогам переговоров министры A и B подписали
    …": the persons the verb gives them, `Hit.outcome_doers`, signed; fifty-sixth pass,
    h-events179). A summit has no talks of its own day beside it, and the signers no talks
    of their own, so they stood as talks of no day, and what came of them (a signing) took
    none. Not talks of a day, place or persons of their own ("по итогам переговоров в
    прошлом году", "переговоров с президентом Z"), of another pair, told ahead, after a
    summit of more states (talks on its sidelines), or after gatherings of the pair on two
    days (which one?)."""
    own = bool(hit.date or hit.hint or hit.location or hit.earlier or hit.ongoing)
    own = own or bool(hit.persons) and not hit.outcome_doers
    if FAMILY.get(hit.kind) != "talks" or not hit.of_outcome or own or hit.status == "planned":
        return None
    pair = set(hit.states)
    met = [
        g
        for g in groups
        if g[0].trigger < hit.trigger
        and (fold(g).kind == "Summit" or FAMILY.get(fold(g).kind) == "talks")
        and fold(g).status == "occurred"
        and fold(g).date
        and pair <= set(fold(g).states)
    ]
    met = _report_gathering(met)
    if len(pair) != 2 or len({fold(g).date for g in met}) != 1:
        return None
    return met[-1] if set(fold(met[-1]).states) == pair else None


def _report_gathering(met: list[list[Hit]]) -> list[list[Hit]]:
    """Of the pair's gatherings held on two days or more, the one the report's lead tells
    ("Президенты X и Y провели в субботу встречу … Встреча стала третьей за год: … в июле
    встретились в Z. Министры подписали по итогам встречи …"): what came of a meeting no
    word dates is of the report's news, not of one told in passing. All where the lead tells
    none of them, or more than one (sixty-third pass, h-events230)."""
    lead = [g for g in met if fold(g).lead]
    return lead if len({fold(g).date for g in met}) > 1 and len(lead) == 1 else met


def _signers_told(groups: list[list[Hit]], hit: Hit) -> list[Hit] | None:
    """The signing of the sentence before whose papers `hit` names again with their signers
    ("… подписали 12 документов, в том числе …. Документы подписали министры …"): one
    signing, of its day, whatever persons each names; None where `hit` gives a day of its
    own that is not that signing's."""
    if hit.signers_of < 0:
        return None
    for group in reversed(groups):
        if any(h.kind == "Signing" and h.sent[0] <= hit.signers_of < h.sent[1] for h in group):
            return group if not hit.date or hit.date == fold(group).date else None
    return None


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
        if fold(g).kind == "Arrest"
        and set(hit.persons) <= set(fold(g).persons)
        and _fits(g, bare, doc_date)
    ]


def _forum_told_again(groups: list[list[Hit]], hit: Hit, main: tuple[str, ...]) -> list[Hit] | None:
    """The forum of the pair told last, which a bare "форум" with speakers of its own tells
    again ("открыли бизнес-форум двух стран. Выступая на форуме, президент Кении …"): its
    persons and states differ from those who opened it, so `_fits` kept it a second forum,
    undated. Not a forum with a name, sides, topic, day or place of its own ("на форуме в
    Давосе", "Кенийско-угандийский форум … в мае"), told as another time's or agreed on, one
    of a state outside the pair, nor after a forum only the setting of talks. Fifty-fifth
    pass (h-events162)."""
    if hit.kind != "Forum" or gathering(hit.lemma) or hit.own_gathering():
        return None
    forums = [g for g in groups if fold(g).kind == "Forum"]
    if not forums or not _tense_agrees(forums[-1], hit):
        return None
    forum = fold(forums[-1])
    if gathering(forum.lemma) or forum.setting:
        return None
    sides = set(forum.states)
    if len(main) == 2 and sides <= set(main):  # one side named, or "двух стран": the pair's
        sides |= set(main)
    return forums[-1] if len(sides) == 2 and set(hit.states) <= sides else None


def _past_trip_told_after(group: list[Hit], hit: Hit, doc_date: str) -> bool:
    """A visit told after a frame naming no one ("В ходе визита был подписан …"), done on a
    day before the dateline's other than the few of a visit just ended ("Ранее, в октябре
    2024 года, президент посетил …" in a report of March 2025): an earlier trip the text
    turns to, not the one the frame tells of, which is one told before it or the report's
    own. Fifty-second pass (h-events143)."""
    day = fold(group).date
    past = bool(day) and day < doc_date[: len(day)] and not days_on(day, doc_date)
    return hit.kind in VISITS and fold(group).kind in VISITS and past


def _lead_talks(groups: list[list[Hit]], hit: Hit) -> list[Hit] | None:
    """The lead's talks held in one side's capital as the visit a frame naming no one
    ("В ходе визита был подписан протокол …") tells of, where no visit is told before it and
    none after takes it: the report's event is the guest's visit to the host's capital
    ("Король Иордании провёл в Каире переговоры с президентом Египта"), so what the frame
    tells takes the talks' day and city. Not a lead of no event, nor talks of no guest.
    Fifty-second pass (h-events145)."""
    if hit.kind not in VISITS or not hit.framing:
        return None
    before = [g for g in groups if g[0].trigger < hit.trigger]
    if not before or any(fold(g).kind in VISITS for g in before):
        return None
    talks = fold(before[0])
    if not talks.lead or FAMILY.get(talks.kind) != "talks" or talks.status != "occurred":
        return None
    host = talks.capital or talks.city_state
    guest = set(talks.states) - {host}
    hosted = bool(host) and host in talks.states and len(guest) == 1
    return before[0] if hosted and _tense_agrees(before[0], hit) else None


def trips_of_talks(ctx: Context, groups: list[list[Hit]], doc_date: str) -> None:
    """A visit told only by its noun ("В ходе визита X также встретился с …", "Визит
    продлится до субботы", "X завершил визит"), of no place, host or day of its own and with
    no visit told before it, by one who held talks told before it in another state (`_abroad`):
    his visit to that state, held (the text's news), in the talks' city and on their day. It
    stood as a visit of no host, place or day. Fifty-fifth pass (h-events165)."""
    dateline: tuple[str, str] | None = None
    for group in groups:
        trip = fold(group)
        host = trip.host if not trip.host_by_form else ""  # "прибыл в королевство": placed
        own = host or trip.location or trip.date or trip.returned or trip.earlier
        if trip.kind not in VISITS or own or trip.status not in {"", "occurred"}:
            continue
        if not trip.visitor.startswith("person/") or any(h.by_verb for h in group):
            continue
        at = min(h.trigger for h in group)
        before = [g for g in groups if min(h.trigger for h in g) < at]
        if any(fold(g).kind in VISITS for g in before):
            continue  # "прибыл в Лиму. … В ходе визита": that visit's frame
        # his talks told last before it: "X провёл в Каире переговоры …"
        his = [t for g in before if _held_by(t := fold(g), trip.visitor)]
        dateline = dateline or dateline_city(ctx.doc, ctx.gazetteer)
        talks = _abroad(his[-1], state_of(ctx, trip.visitor), dateline) if his else None
        if talks is None:
            _placed_there(ctx, group, trip, groups)
            continue
        first, (host, city, told) = group[0], talks
        first.host, first.location, first.country = host, city, False
        first.capital = told.capital if city == told.location else ""
        first.city_state = host
        first.date = told.date or (doc_date if told.lead else "")
        first.dated_by_text, first.yearless = told.dated_by_text, told.yearless
        first.weekday = False  # moved to the talks' day already (`weekday_ahead`)
        first.status = "occurred"
        first.states = unique([*first.states, host])


def _placed_there(ctx: Context, group: list[Hit], trip: Hit, groups: list[list[Hit]]) -> None:
    """A visit told only by its noun, whose visitor the paragraph that first names him puts
    in a city of another state its sentence names as a side (`placed_at_first`: "Дни
    культуры Алжира открылись в столице Туниса. Церемонию открытия провели министр культуры
    Алжира X и … В ходе визита алжирский министр встретился с премьер-министром Туниса"): his
    visit to that state, in that city. Not a city of his own state, nor of a third one.
    Sixty-fifth pass (h-events242). Its day is that of the one dated event the sentence first
    naming him tells him at (`_day_there`), else untold (sixty-sixth pass, h-events247)."""
    sent = ctx.doc[group[0].trigger].sent
    at = min(ctx.doc[h.trigger].idx for h in group)
    host, city = placed_at_first(ctx, trip.visitor, at)
    home = state_of(ctx, trip.visitor)
    beside = [fold(g) for g in groups if ctx.doc[g[0].trigger].sent == sent]
    sides = {k for h in beside for k in h.states}
    if not host or not home or host == home or host not in sides:
        return
    first = group[0]
    first.host, first.location, first.country = host, city, False
    state = ctx.gazetteer.state(host)
    first.capital = host if state is not None and state.capital == city else ""
    first.city_state = host
    there = _day_there(ctx, groups, trip.visitor, at)
    if there is not None:  # "Церемония состоялась в пятницу с участием X": that Friday
        first.date, first.dated_by_text, first.yearless = there.date, True, there.yearless
        first.weekday = False  # moved to that event's day already (`weekday_ahead`)


def _held_by(talks: Hit, visitor: str) -> bool:
    """Talks or a meeting `visitor` took part in, told held as news (`_held_with`)."""
    return FAMILY.get(talks.kind) == "talks" and _held_with(talks, visitor)


def _held_with(e: Hit, visitor: str) -> bool:
    """An event `visitor` took part in, told held as news: not as done before, on another
    day's eve or counted from it, nor going on since a start."""
    held = e.status == "occurred" and visitor in e.persons
    return held and not (e.earlier or e.eve or e.counted or e.ongoing)


def _day_there(ctx: Context, groups: list[list[Hit]], visitor: str, stop: int) -> Hit | None:
    """The one event held on a day the text gives that the sentence first naming `visitor`
    (before `stop`) tells him at ("Церемония открытия состоялась в пятницу с участием
    министра иностранных дел Кении X"): he was where the text put him on that day, a day of
    the visit told only by its noun. Sixty-sixth pass (h-events247)."""
    first = next((m for m in ctx.mentions if m.entity == visitor and m.start < stop), None)
    named = ctx.doc.char_span(first.start, first.end, "expand") if first is not None else None
    if named is None:
        return None
    told = [
        e
        for g in groups
        if any(ctx.doc[h.trigger].sent.start == named.sent.start for h in g)
        and _held_with(e := fold(g), visitor)
        and len(e.date) == 10  # a day: "в 2019 году" puts him there on no day of the visit
        and e.dated_by_text
        and e.kind not in VISITS
    ]
    return told[0] if len(told) == 1 else None


def _abroad(talks: Hit, home: str, dateline: tuple[str, str]) -> tuple[str, str, Hit] | None:
    """The host state and city of talks held in a state not the visitor's `home` and one of
    theirs: that of their capital or city, else, where they name no city or state of their
    own ("в Белом доме", no place), the dateline's ("Вашингтон, 10 апреля …"); None for
    talks at home or in a third state's city."""
    if not home:
        return None
    host, city = talks.capital or talks.city_state, talks.location
    if not host and not talks.country:
        host, city = dateline
    return (host, city, talks) if host in talks.states and host != home else None


def _told_as_one_ahead(group: list[Hit], hit: Hit) -> bool:
    """A repeat that names no one ("новые выборы должны быть проведены") is the one a later
    mention tells only where that mention has its tense too ("Выборы пройдут 5 мая"); one
    whose tense is untold ("победили на губернаторских выборах") is another."""
    return not hit.again or fold(group).status == hit.status


def _trip_told_again(groups: list[list[Hit]], hit: Hit) -> list[Hit] | None:
    """The visit a framing visit names only by its visitor's state tells again ("Министр
    Бразилии Мауро Виейра в понедельник посетил Пекин. В ходе поездки бразильский министр
    провёл переговоры"): the last visit, told just before, of a person of that state. `_fits`
    keeps a person's visit and a state's apart, so the frame stood as a visit of its own, on
    the dateline's day, with no host or place, and took the talks it frames there too.
    A frame whose only state is the trip's host ("Президент Чили прибыл в Лиму. В ходе визита
    министр Перу принял чилийского коллегу") guesses the host's official's state for its
    visitor: the trip told again too, within the trip's paragraph (fifty-fourth pass,
    h-events157), unless told as the host's return visit ("в ходе ответного визита") or of a
    day of its own."""
    own = hit.persons or hit.host or hit.location
    if hit.kind not in VISITS or not hit.framing or own or not hit.visitor.startswith("state/"):
        return None
    visit = _last_visit(groups)
    if visit is None:
        return None
    trip, last = fold(visit), visit[-1]
    near = last.sent == hit.sent or 0 <= hit.sent[0] - last.sent[1] <= _ASIDE
    person = trip.visitor.startswith("person/") and hit.visitor in trip.states
    guest = person and hit.visitor != trip.host
    hosted = bool(trip.host) and trip.visitor not in {"", trip.host} and hit.states == [trip.host]
    hosted = hosted and not hit.returned and hit.date in {"", trip.date}
    near = near or hosted and hit.paragraph == last.paragraph
    same = (guest or hosted) and _tense_agrees(visit, hit)
    return visit if near and same else None


def _last_visit(groups: list[list[Hit]]) -> list[Hit] | None:
    """The last group told so far that is a visit, which a framing noun may tell again."""
    return next((g for g in reversed(groups) if fold(g).kind in VISITS), None)


def _trip_framing_aside(groups: list[list[Hit]], hit: Hit, hits: list[Hit]) -> list[Hit] | None:
    """The visit told just before that a bare framing noun tells again, whose only visitor
    is its clause's subject (`Hit.subject_visitor`), another person than that visit's
    traveller, of the guest's state: one of his delegation ("Моди посетил Японию 12 ноября.
    В ходе визита министр иностранных дел Индии провёл переговоры с коллегой"; "… Во время
    визита министр Бразилии Мауро Виейра встретился с Ван И"). The noun stood as that
    person's visit of no host, place or day, and the talks it frames took the news day. The
    subject takes part in the visit; the visitor stays the traveller's. Not a host's
    official ("В ходе поездки японский премьер провёл переговоры с президентом Южной
    Кореи": his own talks), a noun of a place, host or another day of its own ("В ходе
    визита в Осаку"), of a return visit, one far from the visit or of another tense.
    Sixty-fourth pass (h-events234). A host's official whose acts in the frame's sentence
    name no state but the visit's two (`_hosting_aside`) is the visit's too (sixty-fifth
    pass, h-events242)."""
    if hit.kind not in VISITS or not hit.subject_visitor or hit.host or hit.location:
        return None
    visit = _last_visit(groups)
    if visit is None:
        return None
    trip, last = fold(visit), visit[-1]
    near = hit.paragraph == last.paragraph or 0 <= hit.sent[0] - last.sent[1] <= _ASIDE
    other = trip.visitor not in {"", hit.visitor} and hit.date in {"", trip.date}
    # of the guest's side: a host's official may hold talks of his own with a third state
    guests = set(trip.states) - {trip.host}
    own = bool(hit.states) and set(hit.states) <= guests
    sides = (own or _hosting_aside(hit, trip, hits)) and not hit.returned
    if not (near and other and sides and _tense_agrees(visit, hit)):
        return None
    hit.visitor, hit.subject_visitor = "", False
    return visit


def _hosting_aside(hit: Hit, trip: Hit, hits: list[Hit]) -> bool:
    """A frame's subject of the visit's host state whose acts in its sentence name no state
    but the visit's two ("Президент Кении прибыл в Кампалу. В ходе визита министр финансов
    Уганды X провёл встречу с кенийскими бизнесменами", "… подписал с кенийским коллегой
    меморандум"): the host's official at the guest's visit, not a visit of his own; one who
    holds talks with a third state ("с президентом Южной Кореи") acts for himself."""
    pair = set(trip.states)
    acts = [h for h in hits if h.sent == hit.sent and h.kind not in VISITS]
    mine = bool(trip.host) and trip.host in hit.states and set(hit.states) <= pair
    return mine and all(set(h.states) <= pair for h in acts)


def _talks_of_trip(groups: list[list[Hit]], hit: Hit, doc_date: str) -> bool:
    """Talks naming no one right after a visit, in its tense ("Президент Лаоса прибудет в
    Ханой. Переговоры пройдут в резиденции вьетнамского президента"), or ahead in the next
    days of a visit begun ("Премьер Вьетнама прибыл в Токио. Переговоры пройдут в
    четверг"), or told done on a day of a visit done ("прибыл 10 мая. Переговоры прошли 11
    мая"; seventy-first pass, h-events269): the visit's talks, whose sides `frames.within`
    gives where the visit frames them.
    Not talks with a place of their own elsewhere ("… пройдут во Вьентьяне"), a day of
    their own that is not the visit's, or a sentence between ("… Тем временем в Катманду
    забастовка. Переговоры профсоюзов … пройдут в пятницу")."""
    before = [g for g in groups if g[0].trigger < hit.trigger]
    trip = fold(before[-1]) if before else None
    if trip is None or hit.kind != "Talks" or trip.kind not in VISITS or hit.ongoing:
        return False
    elsewhere = _elsewhere(hit, trip.location, trip.host)
    begun = trip.status == "occurred" and hit.status == "planned"
    # "пройдут в четверг": the next Thursday; undated, the news day: within the visit's days
    day = weekday_ahead(hit, doc_date) if hit.date else doc_date
    ahead = begun and not hit.hint and days_on(trip.date or doc_date, day)
    # a weekday is read from the visit's start later (`Frame.day_of`)
    other_day = bool(hit.date or hit.hint) and hit.date != trip.date and not hit.weekday
    # "прибыл 10 мая. Переговоры прошли 11 мая": told done on one of the visit's days
    done = trip.status == hit.status == "occurred" and days_on(trip.date, hit.date)
    other_day = other_day and not ahead and not done
    # "right after": the next sentence, one space on (`sent` holds characters): no sentence
    # and no paragraph break between
    next_sentence = hit.sent[0] - trip.sent[1] <= 1
    tense = ahead or _tense_agrees(before[-1], hit)
    return next_sentence and not elsewhere and not other_day and tense


def _held_into_ahead(group: list[Hit], hit: Hit) -> bool:
    """A mention told as held and an event told as ahead."""
    return hit.status == "occurred" and fold(group).status == "planned"


def _tense_agrees(group: list[Hit], hit: Hit) -> bool:
    """Not what is done and what lies ahead ("переговоры шли", "встретится")."""
    return {hit.status, fold(group).status} != {"occurred", "planned"}


_ASIDE = 120  # characters between an event's sentence and a discussion told of it


def _discussed_in(groups: list[list[Hit]], hit: Hit, doc_date: str) -> list[Hit] | None:
    """The call, meeting or talks a discussion ("обсудили") is told of (`_talked_before`),
    with no other sides. A discussion is what such an event is about, not an event of its
    own; a summit only the setting of talks ("Лидеры X и Y на полях саммита обсудили …":
    `Hit.setting`) is where the discussion is held, talks of their own (fifty-eighth pass,
    h-events187)."""
    if hit.lemma not in _DISCUSS:
        return None
    group = _talked_before(groups, hit) or _talked_also(groups, hit)
    if group is None or fold(group).setting:
        return None
    talked = fold(group)
    states = talked.states if _sides_guessed(hit) else hit.states
    return group if _fits(group, replace(hit, kind=talked.kind, states=states), doc_date) else None


def _talked_also(groups: list[list[Hit]], hit: Hit) -> list[Hit] | None:
    """The call, meeting or talks told last before a discussion told as one more ("Лидеры
    также обсудили …", `Hit.also`), however far, where its persons are the discussion's
    two or more (where it names none, "Стороны также обсудили", its states are among the
    event's): what else they discussed in it ("провела телефонный разговор с X … [three
    paragraphs] Лидеры также обсудили выполнение соглашения"), not talks of their own.
    Seventy-first pass (h-events270)."""
    if not hit.also or len(hit.persons) < 2 and not (hit.sides and hit.states):
        return None
    talked = [g for g in groups if FAMILY.get(fold(g).kind, fold(g).kind) in _DISCUSSED]
    before = [g for g in talked if not fold(g).setting and g[0].trigger < hit.trigger]
    # `_merge` calls this before `hit` joins a group: each group holds hits told before it,
    # in the text's order, so the group whose last mention is latest is the nearest
    last = max(before, key=lambda g: g[-1].trigger, default=None)
    if last is None:
        return None
    if hit.persons:
        return last if set(fold(last).persons) == set(hit.persons) else None
    return last if set(hit.states) <= set(fold(last).states) else None  # "Стороны также …"


def _sides_guessed(hit: Hit) -> bool:
    """Unnamed sides whose states are only the report's pair (`Hit.pair_given`: "По его
    словам, стороны также обсудили …"): the sides of the talks told just before, not the
    two states the report names most, which may be those of a meeting told after them
    ("Вечером X провёл отдельную встречу с Z"). Sixtieth pass (h-events203)."""
    return hit.pair_given and not hit.persons


def _agreed_by(groups: list[list[Hit]], hit: Hit) -> None:
    """An event agreed on by the sides or by no one named ("провели телефонный разговор.
    Президенты / Стороны / Они договорились встретиться в Аруше") is to bring together those
    who talked in the call, meeting or talks told just before (`_talked_before`), of the same
    states; not one of others named ("министры иностранных дел двух стран договорились"), and
    only their states where the event's noun names who holds it ("консультации министров")."""
    unnamed = hit.sides or not (hit.persons or hit.states)
    group = None
    if hit.agreed and unnamed and not (hit.persons or hit.setting):  # not "на полях саммита"
        group = _series_before(groups, hit) or _talked_before(groups, hit)
    if group is None:
        return
    talked = fold(group)
    if set(hit.states) <= set(talked.states):  # "договорились провести консультации министров":
        hit.persons = [] if hit.held_by else list(talked.persons)  # the ministers' alone
        hit.states = unique([*hit.states, *talked.states])


def _series_before(groups: list[list[Hit]], hit: Hit) -> list[Hit] | None:
    """The round told last before a next one of its series, by its noun ("провели очередной
    раунд консультаций … . Джайшанкар был принят премьер-министром … . Следующий раунд
    консультаций состоится в Нью-Дели"): the series' sides, not those of the meeting told
    nearer. Fifty-third pass (h-events149)."""
    if not hit.series:
        return None
    same = [g for g in groups if any(h.lemma == hit.lemma and h.trigger < hit.trigger for h in g)]
    return same[-1] if same else None


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
        if near and FAMILY.get(fold(group).kind, fold(group).kind) in _DISCUSSED:
            return group
        if near:
            return None
    return None


def _told_between(told: list[tuple[int, int]], last: Hit, hit: Hit) -> bool:
    """Whether a sentence of `told` begins after `last`'s and before `hit`'s."""
    return any(last.sent[1] <= s[0] < hit.sent[0] for s in told)


def calls_in_title(ctx: Context, groups: list[list[Hit]], doc_date: str) -> list[list[Hit]]:
    """Talks or a meeting the title alone tells ("Президент Мексики провела переговоры с
    президентом США") where the text tells a telephone call of the same persons: the title
    names that call in other words, not a second event."""
    out: list[list[Hit]] = []
    for group in groups:
        told = fold(group)
        calls = [
            g
            for g in groups
            if folded_kind(g) == "PhoneCall" and _fits(g, replace(told, kind="PhoneCall"), doc_date)
        ]
        # of two persons, or of two states and no one ("Бразилия и Венесуэла обсудили …")
        sides = set(told.persons) or set(told.states)
        talks = FAMILY.get(told.kind) == "talks" and len(sides) >= 2
        if talks and calls and all(_headline(ctx, [h]) for h in group):
            calls[0] += [replace(h, kind="PhoneCall") for h in group]
        else:
            out.append(group)
    return out


def changes_in_title(ctx: Context, groups: list[list[Hit]], doc_date: str) -> list[list[Hit]]:
    """A change of office the title alone tells ("Президент Чили уволил Переса с должности
    главы полиции Сантьяго") that the lead tells again of the same holder in other words of
    the post ("освободил … Хуана Переса от должности начальника Управления карабинеров …"):
    one change, whatever the wording of the post, where everything else agrees (kind,
    persons, day, status); a change of another holder, of another day, or one the text tells
    as done before stays apart. Pass forty-third (h-events107)."""
    out: list[list[Hit]] = []
    for group in groups:
        told = fold(group)
        lead = [
            g
            for g in groups
            if g is not group
            and folded_kind(g) == told.kind
            and any(h.lead and not _headline(ctx, [h]) for h in g)
            and _news_told(fold(g), doc_date)
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
    end = title_end(text)
    return end >= 0 and any(
        h.sent[0] + len(text[h.sent[0] : h.sent[1]].rstrip()) <= end for h in group
    )
