"""A bare deputy's title with its genitive complement joined by "и" before the title of a
named person is that person's other office ("заместитель премьер-министра и министр
иностранных дел Сербии X": a deputy premier of Serbia), not lost as the premier's genitive
that agrees with no title after "и", in the nominative or an oblique case. Must-nots: a
bare title of no complement keeps both offices as before. Own sentences about Serbia–Croatia,
Chile (sixtieth pass, h-names130)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

CASES = [
    ("Заместитель премьер-министра и министр иностранных дел Сербии Марко Джурич прибыл в "
     "Загреб.", "Джурич",
     {("заместитель премьер-министра", "state/SRB"), ("министр иностранных дел", "state/SRB")}),
    ("Заместитель председателя правительства и министр финансов Чили Хуан Перес прибыл в Лиму.",
     "Перес",
     {("заместитель председателя правительства", "state/CHL"), ("министр финансов", "state/CHL")}),
    ("Президент Хорватии встретился с заместителем премьер-министра и министром иностранных "
     "дел Сербии Марко Джуричем.", "Джурич",
     {("заместитель премьер-министра", "state/SRB"), ("министр иностранных дел", "state/SRB")}),
    # must not: a bare title of no complement, as before
    ("Президент Хорватии встретился с премьер-министром и министром иностранных дел Сербии "
     "Марко Джуричем.", "Джурич",
     {("премьер-министр", "state/SRB"), ("министр иностранных дел", "state/SRB")}),
    ("Премьер-министр и министр финансов Чили Хуан Перес прибыл в Лиму.", "Перес",
     {("премьер-министр", "state/CHL"), ("министр финансов", "state/CHL")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_coordinated_deputy_title(extraction_of, text: str, surname: str, expected) -> None:  # noqa: ANN001
    got = text_holdings(extraction_of(text, "2025-03-12", "offices"), surname, ("office", "state"))
    assert got == expected
