"""The annotator's word lists as data: gazetteer/lexicon/*.yaml, extended by a user's folder, validated."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import toponyms
from toponyms import GazetteerError, fold
from toponyms.lexicon import bundled_lexicon, parse_lexicon, read_lexicon
from toponyms.validate import validate


def _folder(tmp_path: Path, text: str, name: str = "words.yaml") -> Path:
    (tmp_path / "lexicon").mkdir(parents=True, exist_ok=True)
    (tmp_path / "lexicon" / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_bundled_lists_are_folded_data() -> None:
    lex = bundled_lexicon()
    assert fold("laçın") in lex.common_words["az"]  # "falcon"
    assert lex.is_common(fold("Նարեկ"), "hy")  # a given name
    before, after = lex.not_a_place[fold("Qarabağ")]
    assert fold("fk") in before and fold("komandası") in after
    # day_after expands to day numbers with the endings given ("Մայիսի 27-ին" is a date)
    assert "27" in lex.not_a_place[fold("Մայիս")][0] and fold("9ին") in lex.not_a_place[fold("Մայիս")][1]
    assert lex.needs_support(fold("Salah"), "az") and lex.is_common(fold("ջրամբար"), "hy")
    assert not lex.needs_support(fold("Կիրանց"), "hy")  # held since the WOF communities of Armenia
    assert "sevan" in lex.lake_towns
    assert fold("Զորաց") in lex.monuments["karahunj"]  # Zorats Karer, also called Karahunj
    assert "syunik" in lex.regions["am"].units and "nkao" in lex.regions["kb"].ids


def test_the_lists_still_decide(g) -> None:
    # the club, the falcon, the lake and the brandy, as the bundled lexicon says
    assert [m.text for m in g.annotate("Qarabağ FK Bakıda qalib gəldi.")] == ["Bakıda"]
    assert g.annotate("Laçın quşu uçdu.") == []
    assert g.annotate("Սևանի ափին հանգստացանք։") == []
    assert [m.text for m in g.annotate("He drank Ararat brandy in Goris.")] == ["Goris"]
    assert [m.text for m in g.annotate("Он пил коньяк «Арарат» в Горисе.")] == ["Горисе"]
    assert [m.place.id for m in g.annotate("Ararat province borders Nakhchivan.")] == ["ararat", "nakhchivan"]


def test_user_folder_extends_the_lists(tmp_path: Path) -> None:
    text = "The Shusha Cafe opened in 2021."
    assert [m.place.id for m in toponyms.load().annotate(text)] == ["shusha-city"]
    folder = _folder(tmp_path, "not_a_place:\n  - names: [Shusha]\n    after: [cafe]\n    why: a house rule\n")
    g2 = toponyms.load(folder)
    assert g2.annotate(text) == []
    assert g2.annotate("The cafe opened in Shusha in 2021.")[0].place.id == "shusha-city"
    # the bundled rules are kept beside the user's
    assert fold("fk") in g2.lexicon.not_a_place[fold("Qarabağ")][0]
    assert toponyms.load().lexicon is not g2.lexicon


def test_merge_is_a_union(tmp_path: Path) -> None:
    a = _folder(tmp_path / "a", "common_words:\n  en: [Kelbajar]\nforeign_stems: [Shamkir, Gabala]\n")
    lex = read_lexicon([Path(toponyms.data.default_path()), a])
    assert fold("Kelbajar") in lex.common_words["en"] and fold("center") in lex.common_words["en"]
    assert lex.foreign_stems.count(fold("Shamkir")) == 1 and fold("Gabala") in lex.foreign_stems


@pytest.mark.parametrize(("text", "message"), [
    ("- a list\n", "a lexicon file is a mapping of sections"),
    ("common_word:\n  en: [x]\n", "unknown section 'common_word'"),
    ("common_words:\n  fr: [rue]\n", "unknown language 'fr'"),
    ("common_words:\n  en: [yes, no]\n", "must be a list of non-empty strings"),
    ("not_a_place:\n  - names: [Hal]\n", "a rule needs words before or after the name"),
    ("not_a_place:\n  - names: [Hal]\n    befor: [x]\n", "unknown key 'befor'"),
    ("regions:\n  nk: {ids: [x]}\n", "unknown region"),
    ("district_readings: [kalbajar]\n", "must map a language"),
    ("district_readings:\n  tr: [kalbajar]\n", "unknown language 'tr'"),
    ("common_words: [\n", "malformed YAML"),
    ("common_words:\n  en: &w [bala]\n  az: *w\n", "YAML aliases"),  # as in place files: no alias bombs
])
def test_bad_files_say_how_to_fix(tmp_path: Path, text: str, message: str) -> None:
    path = _folder(tmp_path, text) / "lexicon" / "words.yaml"
    with pytest.raises(GazetteerError, match=message) as e:
        parse_lexicon(path)
    assert str(path) in str(e.value) and "\n" not in str(e.value)
    with pytest.raises(GazetteerError, match=message):
        toponyms.load(tmp_path)


def test_validate_reports_unknown_place_ids(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "lake_towns: [sevan, lake-nowhere]\nmonuments:\n  stonehenge: [Salisbury]\n"
                               "regions:\n  am: {units: [lori, atlantis]}\n")
    problems = [p for p in validate(toponyms.data.default_path(), folder) if "lexicon" in p.file]
    assert [p.message for p in problems] == [
        "lake_towns: 'lake-nowhere' is not the id of any record",
        "monuments: 'stonehenge' is not the id of any record",
        "regions.am.units: 'atlantis' is not the id of any record",
    ]
    broken = _folder(tmp_path / "b", "common_words:\n  fr: [rue]\n")
    assert [p.message for p in validate(toponyms.data.default_path(), broken) if "lexicon" in p.file] == [
        "common_words: unknown language 'fr'; use one of az, hy, ru, en"]


def test_validate_reports_an_entry_given_twice(tmp_path: Path) -> None:
    # the bundled lists had Иван twice (a later edit added it again), Գեւորգ beside Գևորգ (one word, as folded: և is
    # եւ) and a rule's after-word in both spellings; harmless to the annotator, so only validate reports them
    folder = _folder(tmp_path / "x", (
        "given_names:\n  ru: [Иван, Ивана, Иван]\n  hy: [Գևորգ, Գեւորգ]\n"
        "not_a_place:\n"
        "  - names: [Мегри]\n    after: [мед, мёд]\n"
        "  - names: [Ağdam, Агдам]\n    after: [wine]\n"
        "  - names: [Ağdam]\n    before: [wine]\n    after: [Wine]\n"))
    assert sorted(p.message for p in validate(folder)) == [
        "given_names.hy: 'Գեւորգ' is listed twice (as 'Գևորգ' too: one word, folded); remove one",
        "given_names.ru: 'Иван' is listed twice; remove one",
        "not_a_place[0].after: 'мёд' is listed twice (one word, folded); remove one",
        "not_a_place[2]: 'Ağdam' with 'Wine' after it is already in not_a_place[1]; keep it in one rule"]
    assert validate(toponyms.data.default_path()) == []


def test_district_readings_name_districts_with_a_centre(tmp_path: Path) -> None:
    assert {"kalbajar", "tovuz", "jabrayil"} <= bundled_lexicon().district_readings["az"]
    folder = _folder(tmp_path, "district_readings:\n  az: [lachin, lachin-town, atlantis]\n")
    assert [p.message for p in validate(folder)] == [
        "district_readings.az: 'atlantis' is not the id of any record",
        "district_readings.az: 'lachin-town' is not a district with a centre town",
    ]


def test_cli_applies_a_folders_lexicon_in_every_worker(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from toponyms.cli import _register_optional_commands, app

    _register_optional_commands()
    folder = _folder(tmp_path / "house", "not_a_place:\n  - names: [Shusha]\n    after: [cafe]\n")
    records = "".join(json.dumps({"id": i, "text": "The Shusha Cafe opened in Shusha."}) + "\n" for i in range(6))
    r = CliRunner().invoke(app, ["annotate", "-f", "jsonl", "-j", "2", "-g", str(folder), "-"], input=records)
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [[m["text"] for m in row["toponyms"]] for row in rows] == [["Shusha"]] * 6
    assert all(row["toponyms"][0]["start"] == 26 for row in rows)  # the town, not the cafe
    bad = _folder(tmp_path / "bad", "common_words:\n  fr: [rue]\n")
    r = CliRunner().invoke(app, ["annotate", "-g", str(bad), "-"], input="Shusha")
    assert r.exit_code == 2 and "unknown language 'fr'" in r.output and "Traceback" not in r.output


def test_a_folder_with_only_a_lexicon_is_a_valid_overlay(tmp_path: Path) -> None:
    # a house-rule folder needs no place records of its own
    folder = _folder(tmp_path, "not_a_place:\n  - names: [Shusha]\n    after: [cafe]\n")
    assert [p for p in validate(toponyms.data.default_path(), folder) if str(folder) in p.file] == []
    empty = tmp_path / "empty"
    empty.mkdir()
    assert [p.message for p in validate(toponyms.data.default_path(), empty) if str(empty) in p.file] == [
        "no gazetteer files here (expected regions.yaml, places/*.yaml or lexicon/*.yaml)"]


def test_an_overlay_checked_alone_may_refer_to_bundled_ids(tmp_path: Path) -> None:
    # `toponyms validate myfolder`: the folder is layered over the bundled data, so its lexicon may name Sevan
    folder = _folder(tmp_path, "lake_towns: [sevan]\nregions:\n  am: {units: [lori]}\n")
    assert validate(folder) == []
    assert [p.message for p in validate(_folder(tmp_path / "x", "lake_towns: [atlantis]\n"))] == [
        "lake_towns: 'atlantis' is not the id of any record"]


def test_given_names_make_a_family_name_and_a_folder_can_add_one(tmp_path: Path) -> None:
    # held-out 15, 28, 20, 23, 22: reporters, scholars and revolutionaries whose family names are village names
    g = toponyms.load()
    assert [m.text for m in g.annotate("Report-un Füzuliyə ezam olunmuş əməkdaşı İsmayıl Nəsibli bildirib")] == [
        "Füzuliyə"]
    assert g.annotate("1918 ildə Firudin bəy Köçərli seminariyanı açıb") == []
    assert g.annotate("Ստեփան Շահումյանի անվան դպրոցը") == []
    assert fold("Elçin") in bundled_lexicon().given_names["az"]
    # a house list adds a given name the bundled one lacks ("Qoşqar Nəsibli")
    text = "müxbir Qoşqar Nəsibli bildirib"
    assert [m.text for m in g.annotate(text)] == ["Nəsibli"]
    g2 = toponyms.load(_folder(tmp_path, "given_names:\n  az: [Qoşqar]\n"))
    assert g2.annotate(text) == []


def test_an_english_romanization_that_is_an_azerbaijani_common_word_is_common():
    # "Ort’a" (BGN/PCGN of Որթա, Orta Günəypəyə) matches orta, "middle", at the start of "Orta əsrlər" (held-out 53, 64)
    from toponyms.lexicon import bundled_lexicon

    lex = bundled_lexicon()
    assert lex.common_in("ort'a", "en") and lex.common_in("orta", "az") and not lex.common_in("ort'a", "ru")
