"""A pronoun that closes words quoted over several sentences ("«…. …», — сказал он на
пресс-конференции") stands for the person named before the words, not for one inside them.
Sentences of our own about other states."""

from __future__ import annotations

import pytest

# text, kind, the person who must take part
FIRES = [
    ("Министр обороны Чили Хосе Перес посетил базу. «Мы не могли ждать. Учения начнутся "
     "весной. Поэтому мы готовы», — сказал он на пресс-конференции.",
     "Publication", "person/khose-peres"),
    ("Президент Перу Дина Болуарте посетила Куско. «Мы не могли ждать. Регион пострадал. "
     "Поэтому мы здесь», — сказала она на пресс-конференции.",
     "Publication", "person/dina-boluarte"),
    ("Канцлер Австрии Карл Нехаммер прибыл в Прагу. «Это важный день. Наши страны близки. Мы "
     "договорились о многом», — заявил он на пресс-конференции.",
     "Publication", "person/karl-nekhammer"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "person"), FIRES)
def test_a_pronoun_after_quoted_sentences_is_the_one_named_before_them(
    events, text, kind, person
) -> None:
    found = [e for e in events(text) if e.kind == kind]
    assert any(person in e.participants for e in found)


# must not: the person the quoted words name, nor one named before words that open after
# others of their sentence
MUST_NOT = [
    ("Министр обороны Чили Хосе Перес посетил базу. «Хуан Мендоса не мог ждать. Учения "
     "начнутся весной», — сказал он на пресс-конференции.",
     "Publication", "person/khuan-mendosa"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "person"), MUST_NOT)
def test_a_pronoun_after_quoted_sentences_is_not_one_inside_them(
    events, text, kind, person
) -> None:
    assert all(person not in e.participants for e in events(text) if e.kind == kind)
