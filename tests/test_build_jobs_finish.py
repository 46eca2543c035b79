"""Issue 11, item 2 (forty-third pass, h-jobs43): a `--jobs 2` build's whole derivation of
the derived graph reads the store in two processes at once, with the writer's database
closed; the store it leaves is the one `--jobs 1` leaves, quad for quad."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from kg_runs import dated_corpus, nquads
from pyoxigraph import Quad

import kg.derived
import kg.workers
from kg.build import run_build
from kg.store import KgStore
from kg.workers import forked

TEXTS = [
    "Президент Чили Габриэль Борич прибыл в Лиму. Борич встретился с президентом Перу Диной "
    "Болуарте 3 марта 2024 года.",
    "Министр иностранных дел Эстонии Маргус Тсахкна посетил Ригу. Эстония и Латвия подписали "
    "соглашение о сотрудничестве в области энергетики.",
    "Премьер-министр Канады Джастин Трюдо провел переговоры с президентом Мексики. "
    "«Мы договорились о торговле», — сказал Трюдо.",
    "Товарооборот Египта и Турции вырос на 12% до 8 млрд долларов, сообщил министр торговли "
    "Египта.",
]


def test_a_two_process_derivation_leaves_the_quads_of_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = dated_corpus(tmp_path / "corpus", TEXTS)
    one, two = tmp_path / "one", tmp_path / "two"
    assert run_build([corpus], one, jobs=1).documents == len(TEXTS)
    # a build into a store with documents: a clean one folds the holdings' and events' cells
    # as it writes and reads the rest in one process (`kg.holding_fold`, forty-fifth pass)
    run_build([corpus / "d0.txt"], two, jobs=2)
    # past FLUSH_EVERY written documents only: made 2 so that four documents take that path
    monkeypatch.setattr(kg.derived, "FLUSH_EVERY", 2)
    calls: list[bool] = []
    inner = kg.derived._derivation

    def spy(store: KgStore, *, split: bool, **kwargs: object) -> list[Quad]:
        calls.append(split)
        return inner(store, split=split, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(kg.derived, "_derivation", spy)
    assert run_build([corpus], two, jobs=2, rebuild=True).documents == len(TEXTS)
    assert calls == [True]
    assert nquads(one) == nquads(two)
    # and the two processes' cells are the one process's, read again from the same store
    with KgStore.open_write(two) as store:
        assert set(inner(store, split=True).quads()) == set(inner(store, split=False).quads())


def test_a_one_process_build_derives_in_its_own_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, text in enumerate(TEXTS[:3]):
        (corpus / f"d{i}.txt").write_text(f"Новости\n{text}\n", "utf-8")
    monkeypatch.setattr(kg.derived, "FLUSH_EVERY", 2)
    monkeypatch.setattr(kg.workers, "forked", None)  # a fork would fail: None is not callable
    assert run_build([corpus], tmp_path / "store", jobs=1).documents == 3


def _fails() -> None:
    raise ValueError("Эстония")


def test_a_forked_result_comes_back_and_a_failure_is_raised_here() -> None:
    with forked(lambda: [os.getpid(), "Латвия"]) as result:
        pid, name = result()
    assert pid != os.getpid() and name == "Латвия"
    with pytest.raises(RuntimeError, match="ValueError: Эстония"), forked(_fails) as result:
        result()


def test_a_forked_process_left_waiting_is_killed_on_the_way_out() -> None:
    started = time.monotonic()
    with pytest.raises(KeyError), forked(lambda: time.sleep(60)):
        raise KeyError("Перу")
    assert time.monotonic() - started < 30  # killed, not waited for
