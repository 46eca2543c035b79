"""A letter is a paper only as the agreement lexicon allows it, for the claims that ask too:
"письмо" is one "of" intent (`agreement_kinds.tsv` "of:намерение"), so the sum of "письмо о
кредите на сумму 10 млн долларов" is the credit's, as after "предложение" (was "письмо": the
claims read every head noun of the lexicon as a paper, `title_words.paper_noun`). Must-not: a
letter of intent's sum stays the letter's. Sentences of our own about other pairs (seventieth
pass, h-agreements88)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Президент Египта направил премьер-министру Иордании письмо о кредите на сумму 10 "
         "млн долларов.", "кредит"),
        ("Министр финансов Чили направил министру Перу письмо о проекте на сумму 5 млн "
         "долларов.", "проект"),
        # must-not: a letter of intent is a paper, its sum the letter's, named with what makes
        # it one since h-claims128 (was "письмо")
        ("Кения и Уганда подписали письмо о намерениях на сумму 40 млн долларов.",
         "письмо о намерениях"),
    ],
)  # fmt: skip
def test_a_letter_is_a_paper_only_of_intent(analyse, text, metric):
    assert [m for (m,) in claim_rows(analyse, text, ("metric",))] == [metric]
