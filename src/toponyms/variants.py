"""Unstored spellings of stored names: the annotator's last pass (``how="variant"``).

Copy often writes a village in a spelling no source gives: Russian copy Cyrillizes Azerbaijani names its own way
(Дашбулаг for Daşbulaq, Гасанриз for Həsənriz, Беюк Мерджанлы for Böyük Mərcanlı), English copy romanizes
them from Russian (Shyukurbayli for Şükürbəyli), Armenian copy writes old names (Քյարվաջար). Inventing those
forms in the gazetteer is not allowed, so the annotator recognizes them instead:

1. **Key.** Every attested name (derived romanizations and names ending in a generic noun excluded) is indexed
   by ``translit.consonant_key``, a consonant skeleton that is the same for a name's renderings in every script. Keys shorter than 3 consonants
   are not indexed; a 3-consonant key (Чимен) is taken only with both kinds of evidence of step 4 and a
   similarity of at least ``SHORT_SIMILARITY`` (too many homonyms otherwise).
2. **Candidates.** A capitalized word of at least 5 letters (or two capitalized words: Беюк Мерджанлы) that no
   other pass took, that the automaton does not know (a stored stem starting there belongs to the main passes and
   their vetoes), with a key in the index, alone or after removing a case ending that carries a consonant
   (-ом, -ах, -ում, -ից, -da, -dan, -ın...: vowel endings vanish from the key anyway).
3. **Filters.** Not a word of fewer than 8 letters written in capitals, or an abbreviation with a case ending
   ("КАМАЗах"), not a Russian adjective (-ского...) or abstract noun (-ения, -ости, -ства, -ции), not a form of a
   well-known place the gazetteer lacks (the lexicon's ``foreign_stems``: Шамкир is not Самахар), not an Armenian
   family name (Sargsyan is not Sargsashen) unless a settlement noun stands next to it ("села Газьян"), not
   part of a longer unknown capitalized name (a capitalized word right before or after that is no place: "Serdak
   Hakobyan", "Yukhari Eskipara"; not a possessive: "Armenia’s Gegharkounik Province", nor an English demonym:
   "Armenian Kirantz – Azerbaijani Heyrimli"), not a quoted facility, club or outlet ("гидроэлектростанции
   «Гюлябирд»", as in the main passes), not a website ("Yenixeber.org"), not a monument named like a village in a
   text that names the monument (the lexicon's ``monuments``: "Khutavank «monastery on the hill»", as in the main
   passes), not after a qualifier (Беюк, Aşağı...), not a common word or given name of its language, and
   ``similarity`` of the Latin forms (vowels included) at least ``MIN_SIMILARITY`` with the stored name.
4. **Context confirms.** A candidate place is taken when another mention of the text lies in its district (the
   areas of ``match._areas``: "села Дордчинар, Кюрдлер ... Физулинского района"), and it is the only such place
   (a sentence's first word, capitalized anyway, needs the place itself named before: "Moreover" is not Ամրվար
   of the Kalbajar mentioned earlier);
   or, with no such support, when it is the only place with that key (a district and its centre count as one),
   its similarity is at least ``CUE_SIMILARITY``, and a settlement noun stands next to the word (село, village,
   kəndi, գյուղ; town, city, город, şəhər, քաղաք) or opens a list of capitalized words the word ends ("села Газьян, Сахлабад"), a reference-work sentence says what it is ("Gandja is the second largest ... city": then only
   places of that kind count), or the word is an item of a list with a found place, or of a road's chain with one
   ("дорога Гарни-Ланджазат", "the Tatev-Aghvan road": a road's noun in the text around). A district or province noun
   after the word (rayonu, района, district, region, province, marz; also capitalized, "Gegharkounik Region")
   counts too, and turns a district centre into its district (of several candidates, the one alone that names a
   unit: "Martouni region" is the Khojavend district, not the Gegharkunik town); so does a plural one closing a list
   the word is an item of ("Kalbadjar and Lachin districts", "Լաչինի, Կուբաթլուի և Զանգելանի շրջաններին",
   "Kalbadjar və Laçın rayonları"). A district centre whose joined list neighbours the main passes all read as
   districts named after their centres is its district too ("the districts of Füzuli, Zangilan, Lachin and
   Cebrayil"). Nothing else is reported.
   The first half of a double name whose second half the main passes found is a word of its own
   ("Զաբուղ-Աղավնոյից"), and so is the second half of one whose first half they found ("Капан-Чакатен").

5. **Abbreviated qualifiers.** Lists of communities shorten a qualifier to its letter ("Վ․ Շորժա", "Մ․ Մասրիկ",
   "Վ. Դվին"): the letter and the word after it are taken where the qualifier written out (``_ABBREVIATED``: Վ
   Վերին, Ն Ներքին or Նոր, Y Yuxarı, В Верин or Верхний...) gives a stored name of exactly one place; an initial
   before a family name gives none ("Վ. Վաղարշյան"). These come first, before the words are read for keys. So do
   qualifiers in translation ("Upper Askipara", "Верхние Салахлы", ``_TRANSLATED``): the stored qualifiers written
   instead (Yukhari or Verin; Юхары or Верин ...) with the word after it, case ending and all, where that gives
   a stored name of exactly one place.

6. **Typos of prominent names.** A capitalized Latin word of six letters or more (with a possessive, or before
   "-based", or ending a road's chain after a found place) that no other pass took and the gazetteer does not
   store, outside Azerbaijani copy, one edit from a single-word Latin name of seven letters or more (a letter
   changed, added or dropped, or two neighbours swapped: "Arstakh", "Stekanakert", "Idjevan", "YHerevan") is that
   place where every name within one edit belongs to one place, a city, province or region (_TypoIndex; derived
   romanizations count as namesakes, so "Nkhchivan", one edit from the republic's and the city's name, and
   "Martunu", from both Martunis', stay out). A word the name starts, or that starts the name, is a derived word
   ("Garabaghi", a family name), not a typo. No context is needed. These come after the abbreviations.

The mention has ``how="variant"``, ``score`` = 100 × similarity, ``name`` the stored name it renders, ``lang`` the
script's language, ``candidates`` the other places with that key, and ``why`` the evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from functools import partial
from collections.abc import Iterable

from rapidfuzz.distance import OSA

from .fold import fold
from .match import (_AZ_LETTERS, _FEATURE_BEFORE, _FEATURE_LIST_JOINERS, _NON_KIND, _GENERIC, Matcher, _classify, _deposit,
                    _feature_word_before, _fold_word, _qualified, _word_in, MONUMENT_WINDOW,
                    _quoted_other, _said_to_be, _sentence_start, _text_lang, _UNIT_NOUN_AFTER, _web_domain)
from .model import Mention, Name, Place
from .translit import _ARMENIAN, _CYRILLIC, consonant_key, similarity, skeleton, skeleton_bound, to_latin

__all__ = ["MIN_SIMILARITY", "VariantIndex", "find_variants"]

MIN_SIMILARITY = 0.7
MIN_KEY = 4
#: a 3-consonant key (Чимен, Ишиглы) needs both kinds of evidence and a closer likeness
SHORT_KEY = 3
SHORT_SIMILARITY = 0.85
#: without another place of the district in the text, a settlement noun or list alone needs a closer likeness
CUE_SIMILARITY = 0.85
MIN_LETTERS = 5
#: An Armenian family name (Sargsyan, Sarkisian, Саргсян, Սարգսյան): never taken for a village's unstored spelling
#: (Sargsyan is not Sargsashen), in any case form
_FAMILY_NAME = re.compile(r"(?:yan|ian|ян|յան|եան)(?:[’'`]?s|ի|ը|ն|ին|ից|ով|а|у|ом|е|ы|ов)?$")
#: English demonyms: a capitalized word before a candidate that is no part of its name ("Armenian Kirantz –
#: Azerbaijani Heyrimli")
_DEMONYMS = frozenset(("Armenian", "Azerbaijani", "Azeri", "Russian", "Georgian", "Iranian", "Turkish", "Soviet"))
#: the word after a candidate
_NOUN_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+)")

_UPPER = "A-ZÀ-ÖØ-ÞƏĞŞÇÖÜİА-ЯЁӘҒҜҺЈҸӨҮԱ-Ֆ"
#: a letter, or a combining mark inside a word (the stress mark of Гегаркуни́кская, an NFD accent)
_LETTER = "(?:[^\\W\\d_]|[\u0300-\u036f])"
#: a capitalized word (apostrophe or hyphen inside allowed: Kəlbəcər'ə, Ашагы-Вейселли)
_CAP_WORD = f"[{_UPPER}]{_LETTER}*(?:['’-]{_LETTER}+)*"
#: ... that starts a word (not after a letter, a combining mark, an apostrophe or a hyphen)
_NOT_AFTER_WORD = "(?<![\\w'’\u0300-\u036f-])"
_WORD = re.compile(_NOT_AFTER_WORD + _CAP_WORD)
#: the same without the lookbehind (three times faster over a long text; the caller checks the character before)
_WORD_SCAN = re.compile(_CAP_WORD)
#: case endings that carry a consonant (folded), per language, longest first; vowel endings leave the key unchanged
_ENDINGS: dict[str, tuple[str, ...]] = {lang: tuple(sorted({fold(x) for x in words}, key=len, reverse=True)) for lang, words in {
    "ru": ("ом", "ем", "ам", "ям", "ами", "ями", "ах", "ях", "ов", "ев", "ым", "им", "ой", "ей"),
    "hy": ("ում", "ից", "ով", "ն", "ներ", "ներում", "ներից"),
    "az": ("da", "də", "dan", "dən", "ta", "tə", "tan", "tən", "dakı", "dəki", "nın", "nin", "nun", "nün", "ın", "in",
           "un", "ün", "na", "nə", "ya", "yə", "la", "lə", "ları", "ləri", "lar", "lər"),
    "en": (),
}.items()}
_RU_ADJ = re.compile(r"[сц]к(?:ого|ому|ом|им|ий|ой|ая|ое|ие|их|ым|ими|ых|ые|ыми|ую)$")
#: a Russian abstract noun (-ение, -ание, -ость, -ство, -ция in any case): "Управления" is the administration, not
#: Привольное (no stored Russian name but Армения ends so, held-out 23)
_RU_ABSTRACT = re.compile(r"(?:[еа]ни(?:е|я|ю|ем|и|ям|ях|ями)|ост(?:ь|и|ью|ей|ям|ях)|ств(?:о|а|у|ом|е)"
                          r"|ци(?:я|и|ю|ей))$")
#: a family name after the word: the word is a given name ("Serdak Hakobyan", "Mxitar Nersisyan")
_SURNAME = re.compile(r"[ \u00a0]+\w*(?:yan|ian|yants|ян|янц|յան|յանց|եան|եանց|ov|ova|ev|eva|ов|ова|ев|ева)\b", re.I)
_SETTLE_BEFORE = re.compile(
    r"(?:\b(?:сел[оаеуы]|сёла|селом|селах|сел|деревн[яиеюй]|посёлок|поселок|village of|villages of|villages|village"
    r"|town of|towns of|city of|город[аеу]?|городом"
    r"|kənd[\w]*|qəsəbə[\w]*|գյուղ[\w]*|գյուղեր[\w]*|գիւղ[\w]*))[ :\u00a0]+$", re.I)
_SETTLE_AFTER = re.compile(r"^[ \u00a0]+(?:village|town\b|city\b|kənd|qəsəbə|şəhər|գյուղ|գիւղ|քաղաք|село|деревн|город\b)", re.I)
#: a settlement noun before a list of capitalized words that ends right before the word ("села Газьян, Сахлабад
#: и Гапанлы", "the villages of Chiragli, Sarijali and Kangarli"): each word of the list has the noun
_SETTLE_LIST_BEFORE = re.compile(
    r"(?:\b(?:сел[оаеуы]|сёла|селах|сел|деревн[яиеюй]|villages of|villages|kəndləri|qəsəbələri|գյուղերը|գյուղեր)"
    f"[ :\u00a0]+)(?:{_CAP_WORD}(?:,[ \u00a0]*|[ \u00a0]+(?:и|and|və|և|եվ|ու)[ \u00a0]+))"
    r"{1,8}$", re.I)
#: a capitalized unit noun after the word, then no capitalized word: "Gegharkounik Region", "Tavush Province"
_CAP_UNIT_AFTER = re.compile(r"[ \u00a0]+(?:Region|Province|District|Marz)(?![\w'’-])(?![ \u00a0]+[A-Z])")
#: the capitalized word ending right at the search end (the word before a candidate)
_WORD_BEFORE = re.compile(_NOT_AFTER_WORD + _CAP_WORD + "$")
#: generic nouns (any case form): never a variant of a name ("Շրջանով", "Районе"): the matcher's generic
#: nouns, and the words for province and republic
_GENERIC_NOUNS = tuple(fold(w) for words, _ in _GENERIC for w in words) + tuple(fold(w) for w in (
    "област", "республик", "respublika", "հանրապետ",
))
_JOIN = re.compile(r"^(?:,? (?:and|və|и|եվ|և|ու|или|or)|,) $", re.I)
#: a hyphen or dash joining two names of a chain (a road, a railway: "Гарни-Ланджазат", "Алабашлы–Гызылджа")
_CHAIN = re.compile(r"[ \u00a0]?[-\u2010\u2011\u2013\u2014][ \u00a0]?")
#: a road's noun near a chain ("дорога Гарни-Ланджазат", "the Tatev-Aghvan road", "Gəncə-Daşkəsən yolu")
_ROAD = re.compile(r"(?<!\w)(?:дорог|автодорог|шоссе|трасс|road|highway|route|yol|magistral|ճանապարհ|մայրուղ)", re.I)
#: a plural district noun opening a list of capitalized words that ends right before the word ("The districts
#: Kelbadjar, Lachyn, Qubadly", "the regions of Fizuli and Jabrayil"): each item is a district (held-out 87)
_UNIT_LIST_BEFORE = re.compile(
    r"\b(?:districts|regions|rayons)(?:[ \u00a0]+of)?(?:[ \u00a0]+the)?[ :\u00a0]+"
    f"(?:{_CAP_WORD}(?:,[ \u00a0]*|[ \u00a0]+and[ \u00a0]+|,[ \u00a0]+and[ \u00a0]+))"
    r"{0,8}$")


def _plural_unit_after(text: str, end: int) -> bool:
    """A plural unit noun right after ``end``, closing a list ("Kalbadjar and Lachin districts", "Kəlbəcər və Laçın
    rayonları", "Լաչինի, Կուբաթլուի և Զանգելանի շրջաններին"): the main passes' _classify, which knows every case
    ending of the four languages."""
    nx = _NOUN_AFTER.match(text, end)
    if nx is None or not nx.group(1)[0].islower():
        return False
    c = _classify(_fold_word(nx.group(1)))
    return c is not None and c[1] and "district" in c[0]


class VariantIndex:
    """Consonant key -> the (place, name) pairs of the attested names with that key; and, memoized per word, the
    keys a capitalized word can have (itself, or its stem without a case ending of its script) that are indexed."""

    def __init__(self, places: Iterable[Place]):
        self._by_key: dict[str, list[tuple[Place, Name]]] = {}
        self._word_memo: dict[str, tuple[tuple[str, str, str, str], ...]] = {}
        self._opener_memo: dict[str, bool] = {}
        #: words with no indexed key that open no two-word name: never a candidate
        self.dead: set[str] = set()
        #: word -> its answer to the word-only tests of a candidate (variants._word_ok: 0, 1 or _FAMILY)
        self.word_memo: dict[str, int] = {}
        self._scored_memo: dict[tuple[str, str], tuple[tuple[float, Place, Name], ...]] = {}
        #: place id -> (Latin form, its skeleton, the name) of each attested name, in the place's order (built on use)
        self._latin: dict[str, tuple[tuple[str, str, Name], ...]] = {}
        #: keys of the first words of indexed two-word names (Böyük, Aşağı, Мец...): only such a word opens a pair
        self._openers: set[str] = set()
        places = tuple(places)
        self._typos = _TypoIndex(places)
        for p in places:
            if p.kind == "country":
                continue
            seen: set[str] = set()
            for n in p.names:
                if n.source == "derived":
                    continue
                words = n.text.split()
                if len(words) > 1 and _classify(fold(words[-1])) is not None:
                    continue  # "Кенгерлинский район": a name and its noun, whose skeleton no single word renders
                k = consonant_key(n.text)
                if len(k) < SHORT_KEY or k in seen:
                    continue
                seen.add(k)
                self._by_key.setdefault(k, []).append((p, n))
                first = n.text.split()
                if len(first) == 2:
                    self._openers.add(consonant_key(first[0]))

    def typo_of(self, word: str) -> tuple[Place, Name] | None:
        """The one prominent place whose Latin name ``word`` misspells by one edit (_TypoIndex), or None."""
        return self._typos.of(word)

    def opens_pair(self, word: str) -> bool:
        """Whether ``word`` can be the first of a two-word name (its key starts an indexed two-word name)."""
        r = self._opener_memo.get(word)
        if r is None:
            r = self._opener_memo[word] = consonant_key(word) in self._openers
            if len(self._opener_memo) > 200_000:
                self._opener_memo.clear()
        return r

    def __len__(self) -> int:
        return len(self._by_key)

    def scored(self, key: str, stem: str) -> tuple[tuple[float, Place, Name], ...]:
        """The places with ``key`` whose closest attested name is at least MIN_SIMILARITY like ``stem``:
        (similarity, place, that name), best first (memoized)."""
        ck = (key, stem)
        r = self._scored_memo.get(ck)
        if r is None:
            lat = to_latin(stem)
            sk = skeleton(lat)
            best: dict[str, tuple[float, Place, Name]] = {}
            for p, _ in self._by_key.get(key, ()):
                if p.id in best:
                    continue
                names = self._latin.get(p.id)
                if names is None:
                    names = self._latin[p.id] = tuple((xl, skeleton(xl), x) for x in p.names if x.source != "derived"
                                                      for xl in (to_latin(x.text),))
                # the closest name; at equal likeness, a name the place goes by before one of its variants. A name
                # whose bound (translit.similarity_bound, on the skeletons at hand) is below MIN_SIMILARITY or the
                # best so far cannot win and is not compared.
                sim, nm = -1.0, None
                for xl, xsk, x in names:
                    if skeleton_bound(sk, xsk) + 1e-9 < max(sim, MIN_SIMILARITY):  # (the two round apart)
                        continue
                    s = similarity(lat, xl)
                    if s > sim or s == sim and nm is not None and nm.role == "variant" and x.role != "variant":
                        sim, nm = s, x
                if nm is not None and sim >= MIN_SIMILARITY:
                    best[p.id] = (sim, p, nm)
            r = self._scored_memo[ck] = tuple(sorted(best.values(), key=lambda t: (-t[0], t[1].id)))
            if len(self._scored_memo) > 100_000:
                self._scored_memo.clear()
        return r

    def keys_of(self, word: str) -> tuple[tuple[str, str, str, str], ...]:
        """(key, ending taken off, the stem as written, the ending's language) for every indexed key of ``word``:
        the whole word, the part before an apostrophe (Kəlbəcər'ə), or the stem without a case ending of the
        word's script (Cyrillic: ru; Armenian: hy; Latin: az, applied only in Azerbaijani copy). Usually empty."""
        r = self._word_memo.get(word)
        if r is None:
            r = self._word_memo[word] = self._keys_of(word)
            if not r and not self.opens_pair(word):
                self.dead.add(word)
            if len(self._word_memo) > 200_000:
                self._word_memo.clear()
                self.dead.clear()
        return r

    def _keys_of(self, src: str) -> tuple[tuple[str, str, str, str], ...]:
        out: list[tuple[str, str, str, str]] = []
        k = consonant_key(src)
        if k in self._by_key:
            out.append((k, "", src, ""))
        f = fold(src)
        if len(f) != len(src):
            return tuple(out)
        apo = max(f.find("'"), f.find("’"))
        if apo > 0:
            k = consonant_key(src[:apo])
            if k in self._by_key:
                out.insert(0, (k, f[apo + 1:], src[:apo], ""))
            return tuple(out)
        script = "hy" if _ARMENIAN.search(src) else "ru" if _CYRILLIC.search(src) else "az"
        for e in _ENDINGS[script]:
            if f.endswith(e) and len(f) - len(e) >= MIN_LETTERS - 1:
                stem = src[: len(src) - len(e)]
                k = consonant_key(stem)
                if k in self._by_key:
                    out.append((k, e, stem, script))
        return tuple(out)


class _Spans:
    """The non-overlapping spans taken so far, sorted, with neighbour queries by bisection."""

    def __init__(self, spans: list[tuple[int, int]], places: Iterable[Place] = ()):
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        # the places of the main passes' mentions, by start and by end (the list rule reads its neighbours)
        places = list(places)
        self.place_from = dict(zip(self.starts, places))
        self.place_to = dict(zip(self.ends, places))

    def add(self, a: int, b: int) -> None:
        i = bisect_left(self.starts, a)
        self.starts.insert(i, a)
        self.ends.insert(i, b)

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect_right(self.starts, a)  # spans starting at or before a: only the last can reach past a
        if i and self.ends[i - 1] > a:
            return True
        return i < len(self.starts) and self.starts[i] < b

    def covers(self, a: int, b: int) -> bool:
        i = bisect_right(self.starts, a)
        return bool(i) and self.ends[i - 1] >= b

    def before(self, a: int) -> int | None:
        """The end of the last span ending at or before ``a``."""
        i = bisect_right(self.starts, a)
        while i:
            if self.ends[i - 1] <= a:
                return self.ends[i - 1]
            i -= 1
        return None

    def after(self, b: int) -> int | None:
        """The start of the first span starting at or after ``b``."""
        i = bisect_left(self.starts, b)
        return self.starts[i] if i < len(self.starts) else None

    def list_end(self, text: str, b: int) -> int:
        """The end of the list a word ending at ``b`` opens or goes on: the last span joined to it, one after the
        other, by a comma or a conjunction (``b`` itself when none is)."""
        i = bisect_left(self.starts, b)
        # (the gap is at most ", and ": a longer one is never sliced, so a long text is not copied)
        while i < len(self.starts) and self.starts[i] - b <= 7 and _JOIN.match(text[b:self.starts[i]]):
            b = self.ends[i]
            i += 1
        return b


#: a qualifier abbreviated to its letter and a dot, in lists of communities ("Վ․ Շորժա, Մ․ Մասրիկ", "Վ. Դվին,
#: Ն. Դվին", held-out 33, 77): the qualifiers each letter stands for. Taken only where the qualifier written out
#: gives a stored name of one place (an initial before a family name gives none: "Վ. Վաղարշյան").
_ABBREVIATED = {
    "Վ": ("Վերին",), "Ն": ("Ներքին", "Նոր"), "Մ": ("Մեծ",), "Փ": ("Փոքր",),
    "Y": ("Yuxarı",), "A": ("Aşağı",), "B": ("Böyük",), "K": ("Kiçik",),
    "В": ("Верин", "Верхний", "Верхняя", "Верхние"), "Н": ("Неркин", "Нижний", "Нижняя", "Нижние", "Нор", "Новый"),
    "Б": ("Беюк", "Большой", "Большая", "Большие"), "М": ("Мец",),
}
_ABBREVIATED_RE = re.compile(
    r"(?<![\w.․-])([ՎՆՄՓYABKВНБМ])[.․][ \u00a0]?([A-ZÀ-ÖØ-ÞƏĞŞÇÖÜİА-ЯЁԱ-Ֆ][^\W\d_]+)(?![\w'’-])")


def _abbreviated(m: Matcher, text: str, taken: "_Spans", lang_ok, kind_ok) -> list[Mention]:
    """The mentions of names whose qualifier is abbreviated to a letter ("Վ․ Շորժա": Վերին Շորժա)."""
    out: list[Mention] = []
    exact = m.gazetteer.exact_matches  # no query-only tolerance
    for x in _ABBREVIATED_RE.finditer(text):
        a, b = x.span()
        if taken.overlaps(a, b):
            continue
        found = {}
        for q in _ABBREVIATED[x.group(1)]:
            for p, n in exact(f"{q} {x.group(2)}"):
                if p.kind in kind_ok and (lang_ok is None or n.lang in lang_ok) \
                        and not (n.role == "romanization" and n.source == "derived"):
                    found.setdefault(p.id, (p, n))
        if len(found) != 1:
            continue
        (place, name), = found.values()
        out.append(Mention(a, b, text[a:b], place, name, "variant", name.lang, (), 100.0, "",
                           f"abbreviation of {name.text!r}"))
    return out


#: an English or Russian qualifier in translation ("Upper Askipara", "Lower Askipara", "Upper Voskepar", "Верхние
#: Салахлы"; the main passes leave the name after it alone, _QUALIFIERS): the qualifiers the stored names write
#: instead, Azerbaijani and Armenian (Yukhari Askipara, Verin Voskepar, Юхары Салахлы). Taken where one of them,
#: with the word after it as written (its case ending too), is a stored name of exactly one place.
_TRANSLATED = (
    (re.compile(r"Upper"), ("Yukhari", "Verin")),
    (re.compile(r"Lower"), ("Ashaghi", "Nerkin")),
    (re.compile(r"Верхн(?:ий|яя|ее|ие|его|ей|их|ему|им|ем|юю)"), ("Юхары", "Верин")),
    (re.compile(r"Нижн(?:ий|яя|ее|ие|его|ей|их|ему|им|ем|юю)"), ("Ашагы", "Неркин")),
)
_TRANSLATED_RE = re.compile(
    r"(?<![\w'’-])(Upper|Lower|Верхн[а-я]{2,3}|Нижн[а-я]{2,3})[ \u00a0]([A-ZА-ЯЁ][^\W\d_]+)(?![\w-])")


def _translated(m: Matcher, text: str, taken: "_Spans", lang_ok, kind_ok) -> list[Mention]:
    """The mentions of names whose qualifier is translated ("Upper Askipara": Yukhari Askipara; _TRANSLATED)."""
    out: list[Mention] = []
    for x in _TRANSLATED_RE.finditer(text):
        a, b = x.span()
        if taken.overlaps(a, b):
            continue
        qs = next((qs for pat, qs in _TRANSLATED if pat.fullmatch(x.group(1))), ())
        found: dict[str, Mention] = {}
        for q in qs:
            s = f"{q} {x.group(2)}"
            got = m.annotate(s, variants=False, kinds=kind_ok, langs=lang_ok)
            if len(got) == 1 and got[0].start == 0 and got[0].end == len(s):
                found.setdefault(got[0].place.id, got[0])
        if len(found) != 1:
            continue
        g, = found.values()
        out.append(Mention(a, b, text[a:b], g.place, g.name, "variant", g.lang, g.candidates, 100.0, g.suffix,
                           f"translated qualifier of {g.name.text!r}"))
    return out


#: the kinds of place whose Latin names a typo is read for (the names copy writes most and misspells most)
TYPO_KINDS = frozenset(("region", "province", "city"))
#: the shortest stored name (letters) a typo is read for
TYPO_MIN_NAME = 7
#: a capitalized Latin word of six letters or more, with a possessive ("Artskah’s"), before "-based"
#: ("Gegharkounik-based"), or the last of a road's chain ("Baku-Julfa-Nkhchivan": the caller checks the mention before)
_TYPO_WORD = re.compile(r"(?<![\w'’.])([A-Z][A-Za-z]{5,})(?:['’]s)?(?![\w'’]|-(?!based))")


def _deletions(k: str) -> set[str]:
    return {k[:i] + k[i + 1:] for i in range(len(k))}


class _TypoIndex:
    """A word one edit (a letter changed, added or dropped, or two neighbours swapped: Arstakh, Stekanakert) from a
    single-word Latin name (TYPO_MIN_NAME letters or more) of a place of TYPO_KINDS, and from no name of another place,
    misspells that place's name. The prominent names are indexed by their one-letter deletions (a word and a name one
    deletion apart each way are within one edit); every name by its length and its first or last letter, read only
    for the rare word that comes near a prominent one."""

    def __init__(self, places: tuple[Place, ...]):
        self._names: dict[str, list[tuple[Place, Name]]] = {}
        self._by_deletion: dict[str, set[str]] = {}
        #: (length, first letter) and (length, "", last letter) -> names: two words one edit apart (three letters or
        #: more) share their first or their last letter
        self._by_ends: dict[tuple[int, str, str], list[str]] = {}
        self._memo: dict[str, tuple[Place, Name] | None] = {}
        keys: set[str] = set()
        for p in places:
            for n in p.names:
                k = fold(n.text)
                if len(k) < TYPO_MIN_NAME - 2 or not k.isalpha() or not k.isascii():
                    continue
                keys.add(k)
                self._names.setdefault(k, []).append((p, n))
                if p.kind in TYPO_KINDS and len(k) >= TYPO_MIN_NAME:
                    for d in _deletions(k) | {k}:
                        self._by_deletion.setdefault(d, set()).add(k)
        for k in sorted(keys):
            self._by_ends.setdefault((len(k), k[0], ""), []).append(k)
            self._by_ends.setdefault((len(k), "", k[-1]), []).append(k)

    def of(self, word: str) -> tuple[Place, Name] | None:
        r = self._memo.get(word, _UNSEEN)
        if r is not _UNSEEN:
            return r  # type: ignore[return-value]
        r = None
        k = fold(word)
        near: set[str] = set()
        if k not in self._names:  # (a stored name is no typo)
            near.update(self._by_deletion.get(k, ()))
            for d in _deletions(k):
                near |= self._by_deletion.get(d, set())
        if any(_edits(k, x) <= 1 for x in near):
            # every stored name within one edit, prominent or not
            near = {x for n in (len(k) - 1, len(k), len(k) + 1) for end in ((n, k[0], ""), (n, "", k[-1]))
                    for x in self._by_ends.get(end, ()) if _edits(k, x) <= 1}
            # not a name the word starts with, or that starts with the word: a derived word or a stem ("Garabaghi",
            # the nisba of a family name), not a typo
            if not any(k.startswith(x) or x.startswith(k) for x in near):
                hits = [h for x in sorted(near) for h in self._names[x]]
                attested = [(p, n) for p, n in hits if n.source != "derived"]  # (a derived form makes a namesake)
                if attested and len({p.id for p, _ in hits}) == 1 and hits[0][0].kind in TYPO_KINDS:
                    r = attested[0]
        if len(self._memo) > 100_000:
            self._memo.clear()
        self._memo[word] = r
        return r


#: the edits between two words (2 stands for two or more): a letter changed, added or dropped, or two neighbouring
#: letters swapped, each one edit (optimal string alignment)
_edits = partial(OSA.distance, score_cutoff=1)
_UNSEEN = object()


def _typos(m: Matcher, text: str, taken: "_Spans", lang_ok, kind_ok) -> list[Mention]:
    """The mentions of one-edit misspellings of a prominent place's Latin name (module docstring, item 6)."""
    out: list[Mention] = []
    if lang_ok is not None and "en" not in lang_ok:
        return out
    index = m.variant_index()
    known = m.gazetteer.exact_matches
    for x in _TYPO_WORD.finditer(text):
        word = x.group(1)
        a, b = x.start(1), x.end(1)
        if taken.overlaps(a, x.end()) or (a and text[a - 1] == "-" and not taken.overlaps(a - 2, a - 1)):
            continue
        hit = index.typo_of(word)
        if hit is None:
            continue
        place, name = hit
        f = fold(word)
        if place.kind not in kind_ok or known(word) or m.lexicon.is_common(f, "en") \
                or _text_lang(text, a, b) == "az":
            continue
        score = 100.0 * similarity(word, name.text)
        e = x.end()  # the possessive in the span, as the main passes give it ("Stepanakert’s")
        out.append(Mention(a, e, text[a:e], place, name, "variant", "en", (), score, "",
                           f"one edit from {name.text!r}"))
    return out


def _lang_of(word: str, text_lang: str) -> str:
    if _ARMENIAN.search(word):
        return "hy"
    if _CYRILLIC.search(word):
        return "ru"
    if _AZ_LETTERS.search(word) or text_lang == "az":
        return "az"
    return "en"


def find_variants(
    m: Matcher,
    text: str,
    mentions: list[Mention],
    lang_ok: frozenset[str] | None,
    kind_ok: frozenset[str],
) -> list[Mention]:
    """``mentions`` plus the variant mentions of ``text`` (module docstring), in text order."""
    index = m.variant_index()
    taken = _Spans([(x.start, x.end) for x in mentions], [x.place for x in mentions])
    # the abbreviations first (only where the text has a dot), then the typos, each taking its spans
    for found_in in ((_abbreviated,) if "." in text or "․" in text else ()) + (
            (_translated,) if "Upper" in text or "Lower" in text or "Верхн" in text or "Нижн" in text else ()) \
            + (_typos,):
        found = found_in(m, text, taken, lang_ok, kind_ok)
        if found:
            for x in found:
                taken.add(x.start, x.end)
            mentions = sorted(mentions + found, key=lambda x: x.start)
    areas: set[str] = set()
    # where each found place stands, with its areas, by start: the nearer decides between two supported candidates
    spots: list[tuple[int, int, frozenset[str]]] = []
    for x in mentions:
        xa = m.areas_of(x.place)
        areas.update(xa)
        spots.append((x.start, x.end, frozenset(xa)))
    found: list[Mention] = []
    keys_of = index.keys_of
    opens_pair = index.opens_pair
    skip_to = 0
    dead = index.dead  # the common case first: a word seen before with no indexed key that opens no pair
    main = [(x.start, x.end) for x in mentions]  # sorted, non-overlapping: read with a cursor
    nmain = len(main)
    k = 0
    for w in _WORD_SCAN.finditer(text):
        word = w.group()
        if word in dead:
            continue
        a, b = w.span()
        if a and (text[a - 1].isalnum() or text[a - 1] in "_'’-" or "\u0300" <= text[a - 1] <= "\u036f"):
            continue  # not the start of a word (the lookbehind of _WORD, checked only here)
        while k < nmain and main[k][1] <= a:
            k += 1
        if k < nmain and a < main[k][0] < b and text[main[k][0] - 1] == "-":
            # a double name whose second half the main passes found ("Զաբուղ-Աղավնոյից"): the first half alone
            b = main[k][0] - 1
            word = text[a:b]
        elif k < nmain and main[k][0] == a and main[k][1] < b - 1 and text[main[k][1]] == "-" \
                and text[main[k][1] + 1].isupper():
            # a road or double name whose first half the main passes found ("Капан-Чакатен"): the second half alone
            a = main[k][1] + 1
            word = text[a:b]
            while k < nmain and main[k][1] <= a:
                k += 1
        if (k < nmain and main[k][0] < b) or a < skip_to:
            continue
        ks = keys_of(word)
        # an abbreviation is no first word of a name: "ՀՀ Գեղարքունիկի" (the Republic of Armenia's ...)
        nxt = _WORD.match(text, b + 1) if opens_pair(word) and text[b:b + 1] in (" ", "\u00a0") \
            and not (len(word) <= 4 and word.isupper()) else None
        if not ks and nxt is None:
            continue
        tries: list[tuple[int, int, int, tuple]] = []
        if nxt is not None:
            ks2 = keys_of(text[a:nxt.end()])
            if ks2:
                tries.append((a, nxt.end(), 2, ks2))
        if ks:
            tries.append((a, b, 1, ks))
        for a2, b2, nw, keys in tries:
            if taken.overlaps(a2, b2):
                continue
            r = _consider(m, index, text, a2, b2, keys, nw, taken, areas, lang_ok, kind_ok, spots)
            if r is not None:
                found.append(r)
                taken.add(r.start, r.end)
                ra = m.areas_of(r.place)
                areas.update(ra)
                insort(spots, (r.start, r.end, frozenset(ra)))
                skip_to = r.end
                break
    if not found:
        return mentions
    return sorted(mentions + found, key=lambda x: x.start)


def _said_settlement(text: str, b: int) -> tuple[str, ...] | None:
    """The settlement kinds a reference-work sentence says the word is ("Gandja is the second largest and most
    significant city", "... — город": the noun among the first six words; match's _said_to_be), or None."""
    said = _said_to_be(text, b, 6)
    c = said[1] if said is not None else None
    if c is None or c[0] in _NON_KIND or c[1] or "district" in c[0]:
        return None
    return c[0]


#: _word_ok's answer for a word shaped like an Armenian family name (Sargsyan is not Sargsashen): a candidate only
#: with a settlement noun next to it ("села Газьян"), and scored only then
_FAMILY = 2


def _settlement_cue(text: str, a: int, b: int, said: tuple[str, ...] | None) -> bool:
    """A settlement noun next to the word at ``a``..``b`` (before it, after it, or opening the list it ends), or a
    reference-work sentence saying what it is (``said``, from _said_settlement)."""
    return bool(_SETTLE_BEFORE.search(text[max(0, a - 40):a]) or _SETTLE_AFTER.match(text[b:b + 20])
                or _SETTLE_LIST_BEFORE.search(text, max(0, a - 120), a)) or said is not None


def _word_ok(m: Matcher, src: str) -> int:
    """The tests of a candidate that depend on the word alone (memoized per word by the caller): 0 (never a
    candidate), 1 (a candidate) or _FAMILY."""
    letters = sum(1 for c in src if c.isalpha())
    caps = next((i for i, c in enumerate(src) if not c.isupper()), len(src))
    if letters < MIN_LETTERS or (src.isupper() or caps >= 3 and caps >= letters - 3) and letters < 8:
        return 0  # a word in capitals, or an abbreviation with a case ending ("КАМАЗах": trucks, not Кемракуч)
    f = fold(src)
    if _RU_ADJ.search(f) or _RU_ABSTRACT.search(f) or f.startswith(_GENERIC_NOUNS) \
            or f.startswith(m.lexicon.foreign_stems):
        return 0
    if any(m.lexicon.is_common(f, lg) for lg in ("ru", "hy", "az", "en")):
        return 0
    # a stored stem covering the word: the main passes decided (and may have vetoed) it
    if m.knows_start(f):
        return 0
    if _FAMILY_NAME.search(f):
        return _FAMILY
    # no indexed name is like it (Friday, Kremlin, Hökumət): never a variant, wherever it stands
    index = m.variant_index()
    return 1 if any(index.scored(key, stem) for key, _, stem, _ in index.keys_of(src)) else 0


#: how far (code points) the nearest supporting place is looked for on each side (_nearest)
NEAREST_WINDOW = 3000


def _nearest(m: Matcher, supported: list, a: int, b: int, spots: list[tuple[int, int, frozenset[str]]]) -> list:
    """Of several supported candidates, the one a found place of its area stands nearest to in the text ("ходжалинские
    села Бадара и Дашбулаг": the Khojaly Daşbulaq, Badara being nearer than the Aghdara village named earlier), as
    the main passes rank homonyms both supported; all of them where two are as near, or none is within
    NEAREST_WINDOW. ``spots`` is sorted by start: each side is walked out from the word only as far as the first
    place of the candidate's area (a long text costs no more than a short one)."""
    i = bisect_left(spots, (a,))

    def gap(c) -> int:
        ca = frozenset(m.areas_of(c[1]))
        best = NEAREST_WINDOW + 1
        # each side as (distance, areas), nearest first: to the left the ends fall as the starts do (the spots do
        # not overlap), to the right the starts rise
        left = ((a - spots[j][1], spots[j][2]) for j in range(i - 1, -1, -1))
        right = ((spots[j][0] - b, spots[j][2]) for j in range(i, len(spots)))
        for side in (left, right):
            for d, xa in side:
                if d >= best:
                    break
                if not xa.isdisjoint(ca):
                    best = d
                    break
        return best

    gaps = [gap(c) for c in supported]
    low = min(gaps)
    near = [c for c, g in zip(supported, gaps) if g == low]
    return near if len(near) == 1 and low <= NEAREST_WINDOW else supported


def _consider(m: Matcher, index: VariantIndex, text: str, a: int, b: int, keys, nw: int,
              taken: _Spans, areas: set[str], lang_ok, kind_ok,
              spots: list[tuple[int, int, frozenset[str]]] = ()) -> Mention | None:
    src = text[a:b]
    ok = index.word_memo.get(src)
    if ok is None:
        ok = index.word_memo[src] = _word_ok(m, src)
        if len(index.word_memo) > 200_000:
            index.word_memo.clear()
    if not ok:
        return None
    if ok == _FAMILY and not _settlement_cue(text, a, b, _said_settlement(text, b)):
        return None  # an Armenian family name (Sargsyan is not Sargsashen), unless a settlement noun says it is a
        # village's name ending so ("села Газьян"); tested first, as such names are frequent and rarely villages
    # part of a longer unknown name: a capitalized word that is no place right before (mid-sentence, not a
    # settlement noun) or right after
    if a > 1 and text[a - 1] in " \u00a0":
        pw = _WORD_BEFORE.search(text, max(0, a - 40), a - 1)
        if pw is not None and not taken.covers(*pw.span()) and not _sentence_start(text, pw.start()) \
                and not _SETTLE_BEFORE.search(text[pw.start():a]) and not pw.group().endswith(("'s", "’s")) \
                and pw.group() not in _DEMONYMS:
            return None  # (a possessive is a name of its own: "Armenia’s Gegharkounik Province"; so is a demonym's
            # noun: "Armenian Kirantz – Azerbaijani Heyrimli")
    if text[b:b + 1] in (" ", "\u00a0"):
        nw_ = _WORD.match(text, b + 1)
        if nw_ is not None and not taken.covers(*nw_.span()) and not _CAP_UNIT_AFTER.match(text, b):
            return None  # (a capitalized unit noun is no part of a name: "Gegharkounik Region")
    if _SURNAME.match(text, b) or (a and _qualified(text, a)):
        return None
    if _web_domain(text, b):
        return None  # "Yenixeber.org": a website, as in the main passes
    if a > 1 and text[a - 1] in " \u00a0":
        # "реки Воротан", "a tributary of the Vorotan": a river, lake or building, as in the main passes (the
        # word before is folded alone first: the window only when it is a feature noun or "of the")
        lo = max(0, a - 30)
        sp = text.rfind(" ", lo, a - 1)
        pw = _fold_word(text[sp + 1 if sp >= 0 else lo:a - 1].lstrip("(["))
        listed = pw.endswith(",") or pw in _FEATURE_LIST_JOINERS
        if pw in _FEATURE_BEFORE or pw == "the" or pw == "of" or listed:
            # (after a comma or joiner, a list back to the plural noun that opens it: "родники Туршсу, ...,
            # Нуреддин, Нагдалы")
            before_key = fold(text[max(0, a - (200 if listed else 40)):a - 1]) + " "
            if _feature_word_before(before_key, len(before_key)) in _FEATURE_BEFORE:
                return None
    if _quoted_other(text, a, b) or _deposit(text, a, b, True):
        # "гидроэлектростанции «Гюлябирд»", "Gizilbulag gold deposit": a facility, club, outlet or deposit named so,
        # as in the main passes
        return None
    nx = _NOUN_AFTER.match(text, b)
    if nx is not None and nx.group(1)[0].islower():
        c = _classify(_fold_word(nx.group(1)))
        if c is not None and c[0] in _NON_KIND:
            return None  # a feature, community or historical unit named so ("Գեղարքունի գավառի"), as in the main passes
    lang = _lang_of(src, _text_lang(text, a, b))
    if lang_ok is not None and lang not in lang_ok:
        return None
    after = text[b: b + 20]
    district = bool(_UNIT_NOUN_AFTER.match(after))
    if not district and text[b:b + 1] in ", ":
        # an item of a list closed by a plural unit noun, as the main passes read the list's other items
        end = taken.list_end(text, b)
        district = end > b and _plural_unit_after(text, end)
    # an item of a list a plural district noun opens ("The districts Kelbadjar, Lachyn, Qubadly")
    lo = max(0, a - 160)
    w = text[lo:a]
    unit_list = ("districts" in w or "regions" in w or "rayons" in w) \
        and _UNIT_LIST_BEFORE.search(text, lo, a) is not None
    district = district or unit_list
    said = _said_settlement(text, b)
    cue = _settlement_cue(text, a, b, said)
    pe, ns = taken.before(a), taken.after(b)
    joined_before = pe is not None and bool(_JOIN.match(text[pe:a]))
    joined_after = ns is not None and bool(_JOIN.match(text[b:ns]))
    # a road's or line's chain of places, a found one beside it ("дорога Гарни-Ланджазат", "Татев-Агвани"), is a
    # list too
    listed = joined_before or joined_after or (
        ((pe is not None and _CHAIN.fullmatch(text, pe, a) is not None)
         or (ns is not None and _CHAIN.fullmatch(text, b, ns) is not None))
        and _ROAD.search(text, max(0, a - 80), min(len(text), b + 40)) is not None)
    # one reading per list, as the main passes' list rule: where every joined neighbour is a district named after
    # its centre, a town read here is that town's district ("the districts of Füzuli, Zangilan, Lachin and Cebrayil")
    nbs = ([taken.place_to.get(pe)] if joined_before else []) + ([taken.place_from.get(ns)] if joined_after else [])
    list_district = bool(nbs) and all(p is not None and p.kind == "district" and p.centre for p in nbs)
    opening = _sentence_start(text, a)
    for key, suffix, stem, ending_lang in keys:
        if ending_lang and ending_lang != lang:
            continue  # an English "Kremlin" is not an Azerbaijani genitive of "Kreml"
        cands = [c for c in index.scored(key, stem) if c[1].kind in kind_ok]
        if said:
            # "Gandja is the second largest ... city": the city, not the Lachin village Ganja
            cands = [c for c in cands if c[1].kind in said] or cands
        if not cands:
            continue
        # a district and its centre share the name (Kəlbəcər): one candidate, the centre, as the main passes
        # rank them; a district noun after the word turns it into the district below
        ids = {c[1].id for c in cands}
        cands = [c for c in cands if not (c[1].kind in ("district", "province") and c[1].centre in ids)]
        # likewise a village named like its province (Gegharkunik): the province, as the main passes rank them
        ids = {c[1].id for c in cands}
        cands = [c for c in cands if not (c[1].kind in ("village", "settlement") and c[1].unit in ids)]
        if unit_list or (district and len(cands) > 1):
            units = [c for c in cands if c[1].kind in ("district", "province") or m.district_of_centre(c[1].id)]
            if unit_list:
                # a list of districts holds districts and the centres they are named after, not villages
                cands = units
                if not cands:
                    continue
            elif len(units) == 1:
                # so does a district noun after the word, where one candidate alone names a unit ("In Martouni
                # region": the Khojavend town's district, not the Gegharkunik town nor the Shamkir village)
                cands = units
        supported = [c for c in cands if not areas.isdisjoint(m.areas_of(c[1]))]
        if len(supported) > 1:
            # "село Бяйлик Лачынского района": Bəylik is one Lachin village's name and another's variant (WOF's
            # Fərəcan): the place that goes by the name, where only one does and the others have it as a variant
            named = [c for c in supported if c[2].role != "variant"]
            if len(named) == 1 and named[0][0] >= max(c[0] for c in supported):
                supported = named
            elif spots:
                supported = _nearest(m, supported, a, b, spots)
        if len(key) < MIN_KEY:
            supported = [c for c in supported if c[0] >= SHORT_SIMILARITY]
            if not supported and unit_list and len(cands) == 1 and cands[0][0] >= SHORT_SIMILARITY:
                pass  # "The districts Kelbadjar, Lachyn": the list's noun names the kind; one place has the key
            elif not (cue or listed) or len(supported) != 1:
                continue
        if supported:
            if len(supported) != 1 or (opening and not (cue or listed or district) and supported[0][1].id not in areas):
                # a sentence's first word is capitalized anyway ("Moreover", "The Armenian"): there, the support
                # of another place of the district is not enough, the place itself must have been named before
                continue
            pick = supported[0]
            reason = "a place of the same district is mentioned"
        else:
            if not (cue or listed or district) or len(cands) != 1 or cands[0][0] < CUE_SIMILARITY:
                continue
            pick = cands[0]
            reason = "a settlement noun" if cue else ("a list with a found place" if listed else "a district noun")
        sim, place, name = pick
        monument = m.lexicon.monuments.get(place.id)
        if monument and not cue:
            near = fold(text[max(0, a - MONUMENT_WINDOW):b + MONUMENT_WINDOW])
            if any(_word_in(near, w) for w in monument):
                return None  # "Դադիվանք կամ Խութավանք, ... վանական համալիր": the monastery, as in the main passes
        if (district or list_district) and place.kind not in ("district", "province"):
            unit = m.district_of_centre(place.id)
            if unit is not None:
                place = unit
        others = tuple(c[1] for c in cands if c[1].id != place.id and c is not pick)
        return Mention(a, b, src, place, name, "variant", lang, others, round(sim * 100, 1), suffix,
                       f"variant of {name.text!r} (consonants {key}); {reason}")
    return None

