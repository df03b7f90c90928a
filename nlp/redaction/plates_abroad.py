"""Plates from abroad whose shape a shorter one would take part of, so tried first ("FST-839HZ" is no "FST-839").

Near a word about a vehicle only (`patterns.vehicle_plate_spans`): Irish (the year, the county, the number:
"152-WH-1464", "21-G-5962", "181 WX 5680", "242LH11920"), Nigerian ("FST-839HZ", "EKY 485 JT"), Singaporean
("SWJ 6542 F") and South African from Gauteng ("RS 81 SP GP").
"""

_IRISH_YEAR = r"(?:\d\d|[12]\d[12])"  # spaced: "08", or since 2013 the year and its half ("181", not "120 D 45")
_IRISH_COUNTIES = "C|CE|CN|CW|D|DL|G|K|KE|KK|KY|L|LD|LH|LM|LS|MH|MN|MO|OY|RN|SO|T|W|WH|WX|WW"
PLATES_ABROAD = (
    rf"(?-i:\d{{2,3}}-(?:{_IRISH_COUNTIES})-\d{{1,6}}|{_IRISH_YEAR} (?:{_IRISH_COUNTIES}) \d{{1,6}}"
    rf"|[12]\d[12](?:{_IRISH_COUNTIES})\d{{1,6}}(?!\w)"  # glued, with the year and its half only: "242LH11920"
    r"|[A-Z]{3}-\d{3}[A-Z]{2}|[A-Z]{3} \d{3} [A-Z]{2}|S[A-Z]{2} \d{1,4} [A-Z]|[A-Z]{2} \d{2} [A-Z]{2} GP)"
)
