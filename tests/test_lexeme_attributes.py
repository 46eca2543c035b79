"""A vocab computes only the word attributes kg reads (`read_attributes_only`): those are
the values spaCy's full Russian vocab gives, and the others are not computed at all."""

from __future__ import annotations

import tracemalloc

import pytest
from spacy.attrs import LIKE_NUM
from spacy.lang.ru import Russian
from spacy.tokens import Doc
from spacy.vocab import create_vocab

from kg.nlp.spacy_import import read_attributes_only
from kg.steps import russian_vocab

READ = ("lower_", "is_alpha", "is_space", "is_punct", "is_quote", "like_num")
WORDS = [
    "Премьер-министр", "Новой", "Зеландии", "посетит", "Канберру", "«", "в", "мае", "»", ",",
    "—", "сообщил", "МИД", "Австралии", "15", "апреля", "2024", "года", "двадцать", "пятого",
    "www.mfat.govt.nz", "press@dfat.gov.au", "$", "3,5", "млрд", "(", "АСЕАН", ")", "\n", "...",
    "Семьсот", "ТРИДЦАТИ", "-5", "±2", "7%", "1/4", "½", "²", "二", "пол-", "V",
]  # fmt: skip


@pytest.mark.parametrize("word", WORDS)
def test_the_attributes_kg_reads_are_spacys(word: str) -> None:
    full = Doc(create_vocab("ru", Russian.Defaults), words=[word])[0]
    lean = Doc(russian_vocab(), words=[word])[0]
    assert [getattr(lean, a) for a in READ] == [getattr(full, a) for a in READ]


@pytest.mark.parametrize(
    ("word", "unread"),
    [
        ("Канберру", "shape_"),  # "Xxxxx" in spaCy's vocab
        ("www.mfat.govt.nz", "like_url"),
        ("press@dfat.gov.au", "like_email"),
        ("для", "is_stop"),
        ("Зеландии", "suffix_"),
    ],
)
def test_the_attributes_kg_never_reads_are_not_computed(word: str, unread: str) -> None:
    full = Doc(create_vocab("ru", Russian.Defaults), words=[word])[0]
    lean = Doc(read_attributes_only(create_vocab("ru", Russian.Defaults)), words=[word])[0]
    assert getattr(full, unread) and not getattr(lean, unread)


def test_like_num_keeps_no_words() -> None:
    """A build's memory must not grow with the words its vocab has met: `like_num` is
    worked out again for each new word, not remembered."""
    like_num = russian_vocab().lex_attr_getters[LIKE_NUM]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(2_000):
            like_num(f"слово{i}")
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert kept < 10_000


def test_the_vocab_still_knows_its_language() -> None:
    assert russian_vocab().lang == "ru"
