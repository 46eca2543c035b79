"""One appointment of one person to one body's post is one fact across documents however
each titles the post (forty-ninth pass, h-events129): the key is the body's entity and the
post in it ("главой ОАГ", "генеральным секретарём Организации американских государств"),
as within a document. Must-nots: two bodies, a head and a deputy, years apart stay two.
Sentences of our own about Peru–Bolivia, Japan–Korea."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _key(read: list[Event]) -> str:
    (key,) = [e.key for e in read if e.kind == "Appointment"]
    return key


PAIRS = [
    ("3 марта Хуан Мендоса был назначен главой ОАГ.",
     "3 марта Хуан Мендоса был назначен генеральным секретарём Организации американских "
     "государств.", True),
    ("Министр иностранных дел Перу Хуан Мендоса назначен главой ОАГ.",
     "Министр иностранных дел Перу Хуан Мендоса назначен генеральным секретарём Организации "
     "американских государств.", True),
    ("4 марта японский дипломат Кэнтаро Сонура был назначен генеральным директором МАГАТЭ.",
     "4 марта японский дипломат Кэнтаро Сонура был назначен главой Международного агентства "
     "по атомной энергии.", True),
    # must-nots
    ("3 марта Хуан Мендоса был назначен главой ОАГ.",
     "3 марта Хуан Мендоса был назначен заместителем генерального секретаря ОАГ.", False),
    ("3 марта Хуан Мендоса был назначен главой ОАГ.",
     "3 марта Хуан Мендоса был назначен главой МАГАТЭ.", False),
    ("3 марта 2019 года Хуан Мендоса был назначен главой ОАГ.",
     "3 марта Хуан Мендоса был назначен генеральным секретарём Организации американских "
     "государств.", False),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other", "same"), PAIRS)
def test_one_body_s_post_is_one_appointment_across_documents(
    events, one: str, other: str, same: bool
) -> None:
    assert (_key(events(one, "2025-03-06")) == _key(events(other, "2025-03-06"))) is same
