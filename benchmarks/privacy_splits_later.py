"""The privacy corpus's splits from test_v62 on, in the order they were written (test_v65 before test_v64, test_v71
before test_v70): `privacy_splits` appends them to its own, so `SPLITS` keeps one order and the corpus its bytes. A
new split is appended last here; its role is set in `privacy_splits.SPLIT_ROLES`."""

from __future__ import annotations

from benchmarks.privacy_fillers_v62 import FillersV62
from benchmarks.privacy_fillers_v63 import FillersV63
from benchmarks.privacy_fillers_v64 import FillersV64
from benchmarks.privacy_fillers_v65 import FillersV65
from benchmarks.privacy_fillers_v66 import FillersV66
from benchmarks.privacy_fillers_v67 import FillersV67
from benchmarks.privacy_fillers_v68 import FillersV68
from benchmarks.privacy_fillers_v69 import FillersV69
from benchmarks.privacy_fillers_v70 import FillersV70
from benchmarks.privacy_fillers_v71 import FillersV71
from benchmarks.privacy_fillers_v72 import FillersV72
from benchmarks.privacy_fillers_v73 import FillersV73
from benchmarks.privacy_fillers_v74 import FillersV74
from benchmarks.privacy_fillers_v75 import FillersV75
from benchmarks.privacy_fillers_v76 import FillersV76
from benchmarks.privacy_fillers_v77 import FillersV77
from benchmarks.privacy_fillers_v78 import FillersV78
from benchmarks.privacy_fillers_v79 import FillersV79
from benchmarks.privacy_fillers_v80 import FillersV80
from benchmarks.privacy_fillers_v82 import FillersV82
from benchmarks.privacy_fillers_v83 import FillersV83
from benchmarks.privacy_fillers_v84 import FillersV84
from benchmarks.privacy_fillers_v85 import FillersV85
from benchmarks.privacy_fillers_v86 import FillersV86
from benchmarks.privacy_fillers_v87 import FillersV87
from benchmarks.privacy_fillers_v88 import FillersV88
from benchmarks.privacy_fillers_v89 import FillersV89
from benchmarks.privacy_fillers_v90 import FillersV90
from benchmarks.privacy_fillers_v91 import FillersV91
from benchmarks.privacy_fillers_v92 import FillersV92
from benchmarks.privacy_fillers_v93 import FillersV93
from benchmarks.privacy_fillers_v94 import FillersV94
from benchmarks.privacy_fillers_v95 import FillersV95
from benchmarks.privacy_fillers_v96 import FillersV96
from benchmarks.privacy_fillers_v97 import FillersV97
from benchmarks.privacy_fillers_v98 import FillersV98
from benchmarks.privacy_fillers_v99 import FillersV99
from benchmarks.privacy_fillers_v100 import FillersV100
from benchmarks.privacy_fillers_v101 import FillersV101
from benchmarks.privacy_fillers_v102 import FillersV102
from benchmarks.privacy_fillers_v103 import FillersV103
from benchmarks.privacy_fillers_v104 import FillersV104
from benchmarks.privacy_fillers_v105 import FillersV105
from benchmarks.privacy_fillers_v106 import FillersV106
from benchmarks.privacy_fillers_v107 import FillersV107
from benchmarks.privacy_fillers_v108 import FillersV108
from benchmarks.privacy_fillers_v109 import FillersV109
from benchmarks.privacy_fillers_v110 import FillersV110
from benchmarks.privacy_fillers_v111 import FillersV111
from benchmarks.privacy_fillers_v112 import FillersV112
from benchmarks.privacy_fillers_v113 import FillersV113
from benchmarks.privacy_fillers_v114 import FillersV114
from benchmarks.privacy_fillers_v115 import FillersV115
from benchmarks.privacy_fillers_v116 import FillersV116
from benchmarks.privacy_fillers_v117 import FillersV117
from benchmarks.privacy_fillers_v118 import FillersV118
from benchmarks.privacy_templates_v62 import TEST_V62_CLEAN, TEST_V62_PII
from benchmarks.privacy_templates_v63 import TEST_V63_CLEAN, TEST_V63_PII
from benchmarks.privacy_templates_v64 import TEST_V64_CLEAN, TEST_V64_PII
from benchmarks.privacy_templates_v65 import TEST_V65_CLEAN, TEST_V65_PII
from benchmarks.privacy_templates_v66 import TEST_V66_CLEAN, TEST_V66_PII
from benchmarks.privacy_templates_v67 import TEST_V67_CLEAN, TEST_V67_PII
from benchmarks.privacy_templates_v68 import TEST_V68_CLEAN, TEST_V68_PII
from benchmarks.privacy_templates_v69 import TEST_V69_CLEAN, TEST_V69_PII
from benchmarks.privacy_templates_v70 import TEST_V70_CLEAN, TEST_V70_PII
from benchmarks.privacy_templates_v71 import TEST_V71_CLEAN, TEST_V71_PII
from benchmarks.privacy_templates_v72 import TEST_V72_CLEAN, TEST_V72_PII
from benchmarks.privacy_templates_v73 import TEST_V73_CLEAN, TEST_V73_PII
from benchmarks.privacy_templates_v74 import TEST_V74_CLEAN, TEST_V74_PII
from benchmarks.privacy_templates_v75 import TEST_V75_CLEAN, TEST_V75_PII
from benchmarks.privacy_templates_v76 import TEST_V76_CLEAN, TEST_V76_PII
from benchmarks.privacy_templates_v77 import TEST_V77_CLEAN, TEST_V77_PII
from benchmarks.privacy_templates_v78 import TEST_V78_CLEAN, TEST_V78_PII
from benchmarks.privacy_templates_v79 import TEST_V79_CLEAN, TEST_V79_PII
from benchmarks.privacy_templates_v80 import TEST_V80_CLEAN, TEST_V80_PII
from benchmarks.privacy_templates_v81 import TEST_V81_CLEAN, TEST_V81_PII, FillersV81
from benchmarks.privacy_templates_v82 import TEST_V82_CLEAN, TEST_V82_PII
from benchmarks.privacy_templates_v83 import TEST_V83_CLEAN, TEST_V83_PII
from benchmarks.privacy_templates_v84 import TEST_V84_CLEAN, TEST_V84_PII
from benchmarks.privacy_templates_v85 import TEST_V85_CLEAN, TEST_V85_PII
from benchmarks.privacy_templates_v86 import TEST_V86_CLEAN, TEST_V86_PII
from benchmarks.privacy_templates_v87 import TEST_V87_CLEAN, TEST_V87_PII
from benchmarks.privacy_templates_v88 import TEST_V88_CLEAN, TEST_V88_PII
from benchmarks.privacy_templates_v89 import TEST_V89_CLEAN, TEST_V89_PII
from benchmarks.privacy_templates_v90 import TEST_V90_CLEAN, TEST_V90_PII
from benchmarks.privacy_templates_v91 import TEST_V91_CLEAN, TEST_V91_PII
from benchmarks.privacy_templates_v92 import TEST_V92_CLEAN, TEST_V92_PII
from benchmarks.privacy_templates_v93 import TEST_V93_CLEAN, TEST_V93_PII
from benchmarks.privacy_templates_v94 import TEST_V94_CLEAN, TEST_V94_PII
from benchmarks.privacy_templates_v95 import TEST_V95_CLEAN, TEST_V95_PII
from benchmarks.privacy_templates_v96 import TEST_V96_CLEAN, TEST_V96_PII
from benchmarks.privacy_templates_v97 import TEST_V97_CLEAN, TEST_V97_PII
from benchmarks.privacy_templates_v98 import TEST_V98_CLEAN, TEST_V98_PII
from benchmarks.privacy_templates_v99 import TEST_V99_CLEAN, TEST_V99_PII
from benchmarks.privacy_templates_v100 import TEST_V100_CLEAN, TEST_V100_PII
from benchmarks.privacy_templates_v101 import TEST_V101_CLEAN, TEST_V101_PII
from benchmarks.privacy_templates_v102 import TEST_V102_CLEAN, TEST_V102_PII
from benchmarks.privacy_templates_v103 import TEST_V103_CLEAN, TEST_V103_PII
from benchmarks.privacy_templates_v104 import TEST_V104_CLEAN, TEST_V104_PII
from benchmarks.privacy_templates_v105 import TEST_V105_CLEAN, TEST_V105_PII
from benchmarks.privacy_templates_v106 import TEST_V106_CLEAN, TEST_V106_PII
from benchmarks.privacy_templates_v107 import TEST_V107_CLEAN, TEST_V107_PII
from benchmarks.privacy_templates_v108 import TEST_V108_CLEAN, TEST_V108_PII
from benchmarks.privacy_templates_v109 import TEST_V109_CLEAN, TEST_V109_PII
from benchmarks.privacy_templates_v110 import TEST_V110_CLEAN, TEST_V110_PII
from benchmarks.privacy_templates_v111 import TEST_V111_CLEAN, TEST_V111_PII
from benchmarks.privacy_templates_v112 import TEST_V112_CLEAN, TEST_V112_PII
from benchmarks.privacy_templates_v113 import TEST_V113_CLEAN, TEST_V113_PII
from benchmarks.privacy_templates_v114 import TEST_V114_CLEAN, TEST_V114_PII
from benchmarks.privacy_templates_v115 import TEST_V115_CLEAN, TEST_V115_PII
from benchmarks.privacy_templates_v116 import TEST_V116_CLEAN, TEST_V116_PII
from benchmarks.privacy_templates_v117 import TEST_V117_CLEAN, TEST_V117_PII
from benchmarks.privacy_templates_v118 import TEST_V118_CLEAN, TEST_V118_PII

LATER_SPLITS = {  # seed, templates, clean templates, sentences per type, clean sentences, fillers
    "test_v62": (313, TEST_V62_PII, TEST_V62_CLEAN, 50, 200, FillersV62),
    "test_v63": (317, TEST_V63_PII, TEST_V63_CLEAN, 50, 200, FillersV63),
    "test_v65": (337, TEST_V65_PII, TEST_V65_CLEAN, 50, 200, FillersV65),
    "test_v64": (331, TEST_V64_PII, TEST_V64_CLEAN, 50, 200, FillersV64),
    "test_v66": (347, TEST_V66_PII, TEST_V66_CLEAN, 50, 200, FillersV66),
    "test_v67": (349, TEST_V67_PII, TEST_V67_CLEAN, 50, 200, FillersV67),
    "test_v68": (353, TEST_V68_PII, TEST_V68_CLEAN, 50, 200, FillersV68),
    "test_v69": (359, TEST_V69_PII, TEST_V69_CLEAN, 50, 200, FillersV69),
    "test_v71": (373, TEST_V71_PII, TEST_V71_CLEAN, 50, 200, FillersV71),
    "test_v70": (367, TEST_V70_PII, TEST_V70_CLEAN, 50, 200, FillersV70),
    "test_v72": (379, TEST_V72_PII, TEST_V72_CLEAN, 50, 200, FillersV72),
    "test_v73": (383, TEST_V73_PII, TEST_V73_CLEAN, 50, 200, FillersV73),
    "test_v74": (389, TEST_V74_PII, TEST_V74_CLEAN, 50, 200, FillersV74),
    "test_v75": (397, TEST_V75_PII, TEST_V75_CLEAN, 50, 200, FillersV75),
    "test_v76": (401, TEST_V76_PII, TEST_V76_CLEAN, 50, 200, FillersV76),
    "test_v77": (409, TEST_V77_PII, TEST_V77_CLEAN, 50, 200, FillersV77),
    "test_v78": (419, TEST_V78_PII, TEST_V78_CLEAN, 50, 200, FillersV78),
    "test_v79": (421, TEST_V79_PII, TEST_V79_CLEAN, 50, 200, FillersV79),
    "test_v80": (431, TEST_V80_PII, TEST_V80_CLEAN, 50, 200, FillersV80),
    "test_v81": (433, TEST_V81_PII, TEST_V81_CLEAN, 50, 200, FillersV81),
    "test_v82": (439, TEST_V82_PII, TEST_V82_CLEAN, 50, 200, FillersV82),
    "test_v83": (443, TEST_V83_PII, TEST_V83_CLEAN, 50, 200, FillersV83),
    "test_v84": (449, TEST_V84_PII, TEST_V84_CLEAN, 50, 200, FillersV84),
    "test_v85": (457, TEST_V85_PII, TEST_V85_CLEAN, 50, 200, FillersV85),
    "test_v86": (461, TEST_V86_PII, TEST_V86_CLEAN, 50, 200, FillersV86),
    "test_v87": (463, TEST_V87_PII, TEST_V87_CLEAN, 50, 200, FillersV87),
    "test_v88": (467, TEST_V88_PII, TEST_V88_CLEAN, 50, 200, FillersV88),
    "test_v89": (479, TEST_V89_PII, TEST_V89_CLEAN, 50, 200, FillersV89),
    "test_v90": (487, TEST_V90_PII, TEST_V90_CLEAN, 50, 200, FillersV90),
    "test_v91": (491, TEST_V91_PII, TEST_V91_CLEAN, 50, 200, FillersV91),
    "test_v92": (499, TEST_V92_PII, TEST_V92_CLEAN, 50, 200, FillersV92),
    "test_v93": (503, TEST_V93_PII, TEST_V93_CLEAN, 50, 200, FillersV93),
    "test_v94": (509, TEST_V94_PII, TEST_V94_CLEAN, 50, 200, FillersV94),
    "test_v95": (521, TEST_V95_PII, TEST_V95_CLEAN, 50, 200, FillersV95),
    "test_v96": (523, TEST_V96_PII, TEST_V96_CLEAN, 50, 200, FillersV96),
    "test_v97": (541, TEST_V97_PII, TEST_V97_CLEAN, 50, 200, FillersV97),
    "test_v98": (547, TEST_V98_PII, TEST_V98_CLEAN, 50, 200, FillersV98),
    "test_v99": (557, TEST_V99_PII, TEST_V99_CLEAN, 50, 200, FillersV99),
    "test_v100": (563, TEST_V100_PII, TEST_V100_CLEAN, 50, 200, FillersV100),
    "test_v101": (569, TEST_V101_PII, TEST_V101_CLEAN, 50, 200, FillersV101),
    "test_v102": (571, TEST_V102_PII, TEST_V102_CLEAN, 50, 200, FillersV102),
    "test_v103": (577, TEST_V103_PII, TEST_V103_CLEAN, 50, 200, FillersV103),
    "test_v104": (587, TEST_V104_PII, TEST_V104_CLEAN, 50, 200, FillersV104),
    "test_v105": (593, TEST_V105_PII, TEST_V105_CLEAN, 50, 200, FillersV105),
    "test_v106": (599, TEST_V106_PII, TEST_V106_CLEAN, 50, 200, FillersV106),
    "test_v107": (601, TEST_V107_PII, TEST_V107_CLEAN, 50, 200, FillersV107),
    "test_v108": (607, TEST_V108_PII, TEST_V108_CLEAN, 50, 200, FillersV108),
    "test_v109": (613, TEST_V109_PII, TEST_V109_CLEAN, 50, 200, FillersV109),
    "test_v110": (617, TEST_V110_PII, TEST_V110_CLEAN, 50, 200, FillersV110),
    "test_v111": (619, TEST_V111_PII, TEST_V111_CLEAN, 50, 200, FillersV111),
    "test_v112": (631, TEST_V112_PII, TEST_V112_CLEAN, 50, 200, FillersV112),
    "test_v113": (641, TEST_V113_PII, TEST_V113_CLEAN, 50, 200, FillersV113),
    "test_v114": (643, TEST_V114_PII, TEST_V114_CLEAN, 50, 200, FillersV114),
    "test_v115": (647, TEST_V115_PII, TEST_V115_CLEAN, 50, 200, FillersV115),
    "test_v116": (653, TEST_V116_PII, TEST_V116_CLEAN, 50, 200, FillersV116),
    "test_v117": (659, TEST_V117_PII, TEST_V117_CLEAN, 50, 200, FillersV117),
    "test_v118": (661, TEST_V118_PII, TEST_V118_CLEAN, 50, 200, FillersV118),
}
