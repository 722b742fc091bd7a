"""Held-out real copy (tests/cases/heldout, heldout2 ... heldout195; 125 was never written): (span, place) precision
and recall per language.

Each set comes from URLs and outlets used nowhere else in tests/cases and was annotated by hand from the span
conventions in match.py, committed before the annotator was first run on it: its first measurement is an honest
estimate on unseen copy. Sets 1 and 2 were partly tuned on afterwards, set 3 by one list rule (see the reasons).
The table and the differing spans are printed with ``pytest -s``; a language below TARGET reports as xfail
(not strict) with the measured numbers in the reason, so these sets measure without failing CI.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from evalsets import LANGS, TARGET, cases, score, table

import toponyms

# set -> (minimum cases per language, what was measured first and what was tuned since)
SETS = {
    "heldout": (
        12,
        "first held-out set, measured before any fix (the honest estimate): en P.759 R.774, ru .909/.746, "
        "hy .774/.788, az .907/.944; since then rules and six attested names were added while looking at its "
        "errors (d3978fc..684440d: en 1.0/1.0, ru .985/1.0, hy .981/.981, az .947/.986), so it is partly tuned",
    ),
    "heldout2": (
        10,
        "second held-out set, first measurement (expectations committed in f1c18a5 before any run; annotator at "
        "940cb17): en P.837 R.976, ru .913/.840, hy .914/.865, az .765/.788; partly tuned since (hy, az)",
    ),
    "heldout3": (
        8,
        "third held-out set, first measurement (expectations committed in 93b645b before any run; annotator at "
        "cc1ae6e): en P.953 R.976, ru 1.000/1.000, hy .840/.913, az .677/.700; the list rule of 1b2a7b7 was "
        "prompted by its errors (az .967/.967, en .977/1.0 after)",
    ),
    "heldout4": (
        15,
        "fourth held-out set, first measurement (9259f62, 9c71b43, committed before any run; annotator at "
        "a63457d): en P.953 R.900, ru .986/.767, hy .864/.864, az .728/.766; the variant pass (toponyms.variants) "
        "was prompted by its Russian misses (ru .988/.944 after), so it is partly tuned",
    ),
    "heldout5": (
        20,
        "fifth held-out set, first measurement (4aabc94, b36be52, committed before any run; annotator at "
        "a63457d, no variant pass): en P.850 R.872, ru .988/.904, hy .857/.930, az .818/.880; the variant pass "
        "was written before this set was read (en .848/.906, ru .989/.915 with it); later rules were prompted "
        "in part by its errors, so it is partly tuned",
    ),
    "heldout6": (
        20,
        "sixth held-out set, first measurement (577eb4e, 6017747, committed before any run; annotator at "
        "d4b024e, variant pass on): en P.857 R.919, ru .872/.806, hy .790/.853, az .767/.920; the family-name "
        "rule and the variant changes of f82f134 came after reading its errors",
    ),
    "heldout7": (
        20,
        "seventh held-out set, first measurement (ebb7fdb, ff6312a, committed before any run; annotator at "
        "f82f134): en P.868 R.885, ru .861/.737, hy .867/.867, az .708/.747; the bare district-list rule came "
        "after reading its errors (az .781/.824 after)",
    ),
    "heldout8": (
        20,
        "eighth held-out set, first measurement (054cd52, 363305c, committed before any run; annotator at "
        "8ae9d67): en P.892 R.847, ru .945/.945, hy .828/.881, az .914/.914 (all four: P.889 R.894); the "
        "bordering rule of c8ea399 came after reading its errors",
    ),
    "heldout9": (
        18,
        "ninth held-out set, first measurement (7448748, 4a32b30, committed before any run; annotator at "
        "c8ea399): en P.918 R.949, ru .963/.929, hy .806/.893, az .952/.968 (all four: P.908 R.936); the month "
        "rule (Մայիսի 27-ին) came after; one ru URL (oxu.az) repeats one of held-out 5",
    ),
    "heldout10": (
        20,
        "tenth held-out set, first measurement (14712a9, 8a4685e, committed before any run; annotator at "
        "bf6d8f6): en P.764 R.902, ru .889/.842, hy .867/.924, az .952/.967 (all four: P.864 R.911 F1 .887); "
        "at 2b2313f, before the unit rules of bf6d8f6, the same but hy .859/.924; later rules, the import of "
        "9cb8f9a and gold updates for it came after reading its errors",
    ),
    "heldout11": (
        20,
        "eleventh held-out set, first measurement (57530ef, 2947efc, committed before any run; annotator and "
        "gazetteer at 4547369): en P.822 R.857, ru .863/.786, hy .775/.786, az .851/.919 (all four: P.824 "
        "R.837 F1 .831); the session's starting code and data (2b2313f) score F1 .675 on it, partly because "
        "it expects places imported since (Nakhchivan, Tovuz...); rules after 4547369 were prompted in part by "
        "its errors",
    ),
    "heldout12": (
        18,
        "twelfth held-out set, first measurement (1115175, 95475b6, committed before any run; annotator and "
        "gazetteer at 0274cff, the session's last rule change): en P.851 R.925, ru .903/.867, hy .840/.792, "
        "az .718/.848 (all four: P.826 R.865 F1 .845); the session's starting code and data (2b2313f) score "
        "F1 .744 on it; the exonym and Western Armenian changes of 09bb163 and b395229 came after reading its "
        "errors",
    ),
    "heldout13": (
        20,
        "thirteenth held-out set, first measurement (5494c7b, 2f92f9b, committed before any run; annotator and "
        "gazetteer at b395229): en P.843 R.872, ru .827/.816, hy .678/.881, az .800/.865 (all four: P.785 "
        "R.858 F1 .820); the session's starting code and data (2b2313f) score F1 .688 on it; rules of 787eb8a, "
        "1b5cadc and 448bb02 came after reading its errors",
    ),
    "heldout14": (
        20,
        "fourteenth held-out set, first measurement (aee44af, 92ff327, committed before any run; annotator and "
        "gazetteer at 448bb02): en P.855 R.922, ru .914/.930, hy .733/.913, az .861/.954 (all four: P.832 "
        "R.929 F1 .878); the session's starting code and data (2b2313f) score F1 .781 on it",
    ),
    "heldout15": (
        19,
        "fifteenth held-out set, first measurement (fbe54d4, 473738a, committed before any run; annotator and "
        "gazetteer at a02168a, with the Nakhchivan districts): en P.851 R.860, ru .927/.810, hy .782/.824, az "
        ".822/.882 (all four: P.840 R.845 F1 .842); rules after a02168a were prompted in part by its errors",
    ),
    "heldout16": (
        20,
        "sixteenth held-out set, first measurement (a709ed5, f434301, committed before any run; annotator and "
        "gazetteer at 8d1c335): en P.857 R.885, ru .912/.881, hy .887/.851, az .836/.862 (all four: P.872 "
        "R.869 F1 .870); the session's starting code and data (dfbad14) score F1 .852 on it; rules after 8d1c335 "
        "were prompted in part by its errors",
    ),
    "heldout17": (
        19,
        "seventeenth held-out set, first measurement (8ffb22f, e87f6f5, committed before any run; annotator and "
        "gazetteer at 15d4664): en P.778 R.843, ru .919/.919, hy .752/.804, az .853/.906 (all four: P.815 "
        "R.861 F1 .837); the session's starting code and data (dfbad14) score F1 .824 on it; rules after 15d4664 "
        "were prompted in part by its errors",
    ),
    "heldout18": (
        18,
        "eighteenth held-out set, first measurement (dcd9d8d, 7c91303, committed before any run; annotator and "
        "gazetteer at 06431f7): en P.820 R.862, ru .881/.860, hy .873/.925, az .857/.830 (all four: P.857 "
        "R.866 F1 .861); the session's starting code and data (dfbad14) score F1 .831 on it; rules after 06431f7 "
        "were prompted in part by its errors",
    ),
    "heldout19": (
        19,
        "nineteenth held-out set, first measurement (ca3187a, 2f365e9, committed before any run; annotator and "
        "gazetteer at 0a31171): en P.919 R.934, ru .833/.857, hy .915/.985, az .831/.871 (all four: P.874 "
        "R.911 F1 .892); the session's starting code and data (dfbad14) score F1 .883 on it",
    ),
    "heldout20": (
        20,
        "twentieth held-out set, first measurement (468c3c9, e9cf958, committed before any run; annotator and "
        "gazetteer at 27b6590): en P.836 R.862, ru .962/.944, hy .914/.898, az .775/.896 (all four: P.858 "
        "R.898 F1 .877); the session's starting code and data (dfbad14) score F1 .830 on it",
    ),
    "heldout21": (
        20,
        "twenty-first held-out set, first measurement (643591b, c557e83, committed before any run; annotator and "
        "gazetteer at 212a222, with Armenia's other five provinces, which entered the working tree while the set "
        "was being written): en P.794 R.900, ru .966/.949, hy .894/.938, az .804/.822 (all four: P.858 R.897 F1 "
        ".877); the session's starting code and data (6e9fb2f) score F1 .871 on it. Its en, ru and part of its hy "
        "differences were printed once by accident before this measurement, with no code change after",
    ),
    "heldout22": (
        18,
        "twenty-second held-out set, first measurement (6fc248e, 181bf2e, committed before any run; annotator and "
        "gazetteer at 9416f0f): en P.821 R.863, ru 1.000/.955, hy .831/.922, az .655/.704 (all four: P.799 R.844 "
        "F1 .821); the session's starting code and data (6e9fb2f) score F1 .764 on it",
    ),
    "heldout23": (
        16,
        "twenty-third held-out set, first measurement (4f58385, fd7397a, committed before any run; annotator and "
        "gazetteer at 4d97d1d): en P.877 R.821, ru .949/.926, hy .946/.981, az .891/.966 (all four: P.915 R.915 "
        "F1 .915); the session's starting code and data (6e9fb2f) score F1 .829 on it, the commit that added "
        "Armenia's other provinces (212a222) .908",
    ),
    "heldout24": (
        18,
        "twenty-fourth held-out set, first measurement (48c61a4, 9a4796f, committed before any run; annotator and "
        "gazetteer at 712881b; the helpers' brief no longer named the new Armenian provinces): en P.771 R.889, ru "
        ".956/.887, hy .909/.909, az .862/.862 (all four: P.877 R.888 F1 .882); the session's starting code and data "
        "(6e9fb2f) score F1 .856 on it, 212a222 (Armenia's other provinces added) .876",
    ),
    "heldout25": (
        17,
        "twenty-fifth held-out set, first measurement (7b7749f, c78b806, committed before any run; annotator and "
        "gazetteer at 540ef8d): en P.820 R.774, ru .940/.922, hy .863/.913, az .864/.879 (all four: P.871 R.874 "
        "F1 .873); the session's starting code and data (6e9fb2f) score F1 .864 on it, 212a222 .862",
    ),
    "heldout26": (
        20,
        "twenty-sixth held-out set, first measurement (1c9dc58, 975aeb8, committed before any run; annotator and "
        "gazetteer at 9b5cb1c): en P.855 R.930, ru .945/.897, hy .887/.969, az .877/.865 (all four: P.889 R.913 "
        "F1 .901); the session's starting code and data (9a69914) score the same on it",
    ),
    "heldout27": (
        19,
        "twenty-seventh held-out set, first measurement (6212983, 6e8b848, committed before any run; annotator and "
        "gazetteer at 1c6057c): en P.868 R.836, ru .917/.873, hy .825/.904, az .862/.949 (all four: P.868 R.891 "
        "F1 .879); the session's starting code and data (9a69914) and the code of held-out 26's measurement "
        "(9b5cb1c) score F1 .881 on it",
    ),
    "heldout28": (
        20,
        "twenty-eighth held-out set, first measurement (d338917, a49ad14, committed before any run; annotator and "
        "gazetteer at 1493e3e): en P.873 R.863, ru .866/.826, hy .825/.912, az .767/.862 (all four: P.835 R.861 "
        "F1 .848); the session's starting code and data (9a69914) score F1 .847 on it",
    ),
    "heldout29": (
        13,
        "twenty-ninth held-out set, first measurement (2683951, 06f9876, committed before any run; annotator and "
        "gazetteer at f77a164): en P.849 R.849, ru .944/.919, hy .840/.894, az .795/.835 (all four: P.843 R.868 "
        "F1 .855); the session's starting code and data (9a69914) score F1 .853 on it, 1493e3e .855",
    ),
    "heldout30": (
        18,
        "thirtieth held-out set, first measurement (3189aba, a7f0ffa, committed before any run; annotator and "
        "gazetteer at 7c05385): en P.897 R.833, ru .814/.795, hy .937/.952, az .698/.755 (all four: P.838 R.843 "
        "F1 .841); the session's starting code and data (9a69914) score F1 .838 on it",
    ),
    "heldout31": (
        16,
        "thirty-first held-out set, first measurement (d101743, 7bd80e0, committed before any run; its 15 "
        "mentions of places listed as missing that the WOF communities import then brought were made expected in "
        "e894411, by name and province, before any run): annotator and gazetteer at 26a1974: en P.897 R.897, ru "
        ".891/.925, hy .851/.952, az .855/.915 (all four: P.874 R.919 F1 .896); the session's starting code and "
        "data (cbe78d6, without those villages) score F1 .859 on it",
    ),
    "heldout32": (
        17,
        "thirty-second held-out set, first measurement (8605ebb, e9b17ea, committed before any run; none of its "
        "missing places is held): annotator and gazetteer at db0baf2: en P.836 R.836, ru .877/.864, hy .924/.938, "
        "az .885/.852 (all four: P.881 R.874 F1 .878); the session's starting code and data (cbe78d6) score F1 "
        ".873 on it (two Armenian villages fewer)",
    ),
    "heldout33": (
        19,
        "thirty-third held-out set, first measurement (5c3f241, 52b0020, committed before any run; none of its "
        "missing places is held): annotator and gazetteer at cf1b641: en P.812 R.945, ru .891/.907, hy .883/.919, "
        "az .887/.863 (all four: P.870 R.907 F1 .889); the session's starting code and data (cbe78d6) score F1 "
        ".853 on it (hy .800: one passage lists 33 Vardenis villages, most of them WOF communities)",
    ),
    "heldout34": (
        19,
        "thirty-fourth held-out set, first measurement (7a45f7b, 4f06815, committed before any run; two expected "
        "spans given a skip by their writers' notes in ae2478b, before any run): annotator and gazetteer at 9d856d6: "
        "en P.817 R.845, ru .963/.912, hy .951/.983, az .704/.760 (all four: P.844 R.867 F1 .855); the session's "
        "starting code and data (cab8dfa) score the same (none of the session's rules up to then touched it); "
        "rules after 9d856d6 were prompted in part by its errors",
    ),
    "heldout35": (
        18,
        "thirty-fifth held-out set, first measurement (55f3350, 1deb182, committed before any run; its writers set "
        "their own skips): annotator and gazetteer at 6c03100: en P.838 R.826, ru .905/.884, hy .923/.968, az "
        ".771/.871 (all four: P.853 R.886 F1 .869); the session's starting code and data (cab8dfa) score F1 .871 "
        "(one mention more: the temple rule drops \"Kirzan məbədi\", which its writer read as the village); rules "
        "after 6c03100 were prompted in part by its errors",
    ),
    "heldout36": (
        16,
        "thirty-sixth held-out set, first measurement (8d9578c, d2b43db, committed before any run; its writers set "
        "their own skips): annotator and gazetteer at 8341c9f: en P.851 R.930, ru .868/.786, hy .971/.883, az "
        ".792/.844 (all four: P.882 R.865 F1 .873); the session's starting code and data (cab8dfa) score F1 .871 "
        "(one false mention more: \"Areni Wine Festival\", which the facility rule leaves out)",
    ),
    "heldout37": (
        17,
        "thirty-seventh held-out set, first measurement (b8bba98, 7a35477, committed before any run; its writers "
        "set their own skips): annotator and gazetteer at c5797db, the session's last code: en P.952 R.937, ru "
        ".979/.939, hy 1.000/.881, az .899/.877 (all four: P.951 R.904 F1 .927); the session's starting code and "
        "data (cab8dfa) score the same; the rules of 063b613 were prompted by its errors",
    ),
    "heldout38": (
        18,
        "thirty-eighth held-out set, first measurement (40217e3, 5fd0134, committed before any run; its writers set "
        "their own skips): annotator and gazetteer at 432183d (one reading per paragraph for a town and its "
        "district): en P.894 R.894, ru .986/.935, hy .932/.887, az .711/.703 (all four: P.866 R.841 F1 .853); the "
        "session's starting code and data (045bead) score F1 .846 (az .689/.681); rules after 432183d were "
        "prompted in part by its errors",
    ),
    "heldout39": (
        17,
        "thirty-ninth held-out set, first measurement (7d9b9e5, 3dca266, committed before any run): annotator and "
        "gazetteer at 9222c86 (after the rules prompted by held-out 38): en P.939 R.925, ru .948/.932, hy "
        ".943/.893, az .865/.918 (all four: P.926 R.918 F1 .922); the session's starting code and data (045bead) "
        "score F1 .917 (two Armenian misses more: Ստեփանակերտի before the airport noun); rules after 9222c86 were "
        "prompted in part by its errors",
    ),
    "heldout40": (
        19,
        "fortieth held-out set, first measurement (ef50e4b, 5863aac, committed before any run): annotator and "
        "gazetteer at 6bda33e, the session's rules after held-out 39 included: en P.968 R1.000, ru .930/.889, hy "
        "1.000/.900, az .779/.845 (all four: P.908 R.904 F1 .906); the session's starting code and data (045bead) "
        "score F1 .902 (one English mention less); the rules after 6bda33e were prompted in part by its errors",
    ),
    "heldout41": (
        16,
        "forty-first held-out set, first measurement (fd62086, 5f2e02f, committed before any run): annotator and "
        "gazetteer at 21837a4 (the rules after held-out 40 and the curated forms of the earlier sets' misses "
        "included): en P.879 R.895, ru .780/.821, hy .939/.954, az .724/.808 (all four: P.839 R.878 F1 .858); the "
        "session's starting code and data (045bead) score F1 .848 (two Russian and one Azerbaijani mention less)",
    ),
    "heldout42": (
        19,
        "forty-second held-out set, first measurement (d7ecbfd, 23dfeca, committed before any run): annotator and "
        "gazetteer at 23dfeca (the session's last code, 67dbcc6): en P.899 R.959, ru .912/.897, hy .917/.971, az "
        ".877/.901 (all four: P.900 R.934 F1 .917); the session's starting code and data (045bead) score F1 .913 "
        "(one Azerbaijani mention less)",
    ),
    "heldout43": (
        18,
        "forty-third held-out set, first measurement (4a2cfaf, eb3915c, committed before any run): annotator and "
        "gazetteer at 601871a (a1f7fd8 before a rebase; district_readings for Azerbaijani Kəlbəcər, Tovuz, "
        "Cəbrayıl): en P.681 R.754, ru .818/.831, hy .863/.972, az .900/.910 (all four: P.821 R.872 F1 .846); the "
        "session's starting code and data (b0d8bf2) score the same; most English and Russian errors are a district "
        "read as its centre town in copy on mines, farms and energy (Kalbajar, Zangilan, Ordubad, Dashkasan)",
    ),
    "heldout44": (
        17,
        "forty-fourth held-out set, first measurement (7be492e, c4eb2ba, committed before any run): annotator and "
        "gazetteer at e9e521b (the rules and forms after held-out 43, the Hadrut district of the NKAO): en P.886 "
        "R.912, ru .900/.871, hy .881/.949, az .767/.846 (all four: P.865 R.894 F1 .879); the session's starting code "
        "and data (b0d8bf2) score F1 .874 (one English and one Azerbaijani mention less, two Russian false ones less: "
        "the new Hadrut district was read into a road's end points, fixed after)",
    ),
    "heldout45": (
        17,
        "forty-fifth held-out set, first measurement (9a3346f, 0676c66, committed before any run): annotator and "
        "gazetteer at 8d0a88b (the session's rules and forms after held-out 44): en P.843 R.878, ru .780/.830, hy "
        ".944/.911, az .945/.958 (all four: P.886 R.902 F1 .894); the session's starting code and data (b0d8bf2) "
        "score F1 .881 (the Hadrut district, which the writers were told of, the Russian Тог, two English false "
        "mentions fewer)",
    ),
    "heldout46": (
        16,
        "forty-sixth held-out set, first measurement (4bbf900, 47ea3d5, committed before any run): annotator and "
        "gazetteer at 6f9ee70 (the session's rules and forms after held-out 45): en P.940 R.969, ru .965/.965, hy "
        "1.000/.917, az .860/.860 (all four: P.940 R.935 F1 .938); the session's starting code and data (b0d8bf2) "
        "score F1 .925 (the Hadrut district twice, Kəlbəcərdə as the district, one English false mention fewer)",
    ),
    "heldout47": (
        15,
        "forty-seventh held-out set, first measurement (f9a04e6, b2db220, committed before any run): annotator and "
        "gazetteer at df801c0 (the session's last rules): en P.878 R.977, ru .982/.964, hy .944/.895, az .890/.915 "
        "(all four: P.922 R.934 F1 .928); the session's starting code and data (b0d8bf2) score F1 .935: "
        "district_readings read the town Kəlbəcər twice as the district ('Kəlbəcər parkı', 'Report'un Kəlbəcərə ezam "
        "edilmiş'), the fortress rule removed one English false mention (the Askeran fortress)",
    ),
    "heldout48": (
        16,
        "forty-eighth held-out set, first measurement (59fc3fa, 67b7745, committed before any run): annotator and "
        "gazetteer at 6cbb190 (the session's rules after held-out 47): en P.973 R.947, ru .897/.929, hy .979/.958, az "
        ".731/.760 (all four: P.900 R.904 F1 .902); the session's starting code and data (b0d8bf2) score F1 .876 (six "
        "Azerbaijani mentions more: five districts of a grain-harvest list, by the farm-figures rule, and Tovuzda, by "
        "district_readings); the 400-character sentence window after it was prompted by the same list",
    ),
    "heldout49": (
        15,
        "forty-ninth held-out set, first measurement (53971ec, 2f1cb5c, committed before any run): annotator and "
        "gazetteer at c1691f8 (the lake_names rule): en P.860 R.902, ru .905/.884, hy .946/.921, az .926/.962 (all "
        "four: P.909 R.920 F1 .914); the session's starting code and data (b085ac6) score the same",
    ),
    "heldout50": (
        15,
        "fiftieth held-out set, first measurement (17b1e59, adcc746, committed before any run): annotator and "
        "gazetteer at dd60ee1 (the economic-region and facility rules): en P.915 R.860, ru .872/.895, hy .896/.968, "
        "az .897/.833 (all four: P.896 R.896 F1 .896); the session's starting code and data (b085ac6) score the same",
    ),
    "heldout51": (
        15,
        "fifty-first held-out set, first measurement (18319a2, ed384c3, committed before any run): annotator and "
        "gazetteer at 54ff562 (the session's rules after held-out 50): en P.965 R.932, ru .939/.868, hy .957/.957, az "
        ".800/.909 (all four: P.916 R.916 F1 .916); the session's starting code and data (b085ac6) score the same",
    ),
    "heldout52": (
        15,
        "fifty-second held-out set, first measurement (dd5a205, 5916a1d, committed before any run): annotator and "
        "gazetteer at bec44b2 (every rule of the session, the village communities of Armenia among them): en "
        "P.977 R.955, ru .912/.861, hy .846/.917, az .926/.943 (all four: P.913 R.923 F1 .918); the session's "
        "starting code and data (b085ac6) score F1 .920: one Armenian village community more (Տանձուտ համայնքի), "
        "and 'Qarabağ və Şərqi Zəngəzur iqtisadi rayonları' read as the economic region, as held-out 22, 33 and 40 "
        "mark it and this set does not",
    ),
    "heldout53": (
        15,
        "fifty-third held-out set, first measurement (1802cf0, c1b2b9b, committed before any run): annotator and "
        "gazetteer at e9acbda (every rule of the session): en P.935 R.906, ru .935/.829, hy .943/.985, az .695/.872 "
        "(all four: P.864 R.912 F1 .887); the session's starting code and data (b085ac6) score F1 .876: three "
        "village communities of Armenia more (Ենոքավան, Բարեկամավան) and one less (Մեղրի, a town filed as a "
        "village), two Azerbaijani Göygöl less (a winery, and a list read as the lake); the no-space comma list "
        "after it was prompted by this set",
    ),
    "heldout54": (
        15,
        "fifty-fourth held-out set, first measurement (236aa9a, 514a620, committed before any run): annotator and "
        "gazetteer at 61b3371 (the session's first rule, a month abbreviation is no family name): en P.933 R.933, "
        "ru .975/.951, hy .976/.952, az .962/.981 (all four: P.959 R.954 F1 .956); the session's starting code and "
        "data (be9c6ef) score the same",
    ),
    "heldout55": (
        15,
        "fifty-fifth held-out set, first measurement (18c431e, 4783f84, committed before any run): annotator and "
        "gazetteer at 61b3371: en P.878 R.935, ru .943/.943, hy .936/.957, az .796/.830 (all four: P.883 R.914 "
        "F1 .898); the session's starting code and data (be9c6ef) score the same",
    ),
    "heldout56": (
        15,
        "fifty-sixth held-out set, first measurement (51dc35f, 293f9b3, committed before any run; its writers were "
        "steered to culture, sport and religion, and left clubs, monasteries and rivers named like places out on "
        "purpose): annotator and gazetteer at 55581b7 (every rule of the session up to held-out 55, the WOF villages "
        "among them): en P.812 R.951, ru .767/.767, hy .854/.854, az .853/.853 (all four: P.824 R.863 F1 .843); the "
        "session's starting code and data (be9c6ef) score the same",
    ),
    "heldout57": (
        15,
        "fifty-seventh held-out set, first measurement (b4e33e8, b177752, committed before any run): annotator and "
        "gazetteer at 55581b7: en P.867 R.897, ru .975/.897, hy .987/.951, az .797/.808 (all four: P.909 R.889 "
        "F1 .899); the session's starting code and data (be9c6ef) score F1 .890 (three English, one Armenian and "
        "one Azerbaijani village mention fewer: the WOF villages)",
    ),
    "heldout58": (
        15,
        "fifty-eighth held-out set, first measurement (8986fad, 8f741ea, committed before any run): annotator and "
        "gazetteer at c4d75ea (every rule of the session up to held-out 57): en P.900 R.960, ru .938/.918, hy "
        ".943/.962, az .934/1.000 (all four: P.926 R.961 F1 .943); the session's starting code and data (be9c6ef) "
        "score F1 .937",
    ),
    "heldout59": (
        15,
        "fifty-ninth held-out set, first measurement (039d124, 59f51bc, committed before any run): annotator and "
        "gazetteer at c4d75ea: en P.800 R.800, ru .829/.690, hy .867/.951, az .780/.886 (all four: P.815 R.827 "
        "F1 .821); the session's starting code and data (be9c6ef) score F1 .810",
    ),
    "heldout60": (
        15,
        "sixtieth held-out set, first measurement (ae12bd5, b905c57, committed before any run): annotator and "
        "gazetteer at a6f01f1: en P.779 R.930, ru .789/.909, hy .920/.939, az .857/.857 (all four: P.834 R.910 "
        "F1 .870); the session's starting code and data (27682bd) score F1 .870; the villages rule of 0043a8b, \"Stalin\" "
        "and the Russian names of 5266068 came after reading its errors",
    ),
    "heldout61": (
        15,
        "sixty-first held-out set, first measurement (3ba5b6c, 9258428, committed before any run): annotator and "
        "gazetteer at a6f01f1: en P.819 R.837, ru .919/.851, hy .929/.963, az .833/.929 (all four: P.866 R.887 "
        "F1 .876); the session's starting code and data (27682bd) score F1 .876; the list, villages and Russian "
        "name changes after a6f01f1 came after reading its errors",
    ),
    "heldout62": (
        15,
        "sixty-second held-out set, first measurement (04b4fd6, 84d1e8d, committed before any run): annotator and "
        "gazetteer at 3ac2015: en P.813 R.897, ru .857/.769, hy .982/.949, az .839/.929 (all four: P.869 R.896 "
        "F1 .882); the session's starting code and data (27682bd) score F1 .878",
    ),
    "heldout63": (
        15,
        "sixty-third held-out set, first measurement (78c3f00, 8d8d63e, committed before any run): annotator and "
        "gazetteer at 3ac2015: en P.786 R.880, ru .786/.786, hy .877/.877, az .677/.733 (all four: P.784 R.820 "
        "F1 .802); the session's starting code and data (27682bd) score F1 .799; the Nakhchivan point rule of "
        "21b92dc came after reading its errors",
    ),
    "heldout64": (
        15,
        "sixty-fourth held-out set, first measurement (484b900, 0548247, committed before any run): annotator and "
        "gazetteer at 0745b65: en P.918 R.938, ru .902/.925, hy .900/.900, az .854/.953 (all four: P.894 R.928 "
        "F1 .911); the session's starting code and data (27682bd) score the same",
    ),
    "heldout65": (
        15,
        "sixty-fifth held-out set, first measurement (b1d157f, 7f56954, committed before any run): annotator and "
        "gazetteer at 0745b65: en P.869 R.855, ru .878/.837, hy .930/.957, az .768/.841 (all four: P.860 R.878 "
        "F1 .868); the session's starting code and data (27682bd) score F1 .867",
    ),
    "heldout66": (
        15,
        "sixty-sixth held-out set, first measurement (9bcd9fe, 2bfe422, committed before any run): annotator and "
        "gazetteer at f6e78b5 (the code of be3b56a): en P.870 R.979, ru .880/.957, hy .891/.961, az .915/.931 (all "
        "four: P.890 R.956 F1 .922); the session's starting code and data (27682bd) score F1 .917",
    ),
    "heldout67": (
        15,
        "sixty-seventh held-out set, first measurement (d5c4fc2, f6e78b5, committed before any run): annotator and "
        "gazetteer at f6e78b5 (the code of be3b56a): en P.877 R.820, ru .867/.852, hy .891/.877, az .833/.877 (all "
        "four: P.867 R.857 F1 .862); the session's starting code and data (27682bd) score F1 .860",
    ),
    "heldout68": (
        15,
        "sixty-eighth held-out set, first measurement (cccbeb5, 18374fe, committed before any run): annotator and "
        "gazetteer at 29edd18 (the code of 38d6b1b): en P.964 R.964, ru .915/.860, hy .945/.885, az .781/.806 (all "
        "four: P.900 R.878 F1 .889); the session's starting code and data (27682bd) score F1 .879",
    ),
    "heldout69": (
        15,
        "sixty-ninth held-out set, first measurement (015554e, 29edd18, committed before any run): annotator and "
        "gazetteer at 29edd18 (the code of 38d6b1b): en P.974 R.925, ru .903/.778, hy .860/.860, az .855/.930 (all "
        "four: P.890 R.880 F1 .885); the session's starting code and data (27682bd) score F1 .887",
    ),
    "heldout70": (
        15,
        "seventieth held-out set, first measurement (fafda52, bfe6399, committed before any run): annotator and "
        "gazetteer at 801d8b7: en P.810 R.810, ru .763/.784, hy .849/.938, az .847/.893 (all four: P.822 R.859 "
        "F1 .840); the session's starting code and data (27682bd) score F1 .861 (the bare-list rule of 710771b "
        "read \"post offices in Jabrayil, Gubadly, Zangilan, Fuzuli and Hadrut\" as the districts)",
    ),
    "heldout71": (
        15,
        "seventy-first held-out set, first measurement (2169cf1, e6db89e, committed before any run): annotator and "
        "gazetteer at 801d8b7: en P.866 R.921, ru .909/.938, hy .900/.878, az .943/.957 (all four: P.905 R.921 "
        "F1 .913); the session's starting code and data (27682bd) score F1 .902",
    ),
    "heldout72": (
        15,
        "seventy-second held-out set, first measurement (0cdb772, 16a593c, committed before any run): annotator and "
        "gazetteer at 17572b6: en P.774 R.911, ru .907/.929, hy .859/.968, az .792/.808 (all four: P.832 R.906 "
        "F1 .867); the session's starting code and data (2c63361) score the same, span for span",
    ),
    "heldout73": (
        15,
        "seventy-third held-out set, first measurement (df390d2, 0d55e30, committed before any run): annotator and "
        "gazetteer at 17572b6: en P.911 R.981, ru .836/.807, hy .935/.853, az .873/.873 (all four: P.889 R.875 "
        "F1 .882); the session's starting code and data (2c63361) score the same (one false mention, the "
        "Kalbajar-1 plant, changes place: the district for the town)",
    ),
    "heldout74": (
        15,
        "seventy-fourth held-out set, first measurement (c8d7629, 814375e, committed before any run): annotator and "
        "gazetteer at 3983efd: en P.925 R.881, ru .944/.907, hy .980/1.000, az .841/.831 (all four: P.915 R.893 "
        "F1 .904); the session's starting code and data (2def1a4) score the same, span for span",
    ),
    "heldout75": (
        15,
        "seventy-fifth held-out set, first measurement (e37c332, a7ab078, committed before any run): annotator and "
        "gazetteer at 3983efd: en P.923 R.938, ru .913/.824, hy .905/.918, az .895/.895 (all four: P.909 R.898 "
        "F1 .903); the session's starting code and data (2def1a4) score F1 .902 (one false mention more: the "
        "\"Orta\" of Kiçik və Orta Biznes)",
    ),
    "heldout76": (
        15,
        "seventy-sixth held-out set, first measurement (b389990, 2f21382, committed before any run): annotator and "
        "gazetteer at 92f1730: en P.818 R.918, ru .880/.936, hy .596/.674, az .779/.882 (all four: P.769 R.857 "
        "F1 .811); the session's starting code and data (afd5127) score the same",
    ),
    "heldout77": (
        15,
        "seventy-seventh held-out set, first measurement (05dfc14, 4d48b52, committed before any run): annotator and "
        "gazetteer at 92f1730: en P.942 R.929, ru .969/1.000, hy .909/.926, az .821/.887 (all four: P.910 R.934 "
        "F1 .922); the session's starting code and data (afd5127) score the same",
    ),
    "heldout78": (
        15,
        "seventy-eighth held-out set, first measurement (98aff55, 3def934, committed before any run): annotator and "
        "gazetteer at 7bdd429: en P.973 R.960, ru .806/.781, hy .875/.955, az .961/.961 (all four: P.908 R.918 "
        "F1 .913); the session's starting code and data (a640054) score F1 .910 (two Azerbaijani false mentions "
        "more: the region inside \"Dağlıq Qarabağ Respublikası\")",
    ),
    "heldout79": (
        15,
        "seventy-ninth held-out set, first measurement (e235be0, 157e1c3, committed before any run): annotator and "
        "gazetteer at 7bdd429: en P.898 R.917, ru .982/.932, hy .938/.968, az .904/.870 (all four: P.932 R.924 "
        "F1 .928); the session's starting code and data (a640054) score F1 .922 (three false mentions more: the "
        "region inside \"Nagorny Karabakh Republic\" and \"Artsakh Republic\", and the given name Araz)",
    ),
    "heldout80": (
        15,
        "eightieth held-out set, first measurement (cadd205, 0a2ce45, committed before any run; economy and "
        "rebuilding): annotator and gazetteer at 4f271c9: en P.824 R.862, ru .959/.959, hy .958/.920, az .912/.963 "
        "(all four: P.905 R.922 F1 .914); the session's starting code and data (518f6fc) score F1 .909 (the "
        "railway's Sadarak read as its district)",
    ),
    "heldout81": (
        15,
        "eighty-first held-out set, first measurement (26f04fc, 08a3b89, committed before any run; culture, history "
        "and nature): annotator and gazetteer at 4f271c9: en P.927 R.731, ru .921/.946, hy .809/.884, az .837/.818 "
        "(all four: P.870 R.835 F1 .852); the session's starting code and data (518f6fc) score the same; 15 of the "
        "29 misses are places named in the name of a fortress, mosque, monastery, bridge, cave, park, festival or "
        "waterfall, which the writers annotated under the briefs' ruling of set 78 and the annotator, like the sets "
        "before 78, leaves out (the ruling is withdrawn and those expectations dropped: docs/accuracy.md)",
    ),
    "heldout82": (
        15,
        "eighty-second held-out set, first measurement (e8e6018, 7779878, committed before any run; politics, "
        "diplomacy, the border and security): annotator and gazetteer at 576f860: en P.938 R.905, ru .968/.968, hy "
        ".972/.933, az .912/.899 (all four: P.947 R.924 F1 .936); the session's starting code and data (0ba25e8) "
        "score F1 .932 (Armenian Ջեբրայիլի in a list of districts read as the town)",
    ),
    "heldout83": (
        15,
        "eighty-third held-out set, first measurement (0d597c1, fa61d27, committed before any run; everyday life "
        "and people): annotator and gazetteer at 576f860: en P.945 R.885, ru .981/.964, hy .947/.973, az .864/.891 "
        "(all four: P.933 R.926 F1 .930); the session's starting code and data (0ba25e8) score the same",
    ),
    "heldout84": (
        15,
        "eighty-fourth held-out set, first measurement (56842b1, 0992112, committed before any run; the economy "
        "and the land): annotator and gazetteer at 0e7d56e: en P.844 R.871, ru .941/.960, hy .900/.957, az "
        ".841/.930 (all four: P.877 R.926 F1 .901); the session's starting code and data (b8bf2c4) score the same",
    ),
    "heldout85": (
        15,
        "eighty-fifth held-out set, first measurement (127830f, a6becfa, committed before any run; history, "
        "culture and reference): annotator and gazetteer at 0e7d56e: en P.887 R.839, ru .891/.817, hy .677/.824, "
        "az .793/.780 (all four: P.807 R.814 F1 .811); the session's starting code and data (b8bf2c4) score F1 .808 "
        "(the run-together «АлятАгбенд», whose Агбенд the session's seam rule reads)",
    ),
    "heldout86": (
        15,
        "eighty-sixth held-out set, first measurement (3081a84, 6f9f657, committed before any run; people and "
        "politics since 2020: return, delimitation, trials, elections): annotator and gazetteer at 8939989: en P.948 "
        "R.965, ru .935/.956, hy .887/.887, az .873/.863 (all four: P.906 R.910 F1 .908); the session's starting code "
        "and data (4783408) score the same",
    ),
    "heldout87": (
        20,
        "eighty-seventh held-out set, first measurement (d09ad5d, 64bf19e, committed before any run; culture, "
        "heritage and everyday life): annotator and gazetteer at 49d847b: en P.754 R.768, ru .957/.938, hy "
        ".785/.927, az .771/.860 (all four: P.811 R.871 F1 .840); rules after 49d847b were prompted in part by its "
        "errors",
    ),
    "heldout88": (
        20,
        "eighty-eighth held-out set, first measurement (d4c9df3, 2ec62d5, committed before any run; the economy "
        "and infrastructure): annotator and gazetteer at f16d9f6: en P.949 R.949, ru .955/.933, hy .911/.962, az "
        ".846/.932 (all four: P.911 R.944 F1 .927); rules after f16d9f6 were prompted in part by its errors",
    ),
    "heldout89": (
        20,
        "eighty-ninth held-out set, first measurement (b665e63, 5ff514b, committed before any run; security and the "
        "border): annotator and gazetteer at 927a38c: en P.940 R.940, ru .941/.955, hy .968/.938, az .797/.797 "
        "(all four: P.906 R.903 F1 .905); rules after 927a38c were prompted in part by its errors",
    ),
    "heldout90": (
        20,
        "ninetieth held-out set, first measurement (881c089, fcbcb98, committed before any run; sport, education, "
        "health and science): annotator and gazetteer at 927a38c: en P.758 R.909, ru .863/.957, hy .864/.934, az "
        ".800/.929 (all four: P.819 R.931 F1 .871); rules after 927a38c were prompted in part by its errors",
    ),
    "heldout91": (
        20,
        "ninety-first held-out set, first measurement (49c6408, 8c07781, committed before any run; environment, water "
        "and nature): annotator and gazetteer at e77d2a1: en P.889 R.941, ru .938/.952, hy .924/.986, az .844/.915 "
        "(all four: P.900 R.951 F1 .924)",
    ),
    "heldout92": (
        20,
        "ninety-second held-out set, first measurement (8c32ab6, 1cf8573, committed before any run; transport and "
        "travel): annotator and gazetteer at 8fea731: en P.945 R.945, ru .930/.930, hy .874/.905, az .895/.924 (all "
        "four: P.908 R.925 F1 .916); the session's starting code and data (70e7999) score F1 .914",
    ),
    "heldout93": (
        20,
        "ninety-third held-out set, first measurement (2e0e771, b75aa75, committed before any run; local government "
        "and administration): annotator and gazetteer at 8fea731: en P.838 R.861, ru .933/.875, hy 1.000/.986, az "
        ".918/.905 (all four: P.920 R.907 F1 .913); the session's starting code and data (70e7999) score the same",
    ),
    "heldout94": (
        20,
        "ninety-fourth held-out set, first measurement (f509ff3, 915e3d7, committed before any run; displacement and "
        "resettlement): annotator and gazetteer at 68fc295: en P.891 R.905, ru .975/.929, hy .950/.950, az .942/.970 "
        "(all four: P.942 R.939 F1 .940); the session's starting code and data (70e7999) score the same; rules after "
        "68fc295 were prompted in part by its errors",
    ),
    "heldout95": (
        20,
        "ninety-fifth held-out set, first measurement (0bab117, d37a1f8, committed before any run; history and "
        "memory): annotator and gazetteer at 00f9641: en P.946 R.959, ru .883/.803, hy .855/.887, az .974/1.000 (all "
        "four: P.921 R.918 F1 .920); the session's starting code and data (70e7999) score the same; rules after "
        "00f9641 were prompted in part by its errors",
    ),
    "heldout96": (
        20,
        "ninety-sixth held-out set, first measurement (3de711e, a429cbb, committed before any run; agriculture, food "
        "and rural life): annotator and gazetteer at ebf0ae5: en P.915 R.900, ru .870/.833, hy .857/.906, az "
        ".843/.694 (all four: P.873 R.830 F1 .851); the session's starting code and data (70e7999) score F1 .853",
    ),
    "heldout97": (
        20,
        "ninety-seventh held-out set, first measurement (6c19acf, e748b50, committed before any run; religion): "
        "annotator and gazetteer at ebf0ae5: en P.914 R.930, ru .882/.918, hy .824/.982, az .932/.872 (all four: "
        "P.882 R.929 F1 .905); the session's starting code and data (70e7999) score the same",
    ),
    "heldout98": (
        20,
        "ninety-eighth held-out set, first measurement (a567b36, db45fd8, committed before any run; emergencies and "
        "accidents): annotator and gazetteer at f09569c, the session's last code: en P.926 R.904, ru .959/.986, hy "
        ".978/.967, az .928/.928 (all four: P.949 R.946 F1 .947); the session's starting code and data (70e7999) "
        "score the same",
    ),
    "heldout99": (
        20,
        "ninety-ninth held-out set, first measurement (4988f89, 077af2e, committed before any run; visits and "
        "international affairs): annotator and gazetteer at f09569c, the session's last code: en P.924 R.984, ru "
        ".900/.964, hy 1.000/.986, az .818/.849 (all four: P.917 R.951 F1 .934); the session's starting code and data "
        "(70e7999) score the same",
    ),
    "heldout100": (
        20,
        "one-hundredth held-out set, first measurement (e22ae63, acf1060, committed before any run; economy and "
        "business): annotator and gazetteer at cb0a42c, after the session's first five rules: en P.819 R.922, ru "
        ".925/.942, hy .941/.980, az .649/.881 (all four: P.828 R.932 F1 .877); the session's starting code and data "
        "(977962e) score the same",
    ),
    "heldout101": (
        20,
        "one-hundred-and-first held-out set, first measurement (840ed37, 06b287f, committed before any run; culture, "
        "arts and media): annotator and gazetteer at cb0a42c: en P.746 R.917, ru .875/.980, hy .932/.971, az "
        ".891/.983 (all four: P.865 R.965 F1 .912); the session's starting code and data (977962e) score the same",
    ),
    "heldout102": (
        20,
        "one-hundred-and-second held-out set, first measurement (831afb5, 2bd0594, committed before any run; "
        "infrastructure and reconstruction): annotator and gazetteer at 284caff, after rules drawn from sets 1-101: "
        "en P.904 R.926, ru .955/.970, hy .948/1.000, az .942/.976 (all four: P.935 R.965 F1 .950); the session's "
        "starting code and data (977962e) score F1 .954 (two quoted titles the set marks, \"Azerishig in Karabakh\" "
        "and \"Fuzuli City Day\", are left out since)",
    ),
    "heldout103": (
        20,
        "one-hundred-and-third held-out set, first measurement (731b660, 9265688, committed before any run; crime, "
        "courts and police): annotator and gazetteer at b03c3bf, after rules drawn from sets 1-102: en P.903 R.929, "
        "ru 1.000/.982, hy .924/1.000, az .927/.864 (all four: P.935 R.943 F1 .939); the session's starting code and "
        "data (977962e) score the same",
    ),
    "heldout104": (
        20,
        "one-hundred-and-fourth held-out set, first measurement (8e90f7a, cd374b9, committed before any run; politics "
        "and protests): annotator and gazetteer at a5b10e0, after rules drawn from sets 1-103: en P.930 R.969, ru "
        ".982/.964, hy .980/.941, az .933/.966 (all four: P.951 R.962 F1 .956); the session's starting code and data "
        "(977962e) score F1 .953",
    ),
    "heldout105": (
        20,
        "one-hundred-and-fifth held-out set, first measurement (c07ed1a, 61be845, committed before any run; health "
        "and education): annotator and gazetteer at a5b10e0, after rules drawn from sets 1-103: en P.895 R.895, ru "
        ".985/.985, hy .981/1.000, az .917/.948 (all four: P.941 R.952 F1 .946); the session's starting code and data "
        "(977962e) score F1 .942",
    ),
    "heldout106": (
        20,
        "one-hundred-and-sixth held-out set, first measurement (b6273b7, e46ee3c, committed before any run; people "
        "and family histories): annotator and gazetteer at 0d82746, the session's last code: en P.983 R.967, ru "
        ".922/.904, hy .927/.962, az .796/.867 (all four: P.913 R.932 F1 .923); the session's starting code and data "
        "(977962e) score F1 .918",
    ),
    "heldout107": (
        20,
        "one-hundred-and-seventh held-out set, first measurement (e8bcfd1, 907d4ec, committed before any run; war "
        "communiqués and ceasefire reports): annotator and gazetteer at 0d82746, the session's last code: en P.936 "
        "R.901, ru .943/.957, hy .721/.731, az 1.000/.893 (all four: P.895 R.872 F1 .883); the session's starting "
        "code and data (977962e) score the same; 32 of the 37 Armenian errors are a town read as its district or the "
        "reverse, mostly a front's direction or sector (Մարտունու, Հադրութի ուղղությամբ), which its writer reads as "
        "the district and held-out 82 as the town",
    ),
    "heldout108": (
        17,
        "one-hundred-and-eighth held-out set, first measurement (7246c67, 7849cdc, committed before any run; "
        "Nakhchivan and the land facing it; Russian 17 passages, the topic's pages mostly used by earlier sets): "
        "annotator and gazetteer at 0d82746, the session's last code: en P.949 R.949, ru .820/.759, hy .816/.816, az "
        ".746/.828 (all four: P.830 R.841 F1 .835); the session's starting code and data (977962e) score F1 .833",
    ),
    "heldout109": (
        20,
        "one-hundred-and-ninth held-out set, first measurement (431192d, 8732a3a, committed before any run; Armenia's "
        "border villages in daily news): annotator and gazetteer at 0d82746, the session's last code: en P.963 R.939, "
        "ru 1.000/1.000, hy .949/.933, az .984/.939 (all four: P.973 R.951 F1 .962); the session's starting code and "
        "data (977962e) score the same",
    ),
    "heldout110": (
        20,
        "one-hundred-and-tenth held-out set, first measurement (47ff7cd, e329567, committed before any run; sport): "
        "annotator and gazetteer at 7e897ee, after the session's first data fix (Geghamabak, Voskepar): en P.870 "
        "R.968, ru .885/.958, hy .941/.980, az .882/.957 (all four: P.892 R.966 F1 .928); the session's starting code "
        "and data (4720edc) score the same",
    ),
    "heldout111": (
        20,
        "one-hundred-and-eleventh held-out set, first measurement (2b6b755, c1f99a6, committed before any run; "
        "religion and heritage): annotator and gazetteer at 9aed0d1, after a rule drawn from set 113 (110, 112, 113 "
        "measured before): en P.845 R.831, ru .911/.837, hy .879/.935, az .896/.827 (all four: P.880 R.860 F1 .870); "
        "the session's starting code and data (4720edc) score the same",
    ),
    "heldout112": (
        20,
        "one-hundred-and-twelfth held-out set, first measurement (179b48a, b86be5b, committed before any run; "
        "environment and nature): annotator and gazetteer at 7e897ee, after the session's first data fix (Geghamabak, "
        "Voskepar): en P.945 R.945, ru .984/.968, hy .891/.891, az .784/.889 (all four: P.906 R.927 F1 .916); the "
        "session's starting code and data (4720edc) score the same",
    ),
    "heldout113": (
        20,
        "one-hundred-and-thirteenth held-out set, first measurement (20233c4, f37a75a, committed before any run; "
        "displacement and return): annotator and gazetteer at 7e897ee, after the session's first data fix "
        "(Geghamabak, Voskepar): en P.974 R.938, ru .966/.949, hy .967/.922, az .961/.973 (all four: P.967 R.946 F1 "
        ".956); the session's starting code and data (4720edc) score the same",
    ),
    "heldout114": (
        20,
        "one-hundred-and-fourteenth held-out set, first measurement (acc45de, 6ce1126, committed before any run; "
        "roads, railways and corridors): annotator and gazetteer at 28c5cdb, after rules drawn from sets 1-117: en "
        "P.973 R.973, ru .944/.944, hy .896/.873, az .901/.919 (all four: P.931 R.931 F1 .931); the session's "
        "starting code and data (4720edc) score the same",
    ),
    "heldout115": (
        20,
        "one-hundred-and-fifteenth held-out set, first measurement (4f2befa, 4e41e7e, committed before any run; "
        "border delimitation and peace talks): annotator and gazetteer at a53b507, after rules drawn from sets 1-113: "
        "en P.937 R.860, ru 1.000/.975, hy .932/.883, az .892/.892 (all four: P.931 R.892 F1 .911); the session's "
        "starting code and data (4720edc) score the same",
    ),
    "heldout116": (
        20,
        "one-hundred-and-sixteenth held-out set, first measurement (fbc7da0, fdac965, committed before any run; "
        "farming and rural life): annotator and gazetteer at a53b507, after rules drawn from sets 1-113: en P.945 "
        "R.945, ru .967/.922, hy .930/.943, az .850/.911 (all four: P.925 R.932 F1 .928); the session's starting code "
        "and data (4720edc) score F1 .921",
    ),
    "heldout117": (
        20,
        "one-hundred-and-seventeenth held-out set, first measurement (288dc32, fac7052, committed before any run; "
        "tourism and travel): annotator and gazetteer at a53b507, after rules drawn from sets 1-113: en P.906 R.923, "
        "ru .923/.960, hy .847/.980, az .909/.909 (all four: P.896 R.939 F1 .917); the session's starting code and "
        "data (4720edc) score the same",
    ),
    "heldout118": (
        20,
        "one-hundred-and-eighteenth held-out set, first measurement (6171333, 3e16239, committed before any run; "
        "history and memory): annotator and gazetteer at 81205a3, after rules drawn from sets 1-117 and 119: en P.939 "
        "R.925, ru .875/.891, hy .937/.937, az .950/.983 (all four: P.927 R.934 F1 .930); the session's starting code "
        "and data (4720edc) score the same",
    ),
    "heldout119": (
        20,
        "one-hundred-and-nineteenth held-out set, first measurement (ec91e86, 434bf7d, committed before any run; "
        "local government and elections): annotator and gazetteer at 28c5cdb, after rules drawn from sets 1-117: en "
        "P.915 R.904, ru .983/.934, hy .934/.947, az .930/.943 (all four: P.937 R.931 F1 .934); the session's "
        "starting code and data (4720edc) score the same",
    ),
    "heldout120": (
        20,
        "one-hundred-and-twentieth held-out set, first measurement (87e1041, 61c1284, committed before any run; "
        "weather and emergencies): annotator and gazetteer at 2f51276, after rules drawn from sets 1-122 (121 and 122 "
        "measured before): en P.954 R.954, ru .944/.894, hy .978/.978, az .873/.814 (all four: P.944 R.920 F1 .932); "
        "the session's starting code and data (4720edc) score F1 .934 (the nearer of two supported homonyms takes "
        "\"Элагалы\" for another village)",
    ),
    "heldout121": (
        20,
        "one-hundred-and-twenty-first held-out set, first measurement (5fd48be, 0ad0a3e, committed before any run; "
        "education, science and archaeology): annotator and gazetteer at 81205a3, after rules drawn from sets 1-119: "
        "en P.898 R.981, ru .864/.826, hy .968/.968, az .864/.927 (all four: P.902 R.931 F1 .916); the session's "
        "starting code and data (4720edc) score the same",
    ),
    "heldout122": (
        20,
        "one-hundred-and-twenty-second held-out set, first measurement (ca1823d, 6a279c7, committed before any run; "
        "energy and mining): annotator and gazetteer at 81205a3, after rules drawn from sets 1-119: en P.892 R.935, "
        "ru .792/.824, hy .871/.982, az .776/.930 (all four: P.830 R.921 F1 .873); the session's starting code and "
        "data (4720edc) score the same",
    ),
    "heldout123": (
        20,
        "one-hundred-and-twenty-third held-out set, first measurement (7e2bc0c, 30cbcf6, committed before any run; "
        "border incidents and military positions 2021-2023): annotator and gazetteer at d4deccb, after rules drawn "
        "from sets 1-122: en P.955 R.941, ru .947/.878, hy .943/.962, az .895/.785 (all four: P.935 R.889 F1 .912); "
        "the session's starting code and data (4720edc) score the same",
    ),
    "heldout128": (
        20,
        "one-hundred-and-twenty-eighth held-out set, first measurement (8816db0, 7deae26, committed before any run; "
        "the Azerbaijani towns near the former front): annotator and gazetteer at 784a9d4 (66a3a2f's Yevlakh "
        "district), after rules drawn from sets 1-123: en P.918 R.931, ru .945/.972, hy .917/.932, az .852/.836 "
        "(all four: P.912 R.922 F1 .917); the session's starting code and data (eee2de4) score the same",
    ),
    "heldout129": (
        20,
        "one-hundred-and-twenty-ninth held-out set, first measurement (d9dc07f, 7059bb2, committed before any run; "
        "Armenia's provinces beyond the border): annotator and gazetteer at 784a9d4 (hy, az at eb2c8b4, the same "
        "code and data), after rules drawn from sets 1-123: en P.973 R.961, ru .915/.926, hy .978/.989, "
        "az .900/.923 (all four: P.948 R.955 F1 .952); the session's starting code and data (eee2de4) score the "
        "same",
    ),
    "heldout130": (
        20,
        "one-hundred-and-thirtieth held-out set, first measurement (b3cba15, 6a205d3, committed before any run; "
        "trade, markets and prices; e9beb46 moved the Russian writers' Евлахского района from the town to the "
        "Yevlakh district and added its village Араш before the run): annotator and gazetteer at e9beb46 (hy, az "
        "at 0354db6, the same code and data), after rules drawn from sets 1-123: en P.983 R.905, ru .978/.978, "
        "hy .949/.974, az .714/.761 (all four: P.906 R.901 F1 .903); the session's starting code and data "
        "(eee2de4) score the same except Russian (.956/.956; all four F1 .898)",
    ),
    "heldout131": (
        20,
        "one-hundred-and-thirty-first held-out set, first measurement (da4d4a3, 9620006, committed before any run; "
        "diaspora, benefactors and visits): annotator and gazetteer at e9beb46 (hy, az at 1ee0f64, the same code "
        "and data), after rules drawn from sets 1-123: en P.875 R.966, ru .960/.889, hy .985/.956, az .887/.922 "
        "(all four: P.927 R.935 F1 .931); the session's starting code and data (eee2de4) score the same",
    ),
    "heldout132": (
        20,
        "one-hundred-and-thirty-second held-out set, first measurement (e32c99f, 42ee5a4, committed before any run; "
        "health and hospitals): annotator and gazetteer at 7066033 (hy, az at 1154ba9), after rules drawn from "
        "sets 1-131: en P.980 R.980, ru .971/.971, hy 1.0/1.0, az .952/.976 (all four: P.979 R.984 F1 .981, the "
        "first set with all four languages at 0.95 or more); the session's starting code and data (eee2de4): az "
        ".949/.902 (all four F1 .973)",
    ),
    "heldout133": (
        20,
        "one-hundred-and-thirty-third held-out set, first measurement (e40bca1, 5820bd7, committed before any run; "
        "crime, courts and police): annotator and gazetteer at a917a5e (hy, az at 1154ba9), after rules drawn "
        "from sets 1-131: en P.962 R.836, ru .955/.977, hy 1.0/.984, az .980/.960 (all four: P.976 R.935 F1 "
        ".955); the session's starting code and data (eee2de4): az .979/.920 (all four F1 .950)",
    ),
    "heldout134": (
        20,
        "one-hundred-and-thirty-fourth held-out set, first measurement (d359bb7, 132859e, committed before any "
        "run; housing, construction and urban plans): annotator and gazetteer at c0c5b27 (hy, az at 8aec51f, the "
        "same code and data), after rules drawn from sets 1-135: en P.988 R.988, ru .966/.949, hy 1.0/.970, az "
        ".900/.940 (all four: P.964 R.961 F1 .963); the session's starting code and data (eee2de4) score the same",
    ),
    "heldout135": (
        20,
        "one-hundred-and-thirty-fifth held-out set, first measurement (a37907d, af7550a, committed before any run; "
        "air, bus and taxi transport): annotator and gazetteer at 1154ba9 (hy, az at c0c5b27, which adds an "
        "English rule only), after rules drawn from sets 1-131: en P.966 R.919, ru .971/.971, hy .943/.930, az "
        ".846/.821 (all four: P.932 R.911 F1 .921); the session's starting code and data (eee2de4) score the same",
    ),
    "heldout136": (
        20,
        "one-hundred-and-thirty-sixth held-out set, first measurement (d6eab4f, e9084f5, committed before any run; "
        "culture and the arts): annotator and gazetteer at e3192fb (hy, az at 6bda224, the same code and data), "
        "after rules drawn from sets 1-135: en P.927 R.895, ru .924/1.0, hy .889/.986, az .904/.887 (all four: "
        "P.909 R.947 F1 .928); the session's starting code and data (eee2de4) score the same",
    ),
    "heldout137": (
        20,
        "one-hundred-and-thirty-seventh held-out set, first measurement (53d99f5, d6e0217, committed before any "
        "run; drinking water, irrigation and canals): annotator and gazetteer at 23f54c1 (hy, az at 7c0bc39, the "
        "same code and data), after rules drawn from sets 1-135: en P.979 R.940, ru .954/.925, hy .982/.982, az "
        ".843/.922 (all four: P.933 R.941 F1 .937); the session's starting code and data (eee2de4): en .958/.920, "
        "ru .923/.896 (all four F1 .924)",
    ),
    "heldout138": (
        20,
        "one-hundred-and-thirty-eighth held-out set, first measurement (9dbd4f3, de83a32, committed before any "
        "run; industry, factories and jobs): annotator and gazetteer at 23f54c1 (hy, az at 258c7e4, after an "
        "Azerbaijani canal and quarter rule drawn from set 137), after rules drawn from sets 1-137: en P.979 R1.0, "
        "ru .941/.923, hy .780/.951, az .936/.936 (all four: P.908 R.952 F1 .930); the session's starting code "
        "and data (eee2de4) score the same",
    ),
    "heldout139": (
        20,
        "one-hundred-and-thirty-ninth held-out set, first measurement (5bce95e, 5c9b912, committed before any run; "
        "personal stories): annotator and gazetteer at e3192fb (hy, az at 23f54c1, the same code and data), "
        "after rules drawn from sets 1-135: en P.833 R.893, ru .957/.957, hy .922/.904, az .817/.875 (all four: "
        "P.876 R.905 F1 .890); the session's starting code and data (eee2de4) score the same",
    ),    "heldout124": (
        19,
        "one-hundred-and-twenty-fourth held-out set, first measurement (d7051a8; completed in 78822c5, 84e761a, "
        "each half committed before any run on it; the Azerbaijani towns near the former front): annotator and "
        "gazetteer at 5179b75, this session's starting code, when each half arrived: en P.803 R.766, ru "
        "1.000/1.000, hy .950/.826, az .952/.952 (all four: P.921 R.883 F1 .902); the first writer's 6 az passages "
        "were measured once at d4deccb (az F1 .93) and set aside; az passage 4 (a repeat of held-out 10's) was "
        "dropped; the new az passages alone: .961",
    ),
    "heldout126": (
        19,
        "one-hundred-and-twenty-sixth held-out set, first measurement (438c6d8, 7103ee3; completed in 88b48b6, each "
        "half committed before any run on it; trade, markets and prices): annotator and gazetteer at 5179b75, this "
        "session's starting code, when each half arrived: en P.982 R.982, ru .894/.933, hy 1.000/.951, az .789/.833 "
        "(all four: P.922 R.932 F1 .927); the first writer's 17 en, 2 ru, 7 hy and 9 az passages were measured once "
        "at d4deccb (all four F1 .970) and set aside; the second writer's passages alone: en .857, ru .902, hy 1.0, "
        "az .750; az passage 10 was dropped as a repeat of held-out 145's",
    ),
    "heldout127": (
        19,
        "one-hundred-and-twenty-seventh held-out set, first measurement (163a041; completed in 3c33ca6, a95522d, "
        "each half committed before any run on it; diaspora, benefactors and visits): annotator and gazetteer at "
        "5179b75, this session's starting code, when each half arrived: en P.949 R.966, ru .982/.964, hy .971/.895, "
        "az .930/.914 (all four: P.956 R.938 F1 .947); the first writer's 20 en passages and 1 ru were measured "
        "once at d4deccb (en F1 .959) and set aside; en passage 15 (a repeat of held-out 139's) and ru passage 19 "
        "(of held-out 97's) were dropped; the new ru passages alone: .981",
    ),
    "heldout140": (
        20,
        "one-hundred-and-fortieth held-out set, first measurement (0bab7c7, db55eb6; completed in 99f7579, each "
        "half committed before any run on it; military service and veterans): annotator and gazetteer at 5179b75, "
        "this session's starting code, when each half arrived: en P.952 R.984, ru .947/.923, hy .971/.919, az "
        ".784/.870 (all four: P.919 R.927 F1 .923); the first writer's en and hy were measured once at the code of "
        "the session of 2026-11-28 (0.968, 0.944) and set aside; ru and az were written this session",
    ),
    "heldout141": (
        20,
        "one-hundred-and-forty-first held-out set, first measurement (971d28a, 168088e; completed in 1cf7725, each "
        "half committed before any run on it; telecoms, internet, post and media): annotator and gazetteer at "
        "5179b75, this session's starting code, when each half arrived: en P.889 R.907, ru .830/.780, hy .870/.952, "
        "az .888/.972 (all four: P.870 R.899 F1 .884); the first writer's en, hy, 17 ru and 4 az passages were "
        "measured once last session and set aside; the new passages alone: ru 1.0 (3 passages), az .938",
    ),
    "heldout142": (
        19,
        "one-hundred-and-forty-second held-out set, first measurement (469b026, d55691d; completed in eea076d, each "
        "half committed before any run on it; women, families and children): annotator and gazetteer at 5179b75, "
        "this session's starting code, when each half arrived: en P.954 R.886, ru .944/.971, hy .918/.918, az "
        ".854/.891 (all four: P.919 R.910 F1 .915); the first writer's en, hy, az and 9 ru passages were measured "
        "once last session and set aside; the new ru passages alone: .923; hy passage 14 (a repeat of held-out "
        "39's) was dropped",
    ),
    "heldout143": (
        19,
        "one-hundred-and-forty-third held-out set, first measurement (91d95e4, 28e370a; completed in 7fd1db7, each "
        "half committed before any run on it; holidays and folk traditions): annotator and gazetteer at 5179b75, "
        "this session's starting code, when each half arrived: en P.979 R.940, ru .964/.898, hy .845/.925, az "
        ".830/.898 (all four: P.902 R.915 F1 .908); the first writer's en, hy, 6 ru and 1 az passages were measured "
        "once last session and set aside; ru passage 2 and az passage 1 (repeats of held-out 14's and 43's) were "
        "dropped; the new passages alone: ru .964, az .863",
    ),
    "heldout144": (
        20,
        "one-hundred-and-forty-fourth held-out set, first measurement (e4ea65a, c2ce822, each half committed before "
        "any run on it; demining and landmines): annotator and gazetteer at 5179b75, this session's starting code, "
        "when each half arrived: en P.949 R.966, ru .974/.962, hy .930/.930, az .961/.961 (all four: P.954 R.954 F1 "
        ".954)",
    ),
    "heldout145": (
        19,
        "one-hundred-and-forty-fifth held-out set, first measurement (e6c7095, 72cc68f, each half committed before "
        "any run on it; food, wine and cuisine): annotator and gazetteer at 5179b75, this session's starting code, "
        "when each half arrived: en P.883 R.898, ru .949/.925, hy .950/.974, az .837/.820 (all four: P.899 R.899 F1 "
        ".899); hy passage 7 (a repeat of held-out 79's) was dropped",
    ),
    "heldout146": (
        20,
        "one-hundred-and-forty-sixth held-out set, first measurement (c54185e, 7e19506, each half committed before "
        "any run on it; people and their birthplaces): annotator and gazetteer at 5179b75, this session's starting "
        "code, when each half arrived: en P.853 R.879, ru .886/.830, hy .909/.926, az .951/.867 (all four: P.894 "
        "R.877 F1 .886)",
    ),
    "heldout147": (
        19,
        "one-hundred-and-forty-seventh held-out set, first measurement (d1924c2, bdbbf6a, each half committed "
        "before any run on it; municipal services and utilities): annotator and gazetteer at 5179b75, this "
        "session's starting code, when each half arrived: en P.861 R.861, ru .846/.809, hy .962/.962, az .955/.985 "
        "(all four: P.901 R.898 F1 .899); az passage 4 (a repeat of held-out 61's) was dropped",
    ),
    "heldout148": (
        20,
        "one-hundred-and-forty-eighth held-out set, first measurement (941ac0b, 9af0492, each half committed before "
        "any run on it; wildlife, forests, hunting and fishing): annotator and gazetteer at 5179b75, this session's "
        "starting code, when each half arrived: en P.893 R.943, ru .938/.968, hy .679/.783, az .900/.882 (all four: "
        "P.857 R.901 F1 .878)",
    ),
    "heldout149": (
        19,
        "one-hundred-and-forty-ninth held-out set, first measurement (655e2df, 661f0db, each half committed before "
        "any run on it; captives, the missing and the dead): annotator and gazetteer at 5179b75, this session's "
        "starting code, when each half arrived: en P.889 R.914, ru .750/.661, hy .887/.887, az .892/.951 (all four: "
        "P.860 R.856 F1 .858); hy passage 10 (a repeat of its passage 9) was dropped",
    ),
    "heldout150": (
        20,
        "one-hundred-and-fiftieth held-out set, first measurement (0d83b87, 4f15fd1, each half committed before any "
        "run on it; land, houses and compensation): annotator and gazetteer at 5179b75, this session's starting "
        "code, when each half arrived: en P.955 R.966, ru 1.000/.954, hy 1.000/1.000, az .988/1.000 (all four: "
        "P.982 R.979 F1 .980)",
    ),
    "heldout151": (
        20,
        "one-hundred-and-fifty-first held-out set, first measurement (548b41e, 322afab, each half committed before any "
        "run on it; local government and elections): annotator and gazetteer at 267e1a0 (the session's code, merged "
        "before this wave): en P.938 R.938, ru .973/.900, hy 1.000/1.000, az .966/.988 (all four: P.970 R.967 F1 "
        ".968)",
    ),
    "heldout152": (
        14,
        "one-hundred-and-fifty-second held-out set, first measurement (deaecd6, 233d793, each half committed before "
        "any run on it; border villages after the delimitation): annotator and gazetteer at 267e1a0 (the session's "
        "code, merged before this wave): en P.984 R.954, ru .977/.977, hy 1.000/.981, az .862/.833 (all four: P.968 "
        "R.947 F1 .957); the search budget ran short: 18 en, 14 ru, 20 hy and 16 az passages",
    ),
    "heldout153": (
        20,
        "one-hundred-and-fifty-third held-out set, first measurement (bcefd80, f927771, each half committed before "
        "any run on it; sport): annotator and gazetteer at 7bad178, this session's starting code, when each half "
        "arrived: en P.760 R.950, ru .775/.939, hy .955/.969, az .936/1.000 (all four: P.867 R.967 F1 .914)",
    ),
    "heldout154": (
        20,
        "one-hundred-and-fifty-fourth held-out set, first measurement (6664779, b550520, each half committed before "
        "any run on it; health): annotator and gazetteer at 7bad178, this session's starting code, when each half "
        "arrived: en P1.000 R.984, ru .877/.893, hy .982/.982, az .962/.962 (all four: P.956 R.956 F1 .956)",
    ),
    "heldout155": (
        20,
        "one-hundred-and-fifty-fifth held-out set, first measurement (4bd8f89, a0f5f4b, each half committed before "
        "any run on it; mining and industry): annotator and gazetteer at 7bad178, this session's starting code, "
        "when each half arrived: en P.804 R.900, ru .925/.925, hy .790/.942, az .585/.844 (all four: P.758 R.904 F1 "
        ".824)",
    ),
    "heldout156": (
        20,
        "one-hundred-and-fifty-sixth held-out set, first measurement (1edc377, b70f3d1, each half committed before "
        "any run on it; transport): annotator and gazetteer at 7bad178, this session's starting code, when each "
        "half arrived: en P.971 R.985, ru .975/.975, hy .848/.875, az .977/.955 (all four: P.947 R.950 F1 .948)",
    ),
    "heldout157": (
        20,
        "one-hundred-and-fifty-seventh held-out set, first measurement (db9accd, 2ec6e8e, each half committed "
        "before any run on it; churches, mosques and clergy): annotator and gazetteer at 7bad178, this session's "
        "starting code, when each half arrived: en P.925 R1.000, ru .889/.952, hy .868/.952, az .884/.905 (all "
        "four: P.890 R.954 F1 .921)",
    ),
    "heldout158": (
        20,
        "one-hundred-and-fifty-eighth held-out set, first measurement (8109366, 5ee66f5, each half committed before "
        "any run on it; schools and universities): annotator and gazetteer at 7bad178, this session's starting "
        "code, when each half arrived: en P.741 R.800, ru .927/.911, hy .981/.945, az .964/1.000 (all four: P.903 "
        "R.916 F1 .910)",
    ),
    "heldout159": (
        20,
        "one-hundred-and-fifty-ninth held-out set, first measurement (2cd9cf1, 1ee1b85, each half committed before "
        "any run on it; weather and natural disasters): annotator and gazetteer at 7bad178, this session's starting "
        "code, when each half arrived: en P.964 R.953, ru .862/.833, hy .925/1.000, az .895/.927 (all four: P.912 "
        "R.924 F1 .918)",
    ),
    "heldout160": (
        20,
        "one-hundred-and-sixtieth held-out set, first measurement (ef7765b, e584a82, each half committed before any "
        "run on it; tourism and hotels): annotator and gazetteer at 7bad178, this session's starting code, when "
        "each half arrived: en P.963 R.945, ru .851/.952, hy .866/.935, az .868/.868 (all four: P.887 R.925 F1 "
        ".905)",
    ),
    "heldout161": (
        20,
        "one-hundred-and-sixty-first held-out set, first measurement (fdc415e, ab66631, each half committed before "
        "any run on it; archaeology and excavations): annotator and gazetteer at 7bad178, this session's starting "
        "code, when each half arrived: en P.759 R.891, ru .774/.872, hy .877/.980, az .836/.953 (all four: P.814 "
        "R.928 F1 .867)",
    ),
    "heldout162": (
        20,
        "one-hundred-and-sixty-second held-out set, first measurement (4eece24, 6138431, each half committed before "
        "any run on it; water): annotator and gazetteer at 7bad178, this session's starting code, when each half "
        "arrived: en P.893 R.909, ru .985/.943, hy .773/.944, az .826/.884 (all four: P.883 R.922 F1 .902)",
    ),
    "heldout163": (
        20,
        "one-hundred-and-sixty-third held-out set, first measurement (13a598d, 573a2e1, each half committed before "
        "any run on it; energy): annotator and gazetteer at 7bad178, this session's starting code, when each half "
        "arrived: en P.892 R.983, ru .907/.891, hy .857/.900, az .885/.975 (all four: P.887 R.944 F1 .915)",
    ),
    "heldout164": (
        20,
        "one-hundred-and-sixty-fourth held-out set, first measurement (58bd2d0, ac5dae0, each half committed before "
        "any run on it; courts, crime and police): annotator and gazetteer at 7bad178, this session's starting "
        "code, when each half arrived: en P.918 R.933, ru .952/.922, hy .951/.983, az .921/.897 (all four: P.937 "
        "R.937 F1 .937)",
    ),
    "heldout165": (
        20,
        "one-hundred-and-sixty-fifth held-out set, first measurement (1ff65b0, b8a63bb, each half committed before "
        "any run on it; culture and the arts): annotator and gazetteer at 7bad178, this session's starting code, "
        "when each half arrived: en P.789 R.938, ru .800/.900, hy .981/1.000, az .964/1.000 (all four: P.886 R.964 "
        "F1 .923)",
    ),
    "heldout166": (
        12,
        "one-hundred-and-sixty-sixth held-out set, first measurement (713ecf2, b96cc1b; ru completed in 338021f, "
        "each half committed before any run on it; farming and livestock): annotator and gazetteer at 7bad178, this "
        "session's starting code, when each half arrived: en P.935 R.915, ru .964/.750, hy .895/.944, az .774/.800 "
        "(all four: P.895 R.859 F1 .877); the search budget ran short: 18 en, 13 ru, 12 hy and 12 az passages; ru "
        "passages 8 to 13 were added by a second writer (338021f) and measured once on arrival (alone: P1.000 "
        "R.833), the first seven when they arrived (P.923 R.667)",
    ),
    "heldout167": (
        20,
        "one-hundred-and-sixty-seventh held-out set, first measurement (8cd5370, a675390, each half committed "
        "before any run on it; population and statistics): annotator and gazetteer at a17028a, this session's "
        "starting code, when each half arrived: en P.797 R.911, ru .961/.974, hy .935/.956, az .816/.816 (all four: "
        "P.869 R.900 F1 .884)",
    ),
    "heldout168": (
        20,
        "one-hundred-and-sixty-eighth held-out set, first measurement (a186983, 96c3c37, each half committed before "
        "any run on it; writers, poets and composers): annotator and gazetteer at a17028a, this session's starting "
        "code, when each half arrived: en P.841 R.860, ru .796/.848, hy .927/1.000, az .810/.895 (all four: P.847 "
        "R.904 F1 .875)",
    ),
    "heldout169": (
        20,
        "one-hundred-and-sixty-ninth held-out set, first measurement (83d4a62, 21f6b78, each half committed before "
        "any run on it; the Soviet era and World War II): annotator and gazetteer at a17028a, this session's "
        "starting code, when each half arrived: en P.917 R.932, ru .870/.800, hy .947/1.000, az .918/.938 (all "
        "four: P.915 R.919 F1 .917)",
    ),
    "heldout170": (
        20,
        "one-hundred-and-seventieth held-out set, first measurement (282d57e, 04fd4af, each half committed before "
        "any run on it; missing persons, prisoners and humanitarian aid): annotator and gazetteer at a17028a, this "
        "session's starting code, when each half arrived: en P.897 R.929, ru .919/.950, hy .906/.906, az .881/.912 "
        "(all four: P.901 R.925 F1 .913); the expected Арцах of ru passage 3 now skips the state name before it "
        "(Республике Арцах), as the passage's why says (ru .935/.967 with that, on the first code)",
    ),
    "heldout171": (
        20,
        "one-hundred-and-seventy-first held-out set, first measurement (005d523, cc1a72d, each half committed "
        "before any run on it; forests, wildlife and protected areas): annotator and gazetteer at a17028a, this "
        "session's starting code, when each half arrived: en P.838 R.816, ru .825/.867, hy .857/1.000, az "
        ".808/1.000 (all four: P.830 R.927 F1 .876)",
    ),
    "heldout172": (
        20,
        "one-hundred-and-seventy-second held-out set, first measurement (d3b627a, 40c932a, each half committed "
        "before any run on it; carpets, crafts and museums): annotator and gazetteer at a17028a, this session's "
        "starting code, when each half arrived: en P.768 R.815, ru .780/.780, hy 1.000/.953, az .822/.870 (all "
        "four: P.857 R.870 F1 .863)",
    ),
    "heldout173": (
        20,
        "one-hundred-and-seventy-third held-out set, first measurement (61a0fa3, 8e707dc, each half committed "
        "before any run on it; festivals and music): annotator and gazetteer at a17028a, this session's starting "
        "code, when each half arrived: en P.731 R.826, ru .860/.974, hy .927/.981, az .904/.943 (all four: P.861 "
        "R.932 F1 .895)",
    ),
    "heldout174": (
        20,
        "one-hundred-and-seventy-fourth held-out set, first measurement (02f1d07, 46eaf2e, each half committed "
        "before any run on it; Karabakh Armenians in Armenia after 2023): annotator and gazetteer at a17028a, this "
        "session's starting code, when each half arrived: en P.912 R.981, ru 1.000/1.000, hy .939/.958, az "
        ".979/.885 (all four: P.955 R.955 F1 .955)",
    ),
    "heldout175": (
        20,
        "one-hundred-and-seventy-fifth held-out set, first measurement (b8cb69c, df0e723, each half committed "
        "before any run on it; renamings and toponymy): annotator and gazetteer at a17028a, this session's starting "
        "code, when each half arrived: en P.930 R.903, ru .949/.862, hy .816/.775, az .907/.897 (all four: P.903 "
        "R.863 F1 .883)",
    ),
    "heldout176": (
        9,
        "one-hundred-and-seventy-sixth held-out set, first measurement (16ac134, 0e173eb, each half committed "
        "before any run on it; encyclopedic entries): annotator and gazetteer at a17028a, this session's starting "
        "code, when each half arrived: en P.957 R.957, ru .971/.892, hy .776/.855, az .894/.983 (all four: P.898 "
        "R.929 F1 .913); the search budget ran short: 20 en, 9 ru, 15 hy and 15 az passages",
    ),
    "heldout177": (
        20,
        "one-hundred-and-seventy-seventh held-out set, first measurement (748aad0, 611d804, each half committed "
        "before any run on it; funerals, cemeteries and obituaries): annotator and gazetteer at a17028a, this "
        "session's starting code, when each half arrived: en P.938 R.978, ru .909/.952, hy .846/.971, az .909/.926 "
        "(all four: P.903 R.955 F1 .928)",
    ),
    "heldout178": (
        19,
        "one-hundred-and-seventy-eighth held-out set, first measurement (bcc7a35, 2f281ef, each half committed "
        "before any run on it; the Lachin corridor and the blockade of 2022-2023): annotator and gazetteer at "
        "a17028a, this session's starting code, when each half arrived: en P.950 R.950, ru .989/.977, hy .964/.988, "
        "az .953/.871 (all four: P.964 R.950 F1 .957); 19 az passages (the search budget ran out before a dropped "
        "one was replaced)",
    ),
    "heldout179": (
        20,
        "one-hundred-and-seventy-ninth held-out set, first measurement (c78aff3, 83dc491, each half committed "
        "before any run on it; youth, students and camps): annotator and gazetteer at a17028a, this session's "
        "starting code, when each half arrived: en P.905 R.919, ru .962/.943, hy .882/.952, az .915/.964 (all four: "
        "P.913 R.944 F1 .929)",
    ),
    "heldout180": (
        20,
        "one-hundred-and-eightieth held-out set, first measurement (81e40ba, 166abfa, each half committed before "
        "any run on it; road accidents and traffic): annotator and gazetteer at a17028a, this session's starting "
        "code, when each half arrived: en P.972 R.964, ru .975/.975, hy 1.000/.977, az .907/.875 (all four: P.969 "
        "R.955 F1 .962)",
    ),
    "heldout181": (
        18,
        "one-hundred-and-eighty-first held-out set, first measurement (ae175f2, ff8d4bc, each half committed before "
        "any run on it; banks, investment and industrial parks): annotator and gazetteer at a17028a, this session's "
        "starting code, when each half arrived: en P.878 R.973, ru .947/.923, hy .886/.951, az .804/.902 (all four: "
        "P.889 R.934 F1 .911); 18 az passages (the search budget ran out)",
    ),
    "heldout182": (
        20,
        "one-hundred-and-eighty-second held-out set, first measurement (e9b356c, 9d87d0b, each half committed "
        "before any run on it; the 1988-1994 war remembered): annotator and gazetteer at 794a512, this session's "
        "starting code, when each half arrived: en P.914 R.914, ru .908/.922, hy .861/.795, az .835/.917 (all four: "
        "P.879 R.885 F1 .882)",
    ),
    "heldout183": (
        20,
        "one-hundred-and-eighty-third held-out set, first measurement (4ad73c0, d3d2fb9, each half committed before "
        "any run on it; elections and local government): annotator and gazetteer at 794a512, this session's "
        "starting code, when each half arrived: en P.946 R.959, ru .889/1.000, hy .935/.935, az .971/.957 (all "
        "four: P.940 R.959 F1 .949)",
    ),
    "heldout184": (
        9,
        "one-hundred-and-eighty-fourth held-out set, first measurement (ad71258, 4063b2d, each half committed "
        "before any run on it; water, rivers and reservoirs): annotator and gazetteer at 794a512, this session's "
        "starting code, when each half arrived: en P.750 R.957, ru 1.000/.810, hy .831/.964, az .854/.875 (all "
        "four: P.825 R.921 F1 .870); the search budget and earlier sets' use of the topic left 9 ru passages",
    ),
    "heldout185": (
        20,
        "one-hundred-and-eighty-fifth held-out set, first measurement (5a7aa93, 44b3c7b, each half committed before "
        "any run on it; churches, monasteries and mosques): annotator and gazetteer at 794a512, this session's "
        "starting code, when each half arrived: en P.857 R.923, ru .833/.921, hy .963/.963, az .846/.846 (all four: "
        "P.880 R.918 F1 .898)",
    ),
    "heldout186": (
        17,
        "one-hundred-and-eighty-sixth held-out set, first measurement (d72de62, ad40def, each half committed before "
        "any run on it; the Armenia-Azerbaijan border and delimitation): annotator and gazetteer at 794a512, this "
        "session's starting code, when each half arrived: en P.959 R.959, ru 1.000/.921, hy .911/.823, az .979/.922 "
        "(all four: P.962 R.908 F1 .934); the search budget and earlier sets' use of the topic left 18 hy, 17 az "
        "passages",
    ),
    "heldout187": (
        10,
        "one-hundred-and-eighty-seventh held-out set, first measurement (a630967, b30acbc, each half committed "
        "before any run on it; energy): annotator and gazetteer at 794a512, this session's starting code, when each "
        "half arrived: en P.820 R.953, ru 1.000/.977, hy .833/.968, az .873/.941 (all four: P.880 R.959 F1 .918); "
        "the search budget and earlier sets' use of the topic left 10 hy, 18 az passages",
    ),
    "heldout188": (
        14,
        "one-hundred-and-eighty-eighth held-out set, first measurement (0f03c2f, 53bbe27, each half committed "
        "before any run on it; weather, floods, earthquakes and disasters): annotator and gazetteer at 794a512, "
        "this session's starting code, when each half arrived: en P.968 R.968, ru .973/.877, hy .964/.982, az "
        ".929/.929 (all four: P.958 R.933 F1 .945); the search budget and earlier sets' use of the topic left 17 "
        "hy, 14 az passages",
    ),
    "heldout189": (
        10,
        "one-hundred-and-eighty-ninth held-out set, first measurement (803e6bb, e2072fc, each half committed before "
        "any run on it; farming and harvests): annotator and gazetteer at 794a512, this session's starting code, "
        "when each half arrived: en P.974 R.925, ru 1.000/1.000, hy 1.000/.886, az .857/.909 (all four: P.933 R.922 "
        "F1 .927); the search budget and earlier sets' use of the topic left 12 en, 10 ru, 14 hy, 19 az passages",
    ),
    "heldout190": (
        12,
        "one-hundred-and-ninetieth held-out set, first measurement (08d07e2, 8b2ecfc, each half committed before "
        "any run on it; tourism and hiking): annotator and gazetteer at 794a512, this session's starting code, when "
        "each half arrived: en P.921 R.921, ru .974/.902, hy .800/.857, az .973/.900 (all four: P.923 R.898 F1 "
        ".910); the search budget and earlier sets' use of the topic left 14 ru, 13 hy, 12 az passages",
    ),
    "heldout191": (
        20,
        "one-hundred-and-ninety-first held-out set, first measurement (5b83919, ec7d7ba, each half committed before "
        "any run on it; archaeology and ancient sites): annotator and gazetteer at 794a512, this session's starting "
        "code, when each half arrived: en P.696 R.842, ru .686/.897, hy .800/.906, az .849/.957 (all four: P.762 "
        "R.904 F1 .827)",
    ),
    "heldout192": (
        20,
        "one-hundred-and-ninety-second held-out set, first measurement (8e1b601, b6882f1, each half committed "
        "before any run on it; courts, crime and police): annotator and gazetteer at 794a512, this session's "
        "starting code, when each half arrived: en P.847 R.909, ru 1.000/1.000, hy 1.000/1.000, az .815/.828 (all "
        "four: P.892 R.916 F1 .904)",
    ),
    "heldout193": (
        10,
        "one-hundred-and-ninety-third held-out set, first measurement (5ec4c1b, 4790418, each half committed before "
        "any run on it; the Great Return): annotator and gazetteer at 794a512, this session's starting code, when "
        "each half arrived: en P.984 R.984, ru .909/.943, hy .937/.831, az .933/.933 (all four: P.942 R.918 F1 "
        ".930); the search budget and earlier sets' use of the topic left 14 ru, 12 hy, 10 az passages",
    ),
    "heldout194": (
        15,
        "one-hundred-and-ninety-fourth held-out set, first measurement (94de00f, a32bc0d, each half committed "
        "before any run on it; Nakhchivan): annotator and gazetteer at 794a512, this session's starting code, when "
        "each half arrived: en P.902 R.885, ru .907/.848, hy .826/.679, az .842/.865 (all four: P.871 R.812 F1 "
        ".840); the search budget and earlier sets' use of the topic left 15 hy, 16 az passages",
    ),
    "heldout195": (
        5,
        "one-hundred-and-ninety-fifth held-out set, first measurement (37b7866, 3d9ff90, each half committed before "
        "any run on it; village life in Syunik and Tavush): annotator and gazetteer at 794a512, this session's "
        "starting code, when each half arrived: en P1.000 R.938, ru .909/1.000, hy .882/.789, az .815/.647 (all "
        "four: P.903 R.823 F1 .861); the search budget and earlier sets' use of the topic left 10 en, 5 ru, 14 hy, "
        "15 az passages",
    ),
}


@pytest.fixture(scope="module")
def gz():
    return toponyms.load()


def test_every_held_out_folder_is_measured():
    # held-out 87 sat on disk for a session without an entry here, so this test never scored it
    on_disk = {p.name for p in (Path(__file__).parent / "cases").iterdir() if p.name.startswith("heldout")}
    assert on_disk == set(SETS), sorted(on_disk ^ set(SETS))


@pytest.mark.parametrize("folder", SETS)
def test_every_language_has_enough_cases_with_sources(folder):
    for lang in LANGS:
        cs = cases(folder, lang)
        assert len(cs) >= SETS[folder][0], (folder, lang)
        assert all(c.get("source") for c in cs), (folder, lang)


@pytest.mark.parametrize(
    "folder, lang",
    [pytest.param(f, lang, marks=pytest.mark.xfail(strict=False, reason=SETS[f][1])) for f in SETS for lang in LANGS],
)
def test_precision_recall(gz, folder, lang):
    print(f"\n{folder}\n" + table(gz, folder))
    s = score(gz, folder, lang)
    print(f"{lang}:\n" + "\n".join(s.diffs))
    assert s.p >= TARGET and s.r >= TARGET
