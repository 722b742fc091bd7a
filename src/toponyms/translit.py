"""Romanizations used by the gazetteer importer (docs/linguistics.md §1).

- ``az2020``: Azerbaijan's official English rules (Cabinet Resolution 498 of 2020, §1.5): ə→a, x→kh, ş→sh,
  ç→ch, c→j, q→g, ğ→gh, ı→i, ö→o, ü→u, İ→I. The rule that keeps ``e`` for ə in some established names
  (Khankendi) was not retrievable, so the default ``a`` is always used; attested forms are stored separately.
- ``hy_press``: Eastern Armenian → English as the press writes it: BGN/PCGN 1981 with the apostrophes dropped
  (§1.1 "press" column; ռ→r, ը→y, ե→ye word-initially/after a vowel, ո→vo word-initially, ու→u, և→ev/yev).
- ``ru_latin``: Russian → Latin (BGN/PCGN-like, no apostrophes); used only to compare forms, never emitted.
- ``skeleton``: a coarse ASCII key for "do these two forms render the same name?" comparisons.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from rapidfuzz.distance import Indel

__all__ = ["az2020", "hy_press", "ru_latin", "skeleton", "similarity", "similarity_bound", "skeleton_bound", "az_cyrl_latin", "to_latin", "consonant_key"]

_AZ = {
    "ə": "a", "Ə": "A", "x": "kh", "X": "Kh", "ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch", "c": "j", "C": "J",
    "q": "g", "Q": "G", "ğ": "gh", "Ğ": "Gh", "ı": "i", "I": "I", "İ": "I", "ö": "o", "Ö": "O", "ü": "u",
    "Ü": "U", "ǝ": "a", "Ǝ": "A",
}


def az2020(text: str) -> str:
    """The official English form of an Azerbaijani Latin name (Resolution 498, default ə→a)."""
    text = unicodedata.normalize("NFC", text).replace("i\u0307", "i")
    return "".join(_AZ.get(c, c) for c in text)


# Armenian lower-case letters → press romanization (BGN/PCGN without apostrophes).
_HY = {
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "զ": "z", "է": "e", "ը": "y", "թ": "t", "ժ": "zh", "ի": "i",
    "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h", "ձ": "dz", "ղ": "gh", "ճ": "ch", "մ": "m", "յ": "y",
    "ն": "n", "շ": "sh", "չ": "ch", "պ": "p", "ջ": "j", "ռ": "r", "ս": "s", "վ": "v", "տ": "t", "ր": "r",
    "ց": "ts", "փ": "p", "ք": "k", "օ": "o", "ֆ": "f", "ւ": "v",
}
_HY_VOWELS = set("աեէըիոօու")


def hy_press(text: str) -> str:
    """Press-style English form of an Armenian-script name (Ճանկաթաղ → Chankatagh)."""
    text = unicodedata.normalize("NFC", text).replace("\u0587", "եվ").replace("եւ", "եվ")
    text = "".join(c for c in text if c not in "\u055b\u055c\u055e\u055f")
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        lo = c.lower()
        upper = c != lo
        prev = text[i - 1].lower() if i > 0 else ""
        initial = i == 0 or not ("\u0531" <= text[i - 1] <= "\u0587")
        if lo == "ո" and i + 1 < n and text[i + 1].lower() == "ւ":
            r = "u"
            i += 2
        elif lo == "ե":
            r = "ye" if initial or prev in _HY_VOWELS else "e"
            i += 1
        elif lo == "ո":
            r = "vo" if initial and not (i + 1 < n and text[i + 1].lower() == "վ" and (i + 2 == n or not text[i + 2].isalpha())) else "o"
            i += 1
        elif lo in _HY:
            r = _HY[lo]
            i += 1
        else:
            r = c
            i += 1
        if upper and r:
            r = r[0].upper() + r[1:]
        out.append(r)
    return "".join(out)


_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
}
# Azerbaijani Cyrillic → Latin (BGN/PCGN 1993, linguistics.md §1.6).
_AZC = {
    "а": "a", "б": "b", "в": "v", "г": "q", "ғ": "ğ", "д": "d", "е": "e", "ә": "ə", "ж": "j", "з": "z",
    "и": "i", "ы": "ı", "ј": "y", "к": "k", "ҝ": "g", "л": "l", "м": "m", "н": "n", "о": "o", "ө": "ö",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ү": "ü", "ф": "f", "х": "x", "һ": "h", "ч": "ç",
    "ҹ": "c", "ш": "ş", "й": "y", "э": "e", "ю": "yu", "я": "ya", "ц": "ts",
}


def ru_latin(text: str) -> str:
    """Russian Cyrillic → Latin (for comparisons only)."""
    out = []
    for c in text:
        lo = c.lower()
        r = _RU.get(lo, c)
        out.append(r.capitalize() if c != lo else r)
    return "".join(out)


def az_cyrl_latin(text: str) -> str:
    """Azerbaijani Cyrillic → Azerbaijani Latin (for comparisons only)."""
    out = []
    for c in text:
        lo = c.lower()
        r = _AZC.get(lo, c)
        out.append(r.upper() if c != lo and len(r) == 1 else (r.capitalize() if c != lo else r))
    return "".join(out)


_SK_STEPS = (
    ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("ch", "c"), ("sh", "s"), ("ts", "c"),
    ("x", "h"), ("q", "g"), ("k", "g"), ("y", "i"), ("e", "a"), ("w", "v"), ("z", "j"),
)


@lru_cache(maxsize=65536)
def skeleton(latin: str) -> str:
    """A coarse ASCII key of a Latin-script form (case, diacritics, digraph spelling and e/a folded)."""
    s = az2020(latin).lower()
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if "a" <= c <= "z")
    for a, b in _SK_STEPS:
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


@lru_cache(maxsize=262144)
def similarity(a: str, b: str) -> float:
    """Similarity (0..1) of two Latin forms by their skeletons."""
    sa, sb = skeleton(a), skeleton(b)
    if not sa or not sb:
        return 0.0
    return SequenceMatcher(None, sa, sb).ratio()


#: ``similarity_bound`` for skeletons already at hand
skeleton_bound = Indel.normalized_similarity


def similarity_bound(a: str, b: str) -> float:
    """An upper bound of ``similarity(a, b)``, some forty times cheaper: the same ratio with the longest common
    subsequence of the skeletons (rapidfuzz's Indel) in place of difflib's matching blocks, which are one common
    subsequence among others. Callers skip a pair whose bound is below what they need."""
    return skeleton_bound(skeleton(a), skeleton(b))


# -- consonant keys: one spelling-blind key for every script's rendering of a name -------------------------------
_AZ_CYR_ONLY = frozenset("әғҝһјҹөүӘҒҜҺЈҸӨҮ")
_RU_CONS = "бвгджзклмнпрстфхцчшщ"
_RU_GLIDE = re.compile(f"(?<=[{_RU_CONS}])[ьъ]?([яюёе])")
_RU_PLAIN = {"я": "а", "ю": "у", "ё": "о", "е": "е"}
_ARMENIAN = re.compile("[\u0531-\u0587]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# Latin digraphs of English romanizations first (Charaken = Çərəkən, Shyukurbayli = Şükürbəyli), then Azerbaijani
_EN_DIGRAPHS = (("dzh", "c"), ("zh", "ʒ"), ("ch", "ç"), ("sh", "ş"), ("kh", "x"), ("gh", "ğ"))
# the same in a key, where Russian and Armenian romanizations also bring dz, dj and ts (affricates)
#: (and the French one's tch, by then tç: Tchambarak, Tchankatagh)
_KEY_DIGRAPHS = _EN_DIGRAPHS[:1] + (("tç", "c"), ("dz", "c"), ("dj", "c"), ("ts", "c")) + _EN_DIGRAPHS[1:]
# consonant classes: the letters different romanizations and Cyrillizations trade for one another
# (Azerbaijani h/x/q/g/ğ/k all appear as Russian г/х/к and English h/kh/g/gh/k; d/t and b/p alternate at the end
# of a word; c/ç/j/ts/dz are one affricate class)
_CLASS = str.maketrans({
    "c": "j", "ç": "j", "ʒ": "j", "j": "j", "x": "g", "q": "g", "k": "g", "h": "g", "ğ": "g", "g": "g",
    "t": "d", "p": "b", "f": "v", "w": "v", "z": "s", "ş": "s",
})
_KEEP = frozenset("bdgjlmnrsv")


@lru_cache(maxsize=131072)
def to_latin(text: str) -> str:
    """Any script's form of a name in Latin letters, for comparisons only (never stored or shown): Armenian by
    ``hy_press``, Azerbaijani Cyrillic by BGN/PCGN (§1.6), Russian by ``ru_latin`` with the glide of я/ю/ё/е
    after a consonant dropped (Кяркиджахан ~ Kərkicahan), Latin with English digraphs read as Azerbaijani letters."""
    text = unicodedata.normalize("NFC", text)
    if _ARMENIAN.search(text):
        return hy_press(text).lower()
    if _CYRILLIC.search(text):
        if any(c in _AZ_CYR_ONLY for c in text):
            return az_cyrl_latin(text).lower()
        low = _RU_GLIDE.sub(lambda m: _RU_PLAIN[m.group(1)], text.lower())
        return ru_latin(low)
    low = text.replace("İ", "i").replace("I", "ı").lower() if any(c in "əğışçöüƏĞŞÇÖÜİ" for c in text) else text.lower()
    for a, b in _EN_DIGRAPHS:
        low = low.replace(a, b)
    return low


@lru_cache(maxsize=131072)
def consonant_key(text: str) -> str:
    """The consonant skeleton of a name in any script: Kərkicahan, Кяркиджахан and Karkijahan all give "grgjgn".
    Vowels, y and apostrophes are dropped, letters that romanizations trade are merged (_CLASS), doubles collapsed.
    Too coarse to name a place alone: callers confirm a key's match by context and ``similarity``."""
    s = to_latin(text)
    for a, b in _KEY_DIGRAPHS:
        s = s.replace(a, b)
    s = s.translate(_CLASS)
    out: list[str] = []
    for c in s:
        if c in _KEEP and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)
