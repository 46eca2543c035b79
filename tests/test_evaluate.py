"""`kg eval`: the matcher on hand-made cases, gold-file checks, and the scores the
built sample corpus and the dev articles reach against their gold files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.data.shared import shared
from kg.errors import EXIT_FAILED, EXIT_INPUT, EXIT_NOINPUT, KgError
from kg.evaluate import (
    check_min_f1,
    evaluate,
    evaluate_store,
    fact_kinds,
    format_report,
    load_gold,
    quotes_text,
    same_date,
    same_name,
    same_names,
    same_period,
    same_value,
    score_kind,
    similar,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
DEVSET = shared("devset", "articles")

# F1 measured when the gold files were written, less a margin for small shifts.
MARGIN = 0.05
SAMPLE_F1 = {
    "agreements": 0.75,
    "events": 0.93,
    "claims": 0.95,
    "quotes": 0.97,
    "relations": 1.0,
    "micro": 0.95,
}
DEV_F1 = {"agreements": 0.76, "events": 0.56, "claims": 0.78, "micro": 0.68}


# -- the matcher ----------------------------------------------------------------------


def test_titles_forgive_case_yo_order_and_inflection() -> None:
    assert similar("Договор о вечной дружбе", "ДОГОВОР О ВЕЧНОЙ ДРУЖБЕ")
    assert similar("Соглашение о партнёрстве", "соглашение о партнерстве")
    assert similar("стратегическое партнерство", "партнёрство стратегическое")
    assert similar("всеобъемлющее партнерство", "всеобъемлющего партнерства")
    assert not similar("Договор о вечной дружбе", "Договор о сокращении вооружений")
    assert similar("Договор по СНВ|Договор СНВ-3", "Договор СНВ-3")


def test_names_sets_and_gazetteer_aliases() -> None:
    assert same_name("Путин", "Владимир Путин")
    assert same_name("Пётр Порошенко", "Петр Порошенко")
    assert same_name("США", "Соединённые Штаты Америки")
    assert same_name("Россия", "Российская Федерация")
    assert not same_name("Сергей Лавров", "Джо Байден")
    assert same_names(["Индия", "Россия"], ["Россия", "Индия"])
    assert not same_names(["Индия", "Россия"], ["Россия", "Индия", "Китай"])
    assert not same_names(["Индия", "Россия"], ["Россия", "Россия"])


def test_dates_agree_at_the_golds_precision() -> None:
    assert same_date("2022-11", "2022-11-28")
    assert same_date("2022-11-28", "2022-11-28")
    assert not same_date("2022-11-28", "2022-11")
    assert not same_date("2022", "2021-05")
    assert same_date("", "")
    assert not same_date("", "2010")


@pytest.mark.parametrize(
    ("gold", "system", "same"),
    [
        ("1960/1975", "1960/1975", True),
        ("2023-01/2023-03", "2023-01/2023-03", True),
        ("2023|2023-01/2023-03", "2023-01/2023-03", True),
        ("2022", "2022", True),
        ("", "", True),
        # an interval is no date and a date no interval; both ends must agree
        ("2022", "2022/2023", False),
        ("2022/2023", "2022", False),
        ("1960/1975", "1960/1976", False),
        ("", "1960/1975", False),
    ],
)
def test_periods_compare_as_dates_or_as_intervals_end_by_end(gold, system, same) -> None:
    assert same_period(gold, system) is same


def test_values_and_quotes() -> None:
    assert same_value("24500000000", "24500000000.0")
    assert same_value("30|3", "3")
    assert not same_value("18.8", "18")
    assert quotes_text("Мы рады вас всех", "«Мы рады Вас всех приветствовать», — сказал он")
    assert quotes_text("Наши народы жили бок о бок", "наши народы жили бок о бок")
    assert not quotes_text("Мы рады вас всех", "Мы видим делегацию")


def test_scoring_pairs_facts_once_and_counts_attributes() -> None:
    gold = [
        {"value": "71", "unit": "сенатор", "comparator": "eq", "sources": ["a"]},
        {"value": "26", "unit": "сенатор", "sources": ["a"]},
    ]
    system = [
        {"value": "71", "unit": "человек", "comparator": "eq", "sources": ["a"]},
        {"value": "71", "unit": "сенатор", "comparator": "eq", "sources": ["a"]},
        {"value": "26", "unit": "сенатор", "comparator": "eq", "sources": ["b"]},
    ]
    score = score_kind("claims", gold, system)
    assert (score.gold, score.found, score.matched) == (2, 3, 1)  # "26" is from another document
    assert score.attributes["unit"] == [1, 1]  # the better-agreeing "71" was chosen
    assert score.precision == pytest.approx(1 / 3)
    assert score.recall == pytest.approx(1 / 2)
    assert len(score.missed) == 1 and len(score.spurious) == 2


def test_strict_scoring_counts_a_wrong_attribute_as_a_miss() -> None:
    gold = [
        {"kind": "Talks", "date": "2021-05", "sources": ["a"]},
        {"kind": "PhoneCall", "status": "occurred", "sources": ["a"]},
    ]
    system = [
        {"kind": "Talks", "date": "2021-05-04", "participants": [], "sources": ["a"]},
        {
            "kind": "PhoneCall",
            "status": "planned",
            "date": "",
            "participants": [],
            "sources": ["a"],
        },
    ]
    lenient, strict = score_kind("events", gold, system), score_kind("events", gold, system, True)
    assert (lenient.matched, lenient.exact, lenient.f1) == (2, 1, 1.0)
    assert (strict.matched, strict.exact) == (2, 1)
    assert strict.precision == strict.recall == 0.5
    report = evaluate(load_gold(GOLD / "sample.json"), {}, strict=True)
    assert report.macro() == 0.0 and "strict" in format_report(report)


def test_events_match_by_kind_group_participants_and_date() -> None:
    gold = [{"kind": "StateVisit", "participants": ["Нарендра Моди"], "sources": ["a"]}]
    visit = {"kind": "OfficialVisit", "participants": ["Моди"], "date": "", "sources": ["a"]}
    other = {"kind": "OfficialVisit", "participants": ["Си Цзиньпин"], "date": "", "sources": ["a"]}
    score = score_kind("events", gold, [other, visit])
    assert score.matched == 1 and score.spurious == [other]
    assert score.attributes["kind"] == [0, 1]


# -- the gold file ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "not JSON"),
        ("[]", "top level must be an object"),
        ('{"treaties": []}', "unknown key 'treaties'"),
        ('{"claims": [{"value": "1"}]}', "lacks 'sources'"),
        ('{"claims": [{"value": "много", "sources": ["a"]}]}', "not a decimal"),
        ('{"agreements": [{"title": "Д", "parties": "Россия", "sources": ["a"]}]}', "list"),
        ('{"documents": ["a"], "quotes": [{"text": "т", "sources": ["b"]}]}', "'b'"),
    ],
)
def test_bad_gold_files_fail_with_one_line(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KgError) as caught:
        load_gold(path)
    assert caught.value.exit_code == EXIT_INPUT
    assert reason in str(caught.value) and "\n" not in str(caught.value)


def test_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(KgError) as caught:
        load_gold(tmp_path / "absent.json")
    assert caught.value.exit_code == EXIT_NOINPUT


def test_shipped_gold_files_load() -> None:
    for path in GOLD.glob("*.json"):
        gold = load_gold(path)
        assert set(fact_kinds()) <= set(gold.facts)


def test_min_f1_gate() -> None:
    gold = load_gold(GOLD / "sample.json")
    report = evaluate(gold, {})  # an empty store finds nothing
    assert report.micro() == (0.0, 0.0, 0.0)
    check_min_f1(report, None)
    check_min_f1(report, 0.0)
    with pytest.raises(KgError) as caught:
        check_min_f1(report, 0.5)
    assert caught.value.exit_code == EXIT_FAILED


# -- scores on built stores ---------------------------------------------------------------


def _scores(store: Path, gold: Path) -> dict[str, float]:
    report = evaluate_store(gold, store)
    data = report.to_json()
    json.dumps(data, ensure_ascii=False)  # the --format json output is serialisable
    assert "micro (facts)" in format_report(report, details=True)
    scores = {kind: s["f1"] for kind, s in data["kinds"].items()}
    return scores | {"micro": data["micro"]["f1"]}


@pytest.fixture(scope="module")
def sample_store(clean_build: Callable[[Path], Path]) -> Path:
    return clean_build(ROOT / "corpus")


@pytest.fixture(scope="module")
def dev_store(clean_build: Callable[[Path], Path]) -> Path:
    if not DEVSET.is_dir():
        pytest.skip("../shared/devset is absent")
    return clean_build(DEVSET)


def test_sample_corpus_scores(sample_store: Path) -> None:
    scores = _scores(sample_store, GOLD / "sample.json")
    for kind, level in SAMPLE_F1.items():
        assert scores[kind] >= level - MARGIN, (kind, scores)


def test_dev_articles_scores(dev_store: Path) -> None:
    scores = _scores(dev_store, GOLD / "devarticles.json")
    for kind, level in DEV_F1.items():
        assert scores[kind] >= level - MARGIN, (kind, scores)
