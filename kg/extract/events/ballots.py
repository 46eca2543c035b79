"""Who takes part in a vote or in elections: the lawmakers who vote and the body they
sit in, the approval of a body, the candidates and whoever puts them up or wins, the state
the elections are in; the round ("второй тур") and the stem of what is elected, so that
two mentions of one ballot merge.
"""

from __future__ import annotations

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from kg.extract.context import Context
from kg.extract.events.career_offices import has_office
from kg.extract.events.congratulations import congratulated
from kg.extract.events.fact import Event
from kg.extract.events.hit import Hit
from kg.extract.events.linking import RELATIVE, unique, verb_subjects
from kg.extract.events.places import Places
from kg.extract.events.rules import governor
from kg.extract.events.schedule import held, scheduled, set_ahead
from kg.extract.events.words import is_role as _is
from kg.nlp.deps import (
    SUBJECTS,
    agent,
    has_preposition,
    is_passive,
    marked_own,
    negated,
    new_paragraph,
    sentence_before,
)
from kg.nlp.deps import preposition as _prep
from kg.nlp.deps import tense as _tense
from kg.nlp.morph import case_of, features, is_animate, is_participle

_TAKE, _PART = "принять", "участие"  # "принять участие в выборах" (h-events116)
_STEM = 5  # letters of a ballot word one stem shares: "президентские выборы", "выборы президента"


class Ballots(Places):
    """Who votes, runs and puts up candidates."""

    def _voters(self, tok: Token, hit: Hit) -> list[str]:
        """Who votes: a state or a body ("парламент Литвы проголосовал"), or lawmakers for
        theirs ("сенаторы США проголосовали", "большинство депутатов парламента Молдавии");
        counted lawmakers of no named body for the body or lawmakers the sentence before has
        as its subject ("Сенат Чили одобрил закон. За него проголосовали 30 сенаторов").
        Not people at large ("жители проголосовали": a referendum, no body's vote), nor
        lawmakers voting for an act read by itself, their body's one event ("71 сенатор
        проголосовал за ратификацию договора", "Сенат одобрил закон. За него проголосовали
        30 сенаторов": the ratification, the approval; `_approved`)."""
        voters = [c for c in verb_subjects(tok) if not is_animate(c) or _lawmakers(c)]
        counted = any(_lawmakers(c) for c in voters)
        before = sentence_before(tok.sent)
        near = [tok.sent] if before is None else [before, tok.sent]
        keys = [k for c in voters for k in [self._state_at(c), *self.linked(c, set())] if k]
        if counted and self._approved(tok, near, keys):
            return []
        if keys or not counted or before is None:
            return keys
        subjects = verb_subjects(before.root)
        bodies = [c for c in subjects if self.orgs_at(c) or _is(c, "body") or _lawmakers(c)]
        hit.sitting_before = bool(bodies)  # voted at that sitting: on its day (`_date_that_day`)
        return [k for c in bodies for k in [*self.orgs_at(c), *self.linked(c, set())]]

    def _approved(self, tok: Token, near: list[Sentence], keys: list[str]) -> bool:
        """Whether counted lawmakers' vote is an approval read by itself: what they vote for
        is one ("проголосовал за ратификацию договора"), or one near is their body's ("Сенат
        Чили одобрил закон. За него проголосовали 30 сенаторов": of a state they share, any
        where they name none); not another state's ("Сенат Чили одобрил законопроект. Затем
        40 депутатов Аргентины проголосовали за резолюцию": Argentina's vote)."""
        voted = {t.i for c in tok.children if _prep(c) == "за" for t in c.subtree}
        if any(_is(tok.doc[i], "adopt") for i in voted):
            return True
        states = {self.state_of(k) for k in keys} - {""}
        adopting = [t for sent in near for t in sent if t.i not in voted and _is(t, "adopt")]
        if not states:
            return bool(adopting)
        for t in adopting:
            verb = t if t.pos_ == "VERB" else governor(t)
            if verb is None:
                continue
            adopters = [*verb_subjects(verb), *(c for c in verb.children if agent(c, verb))]
            found = [self._state_at(c) for c in adopters]
            found += [k for c in adopters for k in [*self.orgs_at(c), *self.linked(c, set())]]
            if states & {self.state_of(k) for k in found if k}:
                return True
        return False

    def _all_with(self, tok: Token, found: list[str]) -> bool:
        """Whether every side the trigger's phrase names comes after its "с" ("переговоры с
        президентом Турции X и премьер-министром Пакистана Y"): the other side, however many
        it names, is then who holds them, not one of them."""
        withs = [c for c in tok.children if _prep(c) == "с" and features(c, "Case") == ("Ins",)]
        keys = {k for c in withs for k in [*self._heads_of(c), *self.linked(c, set())]}
        return set(found) <= keys

    def _objects(self, verb: Token) -> list[str]:
        """Whom the verb's direct objects name."""
        objects = [c for c in verb.children if c.dep_ == "obj"]
        return unique([k for c in objects for k in [*self._heads_of(c), *self.linked(c, set())]])

    def _candidates(self, tok: Token, found: list[str]) -> list[str]:
        """Who runs in the elections `tok` names: the subject of a verb of contesting them
        ("победил на выборах", "одержала победу на выборах") or of taking an office through
        them ("стала президентом после выборов"). Whoever else speaks of them ("президент
        Кении не хочет выборов") does not run, but tells where they are held where their
        phrase does not ("итоги выборов в Аргентине": Argentina's). Who runs brings the
        state they are held in: the one their phrase names ("во втором туре выборов в Чили
        победу одержала X"), else the runner's own, also of one named as a former holder
        ("бывший президент Кении X победил на выборах")."""
        own = unique([s for t in tok.subtree if (s := self._state_at(t))])
        if runners := self._runners(tok):
            return self._with_state(runners, own)
        if (greeted := congratulated(tok)) is not None:  # "поздравил X с переизбранием": X's
            return self._congratulated(greeted, own)
        verb = governor(tok)
        if verb is not None and _declined(verb):
            # "Нынешний президент X отказался от участия в борьбе за переизбрание": X does
            # not run, though his office tells whose elections they are (h-events123)
            who = self.subject_mentions(verb, climb=False)
            return own or unique([s for k in who if (s := self.state_of(k))])
        # "между X и Y, которые уже участвовали в выборах 2006 года": both ran
        before = _contest_before(tok) if verb is not None and not _is(verb, "contest") else None
        if before is not None and (runners := self._relative_runners(before)):
            return self._with_state(runners, own)
        contest = verb is not None and (
            _is(verb, "contest")
            or _is(tok.head, "contest")
            or _contest_object(verb)
            or has_office(self, verb)
            or became(verb)
        )
        who = self.subject_mentions(verb, climb=False) if verb is not None else []
        who = [k for k in who if k not in self._runner_owners(verb)] if contest else who
        if contest and verb is not None and _prep(tok.head) == "с" and _is(tok.head, "contest"):
            who = self._objects(verb)  # "поздравил X с победой на выборах": X won
        if contest and any(k.startswith("person/") for k in who):
            return self._with_state(who, own)
        if winner := self._winner_after(tok):
            return self._with_state(winner, own)
        if verb is not None and (put_up := self._put_up(verb)):
            return self._with_state(put_up, own)
        if own or any(k.startswith("state/") for k in found) or _sends_observers(tok, verb):
            return own
        if self._body_elects(tok):
            return []  # "на выборах генсека ООН его поддержит президент Египта": not Egypt's
        return unique([s for k in who if (s := self.state_of(k))]) or self._one_state(tok)

    def _one_state(self, tok: Token) -> list[str]:
        """The one state a text names, for elections whose own words and sentence name none
        ("Египетская актриса … . В ходе президентских выборов 2018 года она вошла в …"): held
        there; none where the text names two or more, or the elections are of a post
        abroad or of a body (events118)."""
        if any(c.dep_ == "nmod" and c.lemma_ not in {"год", "г"} and not _bare_post(c)
               for c in tok.children):  # fmt: skip
            return []  # "выборы в Европарламент", "выборы нового руководителя организации"
        verb = governor(tok)
        if verb is not None and (_is(verb, "contest") or _contest_object(verb)):
            return []  # one who won them is named: their state is the runner's, if any
        sent = tok.sent
        states = {m.entity for m in self.ctx.mentions if m.type == "State"}
        if any(sent.start_char <= m.start < sent.end_char for m in self.ctx.mentions
               if m.type == "State"):  # fmt: skip
            return []  # "…, победившая на выборах, провела переговоры с премьером Албании"
        return sorted(states) if len(states) == 1 else []

    def _relative_runners(self, verb: Token) -> list[str]:
        """The persons a relative clause of contesting describes ("между Гарсией и Умалой,
        которые участвовали в выборах": both; "Умалой, который участвовал": him): its
        "который" stands for the noun the clause hangs on, with those "и" joins to it where
        the pronoun is plural. Pass forty-fifth (h-events116)."""
        if verb.dep_ != "acl:relcl" or not any(
            c.lemma_ == "который" and c.dep_ in SUBJECTS for c in verb.children
        ):
            return []
        which = next(c for c in verb.children if c.lemma_ == "который" and c.dep_ in SUBJECTS)
        noun = verb.head
        if noun.i > which.i:  # the parser hung the clause on the elections after it
            noun = next(
                (t for t in reversed(verb.doc[verb.sent.start : which.i]) if not t.is_punct), noun
            )
        while noun.dep_ in {"flat", "flat:name"}:  # "Хуаном Пересом": the name's head
            noun = noun.head
        nouns = [noun]
        if features(which, "Number") == ("Plur",):
            first = noun.head if noun.dep_ == "conj" else noun
            nouns = [first, *(c for c in first.children if c.dep_ == "conj")]
        keys = [k for n in nouns for k in self._heads_of(n)]
        return unique([k for k in keys if k.startswith("person/")])

    def _body_elects(self, tok: Token) -> bool:
        """Elections of an officer of an international body ("выборы генерального секретаря
        ООН", "на выборах главы ВОЗ"; `stateless_body`), or of any body the gazetteer knows
        as no state's ("на выборах президента МОК"): held in no state, so not in that of
        whoever speaks of them or backs a candidate."""
        words = (t for t in tok.subtree if t.i != tok.i)
        return any(self._no_states_body(k) for t in words for k in self.orgs_at(t))

    def _no_states_body(self, key: str) -> bool:
        """A body of no state: an international one or a party, or a gazetteer row with no
        state ("Международный олимпийский комитет"); not one the text gives a state."""
        row = self.ctx.gazetteer.org(key)
        stateless = row is not None and not row.state and not self.state_of(key)
        return self.stateless_body(key) or stateless

    def _winner_after(self, tok: Token) -> list[str]:
        """The one person the next sentence of the paragraph says won, with no contest of its
        own ("В Аргентине прошли президентские выборы. Победу одержал Хавьер Милей"): he ran
        in these elections; not where that sentence names elections or another contest
        ("победил в матче", an opponent beaten: "победил Карлоса Алькараса"), nor elections
        ahead, nor a person whose party won."""
        sent = tok.sent
        if sent.end >= len(tok.doc) or turn(tok) == "ahead":
            return []
        after = tok.doc[sent.end].sent
        verb = after.root
        # a headline goes on in its lead ("В Эстонии прошли выборы президента" ¶ "… было
        # объявлено, что по итогам голосования 11 декабря больше всех голосов собрал X")
        headline = sent.start == 0 and "\n" in sent.text_with_ws
        headline = headline and not sent.text.rstrip().endswith((".", "!", "?"))
        if new_paragraph(after) and not headline or any(t.lemma_ == tok.lemma_ for t in after):
            return []
        told = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"]
        verb = told[0] if headline and len(told) == 1 and is_passive(verb) else verb
        if not (_is(verb, "contest") or _contest_object(verb)) or _tense(verb) != "Past":
            return []
        # what the parser hung on the clause before its "что" is the announcement's ("на
        # заседании комиссии было объявлено, что …")
        marks = [c.i for c in verb.children if c.dep_ == "mark"]
        own = [c for c in verb.children if not marks or c.i > marks[0]]
        if negated(verb) or any(
            _prep(c) and c.pos_ != "PRON" and not _round(c) and not _tally(c) for c in own
        ):
            return []  # "победил в матче": another contest; "на них": these; "во втором туре"
        if not _contest_object(verb) and any(c.dep_ == "obj" for c in verb.children):
            return []  # "победил Карлоса Алькараса": an opponent beaten, another contest
        # the subject's own name: "партия Вилдерса одержала победу" is the party's
        # or that of its title's apposition ("бывший спикер парламента Юри Ратас")
        names = [
            a for s in verb_subjects(verb) if is_animate(s) for a in s.children if a.dep_ == "appos"
        ]
        who = [self.mention_head.get(s.i) for s in [*verb_subjects(verb), *names]]
        persons = [m.entity for m in who if m is not None and m.type == "Person"]
        # "Она одержала победу во втором туре": the one the pronoun stands for
        said = [self.antecedent(s) for s in verb_subjects(verb) if s.pos_ == "PRON"]
        persons += [k for k in said if k.startswith("person/") and k not in persons]
        return persons if len(persons) == 1 else []

    def _runner_owners(self, verb: Token | None) -> set[str]:
        """The persons a party that contests elections is named after ("партия Герта
        Вилдерса, победившая на выборах", "блок X одержал победу"): the party ran, not its
        leader, whom its genitive names."""
        parties = [s for s in verb_subjects(verb) if _is(s, "party")] if verb is not None else []
        return {k for s in parties for k in self._named(s) if k.startswith("person/")}

    def _put_up(self, verb: Token) -> list[str]:
        """Whose candidacy a verb puts up ("выдвинул свою кандидатуру на выборах": the
        subject's; "партия выдвинула кандидатуру министра X": X's): the person who runs."""
        named: list[str] = []
        for noun in verb.children if _is(verb, "put_up") and not negated(verb) else ():
            if noun.dep_ != "obj" or noun.lemma_ != "кандидатура":
                continue
            if marked_own(noun):
                named += self.subject_mentions(verb, climb=False)
            else:
                named += [k for c in noun.children if c.dep_ == "nmod" for k in self._named(c)]
        return [k for k in unique(named) if k.startswith("person/")]

    def _congratulated(self, greeted: Token, own: list[str]) -> list[str]:
        """Who ran in the elections one congratulates on (`congratulated`: "направил
        телеграмму президенту Алжира X по случаю его переизбрания"): the one congratulated, and
        the state their title names, not the sender's. Sixty-fifth pass (h-events241)."""
        who = [*self._heads_of(greeted), *self.linked(greeted, set())]
        titled = [s for t in greeted.subtree if (s := self._state_at(t))]
        return self._with_state([k for k in who if k.startswith("person/")], own or titled)

    def _with_state(self, runners: list[str], own: list[str]) -> list[str]:
        """Who runs and the state the elections are held in: the one their phrase names,
        else the runners' own (a former office does not take away whose elections they
        are)."""
        return unique(runners + (own or [s for k in runners if (s := self.state_of_org(k))]))

    def _runners(self, tok: Token) -> list[str]:
        """The persons whose victory or defeat at the elections `tok` names ("в случае победы
        X на выборах", "после поражения X на выборах"): they ran, not the subject of the verb
        the noun hangs on ("министр пообещал в случае победы X …")."""
        result = tok.head
        if tok.dep_ != "nmod" or result.pos_ != "NOUN" or not _is(result, "contest"):
            return []
        owners = [c for c in result.children if c.dep_ == "nmod" and not has_preposition(c)]
        return [k for c in owners for k in self._heads_of(c) if k.startswith("person/")]


_DECLINING = frozenset({"отказаться", "отказываться", "воздержаться", "воздерживаться"})


def _declined(verb: Token) -> bool:
    """A verb by which one stays out of elections ("отказался от участия в борьбе за
    переизбрание", "не стал участвовать в выборах"): its subject does not run. Forty-seventh
    pass, own sentences (h-events123)."""
    return verb.lemma_ in _DECLINING or negated(verb) and verb.lemma_ == "участвовать"


def _round(word: Token) -> bool:
    """A round of the elections told before ("во втором туре"), or a time ("в июне"), no
    other contest."""
    return (word.lemma_ == "тур" or _is(word, "time")) and _prep(word) in {"в", "во"}


def _tally(word: Token) -> bool:
    """ "по итогам голосования", "по результатам выборов": the count a victory is told by,
    no other contest (events118)."""
    return _prep(word) == "по" and _is(word, "result")


def _contest_object(verb: Token) -> bool:
    """A verb whose object is a victory or defeat or counts votes ("одержала победу",
    "получил 50 процентов голосов"): its subject ran in the elections told with it, where
    the parser hangs them on another word ("Во втором туре выборов победу одержала X")."""
    words = [t for c in verb.children if c.dep_ == "obj" for t in c.subtree]
    votes = [t for t in words if _is(t, "votes") and features(t, "Number") == ("Plur",)]
    counted = [t for t in votes if features(t, "Case") == ("Gen",)]
    # "приняла участие в выборах": one who took part ran (not "отказался от участия")
    part = verb.lemma_ == _TAKE and any(
        c.dep_ == "obj" and c.lemma_ == _PART for c in verb.children
    )
    return any(_is(t, "contest") for t in words) or bool(counted) or part


def _lawmakers(subject: Token) -> bool:
    """Whether a subject is, or counts, members of a legislature ("депутаты", "36 сенаторов",
    "55 из 90 депутатов", "большинство парламентариев")."""
    near = [subject, *subject.children, *(g for c in subject.children for g in c.children)]
    return any(_is(t, "lawmaker") for t in near)


def _sends_observers(tok: Token, verb: Token | None) -> bool:
    """ "Гана направит на выборы группу наблюдателей": a verb whose object is observers (or
    a mission of them) tells who watches the elections `tok`, not where they are held; the
    parse may hang them on the elections ("направит на выборы наблюдателей")."""
    objects = [c for c in verb.children if c.dep_ == "obj"] if verb is not None else []
    return any(_is(t, "observer") for c in objects for t in c.subtree) or any(
        _is(c, "observer") for c in tok.children
    )


def _bare_post(word: Token) -> bool:
    """A state's post or house an elections noun takes in the genitive with nothing of its own
    ("выборы президента", "прямых выборов губернатора"; `ballot` words): of no body or
    state the phrase names, so of the text's one state (h-events125); not "выборы президента
    ФИФА", "выборы в парламент Чили" nor "выборы в Европарламент"."""
    bare = not any(c.dep_ in {"nmod", "case"} for c in word.children)
    return bare and case_of(word) == "Gen" and _is(word, "ballot") and word.lemma_[:5] != "европ"


def became(verb: Token) -> bool:
    """ "стала (первой женщиной-)президентом": a verb of becoming with what one became."""
    return verb.lemma_ == "стать" and any(c.dep_ == "xcomp" for c in verb.children)


def ballot(tok: Token) -> str:
    """What an election elects, as the stem of its `ballot` word ("парламентские выборы",
    "выборы в парламент": "парла"); a body's noun with a `ballot` adjective of its own is
    the body that adjective names ("выборы в Европейский парламент" as "выборы в
    Европарламент", "европейские выборы": "европ"), never the national parliament."""
    word = next((c for c in tok.children if _is(c, "ballot")), None)
    if word is None:
        return ""
    scope = next((a for a in word.children if a.dep_ == "amod" and _is(a, "ballot")), word)
    return scope.lemma_[:_STEM]


def turn(tok: Token) -> str:
    """Where a vote stands by the words on it: "held" ("на состоявшихся выборах", "на
    прошлых выборах", "выборы прошли", "на выборах победил X"), "ahead" ("на предстоящих
    выборах", "следующие выборы пройдут", "выборы назначены на 5 мая"), else "" (told
    either way: "итоги выборов"). A vote told as held and one told as ahead are two: one
    took place, the next lies ahead."""
    said = [c for c in tok.children if c.dep_ == "amod"]
    if held(tok) or any(_is(c, "earlier") for c in said):
        return "held"
    if any(_is(c, "plan") for c in said) or scheduled(tok) or set_ahead(tok):
        return "ahead"  # "предстоящие выборы", "выборы назначены на 5 мая"
    verb = tok.head if tok.dep_ in SUBJECTS and _is(tok.head, "happen") else _contested(tok)
    tense = _tense(verb) if verb is not None else ""
    return {"Past": "held", "Fut": "ahead"}.get(tense, "")


def _contested(tok: Token) -> Token | None:
    """The finite verb of contesting the elections `tok` names ("на выборах победил X",
    "X получил 52 процента голосов на выборах"): one won tells them held, one to be won
    ahead; not a participle ("победивший на выборах кандидат вступит в должность")."""
    verb = governor(tok)
    if verb is None or features(verb, "VerbForm") != ("Fin",):
        return None
    return verb if _is(verb, "contest") or _contest_object(verb) else None


def won_before(tok: Token, hit: Hit) -> bool:
    """Elections told by a past participle of contesting them on no day the text gives
    ("Джорджа Мелони, победившая на выборах, провела переговоры"): what makes who won who
    they are, held before the news, not on the dateline's day."""
    verb = governor(tok)
    if verb is None or hit.date or hit.hint or verb.dep_ not in RELATIVE:
        return False
    past = is_participle(verb) and "Past" in verb.morph.get("Tense")
    return past and (_is(verb, "contest") or _contest_object(verb))


_BETWEEN = frozenset({"ADV", "ADP", "ADJ", "DET", "PART"})


def _contest_before(tok: Token) -> Token | None:
    """The verb of contesting right before the elections' phrase, with only adverbs, a
    preposition and adjectives between ("которые уже участвовали совместно в выборах"),
    where the parser hung the phrase on a verb further up ("развернулась"): the phrase is
    that verb's. Pass forty-fifth (h-events116)."""
    hung = [c for c in tok.children if c.dep_ == "acl:relcl" and c.i < tok.i]
    if hung and hung[0].pos_ == "VERB" and _is(hung[0], "contest"):
        return hung[0]  # "…, которые участвовали в выборах": the clause hung on the elections
    i = tok.left_edge.i - 1 if tok.left_edge.i < tok.i else tok.i - 1
    doc = tok.doc
    while i >= tok.sent.start and doc[i].pos_ in _BETWEEN and doc[i].head.i != tok.i:
        i -= 1
    word = doc[i] if i >= tok.sent.start else None
    if word is None or word.pos_ != "VERB" or not _is(word, "contest"):
        return None
    return word


_RIVALS = frozenset({"конкурент", "конкурентка", "соперник", "соперница"})
_RUNNER = "кандидат"
_RUN_FOR = frozenset({"от", "в"})  # "кандидат от партии Z", "кандидат в президенты"


def told_candidates(ctx: Context, events: list[Event]) -> None:
    """The candidates the text names beside the one elections it tells run in them: the
    persons of a sentence that calls them a runner's rivals ("Главными конкурентами X
    являются Y и Z": X, Y and Z), and the name apposed to "кандидат от партии" / "кандидат в
    президенты". Only where the text tells one election, whose participants they join.
    Forty-seventh pass, own sentences (h-events123)."""
    elections = [e for e in events if e.kind == "Election"]
    if len(elections) != 1:
        return
    found: list[str] = []
    for sent in ctx.sents:
        for t in sent:
            if t.lemma_ in _RIVALS and _rival_of_person(ctx, t):
                told = ctx.mentions_in(sent.start_char, sent.end_char, "Person")
                found += [m.entity for m in told]
            elif t.lemma_ == _RUNNER and any(_prep(c) in _RUN_FOR for c in t.children):
                for c in t.children:
                    if c.dep_ == "appos":
                        end = c.right_edge.idx + len(c.right_edge)
                        found += [m.entity for m in ctx.mentions_in(c.idx, end, "Person")]
    election = elections[0]
    election.participants = sorted(set(election.participants) | set(found))


def _rival_of_person(ctx: Context, rival: Token) -> bool:
    """A rival noun whose genitive is a person ("конкурентами Анастасиадиса"), not a
    company's ("конкуренты компании")."""
    return any(
        c.dep_ == "nmod" and ctx.mentions_in(c.idx, c.idx + len(c.text), "Person")
        for c in rival.children
    )
