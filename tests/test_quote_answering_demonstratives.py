""" "на что тот ответил": "тот"/"та" in a clause of the same sentence stands for the one
that sentence names before it other than its subject (the addressee of a question), as it
does for the sentence before; the answer may be a paragraph of its own after the colon.
Must-nots: the subject answering ("на что президент ответил") keeps the subject, and "тот"
with no one named before it but the subject is no one."""

from __future__ import annotations

import pytest

ANSWER = "«Отношения Турции и Египта улучшаются с каждым годом»"
PARAGRAPH = "Отношения Турции и Египта улучшаются с каждым годом."
SISI = "Президент Египта Абдель Фаттах ас-Сиси"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            f"{SISI} спросил у министра иностранных дел Турции Мевлюта Чавушоглу, что он "
            f"думает о переговорах, на что тот ответил: {ANSWER}.",
            "Чавушоглу",
        ),
        (
            f"{SISI} спросил у министра иностранных дел Турции Мевлюта Чавушоглу, что он "
            f"думает о переговорах, на что тот ответил:\n\n{PARAGRAPH}",
            "Чавушоглу",
        ),
        (
            "Премьер-министр Эстонии Кая Каллас спросила президента Латвии Эгилса Левитса о "
            f"газопроводе, на что тот сказал: {ANSWER}.",
            "Левитс",
        ),
        (
            "Президент Латвии Эгилс Левитс спросил премьер-министра Эстонии Каю Каллас о "
            f"газопроводе, на что та сказала: {ANSWER}.",
            "Каллас",
        ),
        # the subject answering is the subject
        (
            f"Министр иностранных дел Турции Мевлют Чавушоглу выслушал вопрос, на что "
            f"министр ответил: {ANSWER}.",
            "Чавушоглу",
        ),
    ],
)
def test_answerer(said, text: str, speaker: str) -> None:
    quotes = said(text)
    assert len(quotes) == 1 and speaker in quotes[0][0], quotes


def test_no_one_but_the_subject(said) -> None:
    """ "тот" after a sentence that names only its subject stands for no one named."""
    quotes = said(f"{SISI} задал вопрос журналистам, на что тот ответил: {ANSWER}.")
    assert all("ас-Сиси" not in q[0] for q in quotes), quotes
