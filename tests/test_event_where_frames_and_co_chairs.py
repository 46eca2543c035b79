"""An event in a clause of "где" dates by its place's event as that event is dated: not by a
date of another clause of the sentence ("Ранее, в июле, X открыл посольство в Y, а в
августе министр X посетил Z, где провёл переговоры": August), nor left undated where the
place's event is a noun of visiting its verb dates ("Визит завершится 14 октября посещением
города Джинджа, где …"); a clause after ", а" the parser hung on the verb before is its own
verb's; and a sitting of a body no one owns whose co-chairs are two states' officers is
those states' sitting. Own sentences about pairs of states, must-nots beside the musts.
Sixty-second pass (h-events216)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, one_of_kind, state_keys

DAY = "2026-09-25"
_OPENED = "Ранее, в июле, {a} открыл{e} посольство в {b}, а в августе "


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        (
            _OPENED.format(a="Парагвай", e="", b="Перу")
            + "министр иностранных дел Парагвая посетил Лиму, где провёл переговоры с главой "
            "МИД Перу.",
            "Talks",
            "2026-08",
        ),
        (
            _OPENED.format(a="Таиланд", e="", b="Камбодже")
            + "министр иностранных дел Таиланда посетил Пномпень, где провёл переговоры с "
            "главой МИД Камбоджи.",
            "Talks",
            "2026-08",
        ),
        (
            _OPENED.format(a="Эквадор", e="", b="Колумбии")
            + "президент Эквадора посетил Боготу, где встретился с президентом Колумбии.",
            "Meeting",
            "2026-08",
        ),
        (  # the visit itself: it had no date where the parser hung "в августе" on "открыл"
            _OPENED.format(a="Венгрия", e="а", b="Монголии")
            + "министр иностранных дел Венгрии посетил Улан-Батор, где провёл переговоры с "
            "главой МИД Монголии.",
            "Visit",
            "2026-08",
        ),
        (  # "в феврале" alone hung on "открыла"
            "Ранее, в январе, Гана открыла посольство в Того, а в феврале президент Ганы Джон "
            "Махама посетил Ломе, где встретился с президентом Того Фором Гнассингбе.",
            "Meeting",
            "2026-02",
        ),
        # must-nots: a clause with no time of its own takes none from the other clause; a
        # day of the event's own wins
        (
            "В июле Эквадор открыл посольство в Колумбии, а министр иностранных дел Эквадора "
            "посетил Боготу, где провёл переговоры с главой МИД Колумбии.",
            "Talks",
            DAY,
        ),
        (
            "Президент Кении в августе посетил Кампалу, где 5 августа выступил на "
            "кенийско-угандийском бизнес-форуме.",
            "Forum",
            "2026-08-05",
        ),
    ],
)
def test_a_where_clause_takes_its_places_own_date(events, text: str, kind: str, date: str) -> None:
    assert one_of_kind(events(text, DAY), kind).date == date


_ARRIVED = "Президент Кении прибыл в Кампалу с официальным визитом. "
_MEETS = "где президент Кении {day}встретится с президентом Уганды."


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            _ARRIVED
            + "Визит завершится 14 октября посещением города Джинджа, "
            + _MEETS.format(day=""),
            "2026-10-14",
        ),
        (
            _ARRIVED + "14 октября состоится поездка в город Джинджа, " + _MEETS.format(day=""),
            "2026-10-14",
        ),
        (
            "Президент Ганы совершит 14 октября поездку в Кумаси, где встретится с "
            "президентом Того.",
            "2026-10-14",
        ),
        # must-nots: the meeting's own day wins; a trip only told of dates nothing
        (
            _ARRIVED
            + "Визит завершится 14 октября посещением города Джинджа, "
            + _MEETS.format(day="13 октября "),
            "2026-10-13",
        ),
        (
            _ARRIVED
            + "В понедельник он рассказал о поездке в город Джинджа, "
            + _MEETS.format(day=""),
            "",
        ),
    ],
)
def test_a_where_clause_on_a_trip_noun_takes_its_verbs_date(events, text: str, date: str) -> None:
    meeting = one_of_kind(events(text, DAY), "Meeting")
    assert (meeting.date, meeting.status) == (date, "planned")


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        (
            _OPENED.format(a="Таиланд", e="", b="Камбодже")
            + "министр иностранных дел Таиланда посетил Пномпень, где провёл переговоры с "
            "главой МИД Камбоджи.",
            {"августе": "посетил", "министр": "посетил", "Таиланд": "открыл", "а": "посетил"},
        ),
        (  # the first clause's subject hung on the later verb across "а" goes back
            _OPENED.format(a="Эквадор", e="", b="Колумбии")
            + "президент Эквадора посетил Боготу, где встретился с президентом Колумбии.",
            {"августе": "посетил", "президент": "посетил", "Эквадор": "открыл"},
        ),
        # must-not: a clause with no subject of its own keeps its words
        (
            "Ранее, в июле, Чехия открыла посольство в Марокко, а затем в августе посетила Рабат.",
            {"Чехия": "открыла", "августе": "посетила"},
        ),
    ],
)
def test_a_clause_after_a_is_its_own_verbs(nlp, text: str, heads: dict[str, str]) -> None:
    doc = nlp(text)
    assert {t.text: t.head.text for t in doc if t.text in heads} == heads


_SITTING = "В июне в Лиме пройдёт заседание "


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            _SITTING + "Межправительственной комиссии по торговле, которое возглавят министр "
            "торговли Чили и министр экономики Перу.",
            {"state/CHL", "state/PER"},
        ),
        (
            _SITTING + "межправительственной комиссии под сопредседательством министра "
            "торговли Чили и министра экономики Перу.",
            {"state/CHL", "state/PER"},
        ),
        (
            "В июне в Лиме пройдёт заседание межправительственной комиссии, которую "
            "возглавляют министры иностранных дел Чили и Перу.",
            {"state/CHL", "state/PER"},
        ),
        # must-nots: a body of another (the UN's), one state's chair name no pair; a body
        # named by its pair's adjective keeps it
        (
            _SITTING + "комиссии ООН, которое возглавят министр торговли Чили и министр "
            "экономики Перу.",
            set(),
        ),
        (
            _SITTING + "межправительственной комиссии, которое возглавит министр торговли Чили.",
            set(),
        ),
        (
            _SITTING + "чилийско-перуанской межправительственной комиссии.",
            {"state/CHL", "state/PER"},
        ),
    ],
)
def test_co_chairs_name_the_sittings_pair(events, text: str, states: set[str]) -> None:
    (sitting,) = of_kind(events(text, "2026-03-12"), "Meeting")
    assert (state_keys(sitting), sitting.date, sitting.location) == (states, "2026-06", "Лима")


def test_co_chairs_take_part_in_the_sitting(events) -> None:
    """The named co-chair is a participant with the two states."""
    text = (
        "В ноябре в Лиме пройдёт очередное заседание Межправительственной комиссии по "
        "экономическому сотрудничеству, которое возглавят министр торговли Чили и министр "
        "экономики Перу Хосе Салардо."
    )
    sitting = one_of_kind(events(text, "2026-10-20"), "Meeting")
    assert state_keys(sitting) == {"state/CHL", "state/PER"}
    assert any(p.startswith("person/") for p in sitting.participants)
    assert (sitting.date, sitting.status, sitting.location) == ("2026-11", "planned", "Лима")
