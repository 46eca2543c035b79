"""Claims of a figure "в размере"/"в сумме"/"в объёме" of a passive verb: the subject the verb
sets, pays or grants is the metric ("пенсия установлена в размере 200 евро" is the pension,
never a bare "размер"), while a noun before the measure word and an active verb's subject
keep their own readings."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "unit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Минимальная пенсия в Латвии установлена в размере 200 евро.",
            ("минимальная пенсия", "EUR"),
        ),
        ("Пособие в Эстонии выплачивается в размере 60 евро.", ("пособие", "EUR")),
        (
            "Минимальный размер оплаты труда в Казахстане установлен в сумме 85 тыс. тенге.",
            ("минимальный размер оплаты труда", "KZT"),
        ),
        ("Компенсация была выплачена Литве в размере 5 млн евро.", ("компенсация", "EUR")),
        ("Помощь Сирии выделена в объеме 300 млн долларов.", ("помощь", "USD")),
        # a short participle after the subject is its predicate, no word of the metric
        ("Штраф назначен Эстонии в размере 3 млн евро.", ("штраф", "EUR")),
        ("Кредит Вьетнаму будет предоставлен в размере 1 млрд долларов.", ("кредит", "USD")),
    ],
)
def test_a_passive_verbs_subject_is_what_the_figure_sizes(
    analyse, text: str, expected: tuple[str, str]
) -> None:
    assert claim_rows(analyse, text, _FIELDS) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun right before the measure word is what it sizes, as before
        ("Япония выделила Вьетнаму кредит в размере 1 млрд долларов.", ("кредит", "USD")),
        (
            "Правительство Литвы выплатило компенсации в размере 5 млн евро.",
            ("компенсации", "EUR"),
        ),
        # an active verb's subject pays; it is never the metric
        (
            "Министерство финансов Польши перечислило Украине в размере 50 млн злотых.",
            ("размер", "PLN"),
        ),
    ],
)
def test_a_noun_before_the_measure_word_and_an_active_subject_stay(
    analyse, text: str, expected: tuple[str, str]
) -> None:
    assert claim_rows(analyse, text, _FIELDS) == [expected]
