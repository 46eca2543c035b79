"""Organizations left over by the fifty-first and fifty-second reviews (forty-seventh pass,
h-orgs53), on sentences of our own about Egypt–Turkey and Estonia–Latvia, with must-nots: a
bare abbreviation of a state's body ("в заявлении МВД") after the text names it with one
state only ("МВД Египта") is that state's body; a known quoted name after a lower-case
adjective of another city than the item's ("тамбовский «Спартак»" of "Спартак-Москва") is
that city's namesake, no QID, and two cities' are two."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.analyze import analyze
from kg.gazetteer import Gazetteer
from kg.model import Document, Extraction
from kg.nlp.pipeline import build_pipeline
from kg.resolve import Registry

# (mention text, entity key, entity name, QID)
Found = list[tuple[str, str, str, str]]


@pytest.fixture(scope="module")
def found() -> Callable[[str], Found]:
    """Text → its organization mentions, by the shipped pipeline and gazetteer."""
    nlp = build_pipeline()
    gazetteer = Gazetteer.load()

    def go(text: str) -> Found:
        ex: Extraction = analyze(
            Document(id="t", text=text, date="2024-05-02"), nlp(text), Registry(gazetteer)
        )
        entities = {e.key: e for e in ex.entities}
        return [
            (m.text, m.entity, entities[m.entity].name, entities[m.entity].wikidata)
            for m in ex.mentions
            if m.type == "Organization"
        ]

    return go


def test_a_bare_abbreviation_is_the_one_states_body(found) -> None:  # noqa: ANN001
    rows = found(
        "Египет и Турция провели переговоры. МВД Египта сообщило о задержании. "
        "В заявлении МВД, опубликованном в Facebook, говорится об угрозе."
    )
    keys = {key for _, key, _, _ in rows}
    assert len(keys) == 1
    assert {name for _, _, name, _ in rows} == {"Министерство внутренних дел Египта"}


def test_a_bare_foreign_ministry_is_latvias(found) -> None:  # noqa: ANN001
    rows = found(
        "Эстония и Латвия подписали договор. МИД Латвии выразил протест. "
        "Позже МИД опубликовал ноту."
    )
    assert {name for _, _, name, _ in rows} == {"Министерство иностранных дел Латвии"}


def test_must_not_join_two_states_bodies(found) -> None:  # noqa: ANN001
    rows = found(
        "Египет и Турция провели переговоры. МВД Египта сообщило о задержании. "
        "МВД Турции опровергло это. В заявлении МВД говорится об угрозе."
    )
    by_text = {text: name for text, _, name, _ in rows}
    assert by_text["МВД Египта"] == "Министерство внутренних дел Египта"
    assert by_text["МВД Турции"] == "Министерство внутренних дел Турции"
    assert by_text["МВД"] not in {by_text["МВД Египта"], by_text["МВД Турции"]}


def test_two_cities_clubs_are_two_namesakes(found) -> None:  # noqa: ANN001
    rows = found(
        "Эстония и Латвия провели матч. Он выступал за таллинский «Спартак» и рижский «Спартак»."
    )
    assert len({key for _, key, _, _ in rows}) == 2
    assert all(not qid for _, _, _, qid in rows)


def test_a_local_club_and_its_bare_name(found) -> None:  # noqa: ANN001
    rows = found(
        "Египет и Турция провели переговоры. Он играл в тамбовском «Спартаке». "
        "Позже «Спартак» вылетел."
    )
    assert len({key for _, key, _, _ in rows}) == 1
    assert all(not qid for _, _, _, qid in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Египет и Турция провели переговоры. Он играл в московском «Спартаке».",
        "Египет и Турция провели переговоры. Он играл в «Спартаке».",
    ],
)
def test_must_not_unlink_the_known_club(found, text: str) -> None:  # noqa: ANN001
    rows = found(text)
    assert [qid for _, _, _, qid in rows] == ["Q29112"]


def test_a_seat_with_its_adjective_is_a_place(found) -> None:  # noqa: ANN001
    rows = found(
        "Египет и Турция провели переговоры. Президенты сфотографировались у Московского "
        "Кремля 29 марта 2011 года. Кремль заявил о поддержке."
    )
    assert [text for text, _, _, _ in rows] == ["Кремль"]  # the speaker only


def test_an_abbreviation_spelt_out_in_lower_case_is_no_body(found) -> None:  # noqa: ANN001
    assert found("В Каире появится центр ПЭТ (позитронно-эмиссионная томография).") == []


def test_must_not_drop_an_abbreviation_spelt_out_capitalised(found) -> None:  # noqa: ANN001
    rows = found("В Анкаре открылся ЦПИ (Центр политических исследований).")
    assert "ЦПИ" in [text for text, _, _, _ in rows]


def test_a_lower_case_department_named_by_its_field_is_one_body(found) -> None:  # noqa: ANN001
    rows = found(
        "Глава управления президента Турции по связям с общественностью заявил журналистам о "
        "визите."
    )
    assert {name for _, _, name, _ in rows} == {
        "Управление президента Турции по связям с общественностью"
    }


def test_must_not_drop_a_capitalised_body_before_its_field(found) -> None:  # noqa: ANN001
    # a capitalised first word may open a body's own name: both stay, as before
    rows = found("Управление президента Турции по связям с общественностью опубликовало заявление.")
    assert "Управление президента Турции" in {name for _, _, name, _ in rows}
