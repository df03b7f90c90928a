"""Plates from abroad whose shape a shorter one would take part of, so tried first ("FST-839HZ" is no "FST-839").

Near a word about a vehicle only (`patterns.vehicle_plate_spans`): Irish (the year, the county, the number:
"152-WH-1464", "21-G-5962", "181 WX 5680", "242LH11920"), Nigerian ("FST-839HZ", "EKY 485 JT"), Singaporean
("SWJ 6542 F"), South African from Gauteng ("RS 81 SP GP"), Turkish with dashes ("07-TDK-140"), Trinidadian
("PLJ-6090"); anywhere, Moroccan ones with their Arabic letter ("23827-ب-13").
"""

import re

from nlp.redaction.rules import Rule

_IRISH_YEAR = r"(?:\d\d|[12]\d[12])"  # spaced: "08", or since 2013 the year and its half ("181", not "120 D 45")
_IRISH_COUNTIES = "C|CE|CN|CW|D|DL|G|K|KE|KK|KY|L|LD|LH|LM|LS|MH|MN|MO|OY|RN|SO|T|W|WH|WX|WW"
PLATES_ABROAD = (
    rf"(?-i:\d{{2,3}}-(?:{_IRISH_COUNTIES})-\d{{1,6}}|{_IRISH_YEAR} (?:{_IRISH_COUNTIES}) \d{{1,6}}"
    rf"|[12]\d[12](?:{_IRISH_COUNTIES})\d{{1,6}}(?!\w)"  # glued, with the year and its half only: "242LH11920"
    r"|[A-Z]{3}-\d{3}[A-Z]{2}|[A-Z]{3} \d{3} [A-Z]{2}|S[A-Z]{2} \d{1,4} [A-Z]|[A-Z]{2} \d{2} [A-Z]{2} GP"
    r"|(?:0[1-9]|[1-7]\d|8[01])-[A-Z]{1,3}-[1-9]\d{1,3}"  # Turkish with dashes: "07-TDK-140" (not "55-TRV-031")
    r"|P[A-Z]{2}[- ]?\d{4})"  # Trinidad and Tobago's private cars: "PLJ-6090", "PKD2712"
)
# A Moroccan plate, an Arabic letter between the numbers ("23827-ب-13", "43679 ب 9"): no other text reads so.
ARABIC_LETTER_PLATE = Rule("PLATE", re.compile(r"(?<![\w-])\d{1,5}[ -]?[\u0621-\u064a][ -]?\d{1,2}(?![\w-])"))
