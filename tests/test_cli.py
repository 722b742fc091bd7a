"""The CLI as a user runs it: output, JSON shape, exit codes, and `python -m` agreeing with the script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toponyms.cli import _register_optional_commands, app

_register_optional_commands()
runner = CliRunner()
FIX = Path(__file__).parent / "fixtures"


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.mark.parametrize("name", ["Chankatagh", "Janyatag", "Ճանկաթաղ", "Джанятаг"])
def test_lookup_janyatag_shows_all_names(name: str) -> None:
    r = run("lookup", name)
    assert r.exit_code == 0, r.output
    for form in ("Çanyataq", "Ճանկաթաղ", "Джанятаг", "Chankatagh", "Janyatag"):
        assert form in r.output


def test_lookup_json_shape() -> None:
    r = run("lookup", "XANKƏNDİ", "--json")
    assert r.exit_code == 0
    doc = json.loads(r.output)
    (p,) = doc["places"]
    assert p["id"] == "khankendi"
    assert {"text", "lang", "origin", "role", "script", "scheme", "since", "until", "source"} <= set(p["names"][0])


def test_lookup_unknown_exits_1_with_suggestion() -> None:
    r = run("lookup", "Stepanakrt")
    assert r.exit_code == 1
    assert "did you mean" in r.output and "khankendi" in r.output


def test_lookup_bad_lang_is_usage_error() -> None:
    r = run("lookup", "Şuşa", "--lang", "fr")
    assert r.exit_code == 2
    assert "--lang must be one of" in r.output


def test_search_ranks_city_first() -> None:
    r = run("search", "Stepanakrt", "--json")
    assert r.exit_code == 0
    assert json.loads(r.output)[0]["id"] == "khankendi"


def test_show_and_list() -> None:
    assert "Ստեփանակերտ" in run("show", "khankendi").output
    assert run("show", "nowhere-at-all").exit_code == 1
    r = run("list", "--kind", "district", "--json")
    ids = {p["id"] for p in json.loads(r.output)}
    assert {"aghdara", "lachin", "kalbajar", "shusha", "khojavend"} <= ids
    assert run("list", "--kind", "hamlet").exit_code == 2


def test_validate_broken_copy_exits_1_naming_file() -> None:
    r = run("validate", str(FIX / "broken"))
    assert r.exit_code == 1
    assert "shusha.yaml:5: shusha: duplicate id" in r.output
    assert "regions.yaml:4: malformed YAML" in r.output


def test_validate_bundled_ok() -> None:
    r = run("validate")
    assert r.exit_code == 0, r.output
    assert r.output.startswith("OK: ")


def test_stats_json() -> None:
    r = run("stats", "--json")
    assert r.exit_code == 0
    s = json.loads(r.output)
    assert s["places"] > 40 and "share_with_name" in s


def test_module_run_is_entry_point() -> None:
    a = subprocess.run([sys.executable, "-m", "toponyms", "lookup", "Şuşa", "--json"], capture_output=True, text=True)
    b = subprocess.run([str(Path(sys.executable).with_name("toponyms")), "lookup", "Şuşa", "--json"], capture_output=True, text=True)
    assert a.returncode == b.returncode == 0, a.stderr + b.stderr
    assert a.stdout == b.stdout


def test_malformed_user_gazetteer_one_line_exit_2(tmp_path: Path) -> None:
    (tmp_path / "regions.yaml").write_text("- id: x\n  names: [\n")
    r = subprocess.run([sys.executable, "-m", "toponyms", "lookup", "Şuşa", "-g", str(tmp_path)], capture_output=True, text=True)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert r.stderr.count("\n") == 1 and "malformed YAML" in r.stderr
