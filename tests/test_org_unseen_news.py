"""Organizations on unseen news (issue 8 item 7): the tagger's span of a kind of
organization with its adjectives before a quoted name is the quoted name; on sentences of
our own about other states, with must-nots."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader


@pytest.fixture(scope="module")
def orgs():
    read = shipped_reader()
    return lambda text: {m.text for m in read(text) if m.type == "Organization"}


CASES = [
    # a kind of organization with its adjectives opening the tagger's span before a quoted
    # name: the quotes hold the name
    ("Оппозиционная партия «Союз за Родину» голосовала против реформ в Аргентине.",
     {"Союз за Родину"}),
    ("Ультраправая партия «Братья Италии» победила на выборах в Италии.", {"Братья Италии"}),
    ("Национальный банк «Траст» открыл отделение в Сербии.", {"Траст"}),
    # must not: a name that is itself adjectives and a kind, unquoted, stays whole
    ("Российская газета опубликовала интервью посла Египта.", {"Российская газета"}),
    ("Национальный банк Сербии снизил ставку.", {"Национальный банк Сербии"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_organization_spans(orgs, text: str, expected: set[str]) -> None:
    assert orgs(text) == expected
