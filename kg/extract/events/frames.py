"""A visit as the frame of what its sentences tell: talks, meetings and signings during it.

A visit's sentences, and a few after them, tell what happens while it lasts ("прибыл в
Ханой … В ходе визита провёл переговоры"), so those events take its date, place and sides,
unless the text tells them apart: another place, a trip already past, a paper signed
elsewhere, or another visit's frame that begins in between.

Split out of extract.py (forty-fifth pass, h-split48)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from kg.extract.agreements.fact import Agreement
from kg.extract.common.dates import dates_within, days_after
from kg.extract.common.pair import told_earlier
from kg.extract.context import Context
from kg.extract.events.counted_days import counted_from_event
from kg.extract.events.fact import Event
from kg.extract.events.hit import Hit
from kg.extract.events.linking import holds, joint, leaders, unique
from kg.extract.events.mentions import holds_post, person_state
from kg.extract.events.rules import discusses, in_object
from kg.extract.events.sameness import FAMILY
from kg.extract.events.sidelines import framing_noun
from kg.extract.events.triggers import HOSTS, TALKS, VISITS, gathering
from kg.extract.events.words import role_words
from kg.extract.identity import dates_agree
from kg.nlp.clauses import contrast_between
from kg.nlp.deps import verb_above
from kg.nlp.morph import features

_WITHIN = frozenset({"Talks", "Meeting", "Signing"})  # what a visit's sentences tell during it


def _elsewhere(hit: Hit, location: str, host: str) -> bool:
    """The hit names a city or state of its own other than `location` ("Переговоры пройдут
    во Вьентьяне" after a visit to Hanoi), or a city of another state than the visit's `host`
    ("прошли в Гуаякиле" after a visit to Lima); a building of the city ("в резиденции
    президента") is no other place, nor the capital or a city of the visit's `host`
    ("посетит Вьетнам … Переговоры пройдут в Ханое", "в Хошимине")."""
    own = bool(hit.location) and bool(hit.capital or hit.country)
    other_city = bool(host) and hit.city_state not in {"", host}
    return own and hit.location != location and not (host and hit.capital == host) or other_city


_VISIT_REACH = 2  # sentences after a visit's own that may still tell what happens during it
_SUMMIT_WEEK = 7  # days before an undated visit's dateline on which a summit still falls in it
_VISIT_DAYS = 3  # days after a begun visit's date on which talks told as ahead still fall in it


@dataclass
class Frame:
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
    now: bool = False  # a visit told under way ("находится с визитом"): begun before its day
    # the sentences whose events it dates as told with it: a visit of days', not "в ходе визита"
    told: set[int] = field(default_factory=set)
    # the sentences that tell it as after their own act ("Перед визитом провёл переговоры"):
    # what they tell done is done before it, not during it
    before: set[int] = field(default_factory=set)
    triggers: set[int] = field(default_factory=set)  # the words that tell it
    news: bool = False  # told in the lead: the news of the text
    dateline: bool = False  # of no day the text gives: its date is the dateline's
    # the sentences that tell a summit or forum as their act's frame ("В рамках форума
    # подписали …", "на полях саммита"), and those of the signings any but a visit frames:
    # what a signing told as one more ("Кроме того, X и Y подписали …") goes on from
    framing: set[int] = field(default_factory=set)
    # talks: the sentences that tell them by their noun as the setting of what they say, and
    # the next of their paragraph (`told_inside`): talks or a meeting told there are within
    inside: set[int] = field(default_factory=set)

    def _begun_before(self, e: Hit) -> bool:
        """A visit of days told under way on its report's day ("находится в стране с
        двухдневным визитом. … Накануне он провёл переговоры"): it began before that day, so
        an event of one of the few days before is within it. Sixty-second pass (h-events218)."""
        under_way = self.event.kind in VISITS and self.now and self.length == "days"
        return under_way and self.event.date == self.doc_date and days_on(e.date, self.event.date)

    def covers(self, e: Hit, sents: set[int]) -> bool:
        """Whether `e` (told in `sents`) happens during this event: told in one of its
        sentences, or, for a visit, in one of the two sentences after one (the arrival, then
        who met the guest at the airport, then "В ходе переговоров …")."""
        ahead = self.under_way(e)  # its own later day
        if sents & self.before and e.status != "planned":
            return False  # "накануне визита … рассказал о предстоящих переговорах" stay in it
        if e.kind == "Forum" and self.event.kind in VISITS:
            return self.attended(e, sents)
        if e.kind not in _WITHIN or e.earlier and not self.earlier:
            return False
        # "прибыл 18 августа. На следующий день провёл переговоры": a visit's later day
        later_day = self.event.kind in VISITS and days_on(self.event.date, self.day_of(e))
        later_day = later_day or self._begun_before(e)
        # "посетит Аргентину в мае. Переговоры пройдут во вторник": no day to count it from
        coarse = e.weekday and self.event.kind in VISITS and 0 < len(self.event.date) < 10
        if not (ahead or later_day or dates_agree(e.date, self.event.date) and not coarse):
            return False
        if self._years_before(e):
            return False
        if (e.status or "occurred") != self.event.status and not ahead:
            return False
        if self.event.kind not in VISITS and e.kind == "Signing":
            # "по итогам переговоров подписали", "В рамках форума подписали …": a summit or
            # forum only where it frames the act; then "Кроме того, X и Y подписали …"
            told = self.framing if self.event.kind in HOSTS else self.sents
            return bool(sents & told) or self.signed_besides(e, sents) and not self.other_states(e)
        if self.event.kind in HOSTS:  # "на полях саммита встретились", "Саммит … . На нём …"
            told_at = e.at_it and any(n - 1 in self.sents for n in sents)
            return bool(sents & self.sents) or told_at
        if FAMILY.get(self.event.kind) == "talks":  # "В консультациях участвовали министры.
            # Министр обороны X и министр обороны Y обсудили …": within them, of their pair
            pair = _states(self.event)
            return bool(sents & self.inside) and len(pair) == 2 and set(e.states) <= pair
        if self.event.kind not in VISITS:
            return False
        near = any(n - gap in self.sents for n in sents for gap in range(_VISIT_REACH + 1))
        return near or self.meets_host(e, sents)

    def _years_before(self, e: Hit) -> bool:
        """`e` is dated in a year before the report's and this event by no day of its own
        ("Стороны обсудили модернизацию соглашения, подписанного в 2003 году" within a
        meeting of the news): an old act told in it, not done at it. Sixty-sixth pass
        (h-events247)."""
        old = bool(e.date and self.doc_date) and e.date[:4] < self.doc_date[:4]
        return old and not self.event.date

    def meets_host(self, e: Hit, sents: set[int]) -> bool:
        """`e`, talks or a meeting told after this visit's sentences, however far ("Также
        Эйде встретился с президентом Финляндии" a paragraph on, "в ходе визита" not told
        again), of the visitor, a person, and the host state, of no state but the visit's:
        what the visitor does during the visit. Another trip told in between parts them
        (`_left`), and a day pointed at ("В тот же день", `Hit.pointed`) is its own, told
        or not. Fifty-ninth pass (h-events191)."""
        visit = self.event
        theirs = visit.visitor.startswith("person/") and visit.visitor in e.persons
        host = bool(visit.host) and visit.host in e.states
        only = set(e.states) <= _states(visit) | {visit.host}
        after = bool(sents) and min(sents) > max(self.sents) and not e.pointed
        return e.kind in TALKS and theirs and host and only and after

    def attended(self, e: Hit, sents: set[int]) -> bool:
        """A bare forum told in one of the visit's own sentences ("В ходе визита X принял
        участие в бизнес-форуме"), of its tense or ahead of a visit begun, naming no sides but
        the visit's: held during the visit, at its place, of the visitor's and the host's
        states. Not one of a name, sides, day or place of its own (`Hit.own_gathering`;
        "инвестиционный форум" is a kind, "Всемирный экономический форум" a name), a gathering
        of many, nor one only the setting of talks. Fifty-fifth pass (h-events170)."""
        pair = _states(self.event) | {self.event.host}
        told = bool(self.event.host) and bool(sents & self.sents) and set(e.states) <= pair
        tense = (e.status or "occurred") == self.event.status or self.under_way(e)
        bare = not (gathering(e.lemma) or e.own_gathering(kinds=True) or e.setting)
        return told and tense and bare

    def signed_besides(self, e: Hit, sents: set[int]) -> bool:
        """`e` is a signing told as one more ("Кроме того, (X и Y подписали) было подписано
        …", `Hit.besides`) right after one this event frames: made at it too."""
        return e.besides and any(n - 1 in self.framing for n in sents)

    def signs_within(self, e: Hit, sents: set[int]) -> bool:
        """`e` is a signing a visit's frame tells in its own sentence ("В ходе визита (В
        рамках визита) министры подписали протокол …"): made at the visit's talks, on its day,
        as the signing told "Кроме того" after it is (`signed_besides`), though the visit
        lasts days. Fifty-eighth pass (h-events189)."""
        return e.kind == "Signing" and self.event.kind in VISITS and bool(sents & self.framing)

    def other_states(self, e: Hit) -> bool:
        """`e` names states, none of them this event's ("провели переговоры в Лиме … . Кроме
        того, Египет и Иордания подписали …"): told beside it, not at it."""
        own = _states(self.event)
        return bool(e.states) and bool(own) and own.isdisjoint(e.states)

    def under_way(self, e: Hit) -> bool:
        """A visit told as begun ("прибыл в Москву с визитом") frames the talks or meeting it
        says lie ahead, undated ("Он проведёт переговоры с Лавровым") or in the visit's next
        days ("Переговоры с Лавровым пройдут завтра"), not a later trip's."""
        visit = self.event.kind in VISITS and self.event.status == "occurred"
        # "состоится в субботу": its date after the dateline's makes it planned
        later = bool(self.doc_date) and not e.status and e.date > self.doc_date
        ahead = visit and e.kind != "Signing" and (e.status == "planned" or later)
        return ahead and (not e.date or days_on(self.event.date, weekday_ahead(e, self.doc_date)))

    def stop_day(self, e: Hit) -> str:
        """The date of a stop of this visit with none of its own ("прибыл в четверг в Японию.
        … Моди также посетил город Сендай", `Hit.stop_of`): the visit's day where the visit
        gives its talks its day (of one day, or not told how long, the stop in its tense);
        else one of its days the text does not say, so their month (their year where the
        few days may run into the next month), as `_stay_span` dates talks over a span; a
        visit of no day gives none. Fifty-fifth pass (h-events167)."""
        start = self.event.date
        same = (e.status or "occurred") == self.event.status
        if len(start) != 10 or self.length == "day" or not self.length and same and not self.ended:
            return start
        other = days_after(start, -_VISIT_DAYS if self.ended else _VISIT_DAYS)
        return next((start[:n] for n in (7, 4) if other[:n] == start[:n]), "")

    def day_of(self, e: Hit) -> str:
        """The day of `e`, a weekday told during this visit, read within the visit's days
        (`visit_weekday`), not from the dateline's day alone."""
        if not (e.weekday and self.event.kind in VISITS):
            return e.date
        return visit_weekday(e.date, e.status, self.event.date, self.doc_date)


def visit_weekday(day: str, status: str, start: str, doc_date: str) -> str:
    """`day`, a weekday the dateline read, told during a visit from `start` (a full date),
    read within the visit's days: told ahead ("прибудет в Ханой 12 мая. Переговоры пройдут
    во вторник"), the first such day on or after both the visit's start and the dateline;
    told done in a report a week or more after the visit began ("прибыл 12 марта с
    трёхдневным визитом. В пятницу посетил Мбарару", told on 25 March), whose last such day
    lies past the visit's few days, the one within them, on or after its start (fifty-ninth
    pass, h-events191). Else `day` as it stands."""
    if len(start) != 10 or len(day) != 10 or status not in {"planned", "occurred"}:
        return day
    dated = len(doc_date) == 10
    if status == "planned":
        return _weekday_from(day, max(start, doc_date) if dated else start)
    within = _weekday_from(day, start)
    late = days_on(start, within) and not days_on(start, day) and within != day
    return within if late and (not dated or within <= doc_date) else day


def _weekday_from(day: str, start: str) -> str:
    """The first day on or after `start` of the weekday `day` falls on (both full dates)."""
    gap = (date.fromisoformat(day) - date.fromisoformat(start)).days % 7
    return days_after(start, gap)


def told_inside(ctx: Context, lemmas: set[str], taken: set[int]) -> set[int]:
    """The sentences (ordinals) that tell talks by their noun (`lemmas`) as the setting of what
    they say, as no event of their own ("В консультациях участвовали 12 министров с каждой
    стороны", "В ходе консультаций министры обсудили …"), each with the next sentence of its
    paragraph, which that setting still frames. `taken`: the words that are other events'."""
    sents, text = ctx.sents, ctx.document.text
    out: set[int] = set()
    for i, lemma in enumerate(ctx.lemmas):
        tok = ctx.doc[i] if lemma in lemmas and i not in taken else None
        if tok is None or tok.pos_ != "NOUN" or not (framing_noun(tok) or _in_them(tok)):
            continue
        n = next(k for k, s in enumerate(sents) if s.start_char <= tok.idx < s.end_char)
        out.add(n)
        if n + 1 < len(sents) and "\n" not in text[sents[n].start_char : sents[n + 1].start_char]:
            out.add(n + 1)
    return out


def _in_them(tok: Token) -> bool:
    """ "В консультациях участвовали …": the noun in the locative of "в" on a verb."""
    told = tok.dep_ == "obl" and features(tok, "Case") == ("Loc",)
    return told and any(c.dep_ == "case" and c.lower_ == "в" for c in tok.children)


def weekday_ahead(e: Hit, doc_date: str) -> str:
    """The date of `e`, a weekday in the direction its tense points: told ahead ("пройдут в
    пятницу") the next such day, told done ("в этот четверг встречался", read as the day of
    the document's own week, which may lie after it) the last one on or before the
    dateline's day (h-events132)."""
    if not (e.weekday and len(doc_date) == 10):
        return e.date
    if e.status == "planned" and e.date < doc_date:
        return days_after(e.date, 7)
    if e.status == "occurred" and e.date > doc_date:
        return days_after(e.date, -7)
    return e.date


def _states(event: Event) -> set[str]:
    """The states among an event's participants."""
    return {p for p in event.participants if p.startswith("state/")}


def days_on(start: str, day: str) -> bool:
    """`day` is `start` or one of the few days after it: both full dates."""
    if len(start) != 10 or len(day) != 10:
        return False
    gap = (date.fromisoformat(day) - date.fromisoformat(start)).days
    return 0 <= gap <= _VISIT_DAYS


@dataclass(frozen=True)
class Mark:
    """A hit the text dates, by its sentence: an event of another day that, told between
    talks and a signing after them, parts the two (`_told_on`)."""

    sent: int
    date: str
    states: frozenset[str]


def frame_of(
    ctx: Context,
    frames: list[Frame],
    e: Hit,
    sents: set[int],
    papers: dict[str, Agreement] | None = None,
    marks: tuple[Mark, ...] = (),
) -> tuple[Frame, bool] | None:
    """The event `e` happens during, and whether its date is `e`'s too: talks "по итогам"
    or "в ходе" of which a signing is told; else a visit told in its sentence or in the
    sentence before it ("прибыл в Джакарту. В ходе переговоров с президентом Индонезии …",
    "посетил Аддис-Абебу, где встретился с …"), the sentences of what it frames counting
    as its own. A visit lasts days: its date is `e`'s only when told in one sentence with
    it, when it is the news of the document's day or when it is of one day ("с однодневным
    визитом"), or done before the dateline on a day the text gives unless told as of days;
    a summit or forum frames the talks or
    meeting told in its sentence or "на нём" in the next, and the signing told "в рамках",
    "в ходе", "на полях" of it (h-events153), with its date; None where nothing frames
    `e`; else the one dated talks, meeting or visit of the pair a signing of the sides is told
    after (`_told_on`)."""
    near = [
        f
        for f in frames
        if f.covers(e, sents)
        and not _left(f, frames, sents)
        and not _apart(ctx, e, f.event)
        and not _signed_apart(ctx, e, f, sents, papers or {})
        and not _later_clause(ctx, e, f)
        and not _topic_of(ctx, e, f)
        and not _looked_back(ctx, e, f, sents)
    ]
    if not near:
        return _told_on(ctx, frames, e, sents, papers or {}, marks)
    frame = min(near, key=lambda f: (f.event.kind in VISITS, -min(f.sents)))
    dated = bool(sents & frame.told) or frame.event.date == frame.doc_date
    # "прибыл 1 марта с трёхдневным визитом. Переговоры прошли": on one of its days
    dated = dated or _past_trip(frame.event, frame.doc_date) and frame.length != "days"
    dated = dated or frame.event.kind in HOSTS  # "Саммит прошёл 28 июня. На нём …"
    dated = dated or bool(sents & frame.inside)  # "В ходе консультаций министры обсудили"
    dated = dated or frame.length == "day"  # "прибудет 12 мая с однодневным визитом. …"
    # "По итогам переговоров подписали … . Кроме того, было подписано …": its day too
    dated = dated or frame.signed_besides(e, sents)
    dated = dated or frame.signs_within(e, sents)  # "В ходе визита министры подписали …"
    dated = dated and not frame.under_way(e)  # not the arrival's day for talks ahead
    dated = dated and not e.eve  # "накануне выборов": a day of its own, not the visit's
    dated = dated and not _counted_from_event(ctx, e)  # "на следующий день после выборов"
    dated = dated and not frame.ended  # "завершил визит": its last day, not its talks'
    frame.sents |= sents
    if e.kind == "Signing" and frame.event.kind not in VISITS:  # what "Кроме того" goes on from
        frame.framing |= sents
    return frame, dated


def _looked_back(ctx: Context, e: Hit, frame: Frame, sents: set[int]) -> bool:
    """Whether `frame` is a visit only a look back tells ("Ранее он побывал в Боливии и
    Эквадоре", `pair.told_earlier`) and `e`, told after it in a sentence of its own, is not
    told as earlier: the story goes on from the visit before the look back, so what follows
    ("Стороны подписали …") is not of that trip (sixty-second pass, h-agreements76)."""
    if e.earlier or sents & frame.sents or frame.event.kind not in VISITS:
        return False
    return all(told_earlier(ctx.doc[i].sent) for i in frame.triggers)


def _counted_from_event(ctx: Context, e: Hit) -> bool:
    """`e` is counted from an event its sentence names after "после" that the text gives no
    day ("На следующий день после выборов он провёл переговоры", `Hit.counted`): a day of its
    own, not its frame's (sixty-first pass, h-events206)."""
    sent = ctx.doc.char_span(*e.sent, alignment_mode="expand") if e.counted else None
    return sent is not None and counted_from_event(sent)


def _told_on(
    ctx: Context,
    frames: list[Frame],
    e: Hit,
    sents: set[int],
    papers: dict[str, Agreement],
    marks: tuple[Mark, ...],
) -> tuple[Frame, bool] | None:
    """The talks, meeting or visit a signing of the sides ("Стороны (также) подписали …",
    "Лидеры подписали …") or a joint press conference of one who took part ("заявил X на
    совместной пресс-конференции") of no day of its own is held at, paragraphs after it: the
    one such event of theirs told before on a day the text gives, as "по итогам переговоров
    подписали" is (fifty-fourth pass, h-agreements50). None where two such of other days are
    told before (which one?), where an event of the pair of another day the text gives stands
    between ("В 2019 году стороны подписали …"), or for one told ahead ("также подпишут")."""
    if e.date or e.earlier or (e.status or "occurred") != "occurred" or not sents:
        return None
    at = min(sents)
    told = [
        f
        for f in frames
        if (f.event.kind not in HOSTS or e.kind == "Publication")
        and f.event.date
        and f.event.status == "occurred"
        and min(f.sents) < at
        and (_theirs(ctx, e, f.event) or _met_before(ctx, e, f, at))
    ]
    # "Накануне X провёл переговоры с Y. Стороны подписали …" during a visit of the report's
    # day: the talks', whose day merging read (`Hit.talks_day`; h-events235)
    told = [f for f in told if f.event.date == e.talks_day] or told
    held = _holding_visits(told)
    told = [f for f in told if f not in held]
    if not told:
        return None
    # the talks a visit's sentence tells before the visit itself: held on a day of their own
    frame = max(told, key=lambda f: (max(n for n in f.sents if n < at), f.event.kind not in VISITS))
    if any(not dates_agree(f.event.date, frame.event.date) for f in told):
        return None  # "провели переговоры в понедельник … в среду встретились": which one?
    pair = _states(frame.event)
    last = max(n for n in frame.sents if n < at)
    # the visit that holds the talks is no event of another day between them
    aside = {n for f in held for n in f.sents}
    if any(
        last < m.sent < at
        and m.sent not in aside
        and pair <= m.states
        and not dates_agree(m.date, frame.event.date)
        for m in marks
    ):
        return None
    if _apart(ctx, e, frame.event) or _signed_apart(ctx, e, frame, sents, papers):
        return None
    frame.sents |= sents
    frame.framing |= sents if e.kind == "Signing" and frame.event.kind not in VISITS else set()
    # a visit of days: on one of them, which the text does not say; its joint press
    # conference on the day the report tells it
    return frame, not frame.ended and (frame.length != "days" or e.kind == "Publication")


def _holding_visits(told: list[Frame]) -> list[Frame]:
    """The visits among the frames `told` that hold every other one, its visitor's with the
    host on one of its days (`_spans`): the talks held during it are what a joint press
    conference or a signing after both is of ("провели в среду переговоры в Джакарте … X
    прибыл в Индонезию во вторник с визитом. … — сказал X на совместной
    пресс-конференции": the talks'), not a question of which one, and the visit's sentences
    part nothing (seventieth pass, h-events268)."""
    others = [f for f in told if f.event.kind not in VISITS]
    if not others:
        return []
    return [f for f in told if f not in others and all(_spans(f.event, g.event) for g in others)]


def _spans(visit: Event, event: Event) -> bool:
    """`event` is held during `visit`: its visitor takes part in it in the host state, on
    its first day or one of the few after it (to its last, where the text gives one)."""
    theirs = {visit.visitor, visit.host} <= set(event.participants)
    within = days_on(visit.date, event.date) and (not visit.end or event.date <= visit.end)
    return theirs and within


def _met_before(ctx: Context, e: Hit, frame: Frame, at: int) -> bool:
    """`e` is a signing of unnamed sides ("Лидеры подписали меморандум") that has only the
    report's pair, told in the paragraph of talks or a meeting of two states told before it
    ("В тот же день X встретился с президентом Бенина Y. … Лидеры подписали …"): theirs,
    whichever the report's pair is (fifty-ninth pass, h-events193)."""
    if e.kind != "Signing" or not e.pair_given or len(_states(frame.event)) != 2:
        return False
    if FAMILY.get(frame.event.kind) != "talks":
        return False
    return one_paragraph(ctx, ctx.sents[max(n for n in frame.sents if n < at)], ctx.sents[at])


def pointed_day(ctx: Context, frames: list[Frame], e: Hit, sents: set[int], told: set[int]) -> str:
    """The day of `e`, whose sentence opens pointing at the day told last ("Вечером", "В тот
    же день", `Hit.same_day`) where the text's reading found none: that of the frame (a visit,
    talks, a summit) the text before ends within, which dated what it frames only once the
    text was read ("В тот же день X встретился с Y на полях саммита. … Лидеры подписали
    меморандум. [new paragraph] Вечером Z провёл встречу с Y"). None where an event of no
    frame (`told`: the sentences that tell any) or a date stands between, where `e` names
    another place, or where the frame's date is no day; `sents`: the sentences of the
    mentions that point so, the first of which counts (sixtieth pass, h-events198)."""
    if not (e.same_day and sents) or e.date or e.hint or e.earlier or e.kind in VISITS:
        return ""
    at = min(sents)
    near = [(max(n for n in f.sents if n < at), f) for f in frames if min(f.sents) < at]
    if not near:
        return ""
    last, frame = max(near, key=lambda t: t[0])
    day, place = frame.event.date, frame.event.location
    if len(day) != 10 or (e.status or "occurred") != frame.event.status:
        return ""
    if any(last < n < at for n in told) or e.location and place and e.location != place:
        return ""
    start, end = ctx.sents[last].end_char, ctx.sents[at].end_char
    return "" if dates_within(ctx.document.text, ctx.document.date, start, end) else day


def one_paragraph(ctx: Context, a: Span, b: Span) -> bool:
    """Whether no line break parts two sentences (one and the same sentence too); the
    first's span may end after the break, so the text is read from its start."""
    lo, hi = sorted((a, b), key=lambda s: s.start_char)
    return "\n" not in ctx.document.text[lo.start_char : hi.start_char]


def _theirs(ctx: Context, e: Hit, event: Event) -> bool:
    """`e` is a signing of the sides of `event`'s two states, or a joint press conference of
    persons who took part in it, or of persons of the two states of a summit of theirs alone
    ("состоялся индийско-японский саммит. … — заявила она на совместной пресс-конференции"),
    whose persons the text may not name: what `_told_on` dates by it."""
    states = _states(event)
    if e.kind == "Signing":
        return e.sides and len(states) == 2 and set(e.states) == states
    press = e.kind == "Publication" and e.lemma in role_words()["press"]
    press = press and joint(ctx.doc[e.trigger]) and bool(e.persons)
    if event.kind in HOSTS:
        sides = {state_of(ctx, p) for p in e.persons}
        return press and event.kind == "Summit" and len(states) == 2 and sides <= states
    return press and set(e.persons) <= set(event.participants)


def _later_clause(ctx: Context, e: Hit, frame: Frame) -> bool:
    """A summit or forum told, in `e`'s sentence, only in a later clause with a verb of its
    own: one of contrast ("X и Y провели переговоры, а 4 мая открыли форум"), or a verb
    coordinated after `e`'s ("провели переговоры, а затем открыли форум в Вильнюсе"): a next
    step, not what `e` was held during, so its date and place are its own. Fifty-first pass
    (h-events140), its place too fifty-second (h-events141)."""
    if frame.event.kind not in HOSTS:
        return False
    doc, trigger = ctx.doc, ctx.doc[e.trigger]
    told = [doc[i] for i in frame.triggers if doc[i].sent == trigger.sent]
    return bool(told) and all(_told_after(trigger, t) for t in told)


def _topic_of(ctx: Context, e: Hit, frame: Frame) -> bool:
    """A summit or forum told, in `e`'s sentence, only inside what `e`'s verb of talks
    discusses ("обсудили итоги саммита, прошедшего во Вьентьяне в 2024 году", "итоги форума,
    который состоялся в Дубае в мае"): what the talks are about, not where or when they
    were held, so its date and place stay its own. Fifty-seventh pass (h-events186)."""
    if frame.event.kind not in HOSTS:
        return False
    doc, trigger = ctx.doc, ctx.doc[e.trigger]
    told = [doc[i] for i in frame.triggers if doc[i].sent == trigger.sent]
    return bool(told) and discusses(trigger) and all(in_object(t, trigger) for t in told)


def _told_after(trigger: Token, word: Token) -> bool:
    """`word` is told after `trigger` in a clause of contrast or of a verb coordinated after
    the trigger's."""
    if word.i < trigger.i:
        return False
    verb = verb_above(word)
    coordinated = verb.dep_ == "conj" and verb.head == verb_above(trigger)
    return coordinated or contrast_between(trigger, word)


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
    sides = {state_of(ctx, p) for p in e.persons} | set(e.states)
    own = _states(visit) | {visit.host}
    own.add(visit.visitor if visit.visitor.startswith("state/") else state_of(ctx, visit.visitor))
    sides.discard("")
    return bool(sides) and sides.isdisjoint(own)


def _signed_apart(
    ctx: Context, e: Hit, frame: Frame, sents: set[int], unstated: dict[str, Agreement]
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
    sides = {state_of(ctx, p) for p in e.persons} | set(e.states) | set(paper.parties)
    return visit.host not in sides


def _there(verb: Token) -> bool:
    """A verb told "там" ("Там же он подписал …"): at the place the text told before."""
    verb = verb if verb.pos_ in ("VERB", "AUX") else verb.head
    return any(c.lower_ in _THERE for c in verb.children)


_THERE = frozenset({"там", "здесь", "тут"})


def _left(frame: Frame, frames: list[Frame], sents: set[int]) -> bool:
    """Another visit is told between `frame`, a visit, and the sentences `sents` ("пригласил
    Путина посетить Индию. Джайшанкар прибыл в Москву. Он проведёт переговоры"): the text
    has moved on to that trip, and what follows no longer happens during this one."""
    return frame.event.kind in VISITS and any(
        g is not frame and g.event.kind in VISITS and max(frame.sents) < min(g.sents) <= min(sents)
        for g in frames
    )


def within(ctx: Context, e: Hit, frame: Event, dated: bool) -> None:
    """What a visit, talks or a summit give the talks, meeting or signing told during them: a place
    (and the date, where `dated`) where it gives none, and, to talks or a meeting during a
    visit "с" persons of the host state alone ("В ходе переговоров с президентом
    Индонезии …") or, naming none, with the host state alone, the visitor and their state
    (a visitor by title alone, "Президент Перу прибыл в Кито", their state).
    Nothing to what names another city or state of its own ("Переговоры … пройдут во
    Вьентьяне" after a visit to Hanoi)."""
    if _elsewhere(e, frame.location, frame.host):
        return
    # "завершили переговоры (с 24 по 26 ноября) и подписали": on their last day
    e.date = e.date or ((frame.end if e.at_close and frame.end else frame.date) if dated else "")
    e.location = e.location or frame.location
    # the report's pair given to unnamed sides is the frame's two states ("Лидеры подписали")
    unnamed = not (e.persons or e.states) or e.pair_given and not e.persons
    if e.leaders and not e.persons:  # "главы государств подписали": the two who met
        e.persons = _two_sides(ctx, frame, e.leaders_office) or _two_heads(
            ctx, frame, e.leaders_office
        )
    # a forum's or summit's signing is of those who sign: firms, or some of many states
    if e.kind == "Signing" and unnamed and frame.kind not in HOSTS:
        # "По итогам переговоров было подписано 15 документов": the states that met signed
        e.states = [p for p in frame.participants if p.startswith("state/")]
    if e.kind == "Publication" and FAMILY.get(frame.kind) in {"talks", "visit"}:
        _held_jointly(ctx, e, frame)
    if e.kind == "Forum" and frame.kind in VISITS:  # "В ходе визита принял участие в форуме"
        e.states = unique([*e.states, *(s for s in (_home(ctx, frame), frame.host) if s)])
    # one state's body's sitting ("для участия в заседании правительства Того", `Hit.body_sitting`
    # with its state) is that state's alone: the visitor's state no side of it (sixty-third
    # pass, h-events232); a UN body's is the visitor's state's as before
    if FAMILY.get(e.kind) != "talks" or e.body_sitting and e.states:
        return
    if not frame.visitor.startswith(("person/", "state/")):
        return
    if frame.visitor.startswith("state/"):  # "Президент Лаоса прибудет в Ханой": by title only
        # a person of no state the gazetteer knows is none other's ("Он провёл переговоры с
        # Диной Болуарте" in Lima)
        hosts = {s for p in e.persons if (s := state_of(ctx, p))} | set(e.states)
        # "Переговоры пройдут в резиденции …", "провёл переговоры с президентом Эквадора"
        if frame.host and not e.others and hosts <= {frame.host}:
            e.states = unique([*e.states, frame.visitor, frame.host])
        return
    home = _home(ctx, frame)
    if home and frame.visitor in e.persons:
        _host_of_partners(ctx, e, frame, home)
    if not home or frame.visitor in e.persons:
        return
    sides = {state_of(ctx, p) for p in e.persons}
    # "с президентом Перу", named or not
    # or none ("Переговоры пройдут в президентском дворце"), or holders of the visitor's
    # office of the two ("Министры обороны двух стран провели переговоры"), not of another
    titled = not e.leaders_office or holds(ctx.entity(frame.visitor), e.leaders_office)
    # holders named with a body or states of no one's pair ("Главы МИД стран ЕС"): not the two
    titled = titled and (e.leaders or bool(e.states) or not e.leaders_office)
    if sides == {frame.host} if e.persons else set(e.states) <= {frame.host, home} and titled:
        # naming none on the visit's day ("Его встретил X. В ходе встречи …"): its hosts too
        greeters = [p for p in frame.participants if state_of(ctx, p) == frame.host]
        met = [] if e.persons or not dates_agree(e.date, frame.date) else greeters
        e.persons = unique([frame.visitor, *e.persons, *met])
        e.states = unique([*e.states, home, frame.host])


def _host_of_partners(ctx: Context, e: Hit, visit: Event, home: str) -> None:
    """Talks or a meeting during a visit of the visitor with persons of no state kg knows
    holding posts the text gives ("прибыл в Ханой. Он провёл переговоры с генеральным
    секретарём ЦК КПВ X": a party's post, of no state): the officials the visitor met at the
    host's place are the host's, so the host state takes part. Not where they are of a state,
    hold no post (a private person met), or the talks name an organization ("с генеральным
    секретарём ООН X") or a state but the visit's two.
    Seventy-first pass (h-events269)."""
    partners = [p for p in e.persons if p != visit.visitor]
    if not visit.host or not partners or e.others or e.extra:
        return
    if any(state_of(ctx, p) for p in partners) or not set(e.states) <= {home, visit.host}:
        return
    if not all(holds_post(ctx, p) for p in partners):
        return  # a private person met ("с матерью журналиста X") holds no post
    e.states = unique([*e.states, visit.host])


def _held_jointly(ctx: Context, e: Hit, talks: Event) -> None:
    """A joint press conference after talks ("Во вторник прошли переговоры X с Y. … «…», —
    заявила Y на совместной пресс-конференции", `_told_on`) is held by those who held the
    talks, its speaker one of them: their persons and states join it. Not one of one side
    ("на своей пресс-конференции"), which no talks frame. Fifty-sixth pass (h-events179).
    One a visit frames is of the visit's visitor and its host's leader (fifty-eighth pass,
    h-events189)."""
    if not joint(ctx.doc[e.trigger]):
        return
    held = [p for p in talks.participants if p.startswith("person/")]
    if talks.kind in VISITS:  # a visit's: its visitor and the host's leader, not a greeter
        heads = leaders(ctx, {talks.host})[talks.host] if talks.host else set()
        held = [p for p in held if p == talks.visitor or p in heads]
    e.persons = unique([*e.persons, *held])
    e.states = unique([*e.states, *(s for p in held if (s := state_of(ctx, p)))])


def _home(ctx: Context, visit: Event) -> str:
    """The visitor's state: the visitor, a state; a person's state; else the one state of the
    visit beside its host."""
    if visit.visitor.startswith("state/"):
        return visit.visitor
    others = _states(visit) - {visit.host}
    return state_of(ctx, visit.visitor) or (min(others) if len(others) == 1 else "")


def _two_sides(ctx: Context, frame: Event, office: str) -> list[str]:
    """The persons of an event, where they are two, of two states, holding `office` where
    one is named: whom "главы государств", "лидеры двух стран" stand for in what it frames
    ("министры" not two presidents who met); else none, never one."""
    persons = [p for p in frame.participants if p.startswith("person/")]
    persons = [p for p in persons if not office or holds(ctx.entity(p), office)]
    states = {state_of(ctx, p) for p in persons} - {""}
    return persons if len(persons) == 2 and len(states) == 2 else []


def _two_heads(ctx: Context, frame: Event, office: str) -> list[str]:
    """Whom "главы государств", "лидеры двух стран" stand for in what a visit frames where
    the visit names only its visitor ("прибыл в Кампалу. … Президент Уганды X назвал визит
    …. Лидеры двух стран провели переговоры"): of the visitor's state and the host, the one
    person of each the text names who leads it (`leaders`); none where either has none or
    two. Fifty-fourth pass (h-events156); a head of government too, fifty-fifth (h-events169)."""
    home = state_of(ctx, frame.visitor) if frame.visitor.startswith("person/") else ""
    if not home or not frame.host or home == frame.host:
        return []
    found = leaders(ctx, {home, frame.host}, office)
    return (
        sorted(min(keys) for keys in found.values())
        if all(len(keys) == 1 for keys in found.values())
        else []
    )


def summit_of_visit(
    ctx: Context, frames: list[Frame], e: Hit, states: list[str], status: str
) -> list[str]:
    """The persons of a summit of two states that names none, told in a text whose news is
    one side's leader's visit to the other ("Премьер-министр Индии X прибыл в Токио. В
    пятницу состоялся индийско-японский саммит. Премьер-министр Японии Y …"): the visitor,
    and the host's one leader the text names (`leaders`), where the summit falls on the
    visit's days. None for a summit of more states, of another time ("в 2019 году") or told
    beside a visit of a minister, who leads no state. Fifty-fifth pass (h-events169)."""
    if e.kind != "Summit" or e.persons or e.earlier or len(states) != 2:
        return []
    for frame in frames:
        visit = frame.event
        if visit.kind not in VISITS or not frame.news or visit.status != status:
            continue
        visitor = ctx.entity(visit.visitor) if visit.visitor.startswith("person/") else None
        if visitor is None or {visitor.state, visit.host} != set(states):
            continue
        if visit.visitor not in leaders(ctx, {visitor.state})[visitor.state]:
            continue
        if e.date and not _on_visit(frame, e.date):
            continue
        host = leaders(ctx, {visit.host})[visit.host]
        return [visit.visitor, *(host if len(host) == 1 else [])]
    return []


def _on_visit(frame: Frame, day: str) -> bool:
    """`day` falls on a visit's days: its first or one of the few after it, or, for a visit
    the text gives no day of (the dateline's), one of the week up to the dateline (a visit
    reported at its end: "прибыл в Токио. В пятницу состоялся саммит")."""
    start = frame.event.date
    if days_on(start, day):
        return True
    if not frame.dateline or len(start) != 10 or len(day) != 10:
        return False
    return 0 <= (date.fromisoformat(start) - date.fromisoformat(day)).days <= _SUMMIT_WEEK


def state_of(ctx: Context, key: str) -> str:
    """A person's state as kg knows it, the one reader of it (`person_state`: their entity's,
    else the one state their offices in the text serve), so a frame's participant known by
    name, their office told elsewhere, counts as that state; "" for a key of no person.
    Sixty-third pass (h-events228)."""
    return person_state(ctx, key) if key.startswith("person/") else ""
