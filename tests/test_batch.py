"""batch.py: safe chunk cuts, global offsets across chunks, --jobs parity byte for byte, bounded window, pickling."""

from __future__ import annotations

import io
import json
import pickle
from pathlib import Path

import pytest
from typer.testing import CliRunner

import toponyms
from toponyms import batch
from toponyms.cli import _register_optional_commands, app
from toponyms.textio import InputError

_register_optional_commands()
runner = CliRunner()

WORDS = "the and Stepanakert Шуши Xankəndi Ստեփանակերտ Ağdam river in of Karabakh Baku Ханкенди Nagorno-Karabakh".split()


def corpus(n: int, seed: int = 1) -> list[str]:
    import random

    rnd = random.Random(seed)
    return [" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(0, 25))) for _ in range(n)]


# -- safe cuts and global offsets ---------------------------------------------------------------------------
def test_safe_cut_prefers_paragraph_breaks() -> None:
    buf = "a b\nc d\n\ne Nagorno\nKarabakh f\n" + "x" * 50
    cut = batch.safe_cut(buf, target=10, hard=1000)
    assert buf[:cut].endswith("\n\n")
    assert batch.safe_cut("short", target=10) is None
    # no blank line: wait for more text until the hard limit, then a line break, then whitespace
    assert batch.safe_cut("Nagorno\nKarabakh " * 3, target=10, hard=1000) is None
    assert batch.safe_cut("ab\ncd ef", target=2, hard=5) == 3
    assert batch.safe_cut("abcd ef", target=2, hard=6) == 5
    assert batch.safe_cut("abcdefgh", target=2, hard=6) == 6


def test_text_chunks_offsets_are_global_and_rejoin_exactly() -> None:
    text = "\n\n".join(corpus(400)) + "\n"
    chunks = list(batch.iter_text_chunks(io.BytesIO(text.encode()), "t", target=500, hard=4000))
    assert len(chunks) > 10
    assert "".join(c for _, c in chunks) == text
    pos = 0
    for off, c in chunks:
        assert off == pos
        pos += len(c)


def test_chunked_annotation_equals_whole_text_annotation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n\n".join(corpus(300)) + "\n"
    g = toponyms.load()
    whole = [(m.start, m.end, m.place.id) for m in g.annotate(text)]
    p = tmp_path / "t.txt"
    p.write_text(text, encoding="utf-8")
    monkeypatch.setattr(batch, "CHUNK_CHARS", 700)
    monkeypatch.setattr(batch, "iter_text_chunks", _small_chunks(batch.iter_text_chunks))
    buf = io.BytesIO()
    batch.run([str(p)], g, batch.Options(fmt="json"), buf)
    got = [(m["start"], m["end"], m["id"]) for m in json.loads(buf.getvalue())[0]["mentions"]]
    assert got == whole
    assert all(text[s:e] for s, e, _ in got)


def _small_chunks(orig):  # noqa: ANN001, ANN202
    def wrapped(*a, **kw):  # noqa: ANN002, ANN003, ANN202
        kw["target"] = 700
        pieces = list(orig(*a, **kw))
        assert len(pieces) > 5
        return iter(pieces)

    return wrapped


def test_decode_error_names_global_byte_offset_across_blocks() -> None:
    data = ("é" * 40000).encode() + b"\xff" + b"tail"
    with pytest.raises(InputError, match=r"f\.txt: not valid utf-8 at byte 80000 "):
        list(batch.iter_text_chunks(io.BytesIO(data), "f.txt", target=1000))


def test_split_utf8_sequence_across_blocks_is_fine() -> None:
    data = ("ş" * 70001).encode()  # 2-byte chars; blocks of 1025 bytes split one in half
    chunks = list(batch.iter_text_chunks(io.BytesIO(data), "f", target=1025, hard=5000))
    assert len(chunks) > 10
    assert "".join(c for _, c in chunks) == "ş" * 70001


def test_bom_is_dropped_and_offsets_count_from_after_it() -> None:
    chunks = list(batch.iter_text_chunks(io.BytesIO(b"\xef\xbb\xbfShusha"), "f"))
    assert chunks == [(0, "Shusha")]


def test_other_encoding() -> None:
    chunks = list(batch.iter_text_chunks(io.BytesIO("Степанакерт".encode("cp1251")), "f", encoding="cp1251"))
    assert chunks == [(0, "Степанакерт")]


# -- --jobs parity -----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def jsonl_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    p = tmp_path_factory.mktemp("jobs") / "in.jsonl"
    with open(p, "w", encoding="utf-8") as f:
        for i, t in enumerate(corpus(3000)):
            f.write(json.dumps({"id": i, "text": t, "n": [i, 1.0]}, ensure_ascii=False) + "\n")
    return p


def test_jobs_output_equals_single_process_byte_for_byte(jsonl_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "CHUNK_LINES", 50)  # many chunks, so order across workers is exercised
    g = toponyms.load()
    outs = []
    for jobs in (1, 2, 3):
        buf = io.BytesIO()
        stats = batch.run([str(jsonl_file)], g, batch.Options(fmt="jsonl"), buf, jobs=jobs)
        assert stats.records == 3000
        outs.append(buf.getvalue())
    assert outs[0] == outs[1] == outs[2]
    ids = [json.loads(x)["id"] for x in outs[0].splitlines()]
    assert ids == list(range(3000))


@pytest.mark.parametrize("fmt", ["text", "json", "html"])
def test_jobs_parity_for_text_formats(tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "CHUNK_CHARS", 2000)
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("\n\n".join(corpus(400, 2)), encoding="utf-8")
    b.write_text("\n\n".join(corpus(100, 3)), encoding="utf-8")
    g = toponyms.load()
    outs = []
    for jobs in (1, 2):
        buf = io.BytesIO()
        batch.run([str(a), str(b)], g, batch.Options(fmt=fmt), buf, jobs=jobs)
        outs.append(buf.getvalue())
    assert outs[0] == outs[1]
    if fmt == "json":
        docs = json.loads(outs[0])
        assert [d["path"] for d in docs] == [str(a), str(b)]
        text = a.read_text(encoding="utf-8")
        assert all(text[m["start"] : m["end"]] == m["text"] for m in docs[0]["mentions"])


def test_cli_jobs_parity(jsonl_file: Path) -> None:
    one = runner.invoke(app, ["annotate", "-f", "jsonl", str(jsonl_file)])
    two = runner.invoke(app, ["annotate", "-f", "jsonl", "-j", "2", str(jsonl_file)])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout_bytes == two.stdout_bytes


def test_strict_error_in_a_worker_stops_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "CHUNK_LINES", 10)
    p = tmp_path / "in.jsonl"
    lines = [json.dumps({"text": t}) for t in corpus(100)]
    lines[57] = "{oops"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for jobs in (1, 2):
        buf = io.BytesIO()
        with pytest.raises(batch.BadRecord, match=rf"{p}:58: invalid JSON"):
            batch.run([str(p)], toponyms.load(), batch.Options(fmt="jsonl"), buf, jobs=jobs)
        assert len(buf.getvalue().splitlines()) == 57  # everything before the bad line, nothing after


def test_ordered_map_keeps_a_bounded_window() -> None:
    read = []

    def items():  # noqa: ANN202
        for i in range(100):
            read.append(i)
            yield i

    seen = []
    for i, (item, res) in enumerate(batch.ordered_map(_square, items(), jobs=2, initializer=_noop, initargs=(), window=4)):
        seen.append(res)
        assert len(read) <= i + 1 + 5  # never more than the window ahead of what was written
    assert seen == [i * i for i in range(100)]


def _square(x: int) -> int:
    return x * x


def _noop(*_: object) -> None:
    pass


def test_gazetteer_pickles_compactly_and_round_trips() -> None:
    g = toponyms.load()
    data = pickle.dumps(g, protocol=pickle.HIGHEST_PROTOCOL)
    assert len(data) < 20_000_000  # bundled data: a few MB at most (see docs/pipelines.md for the figure)
    g2 = pickle.loads(data)
    assert g2._matcher is None  # the automaton is rebuilt in the worker, not shipped
    text = "Stepanakert, Шуши and Ağdam"
    assert [m.to_dict() for m in g2.annotate(text)] == [m.to_dict() for m in g.annotate(text)]


def test_ten_megabyte_single_line(tmp_path: Path) -> None:
    line = (("lorem ipsum dolor sit amet " * 369) + "Stepanakert ").ljust(10_000) * 1000  # one line, 10 MB
    p = tmp_path / "long.txt"
    p.write_text(line, encoding="utf-8")
    buf = io.BytesIO()
    stats = batch.run([str(p)], toponyms.load(), batch.Options(fmt="json"), buf)
    assert len(line) == 10_000_000 and "\n" not in line
    assert stats.mentions == 1000
    ms = json.loads(buf.getvalue())[0]["mentions"]
    assert all(line[m["start"] : m["end"]] == "Stepanakert" for m in ms)
    # and the same line as one JSONL record
    q = tmp_path / "long.jsonl"
    q.write_text(json.dumps({"text": line[:2_000_000]}) + "\n", encoding="utf-8")
    buf = io.BytesIO()
    assert batch.run([str(q)], toponyms.load(), batch.Options(fmt="jsonl"), buf).records == 1


def test_progress_line_only_after_the_delay() -> None:
    s = io.StringIO()
    p = batch.Progress(200_000_000, stream=s, delay=0.0)
    p.last = -1.0
    p.update(50_000_000, 123)
    assert "25%" in s.getvalue() and "123 records" in s.getvalue()
    p.close()
    assert s.getvalue().endswith("\r\x1b[K")
    quiet = io.StringIO()
    q = batch.Progress(None, stream=quiet, delay=60.0)
    q.update(1, 1)
    q.close()
    assert quiet.getvalue() == ""
