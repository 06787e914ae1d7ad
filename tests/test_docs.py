"""Every ```python example in README.md and docs/*.md runs, and prints what the page says.

A block is skipped when the line before its fence is ``<!-- no-test -->``. When the next
fenced block after a python block is marked ``<!-- output -->``, the example's stdout must
equal it (trailing spaces of each line ignored). Each example runs in its own interpreter,
with the repository as the working directory and its ``src`` first on the path.
"""

from __future__ import annotations

import doctest
import importlib.util
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

import pressparse  # noqa: F401  (loads pressparse.explain for the doctest below)

ROOT = Path(__file__).resolve().parents[1]
NO_TEST = "<!-- no-test -->"
OUTPUT = "<!-- output -->"


@dataclass(frozen=True)
class Block:
    path: Path
    line: int  # 1-based line of the opening fence
    lang: str
    code: str
    marker: str  # the line before the fence, stripped


def fenced_blocks(path: Path) -> list[Block]:
    """Every fenced code block of a markdown file, in order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if stripped.startswith("```") and len(stripped) > 3:
            fence_line = i
            lang = stripped[3:].strip().split()[0] if stripped[3:].strip() else ""
            body: list[str] = []
            i += 1
            while i < len(lines) and lines[i].strip() != "```":
                body.append(lines[i])
                i += 1
            marker = lines[fence_line - 1].strip() if fence_line > 0 else ""
            blocks.append(Block(path, fence_line + 1, lang, "\n".join(body) + "\n", marker))
        i += 1
    return blocks


def doc_files() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def examples() -> list[tuple[Block, str | None]]:
    """Python blocks to run, each with its expected output (or None)."""
    out: list[tuple[Block, str | None]] = []
    for path in doc_files():
        blocks = fenced_blocks(path)
        for k, b in enumerate(blocks):
            if b.lang != "python" or b.marker == NO_TEST:
                continue
            nxt = blocks[k + 1] if k + 1 < len(blocks) else None
            expected = nxt.code if nxt is not None and nxt.marker == OUTPUT else None
            out.append((b, expected))
    return out


EXAMPLES = examples()


def _strip_lines(s: str) -> str:
    return "\n".join(line.rstrip() for line in s.strip("\n").splitlines())


@pytest.mark.parametrize(
    ("block", "expected"),
    EXAMPLES,
    ids=[f"{b.path.relative_to(ROOT)}:{b.line}" for b, _ in EXAMPLES],
)
def test_doc_example_runs(block: Block, expected: str | None) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p
    )
    env["PYTHONIOENCODING"] = "utf-8"
    run = subprocess.run(
        [sys.executable, "-c", block.code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    where = f"{block.path.relative_to(ROOT)}:{block.line}"
    assert run.returncode == 0, f"{where} failed:\n{run.stderr[-3000:]}"
    if expected is not None:
        assert _strip_lines(run.stdout) == _strip_lines(expected), where


def test_docs_have_examples_and_discovery_finds_them() -> None:
    # The quick start must keep runnable examples with their printed output.
    quick = [b for b, e in EXAMPLES if b.path.name == "quickstart.md"]
    assert len(quick) >= 3
    assert any(e is not None for b, e in EXAMPLES if b.path.name == "quickstart.md")


def test_fence_parser_on_synthetic_markdown(tmp_path: Path) -> None:
    md = tmp_path / "x.md"
    md.write_text(
        "# t\n\n<!-- no-test -->\n```python\nraise SystemExit(1)\n```\n\n"
        "```python\nprint('hej')\n```\n\n<!-- output -->\n```text\nhej\n```\n",
        encoding="utf-8",
    )
    blocks = fenced_blocks(md)
    assert [b.lang for b in blocks] == ["python", "python", "text"]
    assert blocks[0].marker == NO_TEST
    assert blocks[1].code == "print('hej')\n"
    assert blocks[2].marker == OUTPUT


def _load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_models_doc_is_generated_and_fresh() -> None:
    gen = _load_script("gen_models_doc")
    committed = (ROOT / "docs" / "models.md").read_text(encoding="utf-8")
    assert committed == gen.generate(), "run: python scripts/gen_models_doc.py"


def test_models_doc_gives_every_field_a_meaning() -> None:
    from pressparse.models import PressRelease

    gen = _load_script("gen_models_doc")
    schema = PressRelease.model_json_schema()
    models = {"PressRelease": schema, **schema["$defs"]}
    missing = [
        f"{model}.{field}"
        for model, s in models.items()
        for field, prop in s["properties"].items()
        if not gen.meaning(model, field, prop)
    ]
    assert not missing, f"add a description in models.py or MEANINGS: {missing}"


def test_accuracy_table_from_a_synthetic_scorer_result() -> None:
    gen = _load_script("gen_accuracy_doc")
    result = {  # synthetic
        "documents": 2,
        "fields": {
            "title": {"accuracy": 0.5, "n": 2},
            "urls": {"precision": 1.0, "recall": 0.5, "f1": 2 / 3, "tp": 1, "fp": 0, "fn": 1},
        },
    }
    page = gen.render(result)
    assert "| title | | | 0.500 | n=2 |" in page
    assert "| urls | 1.000 | 0.500 | 0.667 | tp=1 fp=0 fn=1 |" in page
    assert "**0.583**" in page
    assert "measured on 2 annotated" in page


def test_accuracy_doc_is_committed_with_a_table() -> None:
    page = (ROOT / "docs" / "accuracy.md").read_text(encoding="utf-8")
    assert "| field | precision | recall | F1 / accuracy | counts |" in page
    assert "## Measure on your own releases" in page


def test_docstring_examples_of_the_explain_modules() -> None:
    # ``pressparse.explain`` is the function; the module is in sys.modules.
    module = sys.modules["pressparse.explain"]
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 2 and result.failed == 0
