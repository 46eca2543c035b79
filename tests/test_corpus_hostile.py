"""Hostile input: every bad file gives one warning naming it, every good file is still read."""

from __future__ import annotations

import io
import json
import os
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.corpus
from kg.corpus import ReadWarning, iter_documents, read_file
from kg.errors import InputError
from kg.formats.decode import decode_bytes
from kg.formats.html import extract_html
from kg.formats.textmeta import text_metadata

RU = "Президент России Владимир Путин провёл переговоры с Касым-Жомартом Токаевым.\n"
MB = 1024 * 1024


def read_all(*paths: Path, **kwargs: int) -> tuple[list, list[ReadWarning]]:
    warnings: list[ReadWarning] = []
    return list(iter_documents(list(paths), warnings.append, **kwargs)), warnings


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", RU)
    return buffer.getvalue()


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "image.txt": (png(), "binary file (PNG image)"),
    "archive.txt": (zip_bytes(), "binary file (ZIP archive)"),
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b" \n\t\r\n  \n", "no text"),
    "nuls.txt": (RU.encode() + b"\x00" * 50 + RU.encode(), "binary file (control bytes)"),
    "noise.txt": (bytes(range(32)) * 40, "binary file (control bytes)"),
    "blank.html": (b"<html><script>x()</script></html>", "no text"),
}


def test_hostile_folder_one_warning_each(tmp_path: Path) -> None:
    for name, (data, _) in BAD_FILES.items():
        write(tmp_path / name, data)
    write(tmp_path / "good.txt", RU)
    docs, warnings = read_all(tmp_path)
    assert [d.id for d in docs] == ["good"]
    reasons = {Path(w.path).name: w.reason for w in warnings}
    assert len(warnings) == len(BAD_FILES)
    for name, (_, reason) in BAD_FILES.items():
        assert reason in reasons[name], name
        assert "\n" not in reasons[name]


def test_bad_file_named_explicitly_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"image\.png: binary file \(PNG image\)"):
        read_file(write(tmp_path / "image.png", png()))


def test_few_nuls_are_kept_with_a_warning(tmp_path: Path) -> None:
    text = RU * 20 + "\x00" + RU * 20
    docs, warnings = read_all(write(tmp_path / "a.txt", text))
    assert docs[0].text == text
    assert [w.reason for w in warnings] == ["1 NUL characters kept in the text"]


def test_utf16_without_bom_both_orders(tmp_path: Path) -> None:
    for encoding in ("utf-16-le", "utf-16-be"):
        doc = read_file(write(tmp_path / f"{encoding}.txt", (RU * 3).encode(encoding)))[0]
        assert (doc.text, doc.encoding) == (RU * 3, encoding)


def test_invalid_utf8_bytes_are_replaced_and_reported(tmp_path: Path) -> None:
    data = RU.encode() * 5 + b"\xff\xfe\x80 " + RU.encode()
    docs, warnings = read_all(write(tmp_path / "a.txt", data))
    assert docs[0].text == RU * 5 + "\ufffd" * 3 + " " + RU
    assert [w.reason for w in warnings] == ["invalid UTF-8: 3 bytes replaced with U+FFFD"]


def test_damage_after_the_sample_or_the_bom(tmp_path: Path) -> None:
    legacy = ("Стороны подписали декларацию.\n" * 3000).encode("cp1251") + b"\x98\n"
    docs, warnings = read_all(write(tmp_path / "a.txt", legacy))
    assert docs[0].encoding == "cp1251" and docs[0].text.endswith("\ufffd\n")
    assert [w.reason for w in warnings] == ["bytes undefined in cp1251 replaced with U+FFFD"]
    truncated = (RU * 3).encode("utf-16") + b"\x04"
    docs, warnings = read_all(write(tmp_path / "b.txt", truncated))
    assert docs[0].text == RU * 3 + "\ufffd"
    assert [w.reason for w in warnings] == ["invalid utf-16-le: 1 units replaced with U+FFFD"]


def test_mixed_utf8_and_cp1251(tmp_path: Path) -> None:
    legacy = "Стороны подписали «Декларацию» — о союзничестве и партнёрстве.\n"
    docs, warnings = read_all(write(tmp_path / "a.txt", RU.encode() * 3 + legacy.encode("cp1251")))
    assert docs[0].text == RU * 3 + legacy
    assert docs[0].encoding == "utf-8+cp1251"
    assert len(warnings) == 1 and "read as cp1251" in warnings[0].reason


def test_huge_file_is_skipped_fast(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * MB)  # sparse: no 50 MB write
    write(tmp_path / "good.txt", RU)
    started = time.process_time()  # CPU: a busy machine's other processes do not count
    docs, warnings = read_all(tmp_path)
    assert time.process_time() - started < 1
    assert [d.id for d in docs] == ["good"]
    assert [Path(w.path).name for w in warnings] == ["big.txt"]
    assert warnings[0].reason == "too large (50.0 MB, limit 20.0 MB), skipped"


def test_large_file_under_a_raised_limit(tmp_path: Path) -> None:
    text = (RU * 2000 + "\n") * 150  # ~ 50 MB of UTF-8
    path = write(tmp_path / "big.txt", text)
    started = time.process_time()
    (doc,) = read_file(path, max_bytes=64 * MB)
    assert time.process_time() - started < 5
    assert len(doc.text) == len(text) and doc.title == RU.strip()


def test_single_5mb_line(tmp_path: Path) -> None:
    line = "Слово " * (5 * MB // 12)
    started = time.process_time()
    (doc,) = read_file(write(tmp_path / "a.txt", line))
    assert time.process_time() - started < 2
    assert doc.text == line and 0 < len(doc.title) <= 201


def test_deeply_nested_and_broken_html(tmp_path: Path) -> None:
    nested = "<div>" * 10_000 + "<p>Глубоко</p>" + "</div>" * 10_000
    broken = (
        "<html><head><title>Тит<body><p>Раз <b>два<p>три</i></div></span><scr<ipt>&#xZZ; &bogus"
    )
    assert read_file(write(tmp_path / "nested.html", nested))[0].text == "Глубоко"
    doc = read_file(write(tmp_path / "broken.html", broken))[0]
    assert "Раз два" in doc.text and "три" in doc.text


def test_jsonl_bad_lines_warn_good_lines_read(tmp_path: Path) -> None:
    lines = [json.dumps({"text": RU}), "{broken", json.dumps({"title": "no text"}), "", "[]"]
    lines.append(json.dumps({"text": RU, "id": "last"}))
    docs, warnings = read_all(write(tmp_path / "feed.jsonl", "\n".join(lines)))
    assert [d.id for d in docs] == ["feed-1", "last"]
    assert [w.reason.split(":")[0] for w in warnings] == ["line 2", "line 3", "line 5"]
    with pytest.raises(InputError, match="no readable lines"):
        read_file(write(tmp_path / "bad.jsonl", "{not json\n[1]\n"))


def test_symlink_loop_and_broken_link(tmp_path: Path) -> None:
    write(tmp_path / "sub/a.txt", RU)
    (tmp_path / "sub/loop").symlink_to(tmp_path)
    (tmp_path / "sub/self.txt").symlink_to(tmp_path / "sub/self.txt")
    (tmp_path / "sub/dangling.txt").symlink_to(tmp_path / "nowhere")
    docs, warnings = read_all(tmp_path)
    assert [d.id for d in docs] == ["a"]
    reasons = {Path(w.path).name: w.reason for w in warnings}
    assert reasons == {
        "loop": "symbolic link loop, skipped",
        "self.txt": "symbolic link loop, skipped",
        "dangling.txt": "broken symbolic link, skipped",
    }


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = write(tmp_path / "locked.txt", RU)
    write(tmp_path / "ok.txt", RU)
    if os.geteuid() == 0:  # root reads anything: simulate the refusal instead
        real_open = Path.open

        def refuse(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied")
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refuse)
    else:
        locked.chmod(0)
    docs, warnings = read_all(tmp_path)
    assert [d.id for d in docs] == ["ok"]
    assert [str(w) for w in warnings] == [f"{locked}: cannot read (Permission denied)"]


def test_file_removed_between_listing_and_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "a.txt", RU)
    gone = write(tmp_path / "b.txt", RU)
    listing = kg.corpus.discover

    def list_then_remove(*args: object, **kwargs: object) -> list[Path]:
        found = listing(*args, **kwargs)  # type: ignore[arg-type]
        gone.unlink()
        return found

    monkeypatch.setattr(kg.corpus, "discover", list_then_remove)
    docs, warnings = read_all(tmp_path)
    assert [d.id for d in docs] == ["a"]
    assert [str(w) for w in warnings] == [f"{gone}: no longer exists (removed while reading?)"]


def test_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_file(fifo)


# --- properties -------------------------------------------------------------------------

# Real Russian words: two letters in a row make cp1251 invalid as UTF-8 (a lone "Вё" is
# valid UTF-8 "¸", where strict UTF-8 rightly wins).
LOWER = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
WORD = st.text(alphabet=LOWER, min_size=2, max_size=12) | st.sampled_from(["всё", "ещё", "ёлка"])
SENTENCE = st.lists(WORD, min_size=1, max_size=12).map(lambda ws: " ".join(ws).capitalize() + ".")
RUSSIAN = st.lists(SENTENCE, min_size=1, max_size=8).map(" ".join)
PRINTABLE = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff"), min_size=1
).filter(lambda t: "\x00" not in t)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decoder_only_raises_input_error(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except InputError:
        return
    assert isinstance(decoded.text, str)


@settings(max_examples=200, deadline=None)
@given(RUSSIAN, st.sampled_from(["cp1251", "utf-8", "utf-16-le", "utf-16-be", "utf-16"]))
def test_russian_round_trips(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)).text == text


@settings(max_examples=200, deadline=None)
@given(PRINTABLE, st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_any_text_round_trips(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)).text == text


@settings(max_examples=300, deadline=None)
@given(st.text() | st.text(st.sampled_from(list("<>![]-/=\"' &#;abdiftlCDATAп\n"))))
def test_html_and_text_metadata_never_raise(text: str) -> None:
    extract_html(text)
    extract_html("<html><body><div>" + text)
    extract_html("<![" + text + "<!" + text)
    text_metadata(text)
