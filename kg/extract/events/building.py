"""One event from the merged hits that tell it: its roles, date, status, key and label.

The folded hit of a group becomes an `Event` where it names enough of its own to be told
(`_enough`) and is no private appointment or trip (`_private`): with the frame of the visit
it is told in (`frames`), the holders of an office told in plural near it, the host of a
transcript's headline, a status pending on an approval still to come, titles of years
before dropped, its date's precision, its key (`kg.extract.identity`) and its label
(`naming`).

Split out of extract.py (forty-fifth pass, h-split48)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.agreements.fact import Agreement
from kg.extract.agreements.reading import AgreementReading
from kg.extract.common.attribution import regions
from kg.extract.common.attribution_words import TURN
from kg.extract.common.dates import (
    VERB_TENSES,
    days_after,
    filed_before,
    part_year,
    season_ahead,
    season_year,
    year_by_tense,
)
from kg.extract.common.pair import named_pair, pair_by
from kg.extract.context import Context
from kg.extract.events.acts import ACTS
from kg.extract.events.attacks import ATTACKS
from kg.extract.events.fact import Event
from kg.extract.events.frames import (
    Frame,
    Mark,
    frame_of,
    one_paragraph,
    pointed_day,
    state_of,
    summit_of_visit,
    told_inside,
    weekday_ahead,
    within,
)
from kg.extract.events.hit import Hit
from kg.extract.events.linking import said_in, unique
from kg.extract.events.merging import _headline
from kg.extract.events.naming import _label
from kg.extract.events.sameness import FAMILY, TENSES, event_identity, fold
from kg.extract.events.triggers import BODIES, HOSTS, LASTING, MULTI, NAMED, VISITS, gathering
from kg.extract.events.words import firm_staff, practises_trade
from kg.extract.identity import Identity
from kg.nlp.deps import clause_head, tense
from kg.resolve.offices import term_at

_LONG = VISITS | HOSTS  # last several days: keyed by their month, not their day
ON_PAPER = frozenset({"Signing", "Ratification"})  # keyed by the agreement they are about


def read_events(
    ctx: Context,
    groups: list[list[Hit]],
    main: tuple[str, ...],
    agreements: AgreementReading,
    doc_date: str,
) -> list[tuple[list[Hit], Hit, tuple[Event, Identity] | None]]:
    """Each group with its `fold` and the event it tells: visits first, then the rest in the
    text's order, so that what a visit or talks frame is read with them (`Frame`). A group is
    folded once here, for its rank, its framing and its frame, and that fold handed on
    (framing reads a fold and changes none: each was folded anew up to five times, ~40 % of
    the events' folds); `_event` folds its own, which it fills in."""
    order = {(s.start_char, s.end_char): n for n, s in enumerate(ctx.sents)}
    read: dict[int, tuple[Event, Identity] | None] = {}
    frames: list[Frame] = []
    papers = agreements.by_token
    unstated_papers = {a.key: a for a in papers.values() if a.key in agreements.unstated}
    marks = tuple(
        Mark(order.get(h.sent, -1), h.date, frozenset(h.states))
        for group in groups
        for h in group
        # an event told ahead ("Первое заседание совета пройдёт в Эр-Рияде в следующем
        # году") does not move the report to another day (sixty-second pass, h-events221)
        if h.date and h.dated_by_text and h.status != "planned"
    )
    taken = {h.trigger for group in groups for h in group}
    told_sents = {order.get(h.sent, -1) for group in groups for h in group}
    folds = [fold(group) for group in groups]
    for n in sorted(
        range(len(groups)),
        key=lambda n: (
            *_frames_first(folds[n]),
            _at(_body(ctx, groups[n]), order),
            _after_talks(folds[n]),
        ),
    ):
        group, folded = groups[n], folds[n]
        sents = {order.get(h.sent, -1) for h in group}
        framed = frame_of(ctx, frames, folded, sents, unstated_papers, marks)
        if framed is None and len(body := _body(ctx, group)) < len(group):
            below = {order.get(h.sent, -1) for h in body}
            framed = frame_of(ctx, frames, fold(body), below, unstated_papers, marks)
        if framed is None and (stop := folded.stop_of) >= 0:  # a stop: its visit frames it
            framed = next(((f, False) for f in frames if stop in f.triggers), None)
        # "Вечером …" after the paragraph of a framed event: the frame's day
        pointing = {order.get(h.sent, -1) for h in group if h.same_day}
        day = "" if framed else pointed_day(ctx, frames, folded, pointing, told_sents)
        told = read[n] = _event(ctx, group, main, agreements, framed, frames, day)
        event = told[0] if told is not None else None
        if event is not None and (
            FAMILY.get(event.kind) in {"visit", "talks"} or event.kind in HOSTS
        ):
            frame = Frame(
                event, sents, doc_date, folded.earlier, folded.ended, folded.length, folded.now
            )
            days = event.kind in VISITS and folded.length == "days"
            frame.told = _told_in(group, order) if days else frame.sents
            frame.before = {order.get(h.sent, -1) for h in group if h.before}
            frame.triggers = {h.trigger for h in group}
            frame.news, frame.dateline = folded.lead, not folded.date
            # "В рамках форума подписали", "По итогам саммита / переговоров на нём подписали"
            frame.framing = {
                order.get(h.sent, -1) for h in group if h.framing or h.setting or h.of_outcome
            }
            if FAMILY.get(event.kind) == "talks":
                nouns = {h.lemma for h in group if not h.by_verb}
                frame.inside = told_inside(ctx, nouns, taken - frame.triggers)
            frames.append(frame)
    return [(group, folds[n], read[n]) for n, group in enumerate(groups)]


def _body(ctx: Context, group: list[Hit]) -> list[Hit]:
    """The hits of a group told below the document's title, the whole group where only the
    title tells it. A headline ("X и Y утвердили дорожную карту …") sums up what the body
    tells: the group is read where the body tells it, after the talks it is told "по итогам"
    of ("В Ташкенте состоялись переговоры. По итогам переговоров подписана …": their
    Tashkent, not the visit's Uzbekistan), and, where the whole group finds no frame, framed
    as the body tells it ("3 марта в Ташкенте … провели переговоры. … Стороны также подписали
    …": the talks' place and day), which the headline, before any talks and naming the
    states, not "стороны", missed. Sixty-second pass (h-events215)."""
    below = [h for h in group if not _headline(ctx, [h])]
    return below or group


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


def _after_talks(e: Hit) -> bool:
    """Within one sentence, talks are read before what they frame: "провели переговоры, по
    итогам которых подписали меморандум" is the talks' signing, of their day, not of the
    visit's arrival told before them (sixty-sixth pass, h-events247)."""
    return FAMILY.get(e.kind) != "talks"


def _at(group: list[Hit], order: dict[tuple[int, int], int]) -> int:
    """Where a group is read among those of its rank: at its first sentence; one whose
    undated mention points back at the day told last ("Вечером …", `Hit.same_day`) at that
    mention's, so that what is told before it, and the frames that date it, are read first
    (`pointed_day`)."""
    pointing = [order.get(h.sent, -1) for h in group if h.same_day and not h.date]
    return min(pointing or [order.get(h.sent, -1) for h in group])


def _transcript_host(ctx: Context, group: list[Hit], e: Hit) -> None:
    """The host of a transcript's headline "Встреча с X" / "Переговоры с X", which names
    only the guest, takes part: the one other speaker of the turns below it."""
    if FAMILY.get(e.kind) != "talks" or len(e.persons) != 1 or not _headline(ctx, group):
        return
    speakers = {r.speaker for r in regions(ctx) if r.rank == TURN}
    others = sorted(speakers - set(e.persons))
    if e.persons[0] in speakers and len(others) == 1:
        e.persons = [*others, *e.persons]
        e.states = unique(e.states + [s for s in [state_of(ctx, others[0])] if s])


def _holders_near(ctx: Context, e: Hit, states: list[str]) -> None:
    """Whom holders of an office told in plural stand for, where talks name no one
    ("Министры иностранных дел Греции и Турции провели переговоры. Глава МИД Греции X
    назвал встречу …"): for each state, the one person of it who holds just that office
    (not any minister for "министры") named in the event's sentence or the one after, in its
    paragraph; none for a state with two such, or none. Not the sentence before: it tells
    what led up to the talks, often another meeting of other holders ("В 2021 году министр
    X встретился с …")."""
    if e.persons or not e.leaders_office or FAMILY.get(e.kind) != "talks" or e.agreed:
        return  # agreed on: of those its noun names ("договорились провести консультации …")
    sents = ctx.sents
    at = next((i for i, s in enumerate(sents) if s.start_char <= e.sent[0] < s.end_char), None)
    if at is None:
        return
    near = [s for s in sents[at : at + 2] if one_paragraph(ctx, s, sents[at])]
    found: dict[str, set[str]] = {}
    for m in ctx.mentions:
        inside = any(s.start_char <= m.start < s.end_char for s in near)
        person = ctx.entity(m.entity) if inside and m.type == "Person" else None
        if person is not None and person.office.lower() == e.leaders_office:
            found.setdefault(state_of(ctx, m.entity), set()).add(m.entity)
    e.persons = sorted(
        min(keys) for state, keys in found.items() if state in states and len(keys) == 1
    )


def _clause_tense(ctx: Context, e: Hit) -> str:
    """The tense of the clause an event with no status of its own is told in, which moves
    its yearless day as a status would: "На выборах 7 декабря он набрал 56% голосов" in a
    January text tells last December's, not a vote ahead ("Выборы пройдут 7 декабря" has
    its status). Only an event noun the clause's verb takes as a circumstance ("на
    выборах"): an event that is the clause's subject ("Визит … был запланирован на декабрь",
    "Саммит, который должен был пройти в декабре") or its verb's infinitive ("договорились
    встретиться в ноябре") is told by a plan in the past, not held then. "" where the
    clause's head is no verb (sixty-ninth pass, h-events263)."""
    tok = ctx.doc[e.trigger]
    if tok.pos_ != "NOUN" or tok.dep_ != "obl":
        return ""
    head = clause_head(tok)
    return VERB_TENSES.get(tense(head), "") if head.pos_ in {"VERB", "AUX"} else ""


_APPROVE = frozenset({"одобрить", "утвердить", "поддержать", "одобрять", "утверждать"})


def _pending_status(ctx: Context, e: Hit) -> str:
    """The folded status, "occurred" where none is told; "planned" for an appointment the
    text makes hang on an approval to come ("Если кандидатуру X одобрит Сенат, …"), and for
    a visit told only as lasting ahead ("Визит продлится два дня"): no mention tells it begun
    (fifty-seventh pass, h-events186)."""
    status = e.status or ("planned" if e.lasts_on else "occurred")
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


def _dateline_day(e: Hit, doc_date: str, told: bool) -> str:
    """The date a dated document gives an event with none of its own: the dateline's day
    for the news it reports; for a season, that season's year ("прошли осенью"), or, for a
    planned event, the year of the season ahead ("пройдёт осенью", h-events135); for a part
    of a bare "года" ("во второй половине года"), the document's year (h-events180), or the
    year before's for one told done that has not begun by the document's date."""
    if e.hint.startswith("year_part:"):
        first, last = e.hint.removeprefix("year_part:").split("-")
        tense = "Past" if told else "" if e.now else "Fut"
        year = part_year((int(first), int(last)), doc_date, tense, ended=False)
        return year if len(doc_date) >= len("2000-01") else doc_date[:4]
    if e.hint.startswith("month:"):  # "по итогам июльской встречи": the July its tense tells
        month = f"{doc_date[:4]}-{e.hint.removeprefix('month:')}"
        return year_by_tense(month, doc_date, TENSES.get(e.status, ""))
    season = e.hint.removeprefix("season:") if e.hint.startswith("season:") else ""
    if e.now or told:
        return season_year(season, doc_date) if season else doc_date
    return season_ahead(season, doc_date) if season else ""


def _news_within(group: list[Hit], date: str, doc_date: str) -> bool:
    """A year or month one mention gives an event another, of the lead, reports undated as
    the news ("прибыл с визитом в Уганду. Это второй визит в Уганду в этом году"): the
    dateline's day lies within it and is the finer date of the one event. Fifty-second pass
    (h-events142)."""
    finer = len(date) < len(doc_date) == len("2000-01-01") and doc_date.startswith(date)
    return bool(date) and finer and any(h.lead and not h.date for h in group)


def _this_is(ctx: Context, group: list[Hit]) -> bool:
    """A visit noun that is the predicate of "Это" with no copula ("Это первый официальный
    визит главы ганского государства в Того"): the visit the report tells, as its lead
    tells it; not "Это был первый визит", "Это будет визит" (the copula's tense). A visit
    told dated before ("В 2019 году посетил Того. Это первый визит …") is one event with
    it and keeps that date. Sixty-first pass (h-events207)."""
    for h in group:
        tok = ctx.doc[h.trigger]
        if (
            h.kind in VISITS
            and tok.dep_ == "ROOT"
            and any(c.lemma_ == "это" and c.dep_ == "nsubj" for c in tok.children)
            and not any(c.dep_ in ("cop", "aux") for c in tok.children)
        ):
            return True
    return False


def _one_day(e: Hit, paper: Agreement) -> None:
    """A signing and the signed paper it tells are of one day: the signing takes the paper's
    date where it has none (the paper takes the signing's where it has none of its own,
    once the events are built: `extract._signing_days`). Fifty-fifth pass (h-agreements53)."""
    if not e.date:
        e.date = paper.date


def _within_frame(ctx: Context, e: Hit, frame: Frame, dated: bool) -> None:
    """What the event's frame gives it (`within`): a weekday told ahead read from a visit's
    start ("Переговоры пройдут во вторник": the visit's Tuesday), and a stop of the visit of
    no date of its own one within the visit's days ("Моди также посетил Сендай",
    `Frame.stop_day`; h-events167)."""
    within(ctx, e, frame.event, dated)
    e.date = frame.day_of(e)
    if e.stop_of >= 0 and not (e.date or e.hint or e.earlier):
        e.date = frame.stop_day(e)


def _from_frame(ctx: Context, e: Hit, framed: tuple[Frame, bool] | None, day: str) -> None:
    """What a frame gives the event (`_within_frame`); with none, the day of the frame its
    opening words point back at ("Вечером …", `pointed_day`), where there is one."""
    if framed is not None:
        _within_frame(ctx, e, *framed)
    elif day:
        e.date, e.dated_by_text = day, True


def _event(
    ctx: Context,
    group: list[Hit],
    main: tuple[str, ...],
    agreements: AgreementReading,
    framed: tuple[Frame, bool] | None = None,
    frames: list[Frame] | None = None,
    day: str = "",
) -> tuple[Event, Identity] | None:
    e = fold(group)
    if not e.persons and not e.states and e.kind in MULTI | NAMED:  # "прошли с участием X"
        e.persons = [k for k in e.extra if k.startswith("person/")]
        e.states = [k for k in e.extra if k.startswith("state/")]
    _transcript_host(ctx, group, e)
    _from_frame(ctx, e, framed, day)
    paper = agreements.by_token.get(e.doc_token) if e.paper else None
    if paper is not None and e.kind == "Signing" and paper.status == "signed":
        _one_day(e, paper)
    doc_date = ctx.document.date or e.reported
    told = e.lead and e.status == "occurred" or e.status != "planned" and _this_is(ctx, group)
    told = told or not e.status and _headline(ctx, group)
    told = told or not e.status and _said_in_lead(ctx, group)
    told = told and not e.earlier  # "прошлый раунд переговоров прошёл …": not today's news
    told = told and not e.eve  # "Накануне визита X провёл …": the visit's eve, not the news day
    told = told and not e.counted  # "а на следующий день": from an event of no day told
    told = told and not e.ongoing  # "переговоры ведутся с 2019 года": a process since then
    # "завершил визит. В ходе визита провёл переговоры": on a day of the visit, not the news day
    # "прибыл 1 марта с трёхдневным визитом. Переговоры прошли": on one of its days too
    told = told and not (framed is not None and (framed[0].ended or framed[0].length == "days"))
    told = told and not (e.kind == "Death" and e.by_report)  # by the report's day, not on it
    ahead = e.status == "planned" and not _headline(ctx, group)  # a title's plan: undated
    if not e.date and doc_date and (e.now or told or ahead or e.hint.startswith("month:")):
        e.date = _dateline_day(e, doc_date, told)
    elif told and _news_within(group, e.date, doc_date):
        e.date = doc_date  # "прибыл в Уганду. … второй визит в Уганду в этом году": that day
    if e.yearless and e.date and doc_date:
        # the nearest such day the tense points to, compared by day: a planned one earlier in
        # the document's month is next year's, a past one later in it last year's (h-events122)
        told_tense = TENSES.get(e.status, "") or _clause_tense(ctx, e)
        e.date = year_by_tense(e.date, doc_date, told_tense, by_day=True)
    e.date = weekday_ahead(e, doc_date)
    status = _pending_status(ctx, e)
    if status != "cancelled" and e.date and doc_date and e.dated_by_text:
        n = min(len(e.date), len(doc_date))
        # "ЛИМА, 12 марта. … 13 марта завершил визит": told done, filed before its end
        if e.date[:n] > doc_date[:n] and not (
            e.status == "occurred" and filed_before(e.date, doc_date)
        ):
            status = "planned"
    _drop_past_titles(ctx, e, group, doc_date)
    states = _initialled_sides(agreements, e, sorted(e.states))
    # an agentless signing's sides are the pair told by its sentence's end, not a later one's
    main = pair_by(ctx, e.sent[1], only_two=False) if e.kind == "Signing" and not states else main
    # One side named ("переговоры с Путиным"): the other is the document's other state.
    one_side = not states or (len(states) == 1 and states[0] in main)
    two = e.kind in MULTI or e.kind == "Forum" and not gathering(e.lemma)
    # "На полях форума X провёл переговоры с Y": the forum is the talks' setting, not theirs
    two = two and not (e.setting or e.venue)  # nor a forum of many abroad ("в Сеуле")
    if two and one_side and len(main) == 2 and not e.own_side:
        states = sorted(set(states) | set(main))
    elif e.kind in NAMED and not states and (pair := named_pair(ctx, e.pair_word, e.sent[1])):
        states = sorted(pair)  # "следующий саммит двух стран": the document's two
    _holders_near(ctx, e, states)
    # "X прибыл в Токио. В пятницу состоялся саммит": the visitor and the host's leader
    e.persons = e.persons or summit_of_visit(ctx, frames or [], e, states, status)
    if not _enough(e, states) or _private(ctx, e, states):
        return None
    if paper is not None and e.kind == "Signing":
        _sides_to_paper(agreements, paper, states)
        e.paper = paper.key  # keyed by the paper's sides where it took them
    if paper is not None and e.kind == "Signing" and not (e.own_side and states):
        # the treaty's parties and signatories; not those of a paper "с палестинцами", whose
        # other side is no state, beyond the one its own clause names
        signed = {p for p in paper.parties if p.startswith("state/")}
        # "Лидеры подписали меморандум" after a meeting of other states than the report's
        # pair: the paper's own two parties, not that pair
        states = sorted(signed if e.pair_given and len(signed) >= 2 else set(states) | signed)
        # not the paper's signers "они" or "лидеры" of an earlier year are read as: today's
        signers = [] if e.sides_then else paper.signatories
        e.persons = unique(e.persons + signers)
    identity = event_identity(e, states, status, doc_date, ctx.document.id)
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
        end=_last_day(e),
        location=e.location,
        participants=participants,
        visitor=e.visitor,
        fellows=[k for k in e.fellows if k in participants and k not in {e.visitor, e.host}],
        host=e.host,
        evidence=[ctx.evidence(a, b) for a, b in evidence],
    ), identity


def _last_day(e: Hit) -> str:
    """The last day of an event over a span of days ("Переговоры проходили с 24 по 26
    ноября": 2026-11-26), counted from its first, which the tense may have moved to another
    year; "" where its date is no full day, and for an act of one day whatever span its
    sentence tells ("Выборы прошли с 1 по 3 марта"). Sixty-eighth pass (h-events258). A
    day a verb of lasting gives after the first is the last too ("Учения продлятся до 28
    июня", `Hit.until`; seventieth pass, h-events267)."""
    if e.kind not in LASTING or len(e.date) != 10:
        return ""
    if e.spanned:
        return days_after(e.date, e.spanned)
    return e.until if e.until > e.date else ""


def _initialled_sides(agreements: AgreementReading, e: Hit, states: list[str]) -> list[str]:
    """An initialling whose words name fewer than two states takes the states its paper's
    reading found ("Парафирование договора о границе между Эфиопией и Кенией"): the text
    of a paper is initialled by its own sides. Other events keep `states`."""
    if e.kind != "Initialling" or len(states) >= 2:
        return states
    paper = agreements.by_token.get(e.doc_token)
    parties = {p for p in paper.parties if p.startswith("state/")} if paper is not None else set()
    return sorted(set(states) | parties)


def _sides_to_paper(agreements: AgreementReading, paper: Agreement, states: list[str]) -> None:
    """A paper signed or to be signed at a signing of two states takes them where its own
    reading found no side (`AgreementReading.take_sides`): one paper and its signing are
    of the same two sides."""
    two = len(states) == 2 and all(s.startswith("state/") for s in states)
    if two and paper.status in {"signed", "planned"}:
        agreements.take_sides(paper, states)


def _said_in_lead(ctx: Context, group: list[Hit]) -> bool:
    """A publication of the lead a verb of saying in the past takes in "в" ("Посол X
    рассказал в интервью газете …", `said_in`): told as the news, of the report's day, as
    the lead's talks are; its status stays untold for the frames of dates. Sixtieth pass
    (h-events202)."""
    words = [ctx.doc[h.trigger] for h in group if h.lead and h.kind == "Publication"]
    return any(said_in(t) and tense(t.head) == "Past" for t in words)


def _precision(kind: str) -> int:
    """How much of its date keys an event across documents: a visit, forum or summit lasts
    days, so its month (two visits of one year are two); a signing its year, as its paper
    names it; any other its day."""
    return 7 if kind in _LONG else 4 if kind in ON_PAPER else 10


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
    # a fellow traveller's too ("В 2010 году президенты X и Y посетили Z")
    states = {k: entity.state if (entity := ctx.entity(k)) is not None else "" for k in gone}
    e.fellows = unique([s for k in e.fellows if (s := states.get(k, k)) and s != e.visitor])


def _enough(e: Hit, states: list[str]) -> bool:
    """Whether an event names enough of its own to be told: a visit its visitor or host
    (not the host alone where its traveller is a noun that names no one),
    talks someone or a capital they are held in, an act someone it is done by or to, a
    seizure the state that seized (else it is a crime), a statement its author or its words
    ("говорится в заявлении"), an accession its union (named
    somewhere in the document), a gathering only the setting of talks its name or sides,
    a letter a state that sends or receives it, an attack a place or a side, and told as
    done, exercises a state whose forces hold them, a cultural programme the state whose
    culture it presents."""
    if e.kind in VISITS:  # "визит иностранного лидера в Индию" alone: no one's
        return bool(e.visitor or e.host and not e.unnamed_visitor)
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
    if e.kind in {"Exercise", "Festival"}:  # "в школе прошли учения по гражданской обороне"
        return bool(states)
    if e.kind == "Exhibition":  # "национальная выставка Ирана" in Tehran: no other state's
        return len(states) > 1
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
    one of them practises a trade (an undated text gives a head of government no office),
    or all of them hold posts in a company or an outlet of no state ("глава телеканала
    рассказала, что переговоры с ведущим шли легко": a hiring; h-events124)."""
    if e.kind in VISITS:
        return practises_trade(ctx, e.visitor) and not _acting(ctx, e.visitor)
    if e.kind not in MULTI - {"Signing"} or e.states or e.capital or e.others:
        return False
    if e.persons and all(firm_staff(ctx, k) for k in e.persons):
        return True  # "глава телеканала рассказала, что переговоры с ведущим шли легко"
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
