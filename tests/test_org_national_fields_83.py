"""A national body's name, its field, its object and its preposition (sixty-ninth pass,
h-orgs83; own sentences about Ghana, Kenya, Uzbekistan, Nepal, Peru, Chile, Mali).

- A body an adjective of group `of_state` makes a state's ("Национальная комиссия по музеям
  Ганы") is of the one state closing its name past the "по" phrase of its field (was none:
  a state past a preposition counted for none). Must-nots: a noun of help governs the state
  ("Национальный фонд поддержки Украины"), no such adjective ("Министерство по делам
  Палестины"), a news agency.
- A verbal noun closing the tagger's span keeps the object it governs by its preposition
  ("Национальные силы реагирования [на стихийные бедствия]", was cut before "на"), up to a
  word of another kind; not a place ("Служба спасения на воде").
- The object of a preposition inside the name that the parse hung outside it is no head:
  "Центра управления в чрезвычайных ситуациях" is "Центр управления в чрезвычайных
  ситуациях" (was "Центра управления в чрезвычайные ситуации")."""

from __future__ import annotations

import pytest
from fact_reads import marked_orgs

# each sentence with the body's mention in brackets, and the body's (name, state)
CASES = [
    (
        "Об этом сообщила [Национальная комиссия по музеям Ганы].",
        ("Национальная комиссия по музеям Ганы", "state/GHA"),
    ),
    (
        "Решение принял [Национальный совет по образованию Кении].",
        ("Национальный совет по образованию Кении", "state/KEN"),
    ),
    (
        "Доклад представил [Государственный комитет по науке Узбекистана].",
        ("Государственный комитет по науке Узбекистана", "state/UZB"),
    ),
    (
        "Экспонаты передала [Национальная комиссия по музеям и памятникам Мали].",
        ("Национальная комиссия по музеям и памятникам Мали", "state/MLI"),
    ),
    (
        "Об этом сообщили [Национальные силы реагирования на стихийные бедствия].",
        ("Национальные силы реагирования на стихийные бедствия", ""),
    ),
    (
        "Кроме того, армия Непала направила в Индию вертолёт, а [Национальные силы "
        "реагирования на чрезвычайные ситуации] — 40 спасателей.",
        ("Национальные силы реагирования на чрезвычайные ситуации", ""),
    ),
    (
        "По данным [Центра управления в чрезвычайных ситуациях], из-за наводнений погибли по "
        "меньшей мере 70 человек, ещё 20 пропали без вести.",
        ("Центр управления в чрезвычайных ситуациях", ""),
    ),
    (
        "По данным [Агентства управления в чрезвычайных ситуациях], в результате землетрясения "
        "погибли по меньшей мере 100 человек.",
        ("Агентство управления в чрезвычайных ситуациях", ""),
    ),
    (
        "По данным [Центра реагирования в чрезвычайных ситуациях], в результате урагана "
        "«Ирма» погибли по меньшей мере 15 человек.",
        ("Центр реагирования в чрезвычайных ситуациях", ""),
    ),
    # must-nots: a state helped, a field naming a state, a news agency, a place after a noun
    (
        "Деньги собрал [Национальный фонд поддержки Украины].",
        ("Национальный фонд поддержки Украины", ""),
    ),
    (
        "Об этом сообщило [Министерство по делам Палестины].",
        ("Министерство по делам Палестины", ""),
    ),
    (
        "Об этом сообщило [Государственное информационное агентство Перу].",
        ("Государственное информационное агентство Перу", ""),
    ),
    ("Спасателей направила [Служба спасения] на воде.", ("Служба спасения", "")),
]


@pytest.mark.parametrize(("marked", "org"), CASES)
def test_a_national_bodys_name_and_state(
    extraction_of,  # noqa: ANN001
    marked: str,
    org: tuple[str, str],
) -> None:
    """The bracketed words are one organization of that name and state."""
    assert marked_orgs(extraction_of, marked) == [org]
