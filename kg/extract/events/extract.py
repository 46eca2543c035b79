"""Events: visits, talks, meetings, calls, forums, summits, ceremonies, signings,
publications and elections, built from the hits `kg.extract.events.hits` reads.

The hits of one document that tell one event ("государственный
визит Токаева", "в ходе визита", "визит в Российскую Федерацию") are merged, then each
event gets a key, so that the same event told by several documents is one node. Both
follow the one identity rule of `kg.extract.identity` (kind, persons where named, else
states, date at the precision both give, place, status; undated events never merge across
documents on their states alone); what each kind adds as its roles:
- visits: visitor and host, keyed by month; the rank is not in the key, so "визит" and
  "государственный визит" fuse (a state visit and a working visit do not);
- signings and ratifications: the agreement they are about, keyed by year;
- forums, summits: keyed by month; summits and ceremonies by their name too;
- publications: author and outlet, and the year when the text states one.
A date the text leaves unresolved (no document date) keeps its month or season as a
hint, so "визит летом" and "визит в сентябре" stay two events.
The document date is used only for an event told as under way ("сегодняшний визит",
"сейчас") or reported in the past tense in the document's lead, at its day: a dateline's
day is the day of what the news reports ("ХАНОЙ, 12 марта — … прибыл в Джакарту").

Since the forty-fifth pass (h-split48) this module keeps the document's loop
(`extract_events`) and what it does across events (the signed papers, the unions' hosts, a
clause's day of "когда"); whether two hits tell one event and a group's fold are in
sameness.py, the groups of one document in merging.py, what a visit frames in frames.py,
an event from its hits in building.py, and its label in naming.py.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.agreements.fact import Agreement
from kg.extract.agreements.listed import signing_told_before
from kg.extract.agreements.reading import AgreementReading
from kg.extract.common.dates import dates_within
from kg.extract.common.pair import main_pair
from kg.extract.context import Context
from kg.extract.events.attacks import harms_agree
from kg.extract.events.ballots import told_candidates
from kg.extract.events.building import ON_PAPER, read_events
from kg.extract.events.fact import Event
from kg.extract.events.frames import state_of, weekday_ahead
from kg.extract.events.headline_signings import headline_papers
from kg.extract.events.hit import Hit
from kg.extract.events.hits import read_hits
from kg.extract.events.merging import _merge, calls_in_title, changes_in_title, trips_of_talks
from kg.extract.events.partners import partners_apart
from kg.extract.events.rite_guests import rite_guests
from kg.extract.events.sameness import FAMILY, sitting_apart
from kg.extract.events.sides import told_sides
from kg.extract.events.told_before import days_told_before, one_day_visits
from kg.extract.events.triggers import NAMED, VISITS
from kg.extract.events.visit_sittings import sittings_of_visits
from kg.extract.identity import Identity, dates_agree, same_fact
from kg.gazetteer import normalize


def extract_events(ctx: Context, agreements: AgreementReading) -> list[Event]:
    """Every event the document tells, one per event however often it is told; a signing
    lists the agreements it signs (`Event.signs`), the one place that link is made."""
    hits = read_hits(ctx, agreements.by_token)
    harms_agree(ctx.doc, hits)
    main = main_pair(ctx)
    papers = agreements.by_token
    for hit in hits:
        signing = hit.kind == "Signing" and hit.doc_token >= 0
        before = signing_told_before(ctx.doc[hit.doc_token]) if signing else None
        hit.signers_of = before.idx if before is not None else -1
        paper = papers.get(hit.doc_token) if hit.kind in ON_PAPER else None
        if paper is not None:
            hit.paper = paper.key
            concluded = paper.status in {"signed", "planned"}  # not "близки к подписанию"
            if hit.kind == "Signing" and concluded and not hit.states:  # "договор, заключённый в …"
                hit.states = [p for p in paper.parties if p.startswith("state/")]
    headline_papers(ctx, hits)  # headline "подписали декларацию", told again in the body
    _shared_unions(hits)
    sittings_of_visits(ctx.doc, hits)
    out: dict[str, Event] = {}
    identities: dict[str, Identity] = {}
    told: dict[str, Hit] = {}  # key → the folded mentions of the event that took it first
    signed: dict[str, str] = {}  # agreement key → key of the event that signed it
    to_sign: dict[str, str] = {}  # a planned paper's key → its planned signing's, for its day
    doc_date = ctx.document.date or max((h.date for h in hits if h.dated_by_text), default="")
    for hit in hits:  # "Визит завершится в четверг": the next Thursday, before any merges
        hit.date = weekday_ahead(hit, doc_date)
    groups = calls_in_title(ctx, _merge(hits, doc_date, main), doc_date)
    groups = changes_in_title(ctx, groups, doc_date)
    trips_of_talks(ctx, groups, doc_date)  # "В ходе визита X …" after X's talks abroad
    told_at: dict[str, tuple[set[int], bool]] = {}  # key → its triggers, dated by the text
    for group, folded, read in read_events(ctx, groups, main, agreements, doc_date):
        if read is None:
            continue
        event, identity = read
        if _content_free(ctx, group, event, folded):
            continue
        # a body's sitting and a leaders' meeting of one day and sides: apart by what each is
        sitting = event.key in identities and sitting_apart([told[event.key]], folded)
        # "провели встречу, а затем переговоры": two of one day and sides, apart by their nouns
        beside = event.key in told_at and bool(told_at[event.key][0] & set(folded.beside))
        if event.key in identities and (
            not same_fact(identities[event.key], identity)  # "прибыл", then "посетит вновь"
            or partners_apart(told[event.key], folded)  # "с президентом …", "с премьером …"
            or sitting
            or beside
        ):
            what: tuple[str, ...] = (normalize(folded.name or folded.lemma),)[: sitting or beside]
            what += (folded.part,) if folded.stop_of >= 0 else ()  # two stops of one visit
            event.key = replace(identity, roles=(*identity.roles, *what)).key("event", apart=True)
        identities.setdefault(event.key, identity)
        told.setdefault(event.key, folded)
        at = told_at.setdefault(event.key, (set(), folded.dated_by_text))
        at[0].update(h.trigger for h in group)
        known = out.get(event.key)
        if known is None:
            out[event.key] = event
        else:
            spans = {(s.start, s.end): s for s in known.evidence + event.evidence}
            known.evidence = [spans[k] for k in sorted(spans)]
            known.participants = sorted(set(known.participants) | set(event.participants))
        if event.kind == "Signing" and event.status == "occurred":
            for paper in _papers_signed(ctx, group, agreements):
                signed[paper.key] = event.key
        elif event.kind == "Signing" and event.status == "planned":
            for paper in _papers_signed(ctx, group, agreements, "planned"):
                to_sign[paper.key] = event.key
    for paper_key, event_key in signed.items():
        out[event_key].signs.append(paper_key)
    events = list(out.values())
    _day_of_when(ctx, events, told_at)
    # "Стороны также подписали …", "на пресс-конференции после церемонии": of that one's day
    days_told_before(ctx.doc, events, {key: at[0] for key, at in told_at.items()}, doc_date)
    one_day_visits(events, told, doc_date)  # "подписали во вторник … с однодневным визитом"
    _signing_days(ctx, agreements, out, signed | to_sign)
    _union_hosts(ctx, events)
    _hosts_meet_visitors(ctx, events)
    rite_guests(ctx, events)
    told_sides(ctx, events)
    told_candidates(ctx, events)
    return events


def _signing_days(
    ctx: Context, agreements: AgreementReading, events: dict[str, Event], signed: dict[str, str]
) -> None:
    """A paper the text gives no date of its own takes the day of the signing event that
    signs it, so a paper and its signing are never of two days: one undated that a verb
    signs (`AgreementReading.by_verb`: "Президент Чили подписал по итогам переговоров
    соглашение …", one signer, whose paper `agreements.sentences` dates by no talks; "в
    рамках форума подписали"; fifty-sixth pass, h-agreements58, which reads here too what
    `building._one_day` did for a framed signing), unless the day is one the verb's sentence
    gives (`_days_told`); a planned paper undated the day of the planned signing that will
    sign it ("В ходе визита лидеры примут совместное заявление": the visit's month; sixtieth
    pass, h-relations58), unless its own sentence gives that day; and one dated by the
    talks' or the report's day (`AgreementReading.guessed`), a guess: the event reads the
    talks a signing is told "по итогам" of further back than the paper does ("провели в
    понедельник консультации … По итогам консультаций стороны приняли совместную
    декларацию", in a report of Tuesday).
    Fifty-fifth pass (h-agreements51). Not a paper only ratified ("подписал закон о
    ратификации соглашения": the Signing told is the law's)."""
    papers = {a.key: a for a in agreements.facts}
    # a planned paper no verb signed yet is told at its title's words
    verbs = {a.key: i for i, a in agreements.by_token.items() if a.status == "planned"}
    verbs |= {a.key: verb for verb, by_verb in agreements.by_verb.items() for a in by_verb}
    for paper_key, event_key in signed.items():
        paper, day = papers.get(paper_key), events[event_key].date
        if paper is None or not day:
            continue
        verb = verbs.get(paper_key)
        undated = not paper.date and verb is not None and day not in _days_told(ctx, verb)
        if undated or paper_key in agreements.guessed:
            paper.date = day


def _days_told(ctx: Context, verb: int) -> set[str]:
    """The dates the sentence of the signing verb at `verb` gives, which the paper's reading
    weighed and took none of ("подписали протокол к соглашению о торговле от 12 мая 2010
    года": the older paper's day), so none is the paper's signing day."""
    sent = ctx.doc[verb].sent
    text, doc_date = ctx.document.text, ctx.document.date
    return {d.value for d in dates_within(text, doc_date, sent.start_char, sent.end_char)}


def _content_free(ctx: Context, group: list[Hit], event: Event, folded: Hit) -> bool:
    """A gathering told by its bare noun only as whose day or place is still to be set ("Дата
    церемонии будет установлена позднее", "Место саммита определят позднее"), with no one
    taking part and no place: the text tells no gathering of its own, and it is no event. A
    bare gathering told held, ahead or attended ("Церемония прошла в честь X", "В саммите
    не приняли участие лидеры …"), a named one ("церемония открытия моста") and a paper
    published ("Соответствующее распоряжение опубликовано на портале") stay. Pass
    forty-third (h-events107)."""
    return (
        folded.kind in NAMED
        and folded.anaphoric()
        and not (folded.leaders or folded.sides or folded.extra or folded.held_by)
        and not event.participants
        and not event.location
        and all(_attribute_of(ctx.doc[h.trigger]) for h in group)
    )


# what a gathering has that the text may speak of before it is held ("дата церемонии")
_ATTRIBUTES = frozenset({"дата", "время", "место", "срок", "день", "формат", "программа"})


def _attribute_of(tok: Token) -> bool:
    """The trigger is the genitive of a noun of its day, place or form ("дата церемонии")."""
    return tok.dep_ == "nmod" and tok.head.lemma_ in _ATTRIBUTES and tok.head.pos_ == "NOUN"


def _day_of_when(
    ctx: Context, events: list[Event], told_at: dict[str, tuple[set[int], bool]]
) -> None:
    """An event told "в (тот) день, когда …" is on the day of what the clause tells: the date
    the text gives that clause's event ("Саммит открылся 14 ноября. X прибыл в Лиму в тот
    день, когда открылся саммит": 14 November), else none, not the news day; and the clause's
    event, of no date of its own, is on the day the event gives ("прибыл в Каир 14 февраля,
    в день, когда в Египте прошли выборы": the elections' too), else none. A clause's event
    of a year or month only ("в день, когда в 2001 году был подписан договор") tells an
    anniversary: the event keeps its own day."""
    doc, lemmas, pos = ctx.doc, ctx.lemmas, ctx.pos
    nouns = (doc[i] for i, lemma in enumerate(lemmas) if lemma == "день" and pos[i] == "NOUN")
    for day in nouns:  # a `Token` for these nouns only
        clauses = [c for c in day.children if c.dep_ in {"acl", "acl:relcl"}]
        clauses = [c for c in clauses if any(w.lemma_ == "когда" for w in c.children)]
        if not clauses:
            continue
        inside = {t.i for c in clauses for t in c.subtree}
        verb = day
        while verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
        main, said = [], []
        for e in events:
            triggers, dated = told_at.get(e.key, (set(), False))
            if triggers & inside:  # told in the clause (and maybe before it: its date)
                said.append((e, dated))
            elif any(i == verb.i or doc[i].head.i == verb.i for i in triggers - inside):
                main.append((e, dated))
        for e, dated in main:
            if dated:
                for f, own in said:
                    f.date = f.date if own else e.date
                continue
            days = {f.date for f, own in said if own and f.date}
            if any(len(d) != 10 for d in days):
                continue  # "в день, когда в 2001 году был подписан договор": its anniversary
            e.date = days.pop() if len(days) == 1 else ""
            for f, own in said:
                f.date = f.date if own else e.date


def _papers_signed(
    ctx: Context, group: list[Hit], agreements: AgreementReading, status: str = "signed"
) -> list[Agreement]:
    """The agreements of `status` a signing's hits name (signed ones for a signing held,
    planned ones for a signing ahead), with those coordinated with them ("подписали
    соглашение о торговле и меморандум о рыболовстве": both, also where the parse hangs
    the second on a word of the first's title), and those its verb signed that a list
    names ("подписали 9 документов. Среди них — меморандум о …")."""
    papers = agreements.by_token
    listed = (p for hit in group for p in agreements.by_verb.get(hit.trigger, ()))
    out = [p for p in listed if p.status == status]
    for hit in group:
        if hit.doc_token < 0:
            continue
        head = ctx.doc[hit.doc_token]
        for t in [head, *(x for x in head.subtree if x.dep_ == "conj")]:
            paper = papers.get(t.i)
            if paper is not None and paper.status == status and paper not in out:
                out.append(paper)
    return out


def _shared_unions(hits: list[Hit]) -> None:
    """An accession that names no union ("расширение альянса после приёма Албании") joins
    the one union the document's other accessions name, if they name only one."""
    unions = {k for h in hits if h.kind == "Accession" for k in h.others}
    if len(unions) == 1:
        for h in hits:
            if h.kind == "Accession" and not h.others:
                h.others = sorted(unions)


def _union_hosts(ctx: Context, events: list[Event]) -> None:
    """A visit to a city whose visitor meets there only officials of one union ("прибыл в
    Брюссель, где встретился с председателем Европейского совета") goes to the union, not
    to the state of the city: the union hosts it. One who meets the state's own officials
    too, or visits the state by its name, visits the state."""
    for visit in events:
        host = ctx.gazetteer.state(visit.host) if visit.host.startswith("state/") else None
        names = (host.name, host.full_name, *host.aliases) if host is not None else ()
        named = normalize(visit.location) in {normalize(n) for n in names}
        if visit.kind not in VISITS or host is None or named or not visit.location:
            continue
        met = [t for t in _talks_on_visit(events, visit) if t.location == visit.location]
        partners = {p for t in met for p in t.participants if state_of(ctx, p)} - {visit.visitor}
        partners = {p for p in partners if state_of(ctx, p) != state_of(ctx, visit.visitor)}
        unions = {state_of(ctx, p) for p in partners}
        if len(unions) != 1 or not all(unions <= set(t.participants) for t in met):
            continue
        (union,) = unions
        if union.startswith("org/"):
            visit.participants = sorted(set(visit.participants) - {visit.host} | {union})
            visit.host = union


def _talks_on_visit(events: list[Event], visit: Event) -> list[Event]:
    """Talks or meetings of a visit's visitor at its status and on its day. Talks of no
    date are the news visit's, the first the text tells of the visitor to that host: never
    one of another year or a stop of it ("В прошлом году Руто посетил Джинджу") that an
    absent date agrees with too (fifty-fifth pass, h-events173)."""
    news = _first_told([v for v in events if _same_trip(v, visit)])
    return [
        t
        for t in events
        if FAMILY.get(t.kind) == "talks"
        and t.status == visit.status
        and visit.visitor in t.participants
        and (dates_agree(t.date, visit.date) if t.date else news is visit)
    ]


def _same_trip(v: Event, visit: Event) -> bool:
    """A visit of the same visitor to the same host at the same status."""
    trip = (visit.visitor, visit.host, visit.status)
    return v.kind in VISITS and (v.visitor, v.host, v.status) == trip


def _first_told(visits: list[Event]) -> Event | None:
    """The visit the text tells first (its earliest evidence)."""
    told = [v for v in visits if v.evidence]
    return min(told, key=lambda v: min(s.start for s in v.evidence), default=None)


def _hosts_meet_visitors(ctx: Context, events: list[Event]) -> None:
    """A person of the host state who holds talks or meets with the visitor ("переговоры
    с Путиным", "Путин встретился с Токаевым") takes part in the visit; talks of another
    date are another trip's."""
    for visit in events:
        if visit.kind not in VISITS or not visit.visitor.startswith("person/"):
            continue
        for talks in _talks_on_visit(events, visit):
            hosts = [p for p in talks.participants if state_of(ctx, p) == visit.host]
            visit.participants = sorted(set(visit.participants) | set(hosts))
