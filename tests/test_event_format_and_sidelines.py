"""Talks told by their format after a summit or visit of their sides take its day and place
(and a visit's host as their other side); talks "на полях саммита" told by "обсудили" are
talks of their own, held at the summit's place; a summit only discussed is placed by its
own "в X" alone. Sentences of our own about Peru–Chile, Thailand–Vietnam, India–Vietnam,
Brazil–India (fifty-eighth pass, h-events187)."""

from __future__ import annotations

import pytest

# (text, kind, (date, place, participants) of the one such event; None: no such event)
TOLD = [
    # talks told by their format take the day and place of their sides' summit before
    ("3 марта президенты Перу и Чили приняли участие в саммите в Лиме. Переговоры прошли в "
     "формате один на один.",
     "Talks", ("2026-03-03", "Лима", {"state/CHL", "state/PER"})),
    # after a visit: its day and place, and its host as the other side
    ("3 марта президент Чили посетил Лиму. Переговоры прошли в формате один на один, затем в "
     "расширенном составе.",
     "Talks", ("2026-03-03", "Лима", {"state/CHL", "state/PER"})),
    # must not: two visitors are the two sides, the host of their trip none
    ("3 марта президенты Перу и Чили посетили Кито. Переговоры прошли в формате один на один.",
     "Talks", ("2026-03-03", "Кито", {"state/CHL", "state/PER"})),
    # must not: a signing frames no talks; nor an act that is no event
    ("3 марта президенты Перу и Чили подписали декларацию в Лиме. Переговоры прошли в формате "
     "один на один, затем в расширенном составе.",
     "Talks", ("2026-03-12", "", {"state/CHL", "state/PER"})),
    ("3 марта президенты Перу и Чили открыли мост в Такне. Переговоры прошли в формате один "
     "на один.",
     "Talks", ("2026-03-12", "", {"state/CHL", "state/PER"})),
    # must not: a meeting before keeps its talks, of its day and place
    ("3 марта президенты Перу и Чили провели встречу в Лиме. Переговоры прошли в формате один "
     "на один, затем в расширенном составе.",
     "Meeting", ("2026-03-03", "Лима", {"state/CHL", "state/PER"})),
    # talks discussed on a summit's sidelines are talks of their own, at the summit's place
    ("Лидеры Таиланда и Вьетнама на полях саммита АСЕАН во Вьентьяне обсудили торговлю.",
     "Talks", ("2026-03-12", "Вьентьян", {"state/THA", "state/VNM"})),
    ("Президенты Перу и Чили на полях саммита АТЭС в Лиме обсудили торговлю.",
     "Talks", ("2026-03-12", "Лима", {"state/CHL", "state/PER"})),
    # and the summit is held: its talks were
    ("Президенты Перу и Чили на полях саммита АТЭС в Лиме обсудили торговлю.",
     "Summit", ("2026-03-12", "Лима", set())),
    # a city's locative the tagger read as an adjective of the next noun
    ("Премьер-министры Таиланда и Вьетнама обсудили на полях саммита во Вьентьяне торговлю.",
     "Talks", ("2026-03-12", "Вьентьян", {"state/THA", "state/VNM"})),
    ("Премьер-министры Таиланда и Вьетнама обсудили на полях саммита во Вьентьяне торговлю и "
     "инвестиции.",
     "Talks", ("2026-03-12", "Вьентьян", {"state/THA", "state/VNM"})),
    # a summit only discussed has no place but its own
    ("Министры иностранных дел Индии и Вьетнама обсудили в Дели итоги саммита.",
     "Summit", ("2026-03-12", "", set())),
    # must not: its own place, the talks' place, a sideline meeting, a summit's name
    ("Министры иностранных дел Индии и Вьетнама обсудили в Дели итоги саммита во Вьентьяне.",
     "Summit", ("2026-03-12", "Вьентьян", set())),
    ("Министры иностранных дел Индии и Вьетнама обсудили в Дели итоги саммита во Вьентьяне.",
     "Talks", ("2026-03-12", "Дели", {"state/IND", "state/VNM"})),
    ("На полях форума прошла встреча министров иностранных дел Таиланда и Вьетнама.",
     "Meeting", ("2026-03-12", "", {"state/THA", "state/VNM"})),
    ("Лидеры Бразилии и Индии на полях саммита G20 в Рио-де-Жанейро провели переговоры.",
     "Summit", ("2026-03-12", "Рио-де-Жанейро", set())),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "told"), TOLD)
def test_format_talks_and_sideline_talks(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    kind: str,
    told: tuple[str, str, set[str]] | None,
) -> None:
    found = [e for e in events(text, "2026-03-12") if e.kind == kind]
    if told is None:
        assert found == []
        return
    assert len(found) == 1
    date, place, participants = told
    assert (found[0].date, found[0].location, set(found[0].participants)) == (
        date,
        place,
        participants,
    )


# labels: a summit's name ends at its place, the object after it is none of it
LABELS = [
    ("Лидеры Таиланда и Вьетнама обсудили на полях саммита АСЕАН во Вьентьяне торговлю.",
     "Саммит АСЕАН"),
    ("Саммит G20 в Рио-де-Жанейро прошёл 18 ноября.", "Саммит G20"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), LABELS)
def test_summit_label_ends_at_its_place(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    label: str,
) -> None:
    assert [e.label for e in events(text, "2026-03-12") if e.kind == "Summit"] == [label]
