"""Contracts of private persons and firms read as treaties (forty-ninth pass,
h-agreements35), on sentences of our own about Ghana–Togo, Chile–Peru and Norway: a
"договор" or "контракт" that a person named only by a private role signs or concludes
("Вратарь подписал договор", "Пассажир заключил договор") is his own contract, no row; a
state's adjective on the firms of a "между"-phrase ("между ганской и тоголезской
компаниями") makes no state a side, so the paper is the firms' and no row either. An
official's, a named player's, states' and state bodies' papers stay."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → its agreements, sorted: (kind, parties)."""

    def agreements(text: str) -> list[tuple[str, tuple[str, ...]]]:
        found = extract_agreements(analyse(Document(id="t", text=text, date="2025-04-02")))
        return sorted((a.kind, tuple(a.parties)) for a in found)

    return agreements


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a person named only by a private role: his own contract, no paper of states
        ("Вратарь подписал договор о переходе в чилийский клуб.", []),
        ("Пассажир заключил договор о перелёте в Перу.", []),
        ("Гана и Того обсудили туризм. Турист подписал договор о поездке.", []),
        ("Бизнесмены заключили договор о покупке отеля.", []),
        # firms of two states' adjectives between them: the firms', no state a side
        ("Был подписан договор между ганской и тоголезской компаниями.", []),
        ("Подписан контракт между чилийским и перуанским банками о кредите.", []),
        # must-nots: an official's, a named player's, states' and governments' papers stay
        ("Президент Ганы подписал договор о дружбе.", [("Treaty", ("state/GHA",))]),
        ("Министр обороны Норвегии подписал договор о поставках.", [("Treaty", ("state/NOR",))]),
        ("Нападающий Пьер Дюран подписал новый договор.", [("Agreement", ())]),
        (
            "Был подписан договор между ганским и тоголезским правительствами.",
            [("Treaty", ("state/GHA", "state/TGO"))],
        ),
        (
            "Гана и Того обсудили торговлю. Был подписан договор о поставке какао.",
            [("Treaty", ("state/GHA", "state/TGO"))],
        ),
        ("Чили и Перу подписали договор о границе.", [("Treaty", ("state/CHL", "state/PER"))]),
    ],
)
def test_a_private_persons_or_firms_contract_is_no_treaty(read, text, found):
    assert read(text) == found
