"""Dask: annotate_bag over dict records, JSONL lines and plain texts, with the synchronous and processes
schedulers; results equal the CLI's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

db = pytest.importorskip("dask.bag")
import dask  # noqa: E402

import toponyms  # noqa: E402
from toponyms import batch  # noqa: E402
from toponyms.dask import annotate_bag, annotate_records  # noqa: E402

TEXTS = ["Stepanakert", "Шуши и Ağdam", "", "nothing", "Ստեփանակերտում", "Nagorno-Karabakh"] * 5


def expected(text: str) -> list[dict]:
    return [m.to_dict() for m in toponyms.load().annotate(text)]


def test_records_synchronous() -> None:
    recs = [{"id": i, "meta": {"body": t}} for i, t in enumerate(TEXTS)]
    bag = db.from_sequence(recs, npartitions=4)
    out = annotate_bag(bag, field="meta.body").compute(scheduler="synchronous")
    assert [r["id"] for r in out] == list(range(len(TEXTS)))
    assert all(r["toponyms"] == expected(r["meta"]["body"]) for r in out)
    assert "toponyms" not in recs[0]  # the input records are not modified


def test_jsonl_lines_with_processes_equal_the_cli(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(TEXTS)), encoding="utf-8")
    bag = db.read_text(str(p), blocksize=200)
    with dask.config.set(scheduler="processes", num_workers=2):
        lines = annotate_bag(bag, jsonl=True).compute()
    import io

    buf = io.BytesIO()
    batch.run([str(p)], toponyms.load(), batch.Options(fmt="jsonl"), buf)
    assert "".join(lines).encode() == buf.getvalue()


def test_plain_texts() -> None:
    out = annotate_bag(db.from_sequence(TEXTS[:6], npartitions=2), langs=["ru"]).compute(scheduler="synchronous")
    assert [[m["id"] for m in ms] for ms in out] == [[], ["shusha-city"], [], [], [], []]


def test_bad_records() -> None:
    with pytest.raises(ValueError, match="no 'text' field"):
        list(annotate_records([{"body": "x"}]))
    (out,) = annotate_records([{"text": 5}], skip_bad=True)
    assert out["toponyms_error"] == "the record has a int, not a string, in its 'text' field"
