"""A counted genitive the parser hung on a verb as a second object, right after its object.

"Япония отложила направление 200 млн долларов на восстановление Шри-Ланки": slovnet may hang
"долларов" on "отложила" as an object beside "направление", though a Russian verb takes one
direct object and the sum is the genitive of the noun before it (what is sent). Claims then
read no act of sending for the sum (no metric, no claim) and no verb that holds it back (a
target read actual). A genitive with a count of its own ("40 млн долларов", "200 тыс. тонн")
hung as an object of a verb right after that verb's inanimate accusative object, with only
its own words or the object's between, is set on that object as its `nmod`; not after a verb
that governs an accusative and a genitive ("лишило регион 300 млн долларов субсидий"), nor
on an object before its verb ("импорт из Ирака составили 12 млрд долларов"). Fifty-eighth
pass (h-claims100); the object's own words between ("приостановить направление Гватемале
200 млн долларов"), fifty-ninth pass (h-claims101).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.morph import morph

if TYPE_CHECKING:
    from spacy.tokens import Doc

_COUNTS = frozenset({"nummod", "nummod:gov"})
# verbs of depriving or honouring govern whom in the accusative and what in the genitive
_ACC_GEN = frozenset({"лишить", "лишать", "удостоить", "удостаивать"})


def mend_genitive_objects(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets, in `heads` and `deps`, each counted genitive of the sentence of tokens `idx`
    hung as a verb's second object right after its first on that first object (module doc)."""
    for o in idx:
        if deps[o] != "obj" or "Gen" not in doc[o].morph.get("Case"):
            continue
        verb = heads[o]  # lemmas come after the parse: the verb's is read from its form
        if doc[verb].pos_ != "VERB" or morph().normal_form(doc[verb].lower_) in _ACC_GEN:
            continue
        if not any(heads[c] == o and deps[c] in _COUNTS for c in idx):
            continue
        first = _object_before(doc, o, verb, heads, deps)
        if first is not None:
            heads[o], deps[o] = first, "nmod"


def _object_before(doc: Doc, o: int, verb: int, heads: list[int], deps: list[str]) -> int | None:
    """The verb's inanimate accusative noun object right before word `o`, with only words
    hung on it or inside the span up to `o` (its count, "направление Гватемале 200 млн")
    between them; None for any other."""
    first = next((j for j in range(o - 1, -1, -1) if heads[j] == verb and j != verb), None)
    # an object after its verb: "импорт … составили 12 млрд долларов" is a subject misread
    if first is None or first < verb or deps[first] != "obj" or doc[first].pos_ != "NOUN":
        return None
    word = doc[first]
    if "Acc" not in word.morph.get("Case") or "Anim" in word.morph.get("Animacy"):
        return None
    between = range(first + 1, o)
    return first if all(first <= heads[j] <= o for j in between) else None
