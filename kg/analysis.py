"""Positions out of the store, their NetworkX projection, and the analyses on it.

The store (or a remote SPARQL endpoint) is queried once, with bound values
and never with user text in the query, and the positions are projected into
a ``networkx.MultiDiGraph`` (:func:`project`): states, topics, people and
readouts as nodes, one ``position`` edge per position and topic from holder
to topic carrying stance, date, evidence and readout. The analyses below
take that graph and return frozen dataclasses:

- :func:`alignment`: states ranked by shared (stance, topic) pairs (Jaccard);
- :func:`reaffirmations`: the same stance on the same topic on two or more dates;
- :func:`changes`: new, dropped and reversed positions between two snapshots;
- :func:`reciprocity`: whether two states back each other;
- :func:`centrality`: which states and topics the network turns on.

>>> rows = [
...     row("CHN", "offer", "vaccines", "2020-11-16", addressee="KGZ"),
...     row("KGZ", "support", "taiwan", "2020-05-26", addressee="CHN"),
...     row("KGZ", "support", "taiwan", "2020-11-16", addressee="CHN"),
... ]
>>> g = project(rows)
>>> [(r.holder_label, r.topic_label, r.dates) for r in reaffirmations(g)]
[('Kyrgyzstan', 'Taiwan', ('2020-05-26', '2020-11-16'))]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from kg.errors import QueryError
from kg.namespaces import ID_IRI, KG_IRI, STANCES, person_iri, state_iri, topic_iri

if TYPE_CHECKING:
    import networkx as nx
    from rdflib.term import Node

PREFIXES = f"""PREFIX kg: <{KG_IRI}>
PREFIX id: <{ID_IRI}>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


#: The one query behind every answer: plain SPARQL 1.1, so that a remote
#: endpoint answers it as the embedded store does. ``?holder``, ``?stance`` and
#: ``?topic`` may be bound; nothing else from the user reaches it. Labels are
#: not joined here: a topic minted by many readouts has its label once per
#: readout graph, and joining them multiplied the rows. Curated labels come
#: from the vocabulary, minted ones from :func:`labels_query`.
POSITIONS_QUERY = (
    PREFIXES
    + """
SELECT ?pos ?holder ?stance ?topic ?date ?evidence ?readout ?addressee ?person ?title ?source
WHERE {
  ?pos kg:topic ?topic ;
       kg:holder ?holder ;
       kg:stance ?stance ;
       a kg:Position ;
       dcterms:date ?date ;
       kg:evidence ?evidence ;
       kg:reportedIn ?readout .
  OPTIONAL { ?pos kg:addressee ?addressee }
  OPTIONAL { ?pos kg:voicedBy ?person }
  OPTIONAL { ?readout dcterms:title ?title }
  OPTIONAL { ?readout dcterms:source ?source }
}
"""
)

#: The head of :func:`labels_query`; the rest is a VALUES block of IRIs.
LABELS_QUERY_HEAD = PREFIXES + "SELECT ?s ?label WHERE { VALUES ?s {"


def labels_query(nodes: Iterable[Node]) -> str:
    """The labels of topics and people minted from readouts, by IRI.

    The IRIs come from the store's own answers (never from user text) and are
    written in N-Triples form.

    >>> from kg.namespaces import topic_iri
    >>> labels_query([topic_iri("x-help")]).endswith("?s skos:prefLabel ?label }")
    True
    """
    iris = " ".join(f"<{_safe_iri(n)}>" for n in nodes)
    return f"{LABELS_QUERY_HEAD} {iris} }} ?s skos:prefLabel ?label }}"


def _safe_iri(node: Node) -> str:
    text = str(node)
    if not re.fullmatch(r"[^\s<>\"{}|\\^`]+", text):
        raise QueryError(f"not an IRI the store could hold: {text[:60]!r}")
    return text


#: Stances with a sign: a reversal is a topic whose sign flips between snapshots.
POLARITY = {"support": 1, "commit": 1, "appreciate": 1, "offer": 1, "oppose": -1, "request": 0}


class SelectSource(Protocol):
    """Anything that runs a SELECT with bound variables: a :class:`~kg.store.Store`, or a
    :class:`~kg.remote.RemoteStore` (which binds through a VALUES block, so that the same
    question gives the same answer on a SPARQL server)."""

    def select(
        self, query: str, bindings: Mapping[str, Node] | None = None
    ) -> list[dict[str, Node]]: ...


@dataclass(frozen=True)
class PositionRow:
    """A stored position on one topic, flattened for answers, tables and pictures."""

    iri: str
    holder: str  # ISO alpha-3 code
    holder_label: str
    stance: str
    topic: str  # topic slug
    topic_label: str
    broader: tuple[str, ...]
    curated: bool
    addressee: str | None
    addressee_label: str | None
    person: str | None
    person_label: str | None
    date: str
    evidence: str
    readout: str
    title: str | None
    source: str | None

    @property
    def readout_name(self) -> str:
        """The readout's title, else its source, else its IRI.

        >>> row("CHN", "offer", "vaccines", "2020-11-16", readout="r9").readout_name
        'Readout r9'
        """
        return self.title or self.source or self.readout


def row(
    holder: str,
    stance: str,
    topic: str,
    date: str,
    *,
    addressee: str | None = None,
    person: str | None = None,
    evidence: str | None = None,
    readout: str | None = None,
) -> PositionRow:
    """A PositionRow built from codes and slugs, labels from the vocabularies (for tests, docs).

    >>> row("KGZ", "support", "one-china-policy", "2020-05-26").topic_label
    'one-China policy'
    """
    from kg.lexicon import load_lexicon

    lex = load_lexicon()
    state = lex.states.get(holder)
    info = lex.topics.get(topic)
    to = lex.states.get(addressee) if addressee else None
    who = lex.persons.get(person) if person else None
    readout = readout or f"r-{date}"
    return PositionRow(
        iri=f"{ID_IRI}position/{readout}-{holder}-{stance}-{topic}",
        holder=holder,
        holder_label=state.label if state else holder,
        stance=stance,
        topic=topic,
        topic_label=info.label if info else topic,
        broader=info.broader if info else (),
        curated=info is not None,
        addressee=addressee,
        addressee_label=(to.label if to else addressee) if addressee else None,
        person=person,
        person_label=(who.name if who else person) if person else None,
        date=date,
        evidence=evidence or f"{holder} {stance}s {topic}.",
        readout=f"{ID_IRI}readout/{readout}",
        title=f"Readout {readout}",
        source=None,
    )


def _local(term: object) -> str:
    return str(term).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _sort_key(r: PositionRow) -> tuple[str, ...]:
    return (r.date, r.holder_label, r.stance, r.topic_label, r.topic, r.iri)


def fetch_positions(
    store: SelectSource,
    *,
    holder: str | None = None,
    stance: str | None = None,
    topics: Iterable[str] | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    addressee: str | None = None,
    person: str | None = None,
) -> list[PositionRow]:
    """Positions in the store, optionally filtered; one row per position and topic.

    ``holder`` and ``addressee`` are ISO codes, ``stance`` a stance name,
    ``topics`` topic slugs, ``person`` a person slug: holder and stance are
    bound into the query, the rest filter its rows; user text never enters
    the query. Rows are deduplicated (a topic minted by several readouts has
    its label in each) and sorted by date, holder, stance, topic.

    >>> import tempfile
    >>> from kg.store import Store
    >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
    ...     fetch_positions(s, holder="CHN", stance="offer")
    []
    """
    from rdflib import URIRef

    from kg.lexicon import load_lexicon
    from kg.namespaces import stance_iri

    bindings: dict[str, Node] = {}
    if holder:
        bindings["holder"] = state_iri(_code(holder))
    if stance:
        if stance not in STANCES:
            raise QueryError(f"unknown stance {stance!r}; use one of {', '.join(STANCES)}")
        bindings["stance"] = stance_iri(stance)
    lex = load_lexicon()
    minted: dict[str, str] = {}

    def label(node: Node, kind: str) -> str:
        slug = _local(node)
        if kind == "state" and slug in lex.states:
            return lex.states[slug].label
        if kind == "topic" and slug in lex.topics:
            return lex.topics[slug].label
        if kind == "person" and slug in lex.persons:
            return lex.persons[slug].name
        return minted.get(str(node), slug)

    # one query per wanted topic: the topic is bound, so only its positions are read
    solutions: list[dict[str, Node]] = []
    if topics is None:
        solutions = store.select(POSITIONS_QUERY, bindings)
    else:
        for slug in sorted(set(topics)):
            if not _SLUG.fullmatch(slug):
                continue
            solutions += store.select(POSITIONS_QUERY, {**bindings, "topic": topic_iri(slug)})
    # labels of minted topics and people: one query per 200 of them
    wanted_labels = sorted(
        {
            str(node)
            for sol in solutions
            for node, table in ((sol.get("topic"), lex.topics), (sol.get("person"), lex.persons))
            if node is not None and _local(node) not in table
        }
    )
    for i in range(0, len(wanted_labels), 200):
        chunk = [URIRef(x) for x in wanted_labels[i : i + 200]]
        for row_ in store.select(labels_query(chunk)):
            minted.setdefault(str(row_["s"]), str(row_["label"]))
    found: dict[tuple[str, str], PositionRow] = {}
    for sol in solutions:
        topic = sol.get("topic") or bindings.get("topic")
        slug = _local(topic)
        date = str(sol["date"])
        if (since and date < since.isoformat()) or (until and date > until.isoformat()):
            continue
        to = sol.get("addressee")
        who = sol.get("person")
        if addressee and (to is None or _local(to) != addressee):
            continue
        if person and (who is None or _local(who) != person):
            continue
        holder_node = sol.get("holder") or bindings["holder"]
        info = lex.topics.get(slug)
        r = PositionRow(
            iri=str(sol["pos"]),
            holder=_local(holder_node),
            holder_label=label(holder_node, "state"),
            stance=_local(sol.get("stance") or bindings["stance"]),
            topic=slug,
            topic_label=label(topic, "topic"),
            broader=info.broader if info else (),
            curated=info is not None,
            addressee=_local(to) if to else None,
            addressee_label=label(to, "state") if to else None,
            person=_local(who) if who else None,
            person_label=label(who, "person") if who else None,
            date=date,
            evidence=str(sol["evidence"]),
            readout=str(sol["readout"]),
            title=str(sol["title"]) if sol.get("title") else None,
            source=str(sol["source"]) if sol.get("source") else None,
        )
        key = (r.iri, r.topic)
        if key not in found or _row_rank(r) < _row_rank(found[key]):
            found[key] = r
    return sorted(found.values(), key=_sort_key)


_SLUG = re.compile(r"[a-z0-9][a-z0-9\-]*")


def _row_rank(r: PositionRow) -> tuple[str, ...]:
    return tuple("" if v is None else str(v) for v in vars(r).values())


_CODE = re.compile(r"[A-Z0-9]{2,8}")


def _code(code: str) -> str:
    if not _CODE.fullmatch(code):
        raise QueryError(f"not a state code: {code!r}; give an ISO alpha-3 code such as CHN")
    return code


# ---------------------------------------------------------------- the projection


def project(rows: Iterable[PositionRow]) -> nx.MultiDiGraph:
    """Project positions into a MultiDiGraph; node ids are IRIs.

    Nodes have ``kind`` (state, topic, person, readout), ``label`` and
    ``iri``; topics also ``curated``, readouts ``title``/``source`` when
    known. Edges have a ``kind``:

    - ``position``: holder -> topic, one per position and topic, with
      ``stance``, ``date``, ``evidence``, ``readout``, ``position`` and, when
      known, ``addressee`` and ``voiced_by`` (node ids);
    - ``addressed``: holder -> addressee, one per position;
    - ``voiced``: person -> holder, one per position;
    - ``reports``: readout -> holder, one per readout and holder;
    - ``broader``: topic -> broader topic, between topics of the graph.

    >>> g = project([row("CHN", "offer", "vaccines", "2020-11-16", addressee="KGZ")])
    >>> sorted(d["kind"] for _, _, d in g.edges(data=True))
    ['addressed', 'position', 'reports']
    """
    import networkx as nx

    g = nx.MultiDiGraph()

    def node(iri: str, kind: str, label: str, **extra: Any) -> str:
        if iri not in g:
            g.add_node(iri, kind=kind, label=label, iri=iri, **extra)
        return iri

    rows = sorted(rows, key=_sort_key)
    for r in rows:
        holder = node(str(state_iri(r.holder)), "state", r.holder_label)
        topic = node(str(topic_iri(r.topic)), "topic", r.topic_label, curated=r.curated)
        extra = {k: v for k, v in (("title", r.title), ("source", r.source)) if v}
        readout = node(r.readout, "readout", r.readout_name, **extra)
        common = {"stance": r.stance, "date": r.date, "readout": readout, "position": r.iri}
        edge: dict[str, Any] = {"kind": "position", **common, "evidence": r.evidence}
        if r.addressee:
            to = node(str(state_iri(r.addressee)), "state", r.addressee_label or r.addressee)
            edge["addressee"] = to
            g.add_edge(holder, to, key=f"{r.iri}#addressed", kind="addressed", **common)
        if r.person:
            who = node(str(person_iri(r.person)), "person", r.person_label or r.person)
            edge["voiced_by"] = who
            g.add_edge(who, holder, key=f"{r.iri}#voiced", kind="voiced", **common)
        g.add_edge(holder, topic, key=f"{r.iri}#{topic}", **edge)
        g.add_edge(readout, holder, key="reports", kind="reports", readout=readout)
    for r in rows:
        for b in r.broader:
            child, parent = str(topic_iri(r.topic)), str(topic_iri(b))
            if parent in g and not g.has_edge(child, parent, key="broader"):
                g.add_edge(child, parent, key="broader", kind="broader")
    return g


def positions_in(graph: nx.MultiDiGraph) -> list[PositionRow]:
    """The positions of a projection, back as rows (the inverse of :func:`project`).

    >>> r = row("CHN", "offer", "vaccines", "2020-11-16", addressee="KGZ")
    >>> positions_in(project([r])) == [r]
    True
    """
    from kg.lexicon import load_lexicon

    lex = load_lexicon()
    nodes = graph.nodes
    out = []
    for h, t, d in graph.edges(data=True):
        if d.get("kind") != "position":
            continue
        slug = _local(t)
        info = lex.topics.get(slug)
        to, who, doc = d.get("addressee"), d.get("voiced_by"), nodes[d["readout"]]
        out.append(
            PositionRow(
                iri=d["position"],
                holder=_local(h),
                holder_label=nodes[h]["label"],
                stance=d["stance"],
                topic=slug,
                topic_label=nodes[t]["label"],
                broader=info.broader if info else (),
                curated=bool(nodes[t].get("curated", True)),
                addressee=_local(to) if to else None,
                addressee_label=nodes[to]["label"] if to else None,
                person=_local(who) if who else None,
                person_label=nodes[who]["label"] if who else None,
                date=d["date"],
                evidence=d["evidence"],
                readout=d["readout"],
                title=doc.get("title"),
                source=doc.get("source"),
            )
        )
    return sorted(out, key=_sort_key)


def _state_rows(graph: nx.MultiDiGraph, holder: str | None = None) -> dict[str, list[PositionRow]]:
    by_state: dict[str, list[PositionRow]] = {}
    for r in positions_in(graph):
        if holder is None or r.holder == holder:
            by_state.setdefault(r.holder, []).append(r)
    return by_state


# ---------------------------------------------------------------- alignment


@dataclass(frozen=True)
class Alignment:
    """How far two states take the same positions: Jaccard of their (stance, topic) sets."""

    state: str
    state_label: str
    other: str
    other_label: str
    score: float
    shared: tuple[tuple[str, str, str], ...]  # (stance, topic slug, topic label)
    evidence: tuple[PositionRow, ...]  # both states' positions on the shared pairs


def alignment(
    graph: nx.MultiDiGraph, holder: str | None = None, *, limit: int | None = None
) -> list[Alignment]:
    """States ranked by shared (stance, topic) pairs, best first.

    With ``holder`` (an ISO code), the states aligned with it; otherwise every
    pair of states that shares a position. The score is the Jaccard index of
    the two states' sets of (stance, topic) pairs.

    >>> g = project([row("CHN", "support", "multilateralism", "2020-11-16"),
    ...              row("RUS", "support", "multilateralism", "2020-07-17"),
    ...              row("RUS", "support", "un-charter", "2020-07-17")])
    >>> [(a.other_label, a.score) for a in alignment(g, "CHN")]
    [('Russia', 0.5)]
    """
    import networkx as nx

    by_state = _state_rows(graph)
    bipartite = nx.Graph()
    for code, rows in by_state.items():
        bipartite.add_node(("state", code))
        for r in rows:
            bipartite.add_edge(("state", code), ("pair", r.stance, r.topic))
    states = sorted(by_state)
    if holder is not None:
        pairs = [(holder, o) for o in states if o != holder] if holder in by_state else []
    else:
        pairs = [(a, b) for i, a in enumerate(states) for b in states[i + 1 :]]
    scores = nx.jaccard_coefficient(bipartite, [(("state", a), ("state", b)) for a, b in pairs])
    out = []
    for (_, a), (_, b), score in scores:
        keys_a = {(r.stance, r.topic) for r in by_state[a]}
        keys_b = {(r.stance, r.topic) for r in by_state[b]}
        common = keys_a & keys_b
        if not common:
            continue
        rows_a = [r for r in by_state[a] if (r.stance, r.topic) in common]
        rows_b = [r for r in by_state[b] if (r.stance, r.topic) in common]
        labels = {(r.stance, r.topic): r.topic_label for r in rows_a}
        shared = tuple(
            sorted(((s, t, labels[s, t]) for s, t in common), key=lambda x: (x[2].casefold(), x[0]))
        )
        out.append(
            Alignment(
                state=a,
                state_label=by_state[a][0].holder_label,
                other=b,
                other_label=by_state[b][0].holder_label,
                score=round(score, 4),
                shared=shared,
                evidence=tuple(sorted(rows_a + rows_b, key=_sort_key)),
            )
        )
    out.sort(key=lambda x: (-x.score, -len(x.shared), x.state_label, x.other_label))
    return out[:limit] if limit else out


# ---------------------------------------------------------------- reaffirmations


@dataclass(frozen=True)
class Reaffirmation:
    """A stance a state took on one topic on two or more dates."""

    holder: str
    holder_label: str
    stance: str
    topic: str
    topic_label: str
    dates: tuple[str, ...]
    rows: tuple[PositionRow, ...]


def stated_positions(graph: nx.MultiDiGraph, holder: str | None = None) -> list[Reaffirmation]:
    """Every (holder, stance, topic) with the dates it was stated, most often stated first.

    >>> g = project([row("KGZ", "support", "taiwan", "2020-05-26")])
    >>> [(s.topic_label, s.dates) for s in stated_positions(g, "KGZ")]
    [('Taiwan', ('2020-05-26',))]
    """
    groups: dict[tuple[str, str, str], list[PositionRow]] = {}
    for code, rows in _state_rows(graph, holder).items():
        for r in rows:
            groups.setdefault((code, r.stance, r.topic), []).append(r)
    out = [
        Reaffirmation(
            holder=code,
            holder_label=rows[0].holder_label,
            stance=stance,
            topic=topic,
            topic_label=rows[0].topic_label,
            dates=tuple(sorted({r.date for r in rows})),
            rows=tuple(rows),
        )
        for (code, stance, topic), rows in groups.items()
    ]
    out.sort(key=lambda x: (x.holder_label, -len(x.dates), x.dates[0], x.topic_label, x.stance))
    return out


def reaffirmations(graph: nx.MultiDiGraph, holder: str | None = None) -> list[Reaffirmation]:
    """Positions restated: the same holder, stance and topic on two or more dates.

    >>> g = project([row("KGZ", "support", "taiwan", "2020-05-26"),
    ...              row("KGZ", "support", "taiwan", "2020-11-16"),
    ...              row("KGZ", "support", "tibet", "2020-11-16")])
    >>> [(r.topic_label, r.dates) for r in reaffirmations(g, "KGZ")]
    [('Taiwan', ('2020-05-26', '2020-11-16'))]
    """
    return [s for s in stated_positions(graph, holder) if len(s.dates) > 1]


# ---------------------------------------------------------------- changes


@dataclass(frozen=True)
class Change:
    """One change between two snapshots: ``new``, ``dropped`` or ``reversed``."""

    kind: str
    topic: str
    topic_label: str
    before: str | None  # stance(s) before, "+"-joined
    after: str | None
    rows: tuple[PositionRow, ...]


@dataclass(frozen=True)
class Changes:
    """What changed in a state's positions from one snapshot to another."""

    holder: str
    holder_label: str
    before_dates: tuple[str, ...]
    after_dates: tuple[str, ...]
    changes: tuple[Change, ...] = field(default=())

    def of(self, kind: str) -> tuple[Change, ...]:
        """The changes of one kind (``new``, ``dropped``, ``reversed``).

        >>> Changes("CHN", "China", ("2020-01-01",), ("2021-01-01",)).of("new")
        ()
        """
        return tuple(c for c in self.changes if c.kind == kind)


Period = tuple[dt.date, dt.date]


def changes(
    graph: nx.MultiDiGraph,
    holder: str,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    before: Period | None = None,
    after: Period | None = None,
) -> Changes:
    """New, dropped and reversed positions of ``holder`` between two snapshots.

    The snapshots are the positions stated in the ``before`` and ``after``
    periods; by default the first and the last date the holder stated
    positions on, within ``since``..``until``. A (stance, topic) pair is *new*
    when it is in the later snapshot only, *dropped* when in the earlier only;
    a topic whose stance flips sign (support/commit/appreciate/offer against
    oppose) is *reversed* instead.

    >>> g = project([row("USA", "support", "taiwan", "2021-02-10"),
    ...              row("USA", "support", "quad", "2021-02-10"),
    ...              row("USA", "oppose", "taiwan", "2022-03-18"),
    ...              row("USA", "support", "ukraine", "2022-03-18")])
    >>> [(c.kind, c.topic_label) for c in changes(g, "USA").changes]
    [('new', 'Ukraine'), ('dropped', 'Quad'), ('reversed', 'Taiwan')]
    """
    rows = _state_rows(graph, holder).get(holder, [])
    lo = since.isoformat() if since else ""
    hi = until.isoformat() if until else "9999"
    rows = [r for r in rows if lo <= r.date <= hi]
    label = rows[0].holder_label if rows else holder
    dates = sorted({r.date for r in rows})
    if not dates:
        return Changes(holder, label, (), ())

    def within(period: Period | None, default: str) -> list[PositionRow]:
        if period is None:
            return [r for r in rows if r.date == default]
        a, b = period[0].isoformat(), period[1].isoformat()
        return [r for r in rows if a <= r.date <= b]

    first = within(before, dates[0])
    last = within(after, dates[-1])
    first_dates = tuple(sorted({r.date for r in first}))
    last_dates = tuple(sorted({r.date for r in last}))
    if not first or not last or first_dates == last_dates:
        return Changes(holder, label, first_dates, last_dates)

    def by_topic(rs: list[PositionRow]) -> dict[str, dict[str, list[PositionRow]]]:
        out: dict[str, dict[str, list[PositionRow]]] = {}
        for r in rs:
            out.setdefault(r.topic, {}).setdefault(r.stance, []).append(r)
        return out

    old, new = by_topic(first), by_topic(last)
    found: list[Change] = []
    for topic in sorted(set(old) | set(new)):
        was, now = old.get(topic, {}), new.get(topic, {})
        signs_was = {POLARITY[s] for s in was} - {0}
        signs_now = {POLARITY[s] for s in now} - {0}
        label_of = next(iter((was or now).values()))[0].topic_label
        if len(signs_was) == 1 and len(signs_now) == 1 and signs_was != signs_now:
            found.append(
                Change(
                    "reversed",
                    topic,
                    label_of,
                    "+".join(sorted(was)),
                    "+".join(sorted(now)),
                    tuple(r for s in sorted(was) for r in was[s])
                    + tuple(r for s in sorted(now) for r in now[s]),
                )
            )
            continue
        for stance in sorted(set(now) - set(was)):
            found.append(Change("new", topic, label_of, None, stance, tuple(now[stance])))
        for stance in sorted(set(was) - set(now)):
            found.append(Change("dropped", topic, label_of, stance, None, tuple(was[stance])))
    order = {"new": 0, "dropped": 1, "reversed": 2}
    found.sort(key=lambda c: (order[c.kind], c.topic_label.casefold(), c.before or c.after or ""))
    return Changes(holder, label, first_dates, last_dates, tuple(found))


# ---------------------------------------------------------------- reciprocity


@dataclass(frozen=True)
class Reciprocity:
    """Whether two states take a stance toward each other: each one's positions addressed to the other."""

    state: str
    state_label: str
    other: str
    other_label: str
    forward: tuple[PositionRow, ...]  # state -> other
    backward: tuple[PositionRow, ...]  # other -> state

    @property
    def reciprocal(self) -> bool:
        """Both directions hold at least one position.

        >>> Reciprocity("CHN", "China", "KGZ", "Kyrgyzstan", (), ()).reciprocal
        False
        """
        return bool(self.forward) and bool(self.backward)


def reciprocity(
    graph: nx.MultiDiGraph,
    state: str | None = None,
    other: str | None = None,
    *,
    stance: str = "support",
    topics: Iterable[str] | None = None,
) -> list[Reciprocity]:
    """Pairs of states and the positions (``stance``, on ``topics``) each addressed to the other.

    With ``state`` and ``other``, that one pair (even when empty); with
    ``state`` only, its pairs; otherwise every pair with a position either
    way. Reciprocal pairs first.

    >>> g = project([row("KGZ", "support", "taiwan", "2020-11-16", addressee="CHN"),
    ...              row("CHN", "support", "independence", "2020-11-16", addressee="KGZ")])
    >>> [(p.state, p.other, p.reciprocal) for p in reciprocity(g, "CHN", "KGZ")]
    [('CHN', 'KGZ', True)]
    >>> reciprocity(g, "CHN", "KGZ", topics={"taiwan"})[0].reciprocal
    False
    """
    wanted = set(topics) if topics is not None else None
    directed: dict[tuple[str, str], list[PositionRow]] = {}
    labels: dict[str, str] = {}
    for r in positions_in(graph):
        labels.setdefault(r.holder, r.holder_label)
        if r.addressee:
            labels.setdefault(r.addressee, r.addressee_label or r.addressee)
        if r.stance != stance or not r.addressee or r.addressee == r.holder:
            continue
        if wanted is not None and r.topic not in wanted:
            continue
        directed.setdefault((r.holder, r.addressee), []).append(r)
    if state and other:
        pairs = {(state, other)}
    else:
        pairs = set()
        for a, b in directed:
            if state and state not in (a, b):
                continue
            first = state if state else min(a, b, key=lambda c: labels.get(c, c))
            pairs.add((first, b if a == first else a))
    out = [
        Reciprocity(
            a,
            labels.get(a, a),
            b,
            labels.get(b, b),
            tuple(directed.get((a, b), ())),
            tuple(directed.get((b, a), ())),
        )
        for a, b in pairs
    ]
    out.sort(
        key=lambda p: (
            not p.reciprocal,
            -(len(p.forward) + len(p.backward)),
            p.state_label,
            p.other_label,
        )
    )
    return out


# ---------------------------------------------------------------- centrality


@dataclass(frozen=True)
class Centrality:
    """A state's or topic's place in the stance network."""

    node: str  # ISO code or topic slug
    kind: str  # state | topic
    label: str
    positions: int
    degree: float
    betweenness: float


def centrality(graph: nx.MultiDiGraph, *, kind: str | None = None) -> list[Centrality]:
    """Degree and betweenness centrality of states and topics, most central first.

    Computed on the simple undirected graph of states and topics, a state
    linked to each topic it took a position on and to each state it
    addressed. ``kind`` keeps only ``state`` or ``topic`` nodes.

    >>> g = project([row("CHN", "support", "multilateralism", "2020-11-16"),
    ...              row("RUS", "support", "multilateralism", "2020-07-17")])
    >>> [(c.label, c.positions) for c in centrality(g, kind="topic")]
    [('multilateralism', 2)]
    """
    import networkx as nx

    simple = nx.Graph()
    counts: dict[str, int] = {}
    for u, v, d in graph.edges(data=True):
        if d.get("kind") in ("position", "addressed") and u != v:
            simple.add_edge(u, v)
            if d["kind"] == "position":
                counts[u] = counts.get(u, 0) + 1
                counts[v] = counts.get(v, 0) + 1
    if not simple:
        return []
    degree = nx.degree_centrality(simple)
    between = nx.betweenness_centrality(simple)
    out = [
        Centrality(
            node=_local(n),
            kind=graph.nodes[n]["kind"],
            label=graph.nodes[n]["label"],
            positions=counts.get(n, 0),
            degree=round(degree[n], 4),
            betweenness=round(between[n], 4),
        )
        for n in simple
        if kind is None or graph.nodes[n]["kind"] == kind
    ]
    out.sort(key=lambda c: (-c.degree, -c.positions, c.label))
    return out
