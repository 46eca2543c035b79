"""The fourth layer of the attributor: where speech runs in the text.

Where speech after a colon, in a quotation or before a tail begins and ends: the line it is
on, the quotation a colon opens or the rest of its paragraph, a quotation resumed after its
attribution ("«…, — сказал он. — …»") or reopened after a tail, the end of a sentence,
speech in a first-person narration, and the adding of an attributed region.

Split out of attribution.py (forty-fourth pass, h-split46)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.common.attribution_grammar import joins_word
from kg.extract.common.attribution_layout import (
    line_end,
    matching_close,
    matching_open,
    opening_after,
    paragraph_lines,
    trim,
    unclosed_open,
)
from kg.extract.common.attribution_speakers import Speakers
from kg.extract.common.attribution_words import (
    DIRECT,
    EMPHASIS,
    QUOTE_REACH,
    Region,
    authors_thing,
    finite_predicate,
    first_person_clause,
    introduces_quote,
    is_statement,
    is_tail,
    manner_start,
    speech_lemmas,
    summed_up,
)
from kg.nlp.deps import has_subject, is_predicate, negated
from kg.nlp.marks import DASH_CHARS
from kg.nlp.morph import features, is_infinitive
from kg.nlp.quote_marks import CLOSING, OPENING, PAIRS

# Two blank lines after a colon: a quoted block (a tweet, an embedded post) the text lost.
BLOCK_LOST = re.compile(r"\n[ \t\u00a0]*\n[ \t\u00a0]*\n")


_LINKING_TAIL = re.compile(r"(?:[\s\-–—](?:и|а|также|еще|ещё))+\s*$", re.I)


_ATTRIBUTION_REACH = 200  # characters an attribution inside a quotation may run to


class SpeechSpans(Speakers):
    """Where speech runs in the text: its lines, colons, quotations, tails and resumptions."""

    # --- regions ---------------------------------------------------------------------

    def _add(
        self,
        start: int,
        end: int,
        speaker: str,
        rank: int,
        gap: tuple[int, int] | None = None,
        at: int = -1,
    ) -> None:
        start, end = trim(self.text, start, end)
        if speaker and end > start:
            self.out.append(Region(start, end, speaker, rank, gap, at))

    def _next_opening(self, start: int, end: int) -> int | None:
        found = [i for i in (self.text.find(m, start, end) for m in OPENING) if i >= 0]
        return min(found) if found else None

    def _sentence_end(self, verb: Token, sent) -> int:
        """Where a verb of saying's sentence ends, a quotation it opens included: "X сказал,
        что «A. B. C»" runs over three sentences."""
        opening = unclosed_open(self.text[verb.idx : sent.end_char])
        close = matching_close(self.text, verb.idx + opening) if opening is not None else None
        return max(sent.end_char, close + 1) if close is not None else sent.end_char

    def _colon_speech(self, verb: Token, colon: int, key: str, sent) -> None:
        """Speech after a verb's colon: a quotation or the rest of the sentence where the verb
        leads straight into it; paragraphs after a colon that closes a paragraph where the
        verb leads into them or they speak in the first person ("признал, что письмо
        настоящее:\nНет, я его не посылал."), one region per paragraph, while the next ones
        go on in the first person and the narrator reports no speech in them; none after
        two blank lines, where a quoted block the text lost stood. The rest of the sentence
        that reports someone's speech in the third person is the narrator's."""
        introduces = introduces_quote(verb, colon) or self._quoted_at(colon)
        if self.text[colon : self._line_of(colon)[1]].strip() or self._quoted_at(colon):
            start, end = self._quote_or_rest(colon, sent)
            # "выступил с заявлением: он сообщил, что …": the narrator reports the words
            reported = not self._quoted_at(colon) and self._narrated(start, end)
            if introduces and (not reported or self._first_person(start, end)):
                self._add(start, end, key, DIRECT, at=verb.idx)
            return
        lines = [(s, e) for s, e in paragraph_lines(self.text) if s >= colon]
        if lines and BLOCK_LOST.search(self.text, colon, lines[0][0]):
            return  # "он написал:\n\n\nЭрдоган (род. …) — деятель": the quoted block is gone
        for k, (start, end) in enumerate(lines):
            if self._quoted_at(start):
                # "заявил:\n«…»": a paragraph that is one quotation is the words it leads to
                whole = self._whole_quotation(start, end, marked=True)
                if whole is not None and k == 0 and introduces:
                    self._add(whole[0], whole[1] + 1, key, DIRECT, at=verb.idx)
                return
            first, narrated = self._first_person(start, end), self._narrated(start, end)
            # "Она заявила:\nО планах Юлия сообщила тренеру … Мы благодарны …": a speaker
            # who says "мы" may report others' words
            lead = k == 0 and introduces and (first or not narrated)
            # "сообщил, что Сурков ушёл сам:\nПрезидент удовлетворил просьбу Суркова.": the
            # words the "что"-clause summed up, where they state something and no one (a
            # person or a paper: "Как сообщает «МК», …") is reported saying anything in them
            summed = k == 0 and summed_up(verb) and self._states_unreported(start, end)
            if not (lead or summed) and not (first and not narrated):
                return
            self._add(start, end, key, DIRECT, at=verb.idx)

    def _whole_quotation(self, start: int, end: int, *, marked: bool) -> tuple[int, int] | None:
        """(opening, closing mark) of the quotation a paragraph is, with nothing after it
        but a full stop; else None. `marked`: the mark may stand inside wiki italics or after
        a doubled straight mark (`opening_after`), as a block a colon leads to is quoted;
        a paragraph that goes on with the one before must open with the mark itself."""
        if marked:
            opening = opening_after(self.text, start)
        else:
            lead = len(self.text[start:end]) - len(self.text[start:end].lstrip())
            opening = start + lead if self.text[start + lead] in OPENING else None
        close = matching_close(self.text, opening) if opening is not None else None
        if opening is None or close is None or self.text[close + 1 : end].strip(" .!?…\u00a0\t"):
            return None
        return opening, close

    def _states_unreported(self, start: int, end: int) -> bool:
        """Whether a paragraph states something (`is_statement`: not a list of names) and reports
        no one's speech (a verb of saying with a subject of any kind outside quotation marks;
        a negated one reports none: "Наука не признаёт границ")."""
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not is_statement(span):
            return False
        return not any(
            has_subject(t) and not negated(t) and unclosed_open(self.text[start : t.idx]) is None
            for t in self._speech_verbs(start, end)
        )

    def _first_person(self, start: int, end: int) -> bool:
        """Whether a stretch speaks in the first person outside quotation marks ("мы дадим",
        "я уверен"): the speaker's own words, not the narrator's ("Отметим, что …", a plural
        verb with no "мы", is the narrator's)."""
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        return any(
            (t.lemma_ in ("я", "мы") and t.pos_ == "PRON")
            or (
                finite_predicate(t)
                and features(t, "Person") == ("1",)
                and features(t, "Number") == ("Sing",)
            )
            for t in span or []
            if unclosed_open(self.text[start : t.idx]) is None
        )

    def _body_speech(self, verb: Token, sent) -> None:
        """ "в пресс-службе Х сообщили: «…»": a verb of saying in the plural with no subject
        (a body's words) makes the speech after its colon no one's, whoever else the
        sentence names as saying something ("выразил соболезнования X, в пресс-службе
        которого сообщили: …")."""
        if verb.dep_ == "conj" or "Plur" not in verb.morph.get("Number") or is_tail(verb):
            return
        if has_subject(verb):
            return
        colon = self._colon_after(verb, sent)
        if colon is not None and (introduces_quote(verb, colon) or self._quoted_at(colon)):
            start, end = trim(self.text, *self._quote_or_rest(colon, sent))
            self.out.append(Region(start, end, "", DIRECT, at=verb.idx))

    def _line_of(self, char: int) -> tuple[int, int]:
        return self.text.rfind("\n", 0, char) + 1, line_end(self.text, char)

    def _tail_speech(self, verb: Token) -> tuple[int, int]:
        """The speech an attribution tail closes: from its opening quote mark, or from
        the start of the paragraph for dash-led and unmarked speech."""
        ls, _ = self._line_of(verb.idx)
        end = verb.doc[manner_start(verb)].idx  # "— твёрдо заявил X": before the adverb
        linking = _LINKING_TAIL.search(self.text[ls:end])
        if linking:
            end = ls + linking.start() + 1  # "«…», — и добавил": the quote ends before "и"
        # "''«…»'', — сказал X": wiki italics outside the marks leave the quotation closed
        while end > ls and (self.text[end - 1] in DASH_CHARS + EMPHASIS + ",!?…. \t\u00a0"):
            end -= 1
        if end > ls and self.text[end - 1] in CLOSING:
            opening = matching_open(self.text, ls, end - 1)
            if opening == ls:
                return self._reopened(opening), end
            if opening is not None:
                return opening, end
            if self.text[end - 1] == "»":  # a quotation opened paragraphs before: «A.\nB», —
                opening = matching_open(self.text, max(0, ls - QUOTE_REACH), end - 1)
                if opening is not None and self._line_of(opening)[0] == opening:
                    return opening, end
        opening = unclosed_open(self.text[ls:end])  # «A, — сказал он, — B»: A from «
        return (ls + opening if opening is not None else ls), end

    def _reopened(self, opening: int) -> int:
        """Where a quotation that opens its paragraph began: a quotation over paragraphs
        reopens each with « and closes only in the last ("«A.\n«B», — заявил X" is one
        quote from A), so the paragraphs before that open with « and leave it open go with
        it; one whose quotation closes ("«A», — сказал X.\n«B», — добавил он") does not."""
        while opening > 0:
            before = self.text[:opening].rstrip()
            ls = before.rfind("\n") + 1
            line = before[ls:]
            body = line.lstrip()
            if not body.startswith("«") or line.count("«") <= line.count("»"):
                return opening
            opening = ls + len(line) - len(body)
        return opening

    def _resumed(self, verb: Token) -> tuple[int, int] | None:
        """Speech resumed after a tail in the same paragraph, as (start, end): "«…, —
        сказал он. — …»", "- пишет он. - «…»"; a dash after the tail's full stop (not an
        initial's: "сказал В. Путин. —") carries the quote on."""
        ls, le = self._line_of(verb.idx)
        # commas may part the attribution's own words while the quotation is still open
        # ("«A, — сказала она, выступая с лекцией в 2005 году. — B»")
        open_ = unclosed_open(self.text[ls : verb.idx]) is not None or (
            self.text[ls : ls + 1] in DASH_CHARS
        )
        for stop in re.finditer(r"(?<!\s[А-ЯЁA-Z])[.!?…,]", self.text[verb.idx : le]):
            rest = verb.idx + stop.end()
            m = re.match(
                rf"\s*[{DASH_CHARS}]\s*{EMPHASIS}*(?=[{''.join(PAIRS)}\w])", self.text[rest:le]
            )
            if m:
                return rest + m.end(), le
            if stop.group() != "," or not open_ or rest - verb.idx > _ATTRIBUTION_REACH:
                return None
        return None

    def _colon_after(self, verb: Token, sent) -> int | None:
        """Char after a colon closing the clause of a verb of saying ("подчеркнул: …")."""
        for t in sent[verb.i - sent.start + 1 :]:
            if t.text == ":" and not joins_word(self.text, t.idx):
                return t.idx + 1
            if t.text in (".", "!", "?", ";") or t.lemma_ in speech_lemmas():
                return None
        return None

    def _quoted_at(self, colon: int) -> bool:
        """Whether a quotation mark opens the text after a colon: "заявил: «…»", also inside
        wiki italics ("заявил: ''«…»''")."""
        return opening_after(self.text, colon) is not None

    def _narrated(self, start: int, end: int) -> bool:
        """Whether a paragraph after "X заявил:" is the narrator's report of speech, not the
        words: a verb of saying with a named or "он" subject outside quotation marks ("Он
        добавил, что …", "Лула также сказал …"); "я сказал" is inside the speech, and so is
        a clause of a sentence in the first person ("если я вёл себя так, как он описывает,
        то я приношу извинения"); an infinitive reports no speech ("X обучил сеть писать
        музыку")."""
        return any(
            self._speaker(t, dropped=False) and unclosed_open(self.text[start : t.idx]) is None
            for t in self._speech_verbs(start, end)
            if not authors_thing(t)
            and not first_person_clause(t)
            and not is_infinitive(t)
            and not self._told_me(t, start)
        )

    def _told_me(self, verb: Token, start: int) -> bool:
        """Whether a verb of saying's sentence speaks of "я" outside quotation marks ("мой
        кузен сказал мне, что …", "Он сказал, что она должна мне понравиться"): the speaker
        tells what he was told; a news narrator says no "я" ("нашему корреспонденту" is the
        outlet's)."""
        return any(
            t.lemma_ in ("я", "мой") and unclosed_open(self.text[start : t.idx]) is None
            for t in verb.sent
            if t.idx >= start
        )

    def _speech_verbs(self, start: int, end: int) -> list[Token]:
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        lemmas = speech_lemmas()
        return [t for t in span or [] if t.lemma_ in lemmas and is_predicate(t)]

    def _quote_or_rest(self, colon: int, sent) -> tuple[int, int]:
        """Speech after a colon: a quotation to its closing mark, else the rest of the
        sentence, else (colon at a paragraph's end) the next paragraph."""
        s = colon
        while s < len(self.text) and self.text[s].isspace():
            s += 1
        opening = opening_after(self.text, colon)
        if opening is not None and (close := matching_close(self.text, opening)) is not None:
            return opening, close + 1
        if s >= sent.end_char:
            return s, self._line_of(s)[1]
        return s, sent.end_char

    def _quote_around(self, start: int, end: int) -> tuple[int, int]:
        """The whole quotation a sentence opens (it may run over several sentences)."""
        close = matching_close(self.text, start)
        return (start, close + 1) if close is not None else (start, end)
