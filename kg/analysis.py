"""Positions out of the store, and their NetworkX projection.

The store is queried once for the slice a question needs (SPARQL with bound
values, never user text in the query) and projected into a
``networkx.MultiDiGraph``: state and topic nodes, one edge per position from
holder to topic carrying stance, date, addressee, speaker and evidence.

>>> rows = [PositionRow("p1", "CHN", "China", "offer", "vaccines", "vaccines", (), True,
...          "KGZ", "Kyrgyzstan", None, None, "2020-11-16", "China will ...", "r1", None, None)]
>>> g = project(rows)
>>> sorted(g.nodes)
['state:CHN', 'topic:vaccines']
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.namespaces import ID_IRI, KG_IRI

if TYPE_CHECKING:
    import networkx as nx

    from kg.store import Store

PREFIXES = f"""PREFIX kg: <{KG_IRI}>
PREFIX id: <{ID_IRI}>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

POSITIONS_QUERY = (
    PREFIXES
    + """
SELECT ?pos ?holder ?holderLabel ?stance ?topic ?topicLabel ?curated ?addressee ?addresseeLabel
       ?person ?personLabel ?date ?evidence ?readout ?title ?source
WHERE {
  ?pos a kg:Position ;
       kg:holder ?holder ;
       kg:stance ?stance ;
       kg:topic ?topic ;
       dcterms:date ?date ;
       kg:evidence ?evidence ;
       kg:reportedIn ?readout .
  OPTIONAL { ?holder skos:prefLabel ?holderLabel }
  OPTIONAL { ?topic skos:prefLabel ?topicLabel }
  OPTIONAL { ?topic kg:curated ?curated }
  OPTIONAL { ?pos kg:addressee ?addressee . OPTIONAL { ?addressee skos:prefLabel ?addresseeLabel } }
  OPTIONAL { ?pos kg:voicedBy ?person . OPTIONAL { ?person skos:prefLabel ?personLabel } }
  OPTIONAL { ?readout dcterms:title ?title }
  OPTIONAL { ?readout dcterms:source ?source }
}
"""
)


@dataclass(frozen=True)
class PositionRow:
    """A stored position, flattened for answers and tables."""

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


def _local(term: object) -> str:
    return str(term).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def fetch_positions(
    store: Store,
    *,
    holder: str | None = None,
    stance: str | None = None,
    topics: set[str] | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[PositionRow]:
    """Positions in the store, optionally filtered; sorted by date, holder, topic.

    Filters are bound values (``holder`` an ISO code, ``stance`` a stance
    name, ``topics`` a set of topic slugs): user text never enters the query.
    """
    from rdflib import URIRef

    from kg.lexicon import load_lexicon
    from kg.namespaces import stance_iri, state_iri

    bindings: dict[str, URIRef] = {}
    if holder:
        bindings["holder"] = state_iri(holder)
    if stance:
        bindings["stance"] = stance_iri(stance)
    lex = load_lexicon()
    rows = []
    for sol in store.select(POSITIONS_QUERY, bindings):
        slug = _local(sol["topic"])
        if topics is not None and slug not in topics:
            continue
        date = str(sol["date"])
        if since and date < since.isoformat():
            continue
        if until and date > until.isoformat():
            continue
        code = _local(sol.get("holder") or bindings.get("holder"))
        stance_name = _local(sol.get("stance") or bindings.get("stance"))
        topic_info = lex.topics.get(slug)
        addressee = sol.get("addressee")
        person = sol.get("person")
        curated = sol.get("curated")
        rows.append(
            PositionRow(
                iri=str(sol["pos"]),
                holder=code,
                holder_label=str(sol.get("holderLabel") or code),
                stance=stance_name,
                topic=slug,
                topic_label=str(sol.get("topicLabel") or slug),
                broader=topic_info.broader if topic_info else (),
                curated=True if curated is None else bool(curated.toPython()),
                addressee=_local(addressee) if addressee else None,
                addressee_label=str(sol.get("addresseeLabel") or "") or None,
                person=_local(person) if person else None,
                person_label=str(sol.get("personLabel") or "") or None,
                date=date,
                evidence=str(sol["evidence"]),
                readout=str(sol["readout"]),
                title=str(sol["title"]) if sol.get("title") else None,
                source=str(sol["source"]) if sol.get("source") else None,
            )
        )
    rows.sort(key=lambda r: (r.date, r.holder_label, r.stance, r.topic_label, r.iri))
    return rows


def project(rows: list[PositionRow]) -> nx.MultiDiGraph:
    """Project positions into a MultiDiGraph: holder -[stance]-> topic edges.

    Node ids are ``state:CODE``, ``topic:SLUG`` and ``person:SLUG``; each
    position is one edge keyed by its IRI, with its stance, date, addressee,
    speaker, evidence and readout as attributes.
    """
    import networkx as nx

    g = nx.MultiDiGraph()
    for r in rows:
        h, t = f"state:{r.holder}", f"topic:{r.topic}"
        g.add_node(h, kind="state", label=r.holder_label)
        g.add_node(t, kind="topic", label=r.topic_label, curated=r.curated)
        for b in r.broader:
            g.add_edge(t, f"topic:{b}", key="broader", stance="broader")
        g.add_edge(
            h,
            t,
            key=r.iri,
            stance=r.stance,
            date=r.date,
            addressee=r.addressee,
            addressee_label=r.addressee_label,
            person=r.person,
            person_label=r.person_label,
            evidence=r.evidence,
            readout=r.readout,
            title=r.title,
            source=r.source,
        )
    return g
