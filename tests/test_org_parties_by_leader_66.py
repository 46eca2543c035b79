"""Parties named by their leader or by a state's adjective, and a body's field phrase
ending in the text's pair (fifty-fifth pass, h-orgs66; own sentences about Peru–Ecuador,
Ghana–Togo, Hungary–Slovakia, France–Belgium, Cuba–Venezuela, Vietnam–Laos, Russia–Poland,
UK–Ireland, Georgia–Armenia):

- "Стратегического совета по сотрудничеству двух стран": "двух стран" is the pair the body
  joins, not words of its name (`_before_pair` in kg/resolve/org_modifiers.py), added or
  tagged; not where the field's noun needs it ("Комитет по делам двух стран"), nor other
  states' genitive ("стран Африки").
- "Партия Орбана победила": a party named by its leader's declined genitive (group `party`
  of `led`, `_party_of` in kg/resolve/org_fields.py), spanning the leader's name, the leader
  a mention nested in it, the party of the leader's state. Must-nots: "партия власти" (a
  figure of speech, `figure_of_speech` in kg/resolve/not_orgs.py), a consignment, a game.
- "Вьетнамская компартия", "КПРФ": the state's party (`_party_by_adjective` in
  kg/resolve/org_parts.py; `_party_state` in kg/resolve/org_naming.py for a known row whose
  name ends with the state); "Центральный комитет Компартии Кубы" and "ЦК Компартии Кубы"
  one part (`_part_size`, `_PART_SHORT` in kg/resolve/org_parts.py)."""

from __future__ import annotations

import pytest
from fact_reads import marked_orgs, text_org_states

from kg.model import Extraction

# each sentence with an organization's mention in brackets, and the name and state kg gives it
NAMED = [
    ("Премьер Перу и президент Эквадора провели заседание [Стратегического совета по "
     "сотрудничеству] двух стран.", "Стратегический совет по сотрудничеству", ""),
    ("Президенты Ганы и Того открыли [Совет по безопасности] наших государств.",
     "Совет по безопасности", ""),
    ("[Партия Орбана] победила на выборах в Венгрии, сообщили в Словакии.",
     "Партия Орбана", "state/HUN"),
    ("[Партия Макрона] проиграла выборы, сообщили в Бельгии.", "Партия Макрона", ""),
    ("[Кубинская компартия] приняла делегацию Венесуэлы.",
     "Коммунистическая партия Кубы", "state/CUB"),
    ("[Вьетнамская компартия] приняла делегацию Лаоса.",
     "Коммунистическая партия Вьетнама", "state/VNM"),
    ("[КПРФ] осудила санкции Польши.", "Коммунистическая партия Российской Федерации",
     "state/RUS"),
    ("[Британская национальная партия] осудила Ирландию.", "Британская национальная партия",
     "state/GBR"),
    # must-nots: a field's noun that needs whose it is; other states' genitive
    ("Президенты Ганы и Того открыли [Комитет по делам двух стран].",
     "Комитет по делам двух стран", ""),
    ("Глава Чили выступил на [Совете по сотрудничеству стран Африки].",
     "Совет по сотрудничеству стран Африки", ""),
]  # fmt: skip


@pytest.mark.parametrize(("marked", "name", "state"), NAMED)
def test_organization_named(extraction_of, marked: str, name: str, state: str) -> None:  # noqa: ANN001
    """The organization's mention in brackets, with its name and its state."""
    assert (name, state) in marked_orgs(extraction_of, marked)


# must-nots: "партия" that names no organization here
NO_PARTY = [
    "Партия власти победила на выборах в Грузии.",
    "В Грузию прибыла партия товаров из Армении.",
    "Партия в шахматы между гроссмейстерами Грузии и Армении длилась час.",
    "Партия Карлсена против Ароняна длилась час в Грузии.",
    "В порт Грузии прибыла партия Пежо из Армении.",
    "Лидер партии Игорь Петров приехал в Армению.",
]


@pytest.mark.parametrize("text", NO_PARTY)
def test_no_party(extraction_of, text: str) -> None:  # noqa: ANN001
    """No organization's mention holds the word "партия"."""
    found = [m for m, _, _ in text_org_states(extraction_of, text)]
    assert not [m for m in found if m.lower().startswith("парти")]


def _mentions(ex: Extraction) -> list[tuple[str, str]]:
    """The text's mentions as (text, the entity's name)."""
    names = {e.key: e.name for e in ex.entities}
    return [(m.text, names[m.entity]) for m in ex.mentions]


def test_leader_nested_in_party(extraction_of) -> None:  # noqa: ANN001
    """The party's mention spans its leader's, who stays a person of their own."""
    ex = extraction_of("Партия Орбана победила на выборах в Венгрии.", "2024-05-15", "offices")
    found = _mentions(ex)
    assert ("Партия Орбана", "Партия Орбана") in found
    assert ("Орбана", "Виктор Орбан") in found


def test_central_committee_forms_are_one(extraction_of) -> None:  # noqa: ANN001
    """A part's contraction and its name in full before one body are one part."""
    text = (
        "Центральный комитет Компартии Кубы принял делегацию Венесуэлы. ЦК Компартии Кубы "
        "выразил поддержку."
    )
    found = {m: n for m, n, _ in text_org_states(extraction_of, text)}
    name = "Центральный комитет Коммунистической партии Кубы"
    assert found.get("Центральный комитет Компартии Кубы") == name
    assert found.get("ЦК Компартии Кубы") == name
