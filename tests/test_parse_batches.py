"""The morphology tagger and the parser read a long sentence in a small batch, so a build's
peak memory does not jump with the longest sentence of its corpus, and give each word the
tag and head they give when slovnet batches the sentences itself."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kg.nlp import models, natasha_components
from kg.nlp.pipeline import build_pipeline

SHORT = (
    "Премьер-министр Норвегии провёл переговоры в Осло с канцлером Австрии.",
    "Стороны обсудили поставки газа.",
    "Посол Канады вручил верительные грамоты в Мехико.",
)
COUNTRIES = (
    "Аргентины, Бразилии, Чили, Перу, Уругвая, Парагвая, Боливии, Эквадора, Колумбии, "
    "Венесуэлы, Мексики, Канады, Норвегии, Швеции, Финляндии, Дании, Исландии, Ирландии, "
    "Португалии, Испании, Италии, Греции, Кипра и Мальты"
)
LONG = (
    f"В Женеве собрались министры иностранных дел {COUNTRIES}, а также послы {COUNTRIES}, "
    "чтобы обсудить торговые пошлины, поставки зерна, квоты на вылов рыбы и правила "
    "морских перевозок на ближайшие десять лет."
)


class Recorder:
    """A real slovnet model whose encoder writes down each batch it is given: how many
    sentences, and how many words once padded to the longest."""

    def __init__(self, model: object) -> None:
        infer = model.infer  # type: ignore[attr-defined]
        self.batches: list[tuple[int, int]] = []

        def encoder(words):  # noqa: ANN001, ANN202 - slovnet's iterables
            batch = [list(w) for w in words]
            self.batches.append((len(batch), len(batch) * max(map(len, batch))))
            return infer.encoder(batch)

        encoder.batch_size = infer.encoder.batch_size  # type: ignore[attr-defined]
        self.infer = SimpleNamespace(process=infer.process, decoder=infer.decoder, encoder=encoder)


@pytest.mark.parametrize(
    ("step", "load", "attrs"),
    [
        (natasha_components.natasha_morph, models.morph_tagger, ("pos_", "morph")),
        (natasha_components.natasha_syntax, models.syntax_parser, ("dep_", "head")),
    ],
)
def test_a_long_sentence_is_read_in_a_small_batch_with_the_same_result(
    monkeypatch: pytest.MonkeyPatch, step, load, attrs: tuple[str, str]
) -> None:
    doc = build_pipeline()(" ".join([*SHORT, LONG, *SHORT]))  # one batch of 7 for slovnet
    sentences = natasha_components._sentence_words(doc)
    assert max(len(words) for words, _ in sentences) > 100  # the test's premise

    def read(recorder: Recorder) -> list[tuple[str, str]]:
        step(doc, recorder)
        return [tuple(str(getattr(t, a)) for a in attrs) for t in doc]

    small = Recorder(load())
    bounded = read(small)
    budget = natasha_components._BATCH_WORDS
    assert all(n <= 8 and (padded <= budget or n == 1) for n, padded in small.batches)
    assert sum(n for n, _ in small.batches) == len(sentences)
    monkeypatch.setattr(natasha_components, "_BATCH_WORDS", 10**9)
    whole = Recorder(load())
    assert read(whole) == bounded  # slovnet's own batches of eight: the same tags and heads
    assert max(padded for _, padded in whole.batches) > budget
