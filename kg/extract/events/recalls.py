"""A state recalls its own envoy from another state ("Гана отозвала своего посла в Ломе",
"Перу отозвало посла из Мексики", "Посол Чили в Перу отозван в Сантьяго для консультаций",
"объявили об отзыве посла"): one of the main acts between states in a crisis.

Its roles, by the parse around "отозвать"/"отзывать"/"отзыв":
- the envoy: the verb's object or passive subject, the noun's genitive; a "посол",
  "посланник", "временный поверенный" or "дипломат" (`event_words.tsv`, role "envoy"), else
  no recall ("отозвал законопроект", "отозвал иск", "отзыв о работе");
- the recalling state: the subject's (a state, its body, its officer), else the envoy's own
  ("посол Ганы", a named envoy's served state);
- the host state: "в X" on the envoy ("посол Ганы в Того", "своего посла в Ломе": a state
  or its capital), "из X" on the act or the envoy ("из Мексики", "из Парижа"); never the
  recalling state itself ("отозван в Сантьяго": home, where he goes).
An envoy recalled for another post or at the end of his term ("в связи с назначением на
другую должность", "в связи с окончанием срока") or "с поста" ends a mission, no act
between states: no recall. Sixty-first pass (h-events210).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.events.place_names import state_near
from kg.extract.events.words import is_role
from kg.nlp.deps import has_preposition, is_passive, negated, preposition
from kg.nlp.morph import case_of, features, is_infinitive

if TYPE_CHECKING:
    from kg.extract.events.acts import ActReader
    from kg.extract.events.hit import Hit

_OBJECTS = frozenset({"obj", "nsubj:pass"})
_FROM_POST = frozenset({"пост", "должность"})  # "отозван с поста посла": a dismissal


def read_recall(reader: ActReader, tok: Token, hit: Hit, anchors: list[Token]) -> bool:
    """Fills the recalling state (`Hit.agent`), the host state and the envoy of a recall;
    False where `tok` recalls no envoy, is denied or ends a mission."""
    envoys = _envoys(tok)
    if not envoys or negated(tok) or _mission_ends(reader, tok):
        return False
    verb = tok if tok.pos_ in {"VERB", "AUX"} else (anchors[0] if anchors else None)
    doers = _doers(reader, tok, verb)
    agent = next((s for k in doers if (s := reader.state_of(k)).startswith("state/")), "")
    named = [k for e in envoys for k in _named_envoys(reader, e)]
    agent = agent or _envoys_state(reader, envoys, named)
    hosts = [s for s in _hosts(reader, tok, verb, envoys) if s != agent]
    if not agent and not hosts:
        return False
    hit.agent = agent
    hit.states = list(dict.fromkeys(s for s in [agent, *hosts[:1]] if s))
    hit.persons = list(dict.fromkeys([*(k for k in doers if k.startswith("person/")), *named]))
    hit.acting = [k for k in doers if k.startswith("person/")]
    hit.envoy = _envoy_word(envoys)
    return True


def _envoy_word(envoys: list[Token]) -> str:
    """The label's word for the envoys, genitive: "посла", "послов", else "дипломата",
    "дипломатов" (a chargé d'affaires too)."""
    many = len(envoys) > 1 or features(envoys[0], "Number") == ("Plur",)
    if all(is_role(e, "ambassador") for e in envoys):
        return "послов" if many else "посла"
    return "дипломатов" if many else "дипломата"


def _envoys(tok: Token) -> list[Token]:
    """The envoys recalled: the verb's object or passive subject (or the noun the passive
    participle describes: "посол, отозванный из Мексики"), the noun's genitive; also one
    the parser hung on the verb's other phrase ("отозвала для консультаций своего посла":
    "посла" on "консультаций"). Only envoy words count."""
    if tok.pos_ in {"VERB", "AUX"}:
        own = [c for c in tok.children if c.dep_ in _OBJECTS]
        if not own and tok.dep_ in {"acl", "acl:relcl"} and is_passive(tok, participle=True):
            own = [tok.head]
        own = own or [
            g
            for c in tok.children
            if c.dep_ == "obl"
            for g in c.children
            if g.dep_ == "nmod" and not has_preposition(g) and is_role(g, "envoy")
        ]
    else:
        own = [c for c in tok.children if c.dep_ == "nmod" and case_of(c) == "Gen"]
        if any(preposition(c) == "о" for c in tok.children):
            return []  # "отзыв посла о книге": a review
    return [t for t in own if is_role(t, "envoy")]


def _mission_ends(reader: ActReader, tok: Token) -> bool:
    """An envoy recalled for another post, at the end of his term or from his post ("в
    связи с назначением на другую должность", "в связи с окончанием срока полномочий",
    "отозван с поста посла"): his mission ends, no act between states."""
    for c in tok.children:
        if preposition(c) == "с" and c.lemma_ in _FROM_POST:
            return True
        if reader.has_role(c, "mission_end"):
            return True
    return False


def _doers(reader: ActReader, tok: Token, verb: Token | None) -> list[str]:
    """Who recalls: the subject of the active verb, or of the verb that governs the noun
    or the infinitive ("Власти Алжира объявили об отзыве посла", "принял решение отозвать
    посла"); none for a passive ("посол отозван")."""
    if verb is None or is_passive(verb, participle=True):
        return []
    return reader.subject_mentions(verb, climb=verb.i != tok.i or is_infinitive(verb))


def _named_envoys(reader: ActReader, envoy: Token) -> list[str]:
    """The persons named beside the envoy word ("посла Марко Руиса", "посол … Хуан Перес")."""
    near = [envoy, *(c for c in envoy.children if _names_person(reader, c))]
    return [m.entity for x in near for m in reader.by_token.get(x.i, ()) if m.type == "Person"]


def _names_person(reader: ActReader, tok: Token) -> bool:
    """A name beside the envoy word that names a person (apposed, or hung as its nmod)."""
    beside = tok.dep_ in {"appos", "flat:name", "nmod"}
    return beside and any(m.type == "Person" for m in reader.by_token.get(tok.i, ()))


def _envoys_state(reader: ActReader, envoys: list[Token], named: list[str]) -> str:
    """The state an envoy is of: his word's genitive ("посол Ганы", "отзыв посла Чили"),
    else a named envoy's served state."""
    for e in envoys:
        for c in e.children:
            of_state = c.dep_ == "nmod" and not has_preposition(c) and case_of(c) == "Gen"
            if of_state and (state := state_near(reader, [c], "Recall")):
                return state
    return next((s for k in named if (s := reader.served_state(k)).startswith("state/")), "")


def _hosts(reader: ActReader, tok: Token, verb: Token | None, envoys: list[Token]) -> list[str]:
    """The states an envoy is recalled from: "в X" on the envoy ("посол Ганы в Того",
    "своего посла в Ломе"), "из X" on the act, its verb or the envoy ("из Мексики"), "в X"
    on the verb, which the recalling state's own capital is not (the caller drops it)."""
    found = []
    for e in envoys:  # "посол Ганы в Того Кваме Асанте": the parser may hang it on the name
        for n in [e, *(c for c in e.children if _names_person(reader, c))]:
            found += [
                state_near(reader, [c], "Recall") for c in n.children if preposition(c) == "в"
            ]
    heads = list(dict.fromkeys(h for h in [tok, verb, *envoys] if h is not None))
    # "временного поверенного в делах из Аддис-Абебы": "из" on "делах", wherever it hangs
    heads += [c for h in heads for c in h.children if c.lemma_ == "дело" and preposition(c) == "в"]
    found += [
        state_near(reader, [c], "Recall")
        for h in heads
        for c in h.children
        if preposition(c) == "из"
    ]
    found += [
        state_near(reader, [c], "Recall")
        for c in tok.children
        if preposition(c) == "в" and c.dep_ == "obl" and tok.pos_ in {"VERB", "AUX"}
    ]
    return list(dict.fromkeys(s for s in found if s))
