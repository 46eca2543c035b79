"""A bare number that ends a sentence as the level of "число X" keeps what it counts and its
scale (forty-second pass, own sentences about Chile–Peru, Egypt–Turkey, Estonia–Latvia):
"Число пострадавших … составило 12" counts people (was unit "пострадать", the participle's
verb lemma), and "число туристов / их число достигло 40" after "35 тысяч … туристов" in its
sentence or the one before is 40 thousand tourists (was 40, or no claim for "их число").
Must-nots: another noun, a part of them ("число задержанных туристов"), a figure far off in
size, or no scale before keep the bare count; "Число погибших достигло 17" stays people."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "unit", "period")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Число пострадавших в Египте составило 12.", [(12, "человек", "")]),
        ("Число раненых в Турции превысило 30.", [(30, "человек", "")]),
        ("В 2023 году Перу посетили 35 тысяч туристов из Чили. В 2024 году их число достигло 40.",
         [(35000, "турист", "2023"), (40000, "турист", "2024")]),
        ("В 2023 году Перу посетили 35 тысяч чилийских туристов. "
         "В 2024 году число туристов достигло 40.",
         [(35000, "турист", "2023"), (40000, "турист", "2024")]),
        ("В 2022 году в Латвии жили 1,2 млн эстонцев, а в 2023 году их число выросло до 1,3.",
         [(1200000, "эстонец", "2022"), (1300000, "эстонец", "2023")]),
        # must not: no scale before, another noun, a part, a figure far off, people's fate
        ("В 2024 году число туристов из Чили в Перу достигло 40.", [(40, "турист", "2024")]),
        ("В 2023 году Перу посетили 35 тысяч туристов из Чили. "
         "В 2024 году число студентов достигло 40.",
         [(35000, "турист", "2023"), (40, "студент", "2024")]),
        ("В 2023 году Перу посетили 35 тысяч туристов из Чили. "
         "В 2024 году число задержанных туристов достигло 40.",
         [(35000, "турист", "2023"), (40, "турист", "2024")]),
        ("Число погибших в Египте достигло 17.", [(17, "человек", "")]),
    ],
)  # fmt: skip
def test_bare_level_units(analyse, text: str, expected: list[tuple]) -> None:
    rows = [(float(v), u, p) for v, u, p in claim_rows(analyse, text, _FIELDS)]
    assert sorted(rows) == sorted((float(v), u, p) for v, u, p in expected)
