"""Posts told of a pronoun subject ("Хосе Сото прибыл в Лиму. До этого он был губернатором
провинции, начальником Южной железной дороги, первым заместителем министра энергетики
Чили"): the predicate's title, and each further title of its list, is the office of the
person the pronoun stands for, the subject of the sentence before (h-offices51, the
forty-fifth pass; own sentences about Chile, Peru, Egypt, Turkey)."""

from __future__ import annotations

from dataclasses import replace

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from kg.doc_text import token_strings
from kg.lexicon import load_list
from kg.nlp.deps import SUBJECTS, sentence_before
from kg.nlp.marks import DASHES
from kg.resolve.given_across import role_word
from kg.resolve.given_agreement import GivenOffice, given_by_title
from kg.resolve.given_appointments import held_by_verb
from kg.resolve.given_lists import listed_posts, serves
from kg.resolve.given_predicates import predicate_office
from kg.resolve.title_lexicon import OFFICE_VERBS, Title, is_trade

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
    # the words off the Doc's array, a Token made for the pronouns alone
    pronouns = [i for i, word in enumerate(token_strings(doc, LOWER)) if word in _GENDERS]
    for token in (doc[i] for i in pronouns):
        gender = _GENDERS[token.lower_]
        if token.dep_ not in SUBJECTS:
            continue
        sent = token.sent
        if any(sent.start <= s < token.i for s in names):
            continue  # "X встретился с Y, и он заявил": whom of them, the parse cannot tell
        start = _antecedent(doc, token, names, gender)
        if start < 0:
            continue
        told = predicate_office(doc, titles, token.i, token.i + 1)
        if told is None or told.verb < 0 or is_trade(told.office) or not serves(told.title):
            continue
        out.append((start, told))
        out.extend(
            (start, g)
            for _, g in listed_posts(doc, titles, {start: told}, names)
            if not is_trade(g.office)
        )
    return out


def pronoun_antecedent(doc: Doc, pronoun: Token, names: dict[int, int]) -> int:
    """The first token of the name a subject "он"/"она" stands for (`_antecedent`), -1 for
    any other word or where none fits."""
    gender = _GENDERS.get(pronoun.lower_)
    return -1 if gender is None else _antecedent(doc, pronoun, names, gender)


def _antecedent(doc: Doc, pronoun: Token, names: dict[int, int], gender: str) -> int:
    """The first token of the one name that is the subject of the sentence before the
    pronoun's, -1 where there is none or it is of the other gender."""
    before = sentence_before(pronoun.sent)
    if before is None:
        return -1
    subjects = _named_subjects(doc, before, names)
    if subjects is None or len(subjects) != 1:
        return -1
    start = subjects[0]
    genders = {g for t in doc[start : names[start]] for g in t.morph.get("Gender")}
    return start if genders <= {gender} else -1


def _named_subjects(doc: Doc, sent: Span, names: dict[int, int]) -> list[int] | None:
    """The first tokens of the names that are subjects of `sent`; None where names joined by
    "и" are ("Хосе Сото и Луис Перес прибыли": either's)."""
    roles = {
        start: role_word(doc, start, end)
        for start, end in names.items()
        if sent.start <= start < sent.end
    }
    if any(role.dep_ == "conj" and role.head.dep_ in SUBJECTS for role in roles.values()):
        return None
    return [start for start, role in roles.items() if role.dep_ in SUBJECTS]


# The verbs a career sentence with no subject tells a post by ("В 1988 году стал депутатом").
_CAREER_VERBS = frozenset({"стать", "быть", "являться", "работать", "служить"})
# The words of a time phrase before a dash ("С 2001 года по 2011 год — глава палаты").
_TIME_WORDS = frozenset({
    "с", "по", "в", "до", "год", "годы", "гг", "г", "январь", "февраль", "март", "апрель", "май",
    "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
})  # fmt: skip


def null_subject_posts(
    doc: Doc, titles: list[Title], names: dict[int, int]
) -> list[tuple[int, GivenOffice]]:
    """(name's first token, office) for each title a sentence with no subject and no name
    tells as its predicate: "В 1988 году стал депутатом Конгресса Перу", "С 1989 года по 1990
    год был председателем Сената Перу", "С 2001 года по 2011 год — глава палаты" (a time
    phrase and a dash before a nominative title): the office of the one person the nearest
    sentence before with a subject has as its subject, back across such sentences (three at
    most) and a pronoun's ("он"); of the verb's gender where it tells one. No trade."""
    out: list[tuple[int, GivenOffice]] = []
    verbs = load_list(OFFICE_VERBS) | _CAREER_VERBS
    for sent in doc.sents:
        root = sent.root
        if any(t.dep_ in SUBJECTS for t in sent) or any(sent.start <= s < sent.end for s in names):
            continue
        told = _told_post(doc, titles, root, verbs)
        if told is None or is_trade(told.office):
            continue
        genders = set(root.morph.get("Gender")) | {
            g for c in root.children if c.dep_ == "cop" for g in c.morph.get("Gender")
        }
        start = _career_subject(doc, sent, names, genders)
        if start >= 0:
            out.append((start, told))
    return out


def _told_post(
    doc: Doc, titles: list[Title], root: Token, verbs: frozenset[str]
) -> GivenOffice | None:
    """The office a subjectless sentence's root tells: its instrumental title after a career
    verb or a copula, or its nominative title after a time phrase and a dash."""
    for title in titles:
        head = doc[title.head]
        if title.plural or not root.sent.start <= title.head < root.sent.end:
            continue
        if not (_dated_dash(doc, title, root) if title.case == "Nom" else _predicated(title, root)):
            continue
        held = held_by_verb(root, head, verbs) if title.case == "Ins" else "current"
        if held in ("", "denied"):
            continue
        end = doc[title.end - 1]
        given = given_by_title(title, doc[title.start].idx, end.idx + len(end), held == "current")
        return replace(given, verb=root.i)
    return None


def _predicated(title: Title, root: Token) -> bool:
    """An instrumental title after the root's career verb ("стал депутатом") or as the root
    with a copula ("был председателем")."""
    head = root.doc[title.head]
    if title.case != "Ins":
        return False
    if head.i == root.i:
        return any(c.dep_ == "cop" for c in root.children)
    return head.head.i == root.i


def _dated_dash(doc: Doc, title: Title, root: Token) -> bool:
    """A nominative title after a dash with only a time phrase before it, in a sentence of
    no verb ("С 2001 года по 2011 год — глава палаты"; the parse may hang the title on the
    time phrase: "С сентября 1998 года по май 1999 года — премьер-министр")."""
    head = doc[title.head]
    if not (head.i == root.i or head.dep_ == "appos"):
        return False
    dash = next((c for c in head.children if c.text in DASHES and c.i < head.i), None)
    before = list(doc[root.sent.start : dash.i]) if dash is not None else []
    return (
        any(t.like_num for t in before)
        and all(t.like_num or t.lower_ in _TIME_WORDS or t.lemma_ in _TIME_WORDS for t in before)
        and not any(t.pos_ in ("VERB", "AUX") for t in root.sent)
    )


def _career_subject(doc: Doc, sent: Span, names: dict[int, int], genders: set[str]) -> int:
    """The first token of the one name that is the subject of the nearest sentence before
    `sent` that has a subject, through subjectless ones and a pronoun subject's antecedent;
    -1 where there is none, it is no person's name, two, or of another gender."""
    before = sentence_before(sent)
    for _ in range(3):
        if before is None:
            return -1
        subjects = [t for t in before if t.dep_ in SUBJECTS]
        if not subjects:
            before = sentence_before(before)
            continue
        pronoun = next((t for t in subjects if t.lower_ in _GENDERS), None)
        if pronoun is not None and len(subjects) == 1:
            gender = _GENDERS[pronoun.lower_]
            start = _antecedent(doc, pronoun, names, gender)
            return start if start >= 0 and genders <= {gender} else -1
        named = _named_subjects(doc, before, names)
        if named is None or len(named) != 1 or len(subjects) != 1:
            return -1
        start = named[0]
        own = {g for t in doc[start : names[start]] for g in t.morph.get("Gender")}
        return start if not (own and genders) or genders <= own else -1
    return -1
