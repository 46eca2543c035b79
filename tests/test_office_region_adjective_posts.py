"""A post whose body is a state's region named by its adjective ("председатель правительства
Аджарской автономной республики X") serves the state the region tables place that region in,
and the region is part of the office, so that it is no national post (sixty-eighth pass,
h-names153; own sentences about Georgia–Turkey, Azerbaijan–Iran, Spain–France,
Russia–Mongolia).
Must-nots: a state's own post keeps its office; an adjective of no region the tables know
gives no state."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction

CASES = [
    ("Делегация Стамбула встретилась с председателем правительства Аджарской автономной "
     "республики Георгием Беридзе.",
     {"Георгий Беридзе": ("председатель правительства Аджарской автономной республики",
                          "state/GEO")}),
    ("Министр образования Нахичеванской автономной республики Эльнур Гасанов посетил Тебриз.",
     {"Эльнур Гасанов": ("министр образования Нахичеванской автономной республики",
                         "state/AZE")}),
    ("Глава правительства Каталонской автономной области Жорди Пуйоль прибыл в Париж.",
     {"Жорди Пуйоль": ("глава правительства Каталонской автономной области", "state/ESP")}),
    ("Министр образования Бурятской республики Иван Петров посетил Улан-Батор.",
     {"Иван Петров": ("министр образования Бурятской республики", "state/RUS")}),
    # must not: a state's own post; an adjective of no place the tables know
    ("Председатель правительства Грузии Георгий Беридзе прибыл в Анкару.",
     {"Георгий Беридзе": ("председатель правительства", "state/GEO")}),
    ("Министр финансов Западной провинции Сунил Фернандо прибыл в Мале.",
     {"Сунил Фернандо": ("министр финансов", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "offices"), CASES)
def test_region_adjective_post(
    run: Callable[[str], Extraction], text: str, offices: dict[str, tuple[str, str]]
) -> None:
    ex = run(text)
    persons = {e.name: (e.office, e.state) for e in ex.entities if e.type == "Person"}
    assert {name: persons.get(name) for name in offices} == offices
