"""Postcodes abroad, kept apart from the Dutch ones in `patterns` because only a known postcode area, a state or
where they stand makes them one: British postcodes (SW1A 2AA, M14 5RP), Irish Eircodes (D6W W647), Canadian
ones (K1A 0B1; in lower case only where a postcode is expected), Australian
postcodes after their state ("Manly NSW 2095"), and American, German, Polish, Indian and South African ones right
after an address (or its town) or a postcode's cue ("2210 Lexington Avenue, 48509-9890", "postleitzahl is 98-822",
"250 Glebe Point Road, Cape Town 9400"; a year after the town is none), or right before the town and the address
that follow it ("2179 Eindhoven, Dokter van Noortstraat 9")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from nlp.redaction.patterns import at_address
from nlp.redaction.rules import Region, Span

# British postcodes (SW1A 2AA, M14 5RP), in capitals, only with a known postcode area: "MB 12" or "AB1 2CD" in
# a product code is not one.
_UK_AREAS = frozenset(
    """AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX
    FK FY G GL GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR
    NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W
    WA WC WD WF WN WR WS WV YO ZE""".split()
)
_UK_POSTCODE = re.compile(
    r"(?i)(?<![\w-])(?P<area>[A-Z]{1,2})\d[A-Z\d]?\s?\d(?P<inward>[A-Z]{2})(?![\w-])"
    r"|(?<![\w-])(?:[A-Z]\d\d|D6W) ?(?=[A-Z]{0,3}\d)[0-9A-Z]{4}(?![\w-])"  # an Irish Eircode (D6W W647, f91 b3w2)
)
_INWARD_LETTERS = re.compile(r"(?i)[ABD-HJLNP-UW-Z]{2}")
# Canadian postal codes (K1A 0B1, T8B1G8): letter, digit, letter, digit, letter, digit, without D F I O Q U (with
# any letter where a postcode is expected: "…, Unit 27, 77 Heol y Nant, Z1S 9P6").
_CANADIAN = re.compile(r"(?i)(?<![\w-])[A-Z]\d[A-Z] ?\d[A-Z]\d(?![\w-])")
_CANADIAN_LETTERS = re.compile(r"(?i)[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d")
# After the town's name and the state that start an address's line or follow its comma: "…, Norwood SA 3065" (not
# "The SA 2000 model").
_AUSTRALIAN = re.compile(
    r"(?:(?<=,[ \t])|(?<=\n))(?:[A-Z][a-z]+[ \t]+){0,2}(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)[ \t]+(?P<v>\d{4})"
    r"(?![\w-]|[.,]\d)"
)
# The state with it when no town stands between it and the comma, colon or line start before: "…, QLD 4991",
# "Postcode: NSW 3233".
_STATE_FIRST = re.compile(r"(?m)(?:(?<=[,:][ \t])|^)(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)[ \t]+\d{4}(?![\w-]|[.,]\d)")
# Four digits that start a line, then the town and a comma or a comma alone, before an address: details given back
# to front, "2179 Eindhoven, Dokter van Noortstraat 9, …", "0574, Unit 26/76 Main Road, …".
_LEADING = re.compile(r"(?m)^[ \t]*(?P<v>\d{4})(?:[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)?,[ \t]+")
# Malta's: three letters and four digits ("SLM 6353"), only after an address or its town.
_MALTESE = re.compile(r"(?<![\w-])[A-Z]{3}[ \t]?\d{4}(?![\w-])")
# American (ZIP and ZIP+4), German, Polish, Indian and South African shapes; no Dutch postcode's letters after it,
# no amount or measure.
_ABROAD = re.compile(
    r"(?:(?<![\w.,/-])|(?<=\w,))"  # after a comma without a space only in a row: "…,256 Mabini Street,213754,…"
    r"(?:\d{5}(?:-\d{4})?|\d{2}-\d{3}|\d{3} \d{3}|\d{6}|\d{4})(?![\w-]|[.,/]\d)"
    r"(?![ \t]?[A-Za-z]{2}(?!\w))(?![ \t]*(?i:euro|eur|€|usd|dollar|km|kg|m2|%))"
)
# Jamaica's postcodes ("JMAAW03") anywhere (not its postal districts, "Kingston 5": three splits' authors left those
# and Dublin's outside the address, one took them in).
_JAMAICAN = re.compile(r"(?<![\w-])JM[A-Z]{3}\d{2}(?![\w-])")
_BETWEEN = re.compile(r"[ \t]*,?[ \t]*\n?[ \t]*")  # an address's end and its postcode
# "…, Montréal, ", and in a row "…;Pretoria;"
_TOWN_BETWEEN = re.compile(r"[ \t]*[,;]?[ \t]*\n?[ \t]*(?:[A-ZÀ-Þ][\w'’-]+[ \t]*){0,2}[,;]?[ \t]*")
_ABROAD_CUE = re.compile(
    r"(?i)(?:postcode|post code|postal code|zip(?: code)?|postleitzahl|plz|pin code)\W{1,3}(?:ist?\W{1,3})?$"
)
_TOWN = re.compile(r"[ \t]*,?[ \t]*\n?[ \t]*(?:[A-Z][a-z][\w'’-]*[ \t]*){1,2},?[ \t]*")  # "…, Cape Town 9400"
# An American ZIP after the town and the state: "…, Denver, CO 80206", "Raleigh, NC 53703-8539".
_US_ZIP = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?,[ \t]+[A-Z]{2}[ \t]+(?P<v>\d{5}(?:-\d{4})?)(?![\w-])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_STATES = ("NSW ", "VIC ", "QLD ", "SA ", "WA ", "TAS ", "NT ", "ACT ")


def postcodes_abroad_spans(
    text: str, regions: Sequence[Region], address_ends: Sequence[int] = (), address_starts: frozenset[int] = frozenset()
) -> Iterator[Span]:
    """British postcodes in capitals anywhere; in lower case ("pl4 6ab"), with letters no real one has ("G16 5HM")
    or as an Irish Eircode only where a postcode is expected, like the digits-only shapes abroad."""
    for match in _LEADING.finditer(text) if address_starts else ():
        if match.end() in address_starts and not _YEAR.fullmatch(match.group("v")):
            yield *match.span("v"), "POSTCODE"
    for match in (m for start, end in regions for m in _ABROAD.finditer(text, start, end)):
        start = match.start()
        if _after_address(text, start, address_ends, _BETWEEN) or _cued(text, start):
            yield start, match.end(), "POSTCODE"
        elif not _YEAR.fullmatch(match.group(0)) and _after_address(text, start, address_ends, _TOWN, 40):
            yield start, match.end(), "POSTCODE"  # after the town: "250 Glebe Point Road, Cape Town 9400"
    if ", " in text:
        for match in _US_ZIP.finditer(text):
            yield *match.span("v"), "POSTCODE"
    if any(state in text for state in _STATES):
        for match in (*_STATE_FIRST.finditer(text), *_AUSTRALIAN.finditer(text)):
            yield *match.span("v" if match.re is _AUSTRALIAN else 0), "POSTCODE"
    for match in (m for start, end in regions for m in _UK_POSTCODE.finditer(text, start, end)):
        expected = at_address(text, match.start(), address_ends) or _cued(text, match.start())
        if match.group("area") is None:  # an Eircode; in capitals after the address and its town too
            if expected or (
                match.group(0).isupper() and _after_address(text, match.start(), address_ends, _TOWN_BETWEEN, 40)
            ):
                yield match.start(), match.end(), "POSTCODE"
        elif match.group("area").upper() in _UK_AREAS and (
            (match.group(0).isupper() and _INWARD_LETTERS.fullmatch(match.group("inward"))) or expected
        ):
            yield match.start(), match.end(), "POSTCODE"
    yield from ((*match.span(), "POSTCODE") for match in _JAMAICAN.finditer(text) if "JM" in text)
    for match in (m for start, end in regions for m in _MALTESE.finditer(text, start, end)):
        if _after_address(text, match.start(), address_ends, _TOWN_BETWEEN, reach=40) or _cued(text, match.start()):
            yield match.start(), match.end(), "POSTCODE"
    for match in (m for start, end in regions for m in _CANADIAN.finditer(text, start, end)):
        start = match.start()
        near = _after_address(text, start, address_ends, _TOWN_BETWEEN, reach=60)  # in lower case after the town
        expected = near or at_address(text, start, address_ends)
        if expected or (match.group(0).isupper() and _CANADIAN_LETTERS.fullmatch(match.group(0))):
            yield start, match.end(), "POSTCODE"


def _after_address(
    text: str, start: int, address_ends: Sequence[int], between: re.Pattern[str], reach: int | None = None
) -> bool:
    """The last address that ends before `start` (within `reach` characters) has only `between` up to it."""
    index = bisect_right(address_ends, start) - 1
    if index < 0 or (reach is not None and start - address_ends[index] > reach):
        return False
    return between.fullmatch(text, address_ends[index], start) is not None


def _cued(text: str, start: int) -> bool:
    return _ABROAD_CUE.search(text, max(0, start - 30), start) is not None
