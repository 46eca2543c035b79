"""Event leftovers of the forty-fourth pass (h-events111): a former holder's noun names the
one the text titled so; "с DATE" dates the taking of an office; a joint body of two states
is neither's; "начал нападать" tells the attack; "вместо ушедшего в отставку X" tells X's
leaving. Sentences of our own about other states."""

from __future__ import annotations

import pytest

_CHILE = "Министр иностранных дел Чили Хуан Перес ушёл в отставку в 1999 году. "

# text, the (date, participants) of its one appointment: "экс-министр" is the one the text
# titled "министр" before; "с DATE" is the day a perfective verb took the office; a joint
# body's post ("Чилийско-перуанский совет") is neither state's
FORMER = [
    (_CHILE + "С сентября 2000 года экс-министр стал сопредседателем Чилийско-перуанского "
     "делового совета.", ("2000-09", {"person/khuan-peres"})),
    ("Хуан Перес назначен председателем Эстонско-латвийской межправительственной комиссии.",
     ("2024-07-01", {"person/khuan-peres"})),
    # must stay: a state's body keeps its state; a month "в" dates as before
    ("Хуан Перес назначен председателем Центрального банка Чили.",
     ("2024-07-01", {"person/khuan-peres", "state/CHL"})),
    ("В сентябре 2000 года Хуан Перес стал министром иностранных дел Чили.",
     ("2000-09", {"person/khuan-peres", "state/CHL"})),
    ("С сентября 2000 года Хуан Перес стал министром иностранных дел Чили.",
     ("2000-09", {"person/khuan-peres", "state/CHL"})),
]  # fmt: skip


@pytest.mark.parametrize(("text", "told"), FORMER)
def test_former_holders_and_joint_bodies(events, text: str, told: tuple) -> None:
    (appointment,) = [e for e in events(text, "2024-07-01") if e.kind == "Appointment"]
    assert (appointment.date, set(appointment.participants)) == told


def test_a_compound_adjective_of_no_two_states(events) -> None:
    """ "Либерально-демократической партии Японии": no joint body, Japan's party as before."""
    text = "Синдзо Абэ избран председателем правящей Либерально-демократической партии Японии."
    (election,) = [e for e in events(text, "2024-07-01") if e.kind == "Election"]
    assert set(election.participants) == {"person/shinzo-abe", "state/JPN"}


def test_a_former_noun_of_another_office_names_no_one(events) -> None:
    """ "экс-посол" names no one the text titled "министр": no holder, no appointment."""
    text = _CHILE + "С сентября 2000 года экс-посол стал сопредседателем делового совета."
    assert [e for e in events(text, "2024-07-01") if e.kind == "Appointment"] == []


# text, whether it tells an attack (by Хорхе Азимов, yesterday): the verb of setting about
# it tells it, as the finite verb does; a habit or a refusal does not
ATTACKS = [
    ("Вчера в Лиме Хорхе Азимов начал беспорядочно нападать с ножом на прохожих, убив "
     "одного.", True),
    ("Вчера в Лиме Хорхе Азимов стал нападать с ножом на прохожих.", True),
    ("Вчера в Лиме Хорхе Азимов напал с ножом на прохожих.", True),
    # must not: a refusal
    ("Вчера в Лиме Хорхе Азимов не стал нападать с ножом на прохожих.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "told"), ATTACKS)
def test_an_attack_set_about(events, text: str, told: bool) -> None:
    found = [
        (e.status, e.date, e.participants) for e in events(text, "2024-07-01") if e.kind == "Attack"
    ]
    assert found == ([("occurred", "2024-06-30", ["person/khorkhe-azimov"])] if told else [])


def test_a_habit_of_meeting_stays_no_event(events) -> None:
    """ "стал встречаться": the onset of a habit, still no meeting."""
    text = "В 2015 году Хорхе Азимов стал встречаться с актрисой Еленой Варгас."
    assert [e for e in events(text, "2024-07-01") if e.kind == "Meeting"] == []


# text: one named "вместо ушедшего в отставку X" left, before the news (no date of its own)
INSTEAD = [
    "Хуан Перес, который сегодня был назначен министром обороны Перу вместо ушедшего в "
    "отставку Луиса Гарсии, прибыл в Лиму.",
    "Посол Перу в Чили Педро Санчес был назначен министром обороны вместо ушедшего в "
    "отставку Луиса Гарсии.",
]  # fmt: skip


@pytest.mark.parametrize("text", INSTEAD)
def test_one_left_instead_of(events, text: str) -> None:
    found = events(text, "2024-07-01")
    (resignation,) = [e for e in found if e.kind == "Resignation"]
    assert "person/luis-garsiya" in resignation.participants
    assert (resignation.status, resignation.date) == ("occurred", "")
    (appointment,) = [e for e in found if e.kind == "Appointment"]
    assert "person/luis-garsiya" not in appointment.participants


# text, the labels and statuses of its changes of office: a subjectless verb of leaving
# names who leaves after the post, however the parser hangs the name and the relative
# clause after it; a run for office ("планирует баллотироваться") appoints no one
LEFT = [
    ("Президент Чили Габриэль Борич прибыл в Лиму. Напомним, 1 октября 2019 года ушёл в "
     "отставку с должности главы администрации президента Чили Р.Эспиноса, который планирует "
     "баллотироваться на пост мэра Сантьяго.",
     [("Resignation", "occurred",
       "Отставка Эспиноса с поста главы администрации президента Чили")]),
    # must stay: an appointment to that post
    ("Хорхе Перес назначен главой администрации президента Чили.",
     [("Appointment", "occurred",
       "Назначение Хорхе Переса на пост главы администрации президента Чили")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "told"), LEFT)
def test_one_left_a_post_named_after_it(events, text: str, told: list) -> None:
    found = [
        (e.kind, e.status, e.label)
        for e in events(text, "2024-07-01")
        if e.kind in {"Appointment", "Resignation"}
    ]
    assert found == told


_NAMED = (
    "Президент Чили Габриэль Борич официально объявил о назначении Луиса Мартинеса своим "
    "советником по национальной безопасности. "
)
_LEFT = "Министр обороны Перу Хуан Перес ушёл в отставку. "

# text, the labels of the appointments it tells: the post another takes is the one an
# appointment before gave, or the post of the one who left it, or one led the sentence before
TAKEN = [
    # "он" who takes the post just given is its appointee, told again: not the president
    (_NAMED + "На этом посту он сменит генерала Хорхе Переса.",
     ["Назначение Луиса Мартинеса на пост советника по национальной безопасности"]),
    ("Президент Чили Габриэль Борич назначил Луиса Мартинеса министром обороны. На этом посту "
     "его сменит Хорхе Перес.",
     ["Назначение Луиса Мартинеса на пост министра обороны",
      "Назначение Хорхе Переса на пост министра обороны"]),
    (_LEFT + "Этот ставший вакантным пост займёт генерал-лейтенант Хорхе Рамос.",
     ["Назначение Хорхе Рамоса на пост министра обороны Перу"]),
    (_LEFT + "Его место займёт Хорхе Рамос.",
     ["Назначение Хорхе Рамоса на пост министра обороны Перу"]),
    (_LEFT + "На посту его сменит Хорхе Рамос.",
     ["Назначение Хорхе Рамоса на пост министра обороны Перу"]),
    ("До сегодняшнего назначения Хуан Перес командовал контингентом ООН на Кипре. Теперь этот "
     "ставший вакантным пост займёт генерал-лейтенант Хорхе Рамос.",
     ["Назначение Хорхе Рамоса на пост командующего контингентом ООН на Кипре"]),
    # must stay: the holder's own title (h-events107); a place in a race is no post
    ("Посол Чили в Перу Хосе Мартинес отозван. Мартинес был назначен на эту должность в июне "
     "2019 года.", ["Назначение Хосе Мартинеса на пост посла Чили в Перу"]),
    ("Сборная Перу заняла третье место. Его место займёт Хорхе Рамос.", []),
    ("Хуан Перес занял третье место на выборах мэра Лимы.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "labels"), TAKEN)
def test_a_post_taken_from_another(events, text: str, labels: list) -> None:
    found = [e for e in events(text, "2024-07-01") if e.kind == "Appointment"]
    assert [e.label for e in found] == labels
    assert all(e.status == "planned" for e in found if "Рамос" in e.label)


# text, whether it tells an appointment: a title after "с" is one met, no office taken
WITH_TITLE = [
    ("В 2015 году Хорхе Азимов стал встречаться с министром Чили Хосе Пинедой.", False),
    ("В 2015 году Хорхе Азимов стал министром обороны Чили.", True),  # must stay
]  # fmt: skip


@pytest.mark.parametrize(("text", "told"), WITH_TITLE)
def test_a_title_met_with_is_no_office(events, text: str, told: bool) -> None:
    found = [e for e in events(text, "2024-07-01") if e.kind == "Appointment"]
    assert bool(found) == told
