"""One "при посредничестве" of whom a signing's ceremony is held takes part in the signing
(sixty-ninth pass, h-events261).

"… подписали в Анкаре протокол о демаркации границы. Церемония прошла при посредничестве
президента Турции X": the bare ceremony is that signing told again (no event of its own),
so the mediator, and his state, are the signing's participants, as h-events250 made them
of talks held "при посредничестве"; the ontology has no mediator's role. One who attends the
ceremony or in whose presence it is held takes part too (seventieth pass, h-events265: as
h-events262's "На ней присутствовали X"). Must-not: states thanked "за содействие" add no
one. Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest
from fact_reads import one_of_kind

_DAY = "2025-11-14"
_LEAD = (
    "АНКАРА, 14 ноября. Министр иностранных дел Армении Арарат Мирзоян и министр иностранных "
    "дел Азербайджана Джейхун Байрамов в пятницу подписали в Анкаре протокол о демаркации "
    "границы. "
)
_SIGNERS = {"person/ararat-mirzoyan", "person/jeyhun-bayramov", "state/ARM", "state/AZE"}

# the sentence after the lead, who else takes part in the signing
CASES = [
    ("Церемония прошла при посредничестве президента Турции Реджепа Тайипа Эрдогана.",
     {"person/recep-tayyip-erdogan", "state/TUR"}),
    ("Церемония прошла при посредничестве Турции.", {"state/TUR"}),
    ("Церемония подписания прошла при посредничестве Катара.", {"state/QAT"}),
    # an attendee, one in whose presence it is held (h-events265)
    ("На церемонии присутствовал президент Турции Реджеп Тайип Эрдоган.",
     {"person/recep-tayyip-erdogan", "state/TUR"}),
    ("Церемония прошла в присутствии президента Турции Реджепа Тайипа Эрдогана.",
     {"person/recep-tayyip-erdogan", "state/TUR"}),
    # must-not: states thanked for their help
    ("Мирзоян поблагодарил Турцию и Катар за содействие.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "more"), CASES)
def test_a_ceremony_mediator_takes_part_in_the_signing(
    events, sentence: str, more: set[str]
) -> None:
    signing = one_of_kind(events(_LEAD + sentence, _DAY), "Signing")
    assert set(signing.participants) == _SIGNERS | more
