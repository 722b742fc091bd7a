"""libFuzzer (atheris) target for the gazetteer YAML loader: ``python tests/fuzz/atheris_yaml.py -max_total_time=20``."""

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).parent))
with atheris.instrument_imports():
    import targets


def test_one_input(data: bytes) -> None:
    targets.yaml_one(data)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
