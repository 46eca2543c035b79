"""pymorphy3's work asked again for the same words (fifty-ninth pass, h-perf60): the
gazetteer's bodies' lemmas and its states' genitives come from the table cache, not ~4,200
words parsed and ~500 names inflected in every build that reads a document; an office's
genitive head is inflected once per office, not at each aide's title. What they give is
what they gave (the quad digests; the tables compared here). Names of our own: Peru, Jordan."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.gazetteer import Gazetteer
from kg.nlp.morph import morph
from kg.resolve import not_persons, org_naming, title_spelling
from kg.resolve.name_lexicons import genitive


def _no_morphology(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any parse or inflection fails: the table must come from the cache."""

    def refused(*_: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(morph(), "word_lemmas", refused)
    monkeypatch.setattr(morph(), "parse", refused)


# The gazetteer's tables read with pymorphy3, and the names their files in the cache take
TABLES = [
    (not_persons._body_names, "body-name-lemmas"),
    (org_naming._state_genitives, "state-genitives"),
]


@pytest.mark.parametrize(("table", "name"), TABLES, ids=[name for _, name in TABLES])
def test_a_gazetteer_table_comes_from_the_table_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, table: Any, name: str
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    gaz = Gazetteer.load()
    table.cache_clear()
    made = table(gaz)
    assert list(tmp_path.glob(f"{name}-*.marshal"))
    table.cache_clear()
    genitive.cache_clear()
    with monkeypatch.context() as refusing:
        _no_morphology(refusing)
        assert table(gaz) == made
    table.cache_clear()


def test_the_tables_read_as_before(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The bodies' lemmas and the states' genitives as computed before the cache kept them
    (the last state of a genitive two share winning)."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    gaz = Gazetteer.load()
    some = next(org.name for org in gaz.orgs if len(org.name.split()) > 2)
    assert morph().word_lemmas(some) in not_persons._body_names(gaz)
    genitives = org_naming._state_genitives(gaz)
    assert genitives["Перу"] == "state/PER" and genitives["Иордании"] == "state/JOR"
    assert genitives == {genitive(n): s.key for s in gaz.states for n in (s.name, s.full_name) if n}


def test_an_offices_genitive_head_is_inflected_once(monkeypatch: pytest.MonkeyPatch) -> None:
    title_spelling.genitive_head.cache_clear()
    inflected: list[str] = []
    inflect = morph().inflect

    def counting(word: str, grammemes: Any) -> str:
        inflected.append(word)
        return inflect(word, grammemes)

    monkeypatch.setattr(morph(), "inflect", counting)
    for _ in range(3):
        assert title_spelling.genitive_head("генеральный секретарь") == "генерального секретаря"
        assert title_spelling.genitive_head("министр иностранных дел") == "министра иностранных дел"
    assert inflected == ["генеральный", "секретарь", "министр"]
    title_spelling.genitive_head.cache_clear()


# A body of a user's gazetteer file (our own, Peru's), whose name no shipped row has
USER_ORG = (
    "# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind\n"
    "org\torg/peru-andean-water-board\tАндский водный совет Перу\tАВСП\t\t\tPER\t"
    "GovernmentAgency\n"
)


def test_a_users_body_makes_its_own_table(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Must not: a gazetteer with a body of its own reads no table of another gazetteer."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "gazetteer.tsv"
    path.write_text(USER_ORG, encoding="utf-8")
    shipped, own = Gazetteer.load(), Gazetteer.load([path])
    lemmas = morph().word_lemmas("Андский водный совет Перу")
    assert lemmas == ("андский", "водный", "совет", "перу")
    assert lemmas not in not_persons._body_names(shipped)
    assert lemmas in not_persons._body_names(own)
    assert not_persons._body_names(shipped) < not_persons._body_names(own)
