"""What is only allowed or possible: an event told under an infinitive that a verb of
permitting in the present ("Соглашение позволяет военным двух стран участвовать в совместных
учениях", "разрешает проводить учения", "позволяющее участвовать") or the present of "мочь"
over an imperfective ("могут проводить совместные учения") governs is a standing capability,
no event held or planned (sixty-third pass, h-events227).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.events.words import is_role
from kg.nlp.deps import infinitive_head, tense
from kg.nlp.morph import features, is_infinitive

_CAN = "мочь"  # "могут проводить": what one is able to do; "смогут" is `manage`


def only_capable(tok: Token) -> bool:
    """The event is what a present verb of permitting gives leave for, or what a present
    "мочь" says can be done by an imperfective (a habit, not one act), by the infinitive it
    is told by: its own verb, or the one it is the object of or is held "в"/"на" by. A leave
    given once ("Врачи разрешили X принять участие в церемонии"), a possibility of one act
    ("могут провести учения в мае") and an event under a noun between ("не позволяет
    достигнуть прогресса в переговорах": talks held) still tell one."""
    inf = tok if is_infinitive(tok) else tok.head
    head = infinitive_head(inf) if inf.i == tok.i or tok.dep_ in {"obj", "obl"} else None
    if head is None or tense(head) != "Pres":
        return False
    if is_role(head, "permit"):
        return True
    return head.lemma_ == _CAN and features(inf, "Aspect") == ("Imp",)
