"""Which two states a document is about, and whose state "мы"/"наши страны" is.

Agreements, events, claims and relation levels often name one state or none ("наши
страны", "соглашение с Россией", "переговоры с Путиным"); the other side comes from the
speaker's state or from the pair of states the document mentions most. That pair is
computed here only, from one count of state mentions per document.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from kg.extract.common.attribution import speaker_of
from kg.extract.context import Context
from kg.lexicon import load_list
from kg.model import Mention

UNIONS = Path(__file__).with_name("unions.txt")


def is_side(m: Mention, unions: bool = False) -> bool:
    """Whether a mention names a state, or (with `unions`) a union of states."""
    return m.type == "State" or (unions and m.entity in load_list(UNIONS))


def _state_counts(ctx: Context) -> Counter[str]:
    return Counter(m.entity for m in ctx.mentions if is_side(m))


def _side_counts(ctx: Context) -> Counter[str]:
    return Counter(m.entity for m in ctx.mentions if is_side(m, unions=True))


def main_pair(ctx: Context, at_least: int = 2, unions: bool = False) -> tuple[str, ...]:
    """The two states (or, with `unions`, states and unions) mentioned most, each at least
    `at_least` times, most mentioned first; () unless there are two."""
    counts = ctx.once(_side_counts if unions else _state_counts)
    top = [key for key, n in counts.most_common(2) if n >= at_least]
    return tuple(top) if len(top) == 2 else ()


def speaker_state(ctx: Context, start: int, end: int) -> str:
    """State key of whoever the text says said [start, end), or ""."""
    person = ctx.entity(speaker_of(ctx, start, end))
    return person.state if person is not None and person.state.startswith("state/") else ""


def other_side(ctx: Context, known: str, start: int, end: int, unions: bool = False) -> str:
    """The state opposite `known`: the speaker's, else the other of the document's pair."""
    own = speaker_state(ctx, start, end)
    if own and own != known:
        return own
    pair = main_pair(ctx, unions=unions)
    if known in pair:
        return pair[1] if pair[0] == known else pair[0]
    return ""
