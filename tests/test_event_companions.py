"""Who else takes part: the second of coordinated travellers, a subject the parser cut off
by a participle clause, the monarch an audience is held "у" where the parser hung the
phrase on the verb, and an object "его"/"её" whose person is the subject of the sentence
before, never a person of the other gender. Sentences of our own about other states,
with cases that must not take anyone in."""

from __future__ import annotations

import pytest

# text, kind, who must take part, who must not
COMPANIONS = [
    # "X и Y прибыли": both travel, the first being the visitor
    ("Президент Чили Габриэль Борич и президент Перу Дина Болуарте прибыли в Мадрид.",
     "Visit", {"person/gabriel-borich", "person/dina-boluarte", "state/PER", "state/ESP"}, set()),
    ("Президент Чили Габриэль Борич и его супруга прибыли в Мадрид.",
     "Visit", {"person/gabriel-borich", "state/CHL"}, {"state/PER"}),
    # "X, прибывший в Лиму, и Y провели переговоры": the parser's two subjects are one
    ("Президент Чили Габриэль Борич, прибывший в Лиму накануне, и президент Перу Дина "
     "Болуарте провели переговоры.",
     "Talks", {"person/gabriel-borich", "person/dina-boluarte", "state/PER"}, set()),
    # "был принят на аудиенции у короля X": the monarch meets
    ("Премьер-министр Норвегии Йонас Гар Стёре был принят на аудиенции у королевы Дании "
     "Маргрете II.",
     "Meeting", {"person/yonas-gar-stere", "state/NOR", "state/DNK"}, set()),
    # "X отправился в … . В Перу его арестовали": the sentence before's subject
    ("Журналист Хуан Перес отправился в Боливию. Но в Перу, где молодой человек сделал "
     "остановку, его арестовали.",
     "Arrest", {"person/khuan-peres", "state/PER"}, set()),
    ("Журналистка Мария Лопес отправилась в Боливию. В Перу её арестовали.",
     "Arrest", {"person/mariya-lopes"}, set()),
    ("Дипломат Хуан Перес долгие годы работал в МИД Чили. Президент Чили Габриэль Борич "
     "назначил его послом Чили в Перу.",
     "Appointment", {"person/khuan-peres", "person/gabriel-borich", "state/CHL"}, set()),
    # must not: a pronoun of another gender, or one its own sentence's subject may be
    ("Журналистка Мария Лопес отправилась в Боливию. В Перу его арестовали.",
     "Arrest", {"state/PER"}, {"person/mariya-lopes"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "who", "not_who"), COMPANIONS)
def test_who_else_takes_part(events, text, kind, who, not_who) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert who <= set(event.participants) and not not_who & set(event.participants)


@pytest.mark.parametrize(
    "text",
    [
        # a count's "один" may be whom "его" stands for; a caption is no subject
        "Президент Чили Габриэль Борич прибыл в Лиму. Один из охранников был задержан в Перу, "
        "где его отпустили на свободу.",
        "Габриэль Борич. Один из охранников был задержан в Перу, где его отпустили на свободу.",
        "Президент Чили Габриэль Борич прибыл в Лиму. Там он назначил его послом.",
    ],
)
def test_an_object_pronoun_is_not_the_person_before(events, text) -> None:
    assert not [e for e in events(text) if "person/gabriel-borich" in e.participants
                and e.kind not in {"Visit"}]  # fmt: skip


def test_a_pronoun_is_no_person_of_the_other_gender(events) -> None:
    text = (
        "Обвинение в убийстве Лопес предъявлено чеченцу Хуану Пересу, а его брат, дядя и "
        "бывший сотрудник полиции обвиняются в причастности к ее смерти."
    )
    assert not [e for e in events(text) if e.kind == "Death"]
    text = "Власти Аргентины задержали Марию Лопес, после чего депортировали её в Чили."
    (expulsion,) = [e for e in events(text) if e.kind == "Expulsion"]
    assert "person/mariya-lopes" in expulsion.participants
