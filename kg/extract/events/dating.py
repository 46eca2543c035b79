"""When a hit is: the date attached to its trigger or the verb that governs it, the day
of an eve ("накануне визита"), of a stay, of an offer; the dateline and report day of the
lead, "в тот же день" and "на следующий день" after the sentence before, and the frame a
sentence's opening date sets for the sentences after it. Dates that are not the event's
(a birth, a date a law takes effect on, a decade told as history) are skipped.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Sentence

from kg.doc_text import doc_text, span_text
from kg.extract.common.attribution_words import per_word, speech_lemmas
from kg.extract.common.date_bounds import bound, noun_dated, term_ends
from kg.extract.common.dates import (
    MONTH_RE,
    VERB_TENSES,
    DateMention,
    days_after,
    days_spanned,
    eve_of,
    find_dates,
    fold_case,
    is_eve,
    spans_days,
    year_by_tense,
    year_part_of,
)
from kg.extract.common.decisions import decided_then
from kg.extract.context import Context
from kg.extract.events.attacks import ATTACKS, harming_verb
from kg.extract.events.career_posts import voted_appointment
from kg.extract.events.career_roles import by_decree
from kg.extract.events.counted_days import counted_from_event, tells_lapse
from kg.extract.events.hit import Hit
from kg.extract.events.linking import RELATIVE, ancestors, verb_subjects
from kg.extract.events.participants import agreed_not_held, held_in_format
from kg.extract.events.places import (
    conjunct_verb,
    gapped_first,
    moved_after,
    moving_verb,
    new_time,
    sequel_noun,
    time_reference,
    told_by,
)
from kg.extract.events.publications import Publications
from kg.extract.events.rules import discusses, in_object
from kg.extract.events.same_day import same_day_hits
from kg.extract.events.sameness import TENSES
from kg.extract.events.schedule import candidacy
from kg.extract.events.sidelines import framing_noun
from kg.extract.events.triggers import (
    MULTI,
    NAMED,
    TALKS,
    VISITS,
    Rule,
    among_signed_paper,
    trigger_rules,
)
from kg.extract.events.visits import first_to_visit, greeted_before
from kg.extract.events.words import (
    bracket_around,
    new_date_of,
    prepared_for,
    role_words,
    time_set_by,
)
from kg.extract.events.words import is_role as _is
from kg.nlp.clauses import contrast_between, relative_verb, told_after
from kg.nlp.deps import (
    SUBJECTS,
    crossed_verb,
    frame_between,
    frame_event,
    has_preposition,
    opened_by_where,
    preposition,
    that_clause,
    told_ahead,
    told_as_reason,
    verb_above,
)
from kg.nlp.deps import tense as _tense
from kg.nlp.marks import DASHES, DASHES_OR_HYPHEN
from kg.nlp.morph import case_of, features, is_animate, is_gerund, is_verb_form, participle_agrees

_NEAR_WORDS = 5  # how far back a date looks for the event word it follows


# a full day this many years before the latest year an undated text names is history: it
# gives no later day without a year its year ("подписан 12 июня 1998 года … 4 марта" in a
# text that names 2016)
_HISTORY_YEARS = 5


_BIRTH = frozenset({"родиться", "рождение", "уроженец"})


_CLAUSE_MARKS = frozenset({":", ";", *DASHES})  # what sets a clause off from the one before


# acts on people that a period tells from its start when done to many ("с 2010 года были
# задержаны 15 …"), not as a date counted from
_ACTS_ON_MANY = frozenset({"Arrest", "Release", "Expulsion"})


_CLAUSE_ENDS = _CLAUSE_MARKS | {",", "."}  # where a subordinate clause ends


_STAY = frozenset({"находиться", "пребывать"})  # in the present: a visit under way


_WEEKDAY_WORD = re.compile(
    r"^(?:в|во)\s+(?:(?:этот|эту|это)\s+)?"
    r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)$",
    re.IGNORECASE,
)  # a bare weekday, or one of "этот", which takes its week from the verb's tense as a bare
# one does (h-events132); "в следующий вторник", "в прошлую среду" say their own week


_DATE_WORDS = re.compile(r"^(?:в|во|на|к|с|до|по)\s+", re.IGNORECASE)


_DECADE = re.compile(r"(\d{3}0)-[ех]")  # "1990-е годы", "1990-х": a decade


# Openings of a sentence that tell its day by the one day the sentence before gives: the
# same ("В тот же день") or the next ("На следующий день он провёл переговоры")
_SIDES = "сторона"  # "Стороны подписали …": the sides of the talks told before
_THIS = "это"  # "После этого": whatever the sentence before told
_THAT_DAY: dict[tuple[str, ...], int] = {("в", "этот", "день"): 0, ("в", "тот", "день"): 0}
_THAT_DAY |= {("на", "следующий", "день"): 1, ("на", "другой", "день"): 1}


class Dating(Publications):
    """A hit's date and the dates that hold between sentences."""

    def _decade_before(self, hint: str) -> bool:
        """An event of a decade before the document's year ("в 1990-е годы"): told as done
        before, not as the day's news (ISO gives a decade no date)."""
        decade = _DECADE.match(hint)
        return decade is not None and int(decade[1]) + 10 <= self.ctx.reference_year

    def _when(self, tok: Token, hit: Hit, anchors: list[Token], dates: list[DateMention]) -> None:
        """The date attached to the trigger or its anchors; a month or season as a hint."""
        decided = tok.pos_ != "VERB" and agreed_not_held(tok)  # "30 мая проголосовал за проведение
        # выборов": the vote's date, not the elections'
        vote = voted_appointment(tok)  # "в среду проголосовали за назначение X": the vote's
        decided = decided and vote is None
        reach = (
            {tok.i}
            | ({vote.i} if vote is not None else set())
            | {
                a.i
                for a in anchors
                if (_its_participle(a, tok) or not _occasion(tok))
                and not (decided and _is(a, "agree"))
            }
        )
        # "в пятницу ворвалась в посольство и задержала …": the first verb's date is its
        # conjunct's too, unless that one gives its own (the closest date wins below) or is
        # told as later ("задержан в марте в Чили и затем экстрадирован": not in March)
        reach |= {
            v.head.i
            for v in [self.doc[i] for i in reach]
            if conjunct_verb(v) and not _told_later(v)
        }
        reach |= {r.i for a in anchors if (r := _received_by(a)) is not None}
        reach |= _gerunds_verb(tok)
        reach |= {d.i for d in [by_decree(tok)] if d is not None}  # "указ, которым назначил"
        reach |= {v.i for v in _held_in_relative(tok)}  # "саммит, который должен был пройти"
        reach |= {v.i for v in [_relative_taker(tok)] if v is not None}  # "который провёл"
        # "Новая дата визита — 5 июня": the day the new date's clause gives
        reach |= {t.i for w in [new_date_of(tok)] if w is not None for t in (w, w.head)}
        reach |= {v.i for v in [harming_verb(tok)] if v is not None}  # "убит выстрелом в среду"
        reach |= _frame_reach(tok)  # "прошли протесты, в ходе которых задержали": theirs
        # "В 2010 году X стал первым премьером, посетившим Оман": the visit's year
        reach |= {v.i for v in [first_to_visit(tok)] if v is not None}
        # "было запланировано на май, но его перенесли на июль": July, not May
        moved = moved_after(tok)
        reach |= {moved.i} if moved is not None else set()
        dated = {t.i for d in dates for t in self._tokens(d.start, d.end)}
        eve = self._eve_phrase(tok, anchors)
        hit.eve = bool(eve)
        terms = term_ends(self.doc, dates)
        ends = _range_ends(self.doc, dates)
        said = _report_verbs(tok) if hit.kind == "Death" else set()
        # "накануне визита, запланированного на 29 августа": the visit's date, not the event's
        # "с апреля 2017 года были арестованы 300 человек": acts on many over a period from
        # its start, dated by that start as a range "с 2010 по 2012 год" is
        many = hit.kind in _ACTS_ON_MANY and hit.count == "many" and tok.pos_ in {"VERB", "AUX"}
        # "Накануне визита, 10 мая, министры встретились": the clause's day, not the eve's
        # nor the visit's
        restated = {d: noun for d in dates if (noun := self._restated(d)) is not None}
        eve -= {t.i for d in restated for t in self._tokens(d.start, d.end)}
        mine = [d for d, noun in restated.items() if _restates_for(noun, tok, reach)]
        for d in [d for d in dates if not self._within_words(d, eve) and d not in ends]:
            first = self._tokens(d.start, d.end)
            if not first or d in terms or d in restated:
                continue
            both = _before_both_verbs(tok, first)
            if _not_its_date(tok, first, d, both) and not (many and _since(first[0], d)):
                hit.ongoing = hit.ongoing or self._goes_on_since(tok, hit, first, d, reach)
                continue
            # "скончался, сообщили в пятницу": a death's report's day, not the death's
            reported = _date_verb(first[0]) in said and not _opens_own_clause(tok, first, said)
            hit.by_report = hit.by_report or reported
            # "в четверг подтвердил, что задержали": the confirmation's day; "экстрадировала
            # X, которого обвиняют в пытках 1976 года": the charge's year
            if (
                reported
                or _before_its_clause(tok, first[0])
                or self._decided_then(first, tok, d)
                or _in_relative_clause(tok, first[0], reach)
            ):
                continue
            if (
                self._names_a_paper(first, tok, hit.kind)
                or _year_of_a_thing(first, reach)
                or period_of_a_thing(first, reach)  # "закон о бюджете на 2013 г."
            ):
                continue
            # not a signing by a verb that tells a meeting elsewhere ("примут декларацию … 12
            # мая", "принял министра"): the paper's day is its signing's (h-agreements48)
            talks = hit.kind != "Signing" and discusses(tok)
            if talks and (in_object(first[0], tok) or self._plans_after(first[0], tok)):
                continue  # "обсудили подготовку к визиту в ноябре": the visit's month
            if both or self._dates_it(tok, first, d, reach, dated) or _put_off_to(tok, first[0]):
                mine.append(d)
        mine = _conjunct_own(tok, mine)
        best = self._closest(tok, mine, dates)
        if best is None:  # "завтра посетит Лиму, где выступит на форуме": the visit's
            best = self._where_frame_date(tok, anchors, dates)
        else:
            best = self._year_of_frame(tok, _in_year_told(best, mine), dates)
            best = self._day_within_visit(tok, hit, best, dates)
        if best is not None and best.value:
            hit.date, hit.dated_by_text, hit.yearless = best.value, True, best.yearless
            hit.weekday = bool(_WEEKDAY_WORD.search(best.text))
            hit.dated_eve = is_eve(best)  # "Днём ранее X был принят Y": not the lead's news
            self._days_of(hit, best, dates)
        elif best is not None:
            hit.eve = hit.eve or is_eve(best)  # "днём ранее" of no one day: not the news day
            month = re.search(MONTH_RE, best.text, re.IGNORECASE)
            hint = f"--{_month(month):02d}" if month else _DATE_WORDS.sub("", best.text.lower())
            hit.hint = hint
        if not hit.hint and not hit.date:
            hit.hint = _season_hint([tok, *anchors]) or _year_part_hint([tok, *anchors])
        if eve and not (hit.date or hit.hint):
            hit.date, hit.yearless = self._eve_day(eve, dates)
            hit.dated_by_text = bool(hit.date)
        hit.now = _now(tok, hit.kind, anchors)
        if not (hit.date or hit.hint):
            self._date_of_stay(tok, hit, anchors, dates)
        self._death_by_main_clause(tok, hit, dates)

    def _days_of(self, hit: Hit, best: DateMention, dates: list[DateMention]) -> None:
        """What a span of days dating the hit tells: a visit of days ("посетит Японию с 12
        по 14 мая"), and the days past its first ("Переговоры проходили с 24 по 26 ноября":
        to the 26th), which a lasting event takes (`building._last_day`; h-events258)."""
        if hit.kind in VISITS and spans_days(best):
            hit.length = "days"
        hit.spanned = days_spanned(doc_text(self.doc), best, dates)

    def _date_of_stay(
        self, tok: Token, hit: Hit, anchors: list[Token], dates: list[DateMention]
    ) -> None:
        """An undated hit's date from the stay it is told with: a visit's from the dated verb
        its stay's participle hangs on, another event's month from the span of days of the
        stay whose place its clause of "где" names."""
        if hit.kind in VISITS:
            hit.date = self._stay_day(anchors, dates)
            hit.dated_by_text = hit.dated_by_text or bool(hit.date)
            return
        span = self._stay_span(tok, anchors, dates)
        hit.date = span.value[:7] if span is not None else ""  # "с 5 по 7 мая": May
        hit.dated_by_text, hit.yearless = span is not None, span is not None and span.yearless

    def _day_within_visit(
        self, tok: Token, hit: Hit, best: DateMention | None, dates: list[DateMention]
    ) -> DateMention | None:
        """A visit its year alone dates is on the day a verb joined to its own by "и", with no
        subject of its own, tells of that year ("В прошлом году X посетил Париж и принял
        участие в параде в День взятия Бастилии": 2025-07-14): what the visitor did on the
        visit. A day without a year is of the visit's; a day of another year, or of a clause
        of its own subject or after "а", is not the visit's. Sixty-ninth pass (h-places72)."""
        if hit.kind not in VISITS or best is None or len(best.value) != 4:
            return best
        verb = verb_above(tok)
        joined = {c.i for c in verb.children if _joined_by_and(c) and c.i > verb.i}
        for d in dates:
            words = self._tokens(d.start, d.end)
            if len(d.value) != 10 or not words or not self._attached(words[0], joined):
                continue
            if d.yearless or d.value.startswith(best.value):
                return replace(d, value=best.value + d.value[4:], yearless=False)
        return best

    def _year_of_frame(
        self, tok: Token, best: DateMention | None, dates: list[DateMention]
    ) -> DateMention | None:
        """A day or month without a year in an act's relative clause "в ходе которых" takes
        the year of the event the clause is told within (`_frame_reach`: "В 2019 году прошли
        протесты, в ходе которых 5 апреля задержали …": 2019-04-05), as `year_of` gives a
        yearless day the year of the day told before it; the document's only where the
        event has none, and never a main verb's that tells of the event later ("протесты,
        в ходе которых …, вспоминали в 2021 году"). Fiftieth pass (h-events134)."""
        frame = _frame_reach(tok)
        if best is None or not best.yearless or not frame:
            return best
        years = [
            d.value
            for d in dates
            if d.value and not d.yearless and (words := self._tokens(d.start, d.end))
            if self._attached(words[0], frame)
        ]
        if not years:
            return best
        return replace(year_of(replace(best, value=""), years, tok.sent), yearless=False)

    def _closest(
        self, tok: Token, mine: list[DateMention], dates: list[DateMention]
    ) -> DateMention | None:
        """The trigger's date of those attached to it: the closest, with its day where it is
        a weekday ("в воскресенье, 25 февраля 2016 года"); the date a clause of "когда" it
        is told in hangs on before any outside the clause."""
        best = min(mine, key=lambda d: abs(d.start - tok.idx), default=None)
        held = self._date_of_when(tok, dates)
        if held is not None and (best is None or best.start < held[1]):
            return held[0]  # "с 2008 года, когда X ушёл в отставку": 2008, not the news day
        if best is not None and not best.value:
            best = next((d for d in mine if d.value and 0 <= d.start - best.end <= 3), best)
        return best

    def _date_of_when(self, tok: Token, dates: list[DateMention]) -> tuple[DateMention, int] | None:
        """The date a clause of "когда" the trigger is told in hangs on ("с 2008 года, когда
        X ушёл в отставку", "в марте, когда X посетил Аккру": 2008, March, at the precision
        given), and where the clause opens; None where the clause follows no date phrase, is
        not told in the past ("в 2016 году, когда будет подписан") or asks when ("неизвестно,
        когда"). A sentence's opening date the parser hung on the clause's verb dates the main
        clause after it too, unless it is none of its event's ("С 2008 года, когда …, X
        трижды посещал": counted from). Pass forty-ninth (h-events128)."""
        for d in (d for d in dates if d.value):
            words = self._tokens(d.start, d.end)
            last = words[-1].i if words else len(self.doc)
            if last + 2 >= tok.sent.end or self.doc[last + 1].text != ",":
                continue
            when = self.doc[last + 2]
            if when.lemma_ != "когда" or when.head.i < when.i:
                continue
            # the parser may hang "когда" on the main clause's verb across its own
            clause = crossed_verb(when, when.head) or when.head
            after = self.doc[clause.i + 1 : clause.sent.end]
            end = next((t.i for t in after if t.text in _CLAUSE_ENDS), clause.sent.end)
            inside = {w.i for w in words}
            noun = next((w for w in words if w.head.i not in inside), words[0])
            hung = clause.head == noun or noun.head == clause or clause.head == noun.head
            if when.i < tok.i < end and _tense(clause) == "Past" and hung:
                return d, when.idx
            # "В сентябре 2009 года, когда X находился за границей, произошёл переворот": the
            # opening date is the main clause's too, where the parser hung it on the clause
            opens = noun.head == clause and bool(_opening(tok.sent, [d]))
            if tok.i >= end and opens and not _not_its_date(tok, words, d):
                return d, when.idx
        return None

    def _death_by_main_clause(self, tok: Token, hit: Hit, dates: list[DateMention]) -> None:
        """An undated death told "после того как" takes its main clause's month or year."""
        if hit.kind == "Death" and not (hit.date or hit.hint):
            hit.date = _main_clauses_month(tok, dates, self._tokens)
            hit.dated_by_text = hit.dated_by_text or bool(hit.date)
        bracket = bracket_around(tok) if hit.kind == "Death" and tok.pos_ == "NOUN" else None
        if bracket is not None and not (hit.date or hit.hint):
            # "X (14 февраля 2016 года, 52 года, причина смерти — инфаркт)": the entry's day
            # (forty-seventh pass, own sentences, h-events123)
            start, end = self.doc[bracket[0]].idx, self.doc[bracket[1]].idx
            inside = [d for d in dates if start < d.start and d.end <= end and d.value]
            if inside:
                hit.date, hit.dated_by_text, hit.yearless = (
                    inside[0].value,
                    True,
                    inside[0].yearless,
                )

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
        stop = min([verb.i, tok.i, *(s.i for s in verb_subjects(verb) if s.i > eve[0].i)])
        return {t.i for t in eve[0].subtree} | set(range(eve[0].i, stop))

    def _restated(self, d: DateMention) -> Token | None:
        words = self._tokens(d.start, d.end)
        return restated_time(words) if words else None

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
            and features(v, "VerbForm") == ("Part",)
            and features(v, "Tense") == ("Pres",)
            and v.dep_ == "acl"
            and v.head.dep_ in SUBJECTS
        ]
        for verb in holders:
            for d in dates:
                first = self._tokens(d.start, d.end)
                if d.value and first and self._attached(first[0], {verb.i}):
                    return d.value
        return ""

    def _stay_span(
        self, tok: Token, anchors: list[Token], dates: list[DateMention]
    ) -> DateMention | None:
        """The span of days of the stay or visit whose place a clause of "где" the event is
        told in names ("находился в Анкаре с 5 по 7 мая, где провёл переговоры"): the event
        is on one of those days, the text does not say which, so it takes their month, not
        the dateline's day; None where the clause is no such one."""
        verb = tok if tok.pos_ == "VERB" else next(iter(anchors[:1]), None)
        if verb is None or not any(c.lemma_ == "где" and c.i < verb.i for c in verb.children):
            return None
        before = self.doc[verb.sent.start : verb.i]
        stays = [t.i for t in before if t.pos_ == "VERB" and _visit_rule(self._rule(t, True))]
        return next(
            (
                d
                for d in dates
                if stays and d.value and spans_days(d)
                if (first := self._tokens(d.start, d.end)) and first[0].i < verb.i
                if self._attached(first[0], {stays[-1]})
            ),
            None,
        )

    def _where_frame_date(
        self, tok: Token, anchors: list[Token], dates: list[DateMention]
    ) -> DateMention | None:
        """The date of the event whose place a clause of "где" the event is told in hangs on
        ("завтра посетит Лиму, где выступит на бизнес-форуме": tomorrow), for an event with
        no date of its own: it happens there during that event, as its status already says.
        Not a span of days (`_stay_span` gives its month). Sixty-first pass (h-events208)."""
        verb = tok if tok.pos_ == "VERB" else next(iter(anchors[:1]), None)
        if verb is None or verb.dep_ not in RELATIVE or not opened_by_where(verb):
            return None
        place = verb.head
        frame = place.head
        rule = self._rule(frame, is_verb_form(frame))
        if not self._is_place(place) or rule is None:
            return None
        # "Визит завершится 5 ноября посещением города Сегед, где …": the trip's verb's day
        reach = {frame.i} | ({frame.head.i} if _trip_told_by_verb(frame, rule) else set())
        # the frame's own date as its hit reads it: not one of another clause of the
        # sentence ("в июле Армения открыла посольство, а в августе министр посетил
        # Джакарту, где …": August), the closest of the others (sixty-second pass, h-events216)
        told = [
            d
            for d in dates
            if (first := self._tokens(d.start, d.end)) and not spans_days(d)
            if self._attached(first[0], reach)
            and not _not_its_date(frame, first, d, _before_both_verbs(frame, first))
        ]
        return min(told, key=lambda d: abs(d.start - frame.idx), default=None)

    def _offer_day(self, tok: Token, dates: list[DateMention]) -> str:
        """The date of the words that offer the event ("10 мая 2023 года пригласил посетить
        Лиму в следующем году": 10 May 2023, not next year), so a visit held before the
        offer is not the one offered."""
        offers = {a.i for a in ancestors(tok) if _is(a, "offer") or _is(a, "permit")}
        for d in dates:
            words = self._tokens(d.start, d.end)
            if d.value and words and self._attached(words[0], offers):
                return d.value
        return ""

    def _names_a_paper(self, words: list[Token], tok: Token, kind: str) -> bool:
        """A date in a paper's name, its genitive with no preposition ("подтвердил
        обязательства по Договору о взаимной обороне 1951 года") or "от" a date ("в
        соответствии с Соглашением о свободной торговле от 12 мая 2010 года"): the paper's
        date, not the event's; also where the parse hangs it on the last noun of the topic of
        a paper another's title names ("подписали протокол к соглашению о рыболовстве 2011
        года"; not "подписали протокол о торговле 5 мая 2024 года"). The "от" date of the
        very paper a signing signs is its signing's too."""
        span = self.doc[words[0].i : words[-1].i + 1]
        dated_from = _dated_from(span)
        paper = noun_dated(span) or dated_from
        if paper is not None and not self.is_document(paper):
            inner = paper
            while inner.dep_ == "nmod" and not self.is_document(inner):
                inner = inner.head
            paper = inner if inner.dep_ == "nmod" else paper
        if paper is None or paper.i == tok.i or not self.is_document(paper):
            return False
        return dated_from is None or kind != "Signing" or not _signed_by(paper, tok)

    def _decided_then(self, first: list[Token], tok: Token, d: DateMention) -> bool:
        """A date of deciding or agreeing to hold the event, not the event's
        (`common.decisions.decided_then`, which a paper's date reads too; sixtieth pass,
        h-events204)."""
        own = self.ctx.document.date or str(self.ctx.reference_year)
        return decided_then(first[0], tok, d.value, own, lambda v: _is(v, "agree"))

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

    def _dates_it(
        self, tok: Token, first: list[Token], d: DateMention, reach: set[int], dated: set[int]
    ) -> bool:
        """Whether a date of the trigger's sentence (its words `first`) is the trigger's."""
        framed = self._framed_by_participle(first[0])
        if framed is not None:  # "на предстоящих в 2012 году выборах": the elections'
            return framed.i == tok.i
        closest = self._closest_trigger(first[0], dated)
        if closest is None or closest.i < tok.i:
            attached = self._attached(first[0], reach)
        else:  # "вступление … после приёма Албании в 2009 году": the nearer event's date
            attached = closest.i == tok.i
        return (
            attached
            or _before_its_verb(first, tok)
            or _before_its_verb(first, _taking_verb(tok))
            or _closes_the_reason(first, d, tok)
            or _closes_the_said(first, tok)
            or _in_its_frame(first[0], reach)
            and len(d.value) < len("2026-03-12")
        )

    def _framed_by_participle(self, word: Token) -> Token | None:
        """The event noun whose participle of taking place opens the phrase a date lies in
        before the noun ("на предстоящих в 2012 году земельных выборах"): the date is inside
        that noun's phrase, wherever the parser hangs it; None where there is none."""
        for t in self.doc[word.sent.start : word.i]:
            noun = t.head
            if noun.i > word.i and _describes(t, {noun.i}) and self._rule(noun, False):
                return noun
        return None

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
            if t.text in _CLAUSE_MARKS or t.text == ",":
                return None
            if t.pos_ == "NOUN" and self._rule(t, False) is not None:
                return self._phrase_verb(t)
        return None

    def _phrase_verb(self, noun: Token) -> Token:
        """The verb trigger whose phrase a trigger noun completes ("подал в отставку": the
        verb's `with` word; "убит выстрелом": the means of its harm), else the noun."""
        verb = noun.head
        rule = self._rule(verb, True) if verb.pos_ in {"VERB", "AUX"} else None
        harm = harming_verb(noun)  # "убит выстрелом в четверг": the death's day too
        return verb if rule is not None and (noun.lemma_ in rule.with_ or harm == verb) else noun

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
            if tok.head.i == tok.i or (tok.pos_ == "VERB" and not _describes(tok, reach)):
                return False
            described = is_animate(tok) and date > tok.i  # who, not when
            if tok.dep_ in SUBJECTS and tok.head.i in reach and described:
                return False
            if tok.pos_ == "NOUN" and self._rule(tok, False) is not None:
                harm = harming_verb(tok)  # "убит выстрелами в голову 7 октября": the death's
                if harm is None or harm.i not in reach:
                    return False
            if tok.i != date and sequel_noun(tok):
                return False
            tok = tok.head

    def _goes_on_since(
        self, tok: Token, hit: Hit, first: list[Token], d: DateMention, reach: set[int]
    ) -> bool:
        """Talks told by an imperfective verb as going on since a start before the news's
        days ("переговоры о мирном договоре ведутся с 2022 года", "консультации идут с
        января"): a process, not one round held, so no meeting planned in the text is made
        held by it. Not a round under way since a day of the news's few ("переговоры идут
        с понедельника"), nor a visit under way ("находится с визитом с понедельника"), nor
        a first time since ("первые переговоры с 2012 года"). Fifty-third pass (h-events150)."""
        if hit.kind != "Talks" or not d.value or not _since(first[0], d):
            return False
        verb = verb_above(first[0])
        goes_on = features(verb, "Aspect") == ("Imp",) and verb.pos_ == "VERB"
        told = verb.i in reach or tok.dep_ in SUBJECTS and tok.head.i == verb.i
        return goes_on and told and not within_days(d.value, self.ctx.document.date)

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
        if _years_ago(words[0]):
            return False  # "более десяти лет назад, 20 сентября 2000 года": history
        return not _born(words[-1]) and not any(
            a.lemma_ in _BIRTH for t in words for a in ancestors(t)[:3]
        )


def _frame_reach(verb: Token) -> set[int]:
    """The event noun an act's relative clause "в ходе которых" is told within, and the verb
    of its happening it is the subject of ("В марте 2019 года прошли протесты, в ходе которых
    …"): their dates are the act's where the clause gives none (the closest wins), not a
    main verb's that tells of the event later ("протесты 2019 года, в ходе которых …,
    вспоминали в 2021 году"); and the words between the noun and the clause the parser
    hung elsewhere. Fiftieth pass (h-events133), fifty-first (h-events136)."""
    event = frame_event(verb)
    if event is None:
        return set()
    happened = event.dep_ in SUBJECTS and _is(event.head, "happen")
    # "Протесты в X в марте 2019 года, в ходе которых …, осудили в 2021 году": "в марте"
    # hung on "осудили" is the noun's all the same
    between = frame_between(verb, event)
    hung = [t.i for t in between if not between.start <= t.head.i < between.end]
    return {event.i, *([event.head.i] if happened else []), *hung}


def _in_its_frame(word: Token, reach: set[int]) -> bool:
    """A date in the phrase of the event noun that frames the trigger's act, a noun of no
    verb between ("Подписать соглашение планируется в ходе визита в апреле"): the frame's
    month or year holds the act, as a visit told in its sentence dates what it frames
    (`frames.frame_of`), where no one named makes the visit an event of its own; a day is
    the frame's own (a visit lasts days). Sixtieth pass (h-events199)."""
    for up in word.ancestors:
        if up.pos_ in {"VERB", "AUX"}:
            return False
        if framing_noun(up):
            return up.head.i in reach
    return False


def _in_year_told(best: DateMention, mine: list[DateMention]) -> DateMention:
    """A day or month without a year is of the one year the event's other dates give ("В 2019
    году X 9 мая посетил Пекин", "В прошлом году в День Победы …": 2019-05-09), not the one
    the tense points to from the document's date. Sixty-ninth pass (h-places72)."""
    years = {d.value for d in mine if len(d.value) == 4}
    if not best.yearless or len(best.value) < 7 or len(years) != 1:
        return best
    return replace(best, value=years.pop() + best.value[4:], yearless=False)


def _joined_by_and(verb: Token) -> bool:
    """A verb joined to the one above it by "и", with no subject of its own: a further act of
    that verb's subject ("посетил Париж и принял участие в параде")."""
    return (
        verb.dep_ == "conj"
        and verb.pos_ == "VERB"
        and any(c.dep_ == "cc" and c.lower_ == "и" for c in verb.children)
        and not any(c.dep_ in SUBJECTS for c in verb.children)
    )


def _conjunct_own(tok: Token, mine: list[DateMention]) -> list[DateMention]:
    """A conjunct verb's own date, after it, where the date between its head verb and it is
    the head's ("Закон был принят Госдумой 26 ноября и одобрен Советом Федерации 1 декабря":
    the parser hangs both dates on "принят"). Pass forty-fourth (h-events112)."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.head.i > tok.i:
        return mine
    between = [d for d in mine if tok.head.idx < d.start < tok.idx]
    after = [d for d in mine if d.start > tok.idx]
    return after if between and after else mine


def _range_ends(doc: Doc, dates: list[DateMention]) -> list[DateMention]:
    """The second year of a range written with a dash ("в 2010—2012 годах были задержаны"):
    an event over it is dated from its start, as over "с 2010 по 2012 год". Pass
    forty-ninth (h-events128)."""
    text = doc_text(doc)
    return [
        b
        for a, b in itertools.pairwise(dates)
        if a.value
        and len(a.value) == len(b.value) == 4
        and text[a.end : b.start].strip() in DASHES_OR_HYPHEN
    ]


def _describes(verb: Token, reach: set[int]) -> bool:
    """A verb the date may go up through: the trigger's own, or a participle of taking place
    that describes the trigger noun ("на предстоящих в 2027 году выборах", "состоявшихся в
    2019 году переговоров"), "начиная" of a start; not one of deciding it ("назначенных в мае
    выборах")."""
    if verb.i in reach:
        return True
    if verb.lemma_ == "начинать" and is_gerund(verb) and verb.head.i in reach:
        return True  # "начиная с апреля 2017 года": a preposition of a start in all but name
    participle = verb.dep_ == "acl" and features(verb, "VerbForm") == ("Part",)
    held = _is(verb, "happen") or _is(verb, "its_time")
    return participle and held and verb.head.i in reach and verb.head.pos_ == "NOUN"


def _gerunds_verb(tok: Token) -> set[int]:
    """The verb a gerund trigger hangs on ("отметили это, назначив X руководителем"): the
    gerund's act is told on that verb's day. Pass forty-fourth, own sentences (h-events113)."""
    return {tok.head.i} if is_gerund(tok) and tok.dep_ == "advcl" else set()


def _trip_told_by_verb(noun: Token, rule: Rule) -> bool:
    """A noun of visiting ("посещение", "поездка") that a verb of its happening or of a
    visit's end tells ("завершится посещением города Сегед", "состоится поездка в Сегед"):
    the verb's date is the trip's. Sixty-second pass (h-events216)."""
    verb = noun.head
    told = _is(verb, "happen") or _is(verb, "trip_end")
    return rule.kind in VISITS and noun.pos_ == "NOUN" and verb.pos_ == "VERB" and told


def _visit_rule(rule: Rule | None) -> bool:
    """A rule of a visit or a stay ("находился", "побывал", "прибыл"): a trip's verb."""
    return rule is not None and rule.kind in VISITS


def _now(tok: Token, kind: str, anchors: list[Token]) -> bool:
    """Told as under way: "сейчас", "сегодняшний"; a visit one "находится" on ("находится в
    Кении с визитом", "находящимся в России с визитом")."""
    if any(_is(c, "now") for head in [tok, *anchors[:1]] for c in head.children):
        return True
    stay = anchors[:1] if kind in VISITS else []
    return any(v.lemma_ in _STAY and features(v, "Tense") == ("Pres",) for v in stay)


def _season_hint(heads: list[Token]) -> str:
    """The season or month a word on the trigger or its anchors names ("летом", "по итогам
    июльской встречи", sixty-third pass, h-events230), as a hint, or ""."""
    for head in heads:
        for c in head.children:
            for time in ("season", "month"):
                if _is(c, time):
                    return next(r for r in role_words() if r.startswith(f"{time}:") and _is(c, r))
    return ""


def _year_part_hint(heads: list[Token]) -> str:
    """ "year_part:07-12" (its first and last month) where a word on the trigger or its
    anchors names a half or a quarter of a bare "года" ("провести консультации во второй
    половине года"), read by `year_part_of`: the document's year or the one before
    (`building._dateline_day`), which no date mention gives (one with "этого года" is a date
    of its own), else ""."""
    for head in heads:
        for c in head.children:
            years = [g for g in c.children if g.lemma_ == "год" and not list(g.children)]
            if not years or preposition(c) not in {"в", "во"}:
                continue  # (before the phrase's text: spaCy's joins a `Token` per word)
            months = year_part_of(span_text(c.doc[c.left_edge.i : c.right_edge.i + 1]))
            if months is not None:
                return f"year_part:{months[0]:02d}-{months[1]:02d}"
    return ""


def _full_day(d: DateMention) -> bool:
    return len(d.value) == 10 and not d.yearless


def year_of(d: DateMention, told: list[str], sent: Sentence) -> DateMention:
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


def _before_its_clause(tok: Token, word: Token) -> bool:
    """A date before the "что" that opens the clause the trigger is told in ("Генпрокурор
    в четверг, 9 мая, подтвердил, что власти задержали …", wherever the parser hangs it):
    the day of the saying or confirming, not of the event it reports. A date inside the
    clause ("сообщил, что 9 мая власти задержали …") stays the event's."""
    verb = tok
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    marks = [c.i for c in verb.children if c.dep_ == "mark" and c.lower_ == "что"]
    return bool(marks) and word.i < marks[0] < tok.i and verb.head.i < marks[0]


def _in_relative_clause(tok: Token, word: Token, reach: set[int]) -> bool:
    """A date in a "который" clause after the trigger, wherever the parser hangs it
    ("Испания экстрадировала X, которого прокуратура обвиняет в пытках в период диктатуры
    1976—1983 годов"): the clause's, not the event's; a clause that tells the event itself
    ("визит, который состоится 5 мая": in `reach`) still dates it. Sixty-third pass
    (h-events229)."""
    verb = relative_verb(tok, word)
    if verb is None:
        return False
    # "Переговоры …, которые должны были пройти в декабре": the clause on the trigger itself
    # tells the event, whichever of its verbs the parser hangs on it (lead's fix after merges)
    verbs = [t for t in tok.doc[verb.i : word.i] if t.pos_ in {"VERB", "AUX"}]
    return not any(t.i in reach or t.dep_ == "acl:relcl" and t.head.i == tok.i for t in verbs)


def _closes_the_said(words: list[Token], tok: Token) -> bool:
    """A date after the trigger that closes the "что" clause it is said in, which the parser
    hung on the saying verb ("заявил, что отречётся от престола в пользу своего сына, принца
    Мухаммеда, 21 июля 2023 года"): the said act's, as one inside the clause is; no verb
    stands between them (events118)."""
    verb = tok
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    said = verb.head
    top = next((t for t in words if t.head.i not in {w.i for w in words}), None)
    if top is None or top.head.i != said.i or not that_clause(verb) or verb.i == said.i:
        return False
    if said.lemma_ not in speech_lemmas() or not verb.i < words[0].i:
        return False
    between = verb.doc[verb.i + 1 : words[0].i]
    return not any(t.pos_ in {"VERB", "AUX"} for t in between)


def _told_later(verb: Token) -> bool:
    """A verb told as coming after what the one before it tells, by an adverb of sequence
    ("и затем экстрадирован", "и впоследствии", `afterwards` in `event_words.tsv`), "с тех
    пор" or "после этого": it happened at a later time, or is a state that began then
    ("с тех пор находился под арестом"), so it has no date of the verb before it."""
    for c in verb.children:
        if c.dep_ == "advmod" and _is(c, "afterwards"):
            return True
        if c.lower_ == "с" and any(f.lemma_ == "пора" for f in c.children):
            return True  # "с тех пор", the parser's "с" with "тех пор" fixed on it
        if c.lemma_ in {"это", "тот"} and preposition(c) == "после":
            return True
    return False


def _told_past(sent: Sentence) -> bool:
    """Whether every verb of the sentence that has a tense tells the past: a weekday there
    lies before the day the text last gave, not after it ("в пятницу посетит")."""
    return {_tense(t) for t in sent if t.pos_ in {"VERB", "AUX"}} - {""} == {"Past"}


def _before_its_verb(words: list[Token], verb: Token) -> bool:
    """A date right before its verb ("(в июле 2015 года) депортировали"), or one that opens
    its sentence, a line or a clause after a comma or its conjunction ("Как сообщает блог,
    1 декабря 2012 года полиция Белиза арестовала …", "Напомним, что 28 февраля 2013 года
    X отрёкся …") or follows the verb's own subject ("Как только X в
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
    # a clause opened by a comma or by its conjunction ("Напомним, что 28 февраля 2013 года X
    # отрёкся от престола, простился …, покинул …": the parser hangs the date on a later verb)
    opens = k < start or doc[k].text == "," or "\n" in doc[k].text_with_ws
    opens = opens or doc[k].pos_ == "SCONJ"
    if not opens and not _subject_of(doc[k], verb):
        return False  # a new line: a lead after its title and a photo's caption
    between = doc[words[-1].i + 1 : verb.i]
    return not any(t.pos_ in {"VERB", "AUX"} or t.is_punct for t in between)


def _taking_verb(tok: Token) -> Token:
    """The verb an event noun is the object of ("провели переговоры"), else the trigger: a
    date after the verb's subject and before it is that verb's and so its object's
    ("Президенты X и Y 4 мая провели переговоры, а через два дня после визита открыли
    форум": the parser may hang the date on the verb after "а"). Fifty-first pass
    (h-events139)."""
    return tok.head if tok.pos_ == "NOUN" and tok.dep_ == "obj" else tok


def _before_both_verbs(tok: Token, words: list[Token]) -> bool:
    """A date before the first of two verbs of one subject, the later joined by "а затем",
    "а потом" (`next_step` in `event_words.tsv`) and with no subject of its own ("Президенты
    X и Y 4 мая провели переговоры, а затем открыли форум"): the next step of one occasion,
    of the date both verbs follow. A date after the first verb ("задержан в марте и затем
    экстрадирован") or inside the later clause stays its own clause's. Fifty-second pass
    (h-events141)."""
    first = gapped_first(tok)  # none of "…, а министры Z и W открыли форум": its own clause
    if first is None or not _next_step(verb := _taking_verb(tok)):
        return False
    if tells_lapse(verb):
        return False  # "а затем через два дня открыли": counted from the day (`counted_days`)
    return _before_its_verb(words, first)


def _next_step(verb: Token) -> bool:
    """The verb is told as the next step by "затем", "потом" (`next_step`)."""
    return any(c.dep_ == "advmod" and _is(c, "next_step") for c in verb.children)


def _subject_of(word: Token, verb: Token) -> bool:
    """`word` is the last of the verb's own subject ("Килпатрик" of "Килпатрик … покинул")."""
    return any(c.dep_ in SUBJECTS and word.i == c.right_edge.i for c in verb.children)


def restated_time(words: list[Token]) -> Token | None:
    """The noun of a time reference ("накануне визита", "после саммита") a date set off by
    commas right after its phrase restates as its clause's day ("Накануне визита, 10 мая,
    министры встретились": the meeting's day, not the visit's, nor the day before it); None
    for a date not so set off ("накануне визита президента 10 мая": the visit's day).
    Fifty-third pass (h-events146)."""
    doc = words[0].doc
    k = words[0].i - 1
    while k >= 0 and doc[k].pos_ == "ADP":  # ", в пятницу,"
        k -= 1
    end = words[-1].i + 1
    if k < 1 or end >= len(doc) or doc[k].text != "," or doc[end].text != ",":
        return None
    before = doc[k - 1]
    phrase = itertools.takewhile(
        lambda t: t.pos_ not in {"VERB", "AUX"}, [before, *before.ancestors]
    )
    return next((t for t in phrase if time_reference(t)), None)


def _restates_for(noun: Token, tok: Token, reach: set[int]) -> bool:
    """Whether the day a date restates after the time reference `noun` is the trigger's:
    that of the verb the noun's phrase hangs on, never the noun's own event's."""
    return noun.i != tok.i and verb_above(noun).i in reach


def _not_its_date(tok: Token, words: list[Token], d: DateMention, both: bool = False) -> bool:
    """A date in the trigger's sentence that is none of its event's: an end ("визит продлится
    до 23 июня"), a start it is counted from ("первый с 2012 года"), a birth year
    ("депутат (1924 года рождения)"), a date the text denies ("не в апреле, а в июне"), or
    one of a contrasting clause ("подписали меморандум, а министры обсудили … в мае"; not
    one before `both` its verbs, `_before_both_verbs`) or of a clause ", что …" after the
    trigger ("умер X, известный тем, что в 1970-х …")."""
    first = words[0]
    return (
        bound(first) == "end"
        and not _put_off_to(tok, first)
        or _since(first, d)
        and not _takes_effect(tok, d)
        and not _took_office_from(tok)
        or _born(words[-1])
        or _birthday(first, tok)
        or _denied_date(first)
        or contrast_between(tok, first)
        and not both  # "4 мая провели переговоры, а затем открыли форум": both verbs'
        and _date_verb(first) != moved_after(tok)
        or told_after(tok, first)
        or _time_set_then(tok, first)
        or _moved_from(tok, first)
    )


def _moved_from(tok: Token, first: Token) -> bool:
    """A date of the event's own verb, or of the infinitive it takes, where a verb after it
    moves or puts it off ("было запланировано на май, но его перенесли (на июль)", "должно
    было пройти в апреле, но его перенесли"): the time it no longer holds, never its date
    (sixty-fourth pass, h-events236); so is the date of a participle of planning on an event
    its own verb moves or puts off ("Переговоры, запланированные на декабрь, перенесены на
    март", "…, намеченный на декабрь, отложен"; sixty-fifth pass, h-events243)."""
    if (moving := moving_verb(tok)) is not None:
        # "…, запланированный на 12 ноября, перенесён на 3 декабря": the parse may hang the
        # new time on the participle too (`places.times_after_move`)
        return _date_verb(first) in _plan_participles(tok, moving) and first.i < moving.i
    noun = told_by(tok)
    if moved_after(tok) is None or noun is None:
        return False
    own = [noun.head, *(c for c in noun.head.children if c.dep_ == "xcomp")]
    return _date_verb(first) in own


def _plan_participles(tok: Token, moving: Token) -> list[Token]:
    """The participles of planning on the event noun `tok` its verb `moving` puts off: those
    the parse hangs on it, and one set off by a comma between them that agrees with it but
    is hung on a noun after it ("Визит премьер-министра …, запланированный на 9–10 декабря,
    перенесён …, сообщил генеральный секретарь …": on "секретарь", which never comes first).
    Sixty-eighth pass (h-events258)."""
    on_it = [c for c in tok.children if c.dep_ == "acl" and _is(c, "plan")]
    words = list(tok.doc[tok.i + 1 : moving.i]) if tok.i < moving.i else []
    astray = [
        p
        for p in words
        if p.dep_ == "acl"
        and p.head.i > p.i
        and _is(p, "plan")
        and tok.doc[p.i - 1].text == ","
        and participle_agrees(p, tok)
    ]
    return on_it + astray


def _time_set_then(tok: Token, first: Token) -> bool:
    """A date hung on the verb whose object, or passive subject, is the time of the event
    noun ("Новые сроки визита согласуют в мае", "Дата саммита будет определена в апреле"):
    when that time is set, not the event's; one the time is set to ("Дату визита перенесли
    на май") is the event's (sixty-first pass, h-events205)."""
    verb = time_set_by(tok)
    if verb is None or _date_verb(first) != verb:
        return False
    phrase = next((w for w in [first, *first.ancestors] if w.head == verb), first)
    return preposition(phrase) != "на"


def _put_off_to(tok: Token, first: Token) -> bool:
    """A date after "до" that is the new time the event is put off to ("визит отложен до
    весны 2027 года"): its own date, not an end of it (fifty-ninth pass, h-events197)."""
    verb = moving_verb(tok)
    if verb is None:
        return False
    up = (w for w in [first, *first.ancestors] if w.head in (verb, tok) and w not in (verb, tok))
    phrase = next(up, None)
    return phrase is not None and preposition(phrase) == "до" and new_time(phrase)


def _birthday(first: Token, tok: Token) -> bool:
    """A date of a clause of reaching an age, set off from the trigger by a dash or a colon
    ("убит незадолго до юбилея — 4 февраля ему должно было исполниться 70 лет"): the
    birthday's, not the event's, wherever the parser hangs the date; unless the event's
    own clause names a day the dash then tells ("посетит Чили в день юбилея — 10 марта ему
    исполнится 60 лет")."""
    sent = first.sent
    marks = [t.i for t in sent if t.text in _CLAUSE_MARKS]
    start = max((i for i in marks if i < first.i), default=sent.start)
    end = min((i for i in marks if i > first.i), default=sent.end)
    if not tok.i < start or any(_day_told(t) for t in first.doc[sent.start : start]):
        return False
    ages = [t for t in first.doc[start:end] if _is(t, "age")]
    return any(t.lemma_ == "год" for a in ages for t in (*a.children, *a.head.children))


#: words that tie a day to another moment ("на следующий день после визита", "в тот же день,
#: когда …"): that day is not the one the dash tells
_DAY_ANCHORS = frozenset({"следующий", "предыдущий", "тот", "этот", "после", "когда", "через"})


def _day_told(t: Token) -> bool:
    """A day the event's clause sets it on ("в день юбилея", "в особый день", "приурочен ко
    дню рождения") and ties to no other moment: the day a dash then tells."""
    return (
        t.lemma_ == "день"
        and preposition(t) in ("в", "к")
        and not any(w.lemma_ in _DAY_ANCHORS for w in t.subtree)
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


# verbs of taking an office, whose "с DATE" is the day one took it ("С сентября 2000 года X
# стал сопредседателем совета")
_TAKING_OFFICE = frozenset({"стать", "назначить", "возглавить", "занять", "избрать", "вступить"})


def _took_office_from(tok: Token) -> bool:
    """A perfective verb of taking an office: "с DATE" tells the day the office was taken
    ("С сентября 2000 года экс-министр стал сопредседателем …"), not one it is counted from,
    unless a first time since says so ("впервые с 2000 года стал"). Pass forty-fourth, own
    sentences (h-events111)."""
    if tok.lemma_ not in _TAKING_OFFICE or features(tok, "Aspect") != ("Perf",):
        return False
    return not any(c.lemma_ in {"впервые", "первый"} for c in tok.children)


_ROUND_DAYS = 7  # days before the news's a round of talks under way may have begun on


def within_days(start: str, doc_date: str) -> bool:
    """A full day of the news's week, from which a round of talks may be under way ("с
    понедельника"); a month or a year is a longer process's start."""
    if len(start) != 10 or len(doc_date) < 10:
        return False
    gap = (datetime.date.fromisoformat(doc_date[:10]) - datetime.date.fromisoformat(start)).days
    return 0 <= gap <= _ROUND_DAYS


def _since(first: Token, date: DateMention) -> bool:
    """A date an event is counted from ("первый визит в Египет с 2012 года"), not its date;
    a range ("с 8 по 13 октября", "с 2010 по 2012 год") is dated from its start."""
    if bound(first) != "start":
        return False
    after = doc_text(first.doc)[date.end : date.end + 4].lstrip()
    return not re.search(r"\bпо\b|\bдо\b|[-–—]", date.text) and not after.startswith(
        ("по ", "до ", "-", "–", "—")
    )


_YEARS = frozenset({"год", "года", "лет"})


def _years_ago(first: Token) -> bool:
    """A day set after "N лет назад" ("состоялся более десяти лет назад, 20 сентября 2000
    года"): the text tells it as history, years before its news, so a later day without its
    year is not of that year; "два дня назад, 16 апреля" is the news's own."""
    doc, i = first.doc, first.i - 1
    while i > 0 and doc[i].is_punct:
        i -= 1
    return i > 0 and doc[i].lower_ == "назад" and doc[i - 1].lower_ in _YEARS


def _year_of_a_thing(first: list[Token], reach: set[int]) -> bool:
    """A bare year in the genitive on a noun the event is not told by ("боролся за звание
    лучшей кинокартины 2012 года на церемонии", "вручил приз фильму 2015 года"): that
    thing's year, not when the event was; "саммит 2015 года" is the summit's, "в начале
    2015 года" and "летом 2015 года" are times."""
    words = {t.i for t in first}
    top = next((t for t in first if t.head.i not in words), None)
    if top is None or top.lemma_ != "год" or features(top, "Case") != ("Gen",):
        return False  # not "после приёма Болгарии в 2007 году", whatever the parse
    if has_preposition(top):
        return False
    head = top.head  # not "в начале 2015 года", "летом 2015 года": a time's part
    if has_preposition(head) or _is(head, "time") or _is(head, "season"):
        return False
    thing = top.dep_ == "nmod" and head.pos_ == "NOUN" and head.i < top.i and head.i not in reach
    return thing and not any(_dates_the_event(n) for n in _genitive_chain(head))


def period_of_a_thing(first: list[Token], reach: set[int]) -> bool:
    """A year a noun is "на" ("закон о государственном бюджете на 2013 г.", "план на 2030
    год"): that thing's period, not when the event was; the year a verb is "на" ("визит
    запланирован на 2013 год") is the event's (events118)."""
    words = {t.i for t in first}
    top = next((t for t in first if t.head.i not in words), None)
    if top is None or top.lemma_ not in {"год", "г"} or preposition(top) != "на":
        return False
    head = top.head
    if head.pos_ != "NOUN" or head.i > top.i or head.i in reach or top.dep_ != "nmod":
        return False
    return not _is(head, "time") and not any(_dates_the_event(n) for n in _genitive_chain(head))


def _dated_from(date: Sentence) -> Token | None:
    """The noun an "от" date hangs on ("Соглашением … от 12 мая 2010 года", "в заявлении от
    10 ноября"): a document's date, which names it, not a time of the clause."""
    root = date.root
    if root.dep_ == "nmod" and preposition(root) == "от" and root.head.pos_ in {"NOUN", "PROPN"}:
        return root.head
    return None


def _signed_by(paper: Token, tok: Token) -> bool:
    """Whether `paper` is what signing `tok` signs: its object, passive subject or genitive."""
    return paper.head.i == tok.i and paper.dep_ in {"obj", "nsubj:pass", "nmod"}


def _genitive_chain(noun: Token) -> list[Token]:
    """A noun and the nouns it hangs on in the genitive, up to the first that does not
    ("празднования Дня взятия Бастилии": взятия, Дня, празднования)."""
    chain = [noun]
    while chain[-1].dep_ == "nmod" and chain[-1].head.pos_ in {"NOUN", "PROPN"}:
        chain.append(chain[-1].head)
    return chain


def _dates_the_event(noun: Token) -> bool:
    """A noun whose genitive year is the event's: a participant ("встреча министров … 2019
    года", "переговоры делегаций … 2021 года"), an event or an occasion the event is held
    during or within ("во время празднования … 2023 года", "в рамках турне 2023 года")."""
    people = is_animate(noun) or _is(noun, "group") or _is(noun, "delegation")
    return people or _is(noun, "occasion_noun") or noun.lemma_ in trigger_rules()


def report_day(sent: Sentence, dates: list[DateMention]) -> str:
    """The day a sentence reports the news before it on ("Об этом стало известно во вторник,
    13 сентября 2016 года", "Об этом говорится в опубликованном 29 января 2020 года указе"):
    the lead's undated news happened then, in a text with no date of its own."""
    days = [d.value for d in dates if len(d.value) == 10]
    if len(days) != 1:
        return ""  # most sentences: no Token made for their words
    about = any(
        t.lower_ == "этом" and t.nbor(-1).lower_ in {"об", "о"} for t in sent if t.i > sent.start
    )
    return days[0] if about else ""


def report(news: list[Hit], day: str) -> None:
    """The lead's news with no time of their own happened on the day a sentence reports;
    not news told as done before ("был ранее задержан"), nor a death reported (`by_report`)."""
    for hit in news:
        hit.reported = "" if hit.earlier or hit.hint or hit.by_report else day


def reported_deaths(news: list[Hit]) -> None:
    """Deaths with no time of their own that a sentence after reports on a day ("… скончался.
    Об этом сообщили в пятницу, 5 марта"): they happened by that day, not on it, so they take
    neither that day nor the dateline's (h-events106)."""
    for hit in news:
        if hit.kind == "Death" and not (hit.date or hit.hint):
            hit.by_report = True


def _report_verbs(tok: Token) -> set[Token]:
    """The verbs of saying that report a death (`tok`): one above it ("сообщил, что X погиб",
    "сообщил о гибели X") or a tail on its verb ("X скончался, сообщили в пятницу")."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    speech = speech_lemmas()
    above = {a for a in tok.ancestors if a.lemma_ in speech}
    tails = {c for c in verb.children if c.dep_ in {"parataxis", "conj"} and c.lemma_ in speech}
    return above | tails


def _opens_own_clause(tok: Token, words: list[Token], said: set[Token]) -> bool:
    """A date before a death's verb whose reports are all tails after it ("6 марта 2016 года
    умер X, …, подтверждает Y, его сын"): it opens the death's own clause, wherever the parser
    hangs it, so it is the death's day, not the report's; a date within the tail ("X умер,
    сообщил 6 марта его сын") or before a report above ("6 марта сообщили, что X умер") stays
    the report's. Forty-seventh pass, own sentences (h-events124)."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    return words[-1].i < verb.i and all(s.i > verb.i for s in said)


def _main_clauses_month(
    tok: Token, dates: list[DateMention], tokens: Callable[[int, int], list[Token]]
) -> str:
    """The month or year of the clause a death "после того как" is told under ("занял пост
    главы государства в июле 2012 года, после того как скончался предыдущий глава
    государства — X": 2012-07); not a full day (the death came before it), nor a date of
    the death's own clause. Forty-fifth pass, own sentences (h-events117)."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "mark" and c.lower_ == "как" for c in tok.children):
        return ""
    that = tok.head
    if that.lemma_ != "тот" or not any(c.lower_ == "после" for c in that.children):
        return ""
    main = that.head
    if main.pos_ not in {"VERB", "AUX"} or main.i == that.i:
        return ""
    for d in dates:
        words = tokens(d.start, d.end)
        coarse = bool(words) and bool(d.value) and not d.yearless and len(d.value) <= 7
        if coarse and _date_verb(words[0]) == main and not tok.i <= words[0].i <= tok.right_edge.i:
            return d.value
    return ""


def _date_verb(word: Token) -> Token | None:
    """The verb a date's first word hangs on, the nearest above it."""
    return next((a for a in word.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def _opening(sent: Sentence, dates: list[DateMention]) -> list[DateMention]:
    """The dates a sentence opens with ("В 2009 году КНДР арестовала …")."""
    first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    return [d for d in dates if d.value and first is not None and d.start <= first.idx + 2]


def opening_day(sent: Sentence, dates: list[DateMention]) -> str:
    """The full day a lead sentence opens with, before its subject, as a dateline ("18 марта
    2013 года коалиция выбрала …"): in a text with no date of its own, the day of the lead's
    news it and the title tell without a date of their own. Not a bound ("С 5 мая …"), nor
    with another day the sentence tells of ("…, что 3 мая был задержан"); a bound one may
    follow ("…, который занимал этот пост с 22 апреля 2010 года")."""
    if _caption_line(sent):
        return ""
    told = [d for d in dates if not _bounded(sent, d)]
    opening = _opening(sent, dates)
    day = told[0].value if len(told) == 1 and opening and opening[0] == told[0] else ""
    return day if len(day) == 10 else ""


def _caption_line(sent: Sentence) -> bool:
    """A sentence on a photo's caption line ("Здание министерства обороны Перу. 12 мая 2015
    года."): a line with no verb whose words before this sentence end a phrase of their own
    with a full stop. The day is the photo's, no dateline of the lead below it; a line that
    opens with its day ("12 мая 2015 года.") still is one.
    Pass forty-third (h-events107)."""
    doc = sent.doc
    text = doc_text(doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.end_char - 1)
    end = len(text) if end < 0 else end
    line = doc.char_span(start, end, alignment_mode="expand")
    if line is None or any(t.pos_ in {"VERB", "AUX"} for t in line):
        return False
    ahead = [t for t in line if t.idx < sent.start_char and not t.is_space]
    return len(ahead) > 1 and ahead[-1].text == "."


def _bounded(sent: Sentence, date: DateMention) -> bool:
    """A date with a preposition that makes it a start or an end ("с 22 апреля")."""
    words = sent.doc.char_span(date.start, date.end, alignment_mode="expand")
    return words is None or bool(bound(words[0]))


def eve_of_day_before(
    sent: Sentence,
    dates: list[DateMention],
    before: list[DateMention],
    doc_date: str,
    report_day: str = "",
) -> list[DateMention]:
    """A sentence that opens or ends with a bare "Накануне" ("… ушёл в отставку накануне"),
    or tells "днём ранее" or "за день до этого" anywhere, and gives no other date tells of
    the day before the one day the sentence before gives (`before`: else the paragraph's
    last sentence to give any) ("14 мая прибыл в Бразилиа. Накануне он провёл телефонный
    разговор"), not of the day before the document's, where its verb's tense agrees: a past
    verb's eve is never after the document's date ("Визит запланирован на 25 мая. Накануне
    министры провели переговоры": the document's eve), a future verb's never before it. A day
    the sentence before tells ahead ("В среду X выступит на форуме. Накануне министры
    встретились") lends none: the news's eve (fifty-seventh pass, h-events184), but to a
    verb in the future ("3 мая X прибудет в Y. Накануне он проведёт …": 2 May), and a day
    of no year the year its own finite verb tells ("3 мая X прибыл" in April: last year's;
    seventy-second pass, h-events279). Where the
    paragraph gives no date before it, it is the eve of the report's day (`report_day`: the
    document's, else the first the text gives), "днём ранее" too: "ТАШКЕНТ, 18 ноября. …
    Днём ранее X был принят Y" is 17 November (sixty-second pass, h-events213)."""
    if len(dates) != 1 or len(before) > 1 or not is_eve(dates[0]):
        return dates
    words = [t for t in sent if not (t.is_space or t.is_punct)]  # a Token each: after the tests
    if not words:
        return dates
    told = dates[0]
    at = next((t for t in words if t.idx == told.start), None)
    ends = words[-1].idx + len(words[-1].text) == told.end
    if at is None or not (at == words[0] or ends or fold_case(told.text) != "накануне"):
        return dates
    eve = eve_of(told, before[0].value if before else report_day)
    verb = at.head
    tense = _tense(verb) if verb.pos_ in {"VERB", "AUX"} else ""
    if before and _dated_ahead(sent.doc, before[0]) and tense != "Fut":
        return dates  # "В среду X выступит. Накануне министры встретились": the news's eve
    if before and before[0].yearless and len(doc_date) == 10:
        # "3 мая прибыл. Накануне провёл …" in a text of April: the eve of last year's day
        ahead_or_past = VERB_TENSES.get(_finite_tense(date_verb(sent.doc, before[0])), "")
        eve = replace(eve, value=year_by_tense(eve.value, doc_date, ahead_or_past, by_day=True))
    late = tense == "Past" and eve.value > doc_date
    early = tense == "Fut" and eve.value < doc_date
    return dates if len(doc_date) == 10 and (late or early) else [eve]


def eve_before_subject(
    sent: Sentence, dates: list[DateMention], doc_date: str
) -> list[DateMention]:
    """An opening "Накануне" whose next word the parse makes the subject of the verb it
    hangs on ("Накануне Мередов был принят президентом", "Накануне Хурэлсух провёл …") is a
    bare eve, though the date scan read it as a preposition: the name, unknown to the
    dictionary, has a guessed genitive reading ("мередов" of "мередова"). The day before
    the document's, "" with none, as the scan gives a bare one; "Накануне Навруза прошёл
    фестиваль" (a circumstance) and "Накануне Песаха Египет …" (a case) stay prepositions
    (sixty-second pass, h-events213)."""
    # the first two words alone: a `Token` made per word of the sentence, asked per sentence
    words = list(itertools.islice((t for t in sent if not (t.is_space or t.is_punct)), 2))
    if len(words) < 2 or words[0].lower_ != "накануне" or words[0].dep_ == "case":
        return dates
    eve, name = words
    if name.dep_ not in SUBJECTS or name.head != eve.head or name.i != eve.i + 1:
        return dates
    if any(d.start <= eve.idx < d.end for d in dates):
        return dates
    day = days_after(doc_date, -1) if len(doc_date) == 10 else ""
    told = DateMention(eve.idx, eve.idx + len(eve.text), eve.text, day, True)
    return sorted([*dates, told], key=lambda d: d.start)


def date_verb(doc: Doc, mention: DateMention) -> Token | None:
    """The verb a date's words hang on, climbing nouns and adjectives to the first verb: the
    clause the date tells the time of; None where no verb is above it."""
    words = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if words is None:
        return None
    verb = verb_above(words.root)
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def greeted_day(ctx: Context, sent: Sentence, before: list[DateMention], hits: list[Hit]) -> None:
    """A bare visit noun of no date of its own whose visitor is the guest of the greeting the
    sentence before, in its paragraph, tells (`visits.greeted_before`: "12 мая в аэропорту Энтеббе
    президента Ганы X встретил премьер-министр Уганды Y. Визит продлится два дня") is of the
    greeting's day: the one full date (`before`) that sentence gives, on the greeting's verb.
    Sixtieth pass (h-events198)."""
    if len(before) != 1 or len(before[0].value) != 10:
        return
    doc = sent.doc
    for hit in hits:
        if hit.kind not in VISITS or hit.date or hit.hint or hit.earlier:
            continue
        met = greeted_before(ctx, doc[hit.trigger])
        if any(g == hit.visitor and date_verb(doc, before[0]) == verb for g, _, verb in met):
            hit.date, hit.dated_by_text = before[0].value, True


def _finite_tense(verb: Token | None) -> str:
    """The tense of a finite verb ("прибыл": "Past"), "" for none or another form: "визит
    запланирован на 25 мая" tells a plan, not a day passed."""
    fin = verb is not None and features(verb, "VerbForm") == ("Fin",)
    return _tense(verb) if verb is not None and fin else ""


def _dated_ahead(doc: Doc, mention: DateMention) -> bool:
    """A date its clause's verb tells in the future tense ("В среду X выступит"); narrower
    than `deps.told_ahead`, which counts an infinitive or "станет" as ahead too."""
    verb = date_verb(doc, mention)
    return verb is not None and _tense(verb) == "Fut"


def coming_weekdays(sent: Sentence, dates: list[DateMention], doc_date: str) -> list[DateMention]:
    """A bare weekday its verb tells in the future ("В среду Моди выступит на форуме") is the
    coming one, not the last: the text's scan knows only some words of planning, the parse
    knows the tense (fifty-seventh pass, h-events184)."""
    if len(doc_date) != 10:
        return dates
    return [
        replace(d, value=days_after(d.value, 7))
        if _WEEKDAY_WORD.search(d.text)
        and len(d.value) == 10
        and d.value < doc_date
        and _dated_ahead(sent.doc, d)
        else d
        for d in dates
    ]


def _date_that_day(
    sent: Sentence,
    before: list[DateMention],
    hits: list[Hit],
    own: bool,
    prior: list[Hit],
    event_day: str = "",
    opens: bool = False,
    near: list[Hit] | None = None,
    earlier: list[Hit] | None = None,
    doc_date: str = "",
) -> None:
    """A sentence that opens with "В этот день" / "В тот же день" (also after a word that
    places it within the day: "Ранее в тот же день", `within_day`), or with "После" and what
    is told on one day ("После церемонии", "После этого": `that_day_after`), tells of the day
    the sentence before gives as its only date, wherever in it ("была провозглашена королевой
    6 февраля 1952 года. В этот день умер её отец"), one that opens with "На следующий день"
    of the day after it: its events with no date have it. Where the sentence before gives
    none, the paragraph's last one to give any does ("8 марта прибыл в Каир. Министры
    обсудили … . На следующий день он был принят президентом"); where neither does, "В тот же
    день" is the day of the event the text dated last (`event_day`, `day_of_events`: "В среду
    прошли переговоры. … «…», — заявил X. [new paragraph] Ранее в тот же день X принял Y";
    fifty-sixth pass, h-events179), and "На следующий день" opening a paragraph (`opens`)
    the day after it ("8 марта X прибыл в Y. … [new paragraph] На следующий день X провёл
    переговоры"; fifty-seventh pass, h-events184). A signing told as one more
    (`_signed_besides`) and a vote of lawmakers whose body the sentence before tells acting
    ("Сейм Латвии 5 мая утвердил кабинет. За него проголосовали 53 депутата") take that day
    with no opening words, the vote only where the sentence before dates itself (`own`) and
    its own verb tells no other time (`_voted_then`). "После этого" points at what the
    sentence before told: it takes that day only where an event kg reads there (`prior`) has
    it ("10 мая прошли переговоры. После этого …"), not a day of no event kg reads
    ("Деятельность лаборатории была приостановлена 10 ноября. После этого директор подал в
    отставку": forty-seventh pass, own sentences, h-events123). "После церемонии" takes the
    day of the last event its noun names, told in its paragraph or the one before (`near`,
    `_named_day`), before any other: "4 декабря прошла церемония. В ней участвовали X и Y.
    [new paragraph] После церемонии X и Y провели переговоры" (sixty-fifth pass,
    h-events242); where neither tells one, the one day the text's events of that noun have
    (`earlier`, `_named_once`: "Во вторник открыли пункт пропуска. В церемонии открытия … [three
    paragraphs] После церемонии стороны провели заседание"; sixty-eighth pass, h-events257)."""
    opening = _opening_words(sent) if hits else ()
    shift = _THAT_DAY.get(opening)
    if shift and counted_from_event(sent):
        shift = None  # "На следующий день после выборов": from the elections, not told before
    shift = 0 if shift is None and hits and _day_part_opens(sent) else shift
    within = same_day_hits(sent, hits) if shift is None else []
    if within and not any(h.date or h.hint for h in hits if h not in within):
        shift, hits = 0, within  # "МИД в тот же день вызвал посла и вручил ему ноту"
    after_what = after_told(opening)
    if (timed := _timed_by_own_words(sent.doc, after_what, hits)) is not None:
        _take_time(hits, timed)  # "После церемонии в 2019 году": that ceremony's time
        return
    after = bool(after_what)
    # not "за февраль", nor "заявил, что с начала года …": what a speaker told
    before = [d for d in before if not (_counted_over(sent.doc, d) or _said_date(sent.doc, d))]
    for hit in hits if shift is not None else []:
        hit.pointed = True  # its day is the one pointed at, told or not (h-events191)
        hit.same_day = shift == 0 and not after and not (before or event_day)
    named = _named_day(sent.doc, after_what, near or [], earlier or [])
    if named:
        before, event_day = [], named
    if len(before) > 1 or not (before or event_day):
        return
    opens = opens or bool(shift) and _nothing_told_before(hits, earlier or [])
    if not (before or named) and (shift is None or after or shift and not opens):
        return  # "в тот же день" points past the paragraph, "на следующий день" opening one
    day = before[0].value if before else event_day
    if after:
        shift = 0  # "После церемонии лидеры провели переговоры": the ceremony's day
    if after_what == _THIS and not any(h.date == day for h in prior):
        return
    signed = shift is None and _signed_besides(sent, hits)
    if len(day) != 10:  # a month or a year is no day
        return
    yearless = (
        bool(before)
        and before[0].yearless
        or any(h.yearless and h.date == day for h in earlier or [])
    )
    for hit in hits:
        if after and (hit.status == "planned" or _ahead(sent.doc[hit.trigger])):
            continue  # "После этого он посетит Германию": some day after, not that one
        voted = own and hit.sitting_before and _voted_then(sent.doc[hit.trigger])
        told = shift is not None or (signed and hit.kind == "Signing") or voted
        if told and not (hit.date or hit.hint):
            its = _referent_year(day, hit, earlier or [], doc_date) if yearless else day
            hit.date, hit.dated_by_text = days_after(its or day, shift or 0), True
            hit.yearless = yearless and not its  # no tense told: its clause's, in `building`


def _nothing_told_before(hits: list[Hit], earlier: list[Hit]) -> bool:
    """Whether no event is told in the paragraph of a sentence's `hits` before it (`earlier`:
    the hits told before): its "На следующий день" is the day after the last day the text
    gave ("12 июня открылась выставка. [new paragraph] Её посетили тысячи людей. На следующий
    день X принял Y": 13 June), not after an act of its paragraph told on no day."""
    return bool(hits) and not any(h.paragraph == hits[0].paragraph for h in earlier)


def _referent_year(day: str, hit: Hit, told: list[Hit], doc_date: str) -> str:
    """The year a yearless `day` pointed at ("3 мая X прибыл в Y. В тот же день он провёл …",
    "На следующий день …") is resolved in, that of the last event told on it (`told`: by its
    tense, as `building` resolves that event's own), else of `hit`'s tense: the two tell one
    day, never a year apart (seventy-second pass, h-events279). "" where neither tells a
    tense."""
    on_it = [h for h in told if h.yearless and h.date == day and h.status in TENSES]
    status = on_it[-1].status if on_it else hit.status
    if not (status in TENSES and len(doc_date) == 10):
        return ""
    return year_by_tense(day, doc_date, TENSES[status], by_day=True)


def _named_day(doc: Doc, noun: str, near: list[Hit], earlier: list[Hit]) -> str:
    """The day of the last event among `near` (the hits told before in a sentence's
    paragraph and the one before it) whose trigger is `noun`, the word "После" names
    ("После церемонии": the ceremony's), of those that have one (not "направил участникам
    церемонии письмо" after it, a mention of no day; seventy-first pass), else the one day of
    such events `earlier` in the text (`_named_once`); "" for none, for one with no full
    day, and for "После этого", which points at the sentence before alone."""
    if noun in {"", _THIS}:
        return ""
    named = [h for h in near if doc[h.trigger].lemma_ == noun and h.date]
    day = named[-1].date if named else _named_once(doc, noun, earlier)
    return day if len(day) == 10 else ""


def _timed_by_own_words(doc: Doc, noun: str, hits: list[Hit]) -> Hit | None:
    """The event the sentence's "После" names where its own words date it ("После церемонии
    в 2019 году"), whose time what follows it takes, not a day told before; None for none.
    Sixty-eighth pass (h-events257)."""
    if not noun:
        return None
    return next((h for h in hits if doc[h.trigger].lemma_ == noun and (h.date or h.hint)), None)


def _take_time(hits: list[Hit], timed: Hit) -> None:
    """The hits that tell no time of their own take `timed`'s."""
    for hit in hits:
        if not (hit.date or hit.hint):
            hit.date, hit.hint, hit.yearless = timed.date, timed.hint, timed.yearless
            hit.dated_by_text = True


def _named_once(doc: Doc, noun: str, told: list[Hit]) -> str:
    """The one full day of the events before (`told`) whose trigger is `noun` ("После
    церемонии" far below the one ceremony the text dated): "" where they have none, or two
    days, of which the noun may mean either."""
    days = {h.date or h.hint for h in told if doc[h.trigger].lemma_ == noun and (h.date or h.hint)}
    day = next(iter(days)) if len(days) == 1 else ""
    return day if len(day) == 10 else ""


def after_told(opening: tuple[str, ...]) -> str:
    """The lemma of what a sentence's opening lemmas put it just after, told before on one
    day: "После церемонии", "После этого", and "По завершении форума", "По окончании
    переговоров" (`close`, sixty-fourth pass, h-events237); "Затем", "Потом" (`next_step`)
    as "После этого", what the sentence before told ("В понедельник министры подписали
    соглашение. Затем министры провели переговоры": Monday; sixty-seventh pass,
    h-events255); "" where it opens otherwise."""
    words = role_words()
    if opening[:1] and opening[0] in words["next_step"]:
        return _THIS
    if opening[:1] == ("после",):
        what = opening[1:2]
    else:
        ended = opening[:1] == ("по",) and opening[1:2] and opening[1] in words["close"]
        what = opening[2:3] if ended else ()
    return what[0] if what and what[0] in words["that_day_after"] else ""


def _day_part_opens(sent: Sentence) -> bool:
    """Whether a part of the day alone in the instrumental opens the sentence ("Вечером X
    провёл встречу с Y", `day_part`): the act is on the day the text told last, as after "В тот
    же день" (fifty-ninth pass, h-events195). Not "Вечером 5 марта", whose date is its own."""
    words = (t for t in sent if not (t.is_space or t.is_punct))  # the first two alone
    first, second = (*itertools.islice(words, 2), None, None)[:2]
    if first is None or first.lemma_ not in role_words()["day_part"]:
        return False
    return features(first, "Case") == ("Ins",) and not (second is not None and second.like_num)


def _opening_words(sent: Sentence) -> tuple[str, ...]:
    """The lemmas of a sentence's first three words, less "же" and a first word that places
    its act within a day told ("Ранее в тот же день": `within_day`)."""
    words = (t.lemma_ for t in sent if not (t.is_space or t.is_punct) and t.lemma_ != "же")
    first = tuple(itertools.islice(words, 4))
    return first[1:] if first[:1] and first[0] in role_words()["within_day"] else first[:3]


def day_of_events(
    sent: Sentence, hits: list[Hit], dates: list[DateMention], day: str, today: str
) -> str:
    """The day the text told last, which "В тот же день" points at where no sentence near
    gives a date (`_date_that_day`), after a sentence's `hits` (`dates`: the dates it gives):
    its latest dated hit's day; where it dates no hit, its last date, whatever it dated ("Об
    этом в понедельник заявила X": a statement's day; sixty-second pass, h-events220), not
    a period counted over ("только за октябрь"), nor a day after the report's (`today`:
    "вступит в силу 1 мая", which no act told as done can point at); the one before where it
    gives no date (a quotation, figures); none where that is a month or a year."""
    doc = sent.doc
    dated = [h for h in hits if (h.date or h.hint) and not said_within(doc[h.trigger])]
    if dated:
        latest = max(dated, key=lambda h: h.trigger).date
        return latest if len(latest) == 10 else ""
    told = [d for d in dates if not (_counted_over(doc, d) or _said_date(doc, d))]
    if not told:
        return day
    last = max(told, key=lambda d: d.start).value
    return last if len(last) == 10 and not (today and last > today) else ""


def said_within(t: Token) -> bool:
    """A word within a clause "что …" under a verb of saying ("заявил, что Пхеньян с начала
    года провёл …", "напомнил, что в марте X совершил визит") or one told "по словам X"
    ("По его словам, товарооборот в прошлом году превысил …"): what the speaker told, not an
    act the narrative goes on from, which "В тот же день" after it cannot point at."""
    for verb in (t, *t.ancestors):
        if any(per_word(c) for c in verb.children):
            return True
        if verb.dep_ in {"ccomp", "parataxis"} and that_clause(verb):
            return verb.head.lemma_ in speech_lemmas()
    return False


def _said_date(doc: Doc, d: DateMention) -> bool:
    """A date within what a speaker told (`said_within`)."""
    words = doc.char_span(d.start, d.end, alignment_mode="expand")
    return words is not None and len(words) > 0 and said_within(words.root)


def _counted_over(doc: Doc, d: DateMention) -> bool:
    """A date after "за": a period something is counted over ("только за октябрь
    зафиксировали 200 случаев"), not a time an act was done at."""
    words = doc.char_span(d.start, d.end, alignment_mode="expand")
    return words is not None and preposition(words.root) == "за"


def happened_then(sent: Sentence, dates: list[DateMention], before: list[Hit]) -> None:
    """A sentence whose verb of happening has "это" as its subject ("Это произошло в субботу,
    16 ноября", "Произошло это 3 марта"; `befell` words) tells when the events of the sentence
    before took place: those with no date of their own take its one date, one hung on that
    verb (not "после голосования 16 ноября", the vote's), for any kind. Forty-seventh pass,
    own sentences (h-events122)."""
    undated = [h for h in before if not (h.date or h.hint)]
    if not undated:
        return  # most sentences: no Token made for their words
    verbs = [
        t
        for t in sent
        if _is(t, "befell")
        and t.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "nsubj" and c.lower_ == "это" for c in t.children)
    ]
    if len(verbs) != 1:
        return
    doc = sent.doc
    spans = [(d, doc.char_span(d.start, d.end, alignment_mode="expand")) for d in dates]
    dated = {t.i for _, span in spans if span is not None for t in span}
    told: list[DateMention] = []
    for d, span in spans:
        if span is None or not len(span) or not d.value:
            continue
        word = span[0]
        while word.head.i in dated and word.head.i != word.i:
            word = word.head  # "в субботу, 16 ноября": the day under the weekday
        if word.head.i == verbs[0].i:
            told.append(d)
    written = [d for d in told if any(ch.isdigit() for ch in d.text)] or told
    if len({d.value for d in written}) != 1:
        return
    day = written[0]
    for hit in undated:
        hit.date, hit.dated_by_text, hit.yearless = day.value, True, day.yearless
        hit.weekday = bool(_WEEKDAY_WORD.search(day.text))


def there_next(sent: Sentence, before: list[Hit], hits: list[Hit]) -> None:
    """Talks, a meeting or a signing told next ("Затем", "Позже", "После этого", "После
    церемонии", "По завершении форума": `next_there`, `after_told`) by one who took part in
    what the sentence before told in a city (a state, where it names no person; anyone after
    the event it names: its attendance is read later), with no place of its own, are held
    in that city too ("3 февраля в Маниле X провёл переговоры с
    Y. Затем X встретился с президентом Филиппин"): the same episode. Not one of others, nor
    where the sentence before told events in two places, nor one dated on another day than
    the acts before (seventy-first pass, h-events271)."""
    if not (hits and before):
        return  # most sentences: no Token made for their words
    # the first three words: no Token made for the rest of the sentence
    words = tuple(itertools.islice((t.lemma_ for t in sent if not (t.is_space or t.is_punct)), 3))
    next_there = words[:1] and words[0] in role_words()["next_there"]
    after = after_told(words)
    if not (next_there or after):
        return
    places = {h.location for h in before if h.location}
    if len(places) != 1:
        return
    persons = {p for h in before if h.location for p in h.persons}
    # "По завершении форума Перу и Чили министры встретились": a gathering of states only
    states = {s for h in before if h.location for s in h.states} if not persons else set()
    named = after not in {"", _THIS}  # "После церемонии": whoever attended it, told later
    days = {h.date for h in before if h.location}
    for hit in hits:
        kind = hit.kind in MULTI and hit.kind != "PhoneCall"
        ours = named or persons & set(hit.persons) or states & set(hit.states)
        # not on a day the act before was not ("После церемонии" dated by a ceremony told
        # far above: not at the signing of months before told just before it)
        then = not hit.date or not days - {""} or hit.date in days
        if kind and not hit.location and ours and then:
            hit.location = next(iter(places))


def sides_sign_then(
    sent: Sentence, dates: list[DateMention], before: list[Hit], hits: list[Hit]
) -> None:
    """A signing of "Стороны" with no day of its own, told right after talks or a meeting
    of one day ("7 ноября президенты провели переговоры. Стороны подписали меморандум"), is
    made at those talks: on their day and at their place, not on the day of a visit they are
    part of; not one whose sentence tells a time ("По итогам переговоров в прошлом году
    стороны подписали …"). Sixty-fourth pass (h-events237). So is a verbless "Среди
    подписанных документов — X" (`among_signed_paper`; sixty-fifth pass, h-agreements82)."""
    if not (hits and before):
        return  # most sentences: no Token made for their words
    if any(sent.start_char <= d.start < sent.end_char for d in dates):
        return
    talks = [h for h in before if h.kind in TALKS and h.date]
    if len({(h.date, h.yearless) for h in talks}) != 1:
        return
    at = talks[0]
    for hit in hits:
        if hit.kind != "Signing" or hit.date or hit.hint:
            continue
        verb = sent.doc[hit.trigger]
        sides = any(c.dep_ in SUBJECTS and c.lemma_ == _SIDES for c in verb.children)
        if sides or among_signed_paper(verb) is not None:  # "Среди подписанных … — X"
            hit.date, hit.yearless, hit.dated_by_text = _closing_day(at, hit), at.yearless, True
            if not hit.location and len({h.location for h in talks}) == 1:
                hit.take_place(at)


def _closing_day(talks: Hit, signing: Hit) -> str:
    """The day of `talks` a signing told at them is on: their last where it closes them
    ("завершили переговоры и подписали", "по итогам") and they span days; else their first."""
    if signing.at_close and talks.spanned and len(talks.date) == 10:
        return days_after(talks.date, talks.spanned)
    return talks.date


def format_frame(doc: Doc, before: list[Hit], hits: list[Hit]) -> None:
    """Talks told only by how they were held ("Переговоры прошли в формате один на один",
    `held_in_format`), of no day nor place of their own, are held on the day and at the
    place of the event of their sides the sentence before tells, in its paragraph ("3 марта
    президенты X и Y приняли участие в саммите в Лиме. Переговоры прошли …": 3 March,
    Lima), where it gives one day and one place; not a signing's ("подписали декларацию"),
    which frames no talks; after a visit, with its host (`_host_side`). Fifty-eighth pass
    (h-events187)."""
    if not (hits and before):
        return  # most sentences: no Token made for their words
    for hit in hits:
        if hit.date or hit.hint or hit.location or not held_in_format(doc[hit.trigger]):
            continue
        sides = set(hit.states + hit.persons)
        frames = [
            h
            for h in before
            if h.kind in MULTI | NAMED | VISITS
            and h.kind != "Signing"
            and sides
            and sides <= {*h.states, *h.persons, *h.extra, h.visitor, h.host}
        ]
        days = {(h.date, h.yearless) for h in frames if h.date}
        if len(days) == 1:
            hit.date, hit.yearless = days.pop()
            hit.dated_by_text = True
        places = {h.location: h for h in frames if h.location}
        if len(places) == 1:
            at = next(iter(places.values()))
            hit.take_place(at)
        _host_side(hit, frames)


def _host_side(talks: Hit, frames: list[Hit]) -> None:
    """Talks told by their format after one visit ("3 марта президент Чили посетил Лиму.
    Переговоры прошли в формате один на один") whose sides are the visitor's one state
    are held with the host too: one side holds no talks "один на один"."""
    hosts = {h.host for h in frames if h.kind in VISITS and h.host}
    if len(hosts) == 1 and len(set(talks.states)) == 1 and not hosts <= set(talks.states):
        talks.states = [*talks.states, *hosts]


_VOTING = frozenset({"голосование", "выборы"})  # "по итогам голосования 11 декабря"


def tally_day(
    headline: Sentence, sent: Sentence, dates: list[DateMention], before: list[Hit]
) -> None:
    """Elections a headline names with no date of their own ("Досрочные парламентские выборы
    в Латвии" above "… было объявлено, что по итогам голосования 11 декабря больше всех голосов
    собрала партия X") are of the day the lead counts their votes by: the date that follows
    "по итогам/результатам голосования (выборов)" there, wherever the parser hangs it.
    Forty-sixth pass, own sentences (events121)."""
    doc = sent.doc
    if headline.end != sent.start or "\n" not in headline.text_with_ws:
        return
    if headline.text.rstrip().endswith((".", "!", "?")):
        return  # a sentence of its own, no headline
    open_ = [h for h in before if h.kind == "Election" and not h.date and not h.hint]
    for d in dates if open_ else ():
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None or span.start == 0 or not d.value:
            continue
        vote = doc[span.start - 1]
        tally = vote.head
        counted = vote.dep_ == "nmod" and _is(tally, "result") and preposition(tally) == "по"
        if vote.lemma_ in _VOTING and counted:
            for hit in open_:
                hit.date, hit.dated_by_text, hit.yearless = d.value, True, d.yearless
            return


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


def signed_besides(sent: Sentence, hits: list[Hit], fresh: bool) -> None:
    """Marks the signings a sentence tells as one more (`_signed_besides`, `Hit.besides`):
    "В рамках форума подписано 14 контрактов. Кроме того, X и Y подписали меморандум" is
    made at that forum too (`Frame.covers`); not in a `fresh` paragraph, whose blank line
    tells it apart from the sentence before. Fifty-fourth pass (h-events153)."""
    if not fresh and _signed_besides(sent, hits):
        for hit in hits:
            hit.besides = hit.kind == "Signing"


def signed_besides_afar(sent: Sentence, told: list[Hit], hits: list[Hit], fresh: bool) -> None:
    """A signing told as one more opening a paragraph (`fresh`: "Помимо этого, стороны
    подписали меморандум …", "Кроме того, …") with no time of its own is made at the signing
    the text dated last before it (`told`), on its day and at its place, as one right after
    it is (`_date_that_day`), though the sentence before tells none ("Министры также обсудили
    ситуацию в регионе"); not where the text dated no signing, or only its year, or talks
    after it, nor one told as earlier, nor after a signing of other states. Seventy-second
    pass (h-agreements91)."""
    if not (fresh and hits) or not _signed_besides(sent, hits):
        return
    kinds = TALKS | VISITS | {"Signing"}
    dated = [h for h in told if h.date and h.status != "planned" and h.kind in kinds]
    if not dated or dated[-1].kind != "Signing" or len(dated[-1].date) != 10:
        return  # talks or a visit dated after it frame it (`frames`); a year is no day
    last = dated[-1]
    for hit in hits:
        if hit.kind != "Signing" or hit.date or hit.hint or hit.status == "planned" or hit.earlier:
            continue  # "Ранее стороны также подписали …": before, on a day untold
        if hit.states and not set(hit.states) <= set(last.states):
            continue  # "Кроме того, Кения и Танзания подписали …": another signing
        hit.date, hit.yearless, hit.dated_by_text = last.date, last.yearless, True
        if not hit.location:
            hit.take_place(last)


def _signed_besides(sent: Sentence, hits: list[Hit]) -> bool:
    """A signing the sentence tells as one more ("Стороны также подписали отдельное
    соглашение о …", "Кроме того, было заключено соглашение о …"): made at the signing the
    sentence before dates, so its paper takes that day (`_date_that_day`). Its first two
    words are read only where it tells a signing, and only they: a `Token` per word of every
    sentence with hits cost more than the rule."""
    signing = [sent.doc[h.trigger] for h in hits if h.kind == "Signing"]
    return bool(signing) and signed_as_one_more(signing[0])


# the opening words of a sentence that tells one more act ("Кроме того, …", "Помимо этого, …")
_BESIDES = frozenset({("кроме", "того"), ("помимо", "этого"), ("помимо", "того")})


def signed_as_one_more(signing: Token) -> bool:
    """The signing word's sentence tells it as one more: "Кроме того, …", "Помимо этого, …"
    (`_BESIDES`; h-events270), "также" on the word, "отдельное соглашение"
    (`_signed_besides`)."""
    words = (t.lower_ for t in signing.sent if not (t.is_space or t.is_punct))
    return (
        tuple(itertools.islice(words, 2)) in _BESIDES
        or any(c.lower_ == "также" for c in signing.children)
        or any(_separate(c) for c in signing.children if c.dep_ in ("obj", "nsubj:pass"))
    )


def _separate(paper: Token) -> bool:
    """A paper told as one more by its adjective ("Отдельное соглашение было подписано о …")."""
    return any(c.dep_ == "amod" and c.lemma_ == "отдельный" for c in paper.children)


def goes_on(sent: Sentence) -> bool:
    """A sentence whose main verb's subject is "он", "она" or "они", or someone of theirs
    ("его преемник", "её заместитель"): it goes on about the sentence before."""
    subjects = [c for c in sent.root.children if c.dep_ in SUBJECTS]
    return any(_third_person(c) or any(_third_person(g) for g in c.children) for c in subjects)


def attacks_it_again(sent: Sentence, hits: list[Hit]) -> bool:
    """A sentence of attacks only whose main verb's object is "его", "её" or "их" ("Позже
    боевики атаковали его", "Затем они напали на неё"): it goes on about the place the
    sentence before tells of, in its episode."""
    targets = [c for c in sent.root.children if c.dep_ in {"obj", "obl"}]
    return bool(hits) and all(h.kind in ATTACKS for h in hits) and any(map(_third_person, targets))


def _third_person(tok: Token) -> bool:
    return tok.pos_ == "PRON" and tok.lemma_ in {"он", "она", "они"}


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
    return tok.pos_ == "NOUN" and features(tok, "Case") == ("Loc",)


def _born(last: Token) -> bool:
    """The date's last word is followed by "рождения": a person's birth, no event's date."""
    after = last.nbor(1) if last.i + 1 < len(last.doc) else None
    return after is not None and after.lemma_ == "рождение"


def _relative_taker(tok: Token) -> Token | None:
    """The verb of a "который" clause right before an event noun the parser made the object
    of the main verb after the clause ("X, который в январе провёл переговоры с Y,
    поблагодарил Z": "переговоры" on "поблагодарил"): the clause's verb, of no object of its
    own, takes the noun, and its time dates it. Seventy-first pass (h-events271)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "obj" or tok.i == 0 or tok.head.i < tok.i:
        return None
    verb = tok.doc[tok.i - 1]
    if verb.pos_ != "VERB" or verb.dep_ != "acl:relcl":
        return None
    own = [c.lemma_ for c in verb.children if c.dep_ in {"obj", "nsubj"}]
    return verb if "который" in own and len(own) == 1 else None


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
        if verb.pos_ != "VERB" or not _is(verb, "happen") or clause.dep_ not in RELATIVE:
            continue
        if not any(c.lemma_ == "который" for c in (*clause.children, *verb.children)):
            continue
        owner = clause.head
        while owner.i != tok.i and (owner.pos_ == "PROPN" or is_animate(owner)):
            owner = owner.head
        if owner.i == tok.i:
            held.append(verb)
    return held


def _its_participle(verb: Token, noun: Token) -> bool:
    """A participle on an event noun that dates it ("подготовку визита, запланированного на
    март": the visit's March), also where the noun is the occasion of another act, whose
    date is not its own (`_occasion`); hung on another noun, it agrees with the event's
    (`hits._hung_participles`). Sixty-third pass (h-events224)."""
    own = verb.head.i == noun.i or participle_agrees(verb, noun)
    return own and verb.dep_ == "acl" and "Part" in features(verb, "VerbForm")


def _occasion(tok: Token) -> bool:
    """A noun trigger told as the occasion of another act ("выразил сегодня соболезнования в
    связи с его кончиной", "поздравил по случаю избрания"): that act's date is not its own."""
    if tok.dep_ == "nmod" and _is(tok.head, "occasion"):  # "по случаю", "по поводу"
        return has_preposition(tok.head)
    if told_as_reason(tok) or _reason_of(tok):
        return True  # "получил в 1994 году премию за подписание договора"
    if candidacy(tok):
        return True  # "в мае стал кандидатом на выборах": the candidacy's month
    if prepared_for(tok):
        return True  # "посетит Пекин в апреле для подготовки визита X": the trip's month
    if _charged_with(tok):
        return True  # "подозреваемый в гибели X задержан 12 апреля"
    return any(c.dep_ == "case" and _is(g, "occasion") for c in tok.children for g in c.children)


def _reason_of(tok: Token) -> bool:
    """The event in the genitive of what another act is done for ("выговор за итоги
    выборов", "наградили за успех переговоров")."""
    head = tok.head
    genitive = tok.dep_ == "nmod" and case_of(tok) == "Gen" and head.pos_ == "NOUN"
    return genitive and head.i != tok.i and told_as_reason(head)


def _closes_the_reason(first: list[Token], date: DateMention, tok: Token) -> bool:
    """A dated year right after the phrase of what another act is done for is that doing's,
    whatever word the parser hangs it on ("наградил посредников за организацию переговоров
    Эфиопии и Египта в Анкаре в марте 2023 года"); "В марте наградили за успех переговоров"
    stays the act's, and so does a date with no year after it."""
    if not _reason_of(tok) or not re.search(r"\d{4}", date.text):
        return False
    start = first[0].i - 1 if first[0].i > 0 and first[0].nbor(-1).dep_ == "case" else first[0].i
    return start == tok.head.right_edge.i + 1


def _charged_with(tok: Token) -> bool:
    """A noun trigger that is what a person is suspected, accused or guilty of, the person
    told by a noun or a participle, not a verb's own act ("Израиль обвинил Иран в нападении")."""
    head = tok.head
    told = head.pos_ in {"NOUN", "ADJ"} or "Part" in features(head, "VerbForm")
    return tok.dep_ in {"nmod", "obl"} and head.i != tok.i and told and _is(head, "charged")


def _month(m: re.Match[str]) -> int:
    return next(i for i in range(1, 13) if m.group(f"m{i}"))
