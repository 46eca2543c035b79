"""Which mentions a word reaches through the parse (the hit reader's layer above
`mentions`): a trigger's own dependents, not a verb's or a possessor's (`linked`); a
verb's subjects, with the stray or agreeing names the parser hangs elsewhere
(`subject_mentions`); the person a pronoun or a bare title stands for, from this sentence
or the ones before (`antecedent`, `previous_subject`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Sentence

from kg.doc_text import doc_text, settled_memo, title_end
from kg.extract.agreements.subjects import body_heads, pair_bodies
from kg.extract.common.attribution_words import reporting_lemmas, speech_lemmas
from kg.extract.common.pair import SIDES, bare_sides, main_pair
from kg.extract.context import Context
from kg.extract.events.mentions import Mentions
from kg.extract.events.pronoun_sides import plural_subject, points_elsewhere
from kg.extract.events.triggers import signing_words
from kg.extract.events.words import is_role as _is
from kg.extract.events.words import posted_abroad, role_tokens
from kg.extract.offices.extract import former_holders
from kg.gazetteer import normalize
from kg.lexicon import load_rows
from kg.model import Entity
from kg.nlp.clauses import clause_subjects, opened_between
from kg.nlp.deps import (
    SUBJECTS,
    apposed_across_clause,
    apposed_to,
    before_quotation,
    clause_predicate,
    crossed_verb,
    has_preposition,
    has_subject,
    held_title_between,
    impersonal_of,
    narrative_before,
    negated,
    opened_by_where,
    possessive_pronoun,
    preposition_noun,
    sentence_before,
    speaker_acts,
    that_clause,
    unmarked_subject,
)
from kg.nlp.deps import preposition as _prep
from kg.nlp.morph import case_of, cases_of, features, is_animate, morph
from kg.resolve.city_names import city_state, named_city
from kg.resolve.org_naming import HOUSES
from kg.resolve.title_bodies import CHAIRS
from kg.resolve.title_lexicon import GOVERNMENT_HEADS, ROLE_OFFICES, is_office
from kg.resolve.title_spelling import spelled_out

RELATIVE = {"acl", "acl:relcl"}
PRESENCE = frozenset({("в", "присутствие")})  # "в присутствии глав государств подписан …"


_PRONOUNS = {"он", "она", "который"}  # who may stand for a person named before
PEER = "коллега"  # one who holds the office of the person named beside


_LEADERS = frozenset({"лидер", "глава", "министр", "руководитель"})
# the offices of a state's head, whom "главы государств", "лидеры двух стран" stand for
_HEADS = frozenset(ROLE_OFFICES["head_of_state"])


ROLE_NOUNS = Path(__file__).with_name("role_nouns.tsv")
# "этот журналист" points back as the bare noun does; any other word on it ("другой",
# "местный", "погибший", "один") may bring in someone new
_POINTING = frozenset({"этот", "данный", "тот"})
# words on a role noun that may pick out someone new ("другой", "местный", a clause on it)
_PICKED = frozenset({"amod", "det", "nummod", "appos", "acl", "acl:relcl", "flat:name"})
_TITLE_REACH = 4  # words a title before a name may take ("генерал армии Эстонии X")


class Linking(Mentions):
    """The mentions a word reaches through the parse."""

    def _names_astray(self, subject: Token, verb: Token) -> list[str]:
        """The names right after a plural title subject that the parser hung on a word after
        its verb ("Министры иностранных дел Сербии и Косова X и Y в четверг парафировали
        текст …": X and Y hung on "текст"): the subject's, who act. Seventy-first pass
        (h-events270)."""
        after = subject.right_edge.i + 1
        if "Plur" not in subject.morph.get("Number") or after >= verb.i:
            return []
        name = subject.doc[after]
        if name.dep_ != "appos" or name.head.i < verb.i or name.pos_ != "PROPN":
            return []
        words = [name, *(c for c in name.children if c.dep_ == "conj")]
        return [k for w in words for k in self._heads_of(w)]

    def _heads_of(self, tok: Token) -> list[str]:
        head = self.mention_head.get(tok.i)
        return [head.entity] if head is not None else []

    def linked(self, target: Token, skip: set[int]) -> list[str]:
        """Persons and states whose parse path reaches `target` through names, titles
        and groups ("переговоры главы МИД с Президентом Казахстана"), not through a
        verb or a possessor ("советника Обамы": Obama is not the one who meets)."""
        out = []
        sent = target.sent
        for head in self._heads_in(sent.start, sent.end):
            m = self.mention_head[head]
            if m.type == "Organization" or head in skip:
                continue
            if head == target.i or self._reaches(self.doc[head], target, m.type == "Person"):
                out.append(m.entity)
                out += [n.entity for n in self.by_token.get(head, ()) if n.type == "State"]
        titles = [t for t in sent if t.i not in skip and _peoples_title(t)]
        out += [
            k
            for t in titles
            if t.i == target.i or self._reaches(t, target, True)
            for k in self._titled_by_people(t)
        ]
        return out + self._delegation_cities(target, skip)

    def _titled_by_people(self, title: Token) -> list[str]:
        """The one person named in the sentences before whom a state's adjective on a bare
        singular title stands for ("Президент Египта X принял саудовского министра",
        "принял китайского вице-премьера", "встретился с турецким коллегой"): of that state,
        holding that office (a leader for "лидер", the office of one named beside for
        "коллега"); none where two are, nor for a group ("саудовскую делегацию").
        Seventy-second pass (h-events276)."""
        states = {s for c in title.children if c.dep_ == "amod" for s in self.states_at(c)}
        if len(states) != 1 or title.i in self.mention_head:
            return []
        (state,) = states
        sent = title.sent
        beside = [
            self.ctx.entity(self.mention_head[h].entity)
            for h in self._heads_in(sent.start, sent.end)
        ]
        offices = {e.office.lower() for e in beside if e is not None and e.office}
        before = [self.mention_head[h] for h in self._heads_in(0, sent.start)]
        found = {
            m.entity
            for m in before
            if m.type == "Person"
            and (e := self.ctx.entity(m.entity))
            and e.state == state
            and _holds_title(e, title, offices)
        }
        return list(found) if len(found) == 1 else []

    def _delegation_cities(self, target: Token, skip: set[int]) -> list[str]:
        """The state of a city no mention names whose delegation takes part ("делегация
        Трабзона провела встречу с …": Turkey, by the gazetteer's cities), as a state's
        delegation stands for that state. Sixty-eighth pass (h-events259)."""
        delegations = [
            t
            for t in role_tokens(target.sent, "delegation")  # a `Token` made at those alone
            if t.i == target.i or self._reaches(t, target, False)
        ]
        cities = [
            c
            for d in delegations
            for c in d.children
            if c.dep_ == "nmod" and c.pos_ == "PROPN" and case_of(c) == "Gen" and not _prep(c)
            and c.i not in skip and not self.by_token.get(c.i)
        ]  # fmt: skip
        states = [city_state(named_city(c, self.ctx.gazetteer)) for c in cities]
        return [k for k in states if k]

    def _reaches(self, tok: Token, target: Token, person: bool) -> bool:
        """Whether `tok` (in `target`'s sentence) hangs off `target` through names, titles
        and groups."""
        first = True
        while tok.head.i != tok.i:
            if apposed_across_clause(tok):
                return False  # "Представитель X Y сообщил, что глава Z …": Y is no head's
            parent = apposed_to(tok)
            if _conjunct_in_other_case(tok, parent):
                return False  # "итоги встречи X и канцлера Y, … глава Z уйдёт": not Z's
            possessed = person and first and tok.dep_ == "nmod" and parent.i not in self.in_mention
            if possessed and (parent.i != target.i or is_animate(parent)):
                # a person's possessor: "советника Обамы", "дочь Путина"; also where the one
                # possessed is who acts ("Советник президента Бразилии X дал интервью")
                return False
            if person and first and _genitive_name(tok, parent):
                return False  # "помощник Педро Санчеса": whom the title serves
            if person and first and (held_title_between(tok) or _present_between(parent, tok)):
                # "сестра президента Перу Педро Кастильо": whose she is; "министр …
                # подписал … в присутствии министра X Y": a witness's name
                return False
            if _prep(tok) == "против":
                return False  # "обвинения против X": whom a thing is aimed at does not act
            if not person and _is(parent, "citizen"):
                return False  # "гражданин Мексики прибыл в США": Mexico does not travel
            if not person and first and parent.i == target.i and _prep(tok) == "по":
                return False  # "конференция по Судану": the state it is about takes no part
            if not person and first and _prep(tok) in {"в", "при"} and posted_abroad(parent):
                return False  # "с послом Перу в Чили": where the post is takes no part
            if parent.i == target.i or self._met_at(tok, parent, target):
                return True
            acting = _acting_duties(parent)  # "с исполняющим обязанности премьера X"
            if not acting and self._possessor(tok, parent):
                return False  # "с семьёй президента ЮАР": the president takes no part
            animate = parent.pos_ in {"NOUN", "PROPN"} and is_animate(parent)
            animate = animate or _title_part(parent) or acting
            participle = features(parent, "VerbForm") == ("Part",) and _prep(tok) == "с"
            if participle and parent.head.i == target.i:
                return True  # "предстоящих с Путиным переговоров"
            signed = _is(parent, "document") and target.lemma_ in signing_words()
            owned = not person and _owned_by(tok, parent)  # "заседание межправкомиссии X и Y"
            passes = signed or owned or _is(parent, "group")
            if not (parent.i in self.in_mention or animate or passes):
                return False
            tok, first = parent, False
        return False

    @staticmethod
    def _met_at(tok: Token, place: Token, target: Token) -> bool:
        """ "встретился во дворце с премьером Мальты": the one met, whom the parser hung on
        the place of the meeting, not the place's possessor."""
        at = place.head.i == target.i and _prep(place) in {"в", "на"}
        return at and _prep(tok) == "с" and guest_on_place(tok)

    def _possessor(self, tok: Token, parent: Token) -> bool:
        """A person (a name or a title) in the genitive of a thing or a group of people
        who are not a state's ("семья", "дом"), as opposed to "делегация президента"."""
        if tok.dep_ != "nmod" or parent.i in self.in_mention or _is(parent, "group"):
            return False
        if parent.pos_ not in {"NOUN", "PROPN"} or is_animate(parent):
            return False
        head = self.mention_head.get(tok.i)
        return is_animate(tok) or head is not None and head.type == "Person"

    def subject_mentions(self, tok: Token, climb: bool = True) -> list[str]:
        """Who acts: the subject of the nearest verb up the parse that has a named one;
        without `climb`, of the verb `tok` alone. Who reports an act ("СМИ сообщили об
        аресте") did not do it, unless a state says so of itself ("КНДР подтвердила арест")."""
        verbs = [tok, *ancestors(tok)] if tok.pos_ == "VERB" else ancestors(tok)
        own = said_in(tok)  # "в своём твиттере сообщил X": X reports their own words, and
        verbs = verbs[:1] if own else verbs  # not those of the quote they are said of
        for verb in verbs if climb else [tok]:
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            subjects = verb_subjects(verb)
            for subject in subjects:
                head = self.mention_head.get(subject.i)
                listed = self._listed(subject)
                states = listed or head is not None and head.type == "State"
                told = not _framing(verb, tok) and not _speakers_act(verb, tok)
                if _is(verb, "report") and not states and not own and told:
                    continue
                if subject.pos_ == "PRON" and (key := self.antecedent(subject)):
                    # "Он и его коллега X подписали": and those joined to the pronoun
                    joined = [c for c in subject.children if c.dep_ == "conj"]
                    return unique([key, *(k for c in joined for k in self._named(c))])
                if subject.pos_ == "PRON" and (titled := self._titled_before(subject)):
                    return titled
                if subject.lemma_ == "который" and verb.dep_ == "acl:relcl":
                    subject = verb.head  # "президента Колумбии, который прибыл": the one described
                found = [k for s in _split_pair(verb, subject, subjects) for k in self._named(s)]
                found += self._names_astray(subject, verb)  # "Министры … X и Y парафировали"
                if not found and (key := self.role_holder(subject)):
                    found = [key]  # "генерал X … военный погиб": X
                elif found and not any(k.startswith("person/") for k in found):
                    # "Генерал армии Чили погиб" above "… генерал X": X, with his state
                    found = [key, *found] if (key := self._headline_role(subject)) else found
                if not found and plural_unnamed(subject) and where_sides(subject, verb):
                    return []  # "посетил Лиму, где стороны подписали": the visit's, by its frame
                if not found and plural_unnamed(subject):
                    found = self._several_before(subject) or self._titles_before(subject)
                    found = found or self._last_two_titled(subject) or self._pair_holders(subject)
                if found := found + listed:
                    return unique(found)
                if one_office(subject) and plural_office(subject):
                    return []  # "договорились, что министры обороны встретятся": not who agreed
            # "в день, когда был подписан договор, X назначил …", "X напомнил, что соглашение
            # было подписано …": not X's
            if _clause_of_when(verb) or _passive_told(verb):
                break
        return []

    def role_holder(self, noun: Token) -> str:
        """The person a singular noun of a trade or rank names again (`role_nouns.tsv`:
        "генерал X … военный погиб на месте", "арестован журналист X … освободил
        журналиста"): the one person named before it in the text whose title right before
        the name holds one of the noun's titles; "" where none or two do, where the noun
        names someone of its own or carries a word that may bring in someone new ("другой
        журналист", "местный военный")."""
        titles = _role_titles().get(noun.lemma_) or _agency_head(noun)
        former = _former_office(noun)  # "экс-министр стал …": the one titled "министр"
        titles = frozenset({former}) if titles is None and former else titles
        if titles is None or noun.i in self.in_mention or features(noun, "Number") != ("Sing",):
            return ""
        if named := self._named_after(noun):
            return named  # "задержали генерала. Им оказался X" (h-events106)
        if headed := self._headline_holder(noun, titles, former):
            return headed  # "Генерал НАТО погиб в ДТП" above "… генерал X …" (h-events125)
        if any(
            c.dep_ in _PICKED
            and c.lemma_ not in _POINTING
            or c.dep_ == "nmod"
            and c.i in self.in_mention
            for c in noun.children
        ):
            return ""
        found = self._titled(0, noun.i, titles, former)
        return found.pop() if len(found) == 1 else self._told_in_headline(noun)

    def _titled(self, start: int, end: int, titles: frozenset[str], former: str) -> set[str]:
        """The persons named between tokens `start` and `end` whose title right before the
        name (up to a punctuation mark) holds one of `titles` or the `former` office."""
        found = set()
        for head in self._heads_in(start, end):
            m = self.mention_head[head]
            if m.type != "Person":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            words = []  # the title: words right before the name, up to a punctuation mark
            for t in reversed(
                self.doc[max(span.sent.start, span.start - _TITLE_REACH) : span.start]
            ):
                if t.is_punct:
                    break
                words.append(t)
            lemmas = [t.lemma_.removeprefix("экс-") for t in words]
            if any(w in titles or former and w.startswith(former) for w in lemmas):
                found.add(m.entity)
        return found

    def _headline_role(self, noun: Token) -> str:
        """`_headline_holder` for a role noun whose own phrase names a state ("Генерал армии
        Чили"), which `role_holder` leaves to that state alone below the headline."""
        titles = _role_titles().get(noun.lemma_)
        if titles is None or noun.i in self.in_mention or features(noun, "Number") != ("Sing",):
            return ""
        return self._headline_holder(noun, titles, "")

    def _headline_holder(self, noun: Token, titles: frozenset[str], former: str) -> str:
        """The person a headline's role noun stands for, named only below it ("Генерал НАТО
        погиб в ДТП в Италии" above "… генерал X врезался в пикап … военный погиб"): the one
        person the text names by a title that holds the noun's, where the headline names no
        person; a body of the noun's own ("НАТО") may stand on it, a word that picks one out
        ("другой", "местный") may not. "" where two such persons are named, or none."""
        end = title_end(doc_text(self.doc))
        if end < 0 or noun.idx >= end:
            return ""
        cut = next((t.i for t in self.doc if t.idx > end), len(self.doc))
        if any(self.mention_head[h].type == "Person" for h in self._heads_in(0, cut)):
            return ""  # "Генерал X погиб": the headline names its own
        if any(c.dep_ in _PICKED for c in noun.children):
            return ""
        found = self._titled(cut, len(self.doc), titles, former)
        key = found.pop() if len(found) == 1 else ""
        return key if key and self._told_again_of(noun.head, cut, key) else ""

    def _told_again_of(self, verb: Token, start: int, key: str) -> bool:
        """Whether the text from token `start` on tells `verb`'s act again, by its own verb,
        of the person `key` by name or by a role noun ("… военный погиб на месте"): the
        headline is that act, not one of someone the text only names ("генерал X рассказал о
        гибели коллеги")."""
        again = [t for t in self.doc[start:] if t.lemma_ == verb.lemma_ and t.pos_ == verb.pos_]
        for subject in (c for t in again for c in verb_subjects(t)):
            if key in self._named(subject) or self.role_holder(subject) == key:
                return True
        return False

    def _told_in_headline(self, noun: Token) -> str:
        """The one person the text names before a role noun whose act its headline tells of
        someone by a common noun ("Создатель антивируса арестован в Латвии" above "… полиция
        Латвии арестовала миллионера": the verb's lemma and a subject with no name): he.
        "" where the headline names its own subject, tells another act, or the text names
        no one or two before. Pass forty-sixth, h-events120."""
        verb, end = noun.head, title_end(doc_text(self.doc))
        if end < 0 or noun.idx <= end or verb.pos_ != "VERB" or noun.dep_ != "obj":
            return ""
        told = [t for t in self.doc if t.idx < end and t.lemma_ == verb.lemma_]
        subjects = [c for t in told for c in t.children if c.dep_ in SUBJECTS]
        if not subjects or any(c.pos_ != "NOUN" or c.i in self.in_mention for c in subjects):
            return ""
        before = (self.mention_head[h] for h in self._heads_in(0, noun.i))
        persons = {m.entity for m in before if m.type == "Person"}
        return persons.pop() if len(persons) == 1 else ""

    def _charged_next(self, after: list[Token]) -> str:
        """The person the next sentence opens with as the one charged ("гражданин Турции
        был арестован … . 36-летний X обвиняется в …"): its subject, named before its verb
        of being charged. Pass forty-fourth, own sentences (h-events113)."""
        verb = after[0].sent.root if after else None
        if verb is None or verb.lemma_ not in _CHARGED:
            return ""
        for t in after:
            if t.i >= verb.i:
                break
            m = self.mention_head.get(t.i)
            if m is not None and m.type == "Person" and t.head.i == verb.i and t.dep_ in SUBJECTS:
                return m.entity
        return ""

    def _named_after(self, noun: Token) -> str:
        """The person the next sentence names for a role noun by "Им/Ей оказался X" right at
        its start ("освободил журналиста, задержанного в прошлом месяце. Им оказался X"):
        the one the noun was, whatever words describe it; "" where it names no one so."""
        sent = noun.sent
        if sent.end >= len(self.doc):
            return ""
        after = [t for t in self.doc[sent.end].sent if not (t.is_space or t.is_punct)]
        if charged := self._charged_next(after):
            return charged
        if len(after) < 3 or after[0].lower_ not in _NAMED_AS or after[1].lemma_ != "оказаться":
            return ""
        verb = after[1]
        for t in after[2:]:
            m = self.mention_head.get(t.i)
            if m is not None and m.type == "Person" and t.head.i == verb.i:
                return m.entity
        return ""

    def _several_before(self, subject: Token) -> list[str]:
        """The persons a plural subject that names no one ("они", "лидеры", "стороны")
        stands for: the two the sentence before names ("X и Y встретились в Марселе. Вечером
        лидеры провели телефонный разговор с Z"); none where it names one, as a plural is
        never one person, nor where it names three, of whom it may be any two. A titled
        plural ("министры иностранных дел") stands only for holders of its office, sides or
        leaders only for persons of two states: not a president and a premier before
        "министры иностранных дел", nor a president and his minister before "стороны".
        Sides are all the persons of two states, of whom one may send two ("президент и
        глава МИД Франции встретились с премьер-министром Индии. Стороны обсудили …"). Heads
        of two bodies ("председатели двух палат") are the two the text names before with
        such an office (`body_heads`; h-events266)."""
        if pair_bodies(subject):  # "председатели двух палат": the two heads the text names
            pair = list(main_pair(self.ctx, only_two=True, places=True))
            return body_heads(self.ctx, subject.sent, subject, pair)
        previous = sentence_before(subject.sent)
        if previous is None:
            return []
        named = [self.mention_head[h] for h in self._heads_in(previous.start, previous.end)]
        persons = unique([m.entity for m in named if m.type == "Person"]) or self._carried(previous)
        sides = {*persons, *(self.state_of(k) for k in persons)} - {""}
        if subject.lemma_ == "они" and points_elsewhere(self.ctx, previous, sides):
            return []  # "Журналисты спросили X и Y …. Они …": the press
        if subject.lemma_ != "они" and (office := plural_office(subject)):
            persons = [k for k in persons if holds(self.ctx.entity(k), office)]
        elif subject.lemma_ != "они":
            states = [self.state_of(k) for k in persons]
            if subject.lemma_ == SIDES and "" not in states and len(set(states)) == 2:
                return persons  # "стороны": two states' delegations, of any size each
            persons = persons if len(set(states) - {""}) == len(persons) else []
        return persons if len(persons) == 2 else []

    def _pair_holders(self, subject: Token) -> list[str]:
        """The holders of the office a plural subject names with no state of its own
        ("министры обороны двух стран", "главы МИД", "министры торговли обеих стран"): of each
        of the document's two states, the one person the text names holding it, not one who
        has left it; none where a state has none or two, nor for bare "министры" (any
        ministry). Fifty-seventh pass (h-events182). Leaders of no office ("лидеры", "главы
        государств") are each state's one head (`leaders`), sixty-third pass (h-events230)."""
        office = plural_office(subject)
        pair = main_pair(self.ctx, only_two=True, places=True)
        told = office or _heads_told(subject)
        if not told or office in _LEADERS or not one_office(subject) or len(pair) != 2:
            return []
        if not office and self._third_state_person(subject, set(pair)):
            return []  # "Лула встретился с Рамафосой … Лидеры подписали": not the report's two
        former = self.ctx.once(former_holders)
        found = leaders(self.ctx, set(pair), office, until=subject.idx)  # never one named after
        keys = [k - former for k in found.values()]
        return sorted(min(k) for k in keys) if all(len(k) == 1 for k in keys) else []

    def _last_two_titled(self, subject: Token) -> list[str]:
        """The persons a titled plural that names no one ("лидеры", "министры", "главы МИД
        двух стран") stands for, where the sentence before names no two: the last two the
        text names BEFORE it who hold its office (any leader for "лидеры"), of two states
        ("Премьер-министр Индии X прибыл … . Его встретил премьер-министр Непала Y. Лидеры
        посетили …": X and Y, not the president Z named after). None where the sentences
        from the earlier of them on name a third such person (either of one state's two may
        be meant) or a person of a third state (any two of three may be). Seventy-second pass
        (h-events276)."""
        office = plural_office(subject)
        if not one_office(subject) or not (office or _heads_told(subject)):
            return []
        heads = sorted(self._heads_in(0, subject.i))
        titled = [
            (h, k, s)
            for h in heads
            if (k := self._titled_person(h, office)) and (s := self.state_of(k))
        ]
        picked: dict[str, str] = {}
        for head, key, state in reversed(titled):
            picked.setdefault(state, key)
            if len(picked) == 2:
                start = self.doc[head].sent.start
                window = [k for h, k, s in titled if h >= start]
                # "X и Y прибыли в Дакар. Их встретил Z. Министры …": which of X and Y
                named = [self.mention_head[h] for h in heads if h >= start]
                states = {self.state_of(m.entity) for m in named if m.type == "Person"}
                # "Король Норвегии принял королеву Дании и короля Швеции": any two of three
                alone = states - {""} <= set(picked)
                return list(picked.values()) if len(set(window)) == 2 and alone else []
        return []

    def _titled_person(self, head: int, office: str) -> str:
        """The person a mention head names where they hold `office` (lead a state or its
        government for ""), else ""."""
        m = self.mention_head[head]
        person = self.ctx.entity(m.entity) if m.type == "Person" else None
        if person is None or not (holds(person, office) if office else _leads(person)):
            return ""
        return m.entity

    def _third_state_person(self, subject: Token, pair: set[str]) -> bool:
        """Whether a person of a state outside the report's `pair` is named before `subject`:
        then "лидеры" naming no one may be any two of the leaders met, not surely the pair's
        (sixty-third pass, lead's fix after h-events230)."""
        named = [self.mention_head[h] for h in self._heads_in(0, subject.i)]
        states = {self.state_of(m.entity) for m in named if m.type == "Person"}
        return bool(states - pair - {""})

    def _carried(self, previous: Sentence) -> list[str]:
        """Whom a sentence that names no person carries on with by a plural subject that
        names no one ("X и Y провели телефонный разговор. Стороны обсудили …. Министры
        обороны двух стран встретятся …"): the persons that subject stands for. Fifty-sixth
        pass (h-names119)."""
        plural = plural_subject(previous)
        return self._several_before(plural) if plural is not None and plural_unnamed(plural) else []

    def _titles_before(self, pronoun: Token) -> list[str]:
        """Whom "они" stands for where the sentence before has as its subject persons titled
        by their states' offices, joined or plural ("Президент Чили и президент Перу прибыли
        в Кито. Они провели переговоры …", "Президенты Чили и Перу …"): all of them, with
        two states or more, where `_several_before` finds no two named; not one person
        ("Президент Чили прибыл …"), nor a body ("МИД Чили и МИД Перу …"), nor where that
        sentence has another subject ("…, а министры Перу и Эквадора провели переговоры").
        Fifty-sixth pass (h-events175)."""
        previous = sentence_before(pronoun.sent)
        subject = plural_subject(previous) if pronoun.lemma_ == "они" and previous else None
        if subject is None or any(t.dep_ in SUBJECTS and t != subject for t in subject.sent):
            return []
        titles = [subject, *(c for c in subject.children if c.dep_ == "conj")]
        if not all(is_office([t.lemma_], state_role=True) or t.lemma_ in _LEADERS for t in titles):
            return []
        keys = unique([k for t in titles for k in self._named(t)])
        return keys if sum(k.startswith("state/") for k in keys) > 1 else []

    def _named(self, subject: Token) -> list[str]:
        """Whom a subject names: its own mention first, then those its phrase reaches."""
        return self._heads_of(subject) + self.linked(subject, set())

    def _listed(self, subject: Token) -> list[str]:
        """The states a count subject spells out after a colon ("шесть из 11 стран-членов:
        X, Y, а также Z", "три страны: X и Y"): each one listed acts, a place it names does not
        ("посетил три страны: …" is no subject)."""
        counts = [subject, *(c for c in subject.children if c.dep_ == "nmod")]
        counts = [c for c in counts if _is(c, "members")]
        if not counts or subject.pos_ != "NUM" and subject.i != counts[0].i:
            return []
        items = [
            c
            for n in counts
            for c in n.children
            if c.dep_ in {"parataxis", "appos"} and any(p.text == ":" for p in c.children)
        ]
        keys = [k for c in items for k in self.linked(c, set())]
        return [k for k in keys if k.startswith("state/")]

    def antecedent(self, pronoun: Token) -> str:
        """The person a singular "он"/"она" stands for: the last person named before it in
        its sentence ("власти задержали Бакрауи …, после чего депортировали его"), never the
        subject of its own verb ("Буш назначил его"); with none, the subject of the sentence
        before. "который" stands for the person named right before it
        ("поздравил Барак Обама, который в телефонном …"). A possessive one ("его", which
        the tagger gives no number) with none before it is the subject's too ("X ушёл с
        поста. Его отставка …")."""
        owner = possessive_pronoun(pronoun)
        if (
            features(pronoun, "Number") != ("Sing",)
            and not owner
            or pronoun.lemma_ not in _PRONOUNS
        ):
            return ""
        sent, previous = pronoun.sent, before_quotation(pronoun.sent)
        if pronoun.lemma_ == "который":  # ", который …": the person named right before it
            before = [h for h in self._heads_in(sent.start, pronoun.i) if h < pronoun.i]
            last = max(before, default=-1)
            near = last >= 0 and all(t.is_punct or t.i in self.in_mention
                                     for t in self.doc[last + 1 : pronoun.i])  # fmt: skip
            head = self.mention_head.get(last)
            return head.entity if near and head is not None and head.type == "Person" else ""
        co_subject = _co_subject(pronoun)
        heads = [h for h in self._heads_in(sent.start, pronoun.i) if h not in co_subject]
        heads = [h for h in heads if not came_to_power(self.doc, self.doc[h].left_edge.i)]
        named = sorted((self.mention_head[h] for h in heads), key=lambda m: m.start)
        gender = "Fem" if pronoun.lemma_ == "она" else "Masc"
        persons = [m.entity for m in named if m.type == "Person"]
        fitting = [k for k in persons if self._of_gender(k, sent, gender)]
        # "в убийстве Политковской предъявлено X-у … к её смерти": not X, whom no name names;
        # a subject no one before it fits is the sentence before's ("X прибыл в Хельсинки.
        # После переговоров с Санной Марин он заявил")
        if fitting or previous is None or persons and pronoun.dep_ not in SUBJECTS:
            return fitting[-1] if fitting else ""
        # "Король объявил … . Об этом он …"; not "Борич прибыл … . Она встретилась …"
        key = self._last_subject(previous, gender) or self._one_not_subject(previous, gender)
        if not key and pronoun.dep_ == "obj" and not owner:  # "X родился … . В армии командовал
            key = self._over_dropped_subjects(previous, gender)  # дивизией. … отстранил его"
        if pronoun.dep_ in SUBJECTS and not key and self._other_gender(previous, gender):
            # "X прибыл в Ригу, где встретился с Y. Она отметила … . Затем он посетил …": X
            earlier = sentence_before(previous)
            if earlier is not None:
                key = self._last_subject(earlier, gender) or self._one_not_subject(earlier, gender)
        if pronoun.dep_ in SUBJECTS or owner:
            return key
        # an object: "X отправился в Сирию. В Судане его арестовали"; never whom its own
        # verb's subject stands for ("X прибыл в Y. Там он назначил его")
        if held := self._role_antecedent(pronoun):
            return held  # "актёр попытался …, однако полиция его задержала" (h-events112)
        if self._unnamed_antecedent(pronoun) or previous.root.pos_ not in {"VERB", "AUX"}:
            return ""  # nor over a caption ("Реджеп Тайип Эрдоган") or one its sentence gives
        verb = pronoun.head
        if verb.pos_ != "VERB":
            return key
        own = self.subject_mentions(verb, False)
        return key if key not in own else self._last_not_subject(previous, gender, own)

    def _last_not_subject(self, sent: Sentence, gender: str, own: list[str]) -> str:
        """The last person of `gender` that `sent`, the sentence before, names who is not the
        subject of the object pronoun's own verb ("Арсе принял Хуана Мендосу. Арсе назначил
        его послом": Mendosa, never Arse); "" where it names no other. Forty-ninth pass, own
        sentences (h-events129)."""
        heads = self._heads_in(sent.start, sent.end)
        persons = [self.mention_head[h] for h in heads if self.mention_head[h].type == "Person"]
        others = [
            m.entity
            for m in sorted(persons, key=lambda m: m.start)
            if m.entity not in own and self._of_gender(m.entity, sent, gender)
        ]
        return others[-1] if others else ""

    def _over_dropped_subjects(self, sent: Sentence, gender: str) -> str:
        """The subject person of the sentence before `sent` (or the one before that) where
        `sent` and any between drop their subject and name no person: they go on telling of
        the same one ("X родился в Пуэбле. В армии командовал дивизией. В 2012 году министр
        отстранил его": X). Pass forty-fourth, own sentences (h-events113)."""
        for _ in range(2):
            if not self._subject_dropped(sent):
                return ""
            earlier = sentence_before(sent)
            if earlier is None:
                return ""
            key = self._last_subject(earlier, gender)
            if key:
                return key
            sent = earlier
        return ""

    def _subject_dropped(self, sent: Sentence) -> bool:
        """A finite singular verb heads `sent` with no subject of its own, and it names no
        person."""
        root = sent.root  # one person's: singular ("В ООН выразили …" is anyone's)
        if root.pos_ != "VERB" or features(root, "VerbForm") != ("Fin",):
            return False
        if features(root, "Number") != ("Sing",):
            return False
        # not a plural object the parser took for the subject ("прошёл все ступени")
        if any(features(s, "Number") != ("Plur",) for s in verb_subjects(root)):
            return False
        heads = self._heads_in(sent.start, sent.end)
        return not any(self.mention_head[h].type == "Person" for h in heads)

    def _other_gender(self, sent: Sentence, gender: str) -> bool:
        """The sentence's one subject is "он"/"она" of the other gender, and it names no
        person of `gender`: it speaks of someone else, and "он" after it goes back past it."""
        subjects = [t for t in sent if t.dep_ in SUBJECTS]
        if len(subjects) != 1 or subjects[0].pos_ != "PRON":
            return False
        told = subjects[0].morph.get("Gender")
        heads = self._heads_in(sent.start, sent.end)
        persons = [
            self.mention_head[h].entity for h in heads if self.mention_head[h].type == "Person"
        ]
        return (
            bool(told)
            and told != [gender]
            and not any(self._of_gender(k, sent, gender) for k in persons)
        )

    def _titled_before(self, pronoun: Token) -> list[str]:
        """The state of a woman a title that no name gives tells as the one subject of the
        sentence before, by her verb's gender, where "она", the subject, names no one ("Там
        его встретила президент Перу. Она провела с ним переговоры": Peru's); not a title of
        a man ("Его встретил президент Перу. Затем он …" may be either), nor where a person
        comes before the pronoun in its own sentence."""
        before = sentence_before(pronoun.sent)
        if pronoun.lemma_ != "она" or before is None or before.root.pos_ not in {"VERB", "AUX"}:
            return []
        if any(self.mention_head[h].type == "Person"
               for h in self._heads_in(pronoun.sent.start, pronoun.i)):  # fmt: skip
            return []
        subjects = [t for t in before if t.dep_ in SUBJECTS]
        if len(subjects) != 1 or subjects[0].head.i != before.root.i:
            return []
        (title,) = subjects
        if not is_office([title.lemma_], state_role=True) and title.lemma_ not in _LEADERS:
            return []
        if features(before.root, "Gender") != ("Fem",) or features(title, "Gender") != ("Masc",):
            return []
        keys = unique(self.linked(title, set()))  # the title's state alone, no one named
        return keys if len(keys) == 1 and keys[0].startswith("state/") else []

    def _role_antecedent(self, pronoun: Token) -> str:
        """The person its sentence's main subject names again by a trade or rank, before
        the pronoun ("Армен Джигарханян … . А 30 октября актёр попытался …, однако полиция
        его задержала": the actor named before, `role_holder`). Pass forty-fourth, own
        sentences (h-events112)."""
        gender = pronoun.morph.get("Gender")
        for s in verb_subjects(pronoun.sent.root):
            same = s.i < pronoun.i and s.pos_ != "PRON" and s.morph.get("Gender") == gender
            if same and (key := self.role_holder(s)):
                return key
        return ""

    def _unnamed_antecedent(self, pronoun: Token) -> bool:
        """Whether its sentence's main subject, before the pronoun, is one no name gives that
        it may stand for: singular, of its gender, a person or a count ("Один из террористов
        был задержан …, где его отпустили"; not "Власти задержали его", nor "Президент X
        назначил его", whom X is not)."""
        gender = pronoun.morph.get("Gender")
        return any(
            s.i < pronoun.i
            and s.pos_ != "PRON"
            and features(s, "Number") == ("Sing",)
            and s.morph.get("Gender") == gender
            and (s.pos_ == "NUM" or is_animate(s))
            and not self._named(s)
            for s in verb_subjects(pronoun.sent.root)
        )

    def previous_subject(self, verb: Token) -> str:
        """Whom a verb with no subject of its own tells of: the person the sentence before
        has as its subject, where the verb's gender fits ("X возглавлял МИД. В 2008 году
        освобождён от должности")."""
        before = sentence_before(verb.sent)
        gender = verb.morph.get("Gender")
        return self._last_subject(before, gender[0]) if before is not None and gender else ""

    def _last_subject(self, sent: Sentence, gender: str) -> str:
        """The subject person of `sent`, the sentence before, where its name's gender, and
        that of a pronoun its subject is, is `gender` or unknown ("Хань Гоюй сразится с Цай
        Инвэнь. После её избрания": not Хань Гоюй; "X … . Кроме того, он муж Y. Она …": not X)."""
        key = self._subject_person(sent)
        said = [s for s in verb_subjects(sent.root) if s.pos_ == "PRON"]  # "Кроме того, он …"
        fits = all(s.morph.get("Gender") in ([], [gender]) for s in said)
        return key if fits and self._of_gender(key, sent, gender) else ""

    def _one_not_subject(self, sent: Sentence, gender: str) -> str:
        """The one person of `gender` that `sent`, the sentence before, names where its
        subject is of the other gender or plural ("X … . Кроме того, он муж Марии Лопес. Она
        …": Лопес; "Правые выдвинули кандидатом X. Он победил": X; not "Борич прибыл в Лиму.
        Она …", which names no woman)."""
        # a plural subject ("Правые выдвинули X. Он …") is of neither gender's "он"/"она";
        # a title's gender is the verb's ("Президент Перу X встретила Y. Он …": Y)
        told = sent.root.morph.get("Gender") if sent.root.pos_ in {"VERB", "AUX"} else []
        # "Варгаса объявили в розыск. Его поимка …": a plural verb with no subject tells what
        # unnamed people did, so the one person it names is no subject (h-events116)
        unnamed = not verb_subjects(sent.root) and features(sent.root, "Number") == ("Plur",)
        if not unnamed and all(
            s.morph.get("Gender") in ([], [gender])
            and features(s, "Number") != ("Plur",)
            and told in ([], [gender])
            for s in verb_subjects(sent.root)
        ):
            return ""
        heads = self._heads_in(sent.start, sent.end)
        persons = [self.mention_head[h] for h in heads if self.mention_head[h].type == "Person"]
        fitting = unique([m.entity for m in persons if self._of_gender(m.entity, sent, gender)])
        if not fitting:  # "X прибыл в Y. Там его встретил Z. Она провела с ним …": X
            said = [t for t in sent if t.lemma_ in {"он", "она"} and t.dep_ not in SUBJECTS]
            # a possessive "его"/"её" the tagger gives no gender: its form's ("Его поимка …")
            said = [t for t in said if features(t, "Gender") == (gender,) or _owner_of(t, gender)]
            fitting = unique([k for t in said if (k := self.antecedent(t))])
        return fitting[0] if len(fitting) == 1 else ""

    def _of_gender(self, key: str, sent: Sentence, gender: str) -> bool:
        """Whether the names of `key` in `sent` are of `gender` or of none the tagger knows;
        a past verb a name is the subject of tells its gender over the tagger's guess for the
        name ("Позднее Ранд, чей рост был …, сказала": hers; events118)."""
        heads = self._heads_in(sent.start, sent.end)
        named = [self.doc[h] for h in heads if self.mention_head[h].entity == key]
        return all(_told_gender(t) in ([], [gender]) for t in named)

    def _same_subject(self, sent: Sentence) -> bool:
        """The sentence's main subject names the person the sentence before has as its
        subject ("Путин подписал указ. Об этом Президент России сообщил …"): it goes on
        about them, as "он" would."""
        before = narrative_before(sent)
        if before is None:
            return False
        key = self._subject_person(sent)
        return bool(key) and key == self._subject_person(before)

    def _subject_person(self, sent: Sentence) -> str:
        """The person named as the subject of a sentence's main verb, or whom its subject
        "он" stands for ("Бородин … . Он был выбран … . В 2017 году он снова встречался")."""
        for subject in verb_subjects(sent.root):
            head = self.mention_head.get(subject.i)
            if head is not None and head.type == "Person":
                return head.entity
            if subject.pos_ == "PRON":
                return self.antecedent(subject)
            found = [k for k in self.linked(subject, set()) if k.startswith("person/")]
            if found:
                return found[0]
        if verb_subjects(sent.root):
            return ""
        # no subject where the parser hung the name elsewhere ("Союзом художников Кирилл
        # Бородин был делегирован"): the one person named in the nominative
        named = {
            m.entity
            for h in self._heads_in(sent.start, sent.end)
            if (m := self.mention_head[h]).type == "Person"
            and features(self.doc[h], "Case") == ("Nom",)
        }
        return named.pop() if len(named) == 1 else ""


def _told_gender(name: Token) -> list[str]:
    """A name's gender: that of the past verb it is the subject of, else the tagger's."""
    verb = name.head
    said = verb.morph.get("Gender") if name.dep_ in SUBJECTS and verb.pos_ == "VERB" else []
    return said or name.morph.get("Gender")


def _former_office(noun: Token) -> str:
    """The office a noun of one who held it names ("экс-министр", "экс-премьер" → "министр",
    "премьер"), which a title before a name holds as its word's start ("премьер-министр",
    "экс-премьер-министр России X"); "" for any other noun. Pass forty-fourth, own sentences
    (h-events111)."""
    lemma = noun.lemma_.lower()
    if noun.pos_ not in {"NOUN", "PROPN"} or not lemma.startswith("экс-"):
        return ""
    office = lemma.removeprefix("экс-")
    return office if is_office([office]) else ""


def _acting_duties(tok: Token) -> bool:
    """The words of an acting post around its title ("с исполняющим обязанности главы МИД
    Афганистана Амиром Ханом Муттаки"): "обязанности" under the participle of "исполнять",
    and that participle, through which the one named under the title is who acts, as under
    any title. Sixty-seventh pass (h-events254)."""
    duties = tok if tok.lemma_ == _DUTIES else None
    acting = tok.head if duties is not None else tok
    part = acting.lemma_ == _ACTING and features(acting, "VerbForm") == ("Part",)
    return part and (duties is not None or any(c.lemma_ == _DUTIES for c in tok.children))


_DUTIES, _ACTING = "обязанность", "исполнять"


def _title_part(tok: Token) -> bool:
    """A genitive noun inside a title ("министры иностранных дел Польши и Литвы", "начальник
    штаба армии Бразилии"): a state named under it is the title holder's."""
    head = tok.head
    return (
        tok.dep_ == "nmod"
        and features(tok, "Case") == ("Gen",)
        and head.pos_ == "NOUN"
        and is_animate(head)
    )


def where_sides(subject: Token, verb: Token) -> bool:
    """Bare "стороны" in a clause of "где" on a place ("в июле X посетил Лиму, где стороны
    подписали соглашение"): the sides of the visit or stay whose place it is, which its frame
    gives, not the persons of the sentence before (fifty-ninth pass, h-agreements65)."""
    where = verb.dep_ in RELATIVE and opened_by_where(verb)
    return where and subject.lemma_ == SIDES


def plural_unnamed(subject: Token) -> bool:
    """A plural subject that names no one of its own: "они", holders of one office
    ("лидеры", "министры"), or "стороны"."""
    if "Plur" not in subject.morph.get("Number"):
        return False
    return subject.lemma_ == "они" or one_office(subject) or bare_sides(subject)


def plural_office(subject: Token) -> str:
    """The office a titled plural subject names, singular and spelled out ("министры
    иностранных дел", "главы МИД": "министр иностранных дел"; "министры": "министр"); ""
    for sides and for leaders of any office ("лидеры", "главы государств")."""
    if subject.lemma_ == SIDES:
        return ""
    if _chamber_chairs(subject):  # "спикеры парламентов двух стран": chairs, by either title
        return str(subject.lemma_)
    left = [c.lemma_ for c in subject.lefts if c.dep_ == "amod"]
    words = [w.text.lower() for w in _title_words(subject)]
    office = " ".join([*left, subject.lemma_, *words])
    full = spelled_out(office)
    if full == office and words:  # "главы внешнеполитических ведомств": the singular's form
        one = " ".join(
            [*left, subject.lemma_, *(morph().inflect(w, {"gent", "sing"}) for w in words)]
        )
        full = spelled_out(one) if spelled_out(one) != one else full
    return "" if full == office and subject.lemma_ in _LEADERS - {"министр"} else full


def _heads_told(subject: Token) -> bool:
    """A plural of states' heads that names no office ("лидеры", "главы государств"), not
    heads of anything else ("главы делегаций", "руководители компаний")."""
    words = [w.lemma_ for w in _title_words(subject)]
    return (
        subject.lemma_ == "лидер"
        and not words
        or subject.lemma_ == "глава"
        and words == ["государство"]
    )


def _title_words(subject: Token) -> list[Token]:
    """The words after a titled noun that its office is of ("министры иностранных дел",
    "главы МИД"), up to whose offices they are ("… Греции и Турции", "… двух стран"): a
    proper noun only where it makes a short form of an office with the words before it
    ("МИД", "МВД" after "главы"), as a state's name never does. Fifty-fourth pass
    (h-events159). Not `agreements.subjects._title_words`: other words (h-review54)."""
    own = [t.i for c in subject.rights if c.dep_ == "nmod" for t in c.subtree]
    words: list[Token] = []
    for w in subject.doc[subject.i + 1 : max(own) + 1] if own else []:
        if (
            w.pos_ == "NUM"
            or w.lemma_ == "страна"
            or w.pos_ == "PROPN"
            and not _short_form(subject, [*words, w])
        ):
            break
        words.append(w)
    return words


def _short_form(subject: Token, words: list[Token]) -> bool:
    """Whether a noun and the words after it are a short form of an office ("глава МИД")."""
    office = " ".join([subject.lemma_, *(w.text.lower() for w in words)])
    return spelled_out(office) != office


def joint(noun: Token) -> bool:
    """A gathering told joint ("совместная пресс-конференция"): of those who met, not one's."""
    return any(c.lemma_ == "совместный" for c in noun.children)


def holds(person: Entity | None, office: str) -> bool:
    """Whether a person holds an office or, for a bare one ("министр"), one of its kind
    ("министр иностранных дел")."""
    held = person.office.lower() if person is not None else ""
    if " " not in office and office in CHAIRS:  # "спикеры двух парламентов": either title
        return held.split(" ")[0] in CHAIRS
    return held == office or (" " not in office and held.startswith(office + " "))


def _chamber_chairs(tok: Token) -> bool:
    """Chairs of parliaments or chambers, titled by either word ("спикеры двух парламентов",
    "председатели обеих палат"): one office, a chamber's chair, whom "спикер" names only with
    the chamber (not a spokesman: "спикеры форума"). Sixty-sixth pass (h-events247)."""
    chambers = HOUSES | {"палата"}
    return tok.lemma_ in CHAIRS and any(
        c.dep_ == "nmod" and c.lemma_ in chambers for c in tok.children
    )


def _peoples_title(tok: Token) -> bool:
    """A bare singular noun a state's adjective may title ("саудовского министра",
    "турецким коллегой"), not one named here ("министра Халида бин Салмана")."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in tok.children):
        return False
    if "Sing" not in tok.morph.get("Number"):
        return False
    named = any(c.dep_ in {"appos", "flat:name"} for c in tok.children)
    return not named and (tok.lemma_ in {PEER, "лидер"} or is_office([tok.lemma_]))


def _holds_title(person: Entity, title: Token, beside: set[str]) -> bool:
    """Whether a person holds what a bare title names: a leader for "лидер", an office one
    named `beside` holds for "коллега", else the title's office ("премьер": any head of
    government)."""
    if title.lemma_ == PEER:
        return person.office.lower() in beside
    if title.lemma_ == "лидер":
        return _leads(person)
    office = spelled_out(" ".join([title.lemma_, *(w.text.lower() for w in _title_words(title))]))
    heads = office in GOVERNMENT_HEADS and normalize(person.office) in GOVERNMENT_HEADS
    return heads or holds(person, office)


def _leads(person: Entity) -> bool:
    """Whether a person heads a state or its government (whom "лидеры" may name)."""
    held = person.office.lower()
    return held in _HEADS or normalize(held) in GOVERNMENT_HEADS


def leaders(
    ctx: Context, states: set[str], office: str = "", until: int | None = None
) -> dict[str, set[str]]:
    """Of each state, the persons the text names (before the character `until`, where given)
    who lead it: who hold `office` where one is told ("главы МИД": ministers); else its head
    of state, or, where the text names none for it, its head of government ("Премьер-министр
    Ирландии X" where no president is named: he is its leader). A minister never leads.
    Fifty-fifth pass (h-events169)."""
    found: dict[str, set[str]] = {s: set() for s in states}
    governing: dict[str, set[str]] = {s: set() for s in states}
    for m in ctx.mentions if until is None else (m for m in ctx.mentions if m.start < until):
        person = ctx.entity(m.entity) if m.type == "Person" else None
        if person is None or person.state not in found:
            continue
        held = person.office.lower()
        if holds(person, office) if office else held in _HEADS:
            found[person.state].add(m.entity)
        elif not office and normalize(held) in GOVERNMENT_HEADS:
            governing[person.state].add(m.entity)
    return {s: found[s] or governing[s] for s in states}


def titled_sides(tok: Token, anchors: list[Token]) -> str:
    """The office a plural subject of holders names with their states ("Министры
    иностранных дел Греции и Турции провели переговоры": "министр иностранных дел"), whose
    holders a sentence near may name (`building._holders_near`); "" for any other subject."""
    for verb in dict.fromkeys([tok, *anchors]):
        for s in verb_subjects(verb):
            plural = "Plur" in s.morph.get("Number")
            if plural and (is_office([s.lemma_], state_role=True) or s.lemma_ in _LEADERS):
                return plural_office(s)
    return ""


def one_office(tok: Token) -> bool:
    """A title ("президенты", "главы государств", "министры") that names no state of its
    own ("президенты Чили и Перу" do)."""
    # "министров финансов G20": the parser hangs "G" on the title as its apposition
    own = [g for g in tok.children if g.dep_ in {"nmod", "amod", "nummod", "det", "appos"}]
    office = is_office([tok.lemma_], state_role=True) or tok.lemma_ in _LEADERS
    office = office or _chamber_chairs(tok)
    # "главы МИД двух стран": the body's short name is the office's, not a state's
    title = set(_title_words(tok)) if office else set()
    # "Главы МИД двух стран X и Y": the holders' own names are no state (h-events269)
    own = [g for g in own if not (g.dep_ == "appos" and g.ent_type_ == "PER")]
    return office and not any(t.pos_ == "PROPN" and t not in title for g in own for t in g.subtree)


def _owned_by(tok: Token, body: Token) -> bool:
    """A state in the bare genitive of a body ("заседание межправкомиссии Вьетнама и Кубы",
    "смешанной комиссии Чада и Камеруна", "комиссии парламента Чили"): the body's state, so
    one of what it holds; not one it is about ("комиссия по Ливии")."""
    genitive = tok.dep_ == "nmod" and features(tok, "Case") == ("Gen",) and not has_preposition(tok)
    return genitive and _body(body)


def _body(tok: Token) -> bool:
    """A noun of a body, also of a joint one ("комиссия", "межправкомиссия")."""
    return tok.pos_ == "NOUN" and (_is(tok, "body") or _is(tok, "joint"))


# a possessive pronoun's gender and number: "её" a feminine singular's, "его" a masculine or
# neuter singular's, "их" a plural's
_POSSESSED = {"её": ("Fem",), "ее": ("Fem",), "его": ("Masc", "Neut"), "их": ()}


def possessed_body(sitting: Token) -> Token | None:
    """The body a sitting's possessive pronoun stands for ("Стороны учредили совместную
    комиссию. Её первое заседание пройдёт …": the commission): the last noun of a body
    (`_body`), of the pronoun's number and gender, before the pronoun in its own sentence
    ("возобновить работу комиссии и провести её заседание", sixty-third pass, h-events225),
    else in the sentence before; None where the sitting has no such pronoun or neither
    holds such a noun (sixtieth pass, h-events198)."""
    pronoun = _possessive(sitting)
    if pronoun is None:
        return None
    own = _possessed_fits(pronoun, sitting.doc[sitting.sent.start : pronoun.i])
    previous = sentence_before(sitting.sent)
    if own or previous is None:
        return own[-1] if own else None
    fits = _possessed_fits(pronoun, previous)
    return fits[-1] if fits else None


def _possessive(sitting: Token) -> Token | None:
    """The possessive pronoun before `sitting`: hung on it, or right before its words and
    hung on its verb as a second object, as the parser reads "провести её первое заседание"
    ("её" the accusative of "она"); None where there is none."""
    own = next((c for c in sitting.children if c.lower_ in _POSSESSED and c.i < sitting.i), None)
    if own is not None or not sitting.left_edge.i:
        return own
    before = sitting.doc[sitting.left_edge.i - 1]
    stray = before.lower_ in _POSSESSED and before.dep_ == "obj" and before.head == sitting.head
    return before if stray and sitting.dep_ == "obj" else None


def _possessed_fits(pronoun: Token, words: Iterable[Token]) -> list[Token]:
    """The nouns of a body among `words` of the possessive `pronoun`'s number and gender."""
    genders = _POSSESSED[pronoun.lower_]
    number = ("Sing",) if genders else ("Plur",)
    return [
        t
        for t in words
        if _body(t)
        and features(t, "Number") == number
        and (not genders or features(t, "Gender")[:1] in [(g,) for g in genders])
    ]


def guest_on_place(tok: Token) -> bool:
    """A person's title the parser hung on the place a guest is received in."""
    return tok.dep_ == "nmod" and tok.i > tok.head.i and is_animate(tok)


def said_in(noun: Token) -> bool:
    """A text whose words the verb it hangs on gives: "в своём заявлении Моралес
    подчеркнул", "в заявлении МИД Кении говорится"; not "сделал заявление", "в ответ на
    заявление", nor one of a later clause the parser hung on the verb before it ("считают,
    что в заявлении нет ничего нового": no words of it are given)."""
    verb = noun.head
    if _prep(noun) != "в" or noun.dep_ not in {"obl", "nmod"} or verb.pos_ != "VERB":
        return False
    if verb.i < noun.i and opened_between(verb, noun):
        return False
    return verb.lemma_ in speech_lemmas() | reporting_lemmas() and not negated(verb)


_TOLD_OF = frozenset({"о", "об", "про"})


def _framing(verb: Token, tok: Token) -> bool:
    """`tok` sits in a circumstance of `verb`, not in what the verb reports ("В ходе визита в
    Каир министр X сообщил президенту Y о решении": the minister, on the visit, reports
    something else; "сообщили об аресте", "сообщил, что …": the act is the news). Forty-ninth
    pass, own sentences (h-events130)."""
    branch = _branch_under(verb, tok)
    return branch is not None and branch.dep_ == "obl" and _prep(branch) not in {"", *_TOLD_OF}


def _speakers_act(verb: Token, tok: Token) -> bool:
    """`tok` sits in a clause "что …" of no subject of its own under `verb`, in its number
    ("сообщил, что посетит Амман", "подтвердил, что прибудет в Иорданию"), also one of a
    short adjective of intent ("сообщил, что намерен посетить Китай": h-events226): the one
    who reports tells their own act, not the news of another's. Sixty-second pass (h-events214)."""
    branch = _branch_under(verb, tok)
    return branch is not None and clause_predicate(branch) and speaker_acts(branch)


def _branch_under(verb: Token, tok: Token) -> Token | None:
    """The word at or above `tok` that hangs on `verb` itself, else None."""
    return next((a for a in [tok, *tok.ancestors] if a.head.i == verb.i and a.i != verb.i), None)


def ancestors(tok: Token, stop: frozenset[str] = frozenset()) -> list[Token]:
    """The words above `tok`, up to (not past) one whose lemma is in `stop`; past an arc
    that crosses a finite verb, that verb and its own (`crossed_verb`)."""
    out = []
    while tok.head.i != tok.i and tok.lemma_ not in stop:
        tok = crossed_verb(tok, tok.head) or tok.head
        if tok in out:
            break  # crossings that lead round: the walk ends where it has been
        out.append(tok)
    return out


# "руководитель ведомства": the head of the agency the text titled its minister or head
_AGENCY = "ведомство"
_AGENCY_HEADS = frozenset({"руководитель", "глава", "начальник"})
_AGENCY_TITLES = frozenset({"министр", "глава", "руководитель", "начальник", "директор"})


def _agency_head(noun: Token) -> frozenset[str] | None:
    """The titles "руководитель/глава ведомства" names again (the one the text titled a
    minister or head before), None for any other noun. Pass forty-fourth, own sentences
    (h-events113)."""
    if noun.lemma_ not in _AGENCY_HEADS:
        return None
    of = [c for c in noun.children if c.dep_ == "nmod" and c.lemma_ == _AGENCY]
    return _AGENCY_TITLES if of and not list(of[0].children) else None


def came_to_power(doc: Doc, start: int) -> bool:
    """A name right after "к власти" ("после прихода к власти X", "с приходом к власти X"):
    the one who came to power, whom the parser may hang on the clause's verb as its object
    or subject; never one removed or appointed there. Pass forty-fourth, own sentences
    (h-events113)."""
    if start < 1:
        return False
    power = doc[start - 1]
    return power.lemma_ == "власть" and any(c.lemma_ == "к" for c in power.children)


def _owners_verb(pronoun: Token) -> Token | None:
    """The verb of attending a possessive "его"/"её" stands under, through the nouns it owns
    ("X присутствовал на его инаугурации": "присутствовал", whose subject attends another's
    event; his own would be "своей"); None inside a subject ("X и его супруга прибыли": X's
    wife), with no verb, or under any other verb, where news writes "его" for the subject's
    own too ("X провёл в тюрьме два года с момента его ареста"). Sixty-fourth pass
    (h-events233; narrowed to attending after the merges)."""
    word = pronoun.head
    while word.pos_ not in {"VERB", "AUX"}:
        if word.dep_ in SUBJECTS or word.head.i == word.i:
            return None
        word = word.head
    return word if _is(word, "attend") else None


def _co_subject(pronoun: Token) -> set[int]:
    """The tokens of the subject of the verb a non-subject "его"/"её" hangs off (or of the
    verb that one is conjoined to): "Буш назначил его послом" — "его" is never Буш."""
    if pronoun.dep_ in SUBJECTS or pronoun.lemma_ == "который":
        return set()
    verb = _owners_verb(pronoun) if possessive_pronoun(pronoun) else pronoun.head
    if verb is None:
        return set()
    while verb.dep_ == "conj" and not has_subject(verb):
        verb = verb.head
    found: set[int] = set()
    for c in verb.children:
        if c.dep_ in SUBJECTS:  # its unbroken span: a name the parser hung on it from afar
            span = {t.i for t in c.subtree}  # is not the subject
            lo, hi = c.i, c.i
            while lo - 1 in span:
                lo -= 1
            while hi + 1 in span:
                hi += 1
            found.update(range(lo, hi + 1))
    head = verb.head  # "… , тогдашний министр X отстранил его": the parser made the verb a
    clause = verb.dep_ == "parataxis" and head.i < verb.i  # parataxis of its subject
    if clause and head.pos_ in {"NOUN", "PROPN"} and features(head, "Case") == ("Nom",):
        found.add(head.i)  # (h-events113)
        found.update(t.i for c in head.children if c.i < verb.i for t in c.subtree)
    return found


def _split_pair(verb: Token, subject: Token, subjects: list[Token]) -> list[Token]:
    """A plural verb's singular subjects the parser hung on it one by one, "и" between them,
    where a participle clause cut the first off ("X, прибывший в Лиму, и Y провели
    переговоры"): one coordinated subject, all of whom act; else `subject` alone."""
    joined = features(verb, "Number") == ("Plur",) and len(subjects) > 1
    joined = joined and all(features(s, "Number") == ("Sing",) for s in subjects)
    joined = joined and any(c.lemma_ == "и" and c.dep_ == "cc" for c in verb.children)
    return subjects if joined else [subject]


def _passive_told(verb: Token) -> bool:
    """A passive clause of "что" with its own subject ("напомнил, что соглашение было
    подписано президентами двух стран в 2022 году"): the one who recalls or says it tells of
    an act done by others, and is no one who took part. Sixty-sixth pass (h-events248)."""
    return that_clause(verb) and any(c.dep_ == "nsubj:pass" for c in verb.children)


def _clause_of_when(verb: Token) -> bool:
    """A clause of "когда" on a noun ("в день, когда был подписан договор"): its act is
    none of the verb's the noun hangs on, so whoever acts in it is its own; not one of
    "где" on a place ("прибыл в Брюссель, где встретился": the traveller meets), nor one
    the parser hangs on the verb (pass forty-one, own sentences, h-events101)."""
    clause = verb.dep_ in {"acl", "acl:relcl"}
    return clause and any(c.lemma_ == "когда" for c in verb.children)


def _described(verb: Token) -> bool:
    """An active participle whose noun is its subject: one after it ("Клинтона, приехавшего
    в …"), or one it stands before in its case ("тело скончавшегося президента X"; not "дочь
    погибшей Мария", whose head the parser takes for the daughter)."""
    active = features(verb, "VerbForm") == ("Part",) and features(verb, "Voice") == ("Act",)
    if not active or verb.dep_ not in {"acl", "acl:relcl", "amod"} or verb.head.i == verb.i:
        return False
    return verb.dep_ != "amod" or features(verb, "Case") == features(verb.head, "Case")


def verb_subjects(verb: Token) -> list[Token]:
    """The verb's subject; for an infinitive, whoever controls it: the person its head acts on
    ("пригласил Путина посетить", "убедил президента согласиться"), else the head's subject.
    Read once per verb of a settled Doc (the event readers ask it of one verb ~2 times: 2,186
    calls per 100 NEREL documents), each caller given its own list."""
    memo = settled_memo(verb.doc, "event_subjects")
    if memo is None:
        return _read_subjects(verb)
    found = memo.get(verb.i)
    if found is None:
        found = memo[verb.i] = tuple(t.i for t in _read_subjects(verb))
    doc = verb.doc
    return [doc[i] for i in found]


def _read_subjects(verb: Token) -> list[Token]:
    """`verb_subjects`, read from the parse."""
    # "Во время своего визита X заявил, что его поддержит Y": X the parser hangs on the
    # later verb is "заявил"'s
    subjects = clause_subjects(verb, SUBJECTS) or unmarked_subject(verb)
    subjects = _time_clause_subjects(verb, subjects) or subjects
    if len(subjects) > 1:
        subjects = [c for c in subjects if not relative_subject(c, verb)] or subjects
    agreeing = [c for c in subjects if features(c, "Number") == features(verb, "Number")]
    if len(subjects) > 1 and features(verb, "Number") and agreeing:
        return agreeing  # "Бэ Чжун Хо посетили представители посольства": who agrees visits
    if subjects:
        return subjects
    counted = _counted_subject(verb)
    if counted:
        return counted
    said = [c for c in verb.children if c.dep_ == "parataxis" and c.i > verb.i]
    before = [g for c in said for g in c.children if g.dep_ in SUBJECTS and g.i < verb.i]
    if before:  # "Президент X прибудет в Y …, сообщил МИД": parsed as the speech verb's
        return before
    if _described(verb):
        return [verb.head]  # "Клинтона, приехавшего в …": who the participle describes
    if verb.dep_ == "xcomp":
        return _controllers(verb)
    if datives := _dative_controllers(verb):
        return datives
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        subjects = verb_subjects(verb.head)
        shared = [s for s in subjects if _agrees_with(verb, s)]
        if subjects and not shared:  # "Смерть X совпала с годовщиной …, и был смещён"
            return _agreeing_before(verb)
        return shared
    same = features(verb, "Number") == features(verb.head, "Number")
    if verb.lemma_ in reporting_lemmas():  # "X провёл три дня, говорится в заявлении": X
        return []  # is what the text says, not who says it
    if verb.dep_ == "parataxis" and same and features(verb, "VerbForm") == ("Fin",):
        return verb_subjects(verb.head)  # "задержали его, после чего депортировали"
    if features(verb, "VerbForm") == ("Fin",):  # "По итогам переговоров главы государств
        return [t for t in verb.subtree if _stray_subject(t, verb)][:1]  # подписали"
    return []


def _controllers(verb: Token) -> list[Token]:
    """Who does an infinitive's act: the person its head acts on ("пригласил Путина посетить",
    "убедил президента согласиться"), the one it helps ("помог X занять пост"; pass
    forty-third, h-events107), else the head's subject."""
    head = verb.head
    objs = [c for c in head.children if c.dep_ in {"obj", "iobj"}]
    if _is(head, "help"):
        objs = [c for c in objs if c.dep_ == "iobj" and is_animate(c)]
    elif not _is(head, "invite"):
        objs = [c for c in objs if c.dep_ == "obj" and is_animate(c)]
    if objs:
        return objs
    # "пригласил Такаити посетить Нью-Дели": the invitee the parser hung on the infinitive
    # as its object, between the two verbs (h-events167)
    between = [c for c in verb.children if c.dep_ == "obj" and head.i < c.i < verb.i]
    if _is(head, "invite") and between:
        return between
    return verb_subjects(head) if head.i != verb.i else []


def _dative_controllers(verb: Token) -> list[Token]:
    """Who does an infinitive that is an impersonal verb's clausal subject: that verb's
    dative with no preposition ("Министрам обороны Чили и Перу не удалось встретиться",
    "Президенту Египта предстоит посетить Иорданию"), which such a clause has for its
    subject (sixty-first pass, h-events205)."""
    head = impersonal_of(verb)
    if head is None:
        return []
    datives = (c for c in head.children if c.dep_ in {"iobj", "obl"} and case_of(c) == "Dat")
    return [c for c in datives if not has_preposition(c)]


def _counted_subject(verb: Token) -> list[Token]:
    """A count of states the parser took for a second object of a plural verb with no subject
    ("Договор ратифицировали три страны: X, Y и Z"): the paper is the object, the count the
    subject, and the list after its colon names who acts (`EventReader.linked`)."""
    objects = [c for c in verb.children if c.dep_ == "obj"]
    if features(verb, "Number") != ("Plur",) or len(objects) < 2:
        return []
    return [c for c in objects if _counts_members(c)]


def _counts_members(tok: Token) -> bool:
    """A count of states: "три страны", "шесть из 11 стран-членов"."""
    if tok.pos_ == "NUM":
        return any(c.dep_ == "nmod" and _is(c, "members") for c in tok.children)
    return _is(tok, "members") and any(n.dep_.startswith("nummod") for n in tok.children)


def relative_subject(word: Token, verb: Token) -> bool:
    """A second subject or object the parser hung on the verb after a relative clause that
    has no subject of its own ("посетит тюрьму, в которой находился Мандела", "посетит дом,
    в котором жил Неру"): that clause's subject."""
    deps = SUBJECTS if word.dep_ in SUBJECTS else {word.dep_}
    if word.dep_ not in {"obj", *SUBJECTS} or not any(
        c.dep_ in deps and c.i < word.i for c in verb.children
    ):
        return False
    return any(
        t.dep_ in RELATIVE and t.pos_ == "VERB" and not has_subject(t)
        for t in verb.doc[verb.i + 1 : word.i]
    )


def _agrees_with(verb: Token, subject: Token) -> bool:
    """Whether a thing can be the subject of a verb of its sentence by gender ("смерть …
    был смещён" cannot); a person can whatever the title's gender ("президент ушла")."""
    if is_animate(subject, pronoun=True):
        return True
    genders = verb.morph.get("Gender"), subject.morph.get("Gender")
    return not all(genders) or genders[0] == genders[1]


def _agreeing_before(verb: Token) -> list[Token]:
    """The subject of the nearest verb before `verb` in its sentence that it agrees with: the
    verb the parser should have joined it to ("…, который правил … и был смещён")."""
    for other in reversed(verb.doc[verb.sent.start : verb.i]):
        if other.pos_ != "VERB" or other.i == verb.head.i:
            continue
        subjects = [c for c in other.children if c.dep_ in SUBJECTS]
        genders = [s.morph.get("Gender") for s in subjects]
        if subjects and all(not g or g == verb.morph.get("Gender") for g in genders):
            return subjects
    return []


def _stray_subject(tok: Token, verb: Token) -> bool:
    """A nominative noun before a verb with no subject, agreeing with it, that the parser
    hung on another noun, or a bare name it hung on the verb as a circumstance ("Накануне
    Милей провёл телефонный разговор": a surname the dictionary also reads as "миль"): the
    verb's subject."""
    bare_name = tok.dep_ == "obl" and tok.pos_ == "PROPN" and not _prep(tok)
    return (
        tok.i < verb.i
        and (tok.dep_ == "nmod" or bare_name and tok.head.i == verb.i)
        and tok.pos_ in {"NOUN", "PROPN"}
        and features(tok, "Case") == ("Nom",)
        and features(tok, "Number") == features(verb, "Number")
    )


def _genitive_name(name: Token, title: Token) -> bool:
    """A name the parser hangs on a nominative title as its apposition, a word of which the
    tagger reads as a genitive and no reading makes a nominative ("помощник Педро Санчеса",
    "заместительница Сергея Собянина"): whom the title serves, not who holds it; not a
    foreign name pymorphy3 reads as another case ("Президент Перу Дина Болуарте"), nor one
    after the title's own place ("Президент Нигера М. Иссуфу": the state's president, however
    the tagger reads "Иссуфу"; forty-ninth pass, h-events127)."""
    if name.dep_ != "appos" or name.head.i != title.i or features(title, "Case") != ("Nom",):
        return False
    if any(_place_genitive(c) and title.i < c.i < name.i for c in title.children):
        return False
    words = [name, *(c for c in name.children if c.dep_ == "flat:name")]
    return any(features(w, "Case") == ("Gen",) and morph().never_nominative(w.text) for w in words)


def _place_genitive(word: Token) -> bool:
    """An inanimate proper name in the genitive hung on a title: the place it serves
    ("Президент Нигера")."""
    inanimate = features(word, "Animacy") == ("Inan",)
    return word.dep_ == "nmod" and word.pos_ == "PROPN" and inanimate and case_of(word) == "Gen"


def unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def _conjunct_in_other_case(tok: Token, parent: Token) -> bool:
    """A title the parser joined as a conjunct to a title in another case ("итоги встречи X
    и канцлера Y, … глава Z покинет пост": "канцлера" hung on "глава"): words joined by "и"
    share their case, so this one belongs to another phrase. Titles only, a name's case
    being too often guessed, and an event noun's genitive the parser often joins to it
    ("Встреча X и министра Y": Y's meeting too); by every reading of each form
    ("губернатора, члена": Acc or Gen both)."""
    if tok.dep_ != "conj" or tok.pos_ != "NOUN" or parent.pos_ != "NOUN":
        return False
    if not is_animate(parent):  # a trigger's own conjunct
        return False
    case, other = cases_of(tok), cases_of(parent)
    return bool(case) and bool(other) and not case & other


def _time_clause_subjects(verb: Token, subjects: list[Token]) -> list[Token]:
    """The subject of a verb in a time clause ("X вступил в должность после того, как его
    отец, Y, умер") that the parser left outside it, where the parse gives the verb none or
    one before the clause (X, the main clause's); none found, the parse's stands ("X
    вернулся после того, как посетил Y": X both)."""
    opener = _time_clause_opener(verb)
    if opener is None or subjects and all(c.i > opener.i for c in subjects):
        return []
    return _cut_off_subjects(verb, opener)


_TIME_CLAUSE = frozenset({"тот"})  # "после того, как", "перед тем, как", "до того, как"


def _time_clause_opener(verb: Token) -> Token | None:
    """The subordinator of the time clause the verb stands in ("…, после того, как его отец
    умер"): "как" after "того," with no other verb between it and the verb; the clause has
    its own subject, and one before it is the main clause's."""
    doc = verb.doc
    for t in reversed(doc[verb.sent.start + 2 : verb.i]):
        if t.pos_ in {"VERB", "AUX"}:
            return None
        if t.pos_ == "SCONJ" and doc[t.i - 1].text == "," and doc[t.i - 2].lemma_ in _TIME_CLAUSE:
            return t
    return None


def _cut_off_subjects(verb: Token, mark: Token) -> list[Token]:
    """The nominative between a subordinate clause's subordinator and its verb that the
    parser hung outside the clause ("после того, как его отец, X, умер": "отец" hung on
    "того"), in the verb's number and gender: the clause's subject."""
    words = verb.doc[mark.i + 1 : verb.i]
    return [
        t
        for t in words
        if t.pos_ in {"NOUN", "PROPN"}
        and features(t, "Case") == ("Nom",)
        and not mark.i < t.head.i < verb.i
        and features(t, "Number") == features(verb, "Number")
        and _agrees_with(verb, t)
    ]


_CHARGED = frozenset({"обвиняться", "подозреваться"})  # "X обвиняется в …" (h-events113)
_NAMED_AS = frozenset({"им", "ей"})  # "Им оказался X", "Ей оказалась X": who the role noun was


def _role_titles() -> dict[str, frozenset[str]]:
    """role_nouns.tsv: a noun of a trade or rank → the title lemmas it names again."""
    return _load_role_titles(ROLE_NOUNS)


@cache
def _load_role_titles(path: Path) -> dict[str, frozenset[str]]:
    return {r[0]: frozenset(r[1].split("|")) for r in load_rows(path)}


def _owner_of(pronoun: Token, gender: str) -> bool:
    """A possessive "его" (a man's) or "её" (a woman's) the tagger gives no gender, read by
    its form (h-events116)."""
    if pronoun.morph.get("Gender") or not possessive_pronoun(pronoun):
        return False
    return pronoun.lower_ in ({"его"} if gender == "Masc" else {"её", "ее"})


def _present_between(title: Token, name: Token) -> bool:
    """Whether a name the parse hung on a title before it follows "в присутствии" between
    them ("Министр … Чили и министр … Перу подписали соглашение в присутствии министра …
    Чили Марии Лопес": Lopes under the second "министр"): the name is the witness's, who
    signs nothing nor takes part (sixty-eighth pass, h-events260)."""
    if name.dep_ != "appos" or name.i < title.i:
        return False
    return any(preposition_noun(w, PRESENCE) for w in name.doc[title.i + 1 : name.i])
