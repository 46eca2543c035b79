"""A title before a body of a party whose gazetteer row gives its state ("ЦК КПВ", "ЦК НРПЛ",
"Центрального комитета Трудовой партии Кореи") serves that state, the body's words the
office's, as "генеральный секретарь ЦК КПК" of China ("Генеральный секретарь ЦК КПВ X" gave
the person the state "Центральный комитет КПВ"). Not the party itself ("лидер КПВ" leads the
party), nor a party the gazetteer does not know (no state invented). Seventy-first pass,
h-names159; own sentences about Vietnam–Laos, Laos–Cambodia, North Korea–China."""

from __future__ import annotations

import pytest

HELD = [
    ("Генеральный секретарь ЦК КПВ Нгуен Ван Хунг прибыл во Вьентьян.", "Хунг",
     {("генеральный секретарь ЦК КПВ", "state/VNM")}),
    ("Во Вьентьяне генсек ЦК НРПЛ Тхонглун Сисулит принял делегацию Камбоджи.", "Сисулит",
     {("генеральный секретарь ЦК НРПЛ", "state/LAO")}),
    ("Председатель Центрального комитета Трудовой партии Кореи Пак Чон Сик прибыл в Пекин.",
     "Сик", {("председатель Центрального комитета Трудовой партии Кореи", "state/PRK")}),
    # must not: the party itself is served, a party the gazetteer does not know gives no state
    ("Лидер КПВ Нгуен Ван Хунг прибыл во Вьентьян.", "Хунг",
     {("лидер", "org/communist-party-of-vietnam")}),
    ("Генеральный секретарь ЦК НПЗ Абель Мендес прибыл в Ханой.", "Мендес",
     {("генеральный секретарь", "org")}),
    ("Генеральный секретарь ЦК Компартии Кубы Хосе Перес прибыл в Ханой.", "Перес",
     {("генеральный секретарь ЦК Компартии", "state/CUB")}),
]  # fmt: skip


def _held(ex, surname: str) -> set[tuple[str, str]]:
    """The person's offices the text gives, a body of no known key as "org"."""
    keys = {e.key for e in ex.entities if e.type == "Person" and e.name.endswith(surname)}
    return {
        (h.office, h.state if h.state.startswith("state/") or h.state in KNOWN else "org")
        for h in ex.facts["offices"]
        if h.basis == "text" and h.person in keys
    }


KNOWN = {"org/communist-party-of-vietnam"}


@pytest.mark.parametrize(("text", "surname", "held"), HELD)
def test_ruling_party_body(extraction_of, text: str, surname: str, held: set) -> None:
    assert _held(extraction_of(text, "2026-12-04", "offices"), surname) == held
