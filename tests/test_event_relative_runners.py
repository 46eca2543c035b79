"""Who ran in elections a relative clause of contesting tells, where the parser hung the
elections on the verb of the main clause ("Борьба развернулась между X и Y, которые уже
участвовали совместно в выборах 2006 года"): the persons "которые" stands for, both where
it is plural; one who "принял участие в выборах" ran. Sentences of our own (forty-fifth pass,
h-events116)."""

from __future__ import annotations

import pytest

# (text, persons who must run, persons who must not)
CASES = [
    ("Во второй тур вышли Гарсия и Умала. Борьба развернулась между Гарсией и Умалой, которые "
     "уже участвовали совместно в выборах 2006 года.", {"person/garsiya-in-t", "person/umala"},
     set()),
    ("Реальная борьба развернулась между Карлосом Мендосой и Хуаном Пересом, которые уже "
     "участвовали совместно в выборах 2018 года.",
     {"person/karlos-mendosa", "person/khuan-peres"}, set()),
    # the clause hung on the elections themselves
    ("Реальная борьба развернулась между Андресом Веласко и Хуаном Пересом, которые уже "
     "участвовали совместно в выборах 2008 года и тогда Перес проиграл менее одного процента.",
     {"person/andres-velasko", "person/khuan-peres"}, set()),
    # must keep: one runner by a singular "который"; none where the clause tells no contest
    ("Главным соперником стал Карлос Мендоса, который уже участвовал в выборах 2018 года.",
     {"person/karlos-mendosa"}, set()),
    ("Спор развернулся между Карлосом Мендосой и Хуаном Пересом, которые встретились накануне "
     "выборов 2018 года.", set(), {"person/karlos-mendosa", "person/khuan-peres"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "must", "must_not"), CASES)
def test_a_relative_clause_of_contesting_names_the_runners(events, text, must, must_not) -> None:
    (election,) = [e for e in events(text, "2024-05-10") if e.kind == "Election"]
    assert must <= set(election.participants)
    assert not must_not & set(election.participants)


# "принял участие в выборах": who took part ran; not one who refused to, nor observers
TOOK_PART = [
    ("Хуан Перес принял участие в президентских выборах 2006 года.", {"person/khuan-peres"},
     set()),
    ("Ахмед Салех принял участие в парламентских выборах 2010 года.", {"person/akhmed-salekh"},
     set()),
    ("Хуан Перес отказался от участия в выборах 2006 года.", set(), {"person/khuan-peres"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "must", "must_not"), TOOK_PART)
def test_one_who_took_part_in_elections_ran(events, text, must, must_not) -> None:
    (election,) = [e for e in events(text, "2024-05-10") if e.kind == "Election"]
    assert must <= set(election.participants)
    assert not must_not & set(election.participants)
