"""HTML entities in plain text: decoded for the analysis, kept for offsets.

Scraped text carries `&nbsp;`, `&laquo;`: the analysis reads better with them
decoded, but a user checks offsets against the file's text, where each entity
is several characters. `decode_entities` gives the decoded text and an
`EntityMap`, which takes offsets into the decoded text back to the text as written.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from html.entities import html5

_ENTITY = re.compile(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True)
class EntityMap:
    """Where a text's decoded entities are: a few ints and strings per entity, so the
    Document carrying it to a worker stays small. Empty when nothing was decoded."""

    starts: tuple[int, ...] = ()  # each entity's first character in the decoded text
    ends: tuple[int, ...] = ()  # the end of its decoded characters there
    shifts: tuple[int, ...] = ()  # offset as written minus decoded offset, after each entity
    written: tuple[str, ...] = ()  # the entity as written ("&nbsp;")

    def raw_start(self, start: int) -> int:
        """Where a span starting at decoded `start` starts in the text as written; a start
        inside an entity's decoded characters starts at the entity."""
        k = bisect_right(self.ends, start)
        if k < len(self.starts) and self.starts[k] < start:
            return self.starts[k] + self._shift(k)
        return start + self._shift(k)

    def raw_end(self, end: int) -> int:
        """Where a span ending at decoded `end` ends in the text as written; an end inside
        an entity's decoded characters ends after the entity."""
        k = bisect_right(self.ends, end)
        if k < len(self.starts) and self.starts[k] < end:
            return self.ends[k] + self.shifts[k]
        return end + self._shift(k)

    def raw_slice(self, text: str, start: int, end: int) -> str:
        """The text as written from `raw_start(start)` to `raw_end(end)`, rebuilt from the
        decoded `text` and the entities as written."""
        lo, hi = bisect_right(self.ends, start), bisect_left(self.starts, end)
        parts, pos = [], start
        for i in range(lo, hi):
            parts += [text[pos : self.starts[i]], self.written[i]]
            pos = self.ends[i]
        parts.append(text[pos:end])
        return "".join(parts)

    def _shift(self, k: int) -> int:
        """The shift before the k-th entity: the sum over the entities before it."""
        return self.shifts[k - 1] if k else 0


NO_ENTITIES = EntityMap()


def decode_entities(text: str) -> tuple[str, EntityMap]:
    """The text with its well-formed HTML entities decoded (`&lt;…&gt;`, `&laquo;`), and
    where they were.

    Only complete `&name;` / `&#NN;` forms that HTML5 defines are decoded, so a
    bare ampersand ("R&D", "AT&T") stays as written.
    """
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    shifts: list[int] = []
    written: list[str] = []
    pos = length = shift = 0
    for m in _ENTITY.finditer(text):
        if not (m.group(1).startswith("#") or f"{m.group(1)};" in html5):
            continue
        decoded = html.unescape(m.group())
        parts += [text[pos : m.start()], decoded]
        start = length + m.start() - pos
        length = start + len(decoded)
        shift += len(m.group()) - len(decoded)
        starts.append(start)
        ends.append(length)
        shifts.append(shift)
        written.append(m.group())
        pos = m.end()
    if not written:
        return text, NO_ENTITIES
    parts.append(text[pos:])
    return "".join(parts), EntityMap(tuple(starts), tuple(ends), tuple(shifts), tuple(written))
