"""A preposition the parser hung past the place it governs, on the noun after that place.

"Министры X и Y провели в Кампале бизнес-форум", "организовали в Абудже бизнес-форум":
slovnet's parser may hang "в" on "бизнес-форум" (as if "в бизнес-форум"), leaving
"Кампале" a bare obl of the verb, or an amod of the forum. Every reader then finds no place
"в" names (the forum has none), and a forum that has "в" of its own is no object of its
verb ("организовали в …": no forum at all). A locative is governed only by its own
preposition: where the word right after "в"/"на" is a noun or name in the locative with no
preposition of its own, and the preposition hangs on a later noun of another case, the
preposition is set on that word, and the word, if the parser hung it on that noun, on the
noun's head as its obl; the noun, left bare as an obl of a verb with no object, is that
verb's object, as it is in "провели бизнес-форум в Кампале". And "Стороны провели в Лиме
бизнес-форум": the parser may make the forum an apposition of "Лиме", in another case; an
inanimate noun in the accusative apposed to a locative place, with no quote or dash
between, is the object of the transitive verb the place hangs on, where that verb has
none. Fifty-third pass (h-events147).

A city's locative after "в"/"во"/"на" the tagger read as an adjective of the next noun
("обсудили на полях саммита во Вьентьяне торговлю": "Вьентьяне" an accusative feminine
adjective, as if of "торговлю") is made the name it is where every reading the dictionary
gives is a place's name in the locative (`mend_place_tags`): no reader took an adjective for
a place, and the parser's "во" on "торговлю" is then set back on it as above; such a name
with its own "во" hung as an adjective on the next noun is set on that noun's head as its
obl. Fifty-eighth pass (h-events187). So is a hyphened city the tagger read as a common
noun ("в Ростове-на-Дону"), which no reader of names took for a place: sixty-ninth pass
(h-places72). So is a place's name in the accusative, the goal of "в"/"на" ("прибыл в
понедельник в Лиму с трёхдневным визитом": "в" hung on "визитом"; seventieth pass,
h-events266).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import MorphAnalysis

from kg.nlp.clause_conjuncts import reaches
from kg.nlp.infinitive_objects import has_object
from kg.nlp.morph import features, geographic, transitive
from kg.nlp.yo_verbs import noun_features

if TYPE_CHECKING:
    from spacy.tokens import Doc

_LOCATIVE_PREPOSITIONS = frozenset({"в", "во", "на"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def mend_place_prepositions(
    doc: Doc, idx: list[int], heads: list[int], deps: list[str], lowers: Sequence[str]
) -> None:
    """Sets, in `heads` and `deps`, each "в"/"на" of the sentence of tokens `idx` hung past
    the locative right after it back on that locative (module doc). `lowers`: each token's
    text in lower case, read once a Doc (`lowered_strings(doc, ORTH)`)."""
    mend_place_tags(doc, idx, lowers)
    for n in idx:
        _mend_apposed_object(doc, n, idx, heads, deps)
        _mend_locative_modifier(doc, n, heads, deps)
    for p in idx:
        if deps[p] != "case" or lowers[p] not in _LOCATIVE_PREPOSITIONS:
            continue
        place, noun = p + 1, heads[p]
        if noun <= place or not _bare_place(doc, place, idx, heads, deps):
            continue
        if doc[noun].pos_ not in _NOUNS or features(doc[noun], "Case") == ("Loc",):
            continue
        if reaches(place, p, heads) or heads[noun] == place:
            continue  # "в соответствии с": a fixed phrase of "в"; never a cycle, spaCy needs a tree
        heads[p] = place
        if heads[place] == noun:  # "в Абудже бизнес-форум": "Абудже" an amod of the forum
            heads[place], deps[place] = heads[noun], "obl"
        bare = doc[noun].morph.get("Case") in (["Acc"], ["Nom"])  # "бизнес-форум": either
        if bare and deps[noun] == "obl" and _object_free(doc, heads[noun], idx, heads, deps):
            deps[noun] = "obj"


def mend_place_tags(doc: Doc, idx: list[int], lowers: Sequence[str]) -> None:
    """Makes each capitalised word right after "в"/"во"/"на" in the sentence of tokens `idx`
    that the tagger read as an adjective, or a hyphened one it read as a common noun ("в
    Ростове-на-Дону", "во Франкфурте-на-Майне"), and the dictionary knows only as a place's
    name in the locative ("во Вьентьяне"), that name (module doc; the noun sixty-ninth pass,
    h-places72). The prepositions are found in
    `lowers` (each token's text in lower case): a `Token` is made of the word after one
    only, not two of every word of every sentence (~57,000 per 100 news documents)."""
    for p in idx[:-1]:
        if lowers[p] not in _LOCATIVE_PREPOSITIONS:
            continue
        word = doc[p + 1]
        if word.pos_ != "ADJ" and not (word.pos_ == "NOUN" and "-" in word.text):
            continue
        if not word.text[:1].isupper() or not geographic(word.text):
            continue
        feats = noun_features(word)
        if feats is not None and feats.get("Case") == "Loc":
            word.pos_ = "PROPN"
            word.morph = MorphAnalysis(doc.vocab, feats)


def _mend_locative_modifier(doc: Doc, n: int, heads: list[int], deps: list[str]) -> None:
    """Sets word `n`, a name in the locative with its own "в"/"на" that the parser hung as
    an adjective on the later noun ("во Вьентьяне торговлю"), on that noun's head as its
    obl: a locative phrase qualifies no noun as an adjective does (module doc)."""
    noun = heads[n]
    if n == 0 or deps[n] != "amod" or noun <= n or doc[n].pos_ != "PROPN":
        return
    if features(doc[n], "Case") != ("Loc",) or doc[n - 1].lower_ not in _LOCATIVE_PREPOSITIONS:
        return
    if heads[n - 1] == n and heads[noun] != noun:
        heads[n], deps[n] = heads[noun], "obl"


def _bare_place(doc: Doc, i: int, idx: list[int], heads: list[int], deps: list[str]) -> bool:
    """Whether word `i`, with no preposition of its own, is a noun or name in the locative,
    or a place's name in the accusative, the goal of "в"/"на" ("прибыл в понедельник в Лиму
    с трёхдневным визитом": the parser hung "в" on "визитом"; seventieth pass, h-events266)."""
    word = doc[i]
    case = features(word, "Case")
    locative = word.pos_ in _NOUNS and case == ("Loc",)
    goal = word.pos_ == "PROPN" and case == ("Acc",) and geographic(word.text)
    return (locative or goal) and not any(heads[c] == i and deps[c] == "case" for c in idx)


def _object_free(doc: Doc, verb: int, idx: list[int], heads: list[int], deps: list[str]) -> bool:
    """Whether word `verb` is a verb with no object of its own."""
    return doc[verb].pos_ == "VERB" and not has_object(verb, idx, heads, deps)


def _mend_apposed_object(
    doc: Doc, n: int, idx: list[int], heads: list[int], deps: list[str]
) -> None:
    """Sets word `n`, an inanimate accusative noun apposed to a locative place, on the
    transitive verb with no object the place hangs on, as its object (module doc)."""
    place = heads[n]
    if deps[n] != "appos" or place >= n or doc[n].pos_ != "NOUN":
        return
    inanimate = features(doc[n], "Animacy") == ("Inan",)
    if not inanimate or features(doc[n], "Case") != ("Acc",):
        return  # "написал в статье «Вечная дружба»": a title in the nominative
    if any(doc[i].pos_ == "PUNCT" for i in range(place + 1, n)):
        return  # a quoted name or one after a dash is the place's own
    if features(doc[place], "Case") != ("Loc",) or deps[place] != "obl":
        return
    verb = heads[place]
    if not _object_free(doc, verb, idx, heads, deps) or not transitive(doc[verb].text):
        return
    heads[n], deps[n] = verb, "obj"
