"""The NER tagger reads a long text a few windows at a time, so a build's memory does not
grow with its longest document, and finds the same entities as when it read them at once."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kg.nlp import models, natasha_components
from kg.nlp.ner_words import DocWords
from kg.nlp.pipeline import build_pipeline

SENTENCES = (
    "Президент Аргентины Хавьер Милей встретился в Буэнос-Айресе с премьер-министром "
    "Испании Педро Санчесом.",
    "Министр иностранных дел Чили Альберто ван Кларен заявил, что Сантьяго готов расширить "
    "торговлю с Мадридом.",
    "Делегация Уругвая провела переговоры в Монтевидео с представителями Европейского союза.",
    "Посол Перу в Боливии Луис Гонсалес вручил верительные грамоты в Ла-Пасе.",
)


class Recorder:
    """The real tagger, with the number of windows of each call to its model written down."""

    def __init__(self) -> None:
        infer = models.ner_tagger().infer
        self.calls: list[int] = []

        def encoder(items):  # noqa: ANN001, ANN202 - slovnet's iterables
            windows = list(items)
            self.calls.append(len(windows))
            return infer.encoder(windows)

        self.infer = SimpleNamespace(encoder=encoder, process=infer.process, decoder=infer.decoder)


def test_a_long_text_goes_to_the_tagger_two_windows_a_call_with_the_entities_of_one_call(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = " ".join(f"В {2000 + i} году. {s}" for i in range(24) for s in SENTENCES)
    nlp = build_pipeline()
    doc = nlp(text)
    batched = Recorder()
    natasha_components.natasha_ner(doc, batched)  # type: ignore[arg-type]
    ents = [(e.start, e.end, e.label_) for e in doc.ents]
    assert len(batched.calls) >= 3 and max(batched.calls) <= natasha_components._NER_BATCH == 2
    monkeypatch.setattr(natasha_components, "_NER_BATCH", 64)
    whole = Recorder()
    natasha_components.natasha_ner(doc, whole)  # type: ignore[arg-type]
    assert whole.calls == [sum(batched.calls)]
    assert [(e.start, e.end, e.label_) for e in doc.ents] == ents
    assert {"PER", "LOC"} <= {label for _, _, label in ents}


def test_the_spans_are_those_natasha_finds_in_the_windows() -> None:
    text = " ".join(f"В {2000 + i} году. {s}" for i in range(6) for s in SENTENCES)
    doc = build_pipeline()(text)
    windows = list(natasha_components._windows(doc, doc.text))
    assert len(windows) >= 2
    tagger = models.ner_tagger()
    natashas = [
        (window, (m.start, m.stop, m.type))
        for window, markup in zip(windows, tagger.map([text[a:b] for a, b in windows]), strict=True)
        for m in markup.spans
    ]
    found = natasha_components._ner_spans(tagger.infer, DocWords(doc), windows)
    assert list(found) == natashas
    assert {"PER", "LOC"} <= {label for _, (_, _, label) in natashas}


@pytest.mark.parametrize(
    ("text", "label", "parts"),
    [
        # a headline and the dateline under it are two places
        ("Индонезия\n\nХАНОЙ", "LOC", ["Индонезия", "ХАНОЙ"]),
        ("Хавьер Милей\nПедро Санчес", "PER", ["Хавьер Милей", "Педро Санчес"]),
        # an organization the tagger runs on into the next line is its first line's part
        ("Гильдия продюсеров Индии\nРадж Капур", "ORG", ["Гильдия продюсеров Индии"]),
        ("Союз кинематографистов Кении\n\nНАЙРОБИ", "ORG", ["Союз кинематографистов Кении"]),
        ("Министерство обороны Чили", "ORG", ["Министерство обороны Чили"]),
    ],
)
def test_no_name_runs_over_a_line_break(text: str, label: str, parts: list[str]) -> None:
    assert [text[lo:hi] for lo, hi in natasha_components._lines(text, 0, len(text), label)] == parts
