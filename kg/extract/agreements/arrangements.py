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
размещении базы", signed. A level of relations agreed on ("договорились о стратегическом
партнёрстве") is the relations' level, no arrangement beside it.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Span, Token

from kg.extract.agreements.non_titles import over_a_player
from kg.extract.agreements.status import MANAGE
from kg.extract.agreements.title_ends import genitive_noun
from kg.extract.agreements.title_words import (
    COMPOUND_AFTER,
    COMPOUND_PREPS,
    MEASURES,
    TIME_NOUNS,
    Title,
    kinds,
)
from kg.extract.common.level_words import level_topic
from kg.extract.common.shared_future import shared_future
from kg.extract.common.words import lem, word_lemma
from kg.extract.context import Context
from kg.lexicon import load_groups
from kg.nlp.deps import negated
from kg.nlp.deps import preposition as _prep
from kg.nlp.morph import case_of, is_participle, morph

ARRANGEMENT_WORDS = Path(__file__).with_name("arrangement_words.tsv")

_VERBS = frozenset(["договориться", "договариваться"])
_SETTLED = frozenset(["договориться", "условиться"])  # "договорились о …", past and plain
EXCHANGING = frozenset(["согласиться"])  # "согласилась на X в обмен на Y": one side tells it
ARRANGING = _VERBS | _SETTLED | EXCHANGING  # the lemmas `arrangement_at` reads
_WORDS = load_groups(ARRANGEMENT_WORDS)
_TRYING = _WORDS["trying"]
_NOT_TOPICS = _WORDS["not_topic"]
_NOT_SETTLED = _NOT_TOPICS | _WORDS["not_settled"]
_WATCHED = _WORDS["watched"]
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
    if not unsettled and any(_of_no_arrangement(x) for x in topic.subtree):
        return None  # "договорились о подписании соглашения", "о проведении учений"
    if any(shared_future(x) for x in topic.subtree):
        return None  # "о строительстве сообщества с общим будущим": a level of relations
    if not unsettled and level_topic(topic):
        return None  # "о стратегическом партнёрстве": the level, agreed; a failed try is talks
    tokens = _phrase(topic)
    text = _text(ctx, tokens)
    words = _key_words(ctx, tokens)
    if unsettled:
        title = Title(topic, "Agreement", "Соглашение " + text, ("соглашение", *words), tokens)
        return title, "negotiating"
    head = ("Договорённость " + text, ("договоренность", *words))
    private = over_a_player(topic)  # "Клубы договорились о переходе защитника": no paper
    return Title(topic, "Agreement", *head, tokens, private=private), "signed"


def own_paper_words(verb: Token, topic: Token) -> set[int]:
    """A bare "документ" in a phrase of when the arranged thing is done ("договорились о
    прекращении огня после подписания документа"): the arrangement's own paper, read as no
    other paper whose signing is ahead (sixty-ninth pass, h-agreements86)."""
    told = [x for x in (*topic.subtree, *verb.children) if x.i > topic.i and _how_done(x)]
    return {t.i for x in told for t in x.subtree if t.lemma_ == "документ"}


def _of_no_arrangement(x: Token) -> bool:
    """A word of a settled topic that makes it no arrangement: a paper, an event ahead, a
    date or a term to be agreed ("о подписании соглашения", "о проведении учений", "о
    сроках"); not the term of the agreed thing ("о продлении свопа сроком на три года")."""
    if x.lemma_ in MEASURES and case_of(x) == "Ins":
        return False
    return x.lemma_ in kinds() or x.lemma_ in _NOT_SETTLED


def agreed_level(head: Token) -> bool:
    """A "договорённость" whose topic is a level of relations, which the relations read
    ("достигли договорённости о всеобъемлющем стратегическом партнёрстве", "о строительстве
    сообщества с общим будущим"): no paper beside the level, which would count it twice, as
    "договорились о …" of one is none (`arrangement_at`); a partnership of a domain, a bare
    "партнёрство" and diplomatic relations stay topics (`common.level_words.level_topic`)."""
    if lem(head.text) != "договоренность":
        return False
    topic = next((c for c in head.children if _prep(c) in _TOPIC_PREPS), None)
    return topic is not None and (
        level_topic(topic) or any(shared_future(x) for x in topic.subtree)
    )


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
    """The topic's phrase from its preposition, up to the first comma, clause or time; the
    words that tell when, on what condition or under whose eye it is done are left out and
    its coordinated topics kept ("о прекращении огня в течение десяти дней после подписания
    документа и об обмене пленными под контролем МККК": "о прекращении огня и об обмене
    пленными")."""
    cut = {x.i for t in topic.subtree if t is not topic and _how_done(t) for x in t.subtree}
    words = sorted(topic.subtree, key=lambda t: t.i)  # a crossing arc leaves it unsorted
    sub = [t for t in words if t.dep_ not in ("acl", "acl:relcl") and t.i not in cut]
    out: list[Token] = []
    for t in sub:
        if out and not _bridged(topic.doc[out[-1].i + 1 : t.i], cut):
            break
        if t.text in ",;:—–()" or t.pos_ == "VERB" and not _noun_like(t):
            break
        if t.pos_ == "ADP" and t.head.lemma_ in TIME_NOUNS:
            break  # "об обмене послами в ближайшие месяцы": when, not what
        if _amount_at(t):
            break  # "о реструктуризации долга на 4,1 млрд долларов": how much, not what
        out.append(t)
    return out


def _how_done(t: Token) -> bool:
    """A topic's modifier of when, on what condition, by whose help or under whose eye the
    agreed thing is done, not what it is: "в течение десяти дней", "в ходе визита", "после
    подписания", "через десять дней", "по итогам", "при посредничестве", "под контролем
    МККК" (sixty-ninth pass, h-agreements86)."""
    if t.dep_ not in ("nmod", "obl"):
        return False
    prep = _prep(t)
    fixed = (
        f.lemma_ for c in t.children if c.dep_ == "case" for f in c.children if f.dep_ == "fixed"
    )
    if prep in ("в", "во") and (
        t.lemma_ in COMPOUND_PREPS or any(f in COMPOUND_PREPS for f in fixed)
    ):
        return True
    if prep == "через":
        return any(c.pos_ == "NUM" for c in t.children)  # not "о транзите через Украину"
    if prep == "под":
        return t.lemma_ in _WATCHED and case_of(t) == "Ins"  # not "о передаче под контроль"
    return prep == "после" or t.lemma_ in COMPOUND_AFTER.get(prep, ())


def _noun_like(t: Token) -> bool:
    """A word the tagger reads as a verb that is a topic's noun or qualifies one: a noun read
    as a participle ("о продлении валютного свопа", `title_ends.genitive_noun`) or a participle
    before its noun ("о продлении действующего валютного свопа"; sixty-ninth pass,
    h-agreements86)."""
    return genitive_noun(t) or t.dep_ == "amod" and is_participle(t) and t.head.i > t.i


def _bridged(gap: Span, cut: set[int]) -> bool:
    """Whether the words between two parts of a topic only tell when or how it is done: left
    out of its phrase (`cut`) or, as the parse may hang them on the verb ("договорились о
    прекращении огня [в течение десяти дней] и об обмене пленными"), phrases of `_how_done`."""
    tops = [t for t in gap if t.i not in cut and not gap.start <= t.head.i < gap.end]
    return all(t.i in cut or any(_how_done(h) for h in tops if t in h.subtree) for t in gap)


def _text(ctx: Context, tokens: list[Token]) -> str:
    """The words of `tokens` as the text writes them, the runs a left-out modifier parts
    joined by a space."""
    runs: list[list[Token]] = []
    for t in tokens:
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    text = ctx.document.text
    return " ".join(" ".join(text[r[0].idx : r[-1].idx + len(r[-1].text)].split()) for r in runs)


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
