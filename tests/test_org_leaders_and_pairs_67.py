"""Parties named by their leader's undeclined name or swallowing him, and councils named by
their field with the text's pair or a next sentence after them (fifty-sixth pass, h-orgs67;
own sentences about Peru–Bolivia, Italy–Malta, Israel–Cyprus, Hungary–Austria, Ghana–Togo,
Bolivia–Paraguay):

- "партии Кастильо", "Партия Кастильо": a person's name that never declines after a party's
  noun is its leader's (`undeclined_leader` in kg/resolve/not_orgs.py, read by `_party_of`
  in kg/resolve/org_fields.py); the tagger's "[Партии Кастильо]", "[Партия Орбана]" over
  the person is cut to the party's noun, the person read on his own (`party_leader`), and
  the party spans him. Must-nots: "Партия регионов", "партия «Единство»", "Глава партии
  Кастильо уехал" (the parse hangs him on the head), "Лидер партии Педро Кастильо".
- "Совета по торговле двух стран Ганы и Того": the pair's words and the states named beside
  them are none of the name (`_before_pair` in kg/resolve/org_modifiers.py; the states are
  no region, `_region` in kg/nlp/gazetteer_filters.py), and a body the pair follows is of
  neither state alone (`_bare_body_name` in kg/resolve/org_parts.py); a tagged name over a
  full stop ends before it (`before_full_stop` in kg/resolve/org_quotes.py), and takes in no
  state opening the next sentence (`tagged_org`). Must-not: "Совет по торговле Боливии и
  Парагвая" is the two states' joint council, named with them: its name keeps them, their
  mentions nested in it, and it is of no one state."""

from __future__ import annotations

import pytest
from fact_reads import marked_orgs
from spacy.language import Language
from spacy.tokens import Span

from kg.gazetteer import Gazetteer
from kg.model import Document, Extraction
from kg.resolve import Registry, resolve

# each text with an organization's mention in brackets, and the name and state kg gives it
NAMED = [
    ("Президент Перу Педро Кастильо выступил в Лиме. Делегация [Партии Кастильо] прибыла в "
     "Боливию.", "Партия Кастильо", "state/PER"),
    ("Представители [партии Кастильо] прибыли в Боливию.", "Партия Кастильо", ""),
    ("[Партия Кастильо] отправила делегацию в Боливию.", "Партия Кастильо", ""),
    ("[Партия Берлускони] отправила делегацию на Мальту.", "Партия Берлускони", "state/ITA"),
    ("[Партия Нетаньяху] отправила делегацию на Кипр.", "Партия Нетаньяху", "state/ISR"),
    ("[Партия Орбана] отправила делегацию в Австрию.", "Партия Орбана", "state/HUN"),
    ("Министр торговли Ганы выступил на [Совете по торговле] обеих стран.",
     "Совет по торговле", ""),
    ("Министр торговли Ганы выступил на заседании [Совета по торговле] двух стран Ганы и Того.",
     "Совет по торговле", ""),
    ("Министр торговли Ганы выступил на [Совете по торговле].", "Совет по торговле Ганы", ""),
    # must-nots: no person in the party's name; a joint council named with its states
    ("[Партия регионов] отправила делегацию в Боливию.", "Партия регионов", ""),
    ("Партия «[Единство]» отправила делегацию в Боливию.", "Единство", ""),
    ("Министры Ганы и Того открыли [Совет по торговле Боливии и Парагвая].",
     "Совет по торговле Боливии и Парагвая", ""),
]  # fmt: skip


@pytest.mark.parametrize(("marked", "name", "state"), NAMED)
def test_organization_named(extraction_of, marked: str, name: str, state: str) -> None:  # noqa: ANN001
    """The organization's mention in brackets, with its name and its state."""
    assert (name, state) in marked_orgs(extraction_of, marked)


def _mentions(ex: Extraction) -> list[tuple[str, str, str]]:
    """The text's mentions as (text, type, the entity's name)."""
    names = {e.key: e.name for e in ex.entities}
    return [(m.text, m.type, names[m.entity]) for m in ex.mentions]


# each text with the party's or the council's mention and the one named inside or beside it
NESTED = [
    ("Представители партии Кастильо прибыли в Боливию.", "партии Кастильо",
     ("Кастильо", "Person", "Кастильо")),
    ("Партия Берлускони отправила делегацию на Мальту.", "Партия Берлускони",
     ("Берлускони", "Person", "Сильвио Берлускони")),
    ("Партия Орбана отправила делегацию в Австрию.", "Партия Орбана",
     ("Орбана", "Person", "Виктор Орбан")),
    ("Министр торговли Ганы выступил на заседании Совета по торговле двух стран Ганы и Того.",
     "Совета по торговле", ("Того", "State", "Того")),
    # must-not: a joint council named with its states keeps their mentions inside it
    ("Министры Ганы и Того открыли Совет по торговле Боливии и Парагвая.",
     "Совет по торговле Боливии и Парагвая", ("Парагвая", "State", "Парагвай")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "org", "mention"), NESTED)
def test_named_inside_stays_own(
    extraction_of,  # noqa: ANN001
    text: str,
    org: str,
    mention: tuple[str, str, str],
) -> None:
    """The leader or the state named inside or beside the name is a mention of its own."""
    found = _mentions(extraction_of(text, "2024-05-15", "offices"))
    assert mention in found
    assert org in [m for m, kind, _ in found if kind == "Organization"]


# must-nots: the person's name is no party's here
NO_PARTY = [
    "Глава партии Кастильо уехал в Боливию.",
    "Лидер партии Педро Кастильо посетил Боливию.",
]


@pytest.mark.parametrize("text", NO_PARTY)
def test_no_party_of_leader(extraction_of, text: str) -> None:  # noqa: ANN001
    """No organization is read; the person stays."""
    ex = extraction_of(text, "2024-05-15", "offices")
    assert not [m for m in _mentions(ex) if m[1] == "Organization"]
    assert any(m[1] == "Person" and m[0].endswith("Кастильо") for m in _mentions(ex))


def test_tagged_name_over_a_full_stop(nlp: Language) -> None:
    """A tagged name that runs over its sentence's full stop ends before it and takes in no
    state opening the next sentence (the tagger so spans a text's last words)."""
    gazetteer = Gazetteer.load()
    text = "Министр выступил на Совете по торговле обеих стран. Перу поддержало проект."
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Совете")
    stop = next(t.i for t in doc if t.text == ".") + 1
    doc.ents = [e for e in doc.ents if e.start >= stop] + [Span(doc, start, stop, "ORG")]
    entities, mentions = resolve(
        doc, Document(id="t", text=text, date="2024-05-15"), Registry(gazetteer)
    )
    names = {e.key: e.name for e in entities}
    found = [(m.text, m.type, names[m.entity]) for m in mentions]
    assert ("Совете по торговле", "Organization", "Совет по торговле") in found
    assert ("Перу", "State", "Перу") in found
