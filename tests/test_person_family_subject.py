"""A surname alone right after the subject of a clause named by first name and that surname
is that person, not the family member the text named first (names83, forty-fifth pass; own
sentences about Chile and Peru): "Младший сын Рикардо Эскобара — Хуан — назначен … Эскобар
будет" is the son; where the last one named was no subject, the first named stays."""

from __future__ import annotations

from collections.abc import Callable

from fact_reads import mention_persons

from kg.model import Extraction


def test_surname_after_the_sons_clause_is_his(run: Callable[[str], Extraction]) -> None:
    ex = run(
        "Младший сын бывшего министра обороны Чили Рикардо Эскобара - Хуан - назначен на пост "
        'первого заместителя гендиректора компании "Коделько". Об этом пишет газета '
        '"Меркурио".\n\nПо данным издания, фактически Эскобар будет являться '
        "соруководителем компании с правом подписи.\n\nС 2006 года Хуан Эскобар занимал пост "
        "советника президента Перу."
    )
    assert mention_persons(ex)["Эскобар"] == "Хуан Эскобар"


def test_no_subject_keeps_the_first(run: Callable[[str], Extraction]) -> None:
    """must not: the son named last is no subject; the minister the text is about stays."""
    ex = run(
        "Министр обороны Чили Рикардо Эскобар прибыл в Лиму вместе с сыном Хуаном Эскобаром. "
        "Эскобар провёл переговоры с министром обороны Перу."
    )
    assert mention_persons(ex)["Эскобар"] == "Рикардо Эскобар"
