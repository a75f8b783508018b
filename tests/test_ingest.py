"""The ingest pipeline: files -> readouts -> graphs -> SHACL -> store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.export import export
from kg.ingest import IngestReport, ingest
from kg.namespaces import VOCAB_GRAPH
from kg.store import Store
from kg.validate import validate_store

COUNT_POSITIONS = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a kg:Position }"


def count_positions(store: Store) -> int:
    rows = store.select(COUNT_POSITIONS, prefixes={"kg": "https://w3id.org/kg-readouts/ontology#"})
    return int(rows[0]["n"].toPython())


def seed_files(seeds_dir: Path) -> list[Path]:
    return sorted(seeds_dir.glob("*.txt"))


def test_ingest_seeds_report(tmp_path: Path, seeds_dir: Path) -> None:
    with Store.open(tmp_path / "store", create=True) as store:
        assert store.readout_count() == 0
        report = ingest(store, [str(seeds_dir)])
        assert isinstance(report, IngestReport)
        assert report.ok
        assert report.failures == ()
        assert report.readouts == len(seed_files(seeds_dir)) == 2
        assert report.unchanged == 0
        assert report.positions > 0
        assert store.readout_count() == report.readouts
        assert count_positions(store) == report.positions
        assert len(store.graph(VOCAB_GRAPH)) > 1000  # the vocabulary is loaded too
        assert validate_store(store).conforms


def test_ingest_twice_changes_nothing(tmp_path: Path, seeds_dir: Path) -> None:
    location = tmp_path / "store"
    with Store.open(location, create=True) as store:
        first = ingest(store, [str(seeds_dir)])
        dump_first = store.dump("nt")
        export_first = export(store, "nt")
    assert first.ok and first.unchanged == 0
    with Store.open(location, create=True) as store:
        second = ingest(store, [str(seeds_dir)])
        dump_second = store.dump("nt")
        export_second = export(store, "nt")
        readouts = store.readout_count()
    assert second.ok
    assert second.readouts == first.readouts
    assert second.unchanged == second.readouts == 2
    assert second.positions == first.positions
    assert readouts == 2
    assert len(dump_first) > 1000
    assert dump_second == dump_first
    assert export_second == export_first


def test_ingest_same_file_twice_in_one_call(tmp_path: Path, seeds_dir: Path) -> None:
    seed = str(seed_files(seeds_dir)[0])
    with Store.open(tmp_path / "store", create=True) as store:
        report = ingest(store, [seed, seed])
        assert report.ok
        assert report.readouts == 2
        assert report.unchanged == 1
        assert store.readout_count() == 1


def test_bad_file_among_good(tmp_path: Path, seeds_dir: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for seed in seed_files(seeds_dir):
        shutil.copy(seed, inbox / seed.name)
    undated = inbox / "050_undated.txt"
    undated.write_text("The two ministers spoke by phone about trade.\n", encoding="utf-8")
    binary = inbox / "051_scan.txt"
    binary.write_bytes(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    good = inbox / "052_good.md"
    good.write_text(
        "---\ndate: 2021-01-05\n---\nChina firmly supports multilateralism.\n", encoding="utf-8"
    )
    with Store.open(tmp_path / "store", create=True) as store:
        report = ingest(store, [str(inbox)])
        stored = store.readout_count()
        positions = count_positions(store)
        conforms = validate_store(store).conforms
    assert not report.ok
    assert report.readouts == 3  # the two seeds and the good file land
    assert stored == 3
    assert positions == report.positions > 0
    assert conforms
    failed = {f.path: f.message for f in report.failures}
    assert set(failed) == {str(undated), str(binary)}
    for path, message in failed.items():
        assert path in message
        assert "\n" not in message
    assert "--date" in failed[str(undated)]
    assert "binary" in failed[str(binary)]


def test_bad_line_in_jsonl_does_not_sink_the_good_lines(tmp_path: Path) -> None:
    """One readout is one transaction (kg.ingest): a JSONL line that fails to load is
    reported with its line number, and the other readouts of the file still land."""
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        '{"text": "China firmly supports multilateralism.", "date": "2021-01-05"}\n'
        '{"text": "Kyrgyzstan supports the one-China policy.", "date": "2021-01-06"}\n'
        '{"text": "An undated line in a batch of readouts."}\n',
        encoding="utf-8",
    )
    with Store.open(tmp_path / "store", create=True) as store:
        report = ingest(store, [str(batch)])
        stored = store.readout_count()
    assert not report.ok
    assert len(report.failures) == 1
    assert f"{batch}:3" in report.failures[0].message
    assert report.readouts == 2
    assert stored == 2


def test_missing_file_is_a_failure_not_a_crash(tmp_path: Path, seeds_dir: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    with Store.open(tmp_path / "store", create=True) as store:
        report = ingest(store, [str(missing), str(seed_files(seeds_dir)[0])])
        assert store.readout_count() == 1
    assert report.readouts == 1
    assert [f.path for f in report.failures] == [str(missing)]
    assert "no such file" in report.failures[0].message


def test_default_date_reaches_the_store(tmp_path: Path) -> None:
    import datetime as dt

    text = tmp_path / "undated.txt"
    text.write_text("China firmly supports multilateralism.\n", encoding="utf-8")
    with Store.open(tmp_path / "store", create=True) as store:
        report = ingest(store, [str(text)], default_date=dt.date(2022, 2, 22))
        dates = {
            str(r["d"])
            for r in store.select(
                "SELECT ?d WHERE { ?p a kg:Position ; dcterms:date ?d }",
                prefixes={
                    "kg": "https://w3id.org/kg-readouts/ontology#",
                    "dcterms": "http://purl.org/dc/terms/",
                },
            )
        }
    assert report.ok and report.positions >= 1
    assert dates == {"2022-02-22"}


def test_progress_is_called_per_file(tmp_path: Path, seeds_dir: Path) -> None:
    seen: list[str] = []
    with Store.open(tmp_path / "store", create=True) as store:
        ingest(store, [str(seeds_dir)], progress=seen.append)
    assert seen == [str(p) for p in seed_files(seeds_dir)]


@pytest.mark.parametrize("paths", [[], ["{tmp}/empty-dir"]])
def test_nothing_to_ingest(tmp_path: Path, paths: list[str]) -> None:
    (tmp_path / "empty-dir").mkdir()
    with Store.open(tmp_path / "store", create=True) as store:
        report = ingest(store, [p.format(tmp=tmp_path) for p in paths])
        assert store.readout_count() == 0
    assert report == IngestReport(0, 0, 0, ())
