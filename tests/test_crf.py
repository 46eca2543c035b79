"""kg decodes the NER's CRF window by window (`kg.nlp.crf`): the tags must be slovnet's own,
on the model's scores for real text and on scores full of ties."""

from __future__ import annotations

import numpy
from slovnet.exec.infer import text_words
from slovnet.exec.model import CRF, Weight

from kg.nlp import models
from kg.nlp.crf import RowViterbiCRF

TEXTS = [
    "Премьер-министр Норвегии Эрна Сульберг провела в Осло переговоры с канцлером Австрии. "
    "Стороны обсудили поставки газа через Балтийское море и работу Арктического совета.",
    "Посол Перу вручил верительные грамоты.",
    "МИД Чили",
]


def _same(ours: list[numpy.ndarray], theirs: list[numpy.ndarray], sizes: list[int]) -> None:
    assert len(ours) == len(theirs)
    for a, b, size in zip(ours, theirs, sizes, strict=True):
        assert a.tolist() == b.tolist() and len(a) == size and a.dtype == b.dtype


def test_the_ner_tags_of_real_windows_are_slovnets() -> None:
    tagger = models.ner_tagger()
    infer = tagger.infer
    assert isinstance(infer.model.head.crf, RowViterbiCRF)  # the loaded model runs kg's
    slovnets = CRF(infer.model.head.crf.transitions)
    words = [text_words(text) for text in TEXTS]  # as the tagger reads them: unlike lengths
    (batch,) = infer.encoder(words)
    scores = infer.model(batch.word_id, batch.shape_id, batch.pad_mask)
    ours = infer.model.head.crf.decode(scores, ~batch.pad_mask)
    _same(ours, slovnets.decode(scores, ~batch.pad_mask), [len(w) for w in words])
    assert {tag for tags in ours for tag in tags.tolist()} != {0}  # names found, not just O


def test_ties_are_broken_as_slovnet_breaks_them() -> None:
    rng = numpy.random.default_rng(7)
    tags, sizes = 5, [9, 1, 4]
    transitions = rng.integers(-1, 2, (tags, tags)).astype(numpy.float32)
    weight = Weight(transitions.shape, "float32", transitions)
    emissions = rng.integers(0, 2, (len(sizes), max(sizes), tags)).astype(numpy.float32)
    mask = numpy.arange(max(sizes))[None, :] < numpy.array(sizes)[:, None]
    _same(RowViterbiCRF(weight).decode(emissions, mask), CRF(weight).decode(emissions, mask), sizes)
