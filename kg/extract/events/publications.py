"""Publications (statements, articles, decrees published): who authored or published
them and for which state, whether the text gives the words ("говорится в заявлении"), the
quoted title, and a joint statement's sides.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.common.pair import main_pair
from kg.extract.events.hit import Hit
from kg.extract.events.labels import quoted_after
from kg.extract.events.linking import joint, plural_unnamed, said_in, unique, verb_subjects
from kg.extract.events.triggers import VISITS, trigger_rules
from kg.extract.events.visits import Visits
from kg.extract.events.words import is_role as _is
from kg.extract.events.words import role_words
from kg.model import Mention
from kg.nlp.deps import SUBJECTS, sentence_before
from kg.nlp.deps import preposition as _prep
from kg.nlp.quote_marks import CLOSING, OPENING


class Publications(Visits):
    """Who published a text and whether it gives its words."""

    def _author_named(self, verb: Token, paper: Token) -> bool:
        """Whether the verb's subject phrase, other than the paper, names anyone: a person,
        a state or an organization ("газета The Washington Post", "МИД Японии"), not
        "учёные", nor the passive "доклад о торговле Египта был опубликован"."""
        authors = [s for s in verb_subjects(verb) if s.i != paper.i]
        return any(t.i in self.by_token for s in authors for t in s.subtree)

    def _author_before(self, noun: Token, hit: Hit) -> bool:
        """A statement whose words the text quotes, made by the state or the state's body the
        sentence before has as its subject ("МИД Аргентины выразил протест. «…», — говорится
        в заявлении (ведомства)"): that subject is its author, where the statement names none
        of its own and no one else says the words; a person's is not told (the statement may
        be another's, a joint one)."""
        verb = noun.head
        if hit.persons or hit.states or hit.others or not said_in(noun):
            return False
        named = any(self.mention_head.get(c.i) for c in noun.children if c.dep_ == "nmod")
        if named or verb_subjects(verb) or not quoted_words(verb):
            return False
        before = sentence_before(noun.sent)
        subjects = verb_subjects(before.root) if before is not None else []
        author = self.mention_head.get(subjects[0].i) if len(subjects) == 1 else None
        if author is None or author.type not in {"State", "Organization"}:
            return False
        inside = [m for t in subjects[0].subtree for m in self.by_token.get(t.i, ())]
        states = unique([m.entity for m in inside if m.type == "State"])
        states = [self.state_of_org(author.entity)] if self.state_of_org(author.entity) else states
        if len(states) != 1:
            return False  # a body of no one state ("группа", "ООН")
        hit.states.extend(states)
        return True

    def _publication(self, tok: Token, hit: Hit, anchors: list[Token]) -> None:
        """Author (persons already found), outlet and title of an article or interview."""
        if tok.lemma_ == "статья":
            hit.title = quoted_after(tok)
        own = _is(tok, "own_words") or _is(tok, "network")  # one's own words: no outlet
        owner = self._owner(tok) if own else None
        if owner is not None:
            self._owned(*owner, hit)
        elif own:
            self._drop_shown(tok, hit, anchors)
        for head in [tok, *anchors] if not own else ():
            for t in head.subtree:
                for mention in self.by_token.get(t.i, ()):
                    outlet = mention.type == "Organization" and not hit.outlet
                    if outlet and self._org_reaches(t, head, hit.persons):
                        hit.outlet = mention.entity
        told_joint = joint(tok)
        # "министры провели пресс-конференцию": held by all a plural subject stands for
        several = any(plural_unnamed(s) for a in anchors[:1] for s in verb_subjects(a))
        if told_joint:
            hit.persons = unique(hit.persons[:1] + self._joint_sides(tok))
        elif not several:
            hit.persons = hit.persons[:1]
        if hit.persons or not own:
            # the state one speaks for, also through the body one serves ("пресс-секретарь
            # Госдепартамента США")
            served = [self.state_of(k) for k in hit.persons if self._speaks_for_state(k)]
            hit.states = [s for k in served if (s := self.state_of_org(k) or k)]
        else:  # "в заявлении МИД Кении говорится": the ministry's state makes it
            hit.states = unique(hit.states + [s for s in map(self.state_of_org, hit.others) if s])
        if own and not hit.persons and not hit.agent:
            self._body_author(tok, anchors, hit)
        if told_joint and hit.sides:
            self._held_by_sides(hit)

    def _held_by_sides(self, hit: Hit) -> None:
        """A joint press conference of sides or of plural leaders ("По итогам переговоров
        лидеры двух стран (главы государств) провели совместную пресс-конференцию") is of
        the persons they stand for where two or more, never of one the plural was fused
        into, and of the report's pair where none are named: it had no one and no state, so
        no event. Sixty-second pass (h-events214)."""
        if len(hit.persons) < 2:
            hit.persons = []
        hit.states = unique([s for k in hit.persons if (s := self.state_of(k))])
        if not hit.states:
            hit.states = list(main_pair(self.ctx, only_two=True, places=True))
            hit.pair_given = bool(hit.states)

    def _body_state(self, key: str, word: Token) -> str:
        """A body's state: the gazetteer's, else the one state its words name ("полиции
        Чили", "чилийской полиции")."""
        own = [t for t in word.subtree if not _behind_preposition(t, word)]  # not "о Перу"
        inside = [m.entity for t in own for m in self.by_token.get(t.i, ())]
        states = unique([k for k in inside if k.startswith("state/")])
        return self.state_of_org(key) or (states[0] if len(states) == 1 else "")

    def _owner(self, tok: Token) -> tuple[Mention, Token] | None:
        """Who owns a text of one's own words or a post: the paper's genitive ("в пресс-релизе
        чилийской полиции", "в заявлении МИД Кении"), or, for a network, the genitive of the
        page or account it is on ("на странице МВД Турции в Facebook", "в Telegram-канале
        минобороны Перу"); not a topic ("заявление о Латвии") nor the network's own word."""
        page = tok.head if _is(tok, "network") and _is(tok.head, "page") else tok
        pages = [page]
        if tok.head.pos_ == "VERB" and tok.dep_ in {"obj", "nsubj:pass"}:
            # "на странице МИД Эстонии в Twitter опубликовано заявление": the page's owner
            pages += [c for c in tok.head.children if _is(c, "page") and _on_network(c)]
        for c in (c for p in pages for c in p.children):
            if c.dep_ == "nmod" and not _prep(c) and c.i != tok.i and not _is(c, "network"):
                m = self.mention_head.get(c.i)
                if m is not None and m.type in {"Person", "Organization", "State"}:
                    return m, c
        return None

    def _owned(self, owner: Mention, word: Token, hit: Hit) -> None:
        """The owner of the paper or the page is its author, not one the sentence shows or
        names elsewhere ("на странице МВД Турции в Facebook опубликована фотография X": the
        ministry's, not X's)."""
        hit.persons = [owner.entity] if owner.type == "Person" else []
        if owner.type == "State":
            hit.states, hit.others = [owner.entity], []
        elif owner.type == "Organization":
            state = self._body_state(owner.entity, word)
            hit.states = [state] if state else []
            hit.others = [] if self._state_voice(owner.entity) else [owner.entity]
            hit.agent = "" if self._state_voice(owner.entity) else owner.entity

    def _body_author(self, tok: Token, anchors: list[Token], hit: Hit) -> None:
        """A post or statement by a state body that speaks for no state abroad, told as the
        verb's subject ("МВД Турции опубликовало в Twitter …", "полиция Чили распространила
        пресс-релиз"): the body is its author, with its state; a foreign ministry or a
        government stays its state's voice (`_state_voice`)."""
        for verb in anchors[:1]:
            for subject in verb_subjects(verb):
                m = self.mention_head.get(subject.i)
                if m is not None and m.type == "Organization" and not self._state_voice(m.entity):
                    state = self._body_state(m.entity, subject)
                    if state and hit.states in ([], [state]):
                        hit.agent, hit.others = m.entity, unique([m.entity, *hit.others])

    def _state_voice(self, key: str) -> bool:
        """A body whose words are its state's (a foreign ministry, a government, a head of
        state's office: `state_voice` in `event_words.tsv`), by its name's first words; any
        other (police, an interior ministry, an army) speaks for itself."""
        entity = self.ctx.entity(key)
        name = entity.name.lower() if entity is not None else ""
        return any(name.startswith(v) for v in role_words()["state_voice"])

    def _drop_shown(self, tok: Token, hit: Hit, anchors: list[Token]) -> None:
        """Those a published picture or video shows ("опубликована фотография X", "видео с
        президентом Y") or one's words are about ("заявление о Перу") are not its authors:
        persons and states named inside an `image` noun the publishing verb has as its
        subject or object, or after "о" on the paper."""
        verbs = [a for a in anchors[:1] if a.pos_ in {"VERB", "AUX"}]
        shown = [
            c
            for v in verbs
            for c in v.children
            if c.dep_ in {"obj", "nsubj:pass", "nsubj"} and _is(c, "image")
        ]
        # what one's own words are about ("заявление о Перу"): their topic, no author
        shown += [c for c in tok.children if _prep(c) in {"о", "об", "про"}]
        keys = {m.entity for c in shown for t in c.subtree for m in self.by_token.get(t.i, ())}
        if keys:
            hit.persons = [k for k in hit.persons if k not in keys]
            hit.states = [k for k in hit.states if k not in keys]

    def _joint_sides(self, tok: Token) -> list[str]:
        """Who holds a joint press conference ("Дуда и Науседа провели совместную
        пресс-конференцию", "на совместной пресс-конференции с X Y заявил"): the speakers
        only, its verb's subject and the partner after "с", also of the talks the verb tells
        it after ("после переговоров с X"), not whom they speak of ("… Y раскритиковал Z");
        where that is fewer than two, also those the sentence before has meet ("X встретился
        с Y. На совместной пресс-конференции они сообщили"): its subject, object and partner
        after "с"; not those who sign ("Министры X и Y подписали меморандум"), who met no one
        in it (fifty-sixth pass, h-events179)."""
        verb = [tok.head] if tok.head.pos_ == "VERB" else []
        talks = [c for v in verb for c in v.children if meeting_word(c.lemma_)]
        heads = [tok, *verb, *talks]
        partners = [c for h in heads for c in h.children if _prep(c) == "с"]
        keys = self.subject_mentions(tok) + [k for c in partners for k in self._named(c)]
        persons = unique([k for k in keys if k.startswith("person/")])
        previous = sentence_before(tok.sent)
        if len(persons) > 1 or previous is None:
            return persons
        root = previous.root
        said = [root, *(c for c in root.children if c.dep_ in {"nsubj", "obj"})]
        if not any(meeting_word(t.lemma_) for t in said):
            return persons
        sides = [c for c in root.children if c.dep_ in {"nsubj", "obj"} or _prep(c) == "с"]
        keys = [k for c in sides for k in self._named(c)]
        return unique(persons + [k for k in keys if k.startswith("person/")])

    def _org_reaches(self, tok: Token, head: Token, authors: list[str]) -> bool:
        """Whether an organization at `tok` hangs off `head` without a verb between, and not
        inside the title of a person who is the subject ("Начальник генштаба армии Вьетнама
        X дал интервью газете …": the army is X's, the paper the outlet) or the author
        however the parse hangs him ("заявление, сделанное в интервью журналистам
        представителем Агентства ООН X": the agency is X's; "интервью корреспонденту газеты
        Y" keeps the paper, the correspondent being no author)."""
        start = tok
        while tok.i != head.i:
            if tok.pos_ == "VERB" or tok.head.i == tok.i:
                return False
            if tok.i != start.i and (
                (tok.dep_ in SUBJECTS and self._titles_person(tok))
                or self._titles_person(tok, authors)
            ):
                return False
            tok = tok.head
        return True

    def _titles_person(self, tok: Token, persons: list[str] | None = None) -> bool:
        """A word naming a person, or a title with a person's name apposed to it; with
        `persons`, one of them."""
        words = [tok, *(c for c in tok.children if c.dep_ == "appos")]
        return any(
            (m := self.mention_head.get(t.i))
            and m.type == "Person"
            and (persons is None or m.entity in persons)
            for t in words
        )


def _behind_preposition(t: Token, top: Token) -> bool:
    """Whether a word lies in a phrase with a preposition of its own below `top`."""
    while t.i != top.i and t.head.i != t.i:
        if _prep(t):
            return True
        t = t.head
    return False


def _on_network(page: Token) -> bool:
    """A page or account told on a network ("на странице … в Facebook")."""
    return any(_is(c, "network") for c in page.children)


def quoted_words(verb: Token) -> bool:
    """Whether a verb of saying gives words in quotation marks, before it ("«…», —
    говорится") or after it ("говорится: «…»")."""
    said = [verb.head] if verb.dep_ == "parataxis" else []
    said += [c for c in verb.children if c.dep_ == "parataxis"]
    doc = verb.doc
    return any(
        t.text in OPENING | CLOSING for w in said for t in doc[min(w.i, verb.i) : max(w.i, verb.i)]
    )


def meeting_word(lemma: str) -> bool:
    return any(
        r.kind in VISITS | {"Talks", "Meeting", "Summit"} for r in trigger_rules().get(lemma, ())
    )
