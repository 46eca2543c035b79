"""A figure of a gapped list item, whose dash stands for the verb of the figure before it
("…, а Боливии — 1 млн тонн", "должностных лиц — от 30 тыс. до 50 тыс. песо"), takes that
figure's wish, order or proposed penalty: a goal or a penalty proposed, as the first is; a
deed told and a bracket's current figure stay actual (h-claims69, own sentences)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        (
            "Граждан Чили предлагают штрафовать на суммы от 3 до 5 тыс. песо, должностных лиц "
            "— от 30 тыс. до 50 тыс. песо, юридических лиц — от 70 тыс. до 100 тыс. песо.",
            ["target"] * 6,
        ),
        (
            "Власти Эстонии предлагают штрафовать граждан на 300 евро, а компании — на 5 тысяч "
            "евро.",
            ["target", "target"],
        ),
        (
            "Чили хотела бы продать Перу 2 млн тонн меди, а Боливии — 1 млн тонн.",
            ["target", "target"],
        ),
        (
            "Суд постановил выплатить Перу 12 млн долларов, а Боливии — 3 млн долларов.",
            ["target", "target"],
        ),
        # must-not: deeds told, a penalty in force, the current figure in a bracket
        ("Чили продала Перу 2 млн тонн меди, а Боливии — 1 млн тонн.", ["actual", "actual"]),
        (
            "Суд установил, что Мексика выплатила Канаде 12 млн долларов, а Гватемале — 3 млн "
            "долларов.",
            ["actual", "actual"],
        ),
        (
            "Граждан Эстонии штрафуют на 300 евро, а должностных лиц — на 3 тысячи евро.",
            ["actual", "actual"],
        ),
        (
            "Законопроект предлагает лишать свободы на срок от 5 до 10 лет (по действующему "
            "закону — от 3 до 6 лет).",
            ["actual", "actual", "target", "target"],
        ),
        (
            "Власти Эстонии предлагают штрафовать граждан на 500 евро, сейчас — 300 евро.",
            ["actual", "target"],
        ),
    ],
)
def test_a_gapped_item_takes_the_status_of_the_figure_before(
    analyse, text: str, statuses: list[str]
) -> None:
    assert sorted(s for (s,) in claim_rows(analyse, text, ("status",))) == statuses
