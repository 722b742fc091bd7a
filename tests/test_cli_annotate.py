"""`toponyms annotate`: the four formats, JSONL records kept byte for byte, --field, --lang, --output, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toponyms.cli import _register_optional_commands, app

_register_optional_commands()
runner = CliRunner()

COPY = "Azerbaijan took Stepanakert in 2023.\n\nВ Степанакерте и Шуше тихо.\n"


def run(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def copy_file(tmp_path: Path) -> Path:
    p = tmp_path / "copy.txt"
    p.write_text(COPY, encoding="utf-8")
    return p


def test_text_format_brackets_ids_when_not_a_tty(copy_file: Path) -> None:
    r = run("annotate", str(copy_file))
    assert r.exit_code == 0, r.output
    assert "[Stepanakert|khankendi]" in r.stdout
    assert "[Степанакерте|khankendi]" in r.stdout
    assert "\x1b[" not in r.stdout
    # removing the brackets gives the copy back
    assert r.stdout.replace("|khankendi]", "").replace("[", "").count("Stepanakert") == 1


def test_text_format_headers_for_several_files(copy_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "b.txt"
    other.write_text("Shusha", encoding="utf-8")
    r = run("annotate", str(copy_file), str(other))
    assert r.exit_code == 0
    assert f"==> {copy_file} <==" in r.stdout and f"==> {other} <==" in r.stdout


def test_json_format_is_mentions_per_document(copy_file: Path) -> None:
    r = run("annotate", str(copy_file), "--format", "json")
    assert r.exit_code == 0, r.output
    (doc,) = json.loads(r.stdout)
    assert doc["path"] == str(copy_file)
    ms = doc["mentions"]
    assert [m["id"] for m in ms if m["id"] == "khankendi"] == ["khankendi", "khankendi"]
    for m in ms:
        assert COPY[m["start"] : m["end"]] == m["text"]
        assert {"start", "end", "text", "id", "kind", "name", "lang", "origin", "role", "how", "score", "candidates"} <= set(m)


def test_json_format_empty_input() -> None:
    r = run("annotate", "-f", "json", input="")
    assert r.exit_code == 0
    assert json.loads(r.stdout) == [{"path": "<stdin>", "mentions": []}]


def test_jsonl_keeps_every_field_byte_for_byte() -> None:
    lines = [
        '{"id": 7, "text": "Шуши и Степанакерт", "score": 1.50, "big": 12345678901234567890, "esc": "caf\\u00e9"}',
        '{ "z":1,"text":"Xankəndi" ,"a":[1, 2]}',
        '{"text": null}',
    ]
    r = run("annotate", "-f", "jsonl", input="\n".join(lines) + "\n")
    assert r.exit_code == 0, r.output
    out = r.stdout.splitlines()
    assert len(out) == 3
    for raw, line in zip(lines, out):
        head = raw.rstrip()[:-1].rstrip()
        assert line.startswith(head), (raw, line)  # the original text, untouched, then the added field
        rec = json.loads(line)
        assert list(rec)[-1] == "toponyms"
        assert list(rec)[:-1] == list(json.loads(raw))
    first = json.loads(out[0])
    assert [m["id"] for m in first["toponyms"]] == ["shusha-city", "khankendi"]
    assert "Шуши" in out[0]  # ensure_ascii=False
    assert json.loads(out[2])["toponyms"] == []


def test_jsonl_nested_field_and_existing_output_field() -> None:
    rec = {"meta": {"body": "Stepanakert"}, "toponyms": "old", "n": 1}
    r = run("annotate", "-f", "jsonl", "--field", "meta.body", input=json.dumps(rec) + "\n")
    assert r.exit_code == 0, r.output
    got = json.loads(r.stdout)
    assert list(got) == ["meta", "toponyms", "n"]
    assert [m["id"] for m in got["toponyms"]] == ["khankendi"]


def test_jsonl_blank_lines_pass_through_so_line_numbers_match() -> None:
    r = run("annotate", "-f", "jsonl", input='{"text": "a"}\n\n{"text": "b"}\n')
    assert r.exit_code == 0
    assert r.stdout.split("\n")[1] == ""
    assert len(r.stdout.splitlines()) == 3


def test_jsonl_bad_line_is_file_line_error_exit_2(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text('{"text": "Shusha"}\n{"text": "x",\n{"text": "y"}\n', encoding="utf-8")
    r = run("annotate", "-f", "jsonl", str(p))
    assert r.exit_code == 2
    assert f"{p}:2: invalid JSON" in r.stderr
    assert "Traceback" not in r.output


def test_jsonl_skip_bad_passes_lines_through_with_error_field(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text('{"text": "Shusha"}\n{"text": "x",\n[1]\n{"body": "y"}\n{"text": 5}\n{"text": "Baku"}\n', encoding="utf-8")
    r = run("annotate", "-f", "jsonl", "--skip-bad", str(p))
    assert r.exit_code == 0, r.output
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(out) == 6
    assert "toponyms" in out[0] and "toponyms" in out[5]
    assert out[1]["toponyms_error"].startswith(f"{p}:2: invalid JSON") and out[1]["toponyms_raw"] == '{"text": "x",'
    assert "must be a JSON object" in out[2]["toponyms_error"]
    assert out[3] == {"body": "y", "toponyms_error": f"{p}:4: the record has no 'text' field (choose the text field with --field)"}
    assert "is a int" in out[4]["toponyms_error"]
    assert "4 bad records" in r.stderr


def test_lang_filter() -> None:
    r = run("annotate", "-f", "json", "--lang", "ru", input="Stepanakert, Степанакерт")
    assert r.exit_code == 0
    (doc,) = json.loads(r.stdout)
    assert [m["text"] for m in doc["mentions"]] == ["Степанакерт"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "xml"], "--format must be one of"),
        (["--lang", "fr"], "--lang must be one of"),
        (["--lang", "ru,xx"], "not 'xx'"),
        (["--encoding", "nope"], "unknown encoding 'nope'"),
        (["--errors", "loud"], "unknown --errors 'loud'"),
        (["--skip-bad"], "--skip-bad applies to --format jsonl only"),
        (["-", "-"], "stdin (-) can be read only once"),
        (["-f", "jsonl", "--encoding", "utf-16"], "ASCII-compatible"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    r = run("annotate", *args, input="x")
    assert r.exit_code == 2
    assert message in r.stderr
    assert "Traceback" not in r.output


def test_html_is_one_self_contained_page(copy_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    r = run("annotate", str(copy_file), "-f", "html", "-o", str(out))
    assert r.exit_code == 0, r.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert 'data-id="khankendi"' in page
    # the tooltip lists names in every language (the copy itself has no Armenian)
    assert "Armenian: " in page and "Ստեփանակերտ" in page and "Azerbaijani: Xankəndi" in page
    assert "http" not in page.split("<body>")[0]  # no external resources
    assert "<script" not in page


def test_html_escapes_copy() -> None:
    r = run("annotate", "-f", "html", input="<b>Stepanakert</b> & co")
    assert "&lt;b&gt;" in r.stdout and "&amp; co" in r.stdout and "<b>" not in r.stdout


def test_output_file_is_written_atomically(copy_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    r = run("annotate", str(copy_file), "-o", str(out))
    assert r.exit_code == 0
    assert "[Stepanakert|khankendi]" in out.read_text(encoding="utf-8")
    assert oct(out.stat().st_mode & 0o777) == oct(0o640)
    assert [p.name for p in tmp_path.iterdir() if "toponyms-tmp" in p.name] == []


def test_failed_run_leaves_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    bad = tmp_path / "in.jsonl"
    bad.write_text('{"text": "Shusha"}\nnot json\n', encoding="utf-8")
    r = run("annotate", "-f", "jsonl", str(bad), "-o", str(out))
    assert r.exit_code == 2
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_python_m_agrees_with_console_script(copy_file: Path) -> None:
    import subprocess
    import sys

    a = subprocess.run([sys.executable, "-m", "toponyms", "annotate", str(copy_file), "-f", "json"], capture_output=True, check=True)
    assert json.loads(a.stdout)[0]["mentions"]


def test_output_to_a_device_is_written_through_not_replaced() -> None:
    import os
    import stat

    r = run("annotate", "-o", os.devnull, input="Shusha")
    assert r.exit_code == 0, r.output
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
