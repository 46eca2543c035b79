"""Organizations left over by the forty-fourth review, on sentences of our own about other
states: a poison named as the instrument of poisoning ("отравлен «Новичком»") and a generic
institution's abbreviation alone ("в СИЗО") are no organization. With must-nots."""

from __future__ import annotations

import pytest
from gazetteer_runs import org_reader

ROWS = """# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind
"""


@pytest.fixture(scope="module")
def orgs(tmp_path_factory):
    return org_reader(tmp_path_factory.mktemp("gaz"), ROWS)


NOT_ORGS = [
    # a poison: the instrumental of a verb of poisoning, quoted
    ("Бывший офицер разведки Чили был отравлен «Новичком» в Лиме.", "Новичком"),
    ("Полиция Перу считает, что журналиста отравили «Новичком».", "Новичком"),
    ("Отравленный «Новичком» дипломат Эстонии выжил.", "Новичком"),
    # a generic institution's abbreviation alone
    ("Бывшего министра Перу поместили в СИЗО. Адвокат посетил его в СИЗО.", "СИЗО"),
]


@pytest.mark.parametrize(("text", "word"), NOT_ORGS)
def test_no_organization(orgs, text: str, word: str) -> None:  # noqa: ANN001
    assert word not in orgs(text)


KEPT = [
    # must not: another case after a verb of poisoning is the body it is
    ("Чили отравила отношения с «Газпромом».", "Газпромом"),
    # must not: the institution named by its place
    ("СИЗО Лимы переполнен, сообщил министр Перу.", "СИЗО Лимы"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_kept_organization(orgs, text: str, word: str) -> None:  # noqa: ANN001
    assert word in orgs(text)
