"""kg looks navec's vectors up by rows (`kg.nlp.navec_rows`): every float must be the one
slovnet's own lookup gives, for known words, unknown ones and padding."""

from __future__ import annotations

import numpy
import pytest
from slovnet.exec.model import NavecEmbedding

from kg.nlp import models
from kg.nlp.navec_rows import RowNavecEmbedding

SENTENCES = [
    ["Министр", "обороны", "Финляндии", "прибыл", "в", "Хельсинки", "."],
    ["Кваклзорп", "—", "не", "слово", "."],  # an unknown word
]


@pytest.mark.parametrize("load", [models.morph_tagger, models.syntax_parser, models.ner_tagger])
def test_rows_give_slovnets_vectors_bit_for_bit(load) -> None:
    infer = load().infer
    ours = infer.model.emb.word
    assert isinstance(ours, RowNavecEmbedding)  # the loaded model runs kg's
    slovnets = NavecEmbedding(ours.id, ours.indexes, ours.codes)
    (batch,) = infer.encoder(SENTENCES)  # the shorter sentence padded
    ids = batch.word_id
    assert batch.pad_mask.any() and len(numpy.unique(ids)) > 8
    got, want = ours(ids), slovnets(ids)
    assert got.shape == want.shape == (*ids.shape, 300) and got.dtype == want.dtype
    assert got.tobytes() == want.tobytes()
