"""A regnal number in Latin letters after a capitalised name ends its sentence at its full
stop before a capitalised word ("король Норвегии Харальд V. Визит продлится три дня."):
razdel reads the one letter as an initial and ran the two sentences into one. A number
inside a sentence, a lower-case word after the stop and a Cyrillic initial stay as they
were. Sentences of our own (fifty-ninth pass, h-events194)."""

from __future__ import annotations

import pytest

from kg.nlp.segment import sentence_spans

# text, its sentences
SPLIT = [
    ("Гостя встретил король Норвегии Харальд V. Визит продлится три дня.",
     ["Гостя встретил король Норвегии Харальд V.", "Визит продлится три дня."]),
    ("Министра принял король Швеции Карл XVI Густав. Встреча прошла во дворце.",
     ["Министра принял король Швеции Карл XVI Густав.", "Встреча прошла во дворце."]),
    ("Послание направил Папа Римский Лев XIV. «Мир важнее всего», — сказано в нём.",
     ["Послание направил Папа Римский Лев XIV.", "«Мир важнее всего», — сказано в нём."]),
    ("Президента Финляндии приняла королева Дании Маргрете II. Она вручила ему орден.",
     ["Президента Финляндии приняла королева Дании Маргрете II.", "Она вручила ему орден."]),
    ("Эту традицию начал ещё Карл I. Теперь её продолжают внуки.",
     ["Эту традицию начал ещё Карл I.", "Теперь её продолжают внуки."]),
    # a century's "в." before a pronoun, as before (`_YEAR_STOP`)
    ("Собор построили в XV в. Он стоит до сих пор.",
     ["Собор построили в XV в.", "Он стоит до сих пор."]),
]  # fmt: skip

KEPT = [
    "Король Норвегии Харальд V прибыл в Хельсинки.",  # inside its sentence
    "Гостя встретил Харальд V. во дворце",  # a small letter after the stop
    "Документ подписал Петров И. Иванов его поддержал.",  # a Cyrillic initial
]


@pytest.mark.parametrize(("text", "sentences"), SPLIT)
def test_regnal_number_ends_its_sentence(text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences


@pytest.mark.parametrize("text", KEPT)
def test_other_stops_stay(text: str) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == [text]
