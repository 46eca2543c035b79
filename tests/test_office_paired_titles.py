"""Two titles joined by "и" before two names joined by "и" ("король и королева Бельгии
Филипп и Матильда"): each name holds one title, in their order, both of the state the
second names; never both titles the first name's (h-offices46, the forty-fourth pass; own
sentences about Belgium, Peru, Chile, Estonia)."""

from __future__ import annotations

import pytest

from kg.model import Extraction

Holding = tuple[str, str]  # office, state


def holdings(ex: Extraction) -> dict[str, set[Holding]]:
    """Each named person's text holdings, by the last word of the name."""
    names = {e.key: e.name.split()[-1] for e in ex.entities}
    out: dict[str, set[Holding]] = {}
    for h in ex.facts["offices"]:
        if h.basis == "text":
            out.setdefault(names[h.person], set()).add((h.office, h.state))
    return out


PAIRED = [
    ("Король и королева Бельгии Филипп и Матильда посетили Варшаву.",
     {"Филипп": {("король", "state/BEL")}, "Матильда": {("королева", "state/BEL")}}),
    ("Президент и вице-президент Перу Хуан Перес и Луис Гомес прибыли в Сантьяго.",
     {"Перес": {("президент", "state/PER")}, "Гомес": {("вице-президент", "state/PER")}}),
    ("В Лиме прошла встреча с президентом и вице-президентом Перу Хуаном Пересом и Луисом "
     "Гомесом.",
     {"Перес": {("президент", "state/PER")}, "Гомес": {("вице-президент", "state/PER")}}),
    ("Министр обороны и министр финансов Эстонии Яан Тамм и Тоомас Каск прибыли в Ригу.",
     {"Тамм": {("министр обороны", "state/EST")}, "Каск": {("министр финансов", "state/EST")}}),
    # must not change: one name holds both titles
    ("Президент и премьер-министр Чили Хуан Перес прибыл в Лиму.",
     {"Перес": {("президент", "state/CHL"), ("премьер-министр", "state/CHL")}}),
    # ... and the second name with a title of its own keeps it; the first has both before it
    ("Президент и премьер-министр Перу Хуан Перес и министр обороны Луис Гомес прибыли в "
     "Сантьяго.",
     {"Перес": {("президент", "state/PER"), ("премьер-министр", "state/PER")},
      "Гомес": {("министр обороны", "state/PER")}}),  # the document's only state
    # ... and one title before two names is the first's only
    ("Король Бельгии Филипп и Матильда посетили Варшаву.", {"Филипп": {("король", "state/BEL")}}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PAIRED)
def test_office_paired_titles(extraction_of, text: str, expected: dict[str, set[Holding]]) -> None:
    """Each name holds the title in its place in the pair, of the state named."""
    assert holdings(extraction_of(text, "2025-05-15", "offices")) == expected
