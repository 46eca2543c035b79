"""Organizations, seventieth pass (h-orgs84), own sentences about other pairs of states:

- A border crossing's name in apposition to "пункт пропуска", "пропускной пункт",
  "пограничный переход", "КПП" (groups `crossing`, `crossing_head`, `crossing_of` of
  org_words.txt), or one of a list of such names, set off by a dash too, is a place, no
  organization (`thing_named`): "закрыло два пункта пропуска на границе с Белоруссией —
  «Кузница» и «Бобровники»". Must-nots: "компания «Газпром»", a company beside a crossing.
- A quoted name of states alone joined by a dash after a body's noun (group `founded` or
  `pair_quoted`), with its genitives and adjectives, is named with that noun: "группу дружбы
  «Эстония — Латвия»" is "Группа дружбы «Эстония — Латвия»" (`with_pair_noun`). Must-nots:
  "компания «Газпром»" stays "Газпром", "Матч «Франция — Армения»" is none.
- "парламент X" and the one parliament of X the text names by its own name ("Сейм Литвы",
  "Народная скупщина Сербии", "Народное собрание Болгарии") are one body under that name
  (`_parliament_by_name`). Must-nots: "парламент X" alone, beside two named houses of X
  ("Национальное собрание Франции", "Сенат Франции"), beside another state's."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_org_names

# each text, and the organizations' names kg reads in it
CROSSINGS = [
    ("Правительство Польши закрыло два пункта пропуска на границе с Белоруссией — «Кузница» "
     "и «Бобровники» — на неделю.", {"Правительство Польши"}),
    ("Финляндия закрыла пункты пропуска «Ваалимаа» и «Нуйямаа» на границе с Россией.", set()),
    ("Эстония закрыла пограничный переход «Койдула» и пункт пропуска «Лухамаа» на границе "
     "с Россией.", set()),
    ("Грузия открыла КПП «Верхний Ларс» для грузовиков из России.", set()),
    # must-nots: a company after its kind, a company beside a crossing
    ("Контракт на ремонт границы Польши получила компания «Газпром».", {"Газпром"}),
    ("На пункте пропуска сотрудники компании «Белавиа» проверили грузы из Польши.",
     {"Белавиа"}),
]  # fmt: skip

PAIRS = [
    ("Эстонские депутаты создали группу дружбы «Эстония — Латвия».",
     {"Группа дружбы «Эстония — Латвия»"}),
    ("Премьер Италии приветствовал создание совета «Италия — Албания».",
     {"Совет «Италия — Албания»"}),
    ("Президент Чехии встретился с членами депутатской группы «Чехия — Словакия».",
     {"Депутатская группа «Чехия — Словакия»"}),
    ("Фонд «Греция — Кипр» выделил гранты студентам из Никосии.", {"Фонд «Греция — Кипр»"}),
    # must-nots: a company after its kind, a pair after a noun of no body
    ("Контракт на поставки в Польшу получила компания «Газпром».", {"Газпром"}),
    ("Матч «Франция — Армения» прошёл в Париже.", set()),
]  # fmt: skip

PARLIAMENTS = [
    ("Председатель парламента Сербии прибыл в Будапешт. Спикер Народной скупщины Сербии "
     "провёл переговоры с премьером Венгрии.", {"Народная скупщина Сербии"}),
    ("Делегация парламента Литвы посетила Варшаву. Депутаты Сейма Литвы обсудили с "
     "польскими коллегами безопасность.", {"Сейм Литвы"}),
    ("Председатель парламента Болгарии прибыл в Афины. Спикер Народного собрания Болгарии "
     "провёл переговоры с премьером Греции.", {"Народное собрание Болгарии"}),
    # must-nots: alone, two houses of the state, another state's
    ("Парламент Армении одобрил соглашение с Ираном.", {"Парламент Армении"}),
    ("Делегация парламента Франции прибыла в Ереван. Депутаты Национального собрания Франции "
     "и Сената Франции встретились с коллегами из Армении.",
     {"Парламент Франции", "Национальное собрание Франции", "Сенат Франции"}),
    ("Делегация парламента Грузии прибыла в Ереван и встретилась с депутатами Национального "
     "собрания Армении.", {"Парламент Грузии", "Национальное собрание Армении"}),
]  # fmt: skip


@pytest.fixture(scope="module")
def org_names():
    return shipped_org_names()


@pytest.mark.parametrize(("text", "expected"), [*CROSSINGS, *PAIRS, *PARLIAMENTS])
def test_organization_names(org_names, text: str, expected: set[str]) -> None:  # noqa: ANN001
    """The organizations' names are exactly the case's."""
    assert org_names(text) == expected
