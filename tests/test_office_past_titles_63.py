"""Offices of the past told as past (sixty-third pass, h-names141; own sentences about Peru,
Uruguay, Paraguay, Bolivia). "тогдашний" before a title marks a past office as "бывший" does:
the row is not dated to the document as current, so it is never the person's office in
`persons`. "был назначен послом … Он сменил на этом посту Y": "этот пост" is the ambassador's
(not a post named before it, "ранее занимавший пост министра"), and Y held it before, a past
office of the same state, from the start its relative clause tells to the successor's start;
so too "Он сменил на посту Y" after the pronoun's name was given a post. Must-nots: a title
of no such adjective, "сменил Y" with no post noun, "сменит на этом посту Y" (still held),
a club's coach replaced as before."""

from __future__ import annotations

import pytest
from fact_reads import one_of_kind, state_keys, text_holdings

DATE = "2026-04-10"
FIELDS = ("office", "state", "past", "date", "start", "end")

_ENVOY = "Посол Уругвая в Парагвае Хуан Перес вручил верительные грамоты президенту Парагвая. "

CASES = [
    # "тогдашний": past, not dated to the document (held in its clause's year: sixty-fourth
    # pass, h-names144, `tests/test_office_then_years.py`)
    ("В 2019 году тогдашний премьер-министр Перу Хуан Перес посетил Боливию.", "Перес",
     {("премьер-министр", "state/PER", True, "", "2019", "2019")}),
    ("Тогдашний министр иностранных дел Уругвая Луис Гомес подписал соглашение с Парагваем.",
     "Гомес", {("министр иностранных дел", "state/URY", True, "", "", "")}),
    # "ранее занимавший пост" stays past; "на этом посту" is the ambassador's post
    (_ENVOY + "Перес, ранее занимавший пост министра обороны Уругвая, был назначен послом 3 "
     "марта. Он сменил на этом посту Луиса Гомеса, который возглавлял посольство с 2020 года.",
     "Перес", {("посол", "state/URY", False, DATE, "2026-03-03", ""),
               ("министр обороны", "state/URY", True, "", "", "")}),
    (_ENVOY + "Перес, ранее занимавший пост министра обороны Уругвая, был назначен послом 3 "
     "марта. Он сменил на этом посту Луиса Гомеса, который возглавлял посольство с 2020 года.",
     "Гомес", {("посол", "state/URY", True, "", "2020", "2026-03-03")}),
    # a pronoun subject's post, no "этот"
    ("Новый министр обороны Перу Хуан Перес назначен 3 марта. Он сменил на посту Луиса Гомеса.",
     "Гомес", {("министр обороны", "state/PER", True, "", "", "")}),
    # must not: no such adjective; no post noun; still held; a club's coach as before
    ("Премьер-министр Перу Хуан Перес посетил Боливию.", "Перес",
     {("премьер-министр", "state/PER", False, DATE, "", "")}),
    (_ENVOY + "Перес был назначен послом 3 марта. Он сменил Луиса Гомеса.", "Гомес", set()),
    (_ENVOY + "Перес будет назначен послом в мае. Он сменит на этом посту Луиса Гомеса.",
     "Гомес", set()),
    ("Аргентинский специалист Хуан Перес 3 марта сменил на посту главного тренера клуба "
     "«Пеньяроль» Луиса Гомеса.", "Гомес", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_past_offices(extraction_of, text: str, surname: str, expected: set) -> None:  # noqa: ANN001
    ex = extraction_of(text, DATE, "offices")
    assert text_holdings(ex, surname, FIELDS) == expected


def test_then_holder_acts_for_state(extraction_of) -> None:  # noqa: ANN001
    """Must not: a holder "тогдашний" names acted for the office's state then, so his
    talks keep Peru (not a former holder's, who acts for none)."""
    text = (
        "Тогдашний президент Перу Карлос Вега посетил Ла-Пас в 2019 году. Он провёл там переговоры."
    )
    ex = extraction_of(text, DATE, "events")
    assert "state/PER" in state_keys(one_of_kind(ex.facts["events"], "Talks"))
