"""Court rulings (sixty-eighth pass, h-events256). Own sentences about pairs of states other
than the corpus's: an international court's or arbitration's ruling in a dispute between
two states is an event of its own kind, CourtRuling, of both states and the court the text
names, dated by its weekday and placed only where the text says; a court of one state, a
hearing and a ruling of one state tell none. A court's sitting is no meeting of the states
whose case it hears."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, one_of_kind, state_keys

_DAY = "2026-12-05"  # a Saturday

# text, the states, the court organization ("" none), label, date, location
RULINGS = [
    # a verb of ruling with a conjoined one, the claimant's claim in its clause
    ("Международный суд ООН в среду отклонил предварительные возражения Никарагуа и "
     "постановил, что рассмотрит по существу иск Колумбии о шельфе.",
     {"state/COL", "state/NIC"}, "org/mezhdunarodnyy-sud-oon",
     "Решение Международного суда ООН по спору между Колумбией и Никарагуа", "2026-12-02", ""),
    # "вынес решение по делу X против Y", the court's seat the text gives
    ("Международный суд ООН в Гааге в четверг вынес решение по делу Гамбии против Мьянмы.",
     {"state/GMB", "state/MMR"}, "org/mezhdunarodnyy-sud-oon",
     "Решение Международного суда ООН по спору между Гамбией и Мьянмой", "2026-12-03",
     "Гаага"),
    # a European court, a complaint of one state against another
    ("Европейский суд по правам человека во вторник удовлетворил жалобу Украины против "
     "России.",
     {"state/RUS", "state/UKR"}, "org/Q122880",
     "Решение Европейского суда по правам человека по спору между Россией и Украиной",
     "2026-12-01", ""),
    # an arbitration panel by its adjective, of the organization its genitive names
    ("Арбитражная группа ВТО в пятницу постановила, что пошлины США на китайские товары "
     "нарушают правила организации.",
     {"state/CHN", "state/USA"}, "org/wto",
     "Решение Всемирной торговой организации по спору между Китаем и Соединёнными Штатами "
     "Америки", "2026-12-04", ""),
    # an arbitration of no organization named
    ("Арбитраж во вторник присудил Филиппинам права на рифы, Китай решение не признал.",
     {"state/CHN", "state/PHL"}, "", "Решение суда по спору между Китаем и Филиппинами",
     "2026-12-01", ""),
    # a bare "Суд" of the international court named before
    ("Гамбия подала иск в Международный суд ООН. Суд в четверг вынес решение по делу "
     "Гамбии против Мьянмы.",
     {"state/GMB", "state/MMR"}, "org/mezhdunarodnyy-sud-oon",
     "Решение Международного суда ООН по спору между Гамбией и Мьянмой", "2026-12-03", ""),
    # a court's judge reads it; a place of the case is none of the ruling's
    ("Председатель Международного суда ООН в понедельник огласил решение по иску Белиза к "
     "Гватемале о границе в Карибском море.",
     {"state/BLZ", "state/GTM"}, "org/mezhdunarodnyy-sud-oon",
     "Решение Международного суда ООН по спору между Белизом и Гватемалой", "2026-11-30", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states", "court", "label", "day", "location"), RULINGS)
def test_a_court_rules_between_two_states(events, text, states, court, label, day, location):
    ruling = one_of_kind(events(text, _DAY), "CourtRuling")
    assert state_keys(ruling) == states
    assert [k for k in ruling.participants if k.startswith("org/")] == ([court] if court else [])
    assert (ruling.label, ruling.date, ruling.status, ruling.location) == (
        label,
        day,
        "occurred",
        location,
    )


NO_RULING = [
    # a court of one state, at home
    "Верховный суд Чили постановил выдать Аргентине гражданина Перу.",
    "Суд Москвы вынес приговор гражданину Украины.",
    "Арбитражный суд Москвы отклонил иск компании из Украины к компании из Казахстана.",
    # a bare court of no international court named: at home
    "Суд в четверг отклонил апелляцию гражданина России на экстрадицию в США.",
    # one state only; a ruling welcomed, not told
    "Международный суд ООН отклонил иск компании из Никарагуа.",
    "Гайана приветствовала решение Международного суда ООН по спору с Венесуэлой.",
    # a hearing ahead, a ruling of long ago that names no states
    "Следующие слушания по делу Белиза и Гватемалы в суде назначены на май 2027 года.",
    "Граница между странами была установлена арбитражным решением 1899 года.",
    # another body's ruling
    "МИД Колумбии отклонил ноту Никарагуа.",
]


@pytest.mark.parametrize("text", NO_RULING)
def test_no_ruling(events, text) -> None:
    assert not of_kind(events(text, _DAY), "CourtRuling")


COURT_SITTINGS = [
    "Председатель суда Джоан Донохью зачитала постановление на открытом заседании в Гааге. "
    "Суд рассматривает иск Никарагуа к Колумбии.",
    "Судья Ивасава Юдзи на открытом заседании во Дворце мира огласил постановление по делу "
    "Гамбии против Мьянмы.",
]


@pytest.mark.parametrize("text", COURT_SITTINGS)
def test_a_court_sitting_is_no_meeting(events, text) -> None:
    assert not of_kind(events(text, _DAY), "Meeting")


SITTINGS = [
    # a joint body's sitting, a council's at which the sides met
    ("Заседание межправительственной комиссии Чили и Перу прошло в Лиме во вторник.",
     {"state/CHL", "state/PER"}),
    ("На заседании Совбеза ООН в среду представители Гватемалы и Белиза встретились.",
     {"state/BLZ", "state/GTM"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), SITTINGS)
def test_other_sittings_stay_meetings(events, text, states) -> None:
    assert state_keys(one_of_kind(events(text, _DAY), "Meeting")) == states


def test_a_state_courts_ruling_leaves_the_act_its_date(events) -> None:
    """ "арестован по решению Пресненского суда Москвы 17 октября 2011 года": the ruling of a
    court at home is no trigger, so the arrest keeps the day its sentence gives."""
    text = (
        "Олег Иванов был арестован по решению Пресненского суда Москвы 17 октября 2011 года по "
        "обвинению в убийстве."
    )
    assert one_of_kind(events(text, _DAY), "Arrest").date == "2011-10-17"
