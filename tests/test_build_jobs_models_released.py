"""Issue 11, item 4 (fifty-third pass, h-perf54): a `--jobs` build's parent, whose peak
grew with the corpus, lets the models go once the workers have forked (for a process that
ends with the build). The store it leaves is the one a `--jobs 1` build leaves."""

from __future__ import annotations

from pathlib import Path

import pytest
from kg_runs import dated_corpus, nquads

import kg.build
import kg.executors
from kg.build import run_build

# Own sentences: two pairs of states, their ministers, a meeting, an agreement, a quote and
# a figure (every part of the derived graph has rows).
TEXTS = [
    "Министр иностранных дел Чили Альберто ван Клаверен прибыл в Лиму, где встретился с "
    "министром иностранных дел Перу Хавьером Гонсалесом-Олаэчеа.",
    "Чили и Перу подписали соглашение о торговле. «Мы откроем новые маршруты», — сказал "
    "ван Клаверен.",
    "Товарооборот Чили и Перу в 2024 году вырос на 9% до 5 млрд долларов.",
    "Премьер-министр Норвегии Йонас Гар Стёре провёл переговоры с президентом Финляндии "
    "Александром Стуббом в Хельсинки.",
    "Стёре и Стубб обсудили торговлю Норвегии и Финляндии. Стубб поддержал предложение.",
]


@pytest.mark.parametrize("release", [True, False])
def test_a_jobs_build_lets_its_models_go_once_the_workers_have_forked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, release: bool
) -> None:
    """The parent of a build in a process that ends with it lets them go before its first
    reduce; `kg build --watch`'s (`release_models` false) keeps them for its next build."""
    calls: list[str] = []
    unload = kg.executors.unload_models
    reduce = kg.build._reduce

    def unload_models() -> None:
        calls.append("models let go")
        unload()

    def each_document(*args: object, **kwargs: object) -> None:
        calls.append("reduce")
        reduce(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(kg.executors, "unload_models", unload_models)
    monkeypatch.setattr(kg.build, "_reduce", each_document)
    corpus = dated_corpus(tmp_path / "corpus", TEXTS)
    run_build([corpus], tmp_path / "one", jobs=1)
    calls.clear()
    summary = run_build([corpus], tmp_path / "two", jobs=2, release_models=release)
    assert summary.documents == len(TEXTS) and not summary.failed
    first = calls.index("reduce")
    assert calls[:first] == (["models let go"] if release else [])
    assert nquads(tmp_path / "one") == nquads(tmp_path / "two")
