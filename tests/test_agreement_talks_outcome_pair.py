"""Papers to be signed as what talks, a visit or a meeting of the report's two states bring
("По итогам переговоров планируется подписать соглашение о …", "В ходе визита планируется
подписать …") are the pair's, as "стороны намерены подписать" makes them, and so is their
planned signing. Talks with another state and a meeting of private people give no pair.
Own sentences about other pairs of states (h-agreements45)."""

from __future__ import annotations

import pytest

DAY = "2026-03-04"

_LIMA = (
    "Лима, 4 марта 2026 года. Президент Чили Габриэль Борич прибыл в Перу с официальным "
    "визитом. В четверг состоятся переговоры Борича с президентом Перу Диной Болуарте. "
)
_CHL_PER = ["state/CHL", "state/PER"]

# (text, the parties of every paper, the states of the planned signing, or None for none)
CASES = [
    (_LIMA + "По итогам переговоров планируется подписать соглашение о сотрудничестве в "
     "области рыболовства и меморандум о взаимопонимании в сфере туризма.",
     _CHL_PER, _CHL_PER),
    ("Каир, 4 марта 2026 года. Король Иордании Абдалла II прибыл в Египет с визитом. В ходе "
     "визита планируется подписать протокол о сотрудничестве в сфере энергетики.",
     ["state/EGY", "state/JOR"], ["state/EGY", "state/JOR"]),
    # must-not: talks with a state named, a meeting of private people: not the pair's
    (_LIMA + "По итогам переговоров с Боливией планируется подписать соглашение о "
     "сотрудничестве в области рыболовства.", [], None),
    (_LIMA + "По итогам встречи предпринимателей планируется подписать соглашение о поставках "
     "меди.", [], None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "parties", "signing"), CASES)
def test_planned_papers_of_the_pairs_talks_are_the_pairs(
    extraction_of, text: str, parties: list[str], signing: list[str] | None
) -> None:
    read = extraction_of(text, DAY, "events").facts
    papers = read["agreements"]
    assert papers and all(a.status == "planned" for a in papers)
    assert {tuple(a.parties) for a in papers} == {tuple(parties)}
    told = [e for e in read["events"] if e.kind == "Signing"]
    if signing is None:
        assert not told
    else:
        assert [
            (e.status, [p for p in e.participants if p.startswith("state/")]) for e in told
        ] == [("planned", signing)]
