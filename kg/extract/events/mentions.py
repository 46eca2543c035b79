"""The bottom layer of the document's hit reader (`hits._Reader`): the mentions by
token and by the head of their span, and what a mention's key stands for: the state of a
person, organization or capital, a union a bare "альянс" names, the body a lawmaker
serves, the state the document is about. The layers above ask these of any word.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping
from functools import cache

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from kg.doc_text import char_range
from kg.extract.agreements.fact import Agreement
from kg.extract.agreements.listed import listed_after
from kg.extract.agreements.relative_topics import relative_topic, topic_text
from kg.extract.agreements.title_words import ORG_NOUNS
from kg.extract.common.words import POINTING_BACK
from kg.extract.context import Context
from kg.extract.events.hit import Hit
from kg.extract.events.labels import joined, phrase_in
from kg.extract.events.place_names import city_alone
from kg.extract.events.words import is_role as _is
from kg.extract.offices.extract import extract_offices, former_holders
from kg.gazetteer import (
    Gazetteer,
    OrgEntry,
    capital_in_any_case,
    capital_named,
    capital_of_adjective,
    capital_of_words,
    normalize,
    seat_named,
)
from kg.model import Mention
from kg.nlp.deps import SUBJECTS, sentence_before
from kg.nlp.deps import preposition as _prep
from kg.nlp.morph import case_of
from kg.resolve import home_state
from kg.resolve.body_states import state_adjectives
from kg.resolve.not_persons import people_noun, people_state
from kg.resolve.title_lexicon import ROLE_OFFICES, is_trade
from kg.resolve.unions import union_served

_STATELESS_KINDS = frozenset({"IntergovernmentalOrganization", "PoliticalParty"})
# how a place's name hangs on the noun it names ("в мексиканском городе Ла-Пас")
_NAME_OF_NOUN = frozenset({"appos", "flat", "flat:name"})
# The nominative endings a city's locative in "-е" stands for: "Вадуце" (Вадуц), "Кампале"
# (Кампала), "Сараеве" (Сараево)
_ENDS = ("", "а", "о")


# An office whose holder speaks for the body its next words name (the body's words stay in
# the office where its name ends with its state's: "пресс-секретарь Госдепартамента США").
_SPOKESMEN = ("пресс-секретарь ", "официальный представитель ", "представитель ")


def _item_cased(paper: Token, phrase: str) -> str:
    """A paper's phrase with a small first letter where its noun opens an item of a list one
    a line, capitalised only as a line's first word ("были подписаны следующие документы:\n-
    Меморандум о …"); a phrase opening with an adjective keeps it ("Киотского протокола")."""
    first = next((t.i for t in paper.sent if t.is_alpha), -1)
    opens = next((t.i for t in paper.subtree if t.is_alpha), -1)
    return phrase[:1].lower() + phrase[1:] if first == opens == paper.i else phrase


def capital_in_locative(gaz: Gazetteer, tok: Token) -> str:
    """The state whose capital a locative in "-е" names where its lemma misses the name
    ("в Кампале": "кампал"; "в Вадуце", "в Сараеве"), "" for none."""
    if not tok.lower_.endswith("е") or case_of(tok) != "Loc":
        return ""
    stem = tok.text[:-1]
    return next(filter(None, (capital_of_words(gaz, stem + e, stem + e) for e in _ENDS)), "")


def person_state(ctx: Context, key: str) -> str:
    """The state a person acts for as kg knows it, the one reader of it for a hit's sides
    (`Mentions.acts_for`) and an event's label (`naming._sides`): their entity's, else the
    one state their current offices in this text serve (a title of no state that the
    sentence's setting gives one, "посетил Того и провёл переговоры с президентом X": Togo's,
    `home_state`; sixty-first pass, h-names134), else their entity's body or "". So talks
    of two persons are labelled by them whichever way their states are known (sixty-second
    pass, h-events215)."""
    entity = ctx.entity(key)
    own = entity.state if entity is not None else ""
    if own.startswith("state/"):
        return own
    held = set(_text_states(ctx, key))
    one = held.pop() if len(held) == 1 else ""
    return one if one.startswith("state/") else own


def holds_post(ctx: Context, key: str) -> bool:
    """Whether the text gives a person a post held now, not a trade ("журналист"): an
    official, not a private person met ("с матерью журналиста X"). Seventy-first pass
    (h-events269)."""
    return any(
        h.person == key and h.basis == "text" and not h.past and not is_trade(h.office)
        for h in ctx.once(extract_offices)
    )


def _text_states(ctx: Context, key: str) -> list[str]:
    """The states or bodies of the offices the text gives a person now ("" for none)."""
    return [
        h.state
        for h in ctx.once(extract_offices)
        if h.person == key and h.basis == "text" and not h.past
    ]


def _paper_phrase(paper: Token, cut: set[int]) -> str:
    """A paper's phrase in the genitive, that of a paper told by a relative clause of its
    topic with the topic its title has ("строительство нефтепровода, соглашение о котором
    …": "соглашения о строительстве нефтепровода"; sixty-second pass, h-agreements74)."""
    phrase = phrase_in(paper, "gent", cut, counted=True)
    topic = relative_topic(paper)
    return phrase if topic is None else phrase + " " + topic_text(topic, paper)


class Mentions:
    """The mentions of one document and what their keys stand for."""

    def __init__(self, ctx: Context, titles: Mapping[int, Agreement] | None = None) -> None:
        self.ctx = ctx
        # token → the agreement whose title it is a word of (`AgreementReading.by_token`)
        self.titles: Mapping[int, Agreement] = titles or {}
        self.doc = ctx.doc
        self.sents = ctx.sents
        self.by_token: dict[int, list[Mention]] = {}
        self.mention_head: dict[int, Mention] = {}  # head token → outermost mention
        self.in_mention: set[int] = set()
        for m in ctx.mentions:
            found = char_range(ctx.doc, m.start, m.end)
            if found is None:
                continue
            for i in range(*found):
                self.by_token.setdefault(i, []).append(m)
                self.in_mention.add(i)
            root = _root(ctx.doc[found[0] : found[1]])
            self.mention_head.setdefault(root, m)
            if m.type == "Person" and self.mention_head[root].type != "Person":
                self.mention_head[root] = m
        self._heads = sorted(self.mention_head)
        self.decrees: set[str] = set()  # decrees on relations abroad signed in the document
        self._rank = {head: n for n, head in enumerate(self.mention_head)}

    def _names(self, tok: Token) -> bool:
        """Whether the word is a name or part of one: a mention's, or written with a capital
        where no sentence starts."""
        return bool(self.by_token.get(tok.i)) or tok.text[:1].isupper() and not tok.is_sent_start

    def states_at(self, word: Token) -> list[str]:
        """The states a word's mentions name, else the state its lemma is the adjective of
        (the parser may read "марокканскую —", "Чилийскую и …" as nouns, of no mention; the
        tagger's "узбекского кино" makes none)."""
        told = self.named_states(word)
        adjective = state_adjectives(self.ctx.gazetteer).get(normalize(word.lemma_), "")
        return told or ([adjective] if adjective else [])

    def named_states(self, word: Token) -> list[str]:
        """The states a word's own mentions name (no adjective read from its lemma)."""
        return [m.entity for m in self.by_token.get(word.i, ()) if m.type == "State"]

    def _is_state(self, tok: Token) -> bool:
        return any(m.type == "State" and m.via != "capital" for m in self.by_token.get(tok.i, ()))

    def _is_place(self, tok: Token) -> bool:
        if any(m.type == "State" for m in self.by_token.get(tok.i, ())):
            return True
        unions = self.ctx.gazetteer.is_union
        if any(m.type == "Person" or unions(m.entity) for m in self.by_token.get(tok.i, ())):
            return False  # "о вступлении Сербии в ЕС": a union joined, no place
        if _is(tok, "place") or capital_in_any_case(self.ctx.gazetteer, tok):
            return True  # a capital natasha tags as a person ("посетил Нуакшот", "Кампалу")
        ent = tok.ent_type_
        if tok.pos_ == "PROPN" and ent in {"LOC", ""} or ent == "LOC":
            return True
        # a city natasha tags as a person that names no one ("посетил Мбарару"), asked last
        alone = ent == "PER" and tok.i not in self.in_mention
        return alone and city_alone(tok, self.ctx.gazetteer)

    def is_document(self, tok: Token) -> bool:
        return _is(tok, "document")

    def set_document(self, doc: Token, hit: Hit, skip: set[int]) -> None:
        """The paper an event is about: its genitive phrase and its head noun, with the papers
        coordinated after it each in the genitive too ("соглашения о торговле и меморандума
        о туризме": not the second as written); papers a list names after counted ones
        ("подписали пять соглашений, включая протокол о … и соглашение о …") or after a
        colon ("подписаны следующие документы:\n- Протокол о …"), not the count noun, with a
        small letter where a line's first word had the capital."""
        listed = self._papers_listed(doc)
        if listed:
            doc, papers = listed[0], listed[1:]
        else:
            papers = [
                t for t in doc.subtree if t.i > doc.i and t.dep_ == "conj" and _is(t, "document")
            ]
            papers += _papers_beside(doc) if not papers else []
        cut = skip | {x.i for p in papers for x in (p, *p.children) if x is p or x.dep_ == "cc"}
        cut |= {x.i for p in (doc, *papers) for x in p.children if x.lemma_ in POINTING_BACK}
        phrases = [_paper_phrase(p, cut | self._untitled(p)) for p in (doc, *papers)]
        signed = hit.kind == "Signing" and not papers and " " not in phrases[0]
        if signed and (named := self._named_before(doc)):
            phrases = [named]  # "Документ был подписан …": the paper named before it
        if listed:
            phrases = [_item_cased(p, phrase) for p, phrase in zip(listed, phrases, strict=True)]
        hit.document = joined(phrases)
        hit.doc_token = doc.i
        first = doc.left_edge
        if first.i == first.sent.start and first.pos_ != "PROPN":
            hit.document = hit.document[:1].lower() + hit.document[1:]

    def _named_before(self, paper: Token) -> str:
        """The genitive phrase of the title the agreement read at a bare paper noun has
        where another noun of its names it with words ("Соглашение об отмене визовых
        требований … вступило в силу. Документ был подписан …": "соглашения об отмене
        визовых требований …"): the nearest such noun before it, else the first after it;
        "" where none does. A signing's only: "Документ был опубликован" after a law on the
        agreement may be the law. Sixty-sixth pass (h-agreements83)."""
        agreement = self.titles.get(paper.i)
        if agreement is None:
            return ""
        nouns = [
            t for i, a in self.titles.items()
            if a is agreement and i != paper.i and _is(t := self.doc[i], "document")
        ]  # fmt: skip
        nouns.sort(key=lambda t: (t.i > paper.i, -t.i if t.i < paper.i else t.i))
        cut = {x.i for t in nouns for x in t.children if x.lemma_ in POINTING_BACK}
        phrases = (_paper_phrase(t, cut | self._untitled(t)) for t in nouns)
        return next((p for p in phrases if " " in p), "")

    def _papers_listed(self, counted: Token) -> list[Token]:
        """The paper nouns of the agreements read in the list after papers counted
        (`listed_after`), one per agreement, in the text's order; none where no agreement was
        read there ("семь документов, в том числе о торговле"), nor a bare paper noun whose
        title has no word of its own ("пакет из 12 документов, в том числе соглашение": the
        package is the label's, "Подписание 12 документов"; seventy-first pass, h-events269)."""
        heads: dict[int, Token] = {}  # by the agreement's identity: a fact is no dict key
        for t in listed_after(counted):
            agreement = self.titles.get(t.i)
            if agreement is None or not _is(t, "document"):
                continue
            if any(self.titles.get(w.i) is agreement for w in t.subtree if w is not t):
                heads.setdefault(id(agreement), t)
        return list(heads.values())

    def _untitled(self, paper: Token) -> set[int]:
        """The words after a paper's noun that the agreement read there leaves out of its
        title ("соглашение о поставках газа сроком на 20 лет", "… на сумму 500 млн
        долларов"): the signing's label ends where the title does, as the agreement's
        reading decides (h-events132); none for a noun no agreement was read at. A phrase
        naming a state or body stays ("пенсионного соглашения с Южной Осетией"): the title
        puts a side apart from its words, the label names it as written; so do the words
        within the title that it leaves out ("контракта на поставку 26 истребителей": a
        figure is no title word, the goods after it are; sixty-second pass, h-agreements75)."""
        agreement = self.titles.get(paper.i)
        if agreement is None:
            return set()
        after = [t for t in paper.subtree if t.i > paper.i]
        last = max((t.i for t in after if self.titles.get(t.i) is agreement), default=paper.i)
        sides = {x.i for t in after if self._is_side(t) for x in t.subtree}
        return {t.i for t in after if t.i > last and self.titles.get(t.i) is not agreement} - sides

    def _is_side(self, tok: Token) -> bool:
        return any(m.type in {"State", "Organization"} for m in self.by_token.get(tok.i, ()))

    def prep_of(self, tok: Token) -> str:
        return _prep(tok)

    def _state_at(self, tok: Token) -> str:
        head = self.mention_head.get(tok.i)
        return head.entity if head is not None and head.type == "State" else ""

    def orgs_at(self, tok: Token) -> list[str]:
        """The organizations mentioned at `tok`."""
        return [m.entity for m in self.by_token.get(tok.i, ()) if m.type == "Organization"]

    def union_called(self, noun: Token) -> str:
        """The union a bare common noun of its own name stands for ("присоединилась к
        альянсу" after "НАТО", whose "Североатлантический альянс" has the word): the one
        union named before it in its sentence or the one before that the noun fits; none
        where two fit ("ЕС" and "ЕАЭС" for "союз"), the noun is qualified ("в новый альянс")
        or the union was named further back, where the noun may stand for another."""
        if noun.lemma_ not in ORG_NOUNS or any(c.dep_ in {"amod", "nmod"} for c in noun.children):
            return ""
        gazetteer = self.ctx.gazetteer
        before = sentence_before(noun.sent)
        start = (before or noun.sent).start_char
        named = {m.entity for m in self.ctx.mentions if start <= m.start < noun.idx}
        unions = [k for k in named if gazetteer.is_union(k)]
        fits = [k for k in unions if noun.lemma_ in _name_words(gazetteer.org(k))]
        return fits[0] if len(fits) == 1 else ""

    def acts_for(self, key: str) -> str:
        """The state a person or body acts for: its own, unless the text names the person
        with an office they have left ("бывший президент Кении X дал интервью") or one in a
        union's body (`body_served`)."""
        if key in self.ctx.once(former_holders) or self.body_served(key):
            return ""
        state = person_state(self.ctx, key)
        return state if state.startswith("state/") else ""

    def body_served(self, key: str) -> str:
        """The union a person acts for by an office this text gives them in it or one of its
        bodies and no state's ("Председатель Европейского совета X провёл встречу": the EU,
        "Генсек НАТО Y": NATO), whatever state the gazetteer's other term at the date or
        the person's nationality names; else ""."""
        held = _text_states(self.ctx, key)
        if any(s.startswith("state/") for s in held):
            return ""
        return next((u for s in held if self.ctx.gazetteer.is_union(u := union_served(s) or s)), "")

    def _speaks_for_state(self, key: str) -> bool:
        """Whether an author's words are their state's: a head of state or government or a
        foreign minister in office, or one who speaks for a state body ("пресс-секретарь
        Госдепартамента США"); not another official ("начальник генштаба армии Китая").
        """
        entity = self.ctx.entity(key)
        if entity is None or key in self.ctx.once(former_holders):
            return False
        office = normalize(entity.office)
        if entity.state.startswith("org/") or office in _role_offices():
            return True
        # a state's body in the office's words: "пресс-секретарь Госдепартамента" of the USA
        return entity.state.startswith("state/") and office.startswith(_SPOKESMEN)

    def union_of(self, key: str) -> str:
        """The union of states a person in office acts for ("председатель Еврокомиссии",
        "генсек АСЕАН": the EU, ASEAN), else "": a party's leader acts for no union."""
        entity = self.ctx.entity(key)
        if entity is None or key in self.ctx.once(former_holders):
            return ""
        union = self.body_served(key) or union_served(entity.state) or entity.state
        return union if self.ctx.gazetteer.is_union(union) else ""

    def state_of_org(self, key: str) -> str:
        entity = self.ctx.entity(key)
        return entity.state if entity is not None and entity.state.startswith("state/") else ""

    def _heads_in(self, start: int, end: int) -> list[int]:
        """Mention heads between two token indices, in mention order: a sentence's
        mentions without walking every mention of a long document."""
        found = self._heads[bisect_left(self._heads, start) : bisect_left(self._heads, end)]
        return sorted(found, key=self._rank.__getitem__)

    def has_role(self, tok: Token, role: str) -> bool:
        return _is(tok, role)

    def capital_of(self, tok: Token) -> str:
        """The state whose capital or seat `tok` names, "" for none. Beside a name, a
        capitalised word inside its sentence the tagger reads as a noun or an adjective
        ("в Порт-о-Пренсе", "в Аддис-Абеба"), and a locative in "-е" whose lemma misses the
        name ("в Кампале": "кампал"; "в Вадуце", "в Сараеве"): fifty-first pass
        (h-events136)."""
        gaz = self.ctx.gazetteer
        if tok.pos_ == "ADJ" and tok.dep_ == "amod":  # "в московском аэропорту"
            return capital_of_adjective(gaz, tok.lemma_)
        named = tok.pos_ == "PROPN" or (
            tok.pos_ in {"NOUN", "ADJ"} and tok.text[:1].isupper() and tok.i != tok.sent.start
        )
        if not named or any(m.type == "Person" for m in self.by_token.get(tok.i, ())):
            return ""
        noun = tok.head if tok.dep_ in _NAME_OF_NOUN else tok  # "городе Ла-Пас"
        return capital_named(gaz, tok) or self.seat_of(tok, noun) or capital_in_locative(gaz, tok)

    def seat_of(self, name: Token, noun: Token) -> str:
        """The state whose other seat of government `name` is ("в Ла-Пасе": Bolivia), which
        no city table holds; "" where a state's adjective on it or on the place noun it
        names (`noun`, else itself) places a namesake in another state ("мексиканский
        (город) Ла-Пас"), for a visit's host and any event's place alike (the one lookup
        since the fifty-first pass, h-events137)."""
        key = seat_named(self.ctx.gazetteer, name)
        return key if key and not self.states_on(name, noun) - {key} else ""

    def states_on(self, name: Token, noun: Token) -> set[str]:
        """The states named before a place's name or the noun it names ("мексиканский
        (город) Ла-Пас"): where the text places it."""
        words = [*name.lefts, *noun.lefts]
        return {m.entity for w in words for m in self.by_token.get(w.i, ()) if m.type == "State"}

    def people_noun(self, tok: Token) -> bool:
        """A noun of a state's people ("россиянин", "чилийка"), `not_persons.people_noun`."""
        return people_noun(tok.text, self.ctx.gazetteer)

    def people_state(self, tok: Token) -> str:
        """The state a noun for its people names ("американцев"), `not_persons.people_state`."""
        return people_state(tok.text, self.ctx.gazetteer)

    def stateless_body(self, key: str) -> bool:
        """An international body or a party (`orgs.tsv` kinds): whoever holds a post in it
        acts for no state ("избрана директором-распорядителем МВФ")."""
        org = self.ctx.gazetteer.org(key) if key.startswith("org/") else None
        return org is not None and not org.state and org.kind in _STATELESS_KINDS

    def state_of(self, key: str) -> str:
        if key.startswith("state/"):
            return key
        entity = self.ctx.entity(key)
        return entity.state if entity is not None else ""

    def home_state(self) -> str:
        """The state the text is about (`kg.resolve.home_state`): its domain's, else the one
        it names most; none where another is named as often (Куба, США and Канада named once
        each: the first is not the text's)."""
        states = [m.entity for m in self.ctx.mentions if m.type == "State"]
        if domain := home_state(self.ctx.document, [], self.ctx.gazetteer):
            return domain
        counts = Counter(states).most_common(2)
        return counts[0][0] if len(counts) == 1 or counts and counts[0][1] > counts[1][1] else ""

    def served_state(self, key: str) -> str:
        """The state a person's office serves, as this document's titles give it ("премьер-
        министр Армении Овик Абраамян" anywhere in the text), else their entity's."""
        served = self.told_posts(key)
        return next((s for s in served if s.startswith("state/")), self.state_of(key))

    def told_posts(self, key: str) -> list[str]:
        """The states or bodies this document's titles give a person's offices ("генсек Пан
        Ги Мун" where the text names the post "генеральный секретарь ООН": the UN); "" for a
        title that gives neither."""
        holdings = self.ctx.once(extract_offices)
        return [h.state for h in holdings if h.person == key and h.basis == "text"]

    def _tokens(self, start: int, end: int) -> list[Token]:
        found = char_range(self.doc, start, end)
        return [self.doc[i] for i in range(*found)] if found is not None else []


def _name_words(org: OrgEntry | None) -> set[str]:
    """The lowercased words of a union's names in the gazetteer ("североатлантический",
    "альянс", "нато")."""
    names = (org.name, *org.abbreviations) if org is not None else ()
    return {w.casefold() for n in names for w in n.split()}


@cache
def _role_offices() -> frozenset[str]:
    """The offices whose holders speak for their state (`ROLE_OFFICES`), normalized."""
    return frozenset(normalize(o) for offices in ROLE_OFFICES.values() for o in offices)


def _root(span: Sentence) -> int:
    """The token of a span whose head lies outside it (spaCy's `root` trips on some parses);
    of several, the clause's subject: a name split at a glued initial ("указом президента
    Ю.Петров был назначен": "Ю" in apposition to "президента", "Петров" the subject) is
    where its subject part stands."""
    inside = range(span.start, span.end)
    roots = [t for t in span if t.head.i not in inside or t.head.i == t.i]
    subject = next((t for t in roots if t.dep_ in SUBJECTS), None)
    if subject is not None and len(roots) > 1:
        return subject.i
    return roots[0].i if roots else span.start


def _papers_beside(paper: Token) -> list[Token]:
    """Papers "и" joins to a verb's object that the parser hung on the verb itself ("подписали
    соглашение о дороге Ереван — Батуми и меморандум о туризме": "меморандум" under
    "подписали"), the second object of the same verb; so too a passive's second subject
    ("подписаны соглашение о … и меморандум о …", sixty-first pass, h-agreements70)."""
    verb = paper.head
    if paper.dep_ not in ("obj", "nsubj:pass") or verb.pos_ != "VERB":
        return []
    return [
        c
        for c in verb.children
        if c.dep_ in ("conj", paper.dep_)
        and c.i > paper.i
        and _is(c, "document")
        and any(x.dep_ == "cc" and x.lower_ == "и" for x in c.children)
    ]
