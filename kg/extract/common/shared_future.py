"""A community with a shared future: a level of relations China and its partners declare.

"сообщество единой судьбы", "сообщество с общим будущим", "китайско-лаосское сообщество …":
the relations read it as a level (`relations.phrases.level_at`), and the arrangements keep
"договорились о строительстве сообщества с общим будущим" out of the papers
(`agreements.arrangements`), since it is that level, no agreement. The words are
relation_levels.tsv's, read once by `level_words` (seventieth pass, h-relations72)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.common.level_words import level_role


def shared_future(t: Token) -> bool:
    """Whether noun `t` is a community of a shared future it governs, in the genitive or with
    "с" ("сообщество единой судьбы", "… с общим будущим"); not one of mankind ("сообщество
    единой судьбы человечества": no pair's), nor a community of others ("сообщество
    экспертов", "Европейское сообщество")."""
    if level_role(t) != "shared":
        return False
    futures = [c for c in _governed(t) if level_role(c) == "future"]
    shared = [f for f in futures if any(level_role(a) == "common" for a in f.children)]
    words = [g for x in (t, *shared) for g in x.children]
    return bool(shared) and "mankind" not in (level_role(w) for w in words)


def _governed(t: Token) -> list[Token]:
    """The nouns `t` governs, and one the parse hung on its verb right after it ("построили
    сообщество единой судьбы", "судьбы" the verb's object)."""
    near = [c for c in t.head.children if c.i > t.i and c.i - t.i <= 3] if t.head != t else []
    return [c for c in t.children if c.dep_ == "nmod"] + near
