"""What a speaker of a transcript of two leaders' statements tells as done with no time of
its own is of the statements' day: a paper signed by no one named ("Подписано соглашение о
…") and the guest's visit the host welcomes ("Мы рады приветствовать в Каире … Это визит …")
take the dateline's day, the two speakers' states and, unplaced, its city; so does a bare
welcome ("Рад приветствовать Вас в Сантьяго"); "Вчера мы с президентом Бразилии провели
переговоры" are the speaker's talks with that third. Must-nots: a year of its own ("Подписано
в 2019 году") stays; a welcome wished or recalled; a news article (no turns) reads as before.
Our own transcripts about other pairs of states (fifty-fourth pass, h-events155)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.events import Event

_VISITS = {"Visit", "OfficialVisit", "StateVisit"}

# a pair's dateline, document date, host's and guest's turn labels
PAIRS = {
    "CHL-ARG": ("Сантьяго, 12 марта 2026 года", "2026-03-12",
                "Габриэль Борич (Президент Чили)", "Хавьер Милей (Президент Аргентины)"),
    "EGY-JOR": ("Каир, 3 февраля 2026 года", "2026-02-03",
                "Абдель Фаттах ас-Сиси (Президент Египта)", "Абдалла II (король Иордании)"),
}  # fmt: skip
STATES = {"CHL-ARG": ["state/ARG", "state/CHL"], "EGY-JOR": ["state/EGY", "state/JOR"]}


def _transcript(pair: str, said: str) -> str:
    dateline, _, host, guest = PAIRS[pair]
    return (
        f"Заявления для прессы\n\n{dateline}.\n\n{host}: Уважаемый господин Президент! "
        f"Дамы и господа!\n\n{said}\n\n{guest}: Благодарю вас за тёплый приём. Мы ценим "
        "наше партнёрство.\n"
    )


# what the host says, by pair, and the signing's date and place
SIGNED = [
    ("CHL-ARG", "Мы обсудили торговлю. Подписано соглашение о сотрудничестве в области "
                "энергетики.", "2026-03-12", "Сантьяго"),
    ("EGY-JOR", "Наши страны — давние партнёры. Подписаны меморандум о сотрудничестве в "
                "области туризма и соглашение о торговле.", "2026-02-03", "Каир"),
    # a place of its own wins over the dateline's city
    ("EGY-JOR", "Мы обсудили торговлю. В Александрии было подписано соглашение о торговле.",
                "2026-02-03", "Александрия"),
    # must not: a year of its own stays
    ("EGY-JOR", "Мы ценим наше сотрудничество. Подписано в 2019 году соглашение о транзите "
                "газа.", "2019", ""),
]  # fmt: skip


@pytest.mark.parametrize(("pair", "said", "day", "place"), SIGNED)
def test_signed_in_a_turn_is_of_the_dateline(
    events: Callable[..., list[Event]], pair: str, said: str, day: str, place: str
) -> None:
    states, date = STATES[pair], PAIRS[pair][1]
    (signing,) = [e for e in events(_transcript(pair, said), date) if e.kind == "Signing"]
    assert sorted(p for p in signing.participants if p.startswith("state/")) == states
    assert (signing.date, signing.location) == (day, place)


# a guest's visit the host welcomes, and the visit's place
WELCOMED = [
    ("CHL-ARG", "Мы рады приветствовать в Сантьяго Президента Аргентины Хавьера Милея. Это "
                "первый государственный визит аргентинского лидера в Чили.", "Сантьяго"),
    ("EGY-JOR", "Мы рады приветствовать в Каире Короля Иордании Абдаллу II. Это официальный "
                "визит иорданского монарха в Египет.", "Каир"),
    # a bare welcome of the one spoken to: the other speaker's visit
    ("CHL-ARG", "Рад приветствовать Вас в Сантьяго. Мы обсудили торговлю.", "Сантьяго"),
    ("EGY-JOR", "Добро пожаловать в Каир! Мы обсудили торговлю.", "Каир"),
    ("EGY-JOR", "Сердечно приветствую Вас в Египте.", "Каир"),
    # the visit noun on the welcome: that visit, not planned
    ("EGY-JOR", "Мы рады приветствовать Вас в Каире с официальным визитом.", "Каир"),
]  # fmt: skip


@pytest.mark.parametrize(("pair", "said", "place"), WELCOMED)
def test_welcomed_visit_is_of_the_dateline(
    events: Callable[..., list[Event]], pair: str, said: str, place: str
) -> None:
    date = PAIRS[pair][1]
    (visit,) = [e for e in events(_transcript(pair, said), date) if e.kind in _VISITS]
    assert (visit.date, visit.status, visit.location) == (date, "occurred", place)
    assert sorted(p for p in visit.participants if p.startswith("state/")) == STATES[pair]


# must not: a welcome wished or recalled, or the guest's thanks, tells no visit of the day
NOT_WELCOMED = [
    ("EGY-JOR", "Надеюсь приветствовать Вас в Каире в следующем году."),
    ("CHL-ARG", "Я приветствовал Вас в Сантьяго в 2023 году."),
    ("CHL-ARG", "Мы не приветствуем такие решения."),
]


@pytest.mark.parametrize(("pair", "said"), NOT_WELCOMED)
def test_no_welcome_no_visit_of_the_day(
    events: Callable[..., list[Event]], pair: str, said: str
) -> None:
    date = PAIRS[pair][1]
    read = events(_transcript(pair, said), date)
    assert not [e for e in read if e.kind in _VISITS and e.date == date], read


# must not: the same words in a news article, no turns: no signing or visit takes the day
NEWS = [
    "Президент Чили Габриэль Борич провёл переговоры с президентом Аргентины Хавьером "
    "Милеем. Стороны обсудили торговлю. В Сантьяго открылась выставка.\n\n"
    "Подписано соглашение о сотрудничестве в области энергетики.",
    "Президент Египта провёл переговоры с королём Иордании. Стороны обсудили торговлю. В "
    "Каире открылась выставка.\n\nМы рады приветствовать в Каире Короля Иордании Абдаллу "
    "II. Это был официальный визит иорданского монарха в Египет.",  # "Это визит …" in the
    # present is the visit the report tells, dated its day (h-events207)
    "Президент Египта встретил короля Иордании. Стороны обсудили торговлю. В Каире открылась "
    "выставка.\n\nПрезидент Египта сказал: «Добро пожаловать в Каир!»",
]


@pytest.mark.parametrize("text", NEWS)
def test_news_keeps_its_reading(events: Callable[..., list[Event]], text: str) -> None:
    read = events(text, "2026-02-03")
    assert not [e for e in read if e.kind in _VISITS | {"Signing"} and e.date], read


# one speaker's "мы с X" of a third: the talks of the speaker and X, of their day
THIRD = [
    ("CHL-ARG", "Вчера мы с президентом Бразилии провели переговоры о торговле.",
     "2026-03-11", "person/gabriel-borich", ["state/BRA", "state/CHL"]),
    ("EGY-JOR", "Вчера мы с президентом Бразилии провели переговоры в Каире.",
     "2026-02-02", "person/abdel-fattah-el-sisi", ["state/BRA", "state/EGY"]),
]  # fmt: skip


@pytest.mark.parametrize(("pair", "said", "day", "speaker", "states"), THIRD)
def test_we_with_a_third_are_the_speaker_and_the_third(
    events: Callable[..., list[Event]],
    pair: str,
    said: str,
    day: str,
    speaker: str,
    states: list[str],
) -> None:
    read = events(_transcript(pair, said), PAIRS[pair][1])
    (talks,) = [e for e in read if e.kind == "Talks"]
    assert sorted(p for p in talks.participants if p.startswith("state/")) == states
    assert speaker in talks.participants and talks.date == day
    assert sum(p.startswith("person/") for p in talks.participants) == 2, talks.participants


def test_we_with_many_others_is_not_the_speakers(events: Callable[..., list[Event]]) -> None:
    """ "мы с министрами Бразилии": many, no one person; the speaker is no side named."""
    said = "Вчера мы с министрами Бразилии провели переговоры."
    read = events(_transcript("EGY-JOR", said), "2026-02-03")
    talks = [e for e in read if e.kind == "Talks"]
    assert not any("person/abdel-fattah-el-sisi" in e.participants for e in talks), talks


def test_met_last_year_keeps_no_day_of_the_dateline(events: Callable[..., list[Event]]) -> None:
    """ "В прошлом году мы с ним встречались в Сантьяго": last year's, not the dateline's."""
    said = "В прошлом году мы с ним встречались в Сантьяго. Подписано соглашение о торговле."
    read = events(_transcript("CHL-ARG", said), "2026-03-12")
    assert not [e for e in read if e.date == "2026-03-12" and e.kind != "Signing"], read
