"""Claims (h-claims110): a "на"-term closing the title of a paper that frames the figure's
clause ("В рамках программы … на 2025–2028 годы реализуются 40 проектов") is the paper's, no
period of the figure; a year a dash joins to another after the figure ("6 документов на
2025–2028 годы") starts a span, no bare year; a denied future of managing ("не смогут
получить визы") counts who will be unable, a forecast. Must-nots beside each."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # a programme's term framing the clause is the programme's
        (
            "В рамках программы сотрудничества Японии и Монголии на 2025–2028 годы "
            "реализуются 40 проектов.",
            "",
        ),
        ("По программе обмена на 2024–2026 годы в Японию приедут 300 студентов из Монголии.", ""),
        (
            "В соответствии с соглашением о торговле и инвестициях на 2024–2027 годы Индия "
            "открыла в Непале 12 предприятий.",
            "",
        ),
        # must-nots: the clause's own span, a sum for the paper, a year of the clause
        (
            "В 2025–2028 годах в рамках программы сотрудничества Японии и Монголии "
            "реализуются 40 проектов.",
            "2025/2028",
        ),
        (
            "Катар выделит на программу помощи Гане на 2025–2028 годы 500 млн долларов.",
            "2025/2028",
        ),
        ("В рамках программы в 2024 году в Гане построены 15 школ.", "2024"),
        # a span after the figure is the span, no bare year of its start
        ("Египет и Иордания подписали 3 программы на 2025–2027 годы.", "2025/2027"),
        ("Индия и Вьетнам подписали 6 документов на 2025–2028 годы.", "2025/2028"),
        ("Египет и Тунис подписали 4 соглашения на 2026—2030 годы.", "2026/2030"),
        # must-nots: a bare year after the figure, a year of the clause
        ("В городе проживали 67 200 жителей в 2004.", "2004"),
        ("Египет и Тунис подписали 6 документов в 2025 году.", "2025"),
        # a term in the title of a paper listed beside the count is the paper's
        (
            "Индия и Вьетнам подписали 8 документов, в том числе соглашение о торговле и "
            "инвестициях на 2025–2027 годы.",
            "",
        ),
    ],
)
def test_period_of_paper_terms(analyse, text: str, period: str) -> None:
    assert claim_rows(analyse, text, ("period",)) == [(period,)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Более 300 граждан Ирана не смогут получить визы Канады.", "forecast"),
        ("Около 2 тысяч студентов из Ирана не сумеют выехать в Канаду.", "forecast"),
        # must-nots: who cannot now, a denied deed to come, an aim missed, a possibility
        ("Более 100 граждан Ливии не могут покинуть Тунис.", "actual"),
        ("Две спортсменки из Ирана не примут участие в турнире в Канаде.", "actual"),
        ("Сербия не сумеет привлечь 2 млрд долларов.", "target"),
        ("Более 300 граждан Ирана смогут получить визы Канады.", "forecast"),
    ],
)
def test_denied_future_of_managing(analyse, text: str, status: str) -> None:
    assert [s for (s,) in claim_rows(analyse, text, ("status",))] == [status]
