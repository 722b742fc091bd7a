"""libFuzzer (atheris) target for annotate: ``python tests/fuzz/atheris_annotate.py -max_total_time=20``."""

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).parent))
with atheris.instrument_imports():
    import targets

targets.gazetteer()


def test_one_input(data: bytes) -> None:
    targets.annotate_one(data)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
