"""A community with a shared future: a level of relations China and its partners declare.

"сообщество единой судьбы", "сообщество с общим будущим", "китайско-лаосское сообщество …":
the relations read it as a level (`relations.phrases.level_at`), and the arrangements keep
"договорились о строительстве сообщества с общим будущим" out of the papers
(`agreements.arrangements`), since it is that level, no agreement. The words are
relation_levels.tsv's; the file is read here (`lexicon`, for the relations' words too),
outside the relations package, because that package imports the agreements (seventieth
pass, h-relations72)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from kg.lexicon import load_rows

RELATION_LEVELS = Path(__file__).parents[1] / "relations" / "relation_levels.tsv"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[str, str]]:
    """lemma → (role, level noun), from relation_levels.tsv: the one reading of the file, for
    the relations (`relations.words`) and a shared future alike."""
    return {row[0]: (row[1], (*row, "")[2]) for row in load_rows(RELATION_LEVELS)}


def lemma_role(lemma: str) -> str:
    """A lemma's role in relation_levels.tsv, "" for a word not in it: read from a lemma
    where no `Token` is made (`relations.words.anchor_lemmas`)."""
    return lexicon().get(lemma, ("", ""))[0]


def shared_future(t: Token) -> bool:
    """Whether noun `t` is a community of a shared future it governs, in the genitive or with
    "с" ("сообщество единой судьбы", "… с общим будущим"); not one of mankind ("сообщество
    единой судьбы человечества": no pair's), nor a community of others ("сообщество
    экспертов", "Европейское сообщество")."""
    if lemma_role(t.lemma_) != "shared":
        return False
    futures = [c for c in _governed(t) if lemma_role(c.lemma_) == "future"]
    shared = [f for f in futures if any(lemma_role(a.lemma_) == "common" for a in f.children)]
    words = [g.lemma_ for x in (t, *shared) for g in x.children]
    return bool(shared) and "mankind" not in (lemma_role(w) for w in words)


def _governed(t: Token) -> list[Token]:
    """The nouns `t` governs, and one the parse hung on its verb right after it ("построили
    сообщество единой судьбы", "судьбы" the verb's object)."""
    near = [c for c in t.head.children if c.i > t.i and c.i - t.i <= 3] if t.head != t else []
    return [c for c in t.children if c.dep_ == "nmod"] + near
