"""Claims (h-claims114): a metric's adjectives agree with its noun in the nominative
("совместного инвестиционного фонда" → "совместный инвестиционный фонд", never "совместное …"),
also where the tagger misreads the measure "объёмом" as an adjective; the size of a thing whose
making a verb of weighing weighs ("обсудили создание фонда объёмом …") is a target; a gerund after
an ", а"-clause of its own takes that clause's date. Must-nots beside each."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FUND = "совместного инвестиционного фонда объёмом 300 млн долларов."
_PORT = "строительство нового морского порта стоимостью 800 млн долларов."
_RESERVE = "единого резервного фонда объёмом 400 млн долларов."


@pytest.mark.parametrize(
    ("text", "metric", "status"),
    [
        # adjectives pymorphy3 reads a neuter first agree with their masculine noun; the
        # making of the thing weighed leaves it unmade, its size a target
        (f"Индия и Вьетнам обсудили создание {_FUND}", "совместный инвестиционный фонд", "target"),
        (
            f"Кения и Уганда рассматривают возможность создания {_RESERVE}",
            "единый резервный фонд",
            "target",
        ),
        (f"Чили и Перу обсудили {_PORT}", "стоимость нового морского порта", "target"),
        (
            "Чили и Перу обсудили строительство электростанции мощностью 600 МВт.",
            "мощность электростанции",
            "target",
        ),
        # the measure the tagger reads as an adjective in the genitive still sizes the thing
        (
            "Кения и Уганда договорились создать единый резервный фонд объёмом 400 млн долларов.",
            "единый резервный фонд",
            "target",
        ),
        (
            "Резервный фонд объёмом 400 млн долларов был создан Кенией и Угандой в 2019 году.",
            "резервный фонд",
            "actual",
        ),
        # must-nots: a thing made, one there is, a deed suspended, a making not weighed; a
        # neuter and a genitive after the measure
        (f"Чили и Перу завершили {_PORT}", "стоимость нового морского порта", "actual"),
        (f"Чили и Перу заморозили {_PORT}", "стоимость нового морского порта", "actual"),
        (
            "Чили и Перу построили электростанцию мощностью 600 МВт.",
            "мощность электростанции",
            "actual",
        ),
        (
            f"Индия и Вьетнам обсудили работу {_FUND}",
            "работа совместного инвестиционного фонда",
            "actual",
        ),
        (
            f"Индия и Вьетнам не стали обсуждать создание {_FUND}",
            "совместный инвестиционный фонд",
            "actual",
        ),
        (
            "Капитал совместного предприятия Египта и Иордании составил 50 млн долларов.",
            "капитал совместного предприятия",
            "actual",
        ),
        (
            "Объём совместного инвестиционного фонда Индии и Вьетнама составляет 300 млн долларов.",
            "объём совместного инвестиционного фонда",
            "actual",
        ),
        (
            "Объём прямых японских инвестиций во Вьетнам достиг 5 млрд долларов.",
            "объём прямых инвестиций",
            "actual",
        ),
    ],
)
def test_metric_agrees_and_weighed_making_is_a_target(
    analyse, text: str, metric: str, status: str
) -> None:
    assert claim_rows(analyse, text, ("metric", "status")) == [(metric, status)]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # the gerund goes with the later clause's verb, and takes its date
        (
            "В 2021 году экспорт Чили в Перу составил 2 млрд долларов, а в 2024 году вырос до "
            "3 млрд долларов, увеличившись на 50 %.",
            [("рост экспорта", "2024")],
        ),
        (
            "В 2022 году товарооборот Египта и Иордании составил 1 млрд долларов, но в 2023 "
            "году сократился до 800 млн долларов, снизившись на 20 %.",
            [("снижение товарооборота", "2023")],
        ),
        # must-nots: one clause; a gerund before the later clause; a later clause with no
        # date of its own, coordinated at the first one's time
        (
            "В 2020 году товарооборот Ганы и Того вырос до 500 млн долларов, увеличившись на 10 %.",
            [("рост товарооборота", "2020")],
        ),
        (
            "В 2022 году экспорт Египта в Иорданию вырос до 1 млрд долларов, а импорт "
            "сократился до 400 млн долларов, снизившись на 20 %.",
            [("снижение импорта", "2022")],
        ),
        (
            "В 2022 году товарооборот Кении и Уганды вырос до 900 млн долларов и достиг "
            "рекордного уровня, увеличившись на 12 %.",
            [("рост товарооборота", "2022")],
        ),
    ],
)
def test_gerund_takes_its_clause_date(analyse, text: str, periods: list[tuple[str, str]]) -> None:
    rows = claim_rows(analyse, text, ("metric", "period"))
    assert [r for r in rows if r[0].startswith(("рост", "снижение"))] == periods
