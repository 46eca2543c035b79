"""A forum told again by its bare noun ("Выступая на форуме", "На полях форума") after a
forum of the document's pair is that forum: no second, undated forum, its speakers join it,
and what is signed "на полях форума" takes its day (h-events162). Its label names the pair
by its states, not also by "двух стран". Own sentences about other pairs of states."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

KEN_UGA = (
    "Найроби, 12 мая 2026 года. Президент Уганды, находящийся в Кении с рабочим визитом, "
    "принял участие во вторник в открытии бизнес-форума двух стран.\n\n"
)
CHL_ARG = (
    "Сантьяго, 14 октября 2026 года. Президент Аргентины, находящийся в Чили с рабочим "
    "визитом, принял участие во вторник в открытии бизнес-форума двух стран.\n\n"
)
VNM_LAO = (
    "Ханой, 8 июля 2026 года. Премьер-министр Лаоса, находящийся во Вьетнаме с рабочим "
    "визитом, принял участие во вторник в открытии инвестиционного форума двух стран.\n\n"
)


def _forums(read: list[Event]) -> list[tuple[str, str, list[str]]]:
    return [(e.label, e.date, sorted(e.participants)) for e in read if e.kind == "Forum"]


def _signings(read: list[Event]) -> list[tuple[str, str]]:
    return [(e.date, e.location) for e in read if e.kind == "Signing"]


# (document date, text, the one forum (label, date, participants), signings' dates, places)
TOLD_AGAIN = [
    ("2026-05-12",
     KEN_UGA + "Выступая на форуме, президент Кении отметил рост товарооборота.\n\n"
     "На полях форума министры торговли Кении и Уганды подписали соглашение о таможенном "
     "сотрудничестве. Кроме того, был подписан протокол о строительстве дороги.",
     ("Бизнес-форум Кении и Уганды", "2026-05-12", ["state/KEN", "state/UGA"]),
     [("2026-05-12", ""), ("2026-05-12", "")]),
    # told held in the state of the dateline's city, it is held there, and so are its signings
    ("2026-05-12",
     "Найроби, 12 мая 2026 года. Во вторник президент Уганды открыл в Кении бизнес-форум "
     "двух стран.\n\nВыступая на форуме, президент Кении отметил рост товарооборота.\n\n"
     "На полях форума министры торговли Кении и Уганды подписали соглашение о таможенном "
     "сотрудничестве. Кроме того, был подписан протокол о строительстве дороги.",
     ("Бизнес-форум Кении и Уганды", "2026-05-12", ["state/KEN", "state/UGA"]),
     [("2026-05-12", "Найроби"), ("2026-05-12", "Найроби")]),
    ("2026-10-14",
     CHL_ARG + "Выступая на форуме, президент Чили напомнил о договоре о дружбе.\n\n"
     "На полях форума министры энергетики Чили и Аргентины подписали соглашение о поставках "
     "газа.",
     ("Бизнес-форум Аргентины и Чили", "2026-10-13",
      ["person/javier-milei", "state/ARG", "state/CHL"]),
     [("2026-10-13", "")]),
    ("2026-07-08",
     VNM_LAO + "Выступая на форуме, премьер-министр Вьетнама призвал расширить торговлю.\n\n"
     "На полях форума министры Вьетнама и Лаоса подписали соглашение о строительстве "
     "железной дороги.",
     ("Инвестиционный форум Вьетнама и Лаоса", "2026-07-07", ["state/LAO", "state/VNM"]),
     [("2026-07-07", "")]),
]  # fmt: skip


@pytest.mark.parametrize(("day", "text", "forum", "signed"), TOLD_AGAIN)
def test_a_bare_forum_told_again(events, day: str, text: str, forum: tuple, signed: list) -> None:
    """One forum, the speakers' too, and the signings on its day."""
    read = events(text, day)
    assert (_forums(read), _signings(read)) == ([forum], signed)


# must-nots: a forum with a name, a day or a place of its own, or of a state outside the
# pair, stays apart from the pair's forum told before
APART = [
    ("2026-05-12",
     KEN_UGA + "Кенийско-угандийский молодёжный форум пройдёт в Кампале в сентябре.", 2),
    ("2026-05-12",
     KEN_UGA + "Выступая 3 марта на форуме, президент Кении отметил рост товарооборота.", 2),
    ("2026-10-14",
     CHL_ARG + "Ранее президент Чили выступил на форуме в Давосе.", 2),
]  # fmt: skip


@pytest.mark.parametrize(("day", "text", "count"), APART)
def test_a_forum_of_its_own_stays_apart(events, day: str, text: str, count: int) -> None:
    assert len(_forums(events(text, day))) == count


def test_a_speaker_of_another_state_joins_no_forum_of_the_pair(events) -> None:
    text = KEN_UGA + "Выступая на форуме, президент Танзании призвал к интеграции."
    first = _forums(events(text, "2026-05-12"))[0]
    assert "state/TZA" not in first[2]


# (document date, text, the forum's place): held in a state only, below a dateline of a city
# of that state, in that city; must-nots: another state's dateline, a forum ahead, talks
DATELINED = [
    ("2026-05-12",
     "Найроби, 12 мая 2026 года. Во вторник президент Уганды открыл в Кении бизнес-форум "
     "двух стран.", "Найроби"),
    ("2026-10-14",
     "Сантьяго, 14 октября 2026 года. Во вторник президент Аргентины открыл в Чили "
     "бизнес-форум двух стран.", "Сантьяго"),
    ("2026-05-12",
     "Кампала, 12 мая 2026 года. Во вторник президент Уганды открыл в Кении бизнес-форум "
     "двух стран.", "Кения"),
    ("2026-05-12",
     "Найроби, 12 мая 2026 года. В сентябре в Кении пройдёт кенийско-угандийский "
     "бизнес-форум.", "Кения"),
]  # fmt: skip


@pytest.mark.parametrize(("day", "text", "place"), DATELINED)
def test_a_forum_held_in_the_dateline_s_state(events, day: str, text: str, place: str) -> None:
    assert [e.location for e in events(text, day) if e.kind == "Forum"] == [place]


def test_talks_in_the_dateline_s_state_stay_there(events) -> None:
    text = "Найроби, 12 мая 2026 года. Президенты Кении и Уганды провели переговоры в Кении."
    assert [e.location for e in events(text, "2026-05-12") if e.kind == "Talks"] == ["Кения"]
