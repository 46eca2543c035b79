"""A headline's signing told again in the body in other words is one signing (sixty-ninth
pass, h-events261).

Headline "Египет и Тунис подписали в Каире декларацию о дружбе", body "… подписали в Каире
декларацию о стратегическом партнёрстве": the same kind of paper, the same states, day and
place, so one Signing with the body's label and signers, not two. Must-nots: a paper of
another noun, a headline of another pair, a body that signs two papers of that noun, a
headline's signing still ahead. Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

_DAY = "2025-11-14"
_LEAD = (
    "КАИР, 14 ноября. Министр иностранных дел Египта Ахмед Салем и министр иностранных дел "
    "Туниса Набиль Аммар в пятницу подписали в Каире "
)

# headline, the body's rest, the labels of the Signings read
CASES = [
    ("Египет и Тунис подписали в Каире декларацию о дружбе",
     "декларацию о стратегическом партнёрстве.",
     ["Подписание декларации о стратегическом партнёрстве"]),
    ("Египет и Тунис подписали меморандум о торговле",
     "меморандум о сотрудничестве в области сельского хозяйства.",
     ["Подписание меморандума о сотрудничестве в области сельского хозяйства"]),
    ("Тунис и Египет подписали в Каире соглашение о прекращении споров",
     "соглашение о разграничении морских пространств. Церемония прошла в здании МИД.",
     ["Подписание соглашения о разграничении морских пространств"]),
    # must-nots: another paper's noun; another pair; two papers of the noun; one ahead
    ("Египет и Тунис подписали в Каире соглашение о торговле",
     "меморандум о сотрудничестве в области сельского хозяйства.",
     ["Подписание соглашения о торговле",
      "Подписание меморандума о сотрудничестве в области сельского хозяйства"]),
    ("Египет и Ливия подписали в Каире декларацию о дружбе",
     "декларацию о стратегическом партнёрстве.",
     ["Подписание декларации о дружбе",
      "Подписание декларации о стратегическом партнёрстве"]),
    ("Египет и Тунис подписали в Каире декларацию о дружбе",
     "декларацию о стратегическом партнёрстве и декларацию о борьбе с терроризмом.",
     ["Подписание декларации о дружбе",
      "Подписание декларации о стратегическом партнёрстве и декларации о борьбе с "
      "терроризмом"]),
    ("Египет и Тунис подпишут в Каире меморандум о торговле",
     "меморандум о сотрудничестве в области сельского хозяйства.",
     ["Подписание меморандума о торговле",
      "Подписание меморандума о сотрудничестве в области сельского хозяйства"]),
]  # fmt: skip


# must-not: a first line that is a lead paragraph, no headline, and a second signing below it
LEAD_FIRST = (
    "Министры иностранных дел Египта и Туниса подписали в Каире соглашение о торговле.\n\n"
    "Кроме того, министры Египта и Туниса подписали в Каире соглашение о рыболовстве."
)


def test_a_lead_paragraph_is_no_headline(events) -> None:
    read = of_kind(events(LEAD_FIRST, _DAY), "Signing")
    assert len(read) == 2


@pytest.mark.parametrize(("headline", "rest", "labels"), CASES)
def test_a_headline_signing_told_again_is_one(
    events, headline: str, rest: str, labels: list[str]
) -> None:
    read = of_kind(events(f"{headline}\n\n{_LEAD}{rest}", _DAY), "Signing")
    assert sorted(e.label for e in read) == sorted(labels)


def test_the_one_signing_has_the_body_signers(events) -> None:
    text = f"Египет и Тунис подписали в Каире декларацию о дружбе\n\n{_LEAD}декларацию о мире."
    (signing,) = of_kind(events(text, _DAY), "Signing")
    assert {"person/akhmed-salem", "person/nabil-ammar"} <= set(signing.participants)
    assert (signing.date, signing.location) == (_DAY, "Каир")
