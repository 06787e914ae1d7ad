"""Coverage-guided fuzzing of pressparse.parse with atheris, seeded with the corpus.

usage: python fuzz/fuzz_parse.py [-runs=N] [CORPUS_DIR ...]

The contract under test: for any bytes, parse() returns a PressRelease or raises
InputError; anything else is a finding (atheris stops and prints the input).
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import pressparse


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    as_text = fdp.ConsumeBool()
    payload = fdp.ConsumeBytes(fdp.remaining_bytes())
    try:
        if as_text:
            pressparse.parse(
                payload.decode("utf-8", "surrogateescape")
                .encode("utf-8", "replace")
                .decode("utf-8")
            )
        else:
            pressparse.parse(payload)
    except pressparse.InputError:
        pass


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
