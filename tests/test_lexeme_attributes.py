"""A vocab computes only the word attributes kg reads (`read_attributes_only`): those are
the values spaCy's full Russian vocab gives, and the others are not computed at all."""

from __future__ import annotations

import pytest
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


def test_the_vocab_still_knows_its_language() -> None:
    assert russian_vocab().lang == "ru"
