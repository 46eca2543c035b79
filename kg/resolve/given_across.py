"""A title read across its own complement and the name's modifiers ("лидер консерваторов Дэвид
Кэмерон", "депутат Госдумы от фракции ЛДПР Василий Тарасюк"), teams and sporting roles, and
the noun nearer a name. Split out of kg/resolve/given.py."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.doc_text import kept_per_span
from kg.lexicon import load_list
from kg.nlp.deps import SUBJECTS
from kg.nlp.marks import DASHES
from kg.nlp.morph import UD_CASE, case_of, morph, undeclined
from kg.resolve.body_states import apposed_team
from kg.resolve.given_agreement import (
    ALIKE,
    APPOINTING,
    GAP_PUNCT,
    POSTED_AT,
    SPORTS_MARKS,
    SPORTS_ROLES,
    TEAM_NOUNS,
    agree,
    alike,
    complemented,
    inline_space,
    name_case,
)
from kg.resolve.kin_and_ranks import KIN
from kg.resolve.name_cases import LAW_NOUNS
from kg.resolve.name_trims import NOT_NAME
from kg.resolve.not_persons import land_title
from kg.resolve.persons import PERSON_WORDS
from kg.resolve.place_posts import region_words
from kg.resolve.title_bodies import commands_no_force
from kg.resolve.title_lexicon import Title, is_trade
from kg.resolve.title_words import SERVING_STATE
from kg.sentences import sentence_bounds

# Forms of address and ranks right before a name, which are the name's (h-names107).
ADDRESS_WORDS = NOT_NAME - {"коллега"}


def accusative_only(words: list[str]) -> bool:
    """A word of a name reads as an accusative and never as a genitive ("Мехрибан Алиеву",
    "Агнешку Новак"): no name of a genitive title, which an animate accusative spells alike
    ("Ильхама Алиева")."""
    return any("accs" in (cases := morph().cases(w)) and "gent" not in cases for w in words)


def points_back(doc: Doc, title: Title) -> bool:
    """Whether "сам" before the title points back to one named before ("Как и сам
    миллиардер, Сокол родился…"), so the name after the comma is not its holder."""
    return title.start >= 1 and doc[title.start - 1].lemma_ == "сам"


def left_of(doc: Doc, i: int) -> int:
    """Token index `i` moved left past whitespace tokens inside the line."""
    while i > 0 and inline_space(doc[i - 1]):
        i -= 1
    return i


def title_across_complement(
    doc: Doc, titles: list[Title], start: int, end: int, case: str, names: set[int]
) -> Title | None:
    """The nearest title before the name in its sentence when every word between them
    belongs to the title's complement or to the name's modifiers ("лидер консерваторов
    Дэвид Кэмерон", "полковник ГРУ 66-летний Сергей Скрипаль"), or a dash before the name
    ("Адвокат потерпевшего — X"): no verb, no comma, and no
    other person's name ("дочь президента Нурсултана Назарбаева Дарига": his title). Public:
    the reader of a document's offices (`given`) asks it where no title stands right before
    the name."""
    sent_start = sentence_bounds(doc[start])[0]
    before = [t for t in titles if sent_start <= t.start and t.end < start]
    if not before:
        return None
    title = _governing(doc, before, max(before, key=lambda t: t.end), case)
    if title.plural or not _across_agrees(doc, title, start, end, case) or start - title.end > 12:
        return None
    if any(i in names for i in range(title.end, start)):
        return None
    head, root = doc[title.head], doc[start:end].root
    if any(c.dep_ == "case" and title.end <= c.i < start for c in root.children):
        return None  # "министр иностранных дел у Стёре": a name after a preposition
    if _eponym_of_law(root, title.end, start, end):
        return None  # "премьера Венгрии о пакете Вуковой": the law's eponym, no premier
    gap = left_of(doc, start)
    if gap > title.end and doc[gap - 1].text in DASHES:
        gap -= 1  # "Адвокат потерпевшего — Матвей Цзена": the name after its title's dash
    aged = _past_aged(doc, title.end, gap, root)
    if aged < gap and points_back(doc, title):
        return None
    gap = _past_participle_clause(doc, title, aged, case)
    clause = range(gap, aged) if gap < aged else range(0)  # its states are not the title's
    member = _member_between(title, root, start)
    for token in doc[title.end : gap]:
        if member is not None and (
            member.is_ancestor(token)
            or token.i == member.i
            or (token.text == "," and token.i + 1 == member.i)
        ):
            continue  # "председатель Сената член партии X", "вице-спикер, представитель КП X"
        if token.pos_ in ("VERB", "AUX") or (
            token.is_punct and token.text not in GAP_PUNCT and not _in_series(doc, token, gap)
        ):
            return None
        if token.dep_ == "conj" and token.lemma_.replace("ё", "е") in PERSON_WORDS:
            return None  # "Президент и госпожа Макрон": she is not the president
        if token.pos_ == "CCONJ" and start <= token.head.i < end:
            return None  # "Режиссёр и Рэнди Хиллер": the name is the title's conjunct
        # the parse may hang what follows a title's conjunct on the first title ("премьер-
        # министр и министр иностранных дел Кувейта шейх X": "шейх" on "премьер-министр"),
        # and may make a rank right before the name a root ("Наследный принц Абу-Даби шейх X")
        joined = head.head if head.dep_ == "conj" else head
        ranked_name = token.i == gap - 1 and token.lemma_ in ADDRESS_WORDS
        if not (
            ranked_name
            or head.is_ancestor(token)
            or root.is_ancestor(token)
            or joined.is_ancestor(token)
        ):
            return None
    states = [
        s
        for s in doc.spans.get("states", [])
        if title.end <= s.start < start
        and s.start not in clause
        and not _host_after_sender(doc, title.end, s.start)
    ]
    if not title.state and states and states[0].id_ not in ("adjective", "capital"):
        # "Игрок сборной Бразилии X": a national team's player or coach serves no state, nor
        # a profession ("Журналист, член Союза журналистов Аргентины X")
        trade = (
            apposed_team(states[0])
            or _team_of(states[0], title.office)
            or is_trade(title.office)
            or commands_no_force(doc, title.end)  # "командующий съёмочной группой Перу X"
        )
        return title if trade else replace(title, state=states[0].kb_id_)
    return title


def _past_participle_clause(doc: Doc, title: Title, gap: int, case: str) -> int:
    """Token index `gap` moved back past a participle clause between commas right after the
    title and its complement, to the comma before it, the participle in the title's and the
    name's case and no finite verb or conjunction in the clause ("Спикер Сената, объявивший
    перед началом минуту молчания, Андрес Сальдивар заявил"): the clause describes the
    title's holder, whom the name then names; unmoved else ("…, и Хавьер Гонсалес": a second
    person)."""
    lo = next((t.i for t in doc[title.end : gap] if t.text == ","), gap)  # past its complement
    if not (lo + 2 < gap and doc[lo].text == "," and doc[gap - 1].text == ","):
        return gap
    participle = doc[lo + 1]
    clause = doc[lo + 1 : gap - 1]
    if (
        "Part" not in participle.morph.get("VerbForm")
        or not agree(case_of(participle), title.case)
        or not agree(case_of(participle), case)
        or any(t.text in (",", "—", "–", ":", ";") for t in clause)
        or any(t.pos_ in ("CCONJ", "AUX") for t in clause)
        or any(t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm") for t in clause)
    ):
        return gap
    return lo


def _team_of(state: Span, office: str) -> bool:
    """A state's name that is the genitive of a sports team's noun (`team_nouns.txt`:
    "капитан команды Перу", "тренер клуба Чили"): the title serves the team, so it takes no
    state. "Команда" alone is any team ("руководитель команды Египта на переговорах"): a
    sports one only by a sportsman's title or a sport's word in the sentence (`_sporting`)."""
    noun = state.root.head
    lemma = noun.lemma_.replace("ё", "е")
    return (
        state.root.dep_ == "nmod"
        and noun.i == state.start - 1
        and lemma in load_list(TEAM_NOUNS)
        and (lemma != "команда" or _sporting(state, office))
    )


def _sporting(state: Span, office: str) -> bool:
    """A sportsman's title (`sports_roles.txt`, a captain: "капитан команды Перу") or a
    sport's word in the sentence (`sports_marks.txt`: "матч", "турнир")."""
    roles = load_list(SPORTS_ROLES) | {"капитан"}
    marks = load_list(SPORTS_MARKS)
    return any(w in roles for w in office.lower().replace("ё", "е").split()) or any(
        t.lemma_.replace("ё", "е") in marks for t in state.sent
    )


def _host_after_sender(doc: Doc, end: int, state: int) -> bool:
    """Whether the state at token `state` is where a post is ("в", "при"), after a place's
    name that says whom it serves, one no state of the gazetteer ("Посол Кореи в Китае X",
    "Посол Уэльса в Китае X": China is the host, not the state served; "Лидер оппозиции в
    Венесуэле X" has no place before and serves Venezuela)."""
    return doc[state - 1].lower_ in POSTED_AT and any(
        t.pos_ == "PROPN" for t in doc[end : state - 1]
    )


def _member_between(title: Title, root: Token, start: int) -> Token | None:
    """A member's or spokesman's noun between a title and the name apposed to it, in the
    title's case ("председатель Сената Чили член Социалистической партии Хорхе Альварес",
    "первый вице-спикер, представитель Социалистической партии Хорхе Альварес"): a second
    description of the same person, which with its complement and a comma before it does
    not part the title from the name; else None."""
    member = root.head
    if (
        root.dep_ != "appos"
        or not title.end <= member.i < start
        or member.lemma_ not in SERVING_STATE
        or not agree(case_of(member), title.case)
    ):
        return None
    return member


def _governing(doc: Doc, before: list[Title], title: Title, case: str) -> Title:
    """The title whose complement a genitive title of another case than the name's is, with
    it as the office's complement ("заместитель муфтия Дагестана 40-летний X", "водитель
    высокопоставленного чиновника — X": X is the deputy, the driver), else the title."""
    if title.case != "Gen" or agree(case, "Gen"):
        return title
    heads = [t for t in before if t.end <= title.start and doc[t.head].is_ancestor(doc[title.head])]
    governor = max(heads, key=lambda t: t.end, default=None)
    return title if governor is None else complemented(doc, title, governor)


def _eponym_of_law(root: Token, lo: int, start: int, end: int) -> bool:
    """A name right after a noun of a law that a preposition governs between the title and
    it, or that the parse hangs on such a noun ("премьера Венгрии о пакете Вуковой",
    "министра Польши о законе Новаковой"): the law's eponym, no holder of the title
    (names97); an eponym is a genitive. A name in apposition to the title after a
    prepositional complement stays ("посол по особым поручениям Сербии Иван Петров"), and so
    does one no genitive reads ("Докладчик комиссии по закону Иван Петров")."""
    doc = root.doc
    words = [t for t in doc[start:end] if t.is_alpha]
    if not all("gent" in morph().cases(t.text) for t in words):
        return False  # "… к закону Иван Петров": a nominative, the title's own holder
    nouns = [doc[start - 1]]
    if root.dep_ in ("nmod", "appos"):
        nouns.append(root.head)
    return any(
        lo <= noun.i < start
        and noun.lemma_ in LAW_NOUNS
        and any(c.dep_ == "case" for c in noun.children)
        for noun in nouns
    )


def _across_agrees(doc: Doc, title: Title, start: int, end: int, case: str) -> bool:
    """Whether the name agrees with a title across its complement: in the tagger's cases, or
    in the genitive and accusative an animate noun spells alike where every word of the name
    a word of the name reads so ("бывшего командира армии боснийских сербов Ратко Младича",
    "Ратко" read as an accusative; so across a rank's land, "принял принца Уэльского
    Уильяма"; after a region's name, `_after_region`); a bare title keeps the tagger's
    reading ("адвоката Марко Рубио"), and so does one before a preposition ("актёра на роль
    Гамлета")."""
    if agree(case, title.case):
        return True
    between = doc[title.end : start]  # a genitive complement, no preposition's phrase
    complement = any(t.pos_ == "NOUN" for t in between) and all(t.pos_ != "ADP" for t in between)
    complement = complement or land_title(between)  # "принял принца Уэльского Уильяма"
    form = UD_CASE.get(title.case, "")
    if _undeclined_apposed(doc, title, start, end, form):
        return True
    if _after_region(doc, title, start, end):
        # a person's accusative is the genitive's form ("принял губернатора … Дуга Форда")
        form = "gent" if title.case == "Acc" else form
        return any(form in morph().cases(t.text) for t in doc[start:end] if t.is_alpha)
    return (
        complement
        and {case, title.case} <= ALIKE
        and any(form in morph().cases(t.text) for t in doc[start:end])
    )


def _undeclined_apposed(doc: Doc, title: Title, start: int, end: int, form: str) -> bool:
    """A name the parse apposes to the title, no preposition between, whose every word
    reads in the title's case or declines in none ("встретился с главой администрации
    города Токио Юрико Коикэ": written so in every case): the tagger's case for such words
    tells nothing, so the name agrees with the title. An instrumental title only: a
    genitive's words read so anyway ("сменил … тренера клуба Луиса Гомеса", the one he
    replaced)."""
    root = doc[start:end].root
    if title.case != "Ins" or root.dep_ != "appos" or not title.start <= root.head.i < start:
        return False
    if any(t.pos_ == "ADP" for t in doc[title.end : start]):
        return False
    words = [t for t in doc[start:end] if t.is_alpha]
    return bool(words) and all(form in morph().cases(t.text) or undeclined(t.text) for t in words)


def _after_region(doc: Doc, title: Title, start: int, end: int) -> bool:
    """The name right after the region's name a region's post ends with, apposed by the
    parse to the post or its kind of place ("принял губернатора провинции Онтарио Дуга
    Форда", "губернатора штата Керала Арифа Мохаммада Хана"): the tagger copies the
    region's nominative onto the name or reads its words apart, so the name's words' forms
    tell whether it agrees with the title ("Форда" may be Форд's genitive; "Форд" none)."""
    region = region_words(doc, title)
    root = doc[start:end].root
    return (
        region is not None
        and region[1].i == start - 1
        and root.dep_ == "appos"
        and root.head.i in (title.head, region[0].i)
    )


def _past_aged(doc: Doc, lo: int, gap: int, root: Token) -> int:
    """Token index `gap` moved left past the name's adjectives and the comma before them
    ("сотрудник префектуры полиции, 45-летний Хуан Гарсия"), unmoved where no comma comes
    before them."""
    i = gap
    while i > lo and doc[i - 1].pos_ == "ADJ" and root.is_ancestor(doc[i - 1]):
        i -= 1
    return i - 1 if lo < i < gap and doc[i - 1].text == "," else gap


def _in_series(doc: Doc, comma: Token, end: int) -> bool:
    """A comma between conjuncts of one word in the title's complement, the last of them
    joined by a conjunction before `end` ("Глава комитета по вопросам семьи, женщин и детей
    Анна Новак")."""
    first = comma.head.head
    return (
        comma.text == ","
        and comma.head.dep_ == "conj"
        and any(
            t.pos_ == "CCONJ" and t.head.dep_ == "conj" and t.head.head.i == first.i
            for t in doc[comma.i + 1 : end]
        )
    )


def nearer_noun(doc: Doc, noun: Token, start: int, end: int) -> bool:
    """A person's noun between `noun` and the name apposed to it, in the name's case, whose
    name it is ("назначил министром финансов сына банкира Кофи Менсаха": the banker's, and
    the son appointed is unnamed), not an adjective of `noun`'s ("свою жену Мехрибан"), nor
    a genitive noun where the name reads only as an accusative ("избрал дочь премьер-министра
    Агнешку Новак вице-маршалом": hers)."""
    case = name_case(doc, start, end)
    accusative = accusative_only([t.text for t in doc[start:end] if t.is_alpha])
    return any(
        t.pos_ == "NOUN"
        and "Anim" in t.morph.get("Animacy")
        and alike(case, case_of(t))
        and not (accusative and case_of(t) == "Gen")
        for t in doc[noun.i + 1 : start]
    )


def role_word(doc: Doc, start: int, end: int) -> Token:
    """The word whose role in the clause is the name's: the noun it stands in apposition to
    as the subject ("Его отец Гейдар Алиев был президентом") or the object appointed
    ("назначил свою жену Мехрибан первым вице-президентом"), or appointed kin the parse
    hangs it past (`_kin_past_name`); else the name's own root. Read from the parse alone,
    so kept per name of a settled Doc: the offices' readers ask it of the same names again
    (4,852 times per 100 NEREL documents, 1,010 names)."""
    return doc[kept_per_span(doc, "role_word", start, end, lambda: _role_word(doc, start, end).i)]


def _role_word(doc: Doc, start: int, end: int) -> Token:
    """`role_word`, read from the parse."""
    root = doc[start:end].root
    kin = _kin_past_name(doc, start)
    if kin is not None:
        return kin
    if (
        root.dep_ == "appos"
        and root.head.i < start
        and (
            root.head.dep_ in SUBJECTS
            or (root.head.dep_ == "obj" and root.head.head.lemma_ in APPOINTING)
        )
        and not nearer_noun(doc, root.head, start, end)
    ):
        return root.head
    return root


def _kin_past_name(doc: Doc, start: int) -> Token | None:
    """The kin an appointing verb takes, before a genitive title and its holder's name that
    the name at `start` follows: the kin's own name, which the parse hangs on the holder's
    ("избрал дочь президента Ислама Каримова Гульнару главой комитета": Гульнара is
    elected); else None."""
    title = doc[start - 1] if start else None
    if title is None or title.pos_ != "PROPN":
        return None
    while title.pos_ == "PROPN" and title.head.i < title.i:
        title = title.head  # up the holder's name to the title it is apposed to
    kin = title.head
    told = title.pos_ == "NOUN" and title.dep_ == "nmod" and case_of(title) == "Gen"
    if not told or kin.i >= title.i or kin.lemma_.replace("ё", "е") not in KIN:
        return None
    return kin if kin.dep_ == "obj" and kin.head.lemma_ in APPOINTING else None
