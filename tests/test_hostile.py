"""Hostile input through the CLI and the API: every case is one line on stderr, a documented exit code, no traceback.

Most cases run in-process with CliRunner (fast); a few run the real console script, which is where Ctrl-C,
broken pipes and the top-level error handler of ``cli.main`` can be seen.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import toponyms
from toponyms import batch
from toponyms.cli import _register_optional_commands, app
from toponyms.data import GazetteerError
from toponyms.textio import InputError, read_text

_register_optional_commands()
runner = CliRunner()
SCRIPT = shutil.which("toponyms", path=str(Path(sys.executable).parent)) or "toponyms"


def run(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def one_line_error(r, code: int = 2) -> str:  # noqa: ANN001
    assert r.exit_code == code, (r.exit_code, r.output, r.exception)
    assert "Traceback" not in r.output
    err = r.stderr.strip()
    assert err.startswith("toponyms: ") and "\n" not in err, err
    return err


# -- input files ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "html"])
def test_missing_file(fmt: str, tmp_path: Path) -> None:
    err = one_line_error(run("annotate", "-f", fmt, str(tmp_path / "nope.txt")))
    assert err == f"toponyms: {tmp_path / 'nope.txt'}: no such file"


def test_missing_second_file_fails_before_any_output(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("Shusha", encoding="utf-8")
    r = run("annotate", str(a), str(tmp_path / "b.txt"))
    one_line_error(r)
    assert r.stdout == ""


def test_directory(tmp_path: Path) -> None:
    err = one_line_error(run("annotate", str(tmp_path)))
    assert "is a directory" in err


def test_unreadable_file_via_patched_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "secret.txt"
    p.write_text("Shusha", encoding="utf-8")

    def denied(*_a, **_k):  # noqa: ANN002, ANN003, ANN202
        raise PermissionError(13, "Permission denied")

    from toponyms import textio

    monkeypatch.setattr(textio, "open", denied, raising=False)
    assert one_line_error(run("annotate", str(p))) == f"toponyms: {p}: permission denied"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads chmod 000 files anyway")
def test_unreadable_file_chmod_000(tmp_path: Path) -> None:
    p = tmp_path / "secret.txt"
    p.write_text("Shusha", encoding="utf-8")
    p.chmod(0)
    try:
        assert "permission denied" in one_line_error(run("annotate", str(p)))
    finally:
        p.chmod(0o600)


def test_invalid_utf8_names_file_and_byte_offset(tmp_path: Path) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes("Шуша ".encode() + b"\xff\xfe rest")
    err = one_line_error(run("annotate", str(p)))
    assert err.startswith(f"toponyms: {p}: not valid utf-8 at byte 9 ") and "--encoding" in err
    r = run("annotate", str(p), "--errors", "replace", "-f", "json")
    assert r.exit_code == 0 and json.loads(r.stdout)[0]["mentions"][0]["id"].startswith("shusha")
    r = run("annotate", str(p), "--encoding", "cp1251", "-f", "json")
    assert r.exit_code == 0


def test_invalid_utf8_in_jsonl_names_line_and_byte(tmp_path: Path) -> None:
    p = tmp_path / "bad.jsonl"
    p.write_bytes(b'{"text": "a"}\n{"text": "\xc3"}\n')
    assert one_line_error(run("annotate", "-f", "jsonl", str(p))).startswith(f"toponyms: {p}:2: not valid utf-8 at byte 24 ")
    r = run("annotate", "-f", "jsonl", str(p), "--errors", "replace")
    assert r.exit_code == 0 and "\ufffd" in r.stdout


@pytest.mark.parametrize("fmt", ["text", "jsonl"])
def test_binary_file(fmt: str, tmp_path: Path) -> None:
    p = tmp_path / "x.bin"
    p.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 4)
    assert "binary" in one_line_error(run("annotate", "-f", fmt, str(p))) or "utf-8" in run("annotate", "-f", fmt, str(p)).stderr


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "html"])
def test_empty_input(fmt: str, tmp_path: Path) -> None:
    p = tmp_path / "empty"
    p.write_bytes(b"")
    r = run("annotate", "-f", fmt, str(p))
    assert r.exit_code == 0, r.output
    if fmt in ("text", "jsonl"):
        assert r.stdout == ""
    r = run("annotate", "-f", fmt, input="")
    assert r.exit_code == 0


def test_hostile_json_lines_are_bad_records_not_crashes(tmp_path: Path) -> None:
    p = tmp_path / "h.jsonl"
    lines = [
        "[" * 100_000 + "]" * 100_000,  # nested too deep for the json module
        '{"text": "\\ud800 lone surrogate Stepanakert"}',
        '{"text": "a", "text": "Shusha"}',  # duplicate key: the last wins, the line is kept as it was
        '{"text": "' + "Ш" * 100_000 + '"}',
        "NaN",
        '{"text": "x"} trailing',
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = run("annotate", "-f", "jsonl", "--skip-bad", str(p))
    assert r.exit_code == 0, r.output
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(out) == len(lines)
    assert "toponyms_error" in out[0] and "toponyms_error" in out[4] and "toponyms_error" in out[5]
    assert [m["id"] for m in out[1]["toponyms"]] == ["khankendi"]
    assert r.stdout.splitlines()[2].startswith('{"text": "a", "text": "Shusha", "toponyms": [')


# -- user gazetteers -------------------------------------------------------------------------------------------
def gaz(tmp_path: Path, text: str | bytes, name: str = "regions.yaml") -> Path:
    d = tmp_path / "gaz"
    d.mkdir(exist_ok=True)
    (d / name).write_bytes(text if isinstance(text, bytes) else text.encode())
    return d


BOMB = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{c}: &{c} [{', '.join(['*' + p] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi")]
)


HOSTILE_YAML = [
    ("- id: [unclosed\n", "regions.yaml:2: malformed YAML"),
    (BOMB, "regions.yaml:2: YAML aliases (*name) are not allowed"),
    ('- !!python/object/apply:os.system ["echo pwned"]\n', "malformed YAML: could not determine a constructor"),
    ("- " + "[" * 20_000 + "]" * 20_000 + "\n", "malformed YAML"),
    ("id: x\nkind: city\n", "must be a YAML list of records"),
    (b"- id: \xff\n", "not UTF-8 at byte 6"),
    ("- id: x\n  kind: city\n", "'names' must be a non-empty list"),
    ("- id: x\n  names: [{text: X}]\n", "a name lacks 'lang'"),
    ("- 42\n", "record 1 is a int"),
    ("- id: x\n  names: [{text: X, lang: en, origin: az}]\n  lat: north\n", "could not convert string to float"),
    ("- id: x\n  names: [{text: X, lang: en, origin: az}]\n  geonames: {a: 1}\n", "int() argument must be"),
]


@pytest.mark.parametrize(("content", "message"), HOSTILE_YAML)
def test_hostile_yaml_is_one_gazetteer_error(tmp_path: Path, content: str | bytes, message: str) -> None:
    d = gaz(tmp_path, content)
    t = time.perf_counter()
    with pytest.raises(GazetteerError) as e:
        toponyms.load(d, bundled=False)
    assert time.perf_counter() - t < 2  # an alias bomb is refused before it expands
    assert message in str(e.value) and "\n" not in str(e.value), str(e.value)


@pytest.mark.parametrize("case", [0, 1, 2])  # the CLI path (each re-reads the bundled data, ~1 s: only a few)
def test_bad_user_gazetteer_is_one_line_exit_2(tmp_path: Path, case: int) -> None:
    content, message = HOSTILE_YAML[case]
    d = gaz(tmp_path, content)
    err = one_line_error(run("annotate", "-g", str(d), input="Shusha"))
    assert message in err, err


def test_gazetteer_folder_missing_or_a_file(tmp_path: Path) -> None:
    assert "no such folder" in one_line_error(run("annotate", "-g", str(tmp_path / "nope"), input="x"))
    f = tmp_path / "f.yaml"
    f.write_text("[]", encoding="utf-8")
    assert "not a folder" in one_line_error(run("annotate", "-g", str(f), input="x"))


def test_user_record_with_a_bundled_id_replaces_it_whole(tmp_path: Path) -> None:
    d = gaz(tmp_path, "- id: khankendi\n  kind: city\n  names:\n  - {text: Fooville, lang: en, origin: az}\n")
    r = run("annotate", "-g", str(d), "-f", "json", input="Fooville, not Stepanakert")
    assert r.exit_code == 0, r.output
    ms = json.loads(r.stdout)[0]["mentions"]
    assert [(m["text"], m["id"]) for m in ms if m["id"] == "khankendi"] == [("Fooville", "khankendi")]
    p = toponyms.load(d).get("khankendi")
    assert [n.text for n in p.names] == ["Fooville"] and p.lat is None  # nothing of the bundled record is kept
    assert toponyms.load().get("khankendi").lat is not None  # the bundled gazetteer itself is untouched


def test_console_script_gazetteer_errors_for_other_commands(tmp_path: Path) -> None:
    d = gaz(tmp_path, BOMB)
    env = {**os.environ, "TOPONYMS_NO_CACHE": "1"}
    for args in (["lookup", "Shusha"], ["annotate"]):
        p = subprocess.run([SCRIPT, *args, "-g", str(d)], input=b"Shusha", capture_output=True, env=env, timeout=60)
        assert p.returncode == 2, (args, p.stderr)
        err = p.stderr.decode().strip()
        assert "Traceback" not in err and "\n" not in err and "aliases" in err, err


# -- the real console script: signals, pipes ------------------------------------------------------------------
def _big_jsonl(tmp_path: Path, n: int = 60_000) -> Path:
    p = tmp_path / "big.jsonl"
    rec = json.dumps({"text": "Stepanakert, Шуши и Ağdam. " * 8}, ensure_ascii=False)
    p.write_text((rec + "\n") * n, encoding="utf-8")
    return p


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_leaves_no_partial_output(tmp_path: Path, jobs: str) -> None:
    src = _big_jsonl(tmp_path)
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    p = subprocess.Popen([SCRIPT, "annotate", "-f", "jsonl", "-j", jobs, str(src), "-o", str(out)], stderr=subprocess.PIPE)
    time.sleep(1.5)
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=30)
    assert p.returncode == 130, err
    assert b"Traceback" not in err
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert [x.name for x in tmp_path.iterdir() if "toponyms-tmp" in x.name] == []


def test_broken_pipe_is_quiet(tmp_path: Path) -> None:
    src = _big_jsonl(tmp_path, 20_000)
    p = subprocess.Popen([SCRIPT, "annotate", "-f", "jsonl", str(src)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.stdout is not None
    p.stdout.readline()
    p.stdout.close()
    _, err = p.communicate(timeout=30)
    assert b"Traceback" not in err and p.returncode in (0, 1, 141)


def test_console_script_missing_file() -> None:
    p = subprocess.run([SCRIPT, "annotate", "/nonexistent/x.txt"], capture_output=True, timeout=60)
    assert p.returncode == 2
    assert p.stderr.decode() == "toponyms: /nonexistent/x.txt: no such file\n"


# -- the API ---------------------------------------------------------------------------------------------------
def test_api_load_errors_are_gazetteer_errors(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="no such folder"):
        toponyms.load(tmp_path / "nope")
    with pytest.raises(GazetteerError, match="aliases"):
        toponyms.load(gaz(tmp_path, BOMB), bundled=False)


SURROGATES = pytest.param(
    "\ud800Stepanakert\udfff",
)


@pytest.mark.parametrize(
    "text",
    ["", " ", "\x00", SURROGATES, "Ш\u0301уша", "\u200b" * 1000, "a\u0300" * 5000, "\U0010ffff" * 10, "Stepanakert" * 1000],
)
def test_api_annotate_odd_strings(text: str) -> None:
    g = toponyms.load()
    ms = g.annotate(text)
    for m in ms:
        assert text[m.start : m.end] == m.text
    assert g.annotate(text) == ms


def test_api_read_text_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope")
    with pytest.raises(InputError, match="is a directory"):
        batch.open_input(str(tmp_path))
    with pytest.raises(batch.BadRecord, match="x:1: invalid JSON"):
        batch.annotate_line("{", "x:1")


def test_output_into_missing_folder(tmp_path: Path) -> None:
    err = one_line_error(run("annotate", "-o", str(tmp_path / "no" / "out.txt"), input="Shusha"))
    assert "no such folder" in err


def test_huge_number_in_user_gazetteer(tmp_path: Path) -> None:
    d = gaz(tmp_path, "- id: x\n  names: [{text: X, lang: en, origin: az}]\n  lat: 1" + "0" * 400 + "\n")
    with pytest.raises(GazetteerError):
        toponyms.load(d, bundled=False)


def test_control_character_in_user_gazetteer_is_one_line(tmp_path: Path) -> None:
    d = gaz(tmp_path, b"\x1a\n")
    with pytest.raises(GazetteerError) as e:
        toponyms.load(d, bundled=False)
    assert "\n" not in str(e.value)


# -- the other commands that read copy (check, normalize) -----------------------------------------------------
def _has_command(name: str) -> bool:
    return any((c.name or getattr(c.callback, "__name__", "")) == name for c in app.registered_commands)


@pytest.mark.parametrize("command", ["check", "normalize"])
def test_copy_commands_hostile_files(command: str, tmp_path: Path) -> None:
    if not _has_command(command):
        pytest.skip(f"{command} not registered")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Shusha \xff")
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    assert "no such file" in one_line_error(run(command, str(tmp_path / "nope.txt")))
    assert "is a directory" in one_line_error(run(command, str(tmp_path)))
    assert "not valid utf-8 at byte 7" in one_line_error(run(command, str(bad)))
    assert "binary" in one_line_error(run(command, str(binary)))


def test_interrupted_normalize_write_leaves_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not _has_command("normalize"):
        pytest.skip("normalize not registered")
    from toponyms import textio

    p = tmp_path / "story.txt"
    original = "Стэпанакерт. Stepanakert and Xankendi, Shushi and Шуши.\n"
    p.write_text(original, encoding="utf-8")
    assert run("normalize", str(p)).stdout != original  # there is something to write

    def boom(_fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(textio.os, "fsync", boom)
    r = run("normalize", "--write", str(p))
    assert r.exit_code != 0
    assert p.read_text(encoding="utf-8") == original
    assert [x.name for x in tmp_path.iterdir()] == ["story.txt"]


def test_atomic_write_interrupted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from toponyms import textio

    p = tmp_path / "f.txt"
    p.write_text("old", encoding="utf-8")
    monkeypatch.setattr(textio.os, "replace", lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        textio.atomic_write(p, "new " * 100_000)
    assert p.read_text(encoding="utf-8") == "old"
    assert [x.name for x in tmp_path.iterdir()] == ["f.txt"]


def test_atomic_write_new_file_gets_umask_permissions(tmp_path: Path) -> None:
    import os
    import stat

    from toponyms.textio import atomic_write

    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "new.txt", "Şuşa")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o644
    (tmp_path / "kept.txt").write_text("x")
    os.chmod(tmp_path / "kept.txt", 0o600)
    atomic_write(tmp_path / "kept.txt", "y")
    assert stat.S_IMODE((tmp_path / "kept.txt").stat().st_mode) == 0o600


def test_interrupt_says_so_and_exits_130(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    big = tmp_path / "big.txt"
    big.write_text("Shusha and Stepanakert in Karabakh.\n" * 400_000, encoding="utf-8")
    p = subprocess.Popen(
        [sys.executable, "-m", "toponyms", "annotate", str(big)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    time.sleep(1.5)
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=60)
    if p.returncode == 0:
        pytest.skip("the run finished before the interrupt")
    assert p.returncode == 130
    assert err.decode().strip().splitlines()[-1] == "toponyms: interrupted"
