"""The one lexicon loader and the rule that word lists live in headed data files."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.lexicon import SortedWords, load_dict, load_groups, load_list, load_rows
from kg.resolve.clergy import CLERGY_RANKS, RANKS, SEE_RANKS, STATELESS_RANKS
from kg.resolve.name_lexicons import NATASHA_DICT

KG = Path(__file__).resolve().parents[1] / "kg"


def test_loader_reads_rows_lists_dicts_and_groups(tmp_path: Path) -> None:
    path = tmp_path / "words.tsv"
    path.write_text(
        "# Test words: lemma, group.\n\nрасти\tgrowth\n# a comment\nпадать\tfall\n"
        "снижаться\tfall\n",
        encoding="utf-8",
    )
    assert load_rows(path) == (("расти", "growth"), ("падать", "fall"), ("снижаться", "fall"))
    assert load_list(path) == {"расти", "падать", "снижаться"}
    assert list(load_dict(path)) == ["расти", "падать", "снижаться"]
    assert load_groups(path) == {"growth": {"расти"}, "fall": {"падать", "снижаться"}}
    assert load_rows(path) is load_rows(path)  # read once per process


def test_every_word_list_beside_the_code_starts_with_a_header_comment() -> None:
    files = [p for p in KG.rglob("*") if p.suffix in (".txt", ".tsv")]
    assert len(files) > 60
    headless = [str(p.relative_to(KG)) for p in files if not p.read_text("utf-8").startswith("#")]
    assert headless == []
    for p in files:  # every entry is read: no blank first column, no stray spaces
        assert all(row[0] and row[0] == row[0].strip() for row in load_rows(p)), p


@pytest.mark.parametrize("block", [1, 8, 4096])  # a block per line, several lines, one block
@pytest.mark.parametrize("end", ["\n", ""])  # the last line with and without its newline
@pytest.mark.parametrize(
    ("words", "unsorted"),
    [
        (["а"], False),
        (["аб", "ав", "ба"], False),
        (["ааб", "аалиев", "яблоков", "ёж"], False),
        # sorted in memory: the file's order is not the bisection's ("ё" after "я" in bytes)
        (["ёж", "ба", "аб", "яблоков", "ав"], True),
        (["ба", "ба", "аб"], True),
    ],
)
def test_sorted_words_answer_as_the_set_of_their_lines(
    tmp_path: Path, words: list[str], unsorted: bool, block: int, end: str
) -> None:
    path = tmp_path / "w.txt"
    path.write_text("\n".join(words) + end, encoding="utf-8")
    found = SortedWords(path, block, unsorted=unsorted)
    assert all(w in found for w in words)
    # must not: a prefix, an extension, a neighbour, the empty word, a letter beyond all
    assert not any(w in found for w in ["", "аа", "абв", "б", "яяя", "ä"] if w not in words)


def test_natashas_surnames_are_sorted_as_their_bisection_needs() -> None:
    lines = (NATASHA_DICT / "last.txt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and all(line == line.strip() and line for line in lines)


def test_the_clergy_table_marks_only_what_its_header_names() -> None:
    """One table for the clergy's ranks; a mistyped mark would drop a rank from a set."""
    marks = {m for row in load_rows(RANKS) for m in (row[1].split() if len(row) > 1 else [])}
    assert marks == {"see", "national"}
    assert STATELESS_RANKS < SEE_RANKS < CLERGY_RANKS
    assert "патриарх" in SEE_RANKS - STATELESS_RANKS  # heads a state's church
    assert "кардинал" in STATELESS_RANKS and "архимандрит" not in SEE_RANKS
