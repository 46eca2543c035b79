"""A "который"-clause the parser hung on a noun its pronoun does not agree with.

"Стороны обсудили подготовку первого заседания совета X и Y, которое пройдёт в Z в мае":
slovnet's parser may hang the clause ("пройдёт") on "подготовку" or "совета", nouns of
another gender than "которое"; every reader then takes the clause's place and month for that
noun's, and the meeting is left with none. "Который" agrees in gender and number with the
noun it stands for: where no reading of the pronoun agrees with the noun the clause hangs
on, a clause of taking place ("пройдёт", "состоится", "откроется") is set on the nearest
common noun before it, in the same noun phrase (the nouns a chain of genitives and conjuncts
joins to that noun), that a reading agrees with. A clause on a noun it agrees with
("встретился с министром, который прибудет в Каир") is left as read. Fifty-sixth pass
(h-events178).

A clause of signing ("…, который будет подписан в сентябре") stands for a paper, which may be
the object of a later verb: "подписали соглашение о торговле и обсудили меморандум о
туризме, который будет подписан в сентябре" — the parser may hang it on "соглашение", and the
signed paper is read as planned for September. Such a clause hung on a noun its pronoun does
not agree with is set on the nearest noun between that noun and the pronoun that a reading
agrees with and that no preposition governs (a paper is signed; "о туризме" is its topic).
Sixtieth pass (h-agreements67).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.nlp.clause_conjuncts import reaches
from kg.nlp.morph import UD_GENDER, morph

if TYPE_CHECKING:
    from spacy.tokens import Doc

_NOUNS = frozenset({"NOUN", "PROPN"})
_PHRASE = frozenset({"nmod", "conj"})  # what joins a noun to the phrase's noun before it
# verbs of taking place: their "который" stands for a happening, whose noun the clause dates
# and places ("…, которое пройдёт в Каире в мае"); other clauses are left as the parser read
# them (a general re-hang moved quotes' and claims' clauses on NEREL's tuning documents)
_HAPPEN = frozenset({"пройти", "проходить", "состояться", "открыться", "начаться", "завершиться"})
# verbs of signing: their "который" stands for a paper, told anywhere before the clause
_SIGN = frozenset({"подписать", "подписывать", "заключить", "заключать", "ратифицировать"})


def mend_relative_clauses(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets, in `heads`, each "который"-clause of the sentence of tokens `idx` hung on a noun
    its pronoun cannot stand for on the nearest noun of that noun's phrase it can (module
    doc)."""
    for verb in idx:
        if deps[verb] != "acl:relcl":  # before a `Token` is made: asked of every word
            continue
        lemma = morph().normal_form(doc[verb].text)
        if lemma not in _HAPPEN and lemma not in _SIGN:
            continue
        head = heads[verb]
        pronoun = _pronoun(doc, verb, head, heads)
        if pronoun is None or doc[head].pos_ not in _NOUNS:
            continue
        agrees = _agreement(doc, pronoun, idx, heads, deps)
        if agrees(head):
            continue
        if lemma in _SIGN:
            _hang_on_paper(doc, verb, head, pronoun, agrees, heads, deps)
            continue
        top = head
        while deps[top] in _PHRASE and heads[top] < top and doc[heads[top]].pos_ in _NOUNS:
            top = heads[top]
        nouns = (j for j in range(pronoun - 1, top - 1, -1) if doc[j].pos_ == "NOUN")
        # a noun inside the clause ("…, вручение которого состоится …") is no noun it can
        # stand on: the clause hung there would close a cycle
        inside = (j for j in nouns if not reaches(j, verb, heads))
        new = next((j for j in inside if reaches(j, top, heads) and agrees(j)), None)
        if new is not None and new != head:
            heads[verb] = new


def _hang_on_paper(
    doc: Doc,
    verb: int,
    head: int,
    pronoun: int,
    agrees: Callable[[int], bool],
    heads: list[int],
    deps: list[str],
) -> None:
    """Sets, in `heads`, the signing clause of `verb` on the nearest noun after its `head`
    and before its `pronoun` that the pronoun agrees with and no preposition governs (module
    doc); left as read where there is none."""
    free = (j for j in range(pronoun - 1, head, -1) if doc[j].pos_ == "NOUN")
    bare = (j for j in free if not any(heads[c] == j and deps[c] == "case" for c in range(head, j)))
    new = next((j for j in bare if agrees(j) and not reaches(j, verb, heads)), None)
    if new is not None:
        heads[verb] = new


def _pronoun(doc: Doc, verb: int, head: int, heads: list[int]) -> int | None:
    """The "который" of the clause of `verb`, where the clause opens after a comma past its
    `head` (", которое пройдёт", ", в ходе которого"), else None."""
    for i in range(head + 1, verb):
        if doc[i].lower_.startswith("котор") and reaches(i, verb, heads):
            first = next(j for j in range(head + 1, i + 1) if reaches(j, verb, heads))
            return i if "," in (doc[first].text, doc[first - 1].text) else None
    return None


def _agreement(
    doc: Doc, pronoun: int, idx: list[int], heads: list[int], deps: list[str]
) -> Callable[[int], bool]:
    """Whether a reading of the pronoun's form has a noun's number and, in the singular, its
    gender; nouns joined by "и" are plural ("Вьетнама и Индонезии, которые"). A noun the
    tagger wrote no gender or number for agrees (nothing to tell it by)."""
    form = doc[pronoun].text

    def agrees(noun: int) -> bool:
        word = doc[noun]
        joined = deps[noun] == "conj" or any(heads[c] == noun and deps[c] == "conj" for c in idx)
        number = word.morph.get("Number")
        if joined or number == ["Plur"]:
            return morph().can_be_all(form, {"plur"})
        gender = UD_GENDER.get(next(iter(word.morph.get("Gender")), ""), "")
        return not gender or number != ["Sing"] or morph().can_be_all(form, {gender, "sing"})

    return agrees
