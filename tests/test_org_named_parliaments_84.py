"""A state's parliament by its common noun is the one parliament of that state the text names
by its own name (seventieth pass, h-orgs84; own sentences about Serbia–Hungary,
Lithuania–Poland, Bulgaria–Greece, France–Armenia, Georgia–Armenia):

- "парламент X" and "Народная скупщина X" / "Сейм X" / "Народное собрание X" in one text
  are one body, named by its own name (`_parliament_by_name` in kg/resolve/org_forms.py).
- Must-nots: "парламент X" alone stays; two houses of X named ("Национальное собрание
  Франции", "Сенат Франции") leave it; another state's named parliament leaves it."""

from __future__ import annotations

import pytest

from kg.analyze import analyze
from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.nlp.pipeline import build_pipeline
from kg.resolve import Registry

# each text, and the organizations' names kg reads in it
CASES = [
    ("Председатель парламента Сербии прибыл в Будапешт. Спикер Народной скупщины Сербии "
     "провёл переговоры с премьером Венгрии.", {"Народная скупщина Сербии"}),
    ("Делегация парламента Литвы посетила Варшаву. Депутаты Сейма Литвы обсудили с "
     "польскими коллегами безопасность.", {"Сейм Литвы"}),
    ("Председатель парламента Болгарии прибыл в Афины. Спикер Народного собрания Болгарии "
     "провёл переговоры с премьером Греции.", {"Народное собрание Болгарии"}),
    # must-nots: alone, two houses of the state, another state's
    ("Парламент Армении одобрил соглашение с Ираном.", {"Парламент Армении"}),
    ("Делегация парламента Франции прибыла в Ереван. Депутаты Национального собрания Франции "
     "и Сената Франции встретились с коллегами из Армении.",
     {"Парламент Франции", "Национальное собрание Франции", "Сенат Франции"}),
    ("Делегация парламента Грузии прибыла в Ереван и встретилась с депутатами Национального "
     "собрания Армении.", {"Парламент Грузии", "Национальное собрание Армении"}),
]  # fmt: skip


@pytest.fixture(scope="module")
def org_names():
    nlp, gazetteer = build_pipeline(), Gazetteer.load()

    def read(text: str) -> set[str]:
        ex = analyze(Document(id="t", text=text, date="2025-03-17"), nlp(text), Registry(gazetteer))
        return {e.name for e in ex.entities if e.type == "Organization"}

    return read


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parliament_named(org_names, text: str, expected: set[str]) -> None:  # noqa: ANN001
    """The organizations' names are exactly the case's."""
    assert org_names(text) == expected
