"""A visit that frames its clause by the visitor's state alone ("В ходе поездки бразильский
министр провёл переговоры") after a visit of a person of that state, told just before, is
that visit told again: one visit, and the talks or meeting it frames take its day and place,
not the dateline's. Sentences of our own about other pairs of states, with must-not cases (a
trip of another state, a trip to a place of its own)."""

from __future__ import annotations

import pytest

from kg.extract.events import VISITS

# document date, text, visits read, (kind, date, place) of what the trip frames
CASES = [
    ("2025-04-14", 1, ("Meeting", "2025-04-11", "Каир"),
     "Министр иностранных дел Турции 11 апреля прибыл в Каир. В ходе визита турецкий министр "
     "встретился с президентом Египта."),
    ("2025-03-03", 1, ("Meeting", "2025-02-28", "Париж"),
     "Министр иностранных дел Индии в пятницу прибыл в Париж. В ходе поездки индийский "
     "министр встретился с президентом Франции."),
    ("2025-12-02", 1, ("Talks", "", "Китай"),  # a visit told by its end: no day for the talks
     "Министр иностранных дел Бразилии в понедельник завершил визит в Китай. В ходе поездки "
     "бразильский министр провёл переговоры с министром иностранных дел КНР."),
    # must not: a trip of another state's person, or to a place of its own, is another trip
    ("2025-09-01", 2, ("Talks", "2025-09-01", ""),
     "Премьер-министр Индии Нарендра Моди в субботу прибыл в Токио. В ходе поездки японский "
     "премьер провёл переговоры с президентом Южной Кореи."),
    ("2025-09-01", 2, ("Talks", "2025-09-01", "Сеул"),
     "Премьер-министр Индии Нарендра Моди в субботу прибыл в Токио. В ходе поездки в Сеул "
     "индийский министр провёл переговоры с президентом Южной Кореи."),
]  # fmt: skip


# The frame's visitor guessed as the host's, from its official in the clause ("В ходе визита
# министр Перу принял …"): the trip told again, within its paragraph (fifty-fourth pass,
# h-events157); must not: the
# host's return visit, a visit to a place of its own, a frame two paragraphs on of another day.
HOSTED = [
    ("2024-08-07", 1, ("Talks", "2024-08-05", "Лима"),
     "Президент Чили Габриэль Борич в понедельник прибыл в Лиму с официальным визитом. В ходе "
     "визита министр иностранных дел Перу принял чилийского коллегу и обсудил с ним вопросы "
     "торговли."),
    ("2025-03-12", 1, ("Talks", "2025-03-11", "Каир"),
     "Король Иордании Абдалла II во вторник прибыл в Каир. В ходе визита министр иностранных "
     "дел Египта провёл переговоры с иорданским коллегой."),
    ("2025-03-12", 1, ("Talks", "2025-03-10", "Лиссабон"),
     "Премьер-министр Испании Педро Санчес в понедельник прибыл в Лиссабон с официальным "
     "визитом. В ходе визита премьер-министр Португалии провёл переговоры с испанским гостем."),
    # within the trip's paragraph, a sentence of other news between
    ("2025-03-12", 1, ("Talks", "2025-03-11", "Каир"),
     "Король Иордании Абдалла II во вторник прибыл в Каир. Египет и Иордания поддерживают "
     "тесные экономические связи, а товарооборот между двумя странами за последние годы "
     "заметно вырос, отмечают наблюдатели. В ходе визита министр иностранных дел Египта провёл "
     "переговоры с иорданским коллегой."),
    # must not
    ("2025-03-12", 2, ("Talks", "2025-03-12", ""),
     "Премьер-министр Испании Педро Санчес в понедельник прибыл в Лиссабон с официальным "
     "визитом. В ходе ответного визита премьер-министр Португалии провёл переговоры с "
     "испанским коллегой."),
    ("2024-08-07", 2, ("Talks", "2024-08-07", "Чили"),
     "Президент Чили Габриэль Борич в понедельник прибыл в Лиму с официальным визитом. В ходе "
     "визита в Чили министр иностранных дел Перу провёл переговоры с коллегой."),
    ("2025-03-12", 2, ("Talks", "2025-03-10", ""),
     "Король Иордании Абдалла II 3 марта прибыл в Каир.\n\nЕгипет и Иордания поддерживают "
     "тесные связи.\n\nВ ходе визита 10 марта министр иностранных дел Египта провёл переговоры "
     "с иорданским коллегой."),
]  # fmt: skip


@pytest.mark.parametrize(("date", "visits", "framed", "text"), CASES + HOSTED)
def test_a_trip_told_again(events, date: str, visits: int, framed: tuple, text: str) -> None:
    read = events(text, date)
    assert len([e for e in read if e.kind in VISITS]) == visits
    kind, day, place = framed
    (event,) = [e for e in read if e.kind == kind]
    assert (event.date, event.location) == (day, place)
