"""The ingest pipeline: files -> readouts -> positions -> graphs -> SHACL -> store.

One readout is one transaction: a readout that fails to load, extract or
validate is reported and not stored; the others land.

With ``jobs > 1`` the pure part of the work (:func:`prepare`: extraction,
graph building, SHACL validation) runs in a pool of forked worker processes
while this process loads the files and stays the only writer of the store;
results are written in input order, so the store, the report and the
failures are the same as with one process.

>>> report = IngestReport(readouts=2, positions=5, unchanged=1, failures=())
>>> report.ok
True
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import deque
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.errors import ExtractorUnavailableError, KGError
from kg.readout import Readout, expand_paths, load_batch

if TYPE_CHECKING:
    from concurrent.futures import Future

    from rdflib import Graph, URIRef

    from kg.extract import Extraction, Extractor
    from kg.store import Store


@dataclass(frozen=True)
class Failure:
    """A file or readout that did not land, and why (one line)."""

    path: str
    message: str


@dataclass(frozen=True)
class IngestReport:
    """What an ingest did: readouts stored, positions in them, failures."""

    readouts: int
    positions: int
    unchanged: int
    failures: tuple[Failure, ...]

    @property
    def ok(self) -> bool:
        """True when nothing failed."""
        return not self.failures


@dataclass(frozen=True)
class Prepared:
    """A readout extracted, turned into RDF and validated, ready to store."""

    readout: Readout
    extraction: Extraction
    name: URIRef
    graph: Graph


def prepare(readout: Readout, extractor: Extractor | None = None) -> Prepared:
    """Extract, build and validate one readout's graph; raises ValidationError.

    >>> from kg.readout import parse_readout
    >>> p = prepare(parse_readout("---\\ndate: 2020-01-02\\n---\\nChina supports multilateralism.", "x"))
    >>> len(p.extraction.positions)
    1
    """
    from kg.errors import ValidationError
    from kg.extract import extract
    from kg.graph import build_graph, readout_node
    from kg.validate import validate_graph

    extraction = extract(readout, extractor)
    graph = build_graph(extraction)
    report = validate_graph(graph, in_place=True)
    if not report.conforms:
        first = report.violations[0].message if report.violations else "does not conform"
        raise ValidationError(
            f"{readout.path}: the extracted graph violates the shapes ({len(report.violations)} "
            f"violation(s); first: {first})"
        )
    return Prepared(readout, extraction, readout_node(readout), graph)


def iter_prepared(
    paths: Iterable[str], *, default_date: dt.date | None = None, extractor: Extractor | None = None
) -> Generator[tuple[str, list[Prepared], list[Failure]], None, None]:
    """For each file: the readouts prepared from it and the failures met."""
    for path in paths:
        done: list[Prepared] = []
        failed: list[Failure] = []
        try:
            batch = load_batch(path, default_date=default_date)
        except KGError as err:
            yield path, [], [Failure(path, str(err))]
            continue
        failed.extend(Failure(path, problem) for problem in batch.problems)
        for readout in batch.readouts:
            try:
                done.append(prepare(readout, extractor))
            except ExtractorUnavailableError:
                raise  # every further readout would fail alike: stop (what is stored stays)
            except KGError as err:
                failed.append(Failure(readout.path, str(err)))
        yield path, done, failed


# ---------------------------------------------------------------- parallel preparation

#: Readouts per task sent to a worker (a JSON Lines file is cut into such chunks).
CHUNK = 8
#: Tasks queued per worker ahead of the writer: keeps workers busy while bounding
#: the prepared graphs held in memory.
AHEAD = 4

_WORKER_EXTRACTOR: Extractor | None = None


def _exit_with_parent() -> None:
    """Worker: exit when the ``kg ingest`` that forked it dies, even by ``kill -9``.

    Pool workers wait on a queue whose pipe they hold open themselves, so they
    would otherwise wait forever as orphans.
    """
    import multiprocessing
    import os
    import threading
    import time

    parent = multiprocessing.parent_process()
    if parent is None or parent.pid is None:
        return

    def watch(pid: int = parent.pid) -> None:
        while os.getppid() == pid:
            time.sleep(0.25)
        os._exit(1)

    threading.Thread(target=watch, name="kg-watch-parent", daemon=True).start()


def _init_worker(extractor: Extractor | None) -> None:
    """Pool initializer: build the extractor once per worker and warm the validator.

    Ctrl-C is left to the parent, which stops the pool; the workers ignore it.
    """
    import signal

    global _WORKER_EXTRACTOR
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()
    from kg.extract import default_extractor
    from kg.resources import shapes_graph, vocabulary_graph

    _WORKER_EXTRACTOR = extractor if extractor is not None else default_extractor()
    vocabulary_graph()
    shapes_graph()


@dataclass(frozen=True)
class Shipped:
    """A readout prepared in a worker, as it travels to the writer.

    The graph travels as N-Triples (:func:`kg.store.readout_ntriples`): the
    one writing process, the part that does not parallelise, hands them to
    Oxigraph to load into the readout's graph, which costs a fraction of
    unpickling an rdflib graph (about 5 ms for a readout of 350 triples) or
    of parsing N-Quads into Python quads (0.7 ms).
    """

    path: str
    name: URIRef
    positions: int
    ntriples: bytes


def _prepare_chunk(readouts: Sequence[Readout]) -> list[Shipped | Failure]:
    """Worker task: :func:`prepare` each readout; a :class:`KGError` becomes a Failure."""
    from kg.store import readout_ntriples

    out: list[Shipped | Failure] = []
    for readout in readouts:
        try:
            item = prepare(readout, _WORKER_EXTRACTOR)
        except KGError as err:
            out.append(Failure(readout.path, str(err)))
        else:
            data = readout_ntriples(item.graph)
            out.append(Shipped(readout.path, item.name, len(item.extraction.positions), data))
    return out


def iter_shipped(
    paths: Iterable[str],
    *,
    jobs: int,
    default_date: dt.date | None = None,
    extractor: Extractor | None = None,
    chunk: int = CHUNK,
) -> Generator[tuple[str, list[Shipped], list[Failure]], None, None]:
    """:func:`iter_prepared` with :func:`prepare` run in ``jobs`` forked processes.

    Files are loaded here and their readouts sent to the workers in chunks of
    ``chunk``; results come back in input order, failures in the order
    :func:`iter_prepared` reports them, at most ``jobs * AHEAD`` tasks ahead
    of the consumer (so memory stays bounded whatever the corpus size). The
    pool uses the ``fork`` start method: workers inherit the vocabularies and
    ``extractor`` (which need not be picklable) instead of rebuilding them.
    A worker that dies (killed, out of memory) ends the run with an
    :class:`~kg.errors.ExtractionError`; what was stored before stays.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from kg.errors import ExtractionError
    from kg.extract import default_extractor
    from kg.resources import shapes_graph, vocabulary_graph

    # Built before forking, these are inherited by every worker instead of rebuilt.
    if extractor is None:
        default_extractor()
    vocabulary_graph()
    shapes_graph()
    window = max(1, jobs) * AHEAD
    pending: deque[tuple[str, list[Failure], list[Future]]] = deque()
    queued = 0

    def collect() -> tuple[str, list[Shipped], list[Failure]]:
        nonlocal queued
        path, failed, tasks = pending.popleft()
        queued -= len(tasks)
        done: list[Shipped] = []
        for task in tasks:
            for result in task.result():
                if isinstance(result, Failure):
                    failed.append(result)
                else:
                    done.append(result)
        return path, done, failed

    pool = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_init_worker,
        initargs=(extractor,),
    )
    try:
        for path in paths:
            try:
                batch = load_batch(path, default_date=default_date)
            except KGError as err:
                pending.append((path, [Failure(path, str(err))], []))
            else:
                readouts = batch.readouts
                tasks = [
                    pool.submit(_prepare_chunk, readouts[i : i + chunk])
                    for i in range(0, len(readouts), chunk)
                ]
                pending.append((path, [Failure(path, p) for p in batch.problems], tasks))
                queued += len(tasks)
            while pending and (queued > window or not pending[0][2]):
                yield collect()
        while pending:
            yield collect()
    except BrokenProcessPool as err:
        where = f" while preparing {pending[0][0]}" if pending else ""
        raise ExtractionError(
            f"a worker process died{where} ({err}); rerun with --jobs 1 to see why"
        ) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _write(store: Store, item: Prepared | Shipped) -> bool:
    """Store one readout in its own transaction; False when the store held it already."""
    if isinstance(item, Shipped):
        return store.put_readout_ntriples(item.name, item.ntriples)
    return store.put_readout(item.name, item.graph)


def _facts(item: Prepared | Shipped) -> tuple[str, int]:
    """The readout's path and its number of positions."""
    if isinstance(item, Shipped):
        return item.path, item.positions
    return item.readout.path, len(item.extraction.positions)


def ingest(
    store: Store,
    paths: Iterable[str],
    *,
    default_date: dt.date | None = None,
    extractor: Extractor | None = None,
    progress: Callable[[str], None] | None = None,
    jobs: int = 1,
) -> IngestReport:
    """Load, extract, validate and store every readout under ``paths``.

    Bad files are reported in the result and skipped; each good readout is
    written in its own transaction, replacing its named graph, so ingesting
    the same files twice changes nothing. ``jobs > 1`` prepares readouts in
    that many worker processes (:func:`iter_shipped`); this process
    still writes every readout, in the same order, with the same result.
    ``progress`` is called with each file's path once the file is done.
    """
    from kg.resources import vocabulary_graph

    store.ensure_vocabulary(vocabulary_graph())
    files = expand_paths(list(paths))
    with _frozen_heap(extractor) if files else contextlib.nullcontext():
        return _ingest(store, files, default_date, extractor, progress, jobs)


@contextlib.contextmanager
def _frozen_heap(extractor: Extractor | None) -> Generator[None, None, None]:
    """Build the extractor and the validator, then keep every object alive now out of
    the cyclic garbage collector's passes until the block ends (``gc.freeze``).

    The lexicon and the vocabularies are hundreds of thousands of objects that
    every full collection walked again: ~3% of an ingest's CPU. Forked workers
    inherit the frozen heap, and the collector no longer writes to those pages.
    """
    import gc

    from rdflib import Graph

    from kg.extract import default_extractor
    from kg.validate import validate_graph

    if gc.get_freeze_count():  # the caller froze objects: leave its heap as it is
        yield
        return
    if extractor is None:
        default_extractor()
    validate_graph(Graph())  # compiles the shapes and indexes the vocabulary
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _ingest(
    store: Store,
    files: list[str],
    default_date: dt.date | None,
    extractor: Extractor | None,
    progress: Callable[[str], None] | None,
    jobs: int,
) -> IngestReport:
    """:func:`ingest` once the vocabulary is stored and the paths expanded."""
    stored = positions = unchanged = 0
    failures: list[Failure] = []
    results: Generator[tuple[str, Sequence[Prepared | Shipped], list[Failure]], None, None]
    if jobs > 1:
        results = iter_shipped(files, jobs=jobs, default_date=default_date, extractor=extractor)
    else:
        results = iter_prepared(files, default_date=default_date, extractor=extractor)
    with contextlib.closing(results):  # stops the workers if writing fails
        for path, prepared, failed in results:
            failures.extend(failed)
            for item in prepared:
                where, count = _facts(item)
                try:
                    changed = _write(store, item)
                except KGError as err:
                    failures.append(Failure(where, str(err)))
                    continue
                stored += 1
                positions += count
                unchanged += 0 if changed else 1
            if progress:
                progress(path)
    return IngestReport(stored, positions, unchanged, tuple(failures))
