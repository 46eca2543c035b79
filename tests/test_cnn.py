"""kg runs slovnet's CNN encoders channels-last (`kg.nlp.cnn`): every float of every layer's
output must equal slovnet's own encoder's, on real text, padding included."""

from __future__ import annotations

import numpy
import pytest
from slovnet.exec.model import CNNEncoder

from kg.nlp import models
from kg.nlp.cnn import ChannelsLastEncoder

# Sentences of unlike lengths, so a batch pads its shorter ones.
SENTENCES = [
    ["Президент", "Чили", "прибыл", "в", "Монтевидео", "."],
    [
        "Министры",
        "иностранных",
        "дел",
        "Норвегии",
        "и",
        "Финляндии",
        "обсудили",
        "квоты",
        "на",
        "вылов",
        "трески",
        "в",
        "Баренцевом",
        "море",
        "и",
        "поставки",
        "газа",
        ".",
    ],  # fmt: skip
    ["Визит", "отложен", "."],
    ["«", "Мы", "готовы", "к", "диалогу", "»", ",", "—", "заявил", "посол", "Перу", "."],
]


@pytest.mark.parametrize("load", [models.morph_tagger, models.syntax_parser, models.ner_tagger])
def test_the_channels_last_encoder_gives_slovnets_floats_bit_for_bit(load) -> None:
    model = load().infer.model
    assert isinstance(model.encoder, ChannelsLastEncoder)  # the loaded model runs kg's
    slovnets = CNNEncoder(model.encoder.layers)
    (batch,) = load().infer.encoder(SENTENCES)  # one batch of four, padded to 18 words
    assert batch.pad_mask.any()
    x = model.emb(batch.word_id, batch.shape_id)
    ours, theirs = model.encoder(x, batch.pad_mask), slovnets(x, batch.pad_mask)
    assert ours.shape == theirs.shape and ours.dtype == theirs.dtype == numpy.float32
    assert ours.tobytes() == theirs.tobytes()
    assert not ours[batch.pad_mask].any() and ours.any()


@pytest.mark.parametrize("load", [models.morph_tagger, models.syntax_parser, models.ner_tagger])
def test_each_layer_multiplies_by_a_contiguous_matrix_of_slovnets_weights(load) -> None:
    for layer in load().infer.model.encoder.layers:
        filters, channels, kernel = layer.conv.weight.shape
        matrix = layer.conv.weight.array.reshape(filters, channels * kernel)
        assert matrix.T.flags.c_contiguous and matrix.base is not None  # a view, no copy
        assert layer.conv.weight.array.shape == (filters, channels, kernel)
