"""Reading documents: the sample corpus, formats, encodings, metadata and discovery."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.corpus import ReadWarning, discover, iter_documents, read_file
from kg.data.shared import shared
from kg.errors import InputError, MissingInputError
from kg.formats.entities import decode_entities

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DEVSET = shared("devset", "articles")
RU = "Президент России Владимир Путин провёл переговоры с Касым-Жомартом Токаевым.\n"


def read_all(*paths: Path) -> tuple[list, list[ReadWarning]]:
    warnings: list[ReadWarning] = []
    return list(iter_documents(list(paths), warnings.append)), warnings


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


# --- the sample corpus and the dev articles --------------------------------------------


def test_sample_corpus_ids_titles_dates() -> None:
    docs, warnings = read_all(CORPUS)
    assert warnings == []
    by_id = {d.id: d for d in docs}
    assert [d.id for d in docs] == sorted(p.stem for p in CORPUS.glob("*.txt"))
    assert by_id["001_a513e5be717ef587"].date == "2022-11-28"
    assert by_id["001_a513e5be717ef587"].title == "Российско-казахстанские переговоры"
    assert by_id["001_a513e5be717ef587"].url == "http://kremlin.ru/events/president/news/copy/69944"
    assert by_id["004_9232feae6727061a"].date == "2025-11-11"
    assert by_id["004_9232feae6727061a"].title.startswith("Отношения Казахстана и России")
    assert by_id["004_9232feae6727061a"].title.endswith("Касым-Жомарт Токаев")
    assert by_id["000_1914cf37c4cafcf3"].title.startswith("Касым-Жомарт Токаев и Владимир Путин")
    for doc in docs:
        raw = (CORPUS / f"{doc.id}.txt").read_text(encoding="utf-8")
        assert (doc.text, doc.entities) == decode_entities(raw)
        assert doc.encoding == "utf-8"
        assert len(doc.sha256) == 64
        assert 0 < len(doc.title) <= 201


@pytest.mark.skipif(not DEVSET.is_dir(), reason="dev set not present")
def test_dev_articles_read() -> None:
    docs, warnings = read_all(DEVSET)
    assert warnings == []
    assert len(docs) == len(list(DEVSET.glob("*.txt")))
    assert docs[0].title == "Сенат США ратифицировал договор по СНВ"
    for doc in docs:
        assert doc.text == decode_entities(Path(doc.path).read_text(encoding="utf-8"))[0]


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_reencoded_sample_gives_identical_text(tmp_path: Path, encoding: str) -> None:
    source = CORPUS / "001_a513e5be717ef587.txt"
    original = read_file(source)[0]
    copy = write(tmp_path / source.name, source.read_text(encoding="utf-8").encode(encoding))
    doc = read_file(copy)[0]
    assert doc.text == original.text
    assert (doc.title, doc.date, doc.url) == (original.title, original.date, original.url)
    assert doc.sha256 == original.sha256


def test_all_samples_survive_cp1251_and_utf16(tmp_path: Path) -> None:
    for source in sorted(CORPUS.glob("*.txt")):
        text = source.read_text(encoding="utf-8")
        for encoding in ("cp1251", "utf-16-le"):
            try:
                data = text.encode(encoding)
            except UnicodeEncodeError:
                continue
            decoded = read_file(write(tmp_path / encoding / source.name, data))[0].text
            assert decoded == decode_entities(text)[0]


@pytest.mark.parametrize("encoding", ["koi8_r", "cp866", "mac_cyrillic", "iso8859_5"])
def test_other_cyrillic_code_pages(tmp_path: Path, encoding: str) -> None:
    text = "Заголовок\n" + RU + "Стороны подписали декларацию о союзничестве.\n"
    doc = read_file(write(tmp_path / "a.txt", text.encode(encoding)))[0]
    assert (doc.text, doc.encoding) == (text, encoding)


def test_utf8_bom_is_not_text_and_newlines_are_kept(tmp_path: Path) -> None:
    raw = "Заголовок\r\n\r\n  Текст  статьи.\r\n"
    doc = read_file(write(tmp_path / "a.txt", b"\xef\xbb\xbf" + raw.encode()))[0]
    assert doc.text == raw
    assert doc.encoding == "utf-8"
    assert doc.title == "Заголовок"


# --- metadata from the text -------------------------------------------------------------


def test_dateline_gives_publisher_and_dated_year(tmp_path: Path) -> None:
    doc = read_file(write(tmp_path / "a.txt", "АСТАНА, 12 ноября 2025 года. /ТАСС/. " + RU))[0]
    assert (doc.publisher, doc.date) == ("ТАСС", "2025-11-12")
    assert doc.title.startswith("Президент России")
    doc = read_file(write(tmp_path / "b.txt", "Заголовок\nМОСКВА, 28 ноября — РИА Новости. " + RU))[
        0
    ]
    assert (doc.title, doc.publisher, doc.date) == ("Заголовок", "РИА Новости", "")


def test_place_line_is_not_a_date(tmp_path: Path) -> None:
    doc = read_file(write(tmp_path / "a.txt", "Переговоры\n\nМосква, Кремль\n\n" + RU))[0]
    assert (doc.title, doc.date, doc.publisher) == ("Переговоры", "", "")


def test_long_first_line_titles_are_cut_to_a_sentence(tmp_path: Path) -> None:
    long_line = "В. Путин и К. Токаев " + "обсудили " * 40 + "сотрудничество. Второе предложение."
    doc = read_file(write(tmp_path / "a.txt", long_line))[0]
    assert doc.title.startswith("В. Путин и К. Токаев обсудили")
    assert len(doc.title) <= 201


def test_timestamp_with_dots(tmp_path: Path) -> None:
    assert read_file(write(tmp_path / "a.txt", "Заголовок\n28.11.2022 17:25\n" + RU))[0].date == (
        "2022-11-28"
    )


def test_entities_in_text_decoded_bare_ampersands_kept(tmp_path: Path) -> None:
    encoded = "Он сказал: &laquo;Да&raquo; &mdash; и ушёл.\n"
    assert read_file(write(tmp_path / "a.txt", encoded))[0].text == "Он сказал: «Да» — и ушёл.\n"
    mixed = "Спасибо.\n&lt;…&gt;\nR&D и AT&T, &nosuch; и &#171;.\n"
    assert read_file(write(tmp_path / "b.txt", mixed))[0].text == (
        "Спасибо.\n<…>\nR&D и AT&T, &nosuch; и «.\n"
    )


def test_entities_in_jsonl_text_decoded_as_in_plain_text(tmp_path: Path) -> None:
    record = {"text": "Заголовок\nОн сказал: &laquo;Да&raquo;, R&D.\n"}
    doc = read_file(write(tmp_path / "a.jsonl", json.dumps(record)))[0]
    assert doc.text == "Заголовок\nОн сказал: «Да», R&D.\n"
    assert doc.entities.written == ("&laquo;", "&raquo;")


def test_markdown_title(tmp_path: Path) -> None:
    doc = read_file(write(tmp_path / "a.md", "# Визит Путина\n\n" + RU))[0]
    assert doc.title == "Визит Путина"
    assert doc.text.startswith("# Визит")


# --- other formats ----------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Визит — Сайт</title>
<meta property="article:published_time" content="2022-11-28T10:00:00+03:00">
<meta property="og:url" content="https://example.ru/news/1">
<meta property="og:site_name" content="Пример.ру">
<style>p { color: red }</style><script>var x = "<p>не текст</p>";</script></head>
<body><nav>Меню</nav><h1>Путин&nbsp;и Токаев</h1>
<p>Первый   абзац &laquo;текста&raquo;<br>вторая строка</p><div><p>Второй абзац &amp; ещё</p></div>
<script>document.write("скрипт")</script><ul><li>пункт</li></ul><svg><title>икона</title></svg>
<table><tr><td>A</td><td>B</td></tr></table></body></html>"""


def test_html_text_and_metadata(tmp_path: Path) -> None:
    doc = read_file(write(tmp_path / "page.html", PAGE))[0]
    assert doc.text == (
        "Меню\nПутин и Токаев\nПервый абзац «текста»\nвторая строка\nВторой абзац & ещё\nпункт\nA B"
    )
    assert (doc.id, doc.title, doc.date) == ("page", "Путин и Токаев", "2022-11-28")
    assert (doc.url, doc.publisher) == ("https://example.ru/news/1", "Пример.ру")


def test_html_title_tag_and_declared_charset(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1251"><title>Заголовок</title></head><p>Текст</p>'
    page += "<svg><title>икона</title></svg>"
    doc = read_file(write(tmp_path / "a.htm", page.encode("cp1251")))[0]
    assert (doc.title, doc.text, doc.encoding) == ("Заголовок", "Текст", "cp1251")


def test_jsonl_documents(tmp_path: Path) -> None:
    lines = [
        {"text": RU, "title": "Т1", "date": "2022-11-28", "url": "u", "publisher": "p", "id": "x"},
        {"text": "Заголовок\n" + RU},
    ]
    path = write(
        tmp_path / "feed.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in lines)
    )
    first, second = read_file(path)
    assert (first.id, first.title, first.date, first.url, first.publisher) == (
        "x",
        "Т1",
        "2022-11-28",
        "u",
        "p",
    )
    assert (second.id, second.title, second.text) == ("feed-2", "Заголовок", "Заголовок\n" + RU)


# --- sidecars ---------------------------------------------------------------------------


def test_meta_json_and_metadata_csv_override(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Заголовок из текста\n" + RU)
    write(tmp_path / "b.txt", "Заголовок из текста\n" + RU)
    before = read_file(tmp_path / "a.txt")[0]
    write(tmp_path / "metadata.csv", "file,title,date\na.txt,Из CSV,2022-11\nb,Б из CSV,\n")
    write(tmp_path / "a.meta.json", json.dumps({"date": "2022-11-28", "url": "https://x.ru"}))
    docs, warnings = read_all(tmp_path)
    assert warnings == []
    a, b = docs
    assert (a.title, a.date, a.url) == ("Из CSV", "2022-11-28", "https://x.ru")
    assert (b.title, b.date) == ("Б из CSV", "")
    assert a.sha256 != before.sha256 and a.text == before.text


def test_bad_sidecar_is_a_warning(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", RU)
    write(tmp_path / "a.meta.json", "{not json")
    docs, warnings = read_all(tmp_path)
    assert len(docs) == 1
    assert [w.path for w in warnings] == [str(tmp_path / "a.meta.json")]


# --- discovery and the streaming API ----------------------------------------------------


def test_discover_order_and_filters(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.md", "a/y.html", "c.jsonl", "d.pdf", ".hidden.txt", ".git/x.txt"]:
        write(tmp_path / name, RU)
    write(tmp_path / "b.meta.json", "{}")
    write(tmp_path / "metadata.csv", "id,title\n")
    names = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert names == ["a/y.html", "a/z.md", "b.txt", "c.jsonl"]
    assert discover([tmp_path / "d.pdf", tmp_path / "b.txt", tmp_path])[:2] == [
        tmp_path / "d.pdf",
        tmp_path / "b.txt",
    ]


def test_unknown_extension_named_explicitly_is_text(tmp_path: Path) -> None:
    doc = read_file(write(tmp_path / "note.text", RU))[0]
    assert (doc.id, doc.text) == ("note", RU)


def test_missing_path_raises(tmp_path: Path) -> None:
    with pytest.raises(MissingInputError, match="nope"):
        read_all(tmp_path / "nope")


def test_nothing_read_raises_after_warnings(tmp_path: Path) -> None:
    write(tmp_path / "empty.txt", b"")
    warnings: list[ReadWarning] = []
    with pytest.raises(InputError, match="no documents found"):
        list(iter_documents([tmp_path], warnings.append))
    assert [str(w) for w in warnings] == [f"{tmp_path / 'empty.txt'}: empty file"]


def test_duplicate_ids_keep_the_first(tmp_path: Path) -> None:
    write(tmp_path / "a/x.txt", "Первый\n")
    write(tmp_path / "b/x.md", "Второй\n")
    docs, warnings = read_all(tmp_path)
    assert [d.text for d in docs] == ["Первый\n"]
    assert len(warnings) == 1 and "duplicate document id 'x'" in warnings[0].reason
