"""One fact told twice in other words is one event (pass forty-third, h-events107): a change
of office the title tells and the lead tells again of the same holder, the post worded
otherwise ("уволил с должности главы полиции Сантьяго" / "освободил от должности
начальника Управления карабинеров"); a ceremony named, then told again by its noun and
adjectives ("На официальной церемонии присутствовали …"). Two holders, a change of another
year, two ceremonies on two days, or a ceremony of its own name stay apart. Sentences of
our own about other states."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

_TITLE = "Президент Чили уволил Переса с должности главы полиции Сантьяго\n\n"
_POST = "от должности начальника Управления карабинеров по столичному региону Сантьяго."

# text → kind, how many events of it
COUNTED = [
    (_TITLE + "Президент Чили Габриэль Борич освободил генерала Хуана Переса " + _POST,
     "Resignation", 1),
    (_TITLE + "5 мая 2023 года президент Чили Габриэль Борич освободил генерала Хуана Переса "
     + _POST, "Resignation", 1),
    # must not: another holder; an earlier year told as background
    (_TITLE + "Президент Чили Габриэль Борич освободил генерала Хорхе Варгаса " + _POST,
     "Resignation", 2),
    (_TITLE + "В 2019 году президент Чили Себастьян Пиньера освободил генерала Хуана Переса "
     + _POST, "Resignation", 2),
    ("В Лиме открыта площадь Габриэлы Мистраль\n\n5 мая 2023 года в столице Перу Лиме "
     "состоялась торжественная церемония открытия площади имени чилийской поэтессы Габриэлы "
     "Мистраль.\n\nНа официальной церемонии присутствовали представители правительства Перу "
     "и посольства Чили.", "Ceremony", 1),
    # must not: two days; a name of its own; one of another time
    ("5 мая 2023 года в Лиме состоялась церемония открытия площади Габриэлы Мистраль. На "
     "прошлогодней церемонии присутствовали министры Перу и Чили.", "Ceremony", 2),
    ("5 мая 2023 года в Лиме состоялась церемония открытия площади Габриэлы Мистраль. 7 мая "
     "2023 года прошла официальная церемония с участием министров Перу и Чили.", "Ceremony", 2),
    ("5 мая 2023 года в Лиме состоялась церемония открытия моста. На следующей неделе пройдёт "
     "церемония закрытия форума с участием министров Перу и Чили.", "Ceremony", 2),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "count"), COUNTED)
def test_one_fact_told_twice(events, text: str, kind: str, count: int) -> None:
    assert len(of_kind(events(text), kind)) == count


def test_the_ceremony_told_again_keeps_its_name_and_gains_its_sides(events) -> None:
    (ceremony,) = of_kind(events(COUNTED[4][0]), "Ceremony")
    assert ceremony.label.startswith("Торжественная церемония открытия площади")
    assert ceremony.date == "2023-05-05"
    assert {"state/CHL", "state/PER"} <= set(ceremony.participants)
