"""What the source data holds that the gazetteer lacks, for `toponyms stats` (maintainers watch coverage).

Reads ``$TOPONYMS_SOURCES`` or the ``shared/sources`` folder beside the checkout when present; returns None
when no sources are at hand (an installed wheel has none), so ``stats`` simply leaves the section out.
"""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .data import default_path
from .fold import fold

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

__all__ = ["sources_dir", "source_gaps"]

_ARMN = re.compile("[\u0531-\u0587]")
_CYRL = re.compile("[\u0400-\u04ff]")
# Letters of Belarusian, Ukrainian, Chechen and other Cyrillic languages (not Russian, not Azerbaijani Cyrillic),
# and Belarusian "Сяло" (village): GeoNames carries such forms untagged; the importer leaves them out by rule.
_OTHER_CYRL = re.compile("[ўіїєґӀӏЎІЇЄҐҗҖҳҲџЏӯӮҷҶқҚңҢҫӗ]|аь|оь|уь|^(Сяло|Пасёлак|Вёска) ")
# "Развалины X" (ruins of X) and similar are descriptions, not names; the importer leaves them out too.
_DESCRIPTION = re.compile("^Развалины |совхоз|имени", re.I)


def sources_dir() -> Path | None:
    """The source folder: $TOPONYMS_SOURCES, else ../shared/sources beside the repository, else None."""
    env = os.environ.get("TOPONYMS_SOURCES")
    if env:
        p = Path(env)
        return p if p.is_dir() else None
    here = default_path().resolve()
    for base in (here.parent, *here.parents):
        cand = base / "shared" / "sources"
        if cand.is_dir():
            return cand
        cand = base.parent / "shared" / "sources"
        if cand.is_dir():
            return cand
    return None


def source_gaps(g: Gazetteer, src: Path | None = None) -> dict[str, object] | None:
    """Core GeoNames ids no place carries, and Armenian-script or Cyrillic GeoNames names missing from the
    place that carries the id. None when the sources are not available."""
    src = src or sources_dir()
    if src is None:
        return None
    core_file = src / "geonames-az" / "karabakh_region_places.tsv"
    az_file = src / "geonames-az" / "AZ.txt"
    if not core_file.is_file() or not az_file.is_file():
        return None
    with open(core_file, encoding="utf-8", newline="") as f:
        core = {int(r["geonameid"]) for r in csv.DictReader(f, delimiter="\t") if r["zone"] == "core"}
    by_gn = {gid: p for p in g for gid in p.geonames}
    missing_ids = sorted(core - by_gn.keys())
    missing_armenian: list[str] = []
    missing_russian: list[str] = []
    other_cyrillic = 0
    with open(az_file, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            gid = int(cols[0])
            if gid not in core or gid not in by_gn:
                continue
            have = {fold(n.text) for n in by_gn[gid].names}
            for alt in cols[3].split(","):
                alt = alt.strip()
                if not alt or fold(alt) in have:
                    continue
                if _ARMN.search(alt):
                    missing_armenian.append(f"{gid} {alt}")
                elif _CYRL.search(alt):
                    if _OTHER_CYRL.search(alt) or _DESCRIPTION.search(alt):
                        other_cyrillic += 1
                    else:
                        missing_russian.append(f"{gid} {alt}")
    return {
        "core_geonames_ids": len(core),
        "core_ids_not_carried": missing_ids,
        "armenian_names_not_carried": missing_armenian,
        "russian_or_az_cyrillic_names_not_carried": missing_russian,
        "other_cyrillic_languages_or_descriptions_left_out": other_cyrillic,
    }
