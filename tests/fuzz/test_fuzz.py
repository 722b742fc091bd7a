"""Bounded fuzzing in the test suite: hypothesis over the fuzz oracles, and the atheris targets (when installed)
for ``TOPONYMS_FUZZ_SECONDS`` each (default 0: skipped, as each costs ~5 s of start-up; CI sets 20)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import targets

SECONDS = float(os.environ.get("TOPONYMS_FUZZ_SECONDS", "0"))
HERE = Path(__file__).parent
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NAMES = ["Stepanakert", "Степанакерт", "Ստեփանակերտ", "Xankəndi", "Шуши", "Şuşa", "Nagorno-Karabakh", "Ağdam"]
text_bits = st.one_of(
    st.text(max_size=40),
    st.sampled_from(NAMES),
    st.sampled_from(NAMES).map(str.upper),
    st.sampled_from(["-", "'", "’", "\u0301", "\u200b", "İ", "ı", "ə", "\n", "-da", "-nın", "е", "ի", "ում"]),
)


@FUZZ
@given(st.integers(0, 255), st.lists(text_bits, max_size=12))
def test_fuzz_annotate(mode: int, bits: list[str]) -> None:
    targets.annotate_one(bytes([mode]) + "".join(bits).encode("utf-8", "surrogatepass"))


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**15), 10**15),  # bigger ints: see test_hostile's xfail (OverflowError in data.to_place)
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.sampled_from(["az", "hy", "ru", "en", "xx", "official", "former", "city", "", "Şuşa", "Шуши"]),
)
name_rec = st.dictionaries(st.sampled_from(["text", "lang", "origin", "role", "since", "until", "script", "scheme"]), scalars, max_size=8)
field_val = st.one_of(scalars, st.lists(scalars, max_size=3), st.lists(name_rec, max_size=3), name_rec)
record = st.dictionaries(
    st.sampled_from(["id", "kind", "names", "unit", "parent", "lat", "lon", "geonames", "wof", "status", "sources", "curated"]),
    field_val,
    max_size=10,
)
document = st.one_of(st.lists(st.one_of(record, scalars), max_size=4), scalars, record)


@FUZZ
@given(document)
def test_fuzz_yaml_loader_structured(doc: object) -> None:
    targets.yaml_one(yaml.safe_dump(doc, allow_unicode=True).encode())


@FUZZ
@given(st.binary(max_size=200))
def test_fuzz_yaml_loader_bytes(data: bytes) -> None:
    targets.yaml_one(data)


@pytest.mark.skipif(SECONDS <= 0, reason="TOPONYMS_FUZZ_SECONDS=0")
@pytest.mark.parametrize("target", ["atheris_annotate.py", "atheris_yaml.py"])
def test_atheris_targets(target: str, tmp_path: Path) -> None:
    pytest.importorskip("atheris")
    p = subprocess.run(
        [sys.executable, str(HERE / target), f"-max_total_time={int(max(SECONDS, 1))}", f"-artifact_prefix={tmp_path}/", "-print_final_stats=0"],
        capture_output=True,
        cwd=tmp_path,
        timeout=SECONDS + 60,
    )
    assert p.returncode == 0, p.stderr.decode(errors="replace")[-3000:]
