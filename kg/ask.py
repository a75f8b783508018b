"""Questions in plain English, answered from the NetworkX projection of the store.

Every answer carries the positions behind it: date, readout (title or
source) and the evidence sentence. A question that fits no form, or names a
state, official or topic kg does not know, raises :class:`~kg.errors.QueryError`
with the forms understood or the nearest names known: kg never guesses.

Forms (case- and punctuation-insensitive; most take a trailing date clause
``in 2020``, ``in May 2020``, ``since 2021-02-01``, ``before 2022``,
``between 2020 and 2022``):

- ``who supports|opposes|offers|requests|appreciates|commits to X [on Y]``
  ("who backs China on Xinjiang", "which countries support the one-China policy")
- ``what did X support|oppose|offer|ask for|appreciate|commit to [from|to Y]``
- ``when did X [first|last] support Y [on Z]``
- ``what positions did X affirm|reaffirm``
- ``what changed in X's positions [between DATE and DATE]``
- ``who is aligned with X``
- ``does X back Y's T and Y back X's``
- ``what did X say about|to Y``; ``who spoke for X``
- ``timeline of X``; ``timeline of topic T``; ``what is X's position on Y``
- ``did X support Y [on Z]`` (yes, with dates, or no); ``who did X offer T to``

Names resolve through the vocabularies: states by name, demonym or capital;
officials by name ("what did Wang Yi offer" is China's offers voiced by Wang
Yi); topics by any SKOS label, with the topics narrower than them
(``skos:broader``), and labels of topics minted in the store; close
misspellings of all of these.

>>> parse_question("Who supports one-China?").kind
'who'
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.errors import QueryError
from kg.lexicon import Lexicon, fold, load_lexicon

if TYPE_CHECKING:
    import networkx as nx

    from kg.analysis import PositionRow, SelectSource

#: Verbs of a question -> stance.
STANCE_VERBS = {
    "support": "support", "supports": "support", "supported": "support", "back": "support",
    "backs": "support", "backed": "support", "uphold": "support", "upholds": "support",
    "upheld": "support", "endorse": "support", "endorses": "support", "endorsed": "support",
    "favor": "support", "favors": "support", "favored": "support", "favour": "support",
    "favours": "support", "favoured": "support", "stand by": "support", "stood by": "support",
    "oppose": "oppose", "opposes": "oppose", "opposed": "oppose", "reject": "oppose",
    "rejects": "oppose", "rejected": "oppose", "condemn": "oppose", "condemns": "oppose",
    "condemned": "oppose", "object to": "oppose", "objects to": "oppose",
    "objected to": "oppose", "criticize": "oppose", "criticizes": "oppose",
    "criticized": "oppose",
    "offer": "offer", "offers": "offer", "offered": "offer", "provide": "offer",
    "provides": "offer", "provided": "offer", "give": "offer", "gives": "offer", "gave": "offer",
    "propose": "offer", "proposes": "offer", "proposed": "offer",
    "request": "request", "requests": "request", "requested": "request", "ask for": "request",
    "asks for": "request", "asked for": "request", "ask": "request", "asks": "request",
    "asked": "request", "call for": "request", "calls for": "request", "called for": "request",
    "urge": "request", "urges": "request", "urged": "request", "want": "request",
    "wants": "request", "wanted": "request", "seek": "request", "seeks": "request",
    "sought": "request", "demand": "request", "demands": "request", "demanded": "request",
    "hope for": "request", "hopes for": "request", "hoped for": "request",
    "appreciate": "appreciate", "appreciates": "appreciate", "appreciated": "appreciate",
    "thank": "appreciate", "thanks": "appreciate", "thanked": "appreciate",
    "welcome": "appreciate", "welcomes": "appreciate", "welcomed": "appreciate",
    "praise": "appreciate", "praises": "appreciate", "praised": "appreciate",
    "commit to": "commit", "commits to": "commit", "committed to": "commit",
    "is committed to": "commit", "are committed to": "commit", "was committed to": "commit",
    "commit": "commit", "commits": "commit", "committed": "commit", "pledge": "commit",
    "pledged": "commit", "pledges": "commit", "promise": "commit", "promises": "commit",
    "promised": "commit", "vow": "commit", "vows": "commit", "vowed": "commit",
}  # fmt: skip
for _say in ("expressed", "expresses", "express", "voiced", "voices", "voice", "reaffirmed",
             "reaffirms", "reaffirm", "reiterated", "reiterates", "reiterate", "declared",
             "declares", "declare", "pledged", "pledges", "pledge", "offered", "offers", "offer",
             "gave", "gives", "give", "stated", "states", "state"):  # fmt: skip
    for _noun, _stance in (("support for", "support"), ("backing for", "support"),
                           ("opposition to", "oppose"), ("appreciation for", "appreciate"),
                           ("appreciation to", "appreciate"), ("gratitude for", "appreciate"),
                           ("gratitude to", "appreciate"), ("commitment to", "commit")):  # fmt: skip
        for _its in ("", "its ", "their ", "his ", "her "):
            STANCE_VERBS[f"{_say} {_its}{_noun}"] = _stance

#: Third-person phrases of each stance, for answers ("Kyrgyzstan supports Taiwan").
STANCE_PHRASES = {
    "support": "supports",
    "oppose": "opposes",
    "offer": "offers",
    "request": "requests",
    "appreciate": "appreciates",
    "commit": "commits to",
}

#: The forms understood, each with an example (shown when a question does not parse).
FORMS: tuple[tuple[str, str], ...] = (
    ("who supports|opposes|offers|requests|appreciates|commits to X [on Y]", "who backs China on Xinjiang"),
    ("what did X support|oppose|offer|ask for|appreciate|commit to [from Y] [in 2020|since DATE|between DATE and DATE]", "what did China offer"),
    ("when did X [first|last] support Y [on Z]", "when did Kyrgyzstan support China on Xinjiang"),
    ("what positions did X affirm|reaffirm", "which positions did Kyrgyzstan reaffirm"),
    ("what changed in X's positions [between DATE and DATE]", "what changed in Kyrgyzstan's positions"),
    ("who is aligned with X", "who is aligned with China"),
    ("does X back Y's T and Y back X's", "does Kyrgyzstan back China's core interests and China back Kyrgyzstan's"),
    ("what did X say about|to Y", "what did China say about Hong Kong"),
    ("who spoke for X", "who spoke for Kyrgyzstan"),
    ("timeline of X | timeline of topic T", "timeline of Kyrgyzstan"),
    ("did X support Y [on Z]", "did Kyrgyzstan support the one-China policy"),
    ("who did X offer T to", "who did China offer vaccines to"),
    ("what is X's position on Y", "what is Kyrgyzstan's position on Taiwan"),
)  # fmt: skip

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
DATE_RE = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}-\d{1,2}"
    rf"|\d{{1,2}} (?:{_MONTH}),? \d{{4}}|(?:{_MONTH}) \d{{1,2}},? \d{{4}}|(?:{_MONTH}),? \d{{4}}"
    r"|(?:19|20)\d{2})"
)

Period = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class Question:
    """A parsed question: its form, stance, the names it mentions (resolved) and dates."""

    kind: str  # who what when affirm reaffirm changes aligned reciprocity say spoke timeline
    stance: str | None = None
    holder: str | None = None  # ISO code
    person: str | None = None  # person slug ("what did Wang Yi offer")
    addressee: str | None = None  # ISO code
    topics: frozenset[str] | None = None  # topic slugs (with narrower ones)
    topic_text: str | None = None
    owner: str | None = None  # "China's" in "interference in China's internal affairs"
    either: bool = False  # topics or addressee, when a name is both ("Ukraine")
    which: str | None = None  # first | last (when)
    since: dt.date | None = None
    until: dt.date | None = None
    before: Period | None = None  # the two periods of "between A and B"
    after: Period | None = None
    text: str = ""


@dataclass(frozen=True)
class Group:
    """Part of an answer: a heading and the positions behind it."""

    heading: str
    rows: tuple[PositionRow, ...]
    note: str = ""


@dataclass(frozen=True)
class Answer:
    """An answer: the question, a one-line summary, and groups of evidence."""

    question: Question
    summary: str
    groups: tuple[Group, ...] = field(default=())

    @property
    def rows(self) -> tuple[PositionRow, ...]:
        """Every position behind the answer, once each, in the order shown."""
        seen: dict[tuple[str, str], PositionRow] = {}
        for g in self.groups:
            for r in g.rows:
                seen.setdefault((r.iri, r.topic), r)
        return tuple(seen.values())


# ---------------------------------------------------------------- dates


def parse_period(text: str) -> Period:
    """The first and last day a date phrase covers: a year, a month or a day.

    >>> parse_period("May 2020")
    (datetime.date(2020, 5, 1), datetime.date(2020, 5, 31))
    >>> parse_period("2020-11-16")[0]
    datetime.date(2020, 11, 16)
    """
    t = " ".join(text.lower().replace(",", " ").split())
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", t):
            return _month(int(m[1]), int(m[2]))
        if m := re.fullmatch(rf"(\d{{1,2}}) ({_MONTH}) (\d{{4}})", t):
            day = dt.date(int(m[3]), _MONTHS[m[2]], int(m[1]))
            return day, day
        if m := re.fullmatch(rf"({_MONTH}) (\d{{1,2}}) (\d{{4}})", t):
            day = dt.date(int(m[3]), _MONTHS[m[1]], int(m[2]))
            return day, day
        if m := re.fullmatch(rf"({_MONTH}) (\d{{4}})", t):
            return _month(int(m[2]), _MONTHS[m[1]])
        if m := re.fullmatch(r"(\d{4})", t):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    except ValueError as err:
        raise QueryError(f"{text!r} is not a date; write 2020, May 2020 or 2020-05-26") from err
    raise QueryError(f"cannot read the date {text!r}; write 2020, May 2020 or 2020-05-26")


def _month(year: int, month: int) -> Period:
    start = dt.date(year, month, 1)
    end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return start, end


def _date_clause(q: str) -> tuple[str, dict[str, object]]:
    """Split a trailing date clause off a cleaned question."""
    d = DATE_RE
    if m := re.search(rf" (?:between|from) ({d}) (?:and|to|until|till) ({d})$", q):
        a, b = parse_period(m[1]), parse_period(m[2])
        if a[0] > b[1]:
            raise QueryError(f"the period {m[1]} .. {m[2]} ends before it starts; swap the dates")
        return q[: m.start()], {"since": a[0], "until": b[1], "before": a, "after": b}
    if m := re.search(rf" (since|after|from) ({d})$", q):
        p = parse_period(m[2])
        since = p[1] + dt.timedelta(days=1) if m[1] == "after" else p[0]
        return q[: m.start()], {"since": since}
    if m := re.search(rf" (before|until|till|up to|through) ({d})$", q):
        p = parse_period(m[2])
        until = p[0] - dt.timedelta(days=1) if m[1] == "before" else p[1]
        return q[: m.start()], {"until": until}
    if m := re.search(rf" (?:in|during|on|of) ({d})$", q):
        p = parse_period(m[1])
        return q[: m.start()], {"since": p[0], "until": p[1]}
    return q, {}


# ---------------------------------------------------------------- names


_TABLES: dict[int, tuple[dict[str, str], dict[str, set[str]]]] = {}


def _tables(lex: Lexicon) -> tuple[dict[str, str], dict[str, set[str]]]:
    """(folded state surface -> code, folded person alias -> slugs), once per lexicon."""
    if id(lex) not in _TABLES:
        states: dict[str, str] = {}
        for surface, code in lex.state_names.items():
            states.setdefault(fold(surface), code)
        for surface, code in lex.demonyms.items():
            states.setdefault(fold(surface), code)
        people: dict[str, set[str]] = {}
        for slug, person in lex.persons.items():
            for alias in person.aliases:
                people.setdefault(fold(alias), set()).add(slug)
        _TABLES[id(lex)] = (states, people)
    return _TABLES[id(lex)]


def _name_key(name: str) -> str:
    key = fold(re.sub(r"^the\s+", "", name.strip(), flags=re.I))
    return re.sub(r"(?<=\w)'s?$", "", key)


def resolve_state(name: str, lex: Lexicon | None = None) -> str | None:
    """ISO code of a state named by name, demonym, capital, or an official's name.

    >>> resolve_state("Kyrgyz"), resolve_state("the U.S."), resolve_state("Kyrgystan")
    ('KGZ', 'USA', 'KGZ')
    """
    lex = lex or load_lexicon()
    states, people = _tables(lex)
    key = _name_key(name)
    if not key:
        return None
    if key in states:
        return states[key]
    person = resolve_person(name, lex)
    if person:
        return lex.persons[person].state
    close = difflib.get_close_matches(key, list(states), n=1, cutoff=0.85)
    return states[close[0]] if close else None


def resolve_person(name: str, lex: Lexicon | None = None) -> str | None:
    """Slug of the one official a name (or a close misspelling of it) names, else None.

    >>> resolve_person("Wang Yi"), resolve_person("Li"), resolve_person("Sergei Lavrov")
    ('wang-yi', None, 'sergey-lavrov')
    """
    lex = lex or load_lexicon()
    states, people = _tables(lex)
    key = _name_key(name)
    if key in states:
        return None
    slugs = people.get(key, set())
    if len(slugs) == 1:
        return next(iter(slugs))
    if not slugs and " " in key:
        multiword = [a for a, s in people.items() if " " in a and len(s) == 1]
        close = difflib.get_close_matches(key, multiword, n=1, cutoff=0.85)
        if close:
            return next(iter(people[close[0]]))
    return None


def _topic_table(lex: Lexicon, extra: dict[str, str] | None) -> dict[str, str]:
    table = dict(extra or {})
    table.update(lex.topic_labels)
    return table


def _narrower_closure(found: set[str], lex: Lexicon) -> frozenset[str]:
    parents = {s: set(t.broader) for s, t in lex.topics.items()}
    changed = True
    while changed:
        changed = False
        for slug, ps in parents.items():
            if slug not in found and ps & found:
                found.add(slug)
                changed = True
    return frozenset(found)


def _topic_phrase(
    text: str, lex: Lexicon, extra: dict[str, str] | None = None, *, loose: bool = True
) -> tuple[frozenset[str] | None, str | None]:
    """(topic slugs with narrower ones, owner state) of a topic phrase."""
    key = fold(text.strip())
    key = re.sub(r"^(?:the|a|an)\s+", "", key)
    table = _topic_table(lex, extra)
    owner = None
    if key not in table:
        # "China's internal affairs", "interference in China's internal affairs"
        for m in re.finditer(r"(?:^|(?<= ))((?:[\w.\-]+ ){0,2}[\w.\-]+)'s?(?= |$)", key):
            words = m[1].split()
            for k in range(len(words)):
                code = resolve_state(" ".join(words[k:]), lex)
                if code:
                    owner = code
                    start = m.start(1) + len(" ".join(words[:k])) + (1 if k else 0)
                    key = (key[:start] + key[m.end() :]).strip()
                    key = re.sub(r"\s+", " ", re.sub(r"^(?:the|a|an)\s+", "", key))
                    break
            if owner:
                break
    if key not in table and owner is None:
        # "Chinese core interests"
        first, _, rest = key.partition(" ")
        if (
            rest
            and fold(first) in _tables(lex)[0]
            and _topic_phrase(rest, lex, extra, loose=False)[0]
        ):
            owner = _tables(lex)[0][fold(first)]
            key = rest
    variants = [key, re.sub(r"(?<=\w)e?s$", "", key), re.sub(r"(?<=\w)ies$", "y", key)]
    variants += [re.sub(r" (?:issues?|question|affairs|policy)$", "", v) for v in variants]
    found = {table[v] for v in variants if v in table}
    if not found and loose and len(key) >= 4:
        words = key.split()
        for label, slug in table.items():
            lw = label.split()
            if any(lw[i : i + len(words)] == words for i in range(len(lw) - len(words) + 1)):
                found.add(slug)
        if len(found) > 1:
            names = sorted({_topic_label(t, lex, extra) for t in found}, key=str.casefold)
            shown = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
            raise QueryError(f"{text.strip()[:60]!r} is ambiguous: {shown}; name one of them")
    if not found and len(key) >= 4:
        close = difflib.get_close_matches(key, list(table), n=1, cutoff=0.85)
        if close:
            found.add(table[close[0]])
    if not found:
        return None, owner
    return _narrower_closure(found, lex), owner


def _topic_label(slug: str, lex: Lexicon, extra: dict[str, str] | None = None) -> str:
    if slug in lex.topics:
        return lex.topics[slug].label
    return next((label for label, s in (extra or {}).items() if s == slug), slug)


def resolve_topics(
    text: str, lex: Lexicon | None = None, extra: dict[str, str] | None = None
) -> frozenset[str] | None:
    """Topic slugs a phrase names, with every topic narrower than them; None if none.

    ``extra`` maps more folded labels to slugs (topics minted in the store).

    >>> sorted(resolve_topics("China's core interests"))[:4]
    ['arms-sales-to-taiwan', 'core-interests', 'dalai-lama', 'etim']
    >>> "xinjiang" in resolve_topics("core interests")
    True
    """
    lex = lex or load_lexicon()
    return _topic_phrase(text, lex, extra)[0]


def _actor(name: str, lex: Lexicon) -> tuple[str, str | None]:
    """(state code, person slug or None) of the state or official a question names."""
    name = name.strip()
    person = resolve_person(name, lex)
    if person:
        return lex.persons[person].state, person
    code = resolve_state(name, lex)
    if code is None:
        raise _unknown_actor(name, lex)
    return code, None


def _unknown_actor(name: str, lex: Lexicon) -> QueryError:
    states, people = _tables(lex)
    names = {lex.states[c].label for c in lex.states}
    names |= {p.name for p in lex.persons.values()}
    close = difflib.get_close_matches(name.title(), sorted(names), n=3, cutoff=0.6)
    hint = f"; nearest names I know: {', '.join(close)}" if close else ""
    return QueryError(
        f"unknown state or official {name[:60]!r}{hint}; name a state, a demonym or an official"
    )


def _unknown_topic(text: str, lex: Lexicon, extra: dict[str, str] | None) -> QueryError:
    labels = sorted({t.label for t in lex.topics.values()} | set((extra or {}).keys()))
    close = difflib.get_close_matches(fold(text), labels, n=3, cutoff=0.5)
    if not close:
        close = difflib.get_close_matches(text, labels, n=3, cutoff=0.4)
    hint = f"; nearest topics I know: {', '.join(close)}" if close else ""
    return QueryError(
        f"unknown topic or state {text.strip()[:60]!r}{hint}; `kg topics` lists the topics"
    )


def _help(message: str) -> QueryError:
    forms = "; ".join(f for f, _ in FORMS)
    return QueryError(
        f"{message}. Questions I understand: {forms} (e.g. {FORMS[0][1]!r}, {FORMS[1][1]!r})"
    )


# ---------------------------------------------------------------- parsing


def _clean(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[^\w\s'\-,.]", " ", text.lower())
    if not re.search(r"(?<!\w)'\w", text):  # no quotation: "the United States' positions"
        text = re.sub(r"(?<=\w)s'(?=\s|$)", "s's", text)
    text = re.sub(r"(?<!\w)'|'(?!\w)", " ", text)  # quotation marks, not apostrophes
    text = re.sub(r"(?<=\w\w)\.(?=\s|$)", " ", text)  # a full stop, not "U.S."
    return " ".join(text.split()).strip(" ,")


def _verbs(question: str | None = None) -> str:
    """The stance verbs as one regex, a character trie (longest continuation first).

    With ``question``, only the verb phrases that occur in it: a template can
    match no other, and the regex of two or three phrases compiles in well under
    a millisecond where the trie of all ~1,200 took ~15 ms in every template
    (a third of a cold ``kg ask``).

    >>> re.fullmatch(_verbs(), "expressed support for") is not None
    True
    >>> _verbs("who supports one-china") == _verbs("who supports taiwan")
    True
    """
    present = (
        frozenset(p for p in STANCE_VERBS if p in question)
        if question is not None
        else frozenset(STANCE_VERBS)
    )
    return _verb_trie(present) if present else "(?!)"


@lru_cache(maxsize=64)
def _verb_trie(phrases: frozenset[str]) -> str:
    trie: dict[str, dict] = {}
    for phrase in sorted(phrases):
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:  # a phrase may end here: the longer continuation is optional
            body = f"(?:{body})?"
        return body

    return build(trie)


def _target(
    text: str, lex: Lexicon, extra: dict[str, str] | None
) -> tuple[str | None, frozenset[str] | None, str | None, bool]:
    """(addressee, topics, owner, either) of "X", "X on Y", "X's T" after a stance verb."""
    text = re.sub(r"^(?:for|to|of|from|on|with|in)\s+", "", text.strip())
    on = re.fullmatch(
        r"(?P<who>.+?) (?:on|in|over|about|regarding|concerning|with regard to|in terms of) (?P<topic>.+)",
        text,
    )
    if on and resolve_state(on["who"], lex) and not _topic_phrase(text, lex, extra, loose=False)[0]:
        topics, owner = _topic_phrase(on["topic"], lex, extra)
        if topics is None:
            raise _unknown_topic(on["topic"], lex, extra)
        return resolve_state(on["who"], lex), topics, owner, False
    to = re.fullmatch(r"(?P<topic>.+?) (?:to|from|with|for|of) (?P<who>.+)", text)
    if to and resolve_state(to["who"], lex) and not _topic_phrase(text, lex, extra, loose=False)[0]:
        topics, owner = _topic_phrase(to["topic"], lex, extra)
        if topics is not None:
            return resolve_state(to["who"], lex), topics, owner, False
    key = _name_key(text)
    state = _tables(lex)[0].get(key) or (
        resolve_state(text, lex) if not _topic_phrase(text, lex, extra, loose=False)[0] else None
    )
    exact = _topic_phrase(text, lex, extra, loose=False)[0]
    if state and exact:
        return state, exact, None, True
    if state:
        return state, None, None, False
    topics, owner = _topic_phrase(text, lex, extra)
    if topics is None:
        raise _unknown_topic(text, lex, extra)
    return None, topics, owner, False


def parse_question(
    text: str, lex: Lexicon | None = None, extra_topics: dict[str, str] | None = None
) -> Question:
    """Parse a question into a :class:`Question`; QueryError if no form fits.

    ``extra_topics`` maps folded labels of topics minted in the store to their slugs.

    >>> q = parse_question("What did Wang Yi offer Kyrgyzstan in 2020?")
    >>> q.kind, q.stance, q.holder, q.person, q.addressee, q.since.isoformat()
    ('what', 'offer', 'CHN', 'wang-yi', 'KGZ', '2020-01-01')
    """
    lex = lex or load_lexicon()
    x = extra_topics
    q = _clean(text)
    if not q:
        raise _help("empty question")
    q, dates = _date_clause(q)
    kw: dict[str, object] = {"text": text, **dates}
    verbs = _verbs(q)
    group = r"(?:countries|states|country|state|governments?|nations?)"

    # timeline of X | timeline of topic T | X timeline
    if m := re.fullmatch(
        r"(?:show |give |show me |give me |what is |what's )?(?:the |a )?timeline (?:of|for) "
        r"(?P<what>topic |state |country |official )?(?P<x>.+?)(?: (?:on|about) (?P<t>.+))?",
        q,
    ) or re.fullmatch(r"(?P<what>)(?P<x>.+?)(?: (?:on|about) (?P<t>.+))? timeline", q):
        if m["what"] != "topic " and (
            m["what"] or resolve_person(m["x"], lex) or resolve_state(m["x"], lex)
        ):
            holder, person = _actor(m["x"], lex)
            topics = None
            if m["t"]:
                topics, owner = _topic_phrase(m["t"], lex, x)
                if topics is None:
                    raise _unknown_topic(m["t"], lex, x)
            return Question("timeline", holder=holder, person=person, topics=topics, **kw)  # type: ignore[arg-type]
        phrase = m["x"] + (f" on {m['t']}" if m["t"] else "")
        topics, owner = _topic_phrase(phrase, lex, x)
        if topics is None:
            raise _unknown_topic(phrase, lex, x)
        return Question("timeline", topics=topics, topic_text=phrase, owner=owner, **kw)  # type: ignore[arg-type]

    # who spoke for X
    if m := re.fullmatch(
        r"who (?:has |have )?(?:spoke|speaks|spoken|talked|talks|voiced|voices|represented|represents"
        r"|was speaking|were speaking|did the talking) (?:for|on behalf of) (?P<x>.+)",
        q,
    ) or re.fullmatch(
        r"who (?:voiced|stated|expressed) (?P<x>.+?)'s? (?:positions?|stances?|views?)", q
    ):
        holder, _ = _actor(m["x"], lex)
        return Question("spoke", holder=holder, **kw)  # type: ignore[arg-type]

    # who is aligned with X
    if m := re.fullmatch(
        rf"(?:who|which {group}) (?:is |are |was |were )?(?:the )?(?:most |more |best |closely |closest )*"
        r"(?:aligned|align|agrees?|agreed|closest|close) (?:with|to) (?P<x>.+)",
        q,
    ):
        holder, _ = _actor(m["x"], lex)
        return Question("aligned", holder=holder, **kw)  # type: ignore[arg-type]

    # reciprocity
    back = r"(?:back|backs|support|supports|uphold|upholds|stand by|stands by)"
    if m := re.fullmatch(
        rf"(?:does|do|did|will) (?P<a>.+?) {back} (?P<b>.+?)'s (?P<t>.+?) and (?:does |do |did |will )?"
        rf"(?P<b2>.+?) {back} (?P<a2>.+?)'s?(?: (?P<t2>.+))?",
        q,
    ) or re.fullmatch(
        rf"(?:do|did|will) (?P<a>.+?) and (?P<b>.+?) {back} each other'?s?(?: (?P<t>.+))?", q
    ):
        a, _ = _actor(m["a"], lex)
        b, _ = _actor(m["b"], lex)
        groups = m.groupdict()
        if groups.get("b2") is not None and {
            resolve_state(groups["b2"], lex),
            resolve_state(groups["a2"], lex),
        } != {a, b}:
            raise _help("the two halves of the question name different states")
        topics = None
        if m["t"]:
            topics, _owner = _topic_phrase(m["t"], lex, x)
            if topics is None:
                raise _unknown_topic(m["t"], lex, x)
        return Question(
            "reciprocity",
            stance="support",
            holder=a,
            addressee=b,
            topics=topics,
            topic_text=m["t"],
            **kw,  # type: ignore[arg-type]
        )

    # what changed in X's positions
    if m := re.fullmatch(
        r"(?:what|how) (?:has |have |did )?(?:changed?|shifted?|evolved?) (?:in|about) "
        r"(?:the positions? of (?P<x1>.+)|(?P<x2>.+?)'s? (?:positions?|stances?|views?))",
        q,
    ) or re.fullmatch(
        r"how (?:did|have|has|do|does) (?P<x2>.+?)'s? (?:positions?|stances?|views?) "
        r"(?:changed?|shifted?|evolved?)",
        q,
    ):
        holder, _ = _actor(m.groupdict().get("x1") or m["x2"], lex)
        return Question("changes", holder=holder, **kw)  # type: ignore[arg-type]

    # what positions did X (re)affirm
    if m := re.fullmatch(
        r"(?:what|which) (?:positions? |stances? |views? )?(?:did|does|do|has|have|had) (?P<x>.+?) "
        r"(?P<v>re-?affirm(?:ed|s)?|affirm(?:ed|s)?|reiterated?|restated?|repeated?|re-?stated?)",
        q,
    ):
        holder, person = _actor(m["x"], lex)
        kind = "affirm" if m["v"].startswith("affirm") else "reaffirm"
        return Question(kind, holder=holder, person=person, **kw)  # type: ignore[arg-type]

    # what is X's position on Y | list X's positions
    if m := re.fullmatch(
        r"(?:what (?:is|was|are|were)|list|show|show me|give me) (?:all )?(?:the )?(?P<x>.+?)'s? "
        r"(?:positions?|stances?|views?|statements?)(?: (?:on|about|regarding|towards?|concerning) (?P<y>.+))?",
        q,
    ):
        holder, person = _actor(m["x"], lex)
        if not m["y"]:
            return Question("timeline", holder=holder, person=person, **kw)  # type: ignore[arg-type]
        addressee, topics, owner, _either = _target(m["y"], lex, x)
        return Question(
            "say",
            holder=holder,
            person=person,
            addressee=addressee,
            topics=topics,
            topic_text=m["y"],
            owner=owner,
            either=addressee is not None and topics is not None,
            **kw,  # type: ignore[arg-type]
        )

    # who did X offer T to | whom did X thank ("which countries have expressed support" is not)
    if (
        m := re.fullmatch(
            rf"(?:who|whom|which {group}) (?:did|does|do|has|have|had) (?P<x>.+?) (?P<verb>{verbs})"
            r"(?: (?P<rest>.+?))?(?: (?:to|from|for|with|of))?",
            q,
        )
    ) and (resolve_person(m["x"], lex) or resolve_state(m["x"], lex)):
        holder, person = _actor(m["x"], lex)
        topics = owner = None
        if m["rest"]:
            topics, owner = _topic_phrase(m["rest"], lex, x)
            if topics is None:
                raise _unknown_topic(m["rest"], lex, x)
        return Question(
            "whom",
            STANCE_VERBS[m["verb"]],
            holder,
            person,
            topics=topics,
            topic_text=m["rest"],
            owner=owner,
            **kw,  # type: ignore[arg-type]
        )

    # did X ever support Y [on Z]
    if m := re.fullmatch(
        rf"(?:did|does|do|has|have|had|is|was|were|will) (?P<x>.+?) (?:ever |also |still |really )?"
        rf"(?P<verb>{verbs}) (?P<rest>.+)",
        q,
    ):
        return _verb_question("did", m, lex, x, kw)

    # what did X say -> the timeline of X
    if m := re.fullmatch(r"what (?:did|does|do|has|have|had) (?P<x>.+?) (?:say|said|says)", q):
        holder, person = _actor(m["x"], lex)
        return Question("timeline", holder=holder, person=person, **kw)  # type: ignore[arg-type]

    # what did X say about|to Y
    if m := re.fullmatch(
        r"what (?:did|does|do|has|have|had) (?P<x>.+?) (?:say|said|says|state|stated|tell|told)"
        r" (?P<prep>about |on |regarding |concerning |to )?(?P<y>.+)",
        q,
    ):
        holder, person = _actor(m["x"], lex)
        to = m["prep"] == "to " or m["prep"] is None
        if to:
            addressee = resolve_state(m["y"], lex)
            if addressee is None:
                raise _unknown_actor(m["y"], lex)
            return Question("say", holder=holder, person=person, addressee=addressee, **kw)  # type: ignore[arg-type]
        addressee, topics, owner, _either = _target(m["y"], lex, x)
        return Question(
            "say",
            holder=holder,
            person=person,
            addressee=addressee,
            topics=topics,
            topic_text=m["y"],
            owner=owner,
            either=addressee is not None and topics is not None,
            **kw,  # type: ignore[arg-type]
        )

    # when did X [first|last] support Y [on Z]
    if m := re.fullmatch(
        rf"when (?:did|does|has|have|was|were) (?P<x>.+?) (?P<fl>first |last |most recently |ever )?"
        rf"(?P<verb>{verbs}) (?P<rest>.+)",
        q,
    ):
        which = {"first ": "first", "last ": "last", "most recently ": "last"}.get(m["fl"] or "")
        return _verb_question("when", m, lex, x, kw, which=which)

    # who supports X [on Y]
    if m := re.fullmatch(
        rf"(?:who|which {group}|what {group}) (?:has |have |also |ever |did |does |do |will |would )*"
        rf"(?P<verb>{verbs}) (?P<rest>.+)",
        q,
    ):
        return _verb_question("who", m, lex, x, kw)

    # what did X offer [from|to Y]
    if m := re.fullmatch(
        rf"what (?:else )?(?:did|does|do|has|have|had|will|would) (?P<x>.+?) (?P<verb>{verbs})"
        r"(?: (?P<rest>.+?))?(?: for)?",
        q,
    ):
        return _verb_question("what", m, lex, x, kw)
    raise _help(f"I cannot parse {text.strip()[:80]!r}")


def _verb_question(
    kind: str,
    m: re.Match[str],
    lex: Lexicon,
    extra: dict[str, str] | None,
    kw: dict[str, object],
    which: str | None = None,
) -> Question:
    """The question of a template with a stance verb: who (``x``) took the verb's
    stance on what (``rest``: addressee, topics or both), e.g. "did X support Y on Z"."""
    holder = person = None
    if m.re.groupindex.get("x"):
        holder, person = _actor(m["x"], lex)
    addressee, topics, owner, either = (
        _target(m["rest"], lex, extra) if m["rest"] else (None, None, None, False)
    )
    return Question(
        kind,
        STANCE_VERBS[m["verb"]],
        holder,
        person,
        addressee,
        topics,
        m["rest"],
        owner,
        either,
        which,
        **kw,  # type: ignore[arg-type]
    )


# ---------------------------------------------------------------- answering


def possessive(name: str) -> str:
    """``name``'s, or ``name``' after a final s.

    >>> possessive("China"), possessive("United States")
    ("China's", "United States'")
    """
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def topic_phrase(r: PositionRow) -> str:
    """The topic as an answer says it: an opposed "non-X" topic reads as X.

    >>> from kg.analysis import row
    >>> topic_phrase(row("KGZ", "oppose", "non-interference", "2020-11-16"))
    'interference in internal affairs'
    """
    return _topic_said(r.stance, r.topic_label)


def _topic_said(stance: str, label: str) -> str:
    if stance == "oppose" and re.match(r"non-?\w", label, re.I):
        return re.sub(r"^non-?", "", label, flags=re.I)
    return label


def describe(r: PositionRow) -> str:
    """One position in a line: holder, stance, topic, addressee.

    >>> from kg.analysis import row
    >>> describe(row("KGZ", "support", "one-china-policy", "2020-05-26", addressee="CHN"))
    'Kyrgyzstan supports one-China policy (to China)'
    """
    to = f" (to {r.addressee_label})" if r.addressee_label else ""
    return f"{r.holder_label} {STANCE_PHRASES[r.stance]} {topic_phrase(r)}{to}"


def _owner_mentioned(r: PositionRow, owner: str, lex: Lexicon) -> bool:
    if r.addressee == owner and r.holder != owner:
        return True
    info = lex.states.get(owner)
    if info is None:
        return False
    text = r.evidence.replace("\u2019", "'")
    names = [n for n in info.names if len(n) > 2]
    pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    demonyms = "|".join(re.escape(d) for d in info.demonyms)
    if pattern and re.search(rf"\b(?:{pattern})'s?\b", text, re.I):
        return True
    return bool(demonyms) and bool(re.search(rf"\b(?:{demonyms})\b", text))


def _filter(rows: list[PositionRow], q: Question, lex: Lexicon) -> list[PositionRow]:
    out = []
    lo = q.since.isoformat() if q.since else ""
    hi = q.until.isoformat() if q.until else "9999"
    for r in rows:
        if not lo <= r.date <= hi:
            continue
        if q.stance and r.stance != q.stance:
            continue
        if q.holder and r.holder != q.holder:
            continue
        if q.person and r.person != q.person:
            continue
        topic_ok = q.topics is None or r.topic in q.topics
        to_ok = q.addressee is None or r.addressee == q.addressee
        if q.either:
            if not (r.topic in (q.topics or ()) or r.addressee == q.addressee):
                continue
        elif not (topic_ok and to_ok):
            continue
        if q.owner and not _owner_mentioned(r, q.owner, lex):
            continue
        out.append(r)
    return out


def _by(rows: list[PositionRow], key) -> list[tuple[str, list[PositionRow]]]:  # noqa: ANN001
    groups: dict[str, list[PositionRow]] = {}
    for r in rows:
        groups.setdefault(key(r), []).append(r)
    return list(groups.items())


def _dates(rows) -> str:  # noqa: ANN001
    return ", ".join(sorted({r.date for r in rows}))


def _window(q: Question) -> str:
    if q.since and q.until:
        return f" between {q.since} and {q.until}"
    if q.since:
        return f" since {q.since}"
    if q.until:
        return f" until {q.until}"
    return ""


NOTHING = "No stored position answers that."


def answer(graph: nx.MultiDiGraph, q: Question, lex: Lexicon | None = None) -> Answer:
    """Answer a parsed question from a projection (:func:`kg.analysis.project`).

    >>> from kg.analysis import project, row
    >>> g = project([row("KGZ", "support", "one-china-policy", "2020-05-26", addressee="CHN")])
    >>> answer(g, parse_question("who supports one-China")).summary
    'Kyrgyzstan'
    """
    from kg import analysis

    lex = lex or load_lexicon()
    rows = analysis.positions_in(graph)
    if q.kind in ("who", "what", "when", "say", "timeline", "whom", "did"):
        hits = _filter(rows, q, lex)
        if q.kind == "when" and hits and q.which:
            day = hits[0].date if q.which == "first" else hits[-1].date
            hits = [r for r in hits if r.date == day]
        if not hits:
            no = "No: no stored position says so." if q.kind == "did" else NOTHING
            return Answer(q, f"{no} (Understood as {reading(q, lex)}.)")
        if q.kind == "who":
            groups = _by(hits, lambda r: r.holder_label)
            return Answer(q, ", ".join(k for k, _ in groups), _groups(groups))
        if q.kind == "what":
            groups = _by(hits, topic_phrase)
            summary = "; ".join(f"{k} ({_dates(v)})" for k, v in groups)
            return Answer(q, summary, _groups(groups))
        if q.kind == "when":
            groups = _by(hits, lambda r: r.date)
            return Answer(q, ", ".join(k for k, _ in groups), _groups(groups))
        if q.kind == "did":
            groups = _by(hits, lambda r: r.date)
            return Answer(q, f"Yes: {', '.join(k for k, _ in groups)}", _groups(groups))
        if q.kind == "whom":
            addressed = [r for r in hits if r.addressee]
            if not addressed:
                return Answer(q, f"{NOTHING} (Understood as {reading(q, lex)}.)")
            groups = _by(addressed, lambda r: r.addressee_label or "")
            summary = ", ".join(f"{k} ({_dates(v)})" for k, v in groups)
            return Answer(q, summary, _groups(groups))
        groups = _by(hits, lambda r: f"{r.date} \u2014 {r.readout_name}")
        who = hits[0].person_label if q.person else hits[0].holder_label
        if q.kind == "timeline" and not q.holder and q.topics is not None:
            who = _roots(q.topics, lex, None)
        summary = (
            f"{who}: {len(hits)} position(s) on {len({r.date for r in hits})} date(s), "
            f"{hits[0].date} to {hits[-1].date}"
        )
        return Answer(q, summary, _groups(groups))
    assert q.holder is not None
    within = [r for r in rows if (not q.since or r.date >= q.since.isoformat())]
    within = [r for r in within if (not q.until or r.date <= q.until.isoformat())]
    if q.kind == "spoke":
        mine = [r for r in within if r.holder == q.holder]
        if not mine:
            return Answer(q, f"{NOTHING} (Understood as {reading(q, lex)}.)")
        groups = []
        speakers = _by(mine, lambda r: r.person_label or "(no official named)")
        for name, rs in speakers:
            # one position per readout as the evidence that the official spoke then
            sample = tuple(v[0] for _, v in _by(rs, lambda r: r.readout))
            groups.append(Group(f"{name} ({_dates(rs)}; {len(rs)} position(s))", sample))
        summary = ", ".join(f"{name} ({_dates(rs)})" for name, rs in speakers)
        return Answer(q, summary, tuple(groups))
    graph_in = analysis.project(within)
    label = lex.states[q.holder].label if q.holder in lex.states else q.holder
    if q.kind in ("affirm", "reaffirm"):
        stated = analysis.stated_positions(graph_in, q.holder)
        if q.person:
            stated = [s for s in stated if any(r.person == q.person for r in s.rows)]
        if q.kind == "reaffirm":
            stated = [s for s in stated if len(s.dates) > 1]
        if not stated:
            if q.kind == "affirm":
                return Answer(q, f"{label} stated no position{_window(q)}.")
            return Answer(q, f"{label} restated no position on two or more dates{_window(q)}.")
        groups = tuple(
            Group(
                f"{STANCE_PHRASES[s.stance]} {topic_phrase(s.rows[0])} ({', '.join(s.dates)})",
                s.rows,
            )
            for s in stated
        )
        summary = "; ".join(g.heading for g in groups[:12])
        if len(groups) > 12:
            summary += f"; and {len(groups) - 12} more"
        return Answer(q, summary, groups)
    if q.kind == "changes":
        ch = analysis.changes(
            graph_in, q.holder, since=q.since, until=q.until, before=q.before, after=q.after
        )
        if not ch.before_dates or not ch.after_dates:
            return Answer(q, f"{label} stated no positions in that period{_window(q)}.")
        span = f"{', '.join(ch.before_dates)} \u2192 {', '.join(ch.after_dates)}"
        if ch.before_dates == ch.after_dates:
            return Answer(
                q, f"{label} stated positions on one date only ({span}): nothing to compare."
            )
        counts = ", ".join(f"{len(ch.of(k))} {k}" for k in ("new", "dropped", "reversed"))
        groups = tuple(
            Group(
                f"{c.kind}: "
                + (
                    f"{c.topic_label} ({c.before} \u2192 {c.after})"
                    if c.kind == "reversed"
                    else f"{STANCE_PHRASES[c.after or c.before or 'support']} {topic_phrase(c.rows[0])}"
                ),
                c.rows,
            )
            for c in ch.changes
        )
        return Answer(q, f"{label}, {span}: {counts}", groups)
    if q.kind == "aligned":
        ranked = analysis.alignment(graph_in, q.holder, limit=10)
        if not ranked:
            return Answer(q, f"No state shares a (stance, topic) position with {label}.")
        groups = tuple(
            Group(
                f"{a.other_label} (Jaccard {a.score:.2f}; shared: "
                + ", ".join(f"{STANCE_PHRASES[s]} {_topic_said(s, t)}" for s, _, t in a.shared)
                + ")",
                a.evidence,
            )
            for a in ranked
        )
        summary = ", ".join(
            f"{a.other_label} ({a.score:.2f}, {len(a.shared)} shared)" for a in ranked
        )
        return Answer(q, summary, groups)
    if q.kind == "reciprocity":
        assert q.addressee is not None
        pair = analysis.reciprocity(graph_in, q.holder, q.addressee, topics=q.topics)[0]
        a, b = pair.state_label, pair.other_label
        what = f" {_roots(q.topics, lex, None)}" if q.topics is not None else ""

        def of(name: str) -> str:
            return f"{possessive(name)}{what}" if what else name

        yes_ab = f"{a} backs {of(b)} ({_dates(pair.forward)})" if pair.forward else None
        yes_ba = f"{b} backs {of(a)} ({_dates(pair.backward)})" if pair.backward else None
        if pair.reciprocal:
            summary = f"Yes, both ways: {yes_ab}; {yes_ba}."
        elif yes_ab or yes_ba:
            missing = f"{b} backing {of(a)}" if yes_ab else f"{a} backing {of(b)}"
            summary = f"One way only: {yes_ab or yes_ba}; no stored position has {missing}."
        else:
            each = f" each other's{what}" if what else " each other"
            summary = f"Neither way: no stored position has {a} and {b} backing{each}."
        groups = []
        if pair.forward:
            groups.append(Group(f"{a} \u2192 {b}", pair.forward))
        if pair.backward:
            groups.append(Group(f"{b} \u2192 {a}", pair.backward))
        if q.topics is not None and not pair.reciprocal:
            other = analysis.reciprocity(graph_in, q.holder, q.addressee)[0]
            rest_ab = tuple(r for r in other.forward if r not in pair.forward)
            rest_ba = tuple(r for r in other.backward if r not in pair.backward)
            if not pair.forward and rest_ab:
                groups.append(Group(f"{a} \u2192 {b}, other support (not{what})", rest_ab))
            if not pair.backward and rest_ba:
                groups.append(Group(f"{b} \u2192 {a}, other support (not{what})", rest_ba))
        return Answer(q, summary, tuple(groups))
    raise QueryError(f"cannot answer questions of kind {q.kind!r}")  # pragma: no cover


def _roots(topics: frozenset[str], lex: Lexicon, extra: dict[str, str] | None) -> str:
    """The labels of the topics a phrase named, without the narrower ones added to them."""
    roots = [
        t for t in topics if not set(lex.topics[t].broader if t in lex.topics else ()) & topics
    ]
    return ", ".join(sorted((_topic_label(t, lex, extra) for t in roots), key=str.casefold))


def reading(q: Question, lex: Lexicon | None = None) -> str:
    """How a question was understood, in a line (shown with answers that find nothing).

    >>> reading(parse_question("what did Kyrgystan offer in 2020"))
    'what: holder Kyrgyzstan, stance offer, 2020-01-01 to 2020-12-31'
    """
    lex = lex or load_lexicon()

    def state(code: str) -> str:
        return lex.states[code].label if code in lex.states else code

    parts = []
    if q.holder:
        parts.append(f"holder {state(q.holder)}")
    if q.person:
        parts.append(f"voiced by {lex.persons[q.person].name}")
    if q.stance:
        parts.append(f"stance {q.stance}")
    if q.topics is not None:
        parts.append(f"topic {_roots(q.topics, lex, None)}")
        if q.owner:
            parts[-1] += f" ({possessive(state(q.owner))})"
    if q.addressee:
        parts.append(("or " if q.either else "") + f"addressee {state(q.addressee)}")
    if q.which:
        parts.append(f"{q.which} date")
    if q.since or q.until:
        parts.append(f"{q.since or '...'} to {q.until or '...'}")
    return f"{q.kind}: " + ", ".join(parts)


def _groups(items: list[tuple[str, list[PositionRow]]]) -> tuple[Group, ...]:
    return tuple(Group(k, tuple(v)) for k, v in items)


def store_topics(graph: nx.MultiDiGraph) -> dict[str, str]:
    """Folded labels of the topics in a projection -> slugs (minted topics included).

    >>> from kg.analysis import project, row
    >>> store_topics(project([row("CHN", "offer", "x-help", "2020-05-26")]))
    {'x help': 'x-help'}
    """
    return {
        fold(d["label"]): d["iri"].rsplit("/", 1)[-1]
        for _, d in graph.nodes(data=True)
        if d.get("kind") == "topic"
    }


def answer_question(store: SelectSource, text: str) -> Answer:
    """Parse and answer a question from the store's NetworkX projection.

    ``store`` is a :class:`~kg.store.Store` or a :class:`~kg.remote.RemoteStore`.

    >>> import tempfile
    >>> from kg.store import Store
    >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
    ...     answer_question(s, "who supports one-China").summary
    'No stored position answers that. (Understood as who: stance support, topic one-China policy.)'
    """
    from kg.analysis import fetch_positions, project

    lex = load_lexicon()
    try:
        q = parse_question(text, lex)
    except QueryError:
        # perhaps a topic minted from the readouts: read the store's topics and retry
        q = parse_question(text, lex, store_topics(project(fetch_positions(store))))
    return answer(project(fetch_positions(store, **_slice(q))), q, lex)


def _slice(q: Question) -> dict[str, object]:
    """The part of the store a question needs: bound holder, stance and topics.

    Alignment and reciprocity compare states, so they read every position;
    a name that may be a topic or an addressee ("Ukraine") reads all topics.

    >>> _slice(Question("who", stance="support", topics=frozenset({"taiwan"})))
    {'stance': 'support', 'topics': frozenset({'taiwan'})}
    """
    if q.kind in ("aligned", "reciprocity"):
        return {}
    out: dict[str, object] = {}
    if q.holder and q.kind not in ("say",):
        out["holder"] = q.holder
    if q.stance and q.kind in ("who", "what", "when"):
        out["stance"] = q.stance
    if q.topics is not None and not q.either and q.kind in ("who", "when", "timeline"):
        out["topics"] = q.topics
    return out
