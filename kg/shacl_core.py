"""Compiled SHACL-Core checks: a small interpreter of SHACL shapes graphs.

pySHACL spends ~20 ms of CPU on each readout's graph of a few hundred
triples, most of it in generic machinery (shape look-ups in the shapes graph,
rdflib pattern matches, report graphs). This module reads a shapes graph once,
compiles every shape into plain Python checks, and evaluates a data graph
from one pass over its triples (about 1 ms per readout).

It is generic but deliberately small: it supports the SHACL-Core features
``ontology/shapes.ttl`` uses (``sh:targetClass``; property shapes whose
``sh:path`` is one IRI; ``sh:minCount``, ``sh:maxCount``, ``sh:datatype``,
``sh:class``, ``sh:nodeKind``, ``sh:minInclusive``, ``sh:in``,
``sh:pattern``, ``sh:minLength``, ``sh:lessThan``, ``sh:languageIn``,
``sh:uniqueLang``, ``sh:qualifiedValueShape`` with ``sh:qualifiedMinCount``
/ ``sh:qualifiedMaxCount``, ``sh:or``; ``sh:message``, ``sh:severity``).
:func:`compile_shapes` refuses anything else with an
:class:`~kg.errors.UnsupportedShapesError`, and callers then run pySHACL.

Where pySHACL itself departs from the SHACL specification, the compiler
either does what pySHACL does (comparisons for ``sh:minInclusive`` and
``sh:lessThan`` use rdflib's literal ordering; ``sh:pattern`` uses Python's
``re.search``) or refuses the feature (``sh:datatype rdfs:Literal``, language
ranges with subtags, ``sh:severity`` on shapes used inside ``sh:or`` or
``sh:qualifiedValueShape``), so that both engines report the same
violations; ``tests/test_shacl_core.py`` checks that they do.

>>> from rdflib import Graph
>>> shapes = Graph().parse(format="turtle", data='''
...   @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <urn:ex:> .
...   ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ;
...       sh:message "needs ex:p" ] .''')
>>> data = Graph().parse(format="turtle", data="<urn:ex:a> a <urn:ex:C> .")
>>> [v.line() for v in compile_shapes(shapes).validate(data)]
['Violation: urn:ex:a urn:ex:p: needs ex:p']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

import rdflib.namespace as rdfns
from rdflib import RDF, RDFS, BNode, Literal, URIRef
from rdflib.namespace import SH

from kg.errors import UnsupportedShapesError
from kg.validate import Violation

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.term import Node

    Triple = tuple[Node, Node, Node]

_SH = str(SH)
# XSD is reached through the module: pytest's doctest collection inspects
# module-level names, and rdflib warns on every unknown XSD attribute asked for.
_XSD_STRING = rdfns.XSD.string
# The one object of each, shared by compiled shapes and data (see _Data).
_RDF_TYPE = RDF.type
_SUBCLASS_OF = RDFS.subClassOf
_LANG_STRING = RDF.langString
_EMPTY: frozenset[Node] = frozenset()
# Exact types that are never literals: ``type(x) in _KEYED`` settles what
# ``isinstance(x, Literal)`` would (a Python-level ABC check, rdflib's Node being an ABC).
_KEYED = frozenset((URIRef, BNode))
#: Entries a check keeps in its memo of results (see _MinInclusive).
_MEMO_SIZE = 65536

#: Shape predicates that take part in validation and are compiled.
_PARAMETERS = frozenset(
    SH[name]
    for name in (
        "minCount",
        "maxCount",
        "datatype",
        "class",
        "nodeKind",
        "minInclusive",
        "in",
        "pattern",
        "minLength",
        "lessThan",
        "languageIn",
        "uniqueLang",
        "qualifiedValueShape",
        "qualifiedMinCount",
        "qualifiedMaxCount",
        "qualifiedValueShapesDisjoint",
        "or",
    )
)
#: Other SHACL predicates a shapes graph may use here: structure, reporting, and
#: non-validating annotations (which pySHACL ignores too).
_STRUCTURE = frozenset(
    SH[name]
    for name in (
        "targetClass",
        "property",
        "path",
        "message",
        "severity",
        "name",
        "description",
        "order",
        "group",
        "defaultValue",
    )
)
#: Parameters that only make sense on a property shape (SHACL 4.2, 4.5, 4.7.3).
_PROPERTY_ONLY = frozenset(
    SH[name]
    for name in (
        "minCount",
        "maxCount",
        "lessThan",
        "uniqueLang",
        "qualifiedValueShape",
        "qualifiedMinCount",
        "qualifiedMaxCount",
        "qualifiedValueShapesDisjoint",
    )
)
#: Parameters whose several values are a conjunction; every other one must be single.
_MULTI = frozenset((SH["class"], SH.lessThan, SH["or"], SH.targetClass, SH.property, SH.message))
_NODE_KINDS: dict[Node, tuple[type, ...]] = {
    SH.IRI: (URIRef,),
    SH.BlankNode: (BNode,),
    SH.Literal: (Literal,),
    SH.BlankNodeOrIRI: (BNode, URIRef),
    SH.BlankNodeOrLiteral: (BNode, Literal),
    SH.IRIOrLiteral: (URIRef, Literal),
}


def _short(node: Node) -> str:
    """``sh:x`` for SHACL terms, the IRI (or literal) otherwise, for messages."""
    text = str(node)
    return "sh:" + text[len(_SH) :] if text.startswith(_SH) else text


# ---------------------------------------------------------------- the data


class _Data:
    """The triples a validation needs, indexed once: objects by (subject, predicate),
    instances by class, and the ``rdfs:subClassOf`` hierarchy of the data graph.

    IRIs and blank nodes are interned: each distinct term is one Python object,
    the one the compiled shapes use when they name it. rdflib's ``__eq__`` is
    Python code and dictionaries call it whenever an equal key is another
    object; with one object per term, look-ups stop at the identity test
    (validation ~2x faster, measured on readout graphs).
    """

    __slots__ = ("_values", "_by_class", "_subclasses", "_supers", "_instance_of")

    def __init__(
        self, triples: Iterable[Triple], predicates: Iterable[Node], terms: Iterable[Node]
    ) -> None:
        canon: dict[Node, Node] = {t: t for t in terms}
        intern = canon.setdefault
        wanted = {p: p for p in predicates}  # the triples of other predicates are skipped
        values: dict[tuple[Node, Node], set[Node]] = {}
        by_class: dict[Node, set[Node]] = {}
        subclasses: dict[Node, set[Node]] = {}
        keyed = _KEYED
        for s, p, o in triples:
            p = wanted.get(p)  # type: ignore[assignment]
            if p is None:
                continue
            s = intern(s, s)
            if o.__class__ in keyed or not isinstance(o, Literal):  # literals are never keys
                o = intern(o, o)
            # Sets, since the triples may repeat (a readout's graph plus vocabulary context).
            found = values.get((s, p))
            if found is None:
                values[(s, p)] = {o}
            else:
                found.add(o)
            if p is _RDF_TYPE:
                by_class.setdefault(o, set()).add(s)
            elif p is _SUBCLASS_OF:
                subclasses.setdefault(o, set()).add(s)
        self._values = values
        self._by_class = by_class
        self._subclasses = subclasses
        self._supers: dict[Node, frozenset[Node]] = {}
        # (node, class) -> is_instance: a readout names the same few states in every position
        self._instance_of: dict[tuple[Node, Node], bool] = {}

    def objects(self, subject: Node, predicate: Node) -> set[Node] | frozenset[Node]:
        return self._values.get((subject, predicate), _EMPTY)

    def superclasses(self, cls: Node) -> frozenset[Node]:
        """``cls`` and every class it is an ``rdfs:subClassOf`` (transitively)."""
        found = self._supers.get(cls)
        if found is None:
            found = frozenset(_closure(cls, lambda c: self.objects(c, _SUBCLASS_OF)))
            self._supers[cls] = found
        return found

    def is_instance(self, node: Node, cls: Node) -> bool:
        """SHACL instance: ``node rdf:type/rdfs:subClassOf* cls`` in the data."""
        if node.__class__ not in _KEYED:
            if isinstance(node, Literal):
                return False
            return any(cls in self.superclasses(t) for t in self.objects(node, _RDF_TYPE))
        key = (node, cls)
        found = self._instance_of.get(key)
        if found is None:
            found = False
            for t in self._values.get((node, _RDF_TYPE), _EMPTY):
                if cls in self.superclasses(t):
                    found = True
                    break
            self._instance_of[key] = found
        return found

    def instances(self, cls: Node) -> set[Node]:
        """Every SHACL instance of ``cls`` (the focus nodes of ``sh:targetClass cls``)."""
        out: set[Node] = set()
        for sub in _closure(cls, lambda c: self._subclasses.get(c, _EMPTY)):
            out |= self._by_class.get(sub, _EMPTY)
        return out


def _closure(start: Node, step: Callable[[Node], Iterable[Node]]) -> set[Node]:
    seen = {start}
    todo = [start]
    while todo:
        for nxt in step(todo.pop()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


# ---------------------------------------------------------------- value tests


def _value_fits(value: Literal, datatype: Node) -> bool:
    """Whether the Python value rdflib parsed matches ``datatype`` (as pySHACL checks)."""
    return isinstance(value.value, _expected_value(datatype))


def _expected_value(datatype: Node) -> type | tuple[type, ...]:
    """The Python type(s) rdflib's value of a literal of ``datatype`` must have."""
    if datatype in _STRING_TYPES:
        return (str, bytes)
    return _PYTHON_TYPES.get(datatype, object)


_STRING_TYPES = frozenset((_XSD_STRING, _LANG_STRING))


_PYTHON_TYPES: dict[Node, type | tuple[type, ...]] = {
    rdfns.XSD.integer: int,
    rdfns.XSD.float: float,
    rdfns.XSD.decimal: Decimal,
    rdfns.XSD.boolean: bool,
    rdfns.XSD.date: date,
    rdfns.XSD.time: time,
    rdfns.XSD.dateTime: datetime,
}


def _has_datatype(node: Node, datatype: Node) -> bool:
    """SHACL ``sh:datatype``: a literal of that datatype that is not ill-typed.

    >>> _has_datatype(Literal("2020-01-02", datatype=rdfns.XSD.date), rdfns.XSD.date)
    True
    >>> _has_datatype(Literal("2020-13-45", datatype=rdfns.XSD.date), rdfns.XSD.date)
    False
    """
    if not isinstance(node, Literal):
        return False
    if node.datatype == datatype:
        return getattr(node, "ill_typed", None) is not True and _value_fits(node, datatype)
    if node.datatype is None:
        # rdflib gives plain and language-tagged literals no datatype: they are
        # xsd:string and rdf:langString for SHACL.
        implied = _XSD_STRING if node.language is None else _LANG_STRING
        return implied == datatype and _value_fits(node, datatype)
    return False


def _compare(a: Literal, b: Literal) -> int:
    """-1, 0 or 1 as rdflib orders two literals (what pySHACL uses); may raise TypeError."""
    if a.eq(b):
        return 0
    if a.value.__class__ in (datetime, time):
        if a.value == b.value:
            return 0
        if a.value > b.value:
            return 1
    elif a > b:
        return 1
    return -1


def _at_least(node: Node, bound: Literal) -> bool:
    """SHACL ``sh:minInclusive``: ``bound <= node``; incomparable values fail."""
    if not isinstance(node, Literal):
        return False
    if isinstance(node.value, str) != isinstance(bound.value, str):
        return False
    try:
        return _compare(node, bound) >= 0
    except (TypeError, NotImplementedError):
        return False


def _is_bnode(node: Node) -> bool:
    """``isinstance(node, BNode)``, the usual classes answered without the ABC check."""
    cls = node.__class__
    if cls is URIRef or cls is Literal:
        return False
    return cls is BNode or isinstance(node, BNode)


def _comparable(node: Node) -> tuple[bool, object]:
    """(is a string, the thing to compare) for ``sh:lessThan``, as pySHACL sees a node."""
    if isinstance(node, URIRef):
        return True, str(node)
    if isinstance(node, Literal) and isinstance(node.value, str):
        return True, node.value
    return False, node


def _less_than(a: Node, b: Node) -> bool:
    """SHACL ``sh:lessThan`` for one pair; blank nodes and incomparable values fail."""
    if isinstance(a, BNode) or isinstance(b, BNode):
        return False
    a_is_string, x = _comparable(a)
    b_is_string, y = _comparable(b)
    if a_is_string != b_is_string:
        return False
    try:
        return bool(x < y)  # type: ignore[operator]
    except TypeError:
        return False


# ---------------------------------------------------------------- constraint components


class _Check(Protocol):
    def fails(self, focus: Node, values: Collection[Node], data: _Data) -> bool: ...

    def describe(self) -> str: ...


@dataclass(frozen=True)
class _MinCount:
    count: int

    def fails(self, focus: Node, values: Collection[Node], data: _Data) -> bool:
        return len(values) < self.count

    def describe(self) -> str:
        return f"Fewer than {self.count} values"


@dataclass(frozen=True)
class _MaxCount:
    count: int

    def fails(self, focus: Node, values: Collection[Node], data: _Data) -> bool:
        return len(values) > self.count

    def describe(self) -> str:
        return f"More than {self.count} values"


@dataclass(frozen=True)
class _Datatype:
    datatype: Node
    # _has_datatype with what depends on the datatype alone worked out once
    _expected: type | tuple[type, ...] = field(init=False, repr=False, compare=False)
    _plain: bool = field(init=False, repr=False, compare=False)  # xsd:string
    _tagged: bool = field(init=False, repr=False, compare=False)  # rdf:langString

    def __post_init__(self) -> None:
        object.__setattr__(self, "_expected", _expected_value(self.datatype))
        object.__setattr__(self, "_plain", self.datatype == _XSD_STRING)
        object.__setattr__(self, "_tagged", self.datatype == _LANG_STRING)

    def fails(self, focus: Node, values: Collection[Node], data: _Data) -> bool:
        datatype = self.datatype
        for v in values:
            if v.__class__ in _KEYED or not isinstance(v, Literal):
                return True
            given = v.datatype
            if given is None:
                # plain and language-tagged literals: xsd:string and rdf:langString
                if not (self._plain if v.language is None else self._tagged):
                    return True
            elif given is datatype or given == datatype:
                if getattr(v, "ill_typed", None) is True:
                    return True
            else:
                return True
            if not isinstance(v.value, self._expected):
                return True
        return False

    def describe(self) -> str:
        return f"Value is not a literal of datatype {_short(self.datatype)}"


@dataclass(frozen=True)
class _Class:
    cls: Node

    def fails(self, focus: Node, values: Collection[Node], data: _Data) -> bool:
        cls = self.cls
        for v in values:  # noqa: SIM110 - a loop: any(<generator>) costs 3x here
            if not data.is_instance(v, cls):
                return True
        return False

    def describe(self) -> str:
        return f"Value is not an instance of {_short(self.cls)}"


@dataclass(frozen=True)
class _NodeKind:
    kind: Node
    types: tuple[type, ...]

    def fails(self, focus: Node, values: Collection[Node], data: _Data) -> bool:
        types = self.types
        # the exact class first: isinstance of an rdflib term is an ABC check
        for v in values:  # noqa: SIM110 - as in _Class
            if v.__class__ not in types and not isinstance(v, types):
                return True
        return False

    def describe(self) -> str:
        return f"Value is not of node kind {_short(self.kind)}"


@dataclass(frozen=True)
class _MinInclusive:
    bound: Literal
    # id(value) -> (value, _at_least(value, bound)): rdflib's literal comparisons are
    # slow and the builder shares one literal object per evidence offset. Keyed by
    # identity (the entry keeps the object alive, so its id stays its own).
    _memo: dict[int, tuple[Node, bool]] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    def fails(self, focus: Node, values: Collection[Node], data: _Data) -> bool:
        bound = self.bound
        memo = self._memo
        for v in values:
            known = memo.get(id(v))
            if known is not None and known[0] is v:
                ok = known[1]
            else:
                ok = _at_least(v, bound)
                if len(memo) < _MEMO_SIZE:
                    memo[id(v)] = (v, ok)
            if not ok:
                return True
        return False

    def describe(self) -> str:
        return f"Value is not >= {self.bound}"


@dataclass(frozen=True)
class _In:
    allowed: frozenset[Node]

    def fails(self, focus: Node, values: Collection[Node], data: _Data) -> bool:
        allowed = self.allowed
        for v in values:  # noqa: SIM110 - as in _Class
            if v not in allowed:
                return True
        return False

    def describe(self) -> str:
        return f"Value is not in ({', '.join(sorted(_short(a) for a in self.allowed))})"


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]

    def fails(self, focus: Node, values: Collection[Node], data: _Data) -> bool:
        search = self.regex.search
        for v in values:  # noqa: SIM110 - as in _Class
            if _is_bnode(v) or not search(str(v)):
                return True
        return False

    def describe(self) -> str:
        return f"Value does not match pattern {self.regex.pattern!r}"


@dataclass(frozen=True)
class _MinLength:
    length: int

    def fails(self, focus: Node, values: Collection[Node], data: _Data) -> bool:
        n = self.length
        for v in values:  # noqa: SIM110 - as in _Class
            if _is_bnode(v) or len(str(v)) < n:
                return True
        return False

    def describe(self) -> str:
        return f"Value has fewer than {self.length} characters"


@dataclass(frozen=True)
class _LessThan:
    other: Node

    def fails(self, focus: Node, values: Collection[Node], data: _Data) -> bool:
        others = data.objects(focus, self.other)
        for v in values:
            for w in others:
                if not _less_than(v, w):
                    return True
        return False

    def describe(self) -> str:
        return f"Value is not less than the values of {_short(self.other)}"


@dataclass(frozen=True)
class _LanguageIn:
    ranges: frozenset[str]  # lower case; "*" matches any tag

    def fails(self, focus: Node, values: Collection[Node], data: _Data) -> bool:
        return not all(self._matches(v) for v in values)

    def _matches(self, node: Node) -> bool:
        if not isinstance(node, Literal) or not node.language:
            return False
        tag = node.language.lower()
        # Basic filtering (RFC 4647) of single-subtag ranges: "en" matches "en" and "en-GB".
        return "*" in self.ranges or tag in self.ranges or tag.split("-", 1)[0] in self.ranges

    def describe(self) -> str:
        return f"Language tag not in ({', '.join(sorted(self.ranges))})"


@dataclass(frozen=True)
class _UniqueLang:
    def fails(self, focus: Node, values: Collection[Node], data: _Data) -> bool:
        seen: set[str] = set()
        for v in values:
            if isinstance(v, Literal) and v.language:
                tag = v.language.lower()
                if tag in seen:
                    return True
                seen.add(tag)
        return False

    def describe(self) -> str:
        return "More than one value with the same language tag"


@dataclass(frozen=True)
class _QualifiedMinCount:
    shape: _Shape
    count: int

    def fails(self, focus: Node, values: Collection[Node], data: _Data) -> bool:
        return sum(1 for v in values if self.shape.conforms(v, data)) < self.count

    def describe(self) -> str:
        return f"Fewer than {self.count} values conform to the qualified value shape"


@dataclass(frozen=True)
class _QualifiedMaxCount:
    shape: _Shape
    count: int

    def fails(self, focus: Node, values: Collection[Node], data: _Data) -> bool:
        return sum(1 for v in values if self.shape.conforms(v, data)) > self.count

    def describe(self) -> str:
        return f"More than {self.count} values conform to the qualified value shape"


@dataclass(frozen=True)
class _Or:
    shapes: tuple[_Shape, ...]

    def fails(self, focus: Node, values: Collection[Node], data: _Data) -> bool:
        shapes = self.shapes
        for v in values:
            for shape in shapes:
                if shape.conforms(v, data):
                    break
            else:
                return True
        return False

    def describe(self) -> str:
        return "Value does not conform to any shape of sh:or"


# ---------------------------------------------------------------- shapes


@dataclass(frozen=True)
class _Shape:
    """A compiled node or property shape (``path`` is None for a node shape)."""

    node: Node
    path: URIRef | None
    checks: tuple[_Check, ...]
    properties: tuple[_Shape, ...]
    message: str | None
    severity: str

    def values(self, focus: Node, data: _Data) -> Collection[Node]:
        return (focus,) if self.path is None else data.objects(focus, self.path)

    def conforms(self, focus: Node, data: _Data) -> bool:
        """Whether ``focus`` conforms (used inside sh:or and sh:qualifiedValueShape)."""
        values = (focus,) if self.path is None else data.objects(focus, self.path)
        for check in self.checks:
            if check.fails(focus, values, data):
                return False
        for prop in self.properties:
            for v in values:
                if not prop.conforms(v, data):
                    return False
        return True

    def report(self, focus: Node, data: _Data, out: list[Violation]) -> None:
        """Append the violations of ``focus`` against this shape to ``out``."""
        values = (focus,) if self.path is None else data.objects(focus, self.path)
        for check in self.checks:
            if check.fails(focus, values, data):
                path = None if self.path is None else str(self.path)
                message = self.message or check.describe()
                out.append(Violation(str(focus), path, message, self.severity))
                if self.message is not None:
                    # Every result of this shape carries the same message, focus and
                    # path, and reports keep distinct violations only: one is enough.
                    break
        for prop in self.properties:
            for v in values:
                prop.report(v, data, out)


@dataclass(frozen=True)
class CompiledShapes:
    """A shapes graph compiled to Python checks; :meth:`validate` runs them."""

    targets: tuple[tuple[tuple[Node, ...], _Shape], ...]
    predicates: tuple[Node, ...]
    terms: tuple[Node, ...]

    def validate(self, triples: Iterable[Triple]) -> list[Violation]:
        """The violations of a data graph (any iterable of triples, e.g. an rdflib Graph).

        >>> from rdflib import Graph
        >>> from kg.resources import shapes_graph
        >>> compile_shapes(shapes_graph()).validate(Graph())
        []
        """
        data = _Data(triples, self.predicates, self.terms)
        out: list[Violation] = []
        for classes, shape in self.targets:
            focus_nodes: set[Node] = set()
            for cls in classes:
                focus_nodes |= data.instances(cls)
            for focus in focus_nodes:
                shape.report(focus, data, out)
        return out


def compile_shapes(shapes: Graph) -> CompiledShapes:
    """Compile a SHACL shapes graph; raises UnsupportedShapesError for what is not supported.

    >>> from rdflib import Graph
    >>> g = Graph().parse(format="turtle", data='''@prefix sh: <http://www.w3.org/ns/shacl#> .
    ...     <urn:S> sh:targetNode <urn:a> ; sh:nodeKind sh:IRI .''')
    >>> compile_shapes(g)
    Traceback (most recent call last):
    ...
    kg.errors.UnsupportedShapesError: the shapes use sh:targetNode, which kg's SHACL-Core checks do not support (run pySHACL instead)
    """
    return _Compiler(shapes).compile()


class _Compiler:
    """One compilation: the shapes graph, the shapes compiled so far, the paths met."""

    def __init__(self, shapes: Graph) -> None:
        self.g = shapes
        self.done: dict[tuple[Node, bool], _Shape] = {}
        self.predicates: set[Node] = {_RDF_TYPE, _SUBCLASS_OF}
        # Every IRI the checks compare data with, one object each (see _Data).
        self.terms: dict[Node, Node] = {_RDF_TYPE: _RDF_TYPE, _SUBCLASS_OF: _SUBCLASS_OF}

    def term(self, node: Node) -> Node:
        return self.terms.setdefault(node, node)

    def refuse(self, what: str) -> UnsupportedShapesError:
        return UnsupportedShapesError(
            f"the shapes use {what}, which kg's SHACL-Core checks do not support (run pySHACL instead)"
        )

    def compile(self) -> CompiledShapes:
        self.scan()
        targets = []
        for node in sorted(set(self.g.subjects(SH.targetClass, None)), key=str):
            classes = tuple(
                self.term(c) for c in sorted(self.g.objects(node, SH.targetClass), key=str)
            )
            targets.append((classes, self.shape(node, nested=False, stack=())))
        # Shapes without targets act only through references; compiling them too
        # refuses an ill-formed one early (pySHACL then runs, as it would anyway).
        for kind in (SH.NodeShape, SH.PropertyShape):
            for node in sorted(set(self.g.subjects(RDF.type, kind)), key=str):
                self.shape(node, nested=False, stack=())
        return CompiledShapes(tuple(targets), tuple(self.predicates), tuple(self.terms))

    def scan(self) -> None:
        """Refuse any SHACL term outside the supported subset, wherever it appears."""
        classes = {RDFS.Class, *self.g.subjects(RDFS.subClassOf, RDFS.Class)}
        for s, p, o in sorted(self.g):  # sorted: the same refusal every time
            if str(p).startswith(_SH) and p not in _PARAMETERS and p not in _STRUCTURE:
                raise self.refuse(_short(p))
            if (
                p == RDF.type
                and str(o).startswith(_SH)
                and o not in (SH.NodeShape, SH.PropertyShape)
            ):
                raise self.refuse(f"{_short(o)} (as the type of {s})")
            if p == RDF.type and o in classes and self.is_shape(s):
                raise self.refuse(f"implicit class targets ({s} is a shape and a class)")

    def is_shape(self, node: Node) -> bool:
        return any(str(p).startswith(_SH) for p in self.g.predicates(node, None))

    def one(self, node: Node, param: Node) -> Node | None:
        found = list(self.g.objects(node, param))
        if len(found) > 1:
            raise self.refuse(f"{_short(param)} more than once on {node}")
        return found[0] if found else None

    def count(self, node: Node, param: Node) -> int | None:
        value = self.one(node, param)
        if value is None:
            return None
        if (
            not isinstance(value, Literal)
            or not isinstance(value.value, int)
            or isinstance(value.value, bool)
            or value.value < 0
        ):
            raise self.refuse(f"{_short(param)} {value!r}, not a non-negative integer, on {node}")
        return value.value

    def items(self, node: Node, param: Node, head: Node) -> list[Node]:
        """The members of a well-formed RDF list."""
        out: list[Node] = []
        seen: set[Node] = set()
        while head != RDF.nil:
            firsts = list(self.g.objects(head, RDF.first))
            rests = list(self.g.objects(head, RDF.rest))
            if len(firsts) != 1 or len(rests) != 1 or head in seen:
                raise self.refuse(
                    f"a {_short(param)} value on {node} that is not a well-formed list"
                )
            seen.add(head)
            out.append(firsts[0])
            head = rests[0]
        return out

    def shape(self, node: Node, *, nested: bool, stack: tuple[Node, ...]) -> _Shape:
        """Compile ``node``; ``nested`` when it is used for conformance (sh:or, qualified)."""
        if node in stack:
            raise self.refuse(f"recursive shapes ({node} refers to itself)")
        severity_node = self.one(node, SH.severity)
        if nested and severity_node not in (None, SH.Violation):
            # With allow_warnings, pySHACL counts a failing nested Warning/Info shape as
            # conforming; SHACL does not. Refused rather than pick one of the two.
            raise self.refuse(
                f"sh:severity on {node}, a shape used inside sh:or or a qualified shape"
            )
        if (node, nested) in self.done:
            # Keyed by use too: the severity rule above applies to every shape under a nested one.
            return self.done[(node, nested)]
        stack = (*stack, node)
        path = self.one(node, SH.path)
        if path is not None:
            if not isinstance(path, URIRef):
                raise self.refuse(f"a complex sh:path on {node}")
            if (node, RDF.type, SH.NodeShape) in self.g:
                raise self.refuse(f"sh:path on the sh:NodeShape {node}")
            path = self.term(path)
            self.predicates.add(path)
        elif (node, RDF.type, SH.PropertyShape) in self.g:
            raise self.refuse(f"the sh:PropertyShape {node} without a sh:path")
        checks: list[_Check] = []
        for param in sorted(set(self.g.predicates(node, None)), key=str):
            if param not in _PARAMETERS:
                continue
            if path is None and param in _PROPERTY_ONLY:
                raise self.refuse(f"{_short(param)} on the node shape {node}")
            if param not in _MULTI:
                self.one(node, param)
            checks.extend(self.checks(node, param, stack))
        properties = []
        for prop in sorted(self.g.objects(node, SH.property), key=str):
            if self.one(prop, SH.path) is None:
                raise self.refuse(f"sh:property {prop} without a sh:path")
            properties.append(self.shape(prop, nested=nested, stack=stack))
        if severity_node is not None and not isinstance(severity_node, URIRef):
            raise self.refuse(f"sh:severity {severity_node!r}, not an IRI, on {node}")
        severity = "Violation" if severity_node is None else str(severity_node).rsplit("#", 1)[-1]
        compiled = _Shape(
            node=node,
            path=path,
            checks=tuple(checks),
            properties=tuple(properties),
            message=self.message(node),
            severity=severity,
        )
        self.done[(node, nested)] = compiled
        return compiled

    def message(self, node: Node) -> str | None:
        """The shape's sh:message; with several, the untagged or English one first."""
        messages = list(self.g.objects(node, SH.message))
        if not messages:
            return None
        lang = lambda m: getattr(m, "language", None)  # noqa: E731
        return str(min(messages, key=lambda m: (lang(m) not in (None, "en"), str(m))))

    def checks(self, node: Node, param: Node, stack: tuple[Node, ...]) -> list[_Check]:
        g = self.g
        value = next(iter(g.objects(node, param)))
        if param == SH.minCount:
            n = self.count(node, param)
            return [_MinCount(n)] if n else []  # sh:minCount 0 always holds
        if param == SH.maxCount:
            return [_MaxCount(self.count(node, param))]  # type: ignore[arg-type]
        if param == SH.datatype:
            if not isinstance(value, URIRef) or value in (RDFS.Literal, RDFS.Datatype):
                # pySHACL lets every literal match rdfs:Literal; SHACL lets none.
                raise self.refuse(f"sh:datatype {value} on {node}")
            return [_Datatype(value)]
        if param == SH["class"]:
            return [_Class(self.term(c)) for c in sorted(g.objects(node, param), key=str)]
        if param == SH.nodeKind:
            if value not in _NODE_KINDS:
                raise self.refuse(f"sh:nodeKind {value} on {node}")
            return [_NodeKind(value, _NODE_KINDS[value])]
        if param == SH.minInclusive:
            if not isinstance(value, Literal):
                raise self.refuse(f"sh:minInclusive {value}, not a literal, on {node}")
            return [_MinInclusive(value)]
        if param == SH["in"]:
            return [_In(frozenset(self.term(i) for i in self.items(node, param, value)))]
        if param == SH.pattern:
            try:
                return [_Pattern(re.compile(str(value)))]
            except re.error as err:
                raise self.refuse(f"sh:pattern {str(value)!r} ({err}) on {node}") from err
        if param == SH.minLength:
            n = self.count(node, param)
            return [_MinLength(n)] if n else []  # sh:minLength 0 always holds
        if param == SH.lessThan:
            others = sorted(g.objects(node, param), key=str)
            for other in others:
                if not isinstance(other, URIRef):
                    raise self.refuse(f"sh:lessThan {other}, not an IRI, on {node}")
                self.predicates.add(self.term(other))
            return [_LessThan(self.term(o)) for o in others]
        if param == SH.languageIn:
            ranges = set()
            for item in self.items(node, param, value):
                if not isinstance(item, Literal) or not isinstance(item.value, str):
                    raise self.refuse(f"sh:languageIn member {item!r} on {node}")
                if "-" in str(item):
                    # pySHACL compares only the first subtag; SHACL's langMatches the range.
                    raise self.refuse(f"the language range {str(item)!r} with subtags on {node}")
                ranges.add(str(item).lower())
            return [_LanguageIn(frozenset(ranges))]
        if param == SH.uniqueLang:
            if not isinstance(value, Literal) or not isinstance(value.value, bool):
                raise self.refuse(f"sh:uniqueLang {value!r}, not a boolean, on {node}")
            return [_UniqueLang()] if value.value else []
        if param == SH.qualifiedValueShape:
            return self.qualified(node, value, stack)
        if param in (SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint):
            if (node, SH.qualifiedValueShape, None) not in g:
                raise self.refuse(f"{_short(param)} without sh:qualifiedValueShape on {node}")
            return []  # compiled with sh:qualifiedValueShape
        if param == SH["or"]:
            out: list[_Check] = []
            for head in sorted(g.objects(node, param), key=str):
                members = self.items(node, param, head)
                if not members:
                    raise self.refuse(f"an empty sh:or list on {node}")
                out.append(_Or(tuple(self.shape(m, nested=True, stack=stack) for m in members)))
            return out
        raise self.refuse(_short(param))  # pragma: no cover - _PARAMETERS and this agree

    def qualified(self, node: Node, value: Node, stack: tuple[Node, ...]) -> list[_Check]:
        disjoint = self.one(node, SH.qualifiedValueShapesDisjoint)
        if disjoint is not None and not (isinstance(disjoint, Literal) and disjoint.value is False):
            raise self.refuse(f"sh:qualifiedValueShapesDisjoint {disjoint!r} on {node}")
        low = self.count(node, SH.qualifiedMinCount)
        high = self.count(node, SH.qualifiedMaxCount)
        if low is None and high is None:
            raise self.refuse(f"sh:qualifiedValueShape without a qualified count on {node}")
        shape = self.shape(value, nested=True, stack=stack)
        out: list[_Check] = []
        if low is not None:
            out.append(_QualifiedMinCount(shape, low))
        if high is not None:
            out.append(_QualifiedMaxCount(shape, high))
        return out
