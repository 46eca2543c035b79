"""The morphology tagger and the parser read a long sentence in a small batch, so a build's
peak memory does not jump with the longest sentence of its corpus, and give each word the
tag and head they give when slovnet batches the sentences itself."""

from __future__ import annotations

import copy
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

        for name in ("batch_size", "words_vocab", "shapes_vocab"):
            setattr(encoder, name, getattr(infer.encoder, name))
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


class Counter:
    """The parser's encoder, counting its calls; its vocabularies the tagger's or copies."""

    def __init__(self, encoder: object, own_vocabs: bool) -> None:
        self.encoder, self.calls = encoder, 0
        self.batch_size = encoder.batch_size  # type: ignore[attr-defined]
        self.words_vocab = encoder.words_vocab  # type: ignore[attr-defined]
        self.shapes_vocab = encoder.shapes_vocab  # type: ignore[attr-defined]
        if own_vocabs:
            self.words_vocab = copy.copy(self.words_vocab)

    def __call__(self, words):  # noqa: ANN001, ANN204 - slovnet's iterables
        self.calls += 1
        return self.encoder(words)


@pytest.mark.parametrize(("own_vocabs", "encodes"), [(False, False), (True, True)])
def test_the_parser_reads_the_taggers_batches_where_its_vocabularies_are_the_same(
    monkeypatch: pytest.MonkeyPatch, own_vocabs: bool, encodes: bool
) -> None:
    nlp = build_pipeline()
    text = " ".join([*SHORT, LONG])
    infer = models.syntax_parser("", "").infer  # the pipeline's: its config's paths
    counter = Counter(infer.encoder, own_vocabs)
    monkeypatch.setattr(infer, "encoder", counter)
    doc = nlp(text)
    assert (counter.calls > 0) == encodes
    parsed = [(t.dep_, t.head.i) for t in doc]
    natasha_components.natasha_syntax(doc, models.syntax_parser("", ""))  # nothing kept: encodes
    assert counter.calls > 0 and [(t.dep_, t.head.i) for t in doc] == parsed
