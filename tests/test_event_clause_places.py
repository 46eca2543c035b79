"""Where an event is held, told beside its noun: a "который"-clause the parser hung on
another noun of the phrase gives its place and month to the noun its pronoun agrees with;
talks in a state's seat of government ("в Белом доме", "в Елисейском дворце") are held in
that state, a side of them, so a visit they frame goes there. Own sentences about pairs of
states, with must-nots beside the musts. Fifty-sixth pass (h-events178)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

DAY = "2026-03-12"


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "Ханой, 12 марта. Министр иностранных дел Вьетнама Нгуен Ван Тхань встретился с "
            "министром иностранных дел Индонезии Сити Рахмой. Министры обсудили ход подготовки "
            "к первому заседанию Совместной комиссии по торговле Вьетнама и Индонезии, которое "
            "пройдет в Джакарте в мае.",
            "Meeting",
            "Джакарта",
        ),
        (
            "Ханой, 12 марта. Министр иностранных дел Вьетнама Нгуен Ван Тхань встретился с "
            "министром иностранных дел Индонезии Сити Рахмой. Особое внимание было уделено "
            "подготовке к саммиту Вьетнама и Индонезии, который состоится в Джакарте в мае.",
            "Summit",
            "Джакарта",
        ),
    ],
)
def test_a_clause_on_another_noun_places_its_own(events, text: str, kind: str, place: str) -> None:
    """The clause's pronoun agrees with the event's noun, not the noun it was hung on."""
    (planned,) = [e for e in of_kind(events(text, DAY), kind) if e.status == "planned"]
    assert (planned.status, planned.date, planned.location) == ("planned", "2026-05", place)


@pytest.mark.parametrize(
    "text",
    [  # must not: a clause on a noun it agrees with stays that noun's
        "Министр иностранных дел Перу Хуан Ортис встретился в Лиме с послом Чили, который "
        "прибудет в Сантьяго в мае.",
        "Министр иностранных дел Перу Хуан Ортис встретился в Лиме с делегацией Чили, которая "
        "посетит Сантьяго в мае.",
    ],
)
def test_a_clause_on_its_own_noun_is_not_the_meeting(events, text: str) -> None:
    (meeting,) = of_kind(events(text, DAY), "Meeting")
    assert (meeting.status, meeting.date, meeting.location) == ("occurred", DAY, "Лима")


@pytest.mark.parametrize(
    ("text", "host", "place"),
    [
        (
            "Премьер-министр Индии Нарендра Моди провел переговоры с президентом США Джо "
            "Байденом в Белом доме. В ходе визита Моди также встретился с министром торговли "
            "США Джиной Раймондо.",
            "state/USA",
            "Белый дом",
        ),
        (
            "Президент Польши Анджей Дуда провел переговоры с президентом Франции Эмманюэлем "
            "Макроном в Елисейском дворце. В ходе визита Дуда также встретился с премьер-"
            "министром Франции.",
            "state/FRA",
            "Елисейский дворец",
        ),
    ],
)
def test_talks_at_a_seat_of_government_host_a_visit(
    events, text: str, host: str, place: str
) -> None:
    (visit,) = of_kind(events(text, DAY), "Visit")
    assert (visit.host, visit.location, visit.date) == (host, place, DAY)


def test_a_seat_of_no_side_hosts_nothing(events) -> None:
    """Must not: Moscow's "Белый дом", Russia's government's, is not the USA's seat where
    the USA is no side."""
    text = (
        "Премьер-министр Вьетнама Фам Минь Тинь провел переговоры с премьер-министром России "
        "Михаилом Мишустиным в Белом доме. В ходе визита Фам Минь Тинь также встретился с "
        "министром торговли России."
    )
    visits = of_kind(events(text, DAY), "Visit")
    assert all(v.host != "state/USA" for v in visits)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Осака, 12 марта 2026 года. Министр иностранных дел Кении Джон Мваура, находящийся "
            "в Японии с официальным визитом, провел переговоры с министром экономики Японии "
            "Таро Сато.",
            "Осака",
        ),
        (
            "Мумбаи, 12 марта 2026 года. Министр торговли Ганы Ама Овусу, находящаяся в Индии "
            "с официальным визитом, провела переговоры с министром торговли Индии.",
            "Мумбаи",
        ),
        (  # must not: a dateline city of another state than the visit's
            "Лима, 12 марта 2026 года. Министр иностранных дел Кении Джон Мваура, находящийся "
            "в Японии с официальным визитом, провел переговоры с министром экономики Японии "
            "Таро Сато.",
            "Япония",
        ),
    ],
)
def test_a_stay_in_a_state_is_in_the_datelines_city(events, text: str, place: str) -> None:
    (visit,) = of_kind(events(text, DAY), "OfficialVisit")
    assert (visit.location, visit.date) == (place, DAY)


@pytest.mark.parametrize(
    "agreed",
    [
        "Стороны договорились провести следующий раунд консультаций в Сантьяго.",
        "Стороны договорились провести очередной раунд переговоров в Сантьяго.",
    ],
)
def test_a_round_agreed_on_gives_no_place_to_the_meeting(events, agreed: str) -> None:
    """A round of a series the sides agree to hold lies ahead: its place is not the meeting's
    told before it."""
    text = (
        "Лима, 12 марта 2026 года. Министр иностранных дел Перу Хуан Ортис провел переговоры "
        "с министром иностранных дел Чили Аной Сото. Ортис также встретился с председателем "
        f"парламента Чили Мартином Лопесом. {agreed}"
    )
    (meeting,) = of_kind(events(text, DAY), "Meeting")
    assert (meeting.status, meeting.date, meeting.location) == ("occurred", DAY, "")


def test_a_round_held_keeps_its_place(events) -> None:
    """Must not: a round the sides held is no plan; it was held where the text says."""
    text = "Министры иностранных дел Перу и Чили провели очередной раунд консультаций в Сантьяго."
    (talks,) = of_kind(events(text, DAY), "Talks")
    assert (talks.status, talks.location) == ("occurred", "Сантьяго")
