"""English templates of the `test_v25` split, in the frames of the Dutch ones (`privacy_templates_v25`): expat
golfers and divers, Irish and American rowers, au pairs from the Philippines and Kenya and their host families,
Indian and Canadian knowledge workers who need a sworn translation or an energy label, and English-speaking
newcomers at the civic-integration school. Their data is mostly Dutch (06 numbers, postcodes, streets, IBANs, BSNs
and plates), with Irish, British, American, Kenyan, Spanish and German values; dates of birth also in US order.
Labels as in `privacy_templates_v25`. Written by someone who never saw the redaction rules."""

from __future__ import annotations

_EN = [
    # golf, diving, rowing, sauna
    "LinkedIn message\nHi! I'm {NAME_FULL}, just moved from Dublin and joined {golf}. My handicap card has member "
    "number {CUSTOMER_NUMBER_GOLF}; could you link it? Thanks!",
    "Name\tMember no\tMobile\n{NAME_FULL}\t{CUSTOMER_NUMBER_GOLF}\t{PHONE_IE}",
    "Field: Diver name\nValue: {NAME_FULL}\nField: Date of birth\nValue: {DOB}\nField: Certification\n"
    "Value: {CUSTOMER_NUMBER_DIVE}",
    "Telegram — Zeeland Divers\n{NAME_FIRST}: anyone driving Saturday? my car is {PLATE}, two seats left",
    "I left my dive computer in the rental van; please call me on {PHONE} or email {EMAIL}.",
    "Trello card: New member\nDescription: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, member {CUSTOMER_NUMBER_ROWING}",
    "Please charge the spa day to my card, {CARD}, name on card {NAME_FULL_CAPS}.",
    "Out of office: I'm away until {date_en}. For urgent matters contact {NAME_FULL} on {PHONE}.",
    "My membership {CUSTOMER_NUMBER_SAUNA} should be paused; my date of birth is {DOB} if you need to check.",
    # foster care, food bank, translation, au pair
    "dictation: um so I spoke with the foster dad, {NAME_FULL_M}, uh, at {ADDRESS}, and the kids are doing fine",
    "We would like to donate monthly from {IBAN}; account holder {NAME_FULL}.",
    "Reference: donation food bank, from {NAME_SORTED}, account {IBAN_PLAIN}",
    "Hi {NAME_FIRST},\n\nThanks for your request ({ticket_en}). The sworn translation of your marriage certificate "
    "will be posted to {ADDRESS}, {POSTCODE} {city}.\n\nKind regards,\n{NAME_STAFF}",
    "I need my birth certificate translated: {NAME_IN}, born {DOB}, in Chennai.",
    "Please mail the translation to my Irish address: {ADDRESS_UK}, Dublin {POSTCODE_IE}, Ireland.",
    "Host family {CUSTOMER_NUMBER_AUPAIR}: {NAME_FULL} and {NAME_FULL}, {ADDRESS}, {city}.",
    "Hi, I'm {NAME_PH}, an au pair in {city}. My host mum is {NAME_FULL_F}, {PHONE}. Can you help me with my BSN?",
    "My au pair from Nairobi, {NAME_KE}, can be reached on {PHONE_KE} until she lands.",
    "My BSN is {BSN}; the insurer needs it for the au pair policy.",
    # trees, gliding, boating, shoes, labels, integration
    "Callback request\nName: {NAME_FULL}\nPhone: {PHONE}\nTopic: oak tree leaning over the road",
    "Our landlord, {NAME_FULL}, must apply for the felling permit; he lives at {ADDRESS}, {POSTCODE} {city}.",
    "INSERT INTO members (name, dob, phone) VALUES ('{NAME_FULL}', '{DOB_ISO}', '{PHONE}');",
    "I'm an American glider pilot, {NAME_US}, US phone {PHONE_US}; my medical was done by Dr {NAME_DOCTOR}.",
    "[{jira}] Candidate cannot book exam\nReporter: {NAME_STAFF}\nDescription: candidate {CUSTOMER_NUMBER_BOAT}, "
    "email {EMAIL}",
    "I paid for the boating licence exam twice with {CARD}; please refund one to {IBAN}.",
    "My mother, {NAME_FULL_F}, born {DOB_ELDER}, needs orthopaedic shoes; patient number {CUSTOMER_NUMBER_SHOES}.",
    "Could the shoes be delivered to {ADDRESS}, {POSTCODE}? I can't drive.",
    "Hi, I'm {NAME_CA}, I need an energy label for {ADDRESS}, {POSTCODE} {city} before {date_en}.",
    "Energy label customer {CUSTOMER_NUMBER_LABEL}, paid with {CARD}.",
    "voice message: hi uh this is {NAME_FULL} um my number is {PHONE} I can't make the Tuesday class",
    "Integration course: {NAME_FULL}, born {DOB}, BSN {BSN}, DUO customer number {CUSTOMER_NUMBER_INTEGRATION}.",
    # formats across frames
    "My email, letter by letter: {EMAIL_SPELLED}.",
    "My number is {PHONE_SPOKEN}, and I was born on the {DOB_SPOKEN}.",
    "BSN, um, {BSN_SPOKEN}.",
    "The card number is {CARD_SPOKEN}, expiry 03/29.",
    "UK plate {PLATE_UK}, owner {NAME_FULL}, mobile {PHONE_UK}.",
    "German plate {PLATE_DE}; the driver is {NAME_DE}, {PHONE_DE}.",
    "Please update my account to {IBAN_ABROAD}, name {NAME_FULL}.",
    "Born {DOB_FOREIGN}, as my birth certificate says; name {NAME_ES}.",
    "Best,\n{NAME_FIRST}\n--\n{NAME_FULL_AGAIN}\n{ADDRESS}, {POSTCODE} {city}\nM {PHONE_INTL}",
    "Sent from my phone\n\n{NAME_INITIALS} | {PHONE} | {EMAIL_WORK}",
    "Contact me at {EMAIL_HIDDEN} please, not on LinkedIn.",
    "The plates of the cars in the club car park: {PLATE}, {PLATE_BE} and {PLATE_PL}.",
    "Mr {NAME_SURNAME_M} called about his daughter {NAME_CHILD}, born {DOB_CHILD}.",
]

TEST_V25_PII_EN = [("en", text) for text in _EN]
