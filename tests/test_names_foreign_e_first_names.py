"""A woman's foreign first name in "-е" that the dictionary reads only as the dative or
locative of a name in "-а" ("Марианне", "Анне", "Кристине"), before a surname in a consonant,
in a place that tells the nominative, genitive, accusative or instrumental, is written as it
is: not Марианна. Her speech after "— сказал министр … Марианне X" is hers, whatever oblique
case the tagger read in the name (sixty-eighth pass, h-names152; own sentences about Norway,
Denmark and Sweden)."""

from __future__ import annotations

import pytest
from fact_reads import person_names

NAMES = [
    ("Министр культуры Дании Анне Хансен заявила, что выставка откроется в мае.",
     "Анне Хансен", "Анна Хансен"),
    ("«Мы расширим торговые связи», — сказал министр торговли и промышленности Дании "
     "Марианне Хансен.", "Марианне Хансен", "Марианна Хансен"),
    ("Премьер Швеции принял министра культуры Дании Кристине Нильсен.",
     "Кристине Нильсен", "Кристина Нильсен"),
    ("Марианне Хансен заявила, что выставка откроется в мае.",
     "Марианне Хансен", "Марианна Хансен"),
    # must not: a dative or locative place, a Russian surname that shows the case
    ("Премьер Швеции вручил награду министру Дании Марианне Хансен.",
     "Марианна Хансен", "Марианне Хансен"),
    ("Журналисты писали о министре Дании Марианне Хансен.",
     "Марианна Хансен", "Марианне Хансен"),
    ("Журналисты спросили о Марине Петровой.", "Марина Петрова", "Марине Петрова"),
    ("Премьер позвонил Марине Хансен.", "Марина Хансен", "Марине Хансен"),
    ("Марианне Хансен пересадили сердце в клинике Осло.", "Марианна Хансен", "Марианне Хансен"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "not_name"), NAMES)
def test_her_foreign_e_first_name(extraction_of, text: str, name: str, not_name: str) -> None:
    """Her "-е" is an ending only where the place tells a dative or locative."""
    names = person_names(extraction_of(text, "2026-11-27"))
    assert name in names, names
    assert not_name not in names, names


QUOTES = [
    ("«Снижение квоты болезненно, но необходимо», — сказал министр рыболовства и океанов "
     "Норвегии Марианне Сивертсен Нэсс.", "Марианне Сивертсен Нэсс"),
    ("«Мы расширим научные связи», — сказал министр науки и высшего образования Норвегии "
     "Жанне Ульсен.", "Жанне Ульсен"),
    ("«Мы расширим торговые связи», — сказал министр торговли и промышленности Дании "
     "Кристине Нильсен.", "Кристине Нильсен"),
    # must not change: a name in the nominative after the same coordinated title
    ("«Мы расширим торговые связи», — сказал министр торговли и промышленности Дании "
     "Ларс Хансен.", "Ларс Хансен"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), QUOTES)
def test_speech_of_her_foreign_e_name(extraction_of, text: str, speaker: str) -> None:
    """The name apposed to the speaking minister agrees with the title: the quote is hers."""
    ex = extraction_of(text, "2026-11-27", "quotes")
    names = {e.key: e.name for e in ex.entities}
    assert [names.get(q.speaker) for q in ex.facts["quotes"]] == [speaker]
