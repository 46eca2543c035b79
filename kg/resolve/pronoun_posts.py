"""Posts told of a pronoun subject ("Хосе Сото прибыл в Лиму. До этого он был губернатором
провинции, начальником Южной железной дороги, первым заместителем министра энергетики
Чили"): the predicate's title, and each further title of its list, is the office of the
person the pronoun stands for, the subject of the sentence before (h-offices51, the
forty-fifth pass; own sentences about Chile, Peru, Egypt, Turkey)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.nlp.deps import SUBJECTS, sentence_before
from kg.resolve.given_across import role_word
from kg.resolve.given_agreement import GivenOffice
from kg.resolve.given_lists import listed_posts, serves
from kg.resolve.given_predicates import _predicate
from kg.resolve.title_lexicon import Title, is_trade

_GENDERS = {"он": "Masc", "она": "Fem"}


def pronoun_posts(
    doc: Doc, titles: list[Title], names: dict[int, int]
) -> list[tuple[int, GivenOffice]]:
    """(name's first token, office) for each title a singular "он"/"она" is the subject of,
    and each further title of its list, where its own sentence names no person before it:
    the office of the one person the sentence before has as its subject, of the pronoun's
    gender or of none the tagger knows. No trade ("он был журналистом") or kind of person
    ("Он — потомственный политик": what he is, no post; h-fix45a), nor where the
    sentence before has no person as its subject or two."""
    out: list[tuple[int, GivenOffice]] = []
    for token in doc:
        gender = _GENDERS.get(token.lower_)
        if gender is None or token.dep_ not in SUBJECTS:
            continue
        sent = token.sent
        if any(sent.start <= s < token.i for s in names):
            continue  # "X встретился с Y, и он заявил": whom of them, the parse cannot tell
        start = _antecedent(doc, token, names, gender)
        if start < 0:
            continue
        told = _predicate(doc, titles, token.i, token.i + 1)
        if told is None or told.verb < 0 or is_trade(told.office) or not serves(told.title):
            continue
        out.append((start, told))
        out.extend(
            (start, g)
            for _, g in listed_posts(doc, titles, {start: told}, names)
            if not is_trade(g.office)
        )
    return out


def _antecedent(doc: Doc, pronoun: Token, names: dict[int, int], gender: str) -> int:
    """The first token of the one name that is the subject of the sentence before the
    pronoun's, -1 where there is none or it is of the other gender."""
    before = sentence_before(pronoun.sent)
    if before is None:
        return -1
    roles = {
        start: role_word(doc, start, end)
        for start, end in names.items()
        if before.start <= start < before.end
    }
    subjects = [start for start, role in roles.items() if role.dep_ in SUBJECTS]
    if any(role.dep_ == "conj" and role.head.dep_ in SUBJECTS for role in roles.values()):
        return -1  # "Хосе Сото и Луис Перес прибыли": either's
    if len(subjects) != 1:
        return -1
    start = subjects[0]
    genders = {g for t in doc[start : names[start]] for g in t.morph.get("Gender")}
    return start if genders <= {gender} else -1
