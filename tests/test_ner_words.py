"""The NER reads a window's words from the Doc's tokens (`kg.nlp.ner_words`): they must be the
words razdel finds when it tokenizes the window whole, as natasha's NER does."""

from __future__ import annotations

import pytest
from razdel import tokenize

from kg.nlp import natasha_components, ner_words
from kg.nlp.ner_words import DocWords, Word
from kg.nlp.pipeline import build_pipeline

NEWS = (
    "ОСЛО, 3 марта — Премьер-министр Норвегии провела переговоры с канцлером Австрии.\n"
    "Стороны обсудили поставки газа (на 2,5 млрд евро) и т.д. «Мы готовы», — сказала она.\n"
    "Визит в Вену отложен...   Посол Перу вручил грамоты в Лиме!"
)
# A line that ends in a word, then one that opens with a hyphen: razdel reading both joins
# "-Нет" (its dash rule looks at the word before the hyphen), reading the second alone it
# cuts "-", "Нет". Likewise a decimal point that opens a line.
DASH = "Заголовок без точки\n-Нет, — сказал министр Чили."
POINT = "Рост составил 2\n.5 процента."
END = "Цена выросла на 2.\n5 процентов."  # "2." then "5": razdel joins "2." reading both


def _razdel(text: str, start: int, end: int) -> list[Word]:
    return [Word(t.start, t.stop, t.text) for t in tokenize(text[start:end])]


@pytest.mark.parametrize(
    "text", [NEWS, DASH, POINT, END, f"{NEWS}\n{DASH}\n{POINT}", f"  \n{NEWS} \n"]
)
def test_a_windows_words_are_razdels_reading_the_window_whole(text: str) -> None:
    doc = build_pipeline().make_doc(text)
    words = DocWords(doc)
    windows = list(natasha_components._windows(doc, words.text))
    assert windows
    for start, end in windows:
        assert words.words(start, end) == _razdel(words.text, start, end)


def test_ordinary_sentences_are_not_tokenized_again(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = build_pipeline().make_doc(NEWS)
    monkeypatch.setattr(ner_words, "tokenize", None)  # a call would fail
    words = DocWords(doc)
    ((start, end),) = natasha_components._windows(doc, words.text)
    assert [w.text for w in words.words(start, end)][:4] == ["ОСЛО", ",", "3", "марта"]


@pytest.mark.parametrize(("text", "joined"), [(DASH, "-Нет"), (POINT, ".5"), (END, "2.")])
def test_a_sentence_razdel_reads_otherwise_in_context_is_read_as_razdel_reads_it(
    text: str, joined: str
) -> None:
    doc = build_pipeline().make_doc(text)
    assert joined not in [t.text for t in doc]  # the tokenizer cut it, sentence by sentence
    words = DocWords(doc)
    ((start, end),) = natasha_components._windows(doc, words.text)
    assert joined in [w.text for w in words.words(start, end)]
