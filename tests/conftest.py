"""Fixtures shared by the command-line, database and Dask tests."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
# The bundled sample releases (real releases; examples/SOURCES.md says where each is from).
SAMPLES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html"))


@pytest.fixture
def samples_dir(tmp_path: Path) -> Path:
    """The bundled sample releases alone in a directory (examples/ also holds notes)."""
    root = tmp_path / "samples"
    root.mkdir()
    for p in SAMPLES:
        (root / p.name).write_bytes(p.read_bytes())
    return root
