"""An object the parser hung on the verb before an infinitive, across that infinitive.

"Стороны договорились в следующем году провести в Лиме бизнес-форум": with adverbials
between the two verbs and a word before the subject ("Кроме того, …"), slovnet's parser may
hang "бизнес-форум" on "договорились" as its object, while "провести" is that verb's `xcomp`
and has no object of its own. Every reader then finds no verb of holding over the forum (no
event, or one of the dateline) and no infinitive that makes it planned. An object after an
infinitive complement of its head is set on the infinitive where the infinitive has no
object of its own, every reading of it in the dictionary is transitive ("провести",
"организовать"; not "встретиться", "уйти": "заставил уйти министра" keeps its object), and
no word between the two hangs on the head itself. Fifty-second pass (h-events144).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.morph import features, transitive

if TYPE_CHECKING:
    from spacy.tokens import Doc

_INFINITIVE = frozenset({"INFN"})


def mend_infinitive_objects(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets, in `heads`, each object of the sentence of tokens `idx` hung on a verb across
    that verb's transitive infinitive complement on the infinitive (module doc)."""
    for o in idx:
        if deps[o] != "obj":
            continue
        head = heads[o]
        if head >= o or doc[head].pos_ not in {"VERB", "AUX", "ADJ"}:
            continue
        inf = next((x for x in range(o - 1, head, -1) if heads[x] == head), None)
        if inf is None or deps[inf] != "xcomp" or not _transitive_infinitive(doc, inf):
            continue
        if has_object(inf, idx, heads, deps):
            continue
        heads[o] = inf


def has_object(verb: int, idx: list[int], heads: list[int], deps: list[str]) -> bool:
    """Whether word `verb` has an object of its own among the sentence's tokens `idx`, as
    the arrays a mend works on set them."""
    return any(heads[c] == verb and deps[c] == "obj" for c in idx)


def _transitive_infinitive(doc: Doc, i: int) -> bool:
    """Whether word `i` is an infinitive every dictionary reading of which is transitive."""
    return features(doc[i], "VerbForm") == ("Inf",) and transitive(doc[i].text, _INFINITIVE)
