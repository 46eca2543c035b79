"""Verbs of addressing, thanking and praising close a quotation as verbs of saying do ("«…», —
обратился X к военным", "— поблагодарил он журналистов", "— раскритиковал X решение Y";
tail_verbs.txt), and say nothing where they close none (quotes32)."""

from __future__ import annotations

import pytest

NAUSEDA = (
    "Президент Литвы Гитанас Науседа посетил Варшаву, где встретился с президентом Польши "
    "Анджеем Дудой.\n\n"
)
EUROPE = "Вы защищаете не только Литву, но и всю Европу"
THANKS = "Спасибо за вашу службу и мужество"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (NAUSEDA + f"«{EUROPE}», — обратился Науседа к военным.", [("Гитанас Науседа", EUROPE)]),
        (NAUSEDA + f"«{EUROPE}», — обратился он к польским военным.",
         [("Гитанас Науседа", EUROPE)]),
        (NAUSEDA + f"«{THANKS}», — поблагодарил Науседа польских солдат.",
         [("Гитанас Науседа", THANKS)]),
        (NAUSEDA + f"«{EUROPE}», — похвалил польских военных литовский лидер.",
         [("Гитанас Науседа", EUROPE)]),
        (NAUSEDA + f"«{EUROPE}», — раскритиковал Науседа решение Брюсселя.",
         [("Гитанас Науседа", EUROPE)]),
        # must-not: the verbs close no quotation
        (NAUSEDA + "Науседа обратился к военным и поблагодарил их за службу. Он похвалил "
         "солдат, раскритиковав «Северный поток — 2».", []),
        (NAUSEDA + "Науседа поблагодарил военных за операцию «Щит Балтики — 2025».", []),
    ],
)  # fmt: skip
def test_addressing_closes_a_quotation(said, text, expected):
    assert said(text) == expected
