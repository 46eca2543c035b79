"""A clipped compound of a body named before ("межправкомиссии"), read with fewer checks
(sixtieth pass, h-perf61): a noun whose lemma opens none of the bodies' names (or their tails
past the adjectives opening them) is passed over before its Token is made, and each name's
tails are read once, not once a noun. What it finds is what it found (musts and must-nots
below; the quad digests). States of our own: Bolivia, Paraguay, Uruguay, Ecuador."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from kg.gazetteer import Gazetteer
from kg.nlp.morph import morph
from kg.resolve import org_forms

FIELD = "по научно-техническому сотрудничеству Боливии и Парагвая"
COMMISSION = f"Межправительственной комиссии {FIELD}"
NAME = f"Межправительственная комиссия {FIELD}"
HELD = f"Заседание {COMMISSION} прошло в Сукре."


def _clips(nlp: Language, text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], int]:
    """The words `clipped_mentions` reads as the commission's, and how many times it asked
    `_clipped` of a word and a name."""
    doc = nlp(text)
    entries = []
    start = text.find(COMMISSION)
    while start >= 0:  # each mention of the commission, as the organizations' reader gives them
        body = doc.char_span(start, start + len(COMMISSION))
        assert body is not None
        entries.append((Span(doc, body.start, body.end, label="ORG"), "", NAME))
        start = text.find(COMMISSION, start + 1)
    asked = []
    clipped = org_forms._clipped

    def counted(word: str, name: str) -> bool:
        asked.append(word)
        return clipped(word, name)

    monkeypatch.setattr(org_forms, "_clipped", counted)
    found = org_forms.clipped_mentions(doc, entries, Gazetteer.load())
    assert all(name == NAME for _, _, name in found)
    return [span.text for span, _, _ in found], len(asked)


# (text, the words read as the commission's): musts, then must-nots (no noun that opens the
# name's words; a noun before the name; a clip of other words)
CASES = [
    (f"{HELD} Следующее заседание межправкомиссии пройдет в Асунсьоне.", ["межправкомиссии"]),
    (f"Делегации обсудили работу {COMMISSION}. Председатели межправкомиссии подписали протокол.",
     ["межправкомиссии"]),
    (f"{HELD} Следующее совещание экспертов пройдет в Асунсьоне.", []),
    (f"Решение межправкомиссии одобрили. {HELD}", []),
    (f"{HELD} Минкульт Уругвая поддержал решение.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words"), CASES)
def test_a_clipped_compound_reads_as_before(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str, words: list[str]
) -> None:
    assert _clips(nlp, text, monkeypatch)[0] == words


def test_only_nouns_opening_a_name_are_checked(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Long nouns after the name that open none of its words ("экспертов", "протокол",
    "министерства", "сотрудничества") ask no `_clipped`; the clip itself asks it of the
    name and of its tail past "Межправительственной"."""
    text = (
        f"{HELD} Эксперты министерства экономики Эквадора"
        " подписали протокол о расширении сотрудничества. Следующее заседание межправкомиссии"
        " пройдет в Асунсьоне."
    )
    words, asked = _clips(nlp, text, monkeypatch)
    assert words == ["межправкомиссии"]
    assert asked == 1  # "межправкомиссия" clips the whole name at once


def test_each_name_is_read_for_adjectives_once(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name mentioned three times and several nouns after it: its first words are asked
    whether they may be adjectives once each, not again at every noun."""
    text = (
        f"{HELD} Делегации {COMMISSION} обсудили развитие"
        f" торговли. Секретариат {COMMISSION} подготовил документы. Следующее заседание"
        " межправкомиссии пройдет в Асунсьоне."
    )
    asked = []
    can_be = morph().can_be

    def counted(word: str, grammeme: str) -> bool:
        asked.append(word)
        return can_be(word, grammeme)

    monkeypatch.setattr(morph(), "can_be", counted)
    words, _ = _clips(nlp, text, monkeypatch)
    assert words == ["межправкомиссии"]
    assert asked == ["Межправительственная", "комиссия"]
