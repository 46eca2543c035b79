"""Event mentions ("hits") in one document, read from trigger words
(`event_kinds.tsv`) and the dependency parse around them.

Each trigger gives a hit (`hit.Hit`): who takes part (mentions linked to it through the
parse, not through a verb or a possessor), visitor and host for visits, place, date
(`kg.extract.common.dates`, attached to the trigger or the verb that governs it), a month or
season hint when the date stays unresolved, and status (markers in `event_words.tsv`,
the tense of the governing verb). `extract.py` merges hits into events.

The reader is a chain of layers, each a module of one job, each asking only those below
it: `mentions` (the mentions and their states) < `linking` (what a word reaches through
the parse) < `rules` (the trigger rule a word fits) < `places` < `ballots` (votes and
elections) < `participants` < `visits` < `publications` < `dating` < `status` < `_Reader`
here, which turns each trigger into a hit and passes dates between sentences.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Sentence

from kg.doc_text import doc_text
from kg.extract.agreements.fact import Agreement
from kg.extract.agreements.status import overdue
from kg.extract.common.dates import (
    DateMention,
    dates_within,
    day_word_of,
    of_an_earlier_year,
)
from kg.extract.common.pair import SIDES_OWN, bare_sides, main_pair, pair_word
from kg.extract.common.turns import turn_sides, turn_speaker
from kg.extract.context import Context
from kg.extract.events.act_ceremonies import (
    act_name,
    acts_before,
    arrival_site,
    attend_signing,
    background,
    bare_ceremony,
    border_sides,
    ceremony_rule,
    launch_site,
    named_act,
    news_signing,
    other_time,
    take_act,
    take_act_time,
    thing_of,
    told_ceremony,
)
from kg.extract.events.acts import ACTS, read_act
from kg.extract.events.air_links import AIR_LINKS, read_air_link
from kg.extract.events.attacks import ATTACKS, begun_attack, read_attack
from kg.extract.events.ballots import ballot, turn, won_before
from kg.extract.events.border_closures import BORDER_CLOSURE, read_border_closure
from kg.extract.events.capability import only_capable
from kg.extract.events.careers import read_career, reads_career
from kg.extract.events.conjoined import coordinated_events
from kg.extract.events.counted_days import (
    counted_days,
    counted_from_event,
    eve_days,
    time_bound,
)
from kg.extract.events.credentials import CREDENTIALS_NAME, credentials
from kg.extract.events.dating import (
    _date_that_day,
    _opening,
    attacks_it_again,
    coming_weekdays,
    date_verb,
    day_of_events,
    eve_before_subject,
    eve_of_day_before,
    format_frame,
    goes_on,
    greeted_day,
    happened_then,
    opening_day,
    report,
    report_day,
    reported_deaths,
    sides_sign_then,
    signed_besides,
    signed_besides_afar,
    tally_day,
    there_next,
    year_of,
)
from kg.extract.events.delegations import sides_led
from kg.extract.events.editions import (
    EDITIONS,
    edition_told,
    elliptic_previous,
    previous_sides,
    take_sides,
)
from kg.extract.events.festivals import HOSTED_PROGRAMMES
from kg.extract.events.flights import flown_visit
from kg.extract.events.greeters import greeted_visitor
from kg.extract.events.hit import Hit
from kg.extract.events.incident_day import incident_day, summons_note, with_lead_incident
from kg.extract.events.labels import guillemets, phrase_in, quoted_after
from kg.extract.events.linking import (
    PRESENCE,
    RELATIVE,
    ancestors,
    one_office,
    plural_office,
    plural_unnamed,
    possessed_body,
    said_in,
    titled_sides,
    unique,
    verb_subjects,
    where_sides,
)
from kg.extract.events.openings import (
    mission_name,
    opening_state,
    programme_again,
    programme_opening,
    within_programme,
)
from kg.extract.events.participants import holders_named, passive_agents
from kg.extract.events.partners import met_one_by_one, titled_partners
from kg.extract.events.place_names import same_place_case
from kg.extract.events.places import HELD, ahead_of, proper, time_reference
from kg.extract.events.pronoun_sides import pronoun_sides, sides_told_before
from kg.extract.events.publications import meeting_word, quoted_words
from kg.extract.events.relief import RELIEF, handed_aid, read_relief
from kg.extract.events.repeats import habit_onset, told_again, told_over_span
from kg.extract.events.rules import governor
from kg.extract.events.rulings import RULING, read_ruling
from kg.extract.events.sanctions import SANCTIONS, read_sanctions
from kg.extract.events.schedule import concluded, counted_from, participles
from kg.extract.events.sidelines import (
    HELD_FRAMES,
    _there,
    attended_on_it,
    framing_noun,
    on_it,
    on_its_sidelines,
    on_sidelines_of,
    partner_words,
)
from kg.extract.events.status import (
    Status,
    _infinitive,
    conditional,
    denied,
    held_as_planned,
    held_no_more,
    untold,
)
from kg.extract.events.transfers import TRANSFERS, read_transfer
from kg.extract.events.travellers_ahead import travellers_ahead
from kg.extract.events.triggers import (
    HOSTS,
    MULTI,
    NAMED,
    TALKS,
    VISITS,
    Rule,
    compound_head,
    exchanged_paper,
    hosts,
    trigger_rules,
)
from kg.extract.events.until import lasting_until
from kg.extract.events.visits import (
    _sentences_back,
    also_visited,
    carried_visitor,
    ceremony_signing,
    days_from_arrival,
    lasts_days,
    parts,
    site_within_visit,
    stay_of_days,
    subtree,
    trip_length,
    trip_that_ends,
)
from kg.extract.events.words import PAPERS, paper_before, planned_by, role_words
from kg.extract.events.words import is_role as _is
from kg.gazetteer import normalize
from kg.nlp.clauses import compared
from kg.nlp.deps import (
    SUBJECTS,
    agent,
    fixed_preposition,
    is_passive,
    new_paragraph,
    preposition,
    preposition_noun,
    stray_apposition,
    that_clause,
    under_compound_preposition,
    words_said,
)
from kg.nlp.gazetteer_adjectives import pair_compound
from kg.nlp.morph import agrees, case_of, features, is_animate, morph, participle_agrees
from kg.resolve.body_states import state_adjectives
from kg.resolve.pair_words import BOTH, PAIR_WORDS, both_word
from kg.resolve.title_lexicon import is_office

# kinds whose two roles a reader of their own fills: who acts, on or with whom
_ROLE_READERS = {
    **dict.fromkeys(TRANSFERS, read_transfer),
    **dict.fromkeys(ATTACKS, read_attack),
    **dict.fromkeys(RELIEF, read_relief),
    SANCTIONS: read_sanctions,
    **dict.fromkeys(AIR_LINKS, read_air_link),
    RULING: read_ruling,
    BORDER_CLOSURE: read_border_closure,
}
_LEAD = 2  # sentences with a verb that, with all before them, are the document's lead


# "по итогам переговоров", "в ходе визита", "в рамках встречи"
_OUTCOMES = frozenset({("по", "итог"), ("в", "ход"), ("в", "рамка")})
_CLOSE = frozenset({("по", "итог")})  # of these, at their close


_ROLES = frozenset({("в", "качество"), ("в", "роль")})


_TENSES = frozenset({"planned", "occurred"})  # the statuses a frame's tense is told by


class _Frame(NamedTuple):
    """The date a sentence opens with, held for the sentences that go on after it, and how
    that sentence tells its events: planned, done, or both (`_TENSES`)."""

    day: str = ""
    told: frozenset[str] = frozenset()

    def other_tense(self, hit: Hit) -> bool:
        """A hit told in another tense than every event of the frame's sentence: "Во вторник
        X посетит Джинджу. X стал первым иностранным лидером, посетившим Уганду" (a visit
        done, the Tuesday's a plan) or the reverse. The frame's day is no day of it: it stays
        undated and merges as it would (fifty-fourth pass, h-events158)."""
        return bool(self.told) and hit.status in _TENSES and hit.status not in self.told


class _Reader(Status):
    """Reads the hits of one document."""

    def hits(self) -> list[Hit]:
        out: list[Hit] = []
        pos = self.ctx.pos
        with_verbs = [n for n, s in enumerate(self.sents) if "VERB" in pos[s.start : s.end]]
        lead = with_verbs[_LEAD - 1] if len(with_verbs) >= _LEAD else len(self.sents)
        frame = _Frame()  # the date a sentence opens with ("В 2009 году КНДР арестовала …")
        undated: list[Hit] = []  # the lead's hits in sentences that give no time at all
        rules = trigger_rules()
        lemmas = self.ctx.lemmas
        told: list[str] = []  # in a text with no date of its own, the days it gave with their year
        lead_told: list[str] = []  # those the lead gave: the news's, for every paragraph after
        in_lead = True  # the sentence is of the lead's paragraph, or before it
        before: list[DateMention] = []  # the dates of the sentence before
        last: list[DateMention] = []  # those of the paragraph's last sentence that gives any
        news_day = ""  # the day of the dateline whose paragraph this is
        prior: list[Hit] = []  # the hits of the sentence before
        said: list[list[DateMention]] = []  # the dates of each sentence so far
        event_day = ""  # the day of the event the text dated last (`day_of_events`)
        paragraph = 0  # where the paragraph of the sentence begins
        text, date = self.ctx.document.text, self.ctx.document.date
        for n, sent in enumerate(self.sents):
            # the sentence's slice of the document's one scan, put back at its offsets
            dates = [
                replace(d, start=d.start + sent.start_char, end=d.end + sent.start_char)
                for d in dates_within(text, date, sent.start_char, sent.end_char)
            ]
            # "Турция, как и в прошлом году в Египте, провела …": the compared time is no date
            # the sentence gives (its events take the dateline, as undated)
            dates = [d for d in dates if not self._compared_date(d)]
            dates = coming_weekdays(sent, dates, date)  # "В среду X выступит"
            dates = eve_before_subject(sent, dates, date)  # "Накануне Мередов был принят"
            fresh = new_paragraph(sent)  # asked once: each asks the tokens before it
            # "Накануне", "днём ранее": the eve of the day the paragraph told last, else the
            # report's (the document's, or the first the text gave)
            told_last = before or ([] if fresh else last)
            dates = eve_of_day_before(sent, dates, told_last, date, date or next(iter(told), ""))
            if not self.ctx.document.date:
                # a day a later paragraph gave is background there ("1 августа 2013 года суд
                # подтвердил приговор"): a new paragraph's bare day takes the lead's year
                in_lead = n <= lead or in_lead and not fresh  # to the lead paragraph's end
                told = told if in_lead or not fresh else list(lead_told)
                dates = [year_of(d, told, sent) for d in dates]
                # "Завтра я приму участие …": the day after the day the text first gave
                dates = [day_word_of(d, told[0]) for d in dates] if told else dates
                told += [d.value for d in dates if self._news_day(d)]
                lead_told = list(told) if in_lead else lead_told
            day = report_day(sent, dates) if n <= lead + 1 else ""
            if day:
                reported_deaths(undated)  # "Об этом сообщили в пятницу": by then, not then
            if day and not self.ctx.document.date:
                report(undated, day)
                undated = []
            first = len(out)
            today = date or next(iter(told), "")  # the report's day
            claimed: set[int] = set()
            # only a token whose lemma some rule triggers on can fit one (`_rule`): found once
            triggers = [
                self.doc[i]
                for i in range(sent.start, sent.end)
                if compound_head(lemmas[i]) in rules
            ]
            for verbs in (False, True):
                for tok in triggers:
                    if tok.i in claimed or compared(tok):  # "как и на переговорах в …"
                        continue
                    rule = self._rule(tok, verbs)
                    if rule is None:
                        continue
                    hit = self._hit(tok, rule, sent, n <= lead, dates, claimed)
                    if hit is not None:
                        ones = [o for one in self._each_holder(hit) for o in self._each_met(one)]
                        out += [h for one in ones for h in self._each_host(one)]
            # "Совместные учения … Предыдущие прошли в Египте": the edition before, its own
            out += self._previous_editions(sent, out[:first], n <= lead, dates, claimed)
            previous_sides(self.doc, out[:first], out[first:])  # "Предыдущий форум прошёл"
            # "Визит отложен. Он состоится в июне": the visit again, in its paragraph
            out += self._told_by_pronoun(sent, [] if fresh else prior, n <= lead, dates, claimed)
            out += self.welcomes(sent, out[first:], n <= lead)  # "Рад приветствовать Вас в Лиме"
            # "В аэропорту Ханоя президента Лаоса встретил X": the guest's arrival
            out += self._arrival_greeted(
                sent, [*out[first:], *([] if fresh else prior)], n <= lead, dates
            )
            # "На борту находилась делегация X во главе с Y": a visit to the flight's city
            out += self._flown(
                sent, [*out[first:], *([] if fresh else prior)], n <= lead, dates, before
            )
            paragraph = sent.start_char if fresh else paragraph
            _in_paragraph(out[first:], paragraph)
            parts(out, sent)
            also_visited(out, first, self.doc)
            coordinated_events(self.doc, out[first:])
            out[first:] = [h for h in out[first:] if not self._signing_ceremony(h, out, sent)]
            out[first:] = [h for h in out[first:] if not site_within_visit(h, out[:first])]
            last = [] if fresh else last
            told_before = [] if fresh else prior
            _date_that_day(
                sent,
                before or last,
                out[first:],
                bool(before),
                told_before,
                event_day,
                fresh,
                paragraph_and_last(out[:first], paragraph, self.ctx.document.text),
                out[:first],
                date,
            )
            # "В четверг МИД Японии выразил протест Китаю. Посол Китая был вызван в МИД"
            incident_day(sent, [] if fresh else before, out[first:], self.by_token, today)
            with_lead_incident(out[first:], out[:first])  # "В МИД Литвы также вызвали …"
            summons_note(self.doc, out[first:])  # "вызвали посла и вручили ему ноту"
            there_next(sent, told_before, out[first:])
            sides_sign_then(sent, dates, told_before, out[first:])  # "Стороны подписали …"
            format_frame(self.doc, told_before, out[first:])  # "Переговоры прошли в формате …"
            sides_led(sent, told_before, out[first:], self.by_token)  # "Делегации возглавили"
            programme_opening(self.doc, out[:first], out[first:])  # "Церемония открытия прошла"
            said.append(dates)
            again = self._act_ceremonies(n, out, first, said, today)  # "открыли мост"
            self._aid_handed(sent, out, first)  # "Помощь передал министру X"
            out[first:] = [h for h in out[first:] if h not in again]
            within_programme(self.doc, out[:first], out[first:], today)  # "В рамках выставки"
            programme_again(out[:first], out[first:])  # "Выставку открыли X и Y"
            signed_besides(sent, out[first:], fresh)  # "Кроме того, X и Y подписали …"
            signed_besides_afar(sent, out[:first], out[first:], fresh)  # in a paragraph after
            counted_days(sent, out[first:], told_before)  # "а на следующий день"
            lasting_until(sent, dates, out)  # "Учения продлятся до 28 июня"
            eve_days(sent, out[first:], out[:first], self.ctx.document.date)  # "накануне визита"
            happened_then(sent, dates, prior)  # "… Это произошло 16 ноября" (h-events122)
            if n == 1:  # a headline's elections dated by the lead's count (events121)
                tally_day(self.sents[0], sent, dates, prior)
            carried = out[first:]
            carried_visitor(self.doc, told_before, carried)
            travellers_ahead(self.ctx, sent, out[:first], carried)  # "Она посетит Момбасу"
            pronoun_sides(self.ctx, sent, told_before, carried)  # "Днём позже они …"
            sides_told_before(self.doc, out[:first], carried)  # "Стороны договорились о встрече"
            # "Его встретил X", "В аэропорту Лимы его встретил X": placed there
            self.greeted_at(greeted_visitor(self.ctx, sent, told_before, carried))
            greeted_day(self.ctx, sent, [] if fresh else before, carried)  # "Визит продлится"
            out[first:] = carried
            prior = out[first:]
            dateline = "" if self.ctx.document.date or n > lead else opening_day(sent, dates)
            news_day = "" if fresh else news_day
            if dateline and not any(h.earlier for h in out[first:]):  # not "… ранее задержан"
                report(undated + self._told_as_news(out[first:]), dateline)
                undated, news_day = [], dateline
            elif news_day and not dates:  # the dateline's paragraph goes on with its news
                for hit in self._told_as_news(out[first:]):
                    hit.lead = True
                    report([hit], news_day)
            before, last = dates, dates or last
            frame = self._frame(sent, dates, frame, out[first:])
            event_day = day_of_events(sent, out[first:], dates, event_day, today)
            if n <= lead and not dates:
                undated += out[first:]
        return out

    def _told_by_pronoun(
        self,
        sent: Sentence,
        prior: list[Hit],
        lead: bool,
        dates: list[DateMention],
        claimed: set[int],
    ) -> list[Hit]:
        """A personal pronoun that is the subject of a verb of taking place with no object
        ("Визит президента Ганы отложен. Он состоится в июне", "Встреча перенесена. Она
        пройдёт в Каире") stands for the one event noun of the sentence before it agrees with
        in gender and number: a hit of that noun's kind, told by the pronoun's verb (its day,
        place, status), which joins the event told before. Not a pronoun of a person ("Он
        заявил", "Он пройдёт обследование"), nor where two such nouns agree with it. Sixtieth
        pass (h-events199). Only a sentence after one with an event noun is read, and in it
        only the pronouns, picked from the lemma array before a `Token` is made (sixty-first
        pass, h-perf62: the rule had made two of every word of every sentence)."""
        nouns = {self.doc[h.trigger] for h in prior if self.doc[h.trigger].pos_ == "NOUN"}
        out: list[Hit] = []
        if not nouns:
            return out
        lemmas = self.ctx.lemmas
        for tok in (self.doc[i] for i in range(sent.start, sent.end) if lemmas[i] in _PRONOUNS):
            if not (self._held_by_pronoun(tok) or attended_on_it(tok)):
                continue
            agreeing = [n for n in nouns if agrees(tok, n)]
            rule = self._rule(agreeing[0], False) if len(agreeing) == 1 else None
            hit = self._hit(tok, rule, sent, lead, dates, claimed) if rule is not None else None
            out += [replace(hit, lemma=agreeing[0].lemma_)] if hit is not None else []
        return out

    def _acts_read(self, acts: list[tuple[Token, int]], said: list[list[DateMention]]) -> list[Hit]:
        """The acts (each with its sentence's index) read as their ceremony's words: its day,
        place and states; a launch's site its place."""
        found = []
        for act, m in acts:
            read = self._hit(act, ceremony_rule(), self.sents[m], False, said[m], set())
            site = launch_site(act) or arrival_site(act)
            if read is not None and site is not None and not read.location:
                # "Запуск состоялся с космодрома Танэгасима", "прибыли на авиабазу Карши"
                self._locate(read, proper(site))
            found += [read] if read is not None else []
        return found

    def _named_act_ceremony(
        self, n: int, hit: Hit, said: list[list[DateMention]], triggers: set[int]
    ) -> None:
        """A ceremony named by an act's word ("Церемонию встречи самолётов провёл министр")
        after that act told in words ("Первые три истребителя прибыли в понедельник на
        авиабазу …", `act_ceremonies.named_act`): its own name, the act's day, place and
        states where it tells none. Not one of another time, nor after an act that is an
        event's trigger (a visit's arrival). Sixty-ninth pass (h-events262)."""
        tok = self.doc[hit.trigger]
        if hit.kind != "Ceremony" or tok.lemma_ != "церемония" or hit.mission:
            return
        acts = named_act(self.sents, n, tok)
        if not acts or any(a.i in triggers for a, _ in acts):
            return
        found = self._acts_read(acts, said)
        if not other_time(hit, found):
            take_act_time(hit, found)

    def _aid_handed(self, sent: Sentence, out: list[Hit], first: int) -> None:
        """Aid handed over right after its delivery was told ("Корабль ВМС Индии доставил во
        вторник в порт Коломбо 25 тонн гуманитарных грузов. … Помощь передал министру … Y
        верховный комиссар Индии X"): where the last event told before is an aid delivery,
        the persons the verb of handing over names (`relief.handed_aid`) take part in it, the
        delivery told up to `_AID_REACH` sentences back, a paragraph's break between them too;
        not in a sentence that tells an event of its own (`out` from `first`). Sixty-ninth
        pass (h-events262)."""
        told = out[:first] if len(out) == first else []
        # the delivery first, then its reach, then the words: most sentences follow none, and
        # a word's `handed_aid` was asked of every word of each (seventieth pass, h-perf72)
        delivery = told[-1] if told and told[-1].kind == "AidDelivery" else None
        if delivery is None or delivery.trigger < _sentences_back(sent, _AID_REACH):
            return
        verbs = {v.i: v for t in sent if (v := handed_aid(t)) is not None}
        if not verbs:
            return
        for verb in verbs.values():
            span = {t.i for t in verb.subtree}
            heads = [h for h in self._heads_in(sent.start, sent.end) if h in span]
            named = [self.mention_head[h].entity for h in heads]
            persons = [k for k in named if k.startswith("person/")]
            delivery.extra = unique([*delivery.extra, *persons])

    @staticmethod
    def _held_by_pronoun(tok: Token) -> bool:
        """A pronoun the subject of a verb of taking place with no object ("Она пройдёт в
        Каире"), not of one a person does ("Он пройдёт обследование")."""
        verb = tok.head
        if tok.dep_ not in SUBJECTS or verb.lemma_ not in HELD:
            return False
        return not any(c.dep_ in {"obj", "xcomp"} for c in verb.children)

    def _act_ceremonies(
        self, n: int, out: list[Hit], first: int, said: list[list[DateMention]], today: str
    ) -> list[Hit]:
        """A bare ceremony of sentence `n` (the hits of `out` from `first`) after an act told
        in words, not as an event ("Киргизия и Китай во вторник открыли пункт пропуска
        «Торугарт». В церемонии открытия …"): the act's ceremony, named by it, on its day and
        at its place, which its words give as an event's would (`act_ceremonies.py`); `said`
        the dates of each sentence. An act that is an event's trigger (a mission's opening) or
        opens one (a forum) is left to `programme_opening`. Sixty-eighth pass (h-events257).
        An act told in a year before the report's `today` ("В 2022 году Германия передала …")
        is background: a ceremony of no time of its own after it is the signing the text told
        as its news told again, its persons that signing's, and is returned (sixty-ninth pass,
        h-events262)."""
        triggers, again = {h.trigger for h in out}, []
        for hit in out[first:]:
            tok = self.doc[hit.trigger]
            if not bare_ceremony(tok, hit):
                self._named_act_ceremony(n, hit, said, triggers)  # "Церемонию встречи самолётов"
                continue
            acts = acts_before(self.sents, n, tok)
            thing = thing_of(acts[-1][0]) if acts else None
            if thing is None or any(a.i in triggers for a, _ in acts) or thing.i in triggers:
                continue  # a mission's or a forum's opening: `programme_opening`'s
            if any(told_ceremony(a, triggers) for a, _ in acts):
                continue  # "церемония открытия площади" told before: the same one again
            found = self._acts_read(acts, said)
            if not (hit.date or hit.hint) and background(found, today):
                if (signing := news_signing(out[:first], today)) is not None:
                    attend_signing(hit, signing)
                    again.append(hit)
                continue
            name = act_name(tok, acts[-1][0])
            if name and not other_time(hit, found):
                take_act(hit, name, found)
                sides = [k for a, _ in acts for w in border_sides(a) for k in self.states_at(w)]
                hit.states = unique([*hit.states, *sides])
        return again

    def _signing_ceremony(self, hit: Hit, hits: list[Hit], sent: Sentence) -> bool:
        """A bare ceremony that tells a signing again (`ceremony_signing`): no event of its
        own, its place the signing's where the signing names none (`ceremony_place`), its
        mediators the signing's ("Церемония прошла при посредничестве Катара"; sixty-ninth
        pass, h-events261), and those who attend it or in whose presence it is held ("На
        церемонии присутствовал X", "Церемония прошла в присутствии X": `Hit.extra`, as
        `attend_signing` gives them; seventieth pass, h-events265), not every person its
        sentence names ("После церемонии X провёл переговоры с Y")."""
        signing = ceremony_signing(hit, hits, sent)
        if signing is None:
            return False
        if hit.location and not signing.location:
            self.ceremony_place(signing, hit)
        signing.extra = unique([*signing.extra, *hit.extra])
        return True

    def _previous_editions(
        self,
        sent: Sentence,
        before: list[Hit],
        lead: bool,
        dates: list[DateMention],
        claimed: set[int],
    ) -> list[Hit]:
        """A bare "предыдущие", "прошлый" the subject of a verb of taking place
        ("предыдущие прошли в ноябре 2025 года в Египте", `editions.elliptic_previous`)
        stands for the one noun of exercises, a gathering or a sitting told before that it
        agrees with: a hit of that noun's kind, told by its verb (its own day, place and
        status), between the sides of the one told before and told as done before. Only
        the words of the lemmas `earlier` names are asked. Sixty-sixth pass (h-events245)."""
        told = [h for h in before if h.kind in EDITIONS and not (h.previous or h.earlier)]
        lemmas, earlier = self.ctx.lemmas, role_words()["earlier"]
        out: list[Hit] = []
        for tok in (self.doc[i] for i in range(sent.start, sent.end) if lemmas[i] in earlier):
            if not told or not elliptic_previous(tok, HELD):
                continue
            nouns = {self.doc[h.trigger].lemma_: self.doc[h.trigger] for h in told}
            agreeing = [n for n in nouns.values() if agrees(tok, n)]
            rule = self._rule(agreeing[0], False) if len(agreeing) == 1 else None
            edition = edition_told(told, rule.kind, agreeing[0].lemma_) if rule else None
            hit = self._hit(tok, rule, sent, lead, dates, claimed) if rule and edition else None
            if hit is not None and edition is not None:
                hit = replace(hit, lemma=agreeing[0].lemma_)
                take_sides(hit, edition)
                out.append(hit)
        return out

    def _arrival_greeted(
        self, sent: Sentence, told: list[Hit], lead: bool, dates: list[DateMention]
    ) -> list[Hit]:
        """The visit a greeting on arrival tells (`greeted_arrival`), dated and told as its
        receiving verb is ("Вчера в аэропорту Ханоя … встретил": yesterday, occurred)."""
        hit = self.greeted_arrival(sent, told, lead)
        if hit is None:
            return []
        verb = self.doc[hit.trigger]
        self._when(verb, hit, [verb], dates)
        self._status(verb, hit, [verb], dates)
        return [hit]

    def _flown(
        self,
        sent: Sentence,
        told: list[Hit],
        lead: bool,
        dates: list[DateMention],
        before: list[DateMention],
    ) -> list[Hit]:
        """The visit a flight carrying a state's traveller tells (`flown_visit`), dated and
        told as its verb is, else as the flight the sentence before told ("Рейс … выполнила
        в среду. На борту находилась делегация": Wednesday)."""
        found = flown_visit(self, sent, told, lead)
        if found is None:
            return []
        hit, flight = found
        self._when(flight.verb, hit, flight.anchors, dates)
        if not (hit.date or hit.hint) and flight.told_by is not None:
            self._when(flight.told_by, hit, [flight.told_by], before)
        self._status(flight.verb, hit, flight.anchors, dates)
        return [hit]

    def _of_the_day(self, tok: Token, hit: Hit, welcomed: bool) -> None:
        """What a speaker of a transcript of two leaders' statements (`turn_sides`) tells as
        done with no time of its own, a paper signed by no one named ("Подписано соглашение
        о …") or the guest's visit he welcomes (`_welcomed_at`), is of the statements' day
        (the dateline's, as "сегодня" gives) and, where no city is told, in the dateline's;
        such a paper is of the two speakers' states. Not a day or year of its own ("Подписано
        в 2019 году"), one told as done before, nor a news article's (no turns). Fifty-fourth
        pass (h-events155)."""
        signed = hit.kind == "Signing" and not hit.persons
        signed = signed and tok.pos_ == "VERB" and is_passive(tok) and not passive_agents(tok)
        if not (signed or welcomed) or not turn_speaker(self.ctx, tok.idx, tok.idx + len(tok.text)):
            return
        if signed:
            hit.states = unique(hit.states + sorted(turn_sides(self.ctx).values()))
        if hit.date or hit.hint or hit.earlier or hit.status in {"planned", "cancelled"}:
            return
        hit.now, hit.status = True, "occurred"  # the guest's visit: under way
        if not hit.location:
            self.dateline_place(hit)
        elif hit.country and hit.host:  # "Это визит … в Чили", told in Santiago: there
            self.dateline_place(hit, within=hit.host)

    def _own_name(self, tok: Token, rule: Rule, stop: set[int]) -> str:
        """What an act adopted is ("резолюции в поддержку членства Финляндии в НАТО"), a
        body's sitting (`_sitting_name`), exercises' quoted name ("учения «Варуна»"), a
        cultural programme's noun phrase ("Дни культуры Алжира"); "" for any other meeting."""
        if rule.kind == "Approval":
            return _approved_name(tok, stop)
        if rule.kind == "Exercise":
            return quoted_after(tok)
        if rule.kind in HOSTED_PROGRAMMES:  # "Дни культуры Алжира", "выставка иранских товаров"
            return phrase_in(tok, "nomn", stop)
        if _is(tok, "sitting"):
            return self._sitting_name(tok, stop)
        return self._members_name(tok, stop)

    def _members_name(self, tok: Token, stop: set[int]) -> str:
        """A meeting of the officials of a union's members by its phrase ("Встреча министров
        обороны стран — членов НАТО"), which names no state to label it by; "" for others.
        Sixty-sixth pass (h-events249)."""
        if not self.member_unions(tok):
            return ""
        if tok.pos_ == "NOUN":
            return phrase_in(tok, "nomn", stop)
        # "Министры обороны стран-членов НАТО встретились": the meeting of its subject
        who = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if who is None:
            return ""
        whose = phrase_in(who, "gent", stop)
        return "встреча " + whose[:1].lower() + whose[1:]

    def _sitting_name(self, tok: Token, stop: set[int]) -> str:
        """A body's sitting by its noun and the body: "заседание межправительственной
        комиссии Чили и Перу" as written, and "заседание Совета министров Египта" for a body
        the subject of the verb it is held by or gathers "на" ("Совет министров Египта
        собрался на заседание", "Кабинет провёл заседание"); "" where no body is named (the
        label is then "Встреча <sides>"). A sitting is no meeting of a state: its label names
        it (forty-seventh pass, h-events122); one of a possessive pronoun by the body it
        stands for ("Её первое заседание": `possessed_body`; sixtieth pass, h-events198)."""
        if _owned_sitting(tok, stop):
            # "По итогам заседания комиссии стороны подписали": the verb's subject the parser
            # hung on the body is no word of its name
            sides = {t.i for c in tok.subtree if c.lower_ == "стороны" for t in c.subtree}
            return phrase_in(tok, "nomn", stop | sides)
        told = possessed_body(tok)  # "Её первое заседание": of the body named before
        if told is not None:
            return phrase_in(tok, "nomn", stop) + " " + phrase_in(told, "gent", set())
        verb = tok.head if tok.dep_ in {"obl", "obj"} and tok.head.pos_ == "VERB" else None
        verb = tok if tok.pos_ == "VERB" else verb  # "заседала комиссия": its subject's sitting
        bodies = [
            s
            for s in (verb_subjects(verb) if verb is not None else [])
            if s.i not in stop and (self.orgs_at(s) or _is(s, "body"))
        ]
        if len(bodies) != 1:
            return ""
        right = {t.i for c in tok.rights for t in c.subtree}
        body = phrase_in(bodies[0], "gent", stop)
        names = [e.name for k in self.orgs_at(bodies[0]) if (e := self.ctx.entity(k))]
        if not any(n[:1].isupper() for n in names) and bodies[0].pos_ != "PROPN":
            body = body[:1].lower() + body[1:]  # "Правительство Египта собралось": a common noun
        noun = _SITTING if tok.pos_ == "VERB" else phrase_in(tok, "nomn", stop | right)
        return noun + " " + body

    def _compared_date(self, d: DateMention) -> bool:
        """A date in a phrase of comparison ("как и в 2023 году в Каире": `compared`)."""
        span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and compared(span[0])

    def _told_as_news(self, hits: list[Hit]) -> list[Hit]:
        """The hits a sentence tells as its news, not in a relative clause about someone
        ("раскритиковал министра, который прибыл с визитом": the visit may be of any day);
        "объявил о том, что победил на выборах" tells the news."""
        return [h for h in hits if not any(map(_relative, self.doc[h.trigger].ancestors))]

    def _frame(
        self, sent: Sentence, dates: list[DateMention], frame: _Frame, hits: list[Hit]
    ) -> _Frame:
        """The date that holds for the next sentence: this one's opening date, which a
        repeat in it with no date of its own takes too ("В 2017 году его включили в команду,
        в составе которой он снова встречался …"); a sentence that goes on about the same
        people ("Они были освобождены …", "Об этом он объявил …", or names the subject of the
        sentence before again: "Об этом президент Чили сообщил …") and gives no date of its
        own keeps the one before, and its events with no date of their own get it, unless it
        tells a repeat, or one of another tense than the frame's (`_Frame.other_tense`)."""
        opening = _opening(sent, dates)
        if opening and _dates_a_habit(self.doc, opening[0]):
            return _Frame()  # "В 2015 году X стал встречаться с Y": no event, no frame after it
        if opening and _reached_by(sent):
            return _Frame()  # "В апреле 2017 года X уже был приговорён": what led to it before
        if opening:
            for hit in hits:  # not one decided on ahead ("В июле Сейм проголосовал за
                # самороспуск и проведение новых выборов": the vote's month, events121)
                if hit.again and not (hit.date or hit.hint) and hit.status != "planned":
                    hit.date, hit.dated_by_text = opening[0].value, True
            told = frozenset(h.status for h in hits) & _TENSES
            return _Frame(opening[0].value, told)
        if frame.day and not dates and words_said(sent):
            return frame  # "X заявил: «…»": the words said between X's sentences
        if dates or not frame.day or any(h.again for h in hits):
            return _Frame()  # "На второй встрече они обсудили …": another day than the one told
        if counted_from_event(sent):
            return _Frame()  # "На следующий день после выборов он …": the elections' day on
        # "В Каире прошли протесты. Были задержаны 300 человек": held there, the same story
        there = any(h.held_there for h in hits)
        if not (goes_on(sent) or self._same_subject(sent) or attacks_it_again(sent, hits) or there):
            return _Frame()
        for hit in hits:  # not one told as done before ("Ранее он был заочно арестован")
            if not (hit.date or hit.hint or hit.earlier or frame.other_tense(hit)):
                hit.date, hit.dated_by_text = frame.day, True
        return frame

    def _hit(
        self,
        tok: Token,
        rule: Rule,
        sent: Sentence,
        lead: bool,
        dates: list[DateMention],
        claimed: set[int],
    ) -> Hit | None:
        hit = Hit(rule.kind, tok.i, tok.lemma_, (sent.start_char, sent.end_char), lead)
        hit.by_verb = tok.pos_ == "VERB"
        hit.also = hit.by_verb and any(c.lower_ == "также" for c in tok.children)
        hit.mission = opening_state(self, tok) if rule.kind == "Ceremony" else ""
        anchors = self._anchors(tok, claimed, rule)
        visit = rule.kind in VISITS
        hit.framing = framing_noun(tok)
        hit.setting = rule.kind in HOSTS and on_sidelines_of(tok)
        hit.venue = rule.kind in HOSTS and not hit.setting and self.held_abroad(tok)
        hit.outcome = rule.kind == "Signing" and _outcome_of_meeting(tok)
        hit.at_close = rule.kind == "Signing" and _at_close(tok)
        hit.of_outcome = concluded(tok)
        dest = self._destination(tok, anchors) if visit else None
        # "побывала на месте происшествия", "побывал на просмотре в клубе"; "Визит завершится
        # поездкой на остров": the visit's last part
        if visit and (dest is None and self._been_at_no_place(tok) or trip_that_ends(tok)):
            return None
        # "в рамках визита посетит Лалибелу": the part's place, not the frame's ("прибывает в
        # Аргентину в рамках поездки" is that trip told again)
        inner = hit.framing and not (dest is not None and self._is_state(dest))
        dest, where = (None, []) if inner else (dest, anchors)
        place = self._event_place(tok, rule, where, anchors)
        # "находится с визитом в Аргентине": the country visited; a stay's city too
        # ("находился в Анкаре с 5 по 7 мая"), where a trip's is the accusative's
        if visit and dest is None and place is not None and (rule.stay or self._is_state(place)):
            dest = place
        # the place's words, not the clause of "где" on it that tells this very event, nor
        # the name's own adjective of a capital ("Пекинский саммит")
        own = place is not None and place.head.i == tok.i and place.dep_ == "amod"
        skip = set(subtree(dest)) | (set() if own else set(subtree(place)))
        skip -= set(subtree(_clause_of(tok)))
        skip |= partner_words(tok, hit.setting)
        skip |= self.apposed_to_states(tok)
        if not self._roles(tok, rule, hit, anchors, skip, dest):
            return None
        hit.outcome_doers = hit.of_outcome and bool(hit.persons) and not self._own_sides(tok)
        place = self.doc[hit.abroad] if hit.abroad >= 0 else place  # not the home city
        if not self._placed(hit, place, dest, visit):
            return None
        self.credentials_host(tok, hit, place, anchors)  # "Посол Чили в Аргентине X вручил"
        welcomed = self._welcomed_at(tok, hit)  # "приветствовать в Сеуле X. Это визит … в Корею"
        # a visit's ("посетил Кампалу и Кигали", "побывал в Лиссабоне и Рабате")
        hit.also_to = self._joined_places(place if dest is None else dest, hit) if visit else []
        # "через неделю после визита в X", "накануне заседания, 8 февраля, X был принят": only
        # the time of the sentence's act
        visitor = hit.visitor or hit.persons
        eve = not visit and self._eve_only(tok, rule, place)
        hit.reference = time_reference(tok) and not visitor if visit else eve
        # "в течение десяти дней после подписания документа": the time of another act
        hit.reference = hit.reference or rule.kind == "Signing" and time_bound(tok)
        self._met_where_going(tok, hit, place, anchors)
        stop = {t.i for d in dates for t in self._tokens(d.start, d.end)} | skip
        stop |= {t.i for c in tok.subtree if c.i > tok.i and _in_role(c) for t in c.subtree}
        if rule.kind in NAMED:
            stop |= {t.i for c in tok.children if _no_name(c) for t in c.subtree}
            # the verb's subject the parser hung on a quoted name ("на съезде партии
            # "Центристская партия" Ю.Ратас предложил"): no word of the name (h-events119)
            stop |= {t.i for x in tok.subtree if stray_apposition(x) for t in x.subtree}
            words = [t for t in tok.subtree if t.i != tok.i and t.i not in stop]
            hit.name = (
                _laying_name(tok, stop)
                or _credentials_name(tok)
                or mission_name(self, tok, stop)  # "открытие посольства Ганы"
                or guillemets(phrase_in(tok, "nomn", stop))
            )
            # a bare "саммит" names none of its own: the one the text speaks of
            named = len(hit.name.split()) > 1 and not self._sides_only(words)
            hit.name_key = normalize(hit.name) if named else ""
            hit.name_org = self._org_named(words) if named else ""
            hit.topic = self._topic(tok)
            # "Форум регионов России и Казахстана", "китайско-бразильский бизнес-форум"
            # "монгольско-корейский бизнес-форум", its other state the gazetteer's by no adjective
            adjectives = state_adjectives(self.ctx.gazetteer)
            hit.named_parties = any(
                t.i in self.in_mention or t.pos_ == "ADJ" and pair_compound(t.text, adjectives)
                for t in words
            )
            hit.pair_word = pair_word(tok)
        elif rule.kind == "Election" and not reads_career(rule.kind, tok):
            stop = {t.i for t in tok.subtree if t.i > tok.i} | {t.i for t in participles(tok)}
            hit.name = phrase_in(tok, "nomn", stop)
            hit.ballot = ballot(tok)
            hit.turn = turn(tok)
            hit.post = _post_elected(tok)
            post = _post_word(tok)  # "выборы президента Чили": the post names the state
            hit.post_state = post is not None and any(
                m.type == "State" for t in post.subtree for m in self.by_token.get(t.i, ())
            )
        elif rule.kind in {"Approval", "Meeting", "Exercise", *HOSTED_PROGRAMMES}:
            hit.name = self._own_name(tok, rule, stop)
            hit.name_key = normalize(hit.name) if rule.kind in HOSTED_PROGRAMMES else ""
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
        self._sides_then(tok, hit, anchors)
        if framing_noun(tok):
            hit.hint = ""  # "в рамках визита в воскресенье посетил": the day is the part's
        if _tells_none(rule, tok):
            return None
        self._status(tok, hit, anchors, dates)
        self.held_in_dateline_city(hit, place)  # "Найроби, 12 мая. … открыли в Кении форум"
        self.venue_in_dateline_city(hit, place)  # "ЕРЕВАН. … в выставочном центре «X»"
        self.framed_visit_place(hit, tok)  # "В Ташкенте в рамках визита президента X …"
        self.reported_attack_place(tok, hit)  # "как сообщают власти Перу, в результате теракта"
        # a next round called off is still the next, never the round held before it
        hit.series = hit.status in _AHEAD_OR_OFF and _next_of_series(tok, rule.kind)
        hit.agreed = hit.agreed or hit.series
        if hit.status == "cancelled" and reads_career(rule.kind, tok):
            return None  # "отказался уйти в отставку": no change of office, not a called-off one
        verb = tok if tok.pos_ in {"VERB", "AUX"} else (anchors[0] if anchors else None)
        hit.earlier = verb is not None and any(_before_now(c) for c in verb.children)
        # "Предыдущий визит X продлился неделю" (h-events214); not the time of a phrase ("после
        # прошлой поездки": no round)
        rounds = rule.kind in TALKS or visit and not preposition(tok)
        hit.previous = rounds and _previous(tok) or visit and _previous_trip(tok)
        hit.pointing = _points_back(tok)
        hit.earlier = hit.earlier or _last_year(tok, anchors) or hit.previous
        hit.earlier = hit.earlier or self._decade_before(hit.hint)
        hit.earlier = hit.earlier or verb is not None and _in_an_era(verb)
        hit.earlier = hit.earlier or self._gone_by(tok, verb, dates)
        hit.earlier = hit.earlier or rule.kind == "Election" and won_before(tok, hit)
        hit.earlier = hit.earlier or rule.kind == "Resignation" and _left_before(tok)
        hit.again = told_again(tok, verb)
        hit.returned = visit and any(_is(c, "return") and c.dep_ == "amod" for c in tok.children)
        hit.ended = visit and any(_is(a, "trip_end") for a in [tok, *anchors])
        # "с трёхдневным визитом", else a span of days its date tells ("с 12 по 14 мая")
        hit.length = (
            (trip_length([tok, *anchors]) or lasts_days(tok) or hit.length) if visit else ""
        )
        hit.spanned = hit.spanned or days_from_arrival(hit, [tok, *anchors])
        hit.at_it = verb is not None and self._at_it(verb)
        self._of_the_day(tok, hit, welcomed)
        # "находится в Москве": no days of a visit told
        return None if rule.stay and not stay_of_days(tok, hit.length) else hit

    def _sides_then(self, tok: Token, hit: Hit, anchors: list[Token]) -> None:
        """A plural subject that names no one ("стороны", "лидеры двух стран", "главы
        государств"; not "они") of an event the text dates in a year before the document's ("В
        2019 году стороны подписали соглашение") is the two states as they were then: not the
        persons the sentence before names (`_several_before`), who act today and may not have
        held office then, only those its own sentence names. Fifty-fourth pass (h-events160;
        leaders, h-events161; "они" left to its persons by the lead). A signing told by a
        participle of its paper so dated ("обсудили выполнение меморандума, подписанного в
        2024 году") takes only the persons its own words name (sixty-fifth pass, h-events241)."""
        if not (hit.dated_by_text and of_an_earlier_year(hit.date, self.ctx.document.date)):
            return
        if hit.kind == "Signing" and _paper_participle(tok):
            # "обсудили ход выполнения меморандума, подписанного в 2024 году": not the
            # persons of today's talks; "подписанного … президентами X и Y": those named
            own = {m.entity for t in tok.subtree for m in self.by_token.get(t.i, ())}
            hit.persons = [k for k in hit.persons if k in own]
            hit.sides_then = True
            return
        verbs = dict.fromkeys([tok, *anchors])
        # not "они": a pronoun stands for the persons themselves, whom the text says acted
        # then ("Впервые они встретились в 2015 году"), not for the holders of an office
        if not any(plural_unnamed(s) and s.pos_ != "PRON" for v in verbs for s in verb_subjects(v)):
            return
        named = {m.entity for m in self.ctx.mentions_in(*hit.sent, "Person")}
        hit.persons = [k for k in hit.persons if k in named]
        hit.sides_then = True

    def _gone_by(self, tok: Token, verb: Token | None, dates: list[DateMention]) -> bool:
        """A summit or forum told by a past participle of taking place that gives no date
        ("на полях саммита НАТО, прошедшего в Вашингтоне", "на прошедшем форуме"): the
        trigger itself or the one whose sidelines or frame it is told in was held before the
        news, on a day the text does not give, not on the dateline's; a dated one ("саммита,
        прошедшего 9 сентября") gives its day. Not talks or elections ("на состоявшихся
        переговорах"), which a visit may frame."""
        heads = [h for h in {tok, verb} if h is not None]
        frames = (g for h in heads for c in h.children for g in (c, *c.children))
        framed = [g for g in frames if under_compound_preposition(g, HELD_FRAMES)]
        nouns = [n for n in [tok, *framed] if n.pos_ in {"NOUN", "PROPN"} and hosts(n)]
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
        # "обсудили на нём торговлю": the parser may hang "на нём" on the verb's object
        objects = [c for o in verb.children if o.dep_ == "obj" for c in o.children]
        return any(
            on_it(c) or on_its_sidelines(c) or _there(c) and not self._elsewhere_before(c)
            for c in verb.children
        ) or any(on_it(c) for c in objects)

    def _elsewhere_before(self, there: Token) -> bool:
        """Whether the sentence before `there` names, after its last gathering's word, a
        place on a verb other than the gathering's own ("прибыл на саммит в Осаку": the
        summit's place)."""
        before = [s for s in self.sents if s.end <= there.i]
        if not before:
            return False
        words = self.doc[before[-1].start : before[-1].end]
        gatherings = [t for t in words if hosts(t)]
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
        rule: Rule,
        hit: Hit,
        anchors: list[Token],
        skip: set[int],
        dest: Token | None,
    ) -> bool:
        """Who takes part, by the kind's roles; False when the trigger tells no event here."""
        if not self._paper_named(tok, rule.kind, hit, skip):
            return False
        if rule.kind in ACTS:
            if not read_act(self, tok, hit, anchors, skip):
                return False
            hit.extra += self.mediators(tok, hit, anchors, skip)  # of an exchange
        elif rule.kind in _ROLE_READERS:
            if not _ROLE_READERS[rule.kind](self, tok, hit, anchors):
                return False
        elif reads_career(rule.kind, tok):
            if not read_career(self, tok, hit, anchors):
                return False
        else:
            self._participants(tok, hit, anchors, skip)
        if rule.kind in MULTI:  # "встретился с президентом Вьетнама"
            hit.partners = titled_partners(tok, anchors, self._state_at)
        if rule.kind == "Message" and any(
            _private(s) for a in anchors[:1] for s in verb_subjects(a)
        ):
            return False  # "жители города направили письмо президенту": no state's message
        if rule.guest and not self._guests(tok, hit):
            return False  # "принял участие", "принял закон": no one received
        if rule.kind in VISITS and not self._visits_a_place(tok):
            return False  # "посещала страницы пропагандистов": no trip
        if rule.kind in VISITS and not self._trip_abroad(tok, rule, hit, anchors, dest):
            return False
        hit.held_by = rule.kind in MULTI and holders_named(tok)
        leaders = _leaders(tok, anchors, rule.kind)
        hit.leaders = leaders is not None
        hit.leaders_office = plural_office(leaders) if leaders is not None else ""
        if leaders is None and rule.kind in MULTI:  # "Министры обороны Японии и Филиппин"
            hit.leaders_office = titled_sides(tok, anchors)
        held = rule.kind in TALKS and self._held_by_pair(tok)  # "Переговоры делегаций двух стран"
        both = hit.sides = self._sides_act(tok, anchors) or hit.leaders or held
        if (
            (rule.pair or rule.kind in MULTI)
            and len(set(hit.states)) < 2
            and both
            and not hit.venue
        ):
            # "прибыл в Манилу. Министры обороны двух стран …": the capital names the host
            pair = main_pair(self.ctx, only_two=True, places=True)
            hit.pair_given = not hit.states and bool(pair)
            hit.states = unique([*hit.states, *pair])
        # "эксперты обсудили": no two sides; a union's officer is one ("Сербскую делегацию
        # приняла председатель Еврокомиссии": Serbia and the EU)
        # "беседа со студентами из Непала": people from a state are no side of it
        sides = set(hit.states) - self._origins(tok, rule)
        sides |= {u for k in hit.persons if (u := self.union_of(k))}
        # "Премьер Португалии принял Криштиану Роналду": a leader and a named guest are two
        received = rule.guest and self._leader_receives(tok, hit)
        return not (rule.pair and len(sides) < 2 and len(set(hit.persons)) < 2) or received

    def _eve_only(self, tok: Token, rule: Rule, place: Token | None) -> bool:
        """A gathering noun under "накануне"/"перед" that names no one, no place and no
        clause of its own ("Накануне заседания, 8 февраля, X был принят Y"): only the time of
        its sentence's act, no event of its own unless one told before takes it (the persons
        the verb's anchors give it are the act's). Not "после переговоров", told as held;
        a date of its own keeps it (`merging._merge`). Fifty-third pass (h-events149)."""
        if rule.kind not in _EVE_KINDS or tok.pos_ != "NOUN" or not ahead_of(tok):
            return False
        own = {t.i for t in tok.subtree if t.i != tok.i}
        clause = any(c.dep_ in {"acl", "acl:relcl"} for c in tok.children)
        return not (self._names_own(tok) or clause or place is not None and place.i in own)

    def _own_sides(self, tok: Token) -> bool:
        """Talks told by what came of them that name someone in their own words, or a partner
        after "с" ("по итогам переговоров с министром Перу", however the parser hangs his
        name): theirs; else the persons the verb gives them did what came of them ("По
        итогам переговоров министры X и Y подписали …", `Hit.outcome_doers`)."""
        return any(preposition(c) == "с" for c in tok.children) or self._names_own(tok)

    def _names_own(self, tok: Token) -> bool:
        """An event noun names someone, or a body, in its own words ("переговоров президента
        X", "заседания комиссии"): the persons its verb's anchors give it are otherwise those
        of the sentence's act, not its own."""
        own = (t for t in tok.subtree if t.i != tok.i)
        return any(m.type != "State" for t in own for m in self.by_token.get(t.i, ()))

    def _origins(self, tok: Token, rule: Rule) -> set[str]:
        """For a noun that tells an event only between two sides, the states of its sentence
        told as where the people met with ("с") come from ("со студентами из Непала", "с
        журналистами из Грузии"), not of a topic ("о возвращении мигрантов из Бангладеш"); a
        delegation from a state is one of its sides."""
        if not rule.pair or tok.pos_ != "NOUN":
            return set()
        origins = {
            self._state_at(c)
            for t in tok.sent
            if t.pos_ == "NOUN" and t.lemma_ != "делегация" and preposition(t) == "с"
            for c in t.children
            if preposition(c) == "из"
        }
        return origins - {""}

    def _sides_act(self, tok: Token, anchors: list[Token]) -> bool:
        """ "Стороны обсудили", "наши страны обсудили", "Делегации двух стран подписали": the
        subject is the document's two sides (not "сторона обвинения", one side of something
        else)."""
        for verb in dict.fromkeys([tok, *anchors]):
            for subject in verb_subjects(verb):
                plural = "Plur" in subject.morph.get("Number")
                own = [c for c in subject.children if c.dep_ in SIDES_OWN]
                if plural and bare_sides(subject):
                    return not where_sides(subject, verb)  # "где стороны": the frame's
                if plural and subject.lemma_ in PAIR_WORDS and any(c.lemma_ in BOTH for c in own):
                    return True
                if self._pair_delegations(subject, verb):
                    return True
        return _leaders_act(tok, anchors) is not None

    def _held_by_pair(self, tok: Token) -> bool:
        """Talks whose noun's genitive is the pair's delegations or countries with no name
        ("Переговоры делегаций двух стран продолжались три дня", "консультации делегаций",
        "переговоры двух стран"): the document's two sides hold them, as when those are the
        verb's subject. Sixty-ninth pass (h-events261)."""
        own = [c for c in tok.children if c.dep_ == "nmod" and case_of(c) == "Gen"]
        return tok.pos_ == "NOUN" and any(
            self._pair_delegations(c, tok) or both_word(c) for c in own
        )

    def _pair_delegations(self, subject: Token, verb: Token) -> bool:
        """A plural of delegations that names no one but the two sides ("делегации",
        "делегации двух (обеих) стран", "делегации Ганы и Того", the first word of a sentence
        the tagger may read as a singular genitive before a plural verb): they act for the
        sides as "стороны" do, so a signing of theirs is one at the talks or sitting of those
        sides told before (`frames._theirs`). Not "делегации 20 стран", "делегации
        стран-участниц", "делегации Ганы" (sixty-fourth pass, h-events235)."""
        plural = (
            "Plur" in subject.morph.get("Number")
            or features(verb, "Number") == ("Plur",)
            and morph().can_be_all(subject.lower_, ("nomn", "plur"))
        )
        if not (plural and _is(subject, "delegation")):
            return False
        words = [t for t in subject.subtree if t != subject and t.pos_ not in {"CCONJ", "PUNCT"}]
        pair = [c for c in subject.children if c.dep_ == "nmod" and both_word(c)]
        if not words or pair and words == list(pair[0].subtree):
            return True
        states = [
            {m.entity for m in self.by_token.get(t.i, ()) if m.type == "State"} for t in words
        ]
        return all(states) and len(set[str]().union(*states)) == 2

    def _anchors(self, tok: Token, claimed: set[int], rule: Rule) -> list[Token]:
        """The verbs whose dependents also describe the event: the trigger itself when a
        verb, the verb governing a noun trigger (not one a `told` noun dates: "после
        ареста X заявил" tells what came after), a motion verb carrying "с визитом" (a
        visit's: "выступил с заявлением X, который прибыл в Анкару" is no statement's
        arrival), and verbs of relative clauses on the trigger ("переговоры, которые
        состоятся")."""
        told = rule.told
        if tok.pos_ in {"VERB", "AUX"}:
            anchors = [tok]
            begun = begun_attack(tok) if rule.kind in ATTACKS else None
            anchors += [begun] if begun is not None else []  # "вчера в Лиме начал нападать"
        else:
            v = None if told and counted_from(tok) else governor(tok)
            anchors = [v] if v is not None else []
            anchors[:0] = held_as_planned(tok, v)  # "был запланирован на май и прошёл в Лиме"
            modal = _modal_infinitive(tok)
            if modal is not None and not told:  # "выборы должны пройти 5 мая": its date
                anchors[:0] = [modal] + ([modal.head] if modal.head not in anchors else [])
            with_ = any(c.lemma_ == "с" and c.dep_ == "case" for c in tok.children)
            if with_ and rule.kind in VISITS:
                motion = self._motion_verb(tok)
                if motion is not None:
                    anchors.insert(0, motion)
                    claimed.add(motion.i)
        paper = exchanged_paper(tok)  # "обменялись подписанными …": the exchange tells it
        if paper is not None and paper.head not in anchors:
            anchors.append(paper.head)
        # not a "что" clause the parse hangs on the noun ("заявил после переговоров, что страна
        # не откажется от …"): what was said, of another act
        relatives = [c for c in tok.children if c.dep_ in {"acl", "acl:relcl"} and c.pos_ == "VERB"]
        anchors += [c for c in relatives if not that_clause(c)]
        if tok.pos_ in {"NOUN", "PROPN"}:
            anchors += [v for v in self._relatives(tok) if v not in anchors]
            anchors += self._hung_participles(tok)
        # "Подписать соглашение планируется в апреле": the date hung on the impersonal verb
        anchors += [v for a in anchors[:1] if (v := planned_by(a)) is not None]
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
            result = _result_of_which(rel)
            if verb is None or verb.dep_ not in {"acl", "acl:relcl"} and not result:
                continue
            # "нападение на посольство в Кабуле, в результате которого был ранен": a result
            # is of the nearest act (`terror`), whose gender the tagger may miss in
            # "которого" (sixty-seventh pass, h-events254)
            nouns = [
                n
                for n in self.doc[tok.i : rel.i]
                if n.pos_ in {"NOUN", "PROPN"}
                and n.i not in self.in_mention
                and (self.has_role(n, "terror") if result else agrees(rel, n))
            ]
            if nouns and nouns[-1].i == tok.i and verb.pos_ == "VERB":
                out.append(verb)
        return out

    def _hung_participles(self, tok: Token) -> list[Token]:
        """Participles of a plan or of taking place, set off by a comma after a noun trigger,
        that the parser hung on a noun they do not agree with or on a person, who is not
        planned ("подготовку визита президента Чили в Буэнос-Айрес, запланированного на март,
        а также работу комиссии", "визита президента Индонезии, намеченного на февраль"):
        those that agree with the trigger, the nearest thing's noun before them they may
        agree with. Sixty-third pass (h-events224)."""
        out = []
        for verb in tok.sent[tok.i - tok.sent.start + 1 :]:
            if verb.dep_ != "acl" or verb.head.i == tok.i or not _plan_participle(verb):
                continue
            held = participle_agrees(verb, verb.head) and not is_animate(verb.head)
            if self.doc[verb.i - 1].text != "," or held:
                continue
            nouns = [
                n
                for n in self.doc[tok.i : verb.i]
                if n.pos_ == "NOUN" and n.i not in self.in_mention and not is_animate(n)
            ]
            agreeing = [n for n in nouns if participle_agrees(verb, n)]
            if agreeing and agreeing[-1].i == tok.i:
                out.append(verb)
        return out

    def _motion_verb(self, tok: Token) -> Token | None:
        """The verb that carries "с визитом": up the parse, else the nearest in the sentence."""
        for t in ancestors(tok):
            if t.pos_ == "VERB" and _is(t, "motion"):
                return t
        verbs = [t for t in tok.sent if t.pos_ == "VERB" and _is(t, "motion")]
        return min(verbs, key=lambda t: abs(t.i - tok.i)) if verbs else None

    def _joined_places(self, dest: Token | None, hit: Hit) -> list[int]:
        """The places joined by "и" to the place a visit goes to, in its case, that another
        state hosts ("посетил Бразилию и Аргентину", "посетил Кампалу и Кигали"): one visit
        to each. Not a city of the same host ("Бразилию и Сан-Паулу", "Кампалу и Энтеббе":
        one trip to one state, placed in the first), nor the visitor's own state; a city
        joined to a state's capital was left out until the fifty-fourth pass (h-events154)."""
        if dest is None or not hit.host or not hit.location:
            return []
        hosts = {hit.host, self.state_of(hit.visitor)}
        out = []
        for c in dest.children:
            if c.dep_ != "conj" or not same_place_case(dest, c) or not self._is_place(c):
                continue
            host = self._host(c)
            if host and host not in hosts:
                hosts.add(host)
                out.append(c.i)
        return out

    def _each_host(self, hit: Hit) -> list[Hit]:
        """One visit per state visited ("посетил Бразилию и Аргентину", "Кампалу и Кигали":
        two), each with its host, place and the visitor's side; the first as read."""
        out = [hit]
        for i in hit.also_to:
            one = replace(hit, host=self._host(self.doc[i]), also_to=[], city_state="")
            one.location = self._place_name(proper(self.doc[i]), one)
            one.states = [s for s in hit.states if s != hit.host] + [one.host]
            out.append(one)
        return out

    def _each_met(self, hit: Hit) -> list[Hit]:
        """One meeting per person met one after another ("встретился с председателем Сената X
        и министром по делам Европы Y": two, `met_one_by_one`), each of those who meet and
        the one met, with the states of both (h-events266): not the state of another one met
        ("провёл встречу с министром Германии X и министром Италии Y": Germany's meeting has
        no Italy; seventy-second pass, h-events278)."""
        if hit.kind != "Meeting":
            return [hit]
        tok = self.doc[hit.trigger]
        met = met_one_by_one(tok, [tok.head] if tok.pos_ == "NOUN" else [], self.by_token)
        if not set(met) <= set(hit.persons):
            return [hit]
        others = [k for k in hit.persons if k not in met]
        kept = {self.state_of(k) for k in others}
        served = {k: self.state_of(k) for k in met}
        return [
            replace(
                hit,
                persons=[*others, k],
                states=[
                    s for s in hit.states if s in kept or s == served[k] or s not in served.values()
                ],
            )
            for k in met
        ] or [hit]

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

    def _topic(self, tok: Token) -> str:
        """The states a gathering is about ("конференция по Нигеру", "по Сирии и Ливии"):
        two gatherings about different states are two, whoever speaks at both."""
        about = [c for c in tok.children if c.dep_ == "nmod" and preposition(c) == "по"]
        about += [c for a in about for c in a.children if c.dep_ == "conj"]
        states = {m.entity for t in about for m in self.by_token.get(t.i, ()) if m.type == "State"}
        return " ".join(sorted(states))

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


def _leaders(tok: Token, anchors: list[Token], kind: str) -> Token | None:
    """The holders of one office, in plural, naming no state, whose event it is: its subject
    ("лидеры обсудили"), the genitive of a meeting's noun ("встреча лидеров"), or those in
    whose presence a signing was done ("В присутствии глав государств подписан …")."""
    leaders = _leaders_act(tok, anchors) or (_leaders_of(tok) if kind in MULTI else None)
    return leaders or (_leaders_present(tok) if kind == "Signing" else None)


def _leaders_act(tok: Token, anchors: list[Token]) -> Token | None:
    """ "Главы государств подписали", "лидеры обсудили": the subject, holders of one
    office, in plural, who name no state of their own; None where the subject is not."""
    verbs = dict.fromkeys([tok, *anchors])
    subjects = (s for v in verbs for s in verb_subjects(v))
    return next((s for s in subjects if "Plur" in s.morph.get("Number") and one_office(s)), None)


def _leaders_present(verb: Token) -> Token | None:
    """ "В присутствии глав государств подписан пакет документов": holders of one office, in
    plural, naming no state, in whose presence a passive with no agent was done; the act of
    their meeting, made by the sides they lead, as "Главы государств подписали" is (sixty-first
    pass, h-agreements70). None for an active verb, whose subject did it ("В присутствии
    президентов министры подписали": the ministers', `_leaders_act` reads them). Read for a
    signing only: what the leaders' meeting is known to bring about."""
    if verb.pos_ != "VERB" or not is_passive(verb):
        return None
    if any(c.dep_ == "obl:agent" or agent(c, verb) for c in verb.children):
        return None  # "подписан министрами": theirs
    present = (c for c in verb.children if c.dep_ == "obl" and preposition_noun(c, PRESENCE))
    holders = (g for c in present for g in c.children if g.dep_ == "nmod" and one_office(g))
    return next((g for g in holders if "Plur" in g.morph.get("Number")), None)


def _leaders_of(tok: Token) -> Token | None:
    """ "переговоры президентов", "встреча лидеров", "телефонный разговор глав МИД": the
    holders of one office, in plural, who name no state of their own, whose event it is:
    the two sides of the document (not "переговоры президентов Чили и Перу", told by
    their names); None where the noun names none."""
    holders = (
        c
        for c in tok.children
        if c.dep_ == "nmod" and features(c, "Case") == ("Gen",) and one_office(c)
    )
    return next((c for c in holders if "Plur" in c.morph.get("Number")), None)


def _private(subject: Token) -> bool:
    """A sender of people no title makes anyone's envoy ("жители", "ученики школы"): they
    write for themselves, not for a state or body."""
    people = subject.pos_ == "NOUN" and is_animate(subject)
    return people and not is_office([subject.lemma_])


def _words_given(noun: Token) -> bool:
    """A statement whose words the text quotes with no one but the statement saying them,
    its genitive naming who made it ("«…», — говорится в заявлении группы"): told though no
    state or person is its author; not one of no one's ("«…», — говорится в заявлении"),
    nor words retold ("в заявлении организации поясняется, что …"), nor those of a speaker
    the text leaves unnamed ("в своём обращении глава совета сообщил")."""
    verb = noun.head
    speakers = [s for s in verb_subjects(verb) if s.lemma_ != "это"]  # "это отмечено в …"
    authors = [c for c in noun.children if c.dep_ == "nmod" and case_of(c) == "Gen"]
    return said_in(noun) and not speakers and bool(authors) and quoted_words(verb)


def _relative(tok: Token) -> bool:
    """A relative clause's verb: "который прибыл", a participle "прибывшего"."""
    return tok.dep_ in RELATIVE and (
        features(tok, "VerbForm") == ("Part",) or any(c.lemma_ == "который" for c in tok.children)
    )


def _clause_of(tok: Token) -> Token | None:
    """The relative clause `tok` stands in ("Осло, где встретится с …"), if any."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else governor(tok)
    return verb if verb is not None and verb.dep_ in RELATIVE else None


def _plan_participle(verb: Token) -> bool:
    """A participle whose "на" or "в" date is the date of the event it describes:
    "запланированного на март", "намеченной на осень", "предстоящего в мае"."""
    told = _is(verb, "plan") or _is(verb, "its_time") or _is(verb, "happen")
    return told and "Part" in features(verb, "VerbForm")


def _modal_infinitive(tok: Token) -> Token | None:
    """The infinitive of the modal word a noun trigger is the subject of ("выборы должны
    состояться в апреле", "встреча может пройти в Лиме"): it tells the event's date and
    place, which the parser hangs on it, not on the modal."""
    head = tok.head
    if tok.dep_ not in SUBJECTS or not _is(head, "must"):
        return None
    return next((c for c in head.children if c.dep_ == "xcomp" and _infinitive(c)), None)


_AHEAD_OR_OFF = frozenset({"planned", "cancelled"})  # the statuses of a next round
_POINTING = frozenset({"тот", "этот", "данный"})  # "на том заседании": the one told


def _points_back(tok: Token) -> bool:
    """The event's noun has a demonstrative ("на том заседании", "этой встречи"), by the
    parse or as the word right before it (the parser may make "том" a root of its own)."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    own = any(c.lemma_ in _POINTING and c.dep_ == "det" for c in tok.children)
    return own or before is not None and before.lemma_ in _POINTING


def _previous(tok: Token) -> bool:
    """ "Предыдущая встреча", "прошлый раунд переговоров": an event the text names as one
    before another, not the news."""
    nouns = [tok, tok.head] if tok.dep_ == "nmod" else [tok]
    return any(_is(c, "earlier") and c.dep_ == "amod" for n in nouns for c in n.children) or (
        _latest_held(tok)
    )


def _latest_held(tok: Token) -> bool:
    """ "Последнее заседание комиссии прошло в Аделаиде": the latest sitting held is one
    before the news, whose date and sides are not the visit's the text tells; not a final
    one ahead ("последнее заседание пройдёт в декабре"). Sixty-fourth pass (h-events239)."""
    latest = any(_is(c, "latest") and c.dep_ == "amod" for c in tok.children)
    verb = governor(tok) if latest and tok.dep_ in SUBJECTS else None
    return verb is not None and features(verb, "Tense") == ("Past",)


def _last_year(tok: Token, anchors: list[Token]) -> bool:
    """The event is dated in a year or month before the news ("встречались в июле прошлого
    года", "посетил Каир в прошлом месяце", "два года назад"): told as done before, even
    where the document's own date is unknown and the date cannot be resolved."""
    words = [
        t for h in [tok, *anchors[:1]] for c in h.children if c.pos_ != "VERB" for t in c.subtree
    ]
    # the word first ("прошлый", "назад"): few are, and a word's period makes its head's and
    # children's `Token`s; not a compared time ("провела переговоры, как и в прошлом году":
    # this year's too)
    for t in words:
        if not (_is(t, "earlier") and t.dep_ == "amod" or t.lemma_ == "назад"):
            continue
        if compared(t) and not compared(tok):
            continue
        if {t.head.lemma_, *(c.lemma_ for c in t.children)} & {"год", "месяц"}:
            return True
    return False


_SITTING = "заседание"  # a sitting told by its verb ("заседала комиссия"), named by the noun


def _owned_sitting(tok: Token, stop: set[int]) -> bool:
    """The sitting's noun has the body whose it is in its bare genitive ("заседание
    межправительственной комиссии", "совещание правительства")."""
    return any(
        c.dep_ == "nmod" and c.i > tok.i and c.i not in stop and preposition(c) == ""
        for c in tok.children
    )


def _no_name(word: Token) -> bool:
    """A word of a summit's or forum's phrase that says how long, how, when or where in a
    series it is held ("трёхдневный", "очередной", "предстоящий", "по видеосвязи"), not
    which it is."""
    if word.dep_ == "amod":
        return _is(word, "series") or _is(word, "plan") or word.lemma_.endswith("дневный")
    return _is(word, "manner")


def _left_before(tok: Token) -> bool:
    """A past participle of leaving after "вместо" ("назначен министром вместо ушедшего в
    отставку X"): X left before the appointment it is told beside, not on the news's day.
    Pass forty-fourth, own sentences (h-events111)."""
    instead = tok.i > 0 and _is(tok.doc[tok.i - 1], "instead")
    past = features(tok, "VerbForm") == ("Part",) and features(tok, "Tense") == ("Past",)
    return instead and past


def _in_an_era(verb: Token) -> bool:
    """The verb is told within a period of rule or occupation ("Во время диктатуры Пиночета
    была арестована", "в годы оккупации", "при военном режиме"): done then, before the news,
    so not on the dateline's day. A visit or talks framing the verb ("во время визита") are
    no such period."""
    for c in verb.children:
        if c.dep_ != "obl" or not any(k.dep_ == "case" for k in c.children):
            continue
        periods = [c, *(n for n in c.children if n.dep_ == "nmod")]
        if any(_is(n, "era") for n in periods):
            return True
    return False


_LAST = "последний"  # "последний раз": the last time, done before the news in the past tense


def _before_now(word: Token) -> bool:
    """An adverb or phrase of a verb that tells its event as done before the news ("ранее
    посетил", "в прошлый раз премьеры встречались в Копенгагене"), also "последний раз" of
    a verb in the past ("Последний раз президент побывал в Лиме в 2023 году": not a visit
    he is invited to; "в последний раз посетит" lies ahead, h-events150)."""
    if word.lemma_ == "раз":
        past = features(word.head, "Tense") == ("Past",)
        last = past and any(c.lemma_ == _LAST and c.dep_ == "amod" for c in word.children)
        return last or any(_is(c, "earlier") and c.dep_ == "amod" for c in word.children)
    if any(_previous_trip(n) for n in (word, *word.children)):
        return True  # "во время предыдущего визита стороны подписали …": done on that one
    return _is(word, "earlier") and word.dep_ == "advmod"


def _previous_trip(noun: Token) -> bool:
    """A visit noun a frame phrase tells as an earlier one ("во время предыдущего визита",
    "в ходе прошлого (последнего) визита"): another visit than the news, and what it frames
    was done before. Not "в ходе нынешнего визита", "после прошлой поездки" (no frame: a
    time told). Sixty-second pass (h-events220)."""
    if not framing_noun(noun) or not any(
        r.kind in VISITS for r in trigger_rules().get(noun.lemma_, ())
    ):
        return False
    words = [c for c in noun.children if c.dep_ == "amod"]
    return any(_is(c, "earlier") or c.lemma_ == _LAST for c in words)


def _next_of_series(tok: Token, kind: str) -> bool:
    """Talks or a meeting told as the next of their series ("Очередной раунд переговоров
    состоится", "Следующее заседание пройдёт в Ханое"): like one agreed on, of those who
    talked just before (`merging._agreed_by`)."""
    nouns = [tok, tok.head] if tok.dep_ == "nmod" else [tok]  # "раунд переговоров"
    words = [c for n in nouns for c in n.children if c.dep_ == "amod"]
    return kind in TALKS and any(_is(w, "next") for w in words)


def _result_of_which(rel: Token) -> bool:
    """A "который" that opens "в результате которого": its clause tells what an act did
    (an attack's harm), whatever word the parser hangs that clause on."""
    head = rel.head
    return rel.dep_ == "nmod" and head.lemma_ == "результат" and preposition(head) == "в"


def _clause_verb(rel: Token) -> Token | None:
    """The verb of the clause "который" opens: the first one after it, as written (the
    parser may make "которые" the subject of a later clause's verb)."""
    for t in rel.doc[rel.i + 1 : rel.sent.end]:
        if t.pos_ == "VERB":
            return t
        if t.pos_ == "PUNCT":
            return None
    return None


def _outcome_of_meeting(tok: Token, outcomes: frozenset[tuple[str, str]] = _OUTCOMES) -> bool:
    """ "По итогам переговоров было подписано 15 документов", "в ходе визита подписан пакет
    документов": a signing that talks, a meeting or a visit bring about, whoever the clause
    names as its subject (none, in the passive)."""
    for c in tok.children:
        if preposition_noun(c, outcomes) and any(
            g.dep_ == "nmod" and meeting_word(g.lemma_) for g in c.children
        ):
            return True
        if meeting_word(c.lemma_) and fixed_preposition(c, outcomes):
            return True
    return False


def _at_close(tok: Token) -> bool:
    """A signing at the close of talks or a visit: "по итогам переговоров подписали",
    "завершили консультации и подписали протокол" (a verb ending them its conjunct), on
    their last day where they span several (`frames.within`); not "в ходе переговоров".
    Sixty-eighth pass (h-events258)."""
    if _outcome_of_meeting(tok, _CLOSE):
        return True
    verbs = [tok.head] if tok.dep_ == "conj" else [c for c in tok.children if c.dep_ == "conj"]
    return any(
        _is(v, "trip_end") and any(o.dep_ == "obj" and meeting_word(o.lemma_) for o in v.children)
        for v in verbs
    )


def _in_role(tok: Token) -> bool:
    """ "в качестве наблюдателя", "в роли посредника": how someone takes part in an event,
    which the parse may hang on the event's noun or inside its name; not part of the name.
    `tok` is the preposition's noun or, where the parse makes one preposition of it, its
    object."""
    return preposition_noun(tok, _ROLES) or fixed_preposition(tok, _ROLES)


def read_hits(ctx: Context, titles: Mapping[int, Agreement] | None = None) -> list[Hit]:
    """Every event mention of the document, in text order; `titles`: the agreements' title
    words by token (`AgreementReading.by_token`), where a paper's label ends."""
    return _Reader(ctx, titles).hits()


def _post_elected(tok: Token) -> str:
    """The post elections fill, told by a title in their genitive ("выборы генерального
    секретаря ОАГ", "на выборах президента Турции"), as the text gives it in the genitive,
    ending before a clause on it ("…, которые прошли в Лиме"); "" for none (h-events106)."""
    post = _post_word(tok)
    if post is None:
        return ""
    clauses = {t.i for g in post.children if g.dep_ in _CLAUSE_DEPS for t in g.subtree}
    return phrase_in(post, "gent", clauses)


def _post_word(tok: Token) -> Token | None:
    """The title in the genitive of an elections noun that names the post they fill."""
    for c in tok.children:
        if c.i < tok.i or c.dep_ != "nmod" or case_of(c) != "Gen":
            continue
        if any(g.dep_ == "case" for g in c.children) or not is_office([c.lemma_]):
            continue
        if any(g.dep_ in _HOLDER_DEPS and g.pos_ == "PROPN" for g in c.children):
            # "опередил во втором туре выборов нынешнего спикера X": a holder the verb
            # beat, whom the parser hung on the elections, not the post they fill (fix46b)
            continue
        return c
    return None


_CLAUSE_DEPS = {"acl", "acl:relcl", "parataxis", "conj"}
_AID_REACH = 2  # sentences back the delivery aid handed over is told (`_aid_handed`)
_PRONOUNS = frozenset({"он", "она", "оно", "они"})  # what may stand for an event told before
_EVE_KINDS = frozenset({"Meeting", "Talks", "Summit", "Forum"})  # gatherings (`_eve_only`)
_HOLDER_DEPS = {"appos", "flat", "flat:name"}


def _dates_a_habit(doc: Doc, date: DateMention) -> bool:
    """The verb an opening date hangs on tells the onset of a habit or a relationship ("В
    2015 году X стал встречаться с Y": `habit_onset`) or one over a stretch of time
    (`told_over_span`): the date is that routine's, no event's the next sentence may go on
    with."""
    verb = date_verb(doc, date)
    if verb is None:
        return False
    near = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return any(habit_onset(w) for w in near) or told_over_span(verb)


def _nominal_headline(tok: Token) -> bool:
    """The noun a headline is made of ("Новый теракт на базе НАТО в Афганистане" above its
    lead): a title with no verb tells no time of its own, and takes the status of the body's
    telling of it (an attack told as done in the lead fuses with it; alone it stays none).
    Forty-sixth pass, own sentences (events121)."""
    sent = tok.sent
    title = sent.start == 0 and tok.dep_ == "ROOT" and "\n" in sent.text_with_ws
    return title and sent.end < len(tok.doc) and not sent.text.rstrip().endswith((".", "!", "?"))


def _tells_none(rule: Rule, tok: Token) -> bool:
    """The trigger tells no event: "если … не удастся, состоятся выборы", "так и не
    подписали"; "Вадим Ампелонский на встрече в Москве" under the title (a photo's caption);
    a signing that was due ("должны были подписать ещё в прошлом году": neither held nor
    ahead, h-agreements61); what a paper allows ("позволяет участвовать в учениях",
    `only_capable`). A gathering not to be held is called off, not denied (`held_no_more`)."""
    told = untold(rule, tok) and not (rule.kind in ATTACKS and _nominal_headline(tok))
    due = rule.kind == "Signing" and overdue(tok)
    refused = denied(tok) and not (rule.held and held_no_more(tok))
    return told or due or conditional(tok) or refused or _photo_caption(tok) or only_capable(tok)


def _photo_caption(tok: Token) -> bool:
    """A noun trigger after "на" hanging on a name that heads a line of its own with no verb
    and no full stop, not the document's first line ("Хосе Пинеда на встрече в Лиме" under
    the title): the caption of a photo of that person, no event the news tells (h-events110)."""
    name = tok.head
    if (
        tok.pos_ != "NOUN"
        or preposition(tok) != "на"
        or name.pos_ != "PROPN"
        or name.dep_ != "ROOT"
    ):
        return False
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    end = len(text) if end < 0 else end
    line = tok.doc.char_span(start, end, alignment_mode="expand")
    if start == 0 or line is None or text[start:end].rstrip().endswith((".", "!", "?")):
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in line)


def _laying_name(verb: Token, stop: set[int]) -> str:
    """A ceremony a verb tells by what is laid ("возложил венок к Могиле Неизвестного
    солдата"): its deverbal noun with the object in the genitive, "возложение венка";
    events118. "" for any other trigger."""
    if verb.pos_ != "VERB" or verb.lemma_ not in _LAYING:
        return ""
    laid = next((c for c in verb.children if c.dep_ == "obj"), None)
    if laid is None:
        return "возложение"
    if features(laid, "Number") == ("Plur",) and laid.lemma_ in _FLOWERS:
        return "возложение цветов"  # the tagger's "цветок" would give "цветков"
    after = {t.i for t in verb.doc[laid.i + 1 : verb.sent.end]}  # "к памятнику …": where
    return "возложение " + phrase_in(laid, "gent", stop | after)


def _credentials_name(tok: Token) -> str:
    """ "вручение верительных грамот" for a ceremony of credentials handed over, whatever
    the words around them ("вручил копии верительных грамот"); "" for any other trigger."""
    return CREDENTIALS_NAME if credentials(tok) is not None else ""


_FLOWERS = frozenset({"цветок", "цветы"})
_LAYING = frozenset({"возложить"})  # the verb rows of ceremonies in `event_kinds.tsv`


def _approved_name(tok: Token, stop: set[int]) -> str:
    """The name of what an approval approves, in the genitive, with the capital a
    sentence's start gave it put down ("Закон был принят" → "закона")."""
    paper = _approved(tok)
    if paper.i == tok.head.i and paper.i != tok.i:  # "принятый парламентом закон о X":
        stop = stop | {t.i for t in tok.subtree}  # the law's phrase, not the participle's
    name = phrase_in(paper, "gent", stop)
    if paper.i == paper.sent.start and paper.pos_ == "NOUN":
        return name[:1].lower() + name[1:]
    return name


def _approved(tok: Token) -> Token:
    """What an approval approves: a verb's object ("одобрил соглашение с Эфиопией"), or a
    passive's subject, shared with the verb a conjunct joins ("Закон был принят … и одобрен
    Сенатом"; h-events112), the noun a participle describes ("принятый Конгрессом закон о
    X"; forty-seventh pass, own sentences, h-events123); else the trigger's own phrase
    ("резолюции в поддержку …")."""
    papers = [c for c in tok.children if c.dep_ in {"obj", "nsubj:pass"}]
    if not papers and tok.dep_ == "conj" and tok.pos_ == "VERB":
        papers = [c for c in tok.head.children if c.dep_ == "nsubj:pass"]
    if not papers and tok.dep_ in {"acl", "amod"} and tok.head.pos_ == "NOUN":
        papers = [tok.head]  # "принятый парламентом закон о митингах" (h-events123)
    if not papers and tok.pos_ == "NOUN":  # "Закон … после его утверждения" (h-events123)
        papers = [p for c in tok.children if (p := paper_before(c)) is not None]
        papers += [c for c in tok.children if c.dep_ == "nmod" and c.lemma_ in PAPERS]
    return next(iter(papers), tok)


def paragraph_and_last(hits: list[Hit], start: int, text: str) -> list[Hit]:
    """The hits told in the paragraph that begins at `start` and in the line before it (a
    news paragraph), in their order: what a sentence's "После церемонии" may point at."""
    end = start  # the paragraph's start less the blank lines before it, no prefix copied
    while end and text[end - 1].isspace():
        end -= 1
    last = text.rfind("\n", 0, end) + 1
    return [h for h in hits if h.paragraph >= last]


def _in_paragraph(hits: list[Hit], start: int) -> None:
    """Marks the hits of a sentence with where its paragraph begins: a frame after a visit
    tells it again within its paragraph (`merging._trip_told_again`)."""
    for hit in hits:
        hit.paragraph = start


def _reached_by(sent: Sentence) -> bool:
    """Whether a sentence tells what was already so by its date ("В апреле 2017 года X уже
    был приговорён"): its main verb's "уже" makes the date a point by which it was done,
    not a time the next sentence's events share (what it tells next came before: "X был
    арестован и экстрадирован"). Pass forty-fifth (h-events116)."""
    verb = sent.root
    return verb.pos_ in {"VERB", "AUX", "ADJ"} and any(
        c.lemma_ == "уже" and c.dep_ == "advmod" for c in verb.children
    )


def _paper_participle(tok: Token) -> bool:
    """A signing told by a participle hung on its paper ("меморандума …, подписанного в 2024
    году") or by a passive clause of it ("соглашения, которое было подписано в 2021 году"):
    it has no subject of its own, so the persons the verbs above it give are those of the
    sentence's act, not its signers. Sixty-fifth pass (h-events241)."""
    if tok.dep_ == "acl":
        return "Part" in features(tok, "VerbForm")
    which = (c for c in tok.children if c.dep_ == "nsubj:pass")
    return tok.dep_ == "acl:relcl" and any(c.lemma_ == "который" for c in which)
