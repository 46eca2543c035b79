"""kg decodes the parser's heads and relations sentence by sentence (`kg.nlp.syntax_rows`):
the ids must be slovnet's own, on the model's scores for real text in batches that pad."""

from __future__ import annotations

import numpy
from slovnet.exec.encoders import WordShapeInput
from slovnet.exec.infer import SyntaxInfer, text_words
from slovnet.exec.model import Syntax, SyntaxHead, SyntaxRel

from kg.nlp import models
from kg.nlp.syntax_rows import RowSyntaxInfer

# Unlike lengths in one batch: the shorter sentences are padded to the longest.
TEXTS = [
    "Министр иностранных дел Финляндии провёл в Хельсинки переговоры с коллегой из Эстонии, "
    "и стороны договорились о совместном патрулировании Финского залива.",
    "Посол Чили вручил верительные грамоты.",
    "Переговоры отложены.",
    "МИД Перу",
    "Аргентина и Уругвай подписали соглашение о торговле, которое вступит в силу в мае.",
]


def test_the_parsers_heads_and_relations_are_slovnets() -> None:
    infer = models.syntax_parser().infer
    assert isinstance(infer, RowSyntaxInfer)  # the loaded parser runs kg's
    slovnets = SyntaxInfer(infer.model, infer.encoder, infer.decoder)
    words = [text_words(text) for text in TEXTS]
    batches = list(infer.encoder(words))
    assert len(batches) == 1 and batches[0].pad_mask.any()  # one batch, padded
    ours, theirs = list(infer.process(batches)), list(slovnets.process(batches))
    assert len(ours) == len(theirs) == len(TEXTS)
    for (heads, rels), (their_heads, their_rels), sentence in zip(ours, theirs, words, strict=True):
        assert heads.tolist() == their_heads.tolist() and len(heads) == len(sentence)
        assert rels.tolist() == their_rels.tolist() and len(rels) == len(sentence)
        assert (heads.dtype, rels.dtype) == (their_heads.dtype, their_rels.dtype)
    assert any(0 in heads.tolist() for heads, _ in ours)  # roots found, not all one head


class _Head(SyntaxHead):
    """Head scores given, whatever the input: ties, and padding that scores highest."""

    def __init__(self, scores: numpy.ndarray) -> None:
        self.scores = scores

    def __call__(self, input: numpy.ndarray) -> numpy.ndarray:  # noqa: A002 - slovnet's name
        return self.scores


class _Rel(SyntaxRel):
    """Relation scores given (with ties), whatever the heads."""

    def __init__(self, scores: numpy.ndarray) -> None:
        self.scores = scores

    def __call__(self, input: numpy.ndarray, head_id: numpy.ndarray) -> numpy.ndarray:  # noqa: A002
        return self.scores


def test_ties_and_high_padding_are_read_as_slovnet_reads_them() -> None:
    rng = numpy.random.default_rng(11)
    sizes, rels = [5, 1, 3], 4
    words = max(sizes)
    mask = numpy.arange(words)[None, :] >= numpy.array(sizes)[:, None]  # true on padding
    heads = rng.integers(0, 3, (len(sizes), words, words + 1)).astype(numpy.float32)
    heads[mask] = 9  # padding's rows
    heads[:, :, 1:][numpy.broadcast_to(mask[:, None, :], heads[:, :, 1:].shape)] = 9  # columns
    relations = rng.integers(0, 2, (len(sizes), words, rels)).astype(numpy.float32)
    relations[mask] = 9
    model = Syntax(
        lambda w, s: w[..., None].astype(numpy.float32),
        lambda x, m: x,
        _Head(heads),
        _Rel(relations),
    )
    batch = WordShapeInput(numpy.zeros(mask.shape, dtype=int), numpy.zeros(mask.shape), mask)
    ours = list(RowSyntaxInfer(model, None, None).process([batch]))
    theirs = list(SyntaxInfer(model, None, None).process([batch]))
    for (h, r), (their_h, their_r), size in zip(ours, theirs, sizes, strict=True):
        assert (h.tolist(), r.tolist()) == (their_h.tolist(), their_r.tolist())
        assert len(h) == len(r) == size
