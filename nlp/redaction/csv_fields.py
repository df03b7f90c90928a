"""Values that fill a whole field of a comma-separated row, which the shape rules skip right after a comma (there a
comma usually joins the digits of an amount, "1,234"): a BSN that passes the elfproef and a postcode
("Name,Date of birth,BSN,Postcode\\nŞahin, Z.,19/09/1967,472.753.903,2932 zx"), in a text that names its column.
"""

from __future__ import annotations

import re

from nlp.redaction.checks import elfproef_ok
from nlp.redaction.rules import Rule

CSV_FIELDS = (
    Rule(
        "BSN",
        re.compile(r"(?m)(?<=,)[ \t]*(?P<v>\d(?:[ .]?\d){8})[ \t]*(?=,|$)"),
        elfproef_ok,
        "v",
        hints=("bsn", "burgerservice", "sofi"),
    ),
    Rule(
        "POSTCODE",
        re.compile(r"(?m)(?<=,)[ \t]*(?P<v>[1-9]\d{3}[ \t]{0,2}-?[A-Za-z]{2})[ \t]*(?=,|$)"),
        group="v",
        hints=("postcode", "post code", "zip"),
    ),
)
