"""Events told as one of several (`kg.extract.events.repeats`): a meeting or talks told as a
repeat ("снова встречался", "вновь провёл переговоры") is not the earlier one the text dates
as background ("в 2016 году"): it is the news, of the document's day, or of the year its
sentence opens with; the news told again by day stays one; "стал встречаться с X" and
"встречался с X несколько лет" tell a relationship, no meeting. Sentences of our own about
other pairs of states, with cases that must stay one event or produce one."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

DAY = "2019-03-01"
TALKS = {"Talks", "Meeting"}
VISITS = {"Visit", "StateVisit", "OfficialVisit", "WorkingVisit"}


@pytest.fixture
def events(events):
    """conftest's `events`, in a document dated DAY."""
    return lambda text: events(text, DAY)


def _of(read: list[Event], kinds: set[str]) -> list[Event]:
    return [e for e in read if e.kind in kinds]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "В 2016 году президент Чили Мишель Бачелет встретилась с президентом Перу Ольянтой "
            "Умалой в Лиме. Её включили в делегацию, в составе которой она снова встречалась с "
            "президентом Перу Ольянтой Умалой.",
            ["2016", DAY],
        ),
        (  # the repeat takes the year its sentence opens with
            "В 2016 году президент Чили Мишель Бачелет встретилась с президентом Перу Ольянтой "
            "Умалой в Лиме. В 2018 году её включили в делегацию, в составе которой она снова "
            "встречалась с президентом Перу Ольянтой Умалой.",
            ["2016", "2018"],
        ),
        (
            "Министр иностранных дел Норвегии Йонас Стёре провёл переговоры с главой МИД Швеции "
            "Карлом Бильдтом в 2011 году. Позже Стёре вновь провёл переговоры с Карлом Бильдтом.",
            ["2011", DAY],
        ),
        (
            "В мае 2015 года премьер Дании Ларс Расмуссен встретился с премьером Исландии "
            "Сигмюндюром Гюннлёйгссоном. На второй встрече Расмуссен и Гюннлёйгссон обсудили "
            "рыболовство.",
            ["2015-05", DAY],
        ),
        # must stay one: no date that is another occurrence's
        (
            "Министр иностранных дел Норвегии Йонас Стёре провёл переговоры с главой МИД Швеции "
            "Карлом Бильдтом. Позже Стёре вновь провёл переговоры с Карлом Бильдтом.",
            [DAY],
        ),
    ],
)
def test_a_repeat_is_not_the_earlier_meeting(events, text: str, dates: list[str]) -> None:
    assert sorted(e.date for e in _of(events(text), TALKS)) == dates


def test_the_news_told_again_by_day_stays_one_visit(events) -> None:
    """ "вновь посетил страну" after the day's "прибыл": the same visit, told again."""
    text = (
        "27 февраля 2019 года президент Чили Себастьян Пиньера прибыл в Перу. Пиньера вновь "
        "посетил страну спустя год после прошлой поездки."
    )
    assert [(e.date, e.host) for e in _of(events(text), VISITS)] == [("2019-02-27", "state/PER")]


@pytest.mark.parametrize(
    ("text", "meets"),
    [
        ("В 2015 году министр Чили Хуан Перес стал встречаться с певицей Марией Лопес.", False),
        ("Посол Перу Хуан Лопес перестал встречаться с министром Чили Хуаном Пересом.", False),
        ("В 2015 году министр Чили Хуан Перес встречался с министром Перу Хуаном Лопесом.", True),
        ("Министр Чили Хуан Перес стал встречаться с министром Перу чаще.", False),
    ],
)
def test_starting_to_meet_is_no_meeting(events, text: str, meets: bool) -> None:
    assert bool(_of(events(text), TALKS)) is meets


@pytest.mark.parametrize(
    ("text", "meets"),
    [
        # an imperfective past verb over a stretch of years: a relationship or a routine
        ("Министр Чили Хуан Перес несколько лет встречался с певицей Марией Лопес.", False),
        ("Певица Мария Лопес, с которой посол Перу Хуан Лопес встречался восемь лет, дала "
         "интервью.", False),
        ("В последнее время министр Чили Хуан Перес встречался с актрисой Анной Смирновой.",
         False),
        ("В последние годы посол Перу Хуан Лопес встречался с министром Чили Хуаном Пересом.",
         False),
        # must not change: a point in time, a meeting that lasted hours, a perfective verb
        ("В 2015 году министр Чили Хуан Перес встречался с министром Перу Хуаном Лопесом.", True),
        ("В это время министр Чили Хуан Перес встречался с министром Перу Хуаном Лопесом.", True),
        ("Министр Чили Хуан Перес встречался с министром Перу Хуаном Лопесом два года назад.",
         True),
        ("Министр Чили Хуан Перес три часа встречался с министром Перу Хуаном Лопесом.", True),
        ("В последние дни министр Чили Хуан Перес встретился с министром Перу Хуаном Лопесом.",
         True),
    ],
)  # fmt: skip
def test_meeting_over_years_is_no_meeting(events, text: str, meets: bool) -> None:
    assert bool(_of(events(text), TALKS)) is meets
