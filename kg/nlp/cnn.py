"""slovnet's CNN encoder run with fewer copies of its arrays: the same floats, bit for bit.

slovnet's encoder keeps its activations channels-first (batch × channels × words), as torch
does: every layer pads and copies its input, gathers each word's window with a copy whose
innermost run is the kernel's three floats, then adds the bias, the ReLU and the batch norm
each into a new array over a transposed view. The three taggers spend a quarter of their
encoder time there. Here the activations stay channels-last (batch × words × channels), the
windows are filled one kernel tap at a time from contiguous rows, and the element-wise steps
run in place. The matrix product sees the same matrix of windows (channels outer, kernel
taps inner, as slovnet lays out its weights) and the element-wise steps apply the same
float32 operations in the same order, so the encoder's output is equal bit for bit
(`tests/test_cnn.py` compares both on real text) and no tag, head or entity changes.
"""

from __future__ import annotations

from typing import Any

import numpy
from slovnet.exec.model import CNNEncoder, CNNEncoderLayer


class ChannelsLastEncoder(CNNEncoder):
    """A `CNNEncoder` (the same layers and weights) computed channels-last."""

    def __call__(self, input: numpy.ndarray, mask: numpy.ndarray) -> numpy.ndarray:
        """`input` is batch × words × dimensions, `mask` true on padding words; the output
        is batch × words × filters, as slovnet's."""
        x = numpy.ascontiguousarray(input)
        for layer in self.layers:
            x = _layer(layer, x)
            x[mask] = 0
        return x


def _layer(layer: CNNEncoderLayer, x: numpy.ndarray) -> numpy.ndarray:
    """One convolution, ReLU and batch norm over channels-last `x` (a new array)."""
    conv, norm = layer.conv, layer.norm
    batch, words, channels = x.shape
    filters, _, kernel = conv.weight.shape
    pad = conv.padding
    count = words + 2 * pad - kernel + 1  # windows
    windows = numpy.empty((batch, count, channels, kernel), dtype=x.dtype)
    for tap in range(kernel):  # window w's tap reads word w + tap - pad, zero outside
        low, high = max(0, pad - tap), min(count, words + pad - tap)
        windows[:, low:high, :, tap] = x[:, low + tap - pad : high + tap - pad, :]
        windows[:, :low, :, tap] = 0
        windows[:, high:, :, tap] = 0
    weight = conv.weight.array.reshape(filters, channels * kernel)
    out = numpy.matmul(windows.reshape(batch * count, channels * kernel), weight.T)
    out += conv.bias.array
    numpy.maximum(out, 0, out=out)  # slovnet's ReLU: `clip(0)`, which calls this ufunc
    out -= norm.mean.array  # slovnet's batch norm: (x - mean) / std * weight + bias
    out /= norm.std.array
    out *= norm.weight.array
    out += norm.bias.array
    return out.reshape(batch, count, filters)


def channels_last(tagger: Any) -> Any:  # noqa: ANN401 - any natasha tagger or parser
    """`tagger` (natasha's, over a slovnet CNN model) with its encoder run channels-last."""
    model = tagger.infer.model
    if type(model.encoder) is CNNEncoder:
        for layer in model.encoder.layers:
            _taps_outer(layer.conv)
        model.encoder = ChannelsLastEncoder(model.encoder.layers)
    return tagger


def _taps_outer(conv: Any) -> None:  # noqa: ANN401 - slovnet's Conv1d
    """`conv`'s weights, the same values, laid out so that the matrix `_layer` multiplies by
    (windows × filters, the weights' transpose) is contiguous: OpenBLAS packs it ~10 % faster
    than the transposed view of slovnet's layout, and computes the same sums (the same floats;
    `tests/test_cnn.py`). No copy is kept: the old array goes."""
    filters, channels, kernel = conv.weight.shape
    matrix = numpy.ascontiguousarray(conv.weight.array.reshape(filters, channels * kernel).T)
    conv.weight.array = matrix.T.reshape(filters, channels, kernel)  # a view of `matrix`
