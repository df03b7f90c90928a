"""Customer numbers named by a word the cue list does not hold: a compound ("Toeslagdossier 038-1388-77",
"vriendennummer V-1920-29", "Oldtimerpolis 33.661958", "Onderhoudsabonnement 5590354/01",
"Plaatsingsovereenkomst 8271-581", "Klantaccount C578.356.92"), a case ("uw zaak
2023/790614") or a possessive ("My Friends number is V-8069-70"). A compound names what the number belongs to,
so those of things and firms stay out (`_NOT_PERSONAL`)."""

from __future__ import annotations

import re

from nlp.redaction.cued import FILLER, customer_number_ok, value_pattern
from nlp.redaction.rules import Rule

# Compounds of things (products, lots, frames, chips, repairs), of firms, quotes and tax, and of numbers other
# rules take (phones, houses, cards, BSN): no customer's number.
_NOT_PERSONAL = (
    r"(?:telefoon|mobiel|mobile|gsm|fax|whatsapp|nood|terugbel|belnummer|contact|sms|service|huis|house|post|serie"
    r"|serial|artikel|product|model|onderdeel|versie|pagina|kamer|room|bus|lijn|perron|spoor|vlucht|flight|track|trein|tafel|stoel|seat|rij"
    r"|volg|order|ticket|melding|phone|kenteken|rekening|iban|card|kaart|burgerservice|sofi|paspoort|rijbewijs|document|doorkies"
    r"|lot|batch|type|frame|chassis|chip|reparatie|repair|offerte|quote|aanslag|klacht|complaint|vat|btw|kvk"
    r"|factuur|invoice|boeking|booking|reserv|declaratie|aanvraag|bestel|rit|ondernemings|onderneming|zending)"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
COMPOUND_NUMBER = Rule(
    "CUSTOMER_NUMBER",
    re.compile(
        rf"(?i)(?<!\w)(?:(?!{_NOT_PERSONAL})\w{{3,}}(?:nummer|dossier|polis|abonnement|overeenkomst|contract|account)"
        r"|(?:uw|je|jouw|mijn|onze|de) zaak"
        rf"|(?:my|your|our|his|her)[ \t]+(?!{_NOT_PERSONAL})[a-z']{{3,}}[ \t]+number)"
        rf"{FILLER}{value_pattern('CUSTOMER_NUMBER')}"
    ),
    lambda value: customer_number_ok(value) and _YEAR.fullmatch(value) is None,  # "Netflix-abonnement 2024"
    "v",
    hints=("nummer", "dossier", " zaak", "number", "polis", "abonnement", "overeenkomst", "contract", "account"),
)
