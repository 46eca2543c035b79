"""A post the name keeps ("X сохранил пост министра иностранных дел Чили", "X покинул пост
премьер-министра, сохранив за собой место председателя партии"): the subject of a verb of
keeping, or of the verb a gerund of keeping hangs on, holds the post the keeping's object
names, a current office with no end, whatever the clause's own verb does to another post
(h-offices53, the forty-sixth pass; own sentences about Latvia, Estonia, Chile)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.nlp.deps import SUBJECTS, negated
from kg.resolve.given_across import role_word
from kg.resolve.given_agreement import GivenOffice, given_by_title, with_complement
from kg.resolve.title_lexicon import Title, post_nouns

_KEEPING = frozenset(["сохранить", "сохранять"])
# The nouns of a post kept: a post's ("пост", "должность"), and a seat's where a title's
# genitive names it ("место председателя партии", "кресло мэра").
_KEPT = post_nouns("post", "position", "seat") | {"место"}


def kept_posts(
    doc: Doc, titles: list[Title], names: dict[int, int]
) -> list[tuple[int, GivenOffice]]:
    """(name's first token, office) for each post a verb of keeping the name is the subject
    of names, or a gerund of keeping on that verb ("…, сохранив за собой место председателя
    партии «Единство»"). Not a keeping denied ("не сохранив за собой место"), nor of
    anything but a post ("сохранив хорошие отношения с председателем партии")."""
    out = []
    for start, end in names.items():
        root = role_word(doc, start, end)
        if root.dep_ not in SUBJECTS:
            continue
        verb = root.head
        keeping = [verb] if verb.lemma_ in _KEEPING else []
        keeping += [c for c in verb.children if _kept_by_gerund(c)]
        for kept in keeping:
            if negated(kept):
                continue
            title = _post_title(doc, titles, kept)
            if title is None:
                continue
            title = with_complement(doc, titles, title)
            lo, hi = min(start, title.start), max(end, title.end)
            given = given_by_title(title, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
            out.append((start, given))
    return out


def _kept_by_gerund(token: Token) -> bool:
    """A gerund of keeping hung on the verb as an adverbial clause, whose subject is the
    verb's ("покинул пост, сохранив за собой место")."""
    return (
        token.dep_ == "advcl"
        and token.lemma_ in _KEEPING
        and "Conv" in token.morph.get("VerbForm")
        and not any(c.dep_ in SUBJECTS for c in token.children)
    )


def _post_title(doc: Doc, titles: list[Title], verb: Token) -> Title | None:
    """The singular genitive title of the post noun that is the verb's object ("пост
    министра", "место председателя"), or None."""
    for title in titles:
        head = doc[title.head]
        noun = head.head
        if (
            not title.plural
            and title.case == "Gen"
            and head.dep_ == "nmod"
            and noun.lemma_ in _KEPT
            and noun.dep_ == "obj"
            and noun.head.i == verb.i
        ):
            return title
    return None
