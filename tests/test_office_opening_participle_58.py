"""A title opening a sentence that the tagger reads as a participle of a verb
("Командующий армией Индии генерал X" as "командовать"): the title tables' noun is read by
its lemma whatever the tag, so the post, its forces and its state are the holder's as in
mid-sentence, and the rank after it gets the post's state (fiftieth pass, h-orgs58; own
sentences about India–Pakistan, Peru–Chile). Must-nots: a participle whose noun no title
table holds ("Следующий", "Выступающий"), a finite verb, a participle inside a sentence."""

from __future__ import annotations

import pytest
import spacy
from fact_reads import text_holdings
from spacy.tokens import Doc

from kg.resolve.title_lexicon import word_lemma

PARTICIPLE = "Aspect=Imp|Case=Nom|Gender=Masc|Number=Sing|Tense=Pres|VerbForm=Part|Voice=Pass"
FINITE = "Aspect=Imp|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"


def _first_word(word: str, lemma: str, morph: str, *, opening: bool = True) -> str:
    """`word_lemma` of a word tagged VERB with that lemma and morphology, the sentence's
    first where `opening`, else its second."""
    words = [word, "армией", "."] if opening else ["Вчера", word, "."]
    at = 0 if opening else 1
    doc = Doc(
        spacy.blank("ru").vocab,
        words=words,
        pos=["VERB" if i == at else "X" for i in range(3)],
        lemmas=[lemma if i == at else w.lower() for i, w in enumerate(words)],
        morphs=[morph if i == at else "" for i in range(3)],
        sent_starts=[True, False, False],
    )
    return word_lemma(doc[at])


@pytest.mark.parametrize(
    ("word", "lemma", "morph", "opening", "expected"),
    [
        ("Командующий", "командовать", PARTICIPLE, True, "командующий"),
        ("Главнокомандующий", "главнокомандовать", PARTICIPLE, True, "главнокомандующий"),
        # must-nots: no title's noun, a finite verb, not the sentence's first word
        ("Следующий", "следовать", PARTICIPLE, True, "следовать"),
        ("Выступающий", "выступать", PARTICIPLE, True, "выступать"),
        ("Командовал", "командовать", FINITE, True, "командовать"),
        ("Командующий", "командовать", PARTICIPLE, False, "командовать"),
    ],
)
def test_the_title_word_by_its_noun(
    word: str, lemma: str, morph: str, opening: bool, expected: str
) -> None:
    """The noun of the title tables where the participle opens the sentence, else the tag's."""
    assert _first_word(word, lemma, morph, opening=opening) == expected


CASES = [
    ("Индия обвинила Пакистан в провокации. Командующий армией Индии генерал Радж Кумар "
     "заявил, что армия готова.", "Кумар",
     {("командующий армией", "state/IND")}),
    ("Индия обвинила Пакистан в провокации. Командующий армией Индии Радж Кумар заявил, что "
     "армия готова.", "Кумар", {("командующий армией", "state/IND")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_an_opening_commander(extraction_of, text: str, surname: str, expected: set) -> None:  # noqa: ANN001
    """The post with its forces and state, and the rank of the post's state."""
    held = text_holdings(extraction_of(text, "2024-05-15", "offices"), surname, ("office", "state"))
    assert expected <= held
