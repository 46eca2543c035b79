"""slovnet's word and shape ids, worked out once per word for all three taggers.

slovnet's `WordShapeEncoder` reads every word of every sentence anew: its shape by a regular
expression and string tests, its lowercase form and its shape looked up in the
vocabularies (~1.6 µs a word). The morphology tagger, the parser and the NER each encode
the same words again, and news repeats its words: ~0.13 s CPU per 100 NEREL documents.
The three share one vocabulary of words and one of shapes (`kg.nlp.models`), so a word's
pair of ids is the same for each: it is kept for the words read last, the same ids slovnet
would compute (`tests/test_encodings.py`).
"""

from __future__ import annotations

from typing import Any

from slovnet.exec.encoders import WordShapeEncoder
from slovnet.shape import word_shape

# Words kept until there are this many (~0.4 MB); then they start over. At 8,192 (~1.5 MB)
# the memory filled over the first ~100 documents, so a long build peaked ~1 MB higher than
# a short one; a word missed costs ~1.6 µs (13,700 misses in 100 NEREL documents at 2,048).
KEEP = 2_048

# (words vocabulary, shapes vocabulary, {word: (word id, shape id)}) by the vocabularies' ids:
# the vocabularies are held here, so their ids stay theirs while the entry lives.
_KNOWN: dict[tuple[int, int], tuple[Any, Any, dict[str, tuple[int, int]]]] = {}


class KeptEncoder(WordShapeEncoder):
    """slovnet's encoder (the same batches and arrays) with each word's ids kept."""

    def __init__(self, encoder: WordShapeEncoder) -> None:
        words, shapes = encoder.words_vocab, encoder.shapes_vocab
        super().__init__(words, shapes, encoder.batch_size)
        self.known = _KNOWN.setdefault((id(words), id(shapes)), (words, shapes, {}))[2]

    def item(self, words: list[str]) -> tuple[list[int], list[int]]:
        known = self.known.get
        pairs = [known(word) or self._new(word) for word in words]
        return [p[0] for p in pairs], [p[1] for p in pairs]

    def _new(self, word: str) -> tuple[int, int]:
        if len(self.known) >= KEEP:
            self.known.clear()
        ids = (self.words_vocab.encode(word.lower()), self.shapes_vocab.encode(word_shape(word)))
        self.known[word] = ids
        return ids


def kept_encoding(tagger: Any) -> Any:  # noqa: ANN401 - any natasha tagger or parser
    """`tagger` (natasha's, over slovnet's word-and-shape encoder) with its words' ids kept."""
    infer = tagger.infer
    if isinstance(infer.encoder, WordShapeEncoder) and not isinstance(infer.encoder, KeptEncoder):
        infer.encoder = KeptEncoder(infer.encoder)
    return tagger


def forget() -> None:
    """Lets the kept ids go with the models (`kg.nlp.models.unload`)."""
    _KNOWN.clear()
