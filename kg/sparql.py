"""SPARQL for users: a read-only guard and the one public way to run a query.

pyoxigraph executes ``SERVICE`` and ``LOAD <http...>`` and has no switch to
turn them off, so every user query is parsed first (rdflib's SPARQL parser,
which also expands ``\\u`` escapes the way the SPARQL spec says) and its parse
tree is searched: SERVICE and LOAD are always refused, updates unless asked
for. :func:`run_query` always guards; :class:`~kg.store.Store` methods re-check
any query that mentions SERVICE or LOAD.

The two parsers must read the same text: Oxigraph expands ``\\u`` escapes
only inside strings and IRIs, rdflib everywhere first, so ``"\\u005C"`` ends
a string for one and not the other and could hide a SERVICE from the guard.
:func:`expand_escapes` therefore applies the escapes once, the spec's way, and
that expanded text is both checked and run.

>>> check_query("SELECT * WHERE { ?s ?p ?o }")
'SELECT'
>>> check_query("DROP ALL")
Traceback (most recent call last):
...
kg.errors.QueryError: updates are refused (DROP); kg sparql is read-only unless you pass --allow-update
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import rdflib.namespace as rns

from kg.errors import QueryError
from kg.namespaces import ID, ID_IRI, KG_IRI, WD

if TYPE_CHECKING:
    from rdflib.term import Node

    from kg.store import Store
    from kg.validate import ValidationReport

#: Prefixes every query may use without declaring them, also used to write Turtle.
PREFIXES: dict[str, str] = {
    "kg": KG_IRI,
    "id": ID_IRI,
    "state": str(ID["state/"]),
    "person": str(ID["person/"]),
    "topic": str(ID["topic/"]),
    "readout": str(ID["readout/"]),
    "position": str(ID["position/"]),
    "encounter": str(ID["encounter/"]),
    "extraction": str(ID["extraction/"]),
    "scheme": str(ID["scheme/"]),
    "graph": str(ID["graph/"]),
    "wd": str(WD),
    "dcterms": str(rns.DCTERMS),
    "prov": str(rns.PROV),
    "skos": str(rns.SKOS),
    "owl": str(rns.OWL),
    "rdf": str(rns.RDF),
    "rdfs": str(rns.RDFS),
    "xsd": str(rns.XSD),
}

QUERY_FORMATS = ("json", "csv", "tsv", "table", "turtle", "nt")
MAX_QUERY_CHARS = 100_000

_QUERY_KINDS = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}
_UPDATE_KINDS = {
    "Load": "LOAD",
    "Clear": "CLEAR",
    "Drop": "DROP",
    "Create": "CREATE",
    "Add": "ADD",
    "Move": "MOVE",
    "Copy": "COPY",
    "InsertData": "INSERT DATA",
    "DeleteData": "DELETE DATA",
    "DeleteWhere": "DELETE WHERE",
    "Modify": "DELETE/INSERT",
}
_UPDATE_START = re.compile(
    r"^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
    r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Table:
    """A query result as a table: column names and rows of terms (None when unbound).

    >>> Table(("x",), ((None,),)).columns
    ('x',)
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[Node | None, ...], ...]


_ESCAPE = re.compile(r"\\u[0-9a-f]{4}", re.IGNORECASE)  # rdflib's rule: \U may take 4 digits


def expand_escapes(query: str) -> str:
    """The query with its ``\\u``/``\\U`` code point escapes applied, as SPARQL 1.1 says.

    The text returned is the one to check and to run (see the module's docstring).
    An escape that spells another escape is refused.

    >>> expand_escapes(r'SELECT ?x WHERE { BIND("\\u0041" AS ?x) }')
    'SELECT ?x WHERE { BIND("A" AS ?x) }'
    """
    if "\\" not in query:
        return query
    from rdflib.plugins.sparql.parser import expandUnicodeEscapes

    try:
        text = expandUnicodeEscapes(query)
    except ValueError as err:  # a code point beyond U+10FFFF
        raise QueryError(f"SPARQL syntax error: {err}; fix the query") from None
    if _ESCAPE.search(text):
        raise QueryError(
            "the query holds a \\u escape that spells another escape; write the characters"
        )
    return text


def _walk(node: Any) -> Iterator[Any]:
    """Every CompValue in a pyparsing/rdflib parse tree, depth first."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            yield item
            stack.extend(item.values())
        elif isinstance(item, (ParseResults, list, tuple)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())


def _syntax_error(query: str, err: Exception) -> QueryError:
    line = getattr(err, "lineno", None)
    col = getattr(err, "col", None)
    loc = getattr(err, "loc", None)
    near = ""
    if isinstance(loc, int) and 0 <= loc < len(query):
        near = query[loc:].split("\n", 1)[0][:30]
        # rdflib's parser fails on some SERVICE clauses it should accept; a
        # SERVICE at the failure point is refused as SERVICE, not as bad syntax
        if re.match(r"SERVICE\b", near, re.IGNORECASE):
            return QueryError("SERVICE clauses are refused: kg never queries other endpoints")
    where = f"line {line}, column {col}" if line is not None else "unknown position"
    snippet = f" near {near!r}" if near else " at the end of the query"
    return QueryError(f"SPARQL syntax error at {where}{snippet}; fix the query")


def check_query(query: str, *, allow_update: bool = False) -> str:
    """Parse ``query`` and return its kind, or raise QueryError if it is refused.

    Kinds: ``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE``, and ``UPDATE``
    (only with ``allow_update``). SERVICE and LOAD are always refused.

    >>> check_query("ASK { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: SERVICE clauses are refused: kg never queries other endpoints
    """
    if not query or not query.strip():
        raise QueryError("the query is empty; give a SPARQL query")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is longer than {MAX_QUERY_CHARS} characters; shorten it")
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    query = expand_escapes(query)
    tree: Any = None
    kind: str | None = None
    try:
        tree = parseQuery(query)
        kind = _QUERY_KINDS.get(tree[1].name)
    except ParseBaseException as query_err:
        try:
            tree = parseUpdate(query)
        except ParseBaseException as update_err:
            looks_like_update = bool(_UPDATE_START.match(query))
            raise _syntax_error(query, update_err if looks_like_update else query_err) from None
        except RecursionError:
            raise QueryError("the query is nested too deeply; simplify it") from None
        kind = "UPDATE"
    except RecursionError:
        raise QueryError("the query is nested too deeply; simplify it") from None
    except ValueError as err:  # a bad \u escape
        raise QueryError(f"SPARQL syntax error: {err}; fix the query") from None
    if kind is None:
        raise QueryError("unrecognised query form; use SELECT, ASK, CONSTRUCT or DESCRIBE")

    names = {c.name for c in _walk(tree)}
    if "ServiceGraphPattern" in names:
        raise QueryError("SERVICE clauses are refused: kg never queries other endpoints")
    if "Load" in names:
        raise QueryError("LOAD is refused: kg never fetches data from URLs; use `kg ingest`")
    if kind == "UPDATE":
        # CompValue.get(key, default) returns the key itself when it is missing, and "#"
        # (nothing but a comment) parses as an update without a request
        requests = tree["request"] if "request" in tree else []  # noqa: SIM401
        ops = [_UPDATE_KINDS.get(op.name, op.name) for op in requests]
        if not ops:
            raise QueryError("the query is empty (only comments or prefixes); give a SPARQL query")
        if not allow_update:
            raise QueryError(
                f"updates are refused ({', '.join(dict.fromkeys(ops))}); kg sparql is "
                "read-only unless you pass --allow-update"
            )
    return kind


def run_query(
    store: Store,
    query: str,
    *,
    fmt: str = "json",
    timeout: float | None = 30.0,
    allow_update: bool = False,
) -> bytes | Table | ValidationReport:
    """Guard and run a user's query; the entry point of ``kg sparql``.

    Returns the W3C serialization (``json``, ``csv``, ``tsv``; ``turtle`` or
    ``nt`` for CONSTRUCT/DESCRIBE) as bytes, or a :class:`Table` for
    ``table``. The query runs in a child process killed after ``timeout``
    seconds (``None``: no limit, in process). The :data:`PREFIXES` are
    predeclared.

    With ``allow_update`` an update is applied in one transaction and the
    whole store is then validated; the :class:`~kg.validate.ValidationReport`
    is returned. Updates see the store's real default graph, which kg leaves
    empty: readouts are named graphs, so patterns need ``GRAPH ?g { ... }``. There is no rollback: a non-conforming store stays as the
    update left it, and the CLI should exit with status 1 and print the
    report (re-ingesting the affected readouts restores them).

    >>> import tempfile
    >>> from kg.store import Store
    >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
    ...     run_query(s, "SELECT ?x WHERE { BIND(kg:x AS ?x) }", fmt="table", timeout=None).rows
    ((rdflib.term.URIRef('https://w3id.org/kg-readouts/ontology#x'),),)
    """
    if fmt not in QUERY_FORMATS:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(QUERY_FORMATS)}")
    query = expand_escapes(query)  # the text checked is the text run
    kind = check_query(query, allow_update=allow_update)
    if kind == "UPDATE":
        from kg.validate import validate_store

        store.update(query, prefixes=PREFIXES)
        return _with_strays(store, validate_store(store))
    if fmt != "table":
        return store.query_raw(query, result_format=fmt, timeout=timeout, prefixes=PREFIXES)
    if kind in ("SELECT", "ASK"):
        return _results_table(store.query_raw(query, timeout=timeout, prefixes=PREFIXES))
    return _triples_table(
        store.query_raw(query, result_format="nt", timeout=timeout, prefixes=PREFIXES)
    )


def _with_strays(store: Store, report: ValidationReport) -> ValidationReport:
    """``report`` plus the SHACL validation of what lies outside the readout graphs.

    ``validate_store`` checks readout graphs, but an update may write to the
    default graph or to a graph of its own (``graph:notes``), and queries see
    those too: their triples are validated with the vocabulary's context, so a
    ``kg:Position`` dropped there without a holder is a violation.
    """
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.namespaces import VOCAB_GRAPH
    from kg.store import from_ox
    from kg.validate import _report, validate_graph

    prefix = str(ID["readout/"])
    stray = Graph()
    for quad in store.quads(include_vocabulary=False):
        name = quad.graph_name
        if not (isinstance(name, ox.NamedNode) and name.value.startswith(prefix)):
            stray.add((from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))
    if not len(stray):
        return report
    extra = validate_graph(stray, store.graph(VOCAB_GRAPH)).violations
    return _report([*report.violations, *extra]) if extra else report


def _results_table(raw: bytes) -> Table:
    import pyoxigraph as ox
    from rdflib import Literal

    from kg.store import from_ox

    results = ox.parse_query_results(raw, format=ox.QueryResultsFormat.JSON)
    if isinstance(results, ox.QueryBoolean):
        return Table(("ask",), ((Literal(bool(results)),),))
    columns = tuple(v.value for v in results.variables)
    rows = tuple(
        tuple(None if value is None else from_ox(value) for value in solution)
        for solution in results
    )
    return Table(columns, rows)


def _triples_table(raw: bytes) -> Table:
    import pyoxigraph as ox

    from kg.store import from_ox

    rows = tuple(
        (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object))
        for q in ox.parse(raw, format=ox.RdfFormat.N_TRIPLES)
    )
    return Table(("subject", "predicate", "object"), rows)
