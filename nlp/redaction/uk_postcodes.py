"""British postcodes (SW1A 2AA, M14 5RP), Irish Eircodes (D6W W647) and Australian postcodes after their state
("Manly NSW 2095"), kept apart from the Dutch ones in `patterns` because only a known postcode area or state makes
them one."""

from __future__ import annotations

import re
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
    r"|(?-i:(?<![\w-])(?:[A-Z]\d\d|D6W) ?[0-9A-Z]{4}(?![\w-]))"  # an Irish Eircode (D6W W647), after an address
)
_INWARD_LETTERS = re.compile(r"(?i)[ABD-HJLNP-UW-Z]{2}")
# After the town's name and the state that start an address's line or follow its comma: "…, Norwood SA 3065" (not
# "The SA 2000 model").
_AUSTRALIAN = re.compile(
    r"(?:(?<=,[ \t])|(?<=\n))(?:[A-Z][a-z]+[ \t]+){1,2}(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)[ \t]+(?P<v>\d{4})"
    r"(?![\w-]|[.,]\d)"
)
_STATES = (" NSW ", " VIC ", " QLD ", " SA ", " WA ", " TAS ", " NT ", " ACT ")


def uk_postcode_spans(text: str, regions: Sequence[Region], address_ends: Sequence[int] = ()) -> Iterator[Span]:
    """In capitals anywhere; in lower case ("pl4 6ab"), with letters no real one has ("G16 5HM") or as an Irish
    Eircode only where a postcode is expected."""
    if any(state in text for state in _STATES):
        for match in _AUSTRALIAN.finditer(text):
            yield *match.span("v"), "POSTCODE"
    for match in (m for start, end in regions for m in _UK_POSTCODE.finditer(text, start, end)):
        expected = at_address(text, match.start(), address_ends)
        if match.group("area") is None:  # an Eircode
            if expected:
                yield match.start(), match.end(), "POSTCODE"
        elif match.group("area").upper() in _UK_AREAS and (
            (match.group(0).isupper() and _INWARD_LETTERS.fullmatch(match.group("inward"))) or expected
        ):
            yield match.start(), match.end(), "POSTCODE"
