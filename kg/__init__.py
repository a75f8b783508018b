"""kg: turn diplomatic readouts into a knowledge graph of stated positions.

Data flows one way: readout file -> :class:`kg.readout.Readout` ->
:mod:`kg.extract` -> :class:`kg.extract.Position` records -> :mod:`kg.graph`
(RDF) -> :mod:`kg.validate` (SHACL) -> :mod:`kg.store` -> :mod:`kg.ask`,
SPARQL, :mod:`kg.export`.
"""

from __future__ import annotations

__version__ = "0.1.0"
