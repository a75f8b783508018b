"""Shared fixtures: hand-built readout graphs, a small vocabulary, local servers."""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import rdflib.namespace as ns
from click.testing import CliRunner
from rdflib import BNode, Graph, Literal, URIRef

from kg.namespaces import (
    KG,
    encounter_iri,
    extraction_iri,
    person_iri,
    position_iri,
    readout_iri,
    state_iri,
    topic_iri,
)

# rdflib's namespaces are reached through ``ns``: pytest inspects a conftest's
# module-level names, and XSD warns on every unknown attribute it is asked for.
ReadoutFactory = Callable[..., tuple[URIRef, Graph]]


def _small_vocabulary() -> Graph:
    g = Graph()
    for code, name in (("CHN", "China"), ("KGZ", "Kyrgyzstan"), ("USA", "United States")):
        s = state_iri(code)
        g.add((s, ns.RDF.type, KG.State))
        g.add((s, ns.RDF.type, ns.SKOS.Concept))
        g.add((s, ns.SKOS.prefLabel, Literal(name, lang="en")))
        g.add((s, KG.isoAlpha3, Literal(code)))
    wang = person_iri("wang-yi")
    g.add((wang, ns.RDF.type, KG.Person))
    g.add((wang, ns.SKOS.prefLabel, Literal("Wang Yi", lang="en")))
    g.add((wang, KG.represents, state_iri("CHN")))
    term = BNode()
    g.add((wang, KG.heldOffice, term))
    g.add((term, ns.RDF.type, KG.OfficeTerm))
    g.add((term, KG.officeKind, KG.ForeignMinister))
    g.add((term, KG.startDate, Literal("2013-03-16", datatype=ns.XSD.date)))
    topic = topic_iri("multilateralism")
    g.add((topic, ns.RDF.type, KG.Topic))
    g.add((topic, ns.RDF.type, ns.SKOS.Concept))
    g.add((topic, ns.SKOS.prefLabel, Literal("multilateralism", lang="en")))
    g.add((topic, KG.curated, Literal(True)))
    return g


@pytest.fixture
def vocab() -> Graph:
    """States CHN, KGZ, USA; person wang-yi (CHN); curated topic multilateralism."""
    return _small_vocabulary()


def build_readout(
    n: int = 0, positions: int = 3, *, date: str = "2020-11-16"
) -> tuple[URIRef, Graph]:
    """A readout graph shaped like kg/graph.py's: readout, encounter, extraction, positions."""
    digest = hashlib.sha256(f"readout {n}".encode()).hexdigest()
    g = Graph()
    doc = readout_iri(digest)
    day = Literal(date, datatype=ns.XSD.date)
    g.add((doc, ns.RDF.type, KG.Readout))
    g.add((doc, ns.DCTERMS.title, Literal(f"Readout number {n}")))
    g.add((doc, ns.DCTERMS.date, day))
    g.add((doc, ns.DCTERMS.publisher, Literal("Xinhua")))
    g.add((doc, KG.contentHash, Literal(digest)))
    enc = encounter_iri(digest)
    g.add((doc, KG.reports, enc))
    g.add((enc, ns.RDF.type, KG.Encounter))
    g.add((enc, ns.DCTERMS.date, day))
    g.add((enc, KG.encounterKind, Literal("call")))
    g.add((enc, KG.participant, state_iri("CHN")))
    g.add((enc, KG.participant, state_iri("KGZ")))
    run = extraction_iri(digest, "rules/0.1.0")
    g.add((run, ns.RDF.type, KG.Extraction))
    g.add((run, ns.RDF.type, ns.PROV.Activity))
    g.add((run, ns.PROV.used, doc))
    g.add((run, KG.extractorVersion, Literal("rules/0.1.0")))
    minted = topic_iri(f"new-topic-{n}")
    g.add((minted, ns.RDF.type, KG.Topic))
    g.add((minted, ns.RDF.type, ns.SKOS.Concept))
    g.add((minted, ns.SKOS.prefLabel, Literal(f"new topic {n}", lang="en")))
    g.add((minted, KG.curated, Literal(False)))
    stances = (KG.support, KG.oppose, KG.offer, KG.request, KG.appreciate, KG.commit)
    for k in range(positions):
        p = position_iri(digest, f"k{k}")
        g.add((p, ns.RDF.type, KG.Position))
        g.add((p, KG.holder, state_iri("CHN")))
        g.add((p, KG.stance, stances[k % len(stances)]))
        g.add((p, KG.topic, topic_iri("multilateralism") if k % 2 else minted))
        g.add((p, KG.addressee, state_iri("KGZ")))
        g.add((p, KG.voicedBy, person_iri("wang-yi")))
        g.add((p, ns.DCTERMS.date, day))
        g.add((p, KG.reportedIn, doc))
        sentence = f'China firmly supports item {k} of readout {n}, Wang said, "quoted" é.'
        g.add((p, KG.evidence, Literal(sentence)))
        g.add((p, KG.evidenceStart, Literal(12 + k * 100)))
        g.add((p, KG.evidenceEnd, Literal(90 + k * 100)))
        g.add((p, ns.PROV.wasGeneratedBy, run))
    return doc, g


@pytest.fixture
def make_readout() -> ReadoutFactory:
    """Factory: ``make_readout(n, positions=3)`` -> (readout IRI, graph)."""
    return build_readout


# ---------------------------------------------------------------- repository paths, seeded store

#: The repository root (``tests/..``).
REPO_ROOT = Path(__file__).parents[1]
#: The shared material next to the repository (corpus, notes); absent in some checkouts.
SHARED_DIR = Path(__file__).parents[1].parent / "shared"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository root."""
    return REPO_ROOT


@pytest.fixture(scope="session")
def seeds_dir(repo_root: Path) -> Path:
    """``seeds/``: the two sample readouts with front matter."""
    seeds = repo_root / "seeds"
    assert sorted(seeds.glob("*.txt")), f"no seed readouts in {seeds}"
    return seeds


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` (corpus, notes); the test is skipped when it is absent."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"{SHARED_DIR} is absent (the shared corpus is not checked out here)")
    return SHARED_DIR


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """A store directory with ``seeds/`` ingested; shared by the session, so read it only."""
    from kg.ingest import ingest
    from kg.store import Store

    location = tmp_path_factory.mktemp("seed-store") / "store"
    with Store.open(location, create=True) as store:
        report = ingest(store, [str(seeds_dir)])
    assert report.ok, report.failures
    assert report.readouts == len(sorted(seeds_dir.glob("*.txt")))
    return location


def make_runner() -> CliRunner:
    """A click runner that keeps stdout and stderr apart, on any click >= 8.1."""
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]  # click < 8.2
    except TypeError:
        return CliRunner()  # click >= 8.2 always captures stderr separately


def run_cli(*args: str) -> tuple[int, str, str]:
    """``kg ARGS`` in process: (exit code, stdout, stderr); an exception other than
    SystemExit is raised, so a crash fails the test instead of passing as exit 1."""
    from kg.cli import cli

    result = make_runner().invoke(cli, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


class Listener:
    """A TCP server on 127.0.0.1 that counts the connections it gets and closes them:
    the tests' witness that no query reaches the network."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/sparql"
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    """A :class:`Listener` for one test."""
    server = Listener()
    yield server
    server.close()


# ---------------------------------------------------------------- a fake language-model server


class ChatServer:
    """An OpenAI-compatible chat-completions server on 127.0.0.1 (port 0) in a thread: it
    records every request and answers with the replies a test queued (the last one
    repeats; none queued is an empty ``{"positions": []}``), so no test needs a model."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self._replies: list[tuple[int, bytes]] = []
        #: seconds to wait before answering (to test timeouts)
        self.delay = 0.0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = None
                server.requests.append(
                    {"path": self.path, "headers": dict(self.headers), "body": body}
                )
                if server.delay:
                    time.sleep(server.delay)
                status, data = server._next()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:  # keep pytest's output clean
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"
        # a short poll: shutdown() waits up to one poll interval, and every test closes one
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def reply(self, content: str | dict[str, Any], *, finish_reason: str = "stop") -> None:
        """Queue a chat completion whose message content is ``content`` (a dict as JSON)."""
        text = content if isinstance(content, str) else json.dumps(content)
        envelope = {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": text},
                    "finish_reason": finish_reason,
                }
            ],
        }
        self._replies.append((200, json.dumps(envelope).encode()))

    def reply_positions(self, *positions: dict[str, Any]) -> None:
        """Queue a reply listing ``positions`` as the prompt asks for them."""
        self.reply({"positions": list(positions)})

    def reply_raw(self, status: int, body: str) -> None:
        """Queue an answer with any status and body (an HTTP error, a broken envelope)."""
        self._replies.append((status, body.encode()))

    def _next(self) -> tuple[int, bytes]:
        if len(self._replies) > 1:
            return self._replies.pop(0)
        return self._replies[0] if self._replies else (200, _EMPTY_COMPLETION)

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=2)


_EMPTY_COMPLETION = (
    b'{"choices": [{"index": 0, "message": {"role": "assistant", '
    b'"content": "{\\"positions\\": []}"}, "finish_reason": "stop"}]}'
)


@pytest.fixture
def chat_server() -> Iterator[ChatServer]:
    """A :class:`ChatServer` for one test."""
    server = ChatServer()
    yield server
    server.close()


@pytest.fixture
def closed_url() -> str:
    """The base URL of a port on 127.0.0.1 that nothing listens on (connection refused)."""
    with socket.create_server(("127.0.0.1", 0)) as sock:
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"
