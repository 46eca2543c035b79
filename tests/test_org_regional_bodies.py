"""A regional body is no state's, on sentences of our own about other states: a body with the
"по" phrase of its place ("МВД по Каиру") is that place's body, not the state's ministry; a
bare governing body after a region named by its kind and name ("в канадской провинции
Онтарио … Правительство во главе с …") is no state's government; a state named only as where
someone went ("вернулся в Мексику") does not say whose police a bare "полиции" is. With
must-nots: the state's own body named beside the regional one, the state as the setting."""

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
    # a body with its place's "по" phrase is that place's
    (
        "Президент Египта помог экс-главе МВД по Каиру Омару Саиду занять пост министра.",
        {"МВД по Каиру": "МВД по Каиру"},
    ),
    # must not: the state's ministry named beside it stays the ministry
    (
        "Сотрудники МВД по Александрии задержали двоих. МВД Египта сообщило об этом.",
        {
            "МВД по Александрии": "МВД по Александрии",
            "МВД Египта": "Министерство внутренних дел Египта",
        },
    ),
    # a bare government after a region by its kind and name: the region's, no state's
    (
        "В канадской провинции Онтарио сменилось руководство. "
        "Правительство во главе с Джоном Смитом приступило к работе.",
        {},
    ),
    # must not: the state as the setting, or a state's own name after "Республики"
    (
        "Президент Канады выступил в Оттаве. Правительство во главе с Джоном Смитом "
        "приступило к работе.",
        {"Правительство": "Правительство Канады"},
    ),
    (
        "В Республике Чили сменилось руководство. Правительство во главе с Хуаном Пересом "
        "приступило к работе.",
        {"Правительство": "Правительство Чили"},
    ),
    # a state named only as where someone went: no state's police
    (
        "Мексиканский журналист улетел в Мексику. В Торонто его задержали. "
        "По данным полиции, он встречался с активистами.",
        {},
    ),
    # must not: the state one came from, or the place, is the setting
    (
        "Он вернулся из Канады в прошлом месяце. Полиция задержала его в аэропорту.",
        {"Полиция": "Полиция Канады"},
    ),
    ("В Чили прошли протесты. Полиция задержала 20 человек.", {"Полиция": "Полиция Чили"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_regional_body_is_no_states(orgs, text: str, expected: dict) -> None:  # noqa: ANN001
    assert orgs(text) == expected
