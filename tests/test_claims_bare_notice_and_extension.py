"""Notice of a bare unit and readiness (fiftieth pass, h-claims77): "за год до истечения"
with no number is a notice of one unit ahead of a document's expiry, as "за три месяца до
истечения" is; a term "на три года" right before such a notice stays the document's term,
not a period; what a state is ready to do ("готов поставлять 10 млн кубометров") is a goal,
not a deed done. Own sentences about Chile–Peru, Algeria–Italy, Vietnam–Thailand."""

from __future__ import annotations

import pytest
from claim_runs import claim_of_value, claim_rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Чили может выйти из соглашения, уведомив Перу за год до истечения.",
         [("срок уведомления", 1, "год")]),
        ("Вьетнам вправе расторгнуть договор с Таиландом, уведомив его за неделю до окончания "
         "срока действия договора.", [("срок уведомления", 1, "неделя")]),
        ("Алжир и Италия продлили контракт на 20 лет за месяц до окончания срока его действия.",
         [("срок действия контракта", 20, "год"), ("срок уведомления", 1, "месяц")]),
        ("Чили и Перу продлили соглашение на три года за два месяца до истечения его срока.",
         [("срок действия соглашения", 3, "год"), ("срок уведомления", 2, "месяц")]),
        # must-not: a bare unit before an event that is no expiry, a unit with no "за"
        ("Алжир и Италия встретились за год до выборов.", []),
        ("Вьетнам и Таиланд подпишут договор через год после выборов.", []),
        ("Чили и Перу продлили соглашение на три года.", [("срок действия соглашения", 3, "год")]),
    ],
)  # fmt: skip
def test_a_bare_unit_before_an_expiry_is_notice_of_one(
    analyse, text: str, rows: list[tuple[str, int, str]]
) -> None:
    got = claim_rows(analyse, text, ("metric", "value", "unit"))
    assert [(m, int(v), u) for m, v, u in got] == rows


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("«Мы готовы поставлять до 10 млн кубометров газа в сутки», — заявил министр Алжира, "
         "говоря об Италии.", "target"),
        ("Алжир готов поставлять Италии 10 млрд кубометров газа в год.", "target"),
        ("Вьетнам готов инвестировать в Таиланд 2 млрд долларов.", "target"),
        # must-not: the full adjective readies nothing, deliveries made stay actual
        ("Экспорт готовой продукции из Вьетнама в Таиланд составил 2 млрд долларов.", "actual"),
        ("Алжир поставляет Италии 10 млрд кубометров газа в год.", "actual"),
    ],
)  # fmt: skip
def test_what_a_state_stands_ready_to_do_is_a_goal(analyse, text: str, status: str) -> None:
    assert claim_rows(analyse, text, ("status",)) == [(status,)]


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("Товарооборот Вьетнама и Камбоджи в 2023 году составил 5 млрд долларов. Из них 3 млрд "
         "приходится на экспорт Вьетнама, а 2 млрд — на импорт из Таиланда.", 2000000000,
         "импорт"),
        ("Товарооборот Алжира и Италии составил 9 млрд долларов. Из них 6 млрд приходится на "
         "экспорт Алжира, а 3 млрд — на импорт Алжира.", 3000000000, "импорт"),
        # must-not: the part before the contrast keeps its own, a gap with no noun the verb's
        ("Товарооборот Алжира и Италии составил 9 млрд долларов. Из них 6 млрд приходится на "
         "экспорт Алжира, а 3 млрд — на импорт Алжира.", 6000000000, "экспорт"),
        ("Алжир выделит Италии 3 млрд евро, а Франции — 2 млрд.", 2000000000,
         "выделенные средства"),
    ],
)  # fmt: skip
def test_a_gapped_contrast_part_names_its_own_metric(
    analyse, text: str, value: int, metric: str
) -> None:
    assert claim_of_value(analyse, text, value, ("metric",)) == (metric,)
