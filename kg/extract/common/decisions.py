"""The time of deciding or agreeing to do a thing, told beside the thing: one reader of it
for a paper's date (`kg.extract.agreements.dates`) and its Signing's (`kg.extract.events.
dating`), so that "договорились в мае подписать соглашение" dates both or neither."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.nlp.deps import governor_before_infinitive, verb_above
from kg.nlp.morph import is_infinitive


def decided_then(
    word: Token, act: Token, value: str, today: str, agrees: Callable[[Token], bool]
) -> bool:
    """Whether the date whose first word is `word` (of `value`) is the time a verb of
    agreeing or deciding (`agrees`) took the infinitive telling `act`, not the act's: a
    date before the document's `today` hung on that verb or standing between it and the
    infinitive, where the parser hangs it on the infinitive ("решили в 2024 году подписать
    соглашение", "Подписать соглашение было решено в 2024 году"). A date still ahead
    ("договорились в мае подписать") or after the infinitive ("решили подписать соглашение
    в мае") is the act's, since a decision told done cannot lie ahead (sixty-second pass,
    h-agreements76, joining h-events204's and h-agreements69's readers)."""
    if not value or value >= today[: len(value)]:
        return False
    verb = governor_before_infinitive(word) or verb_above(word)
    if verb.i == act.i or not agrees(verb):
        return False
    branch = next((a for a in (act, *act.ancestors) if a.head.i == verb.i), None)
    return branch is not None and is_infinitive(branch)
