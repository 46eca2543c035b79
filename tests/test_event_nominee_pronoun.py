"""A nomination of a pronoun's person ("В 1993 году президент X выдвинул её на должность
генерального прокурора") is of the sentence before's subject even where the tagger guessed
that name's gender from a clause on it ("Позднее Ранд, чей рост был больше 180 сантиметров,
сказала …"): the past verb she is the subject of tells hers (events118, review49 3g M2).
Sentences of our own (Estonia, Latvia)."""

from __future__ import annotations

BEFORE = (
    "Анна Ранд родилась 21 июля 1938 года в Таллине. Позднее Ранд, чей рост был больше 180 "
    "сантиметров, сказала, что хотела стать юристом, «потому что не хотела, чтобы мне "
    "указывали, что делать».\n"
)


def test_the_pronouns_person_is_nominated(events) -> None:  # noqa: ANN001
    text = BEFORE + (
        "В 1993 году президент Эстонии Леннарт Мери выдвинул её на должность генерального "
        "прокурора."
    )
    (post,) = [e for e in events(text, "2012-12-10") if e.kind == "Appointment"]
    assert "person/anna-rand" in post.participants
    assert post.date == "1993"


# must keep: "её" is no man the sentence before has as its subject
def test_a_man_is_not_her(events) -> None:  # noqa: ANN001
    text = (
        "Андрис Берзиньш родился в Риге. Позднее Берзиньш, чей рост был больше 180 "
        "сантиметров, сказал, что хотел стать юристом.\nВ 1993 году президент Латвии Гунтис "
        "Улманис выдвинул её на должность генерального прокурора."
    )
    found = [e for e in events(text, "2012-12-10") if e.kind == "Appointment"]
    assert not [e for e in found if "person/andris-berzinsh" in e.participants]
