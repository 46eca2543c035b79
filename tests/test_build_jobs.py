"""Parallel NLP (`--jobs`) must not change the graph: resolution stays in corpus order."""

from __future__ import annotations

from pathlib import Path

from kg_runs import dated_corpus, nquads

from kg.build import run_build

TEXTS = [
    "Президент Узбекистана Шавкат Мирзиёев прибыл в Анкару. Мирзиёев встретился с Эрдоганом.",
    "Премьер-министр Непала Пушпа Камал Дахал прибыл в Нью-Дели. Дахал провел переговоры.",
    "Дахал вернулся в Катманду. Непал и Индия подписали соглашение о торговле.",
    "Александр Лукашенко и Си Цзиньпин провели переговоры в Пекине 1 марта 2023 года.",
]


def test_two_jobs_build_the_same_quads_as_one(tmp_path: Path) -> None:
    corpus = dated_corpus(tmp_path / "corpus", TEXTS)
    one, two = tmp_path / "one", tmp_path / "two"
    assert run_build([corpus], one, jobs=1).documents == len(TEXTS)
    assert run_build([corpus], two, jobs=2).documents == len(TEXTS)
    assert nquads(one) == nquads(two)
