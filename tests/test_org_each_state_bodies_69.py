"""Bodies of two states, founded bodies, regions (fifty-seventh pass, h-orgs69; own sentences
about Poland–Czechia, Egypt–Jordan, Mali–Niger, Vietnam–Laos, Kenya–Uganda, the Balkans,
Austria–Italy, Japan–Korea):

- "Главы МИД Польши и Чехии": a state's body no two states share (group `each`, a
  ministry's contraction) named once before a list of states' genitives is one body of each
  (`kg/resolve/each_state_bodies.py`), not one organization of them glued; a plural
  ("парламентами Вьетнама и Лаоса", `tests/test_org_spans.py` now expects the pair) too.
  Must-nots: one state's body, a second state in another case, "Совет Федерации", "Совет
  Безопасности ООН", and bodies two states may hold together (forces, h-orgs59; a council
  named by its field, h-orgs67) stay one organization.
- "Египет и Иордания учредили Совет по энергетике и водным ресурсам": a capitalised body a
  founding verb governs is an organization the tagger left (`kg/resolve/founded_bodies.py`).
  Must-nots: a lower-case council, the noun alone.
- "Губернатор земли Тироль Антон Маттле": the name after a kind of place is the place's,
  no person (`named_place` in `kg/resolve/title_lexicon.py`); "губернатор японской префектуры
  Фукуока" serves Japan (`_state_region` in `kg/resolve/title_bodies.py`), a local post only.
  Must-nots: "Губернатор Аризоны Кэти Хоббс" unchanged, "Премьер канадской провинции Квебек"
  is no Canada's prime minister."""

from __future__ import annotations

import pytest
from fact_reads import offices_by_name, person_names, text_org_states

# each text and the (mention, name, state) of every organization kg reads in it
EACH = [
    ("Главы МИД Польши и Чехии обсудили транзит в Варшаве.",
     {("МИД Польши", "Министерство иностранных дел Польши", "state/POL"),
      ("МИД Польши и Чехии", "Министерство иностранных дел Чехии", "state/CZE")}),
    ("Министерства обороны Египта и Иордании подписали меморандум.",
     {("Министерства обороны Египта", "Министерство обороны Египта", "state/EGY"),
      ("Министерства обороны Египта и Иордании", "Министерство обороны Иордании",
       "state/JOR")}),
    ("Делегация посетила министерство иностранных дел Мали и Нигера.",
     {("министерство иностранных дел Мали", "Министерство иностранных дел Мали", "state/MLI"),
      ("министерство иностранных дел Мали и Нигера", "Министерство иностранных дел Нигера",
       "state/NER")}),
    ("Спикеры встретились с парламентами Вьетнама и Лаоса.",
     {("парламентами Вьетнама", "Парламент Вьетнама", "state/VNM"),
      ("парламентами Вьетнама и Лаоса", "Парламент Лаоса", "state/LAO")}),
    ("Правительства Кении и Уганды подписали соглашение о границе.",
     {("Правительства Кении", "Правительство Кении", "state/KEN"),
      ("Правительства Кении и Уганды", "Правительство Уганды", "state/UGA")}),
    ("Эксперты министерств финансов Сербии, Хорватии и Словении провели встречу.",
     {("министерств финансов Сербии", "Министерство финансов Сербии", "state/SRB"),
      ("министерств финансов Сербии, Хорватии", "Министерство финансов Хорватии", "state/HRV"),
      ("министерств финансов Сербии, Хорватии и Словении", "Министерство финансов Словении",
       "state/SVN")}),
    # founded bodies the tagger left
    ("Египет и Иордания учредили Совет по энергетике и водным ресурсам.",
     {("Совет по энергетике и водным ресурсам", "Совет по энергетике и водным ресурсам", "")}),
    # must-nots: one state's body, a state in another case; bodies two states hold together
    ("МИД Польши выразил протест Чехии.",
     {("МИД Польши", "Министерство иностранных дел Польши", "state/POL")}),
    ("Вооружённые силы Перу и Эквадора провели учения.",
     {("Вооружённые силы Перу и Эквадора", "Вооружённые силы Перу и Эквадора", "")}),
    ("Совет Безопасности ООН осудил нападение на Мали.",
     {("Совет Безопасности ООН", "Совет Безопасности ООН", ""),
      ("ООН", "Организация Объединённых Наций", "")}),  # nested (h-orgs78)
    ("Министры иностранных дел Польши и Чехии встретились в Праге.", set()),
    # must-nots: a lower-case council (any), a founded body's noun alone
    ("Стороны создали совет по делам молодёжи.", set()),
    ("Министры Лаоса учредили Фонд.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EACH)
def test_bodies_of_each_state_and_founded(
    extraction_of,  # noqa: ANN001
    text: str,
    expected: set[tuple[str, str, str]],
) -> None:
    """Exactly these organization mentions, names and states."""
    assert set(text_org_states(extraction_of, text)) == expected


def test_federation_council_stays_one(extraction_of) -> None:  # noqa: ANN001
    """Must-not: a known body before its state is one organization."""
    found = text_org_states(extraction_of, "Совет Федерации России одобрил договор с Перу.")
    assert [name for _, name, _ in found] == ["Совет Федерации"]


# each text, the persons kg reads and the offices (with states) of the holder
REGIONS = [
    ("Губернатор земли Тироль Антон Маттле посетил Италию.",
     {"Антон Маттле"}, "Антон Маттле", {"губернатор "}),
    ("Губернатор австрийской земли Тироль Антон Маттле посетил Италию.",
     {"Антон Маттле"}, "Антон Маттле", {"губернатор state/AUT"}),
    ("Губернатор японской префектуры Фукуока Сэйтаро Хаттори посетил Пусан.",
     {"Сэйтаро Хаттори"}, "Сэйтаро Хаттори", {"губернатор state/JPN"}),
    ("Делегация японской префектуры Фукуока прибыла в Пусан.", set(), "", set()),
    # must-nots: a region named by its genitive; a title not of a region's own
    ("Губернатор Аризоны Кэти Хоббс посетила Мексику.",
     {"Кэти Хоббс"}, "Кэти Хоббс", {"губернатор state/USA"}),
    ("Премьер канадской провинции Квебек Франсуа Лего посетил Францию.",
     {"Франсуа Лего"}, "Франсуа Лего", {"премьер "}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "persons", "holder", "offices"), REGIONS)
def test_region_names_are_places(
    extraction_of,  # noqa: ANN001
    text: str,
    persons: set[str],
    holder: str,
    offices: set[str],
) -> None:
    """The region's name is no person; a local post after a state's adjective and a kind
    of place serves that state."""
    ex = extraction_of(text, "2024-05-15", "offices")
    assert person_names(ex) == persons
    assert not [o for o in ex.entities if o.type == "Organization"]
    if holder:
        assert offices_by_name(ex, with_state=True).get(holder, set()) == offices
