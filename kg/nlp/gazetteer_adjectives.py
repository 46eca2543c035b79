"""Whether a state's adjective stands for the state, by the noun it modifies.

"российская сторона", "казахстанская делегация", "американские военные" name the state; a
people's word ("американский актёр", "испанский язык"), a region's states ("арабских стран"),
the guests of a gathering ("гости фестиваля") and a person a firm's noun describes do not, but
a people's plural noun split between coordinated states' adjectives or counts does ("эстонских
и латвийских студентов"). Also the states a compound adjective's parts stand for
("российско-казахстанские", "франко-" → "французский") and the compound that tells a people's
origin ("франко-канадская община"). The nouns by group are in `state_nouns.txt`.

Split out of gazetteer_matcher.py (forty-sixth pass, h-split51): the adjectives' readings, apart
from the names' and the capitals'."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, Token

from kg.gazetteer import normalize
from kg.lexicon import load_dict, load_groups
from kg.nlp.deps import preposition, stray_adjective
from kg.nlp.morph import case_of, is_animate, morph, parses_agree

# Nouns after a state adjective: "state", those that stand for the state or act for it;
# "people", things of a people's culture, not of a state ("испанский язык").
_NOUN_GROUPS = {
    group: frozenset(normalize(w) for w in words)
    for group, words in load_groups(Path(__file__).with_name("state_nouns.txt")).items()
}
STATE_NOUNS = _NOUN_GROUPS["state"]
FIRM_NOUNS = _NOUN_GROUPS["firm"]
GUEST_NOUNS = _NOUN_GROUPS["guest"]
PEOPLE_NOUNS = _NOUN_GROUPS["people"]

# A compound's first part of another stem than its adjective's ("франко" → "французский")
_LINKING_FORMS = load_dict(Path(__file__).with_name("linking_forms.tsv"))


def joined_forms(part: str) -> list[str]:
    """The adjectives a first part of a compound may stand for: "российско" → "российский",
    and the linking forms without "ск": "аргентино" → "аргентинский", "японо" →
    "японский", "индо" → "индийский"; those of another stem by `linking_forms.tsv`: "франко" →
    "французский", "англо" → "британский"."""
    if not part.endswith("о"):
        return [part]
    if linked := _LINKING_FORMS.get(part.lower()):
        return [linked]
    stem = part[:-1]
    return [stem + "ий", stem + "ский", stem + "ийский"]


def part_state(part: str, last: bool, adjectives: dict[str, str]) -> str | None:
    """The state a compound's part names by `adjectives` (lemma → state key): the last one as
    an adjective, one before it by its linking forms ("российско" → "российский", "франко"
    → "французский")."""
    words = [part] if last else joined_forms(part)
    lemmas = (normalize(morph().lemma(w.lower(), "ADJ", "")) for w in words)
    return next((k for lemma in lemmas if (k := adjectives.get(lemma))), None)


def pair_compound(word: str, adjectives: dict[str, str]) -> bool:
    """A compound adjective of a pair whose first part names a state ("монгольско-корейский",
    "российско-китайский"), its last a state's adjective or the end of one ("корейский" of
    "южнокорейский", which the gazetteer does not know alone); not one of other stems
    ("торгово-экономический") nor a region's ("индо-тихоокеанский")."""
    first, _, rest = word.partition("-")
    if not rest or not first.endswith("о") or part_state(first, False, adjectives) is None:
        return False
    last = normalize(morph().lemma(rest.rsplit("-", 1)[-1].lower(), "ADJ", ""))
    return bool(last) and any(a.endswith(last) for a in adjectives)


def stands_for_state(t) -> bool:  # noqa: ANN001 - spaCy Token
    """The adjective's noun is the state or something of it ("российская сторона",
    "американские военные", "российские компании"), not a person described by nationality
    ("американский актёр", which names a people, not a state); a coordinated one has the
    noun of the first ("японские и индийские дипломаты"); one the parse hangs elsewhere has
    the noun right after it that it agrees with ("Индонезийскую делегацию принимал …")."""
    head = t.head
    if t.dep_ == "conj" and head.pos_ in ("ADJ", "DET") and head.i != t.i:
        head = head.head
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if after is not None and (stray_adjective(after) == t or mistagged_before(t) == after):
        head = after
    if head.i == t.i or not _noun_or_latin_name(head) or _many_states(t, head):
        return False
    if {head.lemma_, head.lower_, head.lemma_.split("-")[0]} & STATE_NOUNS:
        return True  # the first word of a hyphenated one too: "астронавтов-женщин"
    if head.lemma_ in FIRM_NOUNS:  # "турецкий поставщик Мехмет Йылмаз": a person's word
        return not _before_a_person(head)
    if head.lemma_ in GUEST_NOUNS:
        return not any(_gathering(c) for c in _complements(head))
    return head.lemma_ not in PEOPLE_NOUNS and (not is_animate(head) or _split_by_states(t, head))


def mistagged_before(t: Token) -> Token | None:
    """The noun right after a word the tagger read as no adjective ("Солдаты ганской[VERB]
    армии", "о ганских[NOUN] военных", "буркинийского[NOUN] правительства": a rare state's
    adjective) where the dictionary reads the word as an adjective only and as agreeing with
    that noun in case, number and, in the singular, gender: the word's noun all the same;
    so for an adjective the parse hangs elsewhere, its case read apart from the noun's ("о
    мальдивских[Loc] военных[Gen]"). None where the parse makes it a modifier ("amod",
    "conj") or nothing agrees. Forty-ninth pass, own sentences (h-offices62)."""
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if after is None or t.dep_ in ("amod", "conj") or after.pos_ not in ("NOUN", "PROPN"):
        return None
    if not after.text.isalpha() or not after.text.islower():
        return None
    # a surname's reading the dictionary guesses ("малазийского") is no other part of speech
    own = [p for p in morph().parse(t.lower_) if "Surn" not in p.tag]
    if not own or any(p.tag.POS != "ADJF" for p in own):
        return None
    nouns = [p for p in morph().parse(after.lower_) if p.tag.POS in ("NOUN", "ADJF")]
    return after if any(parses_agree(a, n) for a in own for n in nouns) else None


def _noun_or_latin_name(head: Token) -> bool:
    """A noun, or a capitalised Latin word the tagger reads as foreign ("подконтрольной
    американской News Corp.": a firm's name; forty-sixth pass, h-orgs50)."""
    latin = head.text[:1].isascii() and head.text[:1].isupper()
    return head.pos_ in ("NOUN", "PROPN") or (head.pos_ == "X" and latin)


_SCALE_WORDS = frozenset({"тыс", "тысяча", "млн", "миллион", "млрд", "миллиард"})
_OR_AND = frozenset({"и", "или"})


def _count_before(doc: Doc, i: int) -> int:
    """The token of the number counting the word at `i` across its scale word, abbreviated
    or not ("3 тыс. эстонских", "1,5 тысячи латвийских", "300 эстонских"); -1 if none."""
    j = i - 1
    if j > 0 and doc[j].text == "." and doc[j - 1].lemma_ in _SCALE_WORDS:
        j -= 1
    if j > 0 and doc[j].lemma_ in _SCALE_WORDS:
        j -= 1
    return j if j >= 0 and doc[j].like_num else -1


def _count_after(doc: Doc, i: int) -> int:
    """The first word after a number at `i` and its scale word, with its point; -1 if none."""
    j = i + 1
    if j < len(doc) and doc[j].lemma_ in _SCALE_WORDS:
        j += 1
        if j < len(doc) and doc[j].text == ".":
            j += 1
    return j if j < len(doc) else -1


def counts_of_states(t: Token, adjectives: dict[str, str]) -> bool:
    """An adjective of a state in one of two counts joined by "и" that share their plural
    noun, each with its own state adjective ("3 тыс. эстонских и 1,5 тыс. латвийских
    студентов"), found by the words in their order: the point of an abbreviated scale word
    breaks the parse, which hangs the first adjective off the verb. One count alone ("3 тыс.
    эстонских студентов") stays a people's word of its noun. `adjectives`: lemma → state."""
    doc = t.doc

    def state_adjective(k: int) -> bool:
        return 0 <= k < len(doc) and adjectives.get(normalize(doc[k].lemma_)) is not None

    def plural_noun(k: int) -> bool:
        return (
            0 <= k < len(doc)
            and doc[k].pos_ in ("NOUN", "PROPN")
            and "Plur" in doc[k].morph.get("Number")
        )

    number = _count_before(doc, t.i)
    if number < 0:
        return False
    nxt = t.i + 1
    if nxt + 1 < len(doc) and doc[nxt].lower_ in _OR_AND and doc[nxt + 1].like_num:
        second = _count_after(doc, nxt + 1)
        return state_adjective(second) and plural_noun(second + 1)
    before = number - 1
    if before < 1 or doc[before].lower_ not in _OR_AND:
        return False
    first = before - 1
    return state_adjective(first) and _count_before(doc, first) >= 0 and plural_noun(nxt)


def _split_by_states(t: Token, noun: Token) -> bool:
    """A plural people's noun split between coordinated state adjectives ("эстонских и
    латвийских студентов", "200 чилийских и 150 перуанских туристов"): the states' nationals
    side by side, each adjective its state; one adjective alone stays a people's word of the
    noun ("300 эфиопских беженцев", "американский актёр")."""
    if "Plur" not in noun.morph.get("Number"):
        return False
    return t.dep_ == "conj" or any(c.dep_ == "conj" and c.pos_ == "ADJ" for c in t.children)


def name_after_its_noun(t: Token) -> bool:
    """A capitalised adjective inside a sentence right after the noun it qualifies: a word of
    that noun's proper name ("Республика Сербская", "на улице Французской"), not its state."""
    if not t.i or t.is_sent_start or not t.text[:1].isupper():
        return False
    noun = t.doc[t.i - 1]
    return t.head.i == noun.i and noun.pos_ in ("NOUN", "PROPN")


def _many_states(t: Token, noun: Token) -> bool:
    """One state's adjective alone on a plural "государства" or "страны" ("Организация
    американских государств", "арабских стран"): the states of a region, not the state;
    coordinated adjectives name one each ("чешское и словацкое государства")."""
    return (
        noun.lemma_ in ("государство", "страна")
        and "Plur" in noun.morph.get("Number")
        and t.dep_ != "conj"
        and not any(c.dep_ == "conj" for c in t.children)
    )


def of_a_people(t: Token) -> bool:
    """A compound adjective of a people, its culture or a person by origin ("франко-канадская
    община", "итало-американская мафия", "японо-американский писатель"): its first part is
    the origin of the second, not a state beside it, as in a relation, a joint body or a
    state's people of the two ("германо-польские переговоры", "японо-американские
    астронавты")."""
    head = t.head
    if head.i == t.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.lemma_ in STATE_NOUNS | FIRM_NOUNS | GUEST_NOUNS:
        return False
    return head.lemma_ in PEOPLE_NOUNS or is_animate(head)


def _before_a_person(noun: Token) -> bool:
    """A noun that describes a person named with it: the name right after it or hung on it,
    or the name it is hung on ("нефтяной гигант Шакил О'Нил")."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    near = [*noun.rights, *([after] if after is not None else []), noun.head]
    return any(t.ent_type_ == "PER" for t in near)


def _complements(noun: Token) -> list[Token]:
    """The words the parse hangs on `noun` after it, and the noun of a preposition right
    after it the parse hangs on the verb ("гости на выставке встретились")."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    hung = [after.head] if after is not None and after.dep_ == "case" else []
    return [*noun.rights, *hung]


def _gathering(t: Token) -> bool:
    """A guest's complement that is a common noun in the genitive or after "на" ("гости
    фестиваля", "гости на выставке"): a gathering, whose guests are people, not a state's
    delegation. Not a host's name ("гости Каира")."""
    if t.pos_ != "NOUN" or is_animate(t):
        return False
    return preposition(t) == "на" or not preposition(t) and case_of(t) == "Gen"
