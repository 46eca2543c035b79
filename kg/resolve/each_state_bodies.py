"""A state's body named once before two or more states' genitive names ("Главы МИД Ганы и
Того", "Министерства обороны Чили и Перу подписали", "с правительствами Польши и Чехии"):
one body of each state, as "МИД Ганы" and "МИД Того" named apart are, never one
organization of the states glued ("МИД Ганы и Того"). Only a body no two states share
(group `each` of org_words.txt, a ministry's contraction): a council or forces two states
may hold together stay one body of them both (`org_parts.tagged_org`). Fifty-seventh pass,
h-orgs69."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer, normalize
from kg.nlp.morph import caseless, morph, upper_first
from kg.resolve.body_states import (
    body_of,
    genitive_name,
    own_field,
    state_body_name,
    unnamed_state_body,
)
from kg.resolve.org_naming import (
    BODY_SHORT,
    LIST_JOINERS,
    NOT_NAMES,
    SETTLED_BODY,
    WORDS,
)

# The contracted names of the ministries every state has ("Минобороны", "МИД", "Минфин").
MINISTRIES = frozenset(
    normalize(short)
    for full, shorts in BODY_SHORT.items()
    if full.startswith("министерство")
    for short in shorts
)
# Lower-case words a body's noun may take before its states: its field's ("обороны",
# "иностранных дел", "труда и социальной защиты")
_FIELD_WORDS = 5


def joined_states(state: Span, states: Sequence[Span]) -> list[Span]:
    """The states in the genitive that "и" or a comma list right after `state` ("Перу[ и
    Эквадора]", "Перу[, Эквадора и Чили]"); [] where none follows. Not a state in another
    case ("Вооружённые силы Перу и Эквадор провели учения": the second state is the verb's
    subject with the forces)."""
    names = {s.start: s for s in states if s.id_ not in NOT_NAMES}
    doc, out, end = state.doc, [], state.end
    while end < len(doc) and doc[end].lower_ in LIST_JOINERS:
        joined = names.get(end + 1)
        if joined is None or not (genitive_name(joined) or _listed_genitive(joined)):
            break
        out.append(joined)
        end = joined.end
    return out


def _listed_genitive(state: Span) -> bool:
    """A state the parser lists with the one before it whose form reads only as an oblique
    case with the genitive among them, never the nominative: the tagger may write another
    case on a list's middle name ("комиссии Перу, Эквадора[Loc] и Чили"; fiftieth pass,
    h-orgs60); an undeclined name the parser lists after the one before it, whatever case
    the tagger gave it ("с парламентами Чили и Перу[Acc]"; fifty-seventh pass, h-orgs69).
    Not a nominative ("силы Перу и Эквадор провели")."""
    cases = morph().cases(state.root.text)
    if state.root.dep_ != "conj" or "gent" not in cases:
        return False
    return "nomn" not in cases or caseless(state.root.text) and state.root.head.i < state.start


def bodies_of_each(
    doc: Doc, states: Sequence[Span], gazetteer: Gazetteer
) -> list[list[tuple[Span, str, str]]]:
    """For each body of group `each` named once before a list of states, the (span, key,
    name) of its body of each state: the first's span from the body's noun to the first
    state ("МИД Ганы"), each later one's to its own state ("МИД Ганы и Того"), the words
    naming it, each settled as its state's body ("Министерство иностранных дел Того"), the
    gazetteer's where it knows "<name> <state>"."""
    out = []
    for first in states:
        if first.id_ in NOT_NAMES or not genitive_name(first):
            continue
        joined = joined_states(first, states)
        named = _each_noun(first) if joined else None
        if named is None:
            continue
        body = _nominative(doc[named.i : first.start])
        group = []
        for state in [first, *joined]:
            span = Span(doc, named.i, state.end, SETTLED_BODY, kb_id=state.kb_id_)
            known = body_of(gazetteer, body, state.kb_id_)
            name = state_body_name(gazetteer, body, state.kb_id_)
            group.append((span, known.key if known is not None else "", name or body))
        out.append(group)
    return out


def _each_noun(state: Span) -> Token | None:
    """The first word of a body of group `each` (or a ministry's contraction) the state's
    name hangs on, right before it or through the lower-case words of its field ("министерства
    [обороны] Чили", the parse may hang the state on the field): its noun, or the adjective
    naming the body with it (`_each`); None where there is none, or the noun is a joint
    body's ("Межправительственная комиссия": group `joint`)."""
    head = state.root.head
    named = None
    while state.start - _FIELD_WORDS - 1 <= head.i < state.start:
        if (named := _each(head, state)) is not None:
            break
        if not head.text.islower() or head.head.i == head.i:
            return None
        head = head.head
    if named is None:
        return None
    if unnamed_state_body(head, head.doc[head.i + 1 : state.start]):
        return None  # "компании и ведомства Перу и Чили": the states' many, none named
    if any(c.lemma_.lower() in WORDS["joint"] for c in head.children):
        return None
    return named


def _each(noun: Token, state: Span) -> Token | None:
    """The noun right before the state is a ministry's contraction ("МИД"), or a noun of
    group `each` whose field's own lower-case words, if any, stand between (`own_field`):
    the body's first word, the noun or its adjective (`_each_adjective`); else None."""
    if noun.i >= state.start or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    adjective = _each_adjective(noun)
    if noun.i == state.start - 1 and normalize(noun.text) in MINISTRIES:
        return adjective or noun
    each = adjective is not None or morph().lemma(noun.lower_, "NOUN") in WORDS["each"]
    if not each or not own_field(noun, noun.doc[noun.i + 1 : state.start]):
        return None
    return adjective or noun


def _each_adjective(noun: Token) -> Token | None:
    """The adjective right before a noun that with it names a body each state has one of
    ("Центральные банки Китая и Аргентины": group `each` "центральный банк"), where the
    noun alone ("банки Китая и Аргентины") names many; None where there is none. Sixty-ninth
    pass, h-agreements87."""
    if noun.i == 0 or (adjective := noun.doc[noun.i - 1]).pos_ != "ADJ":
        return None
    pair = morph().lemma(adjective.lower_, "ADJ") + " " + morph().lemma(noun.lower_, "NOUN")
    return adjective if pair in WORDS["each"] else None


def _nominative(words: Span) -> str:
    """The body's name in the nominative singular: its noun's lemma, capitalised, and its
    field's words as written ("министерствами обороны" → "Министерство обороны"); a
    contraction as written ("МИД")."""
    noun, *field = words
    if normalize(noun.text) in MINISTRIES:
        return noun.text
    if noun.pos_ == "ADJ":  # "Центральные банки" → "Центральный банк"
        head, *field = field
        named = upper_first(morph().lemma(noun.lower_, "ADJ"))
        return " ".join([named, morph().lemma(head.lower_, "NOUN"), *(t.text for t in field)])
    return " ".join([upper_first(morph().lemma(noun.lower_, "NOUN")), *(t.text for t in field)])
