"""The validator: exact messages on broken fixtures, and a clean bill for the bundled data."""

from __future__ import annotations

from pathlib import Path

import pytest

from toponyms.validate import validate

FIX = Path(__file__).parent / "fixtures"
BROKEN = FIX / "broken"
S = str(BROKEN / "places" / "shusha.yaml")


def messages() -> list[str]:
    return [str(p) for p in validate(BROKEN)]


@pytest.mark.parametrize(
    "expected",
    [
        f"{S}:5: shusha: duplicate id: also at {S}:1",
        f"{S}:5: shusha: names[0].text: 'Шуша' is written in Cyrl, but lang az means Latn (set script: if this is Azerbaijani Cyrillic, else fix lang)",
        f"{S}:10: Bad_Id: id 'Bad_Id' is not a slug (lower-case ASCII letters and digits joined by single hyphens)",
        f"{S}:10: Bad_Id: lat: 95 is out of range (-90 to 90)",
        f'{S}:10: Bad_Id: names[0].text: boolean False is not a string (YAML read an unquoted word as False; quote it: "no" or the real text)',
        f'{S}:10: Bad_Id: names[1].since: integer 2020 is not a string (YAML read a number 2020; quote it: "2020")',
        f"{S}:10: Bad_Id: names[1].text: 'Xankәndi' has Cyrillic ә (U+04D9) in Azerbaijani Latin; use ə (U+0259)",
        f"{S}:10: Bad_Id: records are not sorted by id: Bad_Id should come before shusha",
        f"{S}:17: abc: names[0].text: 'Ağdam' is written in Latn, but lang hy means Armn",
        f"{S}:17: abc: unit: 'nowhere' is not the id of any record",
        f"{S}:17: abc: unknown field 'colour' (known: id, kind, unit, parent, centre, country, lat, lon, geonames, wof, wikidata, status, curated, sources, note, names)",
        f"{BROKEN / 'regions.yaml'}:4: malformed YAML: did not find expected ',' or '}}'",
    ],
)
def test_broken_fixture_reports_each_problem(expected: str) -> None:
    assert expected in messages()


def test_all_problems_at_once_sorted() -> None:
    problems = validate(BROKEN)
    assert len(problems) >= 14
    assert problems == sorted(problems, key=lambda p: (p.file, p.line, p.id, p.message))


def test_homoglyph_reported_once() -> None:
    assert sum("Xankәndi" in m for m in messages()) == 1


def test_missing_folder() -> None:
    (p,) = validate(FIX / "nope")
    assert "no such folder" in str(p)


def test_tiny_fixture_is_clean() -> None:
    assert validate(FIX / "tiny") == []


def test_bundled_gazetteer_is_clean() -> None:
    problems = validate()
    assert problems == [], "\n".join(map(str, problems[:20]))


def test_alias_bomb_rejected(tmp_path: Path) -> None:
    (tmp_path / "places").mkdir()
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
    (tmp_path / "regions.yaml").write_text(bomb)
    (p,) = validate(tmp_path)
    assert "YAML aliases (*name) are not allowed" in str(p)


def test_lower_case_armenian_or_russian_name_rejected(tmp_path: Path) -> None:
    # GeoNames gave Ijevan the alternate "ծաղկ", which matched the common word "ծաղկում" (held-out 38)
    import shutil

    shutil.copytree(FIX / "tiny", tmp_path / "g")
    p = tmp_path / "g" / "places" / "khankendi.yaml"
    p.write_text(p.read_text(encoding="utf-8") + "    - {text: ծաղկ, lang: hy, origin: hy, source: geonames}\n",
                 encoding="utf-8")
    (problem,) = validate(tmp_path / "g")
    assert "names[3].text: 'ծաղկ' starts in lower case" in str(problem) and "'Ծաղկ'" in str(problem)


def test_a_key_given_twice_in_a_record(tmp_path: Path) -> None:
    # YAML keeps the last of two keys silently: a second "lat:" would replace the first without a word
    (tmp_path / "places").mkdir()
    f = tmp_path / "places" / "zz.yaml"
    f.write_text("- id: zz\n  kind: village\n  country: AZ\n  lat: 40.0\n  lat: 41.0\n  lon: 46.0\n  names:\n"
                 "    - text: Zz\n      lang: az\n      origin: az\n", encoding="utf-8")
    assert [str(p) for p in validate(tmp_path)] == [
        f"{f}:5: malformed YAML: the key 'lat' is given twice in one mapping (keep one)"]
