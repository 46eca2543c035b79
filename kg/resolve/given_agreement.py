"""The office a title gives (`GivenOffice`), the words its readers share, and whether a title and
a name agree: the name's case, a title right before or after the name ("премьер-министр
Норвегии Юнас Гар Стёре", "с Юнасом Гаром Стёре, премьер-министром Норвегии"), ranks and
honorifics. Split out of kg/resolve/given.py so that agreement is read in one place."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.tokens import Doc, Token

from kg.doc_text import kept_per_span
from kg.nlp.deps import SUBJECTS
from kg.nlp.marks import DASHES_OR_HYPHEN, SENTENCE_ENDS
from kg.nlp.morph import UD_CASE, case_of, caseless, is_adjectival, is_inanimate, morph
from kg.nlp.quote_marks import CLOSING, OPENING
from kg.resolve.clergy import STATELESS_RANKS
from kg.resolve.gender import dictionary_gender, man_named, predicate_gender, woman_named
from kg.resolve.japanese_names import own_a
from kg.resolve.kin_and_ranks import ruler_office
from kg.resolve.name_cases import east_patron, her_syllable_name, his_genitive_form
from kg.resolve.name_forms import VOWELS, consonant_end
from kg.resolve.name_lexicons import genitive_only, reads_genitive
from kg.resolve.name_spellings import UNDECLINED_OPENERS
from kg.resolve.title_lexicon import TITLES, Title, post_nouns
from kg.resolve.title_spelling import spelled_out_complement
from kg.resolve.womens_names import her_foreign_e_case

WITHHOLDING_WORDS = Path(__file__).with_name("withholding_words.txt")
HOST_WORDS = Path(__file__).with_name("host_words.txt")
# The one list of a team's nouns (the agreements reader's too): "команда", "сборная", "клуб".
TEAM_NOUNS = Path(__file__).parents[1] / "extract" / "agreements" / "team_nouns.txt"
# A sportsman's roles and a sport's words, the agreements reader's lists
SPORTS_ROLES = TEAM_NOUNS.with_name("sports_roles.txt")
SPORTS_MARKS = TEAM_NOUNS.with_name("sports_marks.txt")
# "на посту главы", "в качестве", "исполнять обязанности главы"
POST_NOUNS = post_nouns("post", "position", "capacity", "duties")
TITLED_POSTS = post_nouns("post", "position")  # "покинул пост посла", "с позиции посла"
_APPOSITION = frozenset({",", *DASHES_OR_HYPHEN})  # "Ольсеном — действующим премьером страны"
GAP_PUNCT = frozenset(["«", "»", '"', "(", ")", "-", "„", "“"])
NAME_OPENERS = frozenset({*DASHES_OR_HYPHEN, "(", ":"})  # before a name a plural title is of
CLAUSE_ENDS = SENTENCE_ENDS | {";"}  # past which a plural title holds no name
# Verbs whose object is given the office: "назначил Дюбуа послом", "утвердил Миллера в
# должности посла"; not "выдвинул Миллера на должность посла", a nomination not yet confirmed.
APPOINTING = frozenset(["назначить", "назначать", "избрать", "избирать", "переизбрать",
                         "утвердить", "утверждать"])  # fmt: skip
# Verbs whose subject after them takes the instrumental office before them, as a passive
# appointment's does: "Министром обороны Перу стал генерал X".
BECOMING = frozenset(["стать", "становиться"])
# ... and their nouns, whose genitive is given it: "назначение Смита послом".
APPOINTMENT = frozenset(["назначение", "избрание", "переизбрание", "утверждение"])


# Adverbs of time between a name's comma and its title: an office of the time the text
# tells of ("Ольсен, тогда премьер-министр Дании"), or held now ("Ольсен, ныне посол").
THEN = frozenset(["тогда", "некогда", "прежде", "ранее"])
NOW = frozenset(["ныне", "теперь", "сейчас"])
# The prepositions of where a post is, after its words ("посол в Китае", "представитель при ООН").
POSTED_AT = frozenset(["в", "во", "при"])
# Ranks a name may carry between its office and itself; alone before a name they are its title.
HONORIFICS = frozenset(["принц", "принцесса", "шейх", "сэр"])
# Military ranks, by a word of the rank's first word ("генерал-лейтенант", "вице-адмирал"):
# between an office and the name ("министр обороны генерал X") the rank is no office served.
_MILITARY_RANKS = frozenset(["генерал", "адмирал", "маршал", "фельдмаршал", "полковник"])
# Cases an animate noun spells alike, which the tagger confuses.
ALIKE = frozenset(["Acc", "Gen"])
POSSESSIVES = frozenset(["его", "её", "ее"])  # "Его вьетнамский коллега X": of one named before


@dataclass(frozen=True)
class GivenOffice:
    """The office a title beside a name gives that person in this text."""

    office: str
    state: str  # state or organization key, or ""
    title: Title
    start_char: int  # title and name together: the evidence
    end_char: int
    current: bool = True  # False: a past office the text recounts ("был депутатом")
    # the verb or noun that tells the holding ("назначен", "занимал", "покинул"), whose
    # dates are its start or end (kg.extract.offices.dated); -1 for a title beside the name
    verb: int = -1

    @property
    def borrowed(self) -> bool:
        """Whether the title is another name's, read off it (a predecessor's, a colleague's:
        "Министр X, назначенный 3 марта, сменил на посту Y"): it lies outside the evidence,
        so what hangs on it tells of that other person. Sixty-third pass, h-names143."""
        return not self.start_char <= self.title.start_char < self.end_char


def inline_space(token: Token) -> bool:
    """A whitespace token inside a line: a no-break space is one, which the tokenizer keeps
    ("Главный секретарь кабинета министров\u00a0— Ёсихидэ Суга")."""
    return token.is_space and "\n" not in token.text


def right_of(doc: Doc, i: int) -> int:
    """Token index `i` moved right past whitespace tokens inside the line."""
    while i < len(doc) and inline_space(doc[i]):
        i += 1
    return i


def title_after_name(doc: Doc, end: int, by_start: dict[int, Title]) -> Title | None:
    """The title after the name and a comma or dash (`_title_at`: "Ольсеном — действующим
    премьером страны", "Ольсен, тогда премьер-министр Дании"), or in brackets of its own.
    Public: the readers of one name and of a list of names ask it alike, so both take the
    same titles after a name."""
    opening = right_of(doc, end)
    if opening < len(doc) and doc[opening].text == "(":
        # the title filling brackets right after the name ("Карим Мансур (Президент
        # Египта): …", a transcript's label; "с Радживом Сингхом (премьер-министром
        # Индии)"): none where they hold more or other words ("(на фото)", "(ЕС)")
        title = _title_at(doc, opening + 1, by_start)
        close = len(doc) if title is None else right_of(doc, title.end)
        if close < len(doc) and doc[close].text == ")":
            return title
    end = right_of(doc, _past_aside(doc, opening))
    if end >= len(doc) or doc[end].text not in _APPOSITION:
        return None
    return _title_at(doc, end + 1, by_start)


def _title_at(doc: Doc, i: int, by_start: dict[int, Title]) -> Title | None:
    """The title opening at token `i`, past an adverb of time and any adjectives ("бывший
    посол Дании", "тогда премьер-министр Дании")."""
    i = right_of(doc, i)
    if i < len(doc) and doc[i].lower_ in THEN | NOW:
        i = right_of(doc, i + 1)
    while i < len(doc) and i not in by_start and is_adjectival(doc[i]):
        i += 1
    return by_start.get(i)


def _past_aside(doc: Doc, i: int) -> int:
    """Token index `i` moved past a short aside in brackets there ("Никоса X (''на илл.''),
    лидера партии": a caption's note, no word of the apposition), unmoved where none; no
    verb nor name inside. Pass forty-seven, own sentences (h-offices59)."""
    if i >= len(doc) or doc[i].text != "(":
        return i
    close = next((k for k in range(i + 1, min(i + 12, len(doc))) if doc[k].text == ")"), None)
    if close is None or any(t.pos_ in ("VERB", "PROPN") for t in doc[i + 1 : close]):
        return i
    return close + 1


def names_next(doc: Doc, title: Title, starts: set[int]) -> bool:
    """Whether a name in the title's case follows it before any punctuation, verb or
    conjunction, and not after a preposition ("Вогт, министр иностранных дел у Стёре"): the
    title is that name's, not the one's before the comma ("Анна Смирнова, певица Малина",
    "Карелин, бывший вратарь сборной по хоккею Олег Сидоров"), where the parse does not
    join them or the name is no person kg keeps."""
    end = min(doc[title.start].sent.end, title.end + 8)
    for token in doc[title.end : end]:
        case = case_of(token)
        if (
            (token.i in starts or token.ent_type_ == "PER")
            and case
            and alike(case, title.case)
            and doc[token.i - 1].pos_ != "ADP"
        ):
            return True
        if token.pos_ in ("VERB", "AUX", "CCONJ") or (
            token.is_punct and token.text not in OPENING | CLOSING
        ):
            return False
    return False


def next_item(doc: Doc, title: Title, claimed: dict[int, Title], starts: set[int]) -> bool:
    """Whether the title after a name's comma opens the next item of a list of persons each
    named after their titles: its words run, with no verb or conjunction, to a comma before
    another name's own title that is a bare word right before that name (`starts`), which
    the title describes further ("Ян Нойман, руководитель клуба «Ветер», доцент Карел Свобода":
    Свобода's description, not Нойман's; "Марек Новак, посол Польши, ответил" and "Марек
    Новак, посол Польши, президент компании «Орлен» Иван Ковач" are Новак's: the next title
    is complete in itself)."""
    i = title.end
    while i < len(doc) and (not doc[i].is_punct or doc[i].text in OPENING | CLOSING):
        if doc[i].pos_ in ("VERB", "AUX", "CCONJ"):
            return False
        i += 1
    if i >= len(doc) or doc[i].text != ",":
        return False
    j = right_of(doc, i + 1)
    while j < len(doc) and j not in claimed and is_adjectival(doc[j]):
        j += 1
    after = claimed.get(j)
    return after is not None and after.end == after.head + 1 and after.end in starts


def _hers_undeclined(doc: Doc, start: int) -> bool:
    """A woman's first name that never declines opens the name ("Кармен", "Нелли"): her
    surname declines no more, so no word of the name tells its case."""
    first = doc[start].text
    return caseless(first, guessed=False) and woman_named(first)


def tells_no_case(doc: Doc, start: int, end: int) -> bool:
    """No word of the name doc[start:end] tells its case: a woman's first name that never
    declines (`_hers_undeclined`), or words none of which declines ("Хорхе Сото")."""
    words = [t.text for t in doc[start:end] if t.is_alpha]
    return _hers_undeclined(doc, start) or bool(words) and all(caseless(w) for w in words)


def name_case(doc: Doc, start: int, end: int) -> str:
    """The case of the name doc[start:end]: the tagger's of its first word, but a genitive
    the surname's forms deny is a nominative ("Пресс-секретарь генсека НАТО Фарах
    Дахлаллах", "Заместитель генсека ООН Амина Мохаммед": a surname, or a word in "-а"/"-я"
    between, that reads as a nominative and never as a genitive, so the name is not the
    genitive title's holder); an East-Asian patron's genitive the tagger read as a
    nominative is a genitive (`east_patron`). Read from the parse and the dictionary alone,
    so kept per name of a settled Doc: the offices' readers ask it of the same names again
    (2,288 times per 100 NEREL documents, 975 names)."""
    return kept_per_span(doc, "name_case", start, end, lambda: _name_case(doc, start, end))


def _name_case(doc: Doc, start: int, end: int) -> str:
    """`name_case`, read from the words."""
    case = case_of(doc[start])
    if case in ("", "Nom") and east_patron(doc[start:end]):
        return "Gen"  # "Помощник Ли Цяна прибыл": the aide's patron, not the aide
    if case == "Dat" and (hers := her_foreign_e_case(list(doc[start:end]))):
        return hers  # "Мэр Осло Анне Линдбу заявила": not Анна's dative
    last = doc[end - 1]
    if case != "Gen" or end - start < 2 or not last.is_alpha:
        return case
    if _her_subject(doc, start, end):
        return "Nom"
    if _hers_undeclined(doc, start):
        return case  # "генерала Кармен Ортис": her surname would not decline either
    forms = morph().cases(last.text)
    if "nomn" in forms and "gent" not in forms and not _her_first_as_his_surname(doc, start, end):
        return "Nom"
    # a word in "-а"/"-я" between ("соперник генерала Луис Мария Арганья": "Луис" read as
    # "Луиса", but "Мария" is a nominative only); not one in a consonant, which may be a
    # foreign word the dictionary guesses ("Ким Чен Ына")
    for word in doc[start + 1 : end - 1]:
        if word.is_alpha and word.lower_.endswith(("а", "я")):
            forms = morph().cases(word.text)
            if "nomn" in forms and "gent" not in forms:
                return "Nom"
    return case


def _her_first_as_his_surname(doc: Doc, start: int, end: int) -> bool:
    """Whether a name of two words ends in one the dictionary does not know and guesses only
    as a woman's first name, after a first word that is none ("Хун Манета": "Манета" is the
    genitive of the surname "Манет", the guess no sign of a nominative): the tagger's
    genitive stands ("в присутствии премьер-министра Камбоджи Хун Манета" gave him no
    office; seventy-second pass, h-names163). Not "Анна Мария", whose first word is a
    woman's, nor a word the dictionary knows ("Луиза")."""
    parses = morph().parse(doc[end - 1].text)
    return (
        end - start == 2
        and bool(parses)
        and not any(p.is_known for p in parses)
        and all({"Name", "femn"} <= p.tag.grammemes for p in parses)
        and not woman_named(doc[start].text)
    )


def _her_subject(doc: Doc, start: int, end: int) -> bool:
    """A name the tagger read as a man's genitive whose last word ends in a consonant, which
    no man's genitive of a declining name does, apposed to the nominative subject of a verb in
    the feminine past or to that subject's genitive complement ("подтвердила пресс-секретарь
    премьера Пема Чоден"): the woman the verb agrees with, whose name does not decline, not
    the genitive title's holder. Pass forty-seven, own sentences (h-offices59)."""
    first, last = doc[start], doc[end - 1].lower_
    if first.dep_ != "appos" or "Masc" not in first.morph.get("Gender") or last[-1:] in _VOWELS:
        return False
    noun = first.head
    if noun.dep_ == "nmod" and case_of(noun) == "Gen":
        noun = noun.head  # "пресс-секретарь премьер-министра Бутана Пема Чоден"
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and case_of(noun) == "Nom"
        and verb.pos_ in ("VERB", "AUX")
        and "Fem" in verb.morph.get("Gender")
        and "Sing" in verb.morph.get("Number")
    )


_VOWELS = frozenset("аеёиоуыэюяй")


def given_by_title(
    title: Title, start_char: int, end_char: int, current: bool = True
) -> GivenOffice:
    """The office `title` gives, with the stretch of title and name as its evidence; a former
    one ("бывший премьер-министр Дании X", "экс-глава МИД") is no longer held at the
    document's date, so it is past, as "был премьер-министром" is. Public: every reader of a
    title beside a name (here, in kg/resolve and kg/extract/offices) builds its office by it,
    so all of them tell a former title past alike."""
    return GivenOffice(title.said or title.office, title.state, title, start_char, end_char,
                       current and not title.former)  # fmt: skip


def agree(a: str, b: str) -> bool:
    return not a or not b or a == b


def alike(a: str, b: str) -> bool:
    """Cases that agree, or that an animate noun spells alike and the tagger confuses
    ("Ханса Ольсена, тогда премьер-министра Дании": genitive and accusative)."""
    return agree(a, b) or {a, b} <= ALIKE


def _name_agrees(doc: Doc, title: Title, case: str, name: tuple[int, int]) -> bool:
    """Whether the name (its token range) agrees in case with the title right before it: by
    the cases the tagger wrote; else, after a title that names the state or body it serves
    (so the name cannot be its complement), by the words' forms, which the tagger reads one
    way where Russian spells two cases alike ("вызвала посла Китая Ивана Петрова": an
    animate noun's accusative is its genitive) or a foreign name does not decline ("с
    министром иностранных дел Филиппин Энрике Манало", "принял посла ЕС в Белграде
    Эмануэле Жиофре": "Жиофре" reads as any case, whatever the dictionary guesses); so
    too after a title with a complement of its own where the tagger reads one accusative
    and the other genitive ("уволил непопулярного министра финансов Яна Новака"), unless
    the title is itself another noun's complement ("советника министра финансов Яна
    Новака"), or after a title whose place a preposition names ("отозвал своего посла в
    Испании Карима Бенслимана", read Acc and Gen: `_hosted`). A bare title keeps the
    tagger's reading: "адвокат Марко Рубио" may be Rubio's lawyer."""
    if agree(case, title.case):
        return True
    if (
        not title.state
        and not _hosted(doc, title)
        and not (_complemented_head(doc, title) and {case, title.case} <= ALIKE)
    ):
        return False
    forms = morph().cases(doc[title.head].text)
    # an initial ("Т." of "Т.Комбсу") reads as any case: only words tell
    words = [t for t in doc[name[0] : name[1]] if t.is_alpha and len(t) > 1]
    return any(forms & name_word_cases(t.text) or caseless(t.text) for t in words)


def _hosted(doc: Doc, title: Title) -> bool:
    """Whether the title ends with a place a preposition names past its office's words ("посла
    в Испании"): the name after it is no complement of the office, as after a state's."""
    return any(t.dep_ == "case" and t.pos_ == "ADP" for t in doc[title.head + 1 : title.end])


def name_word_cases(word: str) -> frozenset[str]:
    """The cases a name's word may be in, also those of its spelling with "е" for "ё": the
    guesser reads a foreign syllable's "ё" as a word of its own ("Хёном": only "хёный"'s
    forms), not as the instrumental its "е" spelling gives ("с министром иностранных дел
    Республики Корея Чо Хёном" lost the minister's office)."""
    cases = morph().cases(word)
    return (
        cases | morph().cases(word.replace("ё", "е").replace("Ё", "Е"))
        if "ё" in word.lower()
        else cases
    )


def _complemented_head(doc: Doc, title: Title) -> bool:
    """Whether the title's office has a complement of its own ("министра финансов") and is
    no other noun's complement."""
    return (title.words_end or title.end) > title.head + 1 and doc[title.head].dep_ != "nmod"


def _genitive_name(doc: Doc, title: Title, name: tuple[int, int]) -> bool:
    """Whether a name after a genitive title that names its state is in the genitive by its
    own forms, where the tagger read another case ("По словам министра иностранных дел Индии
    Субрахманьяма Джайшанкара"): a word of it declines, and each that does can be genitive
    ("супруга экс-президента Польши Анна Новакова": "Анна" cannot, though "Новакова" can be
    a man's). A word that does not decline gives no such sign ("Фицо" of "Премьера Словакии
    Роберта Фицо госпитализировали"; "Жена посла Перу Ана Мария Рубио"), nor a guess at
    its cases; a name after a comma starts a clause of its own ("По данным сайта президента
    Перу, Иван Петров родился": the title is the site's complement). A title whose field a
    preposition names tells its kind as a state does ("советника по национальной
    безопасности Хорхе Переса", the tagger reading "Хорхе" accusative)."""
    fielded = any(t.dep_ == "case" and t.pos_ == "ADP" for t in doc[title.head + 1 : title.end])
    if not (title.state or fielded) or any(t.is_punct for t in doc[title.end : name[0]]):
        return False
    # an Arabic compound's first word ("Абдель") declines in no case, nominative as read
    words = [
        t.text
        for t in doc[name[0] : name[1]]
        if t.is_alpha and not caseless(t.text) and t.text not in UNDECLINED_OPENERS
    ]
    # "Рёсэя" of "Рёсэй": the dictionary guesses only a woman's nominative
    return bool(words) and all(
        "gent" in morph().cases(w) or genitive_only(w) or his_genitive_form(w) for w in words
    )


def _ungoverned_locative(doc: Doc, name: tuple[int, int]) -> bool:
    """Whether a name the tagger read as a locative has no preposition to govern one and
    each of its words ends in a vowel, a foreign name that does not decline ("Одре Азуле"):
    its case is the title's before it, as nothing else tells one."""
    words = [t for t in doc[name[0] : name[1]] if t.is_alpha]
    root = next((t for t in words if not name[0] <= t.head.i < name[1] or t.head == t), None)
    if root is None or any(c.dep_ == "case" for c in root.children):
        return False
    return all(t.lower_[-1] in VOWELS for t in words)


def _object_read_genitive(doc: Doc, title: Title, name: tuple[int, int]) -> bool:
    """Whether a title that names its state is a verb's direct object the tagger read as a
    genitive (an animate noun's accusative is spelt so: "приняла в Мехико президента
    Колумбии Густаво Петро") before a name no word of which tells a case (`caseless`:
    "Ндайишимийе" too, which the dictionary guesses a case or two for), so nothing tells its
    case but the title's; so too a thing's complement ("под председательством министра
    иностранных дел Японии Кэйдзо Такэми": a thing names no one, so the name is the title's);
    not a being's ("жена посла Перу Ана Мария Рубио"). A Vietnamese woman's name tells no
    case either ("визит вице-президента Вьетнама Во Тхи Ань Суан": `her_syllable_name`;
    seventy-second pass, h-names162)."""
    words = [t for t in doc[name[0] : name[1]] if t.is_alpha]
    head = doc[title.head]
    of_thing = head.dep_ == "nmod" and head.head.pos_ == "NOUN" and is_inanimate(head.head)
    return (
        bool(title.state)
        and (head.dep_ == "obj" or of_thing)
        and not any(t.is_punct for t in doc[title.end : name[0]])
        and bool(words)
        and (all(caseless(t.text) for t in words) or her_syllable_name(words))
    )


def title_before_name(
    doc: Doc,
    title: Title,
    name: tuple[int, int],
    case: str,
    governor: Title | None,
    known: bool = False,
    ends: Collection[int] = (),
) -> Title | None:
    """The title standing right before a name (its token range, in the tagger's `case`) in
    that name's office, or None. `governor` is the title right before this one, whose
    complement a genitive title may be; `known`: the person is known to hold the office of
    `title` itself; `ends`: where the document's person names end. Public: the reader of a
    document's offices asks it of each title before a name and of one across its modifiers."""
    if title.plural:
        return None
    if governor is None and (inner := inner_holder(doc, title, name)) is not None:
        return inner  # "Пресс-секретарь президента Ганы Джона Махамы заявил": the president's
    if (
        governor is not None
        and title.case == "Gen"
        and (known or _unlike(doc, governor, name) or _appointee_apart(doc, governor))
    ):
        # "Советник премьер-министра Индии Нарендры Моди": the premier's name, whatever
        # case the tagger read it in; the adviser is not named, or named apart
        return title
    if governor is not None and _rank_after_complete(doc, governor, title, name, case):
        # "приговорил бывшего командира армии Перу генерала X": the general's rank, not
        # the commander's complement ("командир генерала")
        return governor
    if (
        governor is not None
        and not known
        and _governor_takes_name(doc, governor, title, name, ends)
    ):
        return complemented(doc, title, governor)  # "принял заместителя министра Ганы X"
    if (
        governor is not None
        and _genitive_name(doc, title, name)
        and (case in ALIKE or case == "Nom" and shows_genitive(doc, name))
    ):
        # "с участием советника президента Колумбии Хорхе Варгаса", read Acc; "Советник
        # премьер-министра Таиланда Сретты Тхависина прибыл", read Nom
        case = "Gen"
    if governor is not None and governor.plural and title.case == "Gen":
        return None  # "заместителей генпрокурора X, Y и Z": X is a deputy, not the prosecutor
    governs = governor is not None and not governor.plural and governor.case == case
    if governor is not None and governs and _rank_of(title, governor) and not title.state:
        # "министр иностранных дел Саудовской Аравии принц Фейсал", "с министром обороны
        # Египта генералом X": a rank between the office and the name is not the office
        return governor
    if (
        governor is not None
        and governs
        and case == "Gen" == title.case
        and not known
        and not _after_a_name(doc, governor, ends)
    ):
        # All in the genitive ("автомобиль заместителя муфтия Дагестана Магомеда Алиева"):
        # the name stands with the first title, the second is its complement; unless the
        # person holds the second ("помощника президента России Владимира Путина").
        return complemented(doc, title, governor)
    if title.case != "Gen" or not case or case == "Gen":
        # "адвокат Радована Караджича": a title of another case is not the name's
        return title if _name_agrees(doc, title, case, name) else None
    if governor is None and _genitive_name(doc, title, name):
        return title  # "По словам министра … Индии Субрахманьяма Джайшанкара", read as Nom
    if governor is None and _object_read_genitive(doc, title, name):
        return title  # "приняла в Мехико президента Колумбии Густаво Петро"
    if governor is None and case == "Loc" and title.state and _ungoverned_locative(doc, name):
        return title  # "доклад главы ЮНЕСКО Одре Азуле": no locative without a preposition
    if governor is None or not governs:
        return None  # "жена президента Бразилии Мария": a genitive title is not theirs
    return complemented(doc, title, governor)


def neither(
    doc: Doc,
    by_end: dict[int, Title],
    title: Title | None,
    name: tuple[int, int],
    case: str,
    holds: Callable[[int, str, str], bool],
) -> bool:
    """Whether the title right before a name, with the titles it governs, gives the name no
    office, as either's holder it may be (`_either_holder`), unless known to hold it."""
    if title is None or holds(name[0], title.office, title.state):
        return False
    title, governor = chain(by_end, title, case)
    return _either_holder(doc, governor or title, title, name)


def _either_holder(doc: Doc, speaker: Title, title: Title, name: tuple[int, int]) -> bool:
    """Whether a name after a title of the nominative, a man's verb's subject, that ends in or
    governs a genitive title may be either title's holder by its words: a word reads as a
    man's genitive singular and as a nominative singular only a woman's ("Салла" of "Салл" and
    "Салла", "Идрисса"). Other men's surnames in "-а" read so too, so the text names neither
    title's holder: no office beats the wrong one. Not a Japanese name ("Таро Ямада"), whose
    "-а" is the surname's own."""
    inner = _inner_title(doc, title) if speaker is title else title
    if inner is None or speaker.case != "Nom" or inner.case != "Gen":
        return False
    if predicate_gender([doc[speaker.head]]) != "masc" or shows_genitive(doc, name):
        return False
    words = [t.text for t in doc[name[0] : name[1]] if t.is_alpha]
    if len(words) > 1 and own_a(words[0], words[-1]):
        return False  # "Таро Ямада": a Japanese surname's "-а" is its own
    return any(_mans_genitive_or_womans(w) for w in words)


def _mans_genitive_or_womans(word: str) -> bool:
    """A word that reads as a man's genitive singular and whose nominative singular readings
    are all a woman's ("Салла": "Салл"'s genitive or "Салла")."""
    singular = [p.tag for p in morph().parse(word.lower()) if "sing" in p.tag]
    nominative = {t.gender for t in singular if "nomn" in t}
    return nominative == {"femn"} and any("gent" in t and t.gender == "masc" for t in singular)


def _inner_title(doc: Doc, title: Title) -> Title | None:
    """The genitive title a compound office of another case ends with ("пресс-секретарь
    президента" of the title table), as a title of its own; None for any other title."""
    if title.case in ("Gen", "") or title.foreign or title.words_end != title.head + 2:
        return None
    word = doc[title.head + 1]
    spec = TITLES.get((word.lemma_.replace("ё", "е"),))
    if spec is None or "gent" not in morph().cases(word.text):
        return None
    return replace(title, start=word.i, start_char=word.idx, office=spec[0], role=spec[1],
                   head=word.i, case="Gen", said="", generic=False)  # fmt: skip


def inner_holder(doc: Doc, title: Title, name: tuple[int, int]) -> Title | None:
    """The genitive title a compound office of another case ends with ("пресс-секретарь
    президента" of the title table), as a title of its own, where the name after the state
    shows the genitive: that title's holder ("Пресс-секретарь президента Ганы Джона Махамы
    заявил": the president's; the press secretary is not named). Else None: "Пресс-секретарь
    президента Ганы Кофи Асанте" is the press secretary."""
    inner = _inner_title(doc, title)
    return inner if inner is not None and shows_genitive(doc, name) else None


def ranked(title: Title) -> bool:
    """Whether the title is an honorific, a military rank or a church's rank of no state,
    which a name may carry between its office and itself ("глава пресс-службы Святого
    престола кардинал X": the post is the office)."""
    if title.office in HONORIFICS or title.office in STATELESS_RANKS:
        return True
    return military_rank(title.office)


def military_rank(office: str) -> bool:
    """Whether an office is a military rank, by a word of its first word ("генерал-лейтенант",
    "вице-адмирал", "генерал армии"): a rank, no post a state gives."""
    return not _MILITARY_RANKS.isdisjoint(office.split(" ", 1)[0].split("-"))


def _rank_of(title: Title, governor: Title) -> bool:
    """Whether `title` is a rank the name carries after its office `governor`: `ranked`,
    or a ruler's rank after a ruler's office ("король Малайзии султан X": the king of
    Malaysia; seventieth pass, h-names158)."""
    return ranked(title) or (ruler_office(title.office) and ruler_office(governor.office))


def past_rank(by_end: dict[int, Title], title: Title) -> Title:
    """The office right before a rank of the same case (`_rank_of`), where the rank is the
    title before a name: the name's title is read past the rank, as if it stood right after
    the office, so a genitive office takes its own governor's reading ("заместитель
    начальника генштаба Ирака генерал-лейтенанта X": the chief of staff; "принял заместителя
    министра обороны Египта генерала X": the deputy; seventy-second pass, h-names163).
    Else the title itself."""
    governor = by_end.get(title.start)
    if (
        governor is None
        or governor.plural
        or title.plural
        or title.state
        or governor.case != title.case
        or ranked(governor)
        or not _rank_of(title, governor)
    ):
        return title
    return governor


def _rank_after_complete(
    doc: Doc, governor: Title, title: Title, name: tuple[int, int], case: str
) -> bool:
    """Whether `title` is a bare military rank or honorific after a governor complete in
    itself (it names its state), in the genitive after the governor's animate accusative,
    which Russian spells alike, before a name of either case or one that shows the genitive
    whatever the tagger read ("приговорил бывшего командира армии Перу генерала Хуана
    Переса", "задержала начальника штаба армии Латвии полковника Яниса Берзиньша"): the
    name's rank, as a rank in the governor's own case
    is ("с министром обороны Египта генералом X"), not the governor's complement. Not after
    a title of no state ("с помощником адмирала X": whose aide), nor after an office one
    is appointed to ("назначил министром обороны генерала X", instrumental). Pass
    forty-six, own sentences about Peru, Turkey, Latvia (h-offices53). So too a rank the
    tagger read as the accusative after a genitive governor ("По словам министра обороны
    Пакистана генерал-лейтенанта X": the minister, not a bare rank; seventy-second pass,
    h-names163)."""
    return (
        not governor.plural
        and bool(governor.state)
        and governor.case != title.case
        and {governor.case, title.case} <= ALIKE
        and (case in ALIKE or shows_genitive(doc, name))
        and ranked(title)
        and not title.state
    )


def _governor_takes_name(
    doc: Doc, governor: Title, title: Title, name: tuple[int, int], ends: Collection[int]
) -> bool:
    """Whether the name after a genitive title stands with the title of another case that
    governs it, as it would after a genitive governor, though the tagger read it as the
    genitive title's: the name's words tell no case apart from the governor's. So for an
    accusative governor, whose animate case is spelt as the genitive, where each word of
    the name that declines can be either ("принял первого заместителя премьер-министра
    Малайзии Ахмада Хамиди": the deputy, not the premier; a foreign surname's guessed
    forms may lack the animate accusative: "Хоанга"); so for any governor before a name no
    word of which declines ("с заместителем министра Японии Кэнтаро Сато"); so for a
    nominative governor, the subject, before a name a word of which is never a genitive and
    none only one ("Заместитель генсека АСЕАН Чан Дык Бинь прибыл": the tagger reads "Чан"
    genitive; not "Советник министра финансов Польши Анджея Доманского", nor "Пресс-секретарь
    министра обороны Чехии Петра Дворжака заявила"); so for an instrumental, dative or
    locative governor before a name whose first name shows that case alone (`_first_name_in`:
    "с советником президента Ганы Аминой Асанте"). Not where the governor is another
    person's apposition, nor a rank after an office one is appointed to ("назначил министром
    обороны адмирала Хорхе Монтойю": the admiral is appointed, `office_appointed_as`)."""
    if governor.plural or title.case != "Gen" or governor.case in ("Gen", ""):
        return False
    if ranked(title) and governor.case == "Ins" and doc[governor.head].head.lemma_ in APPOINTING:
        return False
    if _after_a_name(doc, governor, ends):
        return False
    words = [t.text for t in doc[name[0] : name[1]] if t.is_alpha]
    declined = [w for w in words if not caseless(w)]
    if words and not declined:
        return True
    if governor.case == "Nom" and doc[governor.head].dep_ in SUBJECTS:
        return (not shows_genitive(doc, name) or _first_name_nominative(doc, name)) and any(
            "gent" not in morph().cases(w) for w in declined
        )
    if governor.case in ("Ins", "Dat", "Loc") and (
        _first_name_in(doc, name, governor.case)
        or _shows_case_alone(declined, governor.case)  # "Хорхе Пересом"
    ):
        return not shows_genitive(doc, name)  # "Аминой Асанте", "Фатимой Диоп": hers
    return governor.case == "Acc" and all(morph().cases(w) & {"accs", "gent"} for w in declined)


def _shows_case_alone(declined: list[str], case: str) -> bool:
    """Whether any word of the name that declines (`declined`, whatever the first name is)
    reads in the governing title's `case` and in no genitive ("с первым заместителем мэра Лимы
    Хорхе Пересом": "Пересом", where the first name, "Хорхе", tells no case): the name agrees
    with the governor, the deputy, not with the genitive title it governs. Seventy-second
    pass, h-names164."""
    return any(
        UD_CASE[case] in (cases := morph().cases(w)) and "gent" not in cases for w in declined
    )


def _first_name_in(doc: Doc, name: tuple[int, int], case: str) -> bool:
    """Whether a name of two words or more opens with a word whose readings as a first name
    are in the governing title's `case` and none in the genitive singular ("с советником
    президента Ганы Аминой Асанте": "Аминой" is Амина's instrumental alone, though the
    tagger read the name genitive): the name is the governor's, the adviser's, not the
    genitive title's. Not a first name a genitive reading leaves open ("Марии"), nor one
    in the genitive ("Джона Махамы"); a word after it that reads only as a genitive
    (`shows_genitive`) still tells the genitive. Sixtieth pass, h-names129."""
    if name[1] - name[0] < 2:
        return False
    named = [p for p in morph().parse(doc[name[0]].text) if "Name" in p.tag and "sing" in p.tag]
    return any(UD_CASE[case] in p.tag for p in named) and not any("gent" in p.tag for p in named)


def _first_name_nominative(doc: Doc, name: tuple[int, int]) -> bool:
    """Whether a name of two words or more opens with a man's first name the dictionary
    knows in the nominative singular and never as a genitive singular ("Петр", "Ян"): his
    surname's genitive reading ("Черны" of "Черна") does not make the name the genitive
    title's, as his first name would show the genitive too ("Петра Черны")."""
    if name[1] - name[0] < 2:
        return False
    first = doc[name[0]].text
    singular = [p.tag for p in morph().parse(first.lower()) if "sing" in p.tag]
    return (
        man_named(first)
        and any("nomn" in t for t in singular)
        and not any("gent" in t for t in singular)
    )


def _appointee_apart(doc: Doc, governor: Title) -> bool:
    """Whether the governor is the instrumental office of an appointing verb whose object or
    passive subject stands before it: that one is appointed, and a name after the genitive
    title the office governs is that title's holder ("назначил Луиса Лару советником
    министра обороны Хорхе Сото", "Лара назначен советником министра обороны Хорхе Сото":
    Сото is the minister)."""
    verb = doc[governor.head].head
    if governor.case != "Ins" or verb.lemma_ not in APPOINTING:
        return False
    return any(c.dep_ in ("obj", "nsubj:pass") and c.i < governor.start for c in verb.children)


def _unlike(doc: Doc, governor: Title, name: tuple[int, int]) -> bool:
    """Whether the verb whose subject the governing title is shows the other gender than the
    name's first name, a woman's or a man's by the dictionary ("Советник премьер-министра
    Норвегии Ингрид Хольм заявил": the adviser who spoke is a man, she is the premier). Not
    a feminine verb before a surname that is a woman's nominative or a man's genitive alone
    (`_mans_genitive_or_womans`): she agrees with the verb by her surname whatever her first
    name reads as ("Советник президента Азербайджана Хикмет Гаджиева заявила": the adviser)."""
    verb = predicate_gender([doc[governor.head]])
    first = dictionary_gender(doc[name[0]].text) if name[1] - name[0] >= 2 else ""
    if verb == "femn" and _mans_genitive_or_womans(doc[name[1] - 1].text):
        return False
    return bool(verb and first) and verb != first


def shows_genitive(doc: Doc, name: tuple[int, int]) -> bool:
    """Whether a word of a name reads as a genitive singular and never as a nominative
    singular ("Нарендры", "Доманского"); not "Чан" or "Хоанг" (its genitive reading is a
    plural's), nor "Фаттаха", a name of its own in the nominative, nor a word that does not
    decline. Nor a known common noun's genitive ("Фанта" of "фант"), nor a man's where the
    surname after it stands unchanged in a consonant, as a man's never does in the genitive
    ("Дочь президента Сенегала Амината Салл": no "Аминат Салл", whose would be "Салла")."""
    tokens = [t for t in doc[name[0] : name[1]] if t.is_alpha and not caseless(t.text)]
    unchanged = len(tokens) > 1 and _unchanged_in_consonant(tokens[-1].text)
    # a first name before a surname is read as one ("Тарека": not a "тарека")
    return any(
        reads_genitive(t.text, man=not unchanged, first=t.i == name[0] < name[1] - 1)
        for t in tokens
    )


def _unchanged_in_consonant(word: str) -> bool:
    """A surname in a consonant that reads as a nominative singular and as no genitive
    singular ("Салл"): a man's would show the genitive's "-а"."""
    singular = [p.tag for p in morph().parse(word.lower()) if "sing" in p.tag]
    return (
        consonant_end(word)
        and any("nomn" in t for t in singular)
        and not any("gent" in t for t in singular)
    )


def _after_a_name(doc: Doc, title: Title, ends: Collection[int]) -> bool:
    """Whether a title stands in apposition after another person's name and a comma or
    dash, past its own adjectives ("юбилей Ивана Петрова, — духовного наставника патриарха
    Фотия", "Ивана Петрова, советника президента Гонсалеса"): the title is that person's, so the
    name after its genitive complement is the complement's holder, not the title's."""
    i = title.start
    while i > 0 and is_adjectival(doc[i - 1]):
        i -= 1
    while i > 0 and doc[i - 1].text in _APPOSITION:
        i -= 1
    return i < title.start and i in ends


def chain(by_end: dict[int, Title], title: Title, case: str) -> tuple[Title, Title | None]:
    """The genitive title right before a name of another case with every genitive title
    before it, as one complement, and the title that governs them all ("Заместитель главы
    администрации президента Бразилии Жоау Силва": the deputy, whose complement is "главы
    администрации президента"), else the title and the one right before it."""
    governor = by_end.get(title.start)
    if title.case != "Gen" or case in ("Gen", ""):
        return title, governor
    while governor is not None and governor.case == "Gen" and governor.start in by_end:
        title = replace(title, start=governor.start, start_char=governor.start_char)
        governor = by_end[governor.start]
    return title, governor


def complemented(doc: Doc, title: Title, governor: Title) -> Title:
    """The governor's office with `title` as its complement ("пресс-секретарь министра
    обороны")."""
    words = doc[title.start : title.words_end or title.end]
    short = " ".join(t.lemma_ if t.i == title.head else t.lower_ for t in words)
    office = f"{governor.office} {spelled_out_complement(title, short, words.text.lower())}"
    if words.text.lower() in office and title.office.startswith(f"{short} "):
        # "Заместитель секретаря Совета безопасности Чили": the complement's office keeps
        # the body it is of, past its own words, so the deputy's does
        office += title.office[len(short) :]
    return replace(title, start=governor.start, start_char=governor.start_char, office=office,
                   role="", generic=False, said="", foreign=False, former=governor.former,
                   head=governor.head, case=governor.case)  # fmt: skip


def with_complement(doc: Doc, titles: list[Title], title: Title) -> Title:
    """A post's title with the genitive title right after it ("с поста заместителя
    министра финансов", "на пост первого заместителя министра"): the deputy's office,
    never the head post alone."""
    complement = next((t for t in titles if t.start == title.end and t.case == "Gen"), None)
    return title if complement is None else complemented(doc, complement, title)
