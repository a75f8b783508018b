"""Export the whole graph: Turtle, N-Triples, JSON-LD, or GraphML for Gephi.

RDF exports are deterministic: the union of all stored graphs is
deduplicated, blank nodes get canonical labels (RDFC-1.0) and triples are
sorted (subject, then ``rdf:type`` first, then predicate and object) before
pyoxigraph serializes them with :data:`kg.sparql.PREFIXES`; the same store
always gives the same bytes. Files are written atomically: a failed export
never leaves a truncated file in place of a good one.

The export streams: it lists the subjects (:meth:`kg.store.Store.subjects`),
reads their triples a couple of thousand subjects at a time
(:meth:`kg.store.Store.ntriples` with ``subjects``), and sorts and writes each
batch before the next ones are read, so memory is bounded by the subject list,
a few batches and the triples that mention blank nodes (all of which must be
known to label them canonically): about 400 MB of RSS for a 10k-readout store,
where holding the graph took 3.3 GB. Threads read the next batches while the
current one is sorted and serialized.

>>> import tempfile
>>> from kg.store import Store
>>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
...     export(s, "nt")
b''
"""

from __future__ import annotations

import bisect
import collections
import contextlib
import io
import itertools
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import pyoxigraph as ox
from rdflib import RDF

from kg.errors import ExportError

if TYPE_CHECKING:
    import networkx as nx

    from kg.store import Store

EXPORT_FORMATS = ("turtle", "nt", "jsonld", "graphml")
_RDF_TYPE = f"<{RDF.type}>".encode()
_RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
#: IRI subjects per query when the export reads the store: about 20k triples, a
#: few MB, on kg's data; the rate barely depends on it (500 to 10,000 alike).
_SUBJECTS_PER_QUERY = 2000
#: Threads reading the store during an export; the export's own thread sorts
#: and serializes. On two busy cores the N-Triples export of a 10k store took
#: 34-36 s with one reader, 26-34 s with two, 32 s with three.
_READERS = 2
#: Batches being read ahead of the one being written (each a few MB).
_READ_AHEAD = 4

Writer = Callable[[IO[bytes]], None]


def export(
    store: Store,
    fmt: str,
    out: Path | IO[bytes] | None = None,
    *,
    include_vocabulary: bool = True,
) -> bytes | None:
    """Render the store in ``fmt``; write it to ``out`` atomically, or return the bytes.

    ``out`` may also be an open binary stream (standard output): the export
    is then written into it as it is produced, which no atomicity can cover.
    ``include_vocabulary`` adds the states, people and topics (the graph is
    then self-contained); GraphML always takes its labels from it.

    >>> import tempfile
    >>> from rdflib import RDF, Graph
    >>> from kg.namespaces import ID, KG
    >>> from kg.store import Store
    >>> g = Graph(); _ = g.add((ID["readout/1"], RDF.type, KG.Readout))
    >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
    ...     _ = s.put_readout(ID["readout/1"], g)
    ...     print(export(s, "turtle").decode().splitlines()[-1])
    readout:1 a kg:Readout .
    """
    writer = export_writer(store, fmt, include_vocabulary=include_vocabulary)
    if out is None:
        buffer = io.BytesIO()
        writer(buffer)
        return buffer.getvalue()
    if hasattr(out, "write"):
        writer(out)  # type: ignore[arg-type]
        return None
    write_atomic(Path(out), writer)  # type: ignore[arg-type]
    return None


def render(store: Store, fmt: str, *, include_vocabulary: bool = True) -> bytes:
    """The export as bytes (see :func:`export`).

    >>> import tempfile
    >>> from kg.store import Store
    >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
    ...     render(s, "turtle")
    b''
    """
    data = export(store, fmt, include_vocabulary=include_vocabulary)
    assert data is not None
    return data


def export_writer(store: Store, fmt: str, *, include_vocabulary: bool = True) -> Writer:
    """A function writing the export of ``store`` in ``fmt`` into a binary stream.

    The format is checked here, before any file is opened.

    >>> export_writer(None, "rdfxml")
    Traceback (most recent call last):
    ...
    kg.errors.ExportError: unknown export format 'rdfxml'; use one of turtle, nt, jsonld, graphml
    """
    if fmt == "graphml":
        return _write_graphml(store)
    try:
        rdf_format = _RDF_FORMATS[fmt]
    except KeyError:
        raise ExportError(
            f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}"
        ) from None

    def write(handle: IO[bytes]) -> None:
        # closed on the way out, error or not: that stops the reading thread
        with contextlib.closing(
            iter_sorted_ntriples(store, include_vocabulary=include_vocabulary)
        ) as chunks:
            if rdf_format == ox.RdfFormat.N_TRIPLES:
                for chunk in chunks:
                    handle.write(chunk)
                return
            triples = (t for c in chunks for t in ox.parse(c, format=ox.RdfFormat.N_TRIPLES))
            if rdf_format == ox.RdfFormat.TURTLE:
                from kg.sparql import PREFIXES

                sink = _SortedPrefixes(handle)
                ox.serialize(triples, sink, format=rdf_format, prefixes=PREFIXES)
                sink.close()
            else:
                ox.serialize(triples, _Flushable(handle), format=rdf_format)

    return write


def _write_graphml(store: Store) -> Writer:
    def write(handle: IO[bytes]) -> None:
        write_graphml(project_positions(store), handle)

    return write


# ---------------------------------------------------------------- sorted N-Triples

_BNODE_OBJECT = re.compile(rb" _:[^ ]+ \.$")


def sorted_ntriples(store: Store, *, include_vocabulary: bool = True) -> bytes:
    """The union of the stored graphs as canonical, sorted, deduplicated N-Triples.

    ``b"".join`` of :func:`iter_sorted_ntriples`; it holds the whole export in
    memory, the exports themselves do not.

    >>> import tempfile
    >>> from kg.store import Store
    >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
    ...     sorted_ntriples(s)
    b''
    """
    return b"".join(iter_sorted_ntriples(store, include_vocabulary=include_vocabulary))


def iter_sorted_ntriples(store: Store, *, include_vocabulary: bool = True) -> Iterator[bytes]:
    """The union of the stored graphs as canonical, sorted, deduplicated N-Triples, in chunks.

    Sorted by subject, then ``rdf:type`` first, then predicate and object.
    Blank nodes get RDFC-1.0 labels; only triples that mention a blank node
    take part in the canonicalization (the algorithm never looks further), so
    only those are held in memory for the whole export. Each chunk is a run
    of whole lines.

    >>> import tempfile
    >>> from rdflib import RDF, Graph
    >>> from kg.namespaces import ID, KG
    >>> from kg.store import Store
    >>> g = Graph(); _ = g.add((ID["readout/1"], RDF.type, KG.Readout))
    >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
    ...     _ = s.put_readout(ID["readout/1"], g)
    ...     print(*iter_sorted_ntriples(s, include_vocabulary=False))
    b'<https://w3id.org/kg-readouts/id/readout/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-readouts/ontology#Readout> .\\n'
    """
    with _Reader(store, include_vocabulary) as reader:
        yield from _merge(reader.chunks(), reader.blank_nodes())


def _merge(chunks: Iterable[bytes], blank_nodes: bytes) -> Iterator[bytes]:
    """Sorted chunks from the store's subject-ordered ``chunks`` and its ``blank_nodes`` triples."""
    blank = _canonical_lines(blank_nodes)
    # lines with a blank-node object wait for their subject's batch; those with a
    # blank-node subject sort after every IRI ("_" > "<") and close the export
    pending: dict[bytes, list[bytes]] = {}
    tail: list[bytes] = []
    for line in blank:
        subject = line.split(b" ", 1)[0]
        if subject.startswith(b"_:"):
            tail.append(line)
        else:
            pending.setdefault(subject, []).append(line)
    waiting = sorted(pending)  # subjects of pending lines, taken from the front
    taken = 0
    for chunk in chunks:
        fast = _TYPE_IN_LITERAL.search(chunk) is None
        lines = set((_type_first(chunk) if fast else chunk).split(b"\n"))
        lines.discard(b"")
        if b" _:" in chunk:  # the store's own labels: replaced by the canonical lines
            lines = {line for line in lines if not _BNODE_OBJECT.search(line)}
        if not lines:
            continue
        last = max(lines).split(b" ", 1)[0]  # lines compare by subject first
        start = taken
        while taken < len(waiting) and waiting[taken] <= last:
            taken += 1
        extra = [line for s in waiting[start:taken] for line in pending.pop(s)]
        if fast and any(_TYPE_IN_LITERAL.search(line) for line in extra):
            lines = {line.replace(_TYPE_FIRST, _TYPE_AFTER_IRI) for line in lines}
            fast = False
        if fast:
            lines.update(_type_first(line) for line in extra)
            yield (b"\n".join(sorted(lines)) + b"\n").replace(_TYPE_FIRST, _TYPE_AFTER_IRI)
        else:
            lines.update(extra)
            yield b"\n".join(sorted(lines, key=_line_key)) + b"\n"
    rest = [line for s in waiting[taken:] for line in pending.pop(s)] + tail
    if rest:
        yield b"\n".join(sorted(rest, key=_line_key)) + b"\n"


# A batch sorts as plain bytes (a third of the time of a key splitting each
# line) once rdf:type as the predicate after an IRI subject is spelled \x01:
# that byte sorts before the "<" of every other predicate, so each subject's
# types come first, and it never occurs in Oxigraph's N-Triples (control
# characters are written \u0001). The match takes the object's first character,
# so an rdf:type object (followed by " .") is left alone; a literal holding
# the rdf:type IRI could hold a match, so such a batch is sorted by key.
_TYPE_AFTER_IRI = b"> " + _RDF_TYPE + b" "
_TYPE_FIRST = b"> \x01 "
_TYPE_IN_LITERAL = re.compile(b'"[^\\n]*' + re.escape(_RDF_TYPE))


def _type_first(data: bytes) -> bytes:
    """N-Triples ``data`` with rdf:type predicates after IRI subjects spelled to sort first.

    >>> _type_first(b"<urn:a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <urn:T> .")
    b'<urn:a> \\x01 <urn:T> .'
    """
    for start in (b"<", b"_", b'"'):
        data = data.replace(_TYPE_AFTER_IRI + start, _TYPE_FIRST + start)
    return data


def _canonical_lines(data: bytes) -> list[bytes]:
    """N-Triples ``data`` with RDFC-1.0 blank-node labels, one line per distinct triple."""
    if not data.strip():
        return []
    dataset = ox.Dataset(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return [f"{q.triple} .".encode() for q in dataset]


def _line_key(line: bytes) -> tuple[bytes, bool, bytes, bytes]:
    subject, predicate, rest = line.split(b" ", 2)
    return (subject, predicate != _RDF_TYPE, predicate, rest)


class _Reader:
    """Reads the store for :func:`iter_sorted_ntriples` in threads, ahead of the writer.

    pyoxigraph (and the HTTP client) release the GIL while they read, and
    decoding the store's terms is most of an export's time: :data:`_READERS`
    threads read while the calling thread sorts and serializes. The triples
    mentioning blank nodes are read first, beside the first batches. Batches
    come back in subject order, at most :data:`_READ_AHEAD` ahead of the one
    being written; leaving the ``with`` block cancels those not started yet.
    """

    def __init__(self, store: Store, include_vocabulary: bool) -> None:
        self._store = store
        self._include = include_vocabulary
        subjects = store.subjects(include_vocabulary=include_vocabulary)
        # sorted, the IRIs ("<") come before the blank nodes ("_:"), which are not read here
        iris = bisect.bisect_left(subjects, "_")
        self._batches = (
            subjects[i : min(i + _SUBJECTS_PER_QUERY, iris)]
            for i in range(0, iris, _SUBJECTS_PER_QUERY)
        )
        self._pool = ThreadPoolExecutor(max_workers=_READERS, thread_name_prefix="kg-export")
        self._blank = self._pool.submit(
            store.blank_node_ntriples, include_vocabulary=include_vocabulary, subjects=subjects
        )
        self._pending: collections.deque[Future[bytes]] = collections.deque()
        self._submit(_READ_AHEAD)

    def __enter__(self) -> _Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _submit(self, count: int) -> None:
        for batch in itertools.islice(self._batches, count):
            self._pending.append(self._pool.submit(self._read, batch))

    def _read(self, batch: list[str]) -> bytes:
        return self._store.ntriples(include_vocabulary=self._include, subjects=batch)

    def blank_nodes(self) -> bytes:
        """N-Triples of the triples that mention a blank node (waits for them)."""
        return self._blank.result()

    def chunks(self) -> Iterator[bytes]:
        """The N-Triples of the IRI subjects, a batch of subjects at a time, in subject order."""
        while self._pending:
            done = self._pending.popleft()
            self._submit(1)
            yield done.result()


class _Flushable:
    """A binary stream as pyoxigraph's serializers want it (``write`` and ``flush``)."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle

    def write(self, data: bytes) -> int:
        self._handle.write(data)
        return len(data)

    def flush(self) -> None:
        self._handle.flush()


class _SortedPrefixes(_Flushable):
    """Puts pyoxigraph's ``@prefix`` lines in alphabetical order (its order is its own).

    The prefix lines open the Turtle output; they are held back until the
    first other line, then written sorted, and everything after passes through.

    >>> out = io.BytesIO(); sink = _SortedPrefixes(out)
    >>> _ = sink.write(b"@prefix b: <urn:b> .\\n@prefix a: <urn:a> .\\n"); _ = sink.write(b"a:x b:y a:z .\\n")
    >>> sink.close(); out.getvalue()
    b'@prefix a: <urn:a> .\\n@prefix b: <urn:b> .\\na:x b:y a:z .\\n'
    """

    def __init__(self, handle: IO[bytes]) -> None:
        super().__init__(handle)
        self._head: bytearray | None = bytearray()

    def write(self, data: bytes) -> int:
        if self._head is None:
            return super().write(data)
        self._head += data
        lines = self._head.split(b"\n")
        # the last piece may be an unfinished line: decide on complete lines only
        if any(not line.startswith(b"@prefix ") for line in lines[:-1]) or (
            len(lines[-1]) >= 8 and not lines[-1].startswith(b"@prefix ")
        ):
            self._release()
        return len(data)

    def _release(self) -> None:
        if self._head is None:
            return
        lines = bytes(self._head).split(b"\n")
        self._head = None
        count = 0
        while count < len(lines) and lines[count].startswith(b"@prefix "):
            count += 1
        if count == len(lines):  # the output ended inside the prefixes (or was empty)
            count = len(lines) - 1
        super().write(b"\n".join(sorted(lines[:count]) + lines[count:]))

    def close(self) -> None:
        """Write what is held back (an output of prefixes only, or nothing)."""
        self._release()
        self.flush()


# ---------------------------------------------------------------- GraphML


def project_positions(store: Store) -> nx.MultiDiGraph:
    """The positions as a NetworkX multigraph: :func:`kg.analysis.project` of the store.

    Nodes (id = IRI) have ``kind`` (state, topic, person, readout), ``label``
    and ``iri``; edges a ``kind`` (``position``, ``addressed``, ``voiced``,
    ``reports``, ``broader``). Filter on ``kind`` for analyses that want only
    positions.

    >>> import tempfile
    >>> from kg.store import Store
    >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
    ...     project_positions(s).number_of_nodes()
    0
    """
    from kg.analysis import fetch_positions, project

    return project(fetch_positions(store))


def graphml_bytes(graph: nx.MultiDiGraph) -> bytes:
    """``graph`` as GraphML (UTF-8), for Gephi or yEd (see :func:`write_graphml`).

    >>> import networkx as nx
    >>> print(graphml_bytes(nx.MultiDiGraph()).decode().splitlines()[-2])
      <graph edgedefault="directed" />
    """
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    return buffer.getvalue()


_GRAPHML_ROOT = (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
)
#: GraphML types of attribute values, as networkx names them.
_GRAPHML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def write_graphml(graph: nx.Graph, handle: IO[bytes]) -> None:
    """Write ``graph`` as GraphML into ``handle``, a node or an edge at a time.

    The bytes are those of ``networkx.write_graphml(graph, prettyprint=True)``,
    which builds the whole document as an XML tree first: 3.5 GB of memory
    for the 770k edges of a 10k-readout store. Attribute values must be
    strings, numbers or booleans.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph(); g.add_edge("a", "b", key="k", kind="x & y")
    'k'
    >>> out = io.BytesIO(); write_graphml(g, out); text = out.getvalue().decode()
    >>> print(text[text.index("  <graph"):])
      <graph edgedefault="directed">
        <node id="a" />
        <node id="b" />
        <edge source="a" target="b" id="k">
          <data key="d0">x &amp; y</data>
        </edge>
      </graph>
    </graphml>
    <BLANKLINE>
    """
    graph_data = {
        k: v for k, v in graph.graph.items() if k not in ("id", "node_default", "edge_default")
    }
    # the keys come first, so a first pass names them (d0, d1, ... in the order
    # networkx meets them: graph, nodes, edges); networkx writes them newest first
    keys: dict[tuple[str, str, str], str] = {}
    for scope, items in (
        ("graph", [graph_data]),
        ("node", (d for _, d in graph.nodes(data=True))),
        ("edge", (d for *_, d in _graphml_edges(graph))),
    ):
        for data in items:
            for name, value in data.items():
                keys.setdefault((str(name), _graphml_type(name, value), scope), f"d{len(keys)}")

    def data_elements(scope: str, data: dict[str, Any], indent: str) -> str:
        return "".join(
            f"{indent}{_graphml_element('data', {'key': keys[(str(k), _graphml_type(k, v), scope)]}, str(v))}"
            for k, v in data.items()
        )

    write = handle.write
    write(b"<?xml version='1.0' encoding='utf-8'?>\n" + _GRAPHML_ROOT.encode())
    for (name, xml_type, scope), key_id in reversed(keys.items()):
        attrs = {"id": key_id, "for": scope, "attr.name": name, "attr.type": xml_type}
        write(f"\n  {_graphml_element('key', attrs)}".encode())
    graph_attrs = {"edgedefault": "directed" if graph.is_directed() else "undirected"}
    if graph.graph.get("id") is not None:
        graph_attrs["id"] = graph.graph["id"]
    if not (len(graph) or graph_data):
        write(f"\n  {_graphml_element('graph', graph_attrs)}\n</graphml>\n".encode())
        return
    write(f"\n  {_graphml_element('graph', graph_attrs, open_only=True)}".encode())
    for node, data in graph.nodes(data=True):
        write(_graphml_child("node", {"id": str(node)}, data_elements("node", data, "\n      ")))
    for u, v, key, data in _graphml_edges(graph):
        attrs = {"source": str(u), "target": str(v)}
        if key is not None:
            attrs["id"] = str(key)
        write(_graphml_child("edge", attrs, data_elements("edge", data, "\n      ")))
    write(data_elements("graph", graph_data, "\n    ").encode("utf-8", "xmlcharrefreplace"))
    write(b"\n  </graph>\n</graphml>\n")


def _graphml_edges(graph: nx.Graph) -> Iterator[tuple[Any, Any, Any, dict[str, Any]]]:
    """(source, target, key or None, data) of each edge."""
    if graph.is_multigraph():
        yield from graph.edges(keys=True, data=True)
    else:
        for u, v, data in graph.edges(data=True):
            yield u, v, None, data


def _graphml_type(name: object, value: object) -> str:
    try:
        return _GRAPHML_TYPES[type(value)]
    except KeyError:
        raise ExportError(
            f"GraphML cannot hold the {type(value).__name__} value of attribute {name!r}"
        ) from None


def _graphml_child(tag: str, attrs: dict[str, str], data: str) -> bytes:
    """A node or an edge at the graph's indentation, with its data elements."""
    if not data:
        return f"\n    {_graphml_element(tag, attrs)}".encode("utf-8", "xmlcharrefreplace")
    element = _graphml_element(tag, attrs, open_only=True)
    return f"\n    {element}{data}\n    </{tag}>".encode("utf-8", "xmlcharrefreplace")


def _graphml_element(
    tag: str, attrs: dict[str, str], text: str = "", *, open_only: bool = False
) -> str:
    """One element as ElementTree writes it (its escaping, ``<empty />``).

    >>> _graphml_element("data", {"key": 'a"b'}, "<x>")
    '<data key="a&quot;b">&lt;x&gt;</data>'
    """
    head = f"<{tag}" + "".join(f' {k}="{_escape_attribute(v)}"' for k, v in attrs.items())
    if open_only:
        return head + ">"
    if not text:
        return head + " />"
    return f"{head}>{_escape_text(text)}</{tag}>"


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attribute(text: str) -> str:
    text = _escape_text(text).replace('"', "&quot;")
    return text.replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#09;")


# ---------------------------------------------------------------- writing


def write_atomic(path: Path, data: bytes | Writer) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same directory.

    ``data`` is bytes, or a function writing them into the open file (how an
    export streams). The target is replaced only once the data is fully on
    disk; on any failure the temporary file is removed and the target is left
    as it was.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "out.nt"
    >>> write_atomic(p, b"x"); p.read_bytes()
    b'x'
    """
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"cannot write {path}: it is a directory; give a file name")
    if path.exists() and not path.is_file():
        # a device or a pipe (/dev/stdout, a FIFO): renaming over it would replace
        # the device node with a file, so write into it; atomicity means nothing there
        _write_stream(path, data)
        return
    if path.is_symlink():  # replace the file the link points to, keep the link
        path = Path(os.path.realpath(path))
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        problem = "is not a directory" if parent.exists() else "does not exist; create it first"
        raise ExportError(f"cannot write {path}: {parent} {problem}")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    except OSError as err:
        raise ExportError(
            f"cannot write {path}: {err.strerror or err}; choose a writable directory"
        ) from err
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            _write(handle, data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes 0600; keep the mode of the file replaced, else an ordinary 0644
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise ExportError(
            f"cannot write {path}: {err.strerror or err}; nothing was changed"
        ) from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write(handle: IO[bytes], data: bytes | Writer) -> None:
    if isinstance(data, bytes | bytearray | memoryview):
        handle.write(data)
    else:
        data(handle)


def _write_stream(path: Path, data: bytes | Writer) -> None:
    try:
        with open(path, "wb") as handle:
            _write(handle, data)
    except OSError as err:
        raise ExportError(f"cannot write {path}: {err.strerror or err}") from err
