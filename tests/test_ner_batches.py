"""The NER tagger reads a long text a few windows at a time, so a build's memory does not
grow with its longest document, and finds the same entities as when it read them at once."""

from __future__ import annotations

import pytest

from kg.nlp import models, natasha_components
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
    """The real tagger, with the number of windows of each call written down."""

    def __init__(self) -> None:
        self.tagger = models.ner_tagger()
        self.calls: list[int] = []

    def map(self, texts: list[str]):  # noqa: ANN201 - slovnet's markup iterator
        self.calls.append(len(texts))
        return self.tagger.map(texts)


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
