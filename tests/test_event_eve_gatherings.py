"""A gathering noun under "накануне"/"перед" that names no one, no place and no clause of
its own ("Накануне заседания, 19 мая, министр был принят президентом") only tells the time
of its sentence's act: no planned sitting, summit, talks or forum of its own (h-events149,
as h-events143 for visits). Own sentences about other pairs of states, dated 20 May 2025."""

from __future__ import annotations

import pytest

_DAY = "2025-05-20"

# (text, the events read: (kind, status, date)), none of the noun under "накануне"
EVES = [
    ("Накануне заседания, 19 мая, министр иностранных дел Чили Альберто ван Кларен был принят "
     "президентом Перу Диной Болуарте.",
     [("Meeting", "occurred", "2025-05-19")]),
    ("Накануне саммита, 18 мая, президент Египта Абдель Фаттах ас-Сиси провёл переговоры с "
     "королём Иордании Абдаллой II.",
     [("Talks", "occurred", "2025-05-18")]),
    ("Накануне переговоров президент Кении Уильям Руто встретился с министром иностранных дел "
     "Уганды Джеджемом Одонго.",
     [("Meeting", "occurred", "")]),
    ("Накануне заседания межправительственной комиссии министр иностранных дел Чили Альберто "
     "ван Кларен был принят президентом Перу Диной Болуарте.",
     [("Meeting", "occurred", "")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "read"), EVES)
def test_eve_noun_no_event(events, text: str, read: list) -> None:
    assert sorted((e.kind, e.status, e.date) for e in events(text, _DAY)) == read


# must nots: a date or clause of its own, a name, a place of its own, one told before, and
# "после переговоров" (told as held) keep the gathering
KEPT = [
    ("Накануне заседания, которое пройдёт 25 мая, министр иностранных дел Чили Альберто ван "
     "Кларен был принят президентом Перу Диной Болуарте.",
     ("Meeting", "planned", "2025-05-25")),
    ("Накануне саммита БРИКС президент Египта Абдель Фаттах ас-Сиси провёл переговоры с "
     "королём Иордании Абдаллой II.",
     ("Summit", "planned", "")),
    ("Накануне заседания в Лиме министр иностранных дел Чили Альберто ван Кларен был принят "
     "президентом Перу Диной Болуарте.",
     ("Meeting", "planned", "")),
    ("После переговоров президент Египта Абдель Фаттах ас-Сиси и король Иордании Абдалла II "
     "подписали соглашение о торговле.",
     ("Talks", "occurred", "")),
    ("Президенты Чили и Перу 25 мая проведут в Лиме заседание межправительственной комиссии. "
     "Накануне заседания министры иностранных дел двух стран проведут консультации.",
     ("Meeting", "planned", "2025-05-25")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_gathering_kept(events, text: str, kept: tuple) -> None:
    assert kept in [(e.kind, e.status, e.date) for e in events(text, _DAY)]
