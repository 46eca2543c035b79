"""Event mentions ("hits") in one document, read from trigger words
(`event_kinds.tsv`) and the dependency parse around them.

Each trigger gives a hit: who takes part (mentions linked to it through the parse,
not through a verb or a possessor), visitor and host for visits, place, date
(`kg.extract.dates`, attached to the trigger or the verb that governs it), a month or
season hint when the date stays unresolved, and status (markers in `event_words.tsv`,
the tense of the governing verb). `kg.extract.events` merges hits into events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from kg.extract.context import Context
from kg.extract.dates import MONTH_RE, DateMention, find_dates
from kg.extract.event_labels import phrase_in
from kg.gazetteer import Gazetteer, normalize
from kg.model import Mention

_DIR = Path(__file__).parent
VISITS = frozenset({"Visit", "StateVisit", "OfficialVisit", "WorkingVisit"})
MULTI = frozenset({"Talks", "Meeting", "PhoneCall", "Signing"})
NAMED = frozenset({"Forum", "Summit", "Ceremony"})
_LEAD = 2  # sentences with a verb that, with all before them, are the document's lead
_CLAUSE_DEPS = {"acl", "acl:relcl", "advcl", "ccomp", "parataxis", "csubj"}
_SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
_SIGN_VERBS = frozenset({"подписать", "заключить", "подписание"})
_QUOTED = re.compile(r"\s*[«\"„“]([^»\"”“]{3,200})[»\"”“]")
_DATE_WORDS = re.compile(r"^(?:в|во|на|к|с|до|по)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class _Rule:
    kind: str
    with_: frozenset[str]
    single: bool
    verb: bool


@cache
def _rules() -> dict[str, list[_Rule]]:
    """Trigger lemma → its rules, specific ones first (`event_kinds.tsv`)."""
    rules: dict[str, list[_Rule]] = {}
    for row in _rows("event_kinds.tsv"):
        lemma, kind, with_, flags = (row + ["", "", ""])[:4]
        rule = _Rule(
            kind, frozenset(filter(None, with_.split("|"))), "single" in flags, "verb" in flags
        )
        rules.setdefault(lemma, []).append(rule)
    return rules


@cache
def _words() -> dict[str, frozenset[str]]:
    """Role → lemmas (`event_words.tsv`); seasons are roles "season:summer" etc."""
    words: dict[str, set[str]] = {}
    for lemma, role in (r[:2] for r in _rows("event_words.tsv")):
        words.setdefault(role, set()).add(lemma)
        if role.startswith("season:"):
            words.setdefault("season", set()).add(lemma)
    return {role: frozenset(lemmas) for role, lemmas in words.items()}


def _rows(name: str) -> list[list[str]]:
    text = (_DIR / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and line[0] != "#"]


def _is(token: Token, role: str) -> bool:
    return token.lemma_ in _words().get(role, ())


@cache
def _capitals() -> dict[str, str]:
    """Capital (normalized) → state key; current states first, so Москва is Russia."""
    out: dict[str, str] = {}
    for state in Gazetteer.load().states:
        if state.capital:
            out.setdefault(normalize(state.capital), state.key)
    return out


@dataclass
class Hit:
    """One mention of an event in the text, before the mentions of one event merge."""

    kind: str
    trigger: int
    lemma: str
    sent: tuple[int, int]
    lead: bool
    persons: list[str] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    visitor: str = ""
    host: str = ""
    location: str = ""
    date: str = ""
    dated_by_text: bool = False
    hint: str = ""
    status: str = ""  # "" when the text gives no signal
    now: bool = False
    name: str = ""  # the trigger's noun phrase, nominative (forums, summits, ceremonies)
    name_key: str = ""
    named_parties: bool = False  # the name itself says who takes part
    document: str = ""  # what a signing signed, genitive
    outlet: str = ""  # publications: the organization that published
    title: str = ""  # publications: the quoted title

    def anaphoric(self) -> bool:
        """Names no one and nothing of its own ("в ходе визита", "эта встреча")."""
        return not (self.persons or self.states or self.visitor or self.host or self.name_key)


class _Reader:
    """Reads the hits of one document."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.sents = list(ctx.doc.sents)
        self.by_token: dict[int, list[Mention]] = {}
        self.mention_head: dict[int, Mention] = {}  # head token → outermost mention
        self.in_mention: set[int] = set()
        for m in ctx.mentions:
            span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                self.by_token.setdefault(t.i, []).append(m)
                self.in_mention.add(t.i)
            root = _root(span)
            self.mention_head.setdefault(root, m)
            if m.type == "Person" and self.mention_head[root].type != "Person":
                self.mention_head[root] = m

    def hits(self) -> list[Hit]:
        out: list[Hit] = []
        with_verbs = [n for n, s in enumerate(self.sents) if any(t.pos_ == "VERB" for t in s)]
        lead = with_verbs[_LEAD - 1] if len(with_verbs) >= _LEAD else len(self.sents)
        for n, sent in enumerate(self.sents):
            dates = [
                DateMention(
                    d.start + sent.start_char, d.end + sent.start_char, d.text, d.value, d.relative
                )
                for d in find_dates(sent.text, self.ctx.document.date)
            ]
            claimed: set[int] = set()
            for verbs in (False, True):
                for tok in sent:
                    if tok.i in claimed:
                        continue
                    rule = self._rule(tok, verbs)
                    if rule is None:
                        continue
                    hit = self._hit(tok, rule, sent, n <= lead, dates, claimed)
                    if hit is not None:
                        out.append(hit)
        return out

    def _rule(self, tok: Token, verbs: bool) -> _Rule | None:
        """The trigger rule `tok` fits, or None (wrong part of speech, plural, habit)."""
        rules = _rules().get(tok.lemma_)
        if not rules or (tok.pos_ in {"VERB", "AUX"}) != verbs:
            return None
        if not verbs and tok.pos_ not in {"NOUN", "PROPN"}:
            return None
        near = {c.lemma_ for c in tok.children} | {tok.head.lemma_, tok.head.head.lemma_}
        if any(_is(c, "habit") for c in tok.children):
            return None
        if tok.head.i != tok.i and tok.head.lemma_ in {"церемония", "форум", "саммит"}:
            return None  # "церемония встречи": part of another event's name
        if verbs and tok.morph.get("VerbForm") == ["Fin"] and _habitual(tok):
            return None  # "мы встречаемся регулярно": a habit
        for rule in rules:
            if rule.verb != verbs or (rule.with_ and not rule.with_ & near):
                continue
            if rule.single and tok.morph.get("Number") == ["Plur"]:
                return None
            return rule
        return None

    # -- the hit ---------------------------------------------------------------

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
        anchors = self._anchors(tok, claimed)
        dest = self._destination(tok, anchors) if rule.kind in VISITS else None
        place = self._place(tok, anchors, rule.kind in VISITS)
        skip = set(_subtree(dest)) | set(_subtree(place))
        if rule.kind == "Signing" and not self._signs_document(tok, hit, skip):
            return None
        self._participants(tok, hit, anchors, skip)
        if rule.kind in VISITS:
            self._visit(tok, hit, anchors, dest)
            if hit.visitor and hit.host and self._state_of(hit.visitor) == hit.host:
                return None  # a trip at home is not a visit between states
        if place is not None:
            hit.location = self._place_name(place)
        stop = {t.i for d in dates for t in self._tokens(d.start, d.end)} | skip
        if rule.kind in NAMED:
            tail = [t for t in tok.subtree if t.i > tok.i and t.i not in stop]
            hit.name = phrase_in(tok, "nomn", stop)
            hit.name_key = normalize(hit.name)
            hit.named_parties = any(t.i in self.in_mention for t in tail)
        elif rule.kind == "Election":
            hit.name = phrase_in(tok, "nomn", {t.i for t in tok.subtree if t.i > tok.i})
        if rule.kind == "Publication":
            self._publication(tok, hit, anchors)
        self._when(tok, hit, anchors, dates)
        self._status(tok, hit, anchors)
        return hit

    def _anchors(self, tok: Token, claimed: set[int]) -> list[Token]:
        """The verbs whose dependents also describe the event: the trigger itself when a
        verb, the verb governing a noun trigger, a motion verb carrying "с визитом",
        and verbs of relative clauses on the trigger ("переговоры, которые состоятся")."""
        if tok.pos_ in {"VERB", "AUX"}:
            anchors = [tok]
        else:
            anchors = [v] if (v := _governor(tok)) is not None else []
            if any(c.lemma_ == "с" and c.dep_ == "case" for c in tok.children):
                motion = self._motion_verb(tok)
                if motion is not None:
                    anchors.insert(0, motion)
                    claimed.add(motion.i)
        anchors += [c for c in tok.children if c.dep_ in {"acl", "acl:relcl"} and c.pos_ == "VERB"]
        return anchors

    def _motion_verb(self, tok: Token) -> Token | None:
        """The verb that carries "с визитом": up the parse, else the nearest in the sentence."""
        for t in _ancestors(tok):
            if t.pos_ == "VERB" and _is(t, "motion"):
                return t
        verbs = [t for t in tok.sent if t.pos_ == "VERB" and _is(t, "motion")]
        return min(verbs, key=lambda t: abs(t.i - tok.i)) if verbs else None

    def _destination(self, tok: Token, anchors: list[Token]) -> Token | None:
        """Where a visit goes: "визит в Россию", "посетить Казахстан", "прибыл в Турцию"."""
        for head in [tok, *anchors[:1]]:
            for c in head.children:
                if c.i == tok.i:
                    continue
                visited = head.pos_ == "VERB" and head.lemma_ in {
                    "посетить",
                    "посещать",
                    "побывать",
                }
                if visited and c.dep_ == "obj" and self._is_place(c):
                    return c
                if _prep(c) in {"в", "на"} and c.morph.get("Case") == ["Acc"] and self._is_place(c):
                    return c
        return None

    def _place(self, tok: Token, anchors: list[Token], visit: bool) -> Token | None:
        """Where the event happens: "в Кремле", "в городе Оренбурге", "визит в Москву"."""
        cases = {"Loc", "Acc"} if visit else {"Loc"}
        near = [c for head in [tok, *anchors[:1]] for c in head.children]
        inside = [t for t in tok.subtree if t.i > tok.i and t.pos_ != "VERB"]
        for c in near + inside:
            if c.i == tok.i or _prep(c) not in {"в", "на"}:
                continue
            case = c.morph.get("Case", [""])[0]
            if (case in cases and c in near or case == "Loc") and self._good_place(c):
                return _proper(c)
        # "… заседания Форума – на этот раз оно происходит в городе Оренбурге"
        for verb in tok.sent:
            if verb.pos_ != "VERB" or not _is(verb, "happen"):
                continue
            if any(c.dep_ in _SUBJECT_DEPS and c.pos_ == "PRON" for c in verb.children):
                for c in verb.children:
                    if _prep(c) == "в" and c.morph.get("Case") == ["Loc"] and self._is_place(c):
                        return None if _rules().get(c.lemma_) else _proper(c)
        return None

    def _good_place(self, tok: Token) -> bool:
        """A place that can be an event's: not a country named as such, not another event."""
        return self._is_place(tok) and not self._is_state_name(tok) and not _rules().get(tok.lemma_)

    def _is_place(self, tok: Token) -> bool:
        if any(m.type == "State" for m in self.by_token.get(tok.i, ())):
            return True
        if any(m.type == "Person" for m in self.by_token.get(tok.i, ())):
            return False
        if _is(tok, "place"):
            return True
        ent = tok.ent_type_
        return tok.pos_ == "PROPN" and ent in {"LOC", ""} or ent == "LOC"

    def _is_state_name(self, tok: Token) -> bool:
        """A country named as a country (not its capital): no place of an event."""
        return any(
            m.type == "State" and m.via not in {"capital"} for m in self.by_token.get(tok.i, ())
        )

    def _place_name(self, tok: Token) -> str:
        for m in self.by_token.get(tok.i, ()):
            if m.type == "State" and m.via != "capital":
                entity = self.ctx.entity(m.entity)
                return entity.name if entity else m.text
        return phrase_in(tok, "nomn", set())

    def _signs_document(self, tok: Token, hit: Hit, skip: set[int]) -> bool:
        """A signing of a treaty or another inter-state paper, not of a law at home."""
        objs = [
            c
            for c in tok.children
            if c.dep_ in {"obj", "nsubj:pass", "nmod"} and c.pos_ in {"NOUN", "PROPN"}
        ]
        if tok.dep_ in {"acl", "acl:relcl"} and tok.head.pos_ in {"NOUN", "PROPN"}:
            objs.append(tok.head)  # "договор, заключённый в Москве"
        if tok.lemma_ == "церемония":
            objs = [c for c in tok.children if c.lemma_ == "подписание"]
            objs = [g for o in objs for g in o.children if g.dep_ == "nmod"] or objs[:0]
            if not objs:
                return True
        docs = [o for o in objs if _is(o, "document")]
        if not docs:
            return not objs and tok.pos_ != "VERB"
        hit.document = phrase_in(docs[0], "gent", skip)
        first = docs[0].left_edge
        if first.i == first.sent.start and first.pos_ != "PROPN":
            hit.document = hit.document[:1].lower() + hit.document[1:]
        return True

    # -- who -------------------------------------------------------------------

    def _participants(self, tok: Token, hit: Hit, anchors: list[Token], skip: set[int]) -> None:
        found = self._linked(tok, skip)
        one_side = len({self._state_of(k) for k in found}) < 2
        if tok.pos_ == "VERB" or (hit.kind in MULTI | {"Publication", "Election"} and one_side):
            found += self._subject_mentions(tok)
        if not found and hit.kind == "Ceremony":  # who attends: whoever the sentence names
            sent = tok.sent
            found = [m.entity for h, m in self.mention_head.items() if sent.start <= h < sent.end]
            found = [k for k in found if k.startswith("person/")]
        for key in unique(found):
            entity = self.ctx.entity(key)
            if key.startswith("person/"):
                hit.persons.append(key)
                if entity is not None and entity.state.startswith("state/"):
                    hit.states.append(entity.state)
            elif key.startswith("state/"):
                hit.states.append(key)
        hit.persons, hit.states = unique(hit.persons), unique(hit.states)

    def _linked(self, target: Token, skip: set[int]) -> list[str]:
        """Persons and states whose parse path reaches `target` through names, titles
        and groups ("переговоры главы МИД с Президентом Казахстана"), not through a
        verb or a possessor ("советника Обамы": Obama is not the one who meets)."""
        out = []
        for head, m in self.mention_head.items():
            if m.type == "Organization" or head in skip:
                continue
            if head == target.i or self._reaches(self.doc[head], target, m.type == "Person"):
                out.append(m.entity)
                out += [n.entity for n in self.by_token.get(head, ()) if n.type == "State"]
        return out

    def _reaches(self, tok: Token, target: Token, person: bool) -> bool:
        if tok.sent.start != target.sent.start:
            return False
        first = True
        while tok.head.i != tok.i:
            parent = tok.head
            if parent.i == target.i:
                return True
            if person and first and tok.dep_ == "nmod" and parent.i not in self.in_mention:
                return False  # a person's possessor: "советника Обамы", "дочь Путина"
            animate = parent.pos_ in {"NOUN", "PROPN"} and parent.morph.get("Animacy") == ["Anim"]
            if parent.morph.get("VerbForm") == ["Part"] and parent.head.i == target.i:
                return True  # "предстоящих с Путиным переговоров"
            signed = _is(parent, "document") and target.lemma_ in _SIGN_VERBS
            if not (parent.i in self.in_mention or animate or signed or _is(parent, "group")):
                return False
            tok, first = parent, False
        return False

    def _subject_mentions(self, tok: Token) -> list[str]:
        """Who acts: the subject of the nearest verb up the parse that has a named one."""
        for verb in [tok, *_ancestors(tok)] if tok.pos_ == "VERB" else _ancestors(tok):
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            for subject in _subjects(verb):
                found = self._linked(subject, set())
                if subject.i in self.mention_head:
                    found.insert(0, self.mention_head[subject.i].entity)
                if found:
                    return found
        return []

    def _state_of(self, key: str) -> str:
        if key.startswith("state/"):
            return key
        entity = self.ctx.entity(key)
        return entity.state if entity is not None else ""

    def _visit(self, tok: Token, hit: Hit, anchors: list[Token], dest: Token | None) -> None:
        """Visitor and host of a visit."""
        if dest is not None:
            hit.host = self._host(dest)
            if hit.location == "" and not self._is_state_name(dest):
                hit.location = self._place_name(_proper(dest))
        own = [k for k in unique(self._linked(tok, set(_subtree(dest)))) if k != hit.host]
        persons = [k for k in own if k.startswith("person/")]
        visitor = persons[:1] or [k for k in own if k.startswith("state/")][:1]
        by_verb = tok.pos_ == "VERB" or (anchors and _is(anchors[0], "motion"))
        possessive = any(c.lemma_ == "свой" for c in tok.children)
        if not visitor and (by_verb or possessive):
            subjects = self._subject_mentions(anchors[0] if by_verb and anchors else tok)
            visitor = [k for k in subjects if k.startswith("person/")][:1] or subjects[:1]
        if not visitor and tok.dep_ == "obl" and anchors:  # "Донилон во время поездки в Москву"
            subjects = self._subject_mentions(anchors[0])
            guests = [k for k in unique(subjects) if k.startswith("person/")]
            guests = [k for k in guests if self._state_of(k) != hit.host]
            visitor = guests if len(guests) == 1 else []
        hit.visitor = visitor[0] if visitor else ""
        states = [self._state_of(hit.visitor), hit.host]
        hit.persons = [hit.visitor] if hit.visitor.startswith("person/") else []
        hit.states = unique([s for s in states if s])

    def _host(self, dest: Token) -> str:
        for m in self.by_token.get(dest.i, ()):
            if m.type == "State":
                return m.entity
        target = _proper(dest)
        return _capitals().get(normalize(target.lemma_), "")

    def _publication(self, tok: Token, hit: Hit, anchors: list[Token]) -> None:
        """Author (persons already found), outlet and title of an article or interview."""
        m = _QUOTED.match(self.doc.text, tok.idx + len(tok.text))
        if m and tok.lemma_ == "статья":
            hit.title = m.group(1).strip()
        for head in [tok, *anchors]:
            for t in head.subtree:
                for mention in self.by_token.get(t.i, ()):
                    outlet = mention.type == "Organization" and not hit.outlet
                    if outlet and self._org_reaches(t, head):
                        hit.outlet = mention.entity
        hit.persons = hit.persons[:1]
        hit.states = [s for s in (self._state_of(k) for k in hit.persons) if s]

    def _org_reaches(self, tok: Token, head: Token) -> bool:
        while tok.i != head.i:
            if tok.pos_ == "VERB" or tok.head.i == tok.i:
                return False
            tok = tok.head
        return True

    # -- when ------------------------------------------------------------------

    def _when(self, tok: Token, hit: Hit, anchors: list[Token], dates: list[DateMention]) -> None:
        """The date attached to the trigger or its anchors; a month or season as a hint."""
        reach = {tok.i} | {a.i for a in anchors}
        best: DateMention | None = None
        for d in dates:
            first = self._tokens(d.start, d.end)
            nearer = best is None or abs(d.start - tok.idx) < abs(best.start - tok.idx)
            if first and nearer and self._attached(first[0], reach):
                best = d
        if best is not None and best.value:
            hit.date, hit.dated_by_text = best.value, True
        elif best is not None:
            month = re.search(MONTH_RE, best.text, re.IGNORECASE)
            hint = f"--{_month(month):02d}" if month else _DATE_WORDS.sub("", best.text.lower())
            hit.hint = hint
        if not hit.hint and not hit.date:
            for head in [tok, *anchors]:
                for c in head.children:
                    if _is(c, "season"):
                        hit.hint = next(
                            r for r in _words() if r.startswith("season:") and _is(c, r)
                        )
        for head in [tok, *anchors[:1]]:
            if any(_is(c, "now") for c in head.children):
                hit.now = True

    def _attached(self, tok: Token, reach: set[int]) -> bool:
        while True:
            if tok.i in reach:
                return True
            if tok.head.i == tok.i or (tok.pos_ == "VERB" and tok.i not in reach):
                return False
            tok = tok.head

    def _tokens(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return list(span) if span is not None else []

    # -- status ----------------------------------------------------------------

    def _status(self, tok: Token, hit: Hit, anchors: list[Token]) -> None:
        """cancelled / planned / occurred where the text signals it, else ""."""
        near = list(tok.children) + list(_ancestors(tok))
        near += [c for a in anchors if a.i != tok.i for c in a.children]
        if any(_is(t, "cancel") for t in near) or any(
            _negated(a) and _is(a, "happen") for a in anchors
        ):
            hit.status = "cancelled"
        elif any(_is(t, "plan") for t in near):
            hit.status = "planned"
        elif hit.now:
            hit.status = "occurred"
        else:
            hit.status = self._tense_status(tok, anchors)

    def _tense_status(self, tok: Token, anchors: list[Token]) -> str:
        verbs = [tok] if tok.pos_ == "VERB" else []
        if tok.dep_ in _SUBJECT_DEPS and tok.head.pos_ in {"VERB", "AUX"}:
            verbs.append(tok.head)
        verbs += [a for a in anchors if _is(a, "happen") or a.dep_ in {"acl", "acl:relcl"}]
        for verb in verbs:
            tense = _tense(verb)
            if tense:
                return "planned" if tense == "Fut" else "occurred"
        if any(_tense(a) == "Fut" for a in anchors):
            return "planned"  # whatever is said of it in the future tense lies ahead
        return ""


def _root(span: Sentence) -> int:
    """The token of a span whose head lies outside it (spaCy's `root` trips on some parses)."""
    inside = range(span.start, span.end)
    return next((t.i for t in span if t.head.i not in inside or t.head.i == t.i), span.start)


def _subtree(tok: Token | None) -> list[int]:
    return [t.i for t in tok.subtree] if tok is not None else []


def _ancestors(tok: Token) -> list[Token]:
    out = []
    while tok.head.i != tok.i:
        tok = tok.head
        out.append(tok)
    return out


def _governor(tok: Token) -> Token | None:
    """The nearest verb up the parse, not crossing into another clause."""
    while tok.head.i != tok.i:
        if tok.dep_ in _CLAUSE_DEPS and tok.pos_ in {"VERB", "AUX"}:
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
    return None


def _subjects(verb: Token) -> list[Token]:
    """The verb's subject; for an infinitive, whoever controls it ("пригласил Путина посетить")."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if subjects:
        return subjects
    if verb.dep_ == "xcomp":
        head = verb.head
        if _is(head, "invite"):
            objs = [c for c in head.children if c.dep_ in {"obj", "iobj"}]
            if objs:
                return objs
        return _subjects(head) if head.i != verb.i else []
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        return _subjects(verb.head)
    return []


def _prep(tok: Token) -> str:
    return next((c.lemma_ for c in tok.children if c.dep_ == "case"), "")


def _proper(tok: Token) -> Token:
    """ "в городе Оренбурге" → "Оренбурге": the name beside a generic place noun."""
    if tok.pos_ != "PROPN" and tok.lemma_ in {"город", "столица", "село", "деревня", "поселок"}:
        for c in tok.children:
            if c.pos_ == "PROPN" and c.dep_ in {"appos", "flat", "nmod", "flat:name"}:
                return c
    return tok


def _habitual(verb: Token) -> bool:
    """An imperfective verb in the present tense tells a habit ("мы встречаемся")."""
    return verb.morph.get("Aspect") == ["Imp"] and verb.morph.get("Tense") == ["Pres"]


def _negated(verb: Token) -> bool:
    return any(c.lemma_ == "не" and c.dep_ == "advmod" for c in verb.children)


def _tense(verb: Token) -> str:
    for aux in (c for c in verb.children if c.dep_ in {"aux", "aux:pass"}):
        if aux.lemma_ == "быть" and aux.text.lower().startswith("буд"):
            return "Fut"
        if aux.lemma_ == "быть" and aux.morph.get("Tense"):
            return aux.morph.get("Tense")[0]
    tense = verb.morph.get("Tense")
    if tense:
        return tense[0]
    if verb.morph.get("VerbForm") == ["Part"] and verb.morph.get("Variant") == ["Short"]:
        return "Past"  # "визит отменён"
    return ""


def _month(m: re.Match[str]) -> int:
    return next(i for i in range(1, 13) if m.group(f"m{i}"))


def unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def read_hits(ctx: Context) -> list[Hit]:
    """Every event mention of the document, in text order."""
    return _Reader(ctx).hits()
