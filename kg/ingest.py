"""The ingest pipeline: files -> readouts -> positions -> graphs -> SHACL -> store.

One readout is one transaction: a readout that fails to load, extract or
validate is reported and not stored; the others land.

>>> report = IngestReport(readouts=2, positions=5, unchanged=1, failures=())
>>> report.ok
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.errors import KGError
from kg.readout import Readout, expand_paths, load_batch

if TYPE_CHECKING:
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
    report = validate_graph(graph)
    if not report.conforms:
        first = report.violations[0].message if report.violations else "does not conform"
        raise ValidationError(
            f"{readout.path}: the extracted graph violates the shapes ({len(report.violations)} "
            f"violation(s); first: {first})"
        )
    return Prepared(readout, extraction, readout_node(readout), graph)


def iter_prepared(
    paths: Iterable[str], *, default_date: dt.date | None = None, extractor: Extractor | None = None
) -> Iterator[tuple[str, list[Prepared], list[Failure]]]:
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
            except KGError as err:
                failed.append(Failure(readout.path, str(err)))
        yield path, done, failed


def ingest(
    store: Store,
    paths: Iterable[str],
    *,
    default_date: dt.date | None = None,
    extractor: Extractor | None = None,
    progress: Callable[[str], None] | None = None,
) -> IngestReport:
    """Load, extract, validate and store every readout under ``paths``.

    Bad files are reported in the result and skipped; each good readout is
    written in its own transaction, replacing its named graph, so ingesting
    the same files twice changes nothing.
    """
    from kg.resources import vocabulary_graph

    store.ensure_vocabulary(vocabulary_graph())
    files = expand_paths(list(paths))
    stored = positions = unchanged = 0
    failures: list[Failure] = []
    for path, prepared, failed in iter_prepared(
        files, default_date=default_date, extractor=extractor
    ):
        failures.extend(failed)
        for item in prepared:
            try:
                changed = store.put_readout(item.name, item.graph)
            except KGError as err:
                failures.append(Failure(item.readout.path, str(err)))
                continue
            stored += 1
            positions += len(item.extraction.positions)
            unchanged += 0 if changed else 1
        if progress:
            progress(path)
    return IngestReport(stored, positions, unchanged, tuple(failures))
