"""kg.cache: the on-disk cache of values derived from the vocabularies (the Lexicon)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import kg.cache
from kg.cache import cached, clear


@pytest.fixture(autouse=True)
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("KG_CACHE_DIR", str(folder))
    monkeypatch.delenv("KG_NO_CACHE", raising=False)
    return folder


class Counter:
    def __init__(self, value: object) -> None:
        self.calls = 0
        self.value = value

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_built_once_then_read(cache_home: Path) -> None:
    build = Counter({"a": [1, 2]})
    assert cached("thing", build) == {"a": [1, 2]}
    assert cached("thing", build) == {"a": [1, 2]}
    assert build.calls == 1
    files = list(cache_home.glob("thing-*.pickle"))
    assert len(files) == 1
    assert oct(cache_home.stat().st_mode & 0o777) == "0o700"


def test_new_vocabulary_digest_rebuilds_and_drops_the_old_file(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached("thing", Counter(1))
    monkeypatch.setattr(kg.cache, "ontology_digest", lambda: "f" * 64)
    build = Counter(2)
    assert cached("thing", build) == 2 and build.calls == 1
    assert [p.name for p in cache_home.glob("thing-*.pickle")] == [f"thing-{'f' * 32}.pickle"]


def test_corrupt_file_is_rebuilt(cache_home: Path) -> None:
    cached("thing", Counter(1))
    (path,) = cache_home.glob("thing-*.pickle")
    path.write_bytes(b"not a pickle")
    build = Counter(3)
    assert cached("thing", build) == 3 and build.calls == 1
    assert cached("thing", Counter(4)) == 3


def test_switched_off(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_NO_CACHE", "1")
    build = Counter(5)
    assert cached("thing", build) == 5 and cached("thing", build) == 5
    assert build.calls == 2
    assert not cache_home.exists()


def test_unwritable_cache_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "cache"))
    build = Counter(6)
    assert cached("thing", build) == 6 and cached("thing", build) == 6
    assert build.calls == 2


def test_files_in_a_directory_others_can_write_are_not_trusted(cache_home: Path) -> None:
    cached("thing", Counter(1))
    os.chmod(cache_home, 0o777)
    build = Counter(7)
    assert cached("thing", build) == 7 and build.calls == 1


def test_clear(cache_home: Path) -> None:
    cached("one", Counter(1))
    cached("two", Counter(2))
    assert clear() == 2
    assert clear() == 0


def test_the_lexicon_round_trips() -> None:
    from kg.extract import RuleExtractor
    from kg.lexicon import build_lexicon
    from kg.readout import parse_readout
    from kg.resources import vocabulary_graph

    fresh = build_lexicon(vocabulary_graph())
    first = cached("lexicon", lambda: fresh)
    again = cached("lexicon", lambda: pytest.fail("the cached lexicon was not used"))
    assert again is not first
    for attr in vars(fresh):
        if attr.endswith("_matcher"):  # LabelMatcher has no __eq__: compare its tables
            assert vars(getattr(again, attr)) == vars(getattr(fresh, attr)), attr
        else:
            assert getattr(again, attr) == getattr(fresh, attr), attr
    text = (
        "---\ndate: 2020-11-16\n---\nWang said China firmly supports the one-China policy, "
        "and Kyrgyzstan expressed gratitude for China's help in fighting COVID-19."
    )
    readout = parse_readout(text, "x.txt")
    assert RuleExtractor(again).extract(readout) == RuleExtractor(fresh).extract(readout)
