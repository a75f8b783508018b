"""An on-disk cache of what kg derives from its packaged vocabularies.

Building the extractor's :class:`~kg.lexicon.Lexicon` means parsing about
8,500 triples of Turtle with rdflib and compiling its patterns: about 0.6 s,
paid by every ``kg ask``, ``kg positions`` or ``kg extract`` process. The
pickled lexicon loads in a fraction of that. A cached value is keyed by the
SHA-256 of every Turtle file shipped in ``kg.ontology`` (names and bytes),
the source of ``kg.lexicon`` (which builds it), kg's version and the Python
version, so editing a vocabulary or the lexicon code, upgrading kg
or switching interpreters rebuilds it; nothing has to be invalidated by hand.

Where: ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``
(created with mode 0700). ``KG_NO_CACHE=1`` turns the cache off. A cache that
cannot be read (corrupt, foreign owner, other format) is rebuilt; one that
cannot be written (read-only home) is skipped: the cache only ever saves
time, it never changes a result or raises.

Wiring, in :func:`kg.lexicon.load_lexicon`::

    from kg.cache import cached
    return cached("lexicon", lambda: build_lexicon(vocabulary_graph()))

>>> import tempfile, os
>>> os.environ["KG_CACHE_DIR"] = tempfile.mkdtemp()
>>> cached("answer", lambda: 42), cached("answer", lambda: 0)
(42, 42)
>>> del os.environ["KG_CACHE_DIR"]
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import stat
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

from kg import __version__

T = TypeVar("T")

#: Bump when the layout of cached files changes.
CACHE_FORMAT = 1


def cache_dir() -> Path:
    """The cache directory: ``$KG_CACHE_DIR``, ``$XDG_CACHE_HOME/kg`` or ``~/.cache/kg``.

    >>> cache_dir().name in ("kg",) or "KG_CACHE_DIR" in os.environ
    True
    """
    env = os.environ.get("KG_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or "~/.cache"
    return Path(base).expanduser() / "kg"


@cache
def ontology_digest() -> str:
    """SHA-256 over the shipped Turtle files, kg.lexicon's source, kg's version and the
    Python version.

    >>> len(ontology_digest())
    64
    """
    digest = hashlib.sha256()
    digest.update(f"kg {__version__} format {CACHE_FORMAT} py {sys.version_info[:2]}".encode())
    from kg.resources import ontology_root

    root = ontology_root()
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".ttl"):
            digest.update(entry.name.encode() + b"\0")
            digest.update(entry.read_bytes())
            digest.update(b"\0")
    # the code that builds and defines what is pickled: a change to it is a new format
    digest.update(Path(__file__).with_name("lexicon.py").read_bytes())
    return digest.hexdigest()


def enabled() -> bool:
    """False when ``KG_NO_CACHE`` is set to anything but ``0`` or the empty string."""
    return os.environ.get("KG_NO_CACHE", "") in ("", "0")


def _path(name: str) -> Path:
    return cache_dir() / f"{name}-{ontology_digest()[:32]}.pickle"


def _trusted(path: Path) -> bool:
    """Only unpickle files owned by this user in a directory others cannot write."""
    if not hasattr(os, "getuid"):  # pragma: no cover - Windows: the profile directory is private
        return True
    try:
        info, parent = path.stat(), path.parent.stat()
    except OSError:
        return False
    uid = os.getuid()
    open_to_others = stat.S_IWGRP | stat.S_IWOTH
    return info.st_uid == uid and parent.st_uid == uid and not parent.st_mode & open_to_others


def _load(path: Path) -> object:
    with path.open("rb") as handle:
        return pickle.load(handle)


def _store(path: Path, value: object) -> None:
    """Write atomically; remove this name's files of other digests."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    stem = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{stem}-*.pickle"):
        if old != path:
            with contextlib.suppress(OSError):
                old.unlink()


def cached(name: str, build: Callable[[], T]) -> T:
    """The value ``build()`` returns, from the cache when a valid copy is there.

    ``name`` names the kind of value (``"lexicon"``); the value must pickle.
    """
    if not enabled():
        return build()
    path = _path(name)
    if _trusted(path):
        try:
            return _load(path)  # type: ignore[return-value]
        except Exception:  # noqa: BLE001 - corrupt or stale pickle: rebuild it
            pass
    value = build()
    with contextlib.suppress(OSError, pickle.PicklingError, TypeError, AttributeError):
        _store(path, value)
    return value


def clear() -> int:
    """Remove every cached file; returns how many were removed.

    >>> import tempfile
    >>> os.environ["KG_CACHE_DIR"] = tempfile.mkdtemp()
    >>> _ = cached("answer", lambda: 42)
    >>> clear()
    1
    >>> del os.environ["KG_CACHE_DIR"]
    """
    removed = 0
    folder = cache_dir()
    if folder.is_dir():
        for path in folder.glob("*.pickle"):
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    return removed
