"""The annotator: every place name in a text, with its grammatical form, its place and the other candidates.

How a text is read
-------------------
1. ``fold_map(text)`` gives the match key and its map back to the caller's offsets (fold.py).
2. One pass of an Aho–Corasick automaton (``ahocorasick_rs``, overlapping mode; a pure-``re`` alternation when
   it is missing) finds every *stem* of every name (morphology.py: a stem is the lemma or a cut lemma such as
   Шуш- of Шуша, in key space).
3. Per hit: the left side must be a word boundary (not a letter, mark, digit or ``_`` of any script); the
   *tail* (the word characters after the stem, or an apostrophe/hyphen and word characters) must be one of
   the stem's suffixes, ``""`` included only where the stem is the whole lemma. So Шуш- never matches
   Шушенское, Շուշի never matches inside մշուշին, and "Stepanakert-based" is Stepanakert.
4. Leftmost-longest, non-overlapping (a longer name wins over a name inside it: Nagorno-Karabakh, not Karabakh).
5. Filters and choice of place, below. Offsets are mapped back; ``text[m.start:m.end] == m.text`` always.

``how``: ``exact`` (the span is a stored form character for character), ``folded`` (equal after folding: case,
dotted I, NBSP, apostrophes...), ``inflected`` (a suffix was found; ``suffix`` holds its tag such as ``ru:prep``
or ``az:loc``, see morphology.py), ``fuzzy`` (``fuzzy=True`` only; ``score`` < 100).

Precision filters (what is *not* a mention)
-------------------------------------------
- **Kinds**: countries are not annotated unless asked (``kinds=`` lists the kinds to keep; default: every kind
  but ``country``).
- **Short names**: names whose key has fewer than 3 characters are never matched; names of 3 characters (or
  ALL-CAPS abbreviations such as NKR, ԼՂՀ, НКАО) only when written exactly as stored (case included).
- **Capitalization**: a name stored with an initial capital matches only where the text has an initial capital
  too (ALL CAPS counts), unless the whole text has no capital letters at all. "laçın quşu" (the falcon),
  "bala" (a child) and lower-case English words are not places. Derived romanizations (``role: romanization``
  with ``source: derived``) must match the stored capitalization of their first letter as well, always.
- **Common words**: a name that is also a common word of the copy's language (the curated table
  ``COMMON_WORDS``, plus any name the same text also uses in lower case) is not taken at the start of a
  sentence (where capitals say nothing) unless another mention of the same district or region supports it.
  Given names that are village names (``PERSONAL_NAMES``: Նարեկ, Վահան...) need that support anywhere.
- **Not a place here**: ``NOT_A_PLACE`` lists neighbour words that turn a name into something else: the club
  (Qarabağ FK, "Qarabağ" komandası, ФК «Карабах»), the poet (Məhəmməd Füzuli, Мухаммед Физули), the wine
  (портвейн Агдам, Agdam wine), the singer (Shusha Guppy), the falcon (Laçın quşu). Such a span is dropped.
- **Derived words** (Шушинский, Şuşalı, Շուշեցի) are left out unless ``derived=True``; they are then tagged
  ``ru:adj``, ``az:adj...``, ``hy:dem``.

Spans and generic nouns (the annotation convention, tests/cases/real)
---------------------------------------------------------------------
- **The span** is the toponym with its inflection: "Степанакерте", "Xankəndidə", "Ստեփանակերտում",
  "Stepanakert's" (the possessive is in the span). A name hyphenated across a line break ("Nagorno-\nKarabakh",
  "Нагорно-\nКарабахская") is the hyphenated name; the span covers the original characters (fold.py).
- **A lower-case generic noun after a name is not in the span, but it decides the place**: district, rayon,
  region, район, շրջան, marz/մարզ, province → the district or province ("Shusha district", "Ağdam rayonunun",
  "Շուշիի շրջան", "Գեղարքունիքի մարզի"); city, town, şəhər, город, քաղաք, qəsəbə, ավան → the city or town;
  village, kənd, село, գյուղ → a village. It works after an inflected name too (Armenian genitive + noun). When no
  candidate has the kind, a candidate that is the centre of its district stands for that district ("Aghdara and
  Khojaly districts": Aghdara the town is the centre of the Aghdara district). After a comma, a singular generic
  noun counts as well ("Մարտունի, գյուղ ...", "Martuni, a village in ...", the reference-work pattern).
- **Names stored with a generic word** (``note`` starting ``generic:``, e.g. "Ağdam rayonu", "Shusha District")
  match as a whole only where the generic word is capitalized in the text: "Shusha District", "Laçın Rayonu"
  are the official names and the whole capitalized name is the span; "Shusha district" is Shusha + a noun.
  Names whose generic word is part of the official name without such a note ("Nagorno-Karabakh Autonomous
  Oblast", "Karabakh economic region", "Lachin corridor") are spans as a whole.
- **Plural generic nouns cue a list**: every name of a list coordinated by ``,`` and/və/и/և/ու/or (Azerbaijani
  direction words such as şərqdən may open an item) closed by a plural noun gets that reading ("Aghdara and
  Khojaly districts", "Kəlbəcər, şərqdən Xocalı, Şuşa və Xocavənd ... rayonları", "շրջանները"), and so does a
  list opened by one ("the regions of Gubadli, Lachin", "rayonları: ...", "the regions where Armenians lived
  (Gubadli, Lachin, ...)", a parenthesis within 40 characters of the noun).
- **Azerbaijani genitive before a settlement**: a town or district name in the genitive right before another name
  with a singular settlement noun is the district ("Cəbrayılın Xudafərin qəsəbəsi", "Laçının Zabux kəndi": the news
  shortening of "X rayonunun Y kəndi").
- **Russian district names** are adjective + район: "Лачинского района" is one span (the district); in a
  coordinated list closed by a plural район form ("Агдамского, Лачинского и Кельбаджарского районов") each
  adjective is a span and the last takes the noun ("Кельбаджарского районов"). The adjective is that of a
  district's Russian name or of its centre's; the tag stays ``ru:adj`` (inflect() does not produce it).
- **Feature nouns veto a settlement or district reading**: waterfall/şəlalə/водопад/ջրվեժ, river/çay/река/գետ,
  mountain/dağ/гора/լեռ, lake/göl/озеро/լիճ, pass/aşırım/перевал/լեռնանցք, reservoir/su anbarı/водохранилище/
  ջրամբար after a name: "Ağbulaq şəlaləsi" is not the village. Only a region, corridor or feature candidate
  survives ("Ղարաբաղի լեռնաշղթա" stays Karabakh); with none left the span is dropped.
- **Latin names in Azerbaijani copy** take Azerbaijani suffixes by their own vowel harmony ("Stepanakertdə",
  "Yerevanda", "Martakertin"): an English (Latin) name's ``az:`` suffix is accepted where the copy around it is
  Azerbaijani (_text_lang) or the suffix has one of ə ı ğ ş ç ö ü, so English copy gains no false positives.
  Azerbaijani Cyrillic names (``script: Cyrl``) take no suffix yet.
- **Lone surrogates** in the input (a JSON "\\ud800") are U+FFFD in the key, one for one; offsets unchanged.

Choosing the place (the losers stay in ``candidates``)
------------------------------------------------------
Each candidate place scores, in this order: (1) support from context: another, unambiguous mention in the text
lies in the same unit, is the candidate's unit or parent, or lies under it (so "Ağdam" next to Xocavənd
villages is the Khojavend village, "Martuni" next to Gegharkunik places is the town in Armenia); (2) a current
name over a former one and an official/common form over a variant; (3) prominence, ``KIND_RANK`` (a city over
a village; for a bare name a district's centre over the district itself); (4) id. ``why`` explains the choice.
``lang`` is the language of the form found; where several languages share it (Hadrut: az and en), the
language of the surrounding text (script and Azerbaijani letters ə ğ ı ş ç ö ü) decides.

Fuzzy (``fuzzy=True``)
----------------------
Capitalized words and word pairs of 7+ letters that are not already part of a mention are compared, per
length bucket, with the names of 7+ letters (rapidfuzz ``ratio`` on keys, cutoff 88); a hit is a ``fuzzy``
mention with its score. The default mode never adds a fuzzy mention.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from fold_v0 import Folded, fix_lookalikes, fold, fold_map
from toponyms.model import KINDS, Mention, Name, Place
from toponyms.morphology import az_suffix_map, is_derived, paradigm
from toponyms.lexicon import bundled_lexicon
# the rule helpers, constants and record types the reference shares with the package (the same source); the
# reference keeps its own engine: the passes, the support and ranking of homonyms, the cues and their wiring
from toponyms.match import (
    _APPOSITION, _AZ_DIRS, _AZ_GEN_KINDS, _AZ_GEN_SETTLE, _BORDER_ADJ, _CAPITAL_WORDS, _COMMUNITY, _ELEVATION, _Entry,
    _CENTRE_AFTER, _CENTRE_FIRST, _HY_BUILDING_AFTER, _GOVERNOR_BEFORE, _GOVERNOR_AFTER, _az_regional, _represented, _AREA_NOUN_OF, _DOMAIN_AFTER, _FACILITY_AFTER, _NUMBER_JOINED, _QUOTED_NUMBER, _PLANT_AFTER, _AZ_PLANT_AFTER, _EN_BUILDING_AFTER, _media_quoted_inside, _quoted_title, _POINT_AFTER, _POINT_BEFORE, _TOWN_KINDS, _FAMILY_NAME_AFTER, _FARMING, _deposit, _FEATURE, _FEATURE_BEFORE, _FEATURE_VETOES, _GENERIC, _HISTORIC, _KHANATE, _REGION_KINDS, _historic_land, _historic_region,
    _HY_AIRPORT_AFTER, _named_by_its_town, _narrowed, _HY_DIRS, _HY_GENERIC_LAST, _Hit, _INSTITUTION_AFTER, _LOOKALIKE_SPOTS, _NON_KIND, _NOUN_ADJ,
    _NO_UNITS, _NOUN_THEN_LIST, _ONE_OF, _OPEN_QUOTES, _CLOSE_QUOTES, _ORDINALS, _ORG_TAILS, _CLUB_BEFORE, _QUALIFIERS, _AZ_LIBERATION, _RU_RAYON_SG, _RU_VOWELS, _LIKE, _ru_such_as, _RANGE_AFTER, _RESERVE_AFTER,
    _RU_NOUN_OF_NEXT, _SAID_NOUNS, _SENT_END, _SETTLEMENT_KINDS, _SETTLE_BEFORE, _STREET, _areas, _caseless, _classify,
    _club, _cue_after, _cue_past_unknown, _drop_located_elsewhere, _fallback_regex, _feature_after_hyphen, _gen_units,
    _generic_words, _feature_word_before, _provinces_listed_with_cities, _genitive_before_villages, _given_before, _in_town_list, _is_word, _joined, _lead_cue,
    _list_reading, _locative_before_holdings, _village_in_unit, _media, _named_units, _numbered, _one_reading, _own_unit_city, _quoted_facility,
    _ru_plural_before, _script, _settlement_noun_next, _single, _text_lang, _unit_of, _unit_reading, _list_unit, _TOWNS_OPEN, _villages_of_one, _IS_A, _constituencies, _IS_A_ALT, _HY_RESERVE_AFTER, _former_am_region, _former_region_towns, _am_province_district, _settled_lake_town, _stored_form, _monument_named, _nkr_state, _econ_pair, _towns_named, _lead_variants, _PREFIX_FAMILY, _economic_region_of, _econ_noun_before, _VERB_NOUNS, _VERB_NEXT,
    _variants, _word_cues, province_namesakes, _ECON_AFTER, _economic_regions, _AND_OTHER, _HY_NOT_NAMING,
    _glue_points, _unglue, _reglue, _neighbours_veto, _club_compound, _club_pair, _NKR_REGION, _ru_prep_alone, _home_club, _sport_sentence, _READ_PAST, _gloss_reading, _the_district_named, _compound_gloss, _AZ_LAND_AFTER, _AZ_ROAD_AFTER, _all_caps_word, _ru_family_agrees,
    _ru_compound_adj, _admin_district_village, _a_point, _HYPHENS,
)
from toponyms.match import Matcher as _PkgMatcher, _Support as _PkgSupport

if TYPE_CHECKING:
    from toponyms.gazetteer import Gazetteer

try:  # the fast engine; a pure-python alternation is used without it
    import ahocorasick_rs as _acrs
except ImportError:  # pragma: no cover - exercised by tests that hide the module
    _acrs = None

__all__ = ["Matcher", "COMMON_WORDS", "PERSONAL_NAMES", "NOT_A_PLACE", "DEFAULT_KINDS"]

#: The kinds annotated unless ``kinds=`` says otherwise (countries are context, not news places).
DEFAULT_KINDS = frozenset(k for k in KINDS if k != "country")

#: The word lists are data (gazetteer/lexicon/*.yaml), read by the package: the reference runs the same rules on
#: the same lists, so the lexicon is not copied here.
_LEX = bundled_lexicon()
COMMON_WORDS = _LEX.common_words
PERSONAL_NAMES = _LEX.personal_names
_needs_support = _LEX.needs_support  # given names, and names of places the gazetteer lacks
NOT_A_PLACE = _LEX.not_a_place

_WORD_TAIL = re.compile(r"\w*")
_PUNCT_TAIL = re.compile(r"[-']\w+")
_WORD = re.compile(r"\w+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_AZ_LETTERS = re.compile("[əğışçöüƏĞŞÇÖÜİ]")
_CYR = re.compile("[а-яА-ЯёЁ]")
_ARM = re.compile("[\u0531-\u0587]")


_NO_MATCH = object()


class Matcher:
    """The compiled annotator of one gazetteer (build once, use many times; thread-safe to read)."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        stems: dict[str, list[_Entry]] = {}
        self._fuzzy_index: dict[int, tuple[list[str], list[list[tuple[Place, Name]]]]] | None = None
        self._full_keys: dict[str, list[tuple[Place, Name]]] = {}
        namesakes = province_namesakes(gazetteer.places)
        # district -> the province it lies in (the Nakhchivan districts), for _areas
        kinds = {p.id: p.kind for p in gazetteer.places}
        self._province_of: dict[str, str] = {p.id: p.parent for p in gazetteer.places
                                             if p.kind == "district" and p.parent and kinds.get(p.parent) == "province"}
        for p in gazetteer.places:
            for n in p.names:
                key = fold(n.text)
                letters = [c for c in n.text if c.isalpha()]
                abbrev = len(letters) >= 2 and all(c.isupper() for c in letters)
                if len(key) < 3 and not abbrev:  # a two-letter abbreviation (ԱՀ) matches exactly as written
                    continue
                capital = bool(letters) and letters[0].isupper()
                exact_only = len(key) <= 3 or abbrev
                derived_form = n.role == "romanization" and (n.source or "") == "derived"
                generic_cap = _generic_words(n, p.kind, key)
                self._full_keys.setdefault(key, []).append((p, n))
                seen: set[str] = set()
                for variant in _variants(n.text):
                    for stem, smap in paradigm(variant, n.lang, script=n.script):
                        if stem in seen or (len(stem) < 3 and not abbrev):
                            continue
                        seen.add(stem)
                        latin_az = n.lang == "en" and not exact_only and not generic_cap and stem == fold(variant)
                        if latin_az:
                            smap = az_suffix_map(variant, smap)
                        e = _Entry(p, n, smap, key, capital, exact_only, derived_form,  # type: ignore[arg-type]
                                   frozenset(_areas(p, self._province_of)), _LEX.common_in(key, n.lang) or _needs_support(key, n.lang), key in NOT_A_PLACE,
                                   generic_cap, latin_az)
                        stems.setdefault(stem, []).append(e)
                        ns = namesakes.get(p.id)
                        if ns is not None and n.text in ns[1]:
                            # the province the village is named like answers to the same name (ranking decides)
                            stems[stem].append(_Entry(ns[0], n, smap, key, capital, exact_only, derived_form,  # type: ignore[arg-type]
                                                      frozenset(_areas(ns[0], self._province_of)), e.common, e.vetoable, generic_cap, latin_az))
        self._patterns = list(stems)
        self._entries = [stems[s] for s in self._patterns]
        self._by_id = {p.id: p for p in gazetteer.places}
        self._lead_variants = _lead_variants(gazetteer.places, province_namesakes(gazetteer.places))
        # a district or province named after its centre: the centre's id -> the unit (Aghdara -> the district)
        self._centre_of = {p.centre: p for p in gazetteer.places if p.centre and p.kind in ("district", "province")}
        self._econ_by_bare = _economic_regions(gazetteer.places)
        self._econ_of_region = _economic_region_of(gazetteer.places, self._econ_by_bare)
        self._econ_ids = frozenset(p.id for p in self._econ_by_bare.values())
        self._named_unit = _named_units(gazetteer.places, stems)
        self._region_of = _regions(gazetteer.places, {p.id: p for p in gazetteer.places})
        self._moved: dict[tuple[int, str], _Entry] = {}
        self._npat = len(self._patterns)
        self._tail_cache: dict[tuple[int, str, str], object] = {}
        self._vetoable = any(e.key in NOT_A_PLACE for ents in self._entries for e in ents)
        if _acrs is not None and self._patterns:
            # the stems, then the look-alike spots (pattern index >= _npat): see annotate()
            self._ac = _acrs.AhoCorasick(self._patterns + _LOOKALIKE_SPOTS, matchkind=_acrs.MatchKind.Standard)
            self._rx = None
        else:
            self._ac = None
            self._rx = _fallback_regex(self._patterns) if self._patterns else None
            self._pat_index = {p: i for i, p in enumerate(self._patterns)}

    # ------------------------------------------------------------------------------------------------------
    def _raw_hits(self, key: str) -> list[tuple[int, int, int]]:
        if self._ac is not None:
            return self._ac.find_matches_as_indexes(key, overlapping=True)
        if self._rx is None:
            return []
        out = []
        idx = self._pat_index
        # all stems starting at each candidate position (the regex finds the longest; shorter prefixes too)
        for m in self._rx.finditer(key):
            s = m.start()
            w = key[s: m.end()]
            for j in range(3, len(w) + 1):
                i = idx.get(w[:j])
                if i is not None:
                    out.append((i, s, s + j))
        return out

    def annotate(
        self,
        text: str,
        *,
        langs: Iterable[str] | str | None = None,
        fuzzy: bool = False,
        kinds: Iterable[str] | None = None,
        derived: bool = False,
    ) -> list[Mention]:
        """Every place name in ``text``, leftmost-longest and non-overlapping, with offsets into ``text``.

        ``langs`` keeps only forms of those languages (default: all); ``kinds`` the kinds of place to report
        (default: all but ``country``); ``derived=True`` adds derived words (Шушинский, Şuşalı, Շուշեցի);
        ``fuzzy=True`` adds misspellings of longer names (how="fuzzy", score < 100).
        """
        if not text:
            return []
        if isinstance(langs, str):
            langs = {langs}
        lang_ok = frozenset(langs) if langs is not None else None
        kind_ok = frozenset(kinds) if kinds is not None else DEFAULT_KINDS
        # The per-hit work allocates many small objects that all survive the call: the cyclic GC only costs time
        # here (about 30 % on 4 MB of news copy), so it is paused for the call and restored after.
        gc_was = gc.isenabled()
        if gc_was:
            gc.disable()
        try:
            glued = _glue_points(text)  # run-together words: matched with a space at each seam
            if not glued:
                return self._annotate(text, lang_ok, kind_ok, derived, fuzzy)
            return _reglue(text, self._annotate(_unglue(text, glued), lang_ok, kind_ok, derived, fuzzy), glued)
        finally:
            if gc_was:
                gc.enable()

    def _annotate(self, text: str, lang_ok, kind_ok, derived: bool, fuzzy: bool) -> list[Mention]:
        # The look-alike step of the fold is left to the automaton: its extra two-letter patterns (a Latin
        # letter next to a Cyrillic one) report the spots, and only then is the key fixed and searched again.
        folded = fold_map(text, lookalikes=self._ac is None)
        try:
            hits = self._scan(folded.key, spots=self._ac is not None)
        except UnicodeEncodeError:
            # lone surrogates (a JSON "\ud800"): U+FFFD one for one in the key, offsets unchanged
            folded = Folded(_SURROGATE.sub("\ufffd", folded.key), text, folded.segments)
            hits = self._scan(folded.key, spots=self._ac is not None)
        if hits is None:
            folded = Folded(fix_lookalikes(folded.key), text, folded.segments)
            hits = self._scan(folded.key, spots=False)
        mentions = self._resolve(text, folded, hits, lang_ok, kind_ok, derived)
        if fuzzy:
            mentions = self._fuzzy(text, folded, mentions, lang_ok, kind_ok)
        return mentions

    def _scan(self, key: str, spots: bool) -> list[tuple[int, int, str, list[tuple[_Entry, str]]]] | None:
        """Stem hits with a boundary on the left and a known suffix on the right: (kstart, kend, tail, entries),
        in automaton order. None when ``spots`` and the key has a look-alike spot (fix the key, search again)."""
        klen = len(key)
        hits: list[tuple[int, int, str, list[tuple[_Entry, str]]]] = []
        append = hits.append
        npat = self._npat
        cache = self._tail_cache
        if len(cache) > 500_000:
            cache.clear()
        word_tail = _WORD_TAIL.match
        punct_tail = _PUNCT_TAIL.match
        is_word = _is_word
        for pi, ks, ke in self._raw_hits(key):
            if pi >= npat:
                if spots:
                    return None
                continue
            if ks > 0:
                c = key[ks - 1]
                if c.isalnum() or c == "_" or (not c.isascii() and is_word(c)):
                    continue
            if ke < klen:
                c = key[ke]
                if c.isalnum() or c == "_":
                    tail = word_tail(key, ke).group()
                    tail2 = ""
                elif c == "-" or c == "'":
                    m = punct_tail(key, ke)
                    tail2 = m.group() if m else ""
                    tail = ""
                else:
                    tail = tail2 = ""
            else:
                tail = tail2 = ""
            ck = (pi, tail, tail2)
            r = cache.get(ck)
            if r is None:
                r = cache[ck] = self._suffix_match(pi, tail, tail2)
            if r is _NO_MATCH:
                continue
            t, found = r
            append((ks, ke + len(t), t, found))
        return hits

    def _suffix_match(self, pi: int, tail: str, tail2: str):
        """(the tail taken, [(entry, tag)]) for stem ``pi`` followed by ``tail``/``tail2``, or _NO_MATCH."""
        found: list[tuple[_Entry, str]] = []
        for e in self._entries[pi]:
            sm = e.suffixes
            tag = sm.get(tail2) if tail2 and not tail else None
            if tag is not None:
                found.append((e, tag))
                continue
            tag = sm.get(tail)
            if tag is not None:
                found.append((e, tag))
        if not found:
            return _NO_MATCH
        # prefer the apostrophe/hyphen tail when an entry took it
        use_punct = bool(tail2) and not tail and any(e.suffixes.get(tail2) == t for e, t in found)
        t = tail2 if use_punct else tail
        found = [(e, tg) for e, tg in found if e.suffixes.get(t) == tg]
        return t, found

    # ------------------------------------------------------------------------------------------------------
    def _resolve(
        self,
        text: str,
        folded: Folded,
        hits: list[tuple[int, int, str, list[tuple[_Entry, str]]]],
        lang_ok: frozenset[str] | None,
        kind_ok: frozenset[str],
        derived: bool,
    ) -> list[Mention]:
        if not hits:
            return []
        key = folded.key
        # filter entries by options first (a hit with nothing left does not block a shorter valid one)
        opt: dict[int, list[tuple[_Entry, str]]] = {}
        kept: list[tuple[int, int, str, list[tuple[_Entry, str]]]] = []
        for h in hits:
            found = h[3]
            if not derived and found[0][1] == "ru:adj":
                # Лачинского района, Агдамского и Лачинского районов: the adjective names the district
                h = self._ru_district(key, h, kind_ok, lang_ok)
                if h is not None:
                    kept.append(h)
                continue
            ents = opt.get(id(found))
            if ents is None:
                ents = [
                    (e, t)
                    for e, t in found
                    if e.place.kind in kind_ok
                    and (lang_ok is None or e.name.lang in lang_ok)
                    and (derived or not is_derived(t))
                ]
                if len(ents) == len(found):
                    ents = found
                opt[id(found)] = ents
            if ents:
                kept.append(h if ents is found else (h[0], h[1], h[2], ents))
        if not kept:
            return []
        kept.sort(key=lambda h: (h[0], -h[1], h[2] != ""))  # same span: the bare lemma first
        spans = folded.spans([(h[0], h[1]) for h in kept])
        caseless: bool | None = None
        # pass 1: surface filters (capitalization, exact-only, not-a-place), then leftmost-longest
        chosen: list[tuple[_Hit, int, int]] = []
        last_end = -1
        lower_seen: set[str] = set()
        bare = None  # the bare words of a name stored with its generic noun, seen with the noun in lower case
        vetoable = self._vetoable
        for (ks, ke, tail, hents), (a, b) in zip(kept, spans):
            if ks < last_end:
                continue
            src = text[a:b]
            ents = []
            az_ok = None
            for e, t in hents:
                if e.generic_cap:
                    # "Shusha District" (capital D) is the official name; "Shusha district" is Shusha + a noun
                    words = src.split()
                    # ... and not before another capitalized word: "Goranboy Rayon İcra Hakimiyyəti" is an institution
                    if len(words) <= e.generic_cap or not words[e.generic_cap][:1].isupper() \
                            or text.startswith(_INSTITUTION_AFTER, b) \
                            or (words[e.generic_cap] == "Rayon" and text[b:b + 1] == " " and text[b + 1:b + 2].isupper()):
                        if len(words) > e.generic_cap and not words[e.generic_cap][:1].isupper():
                            bare = (ks, ks + len(fold(" ".join(e.name.text.split()[:e.generic_cap]))), e)
                        continue
                if e.latin_az and t[:3] == "az:":
                    # checked once per span, and only when no Azerbaijani name of the span took the suffix
                    if az_ok is None:
                        az_ok = any(not x.latin_az and y[:3] == "az:" for x, y in hents) \
                            or self._az_context(text, src, tail, a, b)
                    if not az_ok:
                        continue
                if e.exact_only:
                    if src != e.name.text and src[: len(e.name.text)] != e.name.text:
                        continue
                elif e.capital or e.derived_form:
                    first = src[0]
                    if not first.isalpha():
                        first = next((c for c in src if c.isalpha()), "")
                    if first and not first.isupper():
                        if e.derived_form:
                            continue
                        if caseless is None:
                            caseless = _caseless(text)
                        if not caseless:
                            lower_seen.add(e.key)
                            continue
                ents.append((e, t))
            if not ents:
                continue
            if len(ents) == len(hents):
                ents = hents
            if bare is not None and bare[0] == ks:
                if bare[1] == ke and not tail and all(e.place is not bare[2].place for e, _ in ents):
                    ents = [(bare[2], "")]  # "Qarabağ iqtisadi rayonuna": the bare words name the economic region
                bare = None
            h = _Hit(ks, ke, tail, ents)
            if vetoable and any(e.vetoable for e, _ in ents) and self._vetoed(key, h, ents):
                continue
            chosen.append((h, a, b))
            last_end = ke
        if not chosen:
            return []
        # pass 2: context — units of unambiguous mentions
        # area id -> the candidate sets (one per distinct mentioned name) that lie in it
        by_area: dict[str, set[frozenset[str]]] = {}
        idents: list[frozenset[str]] = []
        memo: dict[object, tuple[frozenset[str], frozenset[str], str]] = {}
        reg_of = self._region_of
        by_region: dict[str, set[frozenset[str]]] = {}
        cues = _cues(key, text, chosen, self._named_unit)
        mpos: list[tuple[int, frozenset[str], frozenset[str]]] = []  # (offset, ident, shared areas) per mention
        for (h, a0, b0), cue in zip(chosen, cues):
            ents = h.entries
            mk = id(ents)
            if cue is not None and cue not in _NON_KIND and len(ents) > 1:
                # a generic noun narrows what the mention can be ("Ağdam rayon": the district alone is context)
                kinded = [(e, t) for e, t in ents if e.place.kind in cue]
                if kinded and len(kinded) < len(ents):
                    ents = kinded
                    mk = (mk, cue)
                elif not kinded and "district" in cue:
                    # "Aghdara district", the district stored under no bare name: its unit reading is the context;
                    # Armenia's former region named after its town, the town's ("Մարտունու տարածաշրջանում" is no
                    # NKR region of Martuni, held-out 35, 65)
                    kinded = _former_region_towns(text, a0, b0, ents) or self._as_district(ents)
                    if kinded:
                        ents = kinded
                        mk = (mk, cue)
            r = memo.get(mk)
            if r is None:
                # the areas every candidate of the mention shares (all of them, when there is one place)
                shared: frozenset[str] | None = None
                near = [e for e, _ in ents if not (e.place.country == "AM" and e.place.id not in reg_of)] or [e for e, _ in ents]
                for e in near:
                    shared = e.areas if shared is None else shared & e.areas
                rs = {reg_of.get(e.place.id, "") for e, _ in ents if not e.derived_form} \
                or {reg_of.get(e.place.id, "") for e, _ in ents}  # a derived romanization ("Tavush" for Tovuz) dilutes no region
                r = memo[mk] = (frozenset(e.place.id for e, _ in ents), shared or frozenset(),
                                      rs.pop() if len(rs) == 1 else "")
            ident, shared, reg = r
            idents.append(ident)
            mpos.append((a0, ident, shared))
            if reg:  # region-level context: every candidate lies in one wide region (kb / am)
                by_region.setdefault(reg, set()).add(ident)
            for x in shared:
                s = by_area.get(x)
                if s is None:
                    by_area[x] = {ident}
                else:
                    s.add(ident)
        out: list[Mention] = []
        cued: list[bool] = []
        econ_open = -1
        econ_text = "кономическ" in text or "conomic" in text
        clubs: set[str] = set()
        for i, ((h, a, b), ident, cue) in enumerate(zip(chosen, idents, cues)):
            src = text[a:b]
            ents = h.entries
            if cue is None and b < len(text) and text[b] in "-\u2010\u2013" and _feature_after_hyphen(text, b):
                cue = _FEATURE  # "Gəncə-Qazax düzü", "Düzyurd-Miskinli yaylağı": a feature named after both
            if cue is _FEATURE and h.tail and all(t[:3] == "ru:" and t != "ru:nom" for _, t in ents) \
                    and text[b:b + 1] == " " and not text[b + 1:b + 2].isupper():
                cue = None  # "За Капаном горы": a Russian name in a case of its own is no feature's name
            if cue is _FEATURE and len(h.tail) > 1 and text[b:b + 1] == " " and text[b + 1:b + 2].islower() \
                    and all(t[:3] == "az:" or t in _HY_NOT_NAMING for _, t in ents):
                cue = None  # "Tovuzda su anbarı", "Կապանում կամուրջ": a feature takes its name bare or genitive
            if cue is _FEATURE and h.tail and _HY_AIRPORT_AFTER.match(text, b) and all(t == "hy:gen" for _, t in ents):
                cue = None  # "Ստեփանակերտի օդանավակայանը": the city's airport (the genitive says whose), the city
            if text[b:b + 1] in " \u00a0":
                h, ents, cue = _named_by_its_town(text, b, h, ents, cue)
            if _ARM.match(text, a):  # a land of historic Armenia ("Սյունիք աշխարհի", "Պատմական Սյունիքի")
                if i and _am_province_district(text, a, ents, chosen[i - 1]):
                    continue  # "Գեղարքունիքի մարզի Մարտունու շրջանի": Armenia's former district
                left = _historic_land(text, a, b, ents)
                if len(left) < len(ents):
                    if not left:
                        continue
                    ents = left
                    h = _Hit(h.kstart, h.kend, h.tail, ents)
            if cue is _FEATURE:
                # Ağbulaq şəlaləsi, the Tartar river: a feature, not the settlement (nor the district)
                # (not after an Armenian genitive: "Ղարաբաղի լեռնաշղթայի", the range of Karabakh, is the region's)
                vetoes = _FEATURE_VETOES if _RANGE_AFTER.match(text, b) and not any(t == "hy:gen" for _, t in ents) \
                    else _SETTLEMENT_KINDS
                ents = [(e, t) for e, t in ents if e.place.kind not in vetoes]
                if not ents:
                    continue
                if len(ents) != len(h.entries):
                    h = _Hit(h.kstart, h.kend, h.tail, ents)
                cue = None
            elif cue is _STREET:
                if not h.tail:
                    continue  # "Շահումյան փողոց": the street named after the place or person
                cue = None
            elif cue is _KHANATE:
                if not any(e.place.kind in _REGION_KINDS for e, _ in ents):
                    continue  # "İrəvan xanlığının", "Naxçıvan xanlığının": a khanate named after a city
                h, ents = _narrowed(h, ents, _REGION_KINDS)
                cue = None  # "Qarabağ xanlığının": the region
            elif cue is _HISTORIC:
                if not _historic_region(text, a, ents) and (
                        not text[b + 1:b + 2].isupper() or _ARM.match(text, b + 1) is None):
                    continue  # "Սյունիք նահանգի", "Naxçıvan qəzası", "Kazakh Uyezd": a historical unit ("Մարտունի
                    # Գավառ", a capitalized Armenian noun, is two towns); "Արցախ նահանգի" is the region
                cue = None
            elif cue is _COMMUNITY:  # a community is its settlement: the name stays, and it is no lake
                cue = "settled"
            elif cue is not None and "district" in cue and not any(e.place.kind in cue for e, _ in ents):
                if _former_am_region(text, a, b, ents):
                    continue  # "Գավառի, ..., Մարտունու, Սևանի և Վարդենիսի տարածաշրջանները": Armenia's former regions
                dents = self._as_district(ents)
                if dents:
                    ents = dents
                    h = _Hit(h.kstart, h.kend, h.tail, ents)
                elif all(e.place.kind in ("village", "settlement") or (
                        cue is _GENERIC[2][1] and e.place.kind in ("town", "city") and e.place.unit != e.place.id)
                        for e, _ in ents) \
                        and not (_text_lang(text, a, b) == "en" and all(e.place.country == "AM" for e, _ in ents)) \
                        and not _admin_district_village(text, a, b, ents):
                    continue
            if cue is _GENERIC[0][1] and text.startswith((" kənd", " Kənd"), b):
                town = next((e for e, _ in ents if e.place.kind in _TOWN_KINDS), None)
                if len(ents) > 1 and town is not None and town.place.id in _towns_named(chosen, cues):
                    # "Xocavənd şəhərinə ..., Xocavənd kəndinə": not the town named beside it
                    ents = [(e, t) for e, t in ents if e.place.kind in ("village", "settlement")
                            and not town.areas.isdisjoint(e.areas)]
                    if not ents:
                        continue
                    h = _Hit(h.kstart, h.kend, h.tail, ents)
            if cue is None and (all(e.place.id in _LAKE_TOWNS for e, _ in ents) or all(
                    e.key in _LEX.lake_names.get(_text_lang(text, a, b), ()) for e, _ in ents)) \
                    and not _in_town_list(key, text, chosen, i, h.tail) and not _chained(text, chosen, i) \
                    and not _settled_lake_town(text, a, b) \
                    and not (h.tail and all(t in ("hy:loc", "hy:abl") for _, t in ents)):
                continue  # the lake (not a stop of a road: "Երևան-Սևան-Իջևան"; not "к общине Севан", "Սեւանում")
            if cue is None and _monument_named(key, ents, _LEX.monuments, h.kstart):
                continue  # "Zorats Karer, also called Karahunj": the monument
            if cue == "settled":
                cue = None
            cb = _CLUB_BEFORE.search(text, max(0, a - 40), a) if a > 3 and text[a - 1] in " \u00a0" else None
            if cb is not None and (cb.group()[0] in "fFsSՖֆ" and cb.group()[1].islower() or not re.search(
                    r"[A-ZƏÇŞĞÖÜİА-ЯЁԱ-Ֆ][\w'’-]*[ \u00a0]$", text[max(0, cb.start() - 30):cb.start()])):
                continue  # "FC Gandzasar Kapan": a club's name; not after "Qarabağ FK" (the tail of a club's name);
                # "Azerbaijani football club Qarabag": the words "football club" are no club's tail
            if _nkr_state(text, a, b, ents):
                continue  # "the Republic of Artsakh", "Nagorno-Karabakh Republic": the NKR as a state
            if text.startswith(_ORG_TAILS, b):
                continue  # "Baku TV", "Qarabağ FK": a broadcaster or club named after the place
            if ents[0][0].place.id != _NKR_REGION and _club_pair(text, a, b):
                continue  # "Araz-Naxçıvan PFK", "Qarabağ-MOİK oyununa": a club's name, a match of two clubs
            if _DOMAIN_AFTER.match(text, b):
                continue  # "Sumqayit.tv": a website named after the place
            if not h.tail and _RESERVE_AFTER.match(text, b):
                continue  # a reserve named after the place
            if h.tail and _HY_RESERVE_AFTER.match(text, b) and all(t == "hy:gen" for _, t in ents):
                continue  # "Շիկահողի արգելոցը"
            if not h.tail and text[b - 1].isascii() and _FACILITY_AFTER.match(text, b):
                continue  # "Ijevan Wine-Brandy Factory": a company or facility named after the place
            if _econ_pair(text, a, b):
                continue  # "the Gazakh-Tovuz Economic Region": an economic region named by two towns
            if text[b:b + 1] in _HYPHENS and _ru_compound_adj(text, a, b):
                continue  # "в Агдам-Ходжалинском избирательном округе": a compound adjective
            if _deposit(text, a, b, not h.tail):
                continue  # "Soyudlu gold deposit", "месторождении Зод": a deposit
            if _home_club(text, chosen, i) or (clubs and key[h.kstart:h.kend] in clubs and _sport_sentence(text, a, b)):
                clubs.add(key[h.kstart:h.kend])
                continue  # "Gyumri's Shirak hosted Yerevan's Ararat": clubs after their home towns
            if a and text[a - 1] in _OPEN_QUOTES and (_club(text, a, b) or _media(text, a, b)) \
                    or _club_compound(text, a, b):
                continue  # "“Qarabağ”ın baş məşqçisi": a club (or team) named after the place
            if a and text[a - 1] in _OPEN_QUOTES and _stored_form(key, h, ents) and _quoted_facility(text, a, b):
                continue  # "the “Istisu” mineral water plant", "завод минеральных вод "Истису"", "КПП «Маргара»"
            if (text[a:b].isascii() or "\u0531" <= text[a] <= "\u0587") and _quoted_title(text, a, b, not h.tail):
                continue  # "“Azat Artsakh”": a place in an English title
            if a and text[a - 1] in " -" and text[b:b + 1] in _CLOSE_QUOTES and _media_quoted_inside(text, a):
                continue  # "Корреспондент «Москва-Баку»": an outlet whose name ends so
            if a and _qualified(text, a):
                continue  # "Беюк Тагавард", "Неркин Сус": another place, which the gazetteer lacks
            if a and _ordinal_before(text, a) and all(e.place.kind in ("village", "settlement") for e, _ in ents):
                continue  # "Биринджи Агалы": another village
            if not h.tail and text[b + 1:b + 2] == "I" and _numbered(text, a, b):
                continue  # "Агалы I", "Ağalı II": one of the numbered villages, not the one named bare
            if not h.tail and _NUMBER_JOINED.match(text, b) and not (a and text[a - 1] in _OPEN_QUOTES):
                continue  # "the Areni-1 cave": a site or plant numbered after the place
            if not h.tail and a and text[a - 1] in _OPEN_QUOTES and _QUOTED_NUMBER.match(text, b):
                continue  # "‘Aghdam 1’ and ‘Aghdam 2’ substations": a numbered facility
            if not h.tail and _PLANT_AFTER.match(text, b):
                continue  # "the Shafag solar power plant": a plant named after the place
            if not h.tail and text[b - 1].isascii() and _EN_BUILDING_AFTER.match(text, b):
                continue  # "the Shusha Juma mosque": a building
            if not h.tail and _AZ_PLANT_AFTER.match(text, b):
                continue  # "Günəş Elektrik Stansiyası": a power plant
            if (not h.tail or all(t == "hy:def" for _, t in ents) or _ru_prep_alone(text, a, ents)) \
                    and _FAMILY_NAME_AFTER.match(text, b):
                continue  # "Vahan Zakyan", "Laçın Hüseynov": a given name (uninflected) before a family name
            if h.tail and text[b:b + 1] == " " and _ru_family_agrees(text, b, h.tail) \
                    and all(t.startswith("ru:") for _, t in ents):
                continue  # "Арарата Мирзояна": a Russian given name declines with the family name
            if not h.tail and b - a <= 4 and _PREFIX_FAMILY.match(text, b):
                continue  # "Ter-Petrosyan"
            if a > 2 and text[a - 1] == " " and text[a - 2].isalpha() and _given_before(text, a, _GIVEN) \
                    and (cue is None or cue is _FEATURE or cue in _NON_KIND):
                continue  # "İsmayıl Nəsibli": a family name after a given name
            # support comes from mentions of *other* places (a repeated name does not support itself)
            anchors = _Support(by_area, ident, mpos, i)
            # an inflected form that is itself a common word ("Qala": Qal + dative, the fortress)
            sc = bool(h.tail) and any(key[h.kstart:h.kend] in COMMON_WORDS.get(e.name.lang, ()) for e, _ in ents)
            if ((cue is None and (h.tail or _AZ_ROAD_AFTER.match(text, b) is None))
                    or any(_needs_support(e.key, e.name.lang) for e, _ in ents)) \
                    and (sc or any(e.common or e.key in lower_seen for e, _ in ents)) \
                    and self._weak_common(text, a, h, ents, lower_seen, anchors, chosen, i, sc, cue is _GENERIC[0][1]):
                continue
            if cue is None and len(ents) > 1 and _chained(text, chosen, i):
                ids = {e.place.id for e, _ in ents}
                inside = {e.place.unit for e, _ in ents if e.place.kind not in ("district", "province")}
                towns = [(e, t) for e, t in ents if not (e.place.kind in ("district", "province")
                                                         and (e.place.centre in ids
                                                              or (e.place.kind == "district" and e.place.id in inside)))]
                if len(towns) < len(ents) and not _BORDER_AFTER.match(text, b):
                    ents = towns
                    h = _Hit(h.kstart, h.kend, h.tail, ents)
            if len(ents) == 1:
                out.append(_single(key, a, b, src, h))
            else:
                out.append(self._mention(text, key, a, b, src, h, ents, anchors, cue or (),
                                         {r for r, ids in by_region.items() if ids - {ident}}))
            m = out[-1]
            cued.append(cue is not None)
            if cue is not None and not h.tail and m.place.kind in ("district", "province"):
                g = _CAP_GENERIC.match(text, b)
                if g is not None and not (m.lang == "az" and text.endswith("Rayon", b, g.end())):
                    m = out[-1] = replace(m, end=g.end(), text=text[a:g.end()])
            econ = self._econ_by_bare.get(m.name.text)
            if econ is None and m.place.kind == "region" and text[m.end:m.end + 1] == " ":
                econ = self._econ_of_region.get(m.place.id)  # "the Garabagh economic region": another name of the region
            if econ is not None and econ is not m.place and _ECON_AFTER.match(text, m.end):
                m = out[-1] = replace(m, place=econ, candidates=tuple(p for p in (m.place, *m.candidates) if p is not econ),
                                      why="an economic-region noun after it")
            elif econ_text and m.place.kind == "region" and _econ_noun_before(text, a, econ_open):
                econ = econ or self._econ_of_region.get(m.place.id, m.place if m.place.id in self._econ_ids else None)
                if econ is not None:
                    if econ is not m.place:
                        m = out[-1] = replace(m, place=econ, why="an economic-region noun before it",
                                              candidates=tuple(p for p in (m.place, *m.candidates) if p is not econ))
                    econ_open = m.end
            if m.name.lang == "hy" and " " in src and fold(m.name.text).rsplit(" ", 1)[-1] in _HY_GENERIC_LAST:
                cut = src.rstrip().rfind(" ")
                if not (src[cut + 1:cut + 2].isupper() and m.name.text.rsplit(" ", 1)[-1][:1].isupper()):
                    out[-1] = replace(m, end=a + cut, text=src[:cut])
        if len(out) < 2:
            return _the_district_named(text, out, cued, self._centre_of) if out else out
        out = _one_reading(text, out, cued, self._centre_of)
        out = _gloss_reading(text, _list_reading(text, out, cued, self._centre_of), self._centre_of)
        out = _the_district_named(text, out, cued, self._centre_of)
        if "(" in text:
            out = _compound_gloss(text, out, self.gazetteer.exact_matches)
        return _drop_located_elsewhere(text, out, self._province_of, self._by_id)

    def _vetoed(self, key: str, h: _Hit, ents: list[tuple[_Entry, str]]) -> bool:
        return any(_neighbours_veto(key, h, NOT_A_PLACE[e.key]) for e, _ in ents if e.key in NOT_A_PLACE)

    def _weak_common(self, text: str, a: int, h: _Hit, ents: list[tuple[_Entry, str]], lower_seen: set[str], anchors: _Support,
                     chosen: list | None = None, ci: int = 0, common: bool = False, village: bool = False) -> bool:
        """A common-word name at the start of a sentence with no support from other mentions; a given name or an
        unheld namesake with none anywhere and no village noun of its own (``village``)."""
        for e, _ in ents:
            if e.key in lower_seen or _LEX.common_in(e.key, e.name.lang):
                common = True
                break
        if any(_needs_support(e.key, e.name.lang) for e, _ in ents):  # a given name: support anywhere
            return not village and not any(anchors.any(_areas(e.place, self._province_of)) for e, _ in ents)
        if common and _all_caps_word(text, a):  # "ԱՄԱՐԱՍԻ ՎԱՆՔ": capitals say nothing, support does not help
            return True
        if not common:
            return False
        i = a - 1
        while i >= 0 and (text[i].isspace() or text[i] in "\"'«“„(‘"):
            i -= 1
        sentence_start = i < 0 or text[i] in _SENT_END or (text[i] == ":" and _ARM.match(text, a) is not None)
        if not sentence_start:
            return False
        if chosen is not None:  # the text also writes the name with a capital inside a sentence
            ents0 = chosen[ci][0].entries
            for j, (hj, aj, _) in enumerate(chosen):
                if j != ci and hj.entries is ents0 and text[aj].isupper() and not (aj and text[aj - 1] in _OPEN_QUOTES):
                    k = aj - 1
                    while k >= 0 and (text[k].isspace() or text[k] in "\"'«“„(‘"):
                        k -= 1
                    if not (k < 0 or text[k] in _SENT_END):
                        return False
        return not any(anchors.any(_areas(e.place, self._province_of)) for e, _ in ents)

    # rule helpers whose code is the package's own (the engine around them stays this module's)
    _ru_district = _PkgMatcher._ru_district
    _as_district = _PkgMatcher._as_district
    _az_context = _PkgMatcher._az_context

    def _mention(self, text: str, folded_key: str, a: int, b: int, src: str, h: _Hit, ents: list[tuple[_Entry, str]], anchors: _Support, generic: tuple[str, ...] = (), regions: set[str] | frozenset[str] = frozenset()) -> Mention:
        from toponyms.gazetteer import KIND_RANK

        bare = h.tail == ""
        ctx_lang = None
        # best entry per place
        per_place: dict[str, tuple[tuple, _Entry, str]] = {}
        centres = {e.place.centre for e, _ in ents if e.place.centre}
        ids = {e.place.id for e, _ in ents}
        langs = {e.name.lang for e, _ in ents}
        if len(langs) > 1:
            ctx_lang = _text_lang(text, a, b)
        # how prominent the most prominent candidate is; a town this language names only by an exonym (İstisu for
        # Jermuk in Azerbaijani) does not make a village of that name need more support, nor one it names only by a
        # former name (Geghamabak, a village 7 km from Vardenis and a former name of the town)
        prominent = min((KIND_RANK.get(e.place.kind, 9) for e, _ in ents if e.name.role not in ("exonym", "former")),
                        default=9)
        # a province named like a town of another country (Տավուշ: the Armenian province, and Tovuz in Armenian
        # letters): the province, as for a province named like its centre
        town_countries = {e.place.country for e, _ in ents if e.place.kind in ("city", "town")}
        over_towns = {e.place.country for e, _ in ents
                      if e.place.kind == "province" and town_countries - {e.place.country}}
        # a distance or suburb before (or a distance after an ablative): a point, the city, not the province
        point = _POINT_BEFORE.search(text, max(0, a - 60), a) is not None or _POINT_AFTER.match(text, b) is not None
        for e, t in ents:
            p = e.place
            n_support = anchors.count(_areas(p, self._province_of))
            # a village over a town or city of the same name needs two supporting mentions (or a generic noun)
            if KIND_RANK.get(p.kind, 9) >= 6 and prominent <= 4 and (n_support < 2 or prominent <= 2) \
                    and not (n_support and generic is _GENERIC[3][1]):
                n_support = 0  # a region's namesake village (Qarabağ of Fuzuli) never wins by area support
            support = 0 if n_support else 1
            if generic:
                # a village noun half-fits a town (sources disagree on qəsəbə-type places: Suqovuşan is a town in
                # one, "Suqovuşan kəndi" in copy): among those, area and region support decide before the kind
                gk = 0 if p.kind in generic else (1 if generic is _GENERIC[0][1] and p.kind == "town" else 2)
                support = (1 if gk == 2 else 0, support)
            else:
                gk = 0
                support = (1, support)
            centre_pref = 0 if (p.id in centres) else 1
            reg = 1
            if regions and self._region_of.get(p.id, "") in regions and not (KIND_RANK.get(p.kind, 9) >= 6 and prominent <= 4) \
                    and not (p.kind in _TOWN_KINDS and e.name.role not in ("official", "common", "exonym") and any(
                        x.place is not p and x.place.kind in _TOWN_KINDS and x.name.role in ("official", "common", "exonym")
                        for x, _ in ents)):
                reg = 0
            rank = (
                support,
                reg,
                # a province named like its centre city (Nakhchivan): the bare name is the province, as copy means
                # the exclave far more often than its capital ("Naxçıvan şəhəri" still is the city, by the noun)
                gk,
                0 if p.kind == "province" and ((p.centre in ids and p.country != "AM" and not point)
                                               or p.country in over_towns) else 1,
                # the lexicon's district_readings: a district its language's copy names bare, over its centre; and a
                # district whose land or produce an Azerbaijani noun after the name names ("Gədəbəy kartofu")
                0 if p.centre in ids and (p.id in _LEX.district_readings.get(ctx_lang or _text_lang(text, a, b), ())
                                          and not (bare and _AZ_ROAD_AFTER.match(text, b)) and not _a_point(text, a, b)
                                          or p.kind == "district" and _AZ_LAND_AFTER.match(text, b)) else 1,
                0 if e.name.current() else 1,
                # an exonym is the name in its language; so is a variant that is the place's only kind of name in it
                0 if e.name.role in ("official", "common", "exonym") or (p.id, e.name.lang, e.name.text) in self._lead_variants else 1,
                # the domain prior: inside the Karabakh region (kb) over outside, below every context key
                0 if self._region_of.get(p.id, "") == "kb" and not (KIND_RANK.get(p.kind, 9) >= 6 and prominent <= 4) else 1,
                KIND_RANK.get(p.kind, 9) if not (bare and p.id in centres) else min(KIND_RANK.get(p.kind, 9), 3),
                centre_pref,
                0 if p.status == "current" else 1,
                0 if (ctx_lang is None or e.name.lang == ctx_lang) else 1,
                0 if src == e.name.text else 1,
                p.id,
            )
            cur = per_place.get(p.id)
            if cur is None or rank < cur[0]:
                per_place[p.id] = (rank, e, t)
        ranked = sorted(per_place.values(), key=lambda x: x[0])
        if len(ranked) > 1 and ranked[0][0][0][1] == 0 and ranked[0][0][:-1] == ranked[1][0][:-1]:
            # homonyms both supported and alike in every other key: the one whose supporting mention is nearer
            # ("Զանգիլանի շրջանի ... Թաթար" with Jabrayil named later in the sentence), not the first id
            tied = [x for x in ranked if x[0][:-1] == ranked[0][0][:-1]]
            # then the one nearer on the map to the text's unambiguous places ("Kapan ... the village of Agarak":
            # the Kapan-area village, not the Meghri one; both lie in Syunik)
            tied.sort(key=lambda x: (anchors.distance(x[1].areas), anchors.km(x[1].place, self._by_id), x[0]))
            ranked = tied + ranked[len(tied):]
        rank, best, tag = ranked[0]
        # the language of the form: the best place's entries, context language first
        same = [(e, t) for e, t in ents if e.place.id == best.place.id]
        if len({e.name.lang for e, _ in same}) > 1:
            ctx_lang = ctx_lang or _text_lang(text, a, b)
            for e, t in same:
                if e.name.lang == ctx_lang:
                    best, tag = e, t
                    break
        if (bare and tag[-4:] in ("", ":nom")) or folded_key[h.kstart:h.kend] == best.key:
            how = "exact" if src == best.name.text else "folded"
            tag = ""
        else:
            how = "inflected"
        why = []
        if len(ranked) > 1:
            if rank[0] < ranked[1][0][0]:
                why.append("context: another mention in the same area")
            else:
                why.append("most prominent candidate")
        if tag:
            why.append(f"suffix {h.tail!r} = {tag}")
        return Mention(
            start=a,
            end=b,
            text=src,
            place=best.place,
            name=best.name,
            how=how,
            lang=best.name.lang,
            candidates=tuple(x[1].place for x in ranked[1:]),
            score=100.0,
            suffix=tag,
            why="; ".join(why),
        )

    # ------------------------------------------------------------------------------------------------------
    def _fuzzy(self, text: str, folded: Folded, mentions: list[Mention], lang_ok, kind_ok) -> list[Mention]:
        from rapidfuzz import fuzz, process

        if self._fuzzy_index is None:
            buckets: dict[int, dict[str, list[tuple[Place, Name]]]] = {}
            for k, pairs in self._full_keys.items():
                if sum(c.isalpha() for c in k) >= 7:
                    buckets.setdefault(len(k), {}).setdefault(k, []).extend(pairs)
            self._fuzzy_index = {n: (list(d), list(d.values())) for n, d in buckets.items()}
        index = self._fuzzy_index
        key = folded.key
        taken = [(m.start, m.end) for m in mentions]
        words = [(m.start(), m.end()) for m in re.finditer(r"\w+(?:-\w+)*", key)]
        cands: list[tuple[int, int]] = []
        for i, (s, e) in enumerate(words):
            cands.append((s, e))
            if i + 1 < len(words) and words[i + 1][0] == e + 1 and key[e] == " ":
                cands.append((s, words[i + 1][1]))
        new: list[Mention] = []
        spans = folded.spans(cands)
        for (ks, ke), (a, b) in zip(cands, spans):
            if ke - ks < 7:
                continue
            src = text[a:b]
            if not src[:1].isupper():
                continue
            if any(a < te and ts < b for ts, te in taken):
                continue
            q = key[ks:ke]
            best = None
            for n in range(len(q) - 2, len(q) + 3):
                if n not in index:
                    continue
                choices, pairs = index[n]
                r = process.extractOne(q, choices, scorer=fuzz.ratio, score_cutoff=88)
                if r and (best is None or r[1] > best[1]):
                    best = (r[0], r[1], pairs[r[2]])
            if best is None:
                continue
            pairs = [(p, nm) for p, nm in best[2] if p.kind in kind_ok and (lang_ok is None or nm.lang in lang_ok)]
            if not pairs:
                continue
            from toponyms.gazetteer import KIND_RANK

            pairs.sort(key=lambda pn: (KIND_RANK.get(pn[0].kind, 9), pn[0].id))
            p, nm = pairs[0]
            new.append(Mention(a, b, src, p, nm, "fuzzy", nm.lang, tuple(x[0] for x in pairs[1:] if x[0] is not p),
                               score=float(best[1]), why=f"fuzzy: {best[0]!r} {best[1]:.0f}"))
            taken.append((a, b))
        if not new:
            return mentions
        # drop fuzzy mentions overlapping each other (keep the higher score, then the earlier)
        new.sort(key=lambda m: (-m.score, m.start))
        keep: list[Mention] = []
        for m in new:
            if all(m.end <= k.start or k.end <= m.start for k in keep):
                keep.append(m)
        return sorted(mentions + keep, key=lambda m: m.start)


class _Support:
    """Which areas other mentions of the text lie in (excluding the mention being decided)."""

    __slots__ = ("by_area", "ident", "pos", "at")

    def __init__(self, by_area: dict[str, set[frozenset[str]]], ident: frozenset[str],
                 pos: list[tuple[int, frozenset[str], frozenset[str]]] | None = None, at: int = 0):
        self.by_area = by_area
        self.ident = ident
        self.pos = pos  # (offset, candidate set, shared areas) of every mention, in text order
        self.at = at  # the index in ``pos`` of the mention being decided

    # these read only pos, at and ident: the package's own
    distance = _PkgSupport.distance
    km = _PkgSupport.km

    def any(self, areas: Iterable[str]) -> bool:
        return self.count(areas) > 0

    def count(self, areas: Iterable[str]) -> int:
        """How many other mentioned names lie in these areas (names whose candidate sets nest count once): 0, 1,
        or 2 for two or more."""
        others: set[frozenset[str]] = set()
        for x in areas:
            ids = self.by_area.get(x)
            if ids:
                others |= ids - {self.ident}
        if any(not (a <= b or b <= a) for a in others for b in others):
            return 2
        return 1 if others else 0


_KB_REGIONS = _LEX.regions["kb"].parents_of_units
_KB_IDS = _LEX.regions["kb"].ids


_LAKE_TOWNS = _LEX.lake_towns
_GIVEN: frozenset[str] = frozenset().union(*_LEX.given_names.values())


_INCLUDING = re.compile(r",?[ \u00a0]+(?:o cümlədən|including|в том числе|այդ թվում)[ \u00a0]+", re.I)


# "Tovuz rayonunun Ağdam və Əlibəyli kəndləri": the district, its genitive noun, then a list of capitalized items
# closed by a village noun; "Aghdam village of Tovuz district"; "сёла Агдам и Алибейли Товузского района"
_LOC_AZ_BEFORE = re.compile(r"[ \u00a0]+(?:rayonunun|մարզի|շրջանի)[ \u00a0]+((?:[^\W\d_][\w'’-]*(?:,[ \u00a0]*|[ \u00a0]+))*)\Z")
_LOC_AZ_AFTER = re.compile(r"(?:(?:,[ \u00a0]*|[ \u00a0]+)(?:və|և|եւ|ու|[^\W\d_][\w'’-]*))*?[ \u00a0]+(?:kənd|գյուղ|գիւղ)", re.I)
# "Tovuzun düşmənlə sərhəddə yerləşən Ağdam kəndində": the district's name in the genitive, then lower-case words
_LOC_AZ_GEN = re.compile(r"(?<=[ıiuü]n)[ \u00a0]+((?:[^\W\d_A-ZƏÖÜÇŞĞİ][\w'’-]*[ \u00a0]+){1,5})\Z")
_LOC_EN_AFTER = re.compile(r"[ \u00a0]+villages?[ \u00a0]+(?:of|in)[ \u00a0]+(?:the[ \u00a0]+)?\Z")
_LOC_RU_BEFORE = re.compile(r"(?:^|[ \u00a0(])(?:сел[оаеу]|сёла|селах|селами|деревн\w*)[ \u00a0]+\Z")
_LOC_RU_BETWEEN = re.compile(r"(?:(?:,[ \u00a0]*|[ \u00a0]+)(?:и|[^\W\d_][\w'’-]*))*?[ \u00a0]+\Z")


_LOCATED_KM = 60


_BORDER_AFTER = re.compile(r"[ \u00a0]+(?:սահման|border|sərhəd|границ)", re.I)
_CHAIN_GAP = re.compile(r"[ \u00a0]?[-\u2010\u2011\u2013\u2014][ \u00a0]?")


def _chained(text: str, chosen: list, i: int) -> bool:
    _, a, b = chosen[i]
    for j, gap in ((i - 1, (chosen[i - 1][2], a) if i else None), (i + 1, (b, chosen[i + 1][1]) if i + 1 < len(chosen) else None)):
        if gap is None or gap[1] - gap[0] > 3 or not _CHAIN_GAP.fullmatch(text, gap[0], gap[1]):
            continue
        if any(e.place.kind != "country" for e, _ in chosen[j][0].entries):
            return True
    return False
_AM_BORDER = _LEX.regions["am"].units


def _regions(places: Iterable[Place], by_id: dict[str, Place]) -> dict[str, str]:
    """Place id -> "kb" (in Nagorno-Karabakh/Karabakh: the region records and every place of a district whose parent
    is the Karabakh or East Zangezur economic region) or "am" (in Armenia); places elsewhere are left out."""
    out: dict[str, str] = {}
    for p in places:
        if p.id in _KB_IDS:
            out[p.id] = "kb"
            continue
        u = by_id.get(p.unit or p.id)
        if u is not None and u.parent in _KB_REGIONS:
            out[p.id] = "kb"
        elif p.country == "AM" and (p.unit or p.id) in _AM_BORDER:
            out[p.id] = "am"
    return out


#: A blank line (paragraph break): generic and feature nouns do not reach across it.
_PARA_BREAK = re.compile(r"[ \t\u00a0\r]*\n[ \t\u00a0\r]*\n")
_COORD = re.compile(r"(?:,? (?:and|və|и|եվ|ու|or|или)|,)(?: (?:" + _AZ_DIRS + "|"
                    + "|".join(fold(w) for w in _HY_DIRS) + ")՝?)? ")
#: The same joiner in the text itself (case-insensitive), for list items the gazetteer does not know.
_COORD_T = re.compile(r"(?:,? (?:and|və|и|և|եւ|եվ|ու|or|или)|,)(?: (?:" + _AZ_DIRS + "|"
                      + "|".join(w.replace("և", "(?:և|եւ|եվ)") for w in _HY_DIRS) + ")՝?)? ", re.I)
_TWORD = re.compile(r"[^\W\d_][\w'’ʼ-]*")


_QUAL_BEFORE = re.compile(r"(\w+)[ \-]$")


def _word_before(text: str, a: int) -> str:
    """The folded capitalized word right before ``a`` (from its capital on when glued to the word before it), or
    "" when there is none: the qualifier or ordinal candidate."""
    m = _QUAL_BEFORE.search(text, max(0, a - 16), a)
    if m is None:
        return ""
    w = m.group(1)
    if not w[:1].isupper():  # a qualifier glued to the word before it: from its capital on
        k = next((n for n in range(len(w) - 1, 0, -1) if w[n].isupper()), 0)
        w = w[k:] if k else ""
    return fold(w) if w else ""


def _ordinal_before(text: str, a: int) -> bool:
    """True when a capitalized ordinal (_ORDINALS) stands right before ``a``."""
    return _word_before(text, a) in _ORDINALS


def _qualified(text: str, a: int) -> bool:
    """True when a capitalized qualifier word stands right before ``a`` (see _QUALIFIERS), or an initial ("Մ․
    Մասրիկ", "С. Шаумян")."""
    before = text[max(0, a - 4):a]
    if before[-3:-2].isupper() and before[-2:] in (". ", "\u2024 ") and (a == 3 or not before[:1].isalnum()):
        return True
    if before[-2:-1].isupper() and before[-1:] in (".", "\u2024") and (a == 2 or not before[-3:-2].isalnum()):
        return True  # "M.Cəfərli": an initial glued to the name
    return _word_before(text, a) in _QUALIFIERS


def _cues(key: str, text: str, chosen: list[tuple[_Hit, int, int]], units: Mapping[tuple[str, str], Place] = _NO_UNITS) -> list:
    """Per chosen hit: the kinds a generic noun points to, _FEATURE, or None. A plural noun after a list
    ("Aghdara and Khojaly districts", "Kəlbəcər, Xocalı, Şuşa və Xocavənd rayonları") or before it ("the regions
    of Gubadli, Lachin...") gives every item of the coordinated list the reading."""
    n = len(chosen)
    cues: list = [None] * n
    plural = [False] * n
    carried = [False] * n
    klen = len(key)
    word = _WORD.match
    get = _word_cues.get
    represented = _represented(key, text, chosen)
    for i in range(n - 1, -1, -1):
        h = chosen[i][0]
        ke = h.kend
        if ke < klen and key[ke] == " ":
            # the common case inline: one word after a space, its class cached
            m = word(key, ke + 1)
            if m is None:
                r = _cue_after(key, ke) if key.startswith("(", ke + 1) else None
            else:
                w = m.group()
                r = get(w, _NO_MATCH)
                if r is _NO_MATCH or w in _READ_PAST or w in _NOUN_ADJ or w in _BORDER_ADJ or w in _AND_OTHER:
                    r = _cue_after(key, ke)  # su anbarı, r-nu, "and other rivers"
                if w in _VERB_NOUNS and r is not None and _VERB_NEXT.match(key, m.end()):
                    r = None  # "from Navur to Berd passes a chapel"
        elif ke < klen and key[ke] in ",()":
            r = _cue_after(key, ke)
        elif ke + 2 < klen and key[ke] in _CLOSE_QUOTES and key[ke + 1] == " ":
            # a closing quote between the name and a feature noun: "“Qarqar” çayın" (the river)
            m = word(key, ke + 2)
            r = _classify(m.group()) if m is not None else None
            if r is not None and r[0] is not _FEATURE:
                r = None
        else:
            r = None
        if r is None and ke < klen and key[ke] in ", " and (i + 1 == n or chosen[i + 1][0].kstart - ke > 4):
            # the list's last item is a name the gazetteer does not know: "Գետաբեկի, Դաշքեսանի եւ Շամխորի
            # շրջաններ" (Shamkir), "Gadabay and Shamkir districts"
            r = _cue_past_unknown(text, chosen[i][2], chosen[i + 1][1] if i + 1 < n else len(text))
        if r is None and key.startswith(" (", ke) and _ELEVATION.match(text, chosen[i][2]):
            r = (_FEATURE, False)  # "Qapıcıq (3904 m)": a summit
        if r is None and not h.tail and key.startswith(" ", ke) and _HY_BUILDING_AFTER.match(key, ke):
            r = (_FEATURE, False)  # "Ամբերդ ամրոցից", "Հայրավանք եկեղեցու": the fortress or church named so
        if key.startswith(_CENTRE_FIRST, ke) and _CENTRE_AFTER.match(key, ke) and not h.tail:
            r = (_TOWN_KINDS, False)  # "Tartar regional centre", "Մարտակերտ շրջկենտրոնում": the town at the centre
        if r is not None and key.startswith((" м", " р", " о"), ke) and _RU_NOUN_OF_NEXT.match(text, chosen[i][2]):
            r = None  # "в селе Арени марза Вайоцдзор": the genitive noun goes with the name after it
        if r is not None and _PARA_BREAK.match(text, chosen[i][2]):
            r = None  # the noun opens the next paragraph: "Baku\n\nRiver pollution..."
        if r is not None and r[1] and r[0] is not _FEATURE and h.tail \
                and all(t in ("hy:abl", "hy:loc", "hy:ins", "az:abl", "az:loc") for _, t in h.entries):
            r = None  # "Կոռնիձորից մարզեր": a plural noun after an ablative or locative is not its noun
        q = h.kstart - 1 if h.kstart > 3 and key[h.kstart - 1] in _OPEN_QUOTES and key[h.kstart - 2] == " " else h.kstart
        if r is None and q > 2 and key[q - 1] == " ":
            # a feature noun right before (an opening quote may stand between: "мечеть «Саатлы»")
            pw = _feature_word_before(key, q)  # "the Monastery of Tatev", "a tributary of the Vorotan": "monastery"
            a = chosen[i][1]
            if pw in _FEATURE_BEFORE or pw in _SETTLE_BEFORE:
                j = a
                while j > 0 and text[j - 1].isspace():
                    j -= 1
                if not _PARA_BREAK.match(text, j):
                    # "в городе Нахичевань": the city, not the republic
                    r = (_FEATURE, False) if pw in _FEATURE_BEFORE else (_SETTLE_BEFORE[pw], False)
        if r is None and q > 9 and key[q - 1] == " " and _GOVERNOR_BEFORE.search(key, max(0, q - 20), q):
            r = (_GENERIC[2][1], False)  # "governor of Ararat", "губернатора Лори": a province's governor
        if r is None and not h.tail and _GOVERNOR_AFTER.match(key, ke):
            r = (_GENERIC[2][1], False)  # "the Armavir Diocese": the province's
        if r is not None and r[0] is not _FEATURE and not h.tail and chosen[i][1] > 4 \
                and text[chosen[i][1] - 4:chosen[i][1]] in ("the ", "The ") \
                and _AREA_NOUN_OF.match(text, chosen[i][2]) \
                and any(e.place.kind in ("province", "region") for e, _ in h.entries):
            r = (_GENERIC[2][1], False)  # "the Syunik village of Shurnukh": the province
        if not h.tail and key.startswith(" regional qrup", ke):  # (over the noun "regional")
            r = (_TOWN_KINDS, False)  # "DİN-in Mətbuat Xidmətinin Bərdə regional qrupundan": the city's
        if r is None and i in represented:
            r = (_GENERIC[2][1], False)  # "the Special Representative of the President in Lachin"
        if r is None and not h.tail and _az_regional(key, text, chosen, i):
            r = (_GENERIC[2][1], False)  # "Qazax-Tovuz Regional Mədəniyyət İdarəsi"
        if r is None and i + 1 < n and plural[i + 1] and cues[i + 1] is not None \
                and ((_joined(key, text, chosen[i], chosen[i + 1])
                      and not (i and cues[i + 1] is not _FEATURE and chosen[i][1] - chosen[i - 1][2] <= 3
                               and _CHAIN_GAP.fullmatch(text, chosen[i - 1][2], chosen[i][1])
                               and not any(e.place.kind in cues[i + 1] for e, _ in h.entries)))
                     or (chosen[i + 1][1] - chosen[i][2] <= 3 and _CHAIN_GAP.fullmatch(text, chosen[i][2], chosen[i + 1][1])
                         and cues[i + 1] is not _FEATURE)):
            r = (cues[i + 1], True)
            carried[i] = True
        if r is not None:
            cues[i], plural[i] = r
    for i in range(n):  # "Tavush villages", "Գեղարքունիքի գյուղերի": the unit's villages
        if cues[i] is _GENERIC[0][1] and plural[i] and not carried[i] and _villages_of_one(key, text, chosen, i, True):
            cues[i] = _GENERIC[2][1]
    # the reference-work sentence: "Haghartsin (Armenian: Հաղարծին) is a 13th century monastery", "Кельбаджар
    # (азерб. Kəlbəcər) — город в Азербайджане": the noun it is said to be gives the name (and the names glossed in
    # its parenthesis) that reading
    for i in range(n):
        if cues[i] is not None:
            continue
        h = chosen[i][0]
        ke = h.kend
        nx = key[ke:ke + 4]
        if not (nx[:1] in "([" or nx[:2] in (" (", " —", " –", " -") or nx in (" is ", " was") or nx in _IS_A_ALT):
            continue  # the cheap test first: _IS_A needs a parenthesis, a dash or is/was next
        b = chosen[i][2]
        m = _IS_A.match(text, b)
        if m is None:
            continue
        dash = not m.group(0)[len(m.group(1) or ""):].lstrip().startswith(("is ", "was "))
        ws = _WORD.findall(m.group(2))[:7]
        for k, w in enumerate(ws[:5]):
            if w[0].isupper():
                continue
            w = fold(w)
            r = (_GENERIC[1][1], False) if w in _CAPITAL_WORDS else _classify(w)
            one = r is not None and r[1] and (" one of" in m.group(0) or (dash and _ONE_OF.match(m.group(2)) is not None))
            if one:
                r = (r[0], False)  # "is one of administrative regions", "– один из красивейших районов"
            if r is not None and dash and w not in _SAID_NOUNS and w not in _CAPITAL_WORDS and not one:
                continue
            if r is not None and r[0] is not _FEATURE and k + 1 < len(ws) and fold(ws[k + 1]) in _CAPITAL_WORDS:
                r = (_GENERIC[1][1], False)  # "is the marz capital": a town
            if r is not None and r[0] is _FEATURE and not r[1] and not dash:
                r = _settlement_noun_next(ws, k) or r  # "is a mountain spa town"
            if r is not None:
                if not r[1]:
                    cues[i] = r[0]
                    j = i + 1
                    while m.group(1) and j < n and chosen[j][2] <= b + len(m.group(1)):
                        if cues[j] is None:
                            cues[j] = r[0]
                        j += 1
                break
    # a generic noun before the list (plural), or before one name (singular: "the district of X")
    i = 0
    while i < n:
        h = chosen[i][0]
        ks = h.kstart
        lead = None
        if (cues[i] is None or carried[i]) and ks > 2:
            # (or a dash glued to the first item: "rayonunda -Gədəbəy")
            if key[ks - 1] in "( :" and (key[ks - 2] in "(fn: -–—" or (key[ks - 1] == "(" and key[ks - 2].isalpha())) \
                    or key[ks - 1] in "-–—" and key[ks - 2] == " " \
                    or key[ks - 1] == " " and key.endswith(_LIKE, 0, ks):
                lead = _lead_cue(key, ks)
            elif key[ks - 1] == " " and key.endswith(("(except ", "(except for "), 0, ks):
                # an exception to units: "the Karabakh Economic Region (except for Shusha)" (held-out 28, 128, 130)
                lead = _GENERIC[4][1], False
            elif key[ks - 1] == " " and key.endswith(_APPOSITION, 0, ks):
                lead = _classify(key[key.rfind(" ", 0, ks - 1) + 1:ks - 1])  # "the city Ağstafa"
            elif key[ks - 1] == " " and key.endswith(_RU_RAYON_SG, 0, ks) and not h.tail \
                    and key[h.kend - 1] not in _RU_VOWELS and _unit_reading(h.entries, units):
                # "в районе Джабраил", "район Карвачар (Кельбаджар)": a singular район before a unit's name in the
                # nominative is the district ("в районе Агдама", a genitive, may be the area around the town, and so
                # may an indeclinable name: "в районе Шуши")
                lead = _GENERIC[2][1], False
            elif key[ks - 1] == " " and key.endswith(", как ", 0, ks):
                lead = _ru_such_as(key, ks)  # "в таких районах, как Лачин, Губадлы, Зангилан"
            elif key[ks - 1] == " " and key[ks - 2] in "вмхыи":
                lead = _ru_plural_before(key, ks, h, units,
                                         lambda: not (i + 1 < n and _joined(key, text, chosen[i], chosen[i + 1])))
            if lead is not None and carried[i] and lead[1]:
                lead = None
            if lead is not None:
                r, pl = lead
                if pl and r is _GENERIC[0][1] and _villages_of_one(key, text, chosen, i, False):
                    r, pl = _GENERIC[2][1], False  # "the villages of Gegharkunik": the province's
                cues[i] = r
                j = i + 1
                while pl and j < n and cues[j] is None and _joined(key, text, chosen[j - 1], chosen[j]):
                    cues[j] = r
                    j += 1
                if pl and j < n and j > i + 1 and cues[j] is not None and cues[j] is not r \
                        and cues[j] not in _NON_KIND and _joined(key, text, chosen[j - 1], chosen[j]):
                    # a list item with a noun of its own after it: the items the opening noun does not fit take it
                    for k in range(i + 1, j):
                        kinds = [e.place.kind for e, _ in chosen[k][0].entries]
                        if not any(x in r for x in kinds) and any(x in cues[j] for x in kinds):
                            cues[k] = cues[j]
                i = j
                continue
        i += 1
    # Azerbaijani "Cəbrayılın azad olunmasına görə" (the medal): the liberation of a town, as "the liberation of
    # Gubadli" and "освобождение Зангилана" are in every held-out set that names one
    for i in range(n):
        h = chosen[i][0]
        if cues[i] is None and h.tail and key.startswith(_AZ_LIBERATION, h.kend) \
                and any(t == "az:gen" and e.place.kind in _AZ_GEN_KINDS for e, t in h.entries):
            cues[i] = _GENERIC[1][1]
    # Azerbaijani "Cəbrayılın Xudafərin qəsəbəsi", "Laçının Zabux kəndi": a town or district name in the genitive
    # right before a name with a singular settlement noun is the district ("X rayonunun Y kəndi" shortened)
    for i in range(n - 1):
        h = chosen[i][0]
        if cues[i] is None and key[h.kend:h.kend + 1] == " " and chosen[i + 1][0].kstart == h.kend + 1 \
                and cues[i + 1] in _AZ_GEN_SETTLE and not plural[i + 1] \
                and any(t == "az:gen" and e.place.kind in _AZ_GEN_KINDS for e, t in h.entries):
            cues[i] = _GENERIC[2][1]
    # the same before a village the gazetteer does not know, one or two capitalized words and a settlement noun:
    # "Zangilan’s Aghali village", "Tartar’s Narli village", "Ağdamın Xıdırlı kəndi"
    for i in range(n):
        h, a, b = chosen[i]
        if cues[i] is None and h.tail and text[b:b + 1] == " " and (i + 1 == n or chosen[i + 1][1] > b + 60):
            ws = _UNKNOWN_THEN_NOUN.match(text, b + 1, b + 60)
            ws = ws.group().split(" ") if ws is not None else ()
            if len(ws) >= 2 and ws[0][0].isupper() and _script(ws[0][0]) == _script(text[a]) and _gen_units(h, units):
                noun = ws[1] if not ws[1][0].isupper() else ws[2] if len(ws) == 3 else ""
                r = _classify(fold(noun)) if noun else None
                if r is not None and r[0] in (_GENERIC[0][1], _GENERIC[3][1]):
                    cues[i] = _GENERIC[2][1]
    # "Tartar's Narli village", "Մարտակերտի Թալիշ գյուղը", "Füzulinin Pirəhmədli və Qaraxanbəyli kəndləri": a name
    # with a unit reading, in the genitive, right before a place that lies in that unit is the unit
    for i in range(n - 1):
        h = chosen[i][0]
        if cues[i] is None and chosen[i + 1][0].kstart == h.kend + 1 and key[h.kend:h.kend + 1] == " " \
                and cues[i + 1] is not _FEATURE:  # "Laçının Ağbulaq şəlaləsi": a sight of the town
            us = _gen_units(h, units)
            if us and any(us & e.areas and e.place.id not in us for e, _ in chosen[i + 1][0].entries):
                cues[i] = _GENERIC[2][1]
    # "Sus of Lachin", "Vengli and Kolatag in Aghdara": a place, then of/in, then a bare name that can be the
    # unit the place lies in is that unit
    for i in range(1, n):
        h = chosen[i][0]
        if cues[i] is not None or chosen[i][1] - chosen[i - 1][2] > 4:  # the cheap test before the slice
            continue
        gap = text[chosen[i - 1][2]:chosen[i][1]]
        if (not h.tail and gap in (" of ", " in ")) or (
                gap in (" в ", " во ") and any(t == "ru:prep" for _, t in h.entries)):
            us = {e.place.id if e.place.kind == "district" else u.id for e, _ in h.entries
                  for u in (_unit_of(units, e),) if e.place.kind == "district" or u is not None}
            if us and any(us & e.areas and e.place.id not in us for e, _ in chosen[i - 1][0].entries):
                cues[i] = _GENERIC[2][1]
    # a unit's neighbours are units: in a sentence saying what borders what ("It borders Zangilan in the
    # south-west, Gubadli in the west", "Kəlbəcər, Laçın ... ilə həmsərhəddir", "граничит с ..."), a bare name that
    # can be a district is the district
    for i in range(n):
        h, a, b = chosen[i]
        if cues[i] is None and (not h.tail or all(t[:3] != "az:" for _, t in h.entries)) \
                and any(e.place.kind == "district" or (h.tail and _unit_of(units, e) is not None) for e, _ in h.entries):
            w0 = max(0, a - 400)  # the sentence, at most 400 characters each way (bounded searches)
            lo = max(text.rfind(".", w0, a), text.rfind("\u0589", w0, a), text.rfind("\n", w0, a), a - 400)
            hi = min(x for x in (text.find(".", b, b + 400), text.find("\u0589", b, b + 400),
                                 text.find("\n", b, b + 400), b + 400) if x >= 0) \
                if b < len(text) else b
            if _BORDERS.search(text, lo + 1, a) or _BORDERS.search(text, b, hi) \
                    or _FARMING.search(text, lo + 1, a) or _FARMING.search(text, b, hi):
                cues[i] = _GENERIC[2][1]  # a sentence about bordering, or of farm figures and produce
    # a list of three or more bare names that can all be districts, with no noun of its own: the districts
    # ("Kəlbəcər, Tərtər, Ağdərə, Ağdam", "Aghdam, Fuzuli, Jabrayil, Zangilan, Gubadli, Kalbajar and Lachin");
    # a shared case ending ("Şuşa, Ağdam, Füzulidə məktəblər") leaves the towns
    # (a list joined to any item that does not qualify is no such list: _joined, the costly test, is asked only
    # inside and at the edges of runs of three or more qualifying mentions)
    ok = [cues[k] is None and not chosen[k][0].tail and _list_unit(chosen[k][0].entries, units) for k in range(n)]
    first = 0
    while first < n:
        if not ok[first]:
            first += 1
            continue
        last = first
        while last + 1 < n and (ok[last + 1] or (last + 2 < n and ok[last + 2] and cues[last + 1] is None
                                                 and _own_unit_city(chosen[last + 1][0]))):
            last += 1
        if sum(ok[first:last + 1]) >= 3 and not _TOWNS_OPEN.search(text, max(0, chosen[first][1] - 40), chosen[first][1]):
            i = first
            # (a city that is its own unit may open the list: "Xankəndi, Şuşa, Goranboy, Xocalı, Xocavənd, Ağdam")
            open_left = first > 0 and not (cues[first - 1] is None and _own_unit_city(chosen[first - 1][0])) \
                and _joined(key, text, chosen[first - 1], chosen[first])
            while i <= last:
                j = i
                while j < last and _joined(key, text, chosen[j], chosen[j + 1]):
                    j += 1
                # (a closing item with a singular noun of its own, "və Şuşa şəhəri", does not open it)
                open_right = j == last and last + 1 < n and _joined(key, text, chosen[last], chosen[last + 1]) \
                    and not (cues[last + 1] is not None and not plural[last + 1] and not carried[last + 1]
                             and not _NOUN_THEN_LIST.match(text, chosen[last + 1][2]))
                # an inflected closing item that can be a district ends the list and is one too ("Tərtər, Ağdam,
                # Füzuli, Şuşa, Qubadlı, Cəbrayıl və Zəngilanda aparılan ...")
                closing = open_right and cues[last + 1] is None and bool(chosen[last + 1][0].tail) \
                    and any(e.place.kind == "district" for e, _ in chosen[last + 1][0].entries) \
                    and not (last + 2 < n and _joined(key, text, chosen[last + 1], chosen[last + 2]))
                if sum(ok[i:j + 1]) >= 3 and not (i == first and open_left) and (closing or not open_right):
                    for k in range(i, j + 1):
                        if ok[k]:
                            cues[k] = _GENERIC[2][1]
                    if closing:
                        cues[last + 1] = _GENERIC[2][1]
                i = j + 1
        first = last + 1
    # "Tərtər, Ağdam, ... Qubadlı və Zəngilanda, o cümlədən Qazax rayonunun ... kəndlərində": a list that goes on
    # with "including" and a district names districts, its last item's case ending or not
    for last in range(1, n - 1):
        if cues[last + 1] is _GENERIC[2][1] and _INCLUDING.fullmatch(text, chosen[last][2], chosen[last + 1][1]):
            k = last
            while k > 0 and _joined(key, text, chosen[k - 1], chosen[k]):
                k -= 1
            if last > k:
                for j in range(k, last + 1):
                    if cues[j] is None and _unit_reading(chosen[j][0].entries, units):
                        cues[j] = _GENERIC[2][1]
    # Azerbaijani "Füzulinin 51 kəndi", "Tərtərin təmas xəttinə yaxın kəndlərini", "Kəlbəcərin qərb hissəsi": a
    # centre's genitive followed in its clause by a noun of the district's parts (villages, part, territory,
    # district centre) names the district
    for i in range(n):
        h = chosen[i][0]
        if cues[i] is None and any(t == "az:gen" and e.place.kind in _AZ_GEN_KINDS for e, t in h.entries) \
                and _unit_reading(h.entries, units):  # "Qızılhacılının ərazilərinin": a town with no unit
            nxt = chosen[i + 1][0].kstart if i + 1 < n else klen
            m = _AZ_PART_AHEAD.match(key, h.kend, min(nxt, h.kend + 60))
            if m is None and nxt < h.kend + 60:
                # "Tərtərin işğaldan azad edilən Talış kəndi": the noun after places that lie in the unit
                m = _AZ_PART_AHEAD.match(key, h.kend, h.kend + 60)
                us = _gen_units(h, units) if m is not None else None
                j = i + 1
                while m is not None and j < n and chosen[j][0].kstart < m.end():
                    if not (us and any(us & e.areas and e.place.id not in us for e, _ in chosen[j][0].entries)) \
                            and not (j == i + 1 and key.startswith(" kənd", chosen[j][0].kend)):
                        # ... or a village the gazetteer has elsewhere: "Tovuzun düşmənlə sərhəddə yerləşən Ağdam
                        # kəndində" (the Tovuz village, which _drop_located_elsewhere leaves out)
                        m = None
                    j += 1
            if m is not None:
                cues[i] = _GENERIC[2][1]
    _genitive_before_villages(key, chosen, cues, units)  # "Ղազախի սահմանամերձ գյուղերից"
    _village_in_unit(text, chosen, cues, units)  # "villages in the southern part of Lachin"
    _constituencies(text, chosen, cues, units)  # "118 saylı Ağdam - Xocalı"
    # "Qubadlı, Cəbrayıl və Zəngilanda bir neçə kəndin tikintisi": a centre in the locative whose clause goes on to
    # villages is the district, and so are the bare items of its list
    for i in range(n):
        h = chosen[i][0]
        if cues[i] is None and any(t == "az:loc" and e.place.kind in _AZ_GEN_KINDS for e, t in h.entries) \
                and _unit_reading(h.entries, units):  # not a city with no district ("Yevlaxda ... Balçılı kəndində")
            nxt = chosen[i + 1][0].kstart if i + 1 < n else klen
            if _AZ_VILLAGES_AHEAD.match(key, h.kend, min(nxt, h.kend + 40)):
                cues[i] = _GENERIC[2][1]
                j = i
                while j > 0 and cues[j - 1] is None and not chosen[j - 1][0].tail \
                        and any(e.place.kind == "district" or _unit_of(units, e) is not None for e, _ in chosen[j - 1][0].entries) \
                        and _joined(key, text, chosen[j - 1], chosen[j]):
                    cues[j - 1] = _GENERIC[2][1]
                    j -= 1
    _locative_before_holdings(text, chosen, cues, units)  # "Kəlbəcərdə - Vəng, İstisu ..."
    # "Tovuzda yanğın hadisəsi baş verib", "Ağdamda qəbiristanlıqda yanğın", "Xocavənddə mina partlayışı": a news
    # lead opening with a district centre in the locative places the event in the district (not for a city that
    # is its own district's namesake city: "Şuşada inşa edilmiş qəsrlər" stays the city)
    for i in range(n):
        h, a, _ = chosen[i]
        if cues[i] is None and any(t == "az:loc" for _, t in h.entries) \
                and not any(e.place.kind == "city" and t == "az:loc" for e, t in h.entries) \
                and _unit_reading(h.entries, units) and _sentence_start(text, a):
            cues[i] = _GENERIC[2][1]
    _provinces_listed_with_cities(key, text, chosen, cues)  # shared: a province named like its centre, listed with a city
    return cues


def _sentence_start(text: str, a: int) -> bool:
    i = a - 1
    while i >= 0 and (text[i].isspace() or text[i] in "\"'«“„(‘"):
        i -= 1
    return i < 0 or text[i] in ".!?։…:\n"


_AZ_VILLAGES_AHEAD = re.compile(r"[^.;:!?()\n]*?(?<!\w)kənd\w*")


#: up to three words (the first one or two capitalized, then a noun: the caller checks)
_UNKNOWN_THEN_NOUN = re.compile(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){1,2}")


#: words of sport in the sentence of a quoted name: the name is a club's
_SPORT = re.compile(r"(?i)(?<!\w)(?:futbol\w*|klub\w*|komanda\w*|liqa\w*|məşqçi\w*|stadion\w*|çempionat\w*|"
                    r"футбол\w*|клуб\w*|команд\w*|лиг\w*|тренер\w*|стадион\w*|чемпионат\w*|матч\w*|"
                    r"football|club|coach|league|stadium|match(?:es)?|ակումբ\w*|ֆուտբոլ\w*|մարզիչ\w*|թիմ\w*)(?!\w)")


_CAP_GENERIC = re.compile(r"[ \u00a0](?:District|Rayonu|Rayon|Province)(?![\w'’-]| [A-ZƏÇŞĞÖÜİ])")
# _IS_A: the package's (imported above)
#: a verb or adjective of bordering (the sentence says which units neighbour which)
_BORDERS = re.compile(r"(?<!\w)(?:border(?:s|ed|ing)|border on|граничи\w*|həmsərhəd\w*|sərhədlən\w*|սահմանակց\w*|սահմանակից\w*)"
                      r"(?!\w)", re.I)
#: after a genitive, within its clause: a noun of a district's parts (kəndi, kəndlərini, hissəsi, ərazisi,
#: rayon mərkəzi)
_AZ_PART_AHEAD = re.compile(r"[^.;:!?()\n]*?(?<!\w)(?:kənd|hissə|ərazi|rayon mərkəz)\w*")


#: Azerbaijani qualifier words that close compounds written as one word or two (Qızılhacılı / Qızıl Hacılı),
#: in Azerbaijani and in the official English romanization; the rest must have four letters or more
_AZ_PREFIX = re.compile(r"(?i)(?:qızıl|qara|yeni|köhnə|böyük|kiçik|aşağı|yuxarı|gizil|gara|kohna|boyuk|kichik|ashaghi|"
                        r"yukhari)(?!kənd|kend)(?=[^\W\d_]{4,}$)")  # not "Yeni kənd" (a new village)


