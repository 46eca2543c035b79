"""An agency or paper cited by its name alone after a verb of reporting in the present ("…,
пишет Бернама", "передаёт Бахтар") or after an outlet's noun ("агентство Петра") is an
organization, no person; a name the dictionary, the text or the gazetteer knows as a
person's stays one, and so does an outlet's officer (quotes31)."""

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


_PERSONS_WORDS = {"Анвар", "Фидан", "Моди", "Петров"}  # no organization of them either


@pytest.mark.parametrize(
    ("text", "persons", "orgs"),
    [
        ("Малайзия и Таиланд усилят охрану общей границы, пишет Бернама.", set(), {"Бернама"}),
        ("Премьер Малайзии прибыл в Бангкок, передаёт Бернама.", set(), {"Бернама"}),
        ("Бразилия и Аргентина подписали соглашение о газе, пишет Кларин.", set(), {"Кларин"}),
        ("Индия и Непал подписали договор о гидроэнергетике, пишет Хинду.", set(), {"Хинду"}),
        # after an outlet's noun, the name is the outlet's too, not only no person's
        ("Иордания осудила удар по Газе, сообщает агентство Петра.", set(), {"Петра"}),
        ("Индия и Непал подписали договор о транзите, пишет газета Хинду.", set(), {"Хинду"}),
        ("По данным агентства Бернама, премьер-министр Малайзии посетит Токио.", set(),
         {"Бернама"}),
        # must not: a first name, a past verb, a person the text or the gazetteer names
        ("Премьер Малайзии прибыл в Джакарту, сообщил Анвар.", {"Анвар"}, set()),
        ("Премьер Малайзии прибыл в Джакарту, сообщает Анвар.", {"Анвар"}, set()),
        ("Министр иностранных дел Турции Хакан Фидан прибыл в Каир. Турция готова к диалогу, "
         "пишет Фидан в соцсети X.", {"Хакан Фидан"}, set()),
        ("Индия и Япония расширят сотрудничество, пишет Моди в соцсети X.",
         {"Нарендра Моди"}, set()),
        ("Директор агентства Марко Петрович посетил Белград.", {"Марко Петрович"}, set()),
        ("Главный редактор газеты Петров прибыл в Белград.", {"Петров"}, set()),
    ],
)  # fmt: skip
def test_an_outlet_cited_by_its_name_alone(named, text, persons, orgs):
    found_persons, found_orgs = named(text)
    assert found_persons == persons
    assert orgs <= found_orgs and not found_orgs & (persons | _PERSONS_WORDS)
