"""A paper told by a relative clause of its topic: "Стороны обсудили строительство
нефтепровода между двумя странами, соглашение о котором было подписано в феврале" is the
"Соглашение о строительстве нефтепровода" (sixty-second pass, h-agreements74).

The topic is the noun the "о котором" stands for, climbed to the outermost noun of its phrase
that the pronoun agrees with ("строительство нефтепровода", not "нефтепровод" alone); a
"котором" of another word of the clause ("соглашение, о котором говорил министр") names no
topic of the paper."""

from __future__ import annotations

from spacy.tokens import Token

from kg.nlp.morph import agrees
from kg.resolve.pair_words import PAIR_WORDS

_ABOUT = frozenset({"о", "об", "обо"})


def relative_topic(head: Token) -> Token | None:
    """The noun a paper's "о котором" stands for: the outermost noun the pronoun agrees with
    of the phrase the paper's relative clause hangs on (the parser may hang it on the
    phrase's genitive), where the paper is a word of that clause; None otherwise."""
    which = next((c for c in head.children if _about_which(c)), None)
    clause = head.head
    if which is None or clause.dep_ != "acl:relcl" or clause.head.pos_ != "NOUN":
        return None
    chain = [clause.head]  # the noun the clause hangs on and the nouns it is a genitive of
    while chain[-1].dep_ == "nmod" and chain[-1].head.pos_ == "NOUN":
        chain.append(chain[-1].head)
    agreeing = [n for n in chain if agrees(which, n)]
    return agreeing[-1] if agreeing else None  # "строительство нефтепровода": the phrase


def _about_which(t: Token) -> bool:
    """ "о котором" on the paper's noun."""
    about = any(c.dep_ == "case" and c.lower_ in _ABOUT for c in t.children)
    return t.lemma_ == "который" and t.dep_ == "nmod" and about


def topic_text(noun: Token, paper: Token) -> str:
    """ "о строительстве нефтепровода": the topic's phrase in the prepositional, as an event's
    label puts a phrase in a case (imported here: the events package imports this one)."""
    from kg.extract.events.labels import phrase_in

    phrase = phrase_in(noun, "loct", _left_out(noun, paper))
    return ("об " if phrase[:1].lower() in "аоуэи" else "о ") + phrase


def topic_tokens(noun: Token, paper: Token) -> list[Token]:
    """The topic's words as written: the title's words for its key."""
    out = _left_out(noun, paper)
    return [t for t in noun.subtree if t.i >= noun.i and t.i not in out and t.is_alpha]


def _left_out(noun: Token, paper: Token) -> set[int]:
    """The words of the topic's phrase no title tells: the paper's clause, and the pair the
    topic is between ("между двумя странами"), which tells the paper's sides."""
    out = {t.i for t in paper.head.subtree}
    return out | {x.i for t in noun.subtree if t.lemma_ in PAIR_WORDS for x in t.subtree}
