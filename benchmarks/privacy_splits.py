"""The privacy corpus's splits (`benchmarks.privacy_corpus` writes them): for each, its seed, templates, clean
templates, sentences per type and without personal data, and fillers; and what each split is for.

dev: tune on it. test_v1 to test_v60 and test_v62 to test_v118: held out at first, since looked at and so no longer
held out; test_v4 to test_v60 and test_v62 to test_v118 were each written by someone who never saw the redaction
rules (no test_v61 was written). Each test split has its own seed, templates and fillers; a new one is appended last
to `LATER_SPLITS` in `privacy_splits_later`, so last in `SPLITS` (earlier records stay byte-identical), with the
role exactly "held out" here: the words the benchmark's `--show-misses` guard and the name model's test look for.
"""

from __future__ import annotations

from benchmarks.privacy_fillers import Fillers
from benchmarks.privacy_fillers_more import FillersDevExtra, FillersV2
from benchmarks.privacy_fillers_v3 import FillersV3
from benchmarks.privacy_fillers_v4 import FillersV4
from benchmarks.privacy_fillers_v5 import FillersV5
from benchmarks.privacy_fillers_v6 import FillersV6
from benchmarks.privacy_fillers_v7 import FillersV7
from benchmarks.privacy_fillers_v8 import FillersV8
from benchmarks.privacy_fillers_v9 import FillersV9
from benchmarks.privacy_fillers_v10 import FillersV10
from benchmarks.privacy_fillers_v11 import FillersV11
from benchmarks.privacy_fillers_v12 import FillersV12
from benchmarks.privacy_fillers_v13 import FillersV13
from benchmarks.privacy_fillers_v14 import FillersV14
from benchmarks.privacy_fillers_v15 import FillersV15
from benchmarks.privacy_fillers_v16 import FillersV16
from benchmarks.privacy_fillers_v17 import FillersV17
from benchmarks.privacy_fillers_v18 import FillersV18
from benchmarks.privacy_fillers_v19 import FillersV19
from benchmarks.privacy_fillers_v20 import FillersV20
from benchmarks.privacy_fillers_v21 import FillersV21
from benchmarks.privacy_fillers_v22 import FillersV22
from benchmarks.privacy_fillers_v23 import FillersV23
from benchmarks.privacy_fillers_v24 import FillersV24
from benchmarks.privacy_fillers_v25 import FillersV25
from benchmarks.privacy_fillers_v26 import FillersV26
from benchmarks.privacy_fillers_v27 import FillersV27
from benchmarks.privacy_fillers_v28 import FillersV28
from benchmarks.privacy_fillers_v29 import FillersV29
from benchmarks.privacy_fillers_v30 import FillersV30
from benchmarks.privacy_fillers_v31 import FillersV31
from benchmarks.privacy_fillers_v32 import FillersV32
from benchmarks.privacy_fillers_v33 import FillersV33
from benchmarks.privacy_fillers_v34 import FillersV34
from benchmarks.privacy_fillers_v35 import FillersV35
from benchmarks.privacy_fillers_v36 import FillersV36
from benchmarks.privacy_fillers_v37 import FillersV37
from benchmarks.privacy_fillers_v38 import FillersV38
from benchmarks.privacy_fillers_v39 import FillersV39
from benchmarks.privacy_fillers_v40 import FillersV40
from benchmarks.privacy_fillers_v41 import FillersV41
from benchmarks.privacy_fillers_v42 import FillersV42
from benchmarks.privacy_fillers_v43 import FillersV43
from benchmarks.privacy_fillers_v44 import FillersV44
from benchmarks.privacy_fillers_v45 import FillersV45
from benchmarks.privacy_fillers_v46 import FillersV46
from benchmarks.privacy_fillers_v47 import FillersV47
from benchmarks.privacy_fillers_v48 import FillersV48
from benchmarks.privacy_fillers_v49 import FillersV49
from benchmarks.privacy_fillers_v50 import FillersV50
from benchmarks.privacy_fillers_v51 import FillersV51
from benchmarks.privacy_fillers_v52 import FillersV52
from benchmarks.privacy_fillers_v53 import FillersV53
from benchmarks.privacy_fillers_v54 import FillersV54
from benchmarks.privacy_fillers_v55 import FillersV55
from benchmarks.privacy_fillers_v56 import FillersV56
from benchmarks.privacy_fillers_v57 import FillersV57
from benchmarks.privacy_fillers_v58 import FillersV58
from benchmarks.privacy_fillers_v59 import FillersV59
from benchmarks.privacy_fillers_v60 import FillersV60
from benchmarks.privacy_splits_later import LATER_SPLITS
from benchmarks.privacy_templates import DEV_CLEAN, DEV_PII, TEST_V1_CLEAN, TEST_V1_PII
from benchmarks.privacy_templates_more import DEV_EXTRA_CLEAN, DEV_EXTRA_PII, TEST_V2_CLEAN, TEST_V2_PII
from benchmarks.privacy_templates_v3 import TEST_V3_CLEAN, TEST_V3_PII
from benchmarks.privacy_templates_v4 import TEST_V4_CLEAN, TEST_V4_PII
from benchmarks.privacy_templates_v5 import TEST_V5_CLEAN, TEST_V5_PII
from benchmarks.privacy_templates_v6 import TEST_V6_PII
from benchmarks.privacy_templates_v6_clean import TEST_V6_CLEAN
from benchmarks.privacy_templates_v7 import TEST_V7_PII
from benchmarks.privacy_templates_v7_clean import TEST_V7_CLEAN
from benchmarks.privacy_templates_v8 import TEST_V8_PII
from benchmarks.privacy_templates_v8_clean import TEST_V8_CLEAN
from benchmarks.privacy_templates_v9 import TEST_V9_PII
from benchmarks.privacy_templates_v9_clean import TEST_V9_CLEAN
from benchmarks.privacy_templates_v10 import TEST_V10_PII
from benchmarks.privacy_templates_v10_clean import TEST_V10_CLEAN
from benchmarks.privacy_templates_v11 import TEST_V11_PII
from benchmarks.privacy_templates_v11_clean import TEST_V11_CLEAN
from benchmarks.privacy_templates_v12 import TEST_V12_PII
from benchmarks.privacy_templates_v12_clean import TEST_V12_CLEAN
from benchmarks.privacy_templates_v13 import TEST_V13_PII
from benchmarks.privacy_templates_v13_clean import TEST_V13_CLEAN
from benchmarks.privacy_templates_v14 import TEST_V14_PII
from benchmarks.privacy_templates_v14_clean import TEST_V14_CLEAN
from benchmarks.privacy_templates_v15 import TEST_V15_PII
from benchmarks.privacy_templates_v15_clean import TEST_V15_CLEAN
from benchmarks.privacy_templates_v16 import TEST_V16_PII
from benchmarks.privacy_templates_v16_clean import TEST_V16_CLEAN
from benchmarks.privacy_templates_v17 import TEST_V17_PII
from benchmarks.privacy_templates_v17_clean import TEST_V17_CLEAN
from benchmarks.privacy_templates_v18 import TEST_V18_PII
from benchmarks.privacy_templates_v18_clean import TEST_V18_CLEAN
from benchmarks.privacy_templates_v19 import TEST_V19_PII
from benchmarks.privacy_templates_v19_clean import TEST_V19_CLEAN
from benchmarks.privacy_templates_v20 import TEST_V20_PII
from benchmarks.privacy_templates_v20_clean import TEST_V20_CLEAN
from benchmarks.privacy_templates_v21 import TEST_V21_PII
from benchmarks.privacy_templates_v21_clean import TEST_V21_CLEAN
from benchmarks.privacy_templates_v22 import TEST_V22_PII
from benchmarks.privacy_templates_v22_clean import TEST_V22_CLEAN
from benchmarks.privacy_templates_v23 import TEST_V23_PII
from benchmarks.privacy_templates_v23_clean import TEST_V23_CLEAN
from benchmarks.privacy_templates_v24 import TEST_V24_PII
from benchmarks.privacy_templates_v24_clean import TEST_V24_CLEAN
from benchmarks.privacy_templates_v25 import TEST_V25_PII
from benchmarks.privacy_templates_v25_clean import TEST_V25_CLEAN
from benchmarks.privacy_templates_v26 import TEST_V26_PII
from benchmarks.privacy_templates_v26_clean import TEST_V26_CLEAN
from benchmarks.privacy_templates_v27 import TEST_V27_PII
from benchmarks.privacy_templates_v27_clean import TEST_V27_CLEAN
from benchmarks.privacy_templates_v28 import TEST_V28_PII
from benchmarks.privacy_templates_v28_clean import TEST_V28_CLEAN
from benchmarks.privacy_templates_v29 import TEST_V29_PII
from benchmarks.privacy_templates_v29_clean import TEST_V29_CLEAN
from benchmarks.privacy_templates_v30 import TEST_V30_PII
from benchmarks.privacy_templates_v30_clean import TEST_V30_CLEAN
from benchmarks.privacy_templates_v31 import TEST_V31_PII
from benchmarks.privacy_templates_v31_clean import TEST_V31_CLEAN
from benchmarks.privacy_templates_v32 import TEST_V32_PII
from benchmarks.privacy_templates_v32_clean import TEST_V32_CLEAN
from benchmarks.privacy_templates_v33 import TEST_V33_PII
from benchmarks.privacy_templates_v33_clean import TEST_V33_CLEAN
from benchmarks.privacy_templates_v34 import TEST_V34_PII
from benchmarks.privacy_templates_v34_clean import TEST_V34_CLEAN
from benchmarks.privacy_templates_v35 import TEST_V35_PII
from benchmarks.privacy_templates_v35_clean import TEST_V35_CLEAN
from benchmarks.privacy_templates_v36 import TEST_V36_PII
from benchmarks.privacy_templates_v36_clean import TEST_V36_CLEAN
from benchmarks.privacy_templates_v37 import TEST_V37_PII
from benchmarks.privacy_templates_v37_clean import TEST_V37_CLEAN
from benchmarks.privacy_templates_v38 import TEST_V38_PII
from benchmarks.privacy_templates_v38_clean import TEST_V38_CLEAN
from benchmarks.privacy_templates_v39 import TEST_V39_PII
from benchmarks.privacy_templates_v39_clean import TEST_V39_CLEAN
from benchmarks.privacy_templates_v40 import TEST_V40_PII
from benchmarks.privacy_templates_v40_clean import TEST_V40_CLEAN
from benchmarks.privacy_templates_v41 import TEST_V41_PII
from benchmarks.privacy_templates_v41_clean import TEST_V41_CLEAN
from benchmarks.privacy_templates_v42 import TEST_V42_CLEAN, TEST_V42_PII
from benchmarks.privacy_templates_v43 import TEST_V43_CLEAN, TEST_V43_PII
from benchmarks.privacy_templates_v44 import TEST_V44_CLEAN, TEST_V44_PII
from benchmarks.privacy_templates_v45 import TEST_V45_CLEAN, TEST_V45_PII
from benchmarks.privacy_templates_v46 import TEST_V46_CLEAN, TEST_V46_PII
from benchmarks.privacy_templates_v47 import TEST_V47_CLEAN, TEST_V47_PII
from benchmarks.privacy_templates_v48 import TEST_V48_CLEAN, TEST_V48_PII
from benchmarks.privacy_templates_v49 import TEST_V49_CLEAN, TEST_V49_PII
from benchmarks.privacy_templates_v50 import TEST_V50_CLEAN, TEST_V50_PII
from benchmarks.privacy_templates_v51 import TEST_V51_CLEAN, TEST_V51_PII
from benchmarks.privacy_templates_v52 import TEST_V52_CLEAN, TEST_V52_PII
from benchmarks.privacy_templates_v53 import TEST_V53_CLEAN, TEST_V53_PII
from benchmarks.privacy_templates_v54 import TEST_V54_CLEAN, TEST_V54_PII
from benchmarks.privacy_templates_v55 import TEST_V55_CLEAN, TEST_V55_PII
from benchmarks.privacy_templates_v56 import TEST_V56_CLEAN, TEST_V56_PII
from benchmarks.privacy_templates_v57 import TEST_V57_CLEAN, TEST_V57_PII
from benchmarks.privacy_templates_v58 import TEST_V58_CLEAN, TEST_V58_PII
from benchmarks.privacy_templates_v59 import TEST_V59_CLEAN, TEST_V59_PII
from benchmarks.privacy_templates_v60 import TEST_V60_CLEAN, TEST_V60_PII

SPLITS = {  # seed, templates, clean templates, sentences per type, clean sentences, fillers
    "dev": (1, DEV_PII, DEV_CLEAN, 30, 110, Fillers),
    "test_v1": (2, TEST_V1_PII, TEST_V1_CLEAN, 40, 130, Fillers),
    "test_v2": (7, TEST_V2_PII, TEST_V2_CLEAN, 45, 160, FillersV2),
    "test_v3": (11, TEST_V3_PII, TEST_V3_CLEAN, 50, 180, FillersV3),
    "test_v4": (13, TEST_V4_PII, TEST_V4_CLEAN, 50, 180, FillersV4),
    "test_v5": (17, TEST_V5_PII, TEST_V5_CLEAN, 50, 200, FillersV5),
    "test_v6": (19, TEST_V6_PII, TEST_V6_CLEAN, 50, 200, FillersV6),
    "test_v7": (23, TEST_V7_PII, TEST_V7_CLEAN, 50, 200, FillersV7),
    "test_v8": (29, TEST_V8_PII, TEST_V8_CLEAN, 50, 200, FillersV8),
    "test_v9": (31, TEST_V9_PII, TEST_V9_CLEAN, 50, 200, FillersV9),
    "test_v10": (37, TEST_V10_PII, TEST_V10_CLEAN, 50, 200, FillersV10),
    "test_v11": (41, TEST_V11_PII, TEST_V11_CLEAN, 50, 200, FillersV11),
    "test_v12": (43, TEST_V12_PII, TEST_V12_CLEAN, 50, 200, FillersV12),
    "test_v13": (47, TEST_V13_PII, TEST_V13_CLEAN, 50, 200, FillersV13),
    "test_v14": (53, TEST_V14_PII, TEST_V14_CLEAN, 50, 200, FillersV14),
    "test_v15": (59, TEST_V15_PII, TEST_V15_CLEAN, 50, 200, FillersV15),
    "test_v16": (61, TEST_V16_PII, TEST_V16_CLEAN, 50, 200, FillersV16),
    "test_v17": (67, TEST_V17_PII, TEST_V17_CLEAN, 50, 200, FillersV17),
    "test_v18": (71, TEST_V18_PII, TEST_V18_CLEAN, 50, 200, FillersV18),
    "test_v19": (73, TEST_V19_PII, TEST_V19_CLEAN, 50, 200, FillersV19),
    "test_v20": (79, TEST_V20_PII, TEST_V20_CLEAN, 50, 200, FillersV20),
    "test_v21": (83, TEST_V21_PII, TEST_V21_CLEAN, 50, 200, FillersV21),
    "test_v22": (89, TEST_V22_PII, TEST_V22_CLEAN, 50, 200, FillersV22),
    "test_v23": (97, TEST_V23_PII, TEST_V23_CLEAN, 50, 200, FillersV23),
    "test_v24": (101, TEST_V24_PII, TEST_V24_CLEAN, 50, 200, FillersV24),
    "test_v25": (103, TEST_V25_PII, TEST_V25_CLEAN, 50, 200, FillersV25),
    "test_v26": (107, TEST_V26_PII, TEST_V26_CLEAN, 50, 200, FillersV26),
    "test_v27": (109, TEST_V27_PII, TEST_V27_CLEAN, 50, 200, FillersV27),
    "test_v28": (113, TEST_V28_PII, TEST_V28_CLEAN, 50, 200, FillersV28),
    "test_v29": (127, TEST_V29_PII, TEST_V29_CLEAN, 50, 200, FillersV29),
    "test_v30": (131, TEST_V30_PII, TEST_V30_CLEAN, 50, 200, FillersV30),
    "test_v31": (137, TEST_V31_PII, TEST_V31_CLEAN, 50, 200, FillersV31),
    "test_v32": (139, TEST_V32_PII, TEST_V32_CLEAN, 50, 200, FillersV32),
    "test_v33": (149, TEST_V33_PII, TEST_V33_CLEAN, 50, 200, FillersV33),
    "test_v34": (151, TEST_V34_PII, TEST_V34_CLEAN, 50, 200, FillersV34),
    "test_v35": (157, TEST_V35_PII, TEST_V35_CLEAN, 50, 200, FillersV35),
    "test_v36": (163, TEST_V36_PII, TEST_V36_CLEAN, 50, 200, FillersV36),
    "test_v37": (173, TEST_V37_PII, TEST_V37_CLEAN, 50, 200, FillersV37),
    "test_v38": (179, TEST_V38_PII, TEST_V38_CLEAN, 50, 200, FillersV38),
    "test_v39": (181, TEST_V39_PII, TEST_V39_CLEAN, 50, 200, FillersV39),
    "test_v40": (191, TEST_V40_PII, TEST_V40_CLEAN, 50, 200, FillersV40),
    "test_v41": (193, TEST_V41_PII, TEST_V41_CLEAN, 50, 200, FillersV41),
    "test_v42": (197, TEST_V42_PII, TEST_V42_CLEAN, 50, 200, FillersV42),
    "test_v43": (199, TEST_V43_PII, TEST_V43_CLEAN, 50, 200, FillersV43),
    "test_v44": (211, TEST_V44_PII, TEST_V44_CLEAN, 50, 200, FillersV44),
    "test_v45": (223, TEST_V45_PII, TEST_V45_CLEAN, 50, 200, FillersV45),
    "test_v46": (227, TEST_V46_PII, TEST_V46_CLEAN, 50, 200, FillersV46),
    "test_v47": (229, TEST_V47_PII, TEST_V47_CLEAN, 50, 200, FillersV47),
    "test_v48": (233, TEST_V48_PII, TEST_V48_CLEAN, 50, 200, FillersV48),
    "test_v49": (239, TEST_V49_PII, TEST_V49_CLEAN, 50, 200, FillersV49),
    "test_v50": (241, TEST_V50_PII, TEST_V50_CLEAN, 50, 200, FillersV50),
    "test_v52": (257, TEST_V52_PII, TEST_V52_CLEAN, 50, 200, FillersV52),
    "test_v51": (251, TEST_V51_PII, TEST_V51_CLEAN, 50, 200, FillersV51),  # after v52: it came later
    "test_v53": (263, TEST_V53_PII, TEST_V53_CLEAN, 50, 200, FillersV53),
    "test_v54": (269, TEST_V54_PII, TEST_V54_CLEAN, 50, 200, FillersV54),
    "test_v55": (271, TEST_V55_PII, TEST_V55_CLEAN, 50, 200, FillersV55),
    "test_v56": (277, TEST_V56_PII, TEST_V56_CLEAN, 50, 200, FillersV56),
    "test_v58": (283, TEST_V58_PII, TEST_V58_CLEAN, 50, 200, FillersV58),
    "test_v57": (281, TEST_V57_PII, TEST_V57_CLEAN, 50, 200, FillersV57),  # after v58: it came later
    "test_v59": (293, TEST_V59_PII, TEST_V59_CLEAN, 50, 200, FillersV59),
    "test_v60": (307, TEST_V60_PII, TEST_V60_CLEAN, 50, 200, FillersV60),
    **LATER_SPLITS,  # test_v62 on
}
# Parts appended to a split, each with its own seed, templates and fillers (the split's own pools come first).
EXTRA_PARTS = {"dev": [("dev_extra", (3, DEV_EXTRA_PII, DEV_EXTRA_CLEAN, 20, 60, FillersDevExtra))]}
# What each split is for; the benchmark prints it with the figures.
SPLIT_ROLES = {
    "dev": "tuned on",
    **{f"test_v{n}": "seen: not held out any more" for n in range(1, 61)},
    **{f"test_v{n}": "seen: not held out any more" for n in range(62, 119)},
}
