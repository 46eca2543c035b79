"""natasha's news models, loaded once per process (no network).

They load with slovnet, as natasha's own taggers load them (`slovnet.Morph.load` and the
embedding), from natasha's files (`kg.nlp.natasha_data`): natasha itself is not imported.
pymorphy3 lives behind `kg.nlp.morph`."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, TypeVar

from kg.nlp.cnn import channels_last
from kg.nlp.crf import row_by_row
from kg.nlp.encodings import forget, kept_encoding
from kg.nlp.natasha_data import news_file
from kg.nlp.navec_rows import by_rows
from kg.nlp.syntax_rows import row_heads

if TYPE_CHECKING:
    import dawg
    from navec import Navec
    from slovnet import NER, Morph, Syntax
    from slovnet.vocab import Vocab

Tagger = TypeVar("Tagger")
Model = TypeVar("Model", "Morph", "Syntax", "NER")


# Each loader takes the model's path ("" = natasha's packaged news model), as the
# pipeline's factory config gives it, and loads it once per process and path: the
# embedding first, then the model with its words' vectors from it, as natasha's
# `NewsMorphTagger(emb, path)` and the others do.


@cache
def embedding(path: str = "") -> Navec:
    from kg.nlp.embedding import load_embedding

    return load_embedding(path)


@cache
def morph_tagger(path: str = "", emb: str = "") -> Morph:
    from slovnet import Morph

    return _loaded(Morph, path or news_file("morph"), emb)


@cache
def syntax_parser(path: str = "", emb: str = "") -> Syntax:
    from slovnet import Syntax

    return row_heads(_loaded(Syntax, path or news_file("syntax"), emb))


@cache
def ner_tagger(path: str = "", emb: str = "") -> NER:
    from slovnet import NER

    return row_by_row(_loaded(NER, path or news_file("ner"), emb))


def _loaded(api: type[Model], path: str, emb: str) -> Model:
    """slovnet's model at `path` with the embedding's vectors, run by kg's steps."""
    vectors = embedding(emb)
    with _shared_vocabs():
        return _faster(api.load(path).navec(vectors))


def _faster(tagger: Tagger) -> Tagger:
    """`tagger` with its embedding and encoder run by kg's numpy steps, which copy less and
    give the same floats bit for bit (`kg.nlp.navec_rows`, `kg.nlp.cnn`), and its words'
    ids kept for the other taggers (`kg.nlp.encodings`)."""
    return kept_encoding(by_rows(channels_last(tagger)))


def unload() -> None:
    """Lets every loaded model go (~70 MB): for a process that has read its last document
    and goes on with work of its own."""
    for loader in (embedding, morph_tagger, syntax_parser, ner_tagger):
        loader.cache_clear()
    _VOCABS.clear()
    _DIGESTS.clear()
    forget()


@contextmanager
def _shared_vocabs() -> Iterator[None]:
    """slovnet's packs each carry the same 250,000-word vocabulary: parsed once and shared
    (read-only) by the three taggers, not three times (~0.13 s CPU and ~30 MB a copy)."""
    from slovnet.exec.pack import Pack, vocab_name

    own = Pack.load_vocab

    def load_vocab(pack: Pack, name: str) -> Vocab | WordIds:
        return _vocab(pack.read(vocab_name(name)))

    Pack.load_vocab = load_vocab
    try:
        yield
    finally:
        Pack.load_vocab = own


_VOCABS: dict[str, Vocab | WordIds] = {}  # by the SHA-256 of the vocabulary's compressed text
_DIGESTS: dict[bytes, str] = {}  # compressed text → its SHA-256, for the packs' copies

_GZIP_HEADER = 10  # bytes, when its flags byte is 0: no name or comment in it


def _vocab(packed: bytes) -> Vocab | WordIds:
    """The vocabulary in `packed` (gzip), known by its compressed stream: the packs'
    copies differ only in the header's time stamp, and a vocabulary seen before is neither
    decompressed nor hashed whole again (~0.02 s CPU each): the three packs' 830 KB streams
    are compared (a dict's hash and one `memcmp`), and SHA-256 hashes the first alone."""
    stream = packed[_GZIP_HEADER:] if packed[3:4] == b"\0" else packed
    if stream not in _DIGESTS:
        _DIGESTS[stream] = hashlib.sha256(stream).hexdigest()
    digest = _DIGESTS[stream]
    if digest not in _VOCABS:
        _VOCABS[digest] = _read_vocab(packed, digest)
    return _VOCABS[digest]


_WORDS_FILE = ("slovnet-words", ".dawg")  # (name, suffix) in kg's cache
WORDS = 10_000  # items from which a vocabulary is read from a DAWG (`WordIds`)


def _read_vocab(packed: bytes, digest: str) -> Vocab | WordIds:
    """slovnet's own parse, but for a large vocabulary made once into a DAWG in kg's cache
    (`kg.tablecache`) and read from it after: see `WordIds`. Without the compiled `dawg`
    (pymorphy3 installed without its `fast` extra) slovnet's own dict serves."""
    from slovnet.exec.pack import bytes_vocab

    try:
        import dawg
    except ImportError:
        return bytes_vocab(packed)

    from kg.tablecache import cache_path, cached_file

    made = cache_path(*_WORDS_FILE, digest)
    if made.is_file():
        with contextlib.suppress(OSError, ValueError):
            return WordIds(dawg.IntDAWG().load(str(made)))
    vocab = bytes_vocab(packed)
    if len(vocab) >= WORDS:  # made now, for the next process
        cached_file(*_WORDS_FILE, digest,
                    lambda temp: dawg.IntDAWG(vocab.item_ids.items()).save(temp))  # fmt: skip
    return vocab


class WordIds:
    """A word vocabulary as slovnet's encoders use it (`encode`, `unk_id`, `pad_id`), looked
    up in a DAWG (pymorphy3's compiled `dawg`) instead of a dict. The dict of slovnet's
    250,000 words cost ~0.09 s CPU (and ~25 MB) in every process that loads a model, a build
    that changes one document included; the DAWG loads in ~1 ms. A lookup costs ~0.24 µs
    against the dict's ~0.03: the encoders keep the ids of the words they read last
    (`kg.nlp.encodings`), so the DAWG is asked about a word once in a while."""

    def __init__(self, ids: dawg.IntDAWG) -> None:
        from slovnet.const import PAD, UNK

        self._ids = ids
        self.unk_id, self.pad_id = ids.get(UNK), ids.get(PAD)

    def encode(self, item: str) -> int | None:
        # a DAWG's key ends at its first NUL, and holds only what UTF-8 encodes
        unknown = "\0" in item or not item.isprintable() and _unencodable(item)
        if unknown:
            return self.unk_id
        found = self._ids.get(item)
        return self._yo_spelt(item) if found is None else found

    def _yo_spelt(self, item: str) -> int:
        """The id of `item` spelt with "е" for "ё", where the vocabulary has only that
        spelling (it has "ещё", "её", but not "заключённое" or "разорвёт": unseen, they
        were tagged and parsed as unknown words, a passive participle as an active one of
        another case), else the unknown id."""
        plain = item.replace("ё", "е")
        return self._ids.get(plain, self.unk_id) if plain != item else self.unk_id


def _unencodable(item: str) -> bool:
    try:
        item.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
