"""A government or an administration named after its head spans the head's name, the person a
mention of their own nested in it, as NEREL spans it ("администрации Клинтона",
"правительства Исама Шарафа"): `_leader` in kg/resolve/document.py (fifty-fourth pass,
h-orgs64; own sentences about Hungary–Slovakia, Canada–France, Kenya–Uganda). Must-nots: a
body named by its head's title and state ends before the person ("Администрация президента
Кении Уильяма Руто", as NEREL's "администрации президента США" before the president's name);
a person named with no body before them is no organization."""

from __future__ import annotations

import pytest

# each sentence, the organization mentions' texts and the person mentions' texts kg reads
CASES = [
    ("Правительство Виктора Орбана поддержало Словакию.",
     ["Правительство Виктора Орбана"], ["Виктора Орбана"]),
    ("Братислава приветствовала решение правительства Виктора Орбана.",
     ["правительства Виктора Орбана"], ["Виктора Орбана"]),
    ("Правительство Орбана поддержало Словакию.", ["Правительство Орбана"], ["Орбана"]),
    ("Франция поддержала администрацию президента Джастина Трюдо и Канаду.",
     ["администрацию президента Джастина Трюдо"], ["Джастина Трюдо"]),
    # must-not: the title's state names the body; no body before the person
    ("Администрация президента Кении Уильяма Руто одобрила соглашение с Угандой.",
     ["Администрация президента Кении"], ["Уильяма Руто"]),
    ("Встреча Виктора Орбана с премьером Словакии прошла в Будапеште.",
     [], ["Виктора Орбана"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "persons"), CASES)
def test_led_body_spans_its_head(
    extraction_of,  # noqa: ANN001
    text: str,
    orgs: list[str],
    persons: list[str],
) -> None:
    """The body's mention runs to the end of its head's name, the head's mention kept."""
    ex = extraction_of(text, "2024-05-15", "offices")
    found = {m.type: [] for m in ex.mentions}
    for m in ex.mentions:
        found[m.type].append(m.text)
    assert (found.get("Organization", []), found.get("Person", [])) == (orgs, persons)
