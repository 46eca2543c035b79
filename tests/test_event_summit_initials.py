"""A summit named by its organization's initials in the title and in full in the text ("Саммит
ШОС прошёл в Тяньцзине" / "Саммит Шанхайской организации сотрудничества прошёл в субботу")
is one summit, on the day the text gives, not a second one on the dateline's day. Texts of our
own about other organizations, with must-not cases (another organization, a summit that names
a state beside it)."""

from __future__ import annotations

import pytest

# document date, text (title, then the lead), the summits read (date, label), sorted
CASES = [
    ("2025-07-07", [("2025-07-05", "Саммит Шанхайской организации сотрудничества")],
     "Саммит ШОС прошёл в Тяньцзине\nТЯНЬЦЗИНЬ, 7 июля. /ТАСС/. Саммит Шанхайской "
     "организации сотрудничества прошёл в субботу в Тяньцзине."),
    ("2025-11-24", [("2025-11-23", "Саммит «Группы двадцати»")],
     "Саммит G20 завершился в Йоханнесбурге\nЙОХАННЕСБУРГ, 24 ноября. /ТАСС/. Саммит "
     "«Группы двадцати» завершился в воскресенье в Йоханнесбурге."),
    ("2025-10-27", [("2025-10-26", "Саммит Ассоциации государств Юго-Восточной Азии")],
     "Саммит АСЕАН открылся в Куала-Лумпуре\nКУАЛА-ЛУМПУР, 27 октября. /ТАСС/. Саммит "
     "Ассоциации государств Юго-Восточной Азии (АСЕАН) открылся в воскресенье в "
     "Куала-Лумпуре."),
    # must not: another organization's summit, or one that names a state beside it
    ("2025-07-07", [("2025-07-05", "Саммит БРИКС"),
                    ("2025-07-07", "Саммит Шанхайской организации сотрудничества")],
     "Саммит Шанхайской организации сотрудничества открылся в Тяньцзине\nПЕКИН, 7 июля. "
     "/ТАСС/. Саммит БРИКС прошёл в субботу в Рио-де-Жанейро."),
    ("2025-10-27", [("2025-10-26", "Саммит АСЕАН — Япония"), ("2025-10-27", "Саммит АСЕАН")],
     "Саммит АСЕАН открылся в Куала-Лумпуре\nКУАЛА-ЛУМПУР, 27 октября. /ТАСС/. Саммит "
     "АСЕАН — Япония прошёл в воскресенье в Куала-Лумпуре."),
]  # fmt: skip


@pytest.mark.parametrize(("date", "summits", "text"), CASES)
def test_one_summit_by_initials(events, date: str, summits: list, text: str) -> None:
    read = sorted((e.date, e.label) for e in events(text, date) if e.kind == "Summit")
    assert read == summits
