"""The annotator: case files (tests/cases/annotate/*.yaml), offsets, options, and the fallback engine."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml

from toponyms import match as match_mod
from toponyms.gazetteer import Gazetteer
from toponyms.match import Matcher
from toponyms.model import Name, Place

# -- a tiny gazetteer of real places built from literals ----------------------------------------------------
# Ids follow gazetteer/README.md (a unit has its file stem; a homonym of a unit takes its kind: shusha-city).


def N(text: str, lang: str, origin: str = "az", role: str = "official", **kw) -> Name:
    return Name(text=text, lang=lang, origin=origin, role=role, source=kw.pop("source", "curated"), **kw)


def _p(pid: str, kind: str, names: list[Name], **kw) -> Place:
    return Place(id=pid, kind=kind, names=tuple(names), **kw)


def places() -> list[Place]:
    return [
        _p("azerbaijan", "country", [N("Azərbaycan", "az"), N("Азербайджан", "ru"), N("Azerbaijan", "en"), N("Ադրբեջան", "hy", "hy")], country="AZ"),
        _p("armenia", "country", [N("Ermənistan", "az"), N("Армения", "ru"), N("Armenia", "en"), N("Հայաստան", "hy", "hy")], country="AM"),
        _p("russia", "country", [N("Rusiya", "az"), N("Россия", "ru"), N("Russia", "en"), N("Ռուսաստան", "hy", "hy")]),
        _p("yerevan", "city", [N("İrəvan", "az", "az", "exonym"), N("Ереван", "ru", "hy"), N("Yerevan", "en", "hy"), N("Երևան", "hy", "hy")], country="AM"),
        _p("baku", "city", [N("Bakı", "az"), N("Баку", "ru"), N("Baku", "en"), N("Բաքու", "hy", "hy")], country="AZ"),
        _p("karabakh", "region", [N("Qarabağ", "az", "shared"), N("Карабах", "ru", "shared"), N("Karabakh", "en", "shared"),
                                  N("Ղարաբաղ", "hy", "shared")], country="AZ"),
        _p("nagorno-karabakh", "historical-region", [
            N("Dağlıq Qarabağ", "az"), N("Нагорный Карабах", "ru", "ru"), N("Nagorno-Karabakh", "en", "ru", "common"),
            N("Լեռնային Ղարաբաղ", "hy", "hy"), N("Artsakh", "en", "hy", "common"), N("Արցախ", "hy", "hy"), N("Арцах", "ru", "hy", "common"),
        ], parent="karabakh", country="AZ"),
        _p("khankendi", "city", [
            N("Xankəndi", "az"), N("Ханкенди", "ru"), N("Khankendi", "en"), N("Stepanakert", "en", "hy", "common"),
            N("Степанакерт", "ru", "hy", "common"), N("Ստեփանակերտ", "hy", "hy"), N("Step’anakert", "en", "hy", "romanization", scheme="bgn-pcgn", source="derived"),
        ], unit="khankendi", country="AZ"),
        _p("xankendi-ismayilli", "village", [N("Xankəndi", "az"), N("Ханкенди", "ru")], unit="ismayilli", country="AZ"),
        _p("shusha", "district", [N("Şuşa", "az"), N("Шуша", "ru"), N("Shusha", "en")], centre="shusha-city", country="AZ"),
        _p("shusha-city", "city", [
            N("Şuşa", "az"), N("Шуша", "ru"), N("Шуши", "ru", "hy", "common"), N("Shusha", "en"), N("Shushi", "en", "hy", "common"),
            N("Շուշի", "hy", "hy"),
        ], unit="shusha", country="AZ"),
        _p("aghdam", "district", [N("Ağdam", "az"), N("Агдам", "ru"), N("Aghdam", "en"), N("Agdam", "en", role="variant")], centre="aghdam-town"),
        _p("aghdam-town", "city", [N("Ağdam", "az"), N("Агдам", "ru"), N("Aghdam", "en"), N("Agdam", "en", role="variant"),
                                   N("Ակնա", "hy", "hy"), N("Աղդամ", "hy")], unit="aghdam"),
        _p("aghdam-khojavend", "village", [N("Ağdam", "az"), N("Агдам", "ru"), N("Aghdam", "en"), N("Հակակու", "hy", "hy")], unit="khojavend"),
        _p("khojavend", "district", [N("Xocavənd", "az"), N("Ходжавенд", "ru"), N("Khojavend", "en")], centre="khojavend-town"),
        _p("khojavend-town", "city", [N("Xocavənd", "az"), N("Ходжавенд", "ru"), N("Khojavend", "en"), N("Martuni", "en", "hy", "common"),
                                      N("Մարտունի", "hy", "hy"), N("Мартуни", "ru", "hy", "common")], unit="khojavend"),
        _p("sos", "village", [N("Sos", "az"), N("Սոս", "hy", "hy"), N("Sos", "en", "shared")], unit="khojavend"),
        _p("hadrut", "town", [N("Hadrut", "az", "shared"), N("Hadrut", "en", "shared"), N("Гадрут", "ru", "shared"), N("Հադրութ", "hy", "shared")], unit="khojavend"),
        _p("gegharkunik", "province", [N("Gegharkunik", "en", "hy"), N("Գեղարքունիք", "hy", "hy"), N("Гехаркуник", "ru", "hy"), N("Göyçə", "az")], country="AM"),
        _p("martuni-gegharkunik", "town", [N("Martuni", "en", "hy"), N("Մարտունի", "hy", "hy"), N("Мартуни", "ru", "hy")], unit="gegharkunik", country="AM"),
        _p("lachin", "district", [N("Laçın", "az"), N("Лачин", "ru"), N("Lachin", "en")], centre="lachin-town"),
        _p("lachin-town", "town", [N("Laçın", "az"), N("Лачин", "ru"), N("Lachin", "en"), N("Berdzor", "en", "hy", "common"), N("Բերձոր", "hy", "hy")], unit="lachin"),
        _p("fuzuli", "district", [N("Füzuli", "az"), N("Физули", "ru"), N("Fuzuli", "en"), N("Fizuli", "en", role="variant")], centre="fuzuli-city"),
        _p("fuzuli-city", "city", [N("Füzuli", "az"), N("Физули", "ru"), N("Fuzuli", "en"), N("Fizuli", "en", role="variant"),
                                   N("Varanda", "en", "hy", "common"), N("Վարանդա", "hy", "hy")], unit="fuzuli"),
        _p("aghdara", "district", [N("Ağdərə rayonu", "az"), N("Ağdərə", "az", role="variant"), N("Aghdara District", "en"), N("Агдеринский район", "ru")], centre="aghdara-town"),
        _p("aghdara-town", "town", [N("Ağdərə", "az"), N("Агдере", "ru"), N("Aghdara", "en"), N("Agdere", "en", role="common"), N("Martakert", "en", "hy", "common"), N("Mardakert", "en", "hy", "variant"),
                                   N("Мардакерт", "ru", "hy", "common"), N("Մարտակերտ", "hy", "hy")]),
        _p("janyatag", "village", [N("Çanyataq", "az"), N("Ճանկաթաղ", "hy", "hy"), N("Джанятаг", "ru"), N("Janyatag", "en", role="common"),
                                   N("Chankatagh", "en", "hy", "common")], unit="aghdara"),
        _p("kalbajar-town", "town", [N("Kəlbəcər", "az"), N("Кельбаджар", "ru"), N("Kalbajar", "en"), N("Karvachar", "en", "hy", "common"),
                                    N("Քարվաճառ", "hy", "hy"), N("Карвачар", "ru", "hy", "common")]),
        _p("bala-bahmanli", "village", [N("Bala", "az"), N("Бала", "ru"), N("Bala", "en")], unit="fuzuli"),
        _p("vank", "village", [N("Vəng", "az"), N("Վանք", "hy", "hy"), N("Vank", "en", "hy", "common"), N("Ванк", "ru", "hy")], unit="aghdara"),
        _p("lachin-corridor", "corridor", [N("Laçın dəhlizi", "az"), N("Лачинский коридор", "ru"), N("Lachin corridor", "en"), N("Լաչինի միջանցք", "hy", "hy")]),
        _p("jabrayil-town", "town", [N("Cəbrayıl", "az"), N("Джебраил", "ru"), N("Jabrayil", "en")]),
        _p("zangilan-town", "town", [N("Zəngilan", "az"), N("Зангилан", "ru"), N("Zangelan", "ru", role="variant"), N("Zangilan", "en")]),
        _p("khojaly-town", "town", [N("Xocalı", "az"), N("Ходжалы", "ru"), N("Khojaly", "en"), N("Խոջալու", "hy", "hy", "variant")], unit="khojaly"),
        _p("shushakend", "village", [N("Şuşakənd", "az"), N("Шушакенд", "ru"), N("Shushakend", "en")], unit="khojaly"),
        _p("asgaran", "town", [N("Əsgəran", "az"), N("Аскеран", "ru"), N("Askeran", "en", role="common"), N("Asgaran", "en"), N("Ասկերան", "hy", "hy")], unit="khojaly"),
        _p("aghavno", "village", [N("Zabux", "az"), N("Забух", "ru"), N("Aghavno", "en", "hy"), N("Աղավնո", "hy", "hy")], unit="lachin"),
        _p("qazax", "district", [N("Qazax", "az"), N("Газах", "ru"), N("Gazakh", "en"), N("Ղազախ", "hy")]),
        _p("nkao", "historical-region", [N("NKAO", "en", "ru"), N("НКАО", "ru", "ru"), N("Нагорно-Карабахская автономная область", "ru", "ru"), N("ԼՂԻՄ", "hy", "hy")]),
    ]


CASES = Path(__file__).parent / "cases" / "annotate"


def _load_cases() -> list[tuple[str, int, dict]]:
    out = []
    for f in sorted(CASES.glob("*.yaml")):
        for i, case in enumerate(yaml.safe_load(f.read_text(encoding="utf-8")) or []):
            out.append((f.stem, i, case))
    return out


ALL_CASES = _load_cases()


@pytest.fixture(scope="module")
def mini():
    return Gazetteer(places())


def _check(g, case):
    text = case["text"]
    got = g.matcher.annotate(text, **case.get("options", {}))
    for m in got:
        assert text[m.start:m.end] == m.text
    pairs = [(m.text, m.place.id) for m in got]
    want = [(e["text"], e["id"]) for e in case.get("expect") or []]
    assert pairs == want, f"{case['why']}\n got: {[(m.text, m.place.id, m.how, m.suffix, m.why) for m in got]}"
    for m, e in zip(got, case.get("expect") or []):
        for field in ("how", "suffix", "lang"):
            if field in e:
                assert getattr(m, field) == e[field], (m.text, field)


@pytest.mark.parametrize("lang,i,case", ALL_CASES, ids=[f"{a}-{b}" for a, b, _ in ALL_CASES])
def test_case_mini(mini, lang, i, case):
    _check(mini, case)


def test_cases_have_sources():
    for lang, i, case in ALL_CASES:
        assert case.get("source") and case.get("why"), (lang, i)


def _pairs(text: str) -> list[tuple[str, str]]:
    """(span, place id) of each mention of ``text`` found with the bundled gazetteer."""
    import toponyms

    return [(m.text, m.place.id) for m in toponyms.load().annotate(text)]


# -- properties -----------------------------------------------------------------------------------------------
_PIECES = ["Şuşa", "Şuşada", "XANKƏNDİ", "İ", "և", "Երևան", "Ստեփանակերտում", "Степанакерте", "Ш\u0443\u0301ша",
           "S\u0327us\u0327a", "Şu\u00adşa", "Nagorno\u00a0Karabakh", "Nagorno\n  Karabakh", " ", "  ", ".", "«", "»",
           "-", "’s", "'", "ё", "ЁЖ", "\u200b", "a", "Stepanakert", "Шуши", "Martuni", "\u0307", "ﬓ", "ß", "ǰ"]


def test_offsets_property(mini):
    rnd = random.Random(7)
    for _ in range(400):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 14)))
        for m in mini.matcher.annotate(text):
            assert text[m.start:m.end] == m.text
            assert 0 <= m.start < m.end <= len(text)


def test_nfd_and_soft_hyphen(mini):
    for text, want in [("S\u0327us\u0327ada", "S\u0327us\u0327ada"), ("Şu\u00adşa", "Şu\u00adşa"), ("İ Xankəndi", "Xankəndi")]:
        got = mini.matcher.annotate(text)
        assert [m.text for m in got] == [want]


def test_kinds_option(mini):
    text = "Azerbaijan and Armenia fought over Karabakh."
    assert [m.place.id for m in mini.matcher.annotate(text)] == ["karabakh"]
    got = mini.matcher.annotate(text, kinds=["country", "region"])
    assert [m.place.id for m in got] == ["azerbaijan", "armenia", "karabakh"]


def test_langs_option(mini):
    text = "Stepanakert, Степанакерт, Ստեփանակերտ"
    assert [m.lang for m in mini.matcher.annotate(text, langs=["ru"])] == ["ru"]


def test_candidates_kept(mini):
    (m,) = mini.matcher.annotate("Ağdam")
    assert m.place.id == "aghdam-town"
    assert {p.id for p in m.candidates} == {"aghdam", "aghdam-khojavend"}
    # another place of Khojavend district in the text decides for the village
    got = mini.matcher.annotate("Hadrut yaxınlığındakı Ağdam kəndi")
    assert got[-1].place.id == "aghdam-khojavend"


def test_caseless_text_allows_lower_case(mini):
    assert [m.place.id for m in mini.matcher.annotate("shusha and stepanakert")] == ["shusha-city", "khankendi"]
    assert mini.matcher.annotate("Shusha and stepanakert")[1:] == []


def test_fuzzy(mini):
    text = "Shelling in Stepanakrt and Nagorno-Karabkh."
    # the main passes find no misspelling; the variant pass takes a one-edit typo of a prominent name, and a
    # spelling its consonants confirm in a list with it (tests/test_variants.py)
    assert [m.text for m in mini.matcher.annotate(text, variants=False)] == []
    assert [(m.text, m.how) for m in mini.matcher.annotate(text)] == [("Stepanakrt", "variant"),
                                                                     ("Nagorno-Karabkh", "variant")]
    got = mini.matcher.annotate(text, fuzzy=True)
    assert [(m.text, m.place.id, m.how) for m in got] == [("Stepanakrt", "khankendi", "fuzzy"), ("Nagorno-Karabkh", "nagorno-karabakh", "fuzzy")]
    assert all(m.score < 100 for m in got)


def test_fallback_engine_agrees(mini, monkeypatch):
    fast = Matcher(mini)
    monkeypatch.setattr(match_mod, "_acrs", None)
    slow = Matcher(mini)
    assert slow._ac is None
    for _, _, case in ALL_CASES:
        opts = case.get("options", {})
        a = [(m.start, m.end, m.place.id) for m in fast.annotate(case["text"], **opts)]
        b = [(m.start, m.end, m.place.id) for m in slow.annotate(case["text"], **opts)]
        assert a == b, case["text"]


def test_gazetteer_annotate_uses_matcher(mini):
    assert [m.text for m in mini.annotate("в Степанакерте")] == ["Степанакерте"]


def test_ru_district_adjectives_full_gazetteer():
    """District adjectives: from the district's own Russian name (Джабраильский район), an elliptic list (a bare
    adjective before a comma, a plural район later in the sentence), and no district reading without the noun."""
    import toponyms

    g = toponyms.load()

    def pairs(t):
        return [(m.text, m.place.id) for m in g.annotate(t)]

    # Гуйчаг (Quycaq) has no stored Russian form: the variant pass finds it (next to its district, after село)
    assert pairs("село Гуйчаг Джабраильского района") == [("Гуйчаг", "guyjag"), ("Джабраильского района", "jabrayil")]
    assert pairs("в Кельбаджарском и Джабраильском районах") == [("Кельбаджарском", "kalbajar"),
                                                                 ("Джабраильском районах", "jabrayil")]
    assert pairs("2 села Физулинского, 3 - Джебраильского, по одному в Губадлинском и Зангиланском районах") == [
        ("Физулинского", "fuzuli"), ("Джебраильского", "jabrayil"), ("Губадлинском", "qubadli"),
        ("Зангиланском районах", "zangilan")]
    # no plural район in the sentence, or a feminine adjective: not a district
    assert pairs("жители Физулинского, а затем. В районах") == []
    assert pairs("у Шушинской, у районов") == []


def test_domain_prior_karabakh_over_outside():
    """With no context, the Karabakh candidate wins (Martuni: the Khojavend town); Armenian context still decides."""
    import toponyms

    g = toponyms.load()
    assert [m.place.id for m in g.annotate("Shelling hit Martuni overnight.")] == ["khojavend-town"]
    assert g.annotate("Martuni, Vardenis and Sevan in Armenia")[0].place.id.startswith("martuni-gegharkunik")


def test_lead_generic_nouns_en():
    """'the district of X' (adjectives between allowed), 'that of Y' (the noun said before), and a dash-opened list
    after a plural noun."""
    import toponyms

    g = toponyms.load()

    def ids(t):
        return [m.place.id for m in g.annotate(t)]

    assert ids("The district of Kalbajar, like that of Agdam and that of Lachin.") == ["kalbajar", "aghdam", "lachin"]
    assert ids("three districts around it - Agdam, Kalbajar and Lachin - were returned") == [
        "aghdam", "kalbajar", "lachin"]
    # held-out 44 (trtavaz): a dash between a road's end points opens no list for a plural noun before the road
    assert ids("в ходе визита в освобожденные районы заложил фундамент дорог Физули - Гадрут и Гадрут - Джебраил.")[1:] == [
        "hadrut", "hadrut", "jabrayil-town"]
    assert ids("the city of Kalbajar") == ["kalbajar-town"]
    # today.az (held-out 43): adjectives between "the" and the noun; a superlative names what the place holds
    assert ids("from Soyudlu gold deposit in the occupied Azerbaijani region of Kalbajar.")[-1:] == ["kalbajar"]
    assert ids("the mountainous district of Lachin") == ["lachin"]
    assert ids("the largest town of Lachin") == ["lachin-town"]


def test_generic_noun_makes_context():
    """'Ağdam rayon' is the district alone, so it supports the Ağdam Qaradağlı over the Shusha one."""
    import toponyms

    g = toponyms.load()
    ms = g.annotate("Ağdam rayon Qaradağlı kənd Mədəniyyət evində, Şuşanın işğalının il dönümü")
    assert ms[1].text == "Qaradağlı" and ms[1].place.id.startswith("garadaghli-aghdam")


def test_qualifier_makes_another_place():
    """'Беюк Тагавард' (not stored) is not Тагавард; a stored compound matches whole; the Armenian 'lower', 'big'
    and 'small' qualify too (held-out 93, 96, 70, 99)."""
    import toponyms

    g = toponyms.load()
    assert [m.text for m in g.annotate("Беюк Тагавард и Тагавард")] == ["Тагавард"]
    assert g.annotate("Беюк Тагавард и Тагавард")[0].start == len("Беюк Тагавард и ")
    assert [m.text for m in g.annotate("село Ашагы Маральян")] == ["Ашагы Маральян"]
    assert [(m.text, m.place.id) for m in g.annotate("В селах Хндзореск и Неркин Хндзореск Сюникской области")] \
        == [("Хндзореск", "khndzoresk"), ("Неркин Хндзореск", "nerkin-khndzoresk"), ("Сюникской области", "syunik")]
    assert [(m.text, m.place.id) for m in g.annotate("Khndzoresk, Hartashen, Nerqin Khndzoresk")][2] \
        == ("Nerqin Khndzoresk", "nerkin-khndzoresk")
    assert [m.place.id for m in g.annotate("проживает в селе Покр Веди Араратской области")] == ["pokr-vedi", "ararat"]
    # a village the gazetteer lacks: not Verin Tsaghkavan (held-out 99), not Shorzha (held-out 17, 61, 71, 86)
    assert g.annotate("A secondary school in Nerkin Tsaghkavan will have a renovated canteen") == []
    assert [m.text for m in g.annotate("Վերին Շորժա, Ներքին Շորժա")] == ["Վերին Շորժա"]


def test_economic_region_whole_and_inflected():
    """'iqtisadi rayonu' is part of the official name and takes the case endings as a whole; the bare 'Şərqi
    Zəngəzur' is the region, not Şərqi + a Syunik village (the importer rejects Zəngəzur on Hartashen)."""
    import toponyms

    g = toponyms.load()
    got = _pairs("Kənd Şərqi Zəngəzur İqtisadi rayonuna daxildir.")
    assert got == [("Şərqi Zəngəzur İqtisadi rayonuna", "east-zangezur-economic-region")]
    got = _pairs("Köç karvanı Şərqi Zəngəzurda.")
    assert got == [("Şərqi Zəngəzurda", "east-zangezur-economic-region")]
    assert [m.place.id for m in g.annotate("Ermənistan Zəngəzur deyir")] == []


def test_hy_u_stem_v_forms():
    """Final -ու is -վ- before a vowel-initial ending (Բաքվում, Բաքվից); the -ու- forms still match."""
    import toponyms

    g = toponyms.load()
    got = [(m.text, m.place.id, m.suffix) for m in g.annotate("Բաքվում և Բաքվից, Բաքվի")]
    assert got == [("Բաքվում", "baku", "hy:loc"), ("Բաքվից", "baku", "hy:abl"), ("Բաքվի", "baku", "hy:gen")]
    assert [m.text for m in g.annotate("Խոջալուի և Խոջալվի")] == ["Խոջալուի", "Խոջալվի"]


def test_az_genitive_before_settlement_is_district():
    """'Cəbrayılın Xudafərin qəsəbəsi', 'Füzulinin Dövlətyarlı kəndinin': 'X rayonunun Y kəndi' shortened."""
    import toponyms

    g = toponyms.load()
    got = _pairs("Cəbrayılın Xudafərin qəsəbəsi bərpa olunur.")
    assert got == [("Cəbrayılın", "jabrayil"), ("Xudafərin", "khudaferin")]
    assert g.annotate("Füzulinin Dövlətyarlı kəndinin sakinləri")[0].place.id == "fuzuli"
    assert g.annotate("Şuşanın küçələri")[0].place.id == "shusha-city"  # no settlement noun: the town


def test_personal_names_need_support():
    """A given name that is a village name (Նարեկ) is a person unless another mention supports the place."""
    import toponyms

    g = toponyms.load()
    assert [m.text for m in g.annotate("Բերձորի համայնքապետ Նարեկ Ալեքսանյանի հետ։")] == ["Բերձորի"]
    assert [m.place.id for m in g.annotate("Արարատի մարզի Նարեկ գյուղում")] == ["ararat", "narek"]


def test_plural_list_unknown_items():
    """An item the gazetteer does not know (a capitalized word of the same script between joiners) does not break
    a list cued by a plural noun; it carries no mention."""
    import toponyms

    g = toponyms.load()

    def ids(t):
        return [m.place.id for m in g.annotate(t)]

    assert ids("Kəlbəcər, Ağdam, Zərdabxan, Şuşa və Xocalı rayonlarında işlər gedir.") == [
        "kalbajar", "aghdam", "shusha", "khojaly"]
    assert ids("Aid reached the districts of Lachin, Agdam, Zardabkhan and Fuzuli last week.") == [
        "lachin", "aghdam", "fuzuli"]
    # a lower-case word between the names is not a list item: the town stays a town
    assert ids("Ağdam, bazar və Xocalı rayonları") [0] != "aghdam"
    # up to six unknown items between two known ones (held-out 112: the flood's districts)
    assert ids("ən çox Gədəbəy, Oğuz, Qəbələ, İsmayıllı, Quba və Ağdaş rayonları zərər çəkib.") == ["gadabay"]


def test_az_locative_direction_words_open_list_items():
    """'şimalda X, şərqdə Y ... rayonları': locative direction words open an item like the ablative şərqdən."""
    import toponyms

    g = toponyms.load()
    got = [m.place.id for m in g.annotate("Qərbdə Laçın, şimal-qərbdə Kəlbəcər, cənub-şərqdə Füzuli, şərqdə Ağdam rayonları yerləşir.")]
    assert got == ["lachin", "kalbajar", "fuzuli", "aghdam"]


@pytest.mark.parametrize("text, expected", [
    # a building or work named after a place is not the place (held-out 4 and 5 copy)
    ("Dadivank monastery was handed over.", []),
    ("the Barda Mosque was restored", []),
    ("Hakari Bridge", []),
    # a feature noun right before the name, on the same line
    ("Река Тертер вышла из берегов", []),
    ("near Lake Sevan in Armenia", []),
    # an Armenian stream and a town's quarter named like a village (held-out 26, 38, 53)
    ("Արփա գետի ձախակողմյան վտակ Արտավան գետակի ակունքի շրջանում", []),
    ("Վահանավանքը գտնվում է Կապան քաղաքի Շղարշիկ թաղամասի դիմաց", [("Կապան", "kapan")]),
    # a mosque with a name of its own is of the town it stands in; the Monastery of Tatev is the monastery
    # (held-out 22, 76, 81)
    ("The historic Juma Mosque of Aghdam in Karabakh was restored.",
     [("Aghdam", "aghdam-town"), ("Karabakh", "karabakh")]),
    ("The Monastery of Tatev is a 9th century Armenian monastery.", []),
    # a reservoir's lake (held-out 21, 88)
    ("Şərur rayonunu suvarma suyu ilə təmin edən Arpaçay dəryaçası dolub-daşsa da", [("Şərur", "sharur-district")]),
    ("of Baku\n\nriver Xankəndi in", [("Baku", "baku")]),  # nouns do not reach across a blank line
    # Azerbaijani: a centre's genitive before a noun of the district's parts names the district
    ("1993-cü il avqustun 23-də Füzulinin 51 kəndi və rayon mərkəzi ermənilər tərəfindən işğal olunub",
     [("Füzulinin", "fuzuli")]),
    ("Bildirildi ki, qəsəbə Kəlbəcərin qərb hissəsində yerləşir.", [("Kəlbəcərin", "kalbajar")]),
    ("Ağdamın mərkəzində", [("Ağdamın", "aghdam-town")]),
])
def test_feature_nouns_and_district_parts(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # qəsəbə is an urban-type settlement: a village of the gazetteer can be one; the district around decides
    ("Prezident İlham Əliyev Kəlbəcər rayonunun İstisu qəsəbəsinin təməlini qoyub.",
     [("Kəlbəcər", "kalbajar"), ("İstisu", "istisu")]),
    # institutions and eras, not the villages Milli and Sovetlər
    ("Milli Məclisin iclasında", []),
    ("Sovetlər dövründə kənd böyüdü", []),
    ("İstərsə Sovetlər Birliyi dönəmində, istərsə də müstəqillik illərində", []),  # held-out 59, 71: the USSR
    ("Sovetlər kəndində", [("Sovetlər", "sovetlar")]),
])
def test_azerbaijani_settlement_nouns_and_institutions(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a given name before a family name is a person (Vahan is also a village)
    ("Vahan Zakyan said the road was open.", []),
    ("Laçın Hüseynovun sözlərinə görə", []),
    # two spaces between the names too (held-out 89: "Հադրութի շրջանի վարչակազմի ղեկավար Կամո  Պետրոսյանը")
    ("Հադրութի շրջանի վարչակազմի ղեկավար Կամո  Պետրոսյանը։", [("Հադրութի", "hadrut-district")]),
    # not an ethnonym, a noun in -ության, or an inflected place before a name
    ("Karabakh Armenians left for Goris.", [("Karabakh", "karabakh"), ("Goris", "goris")]),
    ("Արցախի Հանրապետության կառավարությունը", [("Արցախի", "nagorno-karabakh")]),
    # a month abbreviation is not a family name in -ov (held-out 53: the wire's dateline style)
    ("Gurbanov told reporters in Baku Nov. 23.", [("Baku", "baku")]),
])
def test_family_name_after(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare list of three or more names that can all be districts is the districts
    ("Xankəndi şimaldan Kəlbəcər, Tərtər, Ağdərə, Ağdam ilə həmsərhəddir.",
     [("Xankəndi", "khankendi"), ("Kəlbəcər", "kalbajar"), ("Tərtər", "tartar"), ("Ağdərə", "aghdara"), ("Ağdam", "aghdam")]),
    # a shared case ending keeps the towns (schools in Shusha, Aghdam and Fuzuli)
    ("Şuşa, Ağdam, Füzulidə məktəblər tikilir.", [("Şuşa", "shusha-city"), ("Ağdam", "aghdam-town"), ("Füzulidə", "fuzuli-city")]),
    # after three or more bare ones, an inflected closing item is a district too; a closing item with a singular noun
    # of its own does not break the list (held-out 57)
    ("mayın 10-dan 16-dək Tərtər, Ağdam, Füzuli, Şuşa, Qubadlı, Cəbrayıl və Zəngilanda aparılan tədbirlər zamanı",
     [("Tərtər", "tartar"), ("Ağdam", "aghdam"), ("Füzuli", "fuzuli"), ("Şuşa", "shusha"), ("Qubadlı", "qubadli"),
      ("Cəbrayıl", "jabrayil"), ("Zəngilanda", "zangilan")]),
    ("Tədbirlərimiz Füzuli, Zəngilan, Cəbrayıl, Qubadlı, Ağdam, Xocavənd və Şuşa şəhəri ərazisində davam etdirilir.",
     [("Füzuli", "fuzuli"), ("Zəngilan", "zangilan"), ("Cəbrayıl", "jabrayil"), ("Qubadlı", "qubadli"),
      ("Ağdam", "aghdam"), ("Xocavənd", "khojavend"), ("Şuşa", "shusha-city")]),
    # ... unless the list goes on after that noun: settlements (held-out 35)
    ("schools in Shusha, Fuzuli, Zangilan, Lachin city, Talish village, and Sugovushan settlement",
     [("Shusha", "shusha-city"), ("Fuzuli", "fuzuli-city"), ("Zangilan", "zangilan-town"), ("Lachin", "lachin-town"),
      ("Talish", "talish"), ("Sugovushan", "sugovushan")]),
])
def test_bare_district_lists(text, expected):
    assert _pairs(text) == expected


def test_villages_named_like_their_province():
    # Сюник and Тавуш are stored for the villages only (the sources give the provinces "Сюникская область",
    # "Тавушская область"): in copy they are the provinces, unless context supports the village
    import toponyms

    g = toponyms.load()
    assert _pairs("Губернатор Сюника заявил, что в Сюнике и Тавуше спокойно.") == [
        ("Сюника", "syunik"), ("Сюнике", "syunik"), ("Тавуше", "tavush")]
    m = g.annotate("в Сюнике")[0]
    assert [c.id for c in m.candidates] == ["syunik-village"]


def test_russian_province_adjectives_in_a_list():
    # "Сюникской и Гегаркуникской областей": each adjective names its province, the last takes the noun
    assert _pairs("губернаторы Сюникской и Гегаркуникской областей") == [
        ("Сюникской", "syunik"), ("Гегаркуникской областей", "gegharkunik")]
    assert _pairs("в Сюникской области") == [("Сюникской области", "syunik")]


@pytest.mark.parametrize("text, expected", [
    # a reference passage on a district: what it borders are districts (fact-info.az, held-out 8)
    ("Jabrayil region is situated in the south of the Azerbaijan Republic. It border on the Iran Islamic Republic in "
     "the south, Zangilan in the south-west, Gubadli in the west, Khojavend in the north, Fizuli in the east.",
     [("Jabrayil", "jabrayil"), ("Zangilan", "zangilan"), ("Gubadli", "qubadli"), ("Khojavend", "khojavend"),
      ("Fizuli", "fuzuli")]),
    ("Füzuli Cəbrayıl, Xocavənd və Ağdam ilə həmsərhəddir.",
     [("Füzuli", "fuzuli"), ("Cəbrayıl", "jabrayil"), ("Xocavənd", "khojavend"), ("Ağdam", "aghdam")]),
    # the noun "border" is not the verb
    ("Armenian forces crossed the border near Lachin.", [("Lachin", "lachin-town")]),
    # Armenian names are inflected there: the NKR Martuni and Askeran regions are the districts the gazetteer
    # stores them under (Մարտունու շրջան, Ասկերանի շրջան); the sentence ends at the Armenian full stop
    ("Հյուսիսում սահմանակից է Մարտունիի, Ասկերանի, հարավում՝ Քաշաթաղի շրջանին։ Մարտունին ռմբակոծվել է։",
     [("Մարտունիի", "khojavend"), ("Ասկերանի", "khojaly"), ("Քաշաթաղի", "kashatagh"), ("Մարտունին", "khojavend-town")]),
    ("Շահումեանը արեւելքից սահմանակցում է Մարտակերտին։", [("Շահումեանը", "ashaghi-aghjakend"), ("Մարտակերտին", "aghdara")]),
])
def test_bordering_units(text, expected):
    assert _pairs(text) == expected


def test_month_names_in_dates_are_not_villages():
    # Մայիս (May) is also a village of Armavir: "Մայիսի 27-ին" is a date (held-out 9)
    import toponyms

    g = toponyms.load()
    assert g.annotate("Մայիսի 27-ին՝ ժամը 10:00-ից") == []
    assert _pairs("Մայիս գյուղում") == [("Մայիս", "mayis")]
    # Western Armenian dates, the day before or after the month (azator.gr, held-out 10)
    assert g.annotate("8 Մայիսը պատմութիւն կերտած յիշարժան թուական դարձաւ") == []
    assert g.annotate("պաշտօնապէս Մայիս 9ին կը մեծարէ") == []


@pytest.mark.parametrize("text, expected", [
    # a unit named after a place inside it, in the language of the stored name: Ասկերանի շրջան is the Khojaly
    # district's Armenian name; in English, Askeran is the town
    ("Ասկերանի շրջանի գյուղերը", [("Ասկերանի", "khojaly")]),
    ("the Askeran market", [("Askeran", "asgaran")]),
    # a province is not named after its centre: the Kapan region (a former raion) is not Syunik; a formal district
    # noun after a town that names no stored unit drops it (the Kapan region), loose English "region" keeps it; the
    # NKR Hadrut region is the NKAO's Hadrut district, a record of its own
    ("Սյունիքի մարզի Շիկահող գյուղը Կապանի տարածաշրջանի հնագույն բնակավայրերից է:",
     [("Սյունիքի", "syunik"), ("Շիկահող", "shikahogh")]),
    ("Հադրութի շրջանի Տող գյուղում", [("Հադրութի", "hadrut-district"), ("Տող", "tugh")]),
    ("the Sotk village in the Vardenis region", [("Sotk", "sotk"), ("Vardenis", "vardenis")]),
    # a city that is its own unit stays under a district noun
    ("Gəncə, Goranboy, Tərtər, Ağdam rayonlarının kəndlərini",
     [("Gəncə", "ganja"), ("Goranboy", "goranboy"), ("Tərtər", "tartar"), ("Ağdam", "aghdam")]),
    # military directions (plural) are districts; "in the direction of" one town is movement
    ("огня на трех направлениях - Физули, Тертер и Агдам, и",
     [("Физули", "fuzuli"), ("Тертер", "tartar"), ("Агдам", "aghdam")]),
    ("committed provocation on Terter and Aghdam directions.", [("Terter", "tartar"), ("Aghdam", "aghdam")]),
    # Russian plural район before the names, plural село before one unit's name
    ("азербайджанскими районами Губадлы и Зангелан на востоке", [("Губадлы", "qubadli"), ("Зангелан", "zangilan")]),
    ("7 селах Агдере и 11 селах Ходжалы", [("Агдере", "aghdara"), ("Ходжалы", "khojaly")]),
    # a genitive right before a place of its unit is the unit; before a sight (a waterfall) it stays the town
    ("Bu yaxınlarda Füzulinin Pirəhmədli və Qaraxanbəyli kəndlərinin tikintisinə başlanıb.",
     [("Füzulinin", "fuzuli"), ("Pirəhmədli", "pirahmadli"), ("Qaraxanbəyli", "garakhanbayli")]),
    # the waterfall lies in the district, not in the town (bare Laçın is the district in Azerbaijani copy)
    ("Sosial şəbəkələrdə Laçının Ağbulaq şəlaləsinin görüntüləri", [("Laçının", "lachin")]),
])
def test_units_named_after_places(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the reference-work sentence: what the name is said to be decides, for the glossed names too (held-out 10)
    ("Haghartsin (Armenian: Հաղարծին) is a 13th century monastery located near the town of Dilijan.",
     [("Dilijan", "dilijan")]),
    ("Кельбаджар (азерб. Kəlbəcər) — город в Азербайджане", [("Кельбаджар", "kalbajar-town"), ("Kəlbəcər", "kalbajar-town")]),
    ("Askeran (Azerbaijani Əsgəran, Armenian Ասկերան) is a city in Nagorno-Karabakh.",
     [("Askeran", "asgaran"), ("Əsgəran", "asgaran"), ("Ասկերան", "asgaran"), ("Nagorno-Karabakh", "nagorno-karabakh")]),
    # other names the subject goes by, each glossed (held-out 60): all are the monastery, none the villages
    ("Dadivank (arm. Դադիվանք), or Khutavank (Armenian. Խութավանք, lit. «the monastery on the hill») — Armenian "
     "monastery of the 9th–13th century.", []),
    # "one of" in apposition after a comma (held-out 64): what the name is one of decides
    ("мы покидаем город Баку и направляемся в Физули, один из семи районов, которые в 2020 году",
     [("Баку", "baku"), ("Физули", "fuzuli")]),
    ("We went to Fuzuli, one of the most beautiful towns", [("Fuzuli", "fuzuli-city")]),
    # a parenthesis inside the gloss (held-out 32 and 43: encyclopedia mirrors)
    ("Sharur (Azerbaijani: Şərur (listen)) is a city in the Nakhchivan Autonomous Republic of Azerbaijan.",
     [("Sharur", "sharur"), ("Şərur", "sharur"), ("Nakhchivan Autonomous Republic", "nakhchivan")]),
    ("Şərur (also, Sharur and Sherur; formerly Norashen (1930-1964)) is a rayon of Azerbaijan.",
     [("Şərur", "sharur-district"), ("Sharur", "sharur-district"), ("Norashen", "sharur-district")]),
    # "upper" makes another place: Verin Shorzha is not Shorzha (four held-out sets), but a village of its own
    # (a WOF locality record since e13018e)
    ("the border area of Verin Shorzha village of Gegharkunik Province",
     [("Verin Shorzha", "verin-shorzha"), ("Gegharkunik Province", "gegharkunik")]),
    ("Գեղարքունիքի Վերին Շորժայում", [("Գեղարքունիքի", "gegharkunik"), ("Վերին Շորժայում", "verin-shorzha")]),
    # the exclave, a village of Armenia's Gegharkunik, over the Karabakh settlements with that NKR name (held-out 58)
    ("Armenia had one exclave inside Azerbaijan called Artsvashen, which is located east of Chambarak",
     [("Artsvashen", "artsvashen"), ("Chambarak", "chambarak")]),
])
def test_reference_sentences_and_upper(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Aghdara District" (renamings table, no generic: note) is whole only with a capital D (held-out 5, 6, 9)
    ("native Sugovushan village in the Aghdara district in Azerbaijan", [("Sugovushan", "sugovushan"), ("Aghdara", "aghdara")]),
    ("in the Aghdara District of Azerbaijan", [("Aghdara District", "aghdara")]),
    # a capitalized district noun joins a unit's span (held-out 5, 7), not an institution's name
    ("the villages of Mahruzlu and Zilan in Azerbaijan’s Gubadli District, which",
     [("Mahruzlu", "mahrizli-qubadli"), ("Gubadli District", "qubadli")]),
    ("Agdam Rayon, Azerbaijan", [("Agdam Rayon", "aghdam")]),
    ("Tərtər Rayon İcra Hakimiyyətinin başçısı", [("Tərtər", "tartar")]),
])
def test_capitalized_district_nouns(text, expected):
    assert _pairs(text) == expected


def test_village_noun_and_qasaba_type_towns():
    # Suqovuşan of Aghdara is a town in the sources and a village in copy: with its district in the text, area
    # support decides before the half-fitting kind; a real village and town of one name keep the noun's kind
    assert _pairs("Ağdərə rayonunun Suqovuşan kəndi") == [
        ("Ağdərə", "aghdara"), ("Suqovuşan", "sugovushan")]
    assert _pairs("returned to native Sugovushan village in the Aghdara district") \
        == [("Sugovushan", "sugovushan"), ("Aghdara", "aghdara")]


def test_october_and_villagers():
    # Oktyabr (October) is a former name of Göyçəkənd: with a day number it is a date (held-out 5, 6, 8 after
    # the import of 9cb8f9a); "villagers" is not the noun "village"
    assert _pairs("Oktyabrın 25-də Qubadlı azad edildi.") == [("Qubadlı", "qubadli")]  # bare: the district
    assert _pairs("30 Oktyabr 1993-cü ildən") == []
    assert _pairs("Tavush villagers rejoice as the road reopens.") == [("Tavush", "tavush")]


def test_armenian_subregion_noun():
    # an NKR subregion (ենթաշրջան) named after a village is no village (held-out 5, 6, 10); one named after a
    # district centre is that district (Karvachar subregion: Kalbajar, held-out 9)
    assert _pairs("Շուշիի շրջանի Բերդաձոր ենթաշրջանը՝ 4 գյուղերով։") == [
        ("Շուշիի", "shusha")]
    assert _pairs("արևմուտքում՝ Քարվաճառի ենթաշրջանին") == [("Քարվաճառի", "kalbajar")]


def test_nakhchivan_is_the_exclave_unless_a_city_noun_says_so():
    # the province (autonomous republic) is named like its centre; copy means the exclave (held-out sets after 9cb8f9a)
    assert _pairs("Naxçıvana avtomobil yolu salınacaq. Naxçıvan şəhərində") == [
        ("Naxçıvana", "nakhchivan"), ("Naxçıvan", "nakhchivan-city")]
    assert _pairs("блокада Нахичевани") == [("Нахичевани", "nakhchivan")]


def test_karabakh_region_prior_over_a_kind_half_fit():
    # "Sugovushan village" in copy about the Tartar district (Karabakh economic region): the Aghdara town, not the
    # Dashkasan settlement of the same name (held-out 5, 9)
    text = "Armenian armed forces fired at civilians in Tartar district. Sugovushan village was shelled."
    assert _pairs(text) == [("Tartar", "tartar"), ("Sugovushan", "sugovushan")]


def test_a_stress_accent_after_the_last_letter_is_in_the_span():
    # Russian Wikipedia marks stress: "Губадлы́ (ранее — Кубатлы́ ...)" (held-out 8); the span never splits a
    # letter from its accent
    import toponyms

    text = "Губадлы́ (ранее — Кубатлы́ , азерб. Qubadlı ) — город"
    got = [(m.text, m.start, m.end) for m in toponyms.load().annotate(text)]
    assert got[:2] == [("Губадлы́", 0, 8), ("Кубатлы́", 18, 26)]
    assert all(text[s:e] == t for t, s, e in got)


@pytest.mark.parametrize("text, expected", [
    # a quoted name in a sentence of sport is the club (held-out 4, 5; the issue's "Qarabağ the football club")
    ('"Qarabağ" Topaz Premyer Liqasının 8-ci turunda "Sumqayıt"ı stadionunda qəbul edəcək.', []),
    ("“Qarabağ”ın baş məşqçisi Qurban Qurbanov", []),
    ("«Карабах» обыграл «Нефтчи» в матче", []),
    # a quoted name with no sport around it is still the place ("the so-called “Eastern Zangezur”")
    ("the so-called “Eastern Zangezur” economic region", [("Eastern Zangezur", "east-zangezur-economic-region")]),
])
def test_clubs_and_ranges_named_after_places(text, expected):
    assert _pairs(text) == expected


def test_classical_armenian_orthography():
    # Western Armenian and diaspora copy writes Սիւնիք, Տաւուշ, Նոյեմբերեան, Գետաշէն (held-out 6, 7, 10, 11)
    text = "Սիւնիքին և Տաւուշի մարզերում, Նոյեմբերեան, Գետաշէն և Մարտունաշէն գիւղերը, Աւետարանոց գիւղը"
    got = _pairs(text)
    assert got == [("Սիւնիքին", "syunik"), ("Տաւուշի", "tavush"), ("Նոյեմբերեան", "noyemberyan"),
                   ("Գետաշէն", "chaykand-goygol-586875"), ("Մարտունաշէն", "garabulag-goygol"), ("Աւետարանոց", "chanagchi")]


def test_nizami_the_poet_and_national_events():
    # a given name needs support from another mention of its area; "Milli" before an event's name (held-out 11)
    assert _pairs("İlyas Yusif oğlu Nizami Gəncəvi 1141-ci ildə Gəncədə doğulub.") \
        == [("Gəncədə", "ganja")]
    assert _pairs("Göygöl rayonunda keçirilən IV Milli Yaylaq Festivalının açılışı") \
        == [("Göygöl", "goygol")]


@pytest.mark.parametrize("text, expected", [
    # a broadcaster or club named after a place (held-out 11); a monastery complex before its name
    ("Baku TV: dağıdılan şəhərin ayaqda qalan simvolu", []),
    ("связавшая село и средневековый монастырский комплекс Татев.", []),
    # attested spellings (held-out 7, 11)
    ("the roads towards Nagorno Karabagh and the Karabagh army", [("Nagorno Karabagh", "nagorno-karabakh"), ("Karabagh", "karabakh")]),
    ("the Nakhichevan Autonomous Republic", [("Nakhichevan Autonomous Republic", "nakhchivan")]),
])
def test_organisations_monasteries_and_attested_spellings(text, expected):
    assert _pairs(text) == expected


def test_exonyms_and_autonomous():
    # Գանձակ is the Armenian exonym of Ganja and the name of a Gegharkunik village: the exonym is the name in its
    # language (held-out 11, 12); İstisu (Jermuk's Azerbaijani exonym) in Kalbajar is still the Kalbajar resort;
    # "Muxtar Respublikası" (autonomous) is no village Muxtar
    assert _pairs("Գանձակը Ադրբեջանի երկրորդ մեծ քաղաքն է։") == [("Գանձակը", "ganja")]
    assert _pairs("Kəlbəcər rayonunun İstisu qəsəbəsində") == [
        ("Kəlbəcər", "kalbajar"), ("İstisu", "istisu")]
    assert _pairs("Culfa Naxçıvan Muxtar Respublikasının şəhəridir.") == [
        ("Culfa", "julfa"), ("Naxçıvan Muxtar Respublikasının", "nakhchivan")]


def test_western_armenian_ablative_and_ganjas_armenian_names():
    # Western Armenian ablative -էն (hyw.wikipedia, held-out 7); Ganja's former names in Armenian letters (held-out 11, 12)
    text = "Ստեփանակերտէն դէպի Գանձակ, քաղաքը կոչուած էր Ելիզավետպոլ, ապա Կիրովապատ"
    assert _pairs(text) == [
        ("Ստեփանակերտէն", "khankendi"), ("Գանձակ", "ganja"), ("Ելիզավետպոլ", "ganja"), ("Կիրովապատ", "ganja")]


def test_a_regions_namesake_village_does_not_win_by_area_support():
    # Qarabağ is also a village of Fuzuli: copy about Fuzuli that says "Qarabağda" means the region (held-out 13)
    text = ("Qarabağda və Şərqi Zəngəzurda yenidən qurulan şəhər və kəndlərə qayıdış davam edir. Köç karvanı Füzuli "
            "şəhərinə çatıb. Bu dəfə 39 ailə Füzuli sakini öz yurduna qovuşub.")
    assert _pairs(text)[0] == ("Qarabağda", "karabakh")


def test_two_word_compounds_and_more_given_names():
    # "Qızıl Hacılı" for the stored Qızılhacılı (held-out 2, 13), not "Yeni kənd" (a new village) for Yenikənd;
    # Azat and Khachik are given names as well as villages (held-out 6, 10, 13)
    import toponyms

    g = toponyms.load()
    assert _pairs("Qazax rayonunun Qızıl Hacılı kəndi") == [
        ("Qazax", "qazakh"), ("Qızıl Hacılı", "gizilhajili-qazakh")]
    assert g.annotate("Yeni kənd salınır.") == []
    assert g.annotate("Azat Petrosyan said the road was closed.") == []


def test_locative_centres_before_villages_are_districts():
    # unikal.az (held-out 13): the villages to be built are in the districts; schools in the towns stay towns
    import toponyms

    g = toponyms.load()
    text = "Bu il Qubadlı, Cəbrayıl və Zəngilanda bir neçə kəndin tikintisinə başlanılacaq."
    assert _pairs(text) == [
        ("Qubadlı", "qubadli"), ("Cəbrayıl", "jabrayil"), ("Zəngilanda", "zangilan")]
    assert [m.place.id for m in g.annotate("Şuşa, Ağdam, Füzulidə məktəblər tikilir.")] == [
        "shusha-city", "aghdam-town", "fuzuli-city"]


def test_armenian_nouns_in_utyun_change_their_stem():
    # Հանրապետություն → Հանրապետության (genitive), Հանրապետությունում (locative): held-out 11, 14
    import toponyms

    g = toponyms.load()
    got = [(m.text, m.place.id, m.how, m.suffix) for m in g.annotate("Նախիջևանի Ինքնավար Հանրապետության սահմանին")]
    assert got == [("Նախիջևանի Ինքնավար Հանրապետության", "nakhchivan", "inflected", "hy:gen")]


def test_russian_adjective_list_opened_by_the_plural_noun():
    # lz.lv (held-out 14): "в сопредельных районах - Товузском и Тавушском"; the attested Гедабекский район
    text = "продолжается с 12 июля в сопредельных районах - Товузском и Тавушском, граничащих также с Грузией"
    assert _pairs(text) == [("Товузском", "tovuz"), ("Тавушском", "tavush")]
    assert _pairs("граничит с Гедабекским районом") == [
        ("Гедабекским районом", "gadabay")]
    # held-out 75, 73: with no dash, and a genitive of up to two words after the noun; feminine nominatives after
    # области; the list may run past 80 characters
    text = ("покинули жители многих сел еще семи районов Нагорного Карабаха Кашатагского, Карвачарского, "
            "Шаумяновского, Аскеранского, Мартунинского, Гадрутского и Шушинского.")
    assert _pairs(text)[1:] == [("Кашатагского", "kashatagh"), ("Карвачарского", "kalbajar"),
                                ("Аскеранского", "khojaly"), ("Мартунинского", "khojavend"),
                                ("Гадрутского", "hadrut-district"), ("Шушинского", "shusha")]
    assert _pairs("самые густонаселенные области  Армавирская, Араратская и Котайкская – соответственно") == [
        ("Армавирская", "armavir"), ("Араратская", "ararat"), ("Котайкская", "kotayk")]
    # a feminine nominative after районы is no province's
    assert _pairs("районы Араратская") == []


def test_a_community_is_named_by_its_settlement():
    # chambarak.am, the community's own page; yerkir.am (Berd); heldout2 (Berdashen, Martuni region of the NKR);
    # held-out 56 on mark a community of Armenia as its town or village, as English copy does ("Tcsav community"),
    # and the earlier sets were brought into line (2026-11-26): the gazetteer stores no community
    assert _pairs("Ճամբարակ խոշորացված համայնքը Գեղարքունիքի մարզի 5 համայնքներից մեկն է") == [
        ("Ճամբարակ", "chambarak"), ("Գեղարքունիքի", "gegharkunik")]
    assert _pairs("ՀՀ Տավուշի մարզի Բերդ համայնքի Այգեձոր գյուղում") == [
        ("Տավուշի", "tavush"), ("Բերդ", "berd"), ("Այգեձոր", "aygedzor")]
    got = _pairs("ՀՀ Գեղարքունիքի մարզի Ճամբարակ քաղաքային, Վահան, Թթուջուր, Գետիկ, Մարտունի, Այգուտ, Դպրաբակ, "
                 "Ճապկուտ գյուղական համայնքների և Արծվաշեն բնակավայրի միավորումից")
    # the merged communities are their settlements
    assert {("Ճամբարակ", "chambarak"), ("Վահան", "vahan"), ("Թթուջուր", "ttujur"), ("Այգուտ", "aygut"),
            ("Դպրաբակ", "dprabak")} <= set(got)
    assert ("Բերդաշեն", "garakand") in _pairs("Արցախի Մարտունու շրջանի Բերդաշեն համայնքը մեծ համբավ ունեցող գյուղերից է")
    assert ("Բերձորի", "lachin-town") in _pairs("զրուցել ենք Բերձորի համայնքապետ Նարեկ Ալեքսանյանի հետ։")
    # held-out 64, 68, 71: "Կապան համայնքի ղեկավար", a town's community
    assert _pairs("Կապան համայնքի ղեկավար Գևորգ Փարսյանը հայտարարություն է տարածել") == [("Կապան", "kapan")]


def test_a_consolidated_community_is_its_village():
    # held-out 37, 45-51: a village's own community is the village ("Ոսկեպար համայնքի", "Խաչիկ համայնքում"), and
    # so is a consolidated one named after a village (Տեղ, Արենի, Գորայք)
    assert _pairs("Տավուշի մարզի Ոսկեպար համայնքի բնակիչներին պատկանող 7 կով է պայթել") == [
        ("Տավուշի", "tavush"), ("Ոսկեպար", "voskepar")]
    assert ("Խաչիկ", "khachik") in _pairs("Վայոց ձորի մարզի սահմանամերձ Խաչիկ համայնքում")
    assert _pairs("Սյունիքի մարզի Տեղ համայնքի ղեկավարը") == [("Սյունիքի", "syunik"), ("Տեղ", "tegh")]
    assert _pairs("Արենի համայնքում անցկացվող գինու փառատոնը") == [("Արենի", "areni")]
    assert _pairs("Գորայք բազմաբնակավայր համայնքը կազմավորվել է 2016 թվականին") == [("Գորայք", "gorayk")]


def test_the_two_letter_abbreviation_of_the_artsakh_republic_matches_only_in_capitals():
    # yerevan.today: "the spokesman of the ԱՀ president"; ահ is the word "fear"
    assert _pairs("Այս մասին հայտնումէ ԱՀ նախագահի խոսնակ Վահրամ Պողոսյանը։") == [("ԱՀ", "nagorno-karabakh")]
    assert _pairs("ահ ու սարսափ") == [] and _pairs("Ահ, ինչ լավ է") == []


def test_the_districts_of_nakhchivan_are_units_of_their_own():
    # ru.wikipedia (Шарурский район), the heritage register of Sədərək, az.wikipedia (Əbrəqunus), Wikipedia (hy)
    assert _pairs("Шарурский район (азерб. Şərur rayonu) — административная единица в составе Нахичеванской "
                  "Автономной Республики Азербайджана. Административный центр — город Шарур.")[:2] == [
        ("Шарурский район", "sharur-district"), ("Şərur", "sharur-district")]
    assert _pairs("Sədərək rayonu 1990-cı ildə Şərur rayonunun tərkibindən ayrılaraq rayon statusu almışdır. "
                  "Mərkəzi Heydərabad qəsəbəsidir.") == [
        ("Sədərək", "sadarak-district"), ("Şərur", "sharur-district"), ("Heydərabad", "heydarabad")]
    assert ("Culfa", "julfa-district") in _pairs("Naxçıvan Muxtar Respublikasının Culfa rayonunda kənddir.")
    assert _pairs("Culfa Naxçıvan Muxtar Respublikasının şəhəridir.")[0] == ("Culfa", "julfa")
    # the town has the Armenian name of the district named after it; the province supports both
    assert ("Օրդուբադի", "ordubad") in _pairs("այսօր Նախիջևանում այսպես կոչված «Օրդուբադի տաճարն» է")


def test_russian_feminine_accusative_adjectives_in_a_list_of_provinces():
    # heldout15 (an Armenian travel site): "connecting the Tavush, Lori and Gegharkunik provinces" (Lori is in the
    # gazetteer since the import of Armenia's other provinces)
    assert _pairs("соединяющий Тавушскую, Лорийскую и Гегаркуникскую области") == [
        ("Тавушскую", "tavush"), ("Лорийскую", "lori"), ("Гегаркуникскую области", "gegharkunik")]


def test_kyalbadzhar_the_azerbaijani_russian_press_form_of_kalbajar():
    # report.az, nedelia.az: the practical transcription's Кяльбаджар beside the usual Кельбаджар
    assert _pairs("в город Кяльбаджар и в Кяльбаджарском районе") == [
        ("Кяльбаджар", "kalbajar-town"), ("Кяльбаджарском районе", "kalbajar")]


def test_a_plural_noun_after_a_list_makes_every_item_a_district():
    # armenpress (hy): the Dashkasan and Khanlar (Goygol) forms are attested; Shamkir (WOF's Շամխոր for the
    # city) is a district too since the fourth import; Շահումյանի names no stored district and stays out
    assert _pairs("այստեղ (Շահումյանի, Խանլարի, Գետաբեկի, Դաշքեսանի եւ Շամխորի շրջաններ) հաշվառված") == [
        ("Խանլարի", "goygol"), ("Գետաբեկի", "gadabay"), ("Դաշքեսանի", "dashkasan"), ("Շամխորի", "shamkir")]
    assert _pairs("the Gadabay and Shamkir districts") == [("Gadabay", "gadabay"), ("Shamkir", "shamkir")]


def test_administrative_between_a_name_and_its_noun():
    # a national park's page (az): "... Daşkəsən və Goranboy inzibati rayonlarını əhatə edir"
    got = _pairs("Xanlar (indiki Göygöl), Daşkəsən və Goranboy inzibati rayonlarını əhatə edir.")
    assert got[-2:] == [("Daşkəsən", "dashkasan"), ("Goranboy", "goranboy")]


def test_a_common_word_name_opening_a_sentence_with_a_district_noun_is_the_place():
    # Laçın is also "falcon": at a sentence start it needs support, unless a generic noun follows
    assert _pairs("Laçın rayonu ərazisində") == [("Laçın", "lachin")]
    assert _pairs("Lachin district is large.") == [("Lachin", "lachin")]
    assert _pairs("Laçın quşu uçur.") == []


@pytest.mark.parametrize("text, expected", [
    # մեղրի, the genitive of "honey", opens the names of the honey festivals (held-out 25, 35, 59, 79); the lexicon's
    # not_a_place rule reads one to three words after the name; the town itself stays, in a list and before its noun
    ("Արդեն ութերորդ տարին է, ինչ Մեղրի և հատապտուղների փառատոնը միավորում է ողջ Շամշադինը", []),
    ("Քարվաճառում առաջին անգամ կազմակերպված Մեղրի փառատոնը մի քանի նպատակ ուներ։", [("Քարվաճառում", "kalbajar-town")]),
    ("Սյունիքի մարզի 2 բնակավայրեր - Մեղրի և Ագարակ քաղաքներ:",
     [("Սյունիքի", "syunik"), ("Մեղրի", "meghri"), ("Ագարակ", "agarak")]),
    # and a movement named by the province, up to three words after the name (held-out 78, 86, 89)
    ("the leader of Tavush for the Motherland, an anti-government movement", []),
    ("leader of the Tavush for the Homeland movement and Primate of the Diocese of Tavush",
     [("Tavush", "tavush")]),
    ("Նախօրեին «Տավուշը հանուն հայրենիքի» շարժումն առաջնորդող", []),
    ("общественное движение \"Тавуш во имя родины\".", []),
])
def test_neighbour_words_after_a_name_make_it_something_else(text, expected):
    assert _pairs(text) == expected


def test_a_common_word_name_the_text_capitalizes_inside_a_sentence_is_a_name_at_a_sentence_start_too():
    # publika.az (held-out 25): the town again after a full stop (even one glued to the next word)
    text = ("27 il yarım davam edən işğaldan sonra, nəhayət, Laçın Azərbaycanın tərkibinə qayıdıb.Laçın 1992-ci il "
            "mayın 18-də işğal edilib. Laçın ələ keçirildikdən sonra ermənilər şəhəri yandırıblar.")
    assert [t for t, _ in _pairs(text)] == ["Laçın", "Laçın", "Laçın"]
    # a given name stays a given name: Nizami needs support from a place of its area
    assert _pairs("Nizami Gəncəvi şairdir. Nizami çox oxunur.") == []


def test_julfa_in_armenian():
    # nurblog.info: "Հին Ջուղայի գերեզմանատունը" (the cemetery of Old Julfa); GeoNames names the cemetery so too
    assert ("Հին Ջուղայի", "julfa") in _pairs("Հին Ջուղայի գերեզմանատունը նշանավոր էր խաչքարերով:")


def test_english_places_that_hold_villages_are_districts():
    # azernews/apa copy (held-out 2, 4, 7, 8, 11, 12)
    assert _pairs("Baku forces free 6 villages of Fuzuli, 7 villages of Jabrayil, 5 villages of Khojavend") == [
        ("Baku", "baku"), ("Fuzuli", "fuzuli"), ("Jabrayil", "jabrayil"), ("Khojavend", "khojavend")]
    assert _pairs("expelled the population from seven villages in Gazakh, including Sofulu")[0] == ("Gazakh", "qazakh")
    assert _pairs("convoys have been sent to the villages of Vengli and Kolatag in Aghdara") == [
        ("Vengli", "vangli"), ("Kolatag", "kolatagh"), ("Aghdara", "aghdara")]
    assert _pairs("IDPs are also expected to return to the village of Sus of Lachin today") == [
        ("Sus", "sus"), ("Lachin", "lachin")]
    assert _pairs("A resident of Tartar’s Narli village, Adavat Akhundov, was killed")[0] == ("Tartar’s", "tartar")
    assert _pairs("He lives in Fuzuli.") == [("Fuzuli", "fuzuli-city")]


def test_a_plural_village_noun_of_one_name_makes_the_unit():
    # held-out 61, 5, 50, 20: the villages of a province or district, not a village named like it; a list of two
    # names with the noun stays two villages; "deported by Stalin" names no village once called Stalino (held-out 60)
    assert _pairs("զինված ծառայողները Գեղարքունիքի գյուղերի հարևանությամբ") == [("Գեղարքունիքի", "gegharkunik")]
    assert _pairs("the Tavush villages") == [("Tavush", "tavush")]
    assert _pairs("the villages of Gegharkunik") == [("Gegharkunik", "gegharkunik")]
    assert [p for _, p in _pairs("Aghdam and Alibeyli villages")] == ["aghdam-settlement", "alibayli-aghdam"]
    assert _pairs("they were deported by Stalin in 1941") == []
    assert _pairs("VIII əsrdə yaşamış Sultan Əhməd adlı hökmdarın yaxın adamlarından") == []


def test_historical_provinces_and_districts_are_left_out():
    # hy.wikipedia (Վարսեր), a Western Armenian article on Hadrut (held-out 13, 14): the Syunik province of
    # Greater Armenia, the Elizavetpol governorate and its Jebrail uezd are not places of the gazetteer
    assert _pairs("Նախկինում մտել է Մեծ Հայքի Սյունիք նահանգի Գեղարքունի գավառի կազմում։") == []
    assert _pairs("Ելիզավետպոլի նահանգի Ջեբրայիլի գավառի Հադրութ գյուղի մասին") == [("Հադրութ", "hadrut")]
    assert _pairs("Մարտունի Գավառ") == [("Մարտունի", "martuni-gegharkunik-616438"), ("Գավառ", "gavar")]
    # a land of historic Armenia (Սյունիք աշխարհ, after պատմական) is not the province (held-out 5, 22, 26, 44,
    # 47, 59); Արցախ աշխարհ, historical Artsakh, the sets read as Karabakh, and a historical village stays
    assert _pairs("Քաշաթաղ․ Մեծ Հայքի Սյունիք աշխարհի այս հերոսական գավառը") == [("Քաշաթաղ", "kashatagh")]
    assert _pairs("Մեր Ջերմուկը... Պատմական Սյունիքի Վայոց ձոր գավառի այս բնակավայրը") == [("Ջերմուկը", "jermuk")]
    assert _pairs("այնտեղից անցել Արցախ աշխարհի Ելենենդորֆ")[0] == ("Արցախ", "nagorno-karabakh")
    assert ("Արցախի", "nagorno-karabakh") in _pairs("Շուշիի սարահարթը գտնվում է պատմական Արցախի կենտրոնում:")
    assert ("Թալիշ", "talish") in _pairs("Հյուսիսային Արցախի պատմական Թալիշ գյուղն")


def test_a_russian_settlement_noun_before_the_name():
    # a travel piece (held-out 15): the mausoleum "in the 'Noah's' city of Nakhchivan" is in the city, not the
    # republic the bare name stands for
    assert _pairs("гробниц, возведенных в «Ноевом» городе Нахичевань в Азербайджане") == [
        ("Нахичевань", "nakhchivan-city")]
    assert _pairs("блокада Нахичевани") == [("Нахичевани", "nakhchivan")]


def test_russian_marz_is_a_province_noun():
    # an Armenian travel site (held-out 13): "Сюникский марз расположенный в южной части Армении"
    assert _pairs("Сюникский марз расположенный в южной части Армении") == [("Сюникский марз", "syunik")]
    assert _pairs("в Тавушском и Гегаркуникском марзах") == [
        ("Тавушском", "tavush"), ("Гегаркуникском марзах", "gegharkunik")]


def test_a_russian_province_noun_before_a_town_named_like_the_province():
    # a news agency (held-out 70): "apricots ripening in the Armavir and Ararat provinces"; the province is stored
    # as "Араратская область" only, and the town Ararat is not its centre (Artashat is)
    assert _pairs("созревающих в областях Армавир и Арарат.") == [("Армавир", "armavir"), ("Арарат", "ararat")]
    assert _pairs("в области Арарат") == [("Арарат", "ararat")]
    assert _pairs("в городе Арарат") == [("Арарат", "ararat-city")]


def test_a_russian_name_in_an_oblique_case_is_not_named_by_the_feature_noun_after_it():
    # a travel blog (held-out 13): "beyond Kapan the mountains rise higher"; "озера Гёйгёль" stays the lake
    assert _pairs("За Капаном горы всё выше и молчаливее") == [("Капаном", "kapan")]
    assert _pairs("на берегу знаменитого озера Гёйгёль расположен") == []
    # held-out 76, 81: the mountain in the accusative ("вид на гору Арарат"), not the town
    assert _pairs("открывается необыкновенный вид на легендарную гору Арарат.") == []


def test_a_name_with_a_case_ending_is_not_named_by_the_feature_noun_after_it():
    # Qafqazinfo-style copy (held-out 73): "a reservoir is being built in Tovuz"; "Tovuz su anbarı" is the reservoir
    assert _pairs("Tovuzda su anbarı tikilir. Tovuzçay su anbarının tutumu 20 milyon kubmetrdir.") == [
        ("Tovuzda", "tovuz")]
    assert _pairs("Tovuz su anbarı") == []
    assert _pairs("Kəlbəcərin dağları") == [("Kəlbəcərin", "kalbajar")]  # the genitive says whose
    # Armenian: "a bridge in Kapan", "a reservoir is being built in Sisian"; the genitive names ("Կապանի ջրամբար")
    assert _pairs("Կապանում կամուրջ է կառուցվում") == [("Կապանում", "kapan")]
    assert _pairs("Սիսիանում ջրամբար է կառուցվում") == [("Սիսիանում", "sisian")]


def test_the_russian_adjective_of_a_two_part_name():
    # news.am-style copy (held-out 13): "в селе Арени Вайоц Дзорской области"
    assert _pairs("6 октября в селе Арени Вайоц Дзорской области открылся фестиваль") == [
        ("Арени", "areni"), ("Вайоц Дзорской области", "vayots-dzor")]
    assert _pairs("Вайоц-Дзорской области") == [("Вайоц-Дзорской области", "vayots-dzor")]


def test_of_and_in_rules_do_not_reach_across_a_paragraph():
    # the chunked batch run must see what the whole text sees (tests/test_batch.py)
    assert _pairs("Ханкенди Шуши\n\nof Шуши and in Ханкенди")[1:3] == [("Шуши", "shusha-city"), ("Шуши", "shusha-city")]


def test_the_dash_reference_sentence_takes_a_nominative_noun():
    # az.wikipedia-style openings (held-out 15, 16) and a Russian list (held-out 4); dashes fold to "-", which
    # the rule did not see before
    assert _pairs("Qazax – Azərbaycan Respublikasında rayon.") == [("Qazax", "qazakh")]
    assert _pairs("Söyüdlü — Azərbaycan Respublikasının Gədəbəy rayonunun inzibati ərazi vahidində kənd.")[0] == (
        "Söyüdlü", "soyudlu")
    assert ("Юхары Айбасанлы", "yukhari-aybasanli") in _pairs(
        "сел Гаргабазар, Юхары Айбасанлы - Физулинского района, Сафарша")
    assert _pairs("Suqovuşan (işğal dövründə: Madagiz) — Azərbaycan Respublikasının Tərtər rayonunun Çaylı kənd "
                  "inzibati ərazi dairəsində kənddir.")[:2] == [("Suqovuşan", "sugovushan"), ("Madagiz", "sugovushan")]


def test_a_capitalized_word_after_a_dash_is_a_name_not_the_noun():
    # found by the property test: "Zorvanik — Böyük Dağ" is two names, not a mountain called Zorvanik
    from toponyms.match import _said_to_be

    m, r = _said_to_be("Zorvanik — Böyük Dağ", 8, 5)
    assert r is None
    assert _said_to_be("Qazax – Azərbaycan Respublikasında rayon.", 5, 5)[1] is not None


def test_streets_plateaus_and_the_month_may_are_not_places():
    # syunik weekly and a travel agency (held-out 16): the Shahumyan street, the Shushi plateau, "from mid-May"
    assert _pairs("Մայիսի առաջին կեսերից աշխատանքային եռուզեռը վերսկսվեց Սիսիան քաղաքի Մյասնիկյան-Արամ "
                  "Մանուկյան-Շահումյան փողոցներում") == [("Սիսիան", "sisian")]
    assert _pairs("Արցախի ամենագողտրիկ անկյուններից մեկը՝ Շուշիի բարձրավանդակը") == [("Արցախի", "nagorno-karabakh")]


def test_a_gloss_between_a_name_and_its_noun():
    # an Artsakh travel page (held-out 17), news copy: the noun after the parenthesis applies to the name and to
    # the gloss inside it
    assert _pairs("Ağdərə (Martakert) rayonu") == [("Ağdərə", "aghdara"), ("Martakert", "aghdara")]
    got = _pairs("Շահումյանի (առավել հայտնի պատմական անունով Քարվաճառի) շրջանը հարուստ է")
    assert ("Քարվաճառի", "kalbajar") in got


def test_valleys_named_after_a_place():
    # an Artsakh paper (held-out 17): "the Aghavno valley"; "в долине Тертера"
    assert _pairs("մեր շրջան (հատկապես Աղավնոյի հովիտ, որտեղ") == []
    assert _pairs("в долине Тертера") == []


def test_reference_sentences_with_one_of_and_a_gloss():
    # Armenian travel pages in English (held-out 17)
    assert _pairs("Gandzasar is one of the monastic complexes of Artsakh, located near the village of Vank")[:1] == [
        ("Artsakh", "nagorno-karabakh")]
    got = _pairs("Dadivank (or Khutavank «monastery on the hill») is an ancient monastic complex in Arstakh (NKR).")
    assert not any(t == "Dadivank" for t, _ in got)
    assert _pairs("Situated in the principality of Upper Khachen (now Karvachar)") == [("Karvachar", "kalbajar-town")]


def test_the_russian_adjective_of_a_name_in_soft_n():
    # a travel blog (held-out 17): Нахичевань → Нахичеванская область (Гёйгёль keeps its ь: Гёйгёльский)
    assert _pairs("посещение Нахичеванской области Азербайджана") == [("Нахичеванской области", "nakhchivan")]
    assert _pairs("Гёйгёльского района") == [("Гёйгёльского района", "goygol")]


def test_russian_economic_region_adjectives_share_a_plural_noun():
    # report.az (held-out 40, 49, 57): each adjective is an economic region, the last takes the noun
    assert _pairs("реализуемых на территории Карабахского и Восточно-Зангезурского экономических районов") == [
        ("Карабахского", "karabakh-economic-region"),
        ("Восточно-Зангезурского экономических районов", "east-zangezur-economic-region")]
    assert _pairs("в Карабахском и Восточно-Зангезурском экономических районах")[0] == (
        "Карабахском", "karabakh-economic-region")
    assert _pairs("Агдамского экономического района") == []  # no such economic region


def test_a_school_airport_or_capital_apposition_makes_nakhchivan_the_city():
    # held-out 63, 44, 53, 12: a point in the city, not the republic the bare name stands for
    assert _pairs("studied at the Russian 7-year school in Nakhichevan, then") == [("Nakhichevan", "nakhchivan-city")]
    assert _pairs("В связи с атакой беспилотника на аэропорт Нахчывана") == [("Нахчывана", "nakhchivan-city")]
    assert _pairs("The capital, Nakhichevan, has a slightly surreal feel") == [("Nakhichevan", "nakhchivan-city")]
    assert _pairs("Nakhchivan, the capital of the republic") == [("Nakhchivan", "nakhchivan-city")]
    assert _pairs("He visited Nakhchivan last year.") == [("Nakhchivan", "nakhchivan")]


def test_family_names_after_a_rank_a_given_name_or_a_prefix():
    # held-out 63, 62: "Marshal Baghramian", "Էդվարդ Նալբանդյանի", "Vusal Gasimli" are people; "Ter-" opens a family
    # name (Darkənd's Armenian name is Տէր)
    assert _pairs("this village, known as the homeland of Marshal Baghramian, is") == []
    assert _pairs("ԱԳ նախարար Էդվարդ Նալբանդյանի հետ") == []
    assert _pairs("Vusal Gasimli, the executive director") == []
    assert _pairs("former president Ter-Petrosyan said") == []
    # held-out 50, 65, 74, 77, 80: the Tavush governor Hovik Abovyan, in every language and case, is no Kotayk town;
    # held-out 6, 41, 65, 72, 76, 80: Bəxtiyar Aslanbəyli, Həmzə Sultan, the architect Səfixan Qarabaği, Abu Omar
    # Nakhchivani, Fidan Mammadli (a variant of no village)
    assert _pairs("Տավուշի մարզպետ Հովիկ Աբովյանը հայտարարեց") == [("Տավուշի", "tavush")]
    assert _pairs("governor of Tavush Hovik Abovyan answering the question") == [("Tavush", "tavush")]
    assert _pairs("Овика Абовяна (Тавушская область)") == [("Тавушская область", "tavush")]
    assert _pairs("vitse-prezidenti Bəxtiyar Aslanbəyli jurnalistlərin suallarını cavablandırarkən bildirib.") == []
    assert _pairs("Memar Kərbəlayi Səfixan Qarabaği tərəfindən 1868-1870-ci illərdə inşa edilmiş") == []
    assert _pairs("Филосов Абу Омар Нахичевани, поэт") == []
    assert _pairs("Fidan Mammadli, an official from the Restoration Service in Lachin, said") == [("Lachin", "lachin-town")]


def test_armenian_taratsashrjan_is_a_former_region_of_armenia():  # տարածաշրջան
    # held-out 15, 24, 35, 41: Gegharkunik's former regions, which the gazetteer does not store, not Khojavend (the
    # NKR's Martuni district, whose word is շրջան)
    assert "khojavend" not in {p for _, p in _pairs(
        "Մարզն իր մեջ ընդգրկում է Գավառի, Ճամբարակի (նախկին Կրասնոսելսկ), Մարտունու, Սևանի և Վարդենիսի տարածաշրջանները։")}
    assert _pairs("Արցախի Մարտունու շրջանում") == [("Արցախի", "nagorno-karabakh"), ("Մարտունու", "khojavend")]


def test_armenian_shrjan_after_a_province_of_armenia_is_a_former_district():
    # held-out 162: "Գեղարքունիքի մարզի Մարտունու շրջանի" is the province's former Martuni district, which the
    # gazetteer does not store, not the NKR's; after the NKAO's մարզ it is the NKR's, and bare it stays Khojavend
    assert _pairs("Գեղարքունիքի մարզի Մարտունու շրջանի Գեղհովիտ համայնքի բնակիչները խմելու ջուր չունեն") == [
        ("Գեղարքունիքի", "gegharkunik"), ("Գեղհովիտ", "geghhovit")]
    assert ("Մարտունու", "khojavend") in _pairs("Լեռնային Ղարաբաղի ինքնավար մարզի Մարտունու շրջանի Ճարտար գյուղում")
    assert _pairs("Մարտունու շրջանի Ճարտար գյուղում")[0] == ("Մարտունու", "khojavend")


def test_glued_initials_russian_feminine_lists_and_armenian_reserves():
    # held-out 65, 63, 41: an initial glued to a family name is a person ("M.Cəfərli", "Ü.Hacıbəyli"); a plural
    # область noun, the country's genitive and a dash open a list of feminine adjectives; the Armenian genitive
    # before արգելոց names the reserve
    assert _pairs("bıçaqla xəsarət yetirən M.Cəfərli saxlanılıb") == []
    assert _pairs("1996-cı ildə Ü.Hacıbəyli adına Ağdam Musiqi Texnikomunu")[-1][0] == "Ağdam"
    assert _pairs("В трех областях Армении – Гегаркуникской, Тавушской и Ширакской – продолжаются лесные пожары.") == [
        ("Гегаркуникской", "gegharkunik"), ("Тавушской", "tavush"), ("Ширакской", "shirak")]
    assert _pairs("Շիկահողի արգելոցը գտնվում է Սյունիքի մարզում") == [("Սյունիքի", "syunik")]
    assert _pairs("Շիկահողի դպրոցը") == [("Շիկահողի", "shikahogh")]


def test_orta_opening_an_azerbaijani_sentence_is_the_word():
    assert _pairs("Orta əsrlər Azərbaycan memarlığının ən yaxşı nümunələri") == []


def test_unit_adjectives_and_parks_and_airports():
    # held-out 66, 33, 43: "областной", "регионального" are adjectives of the unit noun: the span is the place's
    # adjective alone; an industrial park or international airport named after a place is the facility
    assert _pairs("закрепило за Вайоцдзорской областной администрацией") == [("Вайоцдзорской", "vayots-dzor")]
    assert _pairs("Шамкирского регионального управления") == [("Шамкирского", "shamkir")]
    assert _pairs("Five residents of Aghdam Industrial Park") == []
    assert _pairs("held in the Fuzuli International Airport.") == []


def test_azerbaijani_bolge_and_torpaq_name_a_district_loosely():
    # held-out 67, 55, 29, 53: "Şahbuz torpağı", "Ağdam bölgəsinin" are the districts; a city with no unit stays
    assert _pairs("Şahbuz torpağı təbiətin əsrarəngiz gözəllikləri ilə") == [("Şahbuz", "shahbuz-district")]
    assert _pairs("silahlı dəstələri Şuşa şəhəri və Ağdam bölgəsinin türk-müsəlmanları")[1] == ("Ağdam", "aghdam")
    assert ("Mingəçevir", "mingachevir") in _pairs("Azərbaycanın Mingəçevir, Qazax, Naxçıvan və başqa bölgələrinin")


def test_attested_russian_names_of_border_villages():
    # hetq.am, sputnik, turan.az, report.az (held-out 6, 49, 13, 19, 4, 47, 8, 11): Russian names the sources lack;
    # "рек" before a list makes rivers of them (held-out 65)
    assert [p for _, p in _pairs("между селами Чакатен, Срашен, Шикаох, Цав, Шишкерт и Неркин Анд")][2:4] == [
        "shikahogh", "tsav"]
    assert _pairs("Над селами Баганис Айрым, Ашагы Аскипара")[0] == ("Баганис Айрым", "baghanis-ayrim")
    assert _pairs("Села Тртерук и Кутакан Гегаркуникской области")[-2] == ("Кутакан", "kutakan")
    assert _pairs("в бассейнах рек Цав и Шикахог на северных склонах") == []


def test_numbered_constituencies_are_named_after_districts():
    # held-out 68, 63 (and 41, 44, which the rule was not drawn from): "N saylı X - Y" names the districts, not the
    # towns a dash joins on a road
    got = _pairs("118 saylı Ağdam - Xocalı, 120 saylı Cəbrayıl - Qubadlı, 121 saylı Laçın seçki dairələri")
    assert [p for _, p in got] == ["aghdam", "khojaly", "jabrayil", "qubadli", "lachin"]
    assert _pairs("Bakı-Qazax magistralı")[1] == ("Qazax", "qazakh-city")


def test_berd_is_the_tavush_town():
    # WOF's Armenian name Բերդ of the Qazax settlement Alpout is rejected (name_fixes.yaml), and "passes" before an
    # article is the verb, not mountain passes (held-out 13, 16, 29, 35)
    assert _pairs("which is bordering Armenia’s Berd district, came under fire") == [("Berd", "berd")]
    assert _pairs("The road from Navur to Berd passes a modest chapel on the right of the road.") == [
        ("Navur", "navur"), ("Berd", "berd")]
    assert _pairs("the Vardenis and Sotk passes") == []


def test_nar_and_its_russian_form_abbreviate_the_nakhchivan_autonomous_republic_in_capitals():
    # abc.az and a tourism page (held-out 30, 37, 48; held-out 32 leaves abbreviations out); "nar", pomegranate, is no
    # place
    assert _pairs("quoting NAR Deputy Minister of Agriculture") == [("NAR", "nakhchivan")]
    assert _pairs("a nar tree in the garden") == []
    # the Russian НАР (held-out 63, 70: apsny-line.ru, report.az), after its definition and bare; нар (bunks) is no
    # place
    assert _pairs("старейшему избирателю НАР 104 года") == [("НАР", "nakhchivan")]
    assert _pairs("Нар и коек не хватало") == []


def test_an_economic_region_noun_before_a_list_of_regions():
    # held-out 62: the noun opens the list, in Russian (genitives) and English
    assert _pairs("в экономических районах Карабаха и Восточного Зангезура было открыто") == [
        ("Карабаха", "karabakh-economic-region"), ("Восточного Зангезура", "east-zangezur-economic-region")]
    assert _pairs("the economic regions of Karabakh and East Zangezur")[0] == ("Karabakh", "karabakh-economic-region")
    assert _pairs("в Карабахе и Восточном Зангезуре")[0] == ("Карабахе", "karabakh")


def test_the_azerbaijani_press_russian_names_of_nakhchivan_districts():
    # report.az and trend.az (held-out 61, 51, 46): Седерек, Кянгярлинский район, Юрдчу (attested_names.yaml) and
    # "Восточно-Зангезурском экономическом регионе" (regions.yaml)
    got = _pairs("в селах Гараагадж и Седерек Седерекского района, в селах Хок и Юрдчу Кянгярлинского района")
    assert ("Седерек", "sadarak") in got and ("Седерекского района", "sadarak-district") in got
    assert ("Юрдчу", "yurdchu") in got and ("Кянгярлинского района", "kangarli-district") in got
    assert _pairs("и в Восточно-Зангезурском экономическом регионе") == [
        ("Восточно-Зангезурском экономическом регионе", "east-zangezur-economic-region")]


def test_homonyms_both_supported_go_to_the_nearer_unit():
    # Report in Armenian (held-out 17): Tatar of Zangilan, listed right after "Զանգիլանի շրջանի", not Tatar of
    # Jabrayil, whose district is named later in the sentence
    t = ("նույն օրը ազատագրվեցին Զանգիլանի շրջանի Չոփադարյա, Թաթար, Թիրի, Ամիրխանլը, Բարթազ և Դալլաքլի գյուղերը, "
         "ինչպես նաև Ջաբրայիլի շրջանի Սիրիկ, Շըխլար և Մաստալիբեյլի գյուղերը։")
    assert ("Թաթար", "tatar-zangilan") in _pairs(t)


def test_settlements_in_a_town_of_no_unit_and_given_names_before_a_noun():
    # news.am, armenpress (held-out 18): Armenian towns have no district, so "settlements in" keeps the towns;
    # a given name (Azat) before "villages" still needs its place supported
    assert _pairs("about 12 settlements in Chambarak and Vardenis enlarged communities") == [
        ("Chambarak", "chambarak"), ("Vardenis", "vardenis")]
    assert ("Azat", "yeni-zod") not in _pairs(
        "The fires in the Sotk, Kut, Norabak and Azat villages of Gegharkunik Province have been put out.")


def test_institutions_and_oblique_qualifiers_and_press_spellings():
    # yenigundem (held-out 18): the Goranboy District Executive Authority names the district by "Goranboy" alone
    assert _pairs("Goranboy Rayon İcra Hakimiyyətinin başçısı") == [("Goranboy", "goranboy")]
    # held-out 27 and 43: after the attribute form "Rayon" any capitalized word opens an institution's name
    assert _pairs("Göygöl Rayon Mədəniyyət və Turizm Şöbəsinin müdiri") == [("Göygöl", "goygol")]
    assert _pairs("Tovuz Rayon Elektrik Şəbəkəsinin yarımstansiyasında baş vermiş qəza") == [("Tovuz", "tovuz")]
    # the district's own capitalized name before a lower-case word keeps its span
    assert _pairs("Tovuz Rayonu ərazisində") == [("Tovuz Rayonu", "tovuz")]
    # eurasianet (held-out 18): "о Верхнем Аскипаре" is Upper Askipara, which is not Askipara
    assert _pairs("Речь идет о Верхнем Аскипаре, селе") == []
    # report.az, abc.az (held-out 18): the Azerbaijani press's Russian spellings
    assert _pairs("обеспечивающие водой Нахчыванскую Автономную Республику") == [
        ("Нахчыванскую Автономную Республику", "nakhchivan")]
    assert _pairs("в Гядабейском районе") == [("Гядабейском районе", "gadabay")]


def test_a_province_over_a_foreign_town_of_the_same_name():
    # armlur (held-out 17): "in border Tavush" is the Armenian province; WOF also gives Tovuz the Armenian Տավուշ
    assert _pairs("Սահմանամերձ Տավուշում գինու գործարան է վաճառվում")[0] == ("Տավուշում", "tavush")
    # (not the province; the district, as "Tovuz rayonunun" says in the same paragraph: test_one_reading...)
    assert _pairs("Tovuz rayonunun kəndləri. Tovuzda")[-1] == ("Tovuzda", "tovuz")


def test_a_broadcaster_or_club_with_an_azerbaijani_case_ending():
    # qerbiazerbaycan (held-out 20): "Baku TV-də" is the broadcaster; "Qarabağ FK-nın" the club
    assert _pairs('Əsgər İbrahimovun müəllifliyi ilə Baku TV-də "Türk yurdu" filmi') == []
    assert _pairs("Qarabağ FK-nın baş məşqçisi") == []


def test_sevan_bare_is_the_lake_the_town_takes_a_noun():
    # held-out 9, 13, 15, 17, 19: the bare name in copy is Lake Sevan, which the gazetteer does not hold
    assert _pairs("Սևանա լճի ավազանը, Սևանի ափին") == []
    assert _pairs("Съездили на выходные к Севану.") == []
    assert _pairs("бирюзовый Севан и пёстрый Вернисаж") == []
    assert _pairs("город Севан") == [("Севан", "sevan")]
    assert _pairs("Սևան քաղաքում") == [("Սևան", "sevan")]
    assert _pairs("Sevan, Martuni and Vardenis towns")[0] == ("Sevan", "sevan")
    # held-out 16, 21: uninflected in a list next to a town; not the lake's shores after Yerevan (held-out 17)
    assert ("Sevan", "sevan") in _pairs("The region includes the towns of Gavar, Chambarak, Martuni, Sevan and Vardenis")
    assert ("Севан", "sevan") in _pairs("другие города - Севан, Чамбарак, Варденис, Мартуни.")
    assert ("Սևանի", "sevan") not in _pairs("եղել էին Երևանում, Սևանի հյուսիսային ափերում")
    # held-out 52, 56, 68, 69: a community noun or a province names the town ("Սեւան համայնքի", "к общине Севан")
    assert _pairs("Սեւան համայնքի ղեկավարը") == [("Սեւան", "sevan")]
    assert ("Սեւան", "sevan") in _pairs("Վարդենիս, Գավառ, Լճաշեն եւ Սեւան համայնքների ներկայացուցիչները")
    assert ("Սեւան", "sevan") in _pairs("Գեղարքունիքի մարզի Սեւան, Կոտայքի մարզի Հրազդան")
    assert _pairs("из прибрежной части, прилегающей к общине Севан, из озера") == [("Севан", "sevan")]
    assert _pairs("the head of the Sevan community said") == [("Sevan", "sevan")]
    assert _pairs("Գեղարքունիքի մարզի Սևանա լճի ափին") == [("Գեղարքունիքի", "gegharkunik")]
    # held-out 68, 72: inflected in a list next to a town in the same case ("в Апаране, Спитаке и Севане"); a
    # different case is the lake's shore, as above, and "на Севане" is the lake
    assert ("Севане", "sevan") in _pairs("В частности, в Апаране, Спитаке и Севане , а также на перевале Варденяц")
    assert ("Севане", "sevan") in _pairs("Как успеть все и еще не остаться в Гаваре или Севане?")
    assert _pairs("побывали в Ереване и на Севане") == [("Ереване", "yerevan")]
    # held-out 53, 56, 62: the Armenian locative and ablative are the town (the lake's are Սևանա լճում, ...լճից)
    assert _pairs("Սեւանում կառուցվող ֆուտբոլի մարզադաշտը") == [("Սեւանում", "sevan")]
    assert _pairs("գտնվում է Սևանից Գավառ տանող ճանապարհի ձախ մասում") == [("Սևանից", "sevan"), ("Գավառ", "gavar")]


def test_goygol_bare_in_azerbaijani_copy_is_the_lake():
    # held-out 15, 19, 27, 29, 41, 43: Azerbaijani copy names the lake Göygöl bare (the lexicon's lake_names)
    assert _pairs("Bu kəndləri fərqləndirən də zümrüd rəngli, səfalı Göygöldür.") == []
    assert _pairs("Ötən il Göygölə gələn turistlərin sayı 51 min nəfər olub.") == []
    assert _pairs("Milli Parkın daxilində Göygöldən başqa 10 göl var.") == []
    # a noun makes it the town or the district; other names of the town and other languages' copy keep the town
    assert _pairs("Göygöl şəhərində yeni park salınıb.") == [("Göygöl", "goygol-city")]
    assert _pairs("Göygöl rayonunun kəndləri") == [("Göygöl", "goygol")]
    assert [t for t, _ in _pairs("Xanlara köçürülüb.")] == ["Xanlara"]
    # held-out 12, 25, 37: an Azerbaijani name in English copy does not make the copy Azerbaijani
    assert _pairs("Goygol (Göygöl, Helenendorf) is a city in Azerbaijan.") == [
        ("Goygol", "goygol-city"), ("Göygöl", "goygol-city"), ("Helenendorf", "goygol-city")]


def test_the_karabakh_economic_region_by_its_noun():
    # held-out 22, 46: "Qarabağ iqtisadi rayonu" is stored with its generic noun; with the noun in lower case the
    # span is the bare "Qarabağ", and it is still the economic region (not the wider Karabakh)
    assert _pairs("Qarabağ iqtisadi rayonuna daxil olan ərazilərdə") == [("Qarabağ", "karabakh-economic-region")]
    assert _pairs("Şərqi Zəngəzur iqtisadi rayonunda") == [("Şərqi Zəngəzur", "east-zangezur-economic-region")]
    # held-out 73, 80, 94: so in English ("Karabakh Economic Region" capitalized is the whole name)
    assert _pairs("the liberated lands of the\nKarabakh economic region (excluding") == [
        ("Karabakh", "karabakh-economic-region")]
    assert _pairs("the Karabakh Economic Region") == [("Karabakh Economic Region", "karabakh-economic-region")]
    # held-out 22, 33, 40: a list closed by the plural noun names economic regions in every item
    assert _pairs("projects implemented in the Karabakh and East Zangazur economic regions") == [
        ("Karabakh", "karabakh-economic-region"), ("East Zangazur", "east-zangezur-economic-region")]
    assert _pairs("Qarabağ və Şərqi Zəngəzur iqtisadi rayonlarının ərazisində") == [
        ("Qarabağ", "karabakh-economic-region"), ("Şərqi Zəngəzur", "east-zangezur-economic-region")]
    # held-out 70, 112, 114: the synonyms "iqtisadi region", "economic zone"
    assert _pairs("Azərbaycanın və Qarabağ iqtisadi regionunun ilk multimodal nəqliyyat mərkəzi") == [
        ("Qarabağ", "karabakh-economic-region")]
    assert _pairs("the territory of the Karabakh economic zone of Azerbaijan") == [
        ("Karabakh", "karabakh-economic-region")]
    # the bare name is still the region, also before a lower-case word and the noun
    assert _pairs("Qarabağ müharibəsi") == [("Qarabağ", "karabakh")]
    assert _pairs("Karabakh and its economic regions") == [("Karabakh", "karabakh")]
    assert _pairs("Karabakh and Nakhchivan are regions.")[0] == ("Karabakh", "karabakh")


def test_a_road_end_point_is_the_centre_not_the_unit_named_after_it():
    # held-out 11, 19, 20: road and railway end points
    assert ("Nakhchivan", "nakhchivan-city") in _pairs("It is located in the left side of the Nakhchivan-Sadarak highway")
    assert ("Naxçıvan", "nakhchivan-city") in _pairs("Bakı-Culfa-Naxçıvan magistral dəmir və şose yolları üzərində")
    assert ("Nakhichevan", "nakhchivan-city") in _pairs("which is located at Nakhichevan – Sharur highway")
    # the border of the republic stays the republic; a bare name stays the republic
    assert ("Նախիջևանի", "nakhchivan") in _pairs("Վայոց ձորի մարզի Զառիթափ-Նոր Ազնաբերդ-Նախիջևանի սահման")
    assert _pairs("Nakhchivan borders Turkey.") == [("Nakhchivan", "nakhchivan")]
    # held-out 92: road chains before a list of former regions are not items of that list
    text = "Սոթք-Քարվաճառ, Գյումրի - Սպիտակ, Աշոցքի, Ամասիայի տարածաշրջանների և Սյունիքի մարզերի"
    assert _pairs(text)[:4] == [("Սոթք", "sotk"), ("Քարվաճառ", "kalbajar-town"), ("Գյումրի", "gyumri"),
                                ("Սպիտակ", "spitak")]


def test_east_zangezur_the_noun_economic_region_stays_out_of_the_span():
    # held-out 13, 15-20: the region by its short name; the lower-case noun is not part of it
    assert _pairs("Şərqi Zəngəzur iqtisadi rayonuna daxil olan Cəbrayıl")[0] == ("Şərqi Zəngəzur", "east-zangezur-economic-region")
    assert _pairs("the Eastern Zangazur economic region") == [("Eastern Zangazur", "east-zangezur-economic-region")]
    assert _pairs("East Zangezur Economic Region") == [("East Zangezur Economic Region", "east-zangezur-economic-region")]
    assert _pairs("в Восточно-Зангезурском экономическом районе, на") == [
        ("Восточно-Зангезурском экономическом районе", "east-zangezur-economic-region")]
    assert _pairs("Zangazur") == []  # the historical region is not Hartashen


def test_berdzor_corridor_is_the_lachin_corridor():
    # held-out 5, 9: the Armenian name after Berdzor, in the genitive, and the Russian one with stress marks
    assert _pairs("Բերձորի միջանցքի նոր երթուղին") == [("Բերձորի միջանցքի", "lachin-corridor")]
    assert _pairs("«Бердзо́рский коридор»") == [("Бердзо́рский коридор", "lachin-corridor")]


def test_a_village_the_copy_places_in_a_district_is_that_districts_village():
    # held-out 10, 11, 17: the Tovuz village Ağdam (WOF's, which GeoNames lacks) is not the Karabakh Ağdam
    assert _pairs("Tovuz rayonunun Ağdam və Əlibəyli kəndlərini atəşə tutub.") == [
        ("Tovuz", "tovuz"), ("Ağdam", "aghdam-tovuz"), ("Əlibəyli", "alibayli-tovuz")]
    assert _pairs("resident of Aghdam village of Tovuz district Isa Aliyev") == [
        ("Aghdam", "aghdam-tovuz"), ("Tovuz", "tovuz")]
    assert ("Агдам", "aghdam-tovuz") in _pairs("обстреляли сёла Агдам и Алибейли Товузского района")
    # held-out 31: a village noun and "of" before, "in" and a possessive before the district
    assert _pairs("Armenia’s military shelled the village of Aghdam in Azerbaijan’s Tovuz district in the northwest") \
        == [("Aghdam", "aghdam-tovuz"), ("Tovuz", "tovuz")]
    # held-out 74: "yaşayış məntəqələri" (settlements) closes the list as kəndləri does
    assert _pairs("Tovuz rayonunun Ağdam və Qaralar yaşayış məntəqələri istiqamətlərində") == [
        ("Tovuz", "tovuz"), ("Ağdam", "aghdam-tovuz"), ("Qaralar", "garalar-tovuz")]
    # held-out 43 (the Armenian Wikipedia's first sentence): the name, its gloss, a village noun and its district;
    # the gloss's Azerbaijani name goes with it
    assert _pairs("Աղդամ (ադրբ.՝ Ağdam), գյուղ Ադրբեջանի Թովուզի շրջանում։") == [
        ("Աղդամ", "aghdam-tovuz"), ("Ağdam", "aghdam-tovuz"), ("Թովուզի", "tovuz")]
    # the Karabakh town where nothing places it elsewhere
    assert _pairs("Aghdam is a city in Karabakh")[0] == ("Aghdam", "aghdam-town")


def test_a_village_the_copy_places_in_a_far_district_is_left_out():
    # held-out 57 (attested "Agdam" for the Tovuz village, not only for Ağdamkənd of the Aghdam district)
    assert _pairs("in the village of Agdam in border Tovuz region that came under Armenian attack in July") == [
        ("Agdam", "aghdam-tovuz"), ("Tovuz", "tovuz")]
    # held-out 27: the NKR village Sarnaghbyur of the Askeran region, which the gazetteer lacks, is not the
    # Aragatsotn Sarnaghbyur
    assert _pairs("Давно я не ездил в сторону села Сарнахпюр Аскеранского района") == [
        ("Аскеранского района", "khojaly")]
    # a moved unit is near: Talış of the Tərtər district (in Ağdərə since 2023) stays
    assert ("Talış", "talish") in _pairs("Tərtər rayonunun Talış kəndi")
    # in its district, the village stays
    assert _pairs("Laçın rayonunun Zabux kəndi") == [("Laçın", "lachin"), ("Zabux", "zabukh")]


def test_two_russian_district_adjectives_joined_by_i_share_a_singular_noun():
    # held-out 4 (Report.az): "villages of the Khojaly and Aghdara district"
    assert _pairs("в села Ходжалинского и Агдеринского района") == [
        ("Ходжалинского", "khojaly"), ("Агдеринского района", "aghdara")]


def test_azerbaijani_copy_institutions_common_words_and_features():
    # held-out 22: the emergencies ministry, "the East", "national", a plain and a pasture named after places
    assert _pairs("Fövqəladə Hallar Nazirliyindən məlumat verilib.") == []
    assert _pairs("Ordubad Şərqin qədim mədəniyyət mərkəzlərindən biri kimi tanınmışdır.") == [("Ordubad", "ordubad")]
    assert _pairs("Slovakiya Respublikası Milli Şurasının sədri") == []
    assert _pairs("Bu şəhər Gəncə-Qazax ovalığında yerləşir.") == []
    assert _pairs("Gədəbəy rayonunun Düzyurd-Miskinli yaylağında") == [("Gədəbəy", "gadabay")]
    # the abbreviated district noun of encyclopedias
    assert _pairs("Azərb. Resp. Daşkəsən r-nu ərazisində") == [("Daşkəsən", "dashkasan")]


def test_a_list_going_on_with_including_a_district_names_districts():
    # held-out 22: the shared locative on the last item does not make these the towns here
    got = _pairs("Bildirilib ki, Tərtər, Ağdam, Şuşa, Qubadlı və Zəngilanda, o cümlədən Qazax rayonunun kəndlərində")
    assert got == [("Tərtər", "tartar"), ("Ağdam", "aghdam"), ("Şuşa", "shusha"), ("Qubadlı", "qubadli"),
                   ("Zəngilanda", "zangilan"), ("Qazax", "qazakh")]
    # without it, the shared ending leaves the towns (held-out 7)
    assert _pairs("Şuşa, Ağdam, Füzulidə məktəblər")[0] == ("Şuşa", "shusha-city")


def test_an_armenian_village_placed_in_a_far_province_is_left_out_with_its_repeats():
    # held-out 21: Kirants of Tavush is not the Dashkasan settlement that WOF names Կիրանց
    got = _pairs("Տավուշի մարզի Կիրանց գյուղում իրավիճակը լարված է: Փակ են պահում Կիրանց-Ոսկեպար ճանապարհը:")
    assert ("Կիրանց", "sharukkar") not in got and ("Տավուշի", "tavush") in got


def test_northern_artsakh_is_not_the_nkr():
    # held-out 8, 11, 16, 19: the term for the lands north of the NKAO is left out; Artsakh itself stays
    assert _pairs("Հյուսիսային Արցախի պատմական Թալիշ գյուղն") == [("Թալիշ", "talish")]
    assert _pairs("Խիստ մտահոգիչ էր վիճակը Հիւսիսային Արցախում:") == []
    assert _pairs("Արցախի Հանրապետության") == [("Արցախի", "nagorno-karabakh")]


@pytest.mark.parametrize("text, expected", [
    # held-out 7, 9, 15, 16, 17: "Sotk gold mine" is the mine; the Armenian genitive is the place (held-out 5, 18)
    ("the Sotk gold mine near the border", []),
    ("Kapan Mining and Processing Enterprise", []),
    ("Սոթքի հանքավայր", [("Սոթքի", "sotk")]),
    # held-out 62: "from Sevan peninsula to Dilijan tunnel"; the Armenian genitive says where one runs (held-out 58)
    ("Black ice is formed from Sevan peninsula to Dilijan tunnel, as well as in some rural areas.", []),
    ("Դիլիջանի թունելի ներսում հունիսի 17-ից", [("Դիլիջանի", "dilijan")]),
    # held-out 20, 43, 79: "on the Sharur plain", "the Ararat plains" (an adverb after a name is no plain)
    ("4 km in the north-east from the district center, on the Sharur plain.", []),
    ("The road that cuts through the Ararat plains is the same", []),
    ("Sharur plainly", [("Sharur", "sharur")]),
])
def test_an_english_mine_tunnel_or_plain_named_after_a_place_is_that_feature(text, expected):
    assert _pairs(text) == expected


def test_the_monastery_of_a_place_is_the_monastery():
    # held-out 11, 17: "the Medieval Monastery of Tatev", "the wings of Tatev" (the cable car)
    assert _pairs("the Medieval Monastery of Tatev in Southern Armenia") == []
    assert _pairs("Khndzoresk and the wings of Tatev!")[-1] != ("Tatev", "tatev")
    assert _pairs("from the village of Halidzor to the village of Tatev")[-1] == ("Tatev", "tatev")


def test_a_tributary_bank_or_gorge_of_a_river_named_like_a_place_is_the_river():
    # held-out 14, 16, 28, 30, 42, 43, 44: the river Vorotan, named like a Syunik village, in every language;
    # "of the" before the name, a bracket before the noun, and the variant pass (Воротан is no stored form)
    assert _pairs("a small tributary of the Vorotan which joins the main stream") == []
    assert _pairs("the banks of the Tartar") == []
    assert _pairs("на р. Горис (приток Воротана).") == [("Горис", "goris")]
    assert _pairs("на обоих берегах реки Воротан - левого притока Аракса") == []
    assert _pairs("Սիսիան քաղաքից 3 կմ հյուսիս-արևմուտք, Որոտանի կիրճում") == [("Սիսիան", "sisian")]
    # the village itself (held-out 8, 21, 23)
    assert _pairs("в селах Воротан и Шурнух") == [("Воротан", "vorotan"), ("Шурнух", "shurnukh")]
    assert _pairs("the villages of Shurnukh, Vorotan and Bardzravan") == [
        ("Shurnukh", "shurnukh"), ("Vorotan", "vorotan"), ("Bardzravan", "bardzravan")]


def test_quoted_facilities_in_english_and_russian_copy_are_not_the_places():
    # held-out 7, 12, 14, 15, 16: plants, complexes and deposits named after places
    assert _pairs("the “Istisu” mineral water plant in the Kalbajar district")[0] != ("Istisu", "istisu")
    assert not any(t == "Истису" for t, _ in _pairs("побывали на заводе минеральных вод \"Истису\" в Кялбаджаре"))
    # Azerbaijani copy: the place before a factory (held-out 5, 14, 19, 21); not before a substation, a deposit or a
    # mine, which sets 54 to 122 leave out 24 times and mark 6 (held-out 5's "“Hadrut” yarımstansiyası" one of them)
    assert ("“İstisu”"[1:-1], "istisu") in _pairs("Kəlbəcərdə “İstisu” mineral su zavodunun təməli qoyulub")
    assert ("Hadrut", "hadrut") not in _pairs("35 kilovotluq yeni “Hadrut” yarımstansiyasının təməlini")


def test_attested_spellings_from_copy():
    # held-out 4, 5, 10, 13, 14, 15, 16, 17, 20: spellings real copy uses that no source gave
    assert _pairs("the country’s Karabakh (Garabagh) region") == [("Karabakh", "karabakh"), ("Garabagh", "karabakh")]
    assert _pairs("Gandja is the second largest city") == [("Gandja", "ganja")]
    assert _pairs("the village of Azykh") == [("Azykh", "azikh")]
    assert _pairs("Vayotsdzor is a province") == [("Vayotsdzor", "vayots-dzor")]
    assert _pairs("Дорога на Кафан—Мегри") == [("Кафан", "kapan"), ("Мегри", "meghri")]


def test_armavir_bare_is_the_city_etchmiadzin_is_vagharshapat():
    # held-out 23: Armenia's Armavir province is named like its capital; the bare name is the city
    got = _pairs("Armavir province is in the western part of Armenia. Its capital is Armavir, and the largest city "
                 "is Vagharshapat (Etchmiadzin).")
    assert got == [("Armavir", "armavir"), ("Armavir", "armavir-city"), ("Vagharshapat", "vagharshapat"),
                   ("Etchmiadzin", "vagharshapat")]
    # the poet Hovhannes Shiraz is not Yenokavan (cities500 gives it "Shiraz")
    assert _pairs("հայ մեծանուն բանաստեղծ Հովհաննես Շիրազի ծննդյան օրը") == []


def test_an_armenian_family_name_is_never_a_variant_spelling():
    # held-out 5, 12, 23: Sargsyan is not Sargsashen, Кочарян not Kajaran, Parsyan not Proshyan
    assert _pairs("Maryam Sargsyan, a 26-year-old from the town of Martuni") == [("Martuni", "khojavend-town")]
    assert not any(t == "Кочарян" for t, _ in _pairs("Роберт Кочарян посетил Капан"))


def test_the_abbreviated_rayonu_survives_the_word_class_cache():
    # a bug: the word "r" seen once (its class cached as no noun) made "r-nu" skip its own test
    _pairs("Tovuz r və s.")
    assert _pairs("Azərb. Resp. Daşkəsən r-nu ərazisində") == [("Daşkəsən", "dashkasan")]


def test_feminine_province_adjectives_in_an_elliptic_list_and_berd_is_not_tovuz():
    # held-out 24: "bordering Tavush in the north, Kotayk in the west, Ararat in the south-west provinces"
    t = ("Гегаркуникская область граничит на севере с Тавушской, на западе Котайкской, на юго-западе "
         "Араратской областями")
    assert _pairs(t)[1:] == [("Тавушской", "tavush"), ("Котайкской", "kotayk"), ("Араратской областями", "ararat")]
    # Berd's cities500 alternates cut short to "Tovuz" are the Azerbaijani district's name (held-out 15, 24)
    assert all(p != "berd" for _, p in _pairs("Tovuz District ( Azerbaijani : Tovuz rayonu ) borders Gazakh"))


def test_an_azerbaijani_news_lead_in_the_locative_is_the_district():
    # held-out 7, 8, 14, 19, 21, 24: the event happened in the district
    assert _pairs("Ağdamda qəbiristanlıqda yanğın baş verib.") == [("Ağdamda", "aghdam")]
    assert _pairs("Kəlbəcərdə mina hadisəsi baş verib, üç nəfər yaralanıb.") == [("Kəlbəcərdə", "kalbajar")]
    # a city stays; mid-sentence stays the town
    assert _pairs("Şuşada inşa edilmiş səkkiz qəsrdən yalnız ikisi qalıb.") == [("Şuşada", "shusha-city")]
    assert _pairs("Bu gün Ağdamda yeni məktəb açılıb.") == [("Ağdamda", "aghdam-town")]


def test_a_genitive_district_then_words_then_its_village():
    # held-out 14, 24: "Tovuz's Ağdam village, on the border with the enemy": the district, and its village, not
    # the Karabakh Ağdam
    assert _pairs("Tovuzun düşmənlə sərhəddə yerləşən Ağdam kəndində atəşkəs rejimi pozulur.") == [
        ("Tovuzun", "tovuz"), ("Ağdam", "aghdam-tovuz")]
    assert _pairs("Tərtərin işğaldan azad edilən Talış kəndi") == [("Tərtərin", "tartar"), ("Talış", "talish")]


def test_bala_is_a_qualifier_and_attested_russian_forms():
    # held-out 11, 23: Bala Cəfərli is not Cəfərli; Нахчыванская АР; the stressed Еле́нендорф
    assert _pairs("В селах Бала Джафарли и Кемерли Газахского района")[0] == ("Бала Джафарли", "bala-jafarli")
    assert _pairs("вокруг Нахчыванской АР особый колорит") == [("Нахчыванской АР", "nakhchivan")]
    assert _pairs("Еле́нендорф (нем. Helenendorf)")[0] == ("Еле́нендорф", "goygol-city")


def test_capital_of_a_province_and_the_title_tsar():
    # held-out 20, 25: "is the capital of the province of Tavush" makes Ijevan the city, not a province reading
    got = _pairs("Ijevan ( Իջեւան Armenian, Russian Иджеван ) is the capital of the province of Tavush ( in Armenia).")
    assert got == [("Ijevan", "ijevan"), ("Իջեւան", "ijevan"), ("Иджеван", "ijevan"), ("Tavush", "tavush")]
    # held-out 25: the Tsar's sister is no village Zar (its Armenian name romanized is Tsar)
    assert _pairs("In honour of the Tsar’s sister, Jelena Pavlovna") == []


def test_azerbaijani_bare_rayon_names_an_institution_not_the_district_name():
    # sederek.nakhchivan.az (held-out 26): "Sədərək Rayon" before a lower-case noun is the party branch's name; the
    # district is the bare Sədərək (the stored name is "Sədərək rayonu"); English "Agdam Rayon" keeps the noun
    assert _pairs("Yeni Azərbaycan Partiyasının Sədərək Rayon təşkilatı ilə birgə") == [("Sədərək", "sadarak-district")]
    assert _pairs("They toured Agdam Rayon last week.") == [("Agdam Rayon", "aghdam")]


def test_an_armenian_sentence_may_end_with_a_colon():
    # the Tavush tourism site (held-out 26): "։" typed as ":"; Հարավում is "in the south", not the village Harov
    text = ("Տավուշի մարզը գտնվում  է ՀՀ հյուսիս-արևելյան մասում: Հարավում և հարավ-արևելքում սահմանակից է  ՀՀ "
            "Գեղարքունիքի և Կոտայքի, արևմուտքում` Լոռու մարզերին")
    assert [p for _, p in _pairs(text)] == ["tavush", "gegharkunik", "kotayk", "lori"]


def test_muxtar_before_respublika_in_any_case_is_autonomous():
    # nakhchivan daily (held-out 26) and the Nakhchivan press: "Muxtar respublikanın", "Muxtar respublikamızın"
    assert _pairs("Muxtar respublikanın ən böyük kəndlərindən olan Nehrəm qədim tarixə malikdir.") == [("Nehrəm", "nehram")]
    assert _pairs("Muxtar respublikamızın kəndlərində yeni məktəblər tikilib.") == []


def test_a_russian_former_district_named_after_its_town_is_the_town():
    # Sputnik Armenia (held-out 15): the Soviet Berd district is no unit of the gazetteer; its town is the place
    # named (the NKR's Askeran region is a unit's name: test_the_nkr_askeran_region_is_the_khojaly_district...)
    assert _pairs("в некоторых приграничных сёлах Бердского района Тавушской области Армении") == [
        ("Бердского района", "berd"), ("Тавушской области", "tavush")]
    # a district of that name still wins ("Кельбаджарского района" is the district, not the town)
    assert _pairs("жители Кельбаджарского района") == [("Кельбаджарского района", "kalbajar")]


def test_two_russian_province_adjectives_with_a_repeated_preposition_share_the_noun():
    # a news item (held-out 7): "и в Сюникской, и в Гегаркуникской области"
    got = _pairs("Военные продвинулись вглубь территории и в Сюникской, и в Гегаркуникской области Армении.")
    assert got == [("Сюникской", "syunik"), ("Гегаркуникской области", "gegharkunik")]


def test_a_gloss_between_a_russian_adjective_and_its_noun():
    # ru.wikipedia mirrors (held-out 5, 6): the adjective alone is the span, the gloss keeps its own names
    got = _pairs("Кельбаджарский (армянское название Кельбаджара – Карвачар) район находился на территории")
    assert got[0] == ("Кельбаджарский", "kalbajar")
    got = _pairs("передачи части Агдеринского (Мардакертского) района (23 села с участками) в состав района")
    assert got[:2] == [("Агдеринского", "aghdara"), ("Мардакертского", "aghdara")]
    # the adjectives in the parenthesis are spans of their own (held-out 42, 83, 85)
    assert _pairs("согласно которому Кашатагский (Лачинский) район переходит Азербайджану") == [
        ("Кашатагский", "kashatagh"), ("Лачинский", "lachin")]
    assert _pairs("приграничные с Кашатагским (Лачинским и Кельбаджарским) районами, теперь") == [
        ("Кашатагским", "kashatagh"), ("Лачинским", "lachin"), ("Кельбаджарским", "kalbajar")]
    # a parenthesis that no район follows names none
    assert _pairs("ресторан «Ширван» (Лачинский) открыт") == []


def test_an_abbreviation_takes_its_ending_after_a_hyphen():
    # Armenian and Azerbaijani copy (held-out 16, 17, 22): the ending is part of the mention, as every inflection
    assert _pairs("1988 թ. ԼՂԻՄ-ի մարզխորհրդի նստաշրջանը") == [("ԼՂԻՄ-ի", "nkao")]
    assert _pairs("ԼՂՀ-ում ընտրություններ են") == [("ԼՂՀ-ում", "nagorno-karabakh")]
    assert _pairs("NMR-nın ərazisi dağlıqdır.") == [("NMR-nın", "nakhchivan")]
    # a hyphen before another name is a compound, not an ending
    assert _pairs("ԼՂԻՄ-Ադրբեջան հարաբերությունները") == [("ԼՂԻՄ", "nkao")]


def test_a_reserve_or_park_named_after_a_place_is_not_the_place():
    # report.az (held-out 27), a tour operator (held-out 25): the reserve named after Lake Göygöl
    assert _pairs("Göygöl Dövlət Təbiət Qoruğu ziyarətçilər üçün açıq elan edilib.") == []
    assert _pairs("The Goygol State Nature Reserve is in the Goygol district.") == [("Goygol", "goygol")]
    assert _pairs("Dilijan National Park covers the forests around Dilijan.") == [("Dilijan", "dilijan")]


def test_titles_poets_and_common_words_from_the_lexicon():
    # the Nakhchivan daily (held-out 27): Hacı is the pilgrim's title, not the village Haci; the poet Səməd Vurğun;
    # "Տեղի է ունեցել" (it took place) opens a sentence
    assert _pairs("Ötən əsrin məşhur səyyahı Hacı Zeynalabdin Şirvani yazır: “Ordubad gözəl şəhərdir.”") == [
        ("Ordubad", "ordubad")]
    assert _pairs("Samad Vurgun was born on March 21, 1906, in Salahly village.") == [("Salahly", "salahly")]
    assert _pairs("Տեղի է ունեցել հրադադարի խախտում Ստեփանակերտի մոտ։") == [("Ստեփանակերտի", "khankendi")]


def test_a_quoted_outlet_named_after_a_place_is_not_the_place():
    # the public TV news site (held-out 27): «Արցախ» լրատվական, the news outlet
    assert _pairs("Այս մասին «Արցախ» լրատվականի հետ զրույցում ասել է Ասկերանի նախկին քաղաքապետը։") == [
        ("Ասկերանի", "asgaran")]
    assert _pairs("газета «Карабах» писала, что в Шуше тихо.") == [("Шуше", "shusha-city")]
    assert _pairs("“Qarabağ” qəzetinin redaktoru Şuşada olub.") == [("Şuşada", "shusha-city")]
    assert _pairs("Он живёт в «Карабахе».") == [("Карабахе", "karabakh")]
    # the last word of an outlet's name of several words (held-out 18, 43, 49, 63, 84), a correspondent or an
    # edition before it
    assert _pairs("Корреспондент «Москва-Баку» побывала в Ордубаде.") == [("Ордубаде", "ordubad")]
    assert _pairs("Как сообщили изданию «Gündəlik Naxçıvan» ожидающие на станции") == []
    assert _pairs("передавала в газету «Советский Карабах»: «В ночь на 30 апреля") == []
    assert _pairs("Я вернулся в мой Баку.") == [("Баку", "baku")]


def test_a_name_two_places_share_is_decided_by_the_area_named():
    # news of the 2024 delimitation (held-out 24, 28): Kirants is the Tavush village (a WOF community since the
    # fourth import), not the Dashkasan settlement WOF also names Կիրանց; a text about Dashkasan picks the latter
    assert _pairs("Վարչապետ Նիկոլ Փաշինյանը այսօր այցելել է Տավուշի մարզի Կիրանց բնակավայր։") == [
        ("Տավուշի", "tavush"), ("Կիրանց", "kirants")]
    assert _pairs("The border villages of Kirants and Voskepar in Tavush.") == [
        ("Kirants", "kirants"), ("Voskepar", "voskepar"), ("Tavush", "tavush")]
    assert ("Kirants", "sharukkar") in _pairs("Şarukkar (Kirants) kəndi Daşkəsən rayonundadır.")


def test_homonyms_of_one_province_are_decided_on_the_map():
    # held-out 5 and 13: Agarak by Kapan is the Kapan-area village (a WOF community), not the Meghri town of the
    # same province; with no other place named, the first record stays
    assert ("Agarak", "agarak-syunik") in _pairs("The road linking Kapan with the village of Agarak in Syunik.")
    assert ("Agarak", "agarak-syunik") in _pairs("the villagers of Agarak, Yeghvard and Ujanis are blockaded")
    assert _pairs("Meghri and Agarak on the Iranian border") == [("Meghri", "meghri"), ("Agarak", "agarak")]


def test_a_name_shared_with_a_better_known_place_the_gazetteer_lacks_needs_support():
    # held-out 8 and 30: Խաչեն is the medieval principality before it is the Khojaly village Seyidbəyli (its NKR
    # name); Մովսես Խորենացի is the historian, not the Tavush village Movses; Khojaly or Tavush copy names them
    assert _pairs("Հիշատակվում է X դարից: Եղել է Խաչենի իշխանների տոհմական տապանատունը:") == []
    assert ("Խաչեն", "seyidbayli") in _pairs("Ասկերանի շրջանի Խաչեն գյուղում")
    assert _pairs("Մովսես Խորենացին գրում է") == []
    assert ("Մովսես", "movses") in _pairs("Տավուշի մարզի Մովսես գյուղը")


def test_the_rebuilt_aghali_and_its_numbered_villages():
    # the Great Return's first village (held-out 2 to 33): bare Ağalı is the rebuilt village, filed under Birinci
    # Ağalı; an ordinal or a Roman numeral makes one of the three villages, and an ordinal before a region is a war
    assert _pairs("Zəngilan rayonunun yenidən salınan Ağalı kəndinə köç karvanı yola salınıb.") == [
        ("Zəngilan", "zangilan"), ("Ağalı", "birinji-aghali")]
    assert ("Агалы", "birinji-aghali") in _pairs("в село Агалы Зангиланского района")
    got = _pairs("села Биринджи Агалы, Икинджи Агалы и Учюнджю Агалы Зангиланского района")
    assert ("Икинджи Агалы", "ikinji-aghali") in got and ("Агалы", "birinji-aghali") not in got
    assert _pairs("в сёлах Агалы I и Агалы II") == []  # not the rebuilt village (no stored form for these)
    assert _pairs("İkinci Qarabağ müharibəsində") == [("Qarabağ", "karabakh")]
    assert ("Aghali", "birinji-aghali") in _pairs("In Aghali I saw the new school.")


def test_an_nkr_community_beside_a_namesake_in_armenia():
    # held-out 2: "Մարտունու շրջանի Բերդաշեն համայնքը" is the Khojavend village, not the Shirak Berdashen (a WOF
    # community); "Բերդ համայնքի" without an NKR district named is the town of Tavush
    got = _pairs("Արցախի Մարտունու շրջանի Բերդաշեն համայնքը մեծ համբավ ունեցող գյուղերից է")
    assert ("Բերդաշեն", "garakand") in got
    assert _pairs("Տավուշի մարզի Բերդ համայնքի ղեկավարը") == [("Տավուշի", "tavush"), ("Բերդ", "berd")]


def test_new_and_old_make_another_place():
    # a news site on the NKR's resettlement villages (held-out 28): Нор Айгестан is not Айгестан; Old Julfa
    # (held-out 11, 22) is not the town Julfa; stored compounds still match whole
    got = _pairs("переселенцы поселились в Нор Айгестане, а не в Айгестане Аскеранского района")
    assert ("Айгестане", "gochbek") not in got or got.count(("Айгестане", "gochbek")) == 1
    assert _pairs("Հին Ջուղայի գերեզմանատունը") == [("Հին Ջուղայի", "julfa")]  # stored whole (attested)
    assert _pairs("Sədərək rayonunun Yeni Kərki kəndi") [0] == ("Sədərək", "sadarak-district")
    assert ("Kərki", "karki") not in _pairs("Sədərək rayonunun Yeni Kərki kəndi")


def test_every_romanization_of_a_qualifier_makes_another_place():
    # held-out 19, 26, 28, 29: "Ashaghy Askipara", "Ashagi Askipara", "Юхари Аскипара" are the Qazax villages Aşağı
    # and Yuxarı Əskipara (the variant pass finds them whole), not the village Əskipara
    for text in ("the villages of Ashaghy Askipara and Baghanis Ayrum", "в селе Юхари Аскипара Газахского района"):
        got = _pairs(text)
        assert not any(p == "askipara" for _, p in got), got
    assert ("Ashagi Askipara", "ashaghi-askipara") in _pairs("shelling of Ashagi Askipara village of Qazakh district")


def test_a_qualifier_glued_to_the_word_before_still_qualifies():
    # the Səməd Vurğun museum's page (held-out 30): "Qazax rayonununYuxarı Salahlı kəndində", a space lost before
    # the qualifier; Salahlı alone is another village
    got = _pairs("1976-cı ildə şairin vətənində – Qazax rayonununYuxarı Salahlı kəndində muzeyin filialı yaradılmışdır.")
    assert not any(p == "salahli" for _, p in got), got


def test_a_company_or_facility_named_after_a_place_is_not_the_place():
    # held-out 20, 24, 26, 33 and 7: "Ijevan Wine-Brandy Factory", "Yerevan Brandy Company", "Agarak Copper
    # Molybdenum Combine", "Areni Wine Festival", "Aghdam Bread Museum" are left out; the town named after them stays
    got = _pairs("Ijevan Wine-Brandy Factory is a prominent winery and distillery located in Ijevan, a town in the "
                 "Tavush Province of Armenia.")
    assert got == [("Ijevan", "ijevan"), ("Tavush Province", "tavush")]
    assert _pairs("the local branch of Yerevan Brandy Company") == []
    assert _pairs("employees of the Agarak Copper Molybdenum Combine are residents of Agarak and Meghri") == [
        ("Agarak", "agarak"), ("Meghri", "meghri")]
    assert _pairs("the ruins of the Aghdam Bread Museum") == []
    # a lower-case building noun after one or two capitalized words (held-out 60, 76)
    assert _pairs("In the city of Shusha, visit the Shusha Juma mosque.") == [("Shusha", "shusha-city")]
    assert _pairs("pilgrims visiting the Amaras Christian monastery") == []
    # held-out 36-44: hotels, sanatoria, associations, departments, mosques, bridges and companies (LLC, OJSC, NGO)
    assert _pairs("Under the guidance of the Basen Hotel’s owner") == []
    assert _pairs("Restoration work is underway at the Istisu Sanatorium in Azerbaijan's Kalbajar district") == [
        ("Kalbajar", "kalbajar")]
    assert _pairs("The Aghdam Juma Mosque was built in 1868-1870") == []
    assert _pairs("Dashkasan Demir Filiz LLC, a subsidiary of AzerGold CJSC") == []
    assert _pairs("The Dashkasan Ore\nDepartment was established in 1945.") == []
    assert _pairs("the cooperation between SHEN and Syunik-Development NGOs continues") == []
    # held-out 20, 49: a hospital, a medical centre and an expo centre
    assert _pairs("the re-opening of the Dilijan Medical Center") == []
    assert _pairs("She was hospitalized in Tovuz Central Hospital.") == []
    assert _pairs("said at the Baku Expo Center.") == []
    # held-out 73, 24, 21: a numbered plant, a reserve with words between the name and the noun, a health centre
    assert _pairs("the opening of the newly built Kalbajar-1 Small Hydropower Plant with a capacity of 4.4 MWt") == []
    assert _pairs("from the road leading to Tigranakert Reserve, 14 km east of Stepanakert") == [
        ("Stepanakert", "khankendi")]
    assert _pairs("the Heydar Aliyev Foundation, and the Shusha City State Reserve.") == []
    assert _pairs("in addition to the modular Lachin Family Health Centre.") == []
    # a council keeps the place (held-out 17)
    assert ("Kapan", "kapan") in _pairs("the Kapan City Council of Syunik region voted")


def test_a_power_plant_or_a_numbered_site_named_after_a_place_is_not_the_place():
    # held-out 50, 80, 84: a lower-case plant noun after the name (the Shafag of the plant is in Jabrayil, while
    # the gazetteer's Şəfəq is a Beylagan village)
    assert _pairs("The foundation-laying ceremony for the 240 MW Shafag solar power plant was held today in "
                  "Azerbaijan's Jabrayil district.") == [("Jabrayil", "jabrayil")]
    assert _pairs("The Merik and Aghbulag hydropower plants (HPPs) are expected to be commissioned") == []
    assert _pairs("Azerbaijan's Lachin district hosted a foundation-laying ceremony for the Malibay small "
                  "hydroelectric power plant") == [("Lachin", "lachin")]
    # a possessive says whose the plant is (held-out 27; Sisian supports the Syunik village, since Shaki, the
    # Azerbaijani city Şəki, is an unheld namesake)
    assert _pairs("It lies 4km from Sisian. The water is used for Shaki’s hydroelectric power station")[1] == (
        "Shaki’s", "shaki")
    # held-out 58, 84, 85, 72: a number joined by a hyphen, unquoted: a numbered site, plant or team
    assert _pairs("Based on archaeological evidence from the Areni-1 Cave in the Vayots Dzor region") == [
        ("Vayots Dzor", "vayots-dzor")]
    assert _pairs("Aghbulag-1 and Aghbulag-2 have a nominal capacity of nearly 14.2 MW") == []
    # a year is no number of a thing, nor is a dash with a space after it (held-out 77, 26)
    assert ("Karabakh", "karabakh") in _pairs("на выставках BakuBuild и Rebuild Karabakh-2025.")
    assert [t for t, _ in _pairs("в Шямкире 19,9 тыс. тонн, в Агстафе- 4,3 тыс. тонн")] == ["Агстафе"]
    # held-out 37, 39, 41, 47: a university and a media centre in English copy (held-out 10 alone had marked
    # "the opening of the Karabakh University"; 41 and 47 leave it out four times) (the Azerbaijani sets mark "Qarabağ
    # Universiteti" as the region, and it stays)
    assert _pairs("The newly established Karabakh University in Khankandi will be opened") == [("Khankandi", "khankendi")]
    assert _pairs("students at Garabagh University have completed their registration") == []
    assert _pairs("Arzu Aliyeva, head of Baku Media Center, along with") == []
    assert ("Qarabağ", "karabakh") in _pairs("Xankəndidə Qarabağ Universitetinin yaradılması")


def test_an_economic_region_named_by_two_towns_is_neither():
    # held-out 13, 24: "the Ganja-Qazakh Economic Region", "the Gazakh-Tovuz Economic Region" (no stored place);
    # the Karabakh and East Zangezur economic regions, which the gazetteer holds, stay
    assert _pairs("It belongs to the Gazakh-Tovuz Economic Region. The district borders") == []
    assert _pairs("and belongs to the Ganja-Qazakh Economic Region.") == []
    assert _pairs("Gəncə-Qazax iqtisadi rayonunda") == []
    assert _pairs("Гянджа-Газахский экономический район") == []
    assert _pairs("in the Karabakh and East Zangezur economic regions") == [
        ("Karabakh", "karabakh-economic-region"), ("East Zangezur", "east-zangezur-economic-region")]
    assert [p for _, p in _pairs("the Toganali-Kalbajar-Istisu highway")] == ["toghanali", "kalbajar-town", "istisu"]


def test_an_initial_before_a_name_is_not_the_place():
    # held-out 33: the Vardenis community's villages "Մ․ Մասրիկ", "Փ․ Մասրիկ", "Ն․ Շորժա", "Վ․ Շորժա" (Մեծ, Փոքր,
    # Ներքին, Վերին abbreviated) are neither Masrik nor Shorzha; a person's initial likewise
    got = _pairs("Կութ, Կուտական, Մ․ Մասրիկ, Տորֆավան, Ն․ Շորժա, Նորաբակ")
    assert ("Կուտական", "kutakan") in got and not any(t in ("Մասրիկ", "Շորժա") for t, _ in got), got
    assert _pairs("Ս. Շահումյանի անվան դպրոցը") == []
    assert ("Khankendi", "khankendi") in _pairs("They drove on to Shusha. Khankendi was next.")


def test_a_classical_or_capitalized_armenian_family_name_makes_a_person():
    # held-out 28 and 29: "Թաթուլ Կրպէեանի անուան դպրոց" (classical -եան) and "ԹԱԹՈՒԼ ԿՐՊԵՅԱՆԸ" (capitals) name the
    # hero Tatul Krpeyan, not the village Tatul; the noun ending -ութեան is no family name
    assert all(p != "tatul" for _, p in _pairs("Կովսականի՝ Թաթուլ Կրպէեանի անուան միջնակարգ դպրոցի ուսուցիչները"))
    assert _pairs("որտեղ հերոսաբար զոհվեցին ԹԱԹՈՒԼ ԿՐՊԵՅԱՆԸ, ՍԻՄՈՆ ԱՉԻՔԳՅՈԶՅԱՆԸ") == []
    assert ("Թաթուլ", "tatul") in _pairs("Թաթուլ գյուղում")


def test_the_district_s_village_lies_in_the_district_last_named():
    # held-out 28: "Tovuz rayonunun Əyyublu kəndində ... Burada rayonun Ağdam kəndində": the Tovuz village Ağdam,
    # not the Karabakh town; a village of the district named before stays
    got = _pairs("Tovuz rayonunun Əyyublu kəndində xiyabanın bir hissəsində Tovuz şəhidləri üçün də xüsusi yer "
                 "ayrılıb. Burada rayonun Ağdam kəndində düşmən təxribatının qarşısını alarkən")
    assert got[-1] == ("Ağdam", "aghdam-tovuz"), got
    assert ("Şıxbabalı", "sikhbabali") in _pairs("Ağdam rayonunda iş gedir. Burada rayonun Şıxbabalı kəndində")


def test_a_temple_or_mausoleum_named_after_a_place_is_not_the_place():
    # held-out 30 and 17: "Ağoğlan məbədi (IX əsr)", "Qaranlıq kaha" are a temple and a cave; an Armenian genitive
    # before a church says where it stands (held-out 26: "Բերձորի եկեղեցին" is Berdzor's church)
    assert _pairs("Ağoğlan məbədi (IX əsr), Dəmrovlu Pir məbədi") == []
    assert ("Բերձորի", "lachin-town") in _pairs("Ջրականի Մեխակավանի եկեղեցին, Բերձորի եկեղեցին եւ Շուշիի եկեղեցին")


def test_a_singular_noun_before_the_first_item_beats_the_list_s_plural_noun():
    # held-out 34: "the city of Nakhchivan, Garakhanbayli, ... and Tumbul villages": the city, then the villages
    got = _pairs("The service area of the facility covers the city of Nakhchivan, Garakhanbayli, Bulgan, Hajiniyyat "
                 "and Tumbul villages of Babak district.")
    assert got[0] == ("Nakhchivan", "nakhchivan-city") and ("Tumbul", "tumbul") in got


def test_a_city_unit_inside_a_bare_list_of_districts():
    # held-out 34: a demining report lists thirteen districts with the city Xankəndi among them; the districts
    got = _pairs("dörd özəl şirkət Tərtər, Ağdərə, Kəlbəcər, Ağdam, Xocalı, Xankəndi, Şuşa, Xocavənd, Laçın, Füzuli, "
                 "Cəbrayıl, Qubadlı və Zəngilan ərazilərində işlər aparıb")
    assert ("Xankəndi", "khankendi") in got and ("Şuşa", "shusha") in got and ("Zəngilan", "zangilan") in got
    assert ("Tərtər", "tartar") in got
    # held-out 61, the English version of that report: "Aghdara" alone is only the town, which a district is named
    # after (the stored district name is "Aghdara District"), and an item of the list all the same
    got = _pairs("covered areas such as Tartar,\nAghdara, Kalbajar, Aghdam, Khojaly, Khankandi, Shusha, Khojavand,\n"
                 "Lachin, Fuzuli, Jabrayil, Gubadli, and Zangilan.")
    assert ("Aghdara", "aghdara") in got and ("Tartar", "tartar") in got and ("Khankandi", "khankendi") in got
    assert ("Zangilan", "zangilan") in got
    # a town noun opening the list makes the towns (held-out 12: "şəhərdən — Naxçıvan, Ordubad və Culfadan"), and
    # Russian copy names districts by adjective and район, so its bare list is the towns (held-out 26, 58)
    assert _pairs("генпланов городов Зангилан, Губадлы, Кяльбаджар и Лачин.")[0] == ("Зангилан", "zangilan-town")
    assert _pairs("оттуда через Губадлы, Зангилан и Джебраил в Физули.")[0] == ("Губадлы", "qubadli-town")
    assert _pairs("the cities of Aghdara, Kalbajar and Tartar")[0] == ("Aghdara", "aghdara-town")
    assert [p for _, p in _pairs("Հադրութ, Մարտունի ու Ասկերան")] == ["hadrut", "khojavend-town", "asgaran"]


def test_an_azerbaijani_locative_before_the_places_it_holds_is_the_district():
    # held-out 34 and 22: "Kəlbəcərdə - Vəng, İstisu ...", "Xocavəndə isə Hadrut, Ağbulaq ...": the districts
    got = _pairs("Onun sözlərinə görə, Kəlbəcərdə - Vəng, İstisu və Dəmirçidam turizm zonası yaradılacaq: “Xocavəndə "
                 "isə Hadrut, Tuğ və Böyük Tağlar, Zəngilanda Qaragöz")
    assert ("Kəlbəcərdə", "kalbajar") in got and ("Xocavəndə", "khojavend") in got and ("Zəngilanda", "zangilan") in got
    assert ("Hadrut", "hadrut") in got
    assert _pairs("Şuşada inşa edilmiş səkkiz qəsr") == [("Şuşada", "shusha-city")]


def test_a_plural_feature_noun_after_a_list_names_every_item():
    # held-out 34 and 18: the Areguni and Pambak ranges, the Azykh and Taghlar caves are not the villages
    assert _pairs("որը բաղկացած է Վիրահայոց, Գուգարաց, Միափորի, Արեգունու և Փամբակի լեռնաշղթաներից:") == []
    assert _pairs("The Azykh and Taghlar caves are two prehistoric sites") == []
    assert _pairs("Tərtər və Xaçın çayları") == []  # the last item unknown to the gazetteer
    assert ("Tavush", "tavush") in _pairs("Tavush and Gegharkunik provinces")


def test_a_tributary_or_rivers_named_like_a_place_are_not_the_place():
    # held-out 34, 15, 20, 21: "Կուր գետի Դեբեդ և Աղստև վտակների", "Կուր գետի Գանձակ վտակի ափին", "Ոսկեպար և Ջողազ
    # գետերի միախառնման տեղում": tributaries and rivers, not the towns and villages
    assert _pairs("Անդրկովկասի խոշոր Կուր գետի Դեբեդ և Աղստև վտակների միջև:") == []
    assert _pairs("Ոսկեպար և Ջողազ գետերի միախառնման տեղում") == []


def test_garadagh_needs_its_village_s_area():
    # held-out 13, 22, 31, 34: Iranian Qaradagh (Ղարադաղից, where forebears came from) and Baku's Garadagh district
    # (resettlement convoys leave from it) are not the Tavush, Gadabay or Tovuz villages of the name
    assert _pairs("նրանց միայն փոքր մասի նախնիները գաղթել են Ղարադաղից։") == []
    assert _pairs("the Gobu Park 3 residential complex in Garadagh for Lachin") == [("Lachin", "lachin-town")]
    assert ("Qaradağ", "garadagh") in _pairs("Gədəbəy rayonunun Qaradağ kəndi")


def test_summits_are_features():
    # held-out 14, 23, 32: "Qapıcıq zirvəsinin", "Qapıcıq (3904 m)" are the summit, not the Ordubad village
    assert _pairs("Kiçik Qafqaz sıra dağlarının Qapıcıq zirvəsinin ətəklərində yerləşir.") == []
    assert _pairs("Bölgənin ən hündür dağları – Qapıcıq (3904 m) və İlandağdır (2385 m).") == []


def test_a_capitalized_plural_noun_closing_an_unknown_last_item():
    # held-out 10 and 31: "between Ughtasar and Iskhanasar Mountains", "the Martuni, Gadrut, and Kashatag
    # Districts": the noun is the list's even when the last item is a name the gazetteer lacks
    assert _pairs("located between Ughtasar and Iskhanasar Mountains nearby Sisian") == [("Sisian", "sisian")]


def test_an_uezd_or_a_sanjak_is_a_historical_unit():
    # held-out 35, 27, 4: "Naxçıvan qəzası", "Kazakh Uyezd" are units of the Russian Empire, left out; qəza is also
    # "accident" (held-out 8: "Ağdamda qəzalı vəziyyətə düşən məscid" keeps Ağdam)
    got = _pairs("Naxçıvan qəzası təşkil olunmuşdu. Qəzanın inzibati mərkəzi Naxçıvan şəhəri idi.")
    assert got == [("Naxçıvan", "nakhchivan-city")]
    assert ("Kazakh", "qazakh-city") not in _pairs("in Salahly village of Kazakh Uyezd, present day Qazax District")
    assert _pairs("Ağdamda qəzalı vəziyyətə düşən tarixi məscid bərpa edilir.")[0][0] == "Ağdamda"
    # held-out 36: so is an Ottoman sanjak
    assert _pairs("1727-ci ildə Naxçıvan sancağının müfəssəl dəftəri tərtib edilib.") == []


def test_a_two_word_name_written_with_a_hyphen():
    # held-out 35, 23, 28: "Nagorny-Karabakh", "Vayots-Dzor" (stored as "Nagorny Karabakh", "Vayots Dzor")
    assert ("Nagorny-Karabakh", "nagorno-karabakh") in _pairs("from the town of Martuni in Nagorny-Karabakh, woke")
    assert ("Vayots-Dzor", "vayots-dzor") in _pairs("the mountainous wine province of Vayots-Dzor certainly")


def test_a_spring_named_like_a_village():
    # held-out 35: "с серным горячим источником Истису" is the hot spring, not the Kalbajar village
    assert _pairs("Массалах, с серным горячим источником Истису; соляных пещерах Дуздага") == []
    assert _pairs("In spring Shusha is at its best.") == [("Shusha", "shusha-city")]


def test_a_lake_town_in_a_road_chain_is_the_town():
    # held-out 29 and 33: "Երևան-Սևան-Իջևան միջպետական ավտոճանապարհ": the road's stops, Sevan the town
    assert ("Սևան", "sevan") in _pairs("Երևան-Սևան-Իջևան ( Մ4) միջպետական ավտոճանապարհի 83-րդ կմ")
    assert _pairs("Սևանի ափին հանգստացանք։") == []


def test_a_river_bank_names_the_river():
    # held-out 24 and 31: "Արաքսի ափին" is the bank of the Araks, not the Armavir village Araks
    assert _pairs("Մեքենաները Արաքսի ափին գտնուող Արցախի տարածքներ") == [("Արցախի", "nagorno-karabakh")]
    assert _pairs("на берегу Аракса") == []


def test_a_genitive_before_its_villages_is_the_unit():
    # held-out 29 and 35: "Ղազախի սահմանամերձ գյուղերից", "Martuni’s border villages": the districts
    assert _pairs("ասացին, որ Ղազախի սահմանամերձ գյուղերից մեծ է միգրացիան") == [("Ղազախի", "qazakh")]
    assert _pairs("Azerbaijani forces moved towards Martuni’s border villages.") == [("Martuni’s", "khojavend")]


def test_settlement_is_a_settlement_noun():
    # held-out 35: "The village of Chinari is the furthest settlement in the district of Berd": a settlement, not a
    # district (the first noun said of it); "the settlements of Aghdam, ... and Tartar" stays a list of districts
    assert ("Chinari", "chinari") in _pairs("The village of Chinari is the furthest settlement in the district of "
                                            "Berd, in Tavush Marz.")
    got = _pairs("the Armenian shelling targeted the settlements of Aghdam, Aghjabadi, Goranboy and Tartar.")
    assert ("Tartar", "tartar") in got


def test_border_before_a_district_noun():
    # held-out 28: "the Tovuz border district" is the district; "Martuni’s border villages" the district's villages
    assert _pairs("opened fire at positions in the Tovuz border district late on Wednesday") == [("Tovuz", "tovuz")]
    assert _pairs("Azerbaijani forces moved towards Martuni’s border villages.") == [("Martuni’s", "khojavend")]


def test_two_names_of_one_place_support_a_village_once():
    # held-out 36: "Göygöl ... Gəncə yaxınlığında ... əvvəlki adı Yelenendorf olub": Göygöl and its old name
    # Yelenendorf are one town, so the Göygöl village GeoNames also calls Gəncə does not pass the city Ganja
    got = _pairs("Göygöl Azərbaycanın şimal-qərbində, Gəncə yaxınlığında yerləşən kiçik şəhərdir. Şəhərin "
                 "əsasını alman kolonistlər 1819-cu ildə qoyub və əvvəlki adı Yelenendorf olub.")
    assert ("Gəncə", "ganja") in got


def test_a_city_of_its_own_and_the_district_s_village():
    # held-out 36: "Yevlaxda ... layihəsi çərçivəsində rayonunun Balçılı kəndində": the Yevlakh district (imported
    # 2026-11-28; before, the city stood for it and was not dropped as one) and its village Balçılı, not the Göygöl
    # one
    got = _pairs('Yevlaxda həyata keçirilən "Hər kənddə bir park" layihəsi çərçivəsində rayonunun Balçılı kəndində '
                 'yeni park salınıb.')
    assert got == [("Yevlaxda", "yevlakh-district"), ("Balçılı", "balchili-yevlakh-district")]


def test_the_district_executive_abbreviation():
    # held-out 36: "Laçın RİH-nin nümayəndələri" (Rayon İcra Hakimiyyəti, the district executive): the district
    assert _pairs("Komitəsinin və Laçın RİH-nin nümayəndələri tərəfindən") == [("Laçın", "lachin")]


def test_a_given_name_at_a_line_start():
    # the given-name test reads at most 24 characters back (it copied the whole text before a name at a line start,
    # quadratic on one long document): a given name opening a line still makes a family name
    assert _pairs("Müxbir:\nİsmayıl Nəsibli bildirib") == []
    assert _pairs("x" * 40 + " Nəsibli kəndi") == [("Nəsibli", "nasibli")]



def test_a_given_name_before_a_name_with_its_settlement_noun():
    # held-out 48: "İsmayıl Şuşa şəhərinin Gəlmələr məhəlləsində yaşayırdı": İsmayıl lived in the city, the noun
    # says so; held-out 49: "polis kapitanı Aslan Qiyaslı" is a person
    assert _pairs("İsmayıl Şuşa şəhərinin Gəlmələr məhəlləsində yaşayırdı.") == [("Şuşa", "shusha-city")]
    assert _pairs("polis kapitanı Aslan Qiyaslı bildirib") == []
    # held-out 49: "Açıq Səhmdar Cəmiyyəti" is a joint-stock company (Cəmiyyət is also a village)
    assert _pairs("“Azəravtoyol” Açıq Səhmdar Cəmiyyəti tərəfindən təmir işləri həyata keçirilir.") == []


def test_a_generic_noun_in_parentheses_and_russian_v_after_villages():
    # held-out 37: "the capital of Tovuz (rayon)" is the district; "села Забух и Сус в Лачине" the Lachin district;
    # "Khidayat Safarli" a person (the family name is a village's name)
    assert _pairs("Tovuz is the capital of Tovuz (rayon) in Azerbaijan.") == [("Tovuz", "tovuz-city"),
                                                                             ("Tovuz", "tovuz")]
    assert ("Лачине", "lachin") in _pairs("при выходе из села Забух и Сус в Лачине.")
    assert _pairs("with reference to a resident of the district Khidayat Safarli.") == []


def test_one_reading_per_paragraph_for_a_town_and_its_district():
    # held-out 37: "Şəmkir rayonunda ... Şəmkirin hər yerində": the district both times, as the noun says once
    text = ("Şəmkir rayonunda kifayət qədər geniş potensiala malik istiqamətlərdən biri meyvəçilikdir. Bu il "
            "demək olar ki, Şəmkirin hər yerində bol məhsul yetişdirilib.")
    import toponyms

    got = toponyms.load().annotate(text)
    assert [(m.text, m.place.id) for m in got] == [("Şəmkir", "shamkir"), ("Şəmkirin", "shamkir")]
    assert got[1].candidates[0].id == "shamkir-city" and "generic noun" in got[1].why
    # not across a blank line (where long documents are cut into chunks), nor where the nouns disagree
    assert _pairs("Şəmkir rayonunda meyvəçilik.\n\nŞəmkirin hər yerində")[-1] == ("Şəmkirin", "shamkir-city")
    assert _pairs("Şəmkir rayonunda və Şəmkir şəhərində. Şəmkirin hər yerində")[-1] == ("Şəmkirin", "shamkir-city")
    # a province keeps its own rule: "Naxçıvan şəhəri ... Naxçıvanda" leaves the bare name to the ranking
    assert _pairs("Naxçıvan şəhərində yeni park. Naxçıvanda")[-1][1] == "nakhchivan"


def test_one_reading_per_list_for_towns_and_their_districts():
    # held-out 42: Ağdamın, the district's part, makes the list's Laçın the district too
    got = _pairs("Vətən müharibəsi başa çatanda Kəlbəcər, Laçın, Ağdamın böyük hissəsi hələ işğal altında idi")
    assert got == [("Kəlbəcər", "kalbajar"), ("Laçın", "lachin"), ("Ağdamın", "aghdam")]
    # held-out 74: "Kəlbəcərdə, Ağdamda və Laçında etdikləri kimi": the three districts
    assert [p for _, p in _pairs("Kəlbəcərdə, Ağdamda və Laçında etdikləri kimi")] == ["kalbajar", "aghdam", "lachin"]
    # held-out 48: a singular district noun is Martuni's own; Martakert stays the town
    assert _pairs("Մարտակերտում և Մարտունու շրջանում") == [("Մարտակերտում", "aghdara-town"),
                                                          ("Մարտունու", "khojavend")]
    # an item with a town noun of its own keeps it, and so do the items of a list of towns
    assert _pairs("Ağdam rayonu və Laçın şəhəri")[-1] == ("Laçın", "lachin-town")


def test_region_support_does_not_make_a_towns_variant_win_over_the_town_of_that_name():
    # Gavar (Gegharkunik) gives the am region support; Masis (Ararat, in it) has "Hrazdan" only as a cities500
    # variant, while Hrazdan (Kotayk, outside it) bears the name: the Kotayk city, as alone
    assert _pairs("Ijevan, Hrazdan and Gavar cities") == [("Ijevan", "ijevan"), ("Hrazdan", "hrazdan"),
                                                          ("Gavar", "gavar")]
    assert _pairs("Hrazdan") == [("Hrazdan", "hrazdan")]


def test_dash_joined_names_before_a_plural_unit_noun_and_road_ends():
    # held-out 63 and 29: names joined by a dash are items of the list a plural noun closes (the fronts' directions,
    # the regions), not a road's end points
    got = _pairs("Ermənistan ordusu cəbhənin Ağdərə-Tərtər və Füzuli-Cəbrayıl istiqamətlərində hücuma keçməyə cəhd "
                 "göstərib.")
    assert [p for _, p in got] == ["aghdara", "tartar", "fuzuli", "jabrayil"]
    assert [p for _, p in _pairs("Respublikanın Qazax-Ağstafa bölgələrini əhatə etməklə")] == ["qazakh", "aghstafa"]
    # a singular noun is the route's: "Bakı-Naxçıvan-Bakı istiqamətində" keeps the city
    assert _pairs("Bakı-Naxçıvan-Bakı istiqamətində sərnişin avtobusları")[1] == ("Naxçıvan", "nakhchivan-city")
    # held-out 68, 19, 20: a road's end point named like a district is the settlement of that name in it (the
    # village Sədərək; the district's centre is Heydərabad), and a province keeps its namesake village out
    assert _pairs("hadisə Naxçıvan-Sədərək magistral yolunda")[-1] == ("Sədərək", "sadarak")
    assert _pairs("the Nakhchivan-Sadarak highway")[-1] == ("Sadarak", "sadarak")
    assert _pairs("near the village of Arpi on the Yerevan-Syunik stretch of highway")[-1] == ("Syunik", "syunik")


def test_held_out_38_after_its_measurement():
    # a plural noun reaches back over several items the gazetteer lacks: the districts, not the towns
    got = _pairs("Zərdab, Tərtər, Ağcabədi, Ağdam, Goranboy, Tovuz, Qazax, Ağstafa, Samux, Göygöl, Şəmkir, Cəlilabad, "
                 "Ucar, Astara, Salyan rayonlarında, Mingəçevir, Sumqayıt, Gəncə şəhərlərində")
    assert [p for _, p in got][:10] == ["tartar", "aghjabadi", "aghdam", "goranboy", "tovuz", "qazakh", "aghstafa",
                                        "samukh", "goygol", "shamkir"]
    # ... but not over a known name to a noun after it ("Горадиз, Суговушан, Талышкенд, Джабраильский и
    # Зангиланский районы": the two towns stay)
    got = _pairs("рейсы откроются в Горадиз, Суговушан, Талышкенд, Джабраильский и Зангиланский районы.")
    assert [p for _, p in got][:2] == ["horadiz-fuzuli-148003", "sugovushan"]
    # a town with no unit before "ərazisi" is the town (it was dropped as a district the gazetteer lacks)
    assert _pairs("Qazax rayonunun 4 kəndinin: Bağanıs Ayrım, Aşağı Əskipara, Xeyrımlı və Qızılhacılının "
                  "ərazilərinin (6,5 km2) Azərbaycana qaytarılması")[-1] == ("Qızılhacılının", "gizilhajili-qazakh")
    # "the marz capital" is a town; "the waterfall of Shaki" a waterfall; Shiraz the Iranian city
    assert _pairs("Yeghegnadzor is the marz capital, while the most developed town is Jermuk") == [
        ("Yeghegnadzor", "yeghegnadzor"), ("Jermuk", "jermuk")]
    assert _pairs("The waterfall of Shaki is located in the North of Sisian.") == [("Sisian", "sisian")]
    assert _pairs("the mugham Bayati Shiraz on the Cidirduzu Plain in Shusha") == [("Shusha", "shusha-city")]
    # a verb after a quoted name is no facility's noun: "“Vayots dzor” means “the Gorge of Woes”"
    assert _pairs("“Vayots dzor” means “the Gorge of Woes”") == [("Vayots dzor", "vayots-dzor")]
    # the lower-case GeoNames alternate "ծաղկ" of Ijevan is gone: "ծաղկում" (blossoming) is a word
    assert _pairs("Ջերմուկը մեծ ծաղկում էր ապրում։") == [("Ջերմուկը", "jermuk")]


def test_a_range_named_after_a_region():
    # held-out 9, 12, 25, 27: "Qarabağ silsiləsində", "Qarabağ dağ silsiləsinin", "Nagorno Karabakh mountain range"
    # are the mountains (the sets leave them out); "Qarabağ məscidləri" are the region's mosques
    assert _pairs("Ağdam şəhərinin 18 kilometrliyində, Qarabağ silsiləsində yerləşir.") == [("Ağdam", "aghdam-town")]
    assert _pairs("Füzuli Qarabağ dağ silsiləsinin cənub-şərq ətəklərindən") == [("Füzuli", "fuzuli-city")]
    assert _pairs("between Mount Zangazur and Nagorno Karabakh mountain range") == []
    assert _pairs("Qarabağ məscidləri deyəndə") == [("Qarabağ", "karabakh")]
    # held-out 62, 81: the Karabakh plain ("Qarabağ düzü") likewise; a town on it stays
    assert _pairs("Ağdam şəhəri Qarabağ düzündə ən iri şəhərlərdən biridir.") == [("Ağdam", "aghdam-town")]
    assert _pairs("87 metr yüksəklikdə, Qarabağ düzünün mərkəzində yerləşir.") == []


def test_an_azerbaijani_power_plant_written_out():
    # held-out 73, 80, 84: "su elektrik stansiyası" or "Elektrik Stansiyası" after a name is the plant ("Günəş", the
    # sun, is no village there); the abbreviation keeps the place, as the sets mark it (held-out 35, 77)
    assert _pairs("Şərur rayonunda gücü 3 meqavat olan yeni Günəş Elektrik Stansiyası istifadəyə verilib.") == [
        ("Şərur", "sharur-district")]
    assert _pairs("Rusiya sülhməramlıları Laçın su elektrik stansiyasının fəaliyyətinin bərpasına kömək edib") == []
    assert [t for t, _ in _pairs("2010-cu ilə qədər Biləv SES və Ordubad SES istifadəyə veriləcək.")] == ["Biləv", "Ordubad"]
    # held-out 53: the hyphenated "su-elektrik stansiyası" likewise
    assert _pairs("Şəmkir su-elektrik stansiyasında hər birinin gücü") == []


@pytest.mark.parametrize("text, expected", [
    # held-out 91, 99: works named after a place, its product or trade between ("Qazax sement zavodu"), as English
    # "the Kajaran copper-molybdenum combine"
    ("Qacaran mis-molibden zavodu və Qafan mis filiz saflaşdırma kombinatının toksik tullantıları", []),
    ("diplomatlar Qazax rayonunda “Damcılı” mağarası, Qazax sement zavodu, Şəhidlər xiyabanı", [
        ("Qazax", "qazakh")]),
    # a unit noun or a locative between keeps the place (held-out 55, 72)
    ("Xocavənd rayon mərkəzində böyük quşçuluq fabriki yaradıblar.", [("Xocavənd", "khojavend")]),
    ("Laçın şəhərində yerləşən yun fabrikinin ərazisinə", [("Laçın", "lachin-town")]),
    # so does a quoted name (held-out 14, 19, 21: the sets mark İstisu there)
    ("Kəlbəcər rayonundakı “İstisu” mineral su zavodunun məhsulları", [("Kəlbəcər", "kalbajar"), ("İstisu", "istisu")]),
    # held-out 99: "Cəmiyyəti" of the Red Crescent Society is no village
    ("Avqustun 29-da Azərbaycan Qızıl Aypara Cəmiyyəti (AzQAC) tərəfindən Qarabağda yaşayan", [
        ("Qarabağda", "karabakh")]),
    # held-out 114: nor that of the Red Cross
    ("Rusiya Qırmızı Xaç Cəmiyyəti tərəfindən göndərilən humanitar yük", []),
    # held-out 89-122: a quoted name before a substation, a deposit, a mine or a solar plant names the facility
    ("bunun üçün “Şükürbəyli” yarımstansiyasından 40 km məsafədə yeni tikilən “Cəbrayıl” yarımstansiyasına", []),
    ("Daha sonra “Vejnəli” qızıl yatağında hasilata başlamaq mümkün olacaq.", []),
    ("Qarabağ iqtisadi rayonunda yerləşən \"Dəmirli\" mis-molibden yatağında", [
        ("Qarabağ", "karabakh-economic-region")]),
    ("Cəbrayıl rayonu ərazisində inşa olunan “Şəfəq” Günəş Elektrik Stansiyasına", [("Cəbrayıl", "jabrayil")]),
])
def test_azerbaijani_works_and_societies_named_so(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # held-out 52, 80, 95, 101: a place inside an English title in quotation marks is part of an outlet's, firm's
    # or event's name
    ("is considered to be the forerunner of “Azat Artsakh”.", []),
    ("the public campaign \"Justice for Khojaly\".", []),
    ("“Karabakh  Gexghchuk”( Karabakh Peasant), several editions", [("Karabakh", "karabakh")]),
    ("the director of “Tavush Textile” said", []),
    # not the whole quotation, nor a phrase that is no title
    ("“Karabakh” is a word", [("Karabakh", "karabakh")]),
    # held-out 103: the NKR as a state, "republic" lower-case too
    ("activities against the Nagorno Karabakh republic.", []),
    ("which he called the “heart of Karabakh”", [("Karabakh", "karabakh")]),
    # held-out 69, 97, 101: an Armenian title a film, exhibition or programme follows
    ("պրոֆեսոր Համլետ Պետրոսյանը «Շուշի. ԱմԷն» վավերագրական ֆիլմում։", []),
    ("բացվեց «Քաշաթաղը՝ լուսանկարներում» ցուցահանդեսը։", []),
    ("«Շուշի» հյուրանոցը", [("Շուշի", "shusha-city")]),
])
def test_a_place_in_a_quoted_title(text, expected):
    assert _pairs(text) == expected


def test_a_quoted_name_with_a_number_is_a_numbered_facility():
    # held-out 102: "‘Aghdam 1’ and ‘Aghdam 2’ substations", "“Tərtər 2” və “Ağdam 4 Yol” ölçü qovşaqlarından"
    assert _pairs("‘Aghdam 1’ and ‘Aghdam 2’ substations with a voltage of 110 kilovolts") == []
    assert _pairs("“Kətəlparaq”, “Tərtər 2” və “Ağdam 4 Yol” ölçü qovşaqlarından")[1:] == []
    assert _pairs("Aghdam 1 May") == [("Aghdam", "aghdam-town")]


def test_the_province_before_a_village_of_its_own_name():
    # held-out 25, 102: "the Syunik village of Shurnukh" names the province (Syunik and Gegharkunik are villages too)
    assert _pairs("a new neighborhood in the Syunik village of Shurnukh, Sputnik Armenia reports.") == [
        ("Syunik", "syunik"), ("Shurnukh", "shurnukh")]
    assert _pairs("is located in the Gegharkunik village of Chambarak.") == [
        ("Gegharkunik", "gegharkunik"), ("Chambarak", "chambarak")]
    # before a unit noun the village is the first name ("The Areni village of Vayots Dzor Province")
    assert _pairs("The Areni village of Vayots Dzor Province") == [
        ("Areni", "areni"), ("Vayots Dzor Province", "vayots-dzor")]


def test_a_police_press_group_is_the_citys_and_meqri_is_meghri():
    # held-out 49, 93, 103: "DİN-in Mətbuat Xidmətinin Bərdə regional qrupu" is the city's, not the district's
    assert _pairs("DİN-in Mətbuat Xidmətinin Bərdə regional qrupundan verilən məlumata görə") == [
        ("Bərdə", "barda-city")]
    # held-out 103: Meqri, an Azerbaijani spelling of Meğri (attested: tools/attested_names.yaml)
    assert _pairs("Ermənistanda polis İrəvan-Meqri yolunu bağlayan bir neçə vətəndaşı həbs edib.") == [
        ("İrəvan", "yerevan"), ("Meqri", "meghri")]


def test_sevan_the_town_in_armenian_lists_and_genitives():
    # held-out 75, 98: a list of towns in the genitive (the endings differ), the town's medical centre, a village of
    # its community; the lake's shores stay the lake
    got = _pairs("Երկրաշարժ է զգացվել Գեղարքունիքի մարզի տարածքում, մասնավորապես՝ Սևանի, Մարտունու, "
                 "Վարդենիսի հատվածներում։")
    assert ("Սևանի", "sevan") in got
    assert _pairs("Սևանի բժշկական կենտրոնում նոյեմբերի 2-ին") == [("Սևանի", "sevan")]
    assert ("Սևանի", "sevan") in _pairs("զրույցում Սևանի Ծովագյուղ գյուղի 1 թաղամասի շենք")
    assert _pairs("Սևանի ափին") == []


def test_english_constituency_names_and_people_in_a_list_of_candidates():
    # held-out 104: an English electoral district is named after the districts it spans, as the Azerbaijani one
    got = _pairs("polling station No. 46, established in\nShusha city of Shusha-Aghdam-Khojavand electoral district "
                 "No.\n124.")
    assert got == [("Shusha", "shusha-city"), ("Shusha", "shusha"), ("Aghdam", "aghdam"), ("Khojavand", "khojavend")]
    assert _pairs("residents of Khankendi constituency #122") == [("Khankendi", "khankendi")]
    # given names before family names named like villages (Hasanli, Amiryan)
    assert _pairs("Aydin Aliyev (unemployed), Elman Hasanli (unemployed), Elbrus Hashimov") == []
    assert _pairs("Vitaly Balasanyan, Sergey Amiryan, David Babayan") == []
    # Noyan Tapan, the news agency
    assert _pairs("informed the Noyan\nTapan correspondent") == []


def test_the_presidents_representative_stands_for_districts():
    # held-out 6, 102: the President's special representative is a district's (the city of Khankendi stays the city)
    assert _pairs("об этом заявил спецпредставитель президента в Ханкенди, Агдере и Ходжалы Эльчин Юсубов.") == [
        ("Ханкенди", "khankendi"), ("Агдере", "aghdara"), ("Ходжалы", "khojaly")]
    assert _pairs("Masim Mammadov, the Special Representative of the President of Azerbaijan in Lachin.") == [
        ("Lachin", "lachin")]
    assert _pairs("сообщил представитель президента Азербайджана по Шуше Айдын Керимов.") == [("Шуше", "shusha")]
    assert _pairs("Families returned to Lachin.") == [("Lachin", "lachin-town")]


def test_an_azerbaijani_regional_department_is_named_after_its_districts():
    # held-out 62, 101: "Qazax-Tovuz Regional Mədəniyyət İdarəsi" (a hyphen would make a road's towns); not English
    # copy's "Regional" ("Syunik Regional Police", held-out 45, is left as read)
    assert _pairs("Mədəniyyət Nazirliyinin dəstəyi, Qazax-Tovuz Regional Mədəniyyət İdarəsi və Mirvarid Dilbazi") == [
        ("Qazax", "qazakh"), ("Tovuz", "tovuz")]
    assert _pairs("Qazax-Tovuz yolu") == [("Qazax", "qazakh-city"), ("Tovuz", "tovuz-city")]
    # held-out 101: "Bina" is "building", no variant of a village's name
    assert _pairs("Tovuz şəhəri, Əzizbəyov 2 ünvanında yerləşir. Bina 1952-ci ildə istifadəyə verilib. Binanın sahəsi")[
        :1] == [("Tovuz", "tovuz-city")]
    assert _pairs("Bina 1952-ci ildə istifadəyə verilib. Binanın sahəsi") == []
    # held-out 112: "Payız" is "autumn" at a sentence's start; the Babek village with its noun stays
    assert _pairs("Qaralar kəndi ərazisində bir birinə qovuşur. Payız fəslində çayların qovuşduğu məkan")[1:] == []
    assert _pairs("Babək rayonunun Payız kəndində") == [("Babək", "babek-district"), ("Payız", "payiz")]


def test_an_armenian_genitive_before_the_airport_noun():
    # held-out 15, 36: "Ստեփանակերտի օդանավակայանում" is the city's airport (the city); the nominative names the
    # airport, and a bridge takes the genitive in its own name ("Գետավանի կամուրջը", left out)
    assert _pairs("հինգ օր Ստեփանակերտի օդանավակայանում ենք անցկացրել") == [("Ստեփանակերտի", "khankendi")]
    assert _pairs("Անցնելով Գետավանի կամուրջը") == []


def test_attested_russian_forms_the_sources_lack():
    # held-out 5, 11, 12, 27, 28, 37: Russian forms in real copy, filed as curated names with their pages
    assert _pairs("В 1931 году город был переименован в Еленино") == [("Еленино", "goygol-city")]
    assert _pairs("до пограничного посёлка Ерасх") == [("Ерасх", "yeraskh")]
    assert _pairs("связавшая село Алидзор и монастырь") == [("Алидзор", "halidzor")]
    assert ("Гапанлы", "gapanli-tartar-586251") in _pairs("села Гапанлы Тертерского района")
    assert _pairs("жителем села Хындырыстан") == [("Хындырыстан", "khindiristan")]


def test_held_out_39_after_its_measurement():
    # "a mountain spa town" is a town (the feature noun is an adjective here); "a mountain in ..." stays a feature
    assert _pairs("Jermuk is a mountain spa town in Vayots Dzor Province") == [
        ("Jermuk", "jermuk"), ("Vayots Dzor Province", "vayots-dzor")]
    assert _pairs("Murov is a mountain in the Kalbajar district") == [("Kalbajar", "kalbajar")]
    # "Йухары" spells Yuxarı too: "Йухары Аскипара" is not Askipara
    assert not any(t == "Аскипара" for t, _ in _pairs("обстреляли село Йухары Аскипара"))


def test_english_reference_sentences_and_apposition():
    # held-out 18 and 29: "is a raion", "is one of administrative regions": the district; "the city Ağstafa": the city
    assert _pairs("Ağstafa (also Agstafa ) is a raion in the west of Azerbaijan. Capital is the city Ağstafa.") == [
        ("Ağstafa", "aghstafa"), ("Agstafa", "aghstafa"), ("Ağstafa", "aghstafa-city")]
    assert _pairs("Beylagan is one of administrative regions of the Azerbaijan Republic") == [("Beylagan", "beylagan")]
    assert _pairs("Shusha is one of the oldest cities of Azerbaijan") == [("Shusha", "shusha-city")]


def test_held_out_40_after_its_measurement():
    # a list opened by a city of its own unit and going on with "həmçinin" (as well as): the districts
    got = _pairs("Xankəndi, Şuşa, Goranboy, Xocalı, Xocavənd, Ağdam, həmçinin Daşkəsən-Gədəbəy rayonlarında havanın")
    assert got[:6] == [("Xankəndi", "khankendi"), ("Şuşa", "shusha"), ("Goranboy", "goranboy"),
                       ("Xocalı", "khojaly"), ("Xocavənd", "khojavend"), ("Ağdam", "aghdam")]
    # after a dash, "one of the ... districts" in any case says what the name is
    assert _pairs("Кельбаджар – один из красивейших районов нашей страны.") == [("Кельбаджар", "kalbajar")]
    # a Russian unit noun in the genitive before a capitalized name is that name's ("марза Вайоцдзор")
    assert ("Арени", "areni") in _pairs("в селе Арени марза Вайоцдзор — самом «винном» селе Армении")
    assert _pairs("села Агдам Товузского района Азербайджана") == [("Агдам", "aghdam-tovuz"), ("Товузского района", "tovuz")]


def test_a_singular_noun_before_a_parenthesis_and_the_armenian_range():
    # development set: "1 şəhər(Laçın)" is the town, though "Laçın rayonunda" names the district in the sentence;
    # "Ղարաբաղի լեռնաշղթայի" (the genitive: the range of Karabakh) keeps the region, unlike "Qarabağ silsiləsi"
    assert _pairs("Laçın rayonunda 1 şəhər(Laçın), 1 qəsəbə(Qayğı), 123 kənd vardır.") == [
        ("Laçın", "lachin"), ("Laçın", "lachin-town"), ("Qayğı", "gayghi")]
    assert ("Ղարաբաղի", "karabakh") in _pairs("Շուշին Ղարաբաղի լեռնաշղթայի նախալեռներում է")


def test_russian_adjective_lists_and_region():
    # held-out 40: the middle adjective of a list whose last item is two words; held-out 31, 32, 36: регион
    assert [p for _, p in _pairs("в горных районах Арагацотнской, Котайкской и Вайоц Дзорской областей.")] == [
        "aragatsotn", "kotayk", "vayots-dzor"]
    assert _pairs("удивительного Нахчыванского региона и его") == [("Нахчыванского региона", "nakhchivan")]
    # the plural регионах is loose: "в регионах Амасии и Ашоцка" names the towns
    assert [p for _, p in _pairs("дороги районного значения в регионах Амасии и Ашоцка Ширакской области")][:2] == [
        "amasia-shirak", "ashotsk"]


def test_attested_english_forms_and_a_contract_area():
    # English forms of real copy the sources lack (curated with their pages): Gedabek, Gedabey, Kedabay, Jermouk,
    # Elisabethpol, Hin Shen, Kengerli, Kashatag; "the Gedabek Contract Area" is the mine's, "at Gedabek" the town
    assert _pairs("over the 300 square kilometres Gedabek Contract Area. Mining activity at Gedabek is old.") == [
        ("Gedabek", "gadabay-town")]
    assert _pairs("The residents of Soyudlu village of Gedabey region held a rally") == [
        ("Soyudlu", "soyudlu"), ("Gedabey", "gadabay")]
    assert _pairs("the Armenian town of Jermouk") == [("Jermouk", "jermuk")]
    assert _pairs("It was named Elisabethpol in the Russian Empire period.") == [("Elisabethpol", "ganja")]
    assert _pairs("the Karabakh villages of Mets Shen and Hin Shen")[-1] == ("Hin Shen", "kichik-galadarasi")
    assert _pairs("Duzdag is located in the Kengerli district of the Nakhchivan Autonomous Republic")[0] == (
        "Kengerli", "kangarli-district")
    assert ("Kashatag", "kashatagh") in _pairs("from the Martuni, Gadrut, and Kashatag Districts")


def test_attested_russian_forms_of_villages():
    # held-out 6, 7, 19, 33, 35, 36, 38, 39, 40: Russian forms of real copy the sources lack (curated with pages)
    assert _pairs("Его семья переселилась к знакомым в Чанкатаг Мартакертского района")[0] == ("Чанкатаг", "janyatag")
    assert _pairs("встречает село Сотк в Гегаркуникской области")[0] == ("Сотк", "sotk")
    assert _pairs("в Сотке")[0] == ("Сотке", "sotk")
    assert _pairs("из села Нор Марага")[0] == ("Нор Марага", "gizil-kangarli")
    assert _pairs("в селе Кюкю Шахбузского района")[0] == ("Кюкю", "kuku")


def test_attested_russian_names_of_villages_the_sources_lack():
    # tools/attested_names.yaml, 2026-11-27: the words of the pages the notes cite, and the inflections copy uses
    assert _pairs("в селе Киранц Тавушской области") == [("Киранц", "kirants"), ("Тавушской области", "tavush")]
    assert _pairs("новая основная школа имени Г. Варданяна в Киранце.") == [("Киранце", "kirants")]
    assert _pairs("Это Чакатен, Срашен, Шикаох, Неркин Анд, Цав, Шишкерт.")[3] == ("Неркин Анд", "nerqin-hand")
    assert _pairs("Глава администрации села Неркин Ханд Хачатур Багдасарян")[0] == ("Неркин Ханд", "nerqin-hand")
    assert _pairs("Жители села Шурнух уже покинули свои 12 домов")[0] == ("Шурнух", "shurnukh")
    assert _pairs("заброшенное село Старый Шванидзор с церковью")[0] == ("Шванидзор", "shvanidzor")
    assert _pairs("Президент посетил поселок Кяркиджахан города Ханкенди")[0] == ("Кяркиджахан", "karkijahan")
    assert _pairs("в селе Мешали Ходжалинского района")[0] == ("Мешали", "meshali")
    # 2026-11-28, from held-out 141 to 145 after their first measurement
    assert _pairs("расположено азербайджанское село Кемерли")[0] == ("Кемерли", "kamarli-qazakh")
    assert _pairs("село Барекамаван до 1978-го именовалось Достлу") == [("Барекамаван", "barekamavan"),
                                                                          ("Достлу", "barekamavan")]
    assert _pairs("2 июня в селе Ин Шен Шушинского района")[0] == ("Ин Шен", "kichik-galadarasi")
    assert _pairs("поехала с друзьями в деревню Овк, что в Тавушском районе")[0] == ("Овк", "hovk")
    assert _pairs("житель села Газахлар Физулинского района")[0] == ("Газахлар", "gazakhlar-fuzuli")
    assert ("Горанбойский", "goranboy") in _pairs("Если Самухский, Горанбойский и Шямкирский районы")
    assert ("Геранбоя", "gasim-ismayilov") in _pairs("шехидов из Агдама, Геранбоя и Тертера")
    # the province's short form in the spelling of "Гехаркуникская область", which a village shares
    assert _pairs("опоясывающей его области Гехаркуник") == [("Гехаркуник", "gegharkunik")]
    assert _pairs("областной центр Гехаркуника") == [("Гехаркуника", "gegharkunik")]


def test_the_soviet_askeran_district_in_azerbaijani():
    # held-out 7, 24, 28: "Əsgəran rayonu" (the NKAO district the Xocalı district was formed on in 1991) is the
    # Khojaly district; "Əsgəran qəsəbəsi" stays the town
    assert _pairs("Əsgəran rayonu — keçmiş Dağlıq Qarabağ Muxtar Vilayəti")[0] == ("Əsgəran", "khojaly")
    assert _pairs("Xocalı rayonunun Əsgəran qəsəbəsində qala divarları")[-1] == ("Əsgəran", "asgaran")


def test_attested_azerbaijani_forms():
    # held-out 7, 8, 12, 32, 33: Pənahabad (Shusha's first name), Mehri, Hacıallı, Agetzor (curated with pages)
    assert _pairs("xanlığın paytaxtı Pənahabadın (indiki Şuşanın)")[0] == ("Pənahabadın", "shusha-city")
    assert _pairs("Meğri (Mehri)") == [("Meğri", "meghri"), ("Mehri", "meghri")]
    assert _pairs("sərhəd olan Əlibəyli və Hacıallı kəndlərinin kənarındakı") == [
        ("Əlibəyli", "alibayli-tovuz"), ("Hacıallı", "hajialili-tovuz")]


def test_an_airport_keeps_its_town_in_a_district_paragraph():
    # held-out 10, 41: "Füzuli rayonunda ... Füzuli Hava Limanına": the airport is the town's
    t = ("Füzuli Hava Limanına beynəlxalq status verilib. Sərəncama əsasən, Füzuli rayonunda tikintisi başa "
         "çatdırılmış Füzuli Hava Limanına beynəlxalq hava limanı statusu verilsin.")
    assert _pairs(t) == [("Füzuli", "fuzuli-city"), ("Füzuli", "fuzuli"), ("Füzuli", "fuzuli-city")]


def test_a_district_its_language_names_bare_is_the_district():
    # held-out 4, 20, 21, 30, 33 (Kəlbəcər), 18, 22, 29 (Tovuz): Azerbaijani copy names these districts bare; the
    # lexicon's district_readings makes the district the default over its centre town
    assert _pairs("Kəlbəcər Azərbaycanın ayrılmaz bir parçasıdır, hissəsidir.") == [("Kəlbəcər", "kalbajar")]
    assert _pairs("Kəlbəcərin işğalının 25 ili tamam olacaq.") == [("Kəlbəcərin", "kalbajar")]
    assert _pairs("Tovuzda yağış yağıb.") == [("Tovuzda", "tovuz")]
    # a settlement noun still makes it the town; other languages and other districts keep the centre
    assert _pairs("Kəlbəcər şəhərində yeni məktəb açılıb.") == [("Kəlbəcər", "kalbajar-town")]
    # English Kalbajar and Azerbaijani Laçın, Qubadlı and Tərtər too, since held-out 1-85 (held-out 4: "Laçına 936
    # ailə ... köçürülüb"; 63, 79: "Laçının işğalı")
    assert _pairs("Kalbajar is part of Azerbaijan.") == [("Kalbajar", "kalbajar")]
    assert _pairs("Ailələr Laçına köçürülüb.") == [("Laçına", "lachin")]
    assert _pairs("Ailələr Laçın şəhərinə köçürülüb.") == [("Laçın", "lachin-town")]
    assert _pairs("Lachin is a town in Azerbaijan.") == [("Lachin", "lachin-town")]
    # farming (kənd təsərrüfatı, no village noun) is the district's (held-out 35, 56)
    assert _pairs("Məhz Şəmkirdə kənd təsərrüfatının inkişafına göstərilən diqqət") == [("Şəmkirdə", "shamkir")]
    assert _pairs("Ağdam kənd təsərrüfatı məhsulları yarmarkası keçirilib.") == [("Ağdam", "aghdam")]
    # the same again, now that "kənd" has been classified and cached as a village noun (the cue's fast path must
    # still read past it)
    assert _pairs("Ağdam kənd təsərrüfatı məhsulları yarmarkası keçirilib.") == [("Ağdam", "aghdam")]
    # a road named by the bare name is the town's, as "the Lachin road" is (held-out 74, 89)
    assert _pairs("Azərbaycanın Laçın yolunun Ermənistanla birləşən sıfır nöqtəsində") == [("Laçın", "lachin-town")]
    assert _pairs("üç maşını Laçın yolu ilə Xankəndidən Ermənistana gedib.") == [
        ("Laçın", "lachin-town"), ("Xankəndidən", "khankendi")]


def test_the_hadrut_district_of_the_nkao_and_the_nkr():
    # held-out 2-43 left the NKAO's Hadrut district (the NKR's Hadrut region) out while the gazetteer lacked it;
    # it is now a record (GeoNames ADMD 148104), the town Hadrut its centre: a district noun makes it the district
    assert _pairs("У села Тох Гадрутского района свои герои") == [("Тох", "tugh"), ("Гадрутского района", "hadrut-district")]
    assert _pairs("Հադրութի շրջանի Տող գյուղն անցավ") == [("Հադրութի", "hadrut-district"), ("Տող", "tugh")]
    assert _pairs("near Azokh village in Hadrut region.") == [("Azokh", "azikh"), ("Hadrut", "hadrut-district")]
    assert _pairs("Martuni və Hadrut rayonlarının bazası əsasında") == [("Martuni", "khojavend"), ("Hadrut", "hadrut-district")]
    # the bare name is the town
    assert _pairs("Azerbaijan recaptured the town of Hadrut.") == [("Hadrut", "hadrut")]
    assert _pairs("Hadrut fell on 9 October.") == [("Hadrut", "hadrut")]


def test_a_fortress_named_after_a_place_is_the_fortress():
    # held-out 6, 24, 43: "the Askeran fortress" is the building; the town is named on its own
    import toponyms

    g = toponyms.load()
    ms = g.annotate("Mayraberd Askeran Fortress (built 1751) is situated in the town of Askeran, 14 km from Stepanakert.")
    assert [(m.text, m.place.id, m.start) for m in ms][:1] == [("Askeran", "asgaran", 67)]
    assert _pairs("The Askeran fortress is located about 24 km from Shusha") == [("Shusha", "shusha-city")]
    # Azerbaijani "Şuşa qalası" is the fortress city itself (held-out 10, 20)
    assert _pairs("Şuşa qalası uzun illər Qarabağ xanlığının paytaxtı olmuşdur.")[0] == ("Şuşa", "shusha-city")


def test_a_deposit_named_after_a_place_is_the_deposit():
    # held-out 14, 18, 41, 43: English "X (gold) deposit" and Russian "месторождении X" are deposits, left out
    assert _pairs("nearly 30 tonnes of gold from Soyudlu gold deposit in the occupied region of Kalbajar.") == [
        ("Kalbajar", "kalbajar")]
    assert _pairs("The enemy is also exploiting Gizilbulag gold deposit in Kalbajar.") == [("Kalbajar", "kalbajar")]
    assert _pairs("the Kajaran copper-molybdenum deposit") == []
    assert _pairs("добыча осуществляется на месторождениях Кедабек и Гоша в рамках СРП") == []
    assert _pairs("работы на месторождении Зод в Кяльбаджаре.") == [("Кяльбаджаре", "kalbajar-town")]
    # the Armenian genitive keeps the place (the mine of Sotk); the Azerbaijani compound is the deposit, as held-out
    # 100-155 read it (13 left out; held-out 19-145 and 186 mark 7), unless quoted
    assert _pairs("Սոթքի ոսկու հանքավայրի") == [("Սոթքի", "sotk")]
    assert _pairs("Zod qızıl yatağı") == []


@pytest.mark.parametrize("text, expected", [
    # held-out 91, 51, 24, 14: an English mine, combine, crossing, station or reserve written lower-case after the
    # name is the site; the sets leave the place out
    ("“Waste from the Kajaran copper-molybdenum combine located at the source of this river", []),
    ("Sections of the two national highways leading to the Bagratashen crossing were destroyed", []),
    ("Gladzor polymetallic mine is located in Vayots Dzor", [("Vayots Dzor", "vayots-dzor")]),
    ("on the Ordubadchay River, 4 km from the Ordubad railway station.", []),
    ("of which 18.01 hectares in Shikahogh state reserve", []),
    # held-out 91: a Russian mine before the name
    ("будет перерабатывать руду, добываемую на руднике Демирли", []),
    # a possessive keeps the place, a district's mines and mine clearance keep it too
    ("It lies 4km from Sisian. The water is used for Shaki’s hydroelectric power station.",
     [("Sisian", "sisian"), ("Shaki’s", "shaki")]),
    ("Разработка медных рудников Кедабекского района", [("Кедабекского района", "gadabay")]),
    ("the Aghdam mine clearance operations", [("Aghdam", "aghdam-town")]),
    ("Tartar mine victims and survivors", [("Tartar", "tartar")]),  # the district, English copy's default since 2026-11-28
    ("The Sotk gold mine is in Gegharkunik", [("Gegharkunik", "gegharkunik")]),
])
def test_a_site_written_lower_case_after_the_name_is_the_site(text, expected):
    assert _pairs(text) == expected


def test_farm_figures_and_produce_are_reported_by_district():
    # held-out 36, 43, 45 (harvest statistics), 34 (Шамкира), 38 (Azerbaijani hectares): copy reports farm figures
    # and produce by district, so a name that can be a district is the district there
    assert _pairs("Imishli (13,645 hectares), Agjabadi (9,946 ha), Barda (9,630 hectares) and Beylagan (9,560 ha).") == [
        ("Agjabadi", "aghjabadi"), ("Barda", "barda"), ("Beylagan", "beylagan")]
    assert _pairs("Виноградные сады Шамкира дали богатый урожай.") == [("Шамкира", "shamkir")]
    # no figure, no produce: the town
    assert _pairs("The festival was held in Barda on Sunday.") == [("Barda", "barda-city")]
    # held-out 48: the produce may come at the end of a long list (the sentence is read up to 400 characters each way)
    got = _pairs("Abşeron, Ağdam, Ağdaş, Ağstafa, Astara, Ağcabədi, Balakən, Bərdə, Biləsuvar, Cəlilabad, Cəbrayıl, Füzuli, "
                 "Naftalan, Hacıqabul, İmişli, İsmayıllı, Kürdəmir, Qazax, Tərtər, Tovuz, Qax, Masallı, Saatlı, Sabirabad, "
                 "Salyan, Yevlax, Zərdab, Ucar, Yevlax, Göyçay və Neftçalada taxıl biçini başa çatıb.")
    assert {("Ağdam", "aghdam"), ("Ağstafa", "aghstafa"), ("Bərdə", "barda"), ("Tovuz", "tovuz")} <= set(got), got


def test_a_web_domain_named_after_a_place_is_the_outlet():
    # held-out 45: "Sumqayit.tv-yə verilən məlumata görə" names the outlet's site, not the city
    assert _pairs("ANAMA-dan Sumqayit.tv-yə verilən məlumata görə, noyabrın 29-dan") == []
    assert _pairs("Sumqayıtda yağış yağır. Sumqayıt.") == [("Sumqayıtda", "sumgait"), ("Sumqayıt", "sumgait")]
    # held-out 94: a longer known ending
    assert _pairs("Yerevan.today-ի փոխանցմամբ` նման տւեալներ") == []
    # held-out 97: words after a hyphen before the ending
    assert _pairs("Как сообщает Baki-baku.az, помощник Президента") == []
    assert _pairs("Bakı-Qazax magistralı") == [("Bakı", "baku"), ("Qazax", "qazakh-city")]


def test_common_azerbaijani_words_and_upper_case_domains():
    # held-out 46: "Hal-hazırda" (now) is no village Hal; "BAKU.WS-in məlumatına görə" is an outlet (also held-out 13, 28)
    assert _pairs("başlamışdır. Hal-hazırda, ümumi gücü təxminən 7 000 hektar olan bölgədə") == []
    assert _pairs("BAKU.WS-in məlumatına görə, SƏS TV Tovuz rayonu Düzqırıqlı kənd xəstəxanasında olub.") == [
        ("Tovuz", "tovuz"), ("Düzqırıqlı", "duz-girigli")]


def test_a_plural_noun_after_an_ablative_is_not_the_names_noun():
    # held-out 47: "ԼՂ-ից բռնի տեղահանված անձանց Կոռնիձորից մարզեր տեղափոխելու" (from Kornidzor to the provinces)
    assert _pairs("անձանց Կոռնիձորից մարզեր տեղափոխելու համար") == [("Կոռնիձորից", "kornidzor")]
    # the genitive still takes it: "Տավուշի և Սյունիքի մարզեր"
    assert _pairs("Տավուշի և Սյունիքի մարզերում") == [("Տավուշի", "tavush"), ("Սյունիքի", "syunik")]


def test_a_list_closed_by_and_other_and_a_plural_noun():
    # held-out 50: "Ոսկեպար, Կողբագետ, Աղստև, Քարահան, Հախում և այլ գետերի" names rivers, not the villages
    assert _pairs("«Ոսկեպար, Կողբագետ, Աղստև, Քարահան, Հախում և այլ գետերի ջրերը հոսում են") == []
    assert _pairs("the Tartar and other rivers") == []
    assert _pairs("Şuşa, Ağdam və digər rayonlar") == [("Şuşa", "shusha"), ("Ağdam", "aghdam")]


def test_a_fortress_or_a_mosque_before_the_name_in_russian():
    # held-out 40, 50: "к крепости Амберд" is the fortress, "мечеть «Саатлы»" the mosque
    assert _pairs("дороги, ведущие к крепости Амберд и озеру Кари") == []
    assert _pairs("Из Арени мы поехали к крепости Смбатаберд.")[0] == ("Арени", "areni")
    # held-out 26, 49: an opening quote between the noun and the name ("мечеть «Саатлы»", the “Wings of Tatev”)
    assert _pairs("включая центральную площадь, мечеть «Саатлы», высокогорную поляну") == []
    assert _pairs("Officially named the “Wings of Tatev”, the cable car spans 5.7 kilometers") == []
    assert _pairs("в селе «Саатлы»") == [("Саатлы", "saatli")]


def test_a_quoted_russian_company_name_of_several_words_and_a_valley():
    # held-out 33, 50, 51: a facility noun before a quoted name that goes on after the place's name
    assert _pairs("Никол Пашинян посетил завод компании “Тавуш текстиль” в Берде.") == [("Берде", "berd")]
    assert _pairs('На предприятии "Карабах Карпет" в Степанакерте') == [("Степанакерте", "khankendi")]
    # held-out 19, 33: a company's legal form before the quoted name; held-out 73: later quoted items of a list
    # after a facility noun; held-out 11, 34, 48: the cable car «Крылья Татева» (the Wings of Tatev)
    assert _pairs("В цехе, созданном ООО «Тавуш Текстиль», уже работает 50 человек") == []
    assert _pairs('ООО "Карабах карпет" (карабахские ковры)') == []
    assert _pairs("в открытии малых гидроэлектростанций «Ашагы Венг», «Надирханлы» и «Чайкенд» ОАО «АзерЭнержи» "
                  "в селе Венг Кельбаджарского района") == [("Кельбаджарского района", "kalbajar")]
    assert _pairs("самая длинная в мире канатная дорога под названием «Крылья Татева», связавшая село Алидзор") == [
        ("Алидзор", "halidzor")]
    assert _pairs('канатной дороги "Крылья Татева", комплекс') == []
    # its other cases, and the "Gates of Tatev" programme (held-out 48, 84)
    assert _pairs("В этом году «Крыльям Татева» исполнилось 15 лет.") == []
    assert _pairs("стали пассажирами «Крыльев Татева» впервые.") == []
    assert _pairs('Инвестиционная программа "Ворота Татева" предусматривает вложение средств') == []
    assert _pairs("села «Надирханлы» и «Чайкенд»")[0] == ("Надирханлы", "nadirkhanli")
    # held-out 45, 50, 66, 75, 76, 77, 80: a border outpost, weather station, substation, medical or tourist centre,
    # reserve or grape variety; a name in -а ("Маргара", stem and nominative ending) is as bare as any
    assert _pairs("над пограничными заставами «Солтанлы», «Худаферин» и «Гумлаг» на территории") == []
    assert _pairs("Закрыты дороги, ведущие от высокогорной метеостанции “Амберд” к крепости") == []
    assert _pairs("на 110-киловольтной электрической подстанции “Горчу” в Лачинском районе") == [
        ("Лачинском районе", "lachin")]
    assert _pairs("пациенты принимаются в медицинский центр «Веди» и в МЦ «Дилижан».") == []
    assert _pairs('историко-культурного заповедника "Ордубад"') == []
    assert _pairs('урожая винограда сортов "Воскеат" и "Арени".') == []
    assert _pairs("нужно будет возвести мост у приграничного КПП «Маргара» в Армавирской области") == [
        ("Армавирской области", "armavir")]
    assert _pairs("село «Маргара»") == [("Маргара", "margara")]
    # Armenian (held-out 13, 23, 44, 49, 53, 59, 71, 73): the noun after the closing mark within a few lower-case
    # words; a checkpoint, a park or a railway station keeps the place (held-out 14, 52, 61)
    assert _pairs("Արագածոտնի մարզում «Ամբերդ» բարձր լեռնային օդերևութաբանական կայանի") == [("Արագածոտնի", "aragatsotn")]
    assert _pairs("17,6 ՄՎՏ հզորությամբ «Գետավան-1» ՀԷԿ-ը կառուցվելու է") == []
    assert _pairs("Ջերմուկի «Արարատ» մոր և մանկան առողջարանի տնօրեն") == [("Ջերմուկի", "jermuk")]
    assert _pairs("վայոցձորյան հայտնի «Արենի» սորտի խաղողը։") == []
    assert _pairs("իր «Արցախ» գրքում Հադրութ ավանի մասին") == [("Հադրութ", "hadrut")]
    assert _pairs("«Ագարակ» մաքսային անցակետն աշխատում է") == [("Ագարակ", "agarak")]
    assert _pairs("«Դիլիջան» ազգային պարկը գտնվում է") == [("Դիլիջան", "dilijan")]
    assert _pairs("«Գյումրի» երկաթուղային կայարանն ամեն օր") == [("Գյումրի", "gyumri")]
    # Azerbaijani (held-out 28, 30, 34, 36, 41, 51): a hotel, a trade centre, a mineral water, a plane, a production
    # association; a plant keeps the place (held-out 14, 19, 21)
    assert _pairs("iyulun 14-də “Qarabağ” mehmanxanasının qarşısında") == []
    assert _pairs("“Sirab” mineral suyudur. Sirab kəndi ərazisində") == [("Sirab", "sirab")]
    assert _pairs("Füzuli Beynəlxalq Hava Limanına “Qarabağ” sərnişin təyyarəsi") == [("Füzuli", "fuzuli-city")]
    assert _pairs("“İstisu” mineral su zavodunun məhsulları") == [("İstisu", "istisu")]
    # but a power plant, alone or after the other quoted items of its list, is the plant (held-out 61, 77, 84)
    assert _pairs("Laçın rayonu ərazisində “Mirik”, “Qaraqışlaq”, “Ağbulaq”, “Zabux” və Kəlbəcərdəki “Zar” Su "
                  "Elektrik Stansiyaları tamamilə yenidən qurulacaq.") == [("Laçın", "lachin"), ("Kəlbəcərdəki", "kalbajar")]
    assert _pairs("Laçın rayonunda keçirilən “Mişni” və “Alxaslı” Kiçik Su Elektrik stansiyalarının açılışı") == [
        ("Laçın", "lachin")]
    assert _pairs("Həkəri çayının üzərində yerləşən \"Güləbird\" kiçik su elektrik stansiyasında (SES)") == []
    assert _pairs("Zəngilanda tikilən “Sarıqışlaq” SES-də görülən işlər")[1:] == []
    # held-out 73: a Russian plant's capacity after its quoted name, the head noun far before
    assert _pairs("в Кяльбаджарском районе — «Текегая» (7,7 мегаватт), «Агчай» (3 мегаватта), «Чайкенд» (5 "
                  "мегаватт).") == [("Кяльбаджарском районе", "kalbajar")]
    assert _pairs("малые гидроэлектростанции «Ашагы Венг» мощностью 8,6 МВт и «Надирханлы» мощностью 8,8 МВт.") == []
    # held-out 5, 20, 32, 51: a valley or gorge after the name (a gloss may stand between)
    assert _pairs("Qaraqoyunlu (Darlıq) dərəsi gözəl guşələrdən biridir.") == []
    assert _pairs("the Dashalti gorge") == []


def test_an_armenian_former_district_in_english_copy_is_its_town():
    # held-out 10, 15, 29, 41, 50, 51: English copy's "the Goris district", "Noyemberyan region" (districts of
    # Soviet and pre-2017 Armenia the gazetteer holds as no unit) are read as the towns; Armenian and Azerbaijani
    # copy leave them out ("Գորիսի շրջանի", "Qafan rayonunun"), as the held-out sets do
    assert _pairs("The village of Halidzor in the Goris district might turn into a ghost town.") == [
        ("Halidzor", "halidzor"), ("Goris", "goris")]
    assert ("Noyemberyan", "noyemberyan") in _pairs("the project was implemented in Noyemberyan region, Vayots Dzor")
    assert ("Qafan", "kapan") not in _pairs("Zəngəzur mahalının Qafan rayonunun Siznək kənd sakini")


def test_a_text_reads_the_same_whatever_was_annotated_before():
    # held-out 50 (hy): a word's cached class once skipped the "and other rivers" reading for every text after the
    # first that held "և" after a name, so results depended on the order of the documents
    import toponyms
    from evalsets import cases

    g = toponyms.load()
    g.annotate("Շուշին և Ստեփանակերտը")  # "և" after a name: its class is cached
    rivers = cases("heldout50", "hy")[14]["text"]
    assert ("Ոսկեպար", "voskepar") not in [(m.text, m.place.id) for m in g.annotate(rivers)]
    texts = [c["text"] for folder in ("heldout48", "heldout49", "heldout50") for lang in ("hy", "az", "ru", "en")
             for c in cases(folder, lang)]
    forward = [[(m.start, m.end, m.place.id) for m in g.annotate(t)] for t in texts]
    backward = [[(m.start, m.end, m.place.id) for m in g.annotate(t)] for t in reversed(texts)][::-1]
    assert forward == backward


def test_a_russian_district_adjective_sharing_the_noun_of_one_before_it():
    # held-out 52: yields by district, the noun said once ("в Тертерском районе, в Бардинском — 26,3 центнеров")
    t = ("Урожайность не превысила 27 центнеров в Тертерском районе, в Бардинском — 26,3 центнеров с гектара, "
         "Билясуварском — 21,8 центнера, Агджабединском — 21,5 центнера, Агдамском- 20,6 центнера")
    assert _pairs(t) == [("Тертерском районе", "tartar"), ("Бардинском", "barda"), ("Агджабединском", "aghjabadi"),
                         ("Агдамском", "aghdam")]
    # not across a sentence, and not another noun's adjective
    assert _pairs("в Лачинском районе. В Бардинском музее") == [("Лачинском районе", "lachin")]
    assert _pairs("в Лачинском районе и в Бардинском музее") == [("Лачинском районе", "lachin")]


def test_a_list_with_no_space_after_its_commas():
    # held-out 53: "Şəmkir,Samux,Göygöl,Goranboy rayonlarının" (the copy lost its spaces): a list of districts
    assert _pairs("Anbardan Şəmkir,Samux,Göygöl,Goranboy rayonlarının 46 min. hektar torpaq sahələri suvarılır") == [
        ("Şəmkir", "shamkir"), ("Samux", "samukh"), ("Göygöl", "goygol"), ("Goranboy", "goranboy")]


@pytest.mark.parametrize("text, expected", [
    # a distance or suburb makes Nakhchivan the city, not the republic (held-out 17, 21, 55)
    ("Nestled 70 kilometers east of Nakhchivan, Ordubad is a quaint town", [("Nakhchivan", "nakhchivan-city"), ("Ordubad", "ordubad")]),
    ("Ордубад - небольшой городок в 70 километрах восточнее Нахичевани", [("Ордубад", "ordubad"), ("Нахичевани", "nakhchivan-city")]),
    ("в селе Шекерабад, пригороде Нахичевани.", [("Шекерабад", "shakarabad"), ("Нахичевани", "nakhchivan-city")]),
    ("Naxçıvandan 20 km aralıda", [("Naxçıvandan", "nakhchivan-city")]),
    # bare, it stays the republic
    ("Nakhchivan borders Iran and Turkey.", [("Nakhchivan", "nakhchivan")]),
])
def test_a_distance_or_suburb_makes_a_province_name_its_city(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fund, festival or craft named after a place, in quotes (held-out 54, 55); Yerevan's community is the capital
    ("հիմնանորոգվել է «Փարոս» հիմնադրամի և Երևան համայնքի բյուջեի հատկացումներով", [("Երևան", "yerevan")]),
    ("Винный фестиваль \"Воскеат\" в Аштараке станет", [("Аштараке", "ashtarak")]),
    ("The flight was performed on the aircraft \"Khankendi\" of Buta Airways.", []),
    # a town's community is the town
    ("Կապան համայնքի ղեկավարը", [("Կապան", "kapan")]),
])
def test_quoted_funds_festivals_and_craft_and_the_capitals_community(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare name in apposition to a district's or province's centre is the town (held-out 21, 30, 54)
    ("artillery fire at Tartar regional centre, including", [("Tartar", "tartar-city")]),
    ("Մարտակերտ շրջկենտրոնում", [("Մարտակերտ", "aghdara-town")]),
    # the Azerbaijani and the Armenian genitive name the unit whose centre it is (held-out 24, 40, 55)
    ("Daşkəsən rayon mərkəzi – Daşkəsən şəhəri", [("Daşkəsən", "dashkasan"), ("Daşkəsən", "dashkasan-town")]),
    ("Արարատի մարզկենտրոնն Արտաշատն է", [("Արարատի", "ararat"), ("Արտաշատն", "artashat")]),
])
def test_a_centre_noun_after_a_name(text, expected):
    assert _pairs(text) == expected


def test_an_azerbaijani_cyrillic_district_noun():
    # held-out 54: a Russian encyclopedia glosses the Hadrut district in Azerbaijani Cyrillic ("Һадрут рајону")
    assert ("Һадрут", "hadrut-district") in _pairs(
        "Гадрутский район (азерб. Һадрут рајону; арм. Հադրութի շրջան) — административная единица")


def test_ughtasar_is_the_mountain_unless_aghdam_is_near():
    # held-out 10, 18, 44, 55: the Syunik mountain and its petroglyphs, not the Aghdam settlement Şelli (NKR Ughtasar)
    assert _pairs("The Petroglyphs of Ughtasar are in the south of Armenia near Sisian") == [("Sisian", "sisian")]
    assert ("Ughtasar", "shelli") in _pairs("the Aghdam district villages Ughtasar and Giyasly")


def test_an_inflected_form_that_is_a_common_word_opens_a_sentence():
    # held-out 54: "Qala" (the fortress) opening a sentence is not the village Qal in the dative
    assert _pairs("XVIII əsrdə tikilib. Qala Şuşanın təxminən 24, Xocalının 5 km-də yerləşir.") == [
        ("Şuşanın", "shusha-city"), ("Xocalının", "khojaly-town")]


@pytest.mark.parametrize("text, expected", [
    # held-out 56: clubs and their grounds, numbered teams, a quoted river, an -ian family name, the monastery
    ("FC Gandzasar Kapan is an Armenian football club based in the town of Kapan", [("Kapan", "kapan")]),
    # the tail of a club named before is no prefix: "Qarabağ FK Bakıda" (the lexicon's club, then Baku)
    ("Qarabağ FK Bakıda qalib gəldi.", [("Bakıda", "baku")]),
    ("The club's home stadium is Tovuz City Stadium.", []),
    # a unit noun in the possessive owns the facility (held-out 90); a possessive inside its name does not (79)
    ("the opening of a new building of Agdam Region’s Central Hospital in Guzanly settlement.",
     [("Agdam", "aghdam"), ("Guzanly", "guzanli")]),
    ("reports that Ordubad District Children’s Hospital was put into operation on April 9.", []),
    ("հաղթահարած «Մարտունի», «Վարդենիս», «Նորատուս» եւ «Գավառ-1» թիմերը` պայքարից", []),
    # held-out 90: a score says the sentence is of sport; either word of a quoted hyphenated club
    ("В Капане местный \"Гандзасар-Капан\" обыграл \"Арарат\" со счетом 2:1 и сравнялся по набранным очкам",
     [("Капане", "kapan")]),
    ("Պատասխան խաղում «Ալաշկերտ»-ը նվազագույն 1:0 հաշվով գերազանցեց «Արցախ»-ին:", []),
    ("10-րդ տուրում կկայանա նաև «Արարատ-Արմենիա»-«Լոռի» և «Գանձասար-Կապան»-«Փյունիկ»:", []),
    # "football club" before the name, an adjective before it (held-out 110)
    ("Azerbaijani football club Qarabag on Saturday visited Aghdam", [("Aghdam", "aghdam-town")]),
    # sport, a cup, a qualifying round, to compete (held-out 86, 110)
    ("Գյումրիում մրցելու են «Շիրակն» ու «Ուրարտուն»։", [("Գյումրիում", "gyumri")]),
    ("“Qarabağ” II təsnifat mərhələsinin MOİK cütünün qalibini Xankəndidə qəbul edəcək.",
     [("Xankəndidə", "khankendi")]),
    ("игра 1/8 финала Кубка страны между агдамским \"Карабахом\" и бакинским МОИК", []),
    # a club after its home town, in a sentence of sport, and the same name again (held-out 56, 90)
    ("In the sixth round of the Fastex Premier League, Gyumri's Shirak hosted Yerevan's Ararat. In the last match "
     "between the teams, Ararat defeated Robert Darbinyan and his teammates 3:1.",
     [("Gyumri's", "gyumri"), ("Yerevan's", "yerevan")]),
    ("Five minutes was not enough for Agdam Karabakh to open a new page in the history of Azerbaijani football.",
     [("Agdam", "aghdam-town")]),
    # not outside sport: a village after its district's possessive stays the village
    ("Lachin's Sus village was rebuilt.", [("Lachin's", "lachin"), ("Sus", "sus")]),
    # a time is no score (held-out 52): the quoted border division keeps its place
    ("Bu gün saat 05:40 radələrində “Qazax” əlahiddə sərhəd diviziyasının Qazax rayonunun",
     [("Qazax", "qazakh"), ("Qazax", "qazakh")]),
    ("“Qarqar” çayın körpüsünədək Şelli kəndinin üzüm bağları", [("Şelli", "shelli")]),
    ("together with the President of Artsakh Bako Sahakian visited", [("Artsakh", "nagorno-karabakh")]),
    ("Gandzasar has been the spiritual centre of Artsakh", [("Artsakh", "nagorno-karabakh")]),
    # peoples in -ian are no family names
    ("the Shushi Armenians and Goris Iranians", [("Shushi", "shusha-city"), ("Goris", "goris")]),
    # held-out 153: games, a rival, to win; "Football Club" capitalized and its Armenian; a club's words after a pair
    # of names or a place's name; a match of two clubs; a quoted club of two words, or with a space after the hyphen
    ("Алиев также заявил, что «настанет день, когда «Карабах» будет проводить домашние игры в Агдаме».",
     [("Агдаме", "aghdam-town")]),
    ("Вот уже 26 лет «Карабах» проводит домашние встречи в 250 км от Агдама", [("Агдама", "aghdam-town")]),
    ('Daha dəqiq desək, "Qarabağ" bu mərhələdə rəqibini Xankəndidə qəbul edəcək.', [("Xankəndidə", "khankendi")]),
    ("Կապանի «Գանձասարը» հետխաղյա 11-մետրանոցներով հաղթեց Երևանի «Արարատին»", [("Կապանի", "kapan"),
                                                                          ("Երևանի", "yerevan")]),
    ("Football Club Gandzasar Kapan (Armenian: Ֆուտբոլային Ակումբ Գանձասար Կապան), commonly known as Gandzasar",
     []),
    ("Araz-Naxçıvan PFK (Azerbaijani: Araz-Naxçıvan Peşəkar Futbol Klubu) is an Azerbaijani professional football "
     "club", []),
    ("Xankəndi şəhərində keçiriləcək Qarabağ-MOİK oyununa saatlar qalıb.", [("Xankəndi", "khankendi")]),
    ("пользу гостей. Домашняя арена футбольной команды «Лернаин Арцах».", []),
    ("պատասխան խաղում Կապանի «Գանձասար- Կապանը» հուլիսի 19-ին", [("Կապանի", "kapan")]),
    # the NKR's national team is the region in the sets: "Արցախ-Սապմի խաղով"
    ("Ստեփանակերտում Արցախ-Սապմի խաղով մեկնարկեց բուն ֆուտբոլային տոնը", [
        ("Ստեփանակերտում", "khankendi"), ("Արցախ", "nagorno-karabakh")]),
    # a club, a federation and a chess tournament after the name (English)
    ("The Shamkir Chess 2019 international tournament commemorating Azerbaijan's chess player", []),
    ("the president of the Nakhchivan Football Federation, Zaur Akhundov, said", []),
    ("in partnership with the Race.az team and the Baku Marathon Club.", []),
])
def test_clubs_teams_rivers_and_people(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a province named like its centre, in a list with a city, is the city (held-out 30, 33, 51, 57)
    ("additional railway line to connect Baku and Nakhchivan.", [("Baku", "baku"), ("Nakhchivan", "nakhchivan-city")]),
    ("в городах Баку, Сумгайыт, Гянджа, Нахчыван и Газах", [("Баку", "baku"), ("Сумгайыт", "sumgait"),
                                                          ("Гянджа", "ganja"), ("Нахчыван", "nakhchivan-city"),
                                                          ("Газах", "qazakh-city")]),
    # a comma alone: the place and its region (held-out 55); and with a region, the republic
    ("the destruction of the khachkars in Julfa, Nakhichevan by", [("Julfa", "julfa"), ("Nakhichevan", "nakhchivan")]),
    ("Nakhchivan and Karabakh", [("Nakhchivan", "nakhchivan"), ("Karabakh", "karabakh")]),
])
def test_a_province_named_like_its_centre_in_a_list_of_cities(text, expected):
    assert _pairs(text) == expected


def test_a_sentence_opening_preposition_is_no_part_of_a_name():
    # held-out 57: GeoNames gave Yuxarı Əskipara "In Voskepar" (Hin Voskepar without its h); name_fixes drops it
    assert _pairs("Pashinyan visited Tavush region. In Voskepar, the Prime Minister met the local residents.") == [
        ("Tavush", "tavush"), ("Voskepar", "voskepar")]


def test_a_russian_plural_town_noun_opens_a_list_of_towns():
    # held-out 89: the Khojavend district named earlier supports the Khojavend village Ağdam (Агдам), but "городов"
    # before the list makes its items the towns
    t = ("В селе Эдилли Ходжавендского района обнаружено массовое захоронение. Такие могилы существуют также в "
         "окрестностях освобожденных от оккупации городов Агдам, Физули, Ходжавенд и Шуша.")
    assert _pairs(t)[2:] == [("Агдам", "aghdam-town"), ("Физули", "fuzuli-city"), ("Ходжавенд", "khojavend-town"),
                             ("Шуша", "shusha-city")]


@pytest.mark.parametrize("text, expected", [
    # held-out 76, 90: մարզադաշտ (stadium) begins like մարզ (province); Gyumri's stadium keeps the city
    ("Խաղը կայացել է Գյումրու Քաղաքային մարզադաշտում։", [("Գյումրու", "gyumri")]),
    ("Խաղը կայացել է Կապանի մարզադաշտում։", [("Կապանի", "kapan")]),
    ("Սյունիքի մարզում", [("Սյունիքի", "syunik")]),
    # nor is գյուղատնտեսական (agricultural) the village noun գյուղ: Armavir's college, not a village Armavir
    ("Արմավիրի գյուղատնտեսական քոլեջը բացվեց։", [("Արմավիրի", "armavir-city")]),
    # held-out 113: a sports school (մարզադպրոց) is no province; the governor's office after a comma opens a clause
    ("2 շաբաթ է Արտաշատի մարզադպրոցի դահլիճում", [("Արտաշատի", "artashat")]),
    ("հարյուրավորները մնացել են Գորիսում, մարզպետարանը հոգացել է նրանց կեցության", [("Գորիսում", "goris")]),
    ("Արարատի մարզպետ Ուրիկ Գասպարյանը", [("Արարատի", "ararat")]),
])
def test_an_armenian_word_that_begins_like_a_generic_noun_is_none(text, expected):
    assert _pairs(text) == expected


def test_a_former_region_of_armenia_is_context_for_its_town():
    # held-out 35, 65: "Մարտունու տարածաշրջանում" is Armenia's former Martuni region (left out), not the NKR's Martuni
    # region (Khojavend); as context it stands for the Gegharkunik town, so the Martuni after it is that town
    t = ("գյուղ Հայաստանի Հանրապետության Գեղարքունիքի մարզի Մարտունու տարածաշրջանում, Մարտունի քաղաքից մոտ 10 կմ "
         "հյուսիս-արևմուտք")
    assert _pairs(t) == [("Գեղարքունիքի", "gegharkunik"), ("Մարտունի", "martuni-gegharkunik-616438")]
    # the NKR region keeps its reading
    assert ("Մարտունու", "khojavend") in _pairs("Արցախի Մարտունու շրջանում, Մարտունի քաղաքից մոտ 10 կմ")


def test_the_armenian_horadiz_is_the_city():
    # held-out 24, 73, 77, 88: WOF made Հորադիզ the official Armenian name of the village Horadiz (388737) and a
    # variant of the city (148003); name_fixes makes it the city's common name (the Armenian Wikipedia's title)
    assert _pairs("Սակայն այդ երկաթգիծը Մեղրին կապում է Հորադիզի հետ") == [
        ("Մեղրին", "meghri"), ("Հորադիզի", "horadiz-fuzuli-148003")]
    assert _pairs("«Հորադիզից Զանգիլան (Կովսական) երկաթուղու շինարարությունը")[0] == (
        "Հորադիզից", "horadiz-fuzuli-148003")


def test_the_russian_short_form_of_gegharkunik():
    # held-out 57: an attested short form (tools/attested_names.yaml), inflected
    assert _pairs("1 305 — в Сюнике; 833 — в Гегаркунике; 268 — в Тавуше") == [
        ("Сюнике", "syunik"), ("Гегаркунике", "gegharkunik"), ("Тавуше", "tavush")]


@pytest.mark.parametrize("text, expected", [
    # held-out 59: a wiki mirror's spaces before commas in a Russian adjective list; a possessive after "other"
    ("Район граничит с Ходжавендским , Агдамским , Бардинским , Бейлаганским и Физулинским районами .",
     [("Ходжавендским", "khojavend"), ("Агдамским", "aghdam"), ("Бардинским", "barda"), ("Бейлаганским", "beylagan"),
      ("Физулинским районами", "fuzuli")]),
    ("в войне Агдам и другие наши районы и города вступили в новый этап", [("Агдам", "aghdam")]),
])
def test_russian_lists_with_loose_punctuation_and_possessives(text, expected):
    assert _pairs(text) == expected


def test_the_nkr_askeran_region_is_the_khojaly_district_in_every_language():
    # held-out 70, 71 (English, Russian) and ru.wikipedia (held-out 7); the NKAO/NKR Askeran district, the base of
    # the Khojaly district (its attested English and Russian names); the bare name stays the town
    assert _pairs("входит в состав Аскеранского района НКР.") == [("Аскеранского района", "khojaly")]
    assert _pairs("the harvest began in the Martuni and Martakert regions, and then in the Askeran region.") == [
        ("Martuni", "khojavend"), ("Martakert", "aghdara"), ("Askeran", "khojaly")]
    assert _pairs("в селе Астхашен Аскеранского района Нагорного Карабаха")[1:2] == [
        ("Аскеранского района", "khojaly")]
    assert _pairs("Askeran is 14 km northeast of Stepanakert.")[0] == ("Askeran", "asgaran")


def test_districts_named_bare_by_default_in_azerbaijani_and_english_copy():
    # the lexicon's district_readings, counted over held-out 1-71: Zəngilan in Azerbaijani copy (held-out 60),
    # Shahbuz in English copy (held-out 16); over held-out 1-85, Tərtər too ("Tərtərdə mina partlayışı", held-out
    # 52); a noun still makes the town
    assert _pairs("İşğaldan azad olunan Zəngilanda həyat yenidən canlanır.") == [("Zəngilanda", "zangilan")]
    assert _pairs("Tərtərdə mina partlayışı ilə bağlı cinayət işi başlanıb.") == [("Tərtərdə", "tartar")]
    assert _pairs("Tərtər şəhərində yeni park açılıb.") == [("Tərtər", "tartar-city")]
    assert _pairs("Shahbuz, nature beauty of our autonomous republic") == [("Shahbuz", "shahbuz-district")]
    assert _pairs("Zəngilan şəhərində yeni məktəb açılıb.") == [("Zəngilan", "zangilan-town")]


def test_azerbaijani_words_and_names_that_are_also_villages():
    # held-out 28, 53, 63, 65, 68, 69, 72: "Kiçik və Orta Biznes", "Orta Paleolit", the poet Sarı Aşıq, "Vətəndaş
    # Cəmiyyəti", "Xalq Maarif Komissarlığı", the title "Əməkdar artist" and a patronymic ("Talıb oğlu") are no places
    assert _pairs("Kiçik və Orta Biznesin İnkişafı Agentliyi") == []
    assert _pairs("Şərurda uzaq Daş (Orta Paleolit) dövründən") == [("Şərurda", "sharur-district")]
    assert _pairs("Xəstə Qasım, Sarı Aşıq, Aşıq Valeh") == []
    assert _pairs("Vətəndaş Cəmiyyəti nümayəndələri") == []
    assert _pairs("Azərbaycan SSR Xalq Maarif Komissarlığının 10 oktyabr 1932-ci il tarixli") == []
    assert _pairs("bunu Əməkdar artist Ehtiram Hüseynov 32 ildən sonra Laçın şəhərində") == [("Laçın", "lachin-town")]
    assert _pairs("Ələsgərov İslam Talıb oğlu 22 iyun 1925-ci ildə anadan olub") == []
    # the villages themselves stay
    assert ("Maarif", "maarif-gadabay-585615") in _pairs("Gədəbəy rayonunun Maarif kəndində")


def test_a_village_named_beside_its_town_is_not_the_town():
    # held-out 1, 23, 58: "Xocavənd şəhərinə 50 ailə, Xocavənd kəndinə isə 20 ailə": the new village of the Xocavənd
    # district, which the gazetteer lacks (its Xocavənd village lies in Ağcabədi), not the town named beside it
    got = _pairs("İlk mərhələdə Xocavənd şəhərinə 50 ailə (194 nəfər), Xocavənd kəndinə isə 20 ailə (94 nəfər) köçürülüb.")
    assert got == [("Xocavənd", "khojavend-town")]
    # alone, a village noun still takes the village of that name
    assert _pairs("Xocavənd kəndinə 20 ailə köçürülüb") == [("Xocavənd", "khojavand")]
    # an Armenian genitive before a village noun names the town's villages, and English copy's "village of"
    # is left as it was
    assert ("Վարդենիսի", "vardenis") in _pairs("Վարդենիս քաղաքում ասում են, որ Վարդենիսի գյուղերն են հրետակոծվում")


def test_a_village_placed_in_a_unit_is_the_candidate_near_that_unit():
    # held-out 8, 26, 44, 56, 72: "Մարտակերտի շրջանի Վանք գյուղ", "деревни Ванк в Мартакертском районе" are the Vank
    # by Gandzasar (Vəngli, which GeoNames files under Kəlbəcər, 28 km from the Ağdərə district), not the Hadrut
    # Vank (Çinarlı) that the ranking puts first without the unit
    got = _pairs("Գտնվում է ԼՂՀ Մարտակերտի շրջանի Վանք գյուղից արևմուտք՝ լեռան գագաթին:")
    assert ("Վանք", "vangli") in got
    assert ("Ванк", "vangli") in _pairs("Монастырь расположен вблизи от деревни Ванк в Мартакертском районе НКР.")
    assert ("Վանք", "chinarli") in _pairs("Հադրութի շրջանի Վանք գյուղում")


def test_a_sole_russian_variant_is_the_places_russian_name():
    # held-out 10, 43, 50, 58, 61, 73: Russian "Агарак" is the Meghri town (GeoNames lists Агарак only among its
    # alternate names), not the Kapan-area or Lori village whose Russian name WOF marks as common
    assert _pairs("На юге Армении на участке дороги Агарак-Каджаран завершена проходка тоннеля")[0] == ("Агарак", "agarak")
    assert _pairs("Таможенный пункт «Агарак» продолжает работать") == [("Агарак", "agarak")]
    # context still decides: the Lori village by its province
    assert ("Агарак", "agarak-lori") in _pairs("в селе Агарак Лорийской области")
    # a province named like its village keeps the bare name (Сюник), and English variants keep their rank (Ganca)
    assert _pairs("Во время своего визита в Сюник координатор") == [("Сюник", "syunik")]
    assert _pairs("five artists from Ganca - Rza Mammadov") == [("Ganca", "ganja")]


def test_a_list_after_a_plural_noun_closed_by_another_noun():
    # held-out 39: "in the districts of Tovuz region - Aghdam, ..., Vahidli, Yukhari Oysuzlu and Ashaghi Oysuzlu
    # village": the villages the opening "districts" does not fit take the closing "village"
    got = _pairs("inspected 61 private houses in the districts of Tovuz region - Aghdam, Dondar Gushchu, Alibeyli, "
                 "Vahidli, Yukhari Oysuzlu and Ashaghi Oysuzlu village.")
    assert ("Vahidli", "vahidli") in got and ("Yukhari Oysuzlu", "yukhari-oysuzlu") in got
    assert ("Ashaghi Oysuzlu", "ashaghi-oysuzlu") in got


def test_the_russian_adjective_of_the_nkr_kashatagh_region_in_a_list():
    # held-out 42: "приграничные с Шаумянским и Кашатагским (Лачинским ...)": Kashatagh is stored as a historical
    # region ("Кашатагский район"), and its adjective in a list reads as that region, as a district's does
    assert _pairs("жители сел районов: Кашатагского и Шушинского") == [("Кашатагского", "kashatagh"),
                                                                       ("Шушинского", "shusha")]
    assert ("Кашатагского", "kashatagh") in _pairs("Кашатагского и Шушинского районов")


def test_names_of_better_known_places_and_dynasties_need_support_or_a_village_noun():
    # held-out 76: old cities and dynasties in Azerbaijani copy are not the Syunik Shaki, Karmrakar (Dərbənd), the
    # Barda Qaraqoyunlu, the Fuzuli Qacar or the Lachin Ərəb
    text = ("Hər bir azərbaycanlı üçün qədim Bakı, Gəncə, Bərdə, Şəki, Dərbənd, Naxçıvan, Təbriz, Ərdəbil şəhərləri "
            "nə qədər əzizdirsə, İrəvan da o qədər doğmadır.")
    assert [t for t, _ in _pairs(text)] == ["Bakı", "Gəncə", "Bərdə", "Naxçıvan", "İrəvan"]
    assert _pairs("Urartu, Sasani, Ərəb xilafəti, Səlcuqilər, Qaraqoyunlu, Ağqoyunlu, Səfəvilər, Qacarlar") == []
    assert _pairs("Qacarlar nəslindən olan böyük Azərbaycan sərkərdəsi") == []
    # a village noun names the village, and so does another mention of its district
    assert _pairs("Qacar kəndinə ilk köç karvanı yola düşüb.") == [("Qacar", "gajar")]
    assert ("Qacar", "gajar") in _pairs("Füzuli rayonunun Qacar kəndində")
    assert ("Şəki", "shaki") in _pairs("Sisian rayonunun Şəki kəndi")
    # the river Aras and the Saatly district (held-out 60, 73); "Araz kəndində" is the Babek village (held-out 61)
    assert _pairs("Qozluçay, Köndələnçay, Araz boyu və Füzuli-Ağdam magistral yolunun hər iki ətrafında") == [
        ("Füzuli", "fuzuli-city"), ("Ağdam", "aghdam-town")]
    assert ("Saatlı", "saatli") not in _pairs("Kürdəmir, Ağdam, Kəlbəcər, Neftçala, Saatlı, Balakən rayonlarında")
    assert _pairs("Oktyabrın 1-də Araz kəndində içməli su və kanalizasiya şəbəkəsi") == [("Araz", "araz")]
    # held-out 65, 90, 91: the Iranian cities Khoy and Urmia, not the villages Qaralar and Qızılca that the NKR named
    # after them; their district names them
    assert _pairs("İran İslam Respublikasının Xoy şəhərində 10 km dərinlikdə 6,2 maqnituda zəlzələ") == []
    assert _pairs("the tournament held in Urmia which started on February 14") == []
    assert ("Խոյ", "garalar") in _pairs("Քաշաթաղի շրջանի Խոյ գյուղում")


def test_a_monument_named_like_a_village():
    # Zorats Karer is also called Karahunj (held-out 22, 35, 42, 46, 60, 76): the monument, not the Goris village
    assert _pairs("Complex «Zorats Karer» (Karahunj) is located near Sisian city of Syunik region.") == [
        ("Sisian", "sisian"), ("Syunik", "syunik")]
    assert _pairs("мегалитический комплекс Зорац-Карер (Караундж)") == []
    assert _pairs("Զորաց քարերը կամ ինչպես հայտնի է այլ անվանումով՝ Քարահունջը, մի խորհրդավոր հուշարձան է") == []
    # a text that does not name the monument so, or a village noun, keeps the village
    assert _pairs("the Ttenut eco tent camp in Karahunj village") == [("Karahunj", "karahunj")]
    assert ("Karahunj", "karahunj") in _pairs("Zorats Karer near Sisian and the village of Karahunj near Goris")
    assert ("Караунджа", "karahunj") in _pairs("участок от Гориса до Караунджа и Воротана")
    # Dadivank, the monastery, whose name the Kalbajar village Vəng bears (held-out 13, 17, 20, 25, 31, 60, 76)
    assert _pairs("Dadivank (or Khutavank «monastery on the hill») is an ancient monastic complex.") == []
    assert _pairs("миротворцев сегодня посетила древний монастырский комплекс Дадиванк. Напомним, что Дадиванк "
                  "является одним из древнейших") == []
    assert _pairs("Xudavəng (Dadivəng) monastır kompleksidir.") == []
    assert _pairs("Դադիվանքը գտնվում է պատմական Արցախի Վերին Խաչեն գավառում, վանական համալիր է։")[1:] == []
    # the village keeps its noun, in the classical orthography too (held-out 13, 18)
    assert ("Դադիվանք", "vang-kalbajar-585933") in _pairs(
        "Դադիվանք կամ Խութավանք, վանական համալիր՝ Շահումեան շրջանի Դադիվանք գիւղին մէջ")
    assert ("Дадиванк", "vang-kalbajar-585933") in _pairs("район, включающий в себя село Дадиванк, где расположен монастырь")
    # the monument's other name or kind counts in the text around the mention (MONUMENT_WINDOW), not anywhere in a
    # long text: a pipeline may hand over a whole file as one text
    from toponyms.match import MONUMENT_WINDOW
    far = "Dadivank monastery was restored. " + "Nothing else happened that day. " * (MONUMENT_WINDOW // 30 + 10)
    assert _pairs(far + "Dadivank was handed over.")[-1] == ("Dadivank", "vang-kalbajar-585933")
    assert _pairs("Dadivank monastery was restored. Dadivank was handed over.") == []
    # Haghartsin, the monastery by the Tavush village of its name (held-out 13, 72, 76, 85); the village keeps its noun
    assert _pairs("Հաղարծնի վանքը (Հաղարծնավանք) գտնվում է Դիլիջան քաղաքից 18 կմ հյուսիս։") == [("Դիլիջան", "dilijan")]
    assert _pairs("Haghartsin is right out of a fairy tale, a monastery in the forest.") == []
    assert _pairs("Տավուշի մարզի Հաղարծին գյուղում վանք կա։")[:2] == [("Տավուշի", "tavush"), ("Հաղարծին", "haghartsin")]


def test_the_club_turan_tovuz():
    # held-out 52, 56, 72: the football club, not the city; "based in Tovuz" is the city
    assert _pairs("Turan Tovuz (Azerbaijani: Turan Tovuz) is an Azerbaijani football club based in Tovuz.") == [
        ("Tovuz", "tovuz-city")]
    assert _pairs("В первом матче 28-го тура в Товузе «Туран-Товуз» принимал «Карабах».")[0] == ("Товузе", "tovuz-city")
    assert len(_pairs("В первом матче 28-го тура в Товузе «Туран-Товуз» принимал «Карабах».")) == 1


def test_the_nkr_as_a_state_is_not_annotated_outside_armenian():
    # the region's name inside the state's name (held-out 59-76; the earlier sets were brought into line)
    assert _pairs("President of the Republic of Artsakh (Nagorno-Karabakh Republic/NKR), Bako Sahakyan, on Friday "
                  "visited Hadrut") == [("Hadrut", "hadrut")]
    assert _pairs("On June 8, Artsakh Republic President Bako Sahakyan visited") == []
    assert _pairs("президент Республики Арцах Араик Арутюнян") == []
    assert _pairs("qondarma \"Dağlıq Qarabağ Respublikası\" ilə") == []
    # Armenian copy's Արցախի Հանրապետություն names the region; "Nagorno-Karabakh" on its own is the region
    assert _pairs("Արցախի Հանրապետության նախագահ") == [("Արցախի", "nagorno-karabakh")]
    assert _pairs("the Nagorno-Karabakh conflict") == [("Nagorno-Karabakh", "nagorno-karabakh")]


def test_yeghegis_is_no_longer_artabuynk():
    # Artabuynk's old name is today's village of Yeghegis and its community, which the gazetteer lacks
    # (tools/name_fixes.yaml; held-out 18, 33, 37, 40, 48)
    assert _pairs("ՀՀ Վայոց ձորի մարզպետը ճանաչողական այցով Եղեգիս համայնքում էր") == [("Վայոց ձորի", "vayots-dzor")]
    assert _pairs("Artabuynk is a village in the Yeghegis Municipality") == [("Artabuynk", "artabuynk")]


def test_a_russian_waterfall_or_cave_before_the_name():
    # held-out 19, 31, 52, 67: "водопад Шаки" is the waterfall, "пещера Азох" the cave, not the villages
    assert _pairs("Водопад Шаки находится в 3 км к северо-западу от города Сисиана") == [("Сисиана", "sisian")]
    assert ("Арени", "areni") not in _pairs("найденная в 2007 году в пещере Арени")
    assert _pairs("в селе Арени") == [("Арени", "areni")]


def test_a_facility_name_with_a_possessive_word():
    # held-out 79: "Ordubad District Children's Hospital" is the hospital (as "Tovuz Central Hospital" is)
    assert _pairs("NAKHCHIVANTODAY.COM reports that Ordubad District Children’s Hospital was put into operation.") == []
    assert _pairs("The hospital in Ordubad District was put into operation.") == [("Ordubad District", "ordubad-district")]


def test_the_artsakh_province_of_greater_armenia_is_the_region():
    # held-out 5, 25, 72, 76, 79 read "Արցախ նահանգ" as Karabakh; other lands of historic Armenia stay out
    assert _pairs("Գանձասար վանքը գտնվում էր Արցախ նահանգի Մեծ Առանք գավառում") == [("Արցախ", "nagorno-karabakh")]
    assert _pairs("Մեծ Հայքի Սյունիք նահանգի") == []


@pytest.mark.parametrize("text, expected", [
    # held-out 6, 21, 75 and 30, 76 (gazetteer/regions.yaml): the region with its noun in the span, as a district's
    ("в 6 медицинских учреждениях Карабахского региона, включая", [("Карабахского региона", "karabakh")]),
    ("в Нагорно-Карабахском регионе Южного Кавказа", [("Нагорно-Карабахском регионе", "nagorno-karabakh")]),
    # held-out 8, 73 (tools/attested_names.yaml): Armenian outlets' Russian Нахичеван, the republic and the city
    ("имеется 70-километровая граница с Нахичеваном.", [("Нахичеваном", "nakhchivan")]),
    ("в 33 км к северо-востоку от города Нахичеван.", [("Нахичеван", "nakhchivan-city")]),
    # held-out 58, 64: the Azerbaijani name in Armenian letters, in copy quoting Azerbaijani speakers; held-out 50, 63:
    # the given name Շուշան (Shushan Stepanyan, the defence ministry's spokeswoman) is no "the Shusha"
    ("Դուք է՞լ եք Շուշա մեկնում։", [("Շուշա", "shusha-city")]),
    ("ՀՀ ՊՆ խոսնակ Շուշան Ստեփանյանը ֆեյսբուքյան էջում տեղեկացրել է", []),
    # held-out 71, 74: Azerbaijani copy's rendering of Gegharkunik (gh as q)
    ("Ermənistan ərazisində Geqarkunik vilayətində mühəndis işləri aparılır", [("Geqarkunik", "gegharkunik")]),
    # held-out 57, 82: Azerbaijani vilayət (province) after the name of one of Armenia's provinces is the province
    ("Ermənistanın Ararat vilayəti qubernatorunun administrasiyası", [("Ararat", "ararat")]),
    ("bunu Ermənistanın Ararat vilayət administrasiyası bildirib", [("Ararat", "ararat")]),
    ("Ararat şəhərində", [("Ararat", "ararat-city")]),
])
def test_attested_forms_in_copy(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a reference work's title run into its first word (held-out 15, 37)
    ("NəsirvazAzərbaycan Respublikası Naxçıvan Muxtar Respublikasının Ordubad rayonunda kənd.",
     [("Nəsirvaz", "nasirvaz"), ("Naxçıvan Muxtar Respublikasının", "nakhchivan"), ("Ordubad", "ordubad-district")]),
    # a list with a comma lost (held-out 16, 67)
    ("на шоссе ЕреванСисиан.", [("Ереван", "yerevan"), ("Сисиан", "sisian")]),
    ("Hazırkı Cəbrayıl, Füzuli, qismən də Xocavənd, Beyləqan, QubadlıZəngilan rayonlarını əhatə edirdi.",
     [("Cəbrayıl", "jabrayil"), ("Füzuli", "fuzuli"), ("Xocavənd", "khojavend"), ("Beyləqan", "beylagan"),
      ("Qubadlı", "qubadli"), ("Zəngilan", "zangilan")]),
    # a preposition run into the name, a stress mark inside it (held-out 32, 13)
    ("в 1935 году переименован вКироваба́д (в честь С. М. Кирова)", [("Кироваба́д", "ganja")]),
    ("the Recovery, Construction, and Management Service inJabrayil, Qubadli, and Zangilan.",
     [("Jabrayil", "jabrayil"), ("Qubadli", "qubadli"), ("Zangilan", "zangilan")]),
    # Armenian capitals write ՈՒ as Ու: no seam there
    ("ՇՈւՇԻ ՔԱՂԱՔ, ԳՈՐԻՍԻՑ ՍՅՈւՆԻՔ", [("ՇՈւՇԻ", "shusha-city"), ("ԳՈՐԻՍԻՑ", "goris"), ("ՍՅՈւՆԻՔ", "syunik")]),
    # camel case with no place in it stays as it was
    ("Watch it on YouTube or the iPhone app in Stepanakert.", [("Stepanakert", "khankendi")]),
])
def test_words_run_together_are_read_apart(text, expected):
    import toponyms

    ms = toponyms.load().annotate(text)
    assert [(m.text, m.place.id) for m in ms] == expected
    assert all(text[m.start:m.end] == m.text for m in ms)


def _id_at(text: str, span: str) -> str | None:
    """The id of the place annotate() (bundled data, default options) gives the mention written ``span``."""
    import toponyms

    return {m.text: m.place.id for m in toponyms.load().annotate(text)}.get(span)


@pytest.mark.parametrize("text, span, expected", [
    # "present-day" before the lake's name: the renamed place's name now; a gloss is the place it glosses
    # (held-out 15, 60, 65)
    ("Azərbaycan 2008-ci il aprelin 1-də Göygöl Dövlət Təbiət Qoruğu, Xanlar (indiki Göygöl), Daşkəsən və Goranboy "
     "inzibati rayonlarını əhatə edir.", "Göygöl", "goygol"),
    ("Burada salınan ilk koloniyanın Helenendorf (indiki Göygöl) adlandırıldığı bildirilir.", "Göygöl", "goygol-city"),
    # the lake, bare, stays out
    ("Milli Parkın daxilində Göygöldən başqa 10 göl var.", "Göygöldən", None),
    # held-out 88: a gloss inside a compound name takes the compound; either order, any language with it stored
    ("the construction of the alternative motorway to the Berdzor (Lachin) corridor.", "Berdzor", "lachin-corridor"),
    ("the construction of the alternative motorway to the Berdzor (Lachin) corridor.", "Lachin", "lachin-corridor"),
    ("Laçın (Berdzor) dəhlizi ilə hərəkət bərpa olunub.", "Laçın", "lachin-corridor"),
    # a gloss with no compound after it stays the town
    ("Residents of Berdzor (Lachin) left the town.", "Lachin", "lachin-town"),
])
def test_a_name_in_parentheses_glosses_the_name_before(text, span, expected):
    assert _id_at(text, span) == expected


@pytest.mark.parametrize("text, span, expected", [
    # the land of a district and what it grows, after an Azerbaijani name: the district (held-out 55, 62, 65, 70, 79)
    ("Azərbaycanda Gədəbəy kartofuna xüsusi münasibət var.", "Gədəbəy", "gadabay"),
    ("Göyçay və Qazax pomidorunun 1 kiloqramı isə 2 manata təklif olunur.", "Qazax", "qazakh"),
    ("Təcavüzkar Ermənistan indi də qəsdən Şuşa meşələrini yandırmaqla məşğuldur.", "Şuşa", "shusha"),
    ("Bu gün 32 ildən sonra Laçın torpaqlarında ikinci toy sədası eşidilir.", "Laçın", "lachin"),
    # and its territory (held-out 89, 91, 100, 111, 112)
    ("Sos kəndində tikilmiş Amaras monastırı Xocavənd ərazisindəki ən maraqlı tikililərdən biridir.", "Xocavənd",
     "khojavend"),
    ("Laçın-Xankəndi yolunun Şuşa ərazisindən keçən hissəsində", "Şuşa", "shusha"),
    # a town's own noun still names the town
    ("Gədəbəy şəhərində kartof bazarı açılıb.", "Gədəbəy", "gadabay-town"),
    # held-out 6, 10, 14, 54, 83: a village lies in a district, not in its centre
    ("A few days later we liberated the villages in the southern part of Lachin.", "Lachin", "lachin"),
    ("to relocate another 727 residents to Aghali village of the country’s liberated Zangilan in the near future",
     "Zangilan", "zangilan"),
    ("six villages of Azerbaijan’s Tovuz - Aghdam, Alibeyli", "Tovuz", "tovuz"),
    ("a multi-apartment building in the Shikh Arkh settlement in Tartar.", "Tartar", "tartar"),
    ("They are from Mets Taghlar village in Hadrut, Nagorno Karabakh.", "Hadrut", "hadrut-district"),
    # the village itself, and a list of villages, are no unit
    ("The Azerbaijani village of Hadrut was occupied by the Armenian forces.", "Hadrut", "hadrut"),
    ("the villages of Hadrut, Chayli, Yukhari Guzlek were taken", "Hadrut", "hadrut"),
    # held-out 10, 32: район in the nominative before a bare name is the district; в районе, the area, is not
    ("Высокогорный район Кельбаджар был захвачен армянскими вооруженными силами в 1993 году.", "Кельбаджар",
     "kalbajar"),
    ("Район Казакса ( район Газах ; Азербайджани : Qazax Rayonu", "Газах", "qazakh"),
    ("По его словам, в районе Гадрута неоднократно был слышен огонь.", "Гадрута", "hadrut"),
    # held-out 6, 60: the district administration (շրջվարչակազմ) is the district's
    ("«Արմենպրես»-ի հետ զրույցում այս մասին ասաց Մարտունու շրջվարչակազմի ղեկավարը։", "Մարտունու", "khojavend"),
    # held-out 14, 74, 84, 88: an envoy's title names his remit; a lone bare mention after it is the town, a bare list
    # of the same districts stays the districts (held-out 20)
    ("Bunu Azərbaycan Prezidentinin Şuşa rayonunda xüsusi nümayəndəsi Aydın Kərimov Şuşada keçirilən beynəlxalq "
     "konfransda deyib.", "Şuşada", "shusha-city"),
    ("Bunu Prezidentin Ağdam, Füzuli və Xocavənd rayonlarında xüsusi nümayəndəsi Emin Hüseynov Ağdamda keçirilən "
     "tədbirdə deyib.", "Ağdamda", "aghdam-town"),
    ("Xankəndi, Ağdərə və Xocalıda hazırda 23 min nəfərdən çox sakin məskunlaşıb. Bunu Prezidentin Xankəndi, Ağdərə "
     "və Xocalı rayonlarında xüsusi nümayəndəsinin müavini Səbuhi Qəhrəmanov bildirib.", "Xocalıda", "khojaly"),
    ("Şuşa rayonunda yeni məktəb açılıb. Şuşada 500 şagird təhsil alacaq.", "Şuşada", "shusha"),
])
def test_the_district_or_town_a_neighbouring_word_points_to(text, span, expected):
    assert _id_at(text, span) == expected


def test_a_common_word_in_capitals_is_no_name():
    import toponyms

    g = toponyms.load()
    # held-out 87: an encyclopedia's headwords in capitals; ՎԱՆՔ (monastery) and ԱՌԱՔՅԱԼ (apostle) are common
    # words, which capitals say nothing about, whatever other places stand around them
    got = [(m.text, m.place.id) for m in g.annotate("ԱՄԱՐԱՍԻ ՎԱՆՔ, ԼՂՀ Մարտունու շրջանի Մաճկալաշեն գյուղի մոտ")]
    assert ("ՎԱՆՔ", "chinarli") not in got and ("Մաճկալաշեն", "machkalashen") in got
    got = [m.text for m in g.annotate("ԱԳՈՒԼԻՍԻ Ս․ ԹՈՎՄԱ ԱՌԱՔՅԱԼ ՎԱՆՔ, Գողթն գավառի")]
    assert "ԱՌԱՔՅԱԼ" not in got and "ՎԱՆՔ" not in got
    # a headword that is no common word stays a name, and so does the village Վանք with its noun
    assert [(m.text, m.place.id) for m in g.annotate("ՍԻՍԻԱՆ բնակավայրը 1922-1930 թթ. եղել է")] == [
        ("ՍԻՍԻԱՆ", "sisian")]
    assert ("Վանք", "chinarli") in [(m.text, m.place.id) for m in g.annotate(
        "Մենք այցելեցինք Վանք գյուղը, որը գտնվում է Մարտակերտի շրջանում։")]


def test_rivers_named_like_a_village_need_support():
    import toponyms

    g = toponyms.load()
    # held-out 13, 42, 52, 77: the Aras and the Arpa, not the Armavir village Araks nor Areni's former name Arpa
    assert g.annotate("Սյունիքի մայր գետն է, Արաքսի՝ ձախ վտակը։")[1:] == []
    assert g.annotate("Իրանն ու Հայաստանն Արաքս-Մեղրի համատեղ ազատ տնտեսական գոտի կստեղծեն")[0].text == "Մեղրի"
    assert "Արփա" not in [m.text for m in g.annotate("1963-ին սկսվեց Արփա-Սևան թունելի շինարարությունը։")]


def test_a_russian_given_name_declines_with_the_family_name():
    import toponyms

    g = toponyms.load()
    # held-out 12, 47, 82: Ararat Mirzoyan, Ararat Grigoryan, the revolutionary Khanlar Safaraliyev, in the
    # genitive and the instrumental
    for text in ("В Женеве начались переговоры глав МИД Армении и Азербайджана Арарата Мирзояна и Джейхуна Байрамова.",
                 "Хачатрян встретился с губернатором Вайоцдзорской области Араратом Григоряном.",
                 "с 1938 года по 2008 год — Ханлар в честь азербайджанского революционера Ханлара Сафаралиева."):
        assert not any(m.text in ("Арарата", "Араратом", "Ханлара") for m in g.annotate(text)), text
    # a place in one case and a family name in another stay apart
    assert [m.text for m in g.annotate("Жители Арарата Мирзоян и Петросян.")][:1] == ["Арарата"]


@pytest.mark.parametrize("text, expected", [
    # held-out 93: a governor (marzpet) is a province's; the Russian bare Лори is stored (attested: see
    # tools/attested_names.yaml)
    ("governor of Aragatsotn, Garik Sargsyan—governor of Ararat, Romanos Petrosyan", [
        ("Aragatsotn", "aragatsotn"), ("Ararat", "ararat")]),
    ("предусматривается также вскоре сменить губернаторов Арарата и Сюника.", [
        ("Арарата", "ararat"), ("Сюника", "syunik")]),
    ("По сведениям издания, губернатор Лори Артур Налбандян", [("Лори", "lori")]),
    ("Ararat Mirzoyan visited Ararat", [("Ararat", "ararat-city")]),
    # held-out 97, 98: a governor or diocese after an English name is the province's
    ("the Primate of the Armavir Diocese, Archbishop Sion Adamyan", [("Armavir", "armavir")]),
    ("due to heavy rains, the Armavir Governor’s Office told Armenpress.", [("Armavir", "armavir")]),
    ("Its capital is Armavir", [("Armavir", "armavir-city")]),
    # held-out 97: "Rev." before a cleric's title is the Reverend, not the village Rev (Shalva)
    ("the pastor of the Cathedral of Saint George Rev. Father Kirakos Simonyan, left for", []),
    ("the village of Rev in Askeran", [("Rev", "shalva-khojaly"), ("Askeran", "khojaly")]),
    # held-out 93: the month in an English date is no village (Jul, the az-2020 form of Artavan's Cul)
    ("ruled to arrest Arushanyan for two months on Jul 16.", []),
    ("the village of Jul in Vayots Dzor", [("Jul", "artavan"), ("Vayots Dzor", "vayots-dzor")]),
    # held-out 92: a website's name is no variant spelling of a village
    ("Как сообщили Yenixeber.org в Министерстве цифрового развития", []),
    # held-out 23: nor is a Russian abstract noun ("Управления", not Привольное of Lori)
    ("спешат пожарно-спасательная служба Управления спасательной службы МЧС РА города Ванадзор", [
        ("Ванадзор", "vanadzor")]),
    # held-out 23, 42, 92: an Armenian fortress or church after a name in the nominative is named after it; the
    # genitive says where it stands
    ("Փակ են Արագածոտնի մարզում Ամբերդ ամրոցից դեպի Քարի լիճ տանող ավտոճանապարհը", [("Արագածոտնի", "aragatsotn")]),
    ("առաջին կանգառը եղավ Հայրավանք եկեղեցու մոտ։", []),
    ("Բերձորի եկեղեցին", [("Բերձորի", "lachin-town")]),
    # held-out 100: substations likewise, and the first of two names before the plural noun
    ("աշխատանքներ են իրականացնում Շուշի և Սղնախ ենթակայաններից սնուցվող բնակավայրերում", []),
    # held-out 6, 36, 101: Չանախչի, the Soviet-era Armenian name of Avetaranots (attested: tools/attested_names.yaml),
    # is the Askeran village next to Askeran, not Debet of Lori, which cities500 also names so
    ("Լեռնային Ղարաբաղի Ինքնավար Մարզի Ասկերանի շրջանում գտնվող Չանախչին", [
        ("Լեռնային Ղարաբաղի Ինքնավար Մարզի", "nkao"), ("Ասկերանի", "khojaly"), ("Չանախչին", "chanagchi")]),
])
def test_governors_dates_websites_and_buildings(text, expected):
    assert _pairs(text) == expected


def test_an_unnumbered_constituency_is_named_after_its_districts():
    # held-out 93: "Bərdə-Tərtər seçki dairəsi", no number before it, spans the two districts; a road keeps the towns
    text = "Beyləqan seçki dairəsi üzrə 16 bələdiyyəyə 172 üzv, Bərdə-Tərtər seçki dairəsi üzrə isə 164 üzv seçiləcək."
    assert _pairs(text) == [("Beyləqan", "beylagan"), ("Bərdə", "barda"), ("Tərtər", "tartar")]
    assert _pairs("Bərdə-Tərtər yolu") == [("Bərdə", "barda-city"), ("Tərtər", "tartar-city")]


def test_a_list_of_provinces_reads_its_towns_as_provinces():
    # held-out 94: "Ararat, Kotayk" are two provinces (Kotayk can only be the province here), not the town Ararat
    assert _pairs("in all provinces of Armenia, mostly in Ararat, Kotayk and then Armavir.")[:2] == [
        ("Ararat", "ararat"), ("Kotayk", "kotayk")]
    assert _pairs("The bus left Ararat and Yeraskh.")[0] == ("Ararat", "ararat-city")


@pytest.mark.parametrize("text", [
    # held-out 92, 75: a cable car, a spring and a health centre across a line break are named after the place
    "Tatev Passenger Aerial Tramway between the two gorges",
    "the mostly ruined little town famous for colorful Istisu Hot Spring.",
    "the modular Lachin Family Health\nCentre.",
    # held-out 90, 41: UWC Dilijan, the college
    "the many opportunities UWC Dilijan offers.",
])
def test_facilities_named_after_a_place(text):
    assert _pairs(text) == []


def test_tumanyan_is_the_town_and_dsegh_was_tumanyan_until_1969():
    # held-out 96: Dsegh bore the name Tumanyan from 1938 to 1969 (tools/name_fixes.yaml); the town bears it now
    assert _pairs("11 сентября в селах Туманян, Кариндж и Дсех Лорийской области выпал град")[:3] == [
        ("Туманян", "tumanyan"), ("Кариндж", "karinj"), ("Дсех", "dsegh")]


def test_maraga_in_russian():
    # held-out 95: Russian Марага is stored (attested, tools/attested_names.yaml) and declines as a noun in -а
    assert _pairs("заняли село Марага, находящееся в Нагорном Карабахе") == [
        ("Марага", "maraga"), ("Нагорном Карабахе", "nagorno-karabakh")]
    assert _pairs("годовщине трагических событий в Мараге") == [("Мараге", "maraga")]


def test_nkr_names_after_armenian_villages_are_former_names():
    # held-out 17, 49, 71, 95: the NKR gave Azerbaijani settlements the names of Armenian villages (Artsvashen to
    # Kürd Mahruzlu, Yarımca and Seysulan; Berdavan to the Füzuli Qaradağlı); those names are former since the NKR
    # lost them (tools/name_fixes.yaml), and copy's Արծվաշեն and Բերդավան are the Armenian villages
    assert _pairs("1992 թվականի օգոստոսի 8-ին ընկավ Արծվաշենը:") == [("Արծվաշենը", "artsvashen")]
    assert _pairs("Բերդավանի բարձունքում բացվել է հուշահամալիր") == [("Բերդավանի", "berdavan")]
    import toponyms
    names = {(n.text, n.role, n.until) for n in toponyms.load().get("kurd-mahruzlu").names}
    assert ("Արծվաշեն", "former", "2020") in names


@pytest.mark.parametrize("word, place", [
    ("Այգեկ", "aygek"), ("Զովք", "zovk"), ("Խոտ", "khot"), ("Գողթանիկ", "goghtanik")])
def test_villages_of_armenia_over_the_nkr_names_given_after_them(word, place):
    # the importer makes former the names the NKR gave settlements of the districts it held until 2020 after
    # villages of Armenia (tools/import_sources.py former_nkr_names); with the district named, the settlement
    assert _pairs(f"{word} գյուղում բնակիչները") == [(word, place)]
    assert _pairs("Քաշաթաղի շրջանի Այգեկ գյուղում")[-1] == ("Այգեկ", "afandilar-qubadli")


def test_a_districts_summer_pastures_name_the_district():
    # held-out 96: plural yaylaqlar (summer pastures) after a district's name, and English "pastures", are the
    # district's; a plateau (yaylası) stays a feature
    assert _pairs("1177 qoyunçuluq təsərrüfatı Laçın və Kəlbəcər yaylaqlarına qalxıb.") == [
        ("Laçın", "lachin"), ("Kəlbəcər", "kalbajar")]
    assert _pairs("531 bee colonies from 15 beekeeping farms to Lachin pastures.") == [("Lachin", "lachin")]


def test_a_village_named_like_a_former_name_of_a_town() -> None:
    # Geghamabak: a Gegharkunik village, and a former name of Vardenis 7 km away; the town's former name does not
    # make the village need two supporting mentions (held-out 33, 64, 109)
    assert _pairs("11-ամյա Վահե Անդրեյանը  բնակվում է Գեղարքունիքի մարզի Գեղամաբակ գյուղում:") == [
        ("Գեղարքունիքի", "gegharkunik"), ("Գեղամաբակ", "geghamabak")]
    assert _pairs("Though the villagers of Sotk, Kut, Azat, Geghamabak, Norabak, Jaghatsadzor live") == [
        ("Sotk", "sotk"), ("Kut", "kut"), ("Azat", "azat"), ("Geghamabak", "geghamabak"), ("Norabak", "norabak"),
        ("Jaghatsadzor", "jaghatsadzor")]
    import toponyms

    roles = {n.text: n.role for n in toponyms.load().get("vardenis").names}
    assert roles["Geghamabak"] == roles["Գեղամաբակ"] == "former" and roles["Վարդենիս"] == "official"


def test_voskepar_s_armenian_name_is_official() -> None:
    # hy.wikipedia and the press spell the Tavush village Ոսկեպար; cities500 gave it as a variant only
    import toponyms

    g = toponyms.load()
    assert g.get("voskepar").name(lang="hy").text == "Ոսկեպար"


def test_a_given_name_before_a_russian_style_family_name_in_armenian_letters():
    # held-out 110: "Կամո Համբարձումովի" (Kamo Hambardzumov), a person, not the Goygol settlement Kamo
    assert _pairs("շարունակել է զբաղվել ըմբշամարտով եղբոր՝ Կամո Համբարձումովի գլխավորությամբ:") == []
    # held-out 115: and an Armenian family name in the dative ("Կամո Շահինյանին")
    assert _pairs("Կիրանց գյուղի վարչական Կամո Շահինյանին հարցրի") == [("Կիրանց", "kirants")]


def test_old_khndzoresk_is_the_village_with_its_qualifier():
    # held-out 29, 30, 45, 117: the old cave village, stored from travel copy (tools/attested_names.yaml)
    assert _pairs("the Tatev monastery and the caves at Old Khndzoresk.")[-1] == ("Old Khndzoresk", "khndzoresk")
    assert _pairs("Фото окрестностей Старого Хндзореска") == [("Старого Хндзореска", "khndzoresk")]


def test_a_district_museum_of_local_lore_keeps_the_district():
    # held-out 111: "Kəlbəcər Tarix-Diyarşünaslıq Muzeyi" is the district's, whatever the paragraph says of the town
    assert _pairs("Kəlbəcər Tarix-Diyarşünaslıq Muzeyi – Azərbaycanın Kəlbəcər şəhərində yerləşən muzey.") == [
        ("Kəlbəcər", "kalbajar"), ("Kəlbəcər", "kalbajar-town")]


def test_voskepar_is_the_tavush_village_in_every_language():
    # held-out 86, 89, 109, 115: GeoNames' Armenian name of the Tərtər settlement Askipara was the Tavush village's
    # (name_fixes rejects it); Azerbaijani copy's Əskipara among Tavush villages is the village too
    assert _pairs("Անկլավի վերադարձն Ադրբեջանին հիմնականում խնդիրներ կստեղծի Ոսկեպար գյուղի համար") == [
        ("Ոսկեպար", "voskepar")]
    assert _pairs("Ermənistanın baş naziri Nikol Paşinyan Əskipara, Bağanis və digər qəsəbələrin sakinləri ilə "
                  "görüşür.")[0] == ("Əskipara", "voskepar")
    assert _pairs("Tərtər rayonunun Əskipara kəndi")[1] == ("Əskipara", "askipara")


def test_paruyr_sevak_in_russian_is_the_whole_name():
    # held-out 75, 116: WOF gives the village's Russian name as Севак; copy writes it in full (armeniapedia.org)
    assert _pairs("в общинах Паруйр Севак, Ерасх, Армаш и Суренаван Араратской области")[0] == (
        "Паруйр Севак", "paruyr-sevak")


def test_armenian_words_named_like_villages_at_a_sentence_start():
    # held-out 116, 117: Մայիսյան "of May", Հողեր "lands"; the village with its noun and province stays
    assert _pairs("Մայիսյան մի շաբաթ առավոտ ընկեր Արտակն ու ես հասանք Դիլիջանի ավտոկայան") == [
        ("Դիլիջանի", "dilijan")]
    assert _pairs("Այստեղ վարելահողերը չեն մշակվում: Հողերի մի մասը սահմանին են") == []
    assert _pairs("Արմավիրի մարզի Մայիսյան գյուղում")[1] == ("Մայիսյան", "mayisyan-armavir")


def test_regional_centres_of_a_list_are_the_towns():
    # held-out 27, 119: "the regional centers of Martuni, Martakert and Berdzor" are the NKR regions' towns
    assert _pairs("In the capital town of Stepanakert and regional centers of Martuni, Martakert and Berdzor, "
                  "elections took place")[1:] == [
        ("Martuni", "khojavend-town"), ("Martakert", "aghdara-town"), ("Berdzor", "lachin-town")]
    assert _pairs("the district centre of Lachin") == [("Lachin", "lachin-town")]


def test_the_second_item_of_a_river_list():
    # held-out 122: "на реках Хякяри и Тертер" are rivers; a list of villages keeps its places
    assert _pairs("В настоящее время в Кяльбаджаре и Лачине на реках Хякяри и Тертер строятся ГЭС")[2:] == []
    assert _pairs("в селах Тертер и Бярдя")[0][1] in ("tartar", "tartar-city")


def test_the_yevlakh_district_and_the_city():
    # held-out 120: "Yevlax rayonunda" is the district (imported 2026-11-28), the bare name in a road the city;
    # held-out 74: "Евлахского ... районов" (held-out 36's "Yevlaxda ... Balçılı": test_a_city_of_its_own_...)
    assert _pairs("Yevlax rayonunda ağır yol qəzası baş verib. Yevlax-Aran-Mingəçevir yolunun 2-ci kilometrliyində")[
        :2] == [("Yevlax", "yevlakh-district"), ("Yevlax", "yevlakh")]
    assert _pairs("в Евлахском районе") == [("Евлахском районе", "yevlakh-district")]
    assert _pairs("Rayonun Qoyunbinəsi kənd yolunda") == [("Qoyunbinəsi", "goyunbinasi")]


def test_duzdag_and_ajami_of_nakhchivan():
    # held-out 30, 47, 81: the Nakhchivan salt mountain and the architect, not the Yevlakh villages; the village
    # with its noun stays
    assert _pairs("Duzdag is located in the Kengerli district of the Nakhchivan Autonomous Republic")[0][0] != "Duzdag"
    assert _pairs("Naxçıvan şəhərində ilk növbədə Əcəmi seyrangahının adı çəkilir") == [("Naxçıvan", "nakhchivan-city")]
    assert ("Duzdağ", "duzdagh") in _pairs("Yevlax rayonunun Duzdağ kəndində")
    assert _pairs("в селах Даш Салахлы и Джалаллы") == [("Даш Салахлы", "dash-salahli")]


def test_russian_forms_stored_from_held_out_131():
    # held-out 131: the NKR names of Zangilan and Jabrayil towns, the Askeran village Harov and the Qubadlı village
    # Mahruzlu as Russian copy writes them
    assert _pairs("строительство дороги Капан-Ковсакан-Мехакаван-Гадрут") == [
        ("Капан", "kapan"), ("Ковсакан", "zangilan-town"), ("Мехакаван", "jabrayil-town"), ("Гадрут", "hadrut")]
    assert _pairs("Это село Арав, которое находится в Аскеранском районе")[0] == ("Арав", "harov")
    assert _pairs("в азербайджанском селе Махрузлу") == [("Махрузлу", "mahrizli-qubadli")]


def test_a_dash_glued_to_a_list_after_a_district_noun():
    # held-out 130: "əksər rayonunda -Gədəbəy, Şəmkir, ..." ("in most districts - ..."): a quantifier takes the
    # singular noun, and the dash glued to the first item opens the list; the city Gəncə has no district and stays
    got = _pairs("Azərbaycanın əksər rayonunda -Gədəbəy, Şəmkir, Bərdə, Gəncə, Tovuz, Ağstafa, Qazax və başqa -mal "
                 "və heyvan əti ucuzlaşıb.")
    assert got == [("Gədəbəy", "gadabay"), ("Şəmkir", "shamkir"), ("Bərdə", "barda"), ("Gəncə", "ganja"),
                   ("Tovuz", "tovuz"), ("Ağstafa", "aghstafa"), ("Qazax", "qazakh")]
    assert _pairs("Bakı-Qazax yolunda")[1] == ("Qazax", "qazakh-city")


def test_an_exception_to_a_region_is_a_district():
    # held-out 28, 128, 130: "in the Karabakh Economic Region (except for Shusha)": the Shusha district
    assert _pairs("special representative of the President of Azerbaijan in the liberated territories (except for "
                  "Shusha) included in the Karabakh economic region")[0] == ("Shusha", "shusha")
    assert _pairs("in liberated part of Karabakh Economic Region (except Shusha)")[-1] == ("Shusha", "shusha")
    assert _pairs("I visited everything (except Shusha city)") == [("Shusha", "shusha-city")]


def test_a_town_s_airport_in_the_possessive():
    # held-out 135: "Kapan’s airport", "Nakhchivan’s airport": the town's (a town has one), as the Armenian genitive
    # "Ստեփանակերտի օդանավակայանը"; the airport named by the place stays out
    assert _pairs("the construction of Kapan’s airport commenced in 2017") == [("Kapan’s", "kapan")]
    assert _pairs("Nakhchivan’s airport served 45,000 passengers") == [("Nakhchivan’s", "nakhchivan-city")]
    assert _pairs("the Fuzuli International Airport") == []


def test_an_airport_named_by_a_town_is_the_town_s():
    # held-out 117, 135: "Naxçıvan Beynəlxalq Hava Limanı", "Zəngilan Beynəlxalq Hava Limanındakı", the Armenian
    # genitive "Նախիջևանի օդանավակայանի": the city or town, not the republic or district
    assert _pairs("Hazırda Naxçıvan Beynəlxalq Hava Limanında ciddi sərnişin sıxlığı müşahidə edilir.") == [
        ("Naxçıvan", "nakhchivan-city")]
    assert _pairs("Şərqi Zəngəzurun ilk hava limanı olan Zəngilan Beynəlxalq Hava Limanındakı yeni uçuş-enmə "
                  "zolağına enib")[-1] == ("Zəngilan", "zangilan-town")
    assert _pairs("ընկել են Նախիջևանի օդանավակայանի տարածքում") == [("Նախիջևանի", "nakhchivan-city")]


def test_forms_and_words_from_held_out_134_and_135():
    # held-out 134: Կրկժան (ժ for ջ), Խըդըրլը (the written schwa), Ишханадзор (the Armenian name in Russian); the
    # month in "Oktyabr ayının 15-də"; held-out 135: Victory Day, not the Tavush village Haghtanak
    assert _pairs("Ստեփանակերտում և Կրկժան բնակավայրում")[1] == ("Կրկժան", "karkijahan")
    assert _pairs("Աղդամի շրջանի Խըդըրլը գյուղում")[1] == ("Խըդըրլը", "khidirli-aghdam")
    assert _pairs("в общине Ишханадзор Кашатагского района")[0] == ("Ишханадзор", "khanlig")
    assert _pairs("Oktyabr ayının 15-də Prezident Xankəndiyə səfər edib")[0][0] != "Oktyabr"
    assert _pairs("Հայրենական մեծ պատերազմում Հաղթանակի օրվան նվիրված շքերթ") == []
    assert _pairs("Տավուշի Հաղթանակ գյուղում")[1] == ("Հաղթանակ", "haghtanak")


def test_a_khanate_named_after_a_city_is_no_place():
    # held-out 19, 28, 81, 87, 108, 131 leave out the khanates of Erivan, Nakhchivan and Ganja and the khan of
    # Erivan; the Karabakh khanate is the region, as every set reads it
    assert _pairs("1747–1828-ci illərdə İrəvan xanlığının mahalı olmuşdur.") == []
    assert _pairs("XIX əsrdə ərazi tamamilə Gəncə xanlığına tabe idi.") == []
    assert _pairs("İrəvan xanı Hüseynəli xan tərəfindən inşa etdirilmişdir") == []
    assert _pairs("Qarabağ xanlığının paytaxtı Şuşa")[0] == ("Qarabağ", "karabakh")
    assert _pairs("the capital of the Karabakh khanate") == [("Karabakh", "karabakh")]


def test_an_azerbaijani_mosque_or_station_named_by_its_town():
    # held-out 50, 56, 65, 97, 120, 131: "Şuşa məscidinin", "Naxçıvan stansiyasından": the town or city the mosque
    # or station stands in (not the district or the republic); "Qarabağ məscidləri" stays the region
    assert _pairs("Kadrlardan görünür ki, Şuşa məscidinin minarəsində bayraq asılıb") == [("Şuşa", "shusha-city")]
    assert _pairs("Saat 09:52-də Naxçıvan stansiyasından 110 km cənub-qərbdə zəlzələ olub")[0] == (
        "Naxçıvan", "nakhchivan-city")
    assert _pairs("Biz Qarabağ məscidləri deyəndə") == [("Qarabağ", "karabakh")]
    assert _pairs("Laçın su elektrik stansiyası") == []


def test_azerbaijani_quarters_and_canals_named_after_places():
    # held-out 137: "Qızılhacılı kanalı", a canal; a town's quarters ("... məhəlləsində") are no villages
    assert _pairs("Qızılhacılı kanalının suyu azalıb") == []
    assert _pairs("Gəncə şəhərinin Əlincə məhəlləsində") == [("Gəncə", "ganja")]


def test_vanadzor_is_the_city_beside_hadrut():
    # held-out 139: WOF gave the Khojavend village Banadzor the Latin name Vanadzor (rejected in name_fixes.yaml),
    # which the Hadrut region then supported
    assert _pairs("At the Vanadzor Old Age Home (VOAH), Prafonya Asryan, 87, a former resident of the Tumi village "
                  "in the Hadrut region, has discovered a new sense of family.")[0] == ("Vanadzor", "vanadzor")


def test_sheki_the_tatars_and_firidun_bey():
    # held-out 62, 116, 120, 139: Shaki (Şəki) the Azerbaijani city outside the region, the Tatar people and the
    # educator Firidun bey Kocharli are no villages of the gazetteer
    assert _pairs("Maharram Rzayev residing in Shaki is one of the IDPs from Kalbajar.") == [("Kalbajar", "kalbajar")]
    assert _pairs("the Tatar department of the Gori Teachers' Seminary") == []
    assert _pairs("Firidun bey Kocharli, originally from Shusha") == [("Shusha", "shusha-city")]


def test_abdal_gulabli_qazanfar_and_the_ganja_gate():
    # held-out 139: the Aghdam village named with its neighbour, a given name, and held-out 131: a gate of Shusha's
    # fortress named after the town its road leads to
    assert _pairs("Ağdam rayonunun Abdal-Gülablı kəndindən olan şair")[1] == ("Abdal-Gülablı", "gulabli")
    assert _pairs("el ağsaqqalı Qəzənfər Hüseynovla həmsöhbət olduq. - Qəzənfər müəllim, Laçın rayonunun")[0][0] \
        == "Laçın"
    assert _pairs("Şuşa qalasının üç əsas qapısından biri olan Gəncə qapısını") == [("Şuşa", "shusha-city")]


def test_attested_armenian_and_english_forms_of_held_out_141_to_145():
    # tools/attested_names.yaml and gazetteer/regions.yaml, 2026-11-28: the words of the pages the notes cite
    assert ("Չիրագ", "chirag") in _pairs("Քելբաջարի շրջանի Չիրագ տեղամասում, պայթյունի հետևանքով")
    assert ("Ափնա", "apnagyugh") in _pairs("Շենավան, Հարթավան, Ափնա համայնքների կենսաթոշակառուները")
    assert _pairs("the other internet cable that runs via Shushi (Shusa to Azerbaijanis)") == [
        ("Shushi", "shusha-city"), ("Shusa", "shusha-city")]
    assert ("NKAR", "nkao") in _pairs("the reunification of Nagorno Karabakh (NKAR), then an autonomous region")
    assert ("Gushchu Ayrym", "gushchu-ayrim") in _pairs("near Gushchu Ayrym village of Gazakh region")


def test_a_district_centre_in_parentheses_after_one_of_its_settlements_is_the_district():
    # held-out 141: "радио- и телевещание ... (Шуша, Кяльбаджар, Миндживан (Зангилан), Ханлыг (Губадлы) ..."
    assert _pairs("Миндживан (Зангилан), Ханлыг (Губадлы)") == [
        ("Миндживан", "minjivan-zangilan"), ("Зангилан", "zangilan"), ("Ханлыг", "khanlig"), ("Губадлы", "qubadli")]
    assert _pairs("İstisu (Kəlbəcər) yaşayış məntəqəsi") == [("İstisu", "istisu"), ("Kəlbəcər", "kalbajar")]
    # a gloss of the same place stays a gloss: Kovsakan is the town, whatever the settlement named like the district
    assert _pairs("Զանգիլան (Կովսական)")[1] == ("Կովսական", "zangilan-town")
    assert _pairs("Akna (Aghdam)") == [("Akna", "aghdam-town"), ("Aghdam", "aghdam-town")]


def test_a_qualifier_hyphenated_at_a_line_break_still_qualifies():
    # the reference matcher's regex ("(\w+)[ \-]$") let $ match before a final newline, so "Yukhari-\nDondarly"
    # (a compound broken at the line's end) was qualified; the annotator's hand-written scan had lost that
    # (found by tests/test_match_equivalence.py on a generated text)
    assert _pairs("Uzun-Oba-Yukhari-\nDondarly") == [("Uzun-Oba-Yukhari", "yukhari-uzunoba")]
    assert _pairs("Aghdam-\nDondarly") == [("Aghdam", "aghdam-town"), ("Dondarly", "dondarli")]


def test_a_province_genitive_places_a_community_too():
    # held-out 148: "Շիրակի մարզի Կամո համայնքը" is the Shirak village, as "Շիրակի մարզի Կամո գյուղում" was
    assert _pairs("գիշերը Շիրակի մարզի Կամո համայնքը ենթարկվել է")[1] == ("Կամո", "kamo-shirak")


def test_a_plural_noun_with_like_or_such_as_opens_a_list():
    # held-out 147: "Cities like Fuzuli and Lachin, along with Talish village in Aghdara" (the towns)
    assert _pairs("Cities like Fuzuli and Lachin, along with Talish village in Aghdara")[:2] == [
        ("Fuzuli", "fuzuli-city"), ("Lachin", "lachin-town")]
    assert _pairs("districts such as Aghdam and Fuzuli were shelled") == [("Aghdam", "aghdam"), ("Fuzuli", "fuzuli")]
    assert _pairs("He likes Shusha") == [("Shusha", "shusha-city")]


def test_russian_such_districts_as_opens_a_list():
    # held-out 147: "в таких районах, как Лачин, Губадлы, Зангилан и прилегающие территории"
    assert _pairs("нужды в таких районах, как Лачин, Губадлы, Зангилан и прилегающие территории") == [
        ("Лачин", "lachin"), ("Губадлы", "qubadli"), ("Зангилан", "zangilan")]
    assert _pairs("в таких городах, как Шуша и Лачин") == [("Шуша", "shusha-city"), ("Лачин", "lachin-town")]


def test_the_northern_districts_khachmaz_and_agdash_are_not_karabakh_villages():
    # every Xaçmaz/Khachmaz/Хачмаз and Ağdaş/Aghdash/Агдаш of held-out 1-148 is the northern district (name_fixes
    # rejects WOF's Xaçmaz for the Askeran village Xaçmaç; the lexicon's unheld namesakes hold Ağdaş)
    assert _pairs("Quba-Qusar-Xaçmaz rayonları istiqaməti üzrə") == []
    assert _pairs("без света остались города Баку и Сумгайыт, а также Ширван, Гянджа, Агдаш, Барда, Гах") == [
        ("Баку", "baku"), ("Сумгайыт", "sumgait"), ("Гянджа", "ganja"), ("Барда", "barda-city")]
    assert ("Խաչմաչ", "khachmach") in _pairs("Ասկերանի շրջանի Շոշ, Մխիթարաշեն, Խաչմաչ, Սզնեք գյուղերը")



def test_the_asan_service_is_no_village():
    # held-out 106, 140: GeoNames' variant "Asan" of Heşan is the ASAN service (and asan, "easy")
    assert [p for _, p in _pairs("Bərdə Regional Asan xidmət mərkəzi")] == ["barda"]
    assert _pairs("ASAN Radio подготовило специальный репортаж") == []


def test_zangilan_in_armenian_is_the_town_not_a_geonames_near_duplicate():
    # held-out 77, 107, 156: only GeoNames 146899 "Zangelan" (4 km from the town's row) carried the town's Armenian
    # names, so "Հորադիզից Զանգիլան" read as that settlement; attested_names gives them to the town too, which, the
    # more prominent, is read (the settlement stays a candidate)
    assert _pairs("«Առաջիկա օրերին մենք կսկսենք երկաթգիծ կառուցել Հորադիզից դեպի Զանգիլան՝ մինչև Հայաստանի հետ "
                  "սահման:")[-1] == ("Զանգիլան", "zangilan-town")
    import toponyms

    assert [c.id for c in toponyms.load().annotate("Հորադիզից Զանգիլան")[-1].candidates] == ["zangilan-settlement"]
    assert ("Զանգելան", "zangilan-town") in _pairs("Սյունիքի մարզով մտել են Կովսական (Զանգելան) և դուրս բերել")


def test_qarabag_without_its_diacritic_is_the_region():
    # held-out 124, 126 (mujne.com): "in the lower part of Qarabag", "lowland and upper Qarabag"
    assert _pairs("Aghjabadi District in the lower part of Qarabag suffered")[1] == ("Qarabag", "karabakh")


def test_the_liberation_of_an_azerbaijani_genitive_is_the_town():
    # held-out 140: the medals "Cəbrayılın azad olunmasına görə", "Qubadlının azad olunmasına görə" are for the towns,
    # as "the liberation of Gubadli" and "освобождение Зангилана" are in every held-out set that names one
    assert _pairs('"Cəbrayılın azad olunmasına görə", "Qubadlının azad olunmasına görə" medalları') == [
        ("Cəbrayılın", "jabrayil-town"), ("Qubadlının", "qubadli-town")]


def test_nkr_names_of_fuzuli_and_jabrayil_in_russian_and_the_gloss_after_them():
    # held-out 149: "эксгумации могил в Варанде (Физули), Гадруте и Джракане (Джебраиле)": the name in parentheses
    # decides the one before it (Варанда also answers for a Khojavend village)
    pairs = _pairs("после эксгумации могил в Варанде (Физули), Гадруте и Джракане (Джебраиле).")
    assert pairs[0] == ("Варанде", "fuzuli-city") and pairs[3] == ("Джракане", "jabrayil-town")
    assert _pairs("двумя отрядами в районах Джракан (Джабраил) и Варанда (Физули).")[:2] == [
        ("Джракан", "jabrayil"), ("Джабраил", "jabrayil")]


def test_a_singular_rayon_before_a_declinable_name_in_the_nominative_is_the_district():
    # held-out 53, 122: "в районе Джабраил", "bp в районе Джебраил" (the district); not a genitive or an
    # indeclinable name, which may be the area around the town ("в районе Шуши", held-out 107)
    assert _pairs("закладки фундамента солнечной электростанции в районе Джабраил совместно") == [
        ("Джабраил", "jabrayil")]
    assert _pairs("Сбор тел погибших военных в районе Шуши состоялся") == [("Шуши", "shusha-city")]
    assert _pairs("на посту в районе Талыш на карабахско-азербайджанской границе")[0] == ("Талыш", "talish")


def test_upper_karabakh_in_russian_is_nagorno_karabakh():
    # held-out 149: "оккупировали Верхний Карабах, также известный как Нагорный Карабах"
    assert _pairs("силами в Верхнем Карабахе, сказал") == [("Верхнем Карабахе", "nagorno-karabakh")]


def test_naxcivan_mr_is_one_name_inflected_after_a_hyphen():
    # held-out 77, 108, 112, 117, 148 mark the press abbreviation whole, as the full Naxçıvan Muxtar Respublikası is
    # (held-out 12, 65, 69, 72 and 93 had left MR outside the span: the sets split 8 to 6)
    assert _pairs("Naxçıvan MR-in Ali məclisinin sədri") == [("Naxçıvan MR-in", "nakhchivan")]
    assert _pairs("bu barədə Naxçıvan MR Dövlət Statistika Komitəsindən") == [("Naxçıvan MR", "nakhchivan")]
    from toponyms.morphology import paradigm

    assert any("-da" in smap for _, smap in paradigm("Naxçıvan MR", "az"))


def test_villages_of_the_district_after_a_town_lie_in_its_district():
    # held-out 141: "in Gubadly city and 12 other villages of the district - Alibayli, Goturbulag, ... Mughanly":
    # not the Aghdam Mughanli nor the Lori village WOF calls Goturbulag
    pairs = _pairs("Broadband internet is available in Gubadly city and 12 other villages of the district - "
                   "Alibayli, Goturbulag, Khojahan, Gapanly, Mughanly, Hal, Khanlyg, Afandilar and Gazyan.")
    ids = [p for _, p in pairs]
    assert "katnaghbyur-lori" not in ids and "mughanli-aghdam" not in ids
    assert ("Afandilar", "afandilar-qubadli") in pairs and ("Gazyan", "gazyan-qubadli") in pairs


def test_azerbaijani_x_rayonu_y_kendi_places_the_village():
    # held-out 128: "cəbhənin Tərtər rayonu Qızıloba kəndi yaxınlığında" (the nominative rayonu, as rayonunun):
    # the Qızıloba that lies in the Tərtər/Ağdərə area, not the Khojaly one
    assert ("Qızıloba", "giziloba-aghdara") in _pairs("hadisə cəbhənin Tərtər rayonu Qızıloba kəndi yaxınlığında baş verib")


def test_society_volunteer_and_a_given_name_are_no_villages():
    # held-out 141, 143: Məhdud Məsuliyyətli Cəmiyyəti, Musiqiçilər Cəmiyyəti; 127: Könüllü Təşkilatları; 140:
    # "Mirzəzadə Nurəddin Burhan oğlu"; the villages keep their nouns
    assert _pairs("“Aztelekom” Məhdud Məsuliyyətli Cəmiyyəti internet") == []
    assert _pairs("Azərbaycan Könüllü Təşkilatları İttifaqının") == []
    assert _pairs("Mirzəzadə Nurəddin Burhan oğlu 2022-ci ildə") == []
    assert _pairs("Laçın rayonunun Nurəddin kəndi") == [("Laçın", "lachin"), ("Nurəddin", "nuraddin")]


def test_attested_forms_of_held_out_146():
    # tools/attested_names.yaml and gazetteer/regions.yaml (2026-11-28): the words of the pages the notes cite
    assert _pairs("department head in People Commissars′ Soviet of Nakhchivan ASSR.") == [
        ("Nakhchivan ASSR", "nakhchivan")]
    assert _pairs("8 августа 1951 года, село Туг, Нагорно-Карабахская АО") == [
        ("Туг", "tugh"), ("Нагорно-Карабахская АО", "nkao")]
    assert _pairs("Школьные годы Нельсон провёл в Эривани, куда переехал") == [("Эривани", "yerevan")]
    assert _pairs("родился 5 мая 1892 года в селе Сейфели Шамкирского округа")[0] == ("Сейфели", "seyfali")
    # the given name Ivan before a family name: Marshal Bagramyan, not the Armavir village
    assert [p for _, p in _pairs("Ivan Bagramyan was born to Armenian parents")] == []


def test_a_canal_named_after_a_region_and_two_source_fixes():
    # held-out 116, 137, 148: "Yuxarı Qarabağ kanalında" is the canal, never the place; 148: WOF's "Gəncə" for the
    # Göygöl village Aşağı Zurnabad is rejected; 146, 106: Ağdü, the Azerbaijani name of Aghitu, stored
    assert _pairs("Kür çayında və Yuxarı Qarabağ kanalında qanunsuz balıq ovu") == []
    assert _pairs("kəndə istirahətdə olan Gəncə sakini Rövşən Əmiraslanov") == [("Gəncə", "ganja")]
    assert _pairs("Ermənistan SSR Sisyan rayonunun Ağdü kəndində anadan olmuşdur")[-1] == ("Ağdü", "aghitu")


def test_the_mother_see_and_chardakhlu_in_armenian():
    # held-out 69, 143: "Մայր Աթոռ Սուրբ Էջմիածնից", the Catholicosate, not the city; 146: Չարդախլու, the Şəmkir
    # village of the marshals, in Armenian (stored with its page)
    assert _pairs("Այդ օրը Մայր Աթոռ Սուրբ Էջմիածնից Ուշիի եկեղեցի") == [("Ուշիի", "ushi")]
    assert _pairs("Էջմիածնում նոր դպրոց") == [("Էջմիածնում", "vagharshapat")]
    assert ("Չարդախլուն", "chardagli-shamkir") in _pairs("Արցախում արտասովոր մի հայկական գյուղ կա` Չարդախլուն։")


def test_the_first_throne_of_etchmiadzin_and_the_priests_title_ter():
    # held-out 131, 157: "канцелярия Первопрестольного Эчмиадзина", the Catholicosate; held-out 11, 95, 157: Ter, Der,
    # Տէր before a priest's name (GeoNames' names of the Ordubad village Dərkənd) need that village's area
    assert _pairs("Об этом сообщает канцелярия Первопрестольного Эчмиадзина.") == []
    assert _pairs("the Bishop of Tavush, who connected us with Ter Aram, the priest of St. Hovannes church in Berd")[
        -1] == ("Berd", "berd")
    assert _pairs("Արցախի թեմի փոխ առաջնորդ Տէր Սահակ վարդապետ Շաքարեանը:") == [("Արցախի", "nagorno-karabakh")]


def test_spitak_is_white_before_house_cross_and_fortress():
    # held-out 58, 81, 157: Սպիտակ տուն (the White House), Սպիտակ խաչ (a monastery), Սպիտակ բերդ; the city stays
    assert _pairs("Սպիտակ խաչ վանքը գտնվում է Արցախի Հանրապետությունում") == [("Արցախի", "nagorno-karabakh")]
    assert _pairs("մինչ ԱՄՆ նախագահը Սպիտակ տանը Հայաստանի ու Ադրբեջանի առաջնորդներ") == []
    assert _pairs("Սպիտակ քաղաքում մի խումբ անձանց միջև") == [("Սպիտակ", "spitak")]


def test_a_russian_name_in_e_before_a_family_name_is_a_given_name():
    # held-out 65, 101, 126: Карине (Karine) is no prepositional of the village Карин when no preposition governs it
    assert _pairs("С 49-летней Карине Габриелян мы встретились") == []
    assert _pairs("режиссером Карине Кочарян из Нью-Йорка") == []
    # held-out 167: so at a text's or paragraph's start, where no preposition can stand
    assert _pairs("Карине Куюмджян сказала, что в Армении") == []
    assert _pairs("Итоги года.\nКарине Куюмджян сказала") == []
    assert [p for _, p in _pairs("в Агдаме, Бейлагане, Тертере")] == ["aghdam-town", "beylagan-city", "tartar-city"]


def test_rivers_caves_and_middle_ages_are_no_villages():
    # held-out 112, 161: the rivers Kür and Araks (unheld namesakes of a Shamkir and an Armavir settlement), the
    # word mağara ("cave") opening a sentence, Son Orta əsrlərə ("the late Middle Ages")
    assert _pairs("dağların uca zirvələri Kür və Araz çay hövzələri arasında") == []
    assert _pairs("Mağara Azıx və Salakətin kəndləri arasında olub.")[0][0] != "Mağara"
    assert _pairs("Qədim Daş dövründən Son Orta əsrlərə qədərki tarixi mərhələləri") == []


def test_the_soviet_era_in_the_ablative():
    # held-out 162: "hələ Sovetlər dövründən" (since Soviet times) is no mention of the village Sovetlər
    assert _pairs("çirkab sularının çaya axıdılması hələ Sovetlər dövründən mövcuddur.") == []


def test_artik_villages_in_russian():
    # held-out 129, 159: the sources give these Shirak villages no Russian form; copy does (attested_names)
    got = _pairs("в селах Аревшат, Сараландж, Наапетаван, Арич и частично в Геганисте общины Артик.")
    assert [p for _, p in got] == ["arevshat-shirak", "saralanj", "nahapetavan", "harich", "geghanist-shirak", "artik"]


def test_words_and_people_from_held_out_168_and_169():
    # held-out 169: Victory Day's holiday ("Հաղթանակի տոնը", "Հաղթանակի ու խաղաղության օրվա"); held-out 168: the
    # Middle East (Orta Şərq), the poets Samad Vurgun and Paruyr Sevak in Russian, whose names villages bear
    assert _pairs("Հայրենական մեծ պատերազմում տարած Հաղթանակի տոնը, Արցախի") == [("Արցախի", "nagorno-karabakh")]
    assert _pairs("Հաղթանակի ու խաղաղության օրվա միջոցառումների շարքը Տավուշի մարզում") == [("Տավուշի", "tavush")]
    assert _pairs("Yaxın və Orta Şərqin ədəbi-bədii təfəkkürü") == []
    assert _pairs("Как говорил поэт Самед Вургун, «почти все певцы") == []
    assert _pairs("Недавно я побывала в Музее Паруйра Севака в Зангакатуне.") == [("Зангакатуне", "zangakatun")]


def test_a_list_of_figures_reads_as_one_list():
    # held-out 167, 174: items each with its number ("Կոտայքում՝ 2816, Արարատում՝ 2083", "111,7 min nəfəri Şərur,
    # 76,8 min nəfəri Babək") are one list: of provinces, or of districts closed by a plural noun; a city with its
    # own noun or Yerevan only ends a part of it, a village among the items keeps the towns (held-out 9)
    hy = "Կոտայքում՝ 2816, Արարատում՝ 2083, Արմավիրում՝ 1295, Լոռիում՝ 892, Երևանում՝ 3112"
    assert [p for _, p in _pairs(hy)] == ["kotayk", "ararat", "armavir", "lori", "yerevan"]
    az = ("95,6 min nəfəri Naxçıvan şəhərində, 111,7 min nəfəri Şərur, 76,8 min nəfəri Babək, 50,4 min nəfəri "
          "Ordubad, 22,7 min nəfəri Sədərək rayonlarında qeydə alınıb.")
    assert [p for _, p in _pairs(az)] == ["nakhchivan-city", "sharur-district", "babek-district", "ordubad-district",
                                          "sadarak-district"]
    assert [p for _, p in _pairs("Növbəti tədris ilində Füzulidə, Şuşada, Laçında və Zabuxda məktəblərimiz")][:2] == [
        "fuzuli-city", "shusha-city"]


def test_a_plural_feature_noun_opens_a_list_of_features():
    # held-out 171: "родники Туршсу, Галадереси, ..." are the springs, not the Lachin villages named so (in the main
    # passes and the variant pass); a settlement noun in between keeps the village
    assert _pairs("в Лачине имеются родники Туршсу, Галадереси, Аганус, Хырманлар, Тигиг, Нуреддин, Нагдалы, "
                  "Хаджиханлы.") == [("Лачине", "lachin-town")]
    assert _pairs("реки Акера, Хакари и Базарчай") == []
    assert _pairs("горы и села Дашалты") == [("Дашалты", "dashalti")]


def test_an_azerbaijani_name_takes_no_plural_of_its_own():
    # held-out 34, 143, 172: "Xocalılar", "Naxçıvanlılar", "Qazaxlılar" are people (a demonym or a family in the
    # plural), not the places; "Şuşadakılar" (those in Shusha) names the town, and Qarabağlar is a village's own name
    assert _pairs("Xocalılar və Naxçıvanlılar, o cümlədən muzey əməkdaşları toplaşıb") == []
    assert _pairs("Şuşadakılar bayramı qeyd edir") == [("Şuşadakılar", "shusha-city")]
    assert _pairs("Qarabağlar kəndində") == [("Qarabağlar", "garabaghlar-gadabay")]


def test_any_name_of_a_region_before_an_economic_region_noun():
    # held-out 178: "the Garabagh economic region" is the economic region, as "the Karabakh economic region" is
    assert _pairs("living in the Garabagh economic region of Azerbaijan") == [
        ("Garabagh", "karabakh-economic-region")]
    assert _pairs("in Garabagh and Zangezur")[0] == ("Garabagh", "karabakh")


def test_old_and_other_names_from_held_out_175():
    # held-out 175 and earlier sets: Октемберян is Armavir city (Hoktemberyan 1932-1992), not Sardarapat; Russian
    # Гандзак is Ganja, the village of Gegharkunik only with its noun; the adjective of Басаркечар names Vardenis's
    # former district (the town)
    assert _pairs("Октемберян (до 1932 - Сардарабад), город") == [("Октемберян", "armavir-city"),
                                                                  ("Сардарабад", "armavir-city")]
    assert _pairs("покинул Кировабад (Гандзак). Исход") == [("Кировабад", "ganja"), ("Гандзак", "ganja")]
    assert _pairs("в селе Гандзак Гегаркуникской области")[0] == ("Гандзак", "gandzak")
    assert _pairs("в селе Заркенд Басаркечарского района")[-1] == ("Басаркечарского района", "vardenis")


def test_an_armenian_cemetery_named_like_a_place():
    # held-out 177: «Շիրակ» գերեզմանատուն is the Gyumri cemetery's name, not the province; a genitive before the noun
    # says whose cemetery it is (held-out 11, 41, 43: "Հին Ջուղայի գերեզմանատունը", Julfa's)
    assert _pairs("Այս պահին Գյումրիի «Շիրակ» գերեզմանատանը հազարավոր մարդիկ") == [("Գյումրիի", "gyumri")]
    assert _pairs("այցելել է Շիրակ գերեզմանատան") == []
    assert _pairs("Հին Ջուղայի գերեզմանատունը") == [("Հին Ջուղայի", "julfa")]


def test_a_road_after_a_common_word_name_at_a_sentence_start():
    # held-out 178: "Laçın yolu" opening a sentence is the town's road, though laçın ("falcon") is a common word
    assert _pairs("Laçın yolu açıqdır və hərəkət azadlığı təmin edilir.") == [("Laçın", "lachin-town")]
    assert _pairs("Laçın quşu uçur.") == []


def test_a_russian_street_noun_before_a_name():
    # held-out 177, 179: "ул. Туманяна", "от улицы Раджабли" are streets (named after a person or a place)
    assert _pairs("по адресу г. Степанакерт, ул. Туманяна, 56, стартует") == [("Степанакерт", "khankendi")]
    assert _pairs("от улицы Раджабли до улицы Буния") == []


def test_the_district_the_copy_goes_on_to_call_rayon():
    # held-out 62, 98, 133, 180: "Goranboyda ... hadisə rayonun Ağcakənd qəsəbəsinin yaxınlığında" (the district's
    # Ağcakənd): the bare town named before is the district; a road's end is passed over, a noun of its own keeps it
    t = ("Goranboyda ölümlə nəticələn ağır yol qəzası baş verib. Heftelik.az-ın APA-ya istinadən verdiyi məlumata "
         "görə, hadisə rayonun Ağcakənd qəsəbəsinin yaxınlığında qeydə alınıb.")
    assert _pairs(t)[0] == ("Goranboyda", "goranboy")
    assert _pairs("Şəmkirdə evdə partlayış olub. Məlumata görə, hadisə rayonun")[0] == ("Şəmkirdə", "shamkir")
    assert _pairs("Bərdə şəhərində qəza olub. Hadisə Yevlax-Bəhrəmtəpə avtomobil yolunun rayonun ərazisində")[:2] == [
        ("Bərdə", "barda-city"), ("Yevlax", "yevlakh")]
    assert _pairs("Xocalı aeroportu boşaldılacaq. Ekspert deyir ki, Xocalı aerportu bir neçə rayonun")[0][1] == \
        "khojaly-town"


def test_aran_is_the_land_and_the_economic_region():
    # held-out 167, 175: Aran (Mərkəzi Aran, "Aran iqtisadi rayonunda") is the land and its economic region, not the
    # Yevlakh village, unless its district is named
    assert _pairs("Gəncə-Qazax iqtisadi rayonunda 104, Aran iqtisadi rayonunda 96") == []
    assert ("Aran", "aran-yevlakh-district") in _pairs("Yevlax rayonunun Aran kəndində")


def test_sayat_nova_is_the_poet():
    # held-out 173: the poet, not the Ararat village named after him, unless its area is named
    assert _pairs("pianist Arno Babajanyan in the Sayat-Nova Music College") == []
    assert _pairs("The illuminator of Haghpat, my Sayat-Nova,") == [("Haghpat", "haghpat")]


def test_deposits_institutions_and_companies_named_after_a_place():
    # held-out 100-155: an unquoted Azerbaijani deposit, with or without its ore, is left out, as in English and
    # Russian copy; held-out 101-173: an English theatre, philharmonic, institute or college; held-out 141, 181: an
    # Armenian company's quoted name opening with a bare name, and Karabakh Telecom
    assert _pairs("Zəngilan rayonunun Vejnəli qızıl yatağında ilkin tədqiqatlar") == [("Zəngilan", "zangilan")]
    assert _pairs("Mehmanə yatağında sənaye ehtiyatları") == []
    assert _pairs("The Stepanakert Drama Theatre played an essential role") == []
    assert _pairs("soloists of the Ganja State Philharmonic, including") == []
    assert _pairs("«Ղարաբաղ կարպետ» ընկերությունը ստեղծվել է") == []
    assert _pairs("««Մեղրի ազատ տնտեսական գոտու» հետ կապված") == [("Մեղրի", "meghri")]
    assert _pairs("Karabakh Telecom deputy director Mkhitar Mirzoyan") == []


def test_checkpoints_residents_and_localities():
    # held-out 106, 170: the Lachin checkpoint is on the district's road (the district); a village's keeps the
    # village; held-out 180: Sevan's residents live in the town, not the lake; held-out 175: an Armenian locality
    # noun after a district's village (բնակավայր, singular only)
    assert _pairs("crossed Azerbaijan's Lachin checkpoint in the direction of Khankendi")[0] == ("Lachin", "lachin")
    assert _pairs("a road leading to the Bagratashen checkpoint") == [("Bagratashen", "bagratashen")]
    assert _pairs("Ford passengers - Sevan residents Sonik Galstyan, 44") == [("Sevan", "sevan")]
    assert _pairs("Lake Sevan is") == []
    assert _pairs("դիրքերը՝ Թովուզի շրջանի Աղդամ բնակավայրի ուղղությամբ") == [
        ("Թովուզի", "tovuz"), ("Աղդամ", "aghdam-tovuz")]
    assert ("Սյունիքի", "syunik") in _pairs("մասնավորապես Սյունիքի, Վայքի, Արարատի բնակավայրերում:")


def test_russian_compound_adjectives_and_armenian_territorial_bodies():
    # held-out 12, 30, 63, 161, 183: a name opening a Russian compound adjective is no mention; a road's chain keeps
    # its names; held-out 63, 119: "տարածքային" after a list of the NKR's districts' names makes them districts
    assert _pairs("По его словам, в Агдам-Ходжалинском избирательном округе №118") == []
    assert _pairs("в Шуша-Агдам-Ходжавендском избирательном округе") == []
    assert ("Мегри", "meghri") in _pairs("автодороги Ереван-Ерасх-Горис-Капан-Мегри-Иранская граница")
    assert _pairs("Ասկերանի, Մարտակերտի և Մարտունու տարածքային ընտրական հանձնաժողովներից") == [
        ("Ասկերանի", "khojaly"), ("Մարտակերտի", "aghdara"), ("Մարտունու", "khojavend")]
    assert _pairs("քաղաքաշինության տեսչության Կապանի տարածքային բաժնի պետ") == [("Կապանի", "kapan")]


def test_northern_artsakh_by_language_and_a_road_between_towns():
    # held-out 8-182: Armenian copy leaves "Հյուսիսային Արցախ" (and Ղարաբաղ) out, English and Russian mark the region;
    # held-out 182: "Tərtərdən Kəlbəcərə gedən yol" runs between the towns (no district default), and Tağı is a
    # given name
    assert _pairs("1991 թվականի գարնանը Հյուսիսային Ղարաբաղում և") == []
    assert _pairs("the settlements of Northern Artsakh – the villages") == [("Artsakh", "nagorno-karabakh")]
    assert _pairs("Tərtərdən Kəlbəcərə gedən yol bağlandı")[:2] == [("Tərtərdən", "tartar-city"),
                                                                    ("Kəlbəcərə", "kalbajar-town")]
    assert _pairs("Kəlbəcərin işğalı") == [("Kəlbəcərin", "kalbajar")]
    assert _pairs("birliyin sədri, gənc yazar Tağı Kərimli məlumat verib") == []


def test_armenian_administrative_districts_and_mounds():
    # held-out 68-186: "X վարչական շրջան" is the enlarged community's district, the village itself; a town's is
    # Armenia's former district, and Yerevan's a borough; held-out 161, 191: "Nakhchivan Tepe" is a mound
    assert _pairs("Գեղարքունիքի մարզի Կուտական եւ Կութ վարչական շրջանների ղեկավարները") == [
        ("Գեղարքունիքի", "gegharkunik"), ("Կուտական", "kutakan"), ("Կութ", "kut")]
    assert _pairs("Երևանում հասել է 18 մ/վ-ի (առավելագույնը՝ Դավթաշեն վարչական շրջանում)") == [("Երևանում", "yerevan")]
    assert _pairs("ընդգրկում է Գորիսի, Սիսիանի, Կապանի վարչական շրջանների տարածքները") == []
    assert _pairs("материалах Нахчыван Тепе, Учан-Агыл") == []
    assert ("Мегри", "meghri") in _pairs("по межгосударственной трассе Капан-Мегри теперь невозможен")
