"""What a build that reads one document pays before it reads it: the gazetteer's patterns
from the table cache in a trie (no Doc per name), spaCy without its command line, one copy
of slovnet's vocabulary, navec's vectors mapped where the archive holds them."""

from __future__ import annotations

import marshal
import subprocess
import sys
from pathlib import Path

import pytest
from kg_runs import env, graphs, python_prints, write_corpus

from kg import gazetteer, steps, tablecache
from kg.build import run_build
from kg.extract.registry import fact_kinds
from kg.gazetteer import (
    DATA_DIR,
    CityEntry,
    Gazetteer,
    _capitals,
    _shipped,
    capitals,
    read_file,
    slug,
)
from kg.nlp.gazetteer_patterns import (
    _patterns,
    _plural_forms,
    genitive_tails,
    labelled_names,
    name_patterns,
    plural_forms,
    state_tails,
    written_lower,
)
from kg.nlp.pipeline import build_pipeline
from kg.resolve.name_lexicons import place_or_word
from kg.resolve.person_indexes import places_or_words
from kg.store import _ontology_fact_classes

pytestmark = pytest.mark.heavy  # long tests: scheduled first (conftest)


def test_a_table_is_computed_once_per_inputs_and_kept_only_while_they_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    calls: list[str] = []

    def compute(value: str) -> list[str]:
        calls.append(value)
        return [value, "таблица"]

    assert tablecache.cached("t", ["a"], lambda: compute("a")) == ["a", "таблица"]
    assert tablecache.cached("t", ["a"], lambda: compute("b")) == ["a", "таблица"]  # read
    assert tablecache.cached("t", ["a", "changed"], lambda: compute("c")) == ["c", "таблица"]
    assert calls == ["a", "c"]
    for i in range(tablecache.KEEP + 3):  # old tables of one name do not pile up
        tablecache.cached("t", [str(i)], lambda: compute("d"))
    assert len(list((tmp_path / "cache").glob("t-*.marshal"))) == tablecache.KEEP
    blocked = tmp_path / "a-file"  # a cache folder that cannot be made: computed, not written
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocked / "cache"))
    assert tablecache.cached("t", ["new"], lambda: compute("e")) == ["e", "таблица"]
    assert calls[-1] == "e"


def test_writing_a_table_removes_its_name_in_the_retired_format_and_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tables kg wrote as JSON before marshal are read by no version of kg again."""
    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv("KG_CACHE_DIR", str(cache))
    old, other = "a" * 64, "b" * 64
    retired = [cache / f"t-{old}.json", cache / f"t-{other}.json"]
    kept = [cache / f"t-tails-{old}.json", cache / f"u-{old}.json", cache / "t-notes.json"]
    for path in retired + kept:
        path.write_text("[]", encoding="utf-8")
    assert tablecache.cached("t", ["x"], lambda: [1]) == [1]
    assert [p for p in retired if p.exists()] == []
    assert all(p.exists() for p in kept)  # another name that begins with it; not a digest
    assert len(list(cache.glob("t-*.marshal"))) == 1


def test_a_damaged_table_is_computed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    tablecache.cached("t", ["x"], lambda: [1])
    (table,) = tmp_path.glob("t-*.marshal")
    table.write_bytes(table.read_bytes()[:-1])  # cut short
    assert tablecache.cached("t", ["x"], lambda: [3]) == [3]
    assert marshal.loads(table.read_bytes()) == [3]
    table.write_bytes(b"[1, 2")  # not marshal's at all
    assert tablecache.cached("t", ["x"], lambda: [4]) == [4]


def test_a_table_comes_back_from_the_cache_as_it_was_computed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    table = {"строка": ("a", ("b", 2)), 3: frozenset({"c"}), "d": [None, 1.5]}
    assert tablecache.cached("t", ["x"], lambda: table) == table  # computed and written
    read = tablecache.cached("t", ["x"], lambda: {})
    assert read == table  # tuples stay tuples, a set a set, a number key a number
    assert type(read["строка"]) is tuple and type(read["строка"][1]) is tuple


def test_the_cached_gazetteer_entries_are_the_read_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    read = [entry for path in sorted(DATA_DIR.glob("*.tsv")) for entry in read_file(path)]
    first = _shipped()  # read and written
    second = _shipped()  # from the cache
    assert len(list(tmp_path.glob("gazetteer-entries-*.marshal"))) == 1
    assert first == second == read
    assert [type(e) for e in second] == [type(e) for e in read]
    held = [e for e in second if getattr(e, "terms", ())]
    assert held and all(type(t).__name__ == "OfficeTerm" for e in held for t in e.terms)


def test_the_cached_gazetteer_cities_come_with_their_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A gazetteer read from the table cache works out no city's key again (a slug of each
    of ~5,000 names); the keys are those the names give."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    read = [e for path in sorted(DATA_DIR.glob("*.tsv")) for e in read_file(path)]
    keys = [e.key for e in read if isinstance(e, CityEntry)]
    _shipped()  # read and written
    slugged: list[str] = []
    monkeypatch.setattr(gazetteer, "slug", lambda text: slugged.append(text) or slug(text))
    cities = Gazetteer(_shipped()).cities  # from the cache
    assert [c.key for c in cities] == keys and len(keys) > 1000
    assert not slugged
    again = [e for path in sorted(DATA_DIR.glob("*.tsv")) for e in read_file(path)]
    assert [e.key for e in again if isinstance(e, CityEntry)] == keys  # read: worked out
    assert slugged


def test_the_cached_gazetteer_patterns_are_the_computed_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    nlp = build_pipeline()
    gazetteer = Gazetteer.load()
    labelled = labelled_names(gazetteer)
    computed = [(label, tuple(p), lowered) for label, p, lowered in _patterns(nlp, labelled)]
    first = name_patterns(nlp, gazetteer)  # computed and written
    second = name_patterns(nlp, gazetteer)  # read
    assert len(list(tmp_path.glob("gazetteer-patterns-*.marshal"))) == 1
    assert first == second == computed
    # an exact-form alias has no lemmas; a name matched on lemmas has one per token and reading
    forms = dict(((label, tuple(words)), lemmas) for label, (words, lemmas), _ in computed)
    assert forms[("State|state/USA", ("США",))] == []
    assert forms[("State|state/RUS", ("Российская", "Федерация"))][0] == ["российский", "федерация"]


def test_the_cached_patterns_say_which_names_also_match_opening_lower_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kept in the table, not parsed again by every build: a name the gazetteer writes lower
    case, an organization's one word the dictionary knows so; not a state's name, not a
    word read first as another."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    nlp = build_pipeline()
    gazetteer = Gazetteer.load()
    name_patterns(nlp, gazetteer)  # computed and written
    lowered = {
        (label, " ".join(words)): low for label, (words, _), low in name_patterns(nlp, gazetteer)
    }
    assert lowered["Organization|org/state-duma", "Госдума"]
    assert lowered["Organization|org/bundestag", "бундестаг"]
    assert not lowered["State|state/FRA", "Франция"]
    assert all(low == written_lower(label, name.split()) for (label, name), low in lowered.items())


def test_the_cached_state_tables_are_the_computed_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    gazetteer = Gazetteer.load()
    for table, compute, name in ((plural_forms, _plural_forms, "plurals"),
                                 (capitals, _capitals, "capitals"),
                                 (state_tails, genitive_tails, "state-tails")):  # fmt: skip
        computed = compute(gazetteer)
        first = table.__wrapped__(gazetteer)  # computed and written (past the process's cache)
        second = table.__wrapped__(gazetteer)  # read
        assert len(list(tmp_path.glob(f"gazetteer-{name}-*.marshal"))) == 1
        assert first == second == computed
    plurals = dict(plural_forms.__wrapped__(gazetteer))
    assert {"багамы", "багамов", "багам"} <= set(plurals["State|state/BHS"])
    assert capitals.__wrapped__(gazetteer)["париж"] == "state/FRA"
    assert ("французской республики", "state/FRA") in state_tails.__wrapped__(gazetteer)


def test_a_gazetteer_matcher_built_from_the_cache_finds_what_a_fresh_one_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    text = "Делегация Республики Казахстан и представители КНР встретились в Женеве."
    found = []
    for _ in range(2):  # the first pipeline writes the table, the second reads it
        doc = build_pipeline()(text)
        found.append([(s.text, s.kb_id_) for s in doc.spans["states"]])
    assert found[0] == found[1]
    assert ("Республики Казахстан", "state/KAZ") in found[0] and ("КНР", "state/CHN") in found[0]


def test_the_command_line_imports_no_morphology_or_models_until_a_command_needs_them() -> None:
    """`kg query`, `kg serve`, `kg export` start without pymorphy3's dictionaries' code, the
    gazetteer, spaCy or numpy; a build imports them when it has a document to read."""
    code = (
        "import sys, kg.cli, kg.store; "
        "print(*(m in sys.modules for m in ('pymorphy3', 'kg.gazetteer', 'spacy', 'numpy')))"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env(), capture_output=True, text=True)
    assert done.stdout.split() == ["False"] * 4, done.stderr


def test_the_stores_counts_import_no_fact_kind_nor_spacy(tmp_path: Path) -> None:
    """`kg stats`, an update's count and a build that only prunes count facts by the
    ontology's classes, without importing every extractor and spaCy (~1 s CPU)."""
    code = (
        "import sys; from pathlib import Path; from kg.store import KgStore; "
        f"kg = KgStore.open_write(Path({str(tmp_path / 'store')!r})); "
        "store = kg.__enter__(); print(*store.counts(), len(store.document_counts())); "
        "kg.__exit__(None, None, None); "
        "print(*(m in sys.modules for m in ('spacy', 'kg.extract.claims', 'kg.evaluate')))"
    )
    assert python_prints(code) == ["0", "0", "0", "0", "False", "False", "False"]


def test_the_fact_classes_counted_are_the_registered_kinds() -> None:
    """Each fact kind's ontology class is a direct subclass of `bro:Fact`, and no other
    class is: the store counts the facts of every kind and only those."""
    registered = sorted(kind.ontology_class for kind in fact_kinds())
    assert list(_ontology_fact_classes()) == registered


def test_the_nlp_and_fact_kinds_import_without_the_query_worker() -> None:
    """Every fact kind's package imports `kg.evaluate` for its matchers; a build imports
    them all and runs no query, so `kg.sparql` (the query worker) waits for `kg eval`."""
    code = (
        "import sys; from kg.build import _import_nlp; _import_nlp(); "
        "print(*(m in sys.modules for m in ('kg.evaluate', 'kg.sparql', 'kg.workers'))); "
        "from kg.evaluate import read_store; print(callable(read_store))"
    )
    assert python_prints(code) == ["True", "False", "False", "True"]


def test_spacy_imports_without_its_command_line_which_still_imports_when_asked() -> None:
    code = (
        "import sys; from kg.nlp.spacy_import import import_spacy; import_spacy(); "
        "print(*(m in sys.modules for m in ('typer', 'spacy.cli', 'tqdm', 'pydantic.v1'))); "
        "from kg.nlp.pipeline import build_pipeline; nlp = build_pipeline(); "
        "print('tqdm' in sys.modules, nlp('Москва')[0].lemma_); "
        "import spacy; print(spacy.blank('ru')('Москва').text); "
        "import spacy.cli; print(hasattr(spacy.cli, 'download'), callable(spacy.info)); "
        "import spacy.training.loggers as loggers, tqdm, pydantic.v1; "
        "print(loggers.tqdm.tqdm is tqdm.tqdm, pydantic.v1.BaseModel.__name__)"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env(), capture_output=True, text=True)
    assert done.stdout.split() == [
        *["False"] * 5,
        "москва",
        "Москва",
        "True",
        "True",
        "True",
        "BaseModel",
    ], done.stderr


def test_the_resolver_imports_spacy_without_its_command_line() -> None:
    """`kg.resolve` is imported without the pipeline (by `kg.analyze`, tests, the gazetteer
    builders): it imports spaCy as the pipeline does, without typer and `spacy.cli`."""
    code = "import sys, kg.resolve; print(*(m in sys.modules for m in ('typer', 'spacy.cli')))"
    assert python_prints(code) == ["False", "False"]


def test_slovnet_imports_without_ipymarkup_which_still_imports_when_asked() -> None:
    code = (
        "import sys; from kg.build import _import_nlp; _import_nlp(); "
        "print(*(m in sys.modules for m in ('slovnet', 'ipymarkup', 'intervaltree'))); "
        "from kg.nlp.pipeline import build_pipeline; "
        "text = 'Встреча прошла в Минске. Лукашенко встретился с Токаевым.'; "
        "print(*(e.text for e in build_pipeline()(text).ents)); "
        "import ipymarkup; print(callable(ipymarkup.show_span_box_markup))"
    )
    assert python_prints(code) == [
        "True",
        "False",
        "False",
        "Минске",
        "Лукашенко",
        "Токаевым",
        "True",
    ]


def test_pymorphy3_reads_the_dictionary_it_would_find_itself_unless_told_another() -> None:
    """Found by its package, not by the entry points of every distribution; pymorphy3's own
    variable still names the dictionary when set."""
    code = """
import os, sys, pymorphy3
from kg.nlp.morph import Morph
analyzer = Morph()._analyzer
print(analyzer.lang, 'importlib.metadata' in sys.modules)
print(analyzer.dictionary.path == pymorphy3.MorphAnalyzer().dictionary.path)
os.environ[pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE] = '/nonexistent'
try:
    Morph()
except OSError:
    print('told')
"""
    assert python_prints(code) == ["ru", "False", "True", "told"]


def test_srslys_yaml_imports_at_its_first_call_not_with_spacy() -> None:
    code = (
        "import sys; from kg.nlp.spacy_import import import_spacy; import_spacy(); "
        "print('srsly.ruamel_yaml' in sys.modules); import srsly; "
        "print(srsly.yaml_loads('a: 1')['a'], srsly.is_yaml_serializable({'a': 1})); "
        "print(srsly.yaml_dumps({'b': 2}).strip(), 'srsly.ruamel_yaml' in sys.modules)"
    )
    assert python_prints(code) == ["False", "1", "True", "b:", "2", "True"]


def test_the_nlp_imports_once_without_the_collector_and_out_of_its_reach() -> None:
    """What the first import of spaCy, kg's NLP and fact kinds makes is frozen (`gc.freeze`),
    with the collector on again after it; a second build's import freezes nothing more (the
    garbage a long-lived caller made in between stays collectable), and a collector its
    caller had turned off stays off."""
    code = """
import gc
from kg.build import _import_nlp
from kg.memory import frozen_imports
print(gc.get_freeze_count())
_import_nlp()
frozen = gc.get_freeze_count()
print(frozen > 100_000, gc.isenabled())
cycle = []
cycle.append(cycle)
_import_nlp()
print(gc.get_freeze_count() == frozen, gc.isenabled())
gc.disable()
with frozen_imports("no.such.module"):
    pass
print(gc.get_freeze_count() > frozen, gc.isenabled())
"""
    done = subprocess.run([sys.executable, "-c", code], env=env(), capture_output=True, text=True)
    assert done.stdout.split() == ["0", *["True"] * 5, "False"], done.stderr


def test_kg_imports_its_command_line_without_the_collector_and_out_of_its_reach() -> None:
    """`kg` (`kg.entry.main`) freezes what importing the command line made, with the
    collector on again for the command; spaCy is not imported by then."""
    code = """
import atexit, gc, sys
atexit.register(lambda: print(gc.get_freeze_count() > 10_000, gc.isenabled(),
                              "spacy" in sys.modules))
sys.argv = ["kg", "--help"]
from kg.entry import main
main()
"""
    done = subprocess.run([sys.executable, "-c", code], env=env(), capture_output=True, text=True)
    assert done.stdout.split()[-3:] == ["True", "True", "False"], done.stderr


def test_the_three_slovnet_models_share_one_vocabulary() -> None:
    from kg.nlp import models

    encoders = [m().infer.encoder for m in (models.morph_tagger, models.syntax_parser,
                                            models.ner_tagger)]  # fmt: skip
    words = {id(e.words_vocab) for e in encoders}
    assert len(words) == 1 and encoders[0].words_vocab.encode("москва") > 0


def test_the_word_vocabulary_is_read_from_its_dawg_with_slovnets_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from natasha.data import NEWS_NER
    from slovnet.exec.pack import Pack, vocab_name

    from kg.nlp import models

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    with Pack(NEWS_NER) as pack:
        packed = pack.read(vocab_name("word"))
    parsed = models._read_vocab(packed, "k")  # slovnet's parse; the DAWG made for next time
    assert [p.name for p in tmp_path.iterdir()] == ["slovnet-words-k.dawg"]
    read = models._read_vocab(packed, "k")
    assert isinstance(read, models.WordIds) and len(parsed.items) > 200_000
    odd = ["несуществующееслово", "москва\0", "\0", "a\udc80", ""]
    for word in [*parsed.items, *odd]:
        assert read.encode(word) == parsed.encode(word), word
    assert (read.unk_id, read.pad_id) == (parsed.unk_id, parsed.pad_id) != (None, None)
    with Pack(NEWS_NER) as pack:  # a small vocabulary stays slovnet's
        assert models._read_vocab(pack.read(vocab_name("tag")), "t").items[0] == "<pad>"


def test_the_embedding_is_mapped_from_its_archive_with_the_arrays_navec_reads() -> None:
    import mmap

    import numpy as np
    from natasha.data import NEWS_EMBEDDING
    from navec.navec import PQ_
    from navec.pq import PQ
    from navec.tar import Tar

    from kg.nlp.embedding import load_embedding

    with Tar(NEWS_EMBEDDING) as tar:
        read = PQ.from_file(tar.load(PQ_))
    mapped = load_embedding().pq
    for name in ("indexes", "codes"):
        array = getattr(mapped, name)
        assert np.array_equal(array, getattr(read, name))
        while isinstance(array.base, np.ndarray):  # a reshaped view of numpy's view of …
            array = array.base
        assert not array.flags.writeable and isinstance(array.base.obj, mmap.mmap)  # no copy
    assert (mapped.vectors, mapped.dim, mapped.qdim) == (read.vectors, read.dim, read.qdim)


def test_a_compressed_embedding_archive_is_read_as_before(tmp_path: Path) -> None:
    import tarfile

    import numpy as np
    from natasha.data import NEWS_EMBEDDING

    from kg.nlp.embedding import load_embedding

    packed = tmp_path / "navec.tar.gz"
    with tarfile.open(NEWS_EMBEDDING) as plain, tarfile.open(packed, "w:gz") as out:
        for member in plain:
            out.addfile(member, plain.extractfile(member))
    assert np.array_equal(load_embedding(str(packed)).pq.codes, load_embedding().pq.codes)


def test_the_phrase_trie_finds_what_spacys_phrase_matcher_finds() -> None:
    import spacy
    from spacy.matcher import PhraseMatcher

    from kg.nlp.phrases import PhraseTrie

    nlp = spacy.blank("ru")
    phrases = {  # nested, overlapping, one phrase under two labels, one ending the text
        "A": ["Новая Зеландия", "Зеландия"],
        "B": ["Зеландия и Австралия", "Австралия"],
        "C": ["Австралия", "Океания ."],
    }
    matcher, trie = PhraseMatcher(nlp.vocab), PhraseTrie()
    for label, texts in phrases.items():
        matcher.add(label, [nlp.make_doc(t) for t in texts])
        for t in texts:
            trie.add(label, [token.text for token in nlp.make_doc(t)])
    doc = nlp.make_doc("Новая Зеландия и Австралия, Новая Каледония и Австралия лежат в Океания .")
    found = trie([t.text for t in doc])
    expected = [(nlp.vocab.strings[m], s, e) for m, s, e in matcher(doc)]
    assert sorted(found) == sorted(expected) and len(found) == 8
    assert [(s, e) for _, s, e in found] == sorted((s, e) for _, s, e in found)  # by start, length
    assert trie([]) == [] and trie(["Австралия"]) == [("B", 0, 1), ("C", 0, 1)]


def test_a_pipeline_built_again_for_its_vocab_builds_the_same_graphs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 3)
    run_build([corpus], tmp_path / "kept")
    monkeypatch.setattr(steps, "VOCAB_STRINGS", 0)  # a new pipeline for every document
    first = steps.Reader().nlp
    first("Делегация прибыла в Москву.")  # words in its vocab
    assert steps.Reader().nlp is not first  # built again: its vocab was over the limit
    run_build([corpus], tmp_path / "renewed")
    assert graphs(tmp_path / "renewed") == graphs(tmp_path / "kept")


def test_a_one_process_build_leaves_no_word_of_its_documents_in_the_vocab(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 3)
    nlp = steps.Reader().nlp
    lexemes, strings = list(nlp.vocab), set(nlp.vocab.strings)
    run_build([corpus], tmp_path / "first")
    assert steps.Reader().nlp is nlp  # the same pipeline, without the documents' words
    assert [lex.orth for lex in nlp.vocab] == [lex.orth for lex in lexemes]
    kept = set(nlp.vocab.strings) - strings  # the morphology's tags ("Case=Nom|Number=Plur")
    assert kept and all("=" in s for s in kept)
    run_build([corpus], tmp_path / "second")  # the same words, added and let go again
    assert graphs(tmp_path / "second") == graphs(tmp_path / "first")


def test_a_build_that_ends_its_process_lets_the_models_go_and_the_next_loads_them_again(
    tmp_path: Path,
) -> None:
    from kg.nlp import models

    corpus = write_corpus(tmp_path / "corpus", 3)
    run_build([corpus], tmp_path / "released", release_models=True)
    loaded = (steps._pipeline, models.embedding, models.morph_tagger, models.ner_tagger)
    assert not any(f.cache_info().currsize for f in loaded) and not models._VOCABS
    run_build([corpus], tmp_path / "again")  # loads them again, and keeps them
    assert steps._pipeline.cache_info().currsize == 1
    assert graphs(tmp_path / "again") == graphs(tmp_path / "released")


def test_the_cached_surnames_that_are_places_or_words_are_the_judged_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    gazetteer = Gazetteer.load()
    first, second = places_or_words(gazetteer), places_or_words(gazetteer)  # written, read
    surnames = {p.last for p in gazetteer.persons if not p.terms and len(p.last) >= 4}
    judged = {w.split()[-1] for w in surnames if place_or_word(w.split()[-1])}
    assert first == second and judged <= first and judged
    assert len(list(tmp_path.glob("surnames-places-or-words-*.marshal"))) == 1


@pytest.mark.parametrize(
    ("streams", "hashed", "vocabularies"),
    [
        ([b"words", b"words", b"words"], 1, 1),  # the three packs' copies: one hash, one parse
        ([b"words", b"other", b"words"], 2, 2),  # must not share: another vocabulary's own
    ],
)
def test_a_vocabulary_stream_is_hashed_once(
    monkeypatch: pytest.MonkeyPatch, streams: list[bytes], hashed: int, vocabularies: int
) -> None:
    import gzip
    import hashlib

    from kg.nlp import models

    calls: list[bytes] = []

    def sha256(data: bytes) -> hashlib._Hash:
        calls.append(data)
        return hashlib.new("sha256", data)

    monkeypatch.setattr(models, "_VOCABS", {})
    monkeypatch.setattr(models, "_DIGESTS", {})
    monkeypatch.setattr(models.hashlib, "sha256", sha256)
    monkeypatch.setattr(models, "_read_vocab", lambda packed, digest: digest)
    read = [models._vocab(gzip.compress(s, mtime=i)) for i, s in enumerate(streams)]
    assert len(calls) == hashed and len(set(read)) == vocabularies
    assert read[0] == read[2]


def test_without_the_compiled_dawg_the_word_vocabulary_is_slovnets_dict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pymorphy3 installed without its `fast` extra (and the throughput bench's pure-Python
    row) has no `dawg`: the models still load, from slovnet's own dict."""
    from natasha.data import NEWS_NER
    from slovnet.exec.pack import Pack, vocab_name

    from kg.nlp import models

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    monkeypatch.setitem(sys.modules, "dawg", None)  # an import of it raises ImportError
    with Pack(NEWS_NER) as pack:
        packed = pack.read(vocab_name("word"))
    read = models._read_vocab(packed, "k")
    assert not isinstance(read, models.WordIds) and read.encode("москва") > 0
    assert not list(tmp_path.iterdir())
