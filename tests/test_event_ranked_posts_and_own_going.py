"""A rank alone on a post one becomes ("стал первым премьер-министром") is a change of office,
a record the text recounts is not; a going that names no one, told as a verb's time ("после
ухода в отставку он …"), is the subject's. Sentences of our own about other states."""

from __future__ import annotations

import pytest

# text, kind, participants that must be there
FIRES = [
    ("Ли Сын Ман стал первым президентом Республики Корея, когда страна получила "
     "независимость.", "Appointment", {"state/KOR"}),
    ("Эммануэль Макрон стал 25-м президентом Франции.", "Appointment",
     {"person/Q3052772", "state/FRA"}),
    ("Ли Сын Ман возглавлял правительство Республики Корея. Даже после ухода в отставку он "
     "долгое время оставался влиятельным политиком.", "Resignation", {"state/KOR"}),
    ("После ухода в отставку в 2019 году Тереза Мэй осталась депутатом парламента.",
     "Resignation", {"person/theresa-may"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "who"), FIRES)
def test_a_ranked_post_or_own_going_is_a_change(events, text, kind, who) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert event.status == "occurred" and who <= set(event.participants)


# text, kind it must not give
NONE = [
    # a record: a rank with what it ranks beside holding the post
    ("Барак Обама стал первым президентом США, посетившим Хиросиму.", "Appointment"),
    ("Барак Обама стал первым чернокожим президентом США.", "Appointment"),
    ("Кир Стармер стал самым молодым премьер-министром Великобритании.", "Appointment"),
    # "после отставки" with no one named may be another's
    ("После отставки президент Перу Дина Болуарте уехала в Чили.", "Resignation"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), NONE)
def test_no_change_of_office(events, text, kind) -> None:
    assert not [e for e in events(text) if e.kind == kind]


def test_a_named_going_keeps_its_holder(events) -> None:
    """The genitive names who went, not the verb's subject."""
    text = (
        "После ухода в отставку министра обороны Чили Хуана Переса президент Габриэль Борич "
        "назначил Марию Лопес."
    )
    (leaving,) = [e for e in events(text) if e.kind == "Resignation"]
    assert "person/khuan-peres" in leaving.participants
    assert "person/gabriel-borich" not in leaving.participants
