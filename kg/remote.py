"""A kg store on a SPARQL 1.1 server (Oxigraph server, Apache Jena Fuseki, GraphDB, QLever).

:class:`RemoteStore`, like :class:`kg.store.Store`, is a
:class:`kg.storebase.StoreBase` (the queries, dumps and reads are written once
there), so ingest, ``ask``, ``sparql``, ``validate`` and ``export`` run
unchanged against a server: ``kg --store http://127.0.0.1:7878 ingest seeds/``. It speaks the
SPARQL 1.1 Protocol (queries, updates) and the Graph Store Protocol (whole
named graphs) over HTTP with the standard library only (``urllib.request``).

Open one with :func:`kg.store.open_store` (which also opens directories) or
:meth:`RemoteStore.open`; the URL forms are described on :class:`RemoteStore`.

>>> parse_store_url("http://127.0.0.1:7878").query
'http://127.0.0.1:7878/query'
"""

from __future__ import annotations

import base64
import http.client
import math
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from rdflib import BNode, URIRef

from kg import __version__
from kg.errors import QueryError, StoreError
from kg.namespaces import VOCAB_GRAPH
from kg.storebase import (
    _VOCAB,
    StoreBase,
    _canonical,
    _Converter,
    _has_bnode,
    graph_hash,
    guard_query,
    guard_update,
    readout_quads,
    to_ox,
    vocabulary_quads,
)

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.term import Node

    from kg.storebase import Bindings, Prefixes

#: Seconds an HTTP request may wait for the server (connect, and each read).
HTTP_TIMEOUT = 120.0
#: Extra seconds the HTTP client waits beyond a query's time limit, so that a
#: server enforcing the limit itself answers first with its own message.
QUERY_GRACE = 1.0
#: ``union=`` values with a meaning of their own (anything else is an IRI).
UNION_MODES = ("oxigraph", "server")

_SCHEME = re.compile(r"^(?:sparql\+)?(https?)://", re.IGNORECASE)
_OPTIONS = ("query", "update", "store", "union", "timeout-param")
_RESULTS_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
_QUERY_ACCEPT = f"{_RESULTS_JSON}, {_NTRIPLES};q=0.9, text/turtle;q=0.8"
_VARNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PREFIX_NAME = re.compile(r"(?:[A-Za-z][A-Za-z0-9_.\-]*)?")
_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_TAG = re.compile(r"<[^>]*>")

# A SPARQL tokenizer just good enough to find the group after WHERE: it knows
# comments, IRIs, strings (so braces inside them do not count), variables,
# words (keywords and prefixed names) and brackets.
_SCAN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\r\n]*)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
             |'''(?:[^'\\]|\\.|'(?!''))*'''
             |"(?:[^"\\\r\n]|\\.)*"
             |'(?:[^'\\\r\n]|\\.)*')
  | (?P<var>[?$][^\s{}()<>"',;.]+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_.\-]*(?::[^\s{}()<>"',;]*)?|:[^\s{}()<>"',;]*)
  | (?P<open>\{) | (?P<close>\}) | (?P<lparen>\() | (?P<rparen>\))
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Endpoints:
    """Where a SPARQL server answers, and how its queries see the union of the graphs.

    ``union`` is ``oxigraph`` (send ``union-default-graph``), ``server`` (the
    server's default graph already is the union) or an IRI sent as
    ``default-graph-uri``. ``timeout_param`` names the server's per-query
    time-limit parameter (seconds); empty sends none.

    >>> parse_store_url("sparql+http://h:3030/ds?store=data").store
    'http://h:3030/ds/data'
    """

    url: str
    query: str
    update: str
    store: str
    union: str = "oxigraph"
    timeout_param: str = "timeout"
    authorization: str | None = field(default=None, repr=False)


def parse_store_url(url: str) -> Endpoints:
    """Parse a ``--store`` URL into the server's endpoints (see :class:`RemoteStore`).

    >>> e = parse_store_url("sparql+http://h:3030/ds?query=/ds/sparql&union=urn:x-arq:UnionGraph")
    >>> e.query, e.update, e.union
    ('http://h:3030/ds/sparql', 'http://h:3030/ds/update', 'urn:x-arq:UnionGraph')
    """
    match = _SCHEME.match(url)
    if not match:
        raise StoreError(
            f"{_safe(url)!r} is not a SPARQL endpoint URL; use http://HOST:PORT or "
            "sparql+http://HOST:PORT/PATH?query=...&update=...&store=..."
        )
    scheme = match.group(1).lower()
    parts = urllib.parse.urlsplit(scheme + url[match.end(1) :])
    try:
        port = parts.port
    except ValueError:
        raise StoreError(f"the store URL {_safe(url)!r} has an invalid port; fix it") from None
    if not parts.hostname:
        raise StoreError(f"the store URL {_safe(url)!r} names no host; fix it")
    host = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    origin = f"{scheme}://{host}" + (f":{port}" if port is not None else "")
    base = origin + parts.path.rstrip("/")
    authorization = None
    if parts.username is not None:
        user = urllib.parse.unquote(parts.username)
        password = urllib.parse.unquote(parts.password or "")
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        authorization = f"Basic {token}"
    options: dict[str, str] = {}
    for key, value in urllib.parse.parse_qsl(parts.query, keep_blank_values=True):
        if key not in _OPTIONS:
            raise StoreError(f"unknown option {key!r} in the store URL; use {', '.join(_OPTIONS)}")
        options[key] = value

    def endpoint(name: str) -> str:
        value = options.get(name, name)
        if _SCHEME.match(value):
            return _SCHEME.sub(lambda m: m.group(1).lower() + "://", value)
        return origin + value if value.startswith("/") else f"{base}/{value}"

    union = options.get("union", "oxigraph")
    if union not in UNION_MODES:
        try:
            ox.NamedNode(union)
        except ValueError:
            raise StoreError(
                f"union={union!r} in the store URL is neither oxigraph, server nor an IRI"
            ) from None
    timeout_param = options.get("timeout-param", "timeout")
    return Endpoints(
        url=base,
        query=endpoint("query"),
        update=endpoint("update"),
        store=endpoint("store"),
        union=union,
        timeout_param=timeout_param,
        authorization=authorization,
    )


def _safe(url: str) -> str:
    """``url`` without its user and password, for messages."""
    return re.sub(r"(://)[^/@]*@", r"\1", url)


# ---------------------------------------------------------------- binding values


def _term_text(name: str, term: Node) -> str:
    if isinstance(term, BNode):
        raise QueryError(f"?{name} cannot be bound to a blank node; bind an IRI or a literal")
    if "\\u" in term or "\\U" in term:
        # SPARQL applies \u escapes before parsing, even after a backslash: such a
        # value cannot be written so that the guard and the server read the same text
        raise QueryError(f"?{name} cannot be bound to a value holding a \\u escape sequence")
    try:
        return str(to_ox(term))  # N-Triples syntax, valid SPARQL; IRIs are checked
    except (ValueError, StoreError) as err:
        raise QueryError(f"?{name} cannot be bound to {str(term)[:80]!r}: {err}") from None


def _where_group(query: str) -> tuple[int, int, bool]:
    """The WHERE group: index of its ``{``, index of its ``}``, and whether it is a sub-SELECT."""
    brace = paren = 0
    form: str | None = None
    template = expect_template = False
    opened: int | None = None
    first_inside: str | None = None
    for match in _SCAN.finditer(query):
        kind, text = match.lastgroup, match.group()
        if kind in ("space", "comment"):
            continue
        if form is None:
            if kind == "word" and text.upper() in _FORMS:
                form = text.upper()
                expect_template = form == "CONSTRUCT"
            continue
        if expect_template:
            expect_template = False
            if kind != "open":
                raise QueryError(
                    "bound values need CONSTRUCT { template } WHERE { ... }, not the short form"
                )
            template, brace = True, 1
            continue
        if opened is not None and first_inside is None:
            first_inside = text.upper()
        if kind == "open":
            if brace == 0 and paren == 0 and not template:
                opened = match.start()
            brace += 1
        elif kind == "close":
            brace -= 1
            if brace == 0:
                if opened is not None:
                    return opened, match.start(), first_inside == "SELECT"
                template = False
        elif kind == "lparen":
            paren += 1
        elif kind == "rparen":
            paren -= 1
    if form is None:
        raise QueryError("bound values work with SELECT, ASK, CONSTRUCT and DESCRIBE queries")
    raise QueryError("bound values need a query with a complete WHERE { ... } group")


def bind_values(query: str, bindings: Mapping[str, Node] | None) -> str:
    """``query`` with ``bindings`` as a ``VALUES`` block opening its WHERE group.

    The values are serialized RDF terms (IRIs checked, literals escaped), never
    raw text, so a value cannot change the query's structure. A WHERE group
    that is a sub-SELECT is wrapped: ``{ VALUES ... { SELECT ... } }``.

    >>> from rdflib import Literal
    >>> bind_values('SELECT ?x WHERE { ?s ?p ?x }', {"x": Literal('a "} b')})
    'SELECT ?x WHERE { VALUES (?x) { ("a \\\\"} b") } ?s ?p ?x }'
    """
    if not bindings:
        return query
    names: list[str] = []
    terms: list[str] = []
    for key, term in bindings.items():
        name = key[1:] if key[:1] in "?$" else key
        if not _VARNAME.fullmatch(name):
            raise QueryError(f"{key!r} is not a variable name kg can bind; use letters and digits")
        names.append(name)
        terms.append(_term_text(name, term))
    opened, closed, subselect = _where_group(query)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(terms)}) }}"
    at = opened + 1
    if subselect:
        return query[:at] + block + " {" + query[at:closed] + "} " + query[closed:]
    return query[:at] + block + query[at:]


def _prologue(prefixes: Mapping[str, str] | None) -> str:
    lines = []
    for name, iri in (prefixes or {}).items():
        if not _PREFIX_NAME.fullmatch(name):
            raise QueryError(f"{name!r} is not a valid prefix name")
        try:
            lines.append(f"PREFIX {name}: {ox.NamedNode(iri)}\n")
        except ValueError as err:
            raise QueryError(f"prefix {name}: has an invalid IRI ({err})") from None
    return "".join(lines)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects become errors: credentials and bodies never follow them elsewhere."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _message(body: bytes) -> str:
    """The first non-empty line of a server's error text, tags stripped, at most 200 chars."""
    text = _TAG.sub(" ", body.decode("utf-8", "replace"))
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            return line[:200]
    return "no message"


@dataclass(frozen=True)
class _Response:
    status: int
    media_type: str
    body: bytes
    location: str | None = None


# ---------------------------------------------------------------- the store


class RemoteStore(StoreBase):
    """A kg store on a SPARQL 1.1 server; open it with :meth:`open`, use it as a context manager.

    URL forms (``--store``, ``$KG_STORE``, :func:`kg.store.open_store`):

    ``http://HOST:PORT[/PATH]`` (or ``https://``)
        An Oxigraph server (``oxigraph serve``): queries to ``PATH/query``,
        updates to ``PATH/update``, graphs to ``PATH/store``.
    ``sparql+http://HOST:PORT[/PATH]?query=Q&update=U&store=S&union=X&timeout-param=T``
        Any SPARQL 1.1 server (also ``sparql+https``; the options work on
        plain ``http://`` URLs too). ``Q``, ``U``, ``S`` name the query,
        update and Graph Store Protocol endpoints: a path from the host
        (``/ds/query``), a path under ``PATH`` (``data``) or a full URL;
        each defaults to ``query``, ``update``, ``store`` under ``PATH``.
        ``union`` says how queries see the union of all graphs (kg's
        queries need it): ``oxigraph`` (default; sends Oxigraph's
        ``union-default-graph``), ``server`` (the server's default graph is
        the union already) or a graph IRI sent as ``default-graph-uri``.
        ``timeout-param`` names the server's time-limit parameter, sent in
        whole seconds with timed queries (default ``timeout``, which Fuseki
        and GraphDB read and Oxigraph ignores; empty sends none).

    ``http://user:password@host/...`` sends HTTP basic authentication.
    Examples (only Oxigraph is tested by kg's CI):

    - Oxigraph: ``http://127.0.0.1:7878``
    - Fuseki, dataset ``ds``:
      ``sparql+http://localhost:3030/ds?store=data&union=urn:x-arq:UnionGraph``
    - GraphDB, repository ``kg``: ``sparql+http://localhost:7200/repositories/kg?query=/repositories/kg&update=statements&store=rdf-graphs/service&union=server``

    Each readout is one named graph, written whole with a Graph Store
    Protocol PUT (replacing the graph in one request) after a GET that
    skips the write when the server already holds exactly that graph; the
    vocabulary is the named graph :data:`~kg.namespaces.VOCAB_GRAPH`.
    Deleting a readout is one DELETE. The protocol does not promise that a
    PUT is atomic; Oxigraph 0.5 behaves so (tests/test_remote.py checks that
    readers see the old or the new graph and that a rejected PUT changes
    nothing); on other servers that is the server's guarantee. Queries go through the
    :mod:`kg.sparql` guard first (SERVICE and LOAD refused) and bound
    values become a ``VALUES`` block of serialized terms
    (:func:`bind_values`), never text in the query. There is no lock: the
    server orders concurrent requests; :meth:`put_readouts` is one request
    per readout, not one transaction.

    >>> with RemoteStore.open("http://127.0.0.1:7878") as store:  # doctest: +SKIP
    ...     store.readout_count()
    2
    """

    def __init__(
        self, endpoints: Endpoints, *, read_only: bool = False, http_timeout: float = HTTP_TIMEOUT
    ) -> None:
        super().__init__(read_only=read_only)
        self._endpoints = endpoints
        self._http_timeout = http_timeout
        self._closed = False
        self._opener = urllib.request.build_opener(_NoRedirect)

    @classmethod
    def open(
        cls,
        url: str,
        *,
        create: bool = False,
        read_only: bool = False,
        http_timeout: float = HTTP_TIMEOUT,
    ) -> RemoteStore:
        """Connect to the server at ``url`` and check that its query endpoint answers.

        ``create`` is accepted for symmetry with :meth:`kg.store.Store.open`:
        a server's dataset needs no creating (an empty one is an empty store).
        ``read_only=True`` refuses writes on the client side.

        >>> RemoteStore.open("ftp://example.org/")
        Traceback (most recent call last):
        ...
        kg.errors.StoreError: 'ftp://example.org/' is not a SPARQL endpoint URL; use http://HOST:PORT or sparql+http://HOST:PORT/PATH?query=...&update=...&store=...
        """
        if create and read_only:
            raise StoreError("a store cannot be created read-only; drop --read-only to create it")
        store = cls(parse_store_url(url), read_only=read_only, http_timeout=http_timeout)
        store._probe()
        return store

    @property
    def url(self) -> str:
        """The server's base URL (without credentials)."""
        return _safe(self._endpoints.url)

    @property
    def endpoints(self) -> Endpoints:
        """The query, update and Graph Store Protocol endpoints in use."""
        return self._endpoints

    def close(self) -> None:
        """Forget the connection settings; idempotent (no connection is kept open)."""
        self._closed = True

    def __repr__(self) -> str:
        mode = "read-only" if self._read_only else "read-write"
        return f"<kg RemoteStore {self.url!r} {mode}{' closed' if self._closed else ''}>"

    # ------------------------------------------------------------ HTTP

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"store {self.url} is closed; open it again")

    def _writable(self) -> None:
        self._check_open()
        if self._read_only:
            raise StoreError(f"store {self.url} is open read-only; open it for writing")

    def _http(
        self,
        method: str,
        endpoint: str,
        *,
        params: Mapping[str, str] | None = None,
        form: Mapping[str, str] | None = None,
        data: bytes | None = None,
        content_type: str | None = None,
        accept: str | None = None,
        timeout: float | None = None,
        query_limit: float | None = None,
    ) -> _Response:
        """One HTTP request; connection problems become one-line StoreErrors."""
        self._check_open()
        url = endpoint
        if params:
            url += ("&" if "?" in url else "?") + urllib.parse.urlencode(params)
        if form is not None:
            data = urllib.parse.urlencode(form).encode("ascii")
            content_type = "application/x-www-form-urlencoded"
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("User-Agent", f"kg/{__version__}")
        if accept:
            request.add_header("Accept", accept)
        if content_type:
            request.add_header("Content-Type", content_type)
        if self._endpoints.authorization:
            request.add_header("Authorization", self._endpoints.authorization)
        where = _safe(endpoint)
        wait = timeout if timeout is not None else self._http_timeout
        try:
            with self._opener.open(request, timeout=wait) as response:
                body = response.read()
                return _Response(response.status, response.headers.get_content_type(), body)
        except urllib.error.HTTPError as err:
            try:
                body = err.read()
            except (OSError, http.client.HTTPException):
                body = b""
            media_type = err.headers.get_content_type() if err.headers else "text/plain"
            location = err.headers.get("Location") if err.headers else None
            return _Response(err.code, media_type, body, location)
        except urllib.error.URLError as err:
            reason = err.reason
            if isinstance(reason, TimeoutError):
                raise self._timeout_error(where, wait, query_limit) from None
            if isinstance(reason, ConnectionRefusedError):
                raise StoreError(
                    f"cannot reach the SPARQL endpoint at {where}: connection refused; "
                    "is the server running?"
                ) from None
            if isinstance(reason, socket.gaierror):
                raise StoreError(
                    f"cannot reach the SPARQL endpoint at {where}: unknown host; check the URL"
                ) from None
            text = getattr(reason, "strerror", None) or str(reason)
            raise StoreError(
                f"cannot reach the SPARQL endpoint at {where}: {text}; check the URL and network"
            ) from None
        except TimeoutError:
            raise self._timeout_error(where, wait, query_limit) from None
        except (OSError, http.client.HTTPException) as err:
            text = getattr(err, "strerror", None) or str(err) or type(err).__name__
            raise StoreError(
                f"the SPARQL endpoint at {where} broke off the connection ({text}); try again"
            ) from None

    @staticmethod
    def _timeout_error(where: str, wait: float, query_limit: float | None) -> Exception:
        if query_limit is not None:
            return QueryError(
                f"query exceeded the {query_limit:g} s time limit; narrow it or raise --timeout"
            )
        return StoreError(f"the SPARQL endpoint at {where} did not answer within {wait:g} s")

    def _fail(self, response: _Response, endpoint: str, doing: str) -> StoreError:
        """The one-line error for an unexpected HTTP status."""
        where = _safe(endpoint)
        code = response.status
        if 300 <= code < 400:
            target = _safe(response.location or "elsewhere")
            return StoreError(f"the SPARQL endpoint at {where} redirects to {target}; use that URL")
        if code in (401, 403):
            return StoreError(
                f"the SPARQL endpoint at {where} refused {doing} (HTTP {code}: "
                f"{_message(response.body)}); check the credentials and the server's permissions"
            )
        if code == 404:
            return StoreError(
                f"no SPARQL endpoint at {where} (HTTP 404); check the URL or name the endpoints "
                "(sparql+http://HOST/PATH?query=...&update=...&store=...)"
            )
        return StoreError(
            f"{doing} failed on the SPARQL endpoint at {where} (HTTP {code}: "
            f"{_message(response.body)})"
        )

    def _probe(self) -> None:
        response = self._http(
            "POST",
            self._endpoints.query,
            form={"query": "ASK {}"},
            accept=_RESULTS_JSON,
            timeout=min(self._http_timeout, 30.0),
        )
        if response.status != 200:
            raise self._fail(response, self._endpoints.query, "a query")
        if ox.QueryResultsFormat.from_media_type(response.media_type) is None:
            raise StoreError(
                f"{_safe(self._endpoints.query)} is not a SPARQL query endpoint (it answers "
                f"{response.media_type}); name it with ?query=... in the store URL"
            )

    # ------------------------------------------------------------ queries

    def _prepare(
        self, query: str, bindings: Bindings, prefixes: Prefixes, *, guard: bool = True
    ) -> str:
        """The text sent to the server: prefixes, the query with its VALUES block; guarded.

        ``guard=False`` is for queries kg writes itself from stored IRIs (the
        export's), which the guard's full parse would slow down for nothing.
        """
        text = _prologue(prefixes) + bind_values(query, bindings)
        return guard_query(text) if guard else text

    def _union_params(self) -> dict[str, str]:
        union = self._endpoints.union
        if union == "oxigraph":
            return {"union-default-graph": ""}
        if union == "server":
            return {}
        return {"default-graph-uri": union}

    def _run(
        self,
        query: str,
        bindings: Bindings = None,
        prefixes: Prefixes = None,
        *,
        timeout: float | None = None,
        union: bool = True,
        guard: bool = True,
    ) -> Any:
        """Run a query; pyoxigraph's QuerySolutions or QueryBoolean, or a list of triples."""
        text = self._prepare(query, bindings, prefixes, guard=guard)
        form = {"query": text, **(self._union_params() if union else {})}
        if timeout is not None and self._endpoints.timeout_param:
            form[self._endpoints.timeout_param] = str(max(1, math.ceil(timeout)))
        response = self._http(
            "POST",
            self._endpoints.query,
            form=form,
            accept=_QUERY_ACCEPT,
            timeout=None if timeout is None else timeout + QUERY_GRACE,
            query_limit=timeout,
        )
        if response.status == 400:
            raise QueryError(f"the server refused the query: {_message(response.body)}")
        if response.status != 200:
            raise self._fail(response, self._endpoints.query, "a query")
        try:
            table = ox.QueryResultsFormat.from_media_type(response.media_type)
            if table is not None:
                return ox.parse_query_results(response.body, format=table)
            rdf = ox.RdfFormat.from_media_type(response.media_type)
            if rdf is not None:
                return [q.triple for q in ox.parse(response.body, format=rdf)]
        except (SyntaxError, ValueError) as err:
            raise StoreError(
                f"the SPARQL endpoint at {self.url} sent results kg cannot read ({err})"
            ) from None
        raise StoreError(
            f"the SPARQL endpoint at {self.url} answered in {response.media_type}, "
            "which kg cannot read"
        )

    def _execute(
        self, query: str, bindings: Bindings, prefixes: Prefixes, timeout: float | None
    ) -> Any:
        """Bound values become a ``VALUES`` block (see :func:`bind_values`);
        ``timeout`` is sent to the server and bounds the HTTP wait. The server
        sends SPARQL JSON results or N-Triples, which kg re-serializes: the
        bytes of :meth:`query_raw` match the embedded store's."""
        return self._run(query, bindings, prefixes, timeout=timeout)

    def update(self, update: str, *, prefixes: Mapping[str, str] | None = None) -> None:
        """Apply a SPARQL update in one request; SERVICE and LOAD are refused.

        Like :meth:`kg.store.Store.update`, updates see the server's real
        default graph (no union).
        """
        self._writable()
        text = guard_update(_prologue(prefixes) + update)
        response = self._http("POST", self._endpoints.update, form={"update": text})
        if response.status == 400:
            raise QueryError(f"the server refused the update: {_message(response.body)}")
        if not 200 <= response.status < 300:
            raise self._fail(response, self._endpoints.update, "an update")

    # ------------------------------------------------------------ graphs

    def _graph_params(self, name: Any) -> dict[str, str]:
        return {"graph": name.value}

    def _get_graph(self, name: Any) -> list[Any] | None:
        """The triples of the named graph ``name`` (a pyoxigraph NamedNode); None if absent."""
        response = self._http(
            "GET", self._endpoints.store, params=self._graph_params(name), accept=_NTRIPLES
        )
        if response.status == 404:
            return None
        if response.status != 200:
            raise self._fail(response, self._endpoints.store, f"reading graph {name}")
        rdf = ox.RdfFormat.from_media_type(response.media_type) or ox.RdfFormat.N_TRIPLES
        try:
            return [q.triple for q in ox.parse(response.body, format=rdf)]
        except (SyntaxError, ValueError) as err:
            raise StoreError(
                f"the SPARQL endpoint at {self.url} sent graph {name} in a form kg cannot read "
                f"({err})"
            ) from None

    def _put_graph(self, name: Any, triples: Iterable[Any]) -> None:
        """Replace the named graph ``name`` with ``triples`` (one Graph Store Protocol PUT)."""
        data = ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES)
        response = self._http(
            "PUT",
            self._endpoints.store,
            params=self._graph_params(name),
            data=data,
            content_type=_NTRIPLES,
        )
        if not 200 <= response.status < 300:
            raise self._fail(response, self._endpoints.store, f"writing graph {name}")

    @staticmethod
    def _iri(name: Node) -> Any:
        """A graph name as a pyoxigraph NamedNode; StoreError unless it is a valid IRI."""
        if not isinstance(name, URIRef):
            raise StoreError(f"graph name {name!r} must be an IRI")
        try:
            return ox.NamedNode(str(name))
        except ValueError as err:
            raise StoreError(f"graph name {str(name)[:80]!r} is not a valid IRI ({err})") from None

    def _graph_name(self, name: Node) -> Any:
        if name == VOCAB_GRAPH:
            raise StoreError("the vocabulary graph is written by ensure_vocabulary only")
        return self._iri(name)

    def put_readout(self, readout_iri: URIRef, graph: Graph) -> bool:
        """Store ``graph`` as the named graph ``readout_iri``, replacing what was there.

        One Graph Store Protocol PUT; False (and nothing written) when the
        server already holds exactly these triples (blank nodes compared
        canonically).

        >>> from rdflib import Graph
        >>> from kg.namespaces import ID
        >>> with RemoteStore.open("http://127.0.0.1:7878") as s:  # doctest: +SKIP
        ...     s.put_readout(ID["readout/1"], Graph())
        True
        """
        self._writable()
        name = self._graph_name(readout_iri)
        convert = _Converter()
        return self._replace(
            name, {ox.Triple(convert(s), convert(p), convert(o)) for s, p, o in graph}
        )

    def put_readout_nquads(self, readout_iri: URIRef, data: bytes) -> bool:
        """:meth:`put_readout` for a graph serialized by :func:`kg.store.readout_nquads`.

        The path of ``kg ingest --jobs N``; every quad must be in the graph ``readout_iri``.

        >>> from rdflib import Graph
        >>> from kg.namespaces import ID
        >>> from kg.store import readout_nquads
        >>> with RemoteStore.open("http://127.0.0.1:7878") as s:  # doctest: +SKIP
        ...     s.put_readout_nquads(ID["readout/1"], readout_nquads(ID["readout/1"], Graph()))
        True
        """
        self._writable()
        name = self._graph_name(readout_iri)
        return self._replace(name, {q.triple for q in readout_quads(readout_iri, data, name)})

    def _replace(self, name: Any, new: set[Any]) -> bool:
        """Make the graph ``name`` hold exactly ``new`` (one PUT); False when it already does."""
        old = self._get_graph(name)
        if old is not None and _same_triples(new, old):
            return False
        self._put_graph(name, new)
        return True

    def put_readouts(self, items: Iterable[tuple[URIRef, Graph]]) -> list[bool]:
        """:meth:`put_readout` for many readouts, one request each; one flag per item.

        A readout named twice is stored once, from its last graph. Unlike the
        embedded store this is not one transaction: each readout lands alone.
        """
        self._writable()
        items = list(items)
        last = {name: i for i, (name, _) in enumerate(items)}
        return [
            self.put_readout(name, graph) if last[name] == i else False
            for i, (name, graph) in enumerate(items)
        ]

    def has_readout(self, readout_iri: URIRef) -> bool:
        """True when the server holds the readout's graph (a Graph Store Protocol HEAD)."""
        return self._graph_request("HEAD", readout_iri, "reading")

    def _graph_request(self, method: str, graph: URIRef, doing: str) -> bool:
        """A Graph Store Protocol request on a whole graph; False when it is absent (404)."""
        name = self._iri(graph)
        response = self._http(method, self._endpoints.store, params=self._graph_params(name))
        if response.status == 404:
            return False
        if not 200 <= response.status < 300:
            raise self._fail(response, self._endpoints.store, f"{doing} graph {name}")
        return True

    def _graph_names(self) -> list[str]:
        rows = self._run("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", union=False)
        return [row["g"].value for row in rows if isinstance(row["g"], ox.NamedNode)]

    def delete_readout(self, readout_iri: URIRef) -> bool:
        """Remove a readout's graph (one Graph Store Protocol DELETE); False when it was not there."""
        self._writable()
        return self._graph_request("DELETE", readout_iri, "deleting")

    def _graph_triples(self, name: URIRef) -> list[Any]:
        return self._get_graph(self._iri(name)) or []

    # ------------------------------------------------------------ vocabulary

    def vocabulary_hash(self) -> str | None:
        """The content hash of the vocabulary on the server, None before the first ingest.

        Computed from the stored graph itself (kg keeps no marker on a server).
        """
        triples = self._get_graph(_VOCAB)
        if triples is None:
            return None
        return graph_hash(ox.Quad(t.subject, t.predicate, t.object, _VOCAB) for t in triples)

    def ensure_vocabulary(self, graph: Graph) -> bool:
        """Store ``graph`` as :data:`VOCAB_GRAPH` unless the same content is there already.

        Returns True when the vocabulary was (re)written (one PUT).
        """
        self._writable()
        quads = vocabulary_quads(graph)
        if self.vocabulary_hash() == graph_hash(quads):
            return False
        self._put_graph(_VOCAB, (q.triple for q in quads))
        return True

    # ------------------------------------------------------------ dumps

    def quads(self, *, include_vocabulary: bool = True) -> Iterator[Any]:
        """Every stored quad (pyoxigraph terms), optionally without the vocabulary graph.

        The server's real default graph is included, except with ``union=server``
        (where the default graph is the union of the others).
        """
        query = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
        if self._endpoints.union != "server":
            query = "SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
        for row in self._run(query, union=False):
            graph = row["g"]
            if graph is None:
                yield ox.Quad(row["s"], row["p"], row["o"], ox.DefaultGraph())
            elif include_vocabulary or graph != _VOCAB:
                yield ox.Quad(row["s"], row["p"], row["o"], graph)

    def _construct_ntriples(self, query: str, *, union: bool) -> bytes:
        triples = self._run(query, union=union, guard=False)
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)

    def _select_terms(self, query: str, *, union: bool) -> list[str]:
        return [str(solution[0]) for solution in self._run(query, union=union, guard=False)]


def _same_triples(new: set[Any], old: list[Any]) -> bool:
    """True when two graphs hold the same triples, blank nodes compared canonically."""
    if _has_bnode(new) or _has_bnode(old):
        as_quads = [ox.Quad(t.subject, t.predicate, t.object) for t in new]
        old_quads = [ox.Quad(t.subject, t.predicate, t.object) for t in old]
        return _canonical(as_quads) == _canonical(old_quads)
    return new == set(old)
