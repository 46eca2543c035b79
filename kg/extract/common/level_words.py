"""The words of relation_levels.tsv as readers outside the relations package need them.

The relations read a level from these words (`relations.words` gives them to every step of
its reading); the arrangements ask whether what sides agreed on is such a level
("договорились о стратегическом партнёрстве" is the level, no "Договорённость"), and that
package is imported by the relations, so the lexicon, a partnership of one domain and a
level named by a topic are read here (seventy-first pass, h-relations73)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from kg.lexicon import load_rows

RELATION_LEVELS = Path(__file__).parents[1] / "relations" / "relation_levels.tsv"

# a level noun and the roles that make it one with a level adjective: "стратегическое
# партнёрство", "союзнические отношения", "стратегический характер отношений"
_WITH_ADJECTIVE = ("needs_adj", "rel", "frame")


@lru_cache(maxsize=1)
def level_lexicon() -> dict[str, tuple[str, str]]:
    """lemma → (role, level noun), from relation_levels.tsv."""
    return {row[0]: (row[1], (*row, "")[2]) for row in load_rows(RELATION_LEVELS)}


def level_role(t: Token) -> str:
    """A token's role in relation_levels.tsv, "" for a word not in it."""
    return lemma_role(t.lemma_)


def lemma_role(lemma: str) -> str:
    """A lemma's role in relation_levels.tsv, "" for a word not in it: read from a lemma
    where no `Token` is made (`relations.words.anchor_lemmas`)."""
    return level_lexicon().get(lemma, ("", ""))[0]


def sectoral(t: Token) -> bool:
    """A partnership of one domain, no level of the relations: "всеобъемлющее экономическое
    партнёрство", "стратегическое партнёрство в области энергетики", "стратегический
    торговый партнёр"."""
    noun = level_lexicon().get(t.lemma_, ("", ""))[1]
    if noun not in ("партнерство", "союзничество") and level_role(t) not in ("needs_adj", "core"):
        return False  # "союзники в борьбе с терроризмом": allies in one cause
    near = [*t.children, *(g for c in t.children if c.dep_ == "nmod" for g in c.children)]
    return any(level_role(c) == "sector" and c.dep_ in ("amod", "nmod") for c in near)


def level_topic(topic: Token) -> bool:
    """Whether the phrase of `topic` names a level of relations: a level noun by itself ("о
    союзничестве") or with its level adjective ("о всеобъемлющем стратегическом партнёрстве",
    "об установлении союзнических отношений", "о повышении уровня отношений до
    стратегического партнёрства"), or after "уровень" ("о выводе отношений на новый уровень
    партнёрства"); not one of a domain ("о стратегическом партнёрстве в области энергетики"),
    nor a bare "партнёрство", nor diplomatic relations ("об установлении дипломатических
    отношений", which the relations read as no level agreed on). Each coordinated topic must
    name one: "о стратегическом партнёрстве и о строительстве газопровода" is no level alone.
    The level is the topic's own phrase, reached through level words only: "о сотрудничестве в
    рамках стратегического партнёрства" is cooperation, no level agreed on."""
    parts = [topic, *(c for c in topic.children if c.dep_ == "conj")]
    return all(any(_level_noun(x) and _reached(x, p) for x in _own_words(p)) for p in parts)


def _reached(x: Token, part: Token) -> bool:
    """Whether every word between `x` and the topic `part` above it is a level word ("уровня
    отношений до партнёрства"), none a frame of another topic ("в рамках", "в духе")."""
    while x.i != part.i and x.head.i != x.i:
        x = x.head
        if x.i != part.i and not level_role(x):
            return False
    return True


def _own_words(part: Token) -> list[Token]:
    """The words of a coordinated topic without those of the topics joined to it."""
    joined = {x.i for c in part.children if c.dep_ == "conj" for x in c.subtree}
    return [x for x in part.subtree if x.i not in joined]


def _level_noun(x: Token) -> bool:
    role = level_role(x)
    if role == "core":
        return not sectoral(x)
    if role not in _WITH_ADJECTIVE:
        return False
    named = any(c.dep_ == "amod" and level_role(c) == "adj" for c in x.children)
    after_scale = role == "needs_adj" and level_role(x.head) == "scale"
    return (named or after_scale) and not sectoral(x)
