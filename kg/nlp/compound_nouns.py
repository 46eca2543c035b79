"""A hyphenated compound noun the parser hung as a modifier on the genitive after it.

"В Найроби прошёл бизнес-форум Кении и Уганды", "В Сантьяго прошёл бизнес-форум Чили и
Перу": slovnet's parser may read "бизнес-форум" as an adjective of "Кении" (amod), the state
then the verb's subject or object. Every reader then finds no forum told held (the verb
holds a state) and no states of the forum (a modifier has no genitive of its own). A word
every dictionary reading of which is a noun is no modifier: a hyphenated one ("бизнес-форум",
"инвест-форум", "онлайн-саммит", not "кенийско-угандийский") hung as an amod on the noun or
name right after it, one that may be a genitive ("Кении"; "Чили", which never declines),
takes that word's head and relation, and the word becomes its nmod, with the modifiers
before the compound the parser hung on that word. And "В Кигали прошёл бизнес-форум Руанды и
Танзании": the parser may hang the compound on the verb before it as a parataxis; such a
noun in the nominative, after a finite verb with no subject, all words between hung on it,
is that verb's subject. Fifty-fifth pass (h-events166).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.morph import case_of, cases_of, is_finite, morph

if TYPE_CHECKING:
    from spacy.tokens import Doc

_NOUNS = frozenset({"NOUN", "PROPN"})
_BEFORE = frozenset({"amod", "det", "nummod"})  # "крупный бизнес-форум Кении"


def mend_compound_nouns(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets, in `heads` and `deps`, each hyphenated noun of the sentence of tokens `idx` hung
    as an amod on the genitive right after it over that genitive (module doc)."""
    for c in idx:
        _mend_parataxis(doc, c, idx, heads, deps)
        owner = c + 1
        if deps[c] != "amod" or heads[c] != owner or not _compound_noun(doc, c):
            continue
        # "Кении"; "Чили", which never declines, though the tagger reads it as a nominative
        if doc[owner].pos_ not in _NOUNS or "Gen" not in cases_of(doc[owner]):
            continue
        heads[c] = c if heads[owner] == owner else heads[owner]  # the root's place too
        deps[c] = deps[owner]
        heads[owner], deps[owner] = c, "nmod"
        for m in idx:
            if m < c and heads[m] == owner and deps[m] in _BEFORE:
                heads[m] = c


def _compound_noun(doc: Doc, i: int) -> bool:
    """Whether word `i` is a common word of two parts joined by a hyphen, every reading of
    which is a noun ("бизнес-форум"; not "кенийско-угандийский", nor a name "Нью-Йорк")."""
    word = doc[i]
    if word.pos_ not in {"NOUN", "ADJ"} or "-" not in word.text.strip("-"):
        return False
    parses = morph().parse(word.lower_)
    return bool(parses) and all(p.tag.POS == "NOUN" for p in parses)


def _mend_parataxis(doc: Doc, c: int, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets word `c`, a hyphenated noun in the nominative hung as a parataxis on the finite
    verb before it that has no subject, every word between hung on it, as that verb's
    subject (module doc)."""
    verb = heads[c]
    if deps[c] != "parataxis" or verb >= c or case_of(doc[c]) != "Nom":
        return
    if doc[verb].pos_ != "VERB" or not is_finite(doc[verb]):
        return
    if any(heads[x] == verb and deps[x].startswith("nsubj") for x in idx):
        return
    if any(heads[x] != c for x in range(verb + 1, c)) or not _compound_noun(doc, c):
        return
    deps[c] = "nsubj"
