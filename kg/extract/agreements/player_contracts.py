"""A player's or coach's contract with a club, and the papers of private persons and teams.

A sportsman who signs, extends, holds or moves under a contract ("продлил контракт с
«Ювентусом»", "перешёл в «Бенфику»") is its signer and his club its side; a signer whose role
the text gives as a team's or a private person's acts for no state, which makes the paper a
contract, not a state's agreement.

Split out of extract.py (forty-fourth pass, h-split46)."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Span as Sent
from spacy.tokens import Token

from kg.extract.agreements.reading import (
    EXECUTIVES,
    SUBJECTS,
    Reading,
    apposed_person,
    mention_at,
    official_title,
    with_someone,
)
from kg.extract.agreements.title_words import FIRMS
from kg.extract.context import Context
from kg.lexicon import load_list
from kg.nlp.clauses import clause_subjects
from kg.nlp.deps import preposition
from kg.nlp.morph import cases_of, is_verb, morph
from kg.nlp.quote_marks import OPENING
from kg.resolve.title_lexicon import is_trade

SPORTS_ROLES = Path(__file__).with_name("sports_roles.txt")
PRIVATE_SIGNERS = Path(__file__).with_name("private_signers.txt")


TEAM_NOUNS = Path(__file__).with_name("team_nouns.txt")


SPORTS_MARKS = Path(__file__).with_name("sports_marks.txt")


def contracted_person(ctx: Context, r: Reading, pred: Token | None) -> str | None:
    """The named person a named club or firm contracts with ("«Севилья» подписала контракт с
    бразильским нападающим Лукасом Перейрой", "«Бенфика» заключила контракт с полузащитником
    Хакимом Зиешем"): the club is the party, he its signer, as in "Пьер Дюран
    заключил контракт с «Марселем»"; None for an unnamed one ("Клуб продлил контракт с
    тренером"), an official or a person of a state by name alone ("контракт с министром
    …"), one named with no sportsman's or coach's role (`sports_roles.txt`: "контракт с
    инженером Маркусом Вебером"), or where no organization signs ("Соглашение с Венгером
    истекло")."""
    if not any((e := ctx.entity(p)) is not None and e.type == "Organization" for p in r.parties):
        return None
    t = with_someone(r.sent, r.title.head, pred)
    roles = load_list(SPORTS_ROLES)
    if t is None or not any(w.lemma_.replace("ё", "е") in roles for w in (t, t.head, *t.children)):
        return None
    named = None if t is None else mention_at(ctx, t)
    m = named or (None if t is None or official_title(t) else apposed_person(ctx, t))
    person = ctx.entity(m.entity) if m is not None and m.type == "Person" else None
    if person is None or named is not None and person.state:
        return None
    return person.key


# a player's move to a club, which "с новым клубом" of his contract after it stands for
_MOVES = frozenset({"переход", "трансфер", "перейти", "переходить"})


def club_moved_to(ctx: Context, r: Reading, pred: Token | None) -> tuple[str, str] | None:
    """The club and the player of a contract "с новым клубом", "с лондонским клубом" after
    the text tells a named player moving to a named club ("… о переходе нападающего Жоау
    Мендеша в английский «Челси». Мендеш подписал с лондонским клубом контракт", "Габриэл
    Силва перешёл из «Сантоса» в «Аль-Хиляль». Игрок подписал контракт с новым клубом"):
    the nearest move before that names both, where its player is the signer or an unnamed
    sportsman signs; None where none does ("договорились о трансфере полузащитника")."""
    if pred is None:
        return None
    subjects = clause_subjects(pred, SUBJECTS)
    roles = load_list(SPORTS_ROLES)
    unnamed = any(s.lemma_ in roles and apposed_person(ctx, s) is None for s in subjects)
    for t in reversed(ctx.doc[: r.sent.start]):
        if t.lemma_ not in _MOVES:
            continue
        found = [(x, m) for x in t.subtree if (m := mention_at(ctx, x)) is not None]
        movers = [m.entity for _, m in found if m.type == "Person"]
        to = [m.entity for x, m in found if m.type == "Organization" and _moved_into(x, t)]
        if not movers or not to:
            continue  # "Сумма трансфера составила …": no move of a named player
        signed = r.signatories == movers[:1] or unnamed and not r.signatories
        return (to[0], movers[0]) if signed else None
    return None


def _moved_into(name: Token, move: Token) -> bool:
    """Whether a club's name is where the move `move` goes: "в «Челси»", or after its common
    noun ("перешёл в португальский клуб «Бенфика»"), in the accusative and hung on the move
    through no other verb. Not where he was ("ранее игравший в клубе «Вердер», перешёл …":
    a locative of another verb)."""
    noun = name.head if name.dep_ in ("appos", "nmod", "flat:name") else None
    word = name if preposition(name) == "в" else noun if noun and noun.lemma_ in FIRMS else None
    if word is None or preposition(word) != "в":
        return False
    # the common noun's case tells where he goes ("в клуб", not "в клубе"); a club's name may
    # read as another word's oblique case ("Боку" as "бок"'s), so its verb alone tells
    cases = cases_of(word) if word is not name else frozenset()
    return (not cases or "Acc" in cases) and _hung_on(word, move)


def _hung_on(word: Token, verb: Token) -> bool:
    """Whether `word` hangs on `verb` through nouns only, no other verb or participle."""
    t = word.head
    while t.i != verb.i and t.head.i != t.i:
        if is_verb(t):
            return False
        t = t.head
    return t.i == verb.i


_EXTEND = frozenset({"продлить", "продлевать"})


def extending_player(ctx: Context, r: Reading, verb: Token) -> str | None:
    """The named sportsman or coach who extends his contract with a named club ("Полузащитник
    Матиас Гомес продлил контракт с «Ювентусом»"): its signer, the club its party, as where
    he signs it (`contracted_person`); None for an unnamed one ("Полузащитник продлил
    контракт"), one of no sportsman's role, or where no organization is a side."""
    if verb.lemma_ not in _EXTEND or not any(
        (e := ctx.entity(p)) is not None and e.type == "Organization" for p in r.parties
    ):
        return None
    roles = load_list(SPORTS_ROLES)
    for t in clause_subjects(verb, SUBJECTS):
        m = apposed_person(ctx, t) if t.lemma_.replace("ё", "е") in roles else None
        if m is not None and m.type == "Person":
            return m.entity
    return None


_HAVING = frozenset({"быть", "есть", "иметься"})


def holding_player(ctx: Context, r: Reading) -> str | None:
    """The named sportsman or coach who has a contract with a named club ("У нападающего
    Марко Росси был контракт с «Бенфикой»"): its signer, the club its party, as where he
    signs it (`contracted_person`); None for an unnamed one, one of no sportsman's role
    ("У инженера Маркуса Вебера был контракт с Siemens") or where no organization is a side."""
    head = r.title.head
    clubs = (e for p in r.parties if (e := ctx.entity(p)) is not None)
    if not had(head) or not any(e.type == "Organization" for e in clubs):
        return None
    roles = load_list(SPORTS_ROLES)
    verb = head.head  # the parse may make "был" the copula of the holder, its head
    for t in [*verb.children, *([verb.head] if verb.dep_ == "cop" else [])]:
        if preposition(t) != "у" or t.lemma_.replace("ё", "е") not in roles:
            continue
        m = apposed_person(ctx, t)
        if m is not None and m.type == "Person":
            return m.entity
    return None


def had(head: Token) -> bool:
    """Whether the paper is the subject of a verb of having ("у него был контракт")."""
    return head.dep_ == "nsubj" and head.head.lemma_ in _HAVING


def private_person(ctx: Context, key: str) -> bool:
    """A person of no state whose role the text gives as a private one: a sportsman's or a
    coach's (`sports_roles.txt`), a firm's executive's or another trade's (`is_trade`:
    "бизнесмен", "актёр"): he signs for himself, not for a state. Not one of any other title,
    which an office list may miss ("Генпрокурор", "Монарх", "Адмирал" sign for their state),
    nor one known by name alone, who may be any state's signer."""
    person = ctx.entity(key)
    return person is not None and not person.state and private_role(ctx, key)


def private_role(ctx: Context, key: str) -> bool:
    """A person whose role the text gives as a private one (`private_person`), of whatever
    state: "японский бизнесмен" acts for himself, not for Japan."""
    person = ctx.entity(key)
    if person is None or person.type != "Person" or not person.office:
        return False
    role = _role_noun(person.office)
    return role in load_list(SPORTS_ROLES) or role in EXECUTIVES or is_trade(role)


def private_noun(t: Token) -> bool:
    """A common noun of a private person's role ("Нападающий", "Турист", "Бизнесмен";
    `sports_roles.txt`, `private_signers.txt`, an executive, a trade): one who signs for
    himself, never for a state."""
    lemma = t.lemma_.lower().replace("ё", "е")
    roles = load_list(SPORTS_ROLES) | load_list(PRIVATE_SIGNERS)
    return lemma in roles or lemma in EXECUTIVES or is_trade(lemma)


def team_role(ctx: Context, sent: Sent, key: str) -> bool:
    """A signer whose role the sentence gives as one of a sports team ("Капитан команды
    Матео Гарсия", "Матео Гарсия, капитан сборной Уругвая"; `team_nouns.txt`,
    `_sports_team`): a word like "капитан" the office list keeps alone is a sportsman's only
    by its genitive, not a ship's or a rank's captain, who signs for his state."""
    for m in ctx.mentions_in(sent.start_char, sent.end_char):
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.entity != key or span is None:
            continue
        name = span.root
        roles = [c for c in name.children if c.dep_ == "appos"]
        roles += [name.head] if name.dep_ == "appos" else []
        teams = ((r, c) for r in roles for c in r.children if c.dep_ == "nmod")
        if any(_sports_team(ctx, r, c) for r, c in teams):
            return True
    return False


# Roles of a team's own player, which make a team of no one's a sports one ("капитан
# команды", "лидер клуба")
_TEAM_ROLES = frozenset({"капитан", "лидер"})


def _sports_team(ctx: Context, role: Token, team: Token) -> bool:
    """A team or club a role is of that is a sports one: sports by its word or by a modifier
    or genitive (`sports_marks.txt`: "сборной", "футбольного клуба", "клуба Премьер-лиги"),
    or of a player's role with no genitive but a state's or a quoted name, the team's own
    ("капитан команды", "капитан команды «Насьональ»"). Not the team of
    someone ("глава команды переговорщиков", "представитель команды президента", "лидер
    команды коалиции") nor a club of other kinds ("Глава Лондонского клуба"): their heads
    sign for their states."""
    if team.lemma_.replace("ё", "е") not in load_list(TEAM_NOUNS):
        return False
    marks = load_list(SPORTS_MARKS)
    near = [c for c in team.children if c.dep_ in ("amod", "nmod")]
    if any(c.lemma_.replace("ё", "е") in marks for c in (team, *near)):
        return True
    owners = [c for c in near if c.dep_ == "nmod" and not _state_mention(ctx, c)]
    return role.lemma_ in _TEAM_ROLES and not [c for c in owners if not _quoted(c)]


def _quoted(t: Token) -> bool:
    """A word that opens a name in quotes ("команды «Пеньяроль»"): the team's own name, which
    the parse may hang on it as a genitive, not someone whose team it is."""
    return any(c.dep_ == "punct" and c.text in OPENING and c.i < t.i for c in t.children)


def _state_mention(ctx: Context, t: Token) -> bool:
    """A token of a state's name ("сборной Уругвая")."""
    m = mention_at(ctx, t)
    return m is not None and m.type == "State"


def _role_noun(office: str) -> str:
    """The noun of an office as kg stores it, past the adjectives before it ("главный тренер":
    "тренер", "генеральный директор": "директор")."""
    words = office.lower().replace("ё", "е").split()
    return next((w for w in words if morph().can_be(w, "NOUN")), "")
