"""A Latin Roman numeral after a monarch's name is his regnal number, never an initial: the
period after it ends the sentence, and neither the name before nor the one after takes it
in (names87, forty-sixth pass; own sentences about Egypt and Turkey)."""

from __future__ import annotations

from collections.abc import Callable

from fact_reads import mention_persons, person_names

from kg.model import Extraction


def test_regnal_number_before_sentence_end(run: Callable[[str], Extraction]) -> None:
    text = (
        "Король Египта Фуад II посетил Турцию. После кончины своего старшего брата "
        "Фарука I. Фуад женат на донне Фадиле."
    )
    ex = run(text)
    assert "Фарук I" in person_names(ex)
    assert "Фарук" not in person_names(ex)
    mentions = mention_persons(ex)
    assert "Фарука I" in mentions
    assert not any(m.startswith("I.") or m.endswith("I.") for m in mentions)


def test_cyrillic_initials_kept(run: Callable[[str], Extraction]) -> None:
    # must not: Cyrillic initials before and after a surname stay the name's
    ex = run("В Анкаре выступил А. Б. Демир. Переговоры в Каире вёл Х. Мансур.")
    mentions = mention_persons(ex)
    assert "А. Б. Демир" in mentions
    assert "Х. Мансур" in mentions
