"""A bare body's noun ("Полиция", "правительство") is the one state's the text names only
where the text names it as a setting: a place ("в Чили", "из Канады"), a subject ("Перу
объявило"), a government or officer acting ("Правительство Канады", "Президент Эстонии"), a
state's adjective. A state named only as what another phrase is about ("врагов Египта",
"санкциям против Эстонии", "поддержки Египта"), or only through its people ("эстонцев"), does
not say whose police acts. On sentences of our own about other states, with must-nots."""

from __future__ import annotations

import pytest
from gazetteer_runs import mention_reader

ROWS = "# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind\n"


@pytest.fixture(scope="module")
def orgs(tmp_path_factory):
    read = mention_reader(tmp_path_factory.mktemp("gaz"), ROWS)

    def go(text: str) -> dict[str, str]:
        """Each organization mention's text → its entity's name."""
        return {m.text: e.name for m, e in read(text) if m.type == "Organization"}

    return go


CASES = [
    # the state only as what another phrase is about: no state's police
    (
        "Двое мужчин обвиняются в заговоре с целью облучения врагов Египта. "
        "Полиция утверждает, что они готовили нападение.",
        {},
    ),
    (
        "Двоим жителям Бостона предъявлены обвинения в заговоре с целью поддержки Египта. "
        "Полиция утверждает, что они собирали деньги.",
        {},
    ),
    ("Активист призвал к санкциям против Эстонии. Полиция задержала его на митинге.", {}),
    ("Блогер раскритиковал Канаду в своём видео. Полиция задержала его на митинге.", {}),
    # only its people
    ("Группа эстонцев пострадала в ДТП на трассе. Полиция ведёт расследование.", {}),
    # must not: the state as the setting keeps its police
    ("В Чили прошли протесты. Полиция задержала 20 человек.", {"Полиция": "Полиция Чили"}),
    ("В городах Чили прошли протесты. Полиция задержала 20 человек.", {"Полиция": "Полиция Чили"}),
    (
        "Перу объявило чрезвычайное положение. Полиция задержала 20 человек.",
        {"Полиция": "Полиция Перу"},
    ),
    ("Жители Египта вышли на улицы. Полиция задержала 20 человек.", {"Полиция": "Полиция Египта"}),
    ("Президент Эстонии уехал в Тарту. Полиция задержала двоих.", {"Полиция": "Полиция Эстонии"}),
    (
        "Он вернулся из Канады в прошлом месяце. Полиция задержала его в аэропорту.",
        {"Полиция": "Полиция Канады"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_bare_body_is_the_state_the_text_is_set_in(orgs, text: str, expected: dict) -> None:  # noqa: ANN001
    assert orgs(text) == expected
