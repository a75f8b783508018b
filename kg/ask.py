"""Questions in plain English, answered from the NetworkX projection of the store.

Understood forms (case- and punctuation-insensitive):

- ``who supports|backs|opposes|offers|requests|appreciates|commits to X [on Y]``
  (also "which countries support X")
- ``what did X support|oppose|offer|request|ask for|appreciate|commit to``
- ``when did X support|oppose|... Y [on Z]``

Names resolve through the vocabularies: states by name, demonym or capital,
officials by name (their state), topics by any SKOS label (with the topics
``skos:broader`` than them), and close misspellings. A question that does not
parse raises :class:`~kg.errors.QueryError` listing the forms understood.

>>> parse_question("Who supports one-China?").kind
'who'
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.errors import QueryError
from kg.lexicon import Lexicon, fold, load_lexicon

if TYPE_CHECKING:
    from kg.analysis import PositionRow
    from kg.store import Store

#: Verbs of a question -> stance (lemma forms and inflections).
STANCE_VERBS = {
    "support": "support", "supports": "support", "supported": "support", "back": "support",
    "backs": "support", "backed": "support", "uphold": "support", "upholds": "support",
    "upheld": "support", "endorse": "support", "endorses": "support", "endorsed": "support",
    "oppose": "oppose", "opposes": "oppose", "opposed": "oppose", "reject": "oppose",
    "rejects": "oppose", "rejected": "oppose", "condemn": "oppose", "condemned": "oppose",
    "offer": "offer", "offers": "offer", "offered": "offer", "provide": "offer",
    "provides": "offer", "provided": "offer", "give": "offer", "gives": "offer", "gave": "offer",
    "request": "request", "requests": "request", "requested": "request", "ask for": "request",
    "asks for": "request", "asked for": "request", "ask": "request", "asks": "request",
    "asked": "request", "call for": "request", "calls for": "request", "called for": "request",
    "urge": "request", "urges": "request", "urged": "request", "want": "request",
    "appreciate": "appreciate", "appreciates": "appreciate", "appreciated": "appreciate",
    "thank": "appreciate", "thanks": "appreciate", "thanked": "appreciate",
    "welcome": "appreciate", "welcomes": "appreciate", "welcomed": "appreciate",
    "praise": "appreciate", "praises": "appreciate", "praised": "appreciate",
    "commit to": "commit", "commits to": "commit", "committed to": "commit",
    "commit": "commit", "commits": "commit", "committed": "commit", "pledge": "commit",
    "pledged": "commit", "pledges": "commit",
}  # fmt: skip

FORMS = (
    'who supports X [on Y]   e.g. "who supports one-China", "who backs China on Xinjiang"',
    "which countries oppose X",
    'what did X offer|support|oppose|request|appreciate|commit to   e.g. "what did China offer"',
    'when did X support Y [on Z]   e.g. "when did Kyrgyzstan support China on Xinjiang"',
)


@dataclass(frozen=True)
class Question:
    """A parsed question: its form, stance and the names it mentions (resolved)."""

    kind: str  # who | what | when
    stance: str | None
    holder: str | None = None  # ISO code
    person: str | None = None  # person slug ("what did Wang Yi offer")
    addressee: str | None = None  # ISO code
    topics: frozenset[str] | None = None  # topic slugs (with narrower ones)
    topic_text: str | None = None
    text: str = ""


@dataclass(frozen=True)
class Answer:
    """An answer: the question, the matching positions, and a one-line summary."""

    question: Question
    rows: tuple[PositionRow, ...]
    summary: str
    groups: tuple[tuple[str, tuple[PositionRow, ...]], ...] = field(default=())


def _clean(text: str) -> str:
    text = text.replace("\u2019", "'")
    text = re.sub(r"[^\w\s'\-,]", " ", text)
    return " ".join(text.lower().split())


def _verb_pattern() -> str:
    return "|".join(sorted((re.escape(v) for v in STANCE_VERBS), key=len, reverse=True))


def resolve_state(name: str, lex: Lexicon | None = None) -> str | None:
    """ISO code of a state named by name, demonym, capital, or an official's name.

    >>> resolve_state("Kyrgyz")
    'KGZ'
    """
    lex = lex or load_lexicon()
    key = fold(re.sub(r"^the\s+", "", name.strip(), flags=re.I))
    key = re.sub(r"'s?$", "", key)
    table: dict[str, str] = {}
    for surface, code in lex.state_names.items():
        table.setdefault(fold(surface), code)
    for surface, code in lex.demonyms.items():
        table.setdefault(fold(surface), code)
    for surface, slug in lex.person_names.items():
        table.setdefault(fold(surface), lex.persons[slug].state)
    if key in table:
        return table[key]
    close = difflib.get_close_matches(key, list(table), n=1, cutoff=0.85)
    return table[close[0]] if close else None


def resolve_person(name: str, lex: Lexicon | None = None) -> str | None:
    """Slug of an official named in a question, if the name is an official's."""
    lex = lex or load_lexicon()
    key = fold(name)
    for surface, slug in lex.person_names.items():
        if fold(surface) == key and len(surface.split()) > 1:
            return slug
    return None


def resolve_topics(text: str, lex: Lexicon | None = None) -> frozenset[str] | None:
    """Topic slugs a phrase names, with every topic narrower than them.

    >>> "taiwan" in resolve_topics("China's core interests")
    True
    """
    lex = lex or load_lexicon()
    key = fold(re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I))
    key = re.sub(
        r"^[\w\-]+'s?\s+", lambda m: "" if resolve_state(m.group(0)[:-1]) else m.group(0), key
    )
    key = re.sub(r"^[\w\-]+'s?\s+", "", key) if "'" in key.split(" ")[0] else key
    found = set()
    for cand in (key, re.sub(r"e?s$", "", key)):
        if cand in lex.topic_labels:
            found.add(lex.topic_labels[cand])
    if not found:
        for label, slug in lex.topic_labels.items():
            if len(key) >= 4 and (key in label.split() or label.startswith(key + " ")):
                found.add(slug)
    if not found:
        close = difflib.get_close_matches(key, list(lex.topic_labels), n=1, cutoff=0.85)
        if close:
            found.add(lex.topic_labels[close[0]])
    if not found:
        return None
    # add narrower topics: those whose broader chain reaches a found topic
    narrower = {s: set(t.broader) for s, t in lex.topics.items()}
    changed = True
    while changed:
        changed = False
        for slug, parents in narrower.items():
            if slug not in found and parents & found:
                found.add(slug)
                changed = True
    return frozenset(found)


def _help(message: str) -> QueryError:
    forms = "; ".join(f.split("   ")[0] for f in FORMS)
    return QueryError(f"{message}. Questions I understand: {forms}")


def parse_question(text: str, lex: Lexicon | None = None) -> Question:
    """Parse a question into a :class:`Question`; QueryError if no form fits."""
    lex = lex or load_lexicon()
    q = _clean(text)
    verbs = _verb_pattern()
    if not q:
        raise _help("empty question")
    m = re.fullmatch(
        rf"(?:who|which (?:countries|states|country|state)) (?P<verb>{verbs}) (?P<rest>.+)", q
    )
    if m:
        stance = STANCE_VERBS[m["verb"]]
        rest = m["rest"]
        addressee = None
        on = re.fullmatch(r"(?P<who>.+?) (?:on|in|over|about|regarding) (?P<topic>.+)", rest)
        if on and resolve_state(on["who"], lex):
            addressee, rest = resolve_state(on["who"], lex), on["topic"]
        topics = resolve_topics(rest, lex)
        if topics is None and addressee is None and resolve_state(rest, lex):
            addressee = resolve_state(rest, lex)
            return Question("who", stance, addressee=addressee, text=text)
        if topics is None:
            raise _unknown_topic(rest, lex)
        return Question(
            "who", stance, addressee=addressee, topics=topics, topic_text=rest, text=text
        )
    m = re.fullmatch(
        rf"what (?:did|does|do|has|have) (?P<who>.+?) (?P<verb>{verbs})(?: (?:from|to) (?P<to>.+?))?",
        q,
    )
    if m:
        holder, person = _actor(m["who"], lex)
        addressee = resolve_state(m["to"], lex) if m["to"] else None
        return Question("what", STANCE_VERBS[m["verb"]], holder, person, addressee, text=text)
    m = re.fullmatch(
        rf"when (?:did|does|has|have) (?P<who>.+?) (?:first |last )?(?P<verb>{verbs}) (?P<rest>.+)",
        q,
    )
    if m:
        holder, person = _actor(m["who"], lex)
        rest = m["rest"]
        addressee = None
        on = re.fullmatch(r"(?P<obj>.+?) (?:on|in|over|about|regarding) (?P<topic>.+)", rest)
        if on and resolve_state(on["obj"], lex):
            addressee, rest = resolve_state(on["obj"], lex), on["topic"]
        topics = resolve_topics(rest, lex)
        if topics is None and resolve_state(rest, lex):
            return Question(
                "when", STANCE_VERBS[m["verb"]], holder, person, resolve_state(rest, lex), text=text
            )
        if topics is None:
            raise _unknown_topic(rest, lex)
        return Question(
            "when", STANCE_VERBS[m["verb"]], holder, person, addressee, topics, rest, text
        )
    raise _help(f"I cannot parse {text.strip()[:80]!r}")


def _actor(name: str, lex: Lexicon) -> tuple[str, str | None]:
    person = resolve_person(name, lex)
    if person:
        return lex.persons[person].state, person
    code = resolve_state(name, lex)
    if code is None:
        names = sorted({lex.states[c].label for c in lex.states})
        close = difflib.get_close_matches(name.title(), names, n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise QueryError(f"unknown state or official {name!r}{hint}")
    return code, None


def _unknown_topic(text: str, lex: Lexicon) -> QueryError:
    labels = sorted({t.label for t in lex.topics.values()})
    close = difflib.get_close_matches(text, labels, n=3, cutoff=0.5)
    hint = f"; nearest topics I know: {', '.join(close)}" if close else ""
    return QueryError(f"unknown topic {text[:80]!r}{hint}")


def answer_question(store: Store, text: str) -> Answer:
    """Parse and answer a question from the store's NetworkX projection."""
    from kg.analysis import fetch_positions, project

    lex = load_lexicon()
    q = parse_question(text, lex)
    rows = fetch_positions(store, holder=q.holder, stance=q.stance)
    graph = project(rows)
    hits: list[PositionRow] = []
    by_iri = {r.iri: r for r in rows}
    for _h, topic_node, key in graph.edges(keys=True):
        if key == "broader":
            continue
        row = by_iri[key]
        if q.topics is not None and topic_node.split(":", 1)[1] not in q.topics:
            continue
        if q.addressee and row.addressee != q.addressee and q.topics is not None:
            continue
        if q.addressee and q.topics is None and q.kind == "who" and row.addressee != q.addressee:
            continue
        if q.person and row.person != q.person:
            continue
        if (
            q.kind in ("what", "when")
            and q.addressee
            and q.topics is None
            and row.addressee != q.addressee
        ):
            continue
        hits.append(row)
    hits.sort(key=lambda r: (r.date, r.holder_label, r.topic_label))
    groups: dict[str, list[PositionRow]] = {}
    for row in hits:
        key = {"who": row.holder_label, "what": row.topic_label}.get(q.kind, row.date)
        groups.setdefault(key, []).append(row)
    if not hits:
        summary = "No stored position answers that."
    elif q.kind == "who" or q.kind == "what":
        summary = ", ".join(groups)
    else:
        summary = ", ".join(sorted(groups))
    return Answer(q, tuple(hits), summary, tuple((k, tuple(v)) for k, v in groups.items()))
