"""What the words around an event noun say of its time, beyond the tense of its verb: an
event scheduled ("выборы, назначенные на 26 апреля", "назначил дату выборов", "объявил о
досрочных выборах") lies ahead whatever the tense of the verb that sets it; one told with a
participle of taking place ("на состоявшихся выборах", "на прошедших выборах") took place;
and one someone stands in as a candidate ("стал кандидатом на выборах") is told at no time
of its own: the verb's tense is the candidacy's, not the vote's.

The words are roles in `event_words.tsv`: `schedule`, `happen`, `candidacy`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.events.words import is_role, role_words
from kg.nlp.deps import nearest_preposition, preposition
from kg.nlp.morph import features, is_participle

_DATE_WORDS = frozenset({"дата", "срок", "день"})  # "назначил дату выборов"
_MODIFIERS = frozenset({"amod", "acl"})
_FROM = frozenset({"с", "после"})  # "с момента ареста", "после дня выборов"
_REMAIN = frozenset({"оставаться", "остаться"})  # "до выборов остаётся десять месяцев"
_SETTING = frozenset({"назначить", "назначать"})  # "выборы назначены на 5 мая"


def counted_from(tok: Token) -> bool:
    """ "После ареста X заявил", "с момента их ареста": a noun the text counts time from is
    one it takes as done, before the act of the verb that governs it (roles `since`,
    `point`)."""
    if preposition(tok) in role_words()["since"]:
        return True
    point = tok.head if tok.dep_ == "nmod" else tok
    return point.i != tok.i and is_role(point, "point") and preposition(point) in _FROM


def scheduled(tok: Token) -> bool:
    """The event noun is set ahead by a verb of scheduling: as that verb's participle on it
    ("выборах, назначенных на 26 апреля"), as the event whose date the verb sets ("назначил
    дату выборов"), or as what the verb announces ("объявил о досрочных выборах", also
    through the noun of holding it: "объявил о проведении досрочных выборов", events121)."""
    if any(c.dep_ in _MODIFIERS and is_role(c, "schedule") for c in tok.children):
        return True
    if tok.dep_ == "nmod" and is_role(tok.head, "conduct"):  # "о проведении выборов"
        tok = tok.head
    head = tok.head
    if tok.dep_ == "nmod" and head.lemma_ in _DATE_WORDS and head.dep_ in {"obj", "nsubj:pass"}:
        return is_role(head.head, "schedule")
    return tok.dep_ == "obl" and preposition(tok) == "о" and is_role(head, "schedule")


def set_ahead(tok: Token) -> bool:
    """The event noun is what a verb of setting it takes ("выборы назначены на 5 мая",
    "назначил досрочные выборы"): it lies ahead, whatever that verb's tense."""
    return tok.dep_ in {"obj", "nsubj:pass"} and tok.head.lemma_ in _SETTING


def before_word(tok: Token, t: Token) -> bool:
    """`t` tells the event noun `tok` as after the act of its clause (role `before`): as its
    preposition ("перед визитом", "накануне визита") or as the noun of a preposition of
    several words that governs it ("в преддверии визита")."""
    if not is_role(t, "before"):
        return False
    return t.dep_ == "case" or tok.dep_ == "nmod" and t.i == tok.head.i and preposition(t) == "в"


def narrated_before(case: Token) -> bool:
    """A `before` preposition ("перед выборами") whose noun hangs on a verb narrating the
    past ("перед выборами побывала на празднике"): the event is held since, not ahead; but
    the eve of a day's news ("накануне визита министр заявил"; role `eve`) is still ahead."""
    verb = case.head.head
    past = verb.pos_ == "VERB" and features(verb, "Tense") == ("Past",) and not is_participle(verb)
    return past and not is_role(case, "eve")


def counted_down(tok: Token) -> bool:
    """The time left until the event is told ("до выборов остаётся десять месяцев",
    "до саммита осталось две недели"): it lies ahead, whatever the tense of "остаться". The
    parser may hang the noun on an earlier verb; the first verb after it is the one."""
    if nearest_preposition(tok) != "до":
        return False
    after = [t for t in tok.sent if t.i > tok.i and t.pos_ == "VERB"]
    return tok.head.lemma_ in _REMAIN or bool(after) and after[0].lemma_ in _REMAIN


def held(tok: Token) -> bool:
    """The event noun carries a participle of taking place ("на состоявшихся выборах",
    "прошедших выборах", "проходящих переговорах") or a day before the news ("после
    вчерашних переговоров"): it took place or is under way."""
    days = [c for c in tok.children if c.dep_ == "amod" and is_role(c, "past_day")]
    return bool(days) or any(is_role(c, "happen") for c in participles(tok))


def concluded(tok: Token) -> bool:
    """The event noun is the genitive of its outcome ("по итогам переговоров", "по
    результатам встречи"): it took place, though the parser hangs the outcome on a verb of
    what comes of it ("заявил, что страны построят мост")."""
    return tok.dep_ == "nmod" and features(tok, "Case") == ("Gen",) and is_role(tok.head, "outcome")


def participles(tok: Token) -> list[Token]:
    """The participles that modify the event noun ("состоявшихся", "предстоящих"): they
    tell its time, not its name, and a name inflected around them reads wrong ("Состоявшихся
    президентские выборы")."""
    return [c for c in tok.children if c.dep_ in _MODIFIERS and is_participle(c)]


def candidacy(tok: Token) -> bool:
    """The event noun is where someone stands as a candidate ("стал кандидатом на выборах",
    "выдвинут кандидатом на выборах", "кандидат на выборах президента"): the verb that
    governs it tells the candidacy's time, not the vote's."""
    head = tok.head
    if is_role(head, "candidacy"):
        return True
    return tok.dep_ == "obl" and any(
        c.dep_ in {"xcomp", "obl", "obj"} and is_role(c, "candidacy") for c in head.children
    )
