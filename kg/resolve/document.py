"""A document's names in two halves: `read_names` reads them from the document alone (the
build's map step, in any process), `link_names` links them against the corpus's registry
(its reduce, in corpus order)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from urllib.parse import urlparse

from spacy.tokens import Doc, Span

from kg.doc_text import settle
from kg.extract.offices.clause_terms import ended_in_clause
from kg.gazetteer import Gazetteer
from kg.model import Document, Entity, Mention
from kg.nlp.deps import index_prepositions
from kg.resolve.body_states import noun_bodies
from kg.resolve.gender import predicate_gender
from kg.resolve.given import GivenRead, read_given
from kg.resolve.given_agreement import GivenOffice
from kg.resolve.office_holders import name_holds
from kg.resolve.org_naming import (
    LOCAL_BODY,
    SETTLED_BODY,
    WORDS,
    org_entity,
    org_span,
    state_named_in,
)
from kg.resolve.org_quotes import via_of
from kg.resolve.organizations import organization_spans
from kg.resolve.person_links import link_persons
from kg.resolve.person_plans import PersonPlan
from kg.resolve.persons import PersonMention, kin_genders, person_mentions
from kg.resolve.registry import Registry, state_entity
from kg.resolve.title_lexicon import Title
from kg.resolve.title_tenure import appointed_tokens, no_sitting_holder
from kg.resolve.titles import find_titles, stands_alone
from kg.sentences import index_sentences


@dataclass
class NameReading:
    """Every name one document writes, read from the document alone: the per-document half
    of resolution. `link_names` turns it into entities against the corpus's registry."""

    states: list[tuple[int, int, str, str]]  # (start, end, state key, via)
    orgs: list[tuple[int, int, Entity, str]]  # (start, end, the entity as named here, via)
    persons: list[PersonMention]
    titles: list[Title]
    home: str  # the state the text speaks for
    # The offices titles beside names give (`given_read.given`) and what they were read
    # from, for the offices extractor to take them (`read_given`).
    given_read: GivenRead = field(repr=False)
    # The sexes of kin the text speaks of ("его мать": "femn"), which let a verb's gender
    # keep a surname alone apart from a relative of the other sex.
    kin_genders: frozenset[str] = frozenset()
    # The starts of bare office nouns that can only stand for someone named before.
    bare: frozenset[int] = frozenset()
    # The starts of titles whose verb is feminine ("Президент Египта встретила"): their
    # holder is a woman, whatever the title's own gender.
    her_titles: frozenset[int] = frozenset()
    # The starts of stateless titles that receive someone named before in a clause of the
    # place visited ("посетил Лиму, где его принял президент страны"): the host's, no one's
    # the text named before (`_hosting`).
    hosts: frozenset[int] = frozenset()
    # The starts of bare titles that stand for no one in office now: "новый премьер" after
    # an appointment, "Назначение президентского премьера" (`no_sitting_holder`).
    # Each with the tokens of the objects of the appointing verbs before it: the appointee
    # named there is the one it stands for.
    unheld: dict[int, frozenset[int]] = field(default_factory=dict)
    # The first tokens of names whose title beside them a relative clause tells ended before
    # the document's date ("Премьер X, которая занимала этот пост до 2017 года"): the
    # title is no office of theirs now (`ended_in_clause`).
    ended: frozenset[int] = frozenset()
    # Made at the first linking, kept for the next (`person_plan`).
    person_plan: PersonPlan | None = field(default=None, compare=False, repr=False)

    @property
    def given(self) -> dict[int, GivenOffice]:
        """The office a title beside a name gives that person, by the name's first token."""
        return self.given_read.given


def resolve(doc: Doc, document: Document, registry: Registry) -> tuple[list[Entity], list[Mention]]:
    """Entities named in the document and every mention of them."""
    return link_names(read_names(doc, document, registry.gazetteer), document, registry)


def read_names(doc: Doc, document: Document, gazetteer: Gazetteer) -> NameReading:
    """What the document alone says about names: no registry, no other document."""
    index_sentences(doc)
    settle(doc)  # the pipeline is done: token strings are read once from here
    index_prepositions(doc)
    state_spans = list(doc.spans.get("states", []))
    states = [(s.start_char, s.end_char, s.kb_id_, s.id_) for s in state_spans]
    states += [(start, end, key, "adjective") for start, end, key in doc._.state_parts]
    ents = doc.ents  # spaCy makes every entity's Span anew on each read of `doc.ents`
    org_spans = organization_spans(doc, ents, state_spans, gazetteer)
    orgs = [
        (span.start_char, span.end_char,
         _org_entity(gazetteer, span, key, name, document.id, state_spans),
         span.id_ or via_of(span))
        for span, key, name in org_spans
    ]  # fmt: skip
    orgs = _states_shared(_parts_states(orgs))
    titles = find_titles(doc, state_spans, org_key_spans(doc, state_spans, org_spans, gazetteer))
    kinds = [org_span(doc, s.start_char, s.end_char, k, gazetteer) or s for s, k, _ in org_spans]
    persons = person_mentions(doc, ents, state_spans, kinds, gazetteer, titles)
    home = home_state(document, [key for _, _, key, _ in states], gazetteer)
    names = {m.tokens[0]: m.parts for m in persons}
    given = read_given(
        doc,
        titles,
        [m.tokens for m in persons],
        lambda start, office, served: name_holds(gazetteer, names[start], office, served),
    )
    bare = frozenset(t.start for t in titles if stands_alone(doc, t))
    hers = frozenset(t.start for t in titles if predicate_gender([doc[t.head]]) == "femn")
    genders = kin_genders(doc)
    hosts = frozenset(t.start for t in titles if _hosting(doc, t))
    unheld = {
        t.start: appointed_tokens(doc, t.start)
        for t in titles
        if no_sitting_holder(doc, t.start, t.head)
    }
    ended = ended_in_clause(doc, document, given.given, [m.tokens for m in persons])
    return NameReading(
        states, orgs, persons, titles, home, given, genders, bare, hers, hosts, unheld, ended
    )


# A clause of the place ("…, где его принял президент страны") and the pronoun of the one
# received there.
_WHERE = frozenset(["где", "куда"])
_RECEIVED = frozenset(["его", "её", "ее", "их"])


def _hosting(doc: Doc, title: Title) -> bool:
    """Whether a title of no state is the subject of a clause opened by "где"/"куда" whose
    object is a pronoun ("Борич посетил Лиму, где его принял президент страны"): it
    receives the one the pronoun stands for in the place visited, so it is the host's, not
    that guest's or anyone named before with that title."""
    head = doc[title.head]
    if title.state or head.dep_ != "nsubj" or head.head.pos_ != "VERB":
        return False
    verb = head.head
    kids = list(verb.children)
    return any(c.lower_ in _WHERE for c in kids) and any(
        c.dep_ == "obj" and c.lower_ in _RECEIVED for c in kids
    )


def _org_entity(
    gazetteer: Gazetteer, span: Span, key: str, name: str, doc_id: str, states: list[Span]
) -> Entity:
    """The entity an organization's span names: of the state a settled body's span carries,
    or a state's body names inside its own name (`state_named_in`: "Министерство обороны
    Чили"), of this document alone for a body whose name says not whose it is."""
    if span.label_ == SETTLED_BODY:
        state = span.kb_id_
    else:
        state = state_named_in(span, name, states) if span.label_ != LOCAL_BODY else ""
    return org_entity(gazetteer, key, name, state, doc_id if span.label_ == LOCAL_BODY else "")


def _parts_states(
    orgs: list[tuple[int, int, Entity, str]],
) -> list[tuple[int, int, Entity, str]]:
    """A body's part of no state whose name ends with the body's mention of a state is that
    state's ("правление Центрального банка Кении", "пресс-центр МИД Уганды": Kenya's,
    Uganda's), as a part named by a state's body noun is ("комитет парламента Кении")."""
    ends = {(start, end): entity.state for start, end, entity, _ in orgs if entity.state}
    return [
        (start, end, replace(entity, state=found), via)
        if not entity.state
        and (found := next((s for (b, e), s in ends.items() if start < b and e == end), ""))
        else (start, end, entity, via)
        for start, end, entity, via in orgs
    ]


def _states_shared(
    orgs: list[tuple[int, int, Entity, str]],
) -> list[tuple[int, int, Entity, str]]:
    """Each organization's mentions with the one state any of them gives its entity: "ФТС"
    in the headline is the "Федеральная таможенная служба РФ" the text names after, one
    body of Russia's, whichever mention comes first (the registry keeps the first
    description). Not where its mentions give it two states."""
    states: dict[str, set[str]] = {}
    for _, _, entity, _ in orgs:
        if entity.state:
            states.setdefault(entity.key, set()).add(entity.state)
    return [
        (start, end, replace(entity, state=next(iter(found))), via)
        if not entity.state and len(found := states.get(entity.key, set())) == 1
        else (start, end, entity, via)
        for start, end, entity, via in orgs
    ]


def org_key_spans(
    doc: Doc, states: list[Span], org_spans: list[tuple[Span, str, str]], gazetteer: Gazetteer
) -> list[Span]:
    """Organization spans carrying their entity key as `kb_id_` and kind as `label_`, as
    titles read them; not a body that is a title's own complement (`noun_bodies`)."""
    complements = noun_bodies(doc, states, gazetteer)
    spans = (
        org_span(doc, s.start_char, s.end_char, key, gazetteer)
        for s, key, _ in org_spans
        if (s.start_char, s.end_char) not in complements
    )
    return [s for s in spans if s is not None]


def link_names(
    reading: NameReading, document: Document, registry: Registry
) -> tuple[list[Entity], list[Mention]]:
    """The corpus half of resolution: a document's names → entities of the registry, which
    carries what earlier documents said (first description wins) and learns from this one."""
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    registry.begin()

    def emit(entity: Entity, start: int, end: int, via: str) -> None:
        entity = registry.add(entity)
        entities[entity.key] = entity
        mentions.append(Mention(start, end, document.text[start:end], entity.key, entity.type, via))

    for start, end, key, via in reading.states:
        emit(state_entity(registry.gazetteer, key), start, end, via)
    led = [o for o in reading.orgs if _led(o[2])]
    for start, end, entity, via in reading.orgs:
        if not _led(entity):
            emit(replace(entity), start, end, via)  # a copy: the registry may keep and amend it
    link_persons(reading, document, registry, emit)
    for start, end, entity, via in led:  # after the person it is named by, whom it spans
        leader = _leader(document.text, end, mentions)
        state = entities[leader.entity].state if leader is not None else ""
        state = state if state.startswith("state/") else ""
        end = leader.end if leader else _surname_end(document.text, end, entity.name)
        emit(replace(entity, state=state), start, end, via)
    mentions.sort(key=lambda m: (m.start, m.end, m.entity))
    return sorted(entities.values(), key=lambda e: e.key), _dedupe(mentions)


def _led(entity: Entity) -> bool:
    """A body named by the person who leads it (`person_administrations`: "Администрация
    Руто") of no state its own name gives; not one named by a common word ("Партия реформ",
    whose mention stops before the name after it: fifty-fifth pass, h-orgs66)."""
    words = entity.name.split()
    if entity.state or len(words) != 2 or not words[1][:1].isupper():
        return False
    return words[0].lower() in WORDS["led"]


def _leader(text: str, end: int, mentions: list[Mention]) -> Mention | None:
    """The mention of the person right after a body's name at `end` ("администрация
    [Уильяма Руто]"), whose state, as the text's title beside them or the gazetteer gives
    it, is the body's (a government named after its head is of the state its head serves;
    fifty-third pass), and whose name ends the body's mention, the person's own nested in
    it, as NEREL spans it ("администрации Клинтона", "правительства Исама Шарафа"; fifty-fourth
    pass). None where no person follows."""
    start = end + len(text[end:]) - len(text[end:].lstrip())
    return next((m for m in mentions if m.start == start and m.type == "Person"), None)


def _surname_end(text: str, end: int, name: str) -> int:
    """The end of the leader's surname as the body's name writes it ("Партия [Макрона]")
    right after `end` where no person's mention is read there: the body's mention spans it,
    as it spans a person's (fifty-fifth pass, h-orgs66); `end` where the text has no such
    word."""
    surname = name.split()[-1]
    start = end + len(text[end:]) - len(text[end:].lstrip())
    after = start + len(surname)
    whole = text.startswith(surname, start) and not text[after : after + 1].isalnum()
    return after if whole else end


def home_state(document: Document, states: list[str], gazetteer: Gazetteer) -> str:
    """The state a text speaks for, whose "Глава государства" needs no name: the country
    of the source's domain (akorda.kz, kremlin.ru), else the state it names most."""
    host = urlparse(document.url).hostname or ""
    country = host.rsplit(".", 1)[-1].upper() if "." in host else ""
    country = {"UK": "GB", "SU": "RU"}.get(country, country)
    # no domain (most corpora's documents): no scan of the ~200 states for each document
    by_domain = country and next((s.key for s in gazetteer.states if s.iso2 == country), "")
    if by_domain:
        return by_domain
    counts = Counter(states)
    return max(counts, key=lambda k: (counts[k], -states.index(k))) if counts else ""


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    seen: set[tuple[int, int, str]] = set()
    out = []
    for m in mentions:
        if (m.start, m.end, m.entity) not in seen:
            seen.add((m.start, m.end, m.entity))
            out.append(m)
    return out
