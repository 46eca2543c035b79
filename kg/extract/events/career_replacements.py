"""The post of an appointment told by who it replaces, not by its name (forty-fifth pass,
h-events115, own sentences):
- a pronoun after "на" for the post the sentence left before the trigger ("освободил от
  должности главы компании X и назначил на неё Y": the post of head of the company);
- the predecessor's title, where the appointee replaces one who leaves or is dismissed: "Его
  заменит Y" after "уволен в запас командующий войсками … X", "а вместо него управление
  возглавит Y" after "начальник управления X уволен"; not a stand-in for one who stays
  ("X заболел. На переговорах его заменит Y": no leaving told);
- the posts one hands over with their duties ("передал исполнение обязанностей на всех своих
  должностях брату X", "передал полномочия президента вице-президенту X"): the one they go
  to takes them; not powers of no post ("передал полномочия по ведению переговоров")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.events.career_posts import APPOINTING, POSTS, office_titled, post_title
from kg.nlp.deps import preposition, sentence_before
from kg.nlp.morph import case_of, features

if TYPE_CHECKING:
    from kg.extract.events.acts import ActReader

REPLACE = frozenset({"заменить", "заменять"})
HAND_OVER = frozenset({"передать", "передавать"})
_DUTIES = frozenset({"обязанность", "полномочие"})
_INSTEAD = "вместо"
_PRONOUNS = frozenset({"он", "она"})
# the words that tell the one replaced left or was removed from the post
_GONE = frozenset({"уйти", "покинуть", "оставить", "сложить", "уволиться", "уволить",
                   "освободить", "отстранить", "снять", "сместить", "отставка", "запас",
                   "отправить"})  # fmt: skip


def post_by_pronoun(tok: Token) -> Token | None:
    """The title of the post "на неё"/"на него" points back to: the last post noun of the
    sentence before the verb of appointing, of the pronoun's gender ("освободил от должности
    главы компании X и назначил на неё Y")."""
    if tok.lemma_ not in APPOINTING:
        return None
    # the tagger may take "неё" for a noun of lemma "она"
    pronouns = [c for c in tok.children if c.lemma_ in _PRONOUNS and preposition(c) == "на"]
    if not pronouns:
        return None
    # by the lemma: the tagger may give "неё" no gender
    genders = {"Fem"} if pronouns[0].lemma_ == "она" else {"Masc", "Neut"}
    posts = [
        t
        for t in tok.doc[tok.sent.start : tok.i]
        if t.lemma_ in POSTS and set(t.morph.get("Gender")) <= genders
        and features(t, "Number") == ("Sing",)
    ]  # fmt: skip
    return post_title(posts[-1]) if posts else None


def replaced_post(reader: ActReader, tok: Token) -> Token | None:
    """The title of the one an appointee replaces, who left or was removed: "Его заменит Y"
    (the pronoun the object of "заменить"), "а вместо него … возглавит Y" (after "вместо"),
    named in this sentence before the trigger or in the one before it."""
    pronoun, key = _replaced(reader, tok)
    if pronoun is None:
        return None
    before = sentence_before(tok.sent)
    start = before.start if before is not None else tok.sent.start
    for t in reversed(tok.doc[start : pronoun.i]):
        m = reader.mention_head.get(t.i)
        if m is None or m.entity != key:
            continue
        title = t
        while title.dep_ == "appos" and office_titled(title.head):
            title = title.head  # "командующий … генерал-полковник X": the post, not the rank
        gone = any(w.lemma_ in _GONE for w in t.sent)
        return title if title.i != t.i and gone else None
    return None


def _replaced(reader: ActReader, tok: Token) -> tuple[Token | None, str]:
    """The pronoun that names the one replaced, and who it stands for."""
    pronouns = [
        c
        for c in tok.children
        if c.pos_ == "PRON" and c.lemma_ in _PRONOUNS and tok.lemma_ in REPLACE and c.dep_ == "obj"
    ]
    if tok.lemma_ == "возглавить":  # "а вместо него … возглавит Y", however the parser hangs it
        pronouns += [
            t
            for t in _clause_before(tok)
            if t.pos_ == "PRON" and t.lemma_ in _PRONOUNS and preposition(t) == _INSTEAD
        ]
    if len(pronouns) != 1:
        return None, ""
    # "X уволен, а вместо него …", "вместо него" hung on the removal: its subject, X (the
    # pronoun's antecedent is never its own verb's subject)
    head = pronouns[0].head
    gone = reader.subject_mentions(head, climb=False) if head.lemma_ in _GONE else []
    key = next((k for k in gone if k.startswith("person/")), "")
    key = key or reader.antecedent(pronouns[0])
    return (pronouns[0], key) if key else (None, "")


def not_replaced(reader: ActReader, tok: Token, holders: list[str]) -> list[str]:
    """Who takes the post of one replaced: the verb's subject that is not the one replaced
    (the parser may give the verb both: "что начальник управления X уволен …, а вместо него
    управление возглавит Y"), else the person named after the verb in the nominative, whom
    the parser hung elsewhere ("… возглавит генерал-майор Y"), not a speaker whose words
    tell it ("X подтвердил, что …"); else the holders read, but the one replaced."""
    _, key = _replaced(reader, tok)
    if not key:
        return holders
    states = [k for k in holders if not k.startswith("person/")]
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    direct = [k for c in subjects for k in _person_of(reader, c) if k != key]
    if direct:
        return [*dict.fromkeys(direct), *states]
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.text in {",", ";", ":"}:
            break
        m = reader.mention_head.get(t.i)
        if m is not None and m.type == "Person" and m.entity != key and case_of(t) == "Nom":
            return [m.entity, *states]
    return [k for k in holders if k != key]


def _person_of(reader: ActReader, t: Token) -> list[str]:
    """The person a subject names: its mention or the name beside its title."""
    head = reader.mention_head.get(t.i)
    found = [head.entity] if head is not None else reader.linked(t, set())
    return [k for k in found if k.startswith("person/")][:1]


def _clause_before(tok: Token) -> list[Token]:
    """The words of the trigger's clause before it: back to the last comma or the sentence's
    start ("…, а вместо него управление возглавит Y")."""
    words = []
    for t in reversed(tok.doc[tok.sent.start : tok.i]):
        if t.text in {",", ";", ":"}:
            break
        words.append(t)
    return words


def handed_post(tok: Token) -> Token | None:
    """The post a verb of handing over gives with its duties: the post noun or the title the
    duties are of ("исполнение обязанностей на всех своих ключевых должностях", "полномочия
    президента")."""
    if tok.lemma_ not in HAND_OVER:
        return None
    objects = [c for c in tok.children if c.dep_ == "obj"]
    duties = [c for c in objects if c.lemma_ in _DUTIES]
    duties += [g for c in objects if c.lemma_ == "исполнение" for g in c.children
               if g.lemma_ in _DUTIES and g.dep_ == "nmod"]  # fmt: skip
    for d in duties:
        for g in [*d.children, *(d.head.children if d.head.i != tok.i else ())]:
            if g.dep_ == "nmod" and (g.lemma_ in POSTS or office_titled(g)):
                return g
    return None


def handed_to(tok: Token) -> list[Token]:
    """Whom a verb of handing over gives its duties to: its dative ("своему брату X")."""
    if tok.lemma_ not in HAND_OVER or handed_post(tok) is None:
        return []
    return [c for c in tok.children if c.dep_ in {"iobj", "obl"} and case_of(c) == "Dat"
            and preposition(c) == ""]  # fmt: skip
