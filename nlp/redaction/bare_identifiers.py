"""Account, contract and member numbers by their shape alone, where no cue word says what they are.

A long number or a letter prefix with one, not after a cue, is in a contact nearly always an account, order,
contract or member number: "AB-1234567", "QT/422583566", "C-1449268-PC", "2024-12345-01", "112-3456789-1234567"
(an order id in groups), "CT-2023-231478" (a prefix, a year and a serial), "HW2026-0599" (the year glued to the
prefix), "OTV-266-58044" and "FT/27/3697" (groups), "KNMO-574376" (a federation's four letters),
"VP-NL-18129" (a country between), "KNLTB 98967498" (three to five capitals, a space, six to eight digits).
"pt-126165", "zw465451", "bc-7672-18" (a lower-case prefix), "SP26-7213" (a two-digit year), an OV-chipkaart's
"3528 1481 3443 9049". Not when the words before it say it is about a product, a fault, a parcel or a flight, or
is a document's number (an invoice, order, return, ticket, booking, repair, quote, claim, report, request, permit,
fine, meter, transaction, objection or a helpdesk's conversation: every author of the corpus counts those as not
personal), nor an amount or a company's register number ("EUR 125000", "KVK 12345678")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from nlp.redaction.checks import digits
from nlp.redaction.rules import Region, Span

_BARE = re.compile(
    r"(?<![\w.,/€$£+*-])(?:(?:[A-Z]{1,3}[-/]?\d{5,12}(?:[-/][A-Z0-9]{1,4})?|\d{7,12}(?:-\d{1,3})?"
    r"|[A-Z]{1,4}[-/](?:19|20)\d\d[-/]\d{4,10}|\d{3}-\d{7}-\d{7})"
    r"|[A-Z]{4}[-/]?\d{5,12}|[A-Z]{1,4}(?:19|20)\d\d-\d{4}|[A-Z]{2,4}[-/]\d{2,4}[-/]\d{2,6}|[A-Z]{3,5} \d{6,8}"
    r"|[A-Z]{1,4}-[A-Z]{2}-\d{4,8}|[a-z]{2,4}-\d{5,10}|[A-Z]{2,4}\d\d-\d{4,6}"
    r"|[a-z]{2,5}\d{5,8}|[a-z]{2,4}-\d{3,5}-\d{2,4})"
    r"(?![\w*]|[.,/-]\d)"  # not a part of a charge point's id: "NL*TNM*E01234*1"
)
# After a document's word the number is the document's: "factuur F2025-0481", "reparatie R-11207".
_A_DOCUMENT = re.compile(
    r"(?i)(?<!\w)(?:factuur|invoice|aanmaning|voucher|recall|werkorder|work order|boeking|booking|bon|ticket|order|deal"
    r"|reparatie|repair|offerte|quote|booked|group|groep|bestel|claim|vergunning|permit|reservering|reservation"
    r"|boete|fine|submission|meter|transacti|transaction|incident|bezwaar|werkbon|herinnering|reminder|klacht|melding"
    r"|nota|retour|return|rma|gesprek|conversation|conversatie|interacti"  # a helpdesk's conversation
    r"|\w*(?:aanvraag|aanslag|declaratie|naheffing|order))\w*"
    r"\W{0,4}(?:nummer|number|nr|no)?\W{0,3}(?:(?:is|was)\W{1,3})?$"
)
_NOT_PERSONAL = re.compile(
    r"(?i)(?:artikel|article|product|item|model|versie|version|firmware|storing|error|fout|serie|serial|sku|kvk|btw|vat"
    r"|track|trace|tracking|zending|pakket|parcel|shipment|barcode|code|commerce|koophandel|handelsregister"
    r"|vlucht|flight)\w*"
    r"\W{0,4}(?:nummer|number|nr|code|no)?\W{0,3}(?:(?:is|was)\W{1,3})?$"
)
# A product's own code ("SKU-44510", "ISBN9789…"), an amount, a company's register or VAT number.
_NOT_PERSONAL_PREFIXES = frozenset("SKU EAN ISBN ISB ART EUR USD GBP CHF KVK BTW VAT".split())
_PREFIX = re.compile(r"[A-Z]*")
MIN_DIGITS = 5  # "VR-15-52" is a plate's shape (and four digits), "VR-1552-59" a number's


# An OV-chipkaart's number (the Dutch public-transport card, personal or not): 3528 and twelve digits.
_OV_CHIPKAART = re.compile(r"(?<![\w-])3528(?:[ -]?\d{4}){3}(?![\w]|-\d)")


def bare_identifier_spans(text: str, regions: Sequence[Region]) -> Iterator[Span]:
    if "3528" in text:
        yield from ((match.start(), match.end(), "CUSTOMER_NUMBER") for match in _OV_CHIPKAART.finditer(text))
    for match in (m for start, end in regions for m in _BARE.finditer(text, start, end)):
        value = match.group(0)
        prefix = _PREFIX.match(value.upper())
        if (prefix and prefix.group(0) in _NOT_PERSONAL_PREFIXES) or value[:3].upper() in _NOT_PERSONAL_PREFIXES:
            continue
        if len(digits(value)) < MIN_DIGITS:
            continue
        before = max(0, match.start() - 30)
        if _A_DOCUMENT.search(text, before, match.start()):
            continue
        if _NOT_PERSONAL.search(text, before, match.start()) is None:
            yield match.start(), match.end(), "CUSTOMER_NUMBER"
