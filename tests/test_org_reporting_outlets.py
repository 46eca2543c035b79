"""An agency or paper cited by its name alone after a verb of reporting in the present ("…,
пишет Бернама", "передаёт Бахтар") is an organization, no person; a name the dictionary, the
text or the gazetteer knows as a person's stays one (quotes31)."""

from __future__ import annotations

import pytest

from kg.analyze import analyze
from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.nlp.pipeline import build_pipeline
from kg.resolve import Registry


@pytest.fixture(scope="module")
def named():
    """Text → (person names, organization names) of its entities."""
    nlp = build_pipeline()
    gazetteer = Gazetteer.load()

    def go(text: str) -> tuple[set[str], set[str]]:
        ex = analyze(Document(id="t", text=text, date="2025-03-12"), nlp(text), Registry(gazetteer))
        kinds = {"Person": set(), "Organization": set()}
        for e in ex.entities:
            kinds.get(e.type, set()).add(e.name)
        return kinds["Person"], kinds["Organization"]

    return go


@pytest.mark.parametrize(
    ("text", "persons", "orgs"),
    [
        ("Малайзия и Таиланд усилят охрану общей границы, пишет Бернама.", set(), {"Бернама"}),
        ("Премьер Малайзии прибыл в Бангкок, передаёт Бернама.", set(), {"Бернама"}),
        ("Бразилия и Аргентина подписали соглашение о газе, пишет Кларин.", set(), {"Кларин"}),
        ("Индия и Непал подписали договор о гидроэнергетике, пишет Хинду.", set(), {"Хинду"}),
        # must not: a first name, a past verb, a person the text or the gazetteer names
        ("Премьер Малайзии прибыл в Джакарту, сообщил Анвар.", {"Анвар"}, set()),
        ("Премьер Малайзии прибыл в Джакарту, сообщает Анвар.", {"Анвар"}, set()),
        ("Министр иностранных дел Турции Хакан Фидан прибыл в Каир. Турция готова к диалогу, "
         "пишет Фидан в соцсети X.", {"Хакан Фидан"}, set()),
        ("Индия и Япония расширят сотрудничество, пишет Моди в соцсети X.",
         {"Нарендра Моди"}, set()),
    ],
)  # fmt: skip
def test_an_outlet_cited_by_its_name_alone(named, text, persons, orgs):
    found_persons, found_orgs = named(text)
    assert found_persons == persons
    assert orgs <= found_orgs and not (found_orgs & (persons | {"Анвар", "Фидан", "Моди"}))
