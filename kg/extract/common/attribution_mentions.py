"""The bottom layer of the attributor: its state, and what the text tells of its persons.

The persons' mentions and the subjects the text has named so far (with those coordinated
with them), the last subject "он"/"она" may stand for, a person's gender, and the person of
the document a title or description ("министр", "65-летний политик", a colleague) fits or
holds; the layers above (attribution_persons.py, attribution_speakers.py,
attribution_spans.py, attribution_speech.py, attribution.py) ask these of any word.

Split out of attribution.py (forty-fourth pass, h-split46)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Sequence

from spacy.tokens import Span, Token

from kg.extract.common.attribution_grammar import (
    animate_nominative,
    another_title,
    dative_topic,
    epithet_offices,
    host_state_at,
    nominal,
    one_noun,
    people_stems,
    repeated_title_end,
    subject_or_apposed,
)
from kg.extract.common.attribution_layout import unclosed_open
from kg.extract.common.attribution_words import DIRECT, WORD, Region, attributing_lemmas
from kg.extract.common.words import lem
from kg.extract.context import Context
from kg.extract.offices.extract import titled
from kg.model import Mention
from kg.nlp.deps import SUBJECTS, is_predicate, name_root, sentence_before
from kg.nlp.morph import features, is_animate, nominative_title, shown_gender
from kg.resolve.gender import mention_tokens, person_gender, predicate_gender
from kg.resolve.not_persons import demonym_of
from kg.resolve.title_tenure import former_title

# "Тот"/"Та" as a subject: the one the sentence before names other than its subject
DEMONSTRATIVE_GENDER = {"тот": "masc", "та": "femn"}


# nouns of kin in epithets.tsv whose masculine form names a man: "супруг" is no woman
_KIN = frozenset({"супруг", "мужчина"})


# nouns of epithets.tsv for a being or a state's resident, with no trade or office
# ("Женщина рассказала", "Жительница Чили рассказала:"): `_being`
_BEINGS = frozenset({"женщина", "мужчина", "жительница", "житель"})


_HEADS = frozenset({"глава", "руководитель"})  # a body's head, named by its genitive


_COLLEAGUE = "коллега"  # "его коллега": the counterpart of the one named before


class PersonMentions:
    """The attributor's state; persons' mentions, subjects, gender, titles and descriptions."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.text = ctx.document.text
        self.persons = [m for m in ctx.mentions if m.type == "Person"]
        self.others = [m for m in ctx.mentions if m.type != "Person"]
        self.named = [m for m in self.persons if m.via != "title"]  # what genders are read from
        self.genders: dict[str, str] = {}  # person key → `_gender`, once per key
        self.subjects: list[tuple[int, str]] = []  # (char, person key) of person subjects
        self.topics: list[tuple[int, str]] = []  # (char, person key) of dative topics
        self.joint: dict[int, set[str]] = {}  # subject's char → the persons of its coordination
        self.speakers: list[tuple[int, str]] = []  # (char, person key) of verbs of saying
        self.authors: list[tuple[int, str]] = []  # (char, person key) of reported interviews
        self.out: list[Region] = []
        self.lemmas = ctx.lemmas
        # heads of "слово": verbs "with words" ("поблагодарил следующими словами:")
        doc = ctx.doc
        self.word_heads = {doc[i].head.i for i, lemma in enumerate(self.lemmas) if lemma == "слово"}

    def _quoted_regions(self, start: int, end: int) -> bool:
        """Whether some region already attributes words of [start, end)."""
        return any(r.start < end and start < r.end for r in self.out)

    def _tokens(
        self, sent: Span, strings: Sequence[str], wanted: Collection[str]
    ) -> Iterator[Token]:
        """The tokens of a sentence whose string in `strings` (the Doc's lemmas or words) is
        one of `wanted`, in order: a `Token` is made for them only, not for every word."""
        doc = self.ctx.doc
        return (doc[i] for i in range(sent.start, sent.end) if strings[i] in wanted)

    def _attributing(self, sent: Span) -> Iterator[Token]:
        """The tokens of a sentence that may attribute it (`_sentence`): those of
        `attributing_lemmas`, and the verbs with "словами" under them."""
        doc, lemmas, wanted = self.ctx.doc, self.lemmas, attributing_lemmas()
        return (
            doc[i]
            for i in range(sent.start, sent.end)
            if lemmas[i] in wanted or i in self.word_heads
        )

    # --- mentions and subjects -------------------------------------------------------

    def _person_at(self, token: Token) -> Mention | None:
        for m in self.persons:
            if m.start <= token.idx < m.end:
                return m
        return None

    def _is_other_entity(self, token: Token) -> bool:
        return any(m.start <= token.idx < m.end for m in self.others)

    def _collect_subjects(self) -> None:
        """Person mentions that are grammatical subjects: antecedents of "он"/"она"."""
        for m in self.persons:
            span = self.ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            line = self.text.rfind("\n", 0, m.start) + 1
            if unclosed_open(self.text[line : m.start]) is not None:
                continue  # "«Спросите X …», — заявил он": X is spoken of, not the speaker
            if span is not None and any(subject_or_apposed(t) for t in span):
                self.subjects.append((m.start, m.entity))
                self.joint[m.start] = self._coordinated(span)
            elif span is not None and any(dative_topic(t) for t in span):
                self.topics.append((m.start, m.entity))

    def _coordinated(self, span: Span) -> set[str]:
        """The persons a subject name is coordinated with ("X и Y провели переговоры"; the
        parse may hang Y in apposition to X's title): two or more make "он" no one's."""
        word = name_root(next(t for t in span if subject_or_apposed(t)))
        head = word.head if word.dep_ == "appos" else word
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if not any(c.dep_ == "conj" for c in head.children):
            return set()
        group, todo = [], [head]
        while todo:
            t = todo.pop()
            group.append(t)
            todo.extend(c for c in t.children if c.dep_ in ("conj", "appos", "flat:name"))
        return {m.entity for t in group if (m := self._person_at(t)) is not None}

    def _shared(self, key: str, char: int, gender: str) -> bool:
        """Whether the subject `key` a pronoun goes on for was one of coordinated persons,
        another of whom the pronoun's gender fits too ("Мерц и Туск встретились. «…», —
        подчеркнул он" is either)."""
        pos = max((p for p, k in self.subjects if k == key and p < char), default=-1)
        others = self.joint.get(pos, set()) - {key}
        return any(self._gender(k) in ("", gender) for k in others)

    def _antecedent(self, char: int, speaking: bool = False) -> str:
        """The last person named as a subject before `char`; else the last person named. One
        who speaks ("Он добавил: …") goes on for the last speaker, not for a subject inside
        what that speaker said ("X заявил, что Y приедет. Он добавил" is X). A subject inside
        speech given to someone ("По её словам:\nРядом был Брэд …") is spoken of, no one
        "она" stands for after it."""
        said = self._said_after(char) if speaking else (0, 0)
        spoken = [(r.start, r.end) for r in self.out if r.rank == DIRECT and r.end <= char]
        before = [
            key
            for pos, key in self.subjects
            if pos < char
            and not said[0] < pos < said[1]
            and not any(s <= pos < e for s, e in spoken)
        ]
        if before:
            return before[-1]
        named = [m.entity for m in self.persons if m.end <= char]
        return named[-1] if named else ""

    def _said_after(self, char: int) -> tuple[int, int]:
        """(start, end) of the words after the last verb of saying before `char` in its own
        sentence: what that speaker said."""
        verbs = [pos for pos, _ in self.speakers if pos < char]
        span = self.ctx.doc.char_span(verbs[-1], char, alignment_mode="expand") if verbs else None
        return (span.start_char, span[0].sent.end_char) if span else (0, 0)

    def _gender(self, key: str) -> str:
        """The gender kg knows of a person (`person_gender`), from the names, not from a
        title the resolver gave someone ("— сказала министр" tells nothing of the man the
        resolver may have read as that minister)."""
        if key not in self.genders:
            entity = self.ctx.entity(key)
            self.genders[key] = person_gender(
                self.ctx.doc, self.named, key, entity.name if entity else ""
            )
        return self.genders[key]

    def _contradicts(self, subject: Token, key: str) -> bool:
        """Whether the verb a subject agrees with shows a gender ("сказал"/"сказала") other
        than the one kg knows of the person; a plural or present tense shows none."""
        verb = subject.head
        if subject.dep_ not in SUBJECTS or verb.i == subject.i or not is_predicate(verb):
            return False
        shown = shown_gender(verb)
        return bool(shown) and self._gender(key) not in ("", shown)

    def _fitting(self, subject: Token, keys: Iterable[str]) -> list[str]:
        """The persons of `keys` the gender the subject's verb shows does not rule out
        ("Министр X встретился с министром Y (a woman). … — сказал министр" is X)."""
        return [k for k in keys if not self._contradicts(subject, k)]

    def _named_before(self, pronoun: Token, gender: str) -> str:
        """The one person of the pronoun's gender named in the sentence before it (an object
        or an oblique: "Мелони провела переговоры с Эди Рамой. Он заявил") where the last
        subject is of the other gender; "" where two fit ("с X и Y. Он") or none does, or
        kg knows no gender of one named there (no verb, an indeclinable name: "приняла X и
        Мелони. Она заявила" may be either)."""
        previous = sentence_before(pronoun.sent)
        if previous is None:
            return ""
        floor = previous.start_char
        spoken = [(r.start, r.end) for r in self.out if r.rank == DIRECT]
        genders = {
            m.entity: self._gender(m.entity)
            for m in self.persons
            if floor <= m.start < pronoun.idx and not any(s <= m.start < e for s, e in spoken)
        }
        fits = [k for k, g in genders.items() if g == gender]
        return fits[0] if len(fits) == 1 and "" not in genders.values() else ""

    def _other_than_subject(self, pronoun: Token) -> str:
        """The person "Тот"/"Та" stands for: the last one named before it other than its
        sentence's subject, by name or by a title one person named before holds ("Борич
        пригласил Болуарте. Та ответила", "встретился с послом. Тот заверил"), where kg
        knows no other gender of that person; "" where that one is the subject or no one
        named ("встретился с журналистом. Тот спросил"). The words before it in its own
        sentence come first ("спросил у X, …, на что тот ответил"), else the sentence
        before."""
        before = list(pronoun.sent)[: pronoun.i - pronoun.sent.start]
        if not any(t.pos_ in ("NOUN", "PROPN") for t in before):
            previous = sentence_before(pronoun.sent)
            if previous is None:
                return ""
            before = list(previous)
        gender = DEMONSTRATIVE_GENDER[pronoun.lower_]
        for t in reversed(before):
            if t.pos_ not in ("NOUN", "PROPN") or not is_animate(t):
                continue
            m = self._person_at(t)
            key = m.entity if m is not None else self._title_holder(t)
            mine = key and not subject_or_apposed(t) and self._gender(key) in ("", gender)
            return key if mine else ""
        return ""

    def _colleague(self, token: Token) -> str:
        """The counterpart "его коллега" stands for ("Глава МИД Норвегии X провёл переговоры
        с главой МИД Швеции Y. … Его коллега добавил", "Его бельгийский коллега заявил"):
        the last person named before other than the one "его" stands for, where that
        person's title has the one's office (and the state the noun names); "" where the
        one holds no office the text tells, or the last other person named holds another."""
        if token.lemma_ != _COLLEAGUE or "Plur" in features(token, "Number"):
            return ""
        key = self._antecedent(token.idx)
        owner = self.ctx.entity(key) if key else None
        if owner is None or not owner.office:
            return ""
        states = {m.entity for t in token.subtree if (m := self._state_at(t)) is not None}
        named = [(n, m) for n, m in enumerate(self.persons) if m.end <= token.idx]
        other = next(((n, m) for n, m in reversed(named) if m.entity != owner.key), None)
        if other is None:
            return ""
        n, m = other
        held, title = self._held(m, self.persons[n - 1].end if n else 0, False)
        fits = owner.office.split()[0][:5] in title and (not states or bool(states & held))
        return m.entity if fits and not self._contradicts(token, m.entity) else ""

    def _title_holder(self, token: Token) -> str:
        """The one person named before whose office a bare title names ("Министр энергетики
        Катара Саад аль-Кааби встретился с послом Японии. … министр отметил"); "" where
        the title has words of its own ("министр обороны"), names a state ("эфиопский
        министр": `_described` finds that state's holder) or fits several persons."""
        lemma = one_noun(token)
        if not lemma or any(
            c.dep_ in ("nmod", "appos", "flat", "flat:name") or self._state_at(c) is not None
            for c in self._own_children(token)
        ):
            return ""
        former = former_title(self.ctx.doc, token.i)
        holders = {
            m.entity
            for m in self.persons
            if m.start < token.idx
            and any(lem(o.split()[0]) == lemma for o in self._offices(m.entity, former))
        }
        fits = set(self._fitting(token, holders))
        return fits.pop() if len(fits) == 1 else ""

    def _offices(self, key: str, former: bool) -> list[str]:
        """The offices of a person a describing noun may name: for a former one ("Бывший
        президент Кении X …, — рассказал экс-президент") those the text's former titles
        give (a former office is no entity's office), else the entity's current one."""
        if former:
            given = self.ctx.once(titled)
            return [g.office for m, g in given if m.entity == key and g.title.former]
        entity = self.ctx.entity(key)
        return [entity.office] if entity is not None and entity.office else []

    def _former_at(self, m: Mention) -> bool:
        """Whether the title right before a person's name is a former one."""
        return any(t.start == m.start and g.title.former for t, g in self.ctx.once(titled))

    def _described(self, token: Token) -> str:
        """The person a noun describes again (epithets.tsv: "Чиновник добавил", "экс-президент
        рассказал", "глава эфиопского правительства заявил"): the last one who spoke, else the
        last person named as a subject; where the noun names a state, requires an office or
        has a complement of its own ("Форвард «Реала»"), the last person named of that state
        whose title has them; an office alone, the one person named who holds it. "" for other
        nouns ("эксперт", "источник") and plurals."""
        lemma = one_noun(token)
        if not lemma:
            return ""
        nmods = [c for c in self._own_children(token) if c.dep_ == "nmod"]
        listed = next(
            (k for c in nmods if (k := f"{lemma} {c.lemma_}") in epithet_offices()), lemma
        )
        offices = epithet_offices().get(listed)
        if offices is None:
            return ""
        states = {
            m.entity
            for t in token.subtree
            if (m := self._state_at(t)) is not None and not host_state_at(self.text, t.idx)
        }
        # "лидер оппозиции": a complement of its own must be in the person's title
        words = [c.lemma_[:5] for c in nmods if listed == lemma and self._state_at(c) is None]
        if listed in _HEADS and not words:
            return ""  # "руководитель заявил": whose head, the noun alone leaves open
        if lemma in _BEINGS:
            return self._being(token, states)
        if not (states or offices or words):  # "Чиновник добавил": who spoke last
            spoke = [key for pos, key in self.speakers if pos < token.idx]
            # a clause's dative topic counts ("Президенту Чили X исполнилось 40 лет. … Сам
            # юбиляр признаётся"); a person only named ("по пьесе Надежды Птушкиной") is no
            # one a noun describes
            subjects = [key for pos, key in sorted(self.subjects + self.topics) if pos < token.idx]
            key = spoke[-1] if spoke else subjects[-1] if subjects else ""
            other = key and (self._other_gender(token, key) or self._contradicts(token, key))
            return "" if other else key
        named = [m for m in self.persons if m.end <= token.idx]
        fits, former = [], former_title(self.ctx.doc, token.i)
        for n in range(len(named) - 1, -1, -1):
            held, title = self._held(named[n], named[n - 1].end if n else 0, former)
            if states and not states & held:
                continue
            # a stem starts a word: "министр" is not the "премьер-министр"
            if offices and not any(
                re.search(rf"(?<![\w-]){re.escape(stem)}", title) for stem in offices
            ):
                continue
            if all(w in title for w in words) and not self._contradicts(token, named[n].entity):
                fits.append(named[n].entity)
        if states or words:
            return fits[0] if fits else ""
        # an office alone ("премьер-министр заявил") is no one's where two hold it, unless
        # the last who spoke is one of them ("Как отметил X, … «…», — заявил министр")
        if len(set(fits)) == 1:
            return fits[0]
        spoke = [key for pos, key in self.speakers if pos < token.idx]
        return spoke[-1] if spoke and spoke[-1] in fits else ""

    def _being(self, noun: Token, states: set[str]) -> str:
        """The person a noun of a being or a state's resident describes again ("Женщина
        рассказала", "Жительница Чили рассказала:"): the last one who spoke, else the last
        person named as a subject, of the noun's gender; a modifier brings in someone new
        ("Местная жительница", "другая женщина", "Женщина, которая …"), a place's genitive
        other than a state's leaves it open ("жительница Таллина"). A state's genitive must
        be that person's state, or where kg knows none, the title's noun for a people must
        not be another state's ("чилийка X … Жительница Перу" is not X)."""
        kids = self._own_children(noun)
        if any(
            c.dep_ in ("amod", "det", "nummod", "acl", "acl:relcl") and self._state_at(c) is None
            for c in kids
        ) or any(c.dep_ == "nmod" and self._state_at(c) is None for c in kids):
            return ""
        spoke = [key for pos, key in self.speakers if pos < noun.idx]
        subjects = [key for pos, key in sorted(self.subjects + self.topics) if pos < noun.idx]
        key = spoke[-1] if spoke else subjects[-1] if subjects else ""
        if not key or self._other_gender(noun, key) or self._contradicts(noun, key):
            return ""
        if not states:
            return key
        named = [m for m in self.persons if m.end <= noun.idx]
        last = max((n for n, m in enumerate(named) if m.entity == key), default=None)
        if last is None:
            return ""
        held, title = self._held(named[last], named[last - 1].end if last else 0, False)
        if held:
            return key if states & held else ""
        peoples = {
            f"state/{entry.iso3}"
            for entry in self.ctx.gazetteer.states
            for word in set(WORD.findall(title))
            if demonym_of(word, people_stems(entry))
        }
        return key if not peoples or states & peoples else ""

    def _other_gender(self, noun: Token, key: str) -> bool:
        """Whether a feminine noun ("актриса заявила", "супруга убеждена") describes a person
        the document tells is a man, or a masculine noun of kin ("супруг") a woman (a
        masculine noun of a trade may describe a woman: "режиссёр Анна …"). By the names,
        as `_gender` reads: a title the resolver gave someone tells nothing of them."""
        gender = noun.morph.get("Gender")
        if gender != ["Fem"] and not (gender == ["Masc"] and noun.lemma_ in _KIN):
            return False
        told = predicate_gender(mention_tokens(self.ctx.doc, self.named, key))
        return told == ("masc" if gender == ["Fem"] else "femn")

    def _retitled(self, token: Token) -> str:
        """The one person whose title right before the name a person's title of two words or
        more repeats ("Сопредседатель группы «Экозащита!» Владимир Сливяк … — заключил
        сопредседатель группы «Экозащита!»"); "" where it fits two ("министр иностранных
        дел" after two foreign ministers) or none, or the words are no person's ("Белый
        дом" in "встреча в Белом доме президент США Барак Обама")."""
        words = [t.lemma_ for t in token.subtree if not t.is_punct and not t.is_space]
        if not animate_nominative(token) or token.pos_ != "NOUN" or len(words) < 2:
            return ""
        holders = set()
        for n, m in enumerate(self.persons):
            if m.end > token.idx:
                break
            floor = self.persons[n - 1].end if n else 0
            # a comma parts a title from the name: "По мнению автора петиции, X …" is no
            # title of X's
            stop = max(self.text.rfind(p, 0, m.start) for p in ".,")
            start = max(floor, m.start - 80, stop + 1)
            span = self.ctx.doc.char_span(start, m.start, alignment_mode="contract")
            title = [t for t in span or [] if not t.is_punct and not t.is_space]
            for k in range(len(title) - len(words), -1, -1):
                # the title right before the name, or before its own genitives only
                # ("с художественным руководителем театра Олегом Меньшиковым")
                upto = repeated_title_end(title, words, k)
                rest = title[upto:] if upto is not None else title[k + len(words) :]
                if any(another_title(t) for t in rest):
                    break
                if upto is not None and all(nominal(t) or t.pos_ == "ADP" for t in rest):
                    holders.add(m.entity)
                    break
        fits = set(self._fitting(token, holders))
        return fits.pop() if len(fits) == 1 else ""

    def _own_children(self, token: Token) -> list[Token]:
        """A title's words, without a media outlet the parser hangs on it ("— передаёт слова
        кенийского министра РИА Новости": the outlet reports, it is no minister's ministry)."""
        return [c for c in token.children if not self._outlet(c)]

    def _outlet(self, token: Token) -> bool:
        m = self._mention_at(token)
        known = self.ctx.gazetteer.org(m.entity) if m is not None else None
        return known is not None and known.kind == "MediaOutlet"

    def _state_at(self, token: Token) -> Mention | None:
        return self._mention_at(token, "State")

    def _mention_at(self, token: Token, kind: str = "") -> Mention | None:
        """The mention (of type `kind`, any where "") the token lies in."""
        return next(
            (
                m
                for m in self.others
                if (not kind or m.type == kind) and m.start <= token.idx < m.end
            ),
            None,
        )

    def _held(self, m: Mention, floor: int, former: bool) -> tuple[set[str], str]:
        """The states and the office text of a person mention: its offices, current or
        `former` as the describing noun is (`_offices`), and the title right before it in
        its sentence ("принял премьер-министра Норвегии Йонаса Гара Стёре"), from `floor`
        (the previous person's mention) on, where that title is current or former as the
        noun is ("экс-глава МИД заявил" is not the minister in office named beside him)."""
        entity = self.ctx.entity(m.entity)
        # a title ends at a sentence's or a paragraph's start (a heading has no full stop)
        stop = max(self.text.rfind(p, 0, m.start) for p in ".\n")
        start = max(floor, m.start - 80, stop + 1)
        states = {
            o.entity
            for o in self.others
            if o.type == "State"
            and start <= o.start < m.start
            and not host_state_at(self.text, o.start)
        }
        if entity is not None and entity.state:
            states.add(entity.state)
        title = self.text[start : m.start] if self._former_at(m) == former else ""
        words = self.ctx.doc.char_span(start, m.start, alignment_mode="contract") if title else None
        office = " ".join([*self._offices(m.entity, former), title, nominative_title(words or [])])
        return states, office.lower().replace("ё", "е")
