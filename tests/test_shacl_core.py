"""kg.shacl_core: the compiled SHACL-Core checks agree with pySHACL.

Differential tests run both engines on the seed readouts' graphs and on
hundreds of mutations of them (systematic ones, then random ones from
hypothesis) and require the same violations: focus, path, severity and
message. Ablation tests drop one constraint component from the compiled
shapes at a time and require the differential corpus to notice; small
shapes graphs without messages test each component (and the generic
features ontology/shapes.ttl does not use) on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
import rdflib.namespace as ns
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg import shacl_core, validate
from kg.errors import UnsupportedShapesError
from kg.extract import extract
from kg.graph import build_graph
from kg.namespaces import ID, ID_IRI, KG, KG_IRI, person_iri, state_iri, topic_iri
from kg.readout import load_file
from kg.resources import shapes_graph, vocabulary_graph
from kg.shacl_core import CompiledShapes, compile_shapes
from kg.store import Store
from kg.validate import (
    ValidationReport,
    _pyshacl,
    _report,
    context_triples,
    validate_graph,
    validate_store,
)

SEEDS = Path(__file__).parents[1] / "seeds"

# ---------------------------------------------------------------- helpers


def copy(graph: Graph) -> Graph:
    out = Graph()
    for triple in graph:
        out.add(triple)
    return out


@cache
def seed_graphs() -> tuple[tuple[str, Graph], ...]:
    """The seed readouts' graphs, as ``kg ingest`` builds them (cached: copy before changing)."""
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        for readout in load_file(path):
            out.append((path.name, build_graph(extract(readout))))
    assert out, f"no seed readouts in {SEEDS}"
    return tuple(out)


def core_report(compiled: CompiledShapes, graph: Graph) -> ValidationReport:
    """What ``validate_graph(graph, engine="core")`` does, with other compiled shapes."""
    triples = list(graph)
    return _report(compiled.validate(triples + context_triples(triples, vocabulary_graph())))


@dataclass(frozen=True)
class Outcome:
    """pySHACL's report on a graph, or the error it raised."""

    report: ValidationReport | None
    error: str | None = None


def pyshacl_outcome(graph: Graph) -> Outcome:
    try:
        return Outcome(validate_graph(graph, vocabulary_graph(), engine="pyshacl"))
    except Exception as err:  # pySHACL refuses sh:lessThan on blank nodes, for one
        return Outcome(None, f"{type(err).__name__}: {err}")


def disagreement(core: ValidationReport, outcome: Outcome) -> str | None:
    """Why the core report and pySHACL's outcome differ, or None when they agree.

    Where pySHACL fails (SHACL: "a failure") the core engine, which reports
    instead, must at least report a violation of the shape that failed.
    """
    if outcome.report is None:
        paths = {v.path for v in core.violations}
        return None if str(KG.evidenceStart) in paths else f"pySHACL {outcome.error}; core {paths}"
    if core.violations == outcome.report.violations:
        return None
    ours, theirs = set(core.violations), set(outcome.report.violations)
    return f"core only: {sorted(ours - theirs)}\npySHACL only: {sorted(theirs - ours)}"


def first_position(graph: Graph) -> URIRef:
    return sorted(graph.subjects(ns.RDF.type, KG.Position))[0]


# ---------------------------------------------------------------- systematic mutations

Mutation = Callable[[Graph], None]
POSITION_PATHS = (
    KG.holder,
    KG.stance,
    KG.topic,
    KG.addressee,
    KG.voicedBy,
    KG.reportedIn,
    ns.DCTERMS.date,
    KG.evidence,
    KG.evidenceStart,
    KG.evidenceEnd,
)
SPECIAL_CLASS = ID["class/special-state"]


def value_pool(graph: Graph) -> dict[str, tuple[Node, list[tuple[Node, Node, Node]]]]:
    """Values to put where others belong: name -> (value, triples that come with it)."""
    readout = next(iter(graph.subjects(ns.RDF.type, KG.Readout)))
    blank = BNode("blank-state")
    return {
        "state": (state_iri("USA"), []),
        "topic": (topic_iri("multilateralism"), []),
        "person": (person_iri("wang-yi"), []),
        "readout": (readout, []),
        "position": (first_position(graph), []),
        "unknown-iri": (ID["thing/unknown"], []),
        "stance": (KG.oppose, []),
        "blank-node-state": (blank, [(blank, ns.RDF.type, KG.State)]),
        "plain": (Literal("x"), []),
        "empty": (Literal(""), []),
        "int": (Literal(7), []),
        "negative": (Literal(-1), []),
        "zero": (Literal(0), []),
        "big": (Literal(10**6), []),
        "decimal": (Literal(Decimal("5.5")), []),
        "date": (Literal("2020-11-16", datatype=ns.XSD.date), []),
        "ill-typed-date": (Literal("2020-13-45", datatype=ns.XSD.date), []),
        "string-5": (Literal("5", datatype=ns.XSD.string), []),
        "english": (Literal("text", lang="en"), []),
        "ill-typed-int": (Literal("abc", datatype=ns.XSD.integer), []),
        "hex64": (Literal("a" * 64), []),
    }


def replace(subject: Node, path: Node, value: Node, extra: list) -> Mutation:
    def mutate(g: Graph) -> None:
        g.remove((subject, path, None))
        g.add((subject, path, value))
        for t in extra:
            g.add(t)

    return mutate


def add(subject: Node, path: Node, value: Node, extra: list) -> Mutation:
    def mutate(g: Graph) -> None:
        g.add((subject, path, value))
        for t in extra:
            g.add(t)

    return mutate


def remove(subject: Node, path: Node) -> Mutation:
    return lambda g: g.remove((subject, path, None))


def add_triples(*triples: tuple[Node, Node, Node]) -> Mutation:
    def mutate(g: Graph) -> None:
        for t in triples:
            g.add(t)

    return mutate


def both(*mutations: Mutation) -> Mutation:
    def mutate(g: Graph) -> None:
        for m in mutations:
            m(g)

    return mutate


def mutations(graph: Graph) -> Iterator[tuple[str, Mutation]]:
    """Systematic mutations of one readout graph, by name."""
    pos = first_position(graph)
    readout = next(iter(graph.subjects(ns.RDF.type, KG.Readout)))
    topic = sorted(graph.objects(pos, KG.topic))[0]
    pool = value_pool(graph)
    for path in POSITION_PATHS:
        name = path.n3().rsplit("/", 1)[-1]
        yield f"position {name}: removed", remove(pos, path)
        for kind, (value, extra) in pool.items():
            yield f"position {name}: {kind}", replace(pos, path, value, extra)
        for kind in ("state", "plain", "int"):
            value, extra = pool[kind]
            yield f"position {name}: second value {kind}", add(pos, path, value, extra)
    for path in (ns.DCTERMS.date, KG.contentHash):
        name = path.n3().rsplit("/", 1)[-1]
        yield f"readout {name}: removed", remove(readout, path)
        for kind, (value, extra) in pool.items():
            yield f"readout {name}: {kind}", replace(readout, path, value, extra)
        for kind in ("date", "hex64"):
            value, extra = pool[kind]
            yield f"readout {name}: second value {kind}", add(readout, path, value, extra)
    for text in ("A" * 64, "a" * 63, "a" * 65, "g" * 64, "a" * 64 + "\n", ""):
        yield f"readout hash {text!r}", replace(readout, KG.contentHash, Literal(text), [])
    yield (
        "position: end < start",
        both(
            replace(pos, KG.evidenceStart, Literal(50), []),
            replace(pos, KG.evidenceEnd, Literal(10), []),
        ),
    )
    yield (
        "position: end == start",
        both(
            replace(pos, KG.evidenceStart, Literal(10), []),
            replace(pos, KG.evidenceEnd, Literal(10), []),
        ),
    )
    yield (
        "position: start decimal < end",
        replace(pos, KG.evidenceStart, Literal(Decimal("0.5")), []),
    )
    yield "position: unknown stance", replace(pos, KG.stance, ID["stance/neutral"], [])
    # labels of a topic (the vocabulary's English label comes with the context)
    for name, label in (
        ("second English label", Literal("another name", lang="en")),
        ("French label", Literal("autre nom", lang="fr")),
        ("EN label", Literal("another name", lang="EN")),
        ("en-GB label", Literal("another name", lang="en-GB")),
        ("plain label", Literal("another name")),
        ("xsd:string label", Literal("another name", datatype=ns.XSD.string)),
    ):
        yield f"topic: {name}", add(topic, ns.SKOS.prefLabel, label, [])
    minted = topic_iri("minted-for-a-test")
    for name, labels in (
        ("no label", []),
        ("French label only", [Literal("sujet", lang="fr")]),
        ("English label", [Literal("subject", lang="en")]),
        ("two English labels", [Literal("subject", lang="en"), Literal("topic", lang="en")]),
        ("English and Chinese", [Literal("subject", lang="en"), Literal("sub", lang="zh")]),
    ):
        triples = [(minted, ns.RDF.type, KG.Topic)]
        triples += [(minted, ns.SKOS.prefLabel, label) for label in labels]
        yield (
            f"minted topic: {name}",
            both(replace(pos, KG.topic, minted, []), add_triples(*triples)),
        )
    envoy = person_iri("envoy-for-a-test")
    for name, represents in (
        ("no state", []),
        ("one state", [state_iri("KGZ")]),
        ("two states", [state_iri("KGZ"), state_iri("USA")]),
        ("a topic", [topic_iri("multilateralism")]),
        ("a literal", [Literal("Kyrgyzstan")]),
        ("an unknown IRI", [ID["state/XXX"]]),
    ):
        triples = [(envoy, ns.RDF.type, KG.Person)]
        triples += [(envoy, KG.represents, r) for r in represents]
        yield (
            f"minted person: {name}",
            both(replace(pos, KG.voicedBy, envoy, []), add_triples(*triples)),
        )
    yield "position: typed no longer", lambda g: g.remove((pos, ns.RDF.type, KG.Position))
    yield "position: also a readout", add_triples((pos, ns.RDF.type, KG.Readout))
    yield "position: also a topic", add_triples((pos, ns.RDF.type, KG.Topic))
    special = ID["state/special"]
    yield (
        "holder: instance of a subclass of kg:State",
        both(
            replace(pos, KG.holder, special, []),
            add_triples(
                (special, ns.RDF.type, SPECIAL_CLASS), (SPECIAL_CLASS, ns.RDFS.subClassOf, KG.State)
            ),
        ),
    )
    yield (
        "holder: instance of an unrelated class",
        both(
            replace(pos, KG.holder, special, []), add_triples((special, ns.RDF.type, SPECIAL_CLASS))
        ),
    )
    sub, subsub = ID["class/sub-position"], ID["class/sub-sub-position"]
    yield (
        "target: instance of a sub-subclass of kg:Position",
        add_triples(
            (ID["position/odd"], ns.RDF.type, subsub),
            (subsub, ns.RDFS.subClassOf, sub),
            (sub, ns.RDFS.subClassOf, KG.Position),
        ),
    )


@dataclass(frozen=True)
class Case:
    name: str
    graph: Graph
    pyshacl: Outcome


@pytest.fixture(scope="module")
def corpus() -> list[Case]:
    """The seed graphs, and the systematic mutations of the first, with pySHACL's outcome."""
    cases = [Case(name, g, pyshacl_outcome(g)) for name, g in seed_graphs()]
    name, base = seed_graphs()[0]
    for label, mutate in mutations(base):
        g = copy(base)
        mutate(g)
        cases.append(Case(f"{name}: {label}", g, pyshacl_outcome(g)))
    return cases


def test_seed_graphs_conform_with_both_engines() -> None:
    for name, g in seed_graphs():
        core = validate_graph(g, engine="core")
        assert core.conforms, (name, core.text)
        assert core.violations == validate_graph(g, engine="pyshacl").violations


def test_readout_graphs_of_the_test_builder_agree(make_readout, vocab: Graph) -> None:
    for n in range(3):
        _, g = make_readout(n, positions=4)
        for vocabulary in (vocab, vocabulary_graph()):
            core = validate_graph(g, vocabulary)
            assert core.violations == validate_graph(g, vocabulary, engine="pyshacl").violations
            assert core.conforms


def test_systematic_mutations_agree_with_pyshacl(corpus: list[Case]) -> None:
    compiled = validate._compiled()
    assert compiled is not None
    problems = []
    for case in corpus:
        why = disagreement(validate_graph(case.graph, engine="core"), case.pyshacl)
        if why:
            problems.append(f"{case.name}:\n{why}")
    assert not problems, "\n\n".join(problems)
    # the test's own reach: the corpus breaks every shape of shapes.ttl, and mostly one at a time
    messages = {str(m) for m in shapes_graph().objects(None, ns.SH.message)}
    seen = {v.message for c in corpus if c.pyshacl.report for v in c.pyshacl.report.violations}
    assert seen == messages
    assert len([c for c in corpus if c.pyshacl.report and not c.pyshacl.report.conforms]) > 200


# ---------------------------------------------------------------- random mutations (hypothesis)

IRIS = [
    state_iri("CHN"),
    state_iri("USA"),
    state_iri("XXX"),
    topic_iri("multilateralism"),
    topic_iri("never-described"),
    person_iri("wang-yi"),
    KG.support,
    KG.oppose,
    KG.State,
    KG.Topic,
    KG.Person,
    KG.Position,
    KG.Readout,
    SPECIAL_CLASS,
    ID["thing/unknown"],
]
PREDICATES = [*POSITION_PATHS, KG.contentHash, KG.represents, ns.SKOS.prefLabel, ns.RDF.type]
TEXTS = ["", "x", "5", "-1", "0", "2020-11-16", "2020-02-30", "a" * 64, "A" * 64, "a" * 64 + "\n"]
values = st.one_of(
    st.sampled_from(IRIS),
    st.builds(lambda: BNode()),
    st.builds(Literal, st.sampled_from(TEXTS)),
    st.builds(
        lambda text, dt: Literal(text, datatype=dt),
        st.sampled_from(TEXTS),
        st.sampled_from(
            [
                ns.XSD.string,
                ns.XSD.integer,
                ns.XSD.date,
                ns.XSD.decimal,
                ns.XSD.boolean,
                ns.XSD.token,
            ]
        ),
    ),
    st.builds(
        lambda text, lang: Literal(text, lang=lang),
        st.sampled_from(["x", "label", ""]),
        st.sampled_from(["en", "EN", "en-GB", "fr", "zh-Hans"]),
    ),
    st.integers(-3, 400).map(Literal),
    st.decimals(-3, 400, places=1).map(Literal),
)


@st.composite
def mutated_seed(draw: st.DrawFn) -> Graph:
    _, base = draw(st.sampled_from(seed_graphs()))
    g = copy(base)
    positions = sorted(g.subjects(ns.RDF.type, KG.Position))[:3]
    subjects = [
        *positions,
        *g.subjects(ns.RDF.type, KG.Readout),
        *g.objects(positions[0], KG.topic),
    ]
    subjects += [
        person_iri("wang-yi"),
        topic_iri("minted-by-hypothesis"),
        BNode("b1"),
        state_iri("CHN"),
    ]
    for _ in range(draw(st.integers(1, 5))):
        subject = draw(st.sampled_from(subjects))
        predicate = draw(st.sampled_from(PREDICATES))
        action = draw(st.sampled_from(["remove", "add", "set"]))
        if action in ("remove", "set"):
            g.remove((subject, predicate, None))
        if action in ("add", "set"):
            g.add((subject, predicate, draw(values)))
    return g


@pytest.mark.filterwarnings("ignore:Parsing weird boolean")
@settings(
    max_examples=120,
    deadline=None,
    derandomize=True,  # the same examples every run: failures reproduce
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated_seed())
def test_random_mutations_agree_with_pyshacl(graph: Graph) -> None:
    why = disagreement(validate_graph(graph, engine="core"), pyshacl_outcome(graph))
    assert why is None, why


# ---------------------------------------------------------------- ablation: each component matters

COMPONENTS = [
    "_MinCount",
    "_MaxCount",
    "_Datatype",
    "_Class",
    "_NodeKind",
    "_MinInclusive",
    "_In",
    "_Pattern",
    "_MinLength",
    "_LessThan",
    "_LanguageIn",
    "_UniqueLang",
    "_QualifiedMinCount",
    "_QualifiedMaxCount",
    "_Or",
]


def compiled_without(monkeypatch: pytest.MonkeyPatch, component: str) -> CompiledShapes:
    """kg's shapes compiled with every check of one component dropped."""
    kind = getattr(shacl_core, component)
    checks = shacl_core._Compiler.checks

    def without(self, node, param, stack):  # type: ignore[no-untyped-def]
        return [c for c in checks(self, node, param, stack) if not isinstance(c, kind)]

    monkeypatch.setattr(shacl_core._Compiler, "checks", without)
    return compile_shapes(shapes_graph())


@pytest.mark.parametrize("component", COMPONENTS)
def test_the_corpus_notices_a_component_ignored(
    component: str, corpus: list[Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    ablated = compiled_without(monkeypatch, component)
    assert any(disagreement(core_report(ablated, c.graph), c.pyshacl) for c in corpus)


def test_the_corpus_notices_messages_ignored(
    corpus: list[Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shacl_core._Compiler, "message", lambda self, node: None)
    ablated = compile_shapes(shapes_graph())
    assert any(disagreement(core_report(ablated, c.graph), c.pyshacl) for c in corpus)


# ---------------------------------------------------------------- each component on its own

PREFIXES = f"""@prefix sh: <{ns.SH}> . @prefix xsd: <{ns.XSD}> . @prefix rdfs: <{ns.RDFS}> .
@prefix kg: <{KG_IRI}> . @prefix ex: <{ID_IRI}test/> .
"""


def turtle(text: str) -> Graph:
    return Graph().parse(data=PREFIXES + text, format="turtle")


def property_shape(constraints: str) -> str:
    return f"ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; {constraints} ] ."


@dataclass(frozen=True)
class Component:
    """A shapes graph, data that conforms, data that does not, and the core engine's message."""

    shapes: str
    good: str
    bad: str
    message: str
    focus: str = "a"  # ex:a


COMPONENT_CASES = {
    "minCount": Component(
        property_shape("sh:minCount 2"),
        "ex:a a ex:C ; ex:p 1, 2 .",
        "ex:a a ex:C ; ex:p 1 .",
        "Fewer than 2 values",
    ),
    "maxCount": Component(
        property_shape("sh:maxCount 1"),
        "ex:a a ex:C ; ex:p 1 .",
        "ex:a a ex:C ; ex:p 1, 2 .",
        "More than 1 values",
    ),
    "datatype": Component(
        property_shape("sh:datatype xsd:integer"),
        "ex:a a ex:C ; ex:p 5 .",
        'ex:a a ex:C ; ex:p "5" .',
        "Value is not a literal of datatype",
    ),
    "datatype (ill-typed)": Component(
        property_shape("sh:datatype xsd:date"),
        'ex:a a ex:C ; ex:p "2020-02-29"^^xsd:date .',
        'ex:a a ex:C ; ex:p "2021-02-29"^^xsd:date .',
        "Value is not a literal of datatype",
    ),
    "class (node shape, subclass in the data)": Component(
        "ex:S sh:targetClass ex:C ; sh:class ex:D .",
        "ex:a a ex:C, ex:E . ex:E rdfs:subClassOf ex:F . ex:F rdfs:subClassOf ex:D .",
        "ex:a a ex:C, ex:E .",
        "Value is not an instance of",
    ),
    "nodeKind": Component(
        property_shape("sh:nodeKind sh:BlankNodeOrLiteral"),
        "ex:a a ex:C ; ex:p [ ], 1 .",
        "ex:a a ex:C ; ex:p ex:b .",
        "Value is not of node kind sh:BlankNodeOrLiteral",
    ),
    "minInclusive": Component(
        property_shape("sh:minInclusive 10"),
        "ex:a a ex:C ; ex:p 10, 10.5 .",
        "ex:a a ex:C ; ex:p 9.9 .",
        "Value is not >= 10",
    ),
    "in": Component(
        property_shape('sh:in ( ex:x "y" )'),
        'ex:a a ex:C ; ex:p ex:x, "y" .',
        'ex:a a ex:C ; ex:p "z" .',
        "Value is not in",
    ),
    "pattern": Component(
        property_shape('sh:pattern "^a+$"'),
        'ex:a a ex:C ; ex:p "aaa", "a" .',
        'ex:a a ex:C ; ex:p "aab" .',
        "Value does not match pattern",
    ),
    "minLength": Component(
        property_shape("sh:minLength 3"),
        'ex:a a ex:C ; ex:p "abc" .',
        'ex:a a ex:C ; ex:p "ab" .',
        "Value has fewer than 3 characters",
    ),
    "lessThan": Component(
        property_shape("sh:lessThan ex:q"),
        "ex:a a ex:C ; ex:p 1 ; ex:q 2, 3 .",
        "ex:a a ex:C ; ex:p 2 ; ex:q 2, 3 .",
        "Value is not less than the values of",
    ),
    "languageIn": Component(
        property_shape('sh:languageIn ( "en" "fr" )'),
        'ex:a a ex:C ; ex:p "x"@fr-CA, "y"@EN .',
        'ex:a a ex:C ; ex:p "x"@de .',
        "Language tag not in (en, fr)",
    ),
    "uniqueLang": Component(
        property_shape("sh:uniqueLang true"),
        'ex:a a ex:C ; ex:p "a"@en, "b"@fr, "c" .',
        'ex:a a ex:C ; ex:p "a"@en, "b"@EN .',
        "More than one value with the same language tag",
    ),
    "qualifiedMinCount": Component(
        property_shape("sh:qualifiedValueShape [ sh:class ex:D ] ; sh:qualifiedMinCount 1"),
        "ex:a a ex:C ; ex:p ex:b, ex:c . ex:b a ex:D .",
        "ex:a a ex:C ; ex:p ex:c .",
        "Fewer than 1 values conform",
    ),
    "qualifiedMaxCount": Component(
        property_shape("sh:qualifiedValueShape [ sh:class ex:D ] ; sh:qualifiedMaxCount 1"),
        "ex:a a ex:C ; ex:p ex:b, ex:c . ex:b a ex:D .",
        "ex:a a ex:C ; ex:p ex:b, ex:c . ex:b a ex:D . ex:c a ex:D .",
        "More than 1 values conform",
    ),
    "or": Component(
        property_shape("sh:or ( [ sh:datatype xsd:integer ] [ sh:nodeKind sh:IRI ] )"),
        "ex:a a ex:C ; ex:p 1, ex:b .",
        'ex:a a ex:C ; ex:p "1" .',
        "Value does not conform to any shape of sh:or",
    ),
    "targetClass (subclass in the data)": Component(
        property_shape("sh:minCount 1"),
        "ex:a a ex:Sub ; ex:p 1 . ex:Sub rdfs:subClassOf ex:C .",
        "ex:a a ex:Sub . ex:Sub rdfs:subClassOf ex:C .",
        "Fewer than 1 values",
    ),
    "property of a property shape": Component(
        "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; "
        "sh:property [ sh:path ex:q ; sh:minCount 1 ] ] .",
        "ex:a a ex:C ; ex:p ex:b . ex:b ex:q 1 .",
        "ex:a a ex:C ; ex:p ex:b .",
        "Fewer than 1 values",
        focus="b",  # the value of ex:p is the focus of the inner shape
    ),
    "property shape with a target": Component(
        "ex:S sh:targetClass ex:C ; sh:path ex:p ; sh:maxCount 1 .",
        "ex:a a ex:C ; ex:p 1 .",
        "ex:a a ex:C ; ex:p 1, 2 .",
        "More than 1 values",
    ),
}


def pyshacl_keys(shapes: Graph, data: Graph) -> set[tuple[str, str | None, str]]:
    return {(v.focus, v.path, v.severity) for v in _pyshacl(copy(data), shapes)}


@pytest.mark.parametrize("name", list(COMPONENT_CASES))
def test_component_on_its_own(name: str) -> None:
    case = COMPONENT_CASES[name]
    shapes = turtle(case.shapes)
    compiled = compile_shapes(shapes)
    good, bad = turtle(case.good), turtle(case.bad)
    assert compiled.validate(good) == []
    found = compiled.validate(bad)
    assert found and all(v.message.startswith(case.message) for v in found), found
    assert all(v.focus == str(ID[f"test/{case.focus}"]) for v in found)
    for data in (good, bad):
        assert {(v.focus, v.path, v.severity) for v in compiled.validate(data)} == pyshacl_keys(
            shapes, data
        )


@pytest.mark.parametrize("severity", ["Warning", "Info", "Violation"])
def test_severity_and_message(severity: str) -> None:
    shapes = turtle(
        property_shape(
            f'sh:minCount 1 ; sh:severity sh:{severity} ; sh:message "needs ex:p"@en, "ex:p fehlt"@de'
        )
    )
    data = turtle("ex:a a ex:C .")
    (v,) = compile_shapes(shapes).validate(data)
    assert (v.severity, v.message, v.path) == (severity, "needs ex:p", str(ID["test/p"]))
    assert _report([v]).conforms is (severity != "Violation")
    assert pyshacl_keys(shapes, data) == {(v.focus, v.path, v.severity)}


def test_one_violation_per_shape_and_focus_with_a_message_one_per_component_without() -> None:
    data = turtle('ex:a a ex:C ; ex:p "x", "y" .')
    with_message = compile_shapes(
        turtle(property_shape('sh:maxCount 1 ; sh:datatype xsd:integer ; sh:message "bad p"'))
    )
    assert [v.message for v in with_message.validate(data)] == ["bad p"]
    without = compile_shapes(turtle(property_shape("sh:maxCount 1 ; sh:datatype xsd:integer")))
    assert len({v.message for v in without.validate(data)}) == 2


def test_triples_may_repeat() -> None:
    shapes = compile_shapes(turtle(property_shape("sh:maxCount 1")))
    triples = list(turtle("ex:a a ex:C ; ex:p 1 ."))
    assert shapes.validate(triples + triples) == []


# ---------------------------------------------------------------- what is not supported

UNSUPPORTED = {
    "targetNode": ("ex:S sh:targetNode ex:a ; sh:nodeKind sh:IRI .", "sh:targetNode"),
    "targetSubjectsOf": (
        "ex:S sh:targetSubjectsOf ex:p ; sh:nodeKind sh:IRI .",
        "sh:targetSubjectsOf",
    ),
    "sparql": (
        'ex:S sh:targetClass ex:C ; sh:sparql [ sh:select "SELECT $this WHERE { }" ] .',
        "sh:s(parql|elect)",
    ),
    "sequence path": (
        property_shape("").replace("sh:path ex:p", "sh:path ( ex:p ex:q )"),
        "complex sh:path",
    ),
    "inverse path": (
        property_shape("").replace("sh:path ex:p", "sh:path [ sh:inversePath ex:p ]"),
        "sh:inversePath",
    ),
    "node": ("ex:S sh:targetClass ex:C ; sh:node ex:T . ex:T sh:nodeKind sh:IRI .", "sh:node"),
    "closed": ("ex:S sh:targetClass ex:C ; sh:closed true .", "sh:closed"),
    "flags": (property_shape('sh:pattern "^a" ; sh:flags "i"'), "sh:flags"),
    "maxInclusive": (property_shape("sh:maxInclusive 3"), "sh:maxInclusive"),
    "deactivated": (property_shape("sh:minCount 1 ; sh:deactivated true"), "sh:deactivated"),
    "custom component": (
        "ex:Comp a sh:ConstraintComponent ; sh:parameter [ sh:path ex:limit ] .",
        "sh:(ConstraintComponent|parameter)",
    ),
    "implicit class target": (
        "ex:C a rdfs:Class, sh:NodeShape ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .",
        "implicit class targets",
    ),
    "datatype rdfs:Literal": (property_shape("sh:datatype rdfs:Literal"), "sh:datatype"),
    "language range with subtags": (property_shape('sh:languageIn ( "en-GB" )'), "subtags"),
    "severity inside sh:or": (
        property_shape("sh:or ( [ sh:datatype xsd:string ; sh:severity sh:Warning ] )"),
        "sh:severity",
    ),
    "minCount on a node shape": ("ex:S sh:targetClass ex:C ; sh:minCount 1 .", "node shape"),
    "two datatypes": (property_shape("sh:datatype xsd:string, xsd:integer"), "more than once"),
    "negative count": (property_shape("sh:minCount -1"), "non-negative integer"),
    "disjoint qualified shapes": (
        property_shape(
            "sh:qualifiedValueShape [ sh:class ex:D ] ; sh:qualifiedMinCount 1 ; "
            "sh:qualifiedValueShapesDisjoint true"
        ),
        "qualifiedValueShapesDisjoint",
    ),
    "recursive shapes": ("ex:S sh:targetClass ex:C ; sh:or ( ex:S ) .", "recursive"),
    "sh:in without a list": (property_shape('sh:in "x"'), "well-formed list"),
    "bad regular expression": (property_shape('sh:pattern "(("'), "sh:pattern"),
}


@pytest.mark.parametrize("name", list(UNSUPPORTED))
def test_unsupported_shapes_are_refused(name: str) -> None:
    text, expected = UNSUPPORTED[name]
    with pytest.raises(UnsupportedShapesError, match=expected) as info:
        compile_shapes(turtle(text))
    assert "run pySHACL instead" in str(info.value) and "\n" not in str(info.value)


@pytest.fixture
def unsupported_shapes(monkeypatch: pytest.MonkeyPatch) -> Iterator[Graph]:
    """kg's shapes plus one that targets a node: what validate.py then validates with."""
    shapes = copy(shapes_graph())
    shapes += turtle(
        'ex:Extra sh:targetNode ex:nowhere ; sh:class kg:State ; sh:message "ex:nowhere is no state" .'
    )
    monkeypatch.setattr(validate, "_shapes", lambda: shapes)
    validate._compiled.cache_clear()
    yield shapes
    validate._compiled.cache_clear()


def test_validate_graph_falls_back_to_pyshacl(
    unsupported_shapes: Graph, make_readout, vocab
) -> None:
    with pytest.raises(UnsupportedShapesError, match="sh:targetNode"):
        compile_shapes(unsupported_shapes)
    _, g = make_readout(1, positions=1)
    with pytest.warns(UserWarning, match="sh:targetNode.*validating with pySHACL"):
        report = validate_graph(g, vocab)
    # only pySHACL knows sh:targetNode, and the core engine would have found the graph fine
    assert [v.message for v in report.violations] == ["ex:nowhere is no state"]
    assert report == validate_graph(g, vocab, engine="pyshacl")


def test_unknown_engine(make_readout) -> None:
    _, g = make_readout(1, positions=1)
    with pytest.raises(ValueError, match="unknown validation engine 'fast'"):
        validate_graph(g, engine="fast")


# ---------------------------------------------------------------- the whole store and the CLI


def bad_store(location: Path, make_readout, vocab: Graph) -> None:
    """Readouts that conform alone, one that does not, and two that disagree about a person."""
    with Store.open(location, create=True) as store:
        store.ensure_vocabulary(vocab)
        store.put_readouts([make_readout(i) for i in range(3)])
        envoy = person_iri("envoy")
        for i, state in ((10, "KGZ"), (11, "USA")):
            iri, g = make_readout(i, positions=1)
            g.set((first_position(g), KG.voicedBy, envoy))
            g.add((envoy, ns.RDF.type, KG.Person))
            g.add((envoy, KG.represents, state_iri(state)))
            store.put_readout(iri, g)
        iri, bad = make_readout(12, positions=1)
        bad.set((first_position(bad), KG.evidenceEnd, Literal(-4)))
        store.put_readout(iri, bad)


def test_validate_store_engines_agree(tmp_path: Path, make_readout, vocab: Graph) -> None:
    bad_store(tmp_path / "s", make_readout, vocab)
    with Store.open(tmp_path / "s") as store:
        core = validate_store(store, batch_size=2)
        reference = validate_store(store, batch_size=2, engine="pyshacl")
    assert core == reference
    assert {v.path for v in core.violations} == {
        str(KG.represents),
        str(KG.evidenceEnd),
        str(KG.evidenceStart),
    }


def test_kg_validate_engine_option(tmp_path: Path, make_readout, vocab: Graph) -> None:
    from kg.cli import cli

    bad_store(tmp_path / "s", make_readout, vocab)
    runs = {
        engine: CliRunner().invoke(
            cli, ["--store", str(tmp_path / "s"), "validate", "--engine", engine]
        )
        for engine in ("core", "pyshacl")
    }
    assert runs["core"].exit_code == runs["pyshacl"].exit_code == 1
    assert runs["core"].stdout == runs["pyshacl"].stdout
    assert "kg:represents" in runs["core"].stdout
    wrong = CliRunner().invoke(cli, ["--store", str(tmp_path / "s"), "validate", "--engine", "x"])
    assert wrong.exit_code == 2
