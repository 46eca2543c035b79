"""Agreements told by a verb rather than a noun: "не смогли договориться о сокращении …".

Sides that fail or try to agree on something are negotiating an agreement on it,
though no paper is named: "Вашингтон и Москва не смогли договориться о сокращении
ядерных вооружений" → "Соглашение о сокращении ядерных вооружений", negotiating:
negated ("не договорились", "не смогли/не удалось договориться"), attempted ("пытаются
договориться") or under way ("договариваются"). Sides that agreed on it have an
arrangement: "Вьетнам и Индонезия договорились о совместном патрулировании" →
"Договорённость о совместном патрулировании", signed (the caller keeps it only with its
sides named). "Договорились о встрече" plans an event, "договорились о том, что …" reports
words, and "договорились о подписании соглашения" is about the agreement its title names,
so events, pronouns and papers are no topic of a settled one. A side that agreed to
something in exchange for something else settled a deal too, named by that side alone:
"Франция согласилась на размещение базы в обмен на кредит" → "Договорённость о
размещении базы", signed.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Token

from kg.extract.agreements.non_titles import over_a_player
from kg.extract.agreements.status import MANAGE
from kg.extract.agreements.title_words import MEASURES, TIME_NOUNS, Title, kinds
from kg.extract.common.words import lem, word_lemma
from kg.extract.context import Context
from kg.lexicon import load_groups
from kg.nlp.deps import negated
from kg.nlp.deps import preposition as _prep
from kg.nlp.morph import case_of, morph

ARRANGEMENT_WORDS = Path(__file__).with_name("arrangement_words.tsv")

_VERBS = frozenset(["договориться", "договариваться"])
_SETTLED = frozenset(["договориться", "условиться"])  # "договорились о …", past and plain
EXCHANGING = frozenset(["согласиться"])  # "согласилась на X в обмен на Y": one side tells it
ARRANGING = _VERBS | _SETTLED | EXCHANGING  # the lemmas `arrangement_at` reads
_WORDS = load_groups(ARRANGEMENT_WORDS)
_TRYING = _WORDS["trying"]
_NOT_TOPICS = _WORDS["not_topic"]
_NOT_SETTLED = _NOT_TOPICS | _WORDS["not_settled"]
_TOPIC_PREPS = ("о", "об", "обо")


def arrangement_at(ctx: Context, verb: Token) -> tuple[Title, str] | None:
    """The agreement a "договориться о X" at `verb` is about and its status, "negotiating"
    (unsettled) or "signed" (settled), or None."""
    if verb.lemma_ not in ARRANGING or verb.pos_ != "VERB":
        return None
    if verb.lemma_ in EXCHANGING:
        return _exchange_at(ctx, verb)
    unsettled = verb.lemma_ in _VERBS and _unsettled(verb)
    if not unsettled and not _settled(verb):
        return None
    topic = next((c for c in verb.children if _prep(c) in _TOPIC_PREPS), None)
    if topic is None or topic.pos_ != "NOUN" or topic.lemma_ in _NOT_TOPICS:
        return None
    if not unsettled and any(x.lemma_ in kinds() or x.lemma_ in _NOT_SETTLED
                             for x in topic.subtree):  # fmt: skip
        return None  # "договорились о подписании соглашения", "о проведении учений"
    tokens = _phrase(topic)
    last = tokens[-1]
    text = " ".join(ctx.document.text[tokens[0].idx : last.idx + len(last.text)].split())
    words = _key_words(ctx, tokens)
    if unsettled:
        title = Title(topic, "Agreement", "Соглашение " + text, ("соглашение", *words), tokens)
        return title, "negotiating"
    head = ("Договорённость " + text, ("договоренность", *words))
    private = over_a_player(topic)  # "Клубы договорились о переходе защитника": no paper
    return Title(topic, "Agreement", *head, tokens, private=private), "signed"


def of_an_event(head: Token) -> bool:
    """A "договорённость" to meet, visit or consult plans an event, no agreement, as
    "договорились о встрече" does: "достигли договорённости о встрече лидеров", "о визите
    президента", "о проведении консультаций"."""
    if lem(head.text) != "договоренность":
        return False
    topic = next((c for c in head.children if _prep(c) in _TOPIC_PREPS), None)
    if topic is None or topic.lemma_ in _NOT_TOPICS:
        return topic is not None
    held = (c for c in topic.children if c.dep_ == "nmod")  # "о проведении встречи"
    return topic.lemma_ in _NOT_SETTLED and any(c.lemma_ in _NOT_TOPICS for c in held)


def _key_words(ctx: Context, tokens: list[Token]) -> tuple[str, ...]:
    """A topic's lemmas for the title's key, its prepositions and states left out."""
    sent = tokens[0].sent
    states = ctx.mentions_in(sent.start_char, sent.end_char, "State")
    kept = [
        t
        for t in tokens
        if t.pos_ not in ("ADP", "PUNCT", "CCONJ")
        and not any(m.start <= t.idx < m.end for m in states)
    ]
    return tuple(word_lemma(t) for t in kept)


def _exchange_at(ctx: Context, verb: Token) -> tuple[Title, str] | None:
    """ "согласилась на X в обмен на Y": a deal on X settled, titled "Договорённость о X"
    (X put in the prepositional case); agreeing to X with nothing given back is no deal."""
    if not _settled(verb):
        return None
    topic = next((c for c in verb.children if _prep(c) == "на" and c.pos_ == "NOUN"), None)
    if topic is None or topic.lemma_ in _NOT_TOPICS:
        return None
    exchange = next((t for t in (*verb.children, *topic.subtree) if _in_exchange(t)), None)
    if exchange is None or any(x.lemma_ in kinds() for x in topic.subtree):
        return None
    tokens = [t for t in _phrase(topic)[1:] if t.i < exchange.i - 1]  # no "на", no "в обмен"
    words = (morph().inflect(t.text, {"loct"}) if t.i <= topic.i else t.text for t in tokens)
    text = "Договорённость о " + " ".join(words)
    key = ("договоренность", *_key_words(ctx, tokens))
    return Title(topic, "Agreement", text, key, tokens), "signed"


def _in_exchange(t: Token) -> bool:
    """The "обмен" of "в обмен на"."""
    return t.lemma_ == "обмен" and _prep(t) == "в"


def _settled(verb: Token) -> bool:
    """ "договорились о …": past, indicative, not negated, not under a word of trying."""
    if negated(verb) or "Past" not in verb.morph.get("Tense"):
        return False
    return not (verb.dep_ == "xcomp" and verb.head.lemma_ in _TRYING | MANAGE)


def _unsettled(verb: Token) -> bool:
    if negated(verb):
        return True
    head = verb.head
    if head.i != verb.i and verb.dep_ == "xcomp":
        if head.lemma_ in MANAGE and negated(head):
            return True
        if head.lemma_ in _TRYING:
            return True
    return verb.lemma_ == "договариваться" and "Pres" in verb.morph.get("Tense")


def _phrase(topic: Token) -> list[Token]:
    """The topic's phrase from its preposition, up to the first comma, clause or time."""
    sub = [t for t in topic.subtree if t.dep_ not in ("acl", "acl:relcl")]
    out: list[Token] = []
    for t in sub:
        if out and t.i != out[-1].i + 1:
            break
        if t.text in ",;:—–()" or t.pos_ == "VERB":
            break
        if t.pos_ == "ADP" and t.head.lemma_ in TIME_NOUNS:
            break  # "об обмене послами в ближайшие месяцы": when, not what
        if _amount_at(t):
            break  # "о реструктуризации долга на 4,1 млрд долларов": how much, not what
        out.append(t)
    return out


def _amount_at(t: Token) -> bool:
    """An amount or a term after a topic, which ends it as it ends a paper's title
    (`title_ends.Scanner`): "на"/"в" a number ("на 4,1 млрд долларов", "на пять лет"), "в
    размере", "на сумму", "сроком на". Sixty-eighth pass, h-agreements85."""
    if t.lemma_ in MEASURES and case_of(t) == "Ins":
        return True  # "сроком на 10 лет"
    if t.lower_ not in ("на", "в") or t.i + 1 >= len(t.doc):
        return False
    after = t.doc[t.i + 1]
    return after.pos_ == "NUM" or after.like_num or after.lemma_ in MEASURES
