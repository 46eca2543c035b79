"""Parallel NLP (`--jobs`) must not change the graph: resolution stays in corpus order."""

from __future__ import annotations

from pathlib import Path

from kg.build import run_build
from kg.store import KgStore

TEXTS = [
    "Президент Узбекистана Шавкат Мирзиёев прибыл в Анкару. Мирзиёев встретился с Эрдоганом.",
    "Премьер-министр Непала Пушпа Камал Дахал прибыл в Нью-Дели. Дахал провел переговоры.",
    "Дахал вернулся в Катманду. Непал и Индия подписали соглашение о торговле.",
    "Александр Лукашенко и Си Цзиньпин провели переговоры в Пекине 1 марта 2023 года.",
]


def quads(store: Path) -> set[str]:
    with KgStore.open_read(store) as kg:
        return {str(q) for q in kg.db}


def test_two_jobs_build_the_same_quads_as_one(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, text in enumerate(TEXTS):
        (corpus / f"d{i}.txt").write_text(f"Новости\ndate 2024-03-0{i + 1}\n{text}\n", "utf-8")
    one, two = tmp_path / "one", tmp_path / "two"
    assert run_build([corpus], one, jobs=1).documents == len(TEXTS)
    assert run_build([corpus], two, jobs=2).documents == len(TEXTS)
    assert quads(one) == quads(two)
