# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-dev

.PHONY: demo test lint typecheck unit check-linear bench bench-batch fuzz audit clean

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

# The linear-time checks that compare CPU times (every pattern on hostile runs, parse() on
# inputs 8 times larger). Kept out of `make test`, where a busy machine could fail them; a
# failing check is measured again up to twice, only the failed ones.
check-linear: $(STAMP)
	$(PY) -m pytest -m timing \
	  || $(PY) -m pytest -m timing --lf \
	  || $(PY) -m pytest -m timing --lf

# Parsing speed of the library against its floor and the tools users would otherwise combine
# (installed by the `bench` extra), then the batch CLI (1 and 2 workers, memory).
bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	$(PY) benchmarks/bench.py
	$(PY) benchmarks/bench_batch.py

# Coverage-guided fuzzing of parse() with atheris, seeded with the corpus (a copy: libFuzzer
# writes new inputs into its corpus folder).
FUZZ_RUNS ?= 100000
fuzz: $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,fuzz]'
	rm -rf .fuzz-corpus && mkdir -p .fuzz-corpus
	cp tests/fixtures/*.txt tests/fixtures/*.html .fuzz-corpus/
	if [ -d ../shared/corpus ]; then cp ../shared/corpus/*.txt ../shared/corpus/*.html .fuzz-corpus/; fi
	$(PY) fuzz/fuzz_parse.py -runs=$(FUZZ_RUNS) -max_len=16384 .fuzz-corpus

bench-batch: $(STAMP)
	$(PY) benchmarks/bench_batch.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache .fuzz-corpus

# Gold-free checks over an archive of releases (default: the shared unlabeled releases):
# the rate of surely wrong outputs per check, against its target.
AUDIT_DIRS ?= ../shared/unlabeled
audit: $(STAMP)
	$(PY) -m pressparse.audit $(AUDIT_DIRS)
