"""The ontology, SHACL shapes and vocabularies of kg, shipped as package data (kg.ontology)."""
