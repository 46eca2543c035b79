"""Bytes → text without assuming an encoding.

Order: binary signatures, BOM, UTF-16 byte patterns, strict UTF-8, then the
Cyrillic single-byte code pages scored by how Russian the result reads.
Mostly-UTF-8 files with stray legacy bytes are repaired run by run (cp1251
where that gives letters, U+FFFD otherwise) and reported, never dropped.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from kg.errors import InputError

SAMPLE = 1 << 16
# Single-byte Cyrillic code pages, most likely first: ties go to cp1251.
CYRILLIC = ("cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5")
MAX_NUL_RATIO = 0.001  # more NULs than this (outside UTF-16) means binary, not damaged text
MAX_CONTROL_RATIO = 0.05
MAX_REPLACED_RATIO = 0.01  # more undecodable units than this after a BOM: not text

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"%PDF-", "PDF document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "executable"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ESCAPED = re.compile(r"[\udc80-\udcff]+")
_LOWER = re.compile(r"[а-яё]")
_INITIAL_UPPER = re.compile(r"(?<![^\W\d_])[А-ЯЁ]")
_RUSSIAN_RUN = re.compile(r"[А-Яа-яЁё«»—–…№]+")
_UTF8_RUSSIAN = re.compile(r"[\u0400-\u04ff«»—–…№]")


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding that produced it, and what was repaired on the way."""

    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode a file's bytes; InputError when they are not text.

    `declared` is an encoding the file names itself (an HTML meta charset),
    tried when strict UTF-8 fails.
    """
    if not data:
        raise InputError("empty file")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"binary file ({kind})")
    decoded = _decode(data, declared)
    return Decoded(decoded.text, decoded.encoding, decoded.notes + _check_text(decoded.text))


def _decode(data: bytes, declared: str | None) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _after_bom(data[len(bom) :], encoding.removesuffix("-sig"))
    utf16 = _utf16_order(data)
    if utf16:
        try:
            return Decoded(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return Decoded(data.decode(declared), codecs.lookup(declared).name)
        except (LookupError, ValueError):  # unknown names; "undefined" raises UnicodeError
            pass
    return _mixed_or_legacy(data)


def decode_name(raw: bytes) -> Decoded:
    """A file name's bytes as text: UTF-8, else the Cyrillic code page that reads best
    (archives made on Windows unpack cp1251 names)."""
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return _legacy(raw)


def _after_bom(data: bytes, encoding: str) -> Decoded:
    """A BOM settles the encoding: a few bad units (a cut-off last byte) are replaced."""
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, "replace")
    replaced = text.count("\ufffd") - data.decode(encoding, "ignore").count("\ufffd")
    if replaced > MAX_REPLACED_RATIO * len(text):
        raise InputError(f"not valid {encoding} despite its byte-order mark")
    return Decoded(text, encoding, (f"invalid {encoding}: {replaced} units replaced with U+FFFD",))


def _utf16_order(data: bytes) -> str | None:
    """UTF-16 without a BOM: Latin and Cyrillic text puts 0x00/0x04 in every high byte."""
    sample = data[:SAMPLE]
    if len(data) % 2 or len(sample) < 2:
        return None
    for encoding, high, low in (
        ("utf-16-le", sample[1::2], sample[0::2]),
        ("utf-16-be", sample[0::2], sample[1::2]),
    ):
        high_share = (high.count(0) + high.count(4)) / len(high)
        if high_share >= 0.7 and low.count(0) / len(low) < 0.1:
            return encoding
    return None


def _mixed_or_legacy(data: bytes) -> Decoded:
    text = data.decode("utf-8", "surrogateescape")
    bad = len(text) - len(_ESCAPED.sub("", text))
    good = _UTF8_RUSSIAN.subn("", text)[1]  # Russian that decoded as UTF-8: not an accident
    if good / (good + bad) >= 0.1:
        return _repair_utf8(text)
    return _legacy(data)


def _repair_utf8(text: str) -> Decoded:
    """Mostly UTF-8: decode each invalid run as cp1251 if that yields Russian, else U+FFFD."""
    as_cp1251 = replaced = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal as_cp1251, replaced
        raw = match.group().encode("utf-8", "surrogateescape")
        try:
            legacy = raw.decode("cp1251")
        except UnicodeDecodeError:
            legacy = ""
        if legacy and _RUSSIAN_RUN.fullmatch(legacy):
            as_cp1251 += len(raw)
            return legacy
        replaced += len(raw)
        return "\ufffd" * len(raw)

    fixed = _ESCAPED.sub(fix, text)
    notes = []
    if as_cp1251:
        notes.append(f"invalid UTF-8: {as_cp1251} bytes read as cp1251")
    if replaced:
        notes.append(f"invalid UTF-8: {replaced} bytes replaced with U+FFFD")
    encoding = "utf-8+cp1251" if as_cp1251 else "utf-8"
    return Decoded(fixed, encoding, tuple(notes))


def _legacy(data: bytes) -> Decoded:
    """Pick the Cyrillic code page whose reading of the sample looks most like Russian."""
    sample = data[:SAMPLE]
    best, best_score = "koi8_r", -1.0  # KOI8-R maps all 256 bytes, so something always fits
    for encoding in CYRILLIC:
        try:
            score = _russian_score(sample.decode(encoding))
        except UnicodeDecodeError:
            continue
        if score > best_score:
            best, best_score = encoding, score
    try:
        return Decoded(data.decode(best), best)
    except UnicodeDecodeError:  # cp1251 leaves 0x98 undefined; the sample may not have shown it
        note = f"bytes undefined in {best} replaced with U+FFFD"
        return Decoded(data.decode(best, "replace"), best, (note,))


def _russian_score(text: str) -> float:
    """Share of non-ASCII characters that are lowercase or word-initial Russian letters.

    Wrong code pages turn Russian into in-word capitals (KOI8-R read as
    cp1251) or symbols (cp866, MacCyrillic), so this separates them.
    """
    non_ascii = _non_ascii(text)
    if not non_ascii:
        return 0.0
    return (len(_LOWER.findall(text)) + len(_INITIAL_UPPER.findall(text))) / non_ascii


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _check_text(text: str) -> tuple[str, ...]:
    """Reject binary masquerading as text; report a few NULs, which are kept so offsets hold."""
    sample = text[:SAMPLE]
    nuls = text.count("\x00")
    if nuls > MAX_NUL_RATIO * len(text) or len(_CONTROL.findall(sample)) > MAX_CONTROL_RATIO * len(
        sample
    ):
        raise InputError("binary file (control bytes)")
    if nuls:
        return (f"{nuls} NUL characters kept in the text",)
    return ()
