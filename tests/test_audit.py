"""The gold-free audit: its runner, its report and the title check."""

from __future__ import annotations

import io
from pathlib import Path

from pressparse.audit.runner import ALL_CHECKS, main, release_files, report, run_audit


def test_every_check_is_named_once() -> None:
    ids = [c.id for c in ALL_CHECKS]
    assert len(ids) == len(set(ids))


def test_markdown_headline_check_flags_a_lost_heading(tmp_path: Path) -> None:
    # Synthetic Markdown releases in the regeringen.se archive shape.
    (tmp_path / "kept.md").write_text(
        "# Ny ordförande i Exempelnämnden\n\nAnna Berg har utsetts till ordförande.\n",
        encoding="utf-8",
    )
    (tmp_path / "lost.md").write_text("# \n\nBara brödtext här.\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# Not a release\n", encoding="utf-8")
    files = list(release_files([tmp_path]))
    assert [f.name for f in files] == ["kept.md", "lost.md"]
    tallies = run_audit(files, workers=1, checks=("title.markdown_headline",))
    t = tallies["title.markdown_headline"]
    assert (t.total, t.flagged) == (1, 0)  # "# " alone is no heading: not counted
    out = io.StringIO()
    assert report(tallies, out)
    assert "title.markdown_headline" in out.getvalue()


def test_main_exit_code_says_whether_targets_are_met(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "# Rubriken\n\nText om något.\n\n# Rubriken två\n", encoding="utf-8"
    )
    assert main([str(tmp_path), "--workers", "1", "--check", "title.markdown_headline"]) in (0, 1)
    assert main([str(tmp_path / "missing"), "--workers", "1"]) == 2
