"""A sum that sizes the subject of a modal or a passive of planning ("Выплаты в размере 500
евро должны быть направлены", "Кредит в размере 2 млрд долларов должен быть предоставлен")
takes that predicate's status, a target, as a sum that opens its clause does ("$28 млн должен
заплатить"); a figure of another phrase of the subject ("Компания с капиталом 5 млн") and a
past passive stay actual (h-claims69, own sentences after NEREL-train 56755)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Выплаты в размере 500 евро в месяц должны быть направлены на помощь беженцам из Перу.",
            "target",
        ),
        ("Кредит в размере 2 млрд долларов должен быть предоставлен Перу до конца года.", "target"),
        ("Помощь на сумму 300 млн долларов должна поступить в Чили до конца года.", "target"),
        ("Кредит в размере 2 млрд долларов планируется предоставить Эстонии.", "target"),
        # must-not: another phrase of the subject, a past, a modal of the sum's own verb
        ("Компания с капиталом 5 млн долларов должна подать отчёт властям Чили.", "actual"),
        ("Кредит в размере 2 млрд долларов был предоставлен Перу в 2023 году.", "actual"),
        ("Чили должна выплатить Перу 500 млн долларов.", "target"),
    ],
)
def test_a_sum_of_a_modal_s_subject_is_a_target(analyse, text: str, status: str) -> None:
    assert [s for (s,) in claim_rows(analyse, text, ("status",))] == [status]
