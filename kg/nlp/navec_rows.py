"""navec's word vectors looked up as whole rows: the same floats, a third of the time.

navec stores a word's 300 dimensions as 100 quantized pieces: the word's 100 centroid ids
pick one 3-float row from each piece's table. slovnet gathers them with numpy's advanced
indexing over two index arrays (`codes[pieces, ids]`), float by float: ~8 % of the pipeline.
Here the tables are one array of 12-byte rows (a view, no copy) and each word's 100 rows
are taken by their flat number, which copies the same floats (`tests/test_navec_rows.py`).
"""

from __future__ import annotations

from typing import Any

import numpy
from slovnet.exec.model import NavecEmbedding


class RowNavecEmbedding(NavecEmbedding):
    """A `NavecEmbedding` (the same arrays) that takes each word's rows in one call."""

    def __init__(self, id: str, indexes: Any, codes: Any) -> None:  # noqa: ANN401
        super().__init__(id, indexes, codes)
        pieces, centroids, chunk = codes.shape
        table = numpy.ascontiguousarray(codes.array).reshape(pieces * centroids, chunk)
        self._rows = table.view(numpy.dtype((numpy.void, chunk * table.itemsize))).reshape(-1)
        self._first = numpy.arange(pieces, dtype=numpy.intp) * centroids  # each piece's row 0

    def __call__(self, input: numpy.ndarray) -> numpy.ndarray:
        rows = self.indexes.array[input.ravel()] + self._first  # words × pieces
        vectors = self._rows.take(rows).view(self.codes.array.dtype)
        return vectors.reshape(*input.shape, self.dim)


def by_rows(tagger: Any) -> Any:  # noqa: ANN401 - any natasha tagger or parser
    """`tagger` with its navec embedding looked up by rows."""
    emb = tagger.infer.model.emb
    if type(emb.word) is NavecEmbedding:
        emb.word = RowNavecEmbedding(emb.word.id, emb.word.indexes, emb.word.codes)
    return tagger
