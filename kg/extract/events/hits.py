"""Event mentions ("hits") in one document, read from trigger words
(`event_kinds.tsv`) and the dependency parse around them.

Each trigger gives a hit: who takes part (mentions linked to it through the parse,
not through a verb or a possessor), visitor and host for visits, place, date
(`kg.extract.common.dates`, attached to the trigger or the verb that governs it), a month or
season hint when the date stays unresolved, and status (markers in `event_words.tsv`,
the tense of the governing verb). `extract.py` merges hits into events.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from kg.doc_text import doc_text, span_text
from kg.extract.common.date_bounds import bound, noun_dated, term_ends
from kg.extract.common.dates import (
    MONTH_RE,
    DateMention,
    days_after,
    eve_of,
    find_dates,
    fold_case,
    is_eve,
)
from kg.extract.common.pair import BOTH, PAIR_WORDS, SIDES, main_pair, pair_word
from kg.extract.context import Context
from kg.extract.events.acts import ACTS, read_act
from kg.extract.events.attacks import ATTACKS, read_attack
from kg.extract.events.ballots import _ballot, _became, _turn, _won_before
from kg.extract.events.careers import by_decree, read_career, reads_career
from kg.extract.events.hit import Hit
from kg.extract.events.labels import phrase_in
from kg.extract.events.linking import (
    _RELATIVE,
    _ancestors,
    _one_office,
    _plural_office,
    _said_in,
    _subjects,
)
from kg.extract.events.participants import _PART_IN, _agreed, _holders_named, _part_in, _told_in
from kg.extract.events.places import _conjunct_verb, _held_after, _moved, _sequel
from kg.extract.events.publications import _meeting_word, _Publications, _quoted_words
from kg.extract.events.repeats import told_again
from kg.extract.events.rules import _governor, _habitual
from kg.extract.events.schedule import (
    candidacy,
    concluded,
    counted_down,
    counted_from,
    held,
    narrated_before,
    participles,
    scheduled,
    set_ahead,
)
from kg.extract.events.sidelines import (
    _HELD_FRAMES,
    _framed,
    _on_it,
    _on_its_sidelines,
    _on_sidelines_of,
    _partner_words,
    _there,
)
from kg.extract.events.transfers import TRANSFERS, read_transfer
from kg.extract.events.triggers import (
    HOSTS,
    MULTI,
    NAMED,
    VISITS,
    _compound_head,
    _hosts,
    _Rule,
    _rules,
)
from kg.extract.events.visits import (
    _also_visited,
    _parts,
    _signing_ceremony,
    _subtree,
    _trip_length,
)
from kg.extract.events.words import is_role as _is
from kg.extract.events.words import role_words
from kg.gazetteer import normalize
from kg.nlp.clauses import contrast_between, told_after
from kg.nlp.deps import (
    CLAUSES,
    CONDITIONS,
    SUBJECTS,
    condition_clause,
    fixed_preposition,
    has_preposition,
    is_if,
    negated,
    new_paragraph,
    preposition_noun,
    that_clause,
    told_ahead,
    told_as_reason,
    under_compound_preposition,
    words_said,
)
from kg.nlp.deps import preposition as _prep
from kg.nlp.deps import tense as _tense
from kg.nlp.morph import agrees, case_of, features, is_animate, is_infinitive
from kg.resolve.titles import is_office

_NEAR_WORDS = 5  # how far back a date looks for the event word it follows


_LEAD = 2  # sentences with a verb that, with all before them, are the document's lead


# a full day this many years before the latest year an undated text names is history: it
# gives no later day without a year its year ("подписан 12 июня 1998 года … 4 марта" in a
# text that names 2016)
_HISTORY_YEARS = 5


_BIRTH = frozenset({"родиться", "рождение", "уроженец"})


_STAY = frozenset({"находиться", "пребывать"})  # in the present: a visit under way


_WEEKDAY_WORD = re.compile(
    r"^(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)$",
    re.IGNORECASE,
)  # a bare weekday; "в следующий вторник", "в прошлую среду" say their own week


_DATE_WORDS = re.compile(r"^(?:в|во|на|к|с|до|по)\s+", re.IGNORECASE)


_DECADE = re.compile(r"(\d{3}0)-[ех]")  # "1990-е годы", "1990-х": a decade


# Openings of a sentence that tell its day by the one day the sentence before gives: the
# same ("В тот же день") or the next ("На следующий день он провёл переговоры")
_THAT_DAY: dict[tuple[str, ...], int] = {("в", "этот", "день"): 0, ("в", "тот", "день"): 0}
_THAT_DAY |= {("на", "следующий", "день"): 1, ("на", "другой", "день"): 1}


# "по итогам переговоров", "в ходе визита", "в рамках встречи"
_OUTCOMES = frozenset({("по", "итог"), ("в", "ход"), ("в", "рамка")})


_ROLES = frozenset({("в", "качество"), ("в", "роль")})


class _Reader(_Publications):
    """Reads the hits of one document."""

    def hits(self) -> list[Hit]:
        out: list[Hit] = []
        pos = self.ctx.pos
        with_verbs = [n for n, s in enumerate(self.sents) if "VERB" in pos[s.start : s.end]]
        lead = with_verbs[_LEAD - 1] if len(with_verbs) >= _LEAD else len(self.sents)
        frame = ""  # the date a sentence opens with ("В 2009 году КНДР арестовала …")
        undated: list[Hit] = []  # the lead's hits in sentences that give no time at all
        rules = _rules()
        lemmas = self.ctx.lemmas
        told: list[str] = []  # in a text with no date of its own, the days it gave with their year
        before: list[DateMention] = []  # the dates of the sentence before
        last: list[DateMention] = []  # those of the paragraph's last sentence that gives any
        news_day = ""  # the day of the dateline whose paragraph this is
        for n, sent in enumerate(self.sents):
            dates = [
                replace(d, start=d.start + sent.start_char, end=d.end + sent.start_char)
                for d in find_dates(span_text(sent), self.ctx.document.date)
            ]
            dates = _eve_of_day_before(sent, dates, before, self.ctx.document.date)
            if not self.ctx.document.date:
                dates = [_year_of(d, told, sent) for d in dates]
                told += [d.value for d in dates if self._news_day(d)]
            if n <= lead + 1 and (day := _report_day(sent, dates)) and not self.ctx.document.date:
                _report(undated, day)
                undated = []
            first = len(out)
            claimed: set[int] = set()
            # only a token whose lemma some rule triggers on can fit one (`_rule`): found once
            triggers = [
                self.doc[i]
                for i in range(sent.start, sent.end)
                if _compound_head(lemmas[i]) in rules
            ]
            for verbs in (False, True):
                for tok in triggers:
                    if tok.i in claimed:
                        continue
                    rule = self._rule(tok, verbs)
                    if rule is None:
                        continue
                    hit = self._hit(tok, rule, sent, n <= lead, dates, claimed)
                    if hit is not None:
                        out += self._each_holder(hit)
            _parts(out, sent)
            _also_visited(out, first, self.doc)
            out[first:] = [h for h in out[first:] if not _signing_ceremony(h, out, sent)]
            last = [] if new_paragraph(sent) else last
            _date_that_day(sent, before or last, out[first:], own=bool(before))
            dateline = "" if self.ctx.document.date or n > lead else _opening_day(sent, dates)
            news_day = "" if new_paragraph(sent) else news_day
            if dateline and not any(h.earlier for h in out[first:]):  # not "… ранее задержан"
                _report(undated + self._told_as_news(out[first:]), dateline)
                undated, news_day = [], dateline
            elif news_day and not dates:  # the dateline's paragraph goes on with its news
                for hit in self._told_as_news(out[first:]):
                    hit.lead = True
                    _report([hit], news_day)
            before, last = dates, dates or last
            frame = self._frame(sent, dates, frame, out[first:])
            if n <= lead and not dates:
                undated += out[first:]
        return out

    def _told_as_news(self, hits: list[Hit]) -> list[Hit]:
        """The hits a sentence tells as its news, not in a relative clause about someone
        ("раскритиковал министра, который прибыл с визитом": the visit may be of any day);
        "объявил о том, что победил на выборах" tells the news."""
        return [h for h in hits if not any(map(_relative, self.doc[h.trigger].ancestors))]

    def _frame(self, sent: Sentence, dates: list[DateMention], frame: str, hits: list[Hit]) -> str:
        """The date that holds for the next sentence: this one's opening date, which a
        repeat in it with no date of its own takes too ("В 2017 году его включили в команду,
        в составе которой он снова встречался …"); a sentence that goes on about the same
        people ("Они были освобождены …", "Об этом он объявил …", or names the subject of the
        sentence before again: "Об этом президент Чили сообщил …") and gives no date of its
        own keeps the one before, and its events with no date of their own get it, unless it
        tells a repeat."""
        opening = _opening(sent, dates)
        if opening:
            for hit in hits:
                if hit.again and not (hit.date or hit.hint):
                    hit.date, hit.dated_by_text = opening[0].value, True
            return opening[0].value
        if frame and not dates and words_said(sent):
            return frame  # "X заявил: «…»": the words said between X's sentences
        if dates or not frame or any(h.again for h in hits):
            return ""  # "На второй встрече они обсудили …": another day than the one told
        if not (_goes_on(sent) or self._same_subject(sent) or _attacks_it_again(sent, hits)):
            return ""
        for hit in hits:
            if not (hit.date or hit.hint):
                hit.date, hit.dated_by_text = frame, True
        return frame

    def _hit(
        self,
        tok: Token,
        rule: _Rule,
        sent: Sentence,
        lead: bool,
        dates: list[DateMention],
        claimed: set[int],
    ) -> Hit | None:
        hit = Hit(rule.kind, tok.i, tok.lemma_, (sent.start_char, sent.end_char), lead)
        anchors = self._anchors(tok, claimed, rule.told)
        visit = rule.kind in VISITS
        hit.framing = _framed(tok)
        hit.setting = rule.kind in HOSTS and _on_sidelines_of(tok)
        hit.outcome = rule.kind == "Signing" and _outcome_of_meeting(tok)
        dest = self._destination(tok, anchors) if visit else None
        if visit and dest is None and self._been_at_no_place(tok):
            return None  # "побывала на месте происшествия", "побывал на просмотре в клубе"
        # "в рамках визита посетит Лалибелу": the part's place, not the frame's ("прибывает в
        # Аргентину в рамках поездки" is that trip told again)
        inner = hit.framing and not (dest is not None and self._is_state(dest))
        dest, where = (None, []) if inner else (dest, anchors)
        place = self._event_place(tok, rule, where, anchors)
        if visit and dest is None and place is not None and self._is_state(place):
            dest = place  # "находится с визитом в Аргентине": the country visited
        # the place's words, not the clause of "где" on it that tells this very event, nor
        # the name's own adjective of a capital ("Пекинский саммит")
        own = place is not None and place.head.i == tok.i and place.dep_ == "amod"
        skip = set(_subtree(dest)) | (set() if own else set(_subtree(place)))
        skip -= set(_subtree(_clause_of(tok)))
        skip |= _partner_words(tok, hit.setting)
        if not self._roles(tok, rule, hit, anchors, skip, dest):
            return None
        if not self._placed(hit, place, dest, visit):
            return None
        self._met_where_going(tok, hit, place, anchors)
        stop = {t.i for d in dates for t in self._tokens(d.start, d.end)} | skip
        stop |= {t.i for c in tok.subtree if c.i > tok.i and _in_role(c) for t in c.subtree}
        if rule.kind in NAMED:
            stop |= {t.i for c in tok.children if _no_name(c) for t in c.subtree}
            words = [t for t in tok.subtree if t.i != tok.i and t.i not in stop]
            hit.name = phrase_in(tok, "nomn", stop)
            # a bare "саммит" names none of its own: the one the text speaks of
            named = len(hit.name.split()) > 1 and not self._sides_only(words)
            hit.name_key = normalize(hit.name) if named else ""
            hit.name_org = self._org_named(words) if named else ""
            # "Форум регионов России и Казахстана", "китайско-бразильский бизнес-форум"
            hit.named_parties = any(t.i in self.in_mention for t in words)
            hit.pair_word = pair_word(tok)
        elif rule.kind == "Election" and not reads_career(rule.kind, tok):
            stop = {t.i for t in tok.subtree if t.i > tok.i} | {t.i for t in participles(tok)}
            hit.name = phrase_in(tok, "nomn", stop)
            hit.ballot = _ballot(tok)
            hit.turn = _turn(tok)
        elif rule.kind == "Approval":  # "резолюции в поддержку членства Финляндии в НАТО"
            # a verb's object is what is approved ("одобрил соглашение с Эфиопией")
            paper = next((c for c in tok.children if c.dep_ == "obj"), tok)
            hit.name = phrase_in(paper, "gent", stop)
        if rule.kind == "Publication":
            hit.words = rule.said and (self._author_before(tok, hit) or _words_given(tok))
            self._publication(tok, hit, anchors)
            papers = [c for c in tok.children if c.dep_ in {"obj", "nsubj:pass"}]
            if tok.dep_ in {"acl", "acl:relcl"} and tok.head.lemma_ in rule.with_:
                papers.append(tok.head)  # "в опубликованном на сайте Кремля указе"
            if tok.pos_ == "VERB" and papers:  # "документ был опубликован на портале"
                if _is(papers[0], "authored") and not self._author_named(tok, papers[0]):
                    return None  # "учёные опубликовали исследование": told of no one
                self.set_document(papers[0], hit, skip)
        self._when(tok, hit, anchors, dates)
        if _framed(tok):
            hit.hint = ""  # "в рамках визита в воскресенье посетил": the day is the part's
        if _untold(rule, tok) or _conditional(tok) or _denied(tok):
            return None  # "если … не удастся, состоятся выборы", "так и не подписали": not told
        self._status(tok, hit, anchors, dates)
        hit.agreed = hit.agreed or hit.status == "planned" and _next_of_series(tok, rule.kind)
        if hit.status == "cancelled" and reads_career(rule.kind, tok):
            return None  # "отказался уйти в отставку": no change of office, not a called-off one
        verb = tok if tok.pos_ in {"VERB", "AUX"} else (anchors[0] if anchors else None)
        hit.earlier = verb is not None and any(_before_now(c) for c in verb.children)
        hit.earlier = hit.earlier or _last_year(tok, anchors) or _previous(tok)
        hit.earlier = hit.earlier or self._decade_before(hit.hint)
        hit.earlier = hit.earlier or self._gone_by(tok, verb, dates)
        hit.earlier = hit.earlier or rule.kind == "Election" and _won_before(tok, hit)
        hit.again = told_again(tok, verb)
        hit.ended = visit and any(_is(a, "trip_end") for a in [tok, *anchors])
        hit.length = _trip_length([tok, *anchors]) if visit else ""
        hit.at_it = verb is not None and self._at_it(verb)
        return hit

    def _gone_by(self, tok: Token, verb: Token | None, dates: list[DateMention]) -> bool:
        """A summit or forum told by a past participle of taking place that gives no date
        ("на полях саммита НАТО, прошедшего в Вашингтоне", "на прошедшем форуме"): the
        trigger itself or the one whose sidelines or frame it is told in was held before the
        news, on a day the text does not give, not on the dateline's; a dated one ("саммита,
        прошедшего 9 сентября") gives its day. Not talks or elections ("на состоявшихся
        переговорах"), which a visit may frame."""
        heads = [h for h in {tok, verb} if h is not None]
        frames = (g for h in heads for c in h.children for g in (c, *c.children))
        framed = [g for g in frames if under_compound_preposition(g, _HELD_FRAMES)]
        nouns = [n for n in [tok, *framed] if n.pos_ in {"NOUN", "PROPN"} and _hosts(n)]
        said = [p for n in nouns for p in participles(n)]
        # the parser may hang the gathering's participle on "полях" it does not agree with
        said += [
            p
            for n in nouns
            for p in participles(n.head)
            if n.dep_ == "nmod" and case_of(p) == case_of(n)
        ]
        dated = {t.i for d in dates for t in self._tokens(d.start, d.end)}
        return any(
            _is(p, "happen")
            and "Past" in p.morph.get("Tense")
            and not any(t.i in dated for t in p.subtree)
            for p in said
        )

    def _at_it(self, verb: Token) -> bool:
        """Told "на нём", "на полях встречи" or "там": at the gathering of the sentence
        before; "там" not where that sentence goes on to another place after it ("прошёл
        саммит, после чего X вылетел в Пекин. Там он встретился …": in Beijing)."""
        return any(
            _on_it(c) or _on_its_sidelines(c) or _there(c) and not self._elsewhere_before(c)
            for c in verb.children
        )

    def _elsewhere_before(self, there: Token) -> bool:
        """Whether the sentence before `there` names, after its last gathering's word, a
        place on a verb other than the gathering's own ("прибыл на саммит в Осаку": the
        summit's place)."""
        before = [s for s in self.sents if s.end <= there.i]
        if not before:
            return False
        words = self.doc[before[-1].start : before[-1].end]
        gatherings = [t for t in words if _hosts(t)]
        if not gatherings:
            return False
        last = gatherings[-1]
        return any(
            t.i > last.i and t.head.pos_ in {"VERB", "AUX"} and t.head != last.head
            for t in words
            if self._is_place(t)
        )

    def _roles(
        self,
        tok: Token,
        rule: _Rule,
        hit: Hit,
        anchors: list[Token],
        skip: set[int],
        dest: Token | None,
    ) -> bool:
        """Who takes part, by the kind's roles; False when the trigger tells no event here."""
        if rule.kind == "Signing" and not self._signs_document(tok, hit, skip):
            return False
        if rule.kind in ACTS:
            if not read_act(self, tok, hit, anchors, skip):
                return False
        elif rule.kind in TRANSFERS | ATTACKS:
            read = read_transfer if rule.kind in TRANSFERS else read_attack
            if not read(self, tok, hit, anchors):
                return False
        elif reads_career(rule.kind, tok):
            if not read_career(self, tok, hit, anchors):
                return False
        else:
            self._participants(tok, hit, anchors, skip)
        if rule.kind == "Message" and any(_private(s) for a in anchors[:1] for s in _subjects(a)):
            return False  # "жители города направили письмо президенту": no state's message
        if rule.guest and not self._guests(tok, hit):
            return False  # "принял участие", "принял закон": no one received
        if rule.kind in VISITS and not self._visits_a_place(tok):
            return False  # "посещала страницы пропагандистов": no trip
        if rule.kind in VISITS and not self._trip_abroad(tok, rule, hit, anchors, dest):
            return False
        hit.held_by = rule.kind in MULTI and _holders_named(tok)
        leaders = _leaders_act(tok, anchors) or (_leaders_of(tok) if rule.kind in MULTI else None)
        hit.leaders = leaders is not None
        hit.leaders_office = _plural_office(leaders) if leaders is not None else ""
        both = hit.sides = self._sides_act(tok, anchors) or hit.leaders
        if (rule.pair or rule.kind in MULTI) and len(set(hit.states)) < 2 and both:
            hit.states = list(dict.fromkeys([*hit.states, *main_pair(self.ctx, only_two=True)]))
        # "эксперты обсудили": no two sides; a union's officer is one ("Сербскую делегацию
        # приняла председатель Еврокомиссии": Serbia and the EU)
        sides = set(hit.states) | {u for k in hit.persons if (u := self.union_of(k))}
        return not (rule.pair and len(sides) < 2 and len(set(hit.persons)) < 2)

    @staticmethod
    def _sides_act(tok: Token, anchors: list[Token]) -> bool:
        """ "Стороны обсудили", "наши страны обсудили": the subject is the document's two
        sides (not "сторона обвинения", one side of something else)."""
        for verb in dict.fromkeys([tok, *anchors]):
            for subject in _subjects(verb):
                plural = "Plur" in subject.morph.get("Number")
                own = [c for c in subject.children if c.dep_ in {"nmod", "det", "amod", "nummod"}]
                if plural and subject.lemma_ == SIDES and not own:
                    return True
                if plural and subject.lemma_ in PAIR_WORDS and any(c.lemma_ in BOTH for c in own):
                    return True
        return _leaders_act(tok, anchors) is not None

    def _anchors(self, tok: Token, claimed: set[int], told: bool) -> list[Token]:
        """The verbs whose dependents also describe the event: the trigger itself when a
        verb, the verb governing a noun trigger (not one a `told` noun dates: "после
        ареста X заявил" tells what came after), a motion verb carrying "с визитом",
        and verbs of relative clauses on the trigger ("переговоры, которые состоятся")."""
        if tok.pos_ in {"VERB", "AUX"}:
            anchors = [tok]
        else:
            v = None if told and counted_from(tok) else _governor(tok)
            anchors = [v] if v is not None else []
            modal = _modal_infinitive(tok)
            if modal is not None and not told:  # "выборы должны пройти 5 мая": its date
                anchors[:0] = [modal] + ([modal.head] if modal.head not in anchors else [])
            if any(c.lemma_ == "с" and c.dep_ == "case" for c in tok.children):
                motion = self._motion_verb(tok)
                if motion is not None:
                    anchors.insert(0, motion)
                    claimed.add(motion.i)
        # not a "что" clause the parse hangs on the noun ("заявил после переговоров, что страна
        # не откажется от …"): what was said, of another act
        relatives = [c for c in tok.children if c.dep_ in {"acl", "acl:relcl"} and c.pos_ == "VERB"]
        anchors += [c for c in relatives if not that_clause(c)]
        if tok.pos_ in {"NOUN", "PROPN"}:
            anchors += [v for v in self._relatives(tok) if v not in anchors]
        return anchors

    def _relatives(self, tok: Token) -> list[Token]:
        """Relative clauses on a noun trigger that the parser hung on another word
        ("переговоры главы МИД …, которые состоятся"): those whose "который" agrees with
        the trigger, with no nearer noun it could agree with."""
        out = []
        for rel in tok.sent:
            if rel.lemma_ != "который" or rel.i <= tok.i:
                continue
            verb = _clause_verb(rel)
            if verb is None or verb.dep_ not in {"acl", "acl:relcl"}:
                continue
            nouns = [
                n
                for n in self.doc[tok.i : rel.i]
                if n.pos_ in {"NOUN", "PROPN"} and n.i not in self.in_mention and agrees(rel, n)
            ]
            if nouns and nouns[-1].i == tok.i and verb.pos_ == "VERB":
                out.append(verb)
        return out

    def _motion_verb(self, tok: Token) -> Token | None:
        """The verb that carries "с визитом": up the parse, else the nearest in the sentence."""
        for t in _ancestors(tok):
            if t.pos_ == "VERB" and _is(t, "motion"):
                return t
        verbs = [t for t in tok.sent if t.pos_ == "VERB" and _is(t, "motion")]
        return min(verbs, key=lambda t: abs(t.i - tok.i)) if verbs else None

    def _each_holder(self, hit: Hit) -> list[Hit]:
        """One change of office per holder: "компанию покинули X, Y и Z" are three leavings,
        each at a time of its own, and "уволил министров X и Y" two dismissals; who
        dismisses is in each, a state only another holder serves in none."""
        if len(hit.holders) < 2:
            return [hit]
        others = [k for k in hit.persons if k not in hit.holders]
        kept = {self.state_of(k) for k in others}
        served = {k: self.served_state(k) for k in hit.holders}
        return [
            replace(
                hit,
                persons=[k, *others],
                holders=[k],
                states=[
                    s for s in hit.states if s in kept or s == served[k] or s not in served.values()
                ],
            )
            for k in hit.holders
        ]

    def _org_named(self, words: list[Token]) -> str:
        """The organization a gathering's name names and nothing else does ("саммит ШОС",
        "саммит Шанхайской организации сотрудничества", "саммит Экономического сообщества
        стран Западной Африки (ЭКОВАС)"), so its names by initials and in full tell one
        gathering; "" where the name names a state or another party too ("саммит ЕС —
        Китай")."""
        named = {m.entity: m.type for t in words for m in self.by_token.get(t.i, ())}
        orgs = [key for key, kind in named.items() if kind == "Organization"]
        return orgs[0] if len(orgs) == len(named) == 1 else ""

    def _sides_only(self, words: list[Token]) -> bool:
        """A gathering's phrase that says only who holds it ("саммит Финляндии и Эстонии",
        "двусторонний саммит", "саммит X и Y"): no name of its own, as a bare "саммит", so
        a headline's summit is the one the text tells; a body's ("саммит НАТО") names one."""
        sides = {"State", "Person"}
        return all(
            t.pos_ in {"CCONJ", "PUNCT"}
            or _is(t, "joint")
            or any(m.type in sides for m in self.by_token.get(t.i, ()))
            for t in words
        )

    def _decade_before(self, hint: str) -> bool:
        """An event of a decade before the document's year ("в 1990-е годы"): told as done
        before, not as the day's news (ISO gives a decade no date)."""
        decade = _DECADE.match(hint)
        return decade is not None and int(decade[1]) + 10 <= self.ctx.reference_year

    def _when(self, tok: Token, hit: Hit, anchors: list[Token], dates: list[DateMention]) -> None:
        """The date attached to the trigger or its anchors; a month or season as a hint."""
        decided = tok.pos_ != "VERB" and _agreed(tok)  # "30 мая проголосовал за проведение
        # выборов": the vote's date, not the elections'
        reach = {tok.i} | {
            a.i for a in anchors if not _occasion(tok) and not (decided and _is(a, "agree"))
        }
        # "в пятницу ворвалась в посольство и задержала …": the first verb's date is its
        # conjunct's too, unless that one gives its own (the closest date wins below)
        reach |= {v.head.i for v in [self.doc[i] for i in reach] if _conjunct_verb(v)}
        reach |= {r.i for a in anchors if (r := _received_by(a)) is not None}
        reach |= {d.i for d in [by_decree(tok)] if d is not None}  # "указ, которым назначил"
        reach |= {v.i for v in _held_in_relative(tok)}  # "саммит, который должен был пройти"
        dated = {t.i for d in dates for t in self._tokens(d.start, d.end)}
        eve = self._eve_phrase(tok, anchors)
        hit.eve = bool(eve)
        mine: list[DateMention] = []
        terms = term_ends(self.doc, dates)
        # "накануне визита, запланированного на 29 августа": the visit's date, not the event's
        for d in [d for d in dates if not self._within_words(d, eve)]:
            first = self._tokens(d.start, d.end)
            if not first or d in terms or _not_its_date(tok, first, d):
                continue
            if self._names_a_paper(first, tok):
                continue
            if _discusses(tok) and (_in_object(first[0], tok) or self._plans_after(first[0], tok)):
                continue  # "обсудили подготовку к визиту в ноябре": the visit's month
            closest = self._closest_trigger(first[0], dated)
            if closest is None or closest.i < tok.i:
                attached = self._attached(first[0], reach)
            else:  # "вступление … после приёма Албании в 2009 году": the nearer event's date
                attached = closest.i == tok.i
            if attached or _before_its_verb(first, tok):
                mine.append(d)
        best = min(mine, key=lambda d: abs(d.start - tok.idx), default=None)
        if best is not None and not best.value:  # "в воскресенье, 25 февраля 2016 года"
            best = next((d for d in mine if d.value and 0 <= d.start - best.end <= 3), best)
        if best is not None and best.value:
            hit.date, hit.dated_by_text, hit.yearless = best.value, True, best.yearless
            hit.weekday = bool(_WEEKDAY_WORD.search(best.text))
        elif best is not None:
            hit.eve = hit.eve or is_eve(best)  # "днём ранее" of no one day: not the news day
            month = re.search(MONTH_RE, best.text, re.IGNORECASE)
            hint = f"--{_month(month):02d}" if month else _DATE_WORDS.sub("", best.text.lower())
            hit.hint = hint
        if not hit.hint and not hit.date:
            hit.hint = _season_hint([tok, *anchors])
        if eve and not (hit.date or hit.hint):
            hit.date, hit.yearless = self._eve_day(eve, dates)
            hit.dated_by_text = bool(hit.date)
        hit.now = _now(tok, hit.kind, anchors)
        if hit.kind in VISITS and not (hit.date or hit.hint):
            hit.date = self._stay_day(anchors, dates)
            hit.dated_by_text = hit.dated_by_text or bool(hit.date)

    def _eve_phrase(self, tok: Token, anchors: list[Token]) -> set[int]:
        """The words of the event "накануне" puts the trigger's event on the eve of
        ("Накануне визита X, запланированного на 29 августа, Y провёл телефонный разговор"):
        its noun's phrase, up to the verb's subject or the verb; empty where there is none."""
        verb = tok if tok.pos_ == "VERB" or not anchors else anchors[0]
        nouns = [c for h in {tok, verb} for c in h.children if c.pos_ == "NOUN" and c != tok]
        eve = [n for n in nouns if any(c.dep_ == "case" and _is(c, "eve") for c in n.children)]
        eve = [n for n in eve if self._rule(n, False) is not None]
        if not eve:
            return set()
        stop = min([verb.i, tok.i, *(s.i for s in _subjects(verb) if s.i > eve[0].i)])
        return {t.i for t in eve[0].subtree} | set(range(eve[0].i, stop))

    def _within_words(self, d: DateMention, words: set[int]) -> bool:
        return bool(words) and {t.i for t in self._tokens(d.start, d.end)} <= words

    def _eve_day(self, eve: set[int], dates: list[DateMention]) -> tuple[str, bool]:
        """The day before the one day the eve's event is dated by in its own phrase (28
        August for "накануне визита, запланированного на 29 августа"), and whether it took
        the document's year; "" where it has none or that day falls after the document's
        (then "накануне" is loose, "in the days before", and no day is known)."""
        days = [d for d in dates if len(d.value) == 10 and self._within_words(d, eve)]
        if len(days) != 1:
            return "", False
        day = days_after(days[0].value, -1)
        own = self.ctx.document.date
        return ("", False) if own and day > own else (day, days[0].yearless)

    def _stay_day(self, anchors: list[Token], dates: list[DateMention]) -> str:
        """The day of a visit told as under way by a participle on the subject of a dated verb
        ("Находящийся с визитом в Каире президент Турции 14 февраля провёл переговоры"): the
        visit's own day, as far as the text tells it."""
        stay = anchors[:1]
        holders = [
            v.head.head
            for v in stay
            if v.lemma_ in _STAY
            and v.morph.get("VerbForm") == ["Part"]
            and v.morph.get("Tense") == ["Pres"]
            and v.dep_ == "acl"
            and v.head.dep_ in SUBJECTS
        ]
        for verb in holders:
            for d in dates:
                first = self._tokens(d.start, d.end)
                if d.value and first and self._attached(first[0], {verb.i}):
                    return d.value
        return ""

    def _offer_day(self, tok: Token, dates: list[DateMention]) -> str:
        """The date of the words that offer the event ("10 мая 2023 года пригласил посетить
        Лиму в следующем году": 10 May 2023, not next year), so a visit held before the
        offer is not the one offered."""
        offers = {a.i for a in _ancestors(tok) if _is(a, "offer")}
        for d in dates:
            words = self._tokens(d.start, d.end)
            if d.value and words and self._attached(words[0], offers):
                return d.value
        return ""

    def _names_a_paper(self, words: list[Token], tok: Token) -> bool:
        """A date in a paper's name, its genitive with no preposition ("подтвердил
        обязательства по Договору о взаимной обороне 1951 года"): the paper's year, not the
        event's date; also where the parse hangs it on the last noun of the topic of a paper
        another's title names ("подписали протокол к соглашению о рыболовстве 2011 года"; not
        "подписали протокол о торговле 5 мая 2024 года")."""
        paper = noun_dated(self.doc[words[0].i : words[-1].i + 1])
        if paper is not None and not self.is_document(paper):
            inner = paper
            while inner.dep_ == "nmod" and not self.is_document(inner):
                inner = inner.head
            paper = inner if inner.dep_ == "nmod" else paper
        return paper is not None and paper.i != tok.i and self.is_document(paper)

    def _plans_after(self, word: Token, verb: Token) -> bool:
        """A date the parser hung on a talk verb that follows, in the same phrase, an object
        naming a planned event ("обсудили подготовку к саммиту в Хиросиме в мае"): the
        summit's date, not the talks'; only places may stand between them."""
        for obj in (c for c in verb.children if c.dep_ == "obj"):
            if word.i <= obj.right_edge.i or not any(
                self._rule(t, False) is not None or _is(t, "plan") for t in obj.subtree
            ):
                continue
            between = self.doc[obj.right_edge.i + 1 : word.i]
            if len(between) <= _NEAR_WORDS and all(
                t.pos_ in {"ADP", "PROPN"} or t.is_quote or t.i in self.in_mention or _loc(t)
                for t in between
            ):
                return True
        return False

    def _closest_trigger(self, tok: Token, dated: set[int]) -> Token | None:
        """The event word right before a date, in its clause ("приёма … в 2009 году", "был
        задержан в воскресенье, 25 февраля"); `dated` are the words of the text's dates."""
        words = 0
        for t in reversed(self.doc[tok.sent.start : tok.i]):
            if t.i in dated or t.text == "," and t.i - 1 in dated:
                continue
            words += 1
            if words > _NEAR_WORDS:
                return None
            if t.pos_ in {"VERB", "AUX"}:
                return t if self._rule(t, True) is not None else None
            if t.text in {",", ";", ":", "—", "–"}:
                return None
            if t.pos_ == "NOUN" and self._rule(t, False) is not None:
                return self._phrase_verb(t)
        return None

    def _phrase_verb(self, noun: Token) -> Token:
        """The verb trigger whose phrase a trigger noun completes ("подал в отставку": the
        verb's `with` word), else the noun."""
        verb = noun.head
        rule = self._rule(verb, True) if verb.pos_ in {"VERB", "AUX"} else None
        return verb if rule is not None and noun.lemma_ in rule.with_ else noun

    def _attached(self, tok: Token, reach: set[int]) -> bool:
        """Whether a date's word hangs off the trigger or its anchors, not through another
        event's noun ("вступление … станет первым после приёма Албании в 2009 году") or
        another happening the event is told after or before ("первая встреча после смены
        власти в августе": the change's month), nor inside the phrase after a person
        subject's head ("скончался лауреат премии 1997 года")."""
        date = tok.i
        while True:
            if tok.i in reach:
                return True
            if tok.head.i == tok.i or (tok.pos_ == "VERB" and tok.i not in reach):
                return False
            described = is_animate(tok) and date > tok.i  # who, not when
            if tok.dep_ in SUBJECTS and tok.head.i in reach and described:
                return False
            if tok.pos_ == "NOUN" and self._rule(tok, False) is not None:
                return False
            if tok.i != date and _sequel(tok):
                return False
            tok = tok.head

    def _news_day(self, d: DateMention) -> bool:
        """A full day that can date the news of an undated text, so a later day without its
        year takes its year: not a birth ("родился 10 февраля 1915 года"), a bound of a span
        ("с 25 ноября 2011 года"), or a day of history, years before the latest year the text
        names."""
        words = self._tokens(d.start, d.end)
        if not _full_day(d) or not words:
            return False
        if int(d.value[:4]) < self.ctx.reference_year - _HISTORY_YEARS:
            return False
        if bound(words[0]) == "end" or _since(words[0], d):
            return False  # "разыскивался с 25 ноября 2011 года": when a state began
        return not _born(words[-1]) and not any(
            a.lemma_ in _BIRTH for t in words for a in _ancestors(t)[:3]
        )

    def _in_cancelled_trip(self, tok: Token) -> bool:
        """An event of a clause of "где" on the place of a trip that is called off
        ("отменил поездку в Ханой, где планировал встретиться с …"): called off with it,
        though its own clause's verb stands between it and the cancelling one."""
        up = _clause_up(tok)
        clause = up[-1] if up else tok
        if clause.dep_ != "acl:relcl" or not any(c.lemma_ == "где" for c in clause.children):
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
        near = list(tok.children) + _ancestors(tok, stop=_PART_IN)
        near += [x for a in anchors if a.i != tok.i for x in (a, *a.children)]
        near = [t for t in near if not contrast_between(tok, t)]  # ", а министры обсудили"
        near = [t for t in near if not _beside(t, tok) and not _cancels_its_own(t, tok)]
        eve = self._eve_phrase(tok, anchors)  # "накануне визита, запланированного на …"
        near = [t for t in near if t.i not in eve]
        part = _part_in(tok)
        # "отказался от участия в саммите", "не примет участия": one's part, not the summit
        above = {a.i for a in _ancestors(part)} if part is not None else set()
        near = [t for t in near if t.i not in above]
        outer = set(tok.ancestors) - set(_clause_up(tok))  # "отменяет решения, по которым …"
        hit.agreed = _agreed(tok)  # also where a plan word says so too ("следующую встречу")
        beyond = _above_own_clause(tok)  # "должен сменить X, который написал заявление"
        beyond |= _above_gathered(tok)  # "участники саммита пригласили Египет"
        plans = _plan_words(tok, near, beyond)
        moved = _moved(tok, anchors)
        if (
            any(_is(t, "cancel") and t not in outer and t != moved for t in near)
            or any(
                negated(a) and _is(a, "happen") and not _said_of_other(tok, a)
                for a in anchors
                if a.i not in above
            )
            or _turned_back(tok)
            or self._in_cancelled_trip(tok)
        ):
            hit.status = "cancelled"
        elif moved is not None:  # "перенесли на осень" lies ahead, "… и провели онлайн" not
            held_after = _held_after(moved)
            hit.status = "planned" if held_after is None or _tense(held_after) == "Fut" else ""
            hit.status = hit.status or "occurred"
        elif (
            plans
            or hit.agreed
            or _ready(tok)
            or set_ahead(tok)
            or (scheduled(tok) and not reads_career(hit.kind, tok))
            or counted_down(tok)
            or (
                any(_is(t, "before") and t.dep_ == "case" and not narrated_before(t) for t in near)
                and not held(tok)
            )
            or _outcome_supposed(tok)
        ):
            hit.status = "planned"  # not "посетил по приглашению": a circumstance
            hit.offered = bool(plans) and all(_is(t, "offer") for t in plans)
            hit.offered_on = self._offer_day(tok, dates) if hit.offered else ""
        elif hit.now:
            hit.status = "occurred"
        elif hit.kind == "Resignation" and _habitual(tok):
            hit.status = ""  # "X покидает свой пост": the news present, done or ahead
        else:
            hit.status = self._tense_status(tok, anchors, hit)

    def _tense_status(self, tok: Token, anchors: list[Token], hit: Hit) -> str:
        if held(tok):
            return "occurred"  # "на состоявшихся выборах"
        if _followed_ahead(tok):
            return self._ahead_unless_past(hit)  # "выступит с заявлением по итогам переговоров"
        if concluded(tok):
            return "occurred"  # "по итогам переговоров подписали"
        sequel = _sequel(tok)
        if sequel or candidacy(tok):  # "стал кандидатом на выборах, которые состоятся
            anchors = [a for a in anchors if a.dep_ in _RELATIVE]  # в январе": its own clause
        if sequel and not anchors:
            return ""  # "станет первым после приёма Албании": the verb's time is not its own
        verbs = [tok] if tok.pos_ == "VERB" else []
        if tok.dep_ in SUBJECTS and tok.head.pos_ in {"VERB", "AUX"}:
            verbs.append(tok.head)
        verbs += [
            a for a in anchors if _is(a, "happen") or _is(a, "motion") or a.dep_ in _RELATIVE
        ]  # "прошли переговоры", "завершил визит", "переговоры, которые состоятся"
        # its own verb ("выборы, которые состоятся 3 мая, определят …"), not one it is only
        # said of ("посетит Индонезию после победы на выборах 3 мая")
        own = [v for v in verbs if v.i == tok.i or _is(v, "happen") or v.dep_ in _RELATIVE]
        for verb in verbs:
            if _is(verb, "must") and _modal(verb):
                return "planned"  # "может состояться саммит": not yet
            tense = _tense(verb)
            if tense == "Fut" and verb not in own and not any(_tense(v) == "Fut" for v in own):
                return self._ahead_unless_past(hit)
            if tense:
                return "planned" if tense == "Fut" else "occurred"
        if any(_tense(a) == "Fut" for a in anchors):
            return self._ahead_unless_past(hit)  # what is said of it in the future lies ahead
        if any(_modal(a) for a in anchors[:1]):
            return "planned"  # "во время поездки в Москву может предложить"
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


def _plan_words(tok: Token, near: list[Token], beyond: set[Token]) -> list[Token]:
    """The words near the event noun that set it ahead ("планирует", "пригласил посетить",
    "предложил провести"), not after "по" ("по приглашению": a circumstance of one held),
    nor those of an act the event is where it is told ("в ходе переговоров предложил")."""
    return [
        t
        for t in near
        if (_is(t, "plan") or _intends(t, tok)) and _prep(t) != "по"
        if not _told_in(tok, t) and t not in beyond and not _others_clause(t, tok)
        if not _as_planned(t) and not _topic_of(t, tok)
    ]


def _now(tok: Token, kind: str, anchors: list[Token]) -> bool:
    """Told as under way: "сейчас", "сегодняшний"; a visit one "находится" on ("находится в
    Кении с визитом", "находящимся в России с визитом")."""
    if any(_is(c, "now") for head in [tok, *anchors[:1]] for c in head.children):
        return True
    stay = anchors[:1] if kind in VISITS else []
    return any(v.lemma_ in _STAY and v.morph.get("Tense") == ["Pres"] for v in stay)


def _leaders_act(tok: Token, anchors: list[Token]) -> Token | None:
    """ "Главы государств подписали", "лидеры обсудили": the subject, holders of one
    office, in plural, who name no state of their own; None where the subject is not."""
    verbs = dict.fromkeys([tok, *anchors])
    subjects = (s for v in verbs for s in _subjects(v))
    return next((s for s in subjects if "Plur" in s.morph.get("Number") and _one_office(s)), None)


def _leaders_of(tok: Token) -> Token | None:
    """ "переговоры президентов", "встреча лидеров", "телефонный разговор глав МИД": the
    holders of one office, in plural, who name no state of their own, whose event it is:
    the two sides of the document (not "переговоры президентов Чили и Перу", told by
    their names); None where the noun names none."""
    holders = (
        c
        for c in tok.children
        if c.dep_ == "nmod" and c.morph.get("Case") == ["Gen"] and _one_office(c)
    )
    return next((c for c in holders if "Plur" in c.morph.get("Number")), None)


def _private(subject: Token) -> bool:
    """A sender of people no title makes anyone's envoy ("жители", "ученики школы"): they
    write for themselves, not for a state or body."""
    people = subject.pos_ == "NOUN" and is_animate(subject)
    return people and not is_office([subject.lemma_])


def _turned_back(tok: Token) -> bool:
    """A trip its traveller turned back from on the way ("X, направлявшийся с визитом в
    Испанию, развернул самолёт над Атлантикой"): the participle of travel describes the
    subject of a verb of turning one's plane back."""
    travel = tok.head
    if travel.pos_ != "VERB" or travel.dep_ not in {"acl", "acl:relcl"} or travel.i == tok.i:
        return False
    traveller, verb = travel.head, travel.head.head
    turned = _is(verb, "turn_back") and traveller.dep_ in SUBJECTS
    return turned and any(c.dep_ == "obj" and _is(c, "plane") for c in verb.children)


def _words_given(noun: Token) -> bool:
    """A statement whose words the text quotes with no one but the statement saying them,
    its genitive naming who made it ("«…», — говорится в заявлении группы"): told though no
    state or person is its author; not one of no one's ("«…», — говорится в заявлении"),
    nor words retold ("в заявлении организации поясняется, что …"), nor those of a speaker
    the text leaves unnamed ("в своём обращении глава совета сообщил")."""
    verb = noun.head
    speakers = [s for s in _subjects(verb) if s.lemma_ != "это"]  # "это отмечено в …"
    authors = [c for c in noun.children if c.dep_ == "nmod" and case_of(c) == "Gen"]
    return _said_in(noun) and not speakers and bool(authors) and _quoted_words(verb)


def _followed_ahead(tok: Token) -> bool:
    """The event is named only as what a future act follows ("выступит с заявлением по
    итогам переговоров", "сделает заявление после переговоров"): the text does not tell it
    as held, and the act ahead sets it ahead too; not where a past verb above tells the act
    ("заявил, что по итогам переговоров страны построят мост")."""
    step = tok.head if concluded(tok) and _prep(tok.head) == "по" else tok
    if step is tok and not _sequel(tok):
        return False
    while step.dep_ == "nmod" and step.head.pos_ == "NOUN":  # "на пресс-конференции по итогам"
        step = step.head
    verb = step.head
    return (
        step.dep_ == "obl"
        and verb.pos_ == "VERB"
        and _tense(verb) == "Fut"
        and not any(_tense(a) == "Past" for a in verb.ancestors)
    )


def _season_hint(heads: list[Token]) -> str:
    """The season a word on the trigger or its anchors names ("летом"), as a hint, or ""."""
    for head in heads:
        for c in head.children:
            if _is(c, "season"):
                return next(r for r in role_words() if r.startswith("season:") and _is(c, r))
    return ""


def _full_day(d: DateMention) -> bool:
    return len(d.value) == 10 and not d.yearless


def _year_of(d: DateMention, told: list[str], sent: Sentence) -> DateMention:
    """A day or month written without its year, in a text with no date of its own, is of the
    year of the last day the text gave before it ("Об этом стало известно 13 сентября 2016
    года … Премьер подал в отставку 8 сентября": 2016-09-08); a bare weekday in a sentence
    told in the past is the latest day the text gave that fell on it ("27 февраля 2013 года
    … . В среду парламент отправил правительство в отставку": 2013-02-27, a Wednesday)."""
    if d.value or not told:
        return d
    if d.yearless:
        return next((replace(d, value=o.value) for o in find_dates(d.text, told[-1]) if o.value), d)
    if not _WEEKDAY_WORD.search(d.text) or not _told_past(sent):
        return d
    same = (day for day in reversed(told) if [o.value for o in find_dates(d.text, day)] == [day])
    return replace(d, value=next(same, ""))


def _told_past(sent: Sentence) -> bool:
    """Whether every verb of the sentence that has a tense tells the past: a weekday there
    lies before the day the text last gave, not after it ("в пятницу посетит")."""
    return {_tense(t) for t in sent if t.pos_ in {"VERB", "AUX"}} - {""} == {"Past"}


def _before_its_verb(words: list[Token], verb: Token) -> bool:
    """A date right before its verb ("(в июле 2015 года) депортировали"), or one that opens
    its sentence, a line or a clause after a comma ("Как сообщает блог, 1 декабря 2012 года
    полиция Белиза арестовала …") or follows the verb's own subject ("Как только X в
    сентябре 2008 года покинул пост, Y объявил …"), with no verb or comma before the verb:
    the verb's, wherever the parser hung it (on a verb of a quote after a colon, on a
    title's verb, on the verb of the next clause)."""
    doc, start = verb.doc, verb.sent.start
    if words[-1].i >= verb.i:
        return False
    if all(t.is_punct for t in doc[words[-1].i + 1 : verb.i]):
        return True
    if verb.pos_ != "VERB" or start != words[0].sent.start:
        return False
    k = words[0].i - 1
    while k >= start and doc[k].pos_ == "ADP":
        k -= 1
    opens = k < start or doc[k].text == "," or "\n" in doc[k].text_with_ws
    if not opens and not _subject_of(doc[k], verb):
        return False  # a new line: a lead after its title and a photo's caption
    between = doc[words[-1].i + 1 : verb.i]
    return not any(t.pos_ in {"VERB", "AUX"} or t.is_punct for t in between)


def _subject_of(word: Token, verb: Token) -> bool:
    """`word` is the last of the verb's own subject ("Килпатрик" of "Килпатрик … покинул")."""
    return any(c.dep_ in SUBJECTS and word.i == c.right_edge.i for c in verb.children)


def _not_its_date(tok: Token, words: list[Token], d: DateMention) -> bool:
    """A date in the trigger's sentence that is none of its event's: an end ("визит продлится
    до 23 июня"), a start it is counted from ("первый с 2012 года"), a birth year
    ("депутат (1924 года рождения)"), a date the text denies ("не в апреле, а в июне"), or
    one of a contrasting clause ("подписали меморандум, а министры обсудили … в мае") or
    of a clause ", что …" after the trigger ("умер X, известный тем, что в 1970-х …")."""
    first = words[0]
    return (
        bound(first) == "end"
        or _since(first, d)
        and not _takes_effect(tok, d)
        or _born(words[-1])
        or _denied_date(first)
        or contrast_between(tok, first)
        or told_after(tok, first)
    )


def _denied_date(first: Token) -> bool:
    """A date the text says is not the one ("не в апреле, а в июне"), by its first word."""
    k = first.i - 1
    if k >= 0 and first.doc[k].pos_ == "ADP":
        k -= 1
    return k >= 0 and first.doc[k].lower_ == "не"


def _takes_effect(tok: Token, d: DateMention) -> bool:
    """A joining told from the day it takes effect ("присоединились к БРИКС с 1 января 2024
    года"): that day is its date, not one it is counted from; a year alone ("член ЕС с 2004
    года") may be a membership's, not the joining's."""
    return _is(tok, "effect") and _full_day(d)


def _since(first: Token, date: DateMention) -> bool:
    """A date an event is counted from ("первый визит в Египет с 2012 года"), not its date;
    a range ("с 8 по 13 октября", "с 2010 по 2012 год") is dated from its start."""
    if bound(first) != "start":
        return False
    after = doc_text(first.doc)[date.end : date.end + 4].lstrip()
    return not re.search(r"\bпо\b|\bдо\b|[-–—]", date.text) and not after.startswith(
        ("по ", "до ", "-", "–", "—")
    )


def _report_day(sent: Sentence, dates: list[DateMention]) -> str:
    """The day a sentence reports the news before it on ("Об этом стало известно во вторник,
    13 сентября 2016 года", "Об этом говорится в опубликованном 29 января 2020 года указе"):
    the lead's undated news happened then, in a text with no date of its own."""
    days = [d.value for d in dates if len(d.value) == 10]
    about = any(
        t.lower_ == "этом" and t.nbor(-1).lower_ in {"об", "о"} for t in sent if t.i > sent.start
    )
    return days[0] if about and len(days) == 1 else ""


def _report(news: list[Hit], day: str) -> None:
    """The lead's news with no time of their own happened on the day a sentence reports;
    not news told as done before ("был ранее задержан")."""
    for hit in news:
        hit.reported = "" if hit.earlier or hit.hint else day


def _relative(tok: Token) -> bool:
    """A relative clause's verb: "который прибыл", a participle "прибывшего"."""
    return tok.dep_ in _RELATIVE and (
        tok.morph.get("VerbForm") == ["Part"] or any(c.lemma_ == "который" for c in tok.children)
    )


def _opening(sent: Sentence, dates: list[DateMention]) -> list[DateMention]:
    """The dates a sentence opens with ("В 2009 году КНДР арестовала …")."""
    first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    return [d for d in dates if d.value and first is not None and d.start <= first.idx + 2]


def _opening_day(sent: Sentence, dates: list[DateMention]) -> str:
    """The full day a lead sentence opens with, before its subject, as a dateline ("18 марта
    2013 года коалиция выбрала …"): in a text with no date of its own, the day of the lead's
    news it and the title tell without a date of their own. Not a bound ("С 5 мая …"), nor
    with another day the sentence tells of ("…, что 3 мая был задержан"); a bound one may
    follow ("…, который занимал этот пост с 22 апреля 2010 года")."""
    told = [d for d in dates if not _bounded(sent, d)]
    opening = _opening(sent, dates)
    day = told[0].value if len(told) == 1 and opening and opening[0] == told[0] else ""
    return day if len(day) == 10 else ""


def _bounded(sent: Sentence, date: DateMention) -> bool:
    """A date with a preposition that makes it a start or an end ("с 22 апреля")."""
    words = sent.doc.char_span(date.start, date.end, alignment_mode="expand")
    return words is None or bool(bound(words[0]))


def _eve_of_day_before(
    sent: Sentence, dates: list[DateMention], before: list[DateMention], doc_date: str
) -> list[DateMention]:
    """A sentence that opens or ends with a bare "Накануне" ("… ушёл в отставку накануне"),
    or tells "днём ранее" anywhere, and gives no other date tells of the day before the one
    day the sentence before gives ("14 мая прибыл в Бразилиа. Накануне он провёл телефонный
    разговор"), not of the day before the document's, where its verb's tense agrees: a past
    verb's eve is never after the document's date ("Визит запланирован на 25 мая. Накануне
    министры провели переговоры": the document's eve), a future verb's never before it."""
    if len(dates) != 1 or len(before) != 1 or not is_eve(dates[0]):
        return dates
    words = [t for t in sent if not (t.is_space or t.is_punct)]  # a Token each: after the tests
    if not words:
        return dates
    told = dates[0]
    at = next((t for t in words if t.idx == told.start), None)
    ends = words[-1].idx + len(words[-1].text) == told.end
    if at is None or not (at == words[0] or ends or fold_case(told.text) != "накануне"):
        return dates
    eve = eve_of(told, before[0].value)
    verb = at.head
    tense = _tense(verb) if verb.pos_ in {"VERB", "AUX"} else ""
    late = tense == "Past" and eve.value > doc_date
    early = tense == "Fut" and eve.value < doc_date
    return dates if len(doc_date) == 10 and (late or early) else [eve]


def _date_that_day(sent: Sentence, before: list[DateMention], hits: list[Hit], own: bool) -> None:
    """A sentence that opens with "В этот день" / "В тот же день", or with "После" and what is
    told on one day ("После церемонии", "После этого": `that_day_after`), tells of the day the
    sentence before gives as its only date, wherever in it ("была провозглашена королевой
    6 февраля 1952 года. В этот день умер её отец"), one that opens with "На следующий день"
    of the day after it: its events with no date have it. Where the sentence before gives
    none, the paragraph's last one to give any does ("8 марта прибыл в Каир. Министры
    обсудили … . На следующий день он был принят президентом"). A signing told as one more
    (`_signed_besides`) and a vote of lawmakers whose body the sentence before tells acting
    ("Сейм Латвии 5 мая утвердил кабинет. За него проголосовали 53 депутата") take that day
    with no opening words, the vote only where the sentence before dates itself (`own`) and
    its own verb tells no other time (`_voted_then`)."""
    if len(before) != 1:
        return
    words = (t.lemma_ for t in sent if not (t.is_space or t.is_punct) and t.lemma_ != "же")
    opening = tuple(itertools.islice(words, 3))
    shift = _THAT_DAY.get(opening)
    after = (
        opening[:1] == ("после",) and opening[1:2] and opening[1] in role_words()["that_day_after"]
    )
    if after:
        shift = 0  # "После церемонии лидеры провели переговоры": the ceremony's day
    day = before[0].value
    signed = shift is None and _signed_besides(sent, hits)
    if len(day) != 10:  # a month or a year is no day
        return
    day = days_after(day, shift or 0)
    for hit in hits:
        if after and (hit.status == "planned" or _ahead(sent.doc[hit.trigger])):
            continue  # "После этого он посетит Германию": some day after, not that one
        voted = own and hit.sitting_before and _voted_then(sent.doc[hit.trigger])
        told = shift is not None or (signed and hit.kind == "Signing") or voted
        if told and not (hit.date or hit.hint):
            hit.date, hit.dated_by_text = day, True


def _ahead(trigger: Token) -> bool:
    """The trigger's verb (its own, or the one its noun hangs on) tells what is yet to come."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    return verb.pos_ in {"VERB", "AUX"} and told_ahead(verb)


def _voted_then(vote: Token) -> bool:
    """Whether a vote's verb tells no time of its own, so the vote is at the sitting the
    sentence before dates: not "Через месяц за него проголосовали", "позже", "во втором
    чтении", nor a day, a month or a span ("в среду", "в мае"). Only the verb's own words:
    another clause's time ("в то время как 30 выступили против") or a term's ("на год
    больше срока") is not the vote's, nor is "через систему голосования" a time."""
    verb = vote if vote.pos_ == "VERB" else vote.head
    said = [c for c in verb.children if c.dep_ in ("obl", "advmod")]
    return not any(_is(c, role) for c in said for role in ("another_time", "time", "span"))


def _signed_besides(sent: Sentence, hits: list[Hit]) -> bool:
    """A signing the sentence tells as one more ("Стороны также подписали отдельное
    соглашение о …", "Кроме того, было заключено соглашение о …"): made at the signing the
    sentence before dates, so its paper takes that day (`_date_that_day`). Its first two
    words are read only where it tells a signing, and only they: a `Token` per word of every
    sentence with hits cost more than the rule."""
    signing = [sent.doc[h.trigger] for h in hits if h.kind == "Signing"]
    if not signing:
        return False
    words = (t.lower_ for t in sent if not (t.is_space or t.is_punct))
    return (
        list(itertools.islice(words, 2)) == ["кроме", "того"]
        or any(c.lower_ == "также" for c in signing[0].children)
        or any(_separate(c) for c in signing[0].children if c.dep_ in ("obj", "nsubj:pass"))
    )


def _separate(paper: Token) -> bool:
    """A paper told as one more by its adjective ("Отдельное соглашение было подписано о …")."""
    return any(c.dep_ == "amod" and c.lemma_ == "отдельный" for c in paper.children)


def _goes_on(sent: Sentence) -> bool:
    """A sentence whose main verb's subject is "он", "она" or "они", or someone of theirs
    ("его преемник", "её заместитель"): it goes on about the sentence before."""
    subjects = [c for c in sent.root.children if c.dep_ in SUBJECTS]
    return any(_third_person(c) or any(_third_person(g) for g in c.children) for c in subjects)


def _attacks_it_again(sent: Sentence, hits: list[Hit]) -> bool:
    """A sentence of attacks only whose main verb's object is "его", "её" or "их" ("Позже
    боевики атаковали его", "Затем они напали на неё"): it goes on about the place the
    sentence before tells of, in its episode."""
    targets = [c for c in sent.root.children if c.dep_ in {"obj", "obl"}]
    return bool(hits) and all(h.kind in ATTACKS for h in hits) and any(map(_third_person, targets))


def _third_person(tok: Token) -> bool:
    return tok.pos_ == "PRON" and tok.lemma_ in {"он", "она", "они"}


def _untold(rule: _Rule, tok: Token) -> bool:
    """A noun the rule wants told ("переговоры по освобождению пленных") or held
    ("фестиваль призван привлечь") that the text only speaks of: no event."""
    return (rule.told and not _told(tok)) or (rule.held and not _gathered(tok))


def _told(tok: Token) -> bool:
    """A `told` noun is an event when the text tells it as one (see event_kinds.tsv)."""
    if tok.pos_ in {"VERB", "AUX"} or tok.dep_ in SUBJECTS:
        return True
    told = _is(tok.head, "happen") or _is(tok.head, "report")  # "подтвердила арест"
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
    head = tok.head
    if (_is(head, "happen") or _is(head, "cancel")) and tok.dep_ in {*SUBJECTS, "obj"}:
        return head.pos_ in {"VERB", "AUX"} and not _named_as(head)
    clauses = [c for c in tok.children if c.dep_ in _RELATIVE and _is(c, "happen")]
    if held(tok) or any(_which(w) for c in clauses for w in c.children):
        return True
    if any(c.dep_ in {"amod", "acl"} and _is(c, "plan") for c in tok.children):
        return True
    if under_compound_preposition(tok, _HELD_FRAMES):  # "на полях форума", "в рамках форума"
        return True
    if _prep(tok) in {"в", "на"} and tok.morph.get("Case") == ["Loc"]:
        return tok.dep_ == "obl" and head.pos_ == "VERB" or _is(head, "gathered")
    return tok.dep_ == "nmod" and _is(head, "gathered") and not _regular(head)


def _named_as(verb: Token) -> bool:
    """A verb with a noun predicate in the instrumental ("форум стал площадкой для
    контактов") tells what a gathering is, not that it was held ("стал первым" does)."""
    return any(
        c.dep_ == "xcomp" and c.pos_ == "NOUN" and c.morph.get("Case") == ["Ins"]
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


def _clause_of(tok: Token) -> Token | None:
    """The relative clause `tok` stands in ("Осло, где встретится с …"), if any."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else _governor(tok)
    return verb if verb is not None and verb.dep_ in _RELATIVE else None


def _ready(tok: Token) -> bool:
    """Someone is ready to do it or hopes for it, which they have not yet: "готов
    встретиться", "готовы провести переговоры" (the infinitive under "готов", the trigger or
    its object), "выразил надежду на скорый визит", "рассчитывает на визит" (the "на" noun
    of a hope, in the accusative: "на переговорах … надеялся получить" is where one hoped)."""
    if _is(tok.head, "hope") and _prep(tok) == "на" and case_of(tok) == "Acc":
        return True
    verb = tok if tok.dep_ == "xcomp" else tok.head if tok.dep_ == "obj" else None
    return verb is not None and verb.dep_ == "xcomp" and _is(verb.head, "ready")


def _clause_up(tok: Token) -> list[Token]:
    """The words above `tok` within its clause: up to the verb of the first clause it is
    part of ("решения, согласно которым он не мог баллотироваться на выборах" → "мог")."""
    out = []
    while tok.head.i != tok.i and not (tok.dep_ in CLAUSES and tok.pos_ in {"VERB", "AUX"}):
        tok = tok.head
        out.append(tok)
    return out


def _beside(clause: Token, tok: Token) -> bool:
    """A verb's complement clause beside the event, not above it ("на второй встрече сумел
    уговорить X"): what it plans is that clause's, the event is where it was done. So is a
    "что" clause the parse hangs on the event noun ("заявил после переговоров, что страна не
    откажется от …"): what was said, which calls nothing of the event off."""
    complement = clause.dep_ in {"xcomp", "ccomp"} or clause.head == tok and that_clause(clause)
    return complement and clause.pos_ == "VERB" and clause not in tok.ancestors


def _cancels_its_own(verb: Token, tok: Token) -> bool:
    """A verb coordinated with the event's own that calls off an object of its own
    ("прибыл в Ханой, … и отменил поездку в Дананг"): that trip is off, the event held."""
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
        if up.dep_ == "acl:relcl" or coordinated and up.morph.get("VerbForm") == ["Fin"]:
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
        c.lemma_ == "который" and agrees(c, tok) and c.morph.get("Case") != ["Loc"]
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
        c.dep_ in SUBJECTS and c.i != branch.i and c.morph.get("Case") == ["Nom"]
        for c in verb.children
    )  # not "стороны не провели встречу": the meeting is what was not held
    return other or bool(_prep(branch))


def _modal_infinitive(tok: Token) -> Token | None:
    """The infinitive of the modal word a noun trigger is the subject of ("выборы должны
    состояться в апреле", "встреча может пройти в Лиме"): it tells the event's date and
    place, which the parser hangs on it, not on the modal."""
    head = tok.head
    if tok.dep_ not in SUBJECTS or not _is(head, "must"):
        return None
    return next((c for c in head.children if c.dep_ == "xcomp" and _infinitive(c)), None)


def _previous(tok: Token) -> bool:
    """ "Предыдущая встреча", "прошлый раунд переговоров": an event the text names as one
    before another, not the news."""
    nouns = [tok, tok.head] if tok.dep_ == "nmod" else [tok]
    return any(_is(c, "earlier") and c.dep_ == "amod" for n in nouns for c in n.children)


def _last_year(tok: Token, anchors: list[Token]) -> bool:
    """The event is dated in a year or month before the news ("встречались в июле прошлого
    года", "посетил Каир в прошлом месяце", "два года назад"): told as done before, even
    where the document's own date is unknown and the date cannot be resolved."""
    words = [
        t for h in [tok, *anchors[:1]] for c in h.children if c.pos_ != "VERB" for t in c.subtree
    ]
    for t in words:
        periods = {t.head.lemma_} | {c.lemma_ for c in t.children}
        if not periods & {"год", "месяц"}:
            continue
        if _is(t, "earlier") and t.dep_ == "amod" or t.lemma_ == "назад":
            return True
    return False


def _no_name(word: Token) -> bool:
    """A word of a summit's or forum's phrase that says how long, how, when or where in a
    series it is held ("трёхдневный", "очередной", "предстоящий", "по видеосвязи"), not
    which it is."""
    if word.dep_ == "amod":
        return _is(word, "series") or _is(word, "plan") or word.lemma_.endswith("дневный")
    return _is(word, "manner")


def _before_now(word: Token) -> bool:
    """An adverb or phrase of a verb that tells its event as done before the news ("ранее
    посетил", "в прошлый раз премьеры встречались в Копенгагене")."""
    if word.lemma_ == "раз":
        return any(_is(c, "earlier") and c.dep_ == "amod" for c in word.children)
    return _is(word, "earlier") and word.dep_ == "advmod"


def _received_by(verb: Token) -> Token | None:
    """The verb of receiving whose guest the arrival verb tells of ("принял в Каире X,
    который прибыл с визитом", "принял X, прибывшего с визитом"): its date is the visit's."""
    if not _is(verb, "arrive") or verb.dep_ not in {"acl", "acl:relcl"}:
        return None
    guest = verb.head
    while guest.dep_ in {"appos", "flat:name", "conj"} and guest.head.i != guest.i:
        guest = guest.head
    host = guest.head
    return host if guest.dep_ == "obj" and _is(host, "receive") else None


def _loc(tok: Token) -> bool:
    """A noun in the locative: a place's word ("в Хиросиме", "в городе")."""
    return tok.pos_ == "NOUN" and tok.morph.get("Case") == ["Loc"]


def _discusses(tok: Token) -> bool:
    """A verb that tells talks by what they are about ("обсудили", `pair` rules)."""
    return tok.pos_ == "VERB" and any(r.pair for r in _rules().get(tok.lemma_, []))


def _in_object(word: Token, verb: Token) -> bool:
    """Whether `word` lies inside the verb's direct object ("обсудили подготовку к
    предстоящему в ноябре визиту"): said of what is discussed, not of the talks."""
    return any(c.dep_ == "obj" and c.is_ancestor(word) for c in verb.children)


def _topic_of(word: Token, trigger: Token) -> bool:
    """ "обсудили подготовку к саммиту": what the trigger verb's object plans is the
    topic, and the talks about it were held; it is not talks that lie ahead."""
    return trigger.pos_ == "VERB" and word.head.i == trigger.i and word.dep_ == "obj"


def _as_planned(verb: Token) -> bool:
    """ "Как и ожидалось, переизбран", "как и планировалось, визит состоялся": a clause
    of "как" on a verb of planning says the event went as planned, not that it lies ahead."""
    return any(c.lemma_ == "как" and c.dep_ in {"mark", "advmod"} for c in verb.children)


def _next_of_series(tok: Token, kind: str) -> bool:
    """Talks or a meeting told as the next of their series ("Очередной раунд переговоров
    состоится", "Следующее заседание пройдёт в Ханое"): like one agreed on, of those who
    talked just before (`extract._agreed_by`)."""
    nouns = [tok, tok.head] if tok.dep_ == "nmod" else [tok]  # "раунд переговоров"
    words = [c for n in nouns for c in n.children if c.dep_ == "amod"]
    return kind in {"Talks", "Meeting"} and any(_is(w, "next") for w in words)


def _clause_verb(rel: Token) -> Token | None:
    """The verb of the clause "который" opens: the first one after it, as written (the
    parser may make "которые" the subject of a later clause's verb)."""
    for t in rel.doc[rel.i + 1 : rel.sent.end]:
        if t.pos_ == "VERB":
            return t
        if t.pos_ == "PUNCT":
            return None
    return None


def _modal(verb: Token) -> bool:
    """An infinitive under a present or future verb ("может предложить", "хочет
    посетить"), or such a verb with its infinitive, also a passive one ("могут быть
    проведены"): not done yet."""
    if _infinitive(verb):
        head = verb.head
        return head.i != verb.i and head.pos_ in {"VERB", "AUX"} and _tense(head) in {"Pres", "Fut"}
    infinitive = any(c.dep_ == "xcomp" and _infinitive(c) for c in verb.children)
    return infinitive and _tense(verb) in {"Pres", "Fut"}


def _infinitive(verb: Token) -> bool:
    """An infinitive, or a participle with the infinitive "быть" ("быть проведены")."""
    if is_infinitive(verb):
        return True
    return any(c.dep_ in {"aux", "aux:pass"} and is_infinitive(c) for c in verb.children)


def _conditional(tok: Token) -> bool:
    """The trigger is the verb, subject or object of a condition ("если переговоры пройдут")
    or of what follows from one ("…, если стороны договорятся"; "если X не получит одобрения,
    то будут назначены выборы", the "если" clause before its verb however the parser hangs
    it; "в случае неудачи выборы могут состояться"), or the noun of a compound preposition
    of one ("в случае его отставки"); not an event named inside it ("станет первым после
    приёма Албании в 2009 году"), nor "в любом случае", "в случае с Кенией"."""
    if under_compound_preposition(tok, CONDITIONS):
        return True
    verb = tok if tok.pos_ in {"VERB", "AUX"} else _governor(tok)
    if verb is None or (verb.i != tok.i and tok.dep_ not in SUBJECTS | {"obj"}):
        return False
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
    told = verb.i == tok.i or any(_is(x, "happen") and not _became(x) for x in happens)
    return condition and told and _tense(verb) != "Past"


def _outcome_supposed(tok: Token) -> bool:
    """An event whose outcome a condition supposes ("в случае победы X на выборах", "при
    условии успеха переговоров"): it lies ahead, its outcome not known yet."""
    return tok.dep_ == "nmod" and under_compound_preposition(tok.head, CONDITIONS)


def _outcome_of_meeting(tok: Token) -> bool:
    """ "По итогам переговоров было подписано 15 документов", "в ходе визита подписан пакет
    документов": a signing that talks, a meeting or a visit bring about, whoever the clause
    names as its subject (none, in the passive)."""
    for c in tok.children:
        if preposition_noun(c, _OUTCOMES) and any(
            g.dep_ == "nmod" and _meeting_word(g.lemma_) for g in c.children
        ):
            return True
        if _meeting_word(c.lemma_) and fixed_preposition(c, _OUTCOMES):
            return True
    return False


def _in_role(tok: Token) -> bool:
    """ "в качестве наблюдателя", "в роли посредника": how someone takes part in an event,
    which the parse may hang on the event's noun or inside its name; not part of the name.
    `tok` is the preposition's noun or, where the parse makes one preposition of it, its
    object."""
    return preposition_noun(tok, _ROLES) or fixed_preposition(tok, _ROLES)


def _denied(tok: Token) -> bool:
    """An event the text denies: a verb trigger it negates ("так и не подписали
    соглашение", "не посетил Эфиопию"), or the verb of setting about it ("не стал
    встречаться"), or a plan it is of ("визит … пока не планируется", "не планирует
    посещать Лондон"), a noun the object of a negated verb ("письмо президенту он не
    посылал", "так и не провели встречу") or itself negated ("это не письмо, а заявление"):
    nothing was done and nothing lies ahead. A negated verb of happening on a noun ("визит
    не состоялся") is a cancellation instead."""
    verb = tok.pos_ in {"VERB", "AUX"}
    if negated(tok) and (verb or tok.i and tok.doc[tok.i - 1].lower_ == "не"):
        return True
    if tok.head.i == tok.i or not negated(tok.head):
        return False
    done = not verb and tok.dep_ in {"obj", "conj"} and tok.head.pos_ == "VERB"
    return (verb and tok.dep_ == "xcomp") or done or _is(tok.head, "plan")


def _born(last: Token) -> bool:
    """The date's last word is followed by "рождения": a person's birth, no event's date."""
    after = last.nbor(1) if last.i + 1 < len(last.doc) else None
    return after is not None and after.lemma_ == "рождение"


def _held_in_relative(tok: Token) -> list[Token]:
    """ "Саммит X и Y, который должен был пройти в октябре", "который планировалось
    провести в апреле": the verb of holding in a relative clause on a noun trigger tells its
    date; the parser may hang the clause on a
    side in the trigger's phrase ("Джибути, который", "министров …, которые"), never on a
    thing's noun ("подготовку к саммиту, который пройдёт в мае": the summit's)."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return []
    held = []
    for verb in tok.subtree:
        clause = verb.head if verb.dep_ in {"xcomp", "csubj"} else verb
        if verb.pos_ != "VERB" or not _is(verb, "happen") or clause.dep_ not in _RELATIVE:
            continue
        if not any(c.lemma_ == "который" for c in (*clause.children, *verb.children)):
            continue
        owner = clause.head
        while owner.i != tok.i and (owner.pos_ == "PROPN" or is_animate(owner)):
            owner = owner.head
        if owner.i == tok.i:
            held.append(verb)
    return held


def _occasion(tok: Token) -> bool:
    """A noun trigger told as the occasion of another act ("выразил сегодня соболезнования в
    связи с его кончиной", "поздравил по случаю избрания"): that act's date is not its own."""
    if tok.dep_ == "nmod" and tok.head.lemma_ in {"случай", "повод"}:
        return has_preposition(tok.head)
    if told_as_reason(tok):
        return True  # "получил в 1994 году премию за подписание договора"
    return any(c.dep_ == "case" and _is(g, "occasion") for c in tok.children for g in c.children)


def _month(m: re.Match[str]) -> int:
    return next(i for i in range(1, 13) if m.group(f"m{i}"))


def read_hits(ctx: Context) -> list[Hit]:
    """Every event mention of the document, in text order."""
    return _Reader(ctx).hits()
