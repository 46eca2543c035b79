"""Each date to its own clause's person (sixty-third pass, h-names143; own sentences about
Chile, Bolivia, Ecuador). "Министр X, назначенный 3 марта, сменил на посту Y, который
занимал этот пост с 2021 года": Y's office is read off X's title, so X's participle dates X
alone (X's start, Y's end), and Y's own relative clause gives Y's start ("возглавлял
министерство" too, for a "министр …"; not "министерство обороны" for another). So too a colleague
whose office is read off another's title. Must-nots: X's own participle or clause still dates
X; "сменил на посту тренера" of a club no state's office; "X сменил Y" with no post none."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

DATE = "2026-03-12"
FIELDS = ("office", "state", "past", "start", "end")
_MINISTER = "Министр обороны Чили Хуан Перес, назначенный 3 марта, "

CASES = [
    # the predecessor: its own clause's start, the successor's start its end
    (_MINISTER + "сменил на посту Луиса Гомеса, который занимал этот пост с 2021 года.", "Гомес",
     {("министр обороны", "state/CHL", True, "2021", "2026-03-03")}),
    (_MINISTER + "сменил на посту Луиса Гомеса, который занимал эту должность с мая 2022 года.",
     "Гомес", {("министр обороны", "state/CHL", True, "2022-05", "2026-03-03")}),
    # "возглавлял министерство": the ministry a "министр …" heads
    (_MINISTER + "сменил на посту Луиса Гомеса, который возглавлял министерство с 2021 года.",
     "Гомес", {("министр обороны", "state/CHL", True, "2021", "2026-03-03")}),
    # a colleague's office, read off another's title: not dated by that title's participle
    ("Министр иностранных дел Боливии Хуан Перес, назначенный 3 марта, провёл переговоры со "
     "своим эквадорским коллегой Луисом Гомесом.", "Гомес",
     {("министр иностранных дел", "state/ECU", False, "", "")}),
    # must not: the successor keeps its participle's start; one's own participle and clause
    (_MINISTER + "сменил на посту Луиса Гомеса, который занимал этот пост с 2021 года.", "Перес",
     {("министр обороны", "state/CHL", False, "2026-03-03", "")}),
    ("Назначенный в 2019 году министр обороны Чили Хуан Перес посетил Ла-Пас.", "Перес",
     {("министр обороны", "state/CHL", False, "2019", "")}),
    ("Министр обороны Чили Хуан Перес, который занимает этот пост с 2019 года, посетил Ла-Пас.",
     "Перес", {("министр обороны", "state/CHL", False, "2019", "")}),
    # must not: another ministry headed is not this post
    ("Министр иностранных дел Чили Хуан Перес, назначенный 3 марта, сменил на посту Луиса "
     "Гомеса, который возглавлял министерство обороны с 2021 года.", "Гомес",
     {("министр иностранных дел", "state/CHL", True, "", "2026-03-03")}),
    # must not: a club's coach is no state's office; no post noun, no office
    ("Хуан Перес, назначенный 3 марта, сменил на посту тренера клуба «Коло-Коло» Луиса Гомеса.",
     "Гомес", set()),
    ("Хуан Перес сменил Луиса Гомеса.", "Гомес", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_own_clause_dates(extraction_of, text: str, surname: str, expected: set) -> None:  # noqa: ANN001
    ex = extraction_of(text, DATE, "offices")
    assert {r for r in text_holdings(ex, surname, FIELDS) if r[1]} == expected  # a state's
