"""natasha's navec embedding, loaded as the taggers use it: its id and quantized vectors.

natasha's `NewsEmbedding` also parses the 250,000-word vocabulary and precomputes norms
and centroid products for similarity queries. The slovnet taggers read neither (each has
its own word vocabulary), and the two took ~0.3 s CPU of every build that analyses a
document: a third of loading the models for a one-document build. Imported only where the
models load (`kg.nlp.models`).

The vectors (25 MB) are not read into memory: the archive is a plain tar, so they are
arrays over the file's own pages, mapped read-only where the tar holds them. Loading costs
no copy (~0.03 s CPU of every build that analyses a document), the pages a build never
touches are never read, and every process that loads the embedding (a `--jobs` worker, a
Dask worker, another build) shares the same pages of the system's file cache.

The pages a process has touched count in its resident memory until it unmaps them, and a
build touches more of them with every new word (each fault maps the pages around it too): a
one-process build of 400 NEREL documents held ~24 MB of the archive's 26, one of 10 ~21.
`document_read` lets them go every `RELEASE_EVERY` documents (`madvise(MADV_DONTNEED)`:
the mapping stays, the next look-up maps a page again from the file cache, a minor fault),
so what a build holds of them is what its last few documents looked up.
"""

from __future__ import annotations

import mmap
import tarfile
import weakref

from navec import Navec
from navec.meta import Meta
from navec.navec import META, PQ_
from navec.pq import PQ
from navec.tar import Tar

from kg.nlp.natasha_data import news_file

# Documents read between two releases of the archive's pages (see above): each release costs
# the next document a few hundred minor faults (~0.1 ms).
RELEASE_EVERY = 16
_archives: list[weakref.ref[mmap.mmap]] = []  # every archive mapped, while it is
_documents = 0  # read since the last release


class _TaggersPQ(PQ):
    """The quantized vectors (`indexes`, `codes`) the taggers look words up in."""

    def precompute(self) -> None:
        """Nothing: the norms and products serve similarity queries only."""


def load_embedding(path: str = "") -> Navec:
    """The embedding at `path` ("" = natasha's news embedding), without its vocabulary."""
    path = path or news_file("embedding")
    with Tar(path) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        member = tar.tar.getmember(PQ_)
        mapped = _mapped(path, member)
        pq = _TaggersPQ.from_file(mapped if mapped is not None else tar.load(PQ_))
    return Navec(meta, None, pq)


def _mapped(path: str, member: tarfile.TarInfo) -> _InPlace | None:
    """The member as a read-only view of the mapped archive; None when the archive is
    compressed (its members are not in the file as they are) or the member is not a plain
    file in one piece."""
    try:
        with tarfile.open(path, "r:"):  # a plain tar: ReadError if compressed
            pass
    except tarfile.ReadError:
        return None
    if not member.isreg() or member.issparse():
        return None
    with open(path, "rb") as handle:
        whole = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    _archives.append(weakref.ref(whole))
    start = member.offset_data
    return _InPlace(memoryview(whole)[start : start + member.size])


class _InPlace:
    """A file's `read` that gives views of the mapped member, not copies: numpy's
    `frombuffer` (how `PQ.from_file` makes its arrays) then keeps the mapping alive."""

    def __init__(self, view: memoryview) -> None:
        self._view, self._at = view, 0

    def read(self, size: int = -1) -> memoryview:
        end = len(self._view) if size < 0 else self._at + size
        out, self._at = self._view[self._at : end], end
        return out


def document_read() -> None:
    """Counts a document the models read; every `RELEASE_EVERY`, the mapped archives' pages
    go from this process's resident memory (`release_pages`)."""
    global _documents
    _documents += 1
    if _documents >= RELEASE_EVERY:
        _documents = 0
        release_pages()


def release_pages() -> None:
    """Unmaps the pages this process has touched of each archive still mapped: the arrays
    over them stay valid, and read the same bytes again from the file cache."""
    _archives[:] = [ref for ref in _archives if ref() is not None]
    for ref in _archives:
        whole = ref()
        if whole is not None and not whole.closed and hasattr(mmap, "MADV_DONTNEED"):
            whole.madvise(mmap.MADV_DONTNEED)
