"""A post joined by "и" to a state's post before it takes that post's state where its name
the title before gives no office, the tagger reading it in another case ("от генерального
секретаря ЦК Коммунистической партии Вьетнама То Лама и президента Лыонг Кыонга": the
president of Vietnam, not of no state), as it does after a name that has one (h-offices61's
`carried_states`). Its own state stays (seventy-first pass, h-names160; own sentences about
Vietnam, Brazil, France, Germany)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

CARRIED = [
    ("Посол Лаоса передал приветствие от генерального секретаря ЦК Коммунистической партии "
     "Вьетнама Ле Ким Аня и президента Зыонг Кыонга.", "Кыонг", {("президент", "state/VNM")}),
    ("Президент Бразилии получил поздравления от генерального секретаря ЦК Коммунистической "
     "партии Вьетнама Нгуен Ким Аня и премьер-министра Зыонг Кыонга.", "Кыонг",
     {("премьер-министр", "state/VNM")}),
    # must not change: the second's own state, a first name with its office
    ("Министр встретился с президентом Франции Жаном Дюпоном и канцлером Германии Паулем "
     "Вебером.", "Вебер", {("канцлер", "state/DEU")}),
    ("Посол передал приветствие от генерального секретаря ЦК Коммунистической партии Вьетнама "
     "До Мыоя и президента Зыонг Кыонга.", "Кыонг", {("президент", "state/VNM")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CARRIED)
def test_post_after_untold_name_takes_the_state(
    extraction_of, text: str, surname: str, expected: set[tuple[str, str]]
) -> None:
    """The second post is of the first's state."""
    ex = extraction_of(text, "2024-03-02", "offices")
    assert text_holdings(ex, surname, ("office", "state")) == expected
