"""slovnet's syntax decoding (heads and relations) read sentence by sentence: the same ids.

slovnet's parser picks each word's head twice per batch (once inside the model, to find the
relation scores, and once more in `SyntaxInfer.process`), each time padding a mask, filling
the batch's masked scores with their minimum in four whole-array operations and taking the
argmax over the padded batch; the relations are masked and filled the same way. Here a
sentence's heads are the argmax of its own rows over its own columns (the root and its
words), taken once, and its relations the argmax of its own rows. The fill was the batch's
minimum and the padding's columns come after a sentence's own, so the first maximum of a row
is the same column; the padding's rows, whose ids are dropped, take head 0 as the all-filled
row's argmax gives it. So the model sees the same head ids, every score is the same float,
and the ids are slovnet's (`tests/test_syntax_rows.py`). ~2 % of the pipeline's CPU.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from slovnet.exec.infer import SyntaxInfer


class RowSyntaxInfer(SyntaxInfer):
    """A `SyntaxInfer` (the same model, encoder and decoder) that decodes row by row."""

    def process(self, inputs: Iterable[Any]) -> Iterator[tuple[numpy.ndarray, numpy.ndarray]]:
        """(head ids, relation ids) of each sentence of each batch, as slovnet's `process`."""
        model = self.model
        for batch in inputs:
            x = model.encoder(model.emb(batch.word_id, batch.shape_id), batch.pad_mask)
            scores = model.head(x)  # sentences × words × (root + words)
            sizes = (~batch.pad_mask).sum(-1).tolist()
            heads = numpy.zeros(batch.pad_mask.shape, dtype=numpy.intp)
            for row, size in enumerate(sizes):
                heads[row, :size] = scores[row, :size, : size + 1].argmax(-1)
            rels = model.rel(x, heads)
            for row, size in enumerate(sizes):
                yield heads[row, :size], rels[row, :size].argmax(-1)


def row_heads(parser: Any) -> Any:  # noqa: ANN401 - natasha's syntax parser
    """natasha's `parser` with its heads and relations decoded sentence by sentence."""
    infer = parser.infer
    if type(infer) is SyntaxInfer:
        parser.infer = RowSyntaxInfer(infer.model, infer.encoder, infer.decoder)
    return parser
