"""Whose state a body is when the text names the state beside it: a state's body word
("МИД Чили"), the body of a state's adjective, the nouns of bodies, other kinds and sports
teams. Split out of kg/resolve/organizations.py."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer, OrgEntry, capital_named, normalize
from kg.lexicon import load_list
from kg.nlp.deps import clause_head, new_paragraph, sentence_before
from kg.nlp.morph import (
    capitals_of,
    case_of,
    features,
    is_adjectival,
    is_plural,
    morph,
    upper_first,
)
from kg.resolve.name_lexicons import genitive
from kg.resolve.org_initials import abbreviation_like
from kg.resolve.org_modifiers import (
    adjective_word,
    body_noun,
    genitive_tail,
    named_by_field,
    past_genitives,
    plural_subject,
    purpose_end,
)
from kg.resolve.org_naming import (
    AGENCY_FIELDS,
    BODY_NOUN,
    BODY_NOUNS,
    BODY_SHORT,
    HOUSE_STATES,
    ORG_NOUNS,
    PLURAL_BODIES,
    QUOTES_OPEN,
    STATE_BODIES,
    WORDS,
    organization_name,
)
from kg.resolve.title_words import MISSIONS, POSTED
from kg.resolve.titles import span_keys


def state_body(gazetteer: Gazetteer, name: str, span: Span, states: list[Span]) -> str:
    """The known body a name without its state stands for ("Генеральная прокуратура",
    known as "… Эстонии"): of the state whose adjective comes right before it ("эстонская
    Генеральная прокуратура"), else of the state the document names most, ahead of every
    other; by the document's state only a body the gazetteer marks as named so (kind
    `StateBody`, with its state) or, where the text names no other state, any body known as
    "<name> <state>" ("Минобороны" in a text of Russia alone), by an adjective any such body
    ("итальянского МИДа" is "МИД Италии"), and not where a name follows ("Государственного
    совета Удмуртии": the region's), unless a person's ("депутат Палаты представителей X").
    A body every state has is no one state's where the text does not say which. A known
    body of a state after it is the one it belongs to ("Палаты представителей Конгресса
    США" is "Палата представителей США")."""
    parent = parent_state(gazetteer, span)
    if parent:
        org = body_of(gazetteer, name, parent)
        return org.key if org is not None else ""
    states = host_states(states, span)  # "Посла Ирана вызвали в МИД": not Iran's
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.text[:1].isupper() and after.ent_type_ != "PER":
        return ""
    if subordinate(span):
        return ""
    state = adjective_before(gazetteer, span)
    said = bool(state)  # the text names the state: any body known under "<name> <state>"
    if not state and not states:
        found = _body_of_cities_state(gazetteer, name, span.doc)
        return found or _owner_in_reach(gazetteer, name, span, states)
    if not state:
        ranked = Counter(s.kb_id_ for s in states).most_common(2)
        if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
            return _owner_in_reach(gazetteer, name, span, states)
        state = ranked[0][0]
    org = body_of(gazetteer, name, state)
    if org is None:
        return _owner_in_reach(gazetteer, name, span, states)
    alone = len({s.kb_id_ for s in states}) == 1  # the text names no other state
    # body_of keeps only a body of no state or of this one
    return org.key if said or alone or (org.kind == "StateBody" and org.state) else ""


def _body_of_cities_state(gazetteer: Gazetteer, name: str, doc: Doc) -> str:
    """The known body of a state named by its bare name (kind `StateBody`: "Демократическая
    партия" of the USA's) in a text that names no state, only the cities its mayors head,
    each of that one state's ("мэр Сиэтла"): local news says the state by its mayors'
    cities. A city where something happens ("встретился с диаспорой в Лос-Анджелесе") says
    nothing of whose body it is. "" where the cities lie in several states or none is a
    mayor's."""
    mayors = WORDS["mayor"]
    heads = [t for t in doc[1:] if t.pos_ == "PROPN" and doc[t.i - 1].lemma_.lower() in mayors]
    # "Мэры Сиэтла и Торонто": the cities joined to a mayor's are mayors' too
    named = {w for t in heads for w in (t, *t.conjuncts)}
    cities = (gazetteer.city(t.text) or gazetteer.city(t.lemma_) for t in named)
    found = {c.state for c in cities if c is not None}
    org = body_of(gazetteer, name, found.pop()) if len(found) == 1 else None
    return org.key if org is not None and org.kind == "StateBody" and org.state else ""


def _owner_in_reach(gazetteer: Gazetteer, name: str, span: Span, states: list[Span]) -> str:
    """The known body of a name one state's body alone bears (group `one`: "Госдепартамент")
    of the one state in reach (`states_in_reach`) the gazetteer knows a body of by it:
    "Госсекретарь США прибыл в Каир. Госдепартамент сообщил …" is the US's, Egypt having no
    such body; "" for any other name ("Министерство обороны", "МИД": a state in reach with
    no known one may be its owner) or where two states in reach have one. Where no state in
    reach has one, it is the body of the one state the gazetteer knows one of
    (`_sole_bearers`): "Госдеп сообщил о санкциях против Мексики" and a bare "Госдеп" in a
    text that names no state are the US's, one node with "Госдепартамент США"."""
    if normalize(name) not in WORDS["one"]:
        return ""
    reach = states_in_reach(span, states, gazetteer)
    owners: set[str] | frozenset[str]
    owners = {org.key for state in reach if (org := body_of(gazetteer, name, state))}
    owners = owners or _sole_bearers(gazetteer).get(normalize(name), frozenset())
    return next(iter(owners)) if len(owners) == 1 else ""


@cache
def _sole_bearers(gazetteer: Gazetteer) -> dict[str, frozenset[str]]:
    """A short name of group `one` (normalized) → the keys of the known bodies of a state
    named by it before a state's name ("Госдеп США"), for `_owner_in_reach`: one key where
    one state's body alone bears it, several (no owner) where the gazetteer knows more."""
    out: dict[str, set[str]] = {}
    for org in gazetteer.orgs:
        for name in (org.name, *org.abbreviations) if org.state else ():
            head = normalize(name).split(" ", 1)[0]
            if head in WORDS["one"] and " " in name:
                out.setdefault(head, set()).add(org.key)
    return {head: frozenset(keys) for head, keys in out.items()}


def states_in_reach(
    at: Span | Token, states: list[Span], gazetteer: Gazetteer, back: bool = True
) -> set[str]:
    """The states named in the sentence of `at` and (`back`) in the one before it in its
    paragraph, by name, adjective or capital as a place ("прибыл в Каир"): those a body named
    bare there may belong to."""
    sent = at.sent
    sentences = [sent]
    before = sentence_before(sent)
    if back and before is not None and not new_paragraph(sent):
        sentences.append(before)
    out = set()
    for words in sentences:
        out |= {s.kb_id_ for s in states if words.start <= s.start < words.end}
        out |= {
            state
            for e in words.ents
            if e.label_ == "LOC" and (state := capital_named(gazetteer, e.root))
        }
    return out


def envoys_state(state: Span) -> bool:
    """A state named as whose an envoy or a mission abroad is, by the genitive or the adjective
    of its post ("Посол Польши", "посольства Литвы", "иранского посла", "поверенный в делах
    Китая"): the envoy serves abroad, so it says neither where the text is set nor whose a
    body named bare is ("Посла Ирана вызвали в МИД": the host's ministry, never Iran's); the
    place of the post does ("посол Ирана в Германии": Germany)."""
    root = state.root
    if root.dep_ not in ("nmod", "amod") or any(c.dep_ == "case" for c in root.children):
        return False
    head = root.head
    if head.lower_ == "делах" and head.head.lower_.startswith("поверенн"):
        return True  # the tagger reads "поверенный" as a form of "поверить"
    return head.lemma_ in load_list(POSTED) | load_list(MISSIONS)


def host_states(states: list[Span], at: Span | Token) -> list[Span]:
    """The text's states that may own a body named bare at `at`: all but an envoy's
    (`envoys_state`) in the body's own clause, where the envoy is summoned to it, comes to it
    or meets it ("Посла Ирана вызвали в МИД", "Посол Польши встретился со спикером
    парламента": the host's). An envoy's state elsewhere stays one ("Посол США в Мексике
    заявил, что Сенат одобрит …": he may speak of his own state's)."""
    clause = clause_head(at if isinstance(at, Token) else at.root).i
    return [s for s in states if not (envoys_state(s) and clause_head(s.root).i == clause)]


def parent_state(gazetteer: Gazetteer, span: Span) -> str:
    """The state of the known state body named right after the span ("… Конгресса США"),
    else ""."""
    for other in span.doc.spans.get("orgs", []):
        org = gazetteer.org(other.kb_id_) if other.start == span.end else None
        if org is not None and org.state:
            return f"state/{org.state}"
    return ""


# A state body's short name → its full one ("МИД" → "Министерство иностранных дел"), and the
# full one to itself ("Коммунистическая партия", which no adjective of group `naming` opens).
_FULL_BODY = {
    normalize(s): upper_first(full) for full, ss in BODY_SHORT.items() for s in (full, *ss)
}
# Short names of plural bodies ("ВВС": военно-воздушные силы), which a singular adjective
# does not qualify ("британская ВВС" is the BBC).
_PLURAL_SHORT = {
    normalize(s) for full, ss in BODY_SHORT.items() if full.endswith("силы") for s in ss
}


def adjective_before(gazetteer: Gazetteer, span: Span) -> str:
    """The key of the state whose adjective stands right before the span ("казахстанский
    МИД", "индийские ВВС"), else "" (also for a singular one before a plural body's short
    name: "британская ВВС")."""
    before = span.doc[span.start - 1] if span.start else None
    if before is None:
        return ""
    if normalize(span.text) in _PLURAL_SHORT and "Plur" not in before.morph.get("Number"):
        return ""
    return state_adjectives(gazetteer).get(before.lemma_, "")


def body_word(word: str) -> bool:
    """Whether a name's first word names a body of a state: a noun of state_bodies.txt, or
    one of plural_bodies.txt in the plural ("Власти Того" act for Togo as "Правительство
    Того" does; "Советская власть" is no body)."""
    lemma = morph().lemma(word.lower()).replace("ё", "е")
    return lemma in STATE_BODIES or (lemma in PLURAL_BODIES and word.lower() != lemma)


def body_in_full(name: str) -> str:
    """The full name of a state's body that `name` is, in full or short (`BODY_SHORT`:
    "Компартия" → "Коммунистическая партия"); "" for any other name."""
    return _FULL_BODY.get(normalize(name), "")


def state_body_name(gazetteer: Gazetteer, name: str, state: str) -> str:
    """One name for a state's body the gazetteer does not know, whatever form of the state
    and of the body news gives: "МИД Республики Казахстан", "казахстанский МИД" and
    "Министерство иностранных дел Казахстана" are all "Министерство иностранных дел
    Казахстана", so they are one organization, and "британский МИД" is no "МИД" of every
    state. Adjectives of group `naming` may open it ("Верховный суд"). "" where the name is
    no state body ("Университет"). It opens with a capital where news writes the body's noun
    in lower case ("комитета по энергетике Кении": "Комитет по энергетике Кении")."""
    entry = gazetteer.state(state)
    full = _FULL_BODY.get(normalize(name))
    words = _past_opening_adjectives(name.split())
    if (
        entry is None
        or not words
        or not (
            full
            or morph().lemma(words[0].lower(), "NOUN") in BODY_NOUNS | PLURAL_BODIES
            or _society(words)
        )
    ):
        return ""
    return upper_first(f"{full or name} {genitive(entry.name)}")  # a name opens with a capital


def _society(words: list[str]) -> bool:
    """A state's society named by capitalised adjectives and its noun (group `society`:
    "Красный Крест", "Красный Полумесяц"), which takes its state after it as a body's noun
    does ("норвежского Красного Креста" is "Красный Крест Норвегии"; seventy-first pass,
    h-orgs85)."""
    *adjectives, noun = words
    return (
        bool(adjectives)
        and morph().lemma(noun.lower(), "NOUN") in WORDS["society"]
        and all(w[:1].isupper() and morph().can_be(w, "ADJF") for w in adjectives)
    )


def _past_opening_adjectives(words: list[str]) -> list[str]:
    """The name's words past its adjectives of group `naming` ("Верховный суд") and, where
    one opens it, the adjectives of its field after it ("Национальная антитеррористическая
    служба", `_with_naming_adjectives`): the body's noun first."""
    naming = [w for w in words if morph().lemma(w.lower(), "ADJ") not in WORDS["naming"]]
    if len(naming) == len(words):
        return words
    at = next((i for i, w in enumerate(naming) if not morph().can_be(w, "ADJF")), len(naming))
    return naming[at:]


def subordinate(span: Span) -> bool:
    """A body's name followed by "при" and what it is attached to ("Следственный комитет при
    прокуратуре", "Совет при президенте"): another, subordinate body, not the one known by
    the name alone."""
    return span.end < len(span.doc) and span.doc[span.end].lower_ == "при"


def body_of(gazetteer: Gazetteer, name: str, state: str) -> OrgEntry | None:
    """The one known body named "<name> <the state, genitive>" ("МИД Италии", "Правительство
    Российской Федерации"), under any of the state's names, else the one body of the state
    known by `name` as its short name (a bare "Сенат" settled as Kazakhstan's is its "Сенат
    Парламента …", only there), else for "Парламент" (group `whole`), or a parliament's own
    word the state names its own by (group `own`: "Хурал" of Mongolia), the state's one body
    of kind `Parliament` ("Турецкий парламент" is "Великое национальное собрание Турции"; not
    Kazakhstan's, which has two), and for "Центральный банк" (group `central`) its one body of
    kind `CentralBank` ("Центробанк Китая" is "Народный банк Китая"); None where none or
    several are, and for a lender's noun alone (group `state_named`: "японский банк" is one
    of Japan's many, not "Банк Японии"; seventy-first pass, h-orgs85)."""
    entry = gazetteer.state(state)
    if entry is None or morph().lemma(name.lower(), "NOUN") in WORDS["state_named"]:
        return None  # "японским банком": one of the state's many, no "Банк Японии" (h-orgs85)
    own = (entry.name, entry.full_name, *(a for a in entry.aliases if a.isupper()))
    names = org_names(gazetteer)
    full = _FULL_BODY.get(normalize(name), name)  # "Компартия Китая" as its full name
    keys = {
        k
        for body in dict.fromkeys((name, full))
        for n in own
        for said in _genitives(n)
        if (k := names.get(normalize(f"{body} {said}")))
    }
    keys = keys or _adjective_named(gazetteer).get((entry.key, normalize(name)), set())
    keys = keys or _short_names(gazetteer).get((entry.iso3, normalize(name)), set())
    houses = HOUSE_STATES.get(normalize(name), frozenset())
    if not keys and (normalize(name) in WORDS["whole"] or state in houses):  # "Парламент Турции"
        keys = _of_kind(gazetteer).get((entry.iso3, "Parliament"), set())
    if not keys and normalize(full) in WORDS["central"]:  # "Центробанк Бразилии"
        keys = _of_kind(gazetteer).get((entry.iso3, "CentralBank"), set())
    org = gazetteer.org(next(iter(keys))) if len(keys) == 1 else None
    return org if org is not None and org.state in ("", entry.iso3) else None


@cache
def _genitives(name: str) -> tuple[str, ...]:
    """A state's name in the genitive as a body's name ends in it: word by word, and, for a
    full name a state's noun opens, that noun alone, the name after it in apposition as
    official names write it ("Национальный банк Республики Казахстан", not "… Казахстана";
    seventy-first pass, h-orgs85); none for no name. Kept per name: `body_of` reads a
    state's names for every body it looks up."""
    if not name:
        return ()
    first, _, rest = name.partition(" ")
    if rest and morph().lemma(first.lower(), "NOUN") in STATE_NOUNS:
        return (genitive(name), f"{genitive(first)} {rest}")
    return (genitive(name),)


def _after_state_adjective(
    doc: Doc, states: list[Span], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """A body named by a state adjective and its noun, lower case ("британское
    правительство", "российского правительства"), which the tagger leaves untagged: the
    state's body the gazetteer knows as "<noun> <state>" ("Правительство Великобритании"),
    with the noun's genitive words ("министерство иностранных дел"); else, a noun of
    state_bodies.txt ("иракская полиция"), the state's body by that noun, unlinked, with the
    lower-case genitive words of a field after a noun that has one (group `fielded`:
    "Египетское министерство иностранных дел" is "Министерство иностранных дел Египта"; not
    "Японское правительство страны"). A noun of no body ("российские компании") is
    none."""
    out = []
    for adjective in (s for s in states if s.id_ == "adjective" and len(s) == 1):
        agency = _agency_after_adjective(adjective, gazetteer)
        if agency is not None:  # "турецкое внешнеполитическое ведомство"
            out.append(agency)
            continue
        noun = doc[adjective.end] if adjective.end < len(doc) else None
        if noun is not None and noun.pos_ == "ADJ":  # "индийским [экспортно-импортным] банком"
            if named := _lender(adjective) or _owned_named(adjective):
                out.append((named, "", upper_first(organization_name(named))))
            continue
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.head.i == adjective.start:
            continue
        if adjective[0].head.i != noun.i:
            continue  # "российские и британские правительства": not this adjective's noun alone
        if _owner_named_after(noun):
            continue  # "Испанской службе «Голоса Америки»": the outlet's, no state's body
        lemma = morph().lemma(noun.lower_, "NOUN")
        for more in range(3, -1, -1):
            words = doc[noun.i + 1 : noun.i + 1 + more]
            if len(words) < more or any(not t.is_alpha or t.head.i < noun.i for t in words):
                continue
            org = body_of(gazetteer, " ".join([lemma, *(t.text for t in words)]), adjective.kb_id_)
            if org is not None:
                out.append((doc[adjective.start : noun.i + 1 + more], org.key, ""))
                break
        else:
            found = _unlinked_body(gazetteer, adjective, noun, lemma)
            out.extend([found] if found else [])
    return out


def _unlinked_body(
    gazetteer: Gazetteer, adjective: Span, noun: Token, lemma: str
) -> tuple[Span, str, str] | None:
    """The state's body of a noun of state_bodies.txt after the state's adjective that the
    gazetteer does not know ("иракская полиция"), with the genitive words of its field after
    a noun of group `fielded`; None for such a noun without them ("японского министерства":
    which of the state's ministries? fifty-ninth pass, h-orgs70), else the lender
    (`_lender`) or None."""
    doc = noun.doc
    name = _state_noun_body(gazetteer, noun, adjective.kb_id_)
    if not name:
        lender = _lender(adjective)
        return (lender, "", upper_first(organization_name(lender))) if lender else None
    span = doc[adjective.start : noun.i + 1]
    if lemma in WORDS["fielded"]:  # "Египетское министерство [иностранных дел]"
        span = genitive_tail(span, set())
        if len(span) == 2:
            return None
    if len(span) > 2:
        field = " ".join([name.split()[0], *(t.text for t in span[2:])])
        name = state_body_name(gazetteer, field, adjective.kb_id_)
    return (Span(doc, span.start, span.end, BODY_NOUN), "", name)


def _owned_named(adjective: Span) -> Span | None:
    """A state's adjective, capitalised adjectives and a noun of group `owned` they all hang
    on ("Турецкий Красный Полумесяц", "Британский Королевский флот"), which the tagger may
    leave untagged in a text of several sentences: the state's body of that name (sixty-ninth
    pass, h-orgs83). None with no capitalised adjective between ("турецкий флот") or a
    lower-case one ("Турецкая центральная избирательная комиссия")."""
    doc = adjective.doc
    at = adjective.end
    while at < len(doc) and doc[at].pos_ == "ADJ" and doc[at].text[:1].isupper():
        at += 1
    if at == adjective.end or at >= len(doc):
        return None
    noun = doc[at]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in WORDS["owned"]:
        return None
    if any(t.head.i != noun.i for t in doc[adjective.start : at]):
        return None
    return doc[adjective.start : at + 1]


def _owner_named_after(noun: Token) -> bool:
    """A quoted name, or an organization natasha tags not in the nominative, right after a
    body's noun, which it is a part of ("Сомалийской службе «Голоса Америки»", "русской
    службы Би-би-си"): a language service or desk of that organization, which the state's
    adjective only qualifies. Not a person's name ("британское правительство Бориса
    Джонсона" is Britain's)."""
    doc, at = noun.doc, noun.i + 1
    quoted = at < len(doc) and doc[at].text in QUOTES_OPEN
    at += quoted
    if at >= len(doc):
        return False
    name = doc[at]
    return name.text[:1].isupper() and (
        quoted or (name.ent_type_ == "ORG" and "Nom" not in name.morph.get("Case"))
    )


def _lender(adjective: Span) -> Span | None:
    """A state's adjective, lower-case adjectives of the kind of lender (group `lender_kind`:
    "индийским экспортно-импортным банком"), a singular lender's noun and the lower-case
    genitive words of its field after it ("китайским банком развития", "японского банка
    международного сотрудничества"; or its "для" phrase, `purpose_end`): the lender's name;
    None with neither kind nor field ("с китайским банком"), in the plural, or with another
    adjective ("с индийским крупным банком")."""
    doc = adjective.doc
    at = adjective.end
    while at < len(doc) and doc[at].pos_ == "ADJ" and doc[at].lemma_ in WORDS["lender_kind"]:
        at += 1
    noun = doc[at] if at < len(doc) else None
    if noun is None or noun.pos_ != "NOUN" or "Plur" in features(noun, "Number"):
        return None
    if morph().lemma(noun.lower_, "NOUN") not in WORDS["lender"]:
        return None
    if any(t.head.i != noun.i for t in doc[adjective.start : at]):
        return None
    end = max(past_genitives(noun), purpose_end(noun))
    return doc[adjective.start : end] if end > noun.i + 1 or at > adjective.end else None


def noun_bodies(doc: Doc, states: list[Span], gazetteer: Gazetteer) -> set[tuple[int, int]]:
    """The character spans of the state bodies named by their common noun alone ("посольства
    Бразилии", "иракская армия") and of the bodies so named by their field ("комитета по
    делам семьи", `named_by_field`), which titles read as their own complement ("сотрудник
    посольства" of Brazil), no body they serve: the names step and the offices extractor both
    leave them out of the bodies titles serve, so a title gives one office in both. Not a body
    with a genitive noun of its own ("секретарь Совета безопасности Ирана"), which titles
    cannot read as a complement: the body served, its words the office's."""
    named = {i for state in states for i in range(state.start, state.end)}
    found = [
        s
        for s, _, _ in beside_states(doc, states, gazetteer)
        if s.label_ == BODY_NOUN and sum(t.i not in named and not is_adjectival(t) for t in s) == 1
    ]
    return {(s.start_char, s.end_char) for s in [*found, *named_by_field(doc)]}


# A Doc's bodies beside states by the state spans and gazetteer they were read with: the
# names reading (`organization_spans`) and the offices extractor (`noun_bodies`) read one
# document's from the same ones. A processed Doc never changes; they go with it, weakly
# (token offsets, not Spans, which would hold the Doc).
_BESIDE: WeakKeyDictionary[Doc, dict[tuple, list[tuple[int, int, str, str, str]]]] = (
    WeakKeyDictionary()
)


def beside_states(
    doc: Doc, states: list[Span], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """The bodies a state's adjective or name beside them makes a state's ("российский МИД",
    "иракская полиция", "правительство Германии"): what `organization_spans` adds and
    `noun_bodies` picks the common nouns of."""
    key = (span_keys(states), gazetteer)
    known = _BESIDE.setdefault(doc, {})
    if key not in known:
        found = [
            *_after_state_adjective(doc, states, gazetteer),
            *_before_state_name(doc, states, gazetteer),
            *_owned_before_state(doc, states, gazetteer),
            *_carriers(states),
            *_companies(states),
        ]
        known[key] = [(s.start, s.end, s.label_, org, name) for s, org, name in found]
    return [(Span(doc, a, b, label), org, name) for a, b, label, org, name in known[key]]


def _before_state_name(
    doc: Doc, states: list[Span], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """A noun of state_bodies.txt, with a genitive noun of its own ("министерство
    обороны"), before the name of the state it depends on, in the genitive ("правительство
    Германии", "Полиция США", "службы безопасности Египта"), which the tagger leaves
    untagged: that state's body, the gazetteer's where it knows "<name> <state>". Not a
    state in another case ("партия Кыргызстан") nor a capital ("мэрия Парижа": the
    city's), nor a body of group `joint` ("Совместный комитет Кении и Уганды": of both,
    not Kenya's; sixtieth pass, h-orgs73)."""
    out = []
    for state in (s for s in states if s.id_ not in ("adjective", "capital") and s.start):
        if not genitive_name(state) and not apposed_team(state):
            continue
        for size in _BODY_WORDS:
            words = doc[max(state.start - size, 0) : state.start]
            body = _body_words(gazetteer, words, state)
            if body and _joint_before(words):
                break
            if body:
                words = _with_naming_adjectives(words)
                if words.start < state.start - size:
                    body = upper_first(organization_name(words))
                ministry = _agency_ministry(words)
                if ministry:  # "внешнеполитического ведомства Турции"
                    words, body = doc[words.start - 1 : words.end], ministry
                org = body_of(gazetteer, body, state.kb_id_)
                name = state_body_name(gazetteer, body, state.kb_id_)
                span = Span(doc, words.start, state.end, BODY_NOUN)
                org = None if other_purpose(span, org) else org  # "Сборная США по баскетболу"
                out.append((span, org.key if org else "", name))
                break
    return out


def _joint_before(words: Span) -> bool:
    """An adjective of group `joint` right before a body's words ("[Совместный] комитет"):
    a body two or more states sit in, no one state's."""
    before = words.doc[words.start - 1] if words.start else None
    return before is not None and before.pos_ == "ADJ" and before.lemma_.lower() in WORDS["joint"]


def _owned_before_state(
    doc: Doc, states: list[Span], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """A noun of group `owned` ("комиссия", "охрана") with its own adjectives before it, in
    lower case or opening the sentence, right before the state's name in the genitive that
    hangs on it ("Избирательная комиссия Кении", "береговой охраны Уганды"), which the
    tagger leaves untagged: that state's body (`_owned` gives its state), the gazetteer's
    where it knows the name. Not the noun alone ("комиссия Кении"), nor a joint body's
    (group `joint`: "Смешанная комиссия Кении"), nor a state that is an adjective or a
    capital. Fifty-third pass, h-orgs63."""
    out = []
    for state in (s for s in states if s.id_ not in ("adjective", "capital") and s.start):
        noun = doc[state.start - 1]
        if noun.lemma_.lower() not in WORDS["owned"] or not genitive_name(state):
            continue
        start = noun.i
        while start and doc[start - 1].pos_ == "ADJ" and doc[start - 1].head.i == noun.i:
            start -= 1
        adjectives = doc[start : noun.i]
        if not adjectives or state.root.head.i != noun.i:
            continue
        if any(a.lemma_.lower() in WORDS["joint"] for a in adjectives):
            continue
        if any(t.text[:1].isupper() and not t.is_sent_start for t in doc[start : noun.i + 1]):
            continue  # a capitalised name is the tagger's to read
        span = Span(doc, start, state.end, BODY_NOUN)
        name = upper_first(organization_name(span))
        out.append((span, org_names(gazetteer).get(normalize(name), ""), name))
    return out


def another_kind(span: Span, org: OrgEntry | None) -> bool:
    """The span is the Latin name after a kind noun of the row's name (`latin_after_kind`:
    "Res Publica" of "Партия Res Publica") and a noun of another kind stands before it
    ("аналитический центр «Res Publica»"): another organization of that name. A noun of the
    row's kind ("от партии «Res Publica»") or none ("коалиция с Res Publica") keeps it."""
    names = (org.name, *org.abbreviations) if org is not None else ()
    kinds = {
        name.split()[0].lower()
        for name in names
        if normalize(latin_after_kind(name)) == normalize(span.text)
    }
    at = span.start - 1
    while at >= 0 and span.doc[at].text in QUOTES_OPEN:
        at -= 1
    before = span.doc[at] if kinds and at >= 0 else None
    return (
        before is not None
        and before.pos_ == "NOUN"
        and before.text[:1].islower()
        and morph().lemma(before.lower_, "NOUN") not in kinds
    )


def other_purpose(span: Span, org: OrgEntry | None) -> bool:
    """The known body's name's first words before "по" and another purpose than the name's
    own ("Сборная США по баскетболу", of "Сборная США по футболу" by its short name "Сборная
    США"): another body of that state. So too a national team's short name in a text that
    names other sports but never the team's own ("сборная Мексики" in a hockey report, of
    "Сборная Мексики по футболу": `_other_sport`)."""
    words = normalize(org.name).split() if org is not None else []
    doc, after = span.doc, span.end + 1
    if len(words) <= len(span) + 1 or words[len(span)] != "по":
        return False
    own = morph().lemma(words[len(span) + 1], "NOUN")
    if after < len(doc) and doc[span.end].lower_ == "по":
        return morph().lemma(doc[after].lower_, "NOUN") != own
    return _other_sport(doc, own)


def _other_sport(doc: Doc, own: str) -> bool:
    """Whether the text names a sport (`sports.txt`) and none is `own`, a team's own sport
    by its name's lemma ("футбол"): the short name is of that other sport's team."""
    stems = sports()
    mine = next((s for s in stems if own.startswith(s)), None)
    if mine is None:
        return False
    named = {s for t in doc for s in stems if t.lower_.startswith(s)}
    return bool(named) and mine not in named


@cache
def sports() -> frozenset[str]:
    return load_list(Path(__file__).with_name("sports.txt"))


def _agency_ministry(words: Span) -> str:
    """The ministry a lone "ведомство" with an adjective of its field right before it names
    (`agency_fields.tsv`: "внешнеполитическое ведомство" is the Министерство иностранных
    дел); "" for any other words ("налоговое ведомство")."""
    doc, noun = words.doc, words[0]
    if len(words) != 1 or noun.lemma_ != "ведомство" or not noun.i:
        return ""
    before = doc[noun.i - 1]
    return AGENCY_FIELDS.get(before.lemma_, "") if before.head.i == noun.i else ""


def _carriers(states: list[Span]) -> list[tuple[Span, str, str]]:
    """A capitalised state adjective before a carrier's plural noun, on it, in its case (group
    `carrier`): the company's name ("Турецкие авиалинии возобновили рейсы", "Самолёт
    Турецких авиалиний"), unlinked; not lower case ("турецкие авиалинии" of every carrier)."""
    out = []
    for adjective in (s for s in states if s.id_ == "adjective" and len(s) == 1):
        doc, word = adjective.doc, adjective[0]
        noun = doc[adjective.end] if adjective.end < len(doc) else None
        if noun is None or not word.text[:1].isupper() or word.head.i != noun.i:
            continue
        plural = "Plur" in noun.morph.get("Number") and case_of(noun) == case_of(word)
        if plural and noun.text.islower() and noun.lemma_ in WORDS["carrier"]:
            span = doc[adjective.start : noun.i + 1]
            out.append((span, "", upper_first(organization_name(span))))
    return out


def _companies(states: list[Span]) -> list[tuple[Span, str, str]]:
    """A capitalised state adjective, lower-case adjectives of the company's kind and a
    singular noun of a company (group `company`), all on it in its case, with no name after
    it: the company's name ("Азербайджанский инвестиционный холдинг и турецкая компания …",
    which the tagger leaves untagged inside a paragraph; fifty-ninth pass, h-orgs71),
    unlinked and of no state (the adjective only describes it). Not the noun right after the
    adjective ("Японская компания"), lower case ("японские компании"), a plural, nor a noun
    a quoted or tagged name follows ("Турецкая строительная компания «Калйон»": that one's)."""
    out = []
    for adjective in (s for s in states if s.id_ == "adjective" and len(s) == 1):
        doc, word = adjective.doc, adjective[0]
        end = adjective.end
        while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].text.islower():
            end += 1
        noun = doc[end] if end < len(doc) else None
        if noun is None or end == adjective.end or not word.text[:1].isupper():
            continue
        if noun.lemma_ not in WORDS["company"] or not noun.text.islower() or is_plural(noun):
            continue
        if any(t.head.i != noun.i or case_of(t) != case_of(noun) for t in doc[word.i : end]):
            continue
        if _owner_named_after(noun) or end + 1 < len(doc) and doc[end + 1].ent_type_:
            continue
        span = doc[adjective.start : end + 1]
        out.append((span, "", upper_first(organization_name(span))))
    return out


def _agency_after_adjective(adjective: Span, gazetteer: Gazetteer) -> tuple[Span, str, str] | None:
    """A state's adjective before the adjective of a field and "ведомство", all on it
    ("турецкое внешнеполитическое ведомство"): that state's ministry (`agency_fields.tsv`),
    as "внешнеполитическое ведомство Турции" is; None for other words ("турецкое налоговое
    ведомство")."""
    doc = adjective.doc
    if adjective.end + 1 >= len(doc):
        return None
    noun = doc[adjective.end + 1]
    ministry = _agency_ministry(doc[noun.i : noun.i + 1])
    if not ministry or adjective[0].head.i != noun.i:
        return None
    org = body_of(gazetteer, ministry, adjective.kb_id_)
    name = state_body_name(gazetteer, ministry, adjective.kb_id_)
    return Span(doc, adjective.start, noun.i + 1, BODY_NOUN), org.key if org else "", name


def _with_naming_adjectives(words: Span) -> Span:
    """A body's words before its state with the lower-case adjectives right before them that
    make it another body (group `naming`: "[верховный] суд Индии", "[государственной
    пограничной] службы Украины"), which hang on its noun, and any adjective of its field
    between such a one and the noun ("[национальной антитеррористической] службы"); not one
    of when it sat ("бывшего правительства", "бывшей антитеррористической службы") nor a
    capitalised one the tagger had."""
    doc, noun = words.doc, words[0]
    start = at = words.start
    while at and _agreeing_adjective(doc[at - 1], noun):
        at -= 1
        start = at if _naming_adjective(doc[at], noun) else start
    return doc[start : words.end]


def unnamed_state_body(noun: Token, rest: Span) -> bool:
    """A noun of group `fielded` before a state with no field of its own, neither genitive
    words (`rest`) nor an adjective ("министерства Турции", "ведомства Перу и Чили"): one of
    the state's many bodies of that kind, unnamed, no organization."""
    fielded = morph().lemma(noun.lower_, "NOUN") in WORDS["fielded"]
    return fielded and not rest and not _field_adjective(noun)


def _field_adjective(noun: Token) -> bool:
    """Whether an adjective before a fielded noun tells its field ("пограничной службы
    Украины", "антитеррористической службы Норвегии"): which of the state's bodies it is, as a
    genitive field does; not "бывший" (fifty-ninth pass, after h-orgs70)."""
    return any(_agreeing_adjective(c, noun) and c.lemma_ != "бывший" for c in noun.children)


def _agreeing_adjective(t: Token, noun: Token) -> bool:
    """`t` is a lower-case adjective on `noun`, in its case (capitalised only opening its
    sentence): one of the adjectives before a body's noun."""
    return (
        t.pos_ == "ADJ"
        and (t.text.islower() or bool(t.is_sent_start) and t.text[1:].islower())
        and t.head.i == noun.i
        and case_of(t) == case_of(noun)
    )


def _naming_superlative(word: str) -> bool:
    """A form of a superlative of group `naming` ("высшего" of "высший"), which the
    lemmatiser reads as its positive ("высокий", no naming word: "высокой комиссии")."""
    return any(
        word.startswith(stem) and len(word) - len(stem) <= _ADJECTIVE_ENDING
        for stem in _superlative_stems()
    )


_ADJECTIVE_ENDING = 3  # "высш|ими"


@cache
def _superlative_stems() -> tuple[str, ...]:
    """The stems of group `naming`'s superlatives ("высш" of "высший")."""
    words = (w for w in WORDS["naming"] if any("Supr" in p.tag for p in morph().parse(w)))
    return tuple(w[:-2] for w in words)


def _naming_adjective(t: Token, noun: Token) -> bool:
    """`t` is a lower-case adjective of group `naming` on `noun`, in its case; not one of
    group `how` on a governing body's noun (group `settled`), which keeps it the state's one
    body ("федерального правительства США" is "Правительство США"). Capitalised only where
    it opens its sentence ("Генеральный штаб Греции заявил"): elsewhere the tagger's."""
    return (
        _agreeing_adjective(t, noun)
        and (t.lemma_ in WORDS["naming"] or _naming_superlative(t.lower_))
        and not (t.lemma_ in WORDS["how"] and noun.lemma_ in WORDS["settled"])
    )


def apposed_team(state: Span) -> bool:
    """A state's name in apposition to a national team's noun right before it, in its case
    ("сборная Бразилия", "сборной Бразилии"): the team, as with the genitive; a title
    before it serves the team, not the state ("Игрок сборной Перу")."""
    noun = state.doc[state.start - 1]
    return (
        noun.lemma_ in WORDS["team"]
        and state.root.head.i == noun.i
        and state.root.dep_ in ("appos", "flat", "flat:name", "nmod")
        and case_of(state.root) == case_of(noun)
    )


# Sizes of the words before a state that may name its body: "полиции", "министерства
# обороны", "министерства иностранных дел", "министерством планирования и инвестиций",
# "министерства труда и социальной защиты", "министерства торговли, промышленности и
# энергетики".
_BODY_WORDS = (1, 2, 3, 4, 5, 6, 7)


def _body_words(gazetteer: Gazetteer, words: Span, state: Span) -> str:
    """The body's name of words before a state it governs: a noun of state_bodies.txt
    ("полиции") and at most one genitive noun of its own ("министерства обороны") or two
    that "и" joins, the second with its adjectives ("министерством планирования и
    инвестиций"), in the nominative ("Министерство обороны"); "" for other words, and for
    ministries in the plural (`plural_subject`: "Министерства обороны и финансов Польши"),
    and for a noun in a form only the plural reads: several bodies ("с парламентами Кубы и
    Никарагуа"; a list of fields after one is `listed_bodies`)."""
    if not words or state.root.head.i not in (t.i for t in words):
        return ""
    head, rest = words[0], words[1:]
    # the fields first: most words before a state head no body, whose lemma is not asked
    if not own_field(head, rest) or plural_subject(head) or _plural_only(head):
        return ""
    if unnamed_state_body(head, rest):
        return ""  # "министерства Турции": one of the state's many, unnamed
    noun = _state_noun_body(gazetteer, head, state.kb_id_)
    entry = gazetteer.state(state.kb_id_)
    if not noun or entry is None:
        return ""
    own = noun.removesuffix(f" {genitive(entry.name)}")  # a contraction's full name whole:
    # "генштаба" → "Генеральный штаб"; the fields spaced as the text is ("торговли,
    # промышленности и рыболовства": no space before a comma, `title_bodies._office_with`)
    return f"{own} {rest.text}" if len(rest) else own


def _plural_only(noun: Token) -> bool:
    """A noun of state_bodies.txt or of a team in a form no singular reads ("парламентами",
    "сборные"): several bodies, none of them named ("силы" and "власти" are listed plural)."""
    lemma = morph().lemma(noun.lower_, "NOUN")
    return lemma in BODY_NOUNS and not morph().can_be(noun.lower_, "sing")


def own_field(head: Token, rest: Span) -> bool:
    """`rest` is lower-case nouns of `head`'s own: none, one genitive noun on it
    ("[обороны]") with or without an adjective of its own ("[иностранных дел]"), or that and
    another "и" joins to it with its adjectives ("[планирования
    и инвестиций]", "[труда и социальной защиты]"); not a body's noun after "и"
    ("Министерства обороны и полиции Перу" is two bodies)."""
    if any(t.text[:1].isupper() for t in rest):
        return False
    if len(rest) < 3:
        return all(t.head.i == head.i and t.pos_ == "NOUN" for t in rest) or _adjectived(head, rest)
    first, *others = rest
    return first.head.i == head.i and first.pos_ == "NOUN" and _joined_fields(first, others)


def _joined_fields(first: Token, others: list[Token]) -> bool:
    """`others` is the fields joined to `first`, each a lower-case noun of it with its own
    adjectives, before it a comma and before the last "и" ("[, промышленности и
    энергетики]"); no body's noun among them."""
    joiners = [i for i, t in enumerate(others) if t.lower_ in (",", "и")]
    if not joiners or joiners[0] or others[joiners[-1]].lower_ != "и":
        return False
    if any(others[i].lower_ != "," for i in joiners[:-1]):
        return False
    ends = [*joiners[1:], len(others)]
    for start, end in zip(joiners, ends, strict=True):
        *adjectives, noun = others[start + 1 : end] or [first]
        if noun is first or noun.pos_ != "NOUN" or noun.head.i != first.i or body_noun(noun):
            return False
        if not all(a.pos_ == "ADJ" and a.head.i == noun.i for a in adjectives):
            return False
    return True


def _adjectived(head: Token, rest: Span) -> bool:
    """`rest` is one genitive noun on `head` with an adjective of its own before it
    ("[иностранных дел]", "[сельского хозяйства]"), no body's noun."""
    if len(rest) != 2:
        return False
    adjective, noun = rest
    return (
        noun.head.i == head.i
        and noun.pos_ == "NOUN"
        and adjective.pos_ == "ADJ"
        and adjective.head.i == noun.i
        and not body_noun(noun)
    )


def genitive_name(span: Span) -> bool:
    """A name in the genitive, or an abbreviation that does not decline ("США")."""
    return "Gen" in features(span.root, "Case") or abbreviation_like(span.text)


def _state_noun_body(gazetteer: Gazetteer, noun: Token, state: str) -> str:
    """The name of the state's body a lone noun of a body names ("полиция" → "Полиция
    Ирака"), "" for any other noun."""
    body = body_noun(noun)
    return state_body_name(gazetteer, body, state) if body else ""


@cache
def state_adjectives(gazetteer: Gazetteer) -> dict[str, str]:
    """A state adjective's lemma ("норвежский") → its state's key."""
    out: dict[str, str] = {}
    for state in gazetteer.states:
        for adjective in state.adjectives:
            out.setdefault(normalize(adjective), state.key)
    return out


@cache
def org_names(gazetteer: Gazetteer) -> dict[str, str]:
    """Every organization name and abbreviation → its key (the first row keeps a shared one)."""
    out: dict[str, str] = {}
    for org in gazetteer.orgs:
        for name in (org.name, *org.abbreviations):
            out.setdefault(normalize(name), org.key)
    for tail, key in kind_opened_latin(gazetteer).items():
        out.setdefault(tail, key)
    for org in gazetteer.orgs:  # after every row's own names, which win
        for name in (org.name, *org.abbreviations):
            other = _translated_otherwise(name)
            if other:
                out.setdefault(normalize(other), org.key)
    return out


# A body's noun news translates two ways, and the other word: "Национальная ассамблея
# Венесуэлы" is "Национальное собрание Венесуэлы".
_TRANSLATED_NOUNS = {"ассамблея": "собрание"}


def _translated_otherwise(name: str) -> str:
    """`name` with its body's noun translated the other way (`_TRANSLATED_NOUNS`) and the
    adjectives right before it agreeing ("Национальная ассамблея Венесуэлы" → "Национальное
    собрание Венесуэлы"); "" where it has no such noun."""
    words = name.split()
    at = next((n for n, w in enumerate(words) if w.lower() in _TRANSLATED_NOUNS), None)
    if at is None:
        return ""
    other = _TRANSLATED_NOUNS[words[at].lower()]
    gender = morph().gender(other)
    start = at
    while start and adjective_word(words[start - 1]):
        start -= 1
    agreeing = [capitals_of(w, morph().inflect(w, {gender})) for w in words[start:at]]
    return " ".join([*words[:start], *agreeing, capitals_of(words[at], other), *words[at + 1 :]])


@cache
def kind_opened_latin(gazetteer: Gazetteer) -> dict[str, str]:
    """The Latin name after a kind noun of an organization's name or other name
    (`latin_after_kind`), normalized → its key; a Latin name two rows open so names
    neither."""
    tails: dict[str, set[str]] = {}
    for org in gazetteer.orgs:
        for name in (org.name, *org.abbreviations):
            tail = latin_after_kind(name)
            if tail:
                tails.setdefault(normalize(tail), set()).add(org.key)
    return {tail: next(iter(keys)) for tail, keys in tails.items() if len(keys) == 1}


_KIND_THEN_LATIN = re.compile(r"([А-ЯЁ][а-яё]+) ([A-Z][A-Za-z0-9&.'’\- ]*)")


def latin_after_kind(name: str) -> str:
    """The Latin name a row's name gives after a kind noun ("Res Publica" of "Партия Res
    Publica", "Nordvik Energy" of "Компания Nordvik Energy"): news writes the name bare or
    quoted after the noun in any case ("от партии «Res Publica»"). "" for any other name: a
    Russian name after the noun ("Банк России") is no name of the row alone."""
    found = _KIND_THEN_LATIN.fullmatch(name)
    return found.group(2) if found and found.group(1).lower() in ORG_NOUNS else ""


# Nouns a state's adjective goes with to name the state ("Ливийской республики").
STATE_NOUNS = frozenset({"республика", "федерация", "королевство"})


@cache
def _adjective_named(gazetteer: Gazetteer) -> dict[tuple[str, str], set[str]]:
    """(a state's key, a body's name before it) → the keys of the known bodies named with
    the state's adjective and "республики" after it ("Переходный национальный совет
    Ливийской республики"), for `body_of`: "… Совет Ливии" is that body."""
    adjectives = state_adjectives(gazetteer)
    out: dict[tuple[str, str], set[str]] = {}
    for org in gazetteer.orgs:
        words = org.name.split()
        if len(words) < 3 or morph().lemma(words[-1].lower(), "NOUN") not in STATE_NOUNS:
            continue
        state = adjectives.get(normalize(morph().lemma(words[-2].lower(), "ADJ")), "")
        if state:
            out.setdefault((state, normalize(" ".join(words[:-2]))), set()).add(org.key)
    return out


@cache
def _short_names(gazetteer: Gazetteer) -> dict[tuple[str, str], set[str]]:
    """(a state's ISO3, a short name of one of its bodies) → the keys of its bodies so
    named, for `body_of`: a generic short name ("Сенат") names the state's body only once
    the text settles the state."""
    out: dict[tuple[str, str], set[str]] = {}
    for org in gazetteer.orgs:
        for name in org.abbreviations if org.state else ():
            out.setdefault((org.state, normalize(name)), set()).add(org.key)
    return out


@cache
def _of_kind(gazetteer: Gazetteer) -> dict[tuple[str, str], set[str]]:
    """(a state's ISO3, a kind) → the keys of its bodies of that kind (`Parliament`,
    `CentralBank`), for `body_of`."""
    out: dict[tuple[str, str], set[str]] = {}
    for org in gazetteer.orgs:
        if org.kind and org.state:
            out.setdefault((org.state, org.kind), set()).add(org.key)
    return out
