"""natasha's news models, loaded once per process (no network).

natasha is imported only where its models are built, so the pure-text grammars
(numbers, dates) never load it; pymorphy3 lives behind `kg.nlp.morph`."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from natasha import NewsMorphTagger, NewsNERTagger, NewsSyntaxParser
    from navec import Navec
    from slovnet.vocab import Vocab


# Each loader takes the model's path ("" = natasha's packaged news model), as the
# pipeline's factory config gives it, and loads it once per process and path.


@cache
def embedding(path: str = "") -> Navec:
    from kg.nlp.embedding import load_embedding

    return load_embedding(path)


@cache
def morph_tagger(path: str = "", emb: str = "") -> NewsMorphTagger:
    from natasha import NewsMorphTagger

    with _shared_vocabs():
        return NewsMorphTagger(embedding(emb), path) if path else NewsMorphTagger(embedding(emb))


@cache
def syntax_parser(path: str = "", emb: str = "") -> NewsSyntaxParser:
    from natasha import NewsSyntaxParser

    with _shared_vocabs():
        return NewsSyntaxParser(embedding(emb), path) if path else NewsSyntaxParser(embedding(emb))


@cache
def ner_tagger(path: str = "", emb: str = "") -> NewsNERTagger:
    from natasha import NewsNERTagger

    with _shared_vocabs():
        return NewsNERTagger(embedding(emb), path) if path else NewsNERTagger(embedding(emb))


def unload() -> None:
    """Lets every loaded model go (~70 MB): for a process that has read its last document
    and goes on with work of its own."""
    for loader in (embedding, morph_tagger, syntax_parser, ner_tagger):
        loader.cache_clear()
    _VOCABS.clear()


@contextmanager
def _shared_vocabs() -> Iterator[None]:
    """slovnet's packs each carry the same 250,000-word vocabulary: parsed once and shared
    (read-only) by the three taggers, not three times (~0.13 s CPU and ~30 MB a copy)."""
    from slovnet.exec.pack import Pack, vocab_name

    own = Pack.load_vocab

    def load_vocab(pack: Pack, name: str) -> Vocab:
        return _vocab(pack.read(vocab_name(name)))

    Pack.load_vocab = load_vocab
    try:
        yield
    finally:
        Pack.load_vocab = own


_VOCABS: dict[str, Vocab] = {}  # by the SHA-256 of the vocabulary's compressed text

_GZIP_HEADER = 10  # bytes, when its flags byte is 0: no name or comment in it


def _vocab(packed: bytes) -> Vocab:
    """The vocabulary in `packed` (gzip), known by its compressed stream: the packs'
    copies differ only in the header's time stamp, and a vocabulary seen before is neither
    decompressed nor hashed whole again (~0.02 s CPU each)."""
    from slovnet.exec.pack import bytes_vocab

    stream = packed[_GZIP_HEADER:] if packed[3:4] == b"\0" else packed
    digest = hashlib.sha256(stream).hexdigest()
    if digest not in _VOCABS:
        _VOCABS[digest] = bytes_vocab(packed)
    return _VOCABS[digest]
