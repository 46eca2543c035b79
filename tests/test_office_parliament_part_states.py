"""An officer of a part of a known state's parliament, the body the gazetteer does not know,
serves the parliament's state ("вице-председатель Постоянного комитета Всекитайского
собрания народных представителей X": China's, the committee's words in the office), as
"председатель Сената Франции" is France's; a part of an international body's parliament
serves no state (seventy-first pass, h-names160; own sentences about China, Vietnam and
the EU)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

PARTS = [
    ("В Пекине делегацию Вьетнама принял вице-председатель Постоянного комитета Всекитайского "
     "собрания народных представителей Ли Хуэйминь.", "Хуэйминь",
     {("вице-председатель Постоянного комитета Всекитайского собрания народных представителей",
       "state/CHN")}),
    ("Делегацию Вьетнама встретил заместитель председателя Постоянного комитета ВСНП Ван Дун.",
     "Дун", {("заместитель председателя Постоянного комитета ВСНП", "state/CHN")}),
    # must not change: a body of no state's parliament, a state named in the title
    ("Выступил вице-председатель Европарламента Отмар Карас.", "Карас",
     {("вице-председатель", "org/european-parliament")}),
    ("Делегацию встретил председатель Сената Франции Жерар Ларше.", "Ларше",
     {("председатель Сената", "state/FRA")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), PARTS)
def test_parliament_part_serves_its_state(
    extraction_of, text: str, surname: str, expected: set[tuple[str, str]]
) -> None:
    """The part's officer is of the parliament's state, its words the office's."""
    ex = extraction_of(text, "2024-03-02", "offices")
    assert text_holdings(ex, surname, ("office", "state")) == expected
