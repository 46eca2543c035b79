"""A lone surname in "-ина" that the parse hangs on a noun before a feminine verb with no
subject ("Творческий путь Карпина начала …") is a woman's nominative, also where a clause
after a comma has a noun the tagger reads in the nominative (names83, forty-fifth pass;
own sentences about Peru and Chile); a man's genitive before a masculine verb stays his."""

from __future__ import annotations

from collections.abc import Callable

from fact_reads import mention_persons, person_names

from kg.model import Extraction


def test_her_surname_before_her_verb(run: Callable[[str], Extraction]) -> None:
    ex = run(
        "Певица Анна Карпина родилась в Лиме. Творческий путь Карпина начала в 1987 г. с "
        "участия в Национальном конкурсе молодых исполнителей Перу, после которого ее "
        "приняли в Государственный академический народный хор им. Гранды."
    )
    assert mention_persons(ex)["Карпина"] == "Анна Карпина"
    assert "Карпин" not in person_names(ex)


def test_his_genitive_stays_his(run: Callable[[str], Extraction]) -> None:
    """must not: "Визит Карпина начался" is Иван Карпин's."""
    ex = run(
        "Министр Чили Иван Карпин прибыл в Лиму. Визит Карпина начался в понедельник, после "
        "чего его приняли в Государственный академический театр."
    )
    assert mention_persons(ex)["Карпина"] == "Иван Карпин"
