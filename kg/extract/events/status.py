"""Whether a hit occurred, is planned or was cancelled, from the markers of
`event_words.tsv` around it and the tense of its verb ("пройдут", "намерены провести",
"отменил визит"), and the uses that tell no event at all: a condition ("если … не удастся,
состоятся выборы"), a denial ("так и не подписали"), a gathering only named.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.common.dates import DateMention
from kg.extract.events.acts import trip_places
from kg.extract.events.attacks import ATTACKS, begun_attack, harmed_by, harming_verb
from kg.extract.events.ballots import became
from kg.extract.events.career_posts import voted_appointment
from kg.extract.events.careers import reads_career
from kg.extract.events.dating import Dating
from kg.extract.events.hit import Hit
from kg.extract.events.linking import RELATIVE, ancestors
from kg.extract.events.participants import (
    PART_IN,
    agreed_not_held,
    part_in,
    part_within,
    told_in,
)
from kg.extract.events.places import (
    _held_after,
    _moved,
    moving_verb,
    new_time,
    sequel_noun,
    taken_up_by,
)
from kg.extract.events.relief import sent_aid
from kg.extract.events.rules import from_someone, governor, habitual, in_wave, told_tail
from kg.extract.events.schedule import (
    before_word,
    candidacy,
    concluded,
    counted_down,
    counted_from,
    held,
    narrated_before,
    scheduled,
    set_ahead,
)
from kg.extract.events.sidelines import HELD_FRAMES, framed_verb, sidelines_verb
from kg.extract.events.triggers import VISITS, Rule, exchanged_paper, hosts
from kg.extract.events.visits import greeted_before, lasting
from kg.extract.events.words import (
    condemned,
    delivered_call,
    new_date_of,
    taken_call,
    time_set_by,
    turned_back,
)
from kg.extract.events.words import is_role as _is
from kg.nlp.clauses import contrast_between
from kg.nlp.deps import (
    CLAUSES,
    CONDITIONS,
    SUBJECTS,
    condition_clause,
    first_noun_conjunct,
    has_preposition,
    infinitive_head,
    is_if,
    marked_own,
    negated,
    opened_by_where,
    preposition_noun,
    subjunctive,
    taken_as_object,
    that_clause,
    under_compound_preposition,
    verb_above,
)
from kg.nlp.deps import preposition as _prep
from kg.nlp.deps import tense as _tense
from kg.nlp.morph import agrees, case_of, features, is_infinitive


class Status(Dating):
    """A hit's status, and the uses that tell no event."""

    def _in_cancelled_trip(self, tok: Token) -> bool:
        """An event of a clause of "где" on the place of a trip that is called off
        ("отменил поездку в Ханой, где планировал встретиться с …"): called off with it,
        though its own clause's verb stands between it and the cancelling one."""
        up = _clause_up(tok)
        clause = up[-1] if up else tok
        if clause.dep_ != "acl:relcl" or not opened_by_where(clause):
            return False
        trip = clause.head.head
        rule = self._rule(trip, False) if trip.pos_ == "NOUN" else None
        return (
            rule is not None
            and rule.kind in VISITS
            and trip.dep_ == "obj"
            and _is(trip.head, "cancel")
        )

    def _status(self, tok: Token, hit: Hit, anchors: list[Token], dates: list[DateMention]) -> None:
        """cancelled / planned / occurred where the text signals it, else ""."""
        cause = _cause(tok) or _for_the_time_of(tok)  # "из-за переизбрания X ей предстоит …":
        # not the verb's time, nor "отложили визит на время выборов": not the elections put off
        near = list(tok.children) + ([] if cause else ancestors(tok, stop=PART_IN))
        anchors = [a for a in anchors if a.dep_ in RELATIVE] if cause else anchors
        near += [x for a in anchors if a.i != tok.i for x in (a, *a.children)]
        near = [t for t in near if not contrast_between(tok, t)]  # ", а министры обсудили"
        near = [t for t in near if not _beside(t, tok) and not _cancels_its_own(t, tok)]
        done = _clauses_of_one_done(tok, anchors)  # "совершил визит, в ходе которого …"
        near = [t for t in near if t.i not in done]
        eve = self._eve_phrase(tok, anchors)  # "накануне визита, запланированного на …"
        near = [t for t in near if t.i not in eve]
        part = part_in(tok)
        # "отказался от участия в саммите", "не примет участия": one's part, not the summit
        above = {a.i for a in ancestors(part)} if part is not None else set()
        near = [t for t in near if t.i not in above]
        outer = set(tok.ancestors) - set(_clause_up(tok))  # "отменяет решения, по которым …"
        hit.agreed = agreed_not_held(
            tok
        )  # also where a plan word says so too ("следующую встречу")
        hit.ongoing = hit.ongoing or hit.agreed and _opened_talks(tok, hit.kind)
        beyond = _above_own_clause(tok)  # "должен сменить X, который написал заявление"
        beyond |= _above_gathered(tok)  # "участники саммита пригласили Египет"
        plans = _plan_words(tok, near, beyond)
        if (asked := _asked_to(tok)) is not None and asked not in plans:
            plans.append(asked)  # "разрешили X принять участие в церемонии": ahead of the leave
        before = [t for t in near if before_word(tok, t)]  # "перед визитом провёл переговоры"
        hit.before = bool(before)
        hit.came_after = any(narrated_before(t) for t in before)
        moved = _moved(tok, anchors)
        hit.put_off = moving_verb(tok) in anchors  # with a new time or none
        if (
            any(_is(t, "cancel") and t not in outer and t != moved for t in near)
            or any(
                negated(a) and _is(a, "happen") and not _said_of_other(tok, a)
                for a in anchors
                # "переговоры, в которых X не участвовал": X's part, not the talks
                if a.i not in above and not part_within(a)
            )
            or _turned_back(tok)
            or _called_off_after(tok)
            or _failed(tok)
            or _skipped_own(tok, hit)
            or self._in_cancelled_trip(tok)
            or hit.kind in VISITS
            and self._cut_short(tok, hit)
            or self._purpose_cut_short(tok, hit)
            or self._due_before(tok, hit, anchors)
        ):
            hit.status = "cancelled"
        elif moved is not None:  # "перенесли на осень" lies ahead, "… и провели онлайн" not
            held_after = _held_after(moved)
            hit.status = "planned" if held_after is None or _tense(held_after) == "Fut" else ""
            hit.status = hit.status or "occurred"
        elif _anniversary_of(tok) or hit.kind in ATTACKS and condemned(tok):
            hit.status = "occurred"  # "в годовщину его смерти"; "осудил нападение": done
        elif (
            plans
            or hit.agreed
            or _ready(tok)
            or set_ahead(tok)
            or (scheduled(tok) and not reads_career(hit.kind, tok))
            or counted_down(tok)
            or (any(not narrated_before(t) for t in before) and not held(tok))
            or _outcome_supposed(tok)
            or (hit.kind == "Signing" and _talked_of(tok))
            or tok.lemma_ in _NOMINATING  # "номинирован в члены правления": yet to be confirmed
            or new_date_of(tok) is not None  # "Новая дата визита — 5 июня"
            or time_set_by(tok) is not None  # "Новые сроки визита согласуют в мае"
        ):
            hit.status = "planned"  # not "посетил по приглашению": a circumstance
            hit.offered = bool(plans) and all(_is(t, "offer") or _is(t, "permit") for t in plans)
            hit.offered_on = self._offer_day(tok, dates) if hit.offered else ""
            # a nomination of a year before the news was settled by then ("В мае 2009 года
            # Обама выдвинул X на должность посла": h-status47)
            told_before = hit.agreed or plans or tok.lemma_ in _NOMINATING
            if told_before and not hit.offered and self._agreed_long_before(tok, hit):
                hit.status = "occurred"
        elif hit.now:
            hit.status = "occurred"
        elif hit.kind == "Resignation" and habitual(tok):
            hit.status = self._present_status(tok, hit, dates)  # "X покидает свой пост"
        else:
            hit.status = self._tense_status(tok, anchors, hit)
            if hit.status == "planned" and hit.kind in VISITS and lasting(tok):
                hit.status = ""  # "Визит продлится до субботы": how long, not when it begins
                hit.lasts_on = not self._greeted(tok)

    def _greeted(self, tok: Token) -> bool:
        """A visit told as lasting after the sentence before told its guest met ("В
        аэропорту X встретил Y. Визит продлится три дня", `greeted_before`): begun, under
        way. Fifty-ninth pass (h-events192)."""
        return any(_tense(verb) == "Past" for _, _, verb in greeted_before(self.ctx, tok))

    def _cut_short(self, tok: Token, hit: Hit) -> bool:
        """A trip told by a verb of setting out in the past ("отправился в Чили", `set_out`)
        that the next words, opened by "но" or "однако", tell stopped by an arrest on the way
        ("Но в Перу, где он сделал остановку, его арестовали"): it never got there. Not a
        trip told by its arrival ("прибыл в Чили"), nor one the arrest follows with no
        contrast ("… . В Сантьяго его задержали"), nor one whose arrest the words place at
        the trip's end ("отправился в Перу, но там / в Лиме его арестовали": he got there)."""
        if not (_is(tok, "set_out") and _tense(tok) == "Past"):
            return False
        return self._stopped_next(tok, hit)

    def _purpose_cut_short(self, tok: Token, hit: Hit) -> bool:
        """An event that is the purpose of a past act ("прибыла в Перу, чтобы взять у него
        интервью", the infinitive of "чтобы" or its object) that the next words, opened by
        "но" or "однако", tell stopped by an arrest or a refusal of entry ("Однако
        пограничники её задержали", "но его не пустили в страну"): it was never done. Not
        an event told on its own before an arrest ("взяла интервью. Однако её задержали")."""
        verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head if tok.dep_ == "obj" else tok
        if not (is_infinitive(verb) and any(c.lower_ == "чтобы" for c in verb.children)):
            return False
        before = [t for t in self.doc[: verb.i] if t.pos_ in {"VERB", "AUX"}]
        at = next((t for t in reversed(before) if t.i >= self._sent_start(verb)), None)
        return at is not None and _tense(at) == "Past" and self._stopped_next(tok, hit, True)

    def _due_before(self, tok: Token, hit: Hit, anchors: list[Token]) -> bool:
        """An event a modal told in the past says was due at a time the text gives before
        the news ("Президент Чили должен был посетить Перу в прошлом году", "Визит … должен
        был состояться в январе"): it was not held as planned, called off (the ontology's
        statuses are occurred, planned and cancelled); "должен посетить Перу в мае" and a
        past modal of no time told, or of a weekday, keep their reading. Fifty-eighth pass
        (h-events188)."""
        heads = [tok.head] if is_infinitive(tok) else []
        heads += [w for a in anchors for w in (a, a.head) if w.i != tok.i]
        if not any(_is(w, "due") and _told_past(w) for w in heads):
            return False
        if not hit.dated_by_text or hit.weekday or not hit.date[:4].isdigit():
            return False
        news = self.ctx.document.date
        if news:
            return hit.date < news[: len(hit.date)]
        return int(hit.date[:4]) < self.ctx.reference_year

    def _sent_start(self, tok: Token) -> int:
        return next((s.start for s in self.ctx.sents if s.start <= tok.i < s.end), tok.i)

    def _stopped_next(self, tok: Token, hit: Hit, refused: bool = False) -> bool:
        """The words after `tok` to the end of the next sentence, from a "но" or "однако"
        opening a clause, tell a stop on the way (`stopped_on_way`, not at the trip's end)
        or, where `refused`, an entry refused ("не пустили", "не допустили")."""
        sents = self.ctx.sents
        at = next((k for k, sent in enumerate(sents) if sent.start <= tok.i < sent.end), None)
        if at is None:
            return False
        words = [t for t in self.doc[tok.i + 1 : sents[at].end]]
        if at + 1 < len(sents):
            words += list(sents[at + 1])
        for k, word in enumerate(words):
            if word.lower_ not in {"но", "однако"} or not (k == 0 or words[k - 1].is_punct):
                continue
            after = words[k + 1 :]
            stops = [t for t in after if _is(t, "stopped_on_way") and t.pos_ == "VERB"]
            if refused and any(_is(t, "entry_refused") and negated(t) for t in after):
                return True
            return any(not self._stopped_there(t, hit) for t in stops)
        return False

    def _stopped_there(self, verb: Token, hit: Hit) -> bool:
        """The arrest `verb` told at the trip's own end: "там", or a place "в"/"на" of the
        state the trip went to (the state, its capital, a city of it)."""
        for c in verb.children:
            if c.lower_ in {"там", "здесь", "тут"}:
                return True
            if c.dep_ == "obl" and _prep(c) in {"в", "на"}:
                state = self._host(c)
                if state and hit.host and state == hit.host:
                    return True
        return False

    def _agreed_long_before(self, tok: Token, hit: Hit) -> bool:
        """An event agreed to or urged in the past ("убедил президента согласиться на второй тур
        выборов в 2009 году") whose own year the text gives and lies before the document's (or,
        undated, the latest year the text names): it was held by the time of the news, not
        planned. Not where a verb above tells the future ("убедит согласиться на …")."""
        year = hit.date[:4]
        if not (hit.dated_by_text and year.isdigit() and int(year) < self.ctx.reference_year):
            return False
        tenses = {_tense(a) for a in (tok, *tok.ancestors) if a.pos_ in {"VERB", "AUX"}}
        return "Past" in tenses and "Fut" not in tenses

    def _present_status(self, tok: Token, hit: Hit, dates: list[DateMention]) -> str:
        """The news present of leaving tells no status ("покидает свой пост": done or
        ahead), unless the text dates it and the document gives no day to weigh that date
        against: a present with a date of its own tells a schedule ("уходит в отставку в
        сентябре 2031 года"), planned; a dated document leaves it to the dates. The date
        must hang on the verb itself, not on a participle or clause about the person
        ("X, назначенный в августе 2023 года, покидает свой пост")."""
        if not hit.dated_by_text or self.ctx.document.date:
            return ""
        own = verb_above(tok)
        mine = [d for d in dates if d.value == hit.date]
        return "planned" if any(self._date_on(d, own) for d in mine) else ""

    def _date_on(self, date: DateMention, verb: Token) -> bool:
        """The date's words hang on `verb` as the nearest verb above them, or on one the verb
        stands between them and: "X, который занимает пост с 2022 года, уходит в отставку в
        марте 2030 года" (the parser may hang the last date on the clause before)."""
        words = self._tokens(date.start, date.end)
        inside = {t.i for t in words}
        heads = [verb_above(t.head) for t in words if t.head.i not in inside or t.head.i == t.i]
        return any(v.i == verb.i or v.i < verb.i < words[0].i for v in heads)

    def _tense_status(self, tok: Token, anchors: list[Token], hit: Hit) -> str:
        if held(tok):
            return "occurred"  # "на состоявшихся выборах"
        if _followed_ahead(tok):
            return self._ahead_unless_past(hit)  # "выступит с заявлением по итогам переговоров"
        if concluded(tok):
            return "occurred"  # "по итогам переговоров подписали"
        sequel = sequel_noun(tok)
        if sequel or candidacy(tok):  # "стал кандидатом на выборах, которые состоятся
            anchors = [a for a in anchors if a.dep_ in RELATIVE]  # в январе": its own clause
        if sequel and not anchors:
            return ""  # "станет первым после приёма Албании": the verb's time is not its own
        verbs = _telling_verbs(tok, anchors, hit.kind in VISITS and bool(hit.date))
        if hit.kind in ATTACKS and (begun := begun_attack(tok)) is not None:
            verbs.append(begun)  # "начал нападать": told by "начал" (h-events111)
        if hit.kind in ATTACKS and (harm := harming_verb(tok)) is not None:
            verbs.append(harm)  # "ранена выстрелом": told by "ранена"
        # its own verb ("выборы, которые состоятся 3 мая, определят …"), not one it is only
        # said of ("посетит Индонезию после победы на выборах 3 мая")
        own = [v for v in verbs if v.i == tok.i or _is(v, "happen") or v.dep_ in RELATIVE]
        for verb in verbs:
            if _is(verb, "must") and _modal(verb):
                return "planned"  # "может состояться саммит": not yet
            tense = _verb_tense(verb)
            if tense == "Fut" and verb not in own and not any(_verb_tense(v) == "Fut" for v in own):
                return self._ahead_unless_past(hit)
            if tense:
                return "planned" if tense == "Fut" else "occurred"
        if any(_tense(a) == "Fut" for a in anchors):
            return self._ahead_unless_past(hit)  # what is said of it in the future lies ahead
        if any(_modal(a) for a in anchors[:1]):
            return "planned"  # "во время поездки в Москву может предложить"
        if _decided_ahead(tok):
            return "planned"  # "может принять решение освободить X"
        return ""

    def _ahead_unless_past(self, hit: Hit) -> str:
        """ "planned" for an event a future act is only said of, unless its own day, told by the
        text, lies before the document's ("После парламентских выборов 13 апреля правительство
        будет сформировано до конца мая", told on 20 April): it was held. A weekday ("после
        выборов в воскресенье") is read as the last one and a day without a year ends up a
        year on where another month's: neither tells a past day."""
        news = self.ctx.document.date
        told = hit.dated_by_text and not hit.weekday and len(hit.date) == len(news) == 10
        year = not hit.yearless or hit.date[:7] == news[:7]
        return "occurred" if told and year and hit.date < news else "planned"


# a post one is put up for (h-events114), yet to be confirmed ("выдвинул X кандидатом на пост
# президента", "выдвинул X на пост посла": h-status47)
_NOMINATING = frozenset({"номинировать", "выдвинуть"})


def _telling_verbs(tok: Token, anchors: list[Token], visit: bool = False) -> list[Token]:
    """The verbs whose tense tells the event's status: its own, the one its exchanged paper
    or its subject noun hangs on, the vote that makes an appointment ("проголосовали за
    назначение X"), its verbs of happening or motion, the call taken or delivered and the
    verb of managing over it ("смог посетить": done as "посетил"), the verb that sends the
    aid a noun names ("направил самолёт с гуманитарной помощью", `relief.sent_aid`), and for
    a dated `visit` noun to a place framing a verb in the past, that verb ("Во время визита
    в Пекин в декабре X договорился"; a future one may be a clause the parser crossed into,
    an undated one takes the day of the visit told before)."""
    verbs = [tok] if tok.pos_ == "VERB" else []
    if (paper := exchanged_paper(tok)) is not None:  # "обменялись подписанными …"
        verbs.append(paper.head)
    if tok.dep_ in SUBJECTS and tok.head.pos_ in {"VERB", "AUX"} and not told_tail(tok):
        verbs.append(tok.head)
    elif tok.dep_ in SUBJECTS and _verb_tense(tok.head) == "Fut" and not told_tail(tok):
        verbs.append(tok.head)  # "переговоры будут трудными": the copula's future
    if (vote := voted_appointment(tok)) is not None:  # "проголосовали за назначение X"
        verbs.append(vote)
    verbs += [
        a for a in anchors if _is(a, "happen") or _is(a, "motion") or a.dep_ in RELATIVE
    ]  # "прошли переговоры", "завершил визит", "переговоры, которые состоятся"
    # "По прибытии в Дакар его встретил": met on arrival, he arrived (h-events188)
    verbs += [a for a in anchors if _is(tok, "arrive") and (_is(a, "receive") or _upon(tok, a))]
    if taken_call(tok) or delivered_call(tok):
        verbs.append(tok.head)  # "получил звонок", "пришёл звонок": told by its tense
    if _ordered_absent(tok):  # "санкционировал заочный арест", "вынес решение о заочном …"
        verbs.append(tok.head if tok.head.pos_ == "VERB" else tok.head.head)
    if (acted := _acted_at(tok)) is not None:  # "выступил на закрытии бизнес-форума"
        verbs.append(acted)
    if (framed := sidelines_verb(tok)) is not None:  # "на полях саммита обсудили"
        verbs.append(framed)
    if (managed := _managing_verb(tok)) is not None:  # "смог посетить": done, "сможет": ahead
        verbs.append(managed)
    if (sending := sent_aid(tok)) is not None:  # "направил самолёт с гуманитарной помощью"
        verbs.append(sending)
    framed = framed_verb(tok) if visit and trip_places(tok) else None
    if framed is not None and _tense(framed) == "Past":
        verbs.append(framed)  # "Во время визита в Пекин X договорился": the visit was made
    return verbs


def _upon(tok: Token, verb: Token) -> bool:
    """An arrival noun in "по" on the verb it hangs on ("По прибытии в Кампалу президент
    заявил …", "по приезде проведёт переговоры"): the act is told upon the arrival, so the
    verb's tense tells it, as a receiving verb's does ("после прибытия" is a sequel's,
    `sequel_noun`). Fifty-ninth pass (h-events191)."""
    return tok.pos_ == "NOUN" and tok.head == verb and _prep(tok) == "по"


def _acted_at(tok: Token) -> Token | None:
    """The verb one acts at a gathering by ("выступил на форуме", "выступил на закрытии
    бизнес-форума"): the gathering's word (`hosts`), or the opening or closing it is the
    genitive of, in "на"/"в" with the locative on that verb, whose tense tells the
    gathering's as one of taking part does ("принял участие в закрытии форума"); else
    None. Fifty-sixth pass (h-events176). A body's sitting too ("Решение было одобрено на
    заседании кабинета министров": held; "будет рассмотрено на заседании": ahead; seventy-first
    pass, h-events270)."""
    if not (hosts(tok) or _is(tok, "sitting")):
        return None
    word = tok.head if tok.dep_ == "nmod" and _is(tok.head, "opening") else tok
    at = _prep(word) in {"в", "на"} and case_of(word) == "Loc"
    return word.head if at and word.dep_ == "obl" and word.head.pos_ == "VERB" else None


def _copula(word: Token) -> Token | None:
    """The "быть" that links a predicate adjective or noun to its subject ("будут
    трудными", "были успешными"), or None."""
    if word.pos_ in {"VERB", "AUX"}:
        return None
    return next((c for c in word.children if c.dep_ == "cop" and c.lemma_ == "быть"), None)


def _verb_tense(verb: Token) -> str:
    """A verb's tense (`deps.tense`), or a predicate's by its copula: "будут трудными" lies
    ahead (the tagger reads "будут" as a present), "были трудными" is past (h-events105)."""
    cop = _copula(verb)
    if cop is None:
        return _tense(verb)
    if cop.text.lower().startswith("буд"):
        return "Fut"
    return (features(cop, "Tense") or ("",))[0]


def _plan_words(tok: Token, near: list[Token], beyond: set[Token]) -> list[Token]:
    """The words near the event noun that set it ahead ("планирует", "пригласил посетить",
    "предложил провести"), not after "по" ("по приглашению": a circumstance of one held),
    nor those of an act the event is where it is told ("в ходе переговоров предложил"), nor
    a second act after it ("провёл переговоры и пригласил его …")."""
    return [
        t
        for t in near
        if (_is(t, "plan") or _intends(t, tok)) and _prep(t) != "по"
        if not told_in(tok, t) and t not in beyond and not _others_clause(t, tok)
        if not _as_planned(t) and not _topic_of(t, tok) and not _next_act(t, tok)
        if not _offer_denied(t)
    ]


def _offer_denied(word: Token) -> bool:
    """An invitation not sent or not received ("не получил приглашения на инаугурацию",
    "его не пригласили на саммит"): a guest left out of an event that goes ahead without
    them, which tells nothing of its being ahead. Sixty-third pass (h-events223)."""
    if not _is(word, "offer"):
        return False
    return negated(word) or word.pos_ == "NOUN" and word.dep_ == "obj" and negated(word.head)


def _talked_of(tok: Token) -> bool:
    """A signing noun a verb of talk or readying takes ("обсудили подписание соглашения",
    "готовят подписание", "обсудили возможность подписания", "на повестке — подписание"):
    the paper is talked of, its signing lies ahead. Not one a noun of its outcome stands
    between ("обсудили итоги подписания"), nor one held ("состоялось подписание")."""
    if tok.pos_ != "NOUN" or tok.dep_ not in {"obj", "nsubj", "nmod", "obl"}:
        return False
    head = tok.head
    if _is(head, "talked_of_what") and head.dep_ in {"obj", "nmod", "obl"} and tok.dep_ == "nmod":
        head = head.head
    return head.i != tok.i and _is(head, "talked_of")


def _asked_to(tok: Token) -> Token | None:
    """The verb that gives leave for or invites to the infinitive the event is told under
    ("Врачи разрешили X принять участие в церемонии", "позволили участвовать в саммите",
    "пригласили принять участие в форуме"): the event lies ahead of it, also past one's
    taking part, which `_status` does not climb for other words ("отказался от участия в
    саммите" leaves the summit's own status). Up to the first finite verb only: not the
    verb's own subject ("визит позволил укрепить связи"). Forty-seventh pass, own sentences
    (h-events124)."""
    word = tok
    while word.head.i != word.i:
        head = word.head
        if is_infinitive(word) and word.dep_ == "xcomp":
            return head if _is(head, "permit") or _is(head, "invite") else None
        if head.pos_ in {"VERB", "AUX"} and not is_infinitive(head):
            return None
        word = head
    return None


def _next_act(verb: Token, tok: Token) -> bool:
    """A verb joined to the event's verb or its own as the next act ("провёл переговоры и
    пригласил его на форум", "во время визита выступил и предложил …"): it plans what it
    governs, while the event, not under it, was held; not one whose object is the event named
    again ("готовят визит … и планируют его на осень"), unless the verb asks a person
    ("пригласил его": the partner)."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or tok in verb.subtree:
        return False
    return _is(verb, "asks_someone") or not any(_names_again(c, tok) for c in verb.children)


def _names_again(word: Token, tok: Token) -> bool:
    """A third person's pronoun as a verb's object that can stand for the event noun."""
    return word.dep_ == "obj" and word.pos_ == "PRON" and word.lower_ in _IT and agrees(word, tok)


_IT = frozenset(["его", "её", "ее", "их"])
# frames an event is told in ("во время", "в ходе", "в рамках", "на полях", "по итогам")
# "в результате теракта погиб …": an outcome tells its cause happened (h-events119)
_TOLD_FRAMES = HELD_FRAMES | {("по", "итог"), ("в", "результат")}


def _turned_back(tok: Token) -> bool:
    """A trip its traveller turned back from on the way (`words.turned_back`)."""
    return turned_back(tok) is not None


def _followed_ahead(tok: Token) -> bool:
    """The event is named only as what a future act follows ("выступит с заявлением по
    итогам переговоров", "сделает заявление после переговоров"): the text does not tell it
    as held, and the act ahead sets it ahead too; not where a past verb above tells the act
    ("заявил, что по итогам переговоров страны построят мост")."""
    step = tok.head if concluded(tok) and _prep(tok.head) == "по" else tok
    if step is tok and not sequel_noun(tok):
        return False
    while step.dep_ == "nmod" and step.head.pos_ == "NOUN":  # "на пресс-конференции по итогам"
        step = step.head
    verb = step.head
    return (
        step.dep_ == "obl"
        and _ahead_verb(verb)
        and not any(_tense(a) == "Past" for a in verb.ancestors)
    )


def _ahead_verb(verb: Token) -> bool:
    """A verb that tells its act as ahead: a future ("выступит", "будет подписано"), or a
    plan not told as past ("по итогам переговоров планируется/предполагается подписать",
    "стороны намерены подписать"; not "планировалось": that plan's talks may have been held)."""
    if verb.pos_ == "VERB" and _tense(verb) == "Fut":
        return True
    return _is(verb, "plan") and verb.pos_ in {"VERB", "ADJ"} and _tense(verb) != "Past"


def untold(rule: Rule, tok: Token) -> bool:
    """A noun the rule wants told ("переговоры по освобождению пленных") or held
    ("фестиваль призван привлечь") that the text only speaks of: no event."""
    told = _told(tok.head if in_wave(tok, rule) else tok)  # "прошла серия арестов"
    told = told or _ordered_absent(tok)
    # "осудил нападение на посольство" tells the attack; not "осудил убийство X" a death
    # nor "осудил задержание" an arrest of its own
    told = told or rule.kind in ATTACKS and condemned(tok)
    return (rule.told and not told) or (rule.held and not _gathered(tok))


def _ordered_absent(tok: Token) -> bool:
    """An arrest noun told as in absentia ("заочный арест") that a court's ruling has as its
    content ("вынес решение о заочном аресте X") or a verb orders or wins as its object
    ("санкционировал заочный арест X"), a measure of restraint it is the form of or a motion a
    court grants ("удовлетворил ходатайство о заочном аресте"): the order is the act;
    not one only asked for ("ходатайство о заочном аресте", "потребовал заочного ареста")."""
    if not any(c.dep_ == "amod" and _is(c, "absentia") for c in tok.children):
        return False
    head = tok.head
    if tok.dep_ == "nmod" and _prep(tok) == "о" and _is(head, "ruling"):
        return head.head.pos_ in {"VERB", "AUX"} and head.dep_ in {"obj", *SUBJECTS}
    # "избрал меру пресечения в виде заочного ареста", "удовлетворил ходатайство о заочном …"
    granted = _prep(tok) == "о" and _is(head, "request") and _is(head.head, "grant")
    if tok.dep_ == "nmod" and (_is(head, "measure") or granted):
        return head.dep_ == "obj" and head.head.pos_ == "VERB"
    return tok.dep_ == "obj" and head.pos_ == "VERB" and _is(head, "sanction")


def _told(tok: Token) -> bool:
    """A `told` noun is an event when the text tells it as one (see event_kinds.tsv); not
    one whose being is denied ("Телефонного контакта между лидерами не было")."""
    if tok.dep_ in SUBJECTS and tok.head.lemma_ == "быть" and negated(tok.head):
        return False
    if under_compound_preposition(tok, _TOLD_FRAMES):
        return True  # "во время телефонного звонка лидеры договорились", "по итогам звонка"
    if harmed_by(tok) is not None:
        return True  # "ранена выстрелом", "погиб от взрыва": the attack told by its harm
    if tok.pos_ in {"VERB", "AUX"} or tok.dep_ in SUBJECTS:
        return True
    told = _is(tok.head, "happen") or _is(tok.head, "report")  # "подтвердила арест"
    # "получил звонок от президента X"; not a stranger's ("получило звонок с угрозой")
    told = told or taken_call(tok) and any(from_someone(c) for c in tok.children)
    told = told or delivered_call(tok)  # "пришёл звонок", which the parser may call an object
    return told and tok.head.pos_ in {"VERB", "AUX"} or counted_from(tok)


def _gathered(tok: Token) -> bool:
    """A gathering noun tells one held where a verb of happening has it as subject or object
    ("съезд прошёл", "провёл совещание", "конференции, которая пройдёт"), a participle
    of it does ("состоявшийся съезд"), it lies ahead ("предстоящий съезд", "форум,
    намеченный на май") or is called off ("форум отменили"), someone acts or
    speaks at it ("выступил на съезде", "речь на съезде") or its participants or outcome
    are told ("участники конференции одобрили", "по итогам совещания"); not where it is
    described ("фестиваль призван привлечь", "по данным конференции") or named as a body
    ("делегат съезда"); something done in its frame ("в рамках форума", "на полях
    форума") tells it held too."""
    first = first_noun_conjunct(tok)  # "Саммит и форум отменены": the forum is what the summit is
    head = first.head
    if (_is(head, "happen") or _is(head, "cancel")) and (
        first.dep_ in SUBJECTS or taken_as_object(first)
    ):
        return head.pos_ in {"VERB", "AUX"} and not _named_as(head)
    if agreed_not_held(tok):  # "договорились о проведении форума": agreed on, to be held
        return True
    clauses = [c for c in tok.children if c.dep_ in RELATIVE and _is(c, "happen")]
    if held(tok) or any(_which(w) for c in clauses for w in c.children):
        return True
    if any(c.dep_ in {"amod", "acl"} and _is(c, "plan") for c in tok.children):
        return True
    if _is(head, "plan") and (first.dep_ in SUBJECTS or taken_as_object(first)):
        return head.pos_ in {"VERB", "AUX"}  # "форум был запланирован на май" (h-events239)
    if under_compound_preposition(tok, HELD_FRAMES):  # "на полях форума", "в рамках форума"
        return True
    if _prep(tok) in {"в", "на"} and features(tok, "Case") == ("Loc",):
        return tok.dep_ == "obl" and head.pos_ == "VERB" or _is(head, "gathered")
    return tok.dep_ == "nmod" and _is(head, "gathered") and not _regular(head)


def held_as_planned(tok: Token, verb: Token | None) -> list[Token]:
    """The verb of happening a plan verb of the trigger's subject is joined to ("Форум был
    запланирован на май и прошёл в Лиме"): what became of the plan, whose tense and place are
    the event's; [] for any other trigger. Sixty-fourth pass (h-events239)."""
    if verb is None or tok.dep_ not in SUBJECTS or tok.head.i != verb.i or not _is(verb, "plan"):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and _is(c, "happen")
        and not any(s.dep_ in SUBJECTS for s in c.children)
    ][:1]


def _named_as(verb: Token) -> bool:
    """A verb with a noun predicate in the instrumental ("форум стал площадкой для
    контактов") tells what a gathering is, not that it was held ("стал первым" does)."""
    return any(
        c.dep_ == "xcomp" and c.pos_ == "NOUN" and features(c, "Case") == ("Ins",)
        for c in verb.children
    )


def _regular(word: Token) -> bool:
    """ "постоянный участник форума": one who comes to it year by year, no one gathering."""
    return any(c.dep_ == "amod" and _is(c, "habit") for c in word.children)


def _above_gathered(tok: Token) -> set[Token]:
    """The words above the participants or outcome of a gathering `tok` is the genitive of
    ("участники саммита пригласили Египет"): what they do, not when the gathering is."""
    if tok.dep_ != "nmod" or not _is(tok.head, "gathered"):
        return set()
    return set(tok.head.ancestors)


def _which(word: Token) -> bool:
    """ "который" as the subject or object of its clause: the clause tells of its noun."""
    return word.lemma_ == "который" and (word.dep_ in SUBJECTS or word.dep_ == "obj")


def _ready(tok: Token) -> bool:
    """Someone is ready to do it or hopes for it, which they have not yet: "готов
    встретиться", "готовы провести переговоры" (the infinitive under "готов", the trigger or
    its object), "выразил надежду на скорый визит", "рассчитывает на визит" (the "на" noun
    of a hope, in the accusative: "на переговорах … надеялся получить" is where one hoped),
    "рассчитывал получить звонок от X", "надеялся встретиться с X", "рассчитывал провести
    переговоры" (the infinitive of a hope, the trigger or its object; not a hope told in a
    relative or participle clause, "X, который надеялся посетить Вьетнам, прибыл с визитом",
    whose main clause tells the event held, unless a call), "хотел бы посетить" (a wish)."""
    if _is(tok.head, "hope") and _prep(tok) == "на" and case_of(tok) == "Acc":
        return True
    verb = tok if tok.dep_ == "xcomp" else tok.head if tok.dep_ == "obj" else None
    if verb is None or verb.dep_ != "xcomp":
        return False
    # "рассчитывал встретиться", "рассчитывал получить звонок": hoped for; "хотел бы": a wish in
    # the subjunctive, ahead as "хочет посетить" is
    wished = _is(verb.head, "want") and subjunctive(verb.head)
    hoped = _is(verb.head, "hope") and (verb.head.dep_ not in RELATIVE or taken_call(tok))
    return _is(verb.head, "ready") or hoped and not _done_after(verb) or wished


def _done_after(verb: Token) -> bool:
    """A past verb of the same lemma joined to the hope that governs the infinitive, with no
    contrast between, tells the hoped thing done: "рассчитывал провести переговоры и провёл
    их"; not "надеялся встретиться с X, но встретился только с Y"."""
    hope = verb.head
    joined = [c for c in hope.children if c.dep_ == "conj"]
    joined += [hope.head] if hope.dep_ == "conj" else []
    return any(
        j.lemma_ == verb.lemma_ and "Past" in features(j, "Tense") and not contrast_between(hope, j)
        for j in joined
    )


def _clause_up(tok: Token) -> list[Token]:
    """The words above `tok` within its clause: up to the verb of the first clause it is
    part of ("решения, согласно которым он не мог баллотироваться на выборах" → "мог")."""
    out = []
    while tok.head.i != tok.i and not (tok.dep_ in CLAUSES and tok.pos_ in {"VERB", "AUX"}):
        tok = tok.head
        out.append(tok)
    return out


def _told_past(word: Token) -> bool:
    """A predicate whose "быть" is in the past ("должен был", "должна была")."""
    helpers = [c for c in word.children if c.dep_ in {"cop", "aux"} and c.lemma_ == "быть"]
    return any(features(c, "Tense") == ("Past",) for c in helpers)


def _clauses_of_one_done(tok: Token, anchors: list[Token]) -> set[int]:
    """The words of the relative clauses on an event noun (`anchors`, also those the parser
    hung on its place) that a past perfective verb of its happening tells done ("Министр
    совершил визит в Вену, в ходе которого обсудил подготовку саммита", "нанёс визит, который
    планировался давно"): they tell acts within it or after it, or its history, never that it
    lies ahead; empty for any other noun ("совершит визит, в ходе которого …" keeps its
    clause's words). Fifty-eighth pass (h-events188)."""
    verb = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ not in {"obj", *SUBJECTS} or not _is(verb, "happen"):
        return set()
    perfective = features(verb, "Aspect") == ("Perf",) and features(verb, "VerbForm") == ("Fin",)
    if not perfective or _tense(verb) != "Past" or negated(verb) or subjunctive(verb):
        return set()
    return {t.i for a in anchors if a.dep_ == "acl:relcl" and a != verb for t in a.subtree}


def _beside(clause: Token, tok: Token) -> bool:
    """A verb's complement clause beside the event, not above it ("на второй встрече сумел
    уговорить X"): what it plans is that clause's, the event is where it was done. So is a
    "что" clause the parse hangs on the event noun ("заявил после переговоров, что страна не
    откажется от …"): what was said, which calls nothing of the event off."""
    complement = clause.dep_ in {"xcomp", "ccomp"} or clause.head == tok and that_clause(clause)
    return complement and clause.pos_ == "VERB" and clause not in tok.ancestors


def _skipped_own(tok: Token, hit: Hit) -> bool:
    """ "X пропустит свою инаугурацию": one's own event one will not be at is off, as one
    refused ("отказался от своей инаугурации"), not planned; a change of office told by its
    rite with no other holder named is one's own too ("пропустит инаугурацию"). Another's
    event one skips ("пропустил инаугурацию президента Перу", "пропустит саммит") is not
    called off by it. Pass forty-third (h-events107)."""
    if tok.dep_ != "obj" or not _is(tok.head, "skip"):
        return False
    whose = any(c.dep_ == "nmod" and case_of(c) == "Gen" for c in tok.children)
    return marked_own(tok) or reads_career(hit.kind, tok) and not whose


def _managing_verb(tok: Token) -> Token | None:
    """The verb of managing that governs the event's infinitive, or the infinitive of
    holding the event noun is the object of ("смогли провести переговоры", "удалось
    встретиться"), else None: a noun hung otherwise ("на переговорах смогли договориться")
    is told by its own words."""
    verb = tok.head if tok.dep_ == "obj" and _is(tok.head, "happen") else tok
    head = infinitive_head(verb)
    return head if head is not None and _is(head, "manage") else None


def held_no_more(tok: Token) -> bool:
    """A noun the object of a negated future of holding ("Индия и Франция не будут проводить
    совместные учения в этом году", "не проведут форум"): what was to be held is called off,
    not denied as one never done ("не провели учения"). The caller keeps it to gatherings
    and exercises, which are held again and again (sixty-third pass, h-events227)."""
    verb = tok.head
    held_by = tok.dep_ == "obj" and _is(verb, "happen") and negated(verb)
    return held_by and _tense(verb) == "Fut"


def _called_off_after(tok: Token) -> bool:
    """An event told planned or due, then called off in a clause coordinated with its own
    whose object is a pronoun standing for it ("Визит был запланирован на май, но его
    отменили", "Встреча должна была пройти в мае, но её перенесли"): the contrast parts the
    clauses, but the pronoun takes the event up. Moved to a new time ("но его перенесли на
    июль") it still lies ahead (sixty-third pass, h-events227)."""
    verb = next((v for v in taken_up_by(tok) if _is(v, "cancel")), None)
    return verb is not None and not any(new_time(c) for c in verb.children)


def _failed(tok: Token) -> bool:
    """An event a denied verb of managing governs (`_managing_verb`: "не смогли провести
    переговоры", "не удалось встретиться"): it did not take place, as "переговоры не
    состоялись" (sixtieth pass, h-events204)."""
    head = _managing_verb(tok)
    return head is not None and negated(head)


def _cancels_its_own(verb: Token, tok: Token) -> bool:
    """A verb coordinated with the event's own that calls off an object of its own
    ("прибыл в Ханой, … и отменил поездку в Дананг"): that trip is off, the event held; or a
    refusal to send one's people ("отказалось направить на церемонию свою делегацию"): the
    guest's, not the event's (sixty-third pass, h-events223)."""
    if any(c.dep_ == "xcomp" and _is(c, "send_guests") for c in verb.children):
        return True
    return (
        verb.head == tok
        and verb.dep_ == "conj"
        and verb.pos_ == "VERB"
        and any(c.dep_ == "obj" for c in verb.children)
    )


def _above_own_clause(tok: Token) -> set[Token]:
    """The words above the relative clause `tok` is in ("…, который написал заявление об
    отставке"), or above the finite verb of a clause coordinated with another ("пообещал не
    сдаваться и уже на второй встрече сумел уговорить"): what they plan is not the clause's
    event, which the clause dates itself."""
    for up in [tok, *tok.ancestors]:
        coordinated = up.dep_ in {"conj", "parataxis"} and up.pos_ in {"VERB", "AUX"}
        if up.dep_ == "acl:relcl" or coordinated and features(up, "VerbForm") == ("Fin",):
            return set(up.ancestors)
    return set()


def _intends(cue: Token, tok: Token) -> bool:
    """An `intend` verb above the event by its infinitive or by "в" + accusative ("собрался
    уйти в отставку", "собравшийся в отставку"): one means to do it, as opposed to
    gathering for it ("собрались на саммит")."""
    if not _is(cue, "intend"):
        return False
    branch = next((a for a in [tok, *tok.ancestors] if a.head.i == cue.i and a.i != cue.i), None)
    if branch is None:
        return False
    goal = _prep(branch) == "в" and features(branch, "Case") == ("Acc",)
    return goal or is_infinitive(branch)


def _others_clause(cue: Token, tok: Token) -> bool:
    """The cue stands in a clause below the event with a subject of its own that is not
    the event ("встреча, где он заявил, что правительство должно …", "аудиенция …, Обама,
    который пригласил премьера посетить …"): it plans that clause's act; not a clause that
    speaks of the event through its "который" ("переговоры, которые планируется провести",
    "саммит, на который пригласили")."""
    above = {tok, *tok.ancestors}
    t = cue
    while t not in above:
        if t.dep_ in CLAUSES and _own_subject(t, tok) and not _of_event(t, tok):
            return True
        t = t.head
    return False


def _own_subject(clause: Token, tok: Token) -> bool:
    """A subject of the clause that is neither the event nor a "который" standing for it."""
    return any(
        c.dep_ in SUBJECTS and c.i != tok.i and not (c.lemma_ == "который" and agrees(c, tok))
        for c in clause.children
    )


def _of_event(clause: Token, tok: Token) -> bool:
    """The clause's "который" stands for the event, not for where it told something ("на
    который пригласили", not "на которой он пригласил")."""
    return any(
        c.lemma_ == "который" and agrees(c, tok) and features(c, "Case") != ("Loc",)
        for c in clause.children
    )


def _said_of_other(tok: Token, verb: Token) -> bool:
    """The verb is said of another than the event noun: the event hangs on it by a
    preposition ("не прошёл во второй тур выборов"), or another word in the nominative is
    its subject while the event is not its object ("президент во второй тур выборов не
    прошёл")."""
    branch = next((a for a in [tok, *tok.ancestors] if a.head.i == verb.i), None)
    if branch is None or branch.i == verb.i:
        return False
    other = branch.dep_ != "obj" and any(
        c.dep_ in SUBJECTS and c.i != branch.i and features(c, "Case") == ("Nom",)
        for c in verb.children
    )  # not "стороны не провели встречу": the meeting is what was not held
    return other or bool(_prep(branch))


def _topic_of(word: Token, trigger: Token) -> bool:
    """ "обсудили подготовку к саммиту": what the trigger verb's object plans is the
    topic, and the talks about it were held; it is not talks that lie ahead."""
    return trigger.pos_ == "VERB" and word.head.i == trigger.i and word.dep_ == "obj"


def _as_planned(verb: Token) -> bool:
    """ "Как и ожидалось, переизбран", "как и планировалось, визит состоялся": a clause
    of "как" on a verb of planning says the event went as planned, not that it lies ahead;
    nor does a plan its own past verb of happening follows ("Форум был запланирован на май и
    прошёл в Лиме": `held_as_planned`; h-events239)."""
    if any(c.lemma_ == "как" and c.dep_ in {"mark", "advmod"} for c in verb.children):
        return True
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    return any(_tense(v) == "Past" for s in subjects[:1] for v in held_as_planned(s, verb))


def _modal(verb: Token) -> bool:
    """An infinitive under a present or future verb ("может предложить", "хочет
    посетить"), or such a verb with its infinitive, also a passive one ("могут быть
    проведены"): not done yet."""
    if _infinitive(verb):
        head = verb.head
        return head.i != verb.i and head.pos_ in {"VERB", "AUX"} and _tense(head) in {"Pres", "Fut"}
    infinitive = any(c.dep_ == "xcomp" and _infinitive(c) for c in verb.children)
    return infinitive and _tense(verb) in {"Pres", "Fut"}


def _decided_ahead(tok: Token) -> bool:
    """An infinitive on a noun ("решение освободить X") whose verb is a modal's infinitive
    or tells the future ("может принять решение", "примут решение"): what is decided lies
    ahead. A decision taken ("приняли решение освободить") keeps its own reading. Pass
    forty-five, own sentences (h-status47)."""
    noun = tok.head
    if not is_infinitive(tok) or tok.dep_ not in {"nmod", "acl"} or noun.pos_ != "NOUN":
        return False
    verb = noun.head
    if verb.i == noun.i or verb.pos_ not in {"VERB", "AUX"}:
        return False
    return _modal(verb) or _tense(verb) == "Fut"


def _infinitive(verb: Token) -> bool:
    """An infinitive, or a participle with the infinitive "быть" ("быть проведены")."""
    if is_infinitive(verb):
        return True
    return any(c.dep_ in {"aux", "aux:pass"} and is_infinitive(c) for c in verb.children)


def conditional(tok: Token) -> bool:
    """The trigger is the verb, subject or object of a condition ("если переговоры пройдут")
    or of what follows from one ("…, если стороны договорятся"; "если X не получит одобрения,
    то будут назначены выборы", the "если" clause before its verb however the parser hangs
    it; "в случае неудачи выборы могут состояться"), or the noun of a compound preposition
    of one ("в случае его отставки"); not an event named inside it ("станет первым после
    приёма Албании в 2009 году"), nor "в любом случае", "в случае с Кенией". A verb trigger
    in the subjunctive ("подписали бы соглашение, если бы не выборы") is only weighed too,
    not an infinitive under one ("хотели бы подписать": a wish, ahead; h-agreements61)."""
    if under_compound_preposition(tok, CONDITIONS):
        return True
    verb = tok if tok.pos_ in {"VERB", "AUX"} else governor(tok)
    if verb is None and tok.dep_ in SUBJECTS and tok.head.pos_ == "ADJ":
        verb = tok.head  # "выборы должны быть проведены": the predicate adjective's clause
    if verb is None or (verb.i != tok.i and tok.dep_ not in SUBJECTS | {"obj"}):
        return False
    if verb.i == tok.i and not _infinitive(verb) and subjunctive(verb):
        return True  # "подписали бы соглашение, если бы не выборы": only weighed
    clauses = [verb] + ([verb.head] if verb.dep_ in {"conj", "parataxis", "xcomp"} else [])
    return any(
        is_if(c) or condition_clause(c) or _condition_noun(c, tok)
        for clause in clauses
        for c in clause.children
    )


def _condition_noun(c: Token, tok: Token) -> bool:
    """The noun of "в случае"/"при условии" that the trigger's verb, or a verb of its taking
    place not told as done, takes with what it supposes ("в случае неудачи выборы могут
    состояться", "при условии одобрения посетит"): the event follows from it. Not "в случае
    с Кенией" (a case in point), "в любом случае", a verb in the past ("в случае отказа
    встретился": an occasion), nor what is said of the event ("в случае принятия решения
    вступление станет первым расширением": the accession is told, its rank supposed)."""
    supposed = [g for g in c.children if g.dep_ == "nmod" and not has_preposition(g)]
    condition = c.dep_ == "obl" and preposition_noun(c, CONDITIONS) and bool(supposed)
    verb = c.head
    happens = [verb, *(x for x in verb.children if x.dep_ == "xcomp")]
    told = verb.i == tok.i or any(_is(x, "happen") and not became(x) for x in happens)
    return condition and told and _tense(verb) != "Past"


def _outcome_supposed(tok: Token) -> bool:
    """An event whose outcome a condition supposes ("в случае победы X на выборах", "при
    условии успеха переговоров"): it lies ahead, its outcome not known yet."""
    return tok.dep_ == "nmod" and under_compound_preposition(tok.head, CONDITIONS)


def denied(tok: Token) -> bool:
    """An event the text denies: a verb trigger it negates ("так и не подписали
    соглашение", "не посетил Эфиопию"), or the verb of setting about it ("не стал
    встречаться"), or a plan it is of ("визит … пока не планируется", "не планирует
    посещать Лондон"), a noun the object of a negated verb ("письмо президенту он не
    посылал", "так и не провели встречу") or of an infinitive a negated verb of agreeing
    governs (`_denied_agreement`) or itself negated ("это не письмо, а заявление"):
    nothing was done and nothing lies ahead. A negated verb of happening on a noun ("визит
    не состоялся"), or of managing over the event's infinitive ("не смог посетить
    Иорданию", `_failed`), is a cancellation instead."""
    verb = tok.pos_ in {"VERB", "AUX"}
    if negated(tok) and (verb or tok.i and tok.doc[tok.i - 1].lower_ == "не"):
        return True
    if _denied_agreement(tok):  # "не договорились начать переговоры"
        return True
    if tok.head.i == tok.i or not negated(tok.head):
        return False
    done = not verb and tok.dep_ in {"obj", "conj"} and tok.head.pos_ == "VERB"
    failed = _is(tok.head, "manage")  # "не смог посетить": cancelled, not untold
    return (verb and tok.dep_ == "xcomp" and not failed) or done or _is(tok.head, "plan")


def _denied_agreement(tok: Token) -> bool:
    """A noun the object of an infinitive that a negated verb of agreeing or planning
    governs ("не договорились начать переговоры", "не планируют проводить встречу"): nothing
    was agreed, nothing lies ahead. Sixtieth pass (h-events202)."""
    above = tok.head.head
    if tok.pos_ != "NOUN" or not taken_as_object(tok) or not is_infinitive(tok.head):
        return False
    planned = _is(above, "agree") or _is(above, "plan")
    return tok.head.dep_ == "xcomp" and above.i != tok.head.i and planned and negated(above)


def _opened_talks(tok: Token, kind: str) -> bool:
    """Talks an infinitive of opening them takes as its object ("договорились начать
    переговоры об обновлении соглашения", "возобновить переговоры"): negotiations ahead, a
    process of rounds, not one meeting, so no talks of a visit told near them take them in
    (`Hit.ongoing`, `sameness._told_apart`). Sixtieth pass (h-events202)."""
    return kind == "Talks" and taken_as_object(tok) and _is(tok.head, "open_talks")


def _cause(tok: Token) -> bool:
    """An event noun told as the cause of what its verb says ("из-за переизбрания X ей
    предстоит столкнуться с трудностями"): it came first, so the verb's future or plan is
    what it brought about, not its own time. A verb's own future still sets it ahead ("из-за
    визита X в Белграде перекроют улицы"): what it brings about comes with it."""
    told = any(c.dep_ == "case" and _is(c, "cause") for c in tok.children)
    return told and _tense(tok.head) != "Fut"


def _for_the_time_of(tok: Token) -> bool:
    """An event noun that tells how long another act lasts ("отложили визит на время
    выборов", "на период переговоров"): the verb's cancel or plan is that act's, not the
    event's. Sixtieth pass (h-events199)."""
    span = tok.head
    told = any(c.dep_ == "case" and c.lemma_ == "на" for c in span.children)
    return tok.dep_ == "nmod" and case_of(tok) == "Gen" and span.lemma_ in _SPANS and told


_SPANS = frozenset({"время", "период", "срок"})  # "на время выборов": for as long as they last


_ANNIVERSARIES = frozenset({"годовщина", "юбилей"})


def _anniversary_of(tok: Token) -> bool:
    """A noun the genitive of an anniversary ("в годовщину его смерти", "к юбилею его избрания"):
    the event happened, whatever the tense of the clause the anniversary dates. Pass
    forty-fourth, own sentences (h-events113)."""
    return tok.dep_ == "nmod" and case_of(tok) == "Gen" and tok.head.lemma_ in _ANNIVERSARIES
