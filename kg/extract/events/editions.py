"""A previous edition of a programme or sitting the text told before: "Совместные учения …
стартовали в понедельник … Это уже четвёртые подобные манёвры: предыдущие прошли в ноябре
2025 года в Египте", "Бизнес-форум Перу и Чили открылся в Лиме. Предыдущий форум прошёл в
Сантьяго", "Прошлое заседание комиссии состоялось в Хартуме". Its noun, or the bare
adjective standing for it, names no one: it is between the states of the one told now, an
event of its own (its own day and place, told as before the news). Sixty-sixth pass
(h-events245).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.extract.events.festivals import HOSTED_PROGRAMMES
from kg.extract.events.linking import unique
from kg.extract.events.triggers import compound_head
from kg.extract.events.words import is_role
from kg.nlp.deps import SUBJECTS

if TYPE_CHECKING:
    from kg.extract.events.hit import Hit

# kinds whose editions follow one another: exercises, gatherings, a body's sittings
EDITIONS = frozenset({"Exercise", "Forum", "Summit", "Meeting", *HOSTED_PROGRAMMES})


def elliptic_previous(tok: Token, held: frozenset[str]) -> bool:
    """A bare "предыдущие", "прошлый" standing for its noun as the subject of a verb of
    taking place ("предыдущие прошли в ноябре 2025 года в Египте"), not an adjective on a
    noun ("предыдущий визит") nor one of another verb ("прошлый опыт показал")."""
    if tok.pos_ != "ADJ" or tok.dep_ not in SUBJECTS or not is_role(tok, "earlier"):
        return False
    return tok.head.lemma_ in held


def named_previous(tok: Token) -> bool:
    """A noun an adjective names the edition before ("Предыдущий форум", "Прошлое заседание
    комиссии")."""
    return any(c.dep_ == "amod" and is_role(c, "earlier") for c in tok.children)


def edition_told(before: list[Hit], kind: str, lemma: str) -> Hit | None:
    """The one event of `kind` and `lemma` told now before, not itself an
    earlier one, that a previous edition is the edition before; None for none or two told
    of other sides."""
    # "Бизнес-форум …. Предыдущий форум": a compound by its head noun
    told = [h for h in before if h.kind == kind and compound_head(h.lemma) == compound_head(lemma)]
    told = [h for h in told if h.kind in EDITIONS and not (h.previous or h.earlier)]
    if len({tuple(sorted(h.states)) for h in told}) != 1:
        return None
    return max(told, key=lambda h: len(h.name_key))


def take_sides(hit: Hit, told: Hit) -> None:
    """A previous edition is between the sides of the one told now, and told as before it."""
    hit.states = unique([*hit.states, *told.states])
    hit.previous = hit.earlier = True


def previous_sides(doc: Doc, before: list[Hit], hits: list[Hit]) -> None:
    """Previous editions by their noun ("Предыдущий форум прошёл в Сантьяго") that name no
    state take the sides of the one of their kind and noun told `before`."""
    for hit in hits:
        if hit.kind not in EDITIONS or hit.states or not named_previous(doc[hit.trigger]):
            continue
        told = edition_told(before, hit.kind, hit.lemma)
        if told is not None:
            take_sides(hit, told)
