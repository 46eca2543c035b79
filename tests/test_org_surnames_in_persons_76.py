"""A known body's one-word name that is the surname in a person's name natasha tags as one is
the person's, no organization (sixty-second pass, h-orgs76; own sentences about Qatar–Germany,
Italy–Chile, Canada–USA): "канцлера Германии Фридриха Мерца" (pymorphy3 guesses the lemma
"мерец", the Israeli party Meretz's name, so the party took the surname with its QID and left
the person "Фридрих"), "с Пьеро Феррари", "со Стивом Форбсом". Must-nots: the bodies named
on their own ("Команда Феррари", "Журнал Форбс", "Партия Мерец") stay organizations."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader

# each text, the span that must (True) or must not (False) be an organization's mention, and
# the person's mention that must be read whole (or "")
CASES = [
    ("Переговоры прошли в присутствии федерального канцлера Германии Фридриха Мерца.",
     "Мерца", False, "Фридриха Мерца"),
    ("Посол Италии в Чили встретился с Пьеро Феррари.", "Феррари", False, "Пьеро Феррари"),
    ("Премьер-министр Канады беседовал в Вашингтоне со Стивом Форбсом.", "Форбсом", False,
     "Стивом Форбсом"),
    # must-nots: the bodies on their own
    ("Команда Феррари выиграла гонку в Катаре.", "Феррари", True, ""),
    ("Журнал Форбс опубликовал рейтинг богатейших людей Германии.", "Форбс", True, ""),
    ("Партия Мерец покинула правительственную коалицию Израиля.", "Мерец", True, ""),
]  # fmt: skip


@pytest.fixture(scope="module")
def read():
    return shipped_reader("2026-03-09")


@pytest.mark.parametrize(("text", "span", "is_org", "person"), CASES)
def test_surname_in_a_person_is_no_organization(
    read,  # noqa: ANN001
    text: str,
    span: str,
    is_org: bool,
    person: str,
) -> None:
    """The span is an organization's mention exactly where the case says so, and the
    person's name is read whole."""
    mentions = read(text)
    assert (span in {m.text for m in mentions if m.type == "Organization"}) is is_org
    if person:
        assert person in {m.text for m in mentions if m.type == "Person"}
