"""Evidence (fiftieth pass, h-claims76): a key told twice in one sentence has that sentence
once in its evidence. Own sentences about Egypt–Sudan, Chile–Peru, Vietnam–Cambodia."""

from __future__ import annotations

import pytest

from kg.extract.claims import extract_claims
from kg.model import Document


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Египет и Судан подписали соглашение сроком 5 лет, оно заключено на срок пять лет.", 1),
        ("Вьетнам передал Камбодже 20 тонн риса, и эти 20 тонн риса Вьетнам передал бесплатно.",
         1),
        # must-not: the same key told in two sentences keeps both
        ("Чили и Перу заключили договор сроком на 10 лет. Договор заключён на срок десять лет.",
         2),
    ],
)  # fmt: skip
def test_a_key_told_twice_in_a_sentence_has_one_span(analyse, text: str, spans: int) -> None:
    claims = extract_claims(analyse(Document(id="t", text=text)))
    assert [len(c.evidence) for c in claims] == [spans]
