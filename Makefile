# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-dev

.PHONY: demo test lint typecheck unit bench bench-batch fuzz clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Parses the bundled samples, loads them into SQLite and prints a summary query.
demo: $(STAMP)
	$(PY) examples/demo.py

lint: $(STAMP)
	$(VENV)/bin/ruff check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy --strict src

unit: $(STAMP)
	$(PY) -m pytest

test: lint typecheck unit

# Parsing speed of the library, then the batch CLI (throughput with 1 and 2 workers, memory).
bench: $(STAMP)
	if [ -f benchmarks/bench.py ]; then $(PY) benchmarks/bench.py; fi
	$(PY) benchmarks/bench_batch.py

bench-batch: $(STAMP)
	$(PY) benchmarks/bench_batch.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
