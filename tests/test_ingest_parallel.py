"""``ingest(..., jobs=N)`` / ``kg ingest --jobs N``: the same store, report and failures as one process."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal

from kg.errors import EXIT_OK, EXIT_USAGE, EXIT_VIOLATIONS, ExtractionError
from kg.export import export
from kg.extract import RuleExtractor, default_extractor
from kg.ingest import IngestReport, ingest
from kg.namespaces import ID
from kg.readout import Readout
from kg.store import Store, readout_nquads, readout_ntriples

STATES = ["Kyrgyzstan", "Kazakhstan", "Mongolia", "Spain", "Pakistan", "Brazil"]
TOPICS = [
    "multilateralism",
    "the one-China policy",
    "the Belt and Road Initiative",
    "climate change",
    "food security",
    "free trade",
]


def write_corpus(folder: Path, count: int = 14) -> Path:
    """Small dated readouts in the genre, one per file, plus a JSON Lines batch."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        state = STATES[i % len(STATES)]
        a, b, c = (TOPICS[(i + k) % len(TOPICS)] for k in range(3))
        text = (
            f"---\ntitle: Readout {i}\ndate: 2021-{1 + i % 12:02d}-{1 + i:02d}\n---\n"
            f"On {1 + i} March, Wang Yi spoke with the foreign minister of {state}.\n\n"
            f"Wang Yi said China firmly supports {a} and {b}.\n\n"
            f"For his part, the foreign minister of {state} expressed gratitude for China's help "
            f"with {c}.\n\n"
            f"The two sides agreed to strengthen cooperation in {b} and {c}.\n\n"
            f"{state} hopes that China will continue to uphold {a}.\n"
        )
        (folder / f"{i:03d}_readout.txt").write_text(text, encoding="utf-8")
    lines = [
        {"text": f"{STATES[k]} firmly supports {TOPICS[k]}.", "date": f"2022-03-{10 + k}"}
        for k in range(len(STATES))
    ]
    (folder / "batch.jsonl").write_text(
        "\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8"
    )
    return folder


def add_bad_files(folder: Path) -> None:
    """An undated text, a binary file and a JSON Lines file with one bad line among good ones."""
    (folder / "050_undated.txt").write_text("The ministers spoke about trade.\n", encoding="utf-8")
    (folder / "051_scan.txt").write_bytes(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    (folder / "052_mixed.jsonl").write_text(
        '{"text": "Spain supports multilateralism.", "date": "2021-01-05"}\n'
        "not json\n"
        '{"text": "An undated line."}\n'
        '{"text": "Brazil supports free trade.", "date": "2021-01-06"}\n',
        encoding="utf-8",
    )


def run(location: Path, paths: list[str], jobs: int, **kwargs) -> tuple[IngestReport, bytes]:
    with Store.open(location, create=True) as store:
        report = ingest(store, paths, jobs=jobs, **kwargs)
        return report, export(store, "nt")


@pytest.fixture
def corpus(tmp_path: Path, seeds_dir: Path) -> Path:
    folder = write_corpus(tmp_path / "corpus")
    for seed in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    return folder


def test_same_export_report_and_order(tmp_path: Path, corpus: Path) -> None:
    one, nt_one = run(tmp_path / "one", [str(corpus)], jobs=1)
    two, nt_two = run(tmp_path / "two", [str(corpus)], jobs=2)
    assert one.ok and one.readouts == 14 + 6 + 2
    assert two == one
    assert nt_two == nt_one
    assert len(nt_one) > 10_000


def test_dev_corpus_gives_the_same_export(tmp_path: Path) -> None:
    dev = Path(__file__).parents[1].parent / "shared" / "corpus" / "dev"
    if not dev.is_dir():
        pytest.skip(f"{dev} is absent")
    one, nt_one = run(tmp_path / "one", [str(dev)], jobs=1)
    three, nt_three = run(tmp_path / "three", [str(dev)], jobs=3)
    assert three == one
    assert nt_three == nt_one


def test_failures_reported_the_same_way(tmp_path: Path, corpus: Path) -> None:
    add_bad_files(corpus)
    missing = str(tmp_path / "nowhere.txt")
    paths = [str(corpus), missing]
    one, nt_one = run(tmp_path / "one", paths, jobs=1)
    two, nt_two = run(tmp_path / "two", paths, jobs=2)
    assert not one.ok
    assert two.failures == one.failures  # same messages, same order
    assert two == one
    assert nt_two == nt_one
    where = [f.path for f in one.failures]
    assert str(corpus / "050_undated.txt") in where
    assert str(corpus / "051_scan.txt") in where
    assert missing in where
    assert any(f.message.startswith(f"{corpus / '052_mixed.jsonl'}:2") for f in one.failures)
    assert any(f.message.startswith(f"{corpus / '052_mixed.jsonl'}:3") for f in one.failures)


def test_small_chunks_keep_order(tmp_path: Path, corpus: Path, monkeypatch) -> None:
    """JSON Lines files are cut into chunks; a window of one task still gives input order."""
    import kg.ingest

    monkeypatch.setattr(kg.ingest, "CHUNK", 1)
    monkeypatch.setattr(kg.ingest, "AHEAD", 1)
    add_bad_files(corpus)
    one, nt_one = run(tmp_path / "one", [str(corpus)], jobs=1)
    two, nt_two = run(tmp_path / "two", [str(corpus)], jobs=2)
    assert two == one and nt_two == nt_one


def test_same_file_twice_and_reingest(tmp_path: Path, corpus: Path) -> None:
    seed = str(sorted(corpus.glob("0*.txt"))[0])
    one, _ = run(tmp_path / "one", [seed, seed, str(corpus)], jobs=1)
    two, _ = run(tmp_path / "two", [seed, seed, str(corpus)], jobs=2)
    assert two == one and one.unchanged == 2  # the second copy, then the third in corpus/
    again, _ = run(tmp_path / "two", [str(corpus)], jobs=2)
    assert again.unchanged == again.readouts == one.readouts - 2


def test_progress_per_file_in_order(tmp_path: Path, corpus: Path) -> None:
    from kg.readout import expand_paths

    seen: list[str] = []
    with Store.open(tmp_path / "s", create=True) as store:
        ingest(store, [str(corpus)], jobs=2, progress=seen.append)
    assert seen == expand_paths([str(corpus)])


def test_nothing_to_ingest(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    report, _ = run(tmp_path / "s", [str(tmp_path / "empty")], jobs=2)
    assert report == IngestReport(0, 0, 0, ())


class _LocalExtractor:
    """Not picklable (holds a lambda): fork hands it to the workers as it is."""

    def __init__(self) -> None:
        self.inner: RuleExtractor = default_extractor()
        self.hook = lambda readout: readout

    def extract(self, readout: Readout):  # noqa: ANN201 - kg.extract.Extraction
        return self.inner.extract(self.hook(readout))


def test_custom_extractor_reaches_the_workers(tmp_path: Path, corpus: Path) -> None:
    one, nt_one = run(tmp_path / "one", [str(corpus)], jobs=1, extractor=_LocalExtractor())
    two, nt_two = run(tmp_path / "two", [str(corpus)], jobs=2, extractor=_LocalExtractor())
    assert two == one and nt_two == nt_one


class _DyingExtractor:
    """Kills its worker process on the readout titled 'Readout 3'."""

    def extract(self, readout: Readout):  # noqa: ANN201
        if readout.title == "Readout 3":
            os._exit(13)
        return default_extractor().extract(readout)


def test_a_dead_worker_is_a_clear_error(tmp_path: Path, corpus: Path) -> None:
    from kg.readout import expand_paths

    before = expand_paths([str(corpus)]).index(str(corpus / "003_readout.txt"))
    with Store.open(tmp_path / "s", create=True) as store:
        with pytest.raises(ExtractionError, match="worker process died.*--jobs 1"):
            ingest(store, [str(corpus)], jobs=2, extractor=_DyingExtractor())
        # readouts written before the failure stay, each in its own transaction;
        # none after it is written
        assert store.readout_count() <= before


def test_nquads_path_stores_what_put_readout_stores(tmp_path: Path, make_readout) -> None:
    name, graph = make_readout(7, positions=4)
    with Store.open(tmp_path / "a", create=True) as a, Store.open(tmp_path / "b", create=True) as b:
        assert a.put_readout(name, graph)
        assert b.put_readout_nquads(name, readout_nquads(name, graph))
        assert a.dump("nquads") == b.dump("nquads")
        assert not b.put_readout(name, graph)  # the same quads: nothing to write
        changed = Graph()
        for triple in list(graph)[1:]:
            changed.add(triple)
        assert b.put_readout_nquads(name, readout_nquads(name, changed))  # a replacement
        assert set(b.graph(name)) == set(changed)


def test_nquads_of_another_graph_are_refused(tmp_path: Path, make_readout) -> None:
    from kg.errors import StoreError

    name, graph = make_readout(1)
    with (
        Store.open(tmp_path / "a", create=True) as store,
        pytest.raises(StoreError, match="another"),
    ):
        store.put_readout_nquads(ID["readout/other"], readout_nquads(name, graph))


def test_ntriples_path_stores_what_put_readout_stores(tmp_path: Path, make_readout) -> None:
    name, graph = make_readout(7, positions=4)
    with Store.open(tmp_path / "a", create=True) as a, Store.open(tmp_path / "b", create=True) as b:
        assert a.put_readout(name, graph)
        assert b.put_readout_ntriples(name, readout_ntriples(graph))  # loaded by Oxigraph
        assert a.dump("nquads") == b.dump("nquads")
        assert not b.put_readout_ntriples(name, readout_ntriples(graph))  # nothing to write
        changed = Graph()
        for triple in list(graph)[1:]:
            changed.add(triple)
        assert b.put_readout_ntriples(name, readout_ntriples(changed))  # a replacement
        assert set(b.graph(name)) == set(changed)
        assert a.put_readout(name, changed)
        assert a.dump("nquads") == b.dump("nquads")


def test_ntriples_path_with_blank_nodes_and_empty_graphs(tmp_path: Path, make_readout) -> None:
    name, graph = make_readout(3)
    with_bnode = Graph()
    for triple in graph:
        with_bnode.add(triple)
    with_bnode.add((BNode("b0"), ID["p"], Literal("a literal with _: in it")))
    with Store.open(tmp_path / "a", create=True) as a, Store.open(tmp_path / "b", create=True) as b:
        for g in (with_bnode, Graph()):
            assert a.put_readout(name, g) == b.put_readout_ntriples(name, readout_ntriples(g))
            assert a.has_readout(name) and b.has_readout(name)
            assert len(a.graph(name)) == len(b.graph(name)) == len(g)


def test_ntriples_path_refuses_quads(tmp_path: Path, make_readout) -> None:
    from kg.errors import StoreError

    name, graph = make_readout(1)
    with (
        Store.open(tmp_path / "a", create=True) as store,
        pytest.raises(StoreError, match="invalid N-Triples"),
    ):
        store.put_readout_ntriples(name, readout_nquads(ID["readout/other"], graph))
    with Store.open(tmp_path / "a") as store:
        assert not store.has_readout(name)


# ---------------------------------------------------------------- the command line


def test_cli_jobs(tmp_path: Path, corpus: Path) -> None:
    from test_cli import kg

    add_bad_files(corpus)
    one = kg(tmp_path / "one", "ingest", str(corpus))
    two = kg(tmp_path / "two", "ingest", "--jobs", "2", str(corpus))
    assert one.exit_code == two.exit_code == EXIT_VIOLATIONS
    assert two.stderr == one.stderr.replace(str(tmp_path / "one"), str(tmp_path / "two"))
    nt_one = kg(tmp_path / "one", "export", "--format", "nt")
    nt_two = kg(tmp_path / "two", "export", "--format", "nt")
    assert nt_one.exit_code == nt_two.exit_code == EXIT_OK
    assert nt_one.stdout == nt_two.stdout


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_cli_jobs_must_be_a_positive_number(tmp_path: Path, corpus: Path, value: str) -> None:
    from test_cli import kg

    result = kg(tmp_path / "s", "ingest", "--jobs", value, str(corpus))
    assert result.exit_code == EXIT_USAGE
    assert not (tmp_path / "s").exists()
