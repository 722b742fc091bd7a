"""The records: places, their names, mentions in text, findings and data problems. No I/O here."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Closed vocabularies; gazetteer/README.md says what each value means.
KINDS = (
    "country",
    "region",
    "historical-region",
    "corridor",
    "province",
    "district",
    "city",
    "town",
    "village",
    "settlement",
    "feature",
)
LANGS = ("az", "hy", "ru", "en")
ORIGINS = ("az", "hy", "ru", "shared")
ROLES = ("official", "common", "former", "variant", "romanization", "exonym")
SCRIPTS = ("Latn", "Cyrl", "Armn")
STATUSES = ("current", "abandoned", "abolished", "historical")

#: The script a name in each language is written in unless the record says otherwise.
DEFAULT_SCRIPT = {"az": "Latn", "hy": "Armn", "ru": "Cyrl", "en": "Latn"}


@dataclass(frozen=True, slots=True)
class Name:
    """One written form of a place's name.

    ``lang`` is the language of the copy the form is written in; ``origin`` is whose toponym it is
    (``"Chankatagh"`` is English text carrying the Armenian name: lang en, origin hy).
    """

    text: str
    lang: str
    origin: str
    role: str = "official"
    script: str = ""
    scheme: str | None = None
    since: str | None = None
    until: str | None = None
    source: str | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, object]:
        """The stable JSON shape of a name: every field, None where unset."""
        return {
            "text": self.text,
            "lang": self.lang,
            "origin": self.origin,
            "role": self.role,
            "script": self.writing,
            "scheme": self.scheme,
            "since": self.since,
            "until": self.until,
            "source": self.source,
        }

    @property
    def writing(self) -> str:
        """The script the form is written in (Latn, Cyrl or Armn)."""
        return self.script or DEFAULT_SCRIPT[self.lang]

    def current(self, date: str | None = None) -> bool:
        """True when the form is in use on ``date`` (ISO, default: today's data) by its dates and role."""
        if date is None:
            return self.role != "former" and self.until is None
        if self.since and self.since > date:
            return False
        if self.until and self.until <= date:
            return False
        return True


# Order in which Place.name() prefers roles.
_ROLE_RANK = {"official": 0, "common": 1, "exonym": 2, "variant": 3, "romanization": 4, "former": 5}
#: A romanization by a documented scheme of the official name (Azerbaijan's official English rules, the press
#: and BGN/PCGN forms of Armenian) reads better than an untagged source variant, which is often another
#: language's form ("Ordubadas", "Kasach") or a name without its diacritics ("Mollacafarli"); a Soviet-era
#: romanization of Russian ("Molladzhafarli") does not.
_GOOD_SCHEMES = {"az-2020": 0, "press": 1, "bgn-pcgn": 2}
#: Kinds whose official English form Place.name() derives from the official Azerbaijani name
_RES498_KINDS = frozenset(("district", "city", "town", "village", "settlement"))
#: a unit's generic noun in one of its names, in any script ("Gədəbəy Rayonu", "Gadabay District", "Гедабекский
#: район", "Գետաբեկի շրջան", "Naxçıvan Muxtar Respublikası", "Nakhchivan AR"); the one list the package keeps:
#: Place.name() leaves it out of a district's official English form, and a house style holds a unit's name without
#: it to the names of the unit's centre (style._naming_place)
_UNIT_NOUNS = (r"(?i:\b(?:district|rayon\w*|region|province|marz|republic|respublika\w*)\b)|\b(?:MR|AR)\b|"
               r"(?i:район\w*|област\w*|республик\w*|շրջան\w*|մարզ\w*|հանրապետություն\w*)")
UNIT_NOUN = re.compile(_UNIT_NOUNS)
#: the unit noun that ends a name, with the space before it
_UNIT_NOUN_LAST = re.compile(r"\s+(?:" + _UNIT_NOUNS + r")$")


@dataclass(frozen=True, slots=True)
class Place:
    """A place with every name the gazetteer knows for it."""

    id: str
    kind: str
    names: tuple[Name, ...]
    unit: str | None = None
    parent: str | None = None
    centre: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames: tuple[int, ...] = ()
    wof: tuple[int, ...] = ()
    wikidata: str | None = None
    status: str = "current"
    sources: tuple[str, ...] = ()
    curated: bool = False
    note: str | None = None

    def name(self, lang: str = "en", origin: str | None = None, *, date: str | None = None) -> Name | None:
        """The best form of the name for copy in ``lang``, of the ``origin`` tradition if given.

        Prefers current forms, then official over common over exonym over a romanization by a documented
        scheme (az-2020, press, BGN/PCGN, in that order) over variant over other romanizations, then the order
        in the data. For a town, village or district of Azerbaijan, the az-2020 romanization of its official
        Azerbaijani name (a district's without Rayonu) is its official English form (Cabinet of Ministers
        Resolution 498 of 2020), whatever role the sources that also give it assign, and ranks just after an
        official one: "Daghdoshu" for Dağdöşü, not the common "Tyak’"; "Dashbulag", not the Soviet "Gorel’sk".
        Returns None when the place has no such form.
        """
        res498 = self._res498(date) if lang == "en" else None
        best: tuple[tuple[int, float, int, int], Name] | None = None
        for i, n in enumerate(self.names):
            if n.lang != lang or (origin is not None and n.origin != origin):
                continue
            role: float = _ROLE_RANK.get(n.role, 9)
            scheme = 0
            if n.text == res498 and n.role != "former":
                role = 0.5  # whatever the source that also gives it calls it ("Farukh", a Soviet romanization)
            elif n.role == "romanization":
                scheme = _GOOD_SCHEMES.get(n.scheme or "", 9)
                if scheme < 9:
                    role = 2.5
            rank = (0 if n.current(date) else 1, role, scheme, i)
            if best is None or rank < best[0]:
                best = (rank, n)
        return best[1] if best else None

    def _res498(self, date: str | None) -> str | None:
        """The az-2020 romanization of the official Azerbaijani name of a settlement or district of Azerbaijan,
        a district's without its generic noun ("Gədəbəy Rayonu": Gadabay), else None."""
        if self.country != "AZ" or self.kind not in _RES498_KINDS:
            return None
        for n in self.names:
            if n.lang == "az" and n.role == "official" and n.writing == "Latn" and n.current(date):
                from .translit import az2020  # the importer's scheme; imported here, where it is first needed

                return az2020(_UNIT_NOUN_LAST.sub("", n.text) if self.kind == "district" else n.text)
        return None

    def to_dict(self) -> dict[str, object]:
        """The stable JSON shape of a place (documented in README)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "unit": self.unit,
            "parent": self.parent,
            "centre": self.centre,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonames": list(self.geonames),
            "wof": list(self.wof),
            "wikidata": self.wikidata,
            "status": self.status,
            "names": [n.to_dict() for n in self.names],
        }

    @property
    def label(self) -> str:
        """A display label: the English name, else the first name."""
        n = self.name("en") or (self.names[0] if self.names else None)
        return n.text if n else self.id


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in text. ``start``/``end`` are code-point offsets into the caller's string."""

    start: int
    end: int
    text: str
    place: Place
    name: Name
    how: str  # exact | folded | inflected | fuzzy | variant
    lang: str
    candidates: tuple[Place, ...] = ()
    score: float = 100.0
    suffix: str = ""
    why: str = ""

    def to_dict(self) -> dict[str, object]:
        """The stable JSON shape of a mention (documented in README)."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "id": self.place.id,
            "kind": self.place.kind,
            "name": self.name.text,
            "lang": self.lang,
            "origin": self.name.origin,
            "role": self.name.role,
            "how": self.how,
            "score": round(self.score, 1),
            "candidates": [p.id for p in self.candidates],
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """A house-style finding in copy: 1-based line and column, counted in characters."""

    path: str
    line: int
    column: int
    start: int
    end: int
    rule: str
    severity: str  # error | warning | suggestion
    message: str
    text: str
    replacement: str | None = None
    place_id: str | None = None

    def __str__(self) -> str:
        fix = f" (use: {self.replacement})" if self.replacement else ""
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.rule}: {self.message}{fix}"


@dataclass(frozen=True, slots=True)
class Problem:
    """A problem in gazetteer data, reported as ``file:line: id: message``."""

    file: str
    line: int
    id: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.id}: {self.message}" if self.id else f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A fuzzy search hit."""

    place: Place
    name: Name
    score: float
