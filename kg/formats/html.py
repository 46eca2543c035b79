"""Text and metadata from HTML with the standard library's streaming parser.

The parser is event-based, so deeply nested or broken markup cannot recurse
or fail; unclosed elements simply run to the end of the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object"})
_BLOCK = frozenset(
    ("address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details")
    + ("dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form")
    + ("h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p")
    + ("pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul")
)
_DATE_KEYS = (
    "article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "og:published_time",
)
_URL_KEYS = ("og:url",)
_PUBLISHER_KEYS = ("og:site_name", "publisher", "article:publisher")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class HtmlText:
    """Visible text (one line per block) and the metadata the page declares about itself."""

    text: str
    title: str = ""
    date: str = ""
    url: str = ""
    publisher: str = ""


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page names in its first 4 KB, if any."""
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def extract_html(markup: str) -> HtmlText:
    """Visible text of a page: script/style/head dropped, blocks on their own lines."""
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    parser.end_line()
    meta = parser.meta
    title = parser.h1 or meta.get("og:title", "") or parser.title
    return HtmlText(
        text="\n".join(parser.lines),
        title=_squash(title),
        date=_first(meta, _DATE_KEYS) or parser.time,
        url=_first(meta, _URL_KEYS) or parser.canonical,
        publisher=next((v for k in _PUBLISHER_KEYS if (v := meta.get(k)) and "://" not in v), ""),
    )


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str:
    return next((meta[k] for k in keys if meta.get(k)), "")


def _squash(text: str) -> str:
    return " ".join(text.split())


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.meta: dict[str, str] = {}
        self.title = self.h1 = self.time = self.canonical = ""
        self._line: list[str] = []
        self._skip = 0
        self._in_head = False
        self._in_title = False
        self._h1: list[str] | None = None

    def end_line(self) -> None:
        line = _squash("".join(self._line))
        if line:
            self.lines.append(line)
        self._line = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "head":
            self._in_head = True
        elif tag == "title":  # the page's own, not an <svg><title> tooltip
            self._in_title = not (self._skip or self.title)
        elif tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop", "")
            key = key.lower()
            if key and values.get("content") and key not in self.meta:
                self.meta[key] = values["content"].strip()
        elif tag == "link" and "canonical" in values.get("rel", "").lower():
            self.canonical = self.canonical or values.get("href", "")
        elif tag == "time" and not self.time:
            self.time = values.get("datetime", "")
        elif tag in _SKIP:
            self._skip += 1
        if tag in _BLOCK:  # body content: a head or title left open has ended
            self._in_head = self._in_title = False
            self.end_line()
        elif tag in ("td", "th"):
            self._line.append(" ")
        if tag == "h1" and not self.h1 and self._h1 is None:
            self._h1 = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self._in_head = False
        elif tag == "title":
            self._in_title = False
        elif tag in _SKIP and self._skip:
            self._skip -= 1
        if tag in _BLOCK:
            self.end_line()
        if tag == "h1" and self._h1 is not None:
            self.h1 = _squash("".join(self._h1))
            self._h1 = None

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """CPython up to 3.12 asserts on a malformed `<![`: skip it like a bogus comment."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            return self.parse_bogus_comment(i, report)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not (self._skip or self._in_head):
            self._line.append(data)
            if self._h1 is not None:
                self._h1.append(data)
