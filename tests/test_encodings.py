"""The three taggers keep each word's slovnet ids (`kg.nlp.encodings`): every batch must be
the one slovnet's own encoder makes of the same sentences, whatever the kept words hold."""

from __future__ import annotations

import pytest
from slovnet.exec.encoders import WordShapeEncoder

from kg.nlp import encodings, models
from kg.nlp.segment import sentence_spans, token_spans

TEXT = (
    "ОСЛО, 4 марта 2024 года — Министры иностранных дел Норвегии и Финляндии обсудили "
    "квоты на вылов трески в Баренцевом море. «Мы готовы к диалогу», — заявил посол Перу "
    "Х.Гарсия-Ломбардо в интервью RT; он назвал 3,5 млн т. рекордом. Визит отложен… "
    "СИЗО-6, 2011-2020, www.example.org, №12, ?!, ****, \u00a0Ёлки-Палки, ПЕРУ."
)


def _sentences() -> list[list[str]]:
    return [
        [TEXT[a:b] for a, b in token_spans(TEXT, start, end)] for start, end in sentence_spans(TEXT)
    ]


LOADERS = [models.morph_tagger, models.syntax_parser, models.ner_tagger]


def _batches(encoder: WordShapeEncoder, sentences: list[list[str]]) -> list[tuple]:
    return [
        (b.word_id.tolist(), b.shape_id.tolist(), b.pad_mask.tolist()) for b in encoder(sentences)
    ]


def test_the_three_taggers_share_one_encoder_memory() -> None:
    encoders = [load().infer.encoder for load in LOADERS]
    assert all(isinstance(e, encodings.KeptEncoder) for e in encoders)
    assert len({id(e.known) for e in encoders}) == 1


@pytest.mark.parametrize("keep", [3, encodings.KEEP])
def test_kept_ids_are_slovnets(monkeypatch: pytest.MonkeyPatch, keep: int) -> None:
    monkeypatch.setattr(encodings, "KEEP", keep)  # 3: the memory starts over again and again
    sentences = _sentences()
    for load in LOADERS:
        ours = load().infer.encoder
        theirs = WordShapeEncoder(ours.words_vocab, ours.shapes_vocab, ours.batch_size)
        for _ in range(2):  # the second time, the words are known
            assert _batches(ours, sentences) == _batches(theirs, sentences)
        assert 0 < len(ours.known) <= keep
