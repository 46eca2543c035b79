"""Papers exchanged that a signing participle before them qualifies ("обменялись подписанными
документами", also as the tagger's adjective or hung on the verb beside them) tell a Signing of
the exchanging sides on the day of the exchange, as "документами, подписанными …" after the
noun did; papers of no signing kind, or signed papers only read, tell none. Sentences of our
own about other pairs of states (events83)."""

from __future__ import annotations

import pytest

# text, the signing's states (None: no signing at all)
CASES = [
    ("Президент Франции и премьер-министр Индии обменялись подписанными документами.",
     {"state/FRA", "state/IND"}),
    ("Министры иностранных дел Вьетнама и Японии обменялись подписанными соглашениями.",
     {"state/JPN", "state/VNM"}),
    ("Президенты Бразилии и Аргентины обменялись подписанными меморандумами о сотрудничестве "
     "в энергетике.", {"state/ARG", "state/BRA"}),
    ("Премьер-министры Греции и Кипра обменялись подписанными экземплярами соглашения о "
     "границе.", {"state/CYP", "state/GRC"}),
    # must not: things of no paper exchanged, signed papers only read
    ("Президент Франции и премьер-министр Индии обменялись подписанными книгами.", None),
    ("Президенты Египта и Турции обменялись подписанными фотографиями.", None),
    ("Министр иностранных дел Греции изучил подписанные документы.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), CASES)
def test_papers_exchanged_signed_are_a_signing(events, text: str, states: set[str] | None) -> None:
    signings = [e for e in events(text, "2025-02-03") if e.kind == "Signing"]
    if states is None:
        assert not signings
        return
    (signing,) = signings
    assert {p for p in signing.participants if p.startswith("state/")} == states
    assert (signing.status, signing.date) == ("occurred", "2025-02-03")
