"""The parse's mends read the dependency lists before the words (fifty-seventh pass,
h-perf58): `mend_core_pair` reads a verb (its `Token`s, its pymorphy3 parse) only where its
two core nominals stand on either side of it and are not read right already (1,281 of its
parses per 100 NEREL documents, nearly all of verbs read right; the lemmatizer parses those
verbs after it anyway), `mend_nominative_objects` and `mend_hung_adjectives` make a spaCy
`Token` only of the words whose relation they may change, and `_break_cycles` walks each
word's heads once, not once per word below it. What they set is what they set before (the
quad digests, and the rules' own tests: `test_event_stop_visitor.py`,
`test_nlp_hung_adjectives.py`, `test_nlp_relative_clause_cycles.py`). Sentences of our own
about Egypt–Jordan and Chile–Peru, on Docs of given words, tags and parses (no models)."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from counting_doc import CountingDoc as _Counting

from kg.nlp.hung_adjectives import mend_hung_adjectives
from kg.nlp.morph import morph
from kg.nlp.natasha_components import _break_cycles
from kg.nlp.nominative_objects import mend_core_pair, mend_nominative_objects

_VERB = "Aspect=Perf|Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin|Voice=Act"
_SING_VERB = "Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"
# word, POS, features, dependency, head's index
_Row = tuple[str, str, str, str, int]

# "Министры Египта и Иордании обсудили торговлю.": subject and object read right
TALKS: list[_Row] = [
    ("Министры", "NOUN", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Plur", "nsubj", 4),
    ("Египта", "PROPN", "Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing", "nmod", 0),
    ("и", "CCONJ", "", "cc", 3),
    ("Иордании", "PROPN", "Animacy=Inan|Case=Gen|Gender=Fem|Number=Sing", "conj", 1),
    ("обсудили", "VERB", _VERB, "ROOT", 4),
    ("торговлю", "NOUN", "Animacy=Inan|Case=Acc|Gender=Fem|Number=Sing", "obj", 4),
    (".", "PUNCT", "", "punct", 4),
]
# "Борич посетил Лиму.": the name before the verb read as its object, the city after it as
# its subject (two names the parser cannot tell apart)
SWAPPED: list[_Row] = [
    ("Борич", "PROPN", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing", "obj", 1),
    ("посетил", "VERB", _SING_VERB, "ROOT", 1),
    ("Лиму", "PROPN", "Animacy=Inan|Case=Acc|Gender=Fem|Number=Sing", "nsubj", 1),
    (".", "PUNCT", "", "punct", 1),
]
# "Борич понравился Лиме.": no transitive verb, nothing to swap
LIKED: list[_Row] = [
    ("Борич", "PROPN", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing", "obj", 1),
    ("понравился", "VERB", _SING_VERB, "ROOT", 1),
    ("Лиме", "PROPN", "Animacy=Inan|Case=Dat|Gender=Fem|Number=Sing", "nsubj", 1),
    (".", "PUNCT", "", "punct", 1),
]


def _doc(rows: list[_Row]) -> tuple[_Counting, list[int], list[str]]:
    words, pos, morphs, deps, heads = (list(column) for column in zip(*rows, strict=True))
    doc = _Counting(
        spacy.blank("ru").vocab, words=words, pos=pos, morphs=morphs, deps=deps, heads=heads
    )
    _Counting.made = 0
    return doc, list(heads), list(deps)


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The words `morph().parse` is asked, cached or not."""
    asked: list[str] = []
    shared = morph()
    read = shared.parse

    def counted(word: str) -> Any:
        asked.append(word)
        return read(word)

    monkeypatch.setattr(shared, "parse", counted)
    return asked


def test_a_pair_read_right_is_neither_parsed_nor_read(parses: list[str]) -> None:
    doc, heads, deps = _doc(TALKS)
    mend_core_pair(doc, list(range(len(doc))), heads, deps)
    assert (parses, _Counting.made) == ([], 0)
    assert deps == [row[3] for row in TALKS]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (SWAPPED, ["nsubj", "ROOT", "obj", "punct"]),  # a place visits no one: swapped
        (LIKED, ["obj", "ROOT", "nsubj", "punct"]),  # the dative's verb takes no object
    ],
    ids=["swapped", "intransitive"],
)
def test_a_misread_pair_is_mended_as_before(
    parses: list[str], rows: list[_Row], expected: list[str]
) -> None:
    doc, heads, deps = _doc(rows)
    mend_core_pair(doc, list(range(len(doc))), heads, deps)
    assert deps == expected
    assert parses[:1] == [rows[1][0].lower()]  # the verb, whose pair is in question


def test_subjects_are_looked_for_among_the_relations_read_alone() -> None:
    """Of "Министры Египта и Иордании обсудили торговлю.", the genitive "Египта", the conjunct
    "Иордании" and the object "торговлю" (the objects, conjuncts, obliques and genitives
    `_verb_of` reads): a `Token` for the tag and one for the case of each, no other."""
    doc, heads, deps = _doc(TALKS)
    mend_nominative_objects(doc, list(range(len(doc))), heads, deps)
    assert _Counting.made == 6
    assert deps == [row[3] for row in TALKS]


def test_hung_adjectives_are_looked_for_among_nmods_alone() -> None:
    """Of the same sentence, "Египта" alone is an nmod, and no adjective."""
    doc, heads, deps = _doc(TALKS)
    mend_hung_adjectives(doc, list(range(len(doc))), heads, deps)
    assert _Counting.made == 1
    assert (heads, deps) == ([row[4] for row in TALKS], [row[3] for row in TALKS])


class _Reads(list[int]):
    """Heads that count how often they are read."""

    reads = 0

    def __getitem__(self, i: Any) -> Any:
        _Reads.reads += 1
        return super().__getitem__(i)


@pytest.mark.parametrize("cycle", [False, True], ids=["tree", "cycle"])
def test_each_word_s_heads_are_walked_once(cycle: bool) -> None:
    """A chain of 300 words, each hung on the next, the last the root (or hung on the first:
    a cycle, cut where the walk from the first word closes it, which becomes the root): linear
    in the words, where a walk from each word to the root read them ~90,000 times."""
    n = 300
    given = [*range(1, n), 0 if cycle else n - 1]
    heads = _Reads(given)
    deps = ["nmod"] * (n - 1) + ["nmod" if cycle else "ROOT"]
    _Reads.reads = 0
    _break_cycles(list(range(n)), heads, deps)
    assert _Reads.reads < 10 * n
    root = 0 if cycle else n - 1
    assert list(heads) == [root if i == root else head for i, head in enumerate(given)]
    assert [i for i, dep in enumerate(deps) if dep == "ROOT"] == [root]
