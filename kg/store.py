"""Stage 5: the embedded store, pyoxigraph on RocksDB.

A kg store is a directory holding a marker file (``kg-store.json``: format name
and version, hash of the stored vocabulary), a lock file (``kg-store.lock``)
and the RocksDB data (``oxigraph/``). Each readout lives in its own named
graph, named by the readout's IRI; the vocabularies live in
:data:`~kg.namespaces.VOCAB_GRAPH`. Queries see the union of all graphs.

Concurrency: one writer at a time, or any number of readers, never both.
pyoxigraph documents opening a read-only store while another process writes
it as undefined behaviour, so readers take a shared ``flock`` and writers an
exclusive one; whoever cannot get it within ``lock_timeout`` seconds gets a
one-line :class:`~kg.errors.StoreError`.

>>> import tempfile
>>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as store:
...     store.readout_count()
0
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from rdflib import BNode, URIRef

from kg.errors import QueryError, StoreError
from kg.namespaces import ID, VOCAB_GRAPH  # noqa: F401 - ID: the readout IRIs of the doctests
from kg.storebase import (
    _VOCAB,
    StoreBase,
    _canonical,
    _Converter,
    _first_line,
    _has_bnode,
    _result_format,
    _wrong_format,
    graph_hash,
    guard_query,
    guard_update,
    readout_ntriples_quads,
    readout_quads,
    vocabulary_quads,
)

# defined in kg.storebase (kg.remote shares them); callers import them from here
from kg.storebase import DUMP_FORMATS as DUMP_FORMATS
from kg.storebase import RESULT_FORMATS as RESULT_FORMATS
from kg.storebase import from_ox as from_ox
from kg.storebase import solution_rows as solution_rows
from kg.storebase import to_ox as to_ox
from kg.storebase import union_construct as union_construct

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.term import Node

    from kg.remote import RemoteStore
    from kg.storebase import Bindings, Prefixes

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows has no flock; kg then runs unlocked
    fcntl = None  # type: ignore[assignment]

MARKER_FILE = "kg-store.json"
LOCK_FILE = "kg-store.lock"
DATA_DIR = "oxigraph"
FORMAT_NAME = "kg-store"
FORMAT_VERSION = 1
#: Seconds to wait for another kg process to release the store.
LOCK_TIMEOUT = 5.0
#: Quads written between two flushes of RocksDB's memtables during a long ingest.
#: RocksDB keeps unflushed writes in memory, one memtable per index (Oxigraph
#: has a dozen): without intermediate flushes ``kg ingest`` of 10k readouts
#: (3.4 M quads) peaked at 2 GB of RSS; flushing every 200k quads keeps the
#: writer under 300 MB.
FLUSH_EVERY_QUADS = 200_000

# The query worker of timed queries: a fresh interpreter that imports only
# pyoxigraph, opens the store read-only, runs one query and prints the result.
_WORKER = r"""
import sys
del sys.path[0]
import json
import pyoxigraph as ox
req = json.loads(sys.stdin.buffer.read())
try:
    store = ox.Store.read_only(req["data"])
except Exception as err:
    sys.stderr.write(str(err)); sys.exit(74)
subs = {}
for name, term in req["subs"].items():
    quad = next(iter(ox.parse("<urn:kg:s> <urn:kg:p> " + term + " .", format=ox.RdfFormat.N_TRIPLES)))
    subs[ox.Variable(name)] = quad.object
try:
    res = store.query(req["query"], use_default_graph_as_union=True, substitutions=subs or None,
                      prefixes=req["prefixes"] or None)
    if isinstance(res, ox.QueryTriples):
        if req["rdf"] is None:
            sys.stderr.write("graph"); sys.exit(66)
        out = res.serialize(format=getattr(ox.RdfFormat, req["rdf"]))
    else:
        if req["table"] is None:
            sys.stderr.write("table"); sys.exit(66)
        out = res.serialize(format=getattr(ox.QueryResultsFormat, req["table"]))
except (SyntaxError, RuntimeError, ValueError) as err:
    sys.stderr.write(str(err)); sys.exit(65)
sys.stdout.buffer.write(out)
"""


def default_location() -> Path:
    """Where the store lives unless ``--store`` says otherwise.

    ``$KG_STORE``, else ``$XDG_DATA_HOME/kg/store``, else ``~/.local/share/kg/store``.

    >>> default_location().name
    'store'
    """
    env = os.environ.get("KG_STORE")
    if env:
        return Path(env).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or "~/.local/share"
    return Path(data_home).expanduser() / "kg" / "store"


_ENDPOINT_URL = re.compile(r"^(?:sparql\+)?https?://", re.IGNORECASE)


def is_endpoint_url(location: object) -> bool:
    """True when ``location`` names a SPARQL endpoint (``http(s)://``, ``sparql+http(s)://``).

    >>> is_endpoint_url("http://127.0.0.1:7878"), is_endpoint_url("/var/kg/store")
    (True, False)
    """
    return isinstance(location, str) and bool(_ENDPOINT_URL.match(location))


def open_store(
    location: str | Path | None = None, *, create: bool = False, read_only: bool = False
) -> Store | RemoteStore:
    """Open a kg store: a SPARQL endpoint URL gives a :class:`kg.remote.RemoteStore`,
    anything else the directory store :meth:`Store.open` (``None``: ``$KG_STORE``,
    else :func:`default_location`).

    >>> import tempfile
    >>> with open_store(tempfile.mkdtemp() + "/s", create=True) as store:
    ...     store.readout_count()
    0
    """
    if location is None:
        location = os.environ.get("KG_STORE") or None
    if is_endpoint_url(location):
        from kg.remote import RemoteStore

        return RemoteStore.open(str(location), create=create, read_only=read_only)
    return Store.open(location, create=create, read_only=read_only)


def _data_block(graph: Any, quads: Iterable[Any]) -> str:
    body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    return f"GRAPH {graph} {{\n{body}\n}}"


# ---------------------------------------------------------------- locking

#: The lock descriptors this process holds. A forked child (an ingest worker)
#: closes its copies at once: a flock lasts while any copy is open, so a worker
#: outliving a killed ``kg ingest`` would otherwise keep the store locked.
_HELD_LOCKS: set[int] = set()


def _drop_inherited_locks() -> None:
    for fd in _HELD_LOCKS:
        with contextlib.suppress(OSError):
            os.close(fd)  # the child's copy only: the parent keeps its lock
    _HELD_LOCKS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_drop_inherited_locks)


def _lock(path: Path, *, exclusive: bool, timeout: float) -> int | None:
    """Take the store's flock; None when locking is impossible (no fcntl, read-only dir)."""
    if fcntl is None:
        return None
    lock_path = path / LOCK_FILE
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError:
        if exclusive:
            raise StoreError(
                f"cannot write the lock file {lock_path}; check the directory's permissions"
            ) from None
        try:
            fd = os.open(lock_path, os.O_RDONLY)
        except OSError:
            return None  # a reader of a store nobody can write to
    mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
            _HELD_LOCKS.add(fd)
            return fd
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(fd)
                raise StoreError(
                    f"store {path} is locked by another kg process; wait for it to finish"
                ) from None
            time.sleep(0.05)


def _unlock(fd: int | None) -> None:
    if fd is not None and fd in _HELD_LOCKS:  # not in a forked child: it closed its copy
        _HELD_LOCKS.discard(fd)
        os.close(fd)  # closing the descriptor releases the flock


# ---------------------------------------------------------------- the store


class Store(StoreBase):
    """A kg store on disk; open it with :meth:`Store.open`, use it as a context manager.

    The queries, dumps and reads it shares with :class:`kg.remote.RemoteStore`
    are :class:`kg.storebase.StoreBase`'s; this class supplies RocksDB, the
    lock, the writes and the child process of timed queries.

    >>> import tempfile
    >>> from rdflib import Graph
    >>> s = Store.open(tempfile.mkdtemp() + "/s", create=True)
    >>> s.put_readout(ID["readout/0"], Graph())
    True
    >>> s.close()
    """

    def __init__(self, path: Path, db: Any, lock_fd: int | None, read_only: bool) -> None:
        super().__init__(read_only=read_only)
        self._path = path
        self._db = db
        self._lock_fd = lock_fd
        self._dirty = False  # written since the last flush
        self._unflushed = 0  # quads written since the last flush

    # ------------------------------------------------------------ opening

    @classmethod
    def open(
        cls,
        location: str | Path | None = None,
        *,
        create: bool = False,
        read_only: bool = False,
        lock_timeout: float = LOCK_TIMEOUT,
    ) -> Store:
        """Open the kg store at ``location`` (default :func:`default_location`).

        ``create=True`` makes a new store when there is none (the directory
        must be new or empty); otherwise a missing store is an error and
        nothing is created. ``read_only=True`` opens for reading, sharing the
        store with other readers.

        >>> import tempfile
        >>> Store.open(tempfile.mkdtemp() + "/none", read_only=True)
        Traceback (most recent call last):
        ...
        kg.errors.StoreError: no kg store at ...; create one with `kg ingest`
        """
        if create and read_only:
            raise StoreError("a store cannot be created read-only; drop --read-only to create it")
        path = Path(location).expanduser() if location is not None else default_location()
        path = path.absolute()
        marker = path / MARKER_FILE
        if not marker.is_file():
            if not create:
                raise StoreError(f"no kg store at {path}; create one with `kg ingest`")
            _prepare_new_directory(path)
        lock_fd = _lock(path, exclusive=not read_only, timeout=lock_timeout)
        try:
            if not marker.is_file():  # re-checked under the lock: a racing creator may have won
                _create(path)
            _check_marker(path)
            data = path / DATA_DIR
            if not data.is_dir():
                raise StoreError(f"store {path} has no {DATA_DIR}/ directory; re-create it")
            try:
                db = ox.Store.read_only(str(data)) if read_only else ox.Store(str(data))
            except (OSError, RuntimeError) as err:  # RocksDB reports corruption as RuntimeError
                raise StoreError(f"cannot open the store at {path}: {_first_line(err)}") from err
        except BaseException:
            _unlock(lock_fd)
            raise
        return cls(path, db, lock_fd, read_only)

    @property
    def path(self) -> Path:
        """The store's directory."""
        return self._path

    def close(self) -> None:
        """Close the database and release the lock; idempotent."""
        if self._db is not None:
            try:
                self._flush()
            finally:
                self._db = None  # dropping the last reference closes RocksDB
            _unlock(self._lock_fd)
            self._lock_fd = None

    def __del__(self) -> None:
        with contextlib.suppress(Exception):  # nothing to report to at garbage collection
            self.close()

    def __repr__(self) -> str:
        mode = "read-only" if self._read_only else "read-write"
        return f"<kg Store {str(self._path)!r} {mode}{' closed' if self._db is None else ''}>"

    @property
    def _ox(self) -> Any:
        if self._db is None:
            raise StoreError(f"store {self._path} is closed; open it again")
        return self._db

    def _writable(self) -> Any:
        db = self._ox
        if self._read_only:
            raise StoreError(f"store {self._path} is open read-only; open it for writing")
        return db

    def _flush(self) -> None:
        # Without a flush, the next read-only open replays the write-ahead log:
        # 0.5 s after a few hundred readouts, paid by every timed query.
        if self._dirty:
            try:
                self._ox.flush()
            except OSError as err:
                raise StoreError(f"flushing store {self._path} failed: {_first_line(err)}") from err
            self._dirty = False
            self._unflushed = 0

    def _written(self, quads: int) -> None:
        """Count ``quads`` written; flush the memtables once enough accumulated."""
        self._unflushed += quads
        if self._unflushed >= FLUSH_EVERY_QUADS:
            self._flush()

    def _update(self, text: str) -> None:
        self._dirty = True
        try:
            self._writable().update(text)
        except SyntaxError as err:
            raise StoreError(f"write refused by the store: {_first_line(err)}") from err
        except OSError as err:
            raise StoreError(f"write to store {self._path} failed: {_first_line(err)}") from err

    # ------------------------------------------------------------ readouts

    @staticmethod
    def _graph_name(name: Node, convert: _Converter) -> Any:
        """The pyoxigraph name of a readout's graph; refuses the vocabulary graph and non-IRIs."""
        if name == VOCAB_GRAPH:
            raise StoreError("the vocabulary graph is written by ensure_vocabulary only")
        gname = convert(name)
        if not isinstance(gname, ox.NamedNode):
            raise StoreError(f"graph name {name!r} must be an IRI")
        return gname

    def _replace_ops(self, name: Node, graph: Graph, convert: _Converter) -> list[str]:
        """SPARQL update operations that turn the stored graph ``name`` into ``graph``."""
        gname = self._graph_name(name, convert)
        new = {ox.Quad(convert(s), convert(p), convert(o), gname) for s, p, o in graph}
        return self._ops_for(gname, new)

    def _ops_for(self, gname: Any, new: set[Any]) -> list[str]:
        """SPARQL update operations that turn the stored graph ``gname`` into the quads ``new``."""
        old = set(self._ox.quads_for_pattern(None, None, None, gname))
        exists = bool(old) or self._ox.contains_named_graph(gname)
        if _has_bnode(new) or _has_bnode(old):
            # blank nodes cannot be matched by DELETE DATA: compare canonical forms, then replace
            if exists and _canonical(new) == _canonical(old):
                return []
            ops = [f"DROP SILENT GRAPH {gname}", f"CREATE SILENT GRAPH {gname}"]
            return ops + ([f"INSERT DATA {{ {_data_block(gname, new)} }}"] if new else [])
        if exists and new == old:
            return []
        ops = [] if exists else [f"CREATE SILENT GRAPH {gname}"]
        if old - new:
            ops.append(f"DELETE DATA {{ {_data_block(gname, old - new)} }}")
        if new - old:
            ops.append(f"INSERT DATA {{ {_data_block(gname, new - old)} }}")
        return ops

    def put_readout(self, readout_iri: URIRef, graph: Graph) -> bool:
        """Store ``graph`` as the named graph ``readout_iri``, replacing what was there.

        One transaction: readers see the old graph or the new one, never a mix,
        and a crash leaves the old one. Returns False when the store already
        held exactly these triples (then nothing is written).

        >>> import tempfile
        >>> from rdflib import Graph, RDF
        >>> from kg.namespaces import KG
        >>> g = Graph(); _ = g.add((ID["readout/1"], RDF.type, KG.Readout))
        >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
        ...     s.put_readout(ID["readout/1"], g), s.put_readout(ID["readout/1"], g)
        (True, False)
        """
        self._writable()
        convert = _Converter()
        gname = self._graph_name(readout_iri, convert)
        return self._put_quads(gname, set(_quads(graph, gname, convert)))

    def put_readout_nquads(self, readout_iri: URIRef, data: bytes) -> bool:
        """:meth:`put_readout` for a graph serialized by :func:`readout_nquads`.

        This is how a graph prepared in a worker process reaches the writer:
        Oxigraph parses N-Quads in a fraction of the time unpickling an rdflib
        graph takes. Every quad must be in the graph ``readout_iri``.

        >>> import tempfile
        >>> from rdflib import Graph, RDF
        >>> from kg.namespaces import KG
        >>> g = Graph(); _ = g.add((ID["readout/1"], RDF.type, KG.Readout))
        >>> data = readout_nquads(ID["readout/1"], g)
        >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
        ...     s.put_readout_nquads(ID["readout/1"], data), s.put_readout(ID["readout/1"], g)
        (True, False)
        """
        self._writable()
        gname = self._graph_name(readout_iri, _Converter())
        new = set(readout_quads(readout_iri, data, gname))
        # N-Quads write every blank node as "_:label": without those bytes there is none
        return self._put_quads(gname, new, bnodes=b"_:" in data and _has_bnode(new))

    def put_readout_ntriples(self, readout_iri: URIRef, data: bytes) -> bool:
        """:meth:`put_readout` for a graph serialized by :func:`readout_ntriples`.

        This is how ``kg ingest --jobs N`` ships a graph from a worker to the
        writer: a graph the store does not hold yet is loaded by Oxigraph
        straight from the bytes into the graph ``readout_iri`` (one
        transaction, no Python object per triple: ~0.7 ms less per readout
        than parsing N-Quads into quads for :meth:`Store.extend`).

        >>> import tempfile
        >>> from rdflib import Graph, RDF
        >>> from kg.namespaces import KG
        >>> g = Graph(); _ = g.add((ID["readout/1"], RDF.type, KG.Readout))
        >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
        ...     s.put_readout_ntriples(ID["readout/1"], readout_ntriples(g)), s.put_readout(ID["readout/1"], g)
        (True, False)
        """
        db = self._writable()
        gname = self._graph_name(readout_iri, _Converter())
        # N-Triples write every blank node as "_:label": without those bytes there is
        # none, and a new graph needs no comparison with what was stored
        if data and b"_:" not in data and not db.contains_named_graph(gname):
            self._dirty = True
            try:
                db.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=gname)
            except SyntaxError as err:
                raise StoreError(
                    f"invalid N-Triples for {readout_iri}: {_first_line(err)}"
                ) from err
            except OSError as err:
                raise StoreError(f"write to store {self._path} failed: {_first_line(err)}") from err
            self._written(data.count(b"\n"))
            return True
        return self._put_quads(gname, set(readout_ntriples_quads(readout_iri, data, gname)))

    def _put_quads(self, gname: Any, new: set[Any], *, bnodes: bool | None = None) -> bool:
        """Make the stored graph ``gname`` hold exactly ``new``, in one transaction.

        A graph the store does not hold yet (the common case in an ingest) is
        written with ``Store.extend``, which is transactional and skips
        building and parsing a SPARQL update (about half the write time); a
        replacement goes through the SPARQL operations of :meth:`_ops_for`.
        """
        db = self._writable()
        if bnodes is None:
            bnodes = _has_bnode(new)
        if new and not bnodes and not db.contains_named_graph(gname):
            self._dirty = True
            try:
                db.extend(new)
            except OSError as err:
                raise StoreError(f"write to store {self._path} failed: {_first_line(err)}") from err
            self._written(len(new))
            return True
        ops = self._ops_for(gname, new)
        if ops:
            self._update(" ;\n".join(ops))
            self._written(len(new))
        return bool(ops)

    def put_readouts(self, items: Iterable[tuple[URIRef, Graph]]) -> list[bool]:
        """:meth:`put_readout` for many readouts in one transaction; one flag per item.

        A readout named twice is stored once, from its last graph.

        >>> import tempfile
        >>> from rdflib import Graph
        >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
        ...     s.put_readouts([(ID["readout/1"], Graph()), (ID["readout/2"], Graph())])
        [True, True]
        """
        self._writable()
        items = list(items)
        last = {name: i for i, (name, _) in enumerate(items)}
        convert = _Converter()
        flags: list[bool] = []
        ops: list[str] = []
        for i, (name, graph) in enumerate(items):
            if last[name] != i:
                flags.append(False)
                continue
            mine = self._replace_ops(name, graph, convert)
            flags.append(bool(mine))
            ops.extend(mine)
        if ops:
            self._update(" ;\n".join(ops))
            self._written(sum(len(graph) for _, graph in items))
        return flags

    def has_readout(self, readout_iri: URIRef) -> bool:
        """True when the store holds the readout's graph.

        >>> import tempfile
        >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
        ...     s.has_readout(ID["readout/1"])
        False
        """
        return self._ox.contains_named_graph(ox.NamedNode(str(readout_iri)))

    def _graph_names(self) -> Iterator[str]:
        return (g.value for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode))

    def delete_readout(self, readout_iri: URIRef) -> bool:
        """Remove a readout's graph; False when it was not there."""
        db = self._writable()
        name = ox.NamedNode(str(readout_iri))
        if not db.contains_named_graph(name):
            return False
        self._update(f"DROP GRAPH {name}")
        return True

    def _graph_triples(self, name: URIRef) -> Iterator[Any]:
        return self._ox.quads_for_pattern(None, None, None, ox.NamedNode(str(name)))

    # ------------------------------------------------------------ vocabulary

    def vocabulary_hash(self) -> str | None:
        """The content hash of the stored vocabulary, None before the first ingest."""
        return _read_marker(self._path).get("vocabulary_hash")

    def ensure_vocabulary(self, graph: Graph) -> bool:
        """Store ``graph`` as :data:`VOCAB_GRAPH` unless the same content is there already.

        The content hash (canonical N-Triples, SHA-256) is kept in the marker
        file. Returns True when the vocabulary was (re)written.
        """
        db = self._writable()
        quads = vocabulary_quads(graph)
        digest = graph_hash(quads)
        if self.vocabulary_hash() == digest and db.contains_named_graph(_VOCAB):
            return False
        ops = [f"DROP SILENT GRAPH {_VOCAB}", f"CREATE SILENT GRAPH {_VOCAB}"]
        if quads:
            ops.append(f"INSERT DATA {{ {_data_block(_VOCAB, quads)} }}")
        self._update(" ;\n".join(ops))
        _write_marker(self._path, {**_read_marker(self._path), "vocabulary_hash": digest})
        return True

    # ------------------------------------------------------------ queries

    def _subs(self, bindings: Mapping[str, Node] | None) -> dict[Any, Any]:
        return {ox.Variable(k.lstrip("?$")): to_ox(v) for k, v in (bindings or {}).items()}

    def _query(self, query: str, bindings: Bindings, prefixes: Prefixes) -> Any:
        query, bindings = _inline_bindings(query, bindings)
        query = guard_query(query)
        try:
            return self._ox.query(
                query,
                use_default_graph_as_union=True,
                substitutions=self._subs(bindings) or None,
                prefixes=prefixes or None,
            )
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax error: {_first_line(err)}; fix the query") from err
        except RuntimeError as err:
            raise QueryError(f"SPARQL error: {_first_line(err)}; fix the query") from err
        except OSError as err:
            raise StoreError(f"reading store {self._path} failed: {_first_line(err)}") from err

    def _run_worker(
        self, query: str, bindings: Bindings, prefixes: Prefixes, result_format: str, timeout: float
    ) -> bytes:
        """Run one query in a child process that is killed after ``timeout`` seconds."""
        query, bindings = _inline_bindings(query, bindings)
        query = guard_query(query)
        self._ox  # noqa: B018 - raises when closed
        if self._read_only:
            return self._spawn_worker(query, bindings, prefixes, result_format, timeout)
        # A read-only open while this process has the store open for writing can
        # fail (RocksDB compacts files away under it): close our handle, keep
        # the exclusive flock so no one else gets in, reopen when the worker is done.
        self._flush()
        self._db = None
        try:
            return self._spawn_worker(query, bindings, prefixes, result_format, timeout)
        finally:
            try:
                self._db = ox.Store(str(self._path / DATA_DIR))
            except (OSError, RuntimeError) as err:
                _unlock(self._lock_fd)
                self._lock_fd = None
                raise StoreError(
                    f"cannot reopen store {self._path} after a query: {_first_line(err)}"
                ) from err

    def _spawn_worker(
        self, query: str, bindings: Bindings, prefixes: Prefixes, result_format: str, timeout: float
    ) -> bytes:
        table, rdf = _result_format(result_format)
        request = {
            "data": str(self._path / DATA_DIR),
            "query": query,
            "subs": {str(k.value): str(v) for k, v in self._subs(bindings).items()},
            "prefixes": dict(prefixes or {}),
            "table": table,
            "rdf": rdf,
        }
        try:
            proc = subprocess.Popen(
                [sys.executable, "-c", _WORKER],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                cwd=str(self._path / DATA_DIR),
            )
        except OSError as err:
            raise StoreError(
                f"cannot start the query process ({_first_line(err)}); run without a timeout"
            ) from err
        try:
            out, err = proc.communicate(json.dumps(request).encode("utf-8"), timeout=timeout)
        except subprocess.TimeoutExpired:
            raise QueryError(
                f"query exceeded the {timeout:g} s time limit; narrow it or raise --timeout"
            ) from None
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
        message = err.decode("utf-8", "replace").strip().splitlines()
        first = message[0] if message else f"exit status {proc.returncode}"
        if proc.returncode == 0:
            return out
        if proc.returncode == 65:
            raise QueryError(f"SPARQL error: {first}; fix the query")
        if proc.returncode == 66:
            raise QueryError(_wrong_format(result_format, graph=first == "graph"))
        last = message[-1] if message else f"exit status {proc.returncode}"
        raise StoreError(f"the query process failed on store {self._path}: {last}")

    def _execute(
        self, query: str, bindings: Bindings, prefixes: Prefixes, timeout: float | None
    ) -> Any:
        """Bound values become a ``VALUES`` block opening the WHERE group (see
        :func:`_inline_bindings`), else pyoxigraph substitutions. With
        ``timeout`` the query runs in a child process killed at the deadline:
        about 40 ms extra, 60 ms on a store open for writing (whose handle is
        closed and reopened around the child)."""
        if timeout is None:
            return self._query(query, bindings, prefixes)
        raw = self._run_worker(query, bindings, prefixes, "json", timeout)
        return ox.parse_query_results(raw, format=ox.QueryResultsFormat.JSON)

    def _serialized(
        self, query: str, bindings: Bindings, prefixes: Prefixes, timeout: float | None, fmt: str
    ) -> bytes:
        if timeout is None:
            return super()._serialized(query, bindings, prefixes, timeout, fmt)
        return self._run_worker(query, bindings, prefixes, fmt, timeout)  # serialized by the child

    def update(self, update: str, *, prefixes: Mapping[str, str] | None = None) -> None:
        """Apply a SPARQL update in one transaction; SERVICE and LOAD are refused.

        This is the raw write path of ``kg sparql --allow-update``: it does not
        validate (:func:`kg.sparql.run_query` does, after it).
        """
        db = self._writable()
        update = guard_update(update)
        self._dirty = True
        try:
            db.update(update, prefixes=dict(prefixes) if prefixes else None)
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax error: {_first_line(err)}; fix the update") from err
        except OSError as err:
            raise StoreError(f"write to store {self._path} failed: {_first_line(err)}") from err

    # ------------------------------------------------------------ reading the union

    def quads(self, *, include_vocabulary: bool = True) -> Iterator[Any]:
        """Every stored quad (pyoxigraph terms), optionally without the vocabulary graph."""
        for quad in self._ox.quads_for_pattern(None, None, None, None):
            if include_vocabulary or quad.graph_name != _VOCAB:
                yield quad

    def _read(self, query: str, result_format: Any) -> bytes:
        """Run a query kg wrote itself (not guarded) and serialize its result.

        Always with the union as default graph: queries that name their
        graphs (``GRAPH ?g``, ``union=False`` below) see the named graphs alike.
        """
        try:
            result = self._ox.query(query, use_default_graph_as_union=True)
            return result.serialize(format=result_format)
        except OSError as err:
            raise StoreError(f"reading store {self._path} failed: {_first_line(err)}") from err

    def _construct_ntriples(self, query: str, *, union: bool) -> bytes:
        return self._read(query, ox.RdfFormat.N_TRIPLES)

    def _select_terms(self, query: str, *, union: bool) -> list[str]:
        # TSV writes IRIs and blank nodes as N-Triples does, without a Python object per row
        return self._read(query, ox.QueryResultsFormat.TSV).decode("utf-8").split("\n")[1:-1]

    def blank_node_ntriples(
        self, *, include_vocabulary: bool = True, subjects: Iterable[str] | None = None
    ) -> bytes:
        """Every triple of the union with a blank node as subject or object, as N-Triples.

        The blank nodes are found by scans for distinct subjects and objects,
        their triples through the indexes (three times faster over a 10k
        store than one scan filtering on ``isBlank``). ``subjects``, the
        result of :meth:`subjects` when the caller has it, saves one scan.

        >>> import tempfile
        >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
        ...     s.blank_node_ntriples()
        b''
        """
        db = self._ox
        if subjects is None:
            subjects = self._distinct("s", include_vocabulary)
        terms = itertools.chain(subjects, self._distinct("o", include_vocabulary))
        labels = {term[2:] for term in terms if term.startswith("_:")}
        left_out = () if include_vocabulary else (_VOCAB, ox.DefaultGraph())
        triples: set[Any] = set()
        try:
            for label in labels:
                node = ox.BlankNode(label)
                for quads in (
                    db.quads_for_pattern(node, None, None, None),
                    db.quads_for_pattern(None, None, node, None),
                ):
                    triples.update(q.triple for q in quads if q.graph_name not in left_out)
        except OSError as err:
            raise StoreError(f"reading store {self._path} failed: {_first_line(err)}") from err
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)

    def _dump_dataset(self, rdf_format: Any, include_vocabulary: bool) -> bytes:
        if include_vocabulary:  # Oxigraph's own dump: no Python object per quad
            return self._ox.dump(format=rdf_format)
        return super()._dump_dataset(rdf_format, include_vocabulary)


# ---------------------------------------------------------------- helpers


def _inline_bindings(query: str, bindings: Bindings) -> tuple[str, Bindings]:
    """Bound values as a ``VALUES`` block opening the WHERE group, when the query allows it.

    Oxigraph (0.5) answers kg's queries far faster with the values in a
    ``VALUES`` block than with the same values as ``substitutions``:
    ``kg ask "who supports one-China"`` on a 10k-readout store read its 336
    rows in 2.96 s through substitutions and in 0.09 s through ``VALUES``. The block is written by :func:`kg.remote.bind_values`
    (serialized terms, never raw text), as for a SPARQL server. Blank nodes,
    values SPARQL cannot spell the same way, and queries without a plain
    WHERE group keep the substitutions.

    >>> from rdflib import Literal
    >>> _inline_bindings("SELECT ?x WHERE { ?s ?p ?x }", {"x": Literal("a")})
    ('SELECT ?x WHERE { VALUES (?x) { ("a") } ?s ?p ?x }', None)
    """
    if not bindings or any(isinstance(v, BNode) for v in bindings.values()):
        return query, bindings
    from kg.remote import bind_values

    try:
        return bind_values(query, bindings), None
    except QueryError:
        return query, bindings


def readout_nquads(readout_iri: URIRef, graph: Graph) -> bytes:
    """``graph`` as N-Quads in the named graph ``readout_iri``, for :meth:`Store.put_readout_nquads`.

    Terms are converted exactly as :meth:`Store.put_readout` converts them,
    so both paths store the same quads.

    >>> from rdflib import Graph
    >>> readout_nquads(ID["readout/1"], Graph())
    b''
    """
    convert = _Converter()
    quads = _quads(graph, convert(readout_iri), convert)
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


def readout_ntriples(graph: Graph) -> bytes:
    """``graph`` as N-Triples, for :meth:`Store.put_readout_ntriples`.

    Terms are converted exactly as :meth:`Store.put_readout` converts them,
    so both paths store the same quads.

    >>> from rdflib import Graph
    >>> readout_ntriples(Graph())
    b''
    """
    return ox.serialize(_quads(graph, None, _Converter()), format=ox.RdfFormat.N_TRIPLES)


def _quads(graph: Graph, gname: Any, convert: _Converter) -> list[Any]:
    """The triples of ``graph`` as pyoxigraph quads in the graph ``gname`` (None: the
    default graph).

    The converter's cache is read inline, and a run of triples of one subject
    (the graph builder adds them so) converts the subject once: ~40% of the time
    of converting every term through ``convert``.
    """
    from kg.graph import readout_triples

    known = convert.cache.get
    quad = ox.Quad
    graph_name = () if gname is None else (gname,)
    quads = []
    last = last_ox = None
    triples = readout_triples(graph)
    for s, p, o in graph if triples is None else triples:
        if s is not last:
            last = s
            last_ox = known(s)
            if last_ox is None:
                last_ox = convert(s)
        p_ox = known(p)
        o_ox = known(o)
        quads.append(
            quad(
                last_ox,
                convert(p) if p_ox is None else p_ox,
                convert(o) if o_ox is None else o_ox,
                *graph_name,
            )
        )
    return quads


def _read_marker(path: Path) -> dict[str, Any]:
    try:
        data = json.loads((path / MARKER_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise StoreError(
            f"{path / MARKER_FILE} is unreadable ({_first_line(err)}); re-create the store"
        ) from err
    if not isinstance(data, dict):
        raise StoreError(f"{path / MARKER_FILE} is not a kg store marker; re-create the store")
    return data


def _write_marker(path: Path, data: dict[str, Any]) -> None:
    marker = path / MARKER_FILE
    tmp = marker.with_name(f".{MARKER_FILE}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(tmp, marker)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"cannot write {marker}: {_first_line(err)}") from err


def _check_marker(path: Path) -> None:
    data = _read_marker(path)
    if data.get("format") != FORMAT_NAME:
        raise StoreError(f"{path / MARKER_FILE} is not a kg store marker; re-create the store")
    if data.get("version") != FORMAT_VERSION:
        raise StoreError(
            f"store {path} has format version {data.get('version')}, this kg reads version "
            f"{FORMAT_VERSION}; re-create it with `kg ingest`"
        )


def _prepare_new_directory(path: Path) -> None:
    """Make ``path`` for a new store; refuse files and non-empty foreign directories."""
    # an interrupted creation leaves only these; a racing creator may have finished meanwhile
    leftovers = {LOCK_FILE, DATA_DIR, MARKER_FILE}
    try:
        if path.exists():
            if not path.is_dir():
                raise StoreError(f"{path} is a file, not a kg store; choose a directory")
            foreign = [
                p.name
                for p in path.iterdir()
                if p.name not in leftovers and not p.name.startswith(f".{MARKER_FILE}.")
            ]
            if foreign:
                raise StoreError(
                    f"{path} is not a kg store and is not empty; choose a new or empty directory"
                )
        path.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"cannot create a store at {path}: {_first_line(err)}") from err


def _create(path: Path) -> None:
    try:
        ox.Store(str(path / DATA_DIR))  # creates the RocksDB files, closed when collected
    except (OSError, RuntimeError) as err:
        raise StoreError(f"cannot create a store at {path}: {_first_line(err)}") from err
    _write_marker(path, {"format": FORMAT_NAME, "version": FORMAT_VERSION})
