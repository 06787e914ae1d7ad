"""Extractors: one module per field, each a pure function of the Document."""
