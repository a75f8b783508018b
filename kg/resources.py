"""The one loader of kg's package data: ontology, shapes, vocabularies and prompts.

The Turtle files live in ``ontology/`` in a checkout and ship in the wheel as
the ``kg.ontology`` package, so they are found the same way in both. The
language-model prompts live in ``kg/prompts/`` and ship as data of ``kg``.

>>> "ontology.ttl" in ontology_files()
True
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import VocabularyError

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from rdflib import Graph

#: Files that hold vocabularies (data about the world), loaded into the store.
VOCABULARY_FILES = (
    "ontology.ttl",
    "mappings.ttl",
    "states.ttl",
    "people.ttl",
    "topics.ttl",
    "cues.ttl",
)
SHAPES_FILE = "shapes.ttl"
#: The folder of ``kg`` that holds the language-model prompts (package data).
PROMPTS_DIR = "prompts"


def ontology_root() -> Traversable:
    """Where the Turtle files are: the ``kg.ontology`` package of an install, or
    ``ontology/`` beside ``kg/`` when ``kg`` is imported from a checkout (as
    ``python -m pytest`` does, ahead of the installed copy).

    >>> ontology_root().joinpath("ontology.ttl").is_file()
    True
    """
    try:
        return resources.files("kg.ontology")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "ontology"


def ontology_files() -> list[str]:
    """Names of the Turtle files shipped in ``kg.ontology``."""
    root = ontology_root()
    return sorted(p.name for p in root.iterdir() if p.name.endswith(".ttl"))


def read_text(name: str) -> str:
    """The text of one shipped Turtle file; a clear error if it is missing."""
    try:
        return ontology_root().joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as err:
        raise VocabularyError(
            f"ontology file {name!r} is missing from the kg package; reinstall kg"
        ) from err


def read_prompt(name: str) -> str:
    """The text of one shipped prompt (``kg/prompts/<name>``); a clear error if it is missing.

    >>> "support" in read_prompt("positions.md")
    True
    """
    try:
        return (
            resources.files("kg").joinpath(PROMPTS_DIR).joinpath(name).read_text(encoding="utf-8")
        )
    except (FileNotFoundError, OSError) as err:
        raise VocabularyError(
            f"prompt file {name!r} is missing from the kg package; reinstall kg"
        ) from err


@cache
def load_graph(*names: str) -> Graph:
    """Parse the named Turtle files into one rdflib graph (cached; do not mutate).

    >>> len(load_graph("ontology.ttl")) > 0
    True
    """
    from rdflib import Graph

    graph = Graph()
    for name in names:
        try:
            graph.parse(data=read_text(name), format="turtle")
        except VocabularyError:
            raise
        except Exception as err:  # rdflib raises many parser types
            raise VocabularyError(f"ontology file {name!r} is not valid Turtle: {err}") from err
    return graph


def vocabulary_graph() -> Graph:
    """Ontology plus every vocabulary file that is present."""
    present = set(ontology_files())
    return load_graph(*(n for n in VOCABULARY_FILES if n in present))


def shapes_graph() -> Graph:
    """The SHACL shapes graph."""
    return load_graph(SHAPES_FILE)
