"""Regex rules for identifiers with a fixed shape: e-mail, IBAN, card, BSN, phone, postcode, licence plate.

Every repetition is bounded or anchored at a word start, so a hostile 1 MB string costs linear time. A checksum
(`checks`) or a list of look-alikes (units, short words) keeps ordinary numbers out."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from nlp.redaction.checks import elfproef_ok, iban_ok, luhn_ok, rijksregister_ok
from nlp.redaction.email_shapes import EMAIL_SHAPES
from nlp.redaction.plates_abroad import PLATES_ABROAD
from nlp.redaction.rules import ANSWER, HESITATION, Region, Rule, Span

# Between an IBAN's groups: a dot, dash or slash, one or two spaces, or a bar ("NL91/ABNA/0417/…", "NL91 | ABNA").
_IBAN_SEP = r"(?:[./-]|\s{1,2}|[ \t]?\|[ \t]?)"
# Between a card's groups: a space, dot, dash or slash, up to three spaces, a spaced dash, bar or slash, a new line.
_CARD_SEP = r"(?:[ ./-]| {2,3}| [-|/] |\n)"
# Between phone digits: nothing, a space, or a dash, dot or slash with optional spaces ("010 - 163 99 19").
_SEP = r"(?:\s?[-./–]\s?|\s)?"  # the en dash too: "06 – 48 82 17 45" (a word processor's)
_NOT_A_DATE = r"(?!\d\d[-/.]\d\d[-/.]\d\d)"
# Two letters after four digits that are a word or a unit, not a postcode: "in 2024 is", "1000 MB".
# SA, SD and SS are never issued as postcode letters, but people mistype them: they need a cue too.
_POSTCODE_LOOKALIKES = frozenset(
    "en is in op te om of ik je we ze al nu er na zo uw nl be de eu uk us tv pc km kg mg mb gb kb tb mm cm ml "
    "cl dl kw mw hz pk ps am pm ms on at to an as by if it me my no so up we or he do go be x is sa sd ss".split()
)
_UNITS = frozenset("km kg mg mb gb kb tb mm cm ml cl dl kw mw hz pk ps am pm ms uk us eu nl sa sd ss".split())


def _postcode_ok(text: str) -> bool:
    """Letters no word or unit has; with a dash ("2024-EN", a model or a year and a code) in no case either."""
    letters = text[-2:]
    return letters.lower() not in (_UNITS if letters.isupper() and "-" not in text else _POSTCODE_LOOKALIKES)


def plate_shapes(separator: str = "-", letter: str = "[A-Z]", skip: tuple[str, ...] = ()) -> str:
    """The fourteen Dutch sidecodes (L letter, D digit), e.g. XX-99-99, 99-XXX-9, 9-XXX-99, XXX-99-X, with
    `separator` (a regex) between the groups and `letter` (a regex) for a letter, but those in `skip`."""
    codes = "LL-DD-DD DD-DD-LL DD-LL-DD LL-DD-LL LL-LL-DD DD-LL-LL DD-LLL-D D-LLL-DD LL-DDD-L L-DDD-LL LLL-DD-L "
    codes += "L-DD-LLL D-LL-DDD DDD-LL-D"
    shapes = (
        code.replace("-", "S").replace("L", "_").replace("D", r"\d").replace("S", separator).replace("_", letter)
        for code in codes.split()
        if code not in skip
    )
    return "|".join(shapes)


# A year and a number, or a date written year first and a time's hour: "2026-00418", "2026/04/01 9:05".
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d(?:-\d{5}$|([/.-])[01]\d\1[0-3]\d )")


# "Order VD-XL-50 bevat 120 dozen", "Artikelnummer RW-LT-05", "firmware-update RW-LT-05"
_NOT_ORDERS = "(?<!order )(?<!bestelling )(?<!artikel )(?<!article )(?<!artikelnummer )(?<!item )(?<!update )"
# An Indian plate, its state first: "KA 71 RM 7906"
_INDIAN_STATES = "AP|AR|AS|BR|CG|CH|DL|GA|GJ|HP|HR|JH|JK|KA|KL|MH|ML|MN|MP|MZ|OD|PB|PY|RJ|SK|TN|TR|TS|UK|UP|WB"
FIXED_SHAPE: tuple[Rule, ...] = (
    *EMAIL_SHAPES,
    Rule("PLATE", re.compile(rf"(?<![\w-])(?:{_INDIAN_STATES}) \d{{1,2}} [A-Z]{{1,3}} \d{{4}}(?![\w-])")),
    Rule("IBAN", re.compile(r"(?i)(?<![\w])[A-Z]{2}\s?\d{2}\s?[A-Z]{4}(?:\s?\d){10}(?!\w)")),  # NL 91 ABNA …
    # After the bank code every group holds a digit: "BE25 9732 5694 8182 daar" does not take "daar" along.
    Rule(
        "IBAN",
        re.compile(
            rf"(?i)(?<![\w])[A-Z]{{2}}{_IBAN_SEP}?\d{{2}}{_IBAN_SEP}?[A-Z0-9]{{4}}"
            rf"(?:{_IBAN_SEP}?(?=[A-Z]{{0,3}}\d|(?-i:[A-Z]{{4}}))[A-Z0-9]{{4}}){{1,6}}"
            rf"(?:{_IBAN_SEP}?(?:\d{{1,3}}|(?-i:[A-Z0-9]{{1,3}})))?(?!\w)"  # a last group in capitals: "… JNNG ZR"
        ),
        iban_ok,
    ),
    # All digits after the country (Belgian, German …) in groups of any size, the old Belgian account number
    # among them: "BE 35 1032 592 100 37", "BE69 979-4531234-78", "DE 48 3605 010 566 828 796 98".
    Rule("IBAN", re.compile(r"(?i)(?<![\w])[A-Z]{2}[ -]?\d{2}(?:[ -]?\d{1,7}){2,9}(?![\w]|[ -]\d)"), iban_ok),
    # Read from the card character by character: "N L 1 7 A T B A 5 3 2 0 …", "N-L-9-4-R-A-B-O-0-1-…".
    Rule(
        "IBAN",
        re.compile(r"(?i)(?<!\w)[A-Z][ -]?[A-Z](?:[ -]?\d){2}(?:[ -]?[A-Z]){4}(?:[ -]?\d){10}(?![\w-])"),
        iban_ok,
    ),
    # Digits with a space, dash, dot or slash (or up to three spaces, or " - ", " | ") between groups:
    # 4111.1111.1111.1111, 4111/1111/1111/1111, "4111 | 1111 | …" (read off a photo of the card).
    # Over two lines too ("4427 0389\n9106 5670"): the Luhn check keeps two unrelated numbers apart.
    # In fours with one mark throughout, so an amount after it is no part of it: "5300.5314.2662.7345 400 euro".
    Rule(
        "CARD",
        re.compile(r"(?<![\d./+-])\d{4}([. -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?(?![\d]|[./-]\d|\1\d)"),
        luhn_ok,
    ),
    Rule("CARD", re.compile(rf"(?<![\d./+-])(?:\d{_CARD_SEP}?){{12,18}}\d(?![\d]|[./-]\d)"), luhn_ok),
    # Read out in fours with commas: "4604, 7785, 8107, 1936".
    Rule("CARD", re.compile(r"(?<![\d,])\d{4}(?:, \d{4}){3}(?:, \d{1,3})?(?![\d]|, \d)"), luhn_ok, hints=(", ",)),
)

# A company's own numbers are no personal data: 0800/0900 (service numbers), 088 (firms), 14 0xx (municipalities), 112.
_COMPANY_PHONE = re.compile(r"(?:0800|090[069]|088|0031 ?88|\+31 ?88|14 ?0\d\d)")


def _personal_phone(number: str) -> bool:
    return _COMPANY_PHONE.match(number.replace("(", "").lstrip()) is None


NUMBERS: tuple[Rule, ...] = (
    Rule("POSTCODE", re.compile(r"(?i)(?<=postcode)[1-9]\d{3} ?[a-z]{2}(?!\w)"), hints=("postcode",)),  # glued
    Rule(
        "PHONE",
        re.compile(
            r"(?<![\w+])(?:\+|00)\d{1,3}\s?(?:\(0\)\s?)?\d(?:" + _SEP + r"\d){6,11}(?!\d)"
            r"|(?<![\w+(])\(\+\d{1,3}\)\s?\d(?:" + _SEP + r"\d){6,11}(?!\d)"  # (+31) 6 4569 1970
            r"|(?<![\w+.,/-])0(?:\s\d){9}(?!\s?\d)"  # read out digit by digit: 0 6 2 3 6 5 1 1 4 0
            r"|(?<![\w+.,/-])0\d{1,4}/\d{5,8}(?![\d]|[.,/]\d)"  # German: 02871/9937820, Belgian: 03/7913111
            r"|(?<![\w+.,/-])01[5-7]\d{1,2}[ /-]?\d{6,9}(?![\d]|[.,]\d)"  # German mobile: 0176 50933562
            r"|(?<![\w+])\+1[ -]?\(\d{3}\)[ -]?\d{3}[ -]?\d{4}(?!\d)"  # +1 (818) 183-5880
            r"|(?<![\w+])\(0\d\)\s?\d(?:" + _SEP + r"\d){7}(?!\d)"
            r"|(?<![\w+])\(0\d\d\)\s?\d(?:" + _SEP + r"\d){6}(?!\d)"
            r"|(?<![\w+])\(0\d\d\d\)\s?\d(?:" + _SEP + r"\d){5}(?!\d)"
            r"|(?<![\w+.,/-])0\d(?:[-.]\d\d){4}(?![\w]|[.,]\d)"  # 06.12.34.56.78: five pairs are no date
            r"|(?<![\w+.,/-])" + _NOT_A_DATE + r"0\d(?:" + _SEP + r"\d){8}\d?(?![\d]|[.,]\d)"
            r"|(?<![\w+.,/-])0(?:\d[ /.]\d{3}|\d\d[ /.]\d\d)(?:[ .]\d\d){2}(?![\d]|[ .,]\d)"  # Belgian: 03/358.07.44
        ),
        _personal_phone,
    ),
    # Grouped, or copied from a form's boxes: "9999 99 999", "1|0|8|9|8|8|8|1|8".
    # In a chat link: "wa.me/31656838426".
    Rule(
        "PHONE",
        re.compile(r"(?i)(?:wa\.me/|whatsapp\.com/send\?phone=)(?P<v>\+?\d{8,15})(?!\d)"),
        group="v",
        hints=("wa.me", "whatsapp"),
    ),
    Rule(  # not "factuur 2024-00931": a year and a serial
        "BSN",
        re.compile(r"(?<![\w.,/|-])(?<!\d )\d(?:(?:  |[ .|/_-])?\d){8}(?!\w|[ .,|/_-]\d)"),  # "691  220  256"
        lambda value: elfproef_ok(value) and _YEAR_FIRST.match(value) is None,
    ),
    # The Belgian national register number (rijksregisternummer), the BSN's counterpart: 53.12.09-969.55.
    Rule("BSN", re.compile(r"(?<![\w.,/-])\d\d\.\d\d\.\d\d-\d{3}\.\d\d(?![\w]|[.,-]\d)")),
    # …and in other groupings, checked: "900501-342-01", "731115 674 01".
    Rule(
        "BSN",
        re.compile(r"(?<![\w.,/-])\d{6}[ .-]?\d{3}[ .-]?\d\d(?![\w]|[.,-]\d)"),
        rijksregister_ok,
    ),
    Rule("PLATE", re.compile(rf"(?i)(?<![\w-]){_NOT_ORDERS}(?:{plate_shapes()})(?![\w-])"), hints=("-",)),
    Rule("PLATE", re.compile(r"(?<![\w-])[A-Z]{2}\d{2}\s?[A-Z]{3}(?![\w-])")),  # British: AB12 CDE
    Rule("PLATE", re.compile(r"(?i)(?<![\w-])[12]-[A-Z]{3}-\d{3}(?![\w-])"), hints=("-",)),  # Belgian: 1-ABC-234
    # …spaced in capitals ("1 HFF 799"), or glued with consonants only ("2RNH795"), as Dutch plates glue theirs
    Rule(
        "PLATE",
        re.compile(
            r"(?<![\w-])[1-9](?: (?!(?:KWH|MAH|EUR|USD|GBP|CHF|RPM|KMH|BTW|CPU|RAM|SSD|HDD) )[A-Z]{3} "
            r"|[BCDFGHJKLMNPQRSTVWXZ]{3})\d{3}(?![\w-])"
        ),
    ),
    # German: district, letters, digits, E for electric: "AC-FV 9848E", "MS-P 6563".
    # Not an IBAN's country read out with a dash before its check digits and bank: "N-L 07 I-N-G-B …".
    Rule(
        "PLATE",
        re.compile(
            r"(?<![\w-])(?!(?:N-L|B-E|D-E)[ \t]\d\d[ \t]+[A-Za-z])[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ \t]\d{1,4}[EH]?(?![\w-])"
        ),
        hints=("-",),
    ),
)

# "1234 AB", "1234AB", "1234 ab", "1234-AB" (a dash in forms and signatures), "6097 - ND"; not "01/10/2026 in", nor a
# year before a line's "Re:". Read out letter by letter ("6146 l g") only after a cue.
_POSTCODE = re.compile(
    r"(?i)(?<![\w.,-])(?<!\d/)(?P<pc>(?:NL[- ][ \t]?)?[1-9]\d{3}"
    r"(?:[ \t\xa0]{0,2}|\n(?![a-z]{2}:)|[ \t]?-[ \t]?|\.)[a-z]{2}"
    r"|(?-i:[1-9]\d{3} [A-Z]\.[A-Z]\.)"  # "2131 M.V."
    r"|(?P<spelled>[1-9]\d{3} [a-z] [a-z]|(?-i:[1-9]\d \d\d [A-Z]{2}|[1-9](?: \d){3} [A-Z]{2})))"  # "26 95 MX"
    r"(?![\w-])"
    r"(?-i:(?P<city>,?\s+[A-Z][a-z]{2,}))?"
)
_SLASHED = re.compile(r"(?<=\d/)[1-9]\d{3}[ -]?[A-Za-z]{2}(?=/[A-Z])")  # on one line: "Vlaszak 182/9561 jh/Almere"
_ASKED = re.compile(r"(?i)\bpostcode\b[^\n\d]{0,40}$")  # asked for: "Postcode en huisnummer graag? -- 9424ML"
_YEAR_IN = re.compile(r"(?:19|20)\d\d[ \t]+(?:in|op|te|en|at|on|to)")  # "overleden 1 januari 2026 in Enschede"
_FIELD_END = re.compile(r"[ \t]*(?:,|[-|;·]\s|;|\n|$)")
# A Belgian postcode is four digits before the place: one only right after an address or a postcode cue; a
# German one five; the place may be left out at the end of a line ("Ridderstraat 115, 9000;"). With its country
# ("B-1500 Halle", "D-46446 Emmerich") it says what it is.
_BELGIAN_POSTCODE = re.compile(
    r"(?<![\w.,/-])(?:[1-9]\d{3}(?:-\d{3})?|\d{5})(?=[ \t]+[A-Z][a-zäöüß]{2,}|(?P<bare>[ \t]*(?:[;,\n]|\.(?:\s|$)|$)))"
)
_COUNTRY_POSTCODE = re.compile(
    r"(?<![\w.,/-])(?:BE?[- ][1-9]\d{3}|[DF][- ]\d{5})(?=[ \t]+[A-Z][a-zäöüß]{2,}|\)|[.;]?[ \t]*$)"  # "BE-8310 Aalst"
)
_COUNTRY_POSTCODE_ALONE = re.compile(r"(?<![\w.,/-])(?:BE?|D|F)-(?:[1-9]\d{3}|(?<=[DF]-)\d{5})(?![\w-])")
_POSTCODE_CUE = re.compile(
    r"(?i)(?:(?:postcode|post code|postal code|zip(?: code)?|pc)"
    r"(?:\W{1,3}(?:is|was|luidt|here|hier|van mij|my|mijn|as|als|in \w+|to|naar)){0,3}"
    r"|(?:woon|wonen|woont|zit|zitten|live|living|based)\s+(?:in|at)|ik ben \w+(?: \w+)? uit)"
    rf"(?:{ANSWER}(?:[ \t]*(?:{HESITATION})\b)?)?\W{{0,3}}$"
)
# A house number just before: "Binnenhof 185, 5380 PM", "Drift 30 bis, 6769 km".
_AFTER_HOUSE_NUMBER = re.compile(
    r"(?i)[a-z]\s+\d{1,5}(?:\s?[a-z]|[-/]\d{1,3}|\s?-?\s?(?:bis|hs|huis|i{1,3}))?,?\s*\n?\s*$"
)
# A place on an address line just before: "…, Roermond 3322 MB", "\nOss 8278 KB".
_AFTER_PLACE = re.compile(r"[,\n][ \t]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?[ \t]+$")
# "…, 3000", "… te 3000", "… in 3000", "… bus 3 in 8900", "… 9 III (6596 MB)", "… 96 🏡 6185 ML"
_BETWEEN_ADDRESS_AND_POSTCODE = re.compile(
    r"(?i)[ \t]*(?:bus[ \t]+\d{1,4}[a-z]?[ \t]*)?(?:,[ \t]*)?(?:[(\[]|[^\w\s,.;:]{1,2}[ \t])?"
    r"(?:(?:te|in)[ \t]+)?\n?[ \t]*$"
)


def _right_after(text: str, start: int, ends: Sequence[int]) -> bool:
    """An address (sorted `ends`) ends just before `start`, with only a comma, spaces or a new line between."""
    index = bisect_right(ends, start) - 1
    return index >= 0 and start - ends[index] <= 14 and _BETWEEN_ADDRESS_AND_POSTCODE.match(text, ends[index], start)


def at_address(text: str, start: int, address_ends: Sequence[int], place: bool = True) -> bool:
    """Where a postcode is expected: after "postcode", a house number, an address (`address_ends`: where the
    addresses found end) or, with `place`, a place name on an address line."""
    return (
        _POSTCODE_CUE.search(text, max(0, start - 40), start) is not None
        or _AFTER_HOUSE_NUMBER.search(text, max(0, start - 16), start) is not None
        or bool(_right_after(text, start, address_ends))
        or (place and _AFTER_PLACE.search(text, max(0, start - 30), start) is not None)
    )


def postcode_spans(text: str, regions: Sequence[Region], address_ends: Sequence[int] = ()) -> Iterator[Span]:
    """A Dutch postcode; one whose letters are also a word or unit ("2024 is", "1000 MB") or that is read out
    needs a city after it or an address before it (`at_address`); a Belgian one, an address before it."""
    for match in (m for start, end in regions for m in _POSTCODE.finditer(text, start, end)):
        start, end = match.span("pc")
        if match.group("spelled"):  # in capitals with a place or as a field of its own too: "9709 J L - …"
            if at_address(text, start, address_ends) or (
                match.group("pc")[5:].isupper() and (match.group("city") or _FIELD_END.match(text, end))
            ):
                yield start, end, "POSTCODE"
        elif "." in match.group("pc")[4:6] and not (match.group("city") or at_address(text, start, address_ends)):
            continue  # "2574.VN" only where a postcode is expected: "versie 2024.EN" is none
        elif (match.group("city") and not _YEAR_IN.fullmatch(match.group("pc"))) or _postcode_ok(match.group("pc")):
            yield start, end, "POSTCODE"
        elif at_address(text, start, address_ends) or _ASKED.search(text, max(0, start - 50), start):
            yield start, end, "POSTCODE"
    yield from ((*m.span(), "POSTCODE") for m in _SLASHED.finditer(text) if "/" in text and _postcode_ok(m.group(0)))
    for match in (m for start, end in regions for m in _BELGIAN_POSTCODE.finditer(text, start, end)):
        if match.group("bare") is not None:  # no place after it: only right after an address found
            if _right_after(text, match.start(), address_ends):
                yield match.start(), match.end(), "POSTCODE"
        elif at_address(text, match.start(), address_ends, place=False):
            yield match.start(), match.end(), "POSTCODE"
    for match in (m for start, end in regions for m in _COUNTRY_POSTCODE.finditer(text, start, end)):
        yield match.start(), match.end(), "POSTCODE"
    for match in (m for start, end in regions for m in _COUNTRY_POSTCODE_ALONE.finditer(text, start, end)):
        if at_address(text, match.start(), address_ends, place=False):  # no place after: "…, B-7131, for …"
            yield match.start(), match.end(), "POSTCODE"


# A Dutch plate without dashes (or with spaces) is a plate only near a word about a vehicle: "boete op GK1087",
# "parkeervergunning voor de 7BSN35" (without one, "AB1234" is as likely a product or a model); near one also in lower
# case, with dots ("NN.34.57", "93.VPX.0", "6·SK·862"), Belgian (1 ABC 234) and British (ab12 cde) ones too. Belgian,
# British, German ("WES-AH 5468"), Polish ("PO 7G116"), older British ("B 54 JFF") and Belgian ("VTX-093").
_OTHER_PLATES = (
    rf"{PLATES_ABROAD}|"  # first: a shorter shape would take part of them
    r"[1-9][ -]?[A-Z]{3}[ -]?\d{3}|[A-Z]{2}\d{2}\s?[A-Z]{3}|(?-i:(?!APK )[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2}[ ]\d{1,4}E?)"
    r"|(?-i:[A-Z]{2,3} \d[0-9A-Z]{4}|[A-Z] ?\d{1,3} ?[A-Z]{2,3}|[A-Z]{3} ?\d{1,3}[A-Z]|[A-Z]{3}-\d{3}|\d{3}-[A-Z]{3})"
    r"|(?-i:\d{4} ?[B-DF-HJ-NP-TV-Z]{3}|[A-Z]{2}-\d{3}-[A-Z]{2}|[A-Z]{1,2} ?\d{4} ?[A-Z]{2})"  # ES, FR, BG: "8762 HWS"
    r"|(?-i:[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}\d{1,4}[EH]?|[A-Z]{2} \d{3} [A-Z]{2})"  # "GE-CF43E", "D-S34H"; "GV 934 MR"
    r"|(?-i:(?:0[1-9]|[1-7]\d|8[01]) [A-Z]{1,3} \d{2,4})"  # Turkish, the province first: "34 VU 7422"
    r"|\d{3}[-·][A-Z][-·][A-Z]{2}|[A-Z][-·][A-Z]{2}[-·]\d{3}|[A-Z]{3}\d{3}"  # shapes beside the sidecodes: "755-J-SV"
    r"|\d\d-[A-Z]-\d{3}|\d{3}-[A-Z]-\d\d|(?-i:[A-Z]{2} \d{3} [A-Z]|[A-Z]{2} \d\d [A-Z]{2})"  # "32-D-142", "TN 486 K"
)
_BRITISH_PLATE = re.compile(r"[a-z]{2}\d{2} [a-z]{3}")
_SPACED_PLATE = re.compile(rf"(?i)(?<![\w-])(?:{plate_shapes('[ ]?')}|{plate_shapes('[.·]')}|{_OTHER_PLATES})(?![\w-])")
_VEHICLE = re.compile(
    r"(?i)auto|wagen|\bcar\b|boete|bekeuring|parkeer|parking|vergunning|permit|voertuig|vehicle|garage|\bapk\b"
    r"|\bmot\b|\blease|scooter|busje|bestelbus|laadpas|laadpaal|tol\b|flitser|camera|rijdt|driving|kenteken|plaka"
    r"|schademelding|schadeformulier|aanrijding|caravan|camper|aanhanger|trailer|motor|\bplates?\b|towed|weggesleept|\btoll\b|\bfine\b"
    r"|\b(?:our|my|the|a|his|her|their|your) van\b|recall|terugroep|rijden|rijtest|rijbewijs|banden|\btyres?\b"
    r"|\btires?\b|wasstraat|car ?wash|kennzeichen|voorruit|windscreen|windshield|bus\b|parkeren|geparkeerd|\brijd\b"
    r"|voiture|véhicule|immatricul|\bdrives?\b|oldtimer|klassieker|\btruck|vrachtwagen|vanpool|\bvan:|tegenpartij|bumper|coach|gearbox|clutch|\bdriver\b"
    r"|versnellingsbak|koppeling|(?:[’']s|[;:])[ ]van(?=[ ]+(?-i:[A-Z\d]))|\blorry|oplegger|horse ?box"
    r"|porsche|volkswagen|\bvw\b|toyota|peugeot|renault|citro[eë]n|\bopel\b|\bvolvo\b|skoda|\btesla\b|hyundai|nissan|mazda"
)


def vehicle_plate_spans(text: str, regions: Sequence[Region]) -> Iterator[Span]:
    """In one case only, and in lower case without spaces (but British "ma23 ypf"): "4skn16" or "4SKN16", not
    "AX55 is" or "ik op 15". A rejected match is looked past by one character: "auto 65 HZ XR" holds a plate
    after the look-alike "auto 65"."""
    for region_start, region_end in regions:
        position = region_start
        while (match := _SPACED_PLATE.search(text, position, region_end)) is not None:
            start, end = match.span()
            value = match.group(0)
            case_ok = value.isupper() or (value.islower() and (" " not in value or _BRITISH_PLATE.fullmatch(value)))
            if case_ok and _VEHICLE.search(text, max(0, start - 80), min(len(text), end + 50)):
                yield start, end, "PLATE"
                position = end
            else:
                position = start + 1
