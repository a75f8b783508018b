"""Export the whole graph: Turtle, N-Triples, JSON-LD, or GraphML for Gephi.

RDF exports are deterministic: the union of all stored graphs is
deduplicated, blank nodes get canonical labels (RDFC-1.0) and triples are
sorted (subject, then ``rdf:type`` first, then predicate and object) before
pyoxigraph serializes them with :data:`kg.sparql.PREFIXES`; the same store
always gives the same bytes. Files are written atomically: a failed export
never leaves a truncated file in place of a good one.

>>> import tempfile
>>> from kg.store import Store
>>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
...     export(s, "nt")
b''
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

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


def export(
    store: Store, fmt: str, out: Path | None = None, *, include_vocabulary: bool = True
) -> bytes | None:
    """Render the store in ``fmt``; write it to ``out`` atomically, or return the bytes.

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
    data = render(store, fmt, include_vocabulary=include_vocabulary)
    if out is None:
        return data
    write_atomic(Path(out), data)
    return None


def render(store: Store, fmt: str, *, include_vocabulary: bool = True) -> bytes:
    """The export as bytes (see :func:`export`)."""
    if fmt == "graphml":
        return graphml_bytes(project_positions(store))
    try:
        rdf_format = _RDF_FORMATS[fmt]
    except KeyError:
        raise ExportError(
            f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}"
        ) from None
    data = sorted_ntriples(store, include_vocabulary=include_vocabulary)
    if rdf_format == ox.RdfFormat.N_TRIPLES:
        return data
    triples = ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
    if rdf_format == ox.RdfFormat.TURTLE:
        from kg.sparql import PREFIXES

        return _sorted_prefixes(ox.serialize(triples, format=rdf_format, prefixes=PREFIXES))
    return ox.serialize(triples, format=rdf_format)


_BNODE_OBJECT = re.compile(rb" _:[^ ]+ \.$")


def sorted_ntriples(store: Store, *, include_vocabulary: bool = True) -> bytes:
    """The union of the stored graphs as canonical, sorted, deduplicated N-Triples.

    Sorted by subject, then ``rdf:type`` first, then predicate and object.
    Blank nodes get RDFC-1.0 labels; only triples that mention a blank node
    take part in the canonicalization (the algorithm never looks further).

    >>> import tempfile
    >>> from kg.store import Store
    >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
    ...     sorted_ntriples(s)
    b''
    """
    lines = set(store.ntriples(include_vocabulary=include_vocabulary).split(b"\n"))
    lines.discard(b"")
    # an N-Triples literal ends in a quote, a language tag or a datatype IRI,
    # so a line ending in " _:x ." really has a blank-node object
    with_bnodes = {line for line in lines if line.startswith(b"_:") or _BNODE_OBJECT.search(line)}
    if with_bnodes:
        dataset = ox.Dataset(ox.parse(b"\n".join(with_bnodes), format=ox.RdfFormat.N_TRIPLES))
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        lines = (lines - with_bnodes) | {f"{q.triple} .".encode() for q in dataset}
    if not lines:
        return b""
    return b"\n".join(sorted(lines, key=_line_key)) + b"\n"


def _line_key(line: bytes) -> tuple[bytes, bool, bytes, bytes]:
    subject, predicate, rest = line.split(b" ", 2)
    return (subject, predicate != _RDF_TYPE, predicate, rest)


def _sorted_prefixes(turtle: bytes) -> bytes:
    """Put pyoxigraph's ``@prefix`` lines in alphabetical order (its order is its own)."""
    lines = turtle.split(b"\n")
    head = 0
    while head < len(lines) and lines[head].startswith(b"@prefix "):
        head += 1
    return b"\n".join(sorted(lines[:head]) + lines[head:])


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
    """``graph`` as GraphML (UTF-8), for Gephi or yEd."""
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


# ---------------------------------------------------------------- writing


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same directory.

    The target is replaced only once the data is fully on disk; on any
    failure the temporary file is removed and the target is left as it was.

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
            handle.write(data)
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


def _write_stream(path: Path, data: bytes) -> None:
    try:
        with open(path, "wb") as handle:
            handle.write(data)
    except OSError as err:
        raise ExportError(f"cannot write {path}: {err.strerror or err}") from err
