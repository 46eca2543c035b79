"""The NEREL Wikidata links table, its items, and the readings of their forms every row asks.

Each row of the table (`Item`: QID, type, label, documents, surface forms) is read without a
wiki page's invisible characters and the markup's apostrophes around a form; the checks of a
word's case, number and lemma both the persons' and the organizations' rows ask (pymorphy3:
"Эмиля" is no nominative, "Донилона" is "Донилон" with a case ending), and which forms the
annotators linked to which items (`owners`: a name also linked to another item confirms
neither).

Split out of build_links.py (forty-sixth pass, h-split51): the table and what every kind of
row reads of it, apart from the rows."""

from __future__ import annotations

import argparse
import csv
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.data.shared import shared
from kg.gazetteer import normalize
from kg.nlp.morph import morph
from kg.resolve.name_forms import fold, form_of
from kg.resolve.name_lexicons import place_or_word

ORG_TYPES = {"ORGANIZATION"}
ABBREVIATION = re.compile(r"[А-ЯЁA-Z][А-ЯЁA-Z0-9]{2,5}")  # "ВС" names too many bodies
MORPH = morph()


@dataclass(frozen=True)
class Item:
    """One row of the links table."""

    qid: str
    type: str
    canonical: str
    docs: int
    forms: tuple[str, ...]


def read_table(path: Path) -> list[Item]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Item(
                r["qid"],
                r["type"],
                _visible(r["canonical_name"]).strip(),
                int(r["docs"] or 0),
                tuple(filter(None, map(_unmarked, _visible(r["surface_forms"]).split(" | ")))),
            )  # fmt: skip
            for r in rows
        ]


def _visible(text: str) -> str:
    """The text without the invisible format characters a wiki page may hold inside a word
    (a soft hyphen U+00AD in "Стан\u00adдард", a zero-width space): the name as read,
    which no document's search for the name would find with them in."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def _unmarked(form: str) -> str:
    """A surface form without the wiki markup's apostrophes around it that annotators took
    in ("'Vancouver Canucks", "''Freixenet''"): the name news writes. An apostrophe inside a
    name ("O'Neil", "Macy's") stays."""
    form = form.strip()
    return form.strip("'").strip() if form.startswith("'") else form


def is_adjective(word: str) -> bool:
    """pymorphy3's first known reading of the word is an adjective, and none a surname's."""
    parses = [p for p in MORPH.parse(word) if p.is_known]
    return bool(parses) and parses[0].tag.POS == "ADJF" and not any("Surn" in p.tag for p in parses)


def reads_nominative(word: str, stems: Iterable[str] = ()) -> bool:
    """No reading of the word puts it in another case only ("Эмиля" is genitive), and it
    is none of `stems` with a case ending added ("Донилона" of "Донилон"): pymorphy guesses
    a nominative for an unknown word by its ending alone ("Донилона" a woman's name)."""
    if any(_ending_added(word, stem) for stem in stems):
        return False
    cases = {p.tag.case for p in MORPH.parse(word) if p.score > 0.05 and p.tag.case}
    return not cases or "nomn" in cases


def reads_singular(word: str) -> bool:
    """A reading of the word is a nominative singular, or it reads in no case at all."""
    cases = [p.tag for p in MORPH.parse(word) if p.score > 0.05 and p.tag.case]
    return not cases or any(t.case == "nomn" and t.number != "plur" for t in cases)


def _ending_added(word: str, stem: str) -> bool:
    """`word` is `stem` and a case ending ("Донилона", "Нама" of "Донилон", "Нам")."""
    w, s = fold(word), fold(stem)
    return len(w) > len(s) and w.startswith(s) and form_of(word, stem)


def first_lemma(word: str) -> str:
    """The lemma of pymorphy3's first reading of the word, "ё" as "е"."""
    return MORPH.parse(word)[0].normal_form.replace("ё", "е")


def name_lemmas(name: str) -> tuple[str, ...]:
    """The `first_lemma` of each word of a name."""
    return tuple(map(first_lemma, name.split()))


Rows = list[list[str]]


def form_owners(items: list[Item]) -> dict[str, set[str]]:
    """A text form → every QID it was linked to (but slips of an item's own name)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for item in items:
        for form in item.forms:
            if not _slip_of_item(item, form):
                owners[normalize(form)].add(item.qid)
    return owners


def _slip_of_item(item: Item, form: str) -> bool:
    """A full name linked as a person to an item whose label is a place or an ordinary word
    that the name does not contain ("Ирина Яровая" to the village "Яровое", "Нил Басу" to
    "Нил"): the annotator picked the wrong item, which takes the name from no one."""
    label = item.canonical
    return (
        item.type == "PERSON"
        and len(form.split()) > 1
        and len(label.split()) == 1
        and place_or_word(label)
        and not any(form_of(w, label) for w in form.split())
    )


def unshared_name(name: str, qid: str, owners: dict[str, set[str]]) -> bool:
    """No annotator linked this name to another item ("МИД" to a company "Мид")."""
    return owners.get(normalize(name), {qid}) == {qid}


def generator_paths(doc: str, here: Path, argv: list[str] | None = None) -> tuple[Path, Path]:
    """A generator's command line (`argv`, else the process's; the tests of the shipped files
    pass theirs, in their own process), the same for each that reads the NEREL links table:
    the table (`--source`, else the one found beside the clone) and the folder it writes to
    (`--out`, else kg/data itself; another folder is a dry run)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--source", type=Path, help="the NEREL links table (default: found)")
    parser.add_argument("--out", type=Path, default=here, help="where to write (a dry run)")
    args = parser.parse_args(argv)
    return args.source or shared("sources", "nerel_wikidata_links.tsv"), args.out


def write_word_list(
    doc: str,
    here: Path,
    name: str,
    header: str,
    words: Callable[[list[Item]], list[str]],
    argv: list[str] | None = None,
) -> None:
    """A generator of a word list from the links table, run from its command line
    (`generator_paths`): `words` of the table's items, one a line after `header`, in the
    file `name`; prints how many."""
    source, out = generator_paths(doc, here, argv)
    listed = words(read_table(source))
    out.mkdir(parents=True, exist_ok=True)
    (out / name).write_text(header + "".join(w + "\n" for w in listed), encoding="utf-8")
    print(f"{len(listed)} lines written to {name}")
