"""A state's adjective right before a firm's Latin name, the firm's noun left out
("саудовская ACWA Power", "с египетской Orascom Construction"), says whose firm it is: the
firm is the side, never the state, however the parse hangs the two (seventy-second pass,
h-agreements92: `title_ends.firm_for_adjective`, read by `subjects.read_subject` and
`parties.with_parties`). Sentences of our own about other firms and pairs; must-nots beside
them: a firm and a state both named as signers, a state's body or government by its
adjective, keep the state."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows

DAY = "2025-06-04"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the subjects: the adjective read as a noun, the name hung on it
        (
            "Египетская компания Elsewedy Electric и саудовская ACWA Power договорились о "
            "совместном строительстве ветряной электростанции.",
            ("org/acwa-power", "org/elsewedy-electric"),
        ),
        (
            "Иорданская компания Arab Potash и саудовская ACWA Power подписали меморандум о "
            "строительстве опреснительного завода.",
            ("org/acwa-power", "org/arab-potash"),
        ),
        # a "с"-side
        (
            "Японская корпорация Marubeni подписала меморандум с египетской Orascom Construction "
            "о строительстве завода.",
            ("org/marubeni", "org/orascom-construction"),
        ),
        (
            "Мексиканская компания Pemex подписала контракт с канадской Brookfield Infrastructure "
            "о строительстве газопровода.",
            ("org/brookfield-infrastructure", "org/pemex"),
        ),
        # must-nots: a state signing beside a firm, a state's body or government
        (
            "Египетская компания Elsewedy Electric и Саудовская Аравия подписали соглашение о "
            "строительстве электростанции.",
            ("org/elsewedy-electric", "state/SAU"),
        ),
        (
            "Индийская Tata Steel и Вьетнам подписали соглашение о строительстве завода.",
            ("org/tata-steel", "state/VNM"),
        ),
        (
            "Японская корпорация Marubeni подписала меморандум с египетским правительством о "
            "строительстве завода.",
            ("org/marubeni", "state/EGY"),
        ),
        (
            "Российский МИД и египетский МИД подписали меморандум о консультациях.",
            ("state/EGY", "state/RUS"),
        ),
    ],
)
def test_a_state_adjective_before_a_firms_name_makes_the_firm_the_side(
    analyse, text: str, parties: tuple[str, ...]
) -> None:  # noqa: ANN001
    found = agreement_rows(analyse, text, DAY)
    assert [row[2] for row in found] == [parties], found


def test_a_with_side_firm_leaves_no_state_in_the_title(analyse) -> None:  # noqa: ANN001
    found = agreement_rows(
        analyse,
        "Египетская компания Elsewedy Electric подписала соглашение с саудовской ACWA Power о "
        "строительстве электростанции.",
        DAY,
    )
    assert {row[:3] for row in found} == {
        ("Соглашение о строительстве электростанции", "signed",
         ("org/acwa-power", "org/elsewedy-electric")),
    }, found  # fmt: skip
