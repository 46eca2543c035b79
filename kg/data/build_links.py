"""Regenerates persons_nerel.tsv and orgs_nerel.tsv, and fills confirmed QIDs into the
curated persons.tsv and orgs.tsv, from the NEREL Wikidata links table.

The table (`../shared/sources/nerel_wikidata_links.tsv`, NEREL-v1.1 training split)
holds every Wikidata link a human annotator gave a person or organization in Russian
Wikinews, with the forms the texts used. It is a source that confirms a QID, but a noisy
one for names: canonical names may be empty, generic ("правительство"), in
"Фамилия, Имя" order or wrong, and surface forms include titles, pronouns, adjectives
and inflected forms. A wrong QID is worse than none, so an entry is kept only when its
name is a clear proper name and every form agrees with it:

- persons: a first name and a surname (a patronymic is split off), from the canonical
  name or else from the most frequent nominative surface form; every multi-word form
  must agree with them, up to spelling and case (one QID annotated on two people is
  dropped); a name two QIDs share is dropped; a name a curated person already has is left
  to the curated row. A surname that is also a place or a word ("Питт") is kept: the
  runtime finds such a person by the full name only, never by the surname alone.
  Monarchs and popes by the regnal name of their label ("Харальд V"), every form agreeing.
- organizations: a capitalised, specific name (not "правительство", not "Министерство
  иностранных дел" with no state; of an item labelled by its abbreviation or not at all, the
  form its initials spell; one-word names only when they are not common Russian
  words); abbreviations are all-capital forms of 2-6 letters no other item in the table
  or gazetteer uses; the plural noun of the members where a form gives it ("талибы" of
  "Талибан"); names of states and of curated rows are left to those rows.
- curated rows without a QID get one where exactly one kept item has the same name
  (persons: first name and surname; organizations: name or abbreviation); their key is
  then written out so the entity IRI does not change. An office holder also gets the QID
  of a label-less one-document item that gives the holder's full name, and of the item
  whose label gives the holder's patronymic where a father and son share the name.
  A curated organization also gets its item's abbreviations of three letters or more that
  no other item or name uses.

Run by hand (`python -m kg.data.build_links [--source TSV]`); the runtime only reads
the generated files. The output is sorted and deterministic.

Since the forty-sixth pass (h-split51) this module keeps the whole table's build (`build`),
the writing of the files and `main`; the table, its items and the readings of their forms are
in links_table.py, the persons' rows in links_persons.py, an organization's names in
links_org_names.py and the organizations' rows in links_orgs.py.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from kg.data.links_orgs import curated_abbreviations, org_rows
from kg.data.links_persons import person_rows
from kg.data.links_table import ORG_TYPES, Item, Rows, form_owners, generator_paths, read_table
from kg.gazetteer import Gazetteer, normalize, read_file

HERE = Path(__file__).parent


def build(items: Iterable[Item], gaz: Gazetteer) -> tuple[Rows, Rows, dict[str, str]]:
    """(person rows, org rows, {curated key: QID}) for the generated and curated files."""
    items = list(items)
    owners = form_owners(items)
    mixed = _mixed(items)
    items = [i for i in items if i.qid not in mixed]
    curated = {p.wikidata for p in gaz.persons if p.wikidata} | {
        o.wikidata for o in gaz.orgs if o.wikidata
    }
    fills: dict[str, str] = {}
    persons = person_rows([i for i in items if i.qid not in curated], gaz, owners, fills)
    people = {i.qid for i in items if i.type == "PERSON"}  # never an organization's QID
    others = people | _facilities(items)
    orgs = org_rows([i for i in items if i.qid not in others], curated, gaz, owners, fills)
    return sorted(persons, key=_order), sorted(orgs, key=_order), fills


def _mixed(items: list[Item]) -> set[str]:
    """QIDs annotated on a person and on something of another name ("кабинет министров" on
    a prime minister), or on persons of different names: a slip on one side at least, so
    the table confirms neither. A span of another kind under the person's own name
    ("администрации Билла Клинтона", an age, a title) is a slip of the span, not of the
    item: the person keeps it."""
    kinds: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for item in items:
        kinds[item.qid].add((item.type, item.canonical))
    out = set()
    for qid, seen in kinds.items():
        if "PERSON" in {t for t, _ in seen} and len({c for _, c in seen}) > 1:
            out.add(qid)
    return out


def _facilities(items: list[Item]) -> set[str]:
    """QIDs annotated as a FACILITY in more documents than as an ORGANIZATION: a station or
    a fortress ("МКС", "Московский Кремль"), its organization tag a slip, so no organization
    row; an organization tagged once as its building keeps its row."""
    docs: Counter[tuple[str, str]] = Counter()
    for item in items:
        docs[item.qid, item.type] += item.docs
    orgs = {q: sum(docs[q, t] for t in ORG_TYPES) for q, _ in docs}
    return {q for (q, t), n in docs.items() if t == "FACILITY" and n > orgs[q]}


def _order(row: list[str]) -> tuple[str, str]:
    return normalize(row[2]), row[1]


HEADERS = {
    "person": "# kind\tkey\tname\tfirst\tpatronymic\tlast\tname_en\twikidata\tterms\taliases",
    "org": "# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind",
}


def write(path: Path, kind: str, rows: list[list[str]]) -> None:
    head = (f"# Generated by kg/data/build_links.py from the NEREL Wikidata links table; "
            f"do not edit by hand (see README.md).\n{HEADERS[kind]}\n")  # fmt: skip
    path.write_text(head + "".join("\t".join(r).rstrip("\t") + "\n" for r in rows), "utf-8")


def fill_qids(path: Path, fills: dict[str, str]) -> int:
    """Writes confirmed QIDs into a curated file's empty wikidata cells; keys are kept."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    entries = {e.key: e for e in read_file(path)}
    layout = {"person": 7, "org": 5}  # column of wikidata, counting the kind
    done = 0
    out = []
    for line in lines:
        cells = line.rstrip("\n").split("\t")
        if cells[0] in layout and not line.startswith("#"):
            key = _key_of(cells, entries)
            if key in fills:
                cells += [""] * (layout[cells[0]] + 1 - len(cells))
                cells[1], cells[layout[cells[0]]] = key, fills[key]
                line = "\t".join(cells) + "\n"
                done += 1
        out.append(line)
    path.write_text("".join(out), encoding="utf-8")
    return done


def fill_abbreviations(path: Path, extra: dict[str, list[str]]) -> int:
    """Appends the source's abbreviations (`curated_abbreviations`) to curated org rows."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    entries = {e.key: e for e in read_file(path)}
    done = 0
    out = []
    for line in lines:
        cells = line.rstrip("\n").split("\t")
        key = _key_of(cells, entries) if cells[0] == "org" else ""
        if key in extra:
            cells[3] = "|".join([*filter(None, cells[3].split("|")), *extra[key]])
            line = "\t".join(cells) + "\n"
            done += 1
        out.append(line)
    path.write_text("".join(out), encoding="utf-8")
    return done


def _key_of(cells: list[str], entries: dict) -> str:
    if cells[1]:
        return cells[1]
    name = cells[2]
    return next((k for k, e in entries.items() if e.name == name), "")


def main(argv: list[str] | None = None) -> None:
    """The command line (`argv`, else the process's)."""
    source, out = generator_paths(__doc__, HERE, argv)
    curated = Gazetteer(
        e
        for f in ("states.tsv", "persons.tsv", "orgs.tsv", "cities.tsv")
        for e in read_file(HERE / f)
    )
    items = read_table(source)
    persons, orgs, fills = build(items, curated)
    extra = curated_abbreviations(items, curated, fills)
    out.mkdir(parents=True, exist_ok=True)
    write(out / "persons_nerel.tsv", "person", persons)
    write(out / "orgs_nerel.tsv", "org", orgs)
    filled = 0
    for name in ("persons.tsv", "orgs.tsv"):
        if out.resolve() != HERE.resolve():
            (out / name).write_text((HERE / name).read_text("utf-8"), "utf-8")
        filled += fill_qids(out / name, fills)
    added = fill_abbreviations(out / "orgs.tsv", extra)
    print(
        f"{len(persons)} persons, {len(orgs)} organizations; {filled} curated QIDs filled, "
        f"{added} curated organizations' abbreviations added"
    )


if __name__ == "__main__":
    main()
