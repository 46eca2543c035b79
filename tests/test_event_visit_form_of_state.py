"""A visit "в королевство", "в княжество" (a word of a state's form of government) goes to
the state of that form the text named before it, not the visitor's, by its full name
(`StateEntry.full_name`: "Иорданское Хашимитское Королевство"); a one-day visit of no day of
its own takes the day of its visitor's and host's signing. Own sentences about
Morocco–Jordan, France–Monaco, Iran–Oman, Iran–Jordan (seventy-first pass, h-events270)."""

from __future__ import annotations

import pytest

# (text, the visit's (host, day, place))
FORM_VISITS = [
    ("Премьер-министр Марокко Азиз Аханнуш и премьер-министр Иордании Джафар Хассан "
     "подписали во вторник в Аммане соглашение о сотрудничестве в области "
     "туризма.\n\nАханнуш прибыл в королевство с однодневным официальным визитом. В "
     "аэропорту его встречал министр иностранных дел Иордании Айман Сафади.",
     ("state/JOR", "2025-06-03", "Амман")),
    ("Князь Монако Альбер II и президент Франции Эмманюэль Макрон подписали во вторник "
     "декларацию о сотрудничестве в области охраны океана.\n\nМакрон прибыл в княжество с "
     "однодневным рабочим визитом. Его встречал государственный министр Монако Кристоф "
     "Миньо.",
     ("state/MCO", "2025-06-03", "")),
    # must not: a visit of three days placed by the talks before keeps their day and city;
    # a form the state named does not have ("в республику" after a king's) takes none of it
    ("Президент Ирана Масуд Пезешкиан и султан Омана Хайсам бен Тарик провели в понедельник "
     "переговоры в Маскате.\n\nПезешкиан прибыл в султанат с трёхдневным официальным "
     "визитом. Стороны обсудили ситуацию в Персидском заливе.",
     ("state/OMN", "2025-06-02", "Маскат")),
    ("Президент Ирана Масуд Пезешкиан и король Иордании Абдалла II провели в понедельник "
     "переговоры в Аммане.\n\nПезешкиан прибыл в республику с однодневным официальным "
     "визитом.",
     ("state/JOR", "2025-06-02", "Амман")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visit"), FORM_VISITS)
def test_visit_to_a_form_of_state(events, text: str, visit) -> None:
    (trip,) = [e for e in events(text, "2025-06-05") if e.visitor]
    assert (trip.host, trip.date, trip.location) == visit


# (text, the visit's host): the nearest state of the form the text named before the visit's
# sentence goes before the dateline's (seventy-second pass, h-review74: was the dateline's)
DATELINE_FORMS = [
    ("РАБАТ, 3 июня. Король Иордании Абдалла II и президент Франции Эмманюэль Макрон "
     "провели в понедельник переговоры.\n\nМакрон прибыл в королевство с однодневным "
     "визитом.", "state/JOR"),
    ("МАДРИД, 3 июня. Король Бахрейна Хамад бен Иса Аль Халифа принял в понедельник "
     "президента Бразилии Лулу да Силву.\n\nЛула прибыл в королевство с трёхдневным "
     "государственным визитом.", "state/BHR"),
    # must-not: no state of the form named before: the dateline's
    ("РАБАТ, 3 июня. Президент Франции Эмманюэль Макрон прибыл в королевство с однодневным "
     "визитом.", "state/MAR"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "host"), DATELINE_FORMS)
def test_a_form_of_state_named_before_goes_before_the_dateline(events, text, host) -> None:
    (trip,) = [e for e in events(text, "2025-06-05") if e.visitor]
    assert trip.host == host
