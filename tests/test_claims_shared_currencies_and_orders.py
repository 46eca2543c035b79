"""A bare currency name several states share ("фунтов", "лир", "динаров") is the currency
of the state its sentence or document names, its adjective or "стерлингов" kept; a sum a
court or a government orders paid ("постановил выплатить", "обязал выплатить") is due, a
target (h-claims68, own sentences)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Правительство Египта выделит 500 млн фунтов на строительство дорог.", "EGP"),
        (
            "Египет и Турция подписали соглашение о торговле\n\n"
            "Египет и Турция подписали соглашение. Власти выделят 500 млн фунтов на "
            "строительство порта.",
            "EGP",
        ),
        ("Власти Ливана выделили 300 млрд лир на восстановление порта.", "LBP"),
        ("Правительство Ирака выделило 300 млн динаров на помощь беженцам.", "IQD"),
        ("Власти Иордании выделили 20 млн динаров на помощь беженцам.", "JOD"),
        # must-not: the adjective or "стерлингов" names the currency, two states, the default
        ("Египет получил от Великобритании 20 млн британских фунтов помощи.", "GBP"),
        ("Египет получил 20 млн фунтов стерлингов от Великобритании.", "GBP"),
        ("Великобритания выделит Египту 20 млн фунтов.", "GBP"),
        ("Власти Египта выделили 300 млн турецких лир на помощь Турции.", "TRY"),
        ("Турция выделит 2 млрд лир на восстановление пострадавших районов.", "TRY"),
        ("Сербия выделит 300 млн динаров на помощь пострадавшим.", "RSD"),
        ("Власти Чили выделили 300 млн песо на помощь пострадавшим.", "CLP"),
        ("Канада выделит Мексике 20 млн долларов.", "USD"),
        ("Канада выделит Мексике 20 млн канадских долларов.", "CAD"),
    ],
)
def test_a_shared_currency_name_is_the_named_state_s(analyse, text: str, unit: str) -> None:
    assert [u for (u,) in claim_rows(analyse, text, ("unit",))] == [unit]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Суд Чили постановил выплатить Перу 12 млн долларов компенсации.", "target"),
        ("Суд обязал Мексику выплатить Канаде 12,5 млн долларов компенсации.", "target"),
        ("Суд постановил выплатить Перу 12 млн долларов компенсации", "target"),
        ("Правительство Египта постановило выделить 100 млн фунтов на ремонт школ.", "target"),
        ("Президент Мексики поручил выделить 50 млн песо на ремонт школ.", "target"),
        # must-not: the sum paid, an order told of a payment made
        ("Мексика выплатила Канаде 12,5 млн долларов компенсации.", "actual"),
        (
            "Мексика выплатила Канаде 12,5 млн долларов компенсации, как постановил суд.",
            "actual",
        ),
        ("Суд постановил, что Мексика уже выплатила Канаде 12,5 млн долларов.", "actual"),
    ],
)
def test_a_sum_ordered_paid_is_due(analyse, text: str, status: str) -> None:
    assert [s for (s,) in claim_rows(analyse, text, ("status",))] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Чили будет выделять Перу по 100 млн долларов в год на развитие дорог.", "target"),
        ("Чили будет ежегодно выделять Перу 100 млн долларов.", "target"),
        ("Власти Мексики будут тратить на охрану границы 2 млрд песо.", "target"),
        # must-not: a present or a past of the same verbs, a compound future of a level
        ("Мексика выделяет Канаде по 5 млн долларов в год.", "actual"),
        ("Чили выделяла Перу по 100 млн долларов в год.", "actual"),
        ("Товарооборот Египта и Турции будет составлять 5 млрд долларов.", "forecast"),
    ],
)
def test_a_compound_future_of_spending_is_a_plan(analyse, text: str, status: str) -> None:
    assert [s for (s,) in claim_rows(analyse, text, ("status",))] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a law, a rule or a levy in force that "обязывает" states what holds now (h-fix45b)
        (
            "Данный сбор, предусмотренный статьёй 120 Гражданского кодекса Чили, обязывает "
            "импортёров осуществлять отчисления в размере 2% от стоимости товара.",
            "actual",
        ),
        (  # the levy the parser reads as the object, a nominative before its verb
            "В настоящий момент данный сбор, предусмотренный статьёй 120 Гражданского кодекса "
            "Чили, обязывает импортёров и производителей техники осуществлять отчисления в "
            "размере 2% от стоимости товара в пользу Союза правообладателей.",
            "actual",
        ),
        (
            "Закон Эстонии обязывает работодателей перечислять в пенсионный фонд 4% от зарплаты.",
            "actual",
        ),
        # must-not: a court or an official ordering a payment sets a sum due
        ("Суд Лимы обязал компанию выплатить компенсацию в размере 3 млн долларов.", "target"),
        ("Суд Лимы обязывает компанию выплатить Перу 3 млн долларов.", "target"),
        ("Закон обязал Мексику выплатить Канаде 5 млн долларов.", "target"),
    ],
)
def test_a_law_in_force_that_obliges_states_what_holds(analyse, text: str, status: str) -> None:
    assert [s for (s,) in claim_rows(analyse, text, ("status",))] == [status]
