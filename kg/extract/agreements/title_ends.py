"""Where an agreement title ends: the scanner that walks a head noun's complements.

The scanner takes the head's prepositional and genitive phrases, enumerations of the same case,
an infinitive or a quoted name into the title, and stops at a verb, a participle clause, a
relative pronoun, a date, a place, a measure, a meeting or a new subject; "с Россией" names a
party and stays out, and the states "между …" are the paper's sides. Also the checks it asks
of single words: a quoted name after a mention, verbs that put signatures, a state's groups.

Split out of titles.py (forty-fifth pass, h-split50): a title's extent, apart from its kind
and its form."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.agreements.title_words import (
    _SPEECH_NOUNS,
    ACTS_ON_PAPERS,
    BUILDINGS,
    COMPOUND_AFTER,
    COMPOUND_PREPS,
    FIRMS,
    FORCE_ENTRY,
    HAND,
    INSTEAD,
    LAW_ACTS,
    MAX_TOKENS,
    MEASURES,
    NAME_DEPS,
    NAME_POS,
    NAMES,
    NATURAL_FEATURES,
    PREPS,
    PRICES,
    SIDE_NOUNS,
    SITUATIONS,
    SKIP_POS,
    SPEECH_TOPICS,
    STATES_GROUPS,
    SUPPORTED,
    SUPPORTS,
    TIME_NOUNS,
    TIME_PREPS,
    TOPIC_PREPS,
    TOPIC_WORDS,
    gathering_noun,
    kinds,
)
from kg.extract.common.number_units import MEASURE_UNITS, names_currency
from kg.extract.common.numbers import SCALE_RE
from kg.extract.common.pair import SIDES, body_state, is_side
from kg.extract.common.words import called, lem
from kg.extract.context import Context
from kg.gazetteer import capitals
from kg.lexicon import load_list
from kg.model import Mention
from kg.nlp.deps import has_preposition, preposition, route_dash
from kg.nlp.marks import DASHES_OR_HYPHEN
from kg.nlp.morph import (
    UD_GENDER,
    Parse,
    can_be_case,
    case_of,
    features,
    is_finite,
    is_infinitive,
    is_noun,
    is_participle,
    is_plural,
    morph,
    participle_agrees,
)
from kg.nlp.quote_marks import OPENING, PAIRS
from kg.resolve.org_naming import HOUSES, STATE_BODIES
from kg.resolve.pair_words import BOTH, PAIR_WORDS

# The prepositions that bound a figure of goods ("до 2 млн тонн", "свыше 300 вагонов"); "на" and
# "в" open an amount or a term the title ends at ("на 500 млн долларов", "на 99 лет")
_FIGURE_PREPS = frozenset({"до", "около", "свыше"})

# The dependents that name which states a word for states means ("странами региона",
# "европейскими странами", "странами ЕС", "странами-членами"), so that it is no pair.
_OWN_WORDS = frozenset({"nmod", "amod", "appos", "flat", "det", "nummod", "nummod:gov", "conj"})

# The prepositions that open a paper's topic, which a date right after the head may stand before.
_TOPIC_PREPS = frozenset({"о", "об", "обо", "по"})


def _in_digits(t: Token) -> bool:
    """A number written in digits ("26", "6,6"), not in words ("двумя") nor a word it opens
    ("30-летия")."""
    return t.like_num and t.text[:1].isdigit()


def _figure_word(t: Token) -> bool:
    """A word of a figure before what it counts: a number the parse hangs on the next one, a
    scale word ("тысяч", "тыс", "млн") or an abbreviated scale's full stop."""
    if t.dep_ == "nummod" or SCALE_RE.fullmatch(t.text) is not None:
        return True
    return t.text == "." and t.i > 0 and SCALE_RE.fullmatch(t.nbor(-1).text) is not None


def _capital(ctx: Context, t: Token) -> bool:
    """A capital named as a place ("в Анкаре"), which ends a title."""
    return t.pos_ == "PROPN" and lem(t.text) in capitals(ctx.gazetteer)


def firm_for_adjective(ctx: Context, t: Token, m: Mention | None) -> Mention | None:
    """The mention that stands for `t` as a side: where `m` is a state by the adjective `t`
    right before a firm's name ("саудовская ACWA Power", "с египетской Orascom
    Construction", the firm's noun left out), the firm, however the parse hangs the two;
    else `m`. A state's body after it ("российский МИД") leaves the state."""
    if m is None or m.type != "State" or m.via != "adjective" or t.pos_ != "ADJ":
        return m
    if t.i + 1 >= len(t.doc):
        return m
    nxt = t.doc[t.i + 1]
    found = ctx.mentions_in(nxt.idx, nxt.sent.end_char, "Organization")
    firm = next((x for x in found if x.start == nxt.idx), None)
    entity = None if firm is None else ctx.entity(firm.entity)
    words = entity.name.split() if entity is not None and entity.name else []
    return firm if firm is not None and words and lem(words[0]) not in STATE_BODIES else m


class Scanner:
    """Reads one title's complement, token by token, left to right."""

    def __init__(self, ctx: Context, head: Token, dates: dict[int, tuple[int, str]]) -> None:
        self.ctx = ctx
        self.doc = head.doc
        self.head = head
        self.dates = dates  # token index → (end token index, ISO value)
        self.end = head.sent.end
        self.tokens: list[Token] = []
        self.states: list[str] = []
        self.with_parties: list[str] = []
        self.topic_places: set[int] = set()  # tokens of a state a situation is in
        self.pair_named = False
        self.with_firm = False
        self.date_from = ""
        self.last_case = ""
        # the case of the last name's root word ("Сенатом" of "Сенатом Чили"), which the
        # next side may share where the last word ends the name undeclined
        self.name_case = ""
        self.term: Span | None = None  # "на 2027–2028 годы" after a programme's head

    def topic_titled(self) -> bool:
        """Whether the words so far name a topic, which titles a plan or roadmap instead of
        the years it is for ("Программа сотрудничества на 2025–2027 годы", "… культурного
        обмена …"; a topic after the head's genitive too, "План действий по развитию
        торговли", h-agreements60). With none, the term tells which of the sides' plans it
        is, a title word ("План действий на 2026–2030 годы", "Дорожная карта на 2027 год"; no
        date: `date_bounds.is_term_or_limit`; fifty-fifth pass, h-agreements51)."""
        told = {t.lemma_ for t in self.tokens}
        topic = any(t.lower_ in TOPIC_PREPS for t in self.tokens)  # "действий по развитию …"
        return topic or bool(told & (TOPIC_WORDS | {"обмен"}))

    def programme_years(self, k: int) -> int:
        """The end of a year or a range of years at `k` a programme's head may be for ("на
        2026–2030 годы", "на 2027 год"); 0 where `k` opens none ("на 15 мая": a day) or the
        head is of another kind."""
        if kinds().get(self.head.lemma_, ("", ""))[0] != "Programme" or k not in self.dates:
            return 0
        end, value = self.dates[k]
        if len(value) != 4:
            return 0  # "на 15 мая": a day, no term of years
        dash = end if end < self.end and self.doc[end].text in DASHES_OR_HYPHEN else -1
        if dash >= 0 and dash + 1 in self.dates and len(self.dates[dash + 1][1]) == 4:
            end = self.dates[dash + 1][0]
        return end

    def between(self) -> bool:
        """Whether the title's last preposition so far is "между", which names its sides."""
        preps = [t.lower_ for t in self.tokens if t.pos_ == "ADP"]
        return bool(preps) and preps[-1] == "между"

    def union_side(self, m: Mention) -> bool:
        """A union named beside a state right after the head, before any topic ("соглашение
        ЕС и Сербии об упрощении визового режима", "Сербии и ЕС"): a side, not the topic
        ("договор о ЕАЭС")."""
        if m.type != "Organization" or not is_side(m, unions=True):
            return False
        if any(t.pos_ == "ADP" for t in self.tokens):
            return False
        if any(s.startswith("state/") for s in self.states):
            return True
        text = self.ctx.document.text
        after = self.ctx.mentions_in(m.end, self.head.sent.end_char, "State")
        return bool(after) and text[m.end : after[0].start].strip() == "и"

    def mention(self, t: Token) -> Mention | None:
        found = self.ctx.mentions_in(t.idx, t.idx + len(t.text))
        if found:
            return found[0]
        for m in self.ctx.mentions_in(t.idx - 60, t.idx + len(t.text) + 60):
            if m.start <= t.idx < m.end:
                return m
        return None

    def mention_end(self, m: Mention) -> int:
        """Index of the token after the mention."""
        i = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return i.end if i is not None else self.head.i + 1

    def governed(self, k: int, m: Mention | None) -> bool:
        """A prepositional phrase at `k` that the parse hangs on a complement noun of the
        title, not on its head: "по борьбе [с выбросами]"; a named state or organization
        there is a party or a place, not part of the title."""
        if m is not None:
            return False
        inside = {t.i for t in self.tokens if t.pos_ in ("NOUN", "PROPN")}
        t = self.doc[k]
        while t.dep_ == "amod" and t.head.i != t.i:
            t = t.head
        return t.pos_ in ("NOUN", "PROPN") and t.head.i in inside

    def continues_enumeration(self, j: int) -> bool:
        """After "," or "и": the next noun phrase is in the case of the last one, or the
        next adjective of one noun ("о всеобъемлющем и прогрессивном … партнёрстве")."""
        if self.waiting() and j + 1 < self.end and self.doc[j + 1].pos_ == "ADJ":
            return True
        k = j + 1
        while k < self.end and (self.doc[k].is_space or self._modifier(self.doc[k])):
            k += 1
        if k < self.end and self.between() and self.doc[k].lemma_ in SIDE_NOUNS:
            return True  # "между Правительством Республики X и Правительством Республики Y"
        if k < self.end and self.between() and self.named_side(self.doc[k]):
            return True  # "между Японией и АСЕАН": a side whose name does not decline
        if self.quoted_side(k) is not None and (
            self.doc[j].lower_ == "и" or (self.doc[j].text == "," and self.tokens[-1].text == "»")
        ):  # "между партиями «Единство», «Рост» и «Прогресс»": a quoted name keeps its case;
            return True  # a comma lists quoted sides only after a quoted one
        cases = {self.last_case, self.name_case if self.between() else ""} - {"", "Nom"}
        if k >= self.end or not cases:
            return False
        t = self.doc[k]
        if t.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
        m = self.mention(t)
        if m is not None and m.type == "Person":
            return False
        if self.doc[j].text == "," and t.dep_ != "conj" and t.head not in self.tokens:
            return False  # "Согласно уставу ОДКБ, решения принимаются": a new clause
        return any(can_be_case(t.text, c) for c in cases) or self.second_topic(t)

    def firm_of_a_state(self, k: int, m: Mention | None) -> tuple[str, int] | None:
        """After "с": a firm by its common noun, which a state's adjective may qualify ("с
        японской корпорацией Mitsubishi", "с австралийской компанией", "с компанией
        Siemens"): the side is the firm, by its name where kg knows it ("" where not), not
        the state; returns it and where the scan reads on, past the firm's name. None where
        the phrase at `k` is no such firm."""
        noun = self.doc[k]
        if noun.lemma_ not in FIRMS or m is not None:
            adjective, noun = noun, noun.head
            if m is None or m.type != "State" or m.via != "adjective" or adjective.pos_ != "ADJ":
                return None
            if (firm := firm_for_adjective(self.ctx, adjective, m)) not in (m, None):
                return firm.entity, self.mention_end(firm)  # "с египетской Orascom Construction"
            if not k < noun.i < self.end:
                return None
            if noun.lemma_ not in FIRMS:
                return self.quoted_firm(noun)  # "с итальянским «Ювентусом»"
        for t in self.doc[noun.i + 1 : min(noun.i + 3, self.end)]:
            named = self.mention(t)
            if named is not None and named.type == "Organization":
                named = quoted_after(self.ctx, named) or named  # "с клубом МЛС «Интер Майами»"
                return named.entity, self.mention_end(named)
        end = noun.i + 1
        while end < self.end and self.doc[end].head.i == noun.i and self.doc[end].dep_ in NAMES:
            end += 1  # "с австралийской компанией Iron Ridge": its name, unknown to kg
        return "", end

    def quoted_firm(self, noun: Token) -> tuple[str, int] | None:
        """A name in quotation marks that a state's adjective qualifies ("контракт с
        итальянским «Ювентусом»", "с мексиканской «Америкой»"): a club or firm, the side
        itself, not the state; returns it and where the scan reads on. None for another
        name ("с японским МИДом")."""
        named = self.mention(noun)
        if named is None or named.type != "Organization" or self.doc[noun.i - 1].text not in '«„"':
            return None
        return named.entity, self.mention_end(named)

    def past_side_noun(self, j: int, m: Mention) -> int:
        """Where the scan reads on after a "с"-side at `m`, which ends at `j`: past the noun
        a state's adjective qualifies and that noun's genitives ("с японским правительством",
        "с вьетнамскими властями", "с французским министерством обороны"), the side itself
        and no title words ("Соглашение о кредите", not "… о кредите правительством")."""
        adjective = self.doc[j - 1]
        noun = adjective.head
        if m.via != "adjective" or adjective.dep_ != "amod" or noun.i != j or j >= self.end:
            return j
        within = {noun.i}
        j += 1
        while j < self.end and self.doc[j].head.i in within and self.doc[j].pos_ != "ADP":
            if any(c.dep_ == "case" for c in self.doc[j].children):
                break  # "с японским правительством на сумму …": the title's again
            within.add(j)
            j += 1
        return j

    def name_root(self, j: int, stop: int) -> Token:
        """The word of the name at `j:stop` the others hang on, whose case is the name's:
        "Сенатом" of "между Сенатом Чили и Национальным собранием Кореи", not the undeclined
        genitive "Чили" after it, so that the next side in the case of the first goes on
        the title after "между" (sixty-sixth pass, h-agreements83)."""
        words = self.doc[j:stop]
        return next((t for t in words if not j <= t.head.i < stop or t.head == t), words[-1])

    def named_side(self, t: Token) -> bool:
        """A state or organization named at `t` in the case the tagger gives the side before
        it, however its form reads ("между Японией и АСЕАН"; not a new subject: "между Японией
        и Вьетнамом, Китай же …")."""
        m = self.mention(t)
        named = m is not None and m.type in ("State", "Organization") and m.start >= t.idx
        return named and case_of(t) == self.last_case

    def subject_after(self, t: Token, m: Mention) -> bool:
        """A state named right before a finite verb that is its subject, however the tagger
        reads an undeclined name's case ("в рамках Соглашения о свободной торговле Чили
        поставляет Мексике медь", "… о сотрудничестве Мали получает от Алжира зерно"): the
        subject of the act after the title, not the title's. The parse makes it the verb's
        subject, or the verb has none and the name may be a nominative; an auxiliary's
        subject is its verb's ("между Индией и ОАЭ было подписано": the title's is)."""
        stop = self.mention_end(m)
        if m.type != "State" or stop >= self.end or not is_finite(self.doc[stop]):
            return False
        verb = self.doc[stop]
        if verb.pos_ == "AUX" and verb.dep_.startswith("aux"):
            verb = verb.head
        if t.dep_ in ("nsubj", "nsubj:pass") and t.head == verb:
            return True
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        return not subjects and can_be_case(self.doc[stop - 1].lower_, "Nom")

    def subject_of_its_verb(self, t: Token) -> bool:
        """The subject of the verb the paper is the object of, where the paper comes first
        ("Декларацию о сотрудничестве в энергетике стороны подписали …": "стороны" read as a
        genitive of the topic): the title ends before the clause's subject, whatever case the
        tagger gives it (fifty-fifth pass, h-agreements54)."""
        paper = self.head
        while paper.dep_ == "conj" and paper.head.i < paper.i:
            paper = paper.head  # "Декларацию и меморандум … стороны подписали"
        verb, verbal = paper.head, _VERBAL
        if paper.dep_ == "obj" and verb.dep_ == "xcomp" and is_infinitive(verb):
            verb, verbal = verb.head, _INTENDING  # "Договор … стороны планируют / намерены
            # подписать": the subject of the verb (or adjective) of intention
        elif paper.dep_ == "nsubj" and meant_for(verb, paper):  # "Меморандум … стороны
            return t.dep_ == "nsubj" and t.head == verb and t.i < verb.i  # собираются подписать"
        if paper.dep_ != "obj" or verb.pos_ not in verbal or verb.i < t.i:
            return False
        if t.dep_ in ("nsubj", "nsubj:pass") and t.head == verb:
            return True
        return t == sides_before_verb(verb)

    def _modifier(self, t: Token) -> bool:
        """A word before a list item's noun; not a noun the tagger read as an adjective
        ("о торговле, транспорте и рыболовстве": the last item is the noun itself)."""
        return t.pos_ in ("DET", "NUM") or t.pos_ == "ADJ" and not is_noun(t)

    def second_topic(self, t: Token) -> bool:
        """A noun in the case of the title's topic after "о", a second topic past the first
        one's genitives ("о разграничении морских пространств и сотрудничестве в …")."""
        about = ("о", "об", "обо")
        topics = [x for x in self.tokens if any(c.lower_ in about for c in x.children)]
        return t.pos_ == "NOUN" and any(case_of(x) == case_of(t) != "" for x in topics)

    def goods_after_figure(self, j: int) -> int:
        """Where the goods begin after a figure at `j` that counts or weighs them, the
        figure's noun a complement of a title word ("контракт на поставку 26 истребителей",
        "на поставку до 2 млн тонн сжиженного газа", "более 40 вагонов"): the figure (its
        number, a "до"/"более" before it, a unit of measure) is no title word, the goods are;
        0 where `j` opens no such figure, or a sum of money ("о выделении 500 млн долларов"),
        a date, or a unit with no goods after it."""
        bound = self.doc[j].pos_ == "ADV" or self.doc[j].lower_ in _FIGURE_PREPS
        k = j + 1 if bound else j
        if not self.tokens or k >= self.end or k in self.dates or not _in_digits(self.doc[k]):
            return 0  # "между двумя странами", "на 99 лет", "30-летия": no goods counted
        figure, by_order = self.figure(k)
        counted = figure[-1]
        if counted.pos_ != "NOUN" or counted.i >= self.end:
            return 0
        if not (by_order and self.doc[j - 1] in self.tokens or counted.head in self.tokens):
            return 0  # the figure counts no title word's complement
        if k > j and self.doc[j].head not in figure:
            return 0  # "до" of another phrase
        if names_currency(counted.lower_):
            return 0
        if counted.lemma_ not in load_list(MEASURE_UNITS):
            end = k + 1
            while end < counted.i and _figure_word(self.doc[end]):
                end += 1  # "26 тысяч [новых] истребителей": past the multiplier
            return end
        goods = next((c for c in counted.children if c.dep_ == "nmod" and c.i > counted.i), None)
        if goods is None or case_of(goods) != "Gen" or has_preposition(goods):
            return 0
        return goods.left_edge.i if goods.left_edge.i > counted.i else counted.i + 1

    def figure(self, k: int) -> tuple[list[Token], bool]:
        """The figure that opens at the number `k`, up to the noun it counts, and whether it
        is read by the order of words: by the parse ("2" → "млн" → "тонн"), or by the order
        where the parse stops at a scale word ("800 тыс. тонн пшеницы", "26 тыс. винтовок",
        "2 млн. тонн": it reads an abbreviation's full stop as it likes, the scale an
        adjective or a complement of the title word, the counted noun a parataxis), which had
        cut titles at "тыс"."""
        chain = [self.doc[k]]
        while chain[-1].dep_ == "nummod" and chain[-1].head.i > chain[-1].i:
            chain.append(chain[-1].head)
        if SCALE_RE.fullmatch(chain[-1].text) is None:
            return chain, False
        end = k + 1
        while end < self.end and (_figure_word(self.doc[end]) or self.doc[end].pos_ == "ADJ"):
            end += 1  # "26 тыс. новых винтовок": past the scale and the goods' adjectives
        return (list(self.doc[k : end + 1]), True) if end < self.end else (chain, False)

    def listed_after_colon(self, k: int) -> bool:
        """A phrase of "следующий" whose noun a colon follows ("по следующим (основным)
        темам:", "в следующих областях:"): it points at a list of topics, no title words;
        not "о следующем этапе переговоров", the next one."""
        first = self.doc[k]
        if first.lemma_ != "следующий":
            return False
        after = next((t for t in self.doc[first.head.i + 1 : self.end] if not t.is_space), None)
        return after is not None and after.text == ":"

    def run(self, start: int = 0) -> None:  # noqa: C901 - one left-to-right scan; its branches share the cursor
        """Reads from `start`, or from right after the head."""
        j, expect_np, after_inf = start or self.head.i + 1, False, False
        if j < self.end and self.doc[j].text == "»" and self.quoted_head():
            j += 1  # "«дорожную карту» по расширению торговли": the title goes on
        while j < self.end and len(self.tokens) < MAX_TOKENS:
            t = self.doc[j]
            low = t.lower_
            if puts_signatures(t):
                break  # "Соглашение о торговле скрепили подписями …": the verb, no title word
            if self.subject_of_its_verb(t):
                break  # "Декларацию о … стороны подписали": the clause's subject, no title word
            if t.is_space:
                j += 1
                continue
            if (goods := self.goods_after_figure(j)) > j:
                j, expect_np = goods, True  # "на поставку [до 2 млн тонн] газа": the goods
                continue
            if j in self.dates:
                if self.year_of_title(j):  # "Договору о дружбе 1997 года": its year
                    self.date_from = self.dates[j][1]
                    if self.topic_after_date(self.dates[j][0]):
                        j = self.dates[j][0]  # "соглашение 1959 года о водах Нила"
                        continue
                break
            if t.pos_ == "ADP":
                k = j + 1
                while k < self.end and self.doc[k].is_space:
                    k += 1
                if k >= self.end:
                    break
                m = self.mention(self.doc[k])
                if low == "от" and k in self.dates:
                    if not any(x.lemma_ in kinds() for x in self.tokens):
                        self.date_from = self.dates[k][1]  # not "… в соглашение от 2010 года"
                    if self.topic_after_date(self.dates[k][0]):
                        j = self.dates[k][0]  # "договор от 12 мая 1997 года о дружбе"
                        continue
                    break
                if low in ("с", "со") and (firm := self.firm_of_a_state(k, m)) is not None:
                    (party, j), self.with_firm = firm, True
                    if party:
                        self.with_parties.append(party)
                    continue
                if low in ("с", "со") and m is not None and self.supported(m):
                    stop = self.mention_end(m)
                    self.tokens.extend(self.doc[j:stop])  # "о солидарности с Перу": the topic
                    self.topic_places.update(range(k, stop))
                    j, expect_np = stop, False
                    continue
                if low in ("с", "со") and m is not None and m.type != "Person":
                    self.with_parties.append(m.entity)
                    j = self.past_side_noun(self.mention_end(m), m)
                    continue
                if low == "между" and self.both_sides(k):
                    self.pair_named = True  # "договор между двумя странами": no title words
                    j = k + 2
                    continue
                if low == "между" and self.bare_pair(k):
                    self.pair_named = True  # "соглашение о рыболовстве между странами"
                    j = k + 1
                    continue
                if low in ("с", "со") and self.doc[k].pos_ == "PRON" and self.waiting():
                    j = k + 1  # "совместного [с ними] правительства": left out, read on
                    continue
                place = m is not None and m.type == "State" or _capital(self.ctx, self.doc[k])
                if (low in TIME_PREPS or low in ("в", "во")) and self.noun_at(k, TIME_NOUNS):
                    break  # "… до конца года", "в ближайшие недели": when it is to be signed
                if low == "на" and (stop := self.programme_years(k)):
                    self.term = self.doc[j:stop]  # a title word or not, it tells the plan
                    if not self.topic_titled():
                        self.tokens.extend(self.term)  # "План действий на 2026–2030 годы"
                        j, expect_np = stop, False
                        continue
                if low in ("на", "в") and (self.doc[k].pos_ == "NUM" or self.doc[k].like_num):
                    break  # "кредитное соглашение на 500 млн долларов", "в 3,4 млрд": its amount
                if low in ("в", "на") and self.noun_at(k, MEASURES):
                    break  # "… в размере 2,5 млрд евро", "на (общую) сумму …"
                if low == "по" and self.tokens and self.noun_at(k, PRICES):
                    break  # "на поставку пшеницы по средней цене 235 долларов": its price
                if low in ("в", "во", "на") and m is not None and self.situation_place(k, m):
                    stop = self.mention_end(m)
                    self.tokens.extend(self.doc[j:stop])  # "о прекращении огня в Ливии"
                    self.topic_places.update(range(k, stop))
                    j, expect_np = stop, False
                    continue
                if low in ("в", "во") and (k in self.dates or place):
                    break  # "… в Анкаре 3 марта": where and when it was signed
                if (
                    low in ("в", "во", "на")
                    and self.proper_place(k, m)
                    and (not self.tokens or self.topic_places)
                ):  # "соглашение в Сочи", "о прекращении огня в Сирии в Сочи"
                    break  # where it was signed, no title
                if low in ("в", "во") and self.doc[k].lemma_ in COMPOUND_PREPS:
                    break  # "соглашения с ЕС в пользу связей с Россией": no topic
                if low in ("в", "во") and self.into_force(j, k):
                    break  # "40-летие вступления договора в силу": its entry, no title word
                if low in ("в", "во") and self.speech_at(k):
                    break  # "приветствовал соглашение в своём заявлении": where it was told
                if low in ("в", "во") and self.noun_at(k, BUILDINGS):
                    break  # "подписали декларацию в Белом доме": where it was signed
                if low in ("в", "во") and self.sent_to(k):
                    break  # "направило проект соглашения … в бундестаг": where it is sent
                if self.doc[k].lemma_ in COMPOUND_AFTER.get(low, ()):
                    break  # "меморандум о … по итогам переговоров": when, not what
                if self.listed_after_colon(k):
                    break  # "соглашения по следующим темам: …": the topics a list names after
                if low in INSTEAD or low in ("на", "в", "во") and self.gathering_at(k):
                    break  # "… вместо договора", "… на саммите": what it replaces, where signed
                if low not in PREPS and not self.governed(k, m):
                    break
                self.tokens.append(t)
                j, expect_np = j + 1, True
                continue
            if _figure_word(t) and low == "." and self.tokens and self.tokens[-1].i == j - 1:
                self.tokens.append(t)  # "о выделении 500 млн. евро на …": an abbreviation's
                j, expect_np = j + 1, True  # full stop, no end of the title
                continue
            if t.lemma_ in MEASURES and case_of(t) == "Ins":
                break  # "сроком на 10 лет", "объёмом 10 млрд кубометров"
            if t.lemma_ in LAW_ACTS and case_of(t) == "Ins" and not expect_np:
                break  # "ратифицировал соглашение о водах законом от …": the act, its date
            if self.both_sides(j):
                self.pair_named = True  # "соглашение двух стран": the document's pair
                j += 2
                continue
            m = self.mention(t)
            if m is not None and case_of(t) == "Nom" and not expect_np:
                break  # a new subject: "соглашение … Москва и Вашингтон подписали"
            if m is not None and self.subject_after(t, m):
                break  # "В рамках Соглашения о торговле Чили поставляет Мексике медь"
            if m is not None and m.type in ("State", "Organization") and m.start >= t.idx:
                stop = self.mention_end(m)
                topic = case_of(t) == "Gen" and self.supported(m)  # "о поддержке Палестины"
                if topic:
                    self.topic_places.update(range(j, stop))
                self.tokens.extend(self.doc[j:stop])
                place = t.dep_ == "appos" and t.head.lemma_ in NATURAL_FEATURES  # "реку Уругвай"
                place = place or topic
                place = place or m.type == "State" and _of_its_groups(t)
                place = place or of_a_firm(t, m)  # "между кенийской и танзанийской компаниями"
                if not place and (m.type == "State" or self.between() or self.union_side(m)):
                    # "между ЕС и Канадой": a union is a side; "между Правительством Республики
                    # Чили и …": a state's body stands for its state
                    side = m.entity if m.type == "State" else body_state(self.ctx, m) or m.entity
                    if side not in self.states:
                        self.states.append(side)
                self.last_case = case_of(self.doc[stop - 1]) or self.last_case
                self.name_case = case_of(self.name_root(j, stop))
                j, expect_np = stop, False
                continue
            if low == "," and (clause := self.topic_participle(j)) is not None:
                self.tokens.extend(self.doc[j:clause])  # "о … видами фауны и флоры,
                j, expect_np = clause, False  # находящимися под угрозой уничтожения"
                continue
            if low == "," and self.topic_after_sides(j):
                j += 1  # "Соглашение между Индией и Францией, об отправке …": the topic
                continue
            if low in ("и", "или", ",") and self.continues_enumeration(j):
                self.tokens.append(t)
                j, expect_np = j + 1, True
                continue
            if low == "«" and j == self.head.i + 1:
                close = next((k for k in range(j + 1, self.end) if self.doc[k].text == "»"), 0)
                if close and not self.quoted_predicate(j, close):
                    self.tokens.extend(self.doc[j : close + 1])
                break
            if (shut := self.quoted_topic(j)) is not None:  # "об «усиленном стратегическом
                self.tokens.extend(self.doc[j : shut + 1])  # партнёрстве»": the topic as told
                j, expect_np = shut + 1, False
                continue
            if (shut := self.quoted_side(j)) is not None:  # "между партиями «Единство» и
                m = self.mention(self.doc[j + 1])  # «Прогресс»": each quoted name a side
                if m is not None and m.entity not in self.states:
                    self.states.append(m.entity)
                self.tokens.extend(self.doc[j : shut + 1])
                j, expect_np = shut + 1, False
                continue
            if low == "«" and self.named_in_quotes(j):  # "газопровода «Сила Сибири»"
                close = next(
                    k for k in range(j + 1, min(j + 7, self.end)) if self.doc[k].text == "»"
                )
                self.tokens.extend(self.doc[j : close + 1])
                j, expect_np = close + 1, False
                continue
            if t.pos_ == "VERB" and is_infinitive(t):
                if self.tokens and not after_inf:
                    break
                if j != self.head.i + 1 and not self.with_parties:
                    break
                self.tokens.append(t)
                j, after_inf, expect_np = j + 1, True, True
                continue
            if self.route(t):  # "нефтепровода Ламу — Аддис-Абеба"
                self.tokens.append(t)
                j, expect_np = j + 1, True
                continue
            if self.predicated(t) or not self._word_fits(t, expect_np, after_inf):
                break
            self.tokens.append(t)
            if t.pos_ in ("NOUN", "PROPN"):
                self.last_case = case_of(t) or self.last_case
                self.name_case = ""
                expect_np = False
            j += 1
        j = self.rest_of_quoted_name(j)
        self.close_quote()
        self.date_after_quote(j)
        while self.tokens and (self.dangling(self.tokens[-1]) or (
            self.tokens[-1].pos_ in SKIP_POS and not self.closes_a_mark()
        )):  # fmt: skip
            self.tokens.pop()

    def closes_a_mark(self) -> bool:
        """Whether the title's last word closes quotation marks: "»", or "“" after a "„" it
        opened ("о „безвизовом режиме“"), which stay."""
        last = self.tokens[-1].text
        return last == "»" or any(
            PAIRS.get(t.text) == last for t in self.tokens[:-1] if t.text != last
        )

    def quoted_head(self) -> bool:
        """Whether only the head and its adjectives are in quotation marks: "«дорожную
        карту»", "«Совместное заявление»"."""
        start = max(self.head.sent.start, self.head.i - 3)
        return any(t.text == "«" for t in self.doc[start : self.head.i])

    def opens_quote(self) -> bool:
        """Whether a quotation mark opens right before the head: "«Конвенцией о …»", a title
        whose name the marks hold from its head on."""
        return self.head.i > 0 and self.doc[self.head.i - 1].text == "«"

    def next_mark(self, j: int) -> int | None:
        """The first quotation mark, opening or closing, from `j` to the scan's end."""
        return next((k for k in range(j, self.end) if self.doc[k].text in ("«", "»")), None)

    def topic_after_sides(self, j: int) -> bool:
        """A comma at `j` between the sides a title names after "между" and its topic
        ("Соглашение между Индией и Францией, об отправке космонавта в космос, …"): the
        title goes on past it; not where "о" opens a relative clause ("о котором", "о
        подписании которого", "о чём") or the title already has its topic."""
        about = ("о", "об", "обо")
        if not (self.between() or self.pair_named) or any(t.lower_ in about for t in self.tokens):
            return False
        if j + 2 >= self.end or self.doc[j + 1].lower_ not in about:
            return False
        k = j + 2
        while k < self.end and self.doc[k].pos_ in ("ADJ", "DET", "NUM"):
            k += 1
        if (
            k >= self.end
            or self.doc[k].pos_ != "NOUN"
            or "Loc" not in self.doc[k].morph.get("Case")
        ):
            return False
        clause = next((i for i in range(k, self.end) if self.doc[i].text == ","), self.end)
        return not any(t.lemma_ in ("который", "что", "чей") for t in self.doc[j + 1 : clause])

    def topic_participle(self, j: int) -> int | None:
        """The end of a participle clause after the comma at `j` that qualifies a noun of the
        title's topic, not the paper ("Конвенция о водно-болотных угодьях, имеющих
        международное значение", "… видами дикой фауны и флоры, находящимися под угрозой
        уничтожения"): a full participle the parse hangs on a word of the title (the paper's
        head too: the parse often does), whose form may agree in case and number with a noun
        of the topic and not with the head; the clause runs to the next comma. None for a
        participle of signing, ratifying or another act on a paper ("соглашений о кредитах,
        подписанных в мае": its history), one the parse hangs on the paper's head or whose form
        may agree with it ("договор о границе, подписанный …", "соглашение о водах Нила,
        действующее с …"), a short one, one with a date or a state inside ("рыб, выловленных в
        2020 году", "товаров, произведённых в Мексике"), or a relative clause ("…, которые
        начнутся"). Forty-ninth pass: h-agrrel34 and h-orgs56 wrote it in parallel; one rule."""
        p = self.doc[j + 1] if j + 1 < self.end else None
        if p is None or "Part" not in features(p, "VerbForm") or "Short" in features(p, "Variant"):
            return None
        hung = p.head == self.head or p.head in self.tokens
        if p.lemma_ in ACTS_ON_PAPERS or not hung or participle_agrees(p, self.head):
            return None
        if not any(is_noun(t) and participle_agrees(p, t) for t in self.tokens):
            return None  # "видами … фауны и флоры, находящимися": the parse may hang it on "флоры"
        stop = j + 2
        while stop <= p.right_edge.i and stop < self.end:
            if self.doc[stop].text == "," or is_finite(self.doc[stop]):
                break
            if stop in self.dates:
                return None  # "о защите рыб, выловленных в 2020 году": when, no title word
            stop += 1
        if stop == j + 2:
            return None  # the participle alone
        last = self.doc[stop - 1]
        if self.ctx.mentions_in(p.idx, last.idx + len(last.text), "State"):
            return None  # "…, произведённых в Мексике": where, no title word
        return stop if len(self.tokens) + stop - j <= MAX_TOKENS else None

    def situation_place(self, k: int, m: Mention) -> bool:
        """A state by name at `k`, not a capital, after a title whose last noun is a
        situation (`situation_nouns.txt`: "о прекращении огня в Ливии", "на Украине", "об
        урегулировании конфликта в Судане"): the place of the topic, which tells this paper
        from one of the same words about another state, and no side; "о сотрудничестве в
        Египте", "о прекращении огня в Москве" are where the paper was signed, as is a place
        after the topic's ("в Сирии в Сочи")."""
        return not _capital(self.ctx, self.doc[k]) and self.state_after(m, SITUATIONS)

    def supported(self, m: Mention) -> bool:
        """A state by name after a title whose last noun is one of standing by a state
        (`support_nouns.txt`: "о поддержке Палестины", "о солидарности с Перу", "о признании
        Косово"): what the paper is about, kept in the title and no side; "договор о дружбе
        с Перу" and "о сотрудничестве с Перу" keep their other side. Fifty-fifth pass
        (h-agreements56). One genitive further down too, what of the state the topic stands
        by (`support_objects.txt`: "о признании независимости Косово", "о поддержке
        территориальной целостности Украины"); "о поддержке экспорта Сербии" keeps its side.
        Fifty-fifth pass (h-agreements57). And one noun below that, which the parse hangs on
        it ("о поддержке усилий по примирению с Колумбией"), or the right the topic
        recognises ("о признании права Палестины на …"). Fifty-sixth pass (h-agreements58).
        A border named as the place of a work ("контракт на строительство стены на границе с
        Мексикой": `_border_place`) is the topic's too; "договор о границе с Чили" keeps its
        side. Fifty-eighth pass (lead)."""
        last = self.last_topic_noun(m)
        if last is None:
            return False
        if last.lemma_ in SUPPORTS or _border_place(last):
            return True
        return self.stood_by(last) or self.stood_by(last.head)

    def stood_by(self, t: Token) -> bool:
        """A title noun of what of a state a topic stands by (`support_objects.txt`), in the
        genitive right after a noun of `support_nouns.txt` ("поддержки усилий")."""
        told = [x for x in self.tokens if x.pos_ in ("NOUN", "PROPN") and x.i > self.head.i]
        at = next((n for n, x in enumerate(told) if x.i == t.i), 0)
        return (
            at > 0
            and told[at - 1].lemma_ in SUPPORTS
            and t.lemma_ in SUPPORTED
            and case_of(t) == "Gen"
        )

    def state_after(self, m: Mention, nouns: frozenset[str]) -> bool:
        """Whether `m` is a state by name, of whole tokens, and the title's last noun so far,
        past its head, is one of `nouns`: a topic the state belongs to, no side."""
        last = self.last_topic_noun(m)
        return last is not None and last.lemma_ in nouns

    def last_topic_noun(self, m: Mention) -> Token | None:
        """The title's last noun so far, past its head, where `m` is a state by name of whole
        tokens after it (whose topic it may be); else None."""
        if m.type != "State" or self.doc.char_span(m.start, m.end, alignment_mode="expand") is None:
            return None
        told = [t for t in self.tokens if t.pos_ in ("NOUN", "PROPN")]
        return told[-1] if told and told[-1].i > self.head.i else None

    def proper_place(self, k: int, m: Mention | None) -> bool:
        """A capitalised name in the locative at `k`, past its adjectives, that names no
        person or organization: a place ("в Кэмп-Дэвиде", "в Нагорном Карабахе")."""
        while k < self.end and self.doc[k].pos_ == "ADJ":
            k += 1
        t = self.doc[k] if k < self.end else None
        if t is None or t.pos_ != "PROPN" or not t.text[:1].isupper():
            return False
        named = m or self.mention(t)
        return "Loc" in t.morph.get("Case") and (named is None or named.type == "State")

    def rest_of_quoted_name(self, j: int) -> int:
        """A title whose name the quotation marks open right before its head runs to their
        closing mark where the scan stopped short of it ("«Конвенцией о запрещении …
        химического оружия и о его уничтожении»": not up to "оружия"); returns where the
        scan now stands."""
        if not self.opens_quote() or not self.tokens:
            return j
        close = self.next_mark(j)
        if close is None or self.doc[close].text != "»" or close - self.head.i > MAX_TOKENS:
            return j
        if any(is_finite(t) for t in self.doc[j:close]):
            return j  # a clause inside the marks: no name of a paper
        self.tokens.extend(t for t in self.doc[j:close] if not t.is_space)
        return close

    def route(self, dash: Token) -> bool:
        """A dash between two proper names, the ends of a route ("газопровода Россия —
        Китай", "дороги Момбаса — Найроби") after the title's last noun."""
        before = self.tokens[-1] if self.tokens else None
        return (
            before is not None
            and before.i == dash.i - 1
            and dash.i + 1 < self.end
            and route_dash(dash)
            and any(x.pos_ == "NOUN" for x in self.tokens)
        )

    def quoted_side(self, j: int) -> int | None:
        """Where the quoted name of an organization at `j` closes, when the title names its
        sides after "между" ("между фракциями «Единство» и «Прогресс»"), else None."""
        if j + 1 >= self.end or self.doc[j].text not in OPENING or not self.between():
            return None
        m = self.mention(self.doc[j + 1])
        if m is None or m.type != "Organization" or m.start != self.doc[j + 1].idx:
            return None
        close = self.mention_end(m)
        return close if close < self.end and self.doc[close].text == "»" else None

    def quoted_topic(self, j: int) -> int | None:
        """Where the quoted topic a title's "о" opens at `j` closes ("декларацию об «усиленном
        стратегическом партнёрстве»", "о «перезагрузке» отношений"): the words the text gives
        it, marks kept; None for a name in the marks (a state, an organization or a person:
        "о «Газпроме»"), a clause inside them or marks left open within the title's reach."""
        if not self.tokens or self.tokens[-1].lower_ not in ("о", "об", "обо"):
            return None
        if j + 1 >= self.end or self.doc[j].text not in OPENING:
            return None
        shut = PAIRS[self.doc[j].text]
        limit = min(self.end, j + 1 + MAX_TOKENS - len(self.tokens))
        close = next((k for k in range(j + 2, limit) if self.doc[k].text == shut), None)
        if close is None or any(is_finite(t) for t in self.doc[j + 1 : close]):
            return None
        marked = self.doc[j : close + 1]
        return None if self.ctx.mentions_in(marked.start_char, marked.end_char) else close

    def quoted_predicate(self, j: int, close: int) -> bool:
        """Whether the quotation opening at `j` right after the head and closing at `close`
        tells what the paper does or is, no name of it: a clause opening with a finite verb
        ("соглашение «снимает с экономики страны самую тяжёлую ношу»", "что соглашение
        «станет основой …»") or a predicate the parse hangs over the head or on the verb
        ("назвал соглашение «историческим шагом»"); not "соглашение «Открытое небо»"
        (sixty-seventh pass, h-agreements84)."""
        words = self.doc[j + 1 : close]
        if not len(words) or is_finite(words[0]):
            return True
        roots = [t for t in words if not j < t.head.i < close]
        return any(t.dep_ == "xcomp" or t.is_ancestor(self.head) for t in roots)

    def named_in_quotes(self, j: int) -> bool:
        """A capitalised name in quotation marks at `j` right after the title's last noun
        ("газопровода «Васка Муэрта»", "АЭС «Пакш»"), closed within a few words."""
        if not self.tokens or self.tokens[-1].pos_ not in ("NOUN", "PROPN") or j + 1 >= self.end:
            return False
        return self.doc[j + 1].text[:1].isupper() and any(
            self.doc[k].text == "»" for k in range(j + 1, min(j + 7, self.end))
        )

    def date_after_quote(self, j: int) -> None:
        """ "«Соглашением о рыболовстве» от 2015 года": the date after the closing quotation
        mark of a title that opens with its head dates it, as "от" after an unquoted one does
        (the scan may stop short of the mark: "«Меморандумом о …, который …» от 2015
        года")."""
        if not self.opens_quote() or self.date_from:
            return
        mark = self.next_mark(j)
        k = (self.end if mark is None else mark) + 1
        if k < self.end and self.doc[k - 1].text == "»" and self.doc[k].lower_ == "от":
            self.date_from = self.dates[k + 1][1] if k + 1 in self.dates else ""

    def close_quote(self) -> None:
        """A name in quotation marks the title opened stays whole: "АЭС «Пакш»"."""
        text = [t.text for t in self.tokens]
        if text.count("«") <= text.count("»"):
            return
        last = self.tokens[-1].i
        close = next((k for k in range(last + 1, min(last + 6, self.end))
                      if self.doc[k].text == "»"), 0)  # fmt: skip
        if close:
            self.tokens.extend(self.doc[last + 1 : close + 1])

    def both_sides(self, j: int) -> bool:
        """ "двух стран", "обеих стран", "наших государств" at `j`: the parties, not the
        title's words."""
        if j + 1 >= self.end or self.doc[j].lemma_ not in BOTH:
            return False
        return self.doc[j + 1].lemma_ in PAIR_WORDS

    def bare_pair(self, k: int) -> bool:
        """ "странами", "государствами" alone after "между": the document's pair, as "двумя
        странами" is ("соглашение о рыболовстве между странами действует с 1979 года"), not
        states a word of their own names ("между странами региона", "… европейскими
        странами", "странами-членами"). Sixty-eighth pass, h-agreements85."""
        t = self.doc[k]
        if t.lemma_ not in PAIR_WORDS or not is_plural(t) or case_of(t) != "Ins":
            return False
        after = self.doc[k + 1] if k + 1 < self.end else None
        joined = after is not None and after.text in DASHES_OR_HYPHEN and not after.whitespace_
        return not joined and not any(c.dep_ in _OWN_WORDS for c in t.children)

    def topic_after_date(self, k: int) -> bool:
        """Whether the paper's topic follows its date right after the head ("египетско-
        суданское соглашение 1959 года о водах Нила", "договор от 12 мая 1997 года о
        дружбе"): the title reads on past the date, as it would without it; not "о" of a
        relative clause ("о котором"), nor a date after title words ("о торговле 2018 года
        о …" keeps its first topic)."""
        if self.tokens or k + 1 >= self.end:
            return False
        prep, noun = self.doc[k], self.doc[k + 1]
        return prep.lower_ in _TOPIC_PREPS and noun.pos_ in ("NOUN", "ADJ")

    def year_of_title(self, j: int) -> bool:
        """A bare year in the genitive right after the title ("1997 года", "1997 г."), also
        after a head alone ("временное соглашение 2018 года"), not a time the sentence gives
        ("в 1997 году") nor a full date ("5 марта 1997 года")."""
        end, value = self.dates[j]
        words = [t.lower_ for t in self.doc[j:end]]
        return (
            not any(x.lemma_ in kinds() for x in self.tokens)  # "протокол … в соглашение
            and len(value) == 4  # о торговле 2018 года": the year of the paper it amends
            and self.doc[j].like_num
            and len(words) >= 2
            and words[1] in ("года", "г.", "г")
        )

    def noun_at(self, k: int, lemmas: frozenset[str]) -> bool:
        """The noun phrase at `k` has its noun, past its adjectives, among `lemmas`: a time
        ("конца (текущего) года"), a building ("в Белом доме")."""
        noun = self.noun_past_adjectives(k)
        return noun is not None and noun.lemma_ in lemmas

    def gathering_at(self, k: int) -> bool:
        """The noun phrase at `k` names a gathering ("двустороннем саммите", "на
        бизнес-форуме": `title_words.gathering_noun`), where a paper is signed, not what it is
        about."""
        noun = self.noun_past_adjectives(k)
        return noun is not None and gathering_noun(noun)

    def noun_past_adjectives(self, k: int) -> Token | None:
        """The noun of the noun phrase at `k`, past its adjectives; None where they run to the
        end of what is read."""
        while k < self.end and self.doc[k].pos_ in ("ADJ", "DET", "NUM"):
            k += 1
        return self.doc[k] if k < self.end else None

    def into_force(self, j: int, k: int) -> bool:
        """ "в силу" at `j` (its noun at `k`) is no title word: of a paper's entry into force
        the parse hangs on the paper ("вступления договора в силу"), or a cause ("в силу
        обстоятельств"); only a topic's "вступлении в силу" right before keeps it ("протокол о
        вступлении в силу соглашения"). Sixty-third pass (h-agreements78)."""
        entry = j > self.head.i + 1 and self.doc[j - 1].lemma_ in FORCE_ENTRY
        return self.doc[k].lower_ == "силу" and not entry

    def sent_to(self, k: int) -> bool:
        """The accusative noun phrase at `k` after "в" is a chamber or a body of a state
        (`STATE_BODIES`, `HOUSES`) and a verb of handing governs the title ("направило проект
        соглашения о … в бундестаг", "внесло … в парламент"): where the paper is sent, not
        its topic ("соглашение о выборах в парламент")."""
        while k < self.end and self.doc[k].pos_ in ("ADJ", "DET"):
            k += 1
        t = self.doc[k] if k < self.end else None
        if t is None or case_of(t) != "Acc" or t.lemma_ not in STATE_BODIES | HOUSES:
            return False
        up = self.head
        for _ in range(3):
            if up.pos_ == "VERB":
                break
            up = up.head
        return up.lemma_ in HAND

    def speech_at(self, k: int) -> bool:
        """The noun phrase at `k` is of a speech ("в своём обращении", "в сообщении МИД"),
        not a topic its words beside it make of the same noun ("в прямом международном
        сообщении", "в обращении с отходами": `speech_nouns.txt`)."""
        if not self.noun_at(k, _SPEECH_NOUNS):
            return False
        while self.doc[k].pos_ in ("ADJ", "DET", "NUM"):
            k += 1
        noun = self.doc[k]
        beside = {c.lemma_ for c in noun.children if c.dep_ == "amod"}
        beside |= {preposition(c) for c in noun.children if c.i > noun.i}
        return not beside & SPEECH_TOPICS.get(noun.lemma_, frozenset())

    def waiting(self) -> bool:
        """The last word is an adjective whose noun comes later."""
        return bool(self.tokens) and self.dangling(self.tokens[-1])

    def dangling(self, t: Token) -> bool:
        """An adjective whose noun the title did not reach: "о создании [совместного] с
        ними правительства"; so is a conjunct of one ("о научном, [техническом] и культурном
        сотрудничестве": the parse hangs the later adjectives on the first)."""
        if t.pos_ != "ADJ":
            return False
        first = t
        while first.dep_ == "conj" and first.head.pos_ == "ADJ" and first.head.i < first.i:
            first = first.head
        return first.dep_ == "amod" and first.head.i > t.i and first.head.i != self.head.i

    def predicated(self, t: Token) -> bool:
        """A word of what the verb whose object the head is calls or deems it, an
        instrumental it takes beside the object ("назвал это соглашение историческим",
        "считают такое соглашение выгодным", "назвал данный договор важным шагом"), also an
        adjective the parse hangs on the object in a case it does not agree in ("назвал
        соглашение о морской границе историческим"), or an instrumental it hangs on the
        object ("считает соглашение с X делом будущего", `called`): no title word."""
        if t.pos_ == "ADJ" and case_of(t) == "Ins" and case_of(t.head) not in ("Ins", None):
            return True  # agreeing with no noun it hangs on: "соглашение о границе историческим"
        while t.dep_ == "amod" and t.head.i != t.i:
            t = t.head
        if t.dep_ == "xcomp" and t.head == self.head.head and case_of(t) == "Ins":
            return True
        return t.head == self.head and t in called(self.head)

    def _word_fits(self, t: Token, expect_np: bool, after_inf: bool) -> bool:
        """A word inside a complement noun phrase."""
        case = case_of(t)
        if genitive_noun(t):
            return True
        if t.pos_ == "VERB":  # a participle used as an adjective: "осуждённых украинцев",
            # past the adjectives of its noun: "сжиженного природного газа"
            k = t.i + 1
            while k < self.end and self.doc[k].pos_ == "ADJ" and case_of(self.doc[k]) == case:
                k += 1
            nxt = self.doc[k] if k < self.end else None
            return bool(
                case
                and "Part" in t.morph.get("VerbForm")
                and nxt is not None
                and (nxt.pos_ in ("NOUN", "PROPN") or genitive_noun(nxt))  # "действующего … свопа"
                and case_of(nxt) == case
            )
        if _degree_of_next_adjective(t):
            return True  # "критически важных минералов", "экологически чистого топлива"
        beside = bool(self.tokens) and t.head == self.tokens[-1]
        if t.pos_ in NAME_POS and t.dep_ in NAME_DEPS and beside:
            return True  # "вод реки Омо", "вертолётов Black Hawk": a name beside its noun, in
            # whatever case it stays, with the words of a foreign name after its first
        if t.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "DET"):
            return False
        if t.lower_ in ("который", "которые", "которое", "которая", "этот", "это"):
            return False
        if not case:  # the tagger gives some adjectives no case: "всеобъемлющего …"
            before_noun = t.pos_ == "ADJ" and t.dep_ == "amod" and t.head.i > t.i
            return t.pos_ in ("NUM", "PROPN") or expect_np or before_noun
        if case == "Nom" and not expect_np:
            return False
        return not (case == "Acc" and not (expect_np or after_inf))


def _degree_of_next_adjective(t: Token) -> bool:
    """An adverb of the adjective right after it, which qualifies a noun after it
    ("критически важных минералов"): a word of the noun phrase, not the end of the title."""
    adjective = t.head
    return (
        t.pos_ == "ADV"
        and t.dep_ == "advmod"
        and adjective.i == t.i + 1
        and adjective.pos_ == "ADJ"
        and adjective.head.i > adjective.i
    )


_VERBAL = frozenset({"VERB", "AUX"})
_INTENDING = _VERBAL | {"ADJ"}  # "намерены", "готовы"


def meant_for(verb: Token, paper: Token) -> list[Token]:
    """The infinitives after `verb` that take no object of their own, whose object the paper
    placed first is, though the parse makes it `verb`'s subject or object ("Меморандум о
    туризме стороны собираются подписать"; fifty-fifth pass, h-agreements55): read by the
    title's end and by the paper's status (`status._meant_before`)."""
    return [
        c
        for c in verb.children
        if c.dep_ == "xcomp"
        and c.i > paper.i
        and is_infinitive(c)
        and not any(x.dep_ == "obj" for x in c.children)
    ]


def sides_before_verb(verb: Token) -> Token | None:
    """ "стороны" right before a plural verb the parse gives no subject, hung on the topic of
    a paper placed first ("Декларацию о дружбе стороны подписали": a genitive of "дружбе"):
    the verb's subject, whatever the parse (adverbs and particles between: "стороны ещё не
    подписали"). Fifty-fifth pass (h-agreements54)."""
    if any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children) or not is_plural(verb):
        return None
    k = verb.i - 1
    while k > verb.sent.start and verb.doc[k].pos_ in ("ADV", "PART"):
        k -= 1
    t = verb.doc[k]
    sides = t.lemma_ == SIDES and morph().can_be_all(t.lower_, ("nomn", "plur"))
    # "для принимающей стороны планируют подписать": a preposition's or adjective's noun
    own = any(c.dep_ in ("case", "amod") for c in t.children)
    return t if sides and not own and t.dep_ not in ("obj", "iobj") else None


def before_its_verb(t: Token) -> bool:
    """`t` is the "стороны" `sides_before_verb` reads as the subject of the verb after it."""
    k = t.i + 1
    while k < t.sent.end and t.doc[k].pos_ in ("ADV", "PART"):
        k += 1
    verb = t.doc[k] if k < t.sent.end else None
    return verb is not None and verb.pos_ in ("VERB", "AUX") and sides_before_verb(verb) == t


def quoted_after(ctx: Context, m: Mention) -> Mention | None:
    """The organization whose quoted name comes right after mention `m`: after a club's
    common noun the club itself, `m` its league ("с клубом МЛС «Интер Майами»", "с клубом
    Серии А «Аталанта»"); None where none does."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(ctx.doc) or ctx.doc[span.end].text not in OPENING:
        return None
    at = ctx.doc[span.end + 1].idx
    found = ctx.mentions_in(at, ctx.doc[span.end + 1].sent.end_char)
    return next((x for x in found if x.start == at and x.type == "Organization"), None)


def puts_signatures(t: Token) -> bool:
    """A verb of putting signatures ("скрепили подписями", "поставили подписи под …"), which
    the tagger often reads as an adjective ("скрепили" as ADJ, even as the adjective of
    "подписями"): a signing, not a title word; a past form, not "личными подписями"."""
    if not (t.pos_ == "VERB" or t.pos_ == "ADJ" and morph().can_be(t.lower_, "past")):
        return False
    on_signatures = t.dep_ == "amod" and t.head.lemma_ == "подпись"
    return on_signatures or any(c.lemma_ == "подпись" for c in t.children)


def genitive_noun(t: Token) -> bool:
    """A word the tagger reads as a verb right after a noun of the title, where it has a
    noun's genitive reading and heads no clause of its own ("соглашение об импорте стали":
    "сталь", not "стать", which the parse hangs on the noun or the signing verb); not a
    verb with a subject, an infinitive or a predicate ("Участники соглашения о торговле
    стали партнёрами", "… стали расти"). Genitive adjectives between that agree with that
    reading are its own ("о продлении двустороннего валютного свопа": "свопа" read as a
    participle, which cut the title at "о продлении"; sixty-eighth pass, h-agreements85), and
    so are genitive participles ("о продлении действующего валютного свопа"; sixty-ninth
    pass, h-agreements86)."""
    if t.pos_ != "VERB" or t.dep_ in ("ROOT", "xcomp") or t.i == 0:
        return False
    if any(c.dep_.startswith(_CLAUSE_OWN) for c in t.children):
        return False
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is not None and is_infinitive(nxt):
        return False
    nouns = [p for p in morph().parse(t.lower_) if p.tag.POS == "NOUN" and "gent" in p.tag]
    k = t.i - 1
    while k > 0 and _adjective_like(t.doc[k]) and case_of(t.doc[k]) == "Gen":
        adjective = t.doc[k]
        nouns = [n for n in nouns if _agrees_with_reading(adjective, n)]
        k -= 1
    before = t.doc[k]
    return bool(nouns) and before.pos_ == "NOUN" and before.text.islower()


def _adjective_like(t: Token) -> bool:
    """An adjective, or a participle that qualifies a noun as one ("действующего")."""
    return t.pos_ == "ADJ" or t.dep_ == "amod" and is_participle(t)


def _agrees_with_reading(adjective: Token, noun: Parse) -> bool:
    """Whether the tagger's number and, in the singular, gender of `adjective` are those of
    the noun reading `noun` ("валютного" of "свопа", not "валютной")."""
    number = "".join(features(adjective, "Number")).lower()
    if number != noun.tag.number:
        return False
    return number == "plur" or UD_GENDER.get("".join(features(adjective, "Gender"))) == (
        noun.tag.gender
    )


# dependents that make a verb a clause's own: its subject, a predicate or an object
_CLAUSE_OWN = ("nsubj", "xcomp", "obj", "ccomp", "csubj", "aux", "cop")


def _of_its_groups(t: Token) -> bool:
    """Whether a state's name is the genitive of its parties, factions or unions ("между
    партиями Латвии"): they make the paper, not the state."""
    return t.dep_ == "nmod" and t.head.lemma_ in STATES_GROUPS and case_of(t) == "Gen"


def of_a_firm(t: Token, m: Mention) -> bool:
    """A state's adjective on a firm's common noun ("договор между кенийской и танзанийской
    компаниями"): the firms are the sides, and the state of their nationality none
    (forty-ninth pass, h-agreements35); "между кенийским и танзанийским правительствами"
    stays the states'."""
    if m.via != "adjective" or t.dep_ not in ("amod", "conj"):
        return False
    noun = t.head
    while noun.dep_ == "amod" and noun.head.i != noun.i:
        noun = noun.head  # "танзанийской" hangs on "кенийской" as its conjunct
    return noun.lemma_ in FIRMS


# a border a "с"-phrase names the other side of, as the place of a work the paper is about
_BORDERS = frozenset({"граница", "рубеж"})
_AT = frozenset({"на", "у", "вдоль", "близ", "возле", "около"})


def _border_place(word: Token) -> bool:
    """Whether `word` is a border named as a place ("на границе", "вдоль границы"), not as a
    topic ("о границе")."""
    return word.lemma_ in _BORDERS and preposition(word) in _AT
