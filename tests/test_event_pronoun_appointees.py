"""An object pronoun of "назначил" is never that verb's own subject (forty-ninth pass,
h-events129): "X принял Y. X назначил его послом" appoints Y, the last person of the
pronoun's gender the sentence before names who is not the appointer; where that sentence
names no other such person, no one is appointed. Sentences of our own about Bolivia–Peru,
Japan–Korea, Turkey–Syria."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _appointed(read: list[Event]) -> list[tuple[str, list[str]]]:
    return [(e.label, sorted(e.participants)) for e in read if e.kind == "Appointment"]


TOLD = [
    ("Президент Боливии Луис Арсе принял Хуана Мендосу. Арсе назначил его послом в Перу.",
     [("Назначение Хуана Мендосы на пост посла в Перу",
       ["person/khuan-mendosa", "person/luis-arse", "state/BOL"])]),
    ("Президент Боливии Луис Арсе встретился с дипломатом Хуаном Мендосой. В пятницу Луис "
     "Арсе назначил его послом в Перу.",
     [("Назначение Хуана Мендосы на пост посла в Перу",
       ["person/khuan-mendosa", "person/luis-arse", "state/BOL"])]),
    ("Премьер-министр Японии Сигэру Исиба высоко оценил работу Кэнтаро Сонуры. Исиба назначил "
     "его послом в Корее.",
     [("Назначение Кэнтаро Сонуры на пост посла в Корее",
       ["person/kentaro-sonura", "person/shigeru-ishiba", "state/JPN"])]),
    ("Президент Кореи Ли Чжэ Мён поблагодарил министра Пак Чжин Хо. Ли Чжэ Мён назначил его "
     "послом в Японии.",
     [("Назначение Пака Чжина Хо на пост посла в Японии",
       ["person/lee-jae-myung", "person/pak-chzhin-kho", "state/KOR"])]),
    # the appointee named before the appointer, as before this pass
    ("Мехмет Йылмаз возглавлял департамент МИД Турции. Президент Турции Реджеп Эрдоган "
     "назначил его послом в Сирии.",
     [("Назначение Мехмета Йылмаза на пост посла в Сирии",
       ["person/mekhmet-yylmaz", "person/recep-tayyip-erdogan", "state/TUR"])]),
    ("Луис Арсе похвалил Марию Гонсалес. Арсе назначил её послом в Перу.",
     [("Назначение Марии Гонсалес на пост посла в Перу",
       ["person/luis-arse", "person/mariya-gonsales"])]),
    # must-nots: no other person of the pronoun's gender before it, no appointee
    ("Луис Арсе похвалил Марию Гонсалес. Арсе назначил его послом в Перу.", []),
    ("Президент Турции Реджеп Эрдоган прибыл в Анкару. Эрдоган назначил его послом в Сирии.",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "told"), TOLD)
def test_an_object_pronoun_of_appointing_is_not_the_appointer(
    events, text: str, told: list
) -> None:
    assert _appointed(events(text, "2025-03-06")) == told
