"""Acts that move a state into a union or a thing from one state to another: accession
("Черногория вступила в НАТО", "приём Албании и Хорватии") and purchase ("корабль был
приобретён Китаем у Украины").

Their participants are their roles read from the parse, not whoever the sentence names:
- accession: the states that join (the subject of "вступить", "присоединиться", "стать
  членом", "войти в состав"; the genitive of "вступление", "приём") and the union they join
  ("в НАТО", "к ЕС", "членом ВТО", "в состав БРИКС"; "к альянсу" where the document names
  one union whose name has the word: `union_called`). A verb
  needs its union ("вступил в силу" is no accession); a noun may leave it to the
  document's other accessions ("расширение альянса после приёма Албании"). A noun under
  one of talks, a bid or a process (`pursuit`: "переговоры о вступлении Сербии в ЕС",
  "процесс вступления") tells an accession sought, not done: none;
- purchase: the buyer (the subject of "купить", "приобрести", the agent of its passive;
  the dative of "продать") and the seller ("у Украины"; the subject of "продать"); both
  must be states: trade between companies is not an event between states.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.events.words import is_role
from kg.nlp.deps import passive_marked
from kg.nlp.morph import case_of

if TYPE_CHECKING:
    from kg.extract.events.acts import ActReader
    from kg.extract.events.hit import Hit

TRANSFERS = frozenset({"Accession", "Purchase"})
_SELLING = frozenset({"продать", "продавать"})
_MEMBERSHIP = frozenset({"член", "состав"})  # "стала членом НАТО", "вошла в состав БРИКС"


def read_transfer(reader: ActReader, tok: Token, hit: Hit, anchors: list[Token]) -> bool:
    """Fills the roles of an accession or a purchase; False when `tok` tells none here."""
    if hit.kind == "Accession":
        return _accession(reader, tok, hit, anchors)
    return _purchase(reader, tok, hit)


def _accession(reader: ActReader, tok: Token, hit: Hit, anchors: list[Token]) -> bool:
    verb = tok.pos_ in {"VERB", "AUX"}
    if verb:
        subject = reader.subject_mentions(tok, climb=False)
        if any(k.startswith("person/") for k in subject):
            return False  # "министр Италии стал членом правительства": a person joins
        joining = _states(subject)
    elif tok.dep_ == "nmod" and is_role(tok.head, "pursuit"):
        return False  # "переговоры о вступлении Сербии в ЕС": sought, not done
    else:
        owners = [c for c in tok.children if c.dep_ == "nmod" and case_of(c) == "Gen"]
        joining = [k for c in owners for k in _states_at(reader, c)]
    unions = [
        k
        for head in [tok, *anchors[:1]]
        for c in head.children
        for u in _union_words(reader, c)
        for k in _unions_at(reader, u)
    ]
    if not joining or (verb and not unions):
        return False
    hit.states = list(dict.fromkeys(joining))
    hit.others = list(dict.fromkeys(unions))
    return True


def _union_words(reader: ActReader, word: Token) -> list[Token]:
    """The words of a verb's dependent that may name the union joined: "в НАТО", "к ЕС"
    (any case: they do not decline); the genitive of "в состав" and of the instrumental
    "членом" ("вошли в состав БРИКС", "стала членом НАТО")."""
    prep = reader.prep_of(word)
    if word.lemma_ in _MEMBERSHIP and (prep == "в" or not prep and case_of(word) == "Ins"):
        return [c for c in word.children if c.dep_ == "nmod"]
    return [word] if prep in {"в", "к"} else []


def _unions_at(reader: ActReader, word: Token) -> list[str]:
    """The union a word names, or the one of the document a bare "альянс" stands for."""
    named = reader.orgs_at(word)
    called = reader.union_called(word) if not named else ""
    return named or ([called] if called else [])


def _purchase(reader: ActReader, tok: Token, hit: Hit) -> bool:
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    passive = passive_marked(tok)
    subject = [] if passive else _states(reader.subject_mentions(tok, climb=False))
    agent = [
        k
        for c in tok.children
        if c.dep_ in {"obl", "obl:agent"} and case_of(c) == "Ins" and not reader.prep_of(c)
        for k in _states_at(reader, c)
    ]
    sellers = [k for c in _clause(tok) if reader.prep_of(c) == "у" for k in _states_at(reader, c)]
    buyers = [
        k
        for c in tok.children
        if c.dep_ in {"iobj", "obl"} and case_of(c) == "Dat" and not reader.prep_of(c)
        for k in _states_at(reader, c)
    ]
    if tok.lemma_ in _SELLING:
        sellers, buyers = subject + agent, buyers
    else:
        buyers = subject + agent
    parties = list(dict.fromkeys(buyers[:1] + sellers[:1]))
    if len(parties) < 2:
        return False
    hit.agent = buyers[0]
    hit.states = parties
    return True


def _clause(tok: Token) -> list[Token]:
    """The verb's dependents, and the words of its clause the parser hung elsewhere ("был
    приобретён Китаем у Украины в 1998 году, а в 2002 …": "у Украины" under the next verb)."""
    words = list(tok.children)
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.is_punct or t.pos_ in {"VERB", "CCONJ", "SCONJ"}:
            break
        if t.head.i != tok.i and t.dep_ == "obl":
            words.append(t)
    return words


def _states(keys: list[str]) -> list[str]:
    return [k for k in keys if k.startswith("state/")]


def _states_at(reader: ActReader, tok: Token) -> list[str]:
    """States named by `tok` and the words coordinated with it ("Албании и Хорватии")."""
    words = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    return [m.entity for w in words for m in reader.by_token.get(w.i, ()) if m.type == "State"]
