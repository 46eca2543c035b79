"""Titles with a participle's phrase and contracts with firms (forty-ninth pass, h-orgs56),
on sentences of our own about Ukraine–Poland, Kenya–Tanzania and the USA–Canada: a
participle after a comma that agrees with a noun inside the title is the title's ("…
видами фауны, находящимися под угрозой исчезновения"), not one that agrees with the paper
itself ("Конвенцию …, подписанную в 1973 году"); a "договор" with a firm by its noun alone
("с китайской компанией", "с подрядчиком") is a contract, of kind Agreement, and one
"между компаниями" is no paper of the report's states; a treaty of two states stays one."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → its agreements, sorted by title: (title, kind, parties)."""

    def agreements(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
        found = extract_agreements(analyse(Document(id="t", text=text, date="2025-04-02")))
        return sorted((a.title, a.kind, tuple(a.parties)) for a in found)

    return agreements


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Украина и Польша подписали Конвенцию о торговле видами дикой фауны и флоры, "
            "находящимися под угрозой исчезновения.",
            "Конвенция о торговле видами дикой фауны и флоры, находящимися под угрозой "
            "исчезновения",
        ),
        (
            "Кения и Танзания присоединились к Конвенции о защите культурных ценностей, "
            "находящихся на территории государств.",
            "Конвенция о защите культурных ценностей, находящихся на территории государств",
        ),
        (
            "США и Канада подписали Договор о водах, пересекающих границу двух стран.",
            "Договор о водах, пересекающих границу двух стран",
        ),
        # must-nots: a participle of the paper itself, a date, a state in the phrase
        (
            "Украина и Польша подписали Конвенцию о торговле лесом, подписанную в 1973 году.",
            "Конвенция о торговле лесом",
        ),
        (
            "Кения и Танзания подписали соглашение о защите рыб, выловленных в 2020 году.",
            "Соглашение о защите рыб",
        ),
        (
            "США и Канада подписали соглашение о поставках товаров, произведённых в Мексике.",
            "Соглашение о поставках товаров",
        ),
        (
            "США и Канада подписали соглашение о торговле, которое вступит в силу в мае.",
            "Соглашение о торговле",
        ),
    ],
)
def test_a_participle_agreeing_inside_the_title_is_its_words(read, text, title):
    assert [a[0] for a in read(text)] == [title]


@pytest.mark.parametrize(
    ("text", "kind", "parties"),
    [
        # a state's contract with a firm it does not name is no treaty
        (
            "Кения заключила договор с китайской компанией о строительстве дороги.",
            "Agreement",
            ("state/KEN",),
        ),
        (
            "Министерство транспорта Кении подписало договор с подрядчиком на строительство моста.",
            "Agreement",
            ("state/KEN",),
        ),
        (
            "Украина подписала договор с польской компанией о поставке газа.",
            "Agreement",
            ("state/UKR",),
        ),
        # firms' paper by their noun is none of the report's pair (was a Treaty of both)
        (
            "Кения и Танзания обсудили торговлю. Был подписан договор о поставке чая между "
            "компаниями.",
            "",
            (),
        ),
        # must-nots: two states' treaties stay treaties
        (
            "Танзания подписала договор с Кенией о строительстве дороги.",
            "Treaty",
            ("state/KEN", "state/TZA"),
        ),
        (
            "Договор между США и Канадой о границе вступил в силу.",
            "Treaty",
            ("state/CAN", "state/USA"),
        ),
        (
            "Кения и Танзания обсудили торговлю. Был подписан договор о поставке чая.",
            "Treaty",
            ("state/KEN", "state/TZA"),
        ),
    ],
)
def test_a_contract_with_a_firm_is_no_treaty(read, text, kind, parties):
    """Its kind and parties ("" and () for no paper); titles are read as before."""
    assert [(a[1], a[2]) for a in read(text)] == ([(kind, parties)] if kind else [])
