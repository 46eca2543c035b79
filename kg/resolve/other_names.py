"""A person's other name told right after the name the text uses: a birth name, a real name
behind a pen or stage name, a maiden name, a pseudonym ("Певица Зара (настоящее имя Зарифа
Мгоян)", "Таркан, урождённый Таркан Теветоглу,", "X, известный под псевдонимом Y").

Both names are one person (`kg.resolve.person_links` joins the second to the first), and the
second is written as it is called, in the nominative, whatever case the tagger reads in its
words (`other_name_case`, read by `kg.resolve.names.name_parts`): "Зарифа" is no genitive
of "Зариф", "Годой" no instrumental of "Года" (names92).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span

from kg.doc_text import doc_text
from kg.resolve.name_forms import fold

if TYPE_CHECKING:
    from kg.resolve.names import NameParts

# The words before a maiden name ("урождённая", "в девичестве"); `not_persons.maiden_name`
# reads them too, where the name after them stands alone.
MAIDEN_MARKERS = (r"урожд[её]нн(?:ый|ая)|урожд\.", r"в\s+девичестве|до\s+замужества")
# The words that say the name after them is the same person's other name (read in any
# case); "при рождении" alone only inside brackets, where it cannot be "at the birth of".
_MARKERS = (
    r"(?:настоящ(?:ее|ая|ие)|подлинн(?:ое|ая)|полное|светское|сценическое|прежнее)\s+"
    r"(?:имя|фамилия|имя\s+и\s+фамилия)",
    r"(?:(?:получивш(?:ий|ая)\s+)?при\s+рождении\s+(?:получивш(?:ий|ая)\s+|получил[аи]?\s+)?"
    r"(?:имя|фамилию)|имя\s+при\s+рождении)",
    *MAIDEN_MARKERS,
    r"(?:(?:более\s+)?известн(?:ый|ая)\s+)?под\s+(?:псевдонимом|именем)",
    r"(?:более\s+)?известн(?:ый|ая)\s+как",
    r"псевдоним",
    r"(?:он|она)\s+же",
)
_MARKER = "(?:" + "|".join(_MARKERS) + ")"
_IN_BRACKETS_ONLY = r"при\s+рождении"
_DASH = r"\s*[—–:-]?\s*"

# What lies between a name and its other name: "(" or "," (a wiki's "(, при рождении"; a
# bracket closing the name's own Latin spelling before the comma: "Хуан Рохас (Juan Rojas),
# настоящее имя —") and a marker; in brackets "при рождении" alone too.
_BRACKET_GAP = re.compile(r"\(\s*,?\s*(?:" + _MARKER + "|" + _IN_BRACKETS_ONLY + ")" + _DASH, re.I)
_COMMA_GAP = re.compile(r"\)?\s*,\s*" + _MARKER + _DASH, re.I)
# The same, ending right before a name (for the name's case).
_BEFORE = re.compile(
    r"(?:\(\s*,?\s*(?:" + _MARKER + "|" + _IN_BRACKETS_ONLY + r")|,\s*" + _MARKER + ")" + _DASH
    + r"$",
    re.I,
)  # fmt: skip
# Markers that tell the person is a woman, or a man.
_HERS = re.compile(r"урожд[её]нная|девичестве|замужества|известная|она\s+же|получившая", re.I)
_HIS = re.compile(r"урожд[её]нный|известный|он\s+же|получивший", re.I)


def other_name_case(span: Span, feminine: bool) -> tuple[str, bool] | None:
    """("Nom", whether hers: `feminine`, or the marker says so) for a name right after a
    marker of another name, past "(" or ","
    ("Певица Зара (настоящее имя Зарифа Мгоян)": written as she is called, so "Зарифа" is
    hers, no genitive of "Зариф"); None elsewhere ("Мать умерла при рождении Ивана")."""
    text = doc_text(span.doc)
    found = _BEFORE.search(text[max(0, span.start_char - 80) : span.start_char])
    if found is None:
        return None
    marker = found.group(0)
    hers = bool(_HERS.search(marker)) and not _HIS.search(marker)
    return "Nom", (feminine or hers) and not _HIS.search(marker)


def other_name_gap(gap: str, after: str, first: NameParts) -> bool:
    """Whether the text between two names (`gap`, stripped) makes the second the first's
    (`first`, as read) other name: "(" and a marker, the second closing the brackets or
    followed by the next aside ("(при рождении Роберт Аллен Циммерман, ;"); "," and a
    marker, the second followed by a comma, a bracket, a dash or the sentence's end, the
    first written in the nominative, which such an apposition agrees with ("Мать Хуана
    Ортиса, урождённая Мария Лопес": the mother's, not his). Not "X, сын Y" nor "жена Y":
    kin are no marker."""
    rest = after.lstrip()
    if _BRACKET_GAP.fullmatch(gap):
        return rest.startswith((")", ",", ";"))
    if _COMMA_GAP.fullmatch(gap) and not _declined(first):
        return rest == "" or rest.startswith((",", ")", ";", ".", "(", "—", "–"))
    return False


def _declined(parts: NameParts) -> bool:
    """Whether a name is written otherwise than its nominative: in an oblique case."""
    return fold(" ".join(parts.words)) != fold(" ".join(w for w in (parts.first, parts.last) if w))
