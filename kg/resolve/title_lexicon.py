"""The words of office titles and the Title a finder returns: the title lexicons
(`office_titles.tsv`, the post nouns, trades, office and post verbs, the three roles' offices),
whether a word is an office, a trade or a post noun, a title's lemma, and a title's complement.

Split out of titles.py (forty-third pass, h-split45): the vocabulary every title module reads."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token

from kg.gazetteer import normalize
from kg.lexicon import load_dict, load_list, load_rows
from kg.nlp.morph import (
    features,
    is_adjectival,
    is_participle,
    morph,
)
from kg.nlp.quote_marks import OPENING
from kg.resolve.place_kinds import kind_of_place

OFFICE_TITLES = Path(__file__).with_name("office_titles.tsv")
POST_NOUNS = Path(__file__).with_name("post_nouns.tsv")
TRADES = Path(__file__).with_name("trades.txt")
# Offices only a state fills (the offices extractor's home states, the coordinated posts of
# kg/resolve/given_plural.py).
STATE_POSTS = Path(__file__).with_name("state_posts.txt")
# The posts of a city's head, whose genitive right after them is the city they head, and
# which serve a place, not the state of a post listed before them.
CITY_POSTS = frozenset(
    ["мэр", "вице-мэр", "градоначальник", "губернатор", "вице-губернатор", "аким", "хоким"]
)
OFFICE_VERBS = Path(__file__).with_name("office_verbs.txt")
POST_VERBS = Path(__file__).with_name("post_verbs.txt")
# Short forms of offices → the office spelled out ("глава минфина" → "министр финансов").
SHORT_OFFICES = Path(__file__).with_name("short_offices.tsv")

# Title lemma sequences → (office as stored, role). The role lets a generic title
# ("глава государства") find the holder of whatever that state's head-of-state office is.
TITLES: dict[tuple[str, ...], tuple[str, str]] = {
    ("президент",): ("президент", "head_of_state"),
    ("глава", "государство"): ("президент", "head_of_state"),
    ("лидер",): ("президент", "head_of_state"),
    ("председатель",): ("председатель", "head_of_state"),
    ("король",): ("король", "head_of_state"),
    # a Gulf monarch's rank, as "король": a bare one stands for its holder named before
    # ("Эмир Кувейта X прибыл … эмир и султан Омана Y проведут"; sixtieth pass, h-names130)
    ("эмир",): ("эмир", "head_of_state"),
    ("султан",): ("султан", "head_of_state"),
    # "иорданского монарха": whoever holds that state's throne, by whatever rank
    # (fifty-seventh pass, h-events182)
    ("монарх",): ("монарх", "monarch"),
    ("премьер-министр",): ("премьер-министр", "head_of_government"),
    ("премьер",): ("премьер-министр", "head_of_government"),
    ("председатель", "правительство"): ("председатель правительства", "head_of_government"),
    ("председатель", "кабинет", "министр"): (
        "председатель кабинета министров",
        "head_of_government",
    ),
    ("глава", "правительство"): ("премьер-министр", "head_of_government"),
    # "глава кабинета (министров)", "глава кабмина": the government named by its cabinet
    # (pass forty-sixth, h-events120)
    ("глава", "кабинет"): ("премьер-министр", "head_of_government"),
    ("глава", "кабинет", "министр"): ("премьер-министр", "head_of_government"),
    ("глава", "кабмин"): ("премьер-министр", "head_of_government"),
    # "председатель Совета министров Польши": a state's Council of Ministers is its
    # government, its chairman its head (fifty-fifth pass, h-names114)
    ("председатель", "совет", "министр"): (
        "председатель совета министров",
        "head_of_government",
    ),
    ("глава", "совет", "министр"): ("председатель совета министров", "head_of_government"),
    ("канцлер",): ("канцлер", "head_of_government"),
    # Germany's and Austria's chancellor by the full title: "федеральный" no other post
    ("федеральный", "канцлер"): ("канцлер", "head_of_government"),
    ("министр", "иностранный", "дело"): ("министр иностранных дел", "foreign_minister"),
    ("глава", "мид"): ("министр иностранных дел", "foreign_minister"),
    ("госсекретарь",): ("государственный секретарь", "foreign_minister"),
    ("государственный", "секретарь"): ("государственный секретарь", "foreign_minister"),
}
# Offices a role may be held under, tried in order, for gazetteer look-ups.
ROLE_OFFICES = {
    "head_of_state": ("президент", "председатель", "король", "эмир", "султан", "император"),
    "head_of_government": (
        "премьер-министр",
        "председатель правительства",
        "канцлер",
        "премьер",
    ),  # fmt: skip
    "foreign_minister": ("министр иностранных дел", "государственный секретарь"),
    "monarch": ("король", "королева", "эмир", "султан", "император"),
}
# The ranks of a state's head, of which a state has one: two are two people ("эмир и султан
# Омана X"). Not "председатель", which chairs any body.
STATE_HEADS = frozenset(
    normalize(o) for o in (*ROLE_OFFICES["head_of_state"], *ROLE_OFFICES["monarch"])
) - {"председатель"}
# A state's head of government by every name a title or the gazetteer gives the office
# ("председатель совета министров", "канцлер", "премьер-министр"): one post (h-names114),
# `normalize`d as every lookup compares them.
GOVERNMENT_HEADS = frozenset(
    normalize(o)
    for o in (*(o for o, role in TITLES.values() if role == "head_of_government"),
              *ROLE_OFFICES["head_of_government"])
)  # fmt: skip
MAX = max(len(k) for k in TITLES)
FIRST = frozenset(k[0] for k in TITLES)  # where a title can start


@cache
def open_class_offices() -> dict[tuple[str, ...], str]:
    """Lemma sequence → office, of the generated open class. Public: every reader of a title
    (`titles`, `title_words`, `title_bodies`, `title_spelling`) looks its words up here, read
    once."""
    return {tuple(k.split()): v for k, v in load_dict(OFFICE_TITLES).items()}


@cache
def open_class_first_lemmas() -> frozenset[str]:
    """The lemmas an office of the open class can start with. Public: `titles` and
    `title_bodies` skip a word no title starts with by it before any lookup."""
    return frozenset(k[0] for k in open_class_offices())


@dataclass(frozen=True)
class Title:
    start: int  # token indices of the whole title, state included
    end: int
    office: str
    role: str
    state: str  # state key, or "" when the title names none ("Глава государства")
    generic: bool = False  # "глава государства", "лидер": any office of the role fits
    start_char: int = 0  # character offsets of the whole title
    end_char: int = 0
    comma_after: bool = False  # "Президент Казахстана, Касым-Жомарт Токаев"
    plural: bool = False  # "лидеры", "президенты двух стран": no one person
    # Its office is of another body than its state: "президент компании", "председатель
    # Европейской комиссии" (then `state` is that organization's key), or of a state's
    # body, whose words the office holds ("председатель Центрального банка Чили").
    foreign: bool = False
    case: str = ""  # the head's case (UD: Nom, Gen, Ins…): an apposition agrees with it
    head: int = 0  # token index of the office's head word
    words_end: int = 0  # end of the office's words, before the state or body it serves
    former: bool = False  # "бывший президент", "экс-президент": not the one in office
    ordinal: bool = False  # "Первый генсек ООН": an ordinal of succession, no tense itself
    undeclined: bool = False  # opens with a word that does not decline ("и.о."): any case
    # The office as the text words it where `office` only stands for a role: "лидер",
    # "глава государства" (the state's head may be a king or, for "лидер", its premier).
    said: str = ""
    # The organization whose key `state` is (its first token; -1: none), and the state the
    # title has were that body of no key (None: an adjective before would start it): what
    # `find_titles` reads anew of a body the same text keys differently.
    body: int = -1
    unkeyed: str | None = None
    # The genitive of a post noun ("на пост министра", "с должности посла", "кресло
    # премьера") or a verb's predicate ("оказался президентом"): the post, or what someone
    # is, which stands for no one else who holds it.
    post: bool = False


def is_trade(office: str) -> bool:
    """Whether the office (as kg stores it, or a title's lemma) is a profession
    (`trades.txt`, its first word): one that serves no state or body, so it takes no state
    the text does not name ("адвокат Марко Рубио", not "министр Марко Рубио")."""
    words = office.lower().replace("ё", "е").split()
    return bool(words) and words[0] in load_list(TRADES)


@cache
def _state_posts() -> dict[str, tuple[str, ...]]:
    """`state_posts.txt`'s posts → their marks ("field"), made once: asked per holding."""
    return {row[0]: row[1:] for row in load_rows(STATE_POSTS)}


def state_post(office: str) -> bool:
    """Whether only a state fills the office (`state_posts.txt`): as it is, or one of the
    rows marked "field" with its field's words after it ("министр финансов", "вице-министр
    транспорта"); not "король блюза"."""
    key = normalize(office)
    if is_trade(key):
        return False
    posts = _state_posts()
    words = key.split()
    return key in posts or any(
        "field" in posts.get(" ".join(words[:n]), ()) for n in range(1, len(words))
    )


def post_nouns(*kinds: str) -> frozenset[str]:
    """The post nouns of the given kinds (`post_nouns.tsv`): each reader takes the kinds its
    reading allows, from the one list of them."""
    return frozenset(noun for noun, kind in load_rows(POST_NOUNS) if kind in kinds)


def title_lemma(lemma: str) -> str:
    """A title word's lemma as the title tables spell it: "экс-председатель" is a
    chairman's title, a former one ("бывший председатель"), and "ё" is written "е"."""
    return lemma.replace("ё", "е").removeprefix("экс-")


def word_lemma(token: Token) -> str:
    """A title word's lemma (`title_lemma`), or, for a sentence's capitalised first word the
    tagger read as a participle of a verb no title opens with, whose noun the title tables
    hold ("Командующий армией Индии генерал X" as "командовать"), that noun's: the title it
    is there as in mid-sentence (fiftieth pass, h-orgs58). Not a participle whose noun no
    table holds ("Следующий", "Выступающий")."""
    lemma = title_lemma(token.lemma_)
    if token.pos_ != "VERB" or not token.is_sent_start or not token.text[:1].isupper():
        return lemma
    first = FIRST | open_class_first_lemmas()
    noun = title_lemma(morph().lemma(token.lower_, "NOUN"))
    opening = lemma not in first and noun in first and is_participle(token)
    return noun if opening else lemma


NOT_COMPLEMENTS = frozenset(["страна", "государство", "республика", "год", "время", "день"])


def genitive_complement(doc: Doc, i: int, head: int) -> bool:
    """A genitive common noun (after any genitive adjectives, coordinated too) right after
    a title: the body the office is of ("президент компании", "лидер советской и российской
    рок-группы"). A noun the parse hangs on the title's head counts when it can be genitive,
    whatever case the tagger chose ("рок-группы" read as a plural nominative). A participle
    is an adjective here ("лидер указанной партии"). Public: `title_words` and
    `title_bodies` tell by it a title that serves the body after it from a bare one."""
    while i < len(doc) and (
        (is_adjectival(doc[i]) and "Gen" in features(doc[i], "Case"))
        or (doc[i].pos_ == "CCONJ" and i + 1 < len(doc) and is_adjectival(doc[i + 1]))
    ):
        i += 1
    token = doc[i] if i < len(doc) else None
    if token is None or token.pos_ != "NOUN" or token.lemma_ in NOT_COMPLEMENTS:
        return False
    return "Gen" in features(token, "Case") or (
        token.dep_ == "nmod"
        and token.head.i == head
        and any(p.tag.case == "gent" and p.tag.POS == "NOUN" for p in morph().parse(token.text))
    )


def quoted_name(doc: Doc, i: int) -> bool:
    """A capitalised name in quotes right after a title ("глава «Лиги»"): a body's, whatever
    the tagger made of it, not a state's."""
    return i + 1 < len(doc) and doc[i].text in OPENING and doc[i + 1].text[:1].isupper()


def is_office(lemmas: Sequence[str], state_role: bool = False) -> bool:
    """Whether the words from `lemmas[0]` on begin an office title ("посол", "глава МИД",
    "министр иностранных дел"); `state_role`: one of a state's three roles ("премьер").
    For readers of events that change an office ("назначил послом", "стал премьером")."""
    words = tuple(w.replace("ё", "е") for w in lemmas)
    spans = [words[:n] for n in range(len(words), 0, -1)]
    if any(k in TITLES for k in spans):
        return True
    return not state_role and any(k in open_class_offices() for k in spans)


def named_place(t: Token) -> bool:
    """A capitalised word right after a lower-case kind of place (`kind_of_place`: "земли
    Каринтия", "префектуры Мияги", "провинции Онтарио"): that place's own name in apposition,
    no person's, whatever case or animacy the tagger gives it. Fifty-seventh pass,
    h-orgs69."""
    before = t.doc[t.i - 1] if t.i else None
    return before is not None and kind_of_place(before) and t.text[:1].isupper()


def titled_person(t: Token) -> bool:
    """A capital's word the tagger reads as an animate nominative apposed to an office title
    before it, with no preposition ("Министр Сана заявил", "Министр обороны Гвинеи Сану
    заявил"): a person's name, not Yemen's capital; "прибыл в Сану", "власти Саны" are the
    place, and so is a name after a kind of place (`named_place`: "Губернатор земли
    Каринтия Петер Кайзер")."""
    head = t.head
    return (
        head.i < t.i
        and not named_place(t)
        and t.dep_ in ("appos", "nmod", "flat:name")
        and "Anim" in t.morph.get("Animacy")
        and "Nom" in t.morph.get("Case")
        and not any(c.dep_ == "case" for c in t.children)
        and is_office([head.lemma_])
    )
