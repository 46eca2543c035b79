"""Office titles that name a person: "Президент РФ", "глава Российского государства",
"министр иностранных дел Китая", "казахстанский лидер".

A title is found on lemmas; its state is the state mention right after it
(genitive: "Президента Республики Казахстан") or the state adjective inside
or before it ("глава Российского государства", "российский президент").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

# Title lemma sequences → (office as stored, role). The role lets a generic title
# ("глава государства") find the holder of whatever that state's head-of-state office is.
TITLES: dict[tuple[str, ...], tuple[str, str]] = {
    ("президент",): ("президент", "head_of_state"),
    ("глава", "государство"): ("президент", "head_of_state"),
    ("лидер",): ("президент", "head_of_state"),
    ("председатель",): ("председатель", "head_of_state"),
    ("король",): ("король", "head_of_state"),
    ("премьер-министр",): ("премьер-министр", "head_of_government"),
    ("премьер",): ("премьер-министр", "head_of_government"),
    ("председатель", "правительство"): ("председатель правительства", "head_of_government"),
    ("глава", "правительство"): ("премьер-министр", "head_of_government"),
    ("канцлер",): ("канцлер", "head_of_government"),
    ("министр", "иностранный", "дело"): ("министр иностранных дел", "foreign_minister"),
    ("глава", "мид"): ("министр иностранных дел", "foreign_minister"),
    ("госсекретарь",): ("государственный секретарь", "foreign_minister"),
    ("государственный", "секретарь"): ("государственный секретарь", "foreign_minister"),
}
# Offices a role may be held under, tried in order, for gazetteer look-ups.
ROLE_OFFICES = {
    "head_of_state": ("президент", "председатель", "король", "эмир", "султан", "император"),
    "head_of_government": (
        "премьер-министр",
        "председатель правительства",
        "канцлер",
        "премьер",
    ),  # fmt: skip
    "foreign_minister": ("министр иностранных дел", "государственный секретарь"),
}
_MAX = max(len(k) for k in TITLES)
_FIRST = frozenset(k[0] for k in TITLES)  # where a title can start


@dataclass(frozen=True)
class Title:
    start: int  # token indices of the whole title, state included
    end: int
    office: str
    role: str
    state: str  # state key, or "" when the title names none ("Глава государства")
    generic: bool = False  # "глава государства", "лидер": any office of the role fits
    start_char: int = 0  # character offsets of the whole title
    end_char: int = 0
    comma_after: bool = False  # "Президент Казахстана, Касым-Жомарт Токаев"


def find_titles(doc: Doc, states: list[Span]) -> list[Title]:
    """Titles in the doc, each with the state it is of where the text says."""
    by_start = {s.start: s for s in states}
    by_end = {s.end: s for s in states}
    out: list[Title] = []
    lemmas = [t.lemma_ for t in doc]  # read once: a Token is made anew at every doc[i]
    i = 0
    while i < len(doc):
        match: tuple[int, tuple[str, str] | None] | None = None
        for n in range(_MAX, 0, -1) if lemmas[i] in _FIRST else ():
            words = lemmas[i : i + n]
            if len(words) == n and tuple(words) in TITLES:
                match = (n, TITLES[tuple(words)])
                break
            # "глава Российского государства": a state adjective inside the title.
            if n == 3 and len(words) == 3 and (words[0], words[2]) in TITLES:
                inner = by_start.get(i + 1)
                if inner is not None and inner.id_ == "adjective":
                    office, role = TITLES[(words[0], words[2])]
                    out.append(Title(i, i + 3, office, role, inner.kb_id_, generic=True))
                    match = (3, None)
                    break
        if match is None:
            i += 1
            continue
        n, spec = match
        if spec is not None:
            office, role = spec
            end, state = i + n, ""
            after = by_start.get(end)
            if after is not None and after.id_ != "adjective":
                end, state = after.end, after.kb_id_
            before = by_end.get(i)
            start = i
            if not state and before is not None and before.id_ == "adjective":
                start, state = before.start, before.kb_id_  # "российский президент"
            generic = doc[i].lemma_ in ("глава", "лидер")
            out.append(Title(start, end, office, role, state, generic))
            i = end
        else:
            i += n
    return [
        replace(
            t,
            start_char=doc[t.start].idx,
            end_char=doc[t.end - 1].idx + len(doc[t.end - 1]),
            comma_after=t.end < len(doc) and doc[t.end].text == ",",
        )
        for t in out
    ]
