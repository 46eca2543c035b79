"""spaCy's string map stays the size of the strings it keeps (`kg.memory.rebuild_strings`):
a memory zone lets a document's strings go, but their cells stayed counted in the map, which
kept doubling with every distinct word a long build ever read."""

from __future__ import annotations

import tracemalloc

import pytest
import spacy

from kg.memory import rebuild_strings


def _read_in_zones(nlp: spacy.language.Language, documents: int, words: int) -> None:
    """Strings of `documents` made-up documents, each in its own memory zone."""
    for k in range(documents):
        with nlp.memory_zone():
            for i in range(words):
                nlp.vocab.strings.add(f"Суданом{k}-{i}")


def test_the_map_shrinks_to_the_strings_kept() -> None:
    nlp = spacy.blank("ru")
    tracemalloc.start()
    try:
        _read_in_zones(nlp, 50, 400)
        grown = tracemalloc.get_traced_memory()[0]
        rebuild_strings(nlp.vocab.strings)
        rebuilt = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert rebuilt < grown - 200_000


@pytest.mark.parametrize("kept", ["Чили", "Перу", "Аргентиной", "Feat=Yes"])
def test_strings_kept_stay_and_zone_strings_stay_gone(kept: str) -> None:
    nlp = spacy.blank("ru")
    strings = nlp.vocab.strings
    key = strings.add(kept, allow_transient=False)
    _read_in_zones(nlp, 3, 10)
    before = list(strings)
    rebuild_strings(strings)
    assert list(strings) == before
    assert strings[key] == kept
    assert "Суданом0-0" not in strings  # a zone's string: gone before and after


def test_a_pipeline_reads_the_same_after_a_rebuild() -> None:
    nlp = spacy.blank("ru")
    text = "Монголия и Вьетнам подписали соглашение о торговле."
    with nlp.memory_zone():
        first = [(t.text, t.norm_, t.lower_) for t in nlp(text)]
    rebuild_strings(nlp.vocab.strings)
    with nlp.memory_zone():
        assert [(t.text, t.norm_, t.lower_) for t in nlp(text)] == first
