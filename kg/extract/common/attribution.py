"""Who the text says said a stretch of it: the speaker of a quote or a sentence.

Regions of the document are attributed to persons, strongest evidence first:
1. direct speech closed by an attribution ("– …, – заявил Токаев.", "«…», отметил
   он", "Он подчеркнул: …"); when speech resumes after it ("«…, — сказал он. — …»")
   one region over both parts, the attribution its `gap` (two quotations "«…», -
   пишет он. - «…»" stay two); speech a report names ("— приводит его слова
   «Интерфакс»", "— говорится в заявлении Токаева") is the person's, not the
   outlet's; "По его словам, …:" gives the speaker the quotation or paragraph after
   its colon; after a colon only when the verb leads straight into it (no object or
   "что"-clause of its own before the colon, unless a quotation mark opens the
   speech), and a paragraph after a colon only when the narrator reports no speech
   in it (a verb of saying with a named or "он" subject: "Он добавил, что …");
   straight marks nest, an opening one told from a closing one by what touches it
   ("«выделило "Петробраз". Больным …»");
2. transcript turns ("В.Путин: …"); when a document has turns of two or more
   speakers each turn runs to the next one, across sentences and paragraphs,
   otherwise (a headline "Токаев: …") only to the end of its line;
3. a sentence whose verb of saying has a person subject ("Токаев подчеркнул,
   что …", "как отметил X", "по словам X", "X уверен");
4. quoted text with no attribution after a sentence that reports a person's
   article or interview ("Токаев написал статью …") belongs to that author.
Subjects are Person mentions from the resolver (names, initials, titles);
"он"/"она" is the last person who was a subject before it, or where kg knows that one is
of the other gender, the one person of its gender named in the sentence before; a verb's
gender ("сказала") rules out persons of the other for a title. Speakers are never
guessed: a verb whose subject is an organization or an unresolved noun
("сообщил министр") gives no speaker.

Since the forty-fourth pass (h-split46) this module keeps the attributor's top layer (its
passes over the document) and the functions other kinds call; the layers below it are
attribution_speech.py (regions of speech), attribution_spans.py (where speech runs in the
text), attribution_speakers.py (a verb of saying's speaker), attribution_persons.py (which
person a word is) and attribution_mentions.py (the attributor's state, persons' subjects,
gender, titles and descriptions), and their helpers attribution_words.py (words of speech,
`Region`), attribution_layout.py (marks, dashes, lines) and attribution_grammar.py (a name's
case and description).
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from spacy.tokens import Span, Token

from kg.extract.common.attribution_grammar import animate_nominative, names_words
from kg.extract.common.attribution_layout import (
    answer_start,
    asked,
    ends_sentence,
    line_end,
    matching_close,
    matching_open,
    paragraph_lines,
    trim,
)
from kg.extract.common.attribution_speech import Speech
from kg.extract.common.attribution_words import (
    DIRECT,
    MARKS,
    SENTENCE,
    TURN,
    WORDS_OF,
    Region,
    is_statement,
    points_at_said,
    points_back,
    says_here,
)
from kg.extract.context import Context
from kg.lexicon import load_list
from kg.nlp.deps import SUBJECTS, is_predicate, negated, sentence_before
from kg.nlp.morph import features
from kg.nlp.quote_marks import CLOSING, OPENING

LEAD_INS = Path(__file__).with_name("lead_ins.txt")


# what stands between a quotation and the next whole one its speaker goes on with: the rest
# of one sentence, its attribution ("», сказал X. «"), with no quotation marks in it
_ONE_SENTENCE_ON = re.compile(r"[^«»„“\"\n.!?…]*[.!?…]\s+")


# Predicates by which one answers words another said ("С этими словами согласился X").
_REPLYING = frozenset(
    ["согласиться", "соглашаться", "согласный", "солидарный", "солидаризироваться",
     "возразить", "возражать", "спорить", "поспорить", "оспорить", "оспаривать"]
)  # fmt: skip


# a quotation's close right before "(с) такими/этими словами": "«…» — такими словами X …"
_BEFORE_THESE_WORDS = re.compile(r"[»“\"][.,]?\s*[—–-]?\s*(?:[Сс]\s+)?$")


# what follows a headline's quotation: a dash and who said it, to the line's end
_HEADLINE_TAIL = re.compile(r"[ \t\u00a0]*[—–][ \t\u00a0]+(\S[^\n]*?)[ \t.]*$", re.M)


_ABOUT = re.compile(r"[ \t]+(?:о|об|обо|про)[ \t]")  # "— Песков о переговорах"


def speaker_of(ctx: Context, start: int, end: int) -> str:
    """Person key of whoever the text says said [start, end), or ""."""
    start, end = trim(ctx.document.text, start, end)
    if end <= start:
        return ""
    quoted = start > 0 and ctx.document.text[start - 1] in OPENING
    best: Region | None = None
    for r in regions(ctx):
        if quoted and start <= r.at < end and not (r.gap and r.gap[0] <= r.at < r.gap[1]):
            continue  # a verb inside quoted words reports speech that they quote
        overlap = min(end, r.end) - max(start, r.start)
        if overlap * 2 < end - start:
            continue
        if best is None or _closer(r, best, start):
            best = r
    return best.speaker if best else ""


def cited_in_turn(ctx: Context, sent: Span, at: int) -> str:
    """Whom a sentence of a transcript turn or an interview's answer cites for its own words
    at `at` ("Как отметил министр X, к 2030 году этот показатель можно довести до …", "По
    словам X, …"): the turn's speaker tells what X said, so a figure there is X's; "" where
    no turn covers the
    sentence, a quotation covers `at` (its own speaker wins anyway) or the sentence cites
    no one. A quote keeps the whole paragraph its turn's (`speaker_of`)."""
    text = ctx.document.text
    covering = [r for r in regions(ctx) if r.start <= at < r.end]
    turns = [r for r in covering if r.rank == TURN or _answer(text, r)]
    if not turns or any(r.rank == DIRECT and r not in turns for r in covering):
        return ""
    own = [
        r
        for r in covering
        if r.rank == SENTENCE and r.speaker and sent.start_char <= r.at < sent.end_char
    ]
    return own[0].speaker if own and all(r.speaker != own[0].speaker for r in turns) else ""


def _answer(text: str, r: Region) -> bool:
    """Whether a region is an interview's answer (`_Attributor._answers`): direct speech
    attributed at the question's paragraph before it, which tells others' words as a turn
    does."""
    return (
        r.rank == DIRECT
        and 0 <= r.at < r.start
        and asked(text[r.at : line_end(text, r.at)].strip())
    )


def _closer(r: Region, best: Region, start: int) -> bool:
    """Whether a region attributes words at `start` better than `best`: a higher rank, a
    narrower stretch, then the verb nearer the words ("X пообещал …, а Y заявил, что «…»"
    has one sentence for both verbs: Y's)."""
    return (r.rank, r.end - r.start, abs(start - r.at)) < (
        best.rank,
        best.end - best.start,
        abs(start - best.at),
    )


def regions(ctx: Context) -> list[Region]:
    """Every attributed region of the document (computed once per Context)."""
    return ctx.once(_read_regions)


def _read_regions(ctx: Context) -> list[Region]:
    return _Attributor(ctx).run()


class _Attributor(Speech):
    """One pass over a document collecting attributed regions."""

    def run(self) -> list[Region]:
        self._collect_subjects()
        self._turns()
        author = ""
        previous = None
        for sent in self.ctx.sents:
            author = self._authoring(sent) or author
            if author:
                self.authors.append((sent.start_char, author))
            found = len(self.out)
            self._owned_quotations(sent)
            self._sentence(sent, author)
            # "Он принёс извинения, объяснив их усталостью:\n…": a verb of saying gave only
            # the sentence, the colon is still the clause's
            if not any(r.rank == DIRECT for r in self.out[found:]):
                self._colon_quotation(sent)
            self._these_words(sent)
            if previous is not None:
                self._anaphoric(sent, previous)
            previous = sent
        self._led_in()
        self._run_on()
        self._continued()
        self._answers()
        self._headlines()
        return self.out

    def _run_on(self) -> None:
        """ "«A», сказал X. «B»": a quotation that is the whole sentence right after the
        one closing X's quotation goes on with X's words, and so may the next ("«B». «C»");
        a narrator's sentence between ends them ("«A», сказал X. Визит продлится два дня.
        «B»"), and so does a quotation the sentence goes on after ("«Спартак» выиграл")."""
        pending = [r for r in self.out if r.rank == DIRECT and r.speaker]
        while pending:
            r = pending.pop()
            after = r.end + 1 if r.end < len(self.text) and self.text[r.end] in CLOSING else r.end
            opening = self._next_opening(after, line_end(self.text, after))
            if opening is None or r.at >= opening:
                continue
            if not _ONE_SENTENCE_ON.fullmatch(self.text, after, opening) and not (
                self.text[r.end - 1] in ".!?…" and not self.text[after:opening].strip()
            ):
                continue  # more than the attribution's one sentence between
            close = self._sentence_quotation(opening)
            if close is None:
                continue
            self._add(opening + 1, close, r.speaker, DIRECT, at=r.at)
            pending.append(self.out[-1])

    def _sentence_quotation(self, opening: int) -> int | None:
        """The closing mark of a quotation from `opening` that ends its sentence, states
        something and no region attributes yet; else None."""
        close = matching_close(self.text, opening)
        if close is None or not ends_sentence(self.text, close):
            return None
        quoted = self.ctx.doc.char_span(opening + 1, close, alignment_mode="contract")
        if quoted is None or not is_statement(quoted) or self._quoted_regions(opening + 1, close):
            return None
        return close

    def _led_in(self) -> None:
        """ "X был краток. «…»", "X обратился к жителям. «…»": a quotation that is the whole
        sentence right after one in its paragraph whose predicate tells its person subject
        spoke (`lead_ins.txt`, or a verb of saying with no clause of what was said) is that
        person's words; not after a sentence with quotation marks or a clause of its own,
        nor one whose subject names no one ("Представитель концерна был краток")."""
        for sent in self.ctx.sents:
            opening = sent.start_char
            if self.text[opening] not in OPENING:  # most: the sentence before is not made
                continue
            previous = sentence_before(sent)
            if previous is None:
                continue
            if "\n" in self.text[previous.start_char : opening]:
                continue
            close = self._sentence_quotation(opening)
            verb = previous.root
            if close and self._leads_in(verb) and (key := self._lead_in_speaker(verb)):
                self._add(opening + 1, close, key, DIRECT, at=verb.idx)

    def _lead_in_speaker(self, verb: Token) -> str:
        """Who a lead-in's subject names: the parse makes "был краток" a passive, whose
        subject a verb of saying would take for what was said."""
        if verb.lemma_ not in load_list(LEAD_INS):
            return self._speaker(verb, dropped=False)
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        return self._person_key(subject) if subject is not None else ""

    def _leads_in(self, verb: Token) -> bool:
        """Whether a sentence's predicate tells its subject spoke and gives no words: a
        lead-in ("был краток", "обратился к жителям") or a verb of saying with no clause
        under it ("прокомментировал поражение"; not "заявил, что …"), not negated, in a
        sentence with no quotation marks of its own."""
        sent = verb.sent
        if negated(verb) or any(m in sent.text for m in MARKS):
            return False
        if verb.lemma_ in load_list(LEAD_INS):
            return True
        return says_here(verb) and not any(
            c.dep_ in ("ccomp", "parataxis", "csubj") for c in verb.children
        )

    def _continued(self) -> None:
        """ "«…», — заявил X.\n«…»": a paragraph that is one quotation saying something,
        with nothing around it, goes on with the words of the one whose quotation ended the
        paragraph before (one whose last sentence is the narrator's ends them)."""
        lines = paragraph_lines(self.text)
        for (ps, pe), (s, e) in itertools.pairwise(lines):
            whole = self._whole_quotation(s, e, marked=False)
            if whole is None:
                continue
            opening, close = whole
            quoted = self.ctx.doc.char_span(opening + 1, close, alignment_mode="contract")
            if (
                quoted is None
                or not is_statement(quoted)
                or self._quoted_regions(opening + 1, close)
            ):
                continue
            before = [
                r
                for r in self.out
                if r.rank == DIRECT and r.speaker and (ps <= r.at < pe or ps <= r.start < pe)
            ]  # a paragraph that went on with them passes them on
            last = max(before, key=lambda r: r.end, default=None)
            end = self.ctx.doc.char_span(ps, pe, alignment_mode="contract")
            if last is None or end is None or self._next_opening(last.end, pe) is not None:
                continue
            if max(last.end, last.at) >= end[-1].sent.start_char:
                self._add(opening + 1, close, last.speaker, DIRECT, at=last.at)

    def _answers(self) -> None:
        """An interview's answers: a dash-led paragraph right after a dash-led question ("—
        Как вы оцениваете …?\n— Отношения …"; or labelled "Вопрос:", "Ответ:") is the words
        of the one whose interview the text reported before, where no attribution of its own
        gives them. A sentence in it that reports another's words ("Президент X подчеркнул,
        что …") is the answerer's telling, no attribution of the answer (`cited_in_turn`
        gives its figures to the one cited)."""
        lines = paragraph_lines(self.text)
        for (qs, qe), (s, e) in itertools.pairwise(lines):
            question, answer = self.text[qs:qe].strip(), self.text[s:e].strip()
            start = answer_start(answer)
            if not asked(question) or start is None:
                continue
            s += len(self.text[s:e]) - len(self.text[s:e].lstrip()) + start
            author = next((key for at, key in reversed(self.authors) if at < qs), "")
            if author and not answer.endswith("?") and not self._spoken_in(s, e):
                self._add(s, e, author, DIRECT, at=qs)

    def _spoken_in(self, start: int, end: int) -> bool:
        """Whether speech of its own is attributed in [start, end): direct speech or a
        turn, not a sentence that only reports someone's words."""
        return any(r.start < end and start < r.end and r.rank < SENTENCE for r in self.out)

    def _headlines(self) -> None:
        """A headline of a quotation, a dash and who said it ("«…» — президент Кении", "«…»
        — Уильям Руто"): the words of the person the name or title after the dash names,
        where they fill the rest of the line."""
        for s, e in paragraph_lines(self.text):
            opening = s + len(self.text[s:e]) - len(self.text[s:e].lstrip())
            close = matching_close(self.text, opening) if self.text[opening] in OPENING else None
            tail = _HEADLINE_TAIL.match(self.text, close + 1, e) if close is not None else None
            if close is None or tail is None or self._quoted_regions(opening, close):
                continue
            quoted = self.ctx.doc.char_span(opening + 1, close, alignment_mode="contract")
            if quoted is not None and is_statement(quoted):
                key = self._headline_speaker(tail.start(1), tail.end(1))
                self._add(opening + 1, close, key, DIRECT, at=tail.start(1))

    def _headline_speaker(self, start: int, end: int) -> str:
        """The one person a headline's tail names from its start ("президент Кении",
        "премьер-министр Японии Сигэру Исиба"), up to its end or to what the words were
        about ("— президент Филиппин о споре …"); "" for anything else ("— фильм …")."""
        about = _ABOUT.search(self.text, start, end)
        end = about.start() if about else end
        first = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        key = self._person_key(first[0]) if first is not None else ""
        names = [m for m in self.persons if start <= m.start and m.end <= end]
        if not key or {m.entity for m in names} != {key} or max(m.end for m in names) != end:
            return ""
        return key

    def _owned_quotations(self, sent: Span) -> None:
        """A quotation right after the words whose owner the text names is the owner's, not
        the subject's who comments on them ("X не прокомментировал слова министра Y «…»"),
        where it states something on its own (not what the subject calls them: "назвал
        слова Y «безответственными»", "… «провокацией, которая …»")."""
        for words in self._tokens(sent, self.lemmas, WORDS_OF):
            key = self._owner(words)
            opening = self._next_opening(words.idx, sent.end_char) if key else None
            if opening is None:
                continue
            between = self.ctx.doc.char_span(words.idx, opening, alignment_mode="expand")
            if between is None or not names_words(between):
                continue  # only the owner's title and name between
            close = matching_close(self.text, opening)
            quoted = self.ctx.doc.char_span(opening + 1, close or 0, alignment_mode="contract")
            if close is None or quoted is None or not is_statement(quoted):
                continue
            if "Ins" not in features(quoted[0], "Case"):
                self._add(opening + 1, close, key, DIRECT, at=words.idx)

    def _these_words(self, sent: Span) -> None:
        """ "«…» — такими словами X открыл заседание", "«…». С этими словами X обратился к
        …": words a demonstrative's "словами" points back at right after the quotation are
        the one's the clause after it names in the nominative, by name or by a title."""
        for words in self._tokens(sent, self.lemmas, ("слово",)):
            if "Ins" not in features(words, "Case") or not points_at_said(words):
                continue
            line = self.text.rfind("\n", 0, words.idx) + 1
            before = _BEFORE_THESE_WORDS.search(self.text, line, words.left_edge.idx)
            if before is None:
                continue
            close = before.start()
            opening = matching_open(self.text, line, close)
            if opening is None or self._quoted_regions(opening + 1, close):
                continue
            for t in self.ctx.doc[words.i + 1 : sent.end]:
                if t.is_punct or t.lower_ == "не" or self.lemmas[t.i] in _REPLYING:
                    break  # "С этими словами (не) согласился X": another's words
                pronoun = t.lower_ in ("он", "она")  # "— этими словами она завершила …"
                key = self._person_key(t) if pronoun or animate_nominative(t) else ""
                if key or (t.pos_ in ("VERB", "AUX") and t.i > words.i + 1):
                    if key:
                        self._add(opening + 1, close, key, SENTENCE, at=words.idx)
                    break


def pointing_back(ctx: Context, sent: Span) -> Token | None:
    """The predicate of the sentence after `sent` that points back at it ("… . Об этом 4
    июля сообщили в МИД", "Это подтвердил X"): that sentence tells when and by whom `sent`
    was reported."""
    if sent.end >= len(ctx.doc):
        return None
    return next((t for t in ctx.doc[sent.end].sent if points_back(t) and is_predicate(t)), None)


def reporter(ctx: Context, sent: Span) -> str:
    """Who the sentence after `sent` says said it, for a figure's speaker: "Товарооборот …
    составил 14 млрд долларов. Об этом сообщил министр X" (a verb that points back at what
    was just said, with a subject of its own). Quotations get this in `_anaphoric`; a whole
    sentence does not, which would make a reporter of any event or level told in it. As
    there, not where `sent` tells whose words it gives (`_says_itself`): "Представитель МИД
    Словении сообщил, что … . Такое заявление сделал премьер Хорватии X" is not X's."""
    verb = pointing_back(ctx, sent)
    if verb is None:
        return ""
    attributor = _Attributor(ctx)
    key = attributor._speaker(verb, dropped=False)
    return "" if key and attributor._says_itself(sent, key) else key
