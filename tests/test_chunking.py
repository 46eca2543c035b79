"""Issue 10, item 9: a document longer than spaCy's max_length is analysed in pieces cut at
paragraph breaks, with every offset into the whole text. The piece size is lowered here so
the texts stay small; the code path is the one a 20 MB document takes."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg.nlp.chunking
from kg.build import run_build
from kg.nlp.chunking import analyse_text, chunk_bounds
from kg.nlp.pipeline import build_pipeline
from kg.nlp.tokenizer import MAX_SENTENCE_TOKENS
from kg.steps import Reader
from kg.store import KgStore

STATES = ["Чили", "Норвегии", "Перу", "Бразилии", "Канады", "Японии", "Индии", "Египта"]


def long_text(paragraphs: int) -> str:
    out = []
    for i in range(paragraphs):
        a, b = STATES[i % 8], STATES[(i * 3 + 1) % 8]
        out.append(
            f"Президент {a} встретился с премьер-министром {b} в {i + 1}-й раз. "
            f"Стороны обсудили торговлю и подписали меморандум о сотрудничестве.\n\n"
        )
    return "".join(out)


def test_pieces_cover_the_text_and_end_at_paragraph_breaks() -> None:
    text = long_text(30)
    bounds = chunk_bounds(text, 1000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(end == start for (_, end), (start, _) in zip(bounds, bounds[1:], strict=False))
    assert all(end - start <= 1000 for start, end in bounds)
    assert all(text[end - 2 : end] == "\n\n" for _, end in bounds[:-1])
    assert chunk_bounds("а" * 2500, 1000) == [(0, 1000), (1000, 2000), (2000, 2500)]  # no break


def test_a_chunked_analysis_equals_the_whole_one() -> None:
    nlp = build_pipeline()
    text = long_text(24)
    whole, pieces = nlp(text), analyse_text(nlp, text, chunk_chars=700)
    assert len(chunk_bounds(text, 700)) > 3
    assert pieces.text == text

    def spans(doc: object) -> tuple:
        return (
            [(e.start_char, e.end_char, e.label_) for e in doc.ents],
            [(s.start_char, s.end_char, s.kb_id_) for s in doc.spans["states"]],
            [(t.idx, t.head.idx, t.dep_, t.lemma_) for t in doc],
            [s.start_char for s in doc.sents],
        )

    assert spans(pieces) == spans(whole)
    last = pieces.spans["states"][-1]
    assert last.start_char > len(text) - 200 and text[last.start_char : last.end_char] == last.text


def test_a_document_over_max_length_is_built_with_offsets_into_the_whole_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Reader().nlp, "max_length", 2000)  # the pipeline the build runs
    monkeypatch.setattr(kg.nlp.chunking, "CHUNK_CHARS", 1000)
    text = long_text(40)
    assert len(text) > 5000
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    summary = run_build([tmp_path / "long.txt"], tmp_path / "s")
    assert (summary.documents, summary.warnings) == (1, [])
    query = """
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?start ?end ?exact WHERE { ?s oa:start ?start ; oa:end ?end ; oa:exact ?exact }
    """
    with KgStore.open_read(tmp_path / "s") as store:
        rows = [(int(r["start"].value), int(r["end"].value), r["exact"].value)
                for r in store.db.query(query, use_default_graph_as_union=True)]  # fmt: skip
    assert all(text[start:end] == exact for start, end, exact in rows)
    assert max(start for start, _, _ in rows) > len(text) - 300  # the last piece's mentions


def test_a_text_without_punctuation_is_cut_into_bounded_sentences() -> None:
    """One 'sentence' of 20,000 words took the syntax model 55 s (its time grows with the
    square of the length); cut at MAX_SENTENCE_TOKENS it takes linear time."""
    doc = build_pipeline().make_doc("Слово " * 600)
    lengths = [len(sent) for sent in doc.sents]
    assert lengths == [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 600 - 2 * MAX_SENTENCE_TOKENS]
