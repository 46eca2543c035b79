"""A bare ceremony after an act told in words (sixty-eighth pass, h-events257). Own sentences
about pairs of states other than the corpus's: a checkpoint or bridge opened, a satellite
launched, a pipeline commissioned, and "На церемонии (открытия) присутствовали X и Y" right
after it is that act's ceremony, labelled by it, on its day and at its place; "После
церемонии стороны провели заседание межправительственного комитета" is a sitting of the two
sides on the ceremony's day; the look-alikes that must not read so."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, one_of_kind, state_keys

_DAY = "2026-12-07"  # a Monday

# text, label, date, location
ACTS = [
    # a checkpoint opened, its bare opening ceremony
    ("Казахстан и Узбекистан в пятницу открыли новый пункт пропуска «Атамекен» на общей "
     "границе. В церемонии открытия приняли участие премьер-министр Казахстана Олжас Бектенов "
     "и премьер-министр Узбекистана Абдулла Арипов.",
     "Церемония открытия нового пункта пропуска «Атамекен»", "2026-12-04", ""),
    # a bridge, a bare ceremony, a place
    ("Индия и Бангладеш в среду открыли мост через реку Фени в Агартале. На церемонии "
     "присутствовали премьер-министр Индии Нарендра Моди и министр иностранных дел Бангладеш "
     "Хасан Махмуд.", "Церемония открытия моста", "2026-12-02", "Агартала"),
    # a reflexive verb's subject
    ("В понедельник на границе Индии и Бангладеш открылся новый мост. На церемонии открытия "
     "выступил премьер-министр Индии Нарендра Моди.",
     "Церемония открытия нового моста", "2026-12-07", ""),
    # a satellite put on orbit
    ("Китайская ракета в четверг вывела на орбиту египетский спутник связи. На церемонии "
     "присутствовал министр связи Египта Амр Талаат.",
     "Церемония запуска египетского спутника связи", "2026-12-03", ""),
    # a pipeline commissioned
    ("Турция и Азербайджан в субботу ввели в эксплуатацию газопровод Игдыр — Нахичевань. На "
     "церемонии присутствовали президенты Турции и Азербайджана Реджеп Тайип Эрдоган и Ильхам "
     "Алиев.", "Церемония ввода в эксплуатацию газопровода Игдыр — Нахичевань", "2026-12-05", ""),
    # a launch by its noun, from a cosmodrome
    ("Запуск египетского спутника состоялся во вторник с космодрома Байконур. На церемонии "
     "присутствовал министр связи Египта Амр Талаат.",
     "Церемония запуска египетского спутника", "2026-12-01", "космодром Байконур"),
    # a launch told by a verb, then by a bare noun in a new paragraph with its site
    ("Китайская ракета во вторник вывела на орбиту египетский спутник.\n\nЗапуск состоялся с "
     "космодрома Цзюцюань. На церемонии присутствовал министр связи Египта Амр Талаат.",
     "Церемония запуска египетского спутника", "2026-12-01", "космодром Цзюцюань"),
    # a ship handed over
    ("Турция во вторник передала Азербайджану патрульный корабль. На церемонии присутствовали "
     "министры обороны Турции и Азербайджана.",
     "Церемония передачи патрульного корабля", "2026-12-01", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "day", "location"), ACTS)
def test_a_bare_ceremony_is_the_acts(events, text, label, day, location) -> None:
    ceremony = one_of_kind(events(text, _DAY), "Ceremony")
    assert (ceremony.label, ceremony.date, ceremony.location) == (label, day, location)


# text, the ceremony's label as its own words give it
NOT_THE_ACTS = [
    # a ceremony of its own
    ("Индия и Бангладеш в среду открыли мост через реку Фени. На церемонии прощания с "
     "погибшими присутствовал премьер-министр Индии Нарендра Моди.",
     "Церемония прощания с погибшими"),
    # a ceremony of another year
    ("Индия и Бангладеш в среду открыли мост через реку Фени. В 2019 году на церемонии "
     "присутствовал премьер-министр Индии Нарендра Моди.", "Церемония"),
    # a ceremony its own word sets at another time (sixty-eighth pass, h-fixA)
    ("Египет и Китай в среду открыли пункт пропуска. На предыдущей церемонии присутствовали "
     "министры транспорта двух стран.", "Предыдущая церемония"),
    ("Индия и Бангладеш в среду открыли мост через реку Фени. На прошлогодней церемонии "
     "присутствовал премьер-министр Индии Нарендра Моди.", "Прошлогодняя церемония"),
    # troops withdrawn: no act of a ceremony
    ("Узбекистан в среду вывел войска из приграничного района. На церемонии присутствовал "
     "министр обороны Узбекистана Шухрат Халмухамедов.", "Церемония"),
    # a sentence between
    ("Индия и Бангладеш в среду открыли мост через реку Фени. Строительство обошлось в 50 млн "
     "долларов. На церемонии присутствовал премьер-министр Индии Нарендра Моди.", "Церемония"),
    # an opening ceremony after a launch
    ("Китай в четверг запустил спутник Египта. На церемонии открытия присутствовал министр "
     "связи Египта Амр Талаат.", "Церемония открытия"),
    # a handover's dative is not what is handed over
    ("Передача Египту первой партии самолётов состоялась в среду. На церемонии присутствовал "
     "министр обороны Египта.", "Церемония"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), NOT_THE_ACTS)
def test_a_ceremony_of_no_act_told(events, text, label) -> None:
    assert one_of_kind(events(text, _DAY), "Ceremony").label == label


# a ceremony told as an event, then told again bare: one ceremony (sixty-eighth pass, h-fixA)
TOLD_AGAIN = [
    ("В среду в Агартале состоялась церемония открытия моста через реку Фени. На церемонии "
     "присутствовали премьер-министры Индии и Бангладеш.",
     "Церемония открытия моста через реку Фени"),
    ("Во вторник в Каире прошла торжественная церемония открытия пункта пропуска "
     "«Эль-Кантара». На официальной церемонии выступили министры транспорта Египта и Китая.",
     "Торжественная церемония открытия пункта пропуска «Эль-Кантара»"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), TOLD_AGAIN)
def test_a_named_ceremony_told_again_is_no_acts(events, text, label) -> None:
    assert one_of_kind(events(text, _DAY), "Ceremony").label == label


def test_the_sitting_after_the_ceremony_is_the_sides_on_its_day(events) -> None:
    text = (
        "Египет и Китай в среду открыли пункт пропуска «Эль-Кантара». В церемонии открытия "
        "приняли участие министры транспорта двух стран.\n\nРеконструкция продолжалась два "
        "года.\n\n«Это ворота нашей торговли», — заявил министр.\n\nПосле церемонии стороны "
        "провели заседание межправительственного комитета по сотрудничеству и подписали "
        "соглашение о транзите грузов."
    )
    found = events(text, _DAY)
    sitting = one_of_kind(found, "Meeting")
    assert state_keys(sitting) == {"state/EGY", "state/CHN"}
    assert sitting.date == "2026-12-02"
    assert one_of_kind(found, "Signing").date == "2026-12-02"


def test_after_a_ceremony_of_its_own_year(events) -> None:
    text = (
        "Египет и Китай в среду открыли пункт пропуска. После церемонии в 2019 году стороны "
        "провели заседание межправительственного комитета и подписали соглашение о транзите."
    )
    found = events(text, _DAY)
    assert one_of_kind(found, "Meeting").date == "2019"
    assert one_of_kind(found, "Signing").date == "2019"


def test_a_sitting_of_sides_of_something_else_is_no_pairs(events) -> None:
    text = (
        "Египет и Китай во вторник открыли пункт пропуска. Во вторник стороны конфликта "
        "провели заседание межправительственного комитета."
    )
    assert not of_kind(events(text, _DAY), "Meeting")
