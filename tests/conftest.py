"""Shared fixtures: the bundled gazetteer, a tiny one built from literals, and fixture folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Tests never touch the user's cache.
os.environ.setdefault("TOPONYMS_CACHE_DIR", str(Path(__file__).parent / ".cache"))

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"


@pytest.fixture(scope="session")
def g():
    """The bundled gazetteer."""
    import toponyms

    return toponyms.load()


@pytest.fixture(scope="session")
def tiny():
    """A gazetteer of a few literal places, for logic that must not depend on the bundled data."""
    from toponyms import Gazetteer, Name, Place

    def n(text: str, lang: str, origin: str, role: str = "official", **kw: str) -> Name:
        return Name(text=text, lang=lang, origin=origin, role=role, source="curated", **kw)

    return Gazetteer(
        [
            Place(
                id="khankendi",
                kind="city",
                unit="khankendi",
                names=(
                    n("Xankəndi", "az", "az"),
                    n("Ստեփանակերտ", "hy", "hy"),
                    n("Степанакерт", "ru", "hy"),
                    n("Ханкенди", "ru", "az"),
                    n("Khankendi", "en", "az"),
                    n("Stepanakert", "en", "hy", "common"),
                ),
            ),
            Place(id="lachin", kind="district", unit="lachin", centre="lachin-town", names=(n("Laçın", "az", "az"),)),
            Place(id="lachin-town", kind="town", unit="lachin", names=(n("Laçın", "az", "az"), n("Lachin", "en", "az"))),
            Place(id="vank-a", kind="village", unit="a", names=(n("Vank", "en", "hy"),)),
            Place(id="vank-b", kind="village", unit="b", names=(n("Vank", "en", "hy"),)),
        ]
    )
