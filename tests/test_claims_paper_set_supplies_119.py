"""Claims (h-claims119): goods received by measure are supplies, never a "сумма" ("получит 2
млрд кубометров газа" → поставки газа, a forecast as a future of receiving money is); a future
deed's figure told under a paper ("согласно документу", "по соглашению", "в соответствии с
протоколом") is what the paper sets, a target. Must-nots beside each."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a paper sets the future amount: a target, of the thing received or supplied
        (
            "Согласно документу, в 2027 году Непал получит из водохранилища не менее 3 млрд "
            "кубометров воды.",
            ("поставки воды", "target"),
        ),
        (
            "В соответствии с протоколом Армения получит в 2027 году 2 млрд кубометров газа.",
            ("поставки газа", "target"),
        ),
        (
            "По соглашению Лаос поставит во Вьетнам 1,5 млрд кВт·ч электроэнергии в 2027 году.",
            ("поставки электроэнергии", "target"),
        ),
        (
            "Согласно контракту, Монголия поставит Китаю 10 млн тонн угля.",
            ("поставки угля", "target"),
        ),
        # received goods with no paper: supplies, a forecast ahead, actual done
        ("Армения получит 2 млрд кубометров газа.", ("поставки газа", "forecast")),
        ("Азербайджан получил в 2025 году 5 млрд кубометров газа.", ("поставки газа", "actual")),
        # must-nots: a source of data is no paper; a past or present deed under a paper; a
        # frame of talks; money and seats received stay as they were
        (
            "По данным министерства, Лаос поставит во Вьетнам 1,5 млрд кВт·ч электроэнергии.",
            ("поставки электроэнергии", "forecast"),
        ),
        (
            "По соглашению Лаос поставил во Вьетнам 1,5 млрд кВт·ч электроэнергии.",
            ("поставки электроэнергии", "actual"),
        ),
        (
            "По договору Индия ежегодно получает от Непала 2 млрд кВт·ч электроэнергии.",
            ("поставки электроэнергии", "actual"),
        ),
        (
            "По итогам переговоров Монголия поставит Китаю 10 млн тонн угля.",
            ("поставки угля", "forecast"),
        ),
        ("В 2025 году Туркмения поставила 30 млрд кубометров газа.", ("поставки газа", "actual")),
        ("Сербия получит 300 млн долларов.", ("полученная сумма", "forecast")),
    ],
)
def test_paper_set_supplies(analyse, text: str, row: tuple[str, str]) -> None:
    assert claim_rows(analyse, text, ("metric", "status")) == [row]
