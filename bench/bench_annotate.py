"""Annotation speed and agreement: toponyms vs flashtext2, pyahocorasick (same fold + boundaries) and spaCy.

    /tmp/venv/bin/python bench/bench_annotate.py [--mb 10] [--seed 42] [--runs 3] [--write bench/RESULTS.md]

One process, one core. The gazetteer is ``toponyms.load()``; while it holds fewer than 1,000 places it is
extended with synthetic places from ``../shared/sources/geonames-az/karabakh_region_places.tsv`` (+ alternate
names from AZ.txt) so the automaton has a realistic size. The synthetic corpora are deterministic (``--seed``): the sample
article plus sentences written from templates in en/ru/hy/az, with names inflected by ``morphology.inflect``.
Three corpora: **real** (the issue's measure: every hand-annotated real passage of tests/cases/*/*.yaml and the
paragraphs of the sample article, in a seeded random order, repeated to size; ``--real FILE...`` takes other copy),
**news-like** (paragraphs of prose with about one name per 250 bytes, as in the sample article, prominent places
drawn far more often than villages) and **dense** (a name every ~160 bytes, names drawn uniformly: many rare
village names and inflections). Each corpus is given to every matcher as one text.

Every matcher gets the same text and the same name list (every stored form of every non-country place):
- toponyms: ``Matcher.annotate`` (suffixes, boundaries, filters, disambiguation, the variant pass), whole text at
  once; and again with ``variants=False``;
- flashtext2 ``KeywordProcessor(case_sensitive=False)``, whole text;
- pyahocorasick on ``fold_map`` keys, overlapping ``iter``, the same Unicode boundary filter, leftmost-longest
  (bare names only: no suffixes);
- spaCy ``blank("xx")`` + ``PhraseMatcher(attr="LOWER")``, per paragraph, on a slice (it is ~1 MB/s).
Agreement = share of toponyms spans the other matcher also returns (same start and end), and the reverse.

The repeated real corpus flatters toponyms: its memos (per word, per stem, per name pair) fill on the first
copy of a passage and answer the repeats, while a pipeline meets mostly new text. So the run starts, before any
other annotate in the process, with a **first pass**: every distinct real passage once, in the seeded order,
given to a fresh ``Matcher`` with every cache of the process still cold, then the same text again (warm), and
flashtext2 on it.
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import resource
import sys
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

import toponyms  # noqa: E402
from toponyms.fold import fold_map, is_word_char  # noqa: E402
from toponyms.gazetteer import Gazetteer  # noqa: E402
from toponyms.match import Matcher  # noqa: E402
from toponyms.model import Name, Place  # noqa: E402
from toponyms.morphology import inflect  # noqa: E402

SHARED = ROOT.parent / "shared"


# -- gazetteer ---------------------------------------------------------------------------------------------
def _lang_of(s: str) -> str | None:
    if re.search("[\u0531-\u0587]", s):
        return "hy"
    if re.search("[а-яА-ЯёЁ]", s):
        return None if re.search("[әғҹүөҝһјӘҒҸҮӨҜҺЈ]", s) else "ru"
    if re.search("[əğışçöüƏĞŞÇÖÜİ]", s):
        return "az"
    if re.fullmatch(r"[A-Za-z' -]+", s):
        return "en"
    return None


def synthetic_places(limit: int = 2500) -> list[Place]:
    tsv = SHARED / "sources" / "geonames-az" / "karabakh_region_places.tsv"
    az = SHARED / "sources" / "geonames-az" / "AZ.txt"
    if not tsv.exists():
        return []
    alts: dict[str, list[str]] = {}
    if az.exists():
        for line in az.read_text(encoding="utf-8").splitlines():
            f = line.split("\t")
            if len(f) > 3 and f[3]:
                alts[f[0]] = f[3].split(",")
    out = []
    for line in tsv.read_text(encoding="utf-8").splitlines()[1:limit + 1]:
        f = line.split("\t")
        gid, name, ascii_ = f[0], f[5], f[6]
        names: dict[tuple[str, str], Name] = {}
        for t, lang in [(name, _lang_of(name) or "az"), (ascii_, "en")] + [(a, _lang_of(a)) for a in alts.get(gid, [])]:
            t = t.strip()
            if lang is None or len(t) < 3 or (t, lang) in names:
                continue
            names[(t, lang)] = Name(t, lang, "az", "official" if t == name else "variant", source="geonames")
        kind = "town" if f[4].startswith("PPLA") else "village"
        out.append(Place(id=f"gn{gid}", kind=kind, names=tuple(names.values()), unit=f[3].lower().split()[0]))
    return out


def build_gazetteer() -> tuple[Gazetteer, str]:
    real = toponyms.load()
    if len(real) >= 1000:
        return real, f"toponyms.load(): {len(real)} places"
    extra = synthetic_places()
    return Gazetteer(list(real.places) + extra), f"toponyms.load() ({len(real)}) + {len(extra)} synthetic GeoNames places"


# -- corpus --------------------------------------------------------------------------------------------------
TEMPLATES = {
    "en": [
        "Officials in {A} said on Thursday that the road to {B} had reopened after repairs.",
        "Residents who fled {A} during the offensive returned to {B} this week, the ministry said.",
        "{A}'s mayor met the delegation from {B} and discussed the water supply.",
        "The convoy travelled from {A} through {B} to the border, according to local reports.",
        "A {A}-based group of volunteers rebuilt the school near {B} over the summer.",
        "The region, known to Armenians as Artsakh, lies east of {A}.",
    ],
    "ru": [
        "В {A:prep} в четверг открыли новую школу, сообщили власти {B:gen}.",
        "Колонна прошла через {A:acc} и направилась к {B:dat}, говорится в сообщении.",
        "Жители {A:gen} вернулись домой, а дорога между {B:ins} и столицей восстановлена.",
        "По данным министерства, в районе {A:gen} продолжаются восстановительные работы.",
        "Конфликт в Нагорном Карабахе затронул и {A:acc}.",
    ],
    "hy": [
        "{A:loc} բացվել է նոր դպրոց, հայտնում են {B:gen} իշխանությունները։",
        "Ավտոշարասյունը {A:abl} մեկնել է {B}, հաղորդում է նախարարությունը։",
        "{A:gen} բնակիչները վերադարձել են իրենց տները, իսկ {B:ins} անցնող ճանապարհը վերանորոգվել է։",
        "Արցախում և {A:loc} շարունակվում են աշխատանքները։",
    ],
    "az": [
        "{A:loc} yeni məktəb açılıb, {B:gen} icra hakimiyyəti məlumat yayıb.",
        "Karvan {A:abl} çıxaraq {B:dat} doğru hərəkət edib.",
        "{A:gen} sakinləri doğma yurda qayıdır, {B} kəndində isə tikinti davam edir.",
        "Prezident {A} rayonuna səfər edib və {B:rel} obyektlərlə tanış olub.",
        "Şuşada və {A:loc} bərpa işləri aparılır.",
    ],
}
FILLER = {
    "en": ["The statement did not give further details.", "Talks are expected to continue next month.",
           "The ministry said the figures would be updated on Friday.", "Prices for fuel and bread rose again in September.",
           "A spokesman declined to comment on the report when contacted by phone.",
           "The government approved a new budget for schools, roads and hospitals."],
    "ru": ["Подробности не сообщаются.", "Переговоры продолжатся в следующем месяце.",
           "В министерстве заявили, что данные будут обновлены в пятницу.", "Цены на топливо и хлеб снова выросли в сентябре.",
           "Представитель ведомства отказался от комментариев.", "Правительство утвердило новый бюджет на школы, дороги и больницы."],
    "hy": ["Մանրամասներ չեն հաղորդվում։", "Բանակցությունները կշարունակվեն հաջորդ ամիս։",
           "Նախարարությունից հայտնել են, որ տվյալները կթարմացվեն ուրբաթ օրը։", "Վառելիքի և հացի գները սեպտեմբերին կրկին աճել են։",
           "Գերատեսչության ներկայացուցիչը հրաժարվել է մեկնաբանություններից։"],
    "az": ["Ətraflı məlumat verilməyib.", "Danışıqların gələn ay davam etdirilməsi gözlənilir.",
           "Nazirlikdən bildirilib ki, rəqəmlər cümə günü yenilənəcək.", "Sentyabrda yanacaq və çörəyin qiyməti yenidən artıb.",
           "Qurumun nümayəndəsi məsələyə münasibət bildirməkdən imtina edib.", "Hökumət məktəblər, yollar və xəstəxanalar üçün yeni büdcəni təsdiqləyib."],
}


def build_corpus(g: Gazetteer, mb: float, seed: int) -> str:
    rnd = random.Random(seed)
    by_lang: dict[str, list[str]] = {lang: [] for lang in TEMPLATES}
    for p in g.places:
        if p.kind == "country":
            continue
        for n in p.names:
            if n.lang in by_lang and len(n.text) >= 4 and n.text[:1].isupper() and n.role != "romanization":
                by_lang[n.lang].append(n.text)
    for lang in by_lang:
        by_lang[lang] = sorted(set(by_lang[lang]))
    sample = "".join(p.read_text(encoding="utf-8") for p in sorted((SHARED / "samples").glob("*.txt")))
    target = int(mb * 1_000_000)
    parts: list[str] = []
    size = 0
    pat = re.compile(r"\{([AB])(?::(\w+))?\}")
    while size < target:
        if rnd.random() < 0.02:
            chunk = sample
        else:
            lang = rnd.choice(list(TEMPLATES))
            names = by_lang[lang]
            sentences = []
            for _ in range(rnd.randint(3, 8)):
                tmpl = rnd.choice(TEMPLATES[lang])

                def fill(m: re.Match, lang: str = lang, names: list[str] = names) -> str:
                    lemma = rnd.choice(names)
                    tag = m.group(2)
                    if not tag:
                        return lemma
                    form = inflect(lemma, lang, f"{lang}:{tag}")
                    return form or lemma

                sentences.append(pat.sub(fill, tmpl))
                # news density: roughly one place name per 300-400 bytes
                sentences.extend(rnd.choice(FILLER[lang]) for _ in range(rnd.randint(1, 4)))
            chunk = " ".join(sentences)
        parts.append(chunk + "\n\n")
        size += len(parts[-1].encode("utf-8"))
    return "".join(parts)


NEWS_FILLER = {
    "en": FILLER["en"] + [
        "The announcement came after weeks of negotiations between the two governments, which have yet to agree on a timetable.",
        "Humanitarian organisations said that food, medicine and fuel were still in short supply across the area.",
        "Analysts in the capital said the decision was likely to be challenged by the opposition in parliament.",
        "Journalists were not allowed to enter the area, and the information could not be independently verified.",
        "The foreign minister is expected to travel to Brussels next week for talks with European officials.",
    ],
    "ru": FILLER["ru"] + [
        "Заявление было сделано после нескольких недель переговоров между двумя правительствами, которые пока не согласовали сроки.",
        "Гуманитарные организации сообщили, что продовольствия, лекарств и топлива по-прежнему не хватает.",
        "Аналитики отмечают, что решение, скорее всего, будет оспорено оппозицией в парламенте.",
        "Журналистов в район не пустили, и эту информацию не удалось независимо проверить.",
    ],
    "hy": FILLER["hy"] + [
        "Հայտարարությունն արվել է երկու կառավարությունների միջև շաբաթներ տևած բանակցություններից հետո։",
        "Մարդասիրական կազմակերպությունները հայտնել են, որ սննդի, դեղորայքի և վառելիքի պակաս կա։",
        "Վերլուծաբանների կարծիքով՝ որոշումը, ամենայն հավանականությամբ, կվիճարկվի խորհրդարանում։",
        "Լրագրողներին թույլ չեն տվել մուտք գործել տարածք, և տեղեկությունը հնարավոր չէ անկախ ստուգել։",
    ],
    "az": FILLER["az"] + [
        "Bəyanat iki hökumət arasında həftələrdir davam edən danışıqlardan sonra verilib, lakin vaxt cədvəli hələ razılaşdırılmayıb.",
        "Humanitar təşkilatlar bildiriblər ki, ərzaq, dərman və yanacaq çatışmazlığı hələ də davam edir.",
        "Ekspertlərin fikrincə, qərar parlamentdə müxalifət tərəfindən etiraz ediləcək.",
        "Jurnalistlərin əraziyə daxil olmasına icazə verilməyib və məlumatı müstəqil şəkildə yoxlamaq mümkün olmayıb.",
    ],
}


def build_news_corpus(g: Gazetteer, mb: float, seed: int) -> str:
    """News-like copy: paragraphs of 4-10 sentences in one language, about one place name per 250 bytes (the
    sample article has 11 in 2.7 KB), prominent places far more often than villages (a Zipf draw over names
    ordered by kind), prose between the names; the sample article itself now and then."""
    from toponyms.gazetteer import KIND_RANK

    rnd = random.Random(seed)
    by_lang: dict[str, list[tuple[int, str]]] = {lang: [] for lang in TEMPLATES}
    for p in g.places:
        if p.kind == "country":
            continue
        for n in p.names:
            if n.lang in by_lang and len(n.text) >= 4 and n.text[:1].isupper() and n.role != "romanization":
                if n.lang == "az" and re.search("[\u0400-\u04ff]", n.text):
                    continue  # Azerbaijani news is written in Latin script (inflect() adds Latin suffixes)
                by_lang[n.lang].append((KIND_RANK.get(p.kind, 9), n.text))
    pools = {}
    for lang, xs in by_lang.items():
        names = [t for _, t in sorted(set(xs))]
        weights = [1.0 / (i + 1) for i in range(len(names))]
        pools[lang] = (names, weights)
    sample = "".join(p.read_text(encoding="utf-8") for p in sorted((SHARED / "samples").glob("*.txt")))
    target = int(mb * 1_000_000)
    parts: list[str] = []
    size = 0
    pat = re.compile(r"\{([AB])(?::(\w+))?\}")
    while size < target:
        if rnd.random() < 0.02:
            chunk = sample
        else:
            lang = rnd.choice(list(TEMPLATES))
            names, weights = pools[lang]

            def fill(m: re.Match, lang: str = lang, names: list[str] = names, weights: list[float] = weights) -> str:
                lemma = rnd.choices(names, weights)[0]
                tag = m.group(2)
                form = inflect(lemma, lang, f"{lang}:{tag}") if tag else None
                return form or lemma

            sentences = []
            for _ in range(rnd.randint(2, 5)):
                sentences.append(pat.sub(fill, rnd.choice(TEMPLATES[lang])))
                sentences.extend(rnd.choice(NEWS_FILLER[lang]) for _ in range(rnd.randint(2, 5)))
            chunk = " ".join(sentences)
        parts.append(chunk + "\n\n")
        size += len(parts[-1].encode("utf-8"))
    return "".join(parts)


# -- competitors -------------------------------------------------------------------------------------------
def real_passages(files: list[str] | None = None) -> list[str]:
    """Real copy: every passage of the hand-annotated sets (tests/cases/*/*.yaml, text fields) and the paragraphs
    of the sample article(s) in ../shared/samples; or the paragraphs of ``files`` (plain text, blank-line separated)."""
    out: list[str] = []
    if files:
        for f in files:
            out += [p.strip() for p in Path(f).read_text(encoding="utf-8").split("\n\n") if p.strip()]
        return out
    import yaml

    for f in sorted((ROOT / "tests" / "cases").glob("*/*.yaml")):
        for c in yaml.safe_load(f.read_text(encoding="utf-8")) or []:
            if isinstance(c, dict) and isinstance(c.get("text"), str):
                out.append(c["text"])
    for f in sorted((SHARED / "samples").glob("*.txt")):
        out += [p.strip() for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return out


def build_real_corpus(mb: float, seed: int, files: list[str] | None = None) -> tuple[str, int]:
    """Real passages in a seeded random order, separated by blank lines, repeated until ``mb`` MB; and how many
    distinct passages there are."""
    passages = real_passages(files)
    if not passages:
        raise SystemExit("bench_annotate: no real passages found (give --real FILE...)")
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    target = int(mb * 1e6)
    while size < target:
        batch = passages[:]
        rng.shuffle(batch)
        for p in batch:
            parts.append(p)
            size += len(p.encode("utf-8")) + 2
            if size >= target:
                break
    return "\n\n".join(parts), len(passages)


def name_list(g: Gazetteer) -> list[str]:
    return sorted({n.text for p in g.places if p.kind != "country" for n in p.names if len(n.text) >= 3})


def run_toponyms(g, text, **opts):
    t0 = time.perf_counter()
    m = Matcher(g)
    if opts.get("variants", True):
        m.variant_index()  # built on first use: part of the build, not of the search
    build = time.perf_counter() - t0
    t0 = time.perf_counter()
    out = m.annotate(text, **opts)
    find = time.perf_counter() - t0
    return build, find, {(x.start, x.end) for x in out}, len(out)


def run_flashtext2(names, text):
    from flashtext2 import KeywordProcessor

    t0 = time.perf_counter()
    kp = KeywordProcessor(case_sensitive=False)
    for n in names:
        kp.add_keyword(n)
    build = time.perf_counter() - t0
    t0 = time.perf_counter()
    out = kp.extract_keywords_with_span(text)
    find = time.perf_counter() - t0
    return build, find, {(a, b) for _, a, b in out}, len(out)


def run_pyahocorasick(names, text):
    import ahocorasick

    t0 = time.perf_counter()
    A = ahocorasick.Automaton()
    for n in names:
        k = fold_map(n).key.strip()
        A.add_word(k, len(k))
    A.make_automaton()
    build = time.perf_counter() - t0
    t0 = time.perf_counter()
    f = fold_map(text)
    key = f.key
    n = len(key)
    cands = []
    for end, length in A.iter(key):
        s = end - length + 1
        if s > 0 and is_word_char(key[s - 1]):
            continue
        if end + 1 < n and is_word_char(key[end + 1]):
            continue
        cands.append((s, end + 1))
    cands.sort(key=lambda x: (x[0], -x[1]))
    chosen = []
    last = -1
    for s, e in cands:
        if s >= last:
            chosen.append((s, e))
            last = e
    spans = set(f.spans(chosen))
    find = time.perf_counter() - t0
    return build, find, spans, len(chosen)


def run_spacy(names, text, limit_bytes):
    import spacy
    from spacy.matcher import PhraseMatcher

    t0 = time.perf_counter()
    nlp = spacy.blank("xx")
    pm = PhraseMatcher(nlp.vocab, attr="LOWER")
    pm.add("P", list(nlp.tokenizer.pipe(names)))
    build = time.perf_counter() - t0
    sl = text.encode("utf-8")[:limit_bytes].decode("utf-8", "ignore")
    sl = sl[: sl.rfind("\n\n") + 2] if "\n\n" in sl else sl
    t0 = time.perf_counter()
    spans = set()
    offset = 0
    for para in sl.split("\n\n"):
        doc = nlp.make_doc(para)
        for _, a, b in pm(doc):
            spans.add((offset + doc[a].idx, offset + doc[b - 1].idx + len(doc[b - 1].text)))
        offset += len(para) + 2
    find = time.perf_counter() - t0
    return build, find, spans, len(spans), sl


def measure_build_memory(fn) -> float:
    gc.collect()
    tracemalloc.start()
    obj = fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del obj
    return peak / 1e6


def _median_find(fn, runs: int):
    """Run ``fn`` (returning build, find, spans, n, ...) ``runs`` times; the median find time, last result."""
    finds = []
    r = None
    for _ in range(runs):
        r = fn()
        finds.append(r[1])
    finds.sort()
    return (r[0], finds[len(finds) // 2], *r[2:]), (finds[0], finds[-1])


def first_pass(g: Gazetteer, names: list[str], seed: int, files: list[str] | None) -> list[str]:
    """The distinct real passages once each: toponyms cold (the process's first annotate), then warm, and
    flashtext2; one run each (a second cold run needs a new process)."""
    passages = real_passages(files)
    random.Random(seed).shuffle(passages)
    text = "\n\n".join(passages)
    mb = len(text.encode("utf-8")) / 1e6
    m = Matcher(g)
    m.variant_index()
    t0 = time.perf_counter()
    n = len(m.annotate(text))
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    m.annotate(text)  # the same matcher: its memos now hold every word of the text
    warm = time.perf_counter() - t0
    lines = [f"**First pass over unseen copy**: the {len(passages):,} distinct real passages once ({mb:.1f} MB), one run each.", ""]
    lines += ["| matcher | find s | MB/s | mentions |", "|---|---|---|---|",
              f"| toponyms, first annotate of the process (cold memos) | {cold:.3f} | {mb / cold:.1f} | {n:,} |",
              f"| toponyms, the same text again (warm memos) | {warm:.3f} | {mb / warm:.1f} | {n:,} |"]
    try:
        _, f, _, n2 = run_flashtext2(names, text)
        lines.append(f"| flashtext2 (case_sensitive=False) | {f:.3f} | {mb / f:.1f} | {n2:,} |")
        lines += ["", f"toponyms / flashtext2 speed on unseen copy = **{f / cold:.2f}** (warm: {f / warm:.2f})."]
    except ImportError as e:
        lines.append(f"| flashtext2: skipped ({e}) | – | – | – |")
    return lines


def bench_corpus(label: str, text: str, g: Gazetteer, names: list[str], args) -> list[str]:
    nbytes = len(text.encode("utf-8"))
    mb = nbytes / 1e6
    rows = []
    (b, f, ref, n), rng = _median_find(lambda: run_toponyms(g, text), args.runs)
    mem = measure_build_memory(lambda: Matcher(g))
    rows.append(("toponyms (Matcher.annotate)", b, f, rng, mb / f, n, mem, 1.0, 1.0))
    tref = f
    (b, f, sp, n), rng = _median_find(lambda: run_toponyms(g, text, variants=False), args.runs)
    both = len(sp & ref)
    rows.append(("toponyms, variants=False", b, f, rng, mb / f, n, mem, both / len(ref) if ref else 0.0,
                 both / len(sp) if sp else 0.0))
    nv = f

    def agree(spans: set, ref_spans: set) -> tuple[float, float]:
        if not ref_spans or not spans:
            return 0.0, 0.0
        both = len(spans & ref_spans)
        return both / len(ref_spans), both / len(spans)

    ft2 = None
    try:
        (b, f, sp, n), rng = _median_find(lambda: run_flashtext2(names, text), args.runs)
        mem = measure_build_memory(lambda: run_flashtext2(names, "x"))
        rows.append(("flashtext2 (case_sensitive=False)", b, f, rng, mb / f, n, mem, *agree(sp, ref)))
        ft2 = f
    except ImportError as e:
        rows.append((f"flashtext2: skipped ({e})",) + (None,) * 8)
    try:
        (b, f, sp, n), rng = _median_find(lambda: run_pyahocorasick(names, text), args.runs)
        mem = measure_build_memory(lambda: run_pyahocorasick(names, "x"))
        rows.append(("pyahocorasick + same fold + boundaries", b, f, rng, mb / f, n, mem, *agree(sp, ref)))
    except ImportError as e:
        rows.append((f"pyahocorasick: skipped ({e})",) + (None,) * 8)
    try:
        b, f, sp, n, sl = run_spacy(names, text, int(args.spacy_mb * 1e6))
        smb = len(sl.encode("utf-8")) / 1e6
        ref_sl = {s for s in ref if s[1] <= len(sl)}
        mem = measure_build_memory(lambda: run_spacy(names, "x", 10))
        rows.append((f"spaCy PhraseMatcher LOWER (first {smb:.1f} MB, 1 run)", b, f, (f, f), smb / f, n, mem, *agree(sp, ref_sl)))
    except ImportError as e:
        rows.append((f"spaCy: skipped ({e})",) + (None,) * 8)

    lines = [
        f"**{label}**: {mb:.1f} MB ({len(text):,} code points), {nbytes / max(1, len(ref)):.0f} bytes per toponyms mention."
        + (f" **toponyms / flashtext2 speed = {ft2 / tref:.2f}** ({ft2 / nv:.2f} with variants=False)." if ft2 else ""),
        "",
        "| matcher | build s | find s (median; min–max) | MB/s | × toponyms speed | mentions | build peak MB (tracemalloc) | finds toponyms' spans | its spans in toponyms' |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        if r[1] is None:
            lines.append(f"| {r[0]} | – | – | – | – | – | – | – | – |")
            continue
        name, b, f, (lo, hi), speed, n, mem, rec, prec = r
        lines.append(f"| {name} | {b:.3f} | {f:.3f} ({lo:.3f}–{hi:.3f}) | {speed:.1f} | {speed / (mb / tref):.2f} | {n:,} | {mem:.1f} | {rec:.1%} | {prec:.1%} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=10.0, help="size of each corpus in MB (UTF-8)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--runs", type=int, default=3, help="runs per matcher; the median find time is reported")
    ap.add_argument("--spacy-mb", type=float, default=1.0, help="slice of the corpus given to spaCy")
    ap.add_argument("--write", help="also write the Markdown tables to this file")
    ap.add_argument("--real", nargs="+", metavar="FILE",
                    help="real copy for the 'real' corpus (plain text, paragraphs split on blank lines); default: "
                         "every passage of tests/cases/*/*.yaml and the ../shared/samples articles")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    g, gdesc = build_gazetteer()
    names = name_list(g)
    news = build_news_corpus(g, args.mb, args.seed)
    dense = build_corpus(g, args.mb, args.seed)
    real, nreal = build_real_corpus(args.mb, args.seed, args.real)
    print(f"gazetteer: {gdesc}; {len(names)} distinct name forms; corpora built in {time.perf_counter() - t0:.1f} s",
          file=sys.stderr)
    lines = [
        f"Gazetteer: {gdesc}; {len(names)} name forms (the same list for every engine). Python {sys.version.split()[0]}, "
        f"one process, one core; {args.runs} runs per matcher, median find time (min–max shown). Build = automaton or "
        "keyword-table construction (toponyms: Matcher(g), stems and suffix maps included).",
        "",
    ]
    lines += first_pass(g, names, args.seed, args.real)
    lines.append("")
    lines += bench_corpus(f"Real copy ({nreal:,} real passages in seeded random order, repeated)", real, g, names, args)
    lines.append("")
    lines += bench_corpus("News-like synthetic copy", news, g, names, args)
    lines.append("")
    lines += bench_corpus("Dense synthetic copy (secondary)", dense, g, names, args)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines += ["", f"Peak RSS of the whole run: {rss:.0f} MB."]
    table = "\n".join(lines)
    print(table)
    if args.write:
        Path(args.write).write_text("# bench_annotate results\n\n`" + " ".join(["/tmp/venv/bin/python bench/bench_annotate.py"] + (argv or sys.argv[1:])) + "`\n\n" + table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
