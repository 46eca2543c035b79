"""Whose state a bare body is ("министерство" with no state named): the state the sentence or
the text settles on, the places and capitals near it. Split out of
kg/resolve/organizations.py."""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Sequence
from functools import cache

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc, Span, Token

from kg.doc_text import token_strings
from kg.gazetteer import Gazetteer, OrgEntry, capital_named
from kg.nlp.deps import new_paragraph, preposition, sentence_before
from kg.nlp.morph import features, morph, upper_first
from kg.resolve.body_states import (
    body_of,
    envoys_state,
    host_states,
    state_body_name,
    states_in_reach,
    subordinate,
)
from kg.resolve.org_modifiers import body_noun
from kg.resolve.org_naming import (
    BODY_NOUN,
    HOUSE_STATES,
    HOUSES,
    ORG_NOUNS,
    SETTLED_BODY,
    WORDS,
    in_quotes,
    organization_name,
)
from kg.resolve.place_kinds import PLACE_KINDS, kind_of_place
from kg.resolve.title_lexicon import is_office
from kg.resolve.womens_names import feminine_verb_after, womans_surname


def settled_bodies(
    doc: Doc, states: list[Span], gazetteer: Gazetteer, found: list[tuple[Span, str, str]]
) -> list[tuple[Span, str, str]]:
    """A state's governing body named bare ("правительство уволило", "в парламенте", the
    tagger's "Правительство"; group `settled`) where the text settles whose it is
    (`settled_state`): that state's body, the gazetteer's where it knows "<noun> <state>",
    else one named by body and state, never a bare node that would fuse two states'
    governments. None where the text does not settle it, nor where the text names another
    body by the noun ("Правительство Ульяновской области", "Европейский парламент"): the
    bare noun may be that one."""
    out: list[tuple[Span, str, str]] = []
    candidates = _body_nouns(doc)
    if not candidates:
        return out
    nouns = _nouns_by_lemma(doc)
    nations = {i for s in states for i in range(s.start, s.end)}
    nations |= {  # "Верховной рады": a known state body's own words make it no lesser body
        i
        for span, key, _ in found
        if key and (org := gazetteer.org(key)) is not None and org.state
        for i in range(span.start, span.end)
    }
    for noun in (doc[i] for i in candidates):
        lemma = morph().lemma(noun.lower_, "NOUN")
        words = _bare_body(noun, lemma)
        if words is None:
            continue
        if _lesser_body(noun, lemma, nouns, nations) or _another_gathering(noun, lemma):
            continue
        if lemma in WORDS["regional"] and _region_set(noun, nations):
            continue  # "в канадской провинции Онтарио … Правительство": the province's
        known = _known_body_before(noun, lemma, states, gazetteer, found)
        if known is not None:  # that body, unless the text named another by the noun too
            if not _rival_body(found, lemma, known.key, known.name):
                start = _how_start(words)
                span = Span(doc, start, words.end, SETTLED_BODY, kb_id=f"state/{known.state}")
                out.append((span, known.key, known.name))
            continue
        name = upper_first(organization_name(words))
        state = (
            settled_state(noun, states, gazetteer)
            or _named_before(noun, name, states, gazetteer, found)
            or _lone_house(noun, name, (states, gazetteer), [*found, *out])
            or sentence_state(noun, states, gazetteer)
        )
        state = _own_house_state(noun, state, (states, gazetteer))
        if not state or _other_states_body(noun, lemma, state, (states, gazetteer), found):
            continue
        org = body_of(gazetteer, name, state)
        # a body's own word no state_bodies.txt noun ("Рада") is named by the gazetteer
        full = state_body_name(gazetteer, name, state) or (org.name if org else "")
        if full and not _rival_body(found, lemma, org.key if org else "", full):
            out.append(
                (
                    Span(doc, _how_start(words), words.end, SETTLED_BODY, kb_id=state),
                    org.key if org else "",
                    full,
                )
            )
    return out


def _own_house_state(noun: Token, state: str, read: tuple[list[Span], Gazetteer]) -> str:
    """The state a parliament's own word (group `own`: "Сейм", "Хурал") named bare is of: one
    of the states that name their parliament so, the settled `state` where it is one, else the
    one of them the text names, by its name or its capital, but as an envoy's, who serves
    abroad ("Президент Латвии подписал закон. Сейм одобрил соглашение с Эстонией": Latvia's;
    not "Премьер Литвы прибыл в Варшаву. Председатель Сейма …", nor "Посол Польши встретился
    со спикером Сейма …"); "" where the text names none or two of them. Any other body's
    noun keeps `state`. `read`: the text's states and the gazetteer."""
    owners = HOUSE_STATES.get(morph().lemma(noun.lower_, "NOUN"))
    if owners is None:
        return state
    states, gazetteer = read
    named = {s.kb_id_ for s in states if not envoys_state(s)}
    named |= {capital_named(gazetteer, e.root) for e in noun.doc.ents if e.label_ == "LOC"}
    named &= owners
    if state in named:
        return state
    return named.pop() if len(named) == 1 else ""


def _other_states_body(
    noun: Token,
    lemma: str,
    state: str,
    read: tuple[list[Span], Gazetteer],
    found: list[tuple[Span, str, str]],
) -> bool:
    """The text names a body of the bare noun's kind, by the same noun or, for a
    parliament's (group `house`), by any parliament's name, of another state than `state`
    ("Сенат США одобрил вступление Финляндии в НАТО … Сенат проголосовал"; "Бундестаг одобрил
    поставки Израилю … Парламент обсудил"): the bare noun may be that state's, not the
    topic's; none then. Not where the last such body named before it is the state's, nor
    "<noun> страны", which says its state. `read`: the text's states and the gazetteer."""
    states, gazetteer = read
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.head.i == noun.i and country_word(after):
        return False
    house = lemma in HOUSES
    owners = []
    for span, key, _ in sorted(found, key=lambda entry: entry[0].start):
        org = gazetteer.org(key) if key else None
        parliament = house and org is not None and org.kind == "Parliament"
        if parliament or any(_of_kind(t, lemma, house) for t in span):
            owners.append((span.end <= noun.i, _body_state(span, org, states)))
    before = [owner for said, owner in owners if said and owner]
    if before and before[-1] == state:
        return False  # "Кнессет … Парламент Марокко одобрил … Парламент проголосовал"
    return any(owner not in ("", state) for _, owner in owners)


def _of_kind(t: Token, lemma: str, house: bool) -> bool:
    """A word of a body's name that is a body of the noun of `lemma`: that noun, or for a
    parliament's noun (`house`) any of group `house` ("Конгресса", "Бундестаг")."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    own = morph().lemma(t.lower_, "NOUN")
    return own == lemma or (house and own in HOUSES)


def _body_state(span: Span, org: OrgEntry | None, states: list[Span]) -> str:
    """The state a body named in the text is of: the gazetteer's, the one a bare body was
    settled as, else the one state named in its name ("Сенат Франции", "Польский сейм");
    "" where none or two are."""
    if org is not None and org.state:
        return f"state/{org.state}"
    if span.label_ == SETTLED_BODY:
        return span.kb_id_
    inside = {s.kb_id_ for s in states if span.start <= s.start and s.end <= span.end}
    return inside.pop() if len(inside) == 1 else ""


def _how_start(words: Span) -> int:
    """Where a bare body's mention starts: before the adjectives of how it sits right before
    it ("коалиционное правительство", group `how`), which annotators take in; its name is
    still the state's body's."""
    start = words.start
    doc = words.doc
    while start and doc[start - 1].lemma_ in WORDS["how"] and doc[start - 1].head.i == words.start:
        start -= 1
    return start


def _body_nouns(doc: Doc) -> list[int]:
    """The nouns that may be a form of a bare body's (`_body_forms`): read off the Doc's
    arrays, as every token is asked, with no `Token` made and no parse for the rest."""
    forms, may_read_as = _body_forms(), morph().may_read_as
    words = token_strings(doc, LOWER)
    return [
        i
        for i, pos in enumerate(token_strings(doc, POS))
        if pos in ("NOUN", "PROPN") and may_read_as(words[i], forms)
    ]


def _nouns_by_lemma(doc: Doc) -> dict[str, list[int]]:
    """The indices of the Doc's nouns by their lemma, for `_lesser_body`, which looks for a
    bare noun's others: one pass over the Doc, not one per noun."""
    out: dict[str, list[int]] = {}
    lemmas = token_strings(doc, LEMMA)
    for i, pos in enumerate(token_strings(doc, POS)):
        if pos == "NOUN":
            out.setdefault(lemmas[i], []).append(i)
    return out


def _bare_body(noun: Token, lemma: str) -> Span | None:
    """The words of a governing body's noun (of lemma `lemma`, one of `_body_nouns`) with
    nothing that says which body it is: no genitive, name, possessive nor adjective but one
    of when it sat ("новое правительство"); "кабинет" only as "кабинет министров"; not
    plural, quoted, nor "при …"; else None."""
    if lemma not in WORDS["settled"]:
        return None
    if "Plur" in features(noun, "Number"):
        return None
    end = noun.i + 1
    if lemma == "кабинет":
        end += 1
        if end > len(noun.doc) or noun.doc[noun.i + 1].lemma_ != "министр":
            return None
    words = Span(noun.doc, noun.i, end, SETTLED_BODY)
    after = noun.doc[end] if end < len(noun.doc) else None
    if after is not None and after.text[:1].isupper() and not _title_holder_after(noun, after):
        return None  # "Правительство Исама Шарафа", "парламент Эстонии"
    outside = [c for t in words for c in t.children if not noun.i <= c.i < end]
    if any(_says_which(c, end) for c in outside):
        return None
    return None if in_quotes(words) or subordinate(words) else words


def _title_holder_after(noun: Token, after: Token) -> bool:
    """A person's name right after a body's noun in the genitive that is not the body's but
    the holder's of the title the noun hangs on, in that title's case ("со спикером Сейма
    Даугой Миериней"; fifty-ninth pass, h-names125): it says not which body it is."""
    title = noun.head
    return (
        after.ent_type_ == "PER"
        and noun.dep_ == "nmod"
        and "Gen" in features(noun, "Case")
        and is_office((title.lemma_,))
        and after.head.i != noun.i
        and bool(set(features(after, "Case")) & set(features(title, "Case")))
    )


@cache
def _body_forms() -> frozenset[str]:
    """The forms of the bare bodies' nouns, for `_body_nouns`'s `may_read_as`."""
    return morph().paradigm_forms(WORDS["settled"])


_WHICH_DEPS = frozenset(["amod", "det", "nmod", "appos", "nummod", "flat", "flat:name"])


# Adjectives of when a body sat or how it works ("новое", "нынешнее"): the state's body still.
_KEEPS_BODY = WORDS["era"] | WORDS["how"]


def _says_which(child: Token, end: int) -> bool:
    """A dependent of a body's noun that makes it another body than the state's one: a
    genitive, name, possessive or adjective ("региональное", "их"), not one of when it sat
    ("новое") nor "страны" right after it."""
    if child.dep_ not in _WHICH_DEPS:
        return False
    era = child.dep_ == "amod" and child.lemma_ in _KEEPS_BODY
    return not era and not (child.i == end and country_word(child))


def country_word(t: Token) -> bool:
    """ "страны" in the genitive ("правительство страны"): the state named before."""
    return t.lemma_ == "страна" and "Gen" in t.morph.get("Case") and not list(t.children)


def settled_state(noun: Token, states: list[Span], gazetteer: Gazetteer) -> str:
    """The state a bare body's noun is of: the one state the text names, before the noun
    ("Правительство одобрило визы для граждан Перу": not Peru's), and no other state's
    capital as a place ("прибыл в Осло": whose parliament then?); for "<noun> страны", the
    state named just before it (`_country_before`), though the text is about another; else
    the state the text is about (`_main_state`), where no other state nor its capital is in
    the noun's sentence, nor, unless that sentence names it before the noun, in the one
    before (`states_in_reach`: "Президент Египта встретился с госсекретарём США. Сенат
    одобрил выделение Египту …" is no Egypt's); "" where none settles it. An envoy's state in
    the noun's clause is none of these (`host_states`: "Посла Японии вызвали в МИД"); where
    every state is such, the host whose capital the text names (`_envoys_host`)."""
    hosts = host_states(states, noun)
    if states and not hosts:
        return _envoys_host(noun, gazetteer)
    states = hosts
    named = {s.kb_id_ for s in states}
    first = min((s.start for s in states), default=len(noun.doc))
    if (
        len(named) == 1
        and first < noun.i
        and not _other_capital(noun.doc, gazetteer, *named)
        and any(_setting(s.root) for s in states)
    ):
        return named.pop()
    country = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if country is not None and country.head.i == noun.i and country_word(country):
        return _country_before(noun, states)
    main = _main_state(noun, states)
    if not main:
        return ""
    back = not _said_before(noun, main, states)  # "Президент Чили поручил … правительство"
    return main if states_in_reach(noun, states, gazetteer, back) <= {main} else ""


# Prepositions of where a text is set: "в Чили", "на Кипре", "из Канады".
_SETTING_PREPOSITIONS = frozenset(["в", "во", "на", "из", "изо"])


def _setting(t: Token, depth: int = 0) -> bool:
    """A state's word (or a noun it depends on) that names it as where the text is set or who
    acts: a place ("в Чили", "в городах Чили"; not a destination, "вернулся в Россию"), a
    subject ("Перу объявило", "Жители Египта вышли"), an office's, a body's or an
    organization's state ("Президент Эстонии"), or an adjective; not one only what another
    phrase is about: a genitive of another noun ("врагов Египта", "с целью поддержки
    Египта"), an object ("раскритиковал Канаду") or after another
    preposition ("против Эстонии"), which does not say whose a bare body is."""
    preps = {c.lower_ for c in t.children if c.dep_ == "case"}
    if preps:
        case = t.morph.get("Case")
        if "Acc" in case and "из" not in preps and t.head.pos_ == "VERB":
            return False  # "вернулся в Россию": where one went, not where the text is set
        local = depth == 0 or "Loc" in case or "из" in preps
        return bool(preps & _SETTING_PREPOSITIONS) and local
    if t.dep_ == "conj" and depth < 3:
        return _setting(t.head, depth + 1)
    if t.dep_ in ("obj", "iobj", "obl"):
        return False
    if t.dep_ != "nmod" or t.pos_ not in ("NOUN", "PROPN"):
        return True
    head = t.head
    if head.pos_ not in ("NOUN", "PROPN"):
        return True
    lemma = head.lemma_.lower()
    if is_office((lemma,)) or lemma in ORG_NOUNS or lemma in WORDS["settled"]:
        return True
    return depth < 2 and _setting(head, depth + 1)


def _lone_house(
    noun: Token, name: str, read: tuple[list[Span], Gazetteer], found: list[tuple[Span, str, str]]
) -> str:
    """The state a capitalised bare parliament's noun of group `lone` ("Конгресс", "Рада") is
    of where the text names several: the one of them whose body the gazetteer knows by it,
    where the text named that body before ("Американский Конгресс … Премьер Израиля
    поблагодарил Конгресс": the US's), or names no other state, or the noun's own sentence
    names that state and no other ("Президент США призвал Конгресс …"); not a state of the
    sentence before ("В Перу кризис. Посол США призвал к диалогу. Конгресс проголосовал …"
    is Peru's, whose the gazetteer does not know); "" where none or two are, or the word is
    a person's name (a congress the text spoke of in lower case is left out before:
    `_another_gathering`). `read`: the text's states and the gazetteer."""
    states, gazetteer = read
    if noun.lemma_ not in WORDS["lone"] or not noun.text[:1].isupper() or noun.ent_type_ == "PER":
        return ""
    known = {s.kb_id_: org for s in states if (org := body_of(gazetteer, name, s.kb_id_))}
    if len(known) != 1:
        return ""
    state, org = next(iter(known.items()))
    if any(key == org.key and span.end <= noun.i for span, key, _ in found):
        return state
    sent = noun.sent
    near = {s.kb_id_ for s in states if sent.start <= s.start < sent.end}
    return state if {state} in ({s.kb_id_ for s in states}, near) else ""


def sentence_state(at: Token, states: list[Span], gazetteer: Gazetteer) -> str:
    """The state a bare body's noun is of where the text names several: the one its own
    sentence names before it, where neither that sentence nor the one before it in its
    paragraph names another state or another's capital (`states_in_reach`): "… Премьер
    Греции выступил в парламенте" is Greece's; not "Президент Польши прибыл в Вашингтон.
    Сенат одобрил …", nor "В Перу кризис. Посол США призвал к диалогу. Конгресс …" (the
    US only in the sentence before), nor where the sentence names it only by the adjective
    of an outlet or a company ("Аргентинская газета Clarin сообщила, что Палата депутатов
    …": whose chamber, the paper's state does not say); "" else. An envoy's state in the
    noun's clause is none of them (`host_states`: "Посол Ирана в Германии был вызван в МИД" is
    Germany's)."""
    states = host_states(states, at)
    reach = states_in_reach(at, states, gazetteer)
    if len(reach) != 1:
        return ""
    state = next(iter(reach))
    before = sentence_before(at.sent)  # "… прибыл в Канберру.\n\nВо время визита …"
    if (
        before is not None
        and new_paragraph(at.sent)
        and states_in_reach(before[0], states, gazetteer, back=False) - reach
    ):
        return ""
    return state if _said_before(at, state, states) else ""


def _said_before(at: Token, state: str, states: list[Span]) -> bool:
    """The sentence of `at` names `state` before it, not only as an outlet's or a company's
    adjective (`_owner_adjective`)."""
    sent = at.sent
    return any(
        s.kb_id_ == state and sent.start <= s.start and s.end <= at.i and not _owner_adjective(s)
        for s in states
    )


def _owner_adjective(state: Span) -> bool:
    """A state's adjective on a kind of organization's noun (group `kind`: "Аргентинская
    газета", "турецкая компания"): it says whose the outlet is, not who acts."""
    head = state.root.head
    return state.id_ == "adjective" and head.i != state.root.i and head.lemma_ in ORG_NOUNS


def _another_gathering(noun: Token, lemma: str) -> bool:
    """A parliament's noun of group `lone` ("Конгресс") in lower case, or after the text
    spoke of such a gathering in lower case ("На конгрессе кардиологов … Конгресс продлится
    три дня"): a congress of its own, no state's body."""
    if lemma not in WORDS["lone"]:
        return False
    lower = noun.text[:1].islower()
    return lower or any(t.lemma_ == lemma and t.text[:1].islower() for t in noun.doc[: noun.i])


def _country_before(noun: Token, states: list[Span]) -> str:
    """The state "<noun> страны" is of: the one its sentence names before it, or where that
    names none, the one the sentence before names in its paragraph ("В Латвии прошли выборы.
    Парламент страны соберётся"); "" where two are."""
    sent = noun.sent
    before = {s.kb_id_ for s in states if s.start >= sent.start and s.end <= noun.i}
    prev = sentence_before(sent)
    if not before and prev is not None and not new_paragraph(sent):
        before = {s.kb_id_ for s in states if s.start >= prev.start and s.end <= prev.end}
    return before.pop() if len(before) == 1 else ""


def _main_state(noun: Token, states: list[Span]) -> str:
    """The state a text is about, though it names others in passing: named before the noun
    and at least three times, twice as often as any other ("В Эстонии … связи с Москвой …
    мест в парламенте": Estonia's; its caller asks that no other state be in the noun's
    reach); "" else."""
    counts = Counter(s.kb_id_ for s in states)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return ""
    main = ranked[0][0]
    return main if any(s.kb_id_ == main and s.end <= noun.i for s in states) else ""


def _named_before(
    noun: Token,
    name: str,
    states: list[Span],
    gazetteer: Gazetteer,
    found: list[tuple[Span, str, str]],
) -> str:
    """The one state whose body by this noun the text named before ("Болгарское
    правительство … отставка правительства"): the bare noun is that body again, though the
    text names other states in passing; "" where it named two states' bodies so, none, or
    where the noun's sentence names another state."""
    named = {s.kb_id_ for s in states}
    mine = set()
    for state in named:
        org = body_of(gazetteer, name, state)
        said = {org.key if org is not None else "", state_body_name(gazetteer, name, state)}
        if any(span.end <= noun.i and {key, other} & said - {""} for span, key, other in found):
            mine.add(state)
    sentence = {s.kb_id_ for s in states if noun.sent.start <= s.start < noun.sent.end}
    return mine.pop() if len(mine) == 1 and sentence <= mine else ""


def _known_body_before(
    noun: Token,
    lemma: str,
    states: list[Span],
    gazetteer: Gazetteer,
    found: list[tuple[Span, str, str]],
) -> OrgEntry | None:
    """The one known state body named before whose name ends in the bare noun ("Госдума",
    "Государственная дума" … "в Думе"): the noun is that body again, not a body of whichever
    state the text names ("Госдума … посол Армении … в Думе"); None where two are, or where
    the noun's sentence names another state than the body's."""
    bodies = {
        org.key: org
        for span, key, _ in found
        if span.end <= noun.i
        and (org := gazetteer.org(key)) is not None
        and org.state
        and morph().lemma(org.name.split()[-1].lower(), "NOUN") == lemma
    }
    if len(bodies) != 1:
        return None
    org = next(iter(bodies.values()))
    sentence = {s.kb_id_ for s in states if noun.sent.start <= s.start < noun.sent.end}
    return org if sentence <= {f"state/{org.state}"} else None


def _envoys_host(noun: Token, gazetteer: Gazetteer) -> str:
    """The state a bare body is of where the text names states only as envoys' ("Посол Китая
    в Вильнюсе был вызван в МИД", a dateline "ВИЛЬНЮС, 20 ноября. Временный поверенный в делах
    Китая …"): the one whose capital the text names as a place before the noun, where the
    envoy serves; "" where it names none or two."""
    doc = noun.doc
    named = {capital_named(gazetteer, e.root) for e in doc[: noun.i].ents if e.label_ == "LOC"}
    named.discard("")
    return named.pop() if len(named) == 1 else ""


def _other_capital(doc: Doc | Span, gazetteer: Gazetteer, state: str) -> bool:
    """The text (or sentence) names a place that is another state's capital."""
    return any(
        capital_named(gazetteer, e.root) not in ("", state) for e in doc.ents if e.label_ == "LOC"
    )


def _region_set(noun: Token, nations: set[int]) -> bool:
    """The sentence of a bare governing body's noun, or the one before it in its paragraph,
    names before it a region below a state by its kind and name (org_words.txt group
    `region`: "в канадской провинции Онтарио", "Республики Башкортостан", "штата Техас"; not
    "Республики Чили", a state's own name, nor "в городах Чили"): the body may be the
    region's, no state's. `nations`: the tokens of states' names."""
    sent = noun.sent
    start = sent.start
    before = sentence_before(sent)
    if before is not None and not new_paragraph(sent):
        start = before.start
    doc = noun.doc
    return any(
        doc[i].lemma_.lower() in WORDS["region"]
        and doc[i + 1].text[:1].isupper()
        and doc[i + 1].i not in nations
        for i in range(start, noun.i - 1)
    )


def _lesser_body(noun: Token, lemma: str, nouns: dict[str, list[int]], nations: set[int]) -> bool:
    """The text names a body by the bare noun with a word that makes it a region's or a
    city's ("в правительстве столицы", "столичного правительства", "местная полиция"; not a
    state's adjective, one of when it sat, nor "страны"): the bare noun may be that one.
    `nouns`: `_nouns_by_lemma`; `nations`: the tokens of states' names and of known state
    bodies' ("Верховной рады")."""
    doc = noun.doc
    return any(
        _lesser_word(child, i + 1, nations)
        for i in nouns.get(lemma, ())
        if i != noun.i
        for child in doc[i].children
    )


def _lesser_word(child: Token, end: int, nations: set[int]) -> bool:
    """An adjective, no state's, on a body's noun that says which body it is (`_says_which`),
    or the genitive, no preposition's, of a place below a state ("столицы", "области";
    not "республики", which may be the state)."""
    if child.i in nations or not _says_which(child, end):
        return False
    if child.dep_ == "amod":
        return True
    genitive = child.dep_ == "nmod" and "Gen" in child.morph.get("Case")
    below = child.lemma_ in PLACE_KINDS or child.lemma_ in WORDS["below"]
    return genitive and below and not preposition(child)


def _rival_body(found: list[tuple[Span, str, str]], lemma: str, key: str, name: str) -> bool:
    """Another body the text names by the noun of lemma `lemma` ("Правительство Ульяновской
    области"), not this state's one."""
    for span, other_key, other_name in found:
        if morph().lemma(span.root.lower_, "NOUN") != lemma:
            continue
        if not ((key and other_key == key) or other_name == name):
            return True
    return False


def before_place_name(
    doc: Doc, states: list[Span], places: dict[int, Span]
) -> list[tuple[Span, str, str]]:
    """A body's noun, with its adjectives, before the name of a city or region in the
    genitive that it governs ("мэрия Парижа", "правительства Калининградской области",
    "городской совет Детройта"): the place's own body, unlinked; before a state's name it
    is the state's (`_before_state_name`). Not a woman's surname the tagger took for a place
    (`her_surname_after_body`: "в парламент Смирнова два года работала": no owner)."""
    nations = {i for s in states if s.id_ != "capital" for i in range(s.start, s.end)}
    out = []
    for place in (
        p for p in places.values() if p.start and place_of(places, p.start, (p.start - 1,))
    ):
        noun = doc[place.start - 1]
        if nations.intersection(range(place.start, place.end)) or not body_noun(noun):
            continue
        if her_surname_after_body(place):
            continue
        start = noun.i
        while start and doc[start - 1].pos_ == "ADJ" and doc[start - 1].head.i == noun.i:
            start -= 1
        if any(t.text[:1].isupper() and not t.is_sent_start for t in doc[start : noun.i]):
            continue  # "в Овальном кабинете Белого дома": a name of its own, a room's
        span = Span(doc, start, place.end, BODY_NOUN)
        name = organization_name(span)
        out.append((span, "", upper_first(name)))
    return out


def her_surname_after_body(name: Span) -> bool:
    """One word after a body's noun that may be a woman's surname in the nominative, with a
    feminine verb after it that has no subject of its own ("До избрания в парламент
    Смирнова два года работала послом"): the verb's subject, though the tagger took it for
    a place the body's noun governs."""
    doc = name.doc
    if len(name) != 1 or not name.start or not body_noun(doc[name.start - 1]):
        return False
    rest = doc[name.end : name.sent.end]
    return womans_surname(name.text) and feminine_verb_after(rest) is not None


def places_by_start(ents: Sequence[Span]) -> dict[int, Span]:
    """The Doc's LOC entities by their first token, for `place_of`; one after its kind of
    place written lower case also with the kind, by the kind's token ("штата Массачусетс").
    Public: `organizations` builds it once per Doc for every body `place_of` is asked of."""
    out = {e.start: e for e in ents if e.label_ == "LOC"}
    for place in list(out.values()):
        kind = place.doc[place.start - 1] if place.start else None
        if kind is not None and kind_of_place(kind):
            out[kind.i] = place.doc[kind.i : place.end]
    return out


def _fixed_nmod(place: Span) -> bool:
    """A place's name hung on the noun before it that Russian does not decline ("суд
    [Сантьяго]", "мэрия [Осло]"): a genitive, whatever case the tagger guessed."""
    parses = [p for p in morph().parse(place.root.text) if p.is_known]
    return place.root.dep_ == "nmod" and bool(parses) and all("Fixd" in p.tag for p in parses)


def place_of(places: dict[int, Span], start: int, governors: Container[int]) -> Span | None:
    """The name of a city or region in the genitive at `start` (a LOC entity of `places`)
    that one of the `governors` (token indices) governs ("суд Москвы", "правительства
    Калининградской области"), or after its kind of place in any case ("[университета
    штата] Массачусетс"), with the places it is part of after it ("округа Москвы"); else
    None."""
    place = places.get(start)
    if place is None or place.root.head.i not in governors:
        return None
    after_kind = start > 0 and place.doc[start - 1].lemma_ in PLACE_KINDS
    if not after_kind and "Gen" not in features(place.root, "Case") and not _fixed_nmod(place):
        return None
    whole = place_of(places, place.end, range(place.start, place.end))
    return place if whole is None else place.doc[place.start : whole.end]
