"""A state's adjective on a singular "республика" names that state only where the state is
itself so called ("Чешская Республика", "Доминиканская Республика", "Аргентинская
Республика"): "создать отдельную сербскую республику" names a republic of its own (Serbia is
"Республика Сербия"), no mention of Serbia; "армянская республика" in a region none of Armenia. Pass
forty-four, h-status46; sentences of our own."""

from __future__ import annotations

import pytest


def _states(nlp, text: str) -> set[tuple[str, str]]:  # noqa: ANN001
    doc = nlp(text)
    return {(s.text, s.kb_id_) for s in doc.spans["states"]}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ополченцы начали боевые действия с целью создать на территории Боснии и Герцеговины "
         "отдельную сербскую республику.", "сербскую"),
        ("Лидеры общины провозгласили в горном районе отдельную армянскую республику.",
         "армянскую"),
        ("Повстанцы объявили о создании независимой малийской республики на севере.",
         "малийской"),
    ],
)  # fmt: skip
def test_a_republic_of_its_own_is_no_mention_of_the_state(nlp, text: str, word: str) -> None:  # noqa: ANN001
    assert not {s for s in _states(nlp, text) if s[0] == word}


# must not: a state so called, or the adjective on another noun
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Делегация прибыла в чешскую республику в понедельник.", ("чешскую", "state/CZE")),
        ("Министр посетил аргентинскую республику с визитом.", ("аргентинскую", "state/ARG")),
        ("Премьер-министр провёл переговоры с сербской стороной.", ("сербской", "state/SRB")),
        ("Переговоры с эстонской республикой прошли в Риге.", ("эстонской", "state/EST")),
    ],
)  # fmt: skip
def test_a_state_so_called_stays_its_mention(nlp, text: str, mention: tuple[str, str]) -> None:  # noqa: ANN001
    assert mention in _states(nlp, text)
