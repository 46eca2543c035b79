"""One peace paper told by its title and again as a bare "мирный договор" or "соглашение" of
its two sides is one paper (`references._of_its_topic`, `references._of_its_sides`), and the
holder of a second title after a comma signs beside the first conjunct of a coordinated
subject (`reading._holder_after_second_title`). Own sentences about Kyrgyzstan–Tajikistan,
Cambodia–Thailand, Ethiopia–Eritrea, Kenya–Uganda, Laos–Vietnam, Egypt–Jordan (seventy-first
pass, h-agreements90)."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows, dated_rows

DAY = "2026-05-10"

ONE_PEACE_PAPER = [
    ("Министры иностранных дел Киргизии и Таджикистана парафировали в Бишкеке текст "
     "соглашения об установлении мира и добрососедства. Переговоры о мирном договоре Киргизия "
     "и Таджикистан ведут с 2022 года.",
     "Соглашение об установлении мира и добрососедства", "negotiating", ("state/KGZ", "state/TJK")),
    ("Эфиопия и Эритрея парафировали договор о мире и дружбе. Эфиопия и Джибути подписали "
     "соглашение о торговле. Эфиопия и Эритрея рассчитывают, что мирное соглашение будет "
     "подписано осенью.",
     # initialled, its signing only planned: negotiating (seventy-second pass, h-agreements91)
     "Договор о мире и дружбе", "negotiating", ("state/ERI", "state/ETH")),
    ("Камбоджа и Таиланд парафировали соглашение о прекращении огня. Кроме того, Таиланд и "
     "Япония подписали соглашение о сотрудничестве в области энергетики. Камбоджа и Таиланд "
     "вели переговоры полтора года. Соглашение было согласовано сторонами в мае.",
     "Соглашение о прекращении огня", "negotiating", ("state/KHM", "state/THA")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title", "status", "sides"), ONE_PEACE_PAPER)
def test_a_bare_paper_of_its_sides_is_the_one_named(analyse, text, title, status, sides) -> None:
    rows = agreement_rows(analyse, text, DAY)
    assert [r for r in rows if r[2] == sides] == [(title, status, sides, ())]


TWO_PAPERS = [
    # a new treaty proposed is not the one initialled
    ("Киргизия и Таджикистан парафировали соглашение об установлении мира. Стороны также "
     "намерены подписать новый договор о границе.",
     {"Соглашение об установлении мира", "Договор о границе"}),
    # a peace treaty of other sides stays theirs
    ("Киргизия и Таджикистан парафировали соглашение об установлении мира. Армения и "
     "Азербайджан пока не подписали мирный договор.",
     {"Соглашение об установлении мира", "Мирный договор между Азербайджаном и Арменией"}),
    # the bare paper of the other pair stays that pair's paper
    ("Камбоджа и Таиланд парафировали соглашение о прекращении огня и восстановлении мира. "
     "Кроме того, Таиланд и Япония подписали меморандум о сотрудничестве в области энергетики.",
     {"Соглашение о прекращении огня и восстановлении мира",
      "Меморандум о сотрудничестве в области энергетики"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "titles"), TWO_PAPERS)
def test_papers_of_their_own_stay_apart(analyse, text, titles) -> None:
    assert {r[0] for r in agreement_rows(analyse, text, DAY)} == titles


SECOND_TITLES = [
    ("Президент Кении Уильям Руто и вице-президент, министр иностранных дел Уганды Джон Окелло "
     "подписали в Найроби соглашение о торговле.", 2),
    ("Премьер-министр Лаоса Сонесай Сипхандон и генеральный секретарь, президент Вьетнама То "
     "Лам подписали во вторник в Ханое соглашение о сотрудничестве в энергетике.", 2),
    ("Президент Египта Абдель Фаттах ас-Сиси и наследный принц, министр обороны Иордании "
     "Хусейн бен Абдалла подписали в Каире соглашение о поставках газа.", 2),
    # must-nots: one name per title, and a list of titles by commas
    ("Президент Кении Уильям Руто и премьер-министр Уганды Робинах Наббанджа подписали в "
     "Найроби соглашение о торговле.", 2),
    ("Министр финансов Кении, министр торговли Уганды Джон Окелло и посол Танзании подписали "
     "соглашение о торговле.", 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "signers"), SECOND_TITLES)
def test_the_holder_of_a_second_title_signs(analyse, text, signers) -> None:
    (row,) = agreement_rows(analyse, text, DAY)
    assert len(row[3]) == signers


EAC = ("Президент Кении Уильям Руто, президент Уганды Йовери Мусевени и президент Танзании Самия "
       "Сулуху Хассан встретились в Аруше. ")  # fmt: skip
COUNTED = [
    (EAC + "Три президента подписали декларацию о единой таможенной зоне.",
     ("state/KEN", "state/TZA", "state/UGA"), 3),
    ("На встрече в Брюсселе присутствовали премьер-министр Бельгии Барт де Вевер, премьер-министр "
     "Нидерландов Дик Схоф и премьер-министр Люксембурга Люк Фриден. Три премьера подписали "
     "меморандум о сотрудничестве в сфере энергетики.", ("state/BEL", "state/LUX", "state/NLD"), 3),
    # a count in digits (seventy-second pass, h-review74: was none)
    (EAC + "3 президента подписали декларацию о единой таможенной зоне.",
     ("state/KEN", "state/TZA", "state/UGA"), 3),
    # must-not: a count that is not the persons named before
    (EAC + "4 лидера подписали декларацию о единой таможенной зоне.", (), 0),
    (EAC + "Четыре лидера подписали декларацию о единой таможенной зоне.", (), 0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sides", "signers"), COUNTED)
def test_counted_leaders_are_those_named_before(analyse, text, sides, signers) -> None:
    (row,) = agreement_rows(analyse, text, DAY)
    assert (row[2], len(row[3])) == (sides, signers)


GAPPED = [
    ("3 мая Чили и Перу подписали в Лиме меморандум о туризме, а Перу и Эквадор — соглашение о "
     "сотрудничестве в энергетике.",
     ("Соглашение о сотрудничестве в энергетике", "signed", "2026-05-03",
      ("state/ECU", "state/PER"))),
    ("В понедельник Кения и Уганда подписали соглашение о торговле, а Уганда и Танзания — "
     "меморандум о строительстве железной дороги.",
     ("Меморандум о строительстве железной дороги", "signed", "2026-05-04",
      ("state/TZA", "state/UGA"))),
    # must-not: a date of its own wins
    ("В марте 2024 года Кения и Уганда подписали соглашение о торговле, а Уганда и Танзания в мае "
     "— меморандум о туризме.",
     ("Меморандум о туризме", "signed", "2024-05", ("state/TZA", "state/UGA"))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "row"), GAPPED)
def test_a_gapped_paper_of_its_own_sides_takes_the_verbs_day(analyse, text, row) -> None:
    assert row in dated_rows(analyse, text, DAY)
