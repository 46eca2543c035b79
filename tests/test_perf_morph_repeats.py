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
from kg.resolve import not_persons, org_naming, titles
from kg.resolve.name_lexicons import genitive


def _no_morphology(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any parse or inflection fails: the table must come from the cache."""

    def refused(*_: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(morph(), "word_lemmas", refused)
    monkeypatch.setattr(morph(), "parse", refused)


def test_the_bodies_lemmas_come_from_the_table_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    gaz = Gazetteer.load()
    not_persons._body_names.cache_clear()
    made = not_persons._body_names(gaz)
    some = next(org.name for org in gaz.orgs if len(org.name.split()) > 2)
    assert morph().word_lemmas(some) in made
    assert list(tmp_path.glob("body-name-lemmas-*.marshal"))
    not_persons._body_names.cache_clear()
    with monkeypatch.context() as refusing:
        _no_morphology(refusing)
        assert not_persons._body_names(gaz) == made
    not_persons._body_names.cache_clear()


def test_the_states_genitives_come_from_the_table_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    gaz = Gazetteer.load()
    org_naming._state_genitives.cache_clear()
    made = org_naming._state_genitives(gaz)
    assert made["Перу"] == "state/PER" and made["Иордании"] == "state/JOR"
    assert made == {
        genitive(n): s.key for s in gaz.states for n in (s.name, s.full_name) if n
    }  # as computed before, the last state of a genitive two share winning
    org_naming._state_genitives.cache_clear()
    genitive.cache_clear()
    with monkeypatch.context() as refusing:
        _no_morphology(refusing)
        assert org_naming._state_genitives(gaz) == made
    org_naming._state_genitives.cache_clear()


def test_an_offices_genitive_head_is_inflected_once(monkeypatch: pytest.MonkeyPatch) -> None:
    titles._genitive_head.cache_clear()
    inflected: list[str] = []
    inflect = morph().inflect

    def counting(word: str, grammemes: Any) -> str:
        inflected.append(word)
        return inflect(word, grammemes)

    monkeypatch.setattr(morph(), "inflect", counting)
    for _ in range(3):
        assert titles._genitive_head("генеральный секретарь") == "генерального секретаря"
        assert titles._genitive_head("министр иностранных дел") == "министра иностранных дел"
    assert inflected == ["генеральный", "секретарь", "министр"]
    titles._genitive_head.cache_clear()


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
