"""An agentless signing told after a private person's or a firm's doings is theirs, no paper
of the report's two states (events120): "Он прошёл медицинские обследования в космическом
агентстве. После этого был подписан договор о космическом полёте." names no state as a side,
though the report names two; a state's official before it keeps the pair. Sentences of our own
(Chile–Peru, Estonia–Latvia, Egypt–Turkey, Japan–Russia), with must-nots."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document


@pytest.fixture(scope="module")
def parties(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → the parties of each agreement kg reads."""
    return lambda text: [
        tuple(a.parties)
        for a in extract_agreements(analyse(Document(id="t", text=text, date="2025-04-02")))
    ]


PRIVATE = [
    "Японский бизнесмен Юсаку Маэдзава прибыл в Россию. Россия и Япония давно сотрудничают в "
    "космосе. Он прошёл медицинские обследования в Российском космическом агентстве. После "
    "этого был подписан договор о космическом полёте.",
    "Эстонский предприниматель Андрес Тамм прилетел в Ригу. Эстония и Латвия давно "
    "сотрудничают. Тамм прошёл медицинские обследования в латвийской клинике. После этого был "
    "подписан договор о лечении.",
]


@pytest.mark.parametrize("text", PRIVATE)
def test_a_private_persons_signing_has_no_states(parties, text: str) -> None:  # noqa: ANN001
    assert all(not any(p.startswith("state/") for p in ps) for ps in parties(text))


KEPT = [
    # a state's official before: the report's two states
    ("Министр иностранных дел Египта Самех Шукри прибыл в Анкару. Египет и Турция давно "
     "сотрудничают. Он провёл переговоры с министром иностранных дел Турции Хаканом Фиданом. "
     "После этого был подписан договор о сотрудничестве.", ("state/EGY", "state/TUR")),
    # no person's doings before
    ("Министр иностранных дел Египта Самех Шукри прибыл в Анкару. Египет и Турция давно "
     "сотрудничают. Переговоры прошли в министерстве. После этого был подписан договор о "
     "сотрудничестве.", ("state/EGY", "state/TUR")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "pair"), KEPT)
def test_an_officials_signing_keeps_the_pair(
    parties,  # noqa: ANN001
    text: str,
    pair: tuple[str, str],
) -> None:
    assert pair in parties(text)
