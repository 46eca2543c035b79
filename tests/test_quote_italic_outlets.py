"""A tail verb of saying followed right away by a name in wiki italics ("— сообщает
''Kathimerini''"): the parser loses the name between the apostrophes and leaves the verb no
subject, but the name is it, so the words are the outlet's report, not the last person's;
an italic name whose case makes it an object ("сказал ''Известиям'' министр X") still lets
the speaker after it be found (quotes39)."""

from __future__ import annotations

import pytest

ISLANDS = "Греция не пойдёт на уступки по островам"
TALKS = "Бразилия поддержит Аргентину на переговорах"


@pytest.mark.parametrize(
    "text",
    [
        "Премьер-министр Греции Кириакос Мицотакис прибыл в Анкару. "
        f"«{ISLANDS}», — сообщает ''Kathimerini''.",
        # indirect speech the tail closes: not direct speech from the paragraph's start
        "Премьер-министр Греции Кириакос Мицотакис заявил, что Афины не пойдут на уступки "
        "Анкаре, — сообщает ''Kathimerini''.",
        "Президент Бразилии Луис Инасиу Лула да Силва прибыл в Буэнос-Айрес. "
        f"«{TALKS}», — пишет ''Folha de S. Paulo''.",
    ],
)
def test_an_italic_outlet_after_the_verb_is_its_subject(said, text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"«{ISLANDS}», — сказал ''Известиям'' министр иностранных дел Греции Георгиос "
            "Герапетритис.",
            [("Георгиос Герапетритис", ISLANDS)],
        ),
        (
            f"«{TALKS}», — сообщил ''Folha de S. Paulo'' президент Бразилии Луис Инасиу Лула "
            "да Силва.",
            [("Луис Инасиу Лула да Силва", TALKS)],
        ),
    ],
)
def test_a_speaker_after_an_italic_name_keeps_the_words(
    said, text: str, expected: list[tuple[str, str]]
) -> None:
    assert said(text) == expected
