"""Leftovers of the forty-sixth pass (forty-seventh pass, h-orgs52), on sentences of our own
about Egypt–Turkey and Chile–Peru, with must-nots: a state's body by its lower-case
contraction before the state ("минобороны Турции", "минфина Чили") is that state's body as
the full name is; a known name matched inside a name that goes on with a state the item is
not placed in ("Большой театр Перу") is a namesake, no QID; an abbreviation's full names the
links source gives in its row ("Международная федерация футбола" of "ФИФА") link it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.analyze import analyze
from kg.data.links_org_names import expansions, written_state
from kg.data.links_table import Item
from kg.gazetteer import Gazetteer
from kg.model import Document, Extraction
from kg.nlp.pipeline import build_pipeline
from kg.resolve import Registry

# (mention text, entity name, QID, state)
Found = list[tuple[str, str, str, str]]


@pytest.fixture(scope="module")
def extract() -> Callable[[str], Extraction]:
    """Text → its extraction, by the shipped pipeline and gazetteer."""
    nlp = build_pipeline()
    gazetteer = Gazetteer.load()
    return lambda text: analyze(
        Document(id="t", text=text, date="2024-05-02"), nlp(text), Registry(gazetteer)
    )


@pytest.fixture(scope="module")
def found(extract) -> Callable[[str], Found]:  # noqa: ANN001
    """Text → its organization mentions."""

    def go(text: str) -> Found:
        ex = extract(text)
        entities = {e.key: e for e in ex.entities}
        return [
            (m.text, entities[m.entity].name, entities[m.entity].wikidata, entities[m.entity].state)
            for m in ex.mentions
            if m.type == "Organization"
        ]

    return go


def _by_text(rows: Found) -> dict[str, tuple[str, str, str]]:
    return {text: (name, qid, state) for text, name, qid, state in rows}


CONTRACTED = [
    ("Египет и Турция провели переговоры. Об этом сообщили в минобороны Турции.",
     "минобороны Турции", "Министерство обороны Турции", "state/TUR"),
    ("Чили и Перу подписали соглашение. По данным минфина Чили, сумма составит 10 млн долларов.",
     "минфина Чили", "Министерство финансов Чили", "state/CHL"),
    ("Чили и Перу подписали соглашение. Представитель минэкономразвития Перу подтвердил это.",
     "минэкономразвития Перу", "Министерство экономического развития Перу", "state/PER"),
    ("Египет и Турция провели учения. Об этом заявили в генштабе Турции.",
     "генштабе Турции", "Генеральный штаб Турции", "state/TUR"),
    # must not: the capitalised short name keeps its reading
    ("Египет и Турция провели переговоры. МИД Египта выразил протест.",
     "МИД Египта", "Министерство иностранных дел Египта", "state/EGY"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention", "name", "state"), CONTRACTED)
def test_a_lower_case_contraction_before_its_state_is_its_body(
    found, text: str, mention: str, name: str, state: str
) -> None:
    orgs = _by_text(found(text))
    assert orgs.get(mention) == (name, "", state), orgs


def test_must_not_give_a_bare_contraction_a_state_in_a_text_of_two(extract) -> None:  # noqa: ANN001
    """A contraction with no state after it, in a text about two states, names no state's
    body."""
    ex = extract("Египет и Турция провели учения. Как сообщили в минобороны, учения прошли.")
    assert not [e for e in ex.entities if e.type == "Organization" and e.state], ex.entities


OFFICES = [
    # the body is found; a spokesman's noun is no post of it, as before
    ("Египет и Турция провели переговоры. Представитель минобороны Турции Ахмет Йылмаз "
     "заявил, что учения пройдут в мае.", "минобороны Турции", []),
    # the title rules' posts stay as they were
    ("Египет и Турция провели переговоры. Глава минобороны Турции Хулуси Акар прибыл в Каир.",
     "минобороны Турции", [("министр обороны", "state/TUR")]),
    # a capitalised contraction the tagger names keeps its title's body
    ("Пресс-секретарь Госдепартамента США Джен Псаки заявила, что Египет и Турция должны "
     "возобновить переговоры.", "Госдепартамента США",
     [("пресс-секретарь Госдепартамента", "state/USA")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "body", "posts"), OFFICES)
def test_must_not_make_an_office_of_a_contraction_no_title_rule_reads(
    extract, text: str, body: str, posts: list[tuple[str, str]]
) -> None:  # noqa: ANN001
    ex = extract(text)
    assert body in {m.text for m in ex.mentions if m.type == "Organization"}
    assert [(o.office, o.state) for o in ex.facts["offices"]] == posts


def test_a_known_name_going_on_with_a_state_is_a_namesake(found) -> None:  # noqa: ANN001
    orgs = _by_text(found("Чили и Перу провели концерт. Большой театр Перу принял гостей из Чили."))
    assert not any(qid for _, qid, _ in orgs.values()), orgs


def test_must_not_unlink_the_bare_name_nor_a_bank_of_its_own_state(found) -> None:  # noqa: ANN001
    orgs = _by_text(found("В Москве Большой театр открыл сезон. Банк России снизил ставку."))
    assert orgs["Большой театр"][1] == "Q138908", orgs
    assert orgs["Банк России"][1] == "Q806651", orgs


def test_an_abbreviations_full_name_links_it(found) -> None:  # noqa: ANN001
    orgs = _by_text(
        found(
            "Сборная Чили оштрафована. Об этом сообщила Международная федерация футбола. "
            "Перу обратилось в Международную федерацию футбольных ассоциаций."
        )
    )
    assert orgs["Международная федерация футбола"][1] == "Q253414", orgs
    assert orgs["Международную федерацию футбольных ассоциаций"][1] == "Q253414", orgs


def test_expansions_of_an_abbreviation_row() -> None:
    item = Item(
        "Q1",
        "ORGANIZATION",
        "ЛАФ",
        2,
        ("ЛАФ", "Латинская ассоциация футбола", "Латинской ассоциации футбола", "ФК ЛАФ"),
    )
    assert expansions(item, "ЛАФ") == ["Латинская ассоциация футбола"]
    # must not: a row labelled by a full name, nor a kind of body every state has
    assert expansions(item, "Латинская ассоциация футбола") == []
    body = Item("Q2", "ORGANIZATION", "МО", 2, ("Министерство обороны",))
    assert expansions(body, "МОО") == []


def test_the_state_a_form_writes_after_the_name_is_the_items() -> None:
    gazetteer = Gazetteer.load()
    agency = Item(
        "Q3",
        "ORGANIZATION",
        "Агентство морской охраны",
        2,
        ("Агентства морской охраны Перу", "Агентство морской охраны"),
    )
    assert written_state(agency, "Агентство морской охраны", gazetteer) == "PER"
    # must not: forms of two states, or a state after another name, give none
    two = Item(
        "Q4",
        "ORGANIZATION",
        "Агентство морской охраны",
        2,
        ("Агентства морской охраны Перу", "Агентство морской охраны Чили"),
    )
    assert written_state(two, "Агентство морской охраны", gazetteer) == ""
    other = Item("Q5", "ORGANIZATION", "Большой театр", 2, ("Посольства Перу", "Большой театр"))
    assert written_state(other, "Большой театр", gazetteer) == ""
