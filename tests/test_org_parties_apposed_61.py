"""A party's one-word name in apposition after "партия" is the party, and so is the name
again in another case (h-orgs61): "партия Гоминьдан", which the tagger read as a person's
name or nothing, gave a person and no party, and "кандидатом Гоминьдана" a person too. A
capitalised noun or unknown word alone, no genitive reading, right after "партия" is the
party's name (a state's name already was: "партия Кыргызстан"), and its other cases in the
text are mentions of the same party. Must-nots: a state in the genitive ("партия Кении"), an
adjective opening a longer name, a game's players ("партия Карлсен — Аронян") and a person
the text names in full stay what they were. Sentences of our own about Kenya–Uganda,
Peru–Ecuador, Norway–Armenia."""

from __future__ import annotations

import pytest
from gazetteer_runs import mention_reader

ROWS = "# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind\n"


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    reader = mention_reader(tmp_path_factory.mktemp("gaz"), ROWS)

    def go(text: str) -> dict[str, tuple[str, str]]:
        """Each person's or organization's mention text → (its type, its entity's name)."""
        return {
            m.text: (m.type, e.name)
            for m, e in reader(text)
            if m.type in ("Person", "Organization")
        }

    return go


PARTY = "Organization"
CASES = [
    (
        "В Кении партия Юбилей получила большинство. Кандидат Юбилея победил в Найроби.",
        {"Юбилей": (PARTY, "Юбилей"), "Юбилея": (PARTY, "Юбилей")},
    ),
    (
        "В Эквадоре партия Пачакутик выиграла выборы. Депутаты Пачакутика поддержали договор с"
        " Перу.",
        {"Пачакутик": (PARTY, "Пачакутик"), "Пачакутика": (PARTY, "Пачакутик")},
    ),
    # must not: a state's party in the genitive
    ("В Уганде партия Кении провела съезд.", {"Кении": None}),
    # must not: the head's name the parse hangs elsewhere
    ("Глава партии Кастильо уехал в Эквадор.", {"Кастильо": ("Person", "Кастильо")}),
    # must not: a game's players, a person named in full
    ("Решающей стала партия Карлсен — Аронян. Норвежца поздравили в Армении.", {"Карлсен": None}),
    (
        "Гроссмейстер Магнус Карлсен выиграл турнир в Армении. Решающей стала партия Карлсен"
        " против Ароняна.",
        {"Карлсен": ("Person", "Магнус Карлсен")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parties_apposed(read, text: str, expected: dict[str, tuple[str, str] | None]) -> None:
    found = read(text)
    assert {words: found.get(words) for words in expected} == expected
