"""A figure in a relative clause on a counted noun ("650 аварий, в которых погибли 65
человек") is of the counted figure's time; a relative clause on an uncounted noun keeps
no date of the main clause."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "period")


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        (
            "В 2021 году в Польше произошло 650 аварий, в которых погибли 65 человек.",
            65,
            "2021",
        ),
        (
            "В 2019 году в Чехии прошли 30 акций протеста, в которых участвовали 9 тысяч человек.",
            9000,
            "2019",
        ),
        (  # must not: what an agreement signed then provides is not of that year
            "В 2020 году Польша подписала с Литвой соглашение, в котором предусмотрено "
            "выделение 5 млн евро.",
            5000000,
            "",
        ),
        (  # must not: what is yet to be in the things counted is not of their year
            "В 2018 году Румыния закупила 10 вертолетов, в которых будут служить 40 пилотов.",
            40,
            "",
        ),
        (
            "В 2016 году в Хорватии построили 40 домов, в которых будут размещены 120 семей.",
            120,
            "",
        ),
        (
            "В 2016 году в Хорватии сгорели 40 домов, в которых жили 120 человек.",
            120,
            "2016",
        ),
    ],
)
def test_a_relative_clause_on_a_count_takes_its_time(analyse, text, value, period) -> None:
    rows = {int(v): p for v, p in claim_rows(analyse, text, _FIELDS)}
    assert rows[value] == period
