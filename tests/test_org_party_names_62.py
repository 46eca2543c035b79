"""Party names kept as organizations (fifty-second pass, h-orgs62; own sentences about
UK–Ireland, Japan–Korea, Hungary–Slovakia):

- "тори", the UK's Conservative Party (a row of `kg/data/orgs.tsv`, its other name as news
  writes it lower case), was no organization; capitalised before a surname the tagger reads
  with it ("Певица Тори Эймос") it is a first name (`_first_name_of` in
  `kg/nlp/gazetteer_matcher.py`).
- an undeclined party name after "партия" ("партия Комэйто", `_undeclined_name` in
  `kg/resolve/org_fields.py`) was a person's, as a word reading as a genitive too; it is the
  party's in that case and every other ("Кандидат от Комэйто"). Must-nots: a state's name
  ("партии Перу"), a surname natasha lists ("партии Кастильо") or of a person the text names
  in full ("Николас Мадуро … Партия Мадуро")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction


def _mentions(extraction_of: Callable[..., Extraction], text: str) -> list[tuple[str, str, str]]:
    """The text's person and organization mentions as (text, type, entity key)."""
    ex = extraction_of(text, "2024-05-15", "offices")
    return [(m.text, m.type, m.entity) for m in ex.mentions if m.type in ("Person", "Organization")]


# each text with the word, and the organization every mention of that word is of
PARTIES = [
    ("Партнёры тори по коалиции обсудили договор с Ирландией.", "тори",
     "org/conservative-party-uk"),
    ("Лейбористы и тори обсуждают договор с Ирландией.", "тори", "org/conservative-party-uk"),
    ("Тори победили на выборах, сообщили в Ирландии.", "Тори", "org/conservative-party-uk"),
    ("В Японии партия Комэйто выступила против договора с Кореей. Кандидат от Комэйто "
     "победил.", "Комэйто", "org/komeyto"),
    ("Корея спорит с партией Шинхэйто о границе.", "Шинхэйто", "org/shinkheyto"),
    ("Лидер партии Шинхэйто посетил Корею.", "Шинхэйто", "org/shinkheyto"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "key"), PARTIES)
def test_a_party_is_an_organization(extraction_of, text: str, word: str, key: str) -> None:  # noqa: ANN001
    """Every mention of the party's name is of the party."""
    found = [(t, kind, entity) for t, kind, entity in _mentions(extraction_of, text) if t == word]
    assert found
    assert {(kind, entity) for _, kind, entity in found} == {("Organization", key)}


# must-nots: each text with a word that is no party's name here
NOT_PARTIES = [
    ("Певица Тори Эймос выступила в Дублине и Лондоне.", "Тори"),
    ("Лидер партии Перу посетил Чили.", "Перу"),
    ("Представители партии Кастильо прибыли в Эквадор.", "Кастильо"),
    ("Николас Мадуро посетил Кубу. Партия Мадуро выиграла выборы.", "Мадуро"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), NOT_PARTIES)
def test_no_party_is_read(extraction_of, text: str, word: str) -> None:  # noqa: ANN001
    """A first name, a state's, a person's surname is no organization's mention alone (no
    party of that name; "партии Кастильо" is the person's party, fifty-sixth pass)."""
    mentions = _mentions(extraction_of, text)
    assert not [t for t, kind, _ in mentions if kind == "Organization" and t == word]
