"""Claims (h-claims108): a denied "мочь" in the present or past after the figure counts who
cannot, or could not, a state told, no forecast ("Более 100 граждан Египта не могут покинуть
Судан"); the measure of a thing a future of opening or launching makes is a forecast, as one
a future of building makes is ("откроет завод стоимостью …", as "построят ГЭС мощностью …").
Must-nots beside each."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Более 100 граждан Египта не могут покинуть Судан.", "actual"),
        ("Около 3 тысяч беженцев из Мьянмы не могут вернуться в Бангладеш.", "actual"),
        ("Более 50 граждан Перу не могли покинуть Чили.", "actual"),
        # must-nots: a possibility, a future, a wish weighed, a bound after the modal
        ("Более 200 граждан Индии смогут получить визы Непала.", "forecast"),
        ("Более 50 граждан Перу могут покинуть Чили.", "forecast"),
        ("Более 50 граждан Перу не могли бы покинуть Чили.", "forecast"),
        ("Товарооборот Чили и Перу может достичь 5 млрд долларов.", "forecast"),
        ("Товарооборот Чили и Перу не может превысить 5 млрд долларов.", "forecast"),
        # a thing a future of opening or launching makes
        ("Китай откроет в Лаосе завод стоимостью 150 млн долларов.", "forecast"),
        ("Индия запустит в Непале электростанцию мощностью 600 МВт.", "forecast"),
        # must-nots: the past, a count opened, a credit opened (a plan)
        ("Китай открыл в Лаосе завод стоимостью 150 млн долларов.", "actual"),
        ("Индия запустила в Непале электростанцию мощностью 600 МВт.", "actual"),
        ("Сеть откроет 30 магазинов в Перу.", "forecast"),
        ("Индия откроет Непалу кредитную линию на 300 млн долларов.", "target"),
    ],
)
def test_status_by_modal_and_future_deed(analyse, text: str, status: str) -> None:
    assert [s for (s,) in claim_rows(analyse, text, ("status",))] == [status]
