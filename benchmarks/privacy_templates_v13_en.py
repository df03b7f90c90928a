"""English templates of the `test_v13` split, in the same frames as the Dutch ones (`privacy_templates_v13`):
British, Indian, German and other expats, international students and their parents dealing with Dutch companies,
so most of their data is Dutch (06 numbers, Dutch postcodes and streets, NL IBANs, BSNs, Dutch plates), with a
minority of British, German, Indian and Flemish values. Labels as in `privacy_templates_v13`. Written by someone
who never saw the redaction rules."""

from __future__ import annotations

_EN = [
    # buying a home, the notary, registering at the municipality
    "We're buying our first flat in {city}; the valuation is on {date_en}. Buyers: {NAME_EN} and {NAME_IN}, "
    "currently at {ADDRESS}, {POSTCODE}.",
    "The notary needs my passport and my BSN, which is {BSN}. Date of birth {DOB}.",
    "Mortgage loan {CUSTOMER_NUMBER_LOAN}: please take the monthly payment from {IBAN}, not from my German account "
    "{IBAN_DE}.",
    "My BSN letter went to the short-stay apartment at {ADDRESS}, {POSTCODE}; I have lived at {ADDRESS} since "
    "{date_en}.",
    "My DigiD activation letter never arrived. Name {NAME_EN}, born {DOB}, BSN {BSN}.",
    "Before moving here we lived at {ADDRESS_EN}, {city_uk} {POSTCODE_UK}; the old bank still writes to us there.",
    # daycare, childcare allowance
    "Daycare at {daycare}: our son {NAME_CHILDFULL_M}, born {DOB_BABY}, starts on {date_en}. Invoices to {EMAIL}, "
    "please.",
    "For the childcare allowance I need my daughter's BSN, it's {BSN}; mine is {BSN}.",
    "Grandma is picking up the kids today: {NAME_DOUBLE}, mobile {PHONE}, silver {car}, plate {PLATE}.",
    # pets, bikes
    "Pet insurance claim for our cat {pet}: policy {CUSTOMER_NUMBER_POLICY}, vet bill {amount_en}, pay to {IBAN}.",
    "Our dog {pet} is still registered to my ex-partner, {NAME_FULL}; please change it to {NAME_EN}, phone {PHONE}.",
    "My {bike} was stolen outside the office. Customer number {CUSTOMER_NUMBER_LEASE}; call me on {PHONE_UK} or "
    "{PHONE}.",
    "E-bike battery pick-up: {ADDRESS}, {POSTCODE}. The doorbell says {NAME_SURNAME}, second floor.",
    # lottery, newspaper, funeral policy
    "I got a text saying I'd won the {lottery} and had to confirm my card, {CARD}. I already typed it in, help!",
    "Prize money should go to {IBAN}, account holder {NAME_FORMAL}.",
    "Please cancel the {paper} subscription, subscriber number {CUSTOMER_NUMBER_SUB}; we're moving back to {city_en}.",
    "Funeral policy {CUSTOMER_NUMBER_POLICY} for my late father, {NAME_DE_M}, born {DOB_ELDER}. I'm the executor, "
    "reach me on {PHONE_DE}.",
    "The vet charged {amount_en} to my card {CARD} twice, once on {date_en} and again today.",
    "Reading my card out: {CARD_SAID}, expiry twelve twenty-seven.",
    # heat pump, student housing
    "Heat pump subsidy: applicant {NAME_EN}, address {ADDRESS}, {POSTCODE}, email {EMAIL_SAME}.",
    "My card {CARD} was charged twice by {installer} for the same visit.",
    "International student: room {ADDRESS_STUDENT}, student number {CUSTOMER_NUMBER_STUDENT}, mail "
    "{EMAIL_STUDENT_SAME}. The shower has been broken for days.",
    "Please refund the deposit of {amount_en} to {IBAN_GB}; I'm back in {city_en} now. Name {NAME_EN}.",
    "My son {NAME_IN_M} has a room at {ADDRESS_STUDENT}; I'm paying his rent from India, please call me on {PHONE_IN}.",
    # elections, licences, plates, fines
    "As an EU citizen, can I vote in the municipal elections? My polling card went to {ADDRESS}. Date of birth {DOB}.",
    "Exchanging my UK driving licence: {NAME_EN}, born {DOB}. My car still has British plates, {PLATE_UK}.",
    "MOT for my car, {PLATE}, on {date_en}. Text {PHONE} when it's ready.",
    "I got a CJIB fine for {PLATE_DE}, my German car; I live at {ADDRESS}, {POSTCODE} now.",
    "Payment plan for {kenmerk_en}: I can pay {amount_en} a month from {IBAN}. My date of birth is {DOB}.",
    "Caravan storage: plate {PLATE_CARAVAN}, owner {NAME_EN}, paid by card {CARD}.",
    "Student finance: DUO takes my repayments from {IBAN}; I moved to {ADDRESS_DE}, {POSTCODE_DE} Berlin.",
    "Our lease car, {PLATE}, needs winter tyres before {date_en}; I'm {NAME_EN}, call {PHONE}.",
    # blood, hearing, football, music
    "I'd like to register as a blood donor: {NAME_FULL}, born {DOB}, mobile {PHONE}.",
    "Hearing aids for my mother-in-law, {NAME_DOUBLE}, born {DOB_ELDER}; the insurer wants her BSN, {BSN}.",
    "Season ticket for {club}: clubcard {CUSTOMER_NUMBER_CLUB}, holder {NAME_EN}. The gate keeps rejecting it.",
    "Guitar lessons for {NAME_CHILD} at {music}; fees from {IBAN}, contact {EMAIL}.",
    # voice notes, letters read aloud, links, signatures
    "[voice note 0:38] hi, it's {NAME_FIRST}, about the sofa I sold on {market}, my number is {PHONE_SAID}, "
    "call me back",
    "[voice note 0:51] the postcode is {POSTCODE_SAID} and the house is {ADDRESS_SAID}, the bell's broken so knock",
    "[voice note 0:19] my email is {EMAIL_SAID}, all lower case",
    "[voice note 0:44] my date of birth, {DOB_SAID}, and the plate is {PLATE_SAID}",
    "Reading the letter out: 'Dear {NAME_LETTER}, your citizen service number {BSN} ...' Does that look right?",
    "The letter prints my account over two lines, {IBAN_BREAK}, I hope I copied it correctly.",
    "Signature: {NAME_EN} | Relocation Consultant | tel:{PHONE_INTL}",
    "Form filled in all caps: EMAIL {EMAIL_CAPS} / POSTCODE {POSTCODE}",
    "Reach me on WhatsApp: wa.me/{PHONE_WA}",
    "Please don't email me at {EMAIL_HIDDEN}, that inbox is full; use WhatsApp.",
    # Surinamese, Antillean and Flemish relatives, moving
    "My aunt {NAME_SR_F} is staying with us; her number in Paramaribo is {PHONE_SR}.",
    "My cousin {NAME_AN_M} moved from Curaçao; his Dutch mobile is {PHONE} and his old one {PHONE_AN}.",
    "My Flemish colleague {NAME_BE} handles it now: {EMAIL_SAME}, {PHONE_BE}.",
    "Moving quote: from {ADDRESS} to {ADDRESS_BOAT}, {POSTCODE} (a houseboat!). Contact {NAME_EN}, {PHONE}.",
    "The movers damaged our table; claim in the name of {NAME_FULL}, customer number {CUSTOMER_NUMBER}.",
]

TEST_V13_PII_EN = [("en", text) for text in _EN]
