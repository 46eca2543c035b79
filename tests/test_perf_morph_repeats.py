"""pymorphy3's work asked again for the same words (fifty-ninth pass, h-perf60): a word of
Cyrillic letters written with a capital takes its lower case's readings, parsed once for
both ("Сенат" of the tagger's lemma, "сенат" of a rule); the gazetteer's bodies' lemmas and
its states' genitives come from the table cache, not ~4,700 words parsed and ~500 names
inflected in every build; an office's genitive head is inflected once per office, not at
each aide's title. What they give is what they gave (the quad digests; the readings compared
here). Words and names of our own: Chile, Peru, Egypt, Jordan."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.gazetteer import Gazetteer
from kg.nlp.morph import Morph, morph
from kg.resolve import not_persons, org_naming, titles
from kg.resolve.name_lexicons import genitive


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> tuple[Morph, list[str]]:
    """A fresh `Morph` whose analyzer records each word it parses."""
    fresh = Morph()
    asked: list[str] = []
    parse = fresh._analyzer.parse

    def recording(word: str) -> Any:
        asked.append(word)
        return parse(word)

    monkeypatch.setattr(fresh._analyzer, "parse", recording)
    return fresh, asked


def _read(parses: Any) -> list[tuple[str, str, str, float]]:
    """What kg reads of each reading (two analyzers' readings are objects of two classes)."""
    return [(p.word, str(p.tag), p.normal_form, p.score) for p in parses]


# (as written, lower case): one parse for both, the same readings
ONE_PARSE = [
    ("Сенат", "сенат"),
    ("Перу", "перу"),
    ("Иордании", "иордании"),
    ("МИД", "мид"),  # an abbreviation in capitals
    ("Боричем", "боричем"),  # a word the dictionary does not know
    ("Ёмкость", "ёмкость"),
]


@pytest.mark.parametrize(("written", "lower"), ONE_PARSE)
def test_a_capitalised_word_is_parsed_once_with_its_lower_case(
    counted: tuple[Morph, list[str]], written: str, lower: str
) -> None:
    fresh, asked = counted
    readings = fresh.parse(written)
    assert fresh.parse(lower) == readings
    assert _read(readings) == _read(morph()._analyzer.parse(written))
    assert asked == [lower]


# Words pymorphy3 reads otherwise as written: a lone capital is an initial, a Latin word or
# a hyphenated one is parsed as the text writes it
AS_WRITTEN = ["П", "Lima", "Коста-Рика", "IV"]


@pytest.mark.parametrize("written", AS_WRITTEN)
def test_other_words_are_parsed_as_written(counted: tuple[Morph, list[str]], written: str) -> None:
    fresh, asked = counted
    assert _read(fresh.parse(written)) == _read(morph()._analyzer.parse(written))
    assert asked == [written]


def test_a_lone_capital_keeps_its_initials_readings(counted: tuple[Morph, list[str]]) -> None:
    fresh, _ = counted
    assert any("Init" in p.tag for p in fresh.parse("П"))
    assert not any("Init" in p.tag for p in fresh.parse("п"))


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
