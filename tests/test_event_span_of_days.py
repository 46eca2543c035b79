"""An event that lasts over a span of days ("Переговоры проходили с 24 по 26 ноября", "3–5
марта", "с 30 мая по 2 июня") is on all of them: its first day stays its date
(`dcterms:date`), its last is `schema:endDate`, and the events table shows the ISO 8601
interval "2026-11-24/2026-11-26", as the claims table shows a period. A signing at the close
of such talks or a visit ("завершили консультации и подписали протокол", "По итогам
переговоров стороны подписали") is on their last day, not their first (sixty-eighth pass,
h-events258). Own sentences about Chile–Argentina, Vietnam–Laos, Iceland–Denmark,
Japan–Philippines."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from fact_reads import of_kind, one_of_kind
from kg_runs import dated_corpus, kg

from kg.build import run_build
from kg.event_fold import EventFold
from kg.event_rows import event_quads
from kg.extract.common.dates import days_spanned, find_dates
from kg.rdf import doc_graph
from kg.store import KgStore

# text, the first day's days spanned after it ("" text of no span: 0)
SPANS = [
    ("Переговоры проходили с 24 по 26 ноября.", 2),
    ("Форум пройдёт 3–5 марта.", 2),
    ("Визит продлится с 30 мая по 2 июня.", 3),
    ("Учения прошли 25—26 января 2026 года.", 1),
    # must-nots: one day, a period of months, two days of no span
    ("Встреча прошла 5 марта.", 0),
    ("Программа действовала с 1 марта по 30 июня.", 0),
    ("Министры встретились 3 и 5 марта.", 0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "days"), SPANS)
def test_the_days_a_span_lasts(text: str, days: int) -> None:
    found = find_dates(text, "2026-11-27")
    assert days_spanned(text, found[0], found) == days


_DAY = "2026-03-06"

# text, kind, (date, end)
LASTING = [
    ("Делегации Чили и Аргентины провели переговоры в Сантьяго с 3 по 5 марта.", "Talks",
     ("2026-03-03", "2026-03-05")),
    ("Премьер-министр Исландии посетит Данию с 30 мая по 2 июня.", "Visit",
     ("2026-05-30", "2026-06-02")),
    ("Совместные учения Японии и Филиппин прошли у берегов Палавана 1–3 марта.", "Exercise",
     ("2026-03-01", "2026-03-03")),
    ("Форум Вьетнама и Лаоса прошёл во Вьентьяне 2–4 марта.", "Forum",
     ("2026-03-02", "2026-03-04")),
    # must-nots: talks of one day; an act is on one day whatever span its sentence tells
    ("Делегации Чили и Аргентины провели переговоры в Сантьяго 3 марта.", "Talks",
     ("2026-03-03", "")),
    ("Выборы в Чили прошли с 1 по 3 марта.", "Election", ("2026-03-01", "")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "read"), LASTING)
def test_an_event_over_a_span_of_days_ends_on_its_last(
    events, text: str, kind: str, read: tuple[str, str]
) -> None:
    event = one_of_kind(events(text, _DAY), kind)
    assert (event.date, event.end) == read


# text, the signing's date
CLOSING = [
    ("САНТЬЯГО, 6 марта. Делегации Чили и Аргентины провели переговоры в Сантьяго с 3 по 5 "
     "марта. По итогам переговоров стороны подписали меморандум о сотрудничестве в энергетике.",
     "2026-03-05"),
    ("ВЬЕНТЬЯН, 6 марта. Вьетнам и Лаос завершили консультации по границе и подписали протокол "
     "о демаркации. Консультации проходили во Вьентьяне 3–5 марта.", "2026-03-05"),
    ("РЕЙКЬЯВИК, 6 марта. Премьер-министр Исландии находился с визитом в Дании с 1 по 4 марта. "
     "По итогам визита стороны подписали соглашение о рыболовстве.", "2026-03-04"),
    # must-nots: a signing during the talks, or on its own day
    ("САНТЬЯГО, 6 марта. Делегации Чили и Аргентины провели переговоры в Сантьяго с 3 по 5 "
     "марта. В ходе переговоров стороны подписали меморандум о сотрудничестве в энергетике.",
     "2026-03-03"),
    ("САНТЬЯГО, 6 марта. Делегации Чили и Аргентины провели переговоры в Сантьяго с 3 по 5 "
     "марта. По итогам переговоров 4 марта стороны подписали меморандум о сотрудничестве.",
     "2026-03-04"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day"), CLOSING)
def test_a_signing_at_the_close_is_on_the_last_day(events, text: str, day: str) -> None:
    (signing,) = of_kind(events(text, _DAY), "Signing")
    assert signing.date == day


def test_the_table_shows_the_span_as_an_interval(tmp_path: Path) -> None:
    """The events table's date is the interval; the `--jobs` build's fold gives the cells
    the query does."""
    store = tmp_path / "store"
    texts = ["Делегации Чили и Аргентины провели переговоры в Сантьяго с 3 по 5 марта."]
    run_build([dated_corpus(tmp_path / "corpus", texts)], store, jobs=1)
    done = kg("query", "events", "--store", store, "--format", "csv")
    assert done.returncode == 0, done.stderr
    dates = {r["kind"]: r["date"] for r in csv.DictReader(io.StringIO(done.stdout))}
    assert dates["Talks"] == "2024-03-03/2024-03-05"
    with KgStore.open_read(store) as built:
        fold = EventFold()
        documents = built.document_hashes()
        for doc_id in documents:
            fold.add(doc_id, built.quads(None, None, None, doc_graph(doc_id)))
        assert set(fold.cell_quads(built.quads)) == set(event_quads(built.select))
    assert kg("validate", "--store", store).returncode == 0
