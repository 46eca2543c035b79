"""The two sides of a transcript of two leaders' statements for the press ("Лима, 10 июня
2025 года.\n\nX (президент Перу): …\n\nY (Президент Чили): …"): its two speakers and their
states, and whose turn a word is in. What the speakers tell of as done today ("Подписано
соглашение", "Сегодня мы провели переговоры") or welcome ("Рад приветствовать Вас в Лиме")
is theirs, on the dateline's day. Read by `participants._we_of_turns` (h-events148) and
`hits._Reader._of_the_day` (h-events155); a speaker's "я" travelling by
`visits._speaker_travels` and a welcome of the guest by his title by `visits._you_or_guest`
(h-events181).
"""

from __future__ import annotations

from kg.extract.common.attribution import regions, speaker_of
from kg.extract.common.attribution_words import TURN
from kg.extract.context import Context


def turn_sides(ctx: Context) -> dict[str, str]:
    """Each speaker's state in a transcript of exactly two speakers of two states (the
    person's own state, else the one state the turn's label names), else {}."""
    return ctx.once(_turn_sides)


def _turn_sides(ctx: Context) -> dict[str, str]:
    turns = [r for r in regions(ctx) if r.rank == TURN]
    sides = {r.speaker: _state_of(ctx, r.speaker) or _label_state(ctx, r.start) for r in turns}
    if len(sides) != 2 or len(set(sides.values()) - {""}) != 2:
        return {}
    return sides


def turn_speaker(ctx: Context, start: int, end: int) -> str:
    """The speaker whose turn of `turn_sides` holds [start, end), else ""."""
    if not turn_sides(ctx):
        return ""
    speaker = speaker_of(ctx, start, end)
    turns = [r for r in regions(ctx) if r.rank == TURN]
    return speaker if any(r.speaker == speaker and r.start <= start < r.end for r in turns) else ""


def _state_of(ctx: Context, key: str) -> str:
    entity = ctx.entity(key)
    return entity.state if entity is not None else ""


def _label_state(ctx: Context, name: int) -> str:
    """The one state a turn's label names after the speaker's name ("Дина Болуарте
    (президент Перу): …"), where kg knows the person's state from nothing else."""
    text = ctx.document.text
    end = text.find("\n", name)
    colon = text.find(":", name, len(text) if end < 0 else end)
    states = {m.entity for m in ctx.mentions_in(name, colon, "State")} if colon > 0 else set()
    return states.pop() if len(states) == 1 else ""
