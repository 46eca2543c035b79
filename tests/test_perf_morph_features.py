"""A token's features and case read with one dictionary lookup once its feature set has been
read (sixty-second pass, h-perf63): `features` and `case_of` are asked ~120,000 times per 100
NEREL documents, and each went through `features_of_key` (and `case_of` through `case_of_key`
too) every time. What they give is what they gave: compared here with spaCy's own
`token.morph.get`. Sentences of our own: Peru, Chile, Norway."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.nlp import morph as morph_module
from kg.nlp.morph import case_of, case_of_key, features

WORDS = ["Посол", "Перу", "встретился", "с", "министром", "Чили", "в", "Осло"]
MORPHS = [
    "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing",
    "Animacy=Inan|Case=Gen|Gender=Neut|Number=Sing",
    "Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Mid",
    "",
    "Animacy=Anim|Case=Ins|Gender=Masc|Number=Sing",
    "Animacy=Inan|Case=Gen|Gender=Fem|Number=Sing",
    "",
    "Animacy=Inan|Case=Loc|Gender=Masc|Number=Sing",
]
FIELDS = ["Case", "Number", "VerbForm", "Tense", "Animacy", "Gender"]


def _doc() -> Doc:
    return Doc(Vocab(), words=WORDS, morphs=MORPHS)


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the calls of `features_of_key`, the reading of a feature set's field."""
    calls: list[int] = []
    read = morph_module.features_of_key

    def counted(vocab: Vocab, key: int, field: str) -> tuple[str, ...]:
        calls.append(key)
        return read(vocab, key, field)

    monkeypatch.setattr(morph_module, "features_of_key", counted)
    return calls


def test_features_read_before_are_looked_up_without_reading_them_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = _doc()
    for token in doc:  # every set's fields read once
        for field in FIELDS:
            features(token, field)
    calls = _count_reads(monkeypatch)
    for token in doc:
        for field in FIELDS:
            features(token, field)
    assert calls == []


def test_a_case_read_before_is_looked_up_without_reading_the_set_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = _doc()
    for token in doc:
        case_of(token)
    calls = _count_reads(monkeypatch)
    for token in doc:
        case_of(token)
        case_of_key(doc.vocab, token.morph.key)
    assert calls == []


@pytest.mark.parametrize("field", FIELDS)
def test_features_are_spacys_own(field: str) -> None:
    """Must-not: the lookups give what `token.morph.get` gives, first time and again."""
    doc = _doc()
    for _ in range(2):
        assert [features(t, field) for t in doc] == [tuple(t.morph.get(field)) for t in doc]


def test_a_case_is_the_first_case_or_none() -> None:
    """Must-not: a token without a case ("с", "в") has "", and one with it its case."""
    doc = _doc()
    for _ in range(2):
        assert [case_of(t) for t in doc] == ["Nom", "Gen", "", "", "Ins", "Gen", "", "Loc"]
        assert [case_of_key(doc.vocab, t.morph.key) for t in doc] == [case_of(t) for t in doc]
