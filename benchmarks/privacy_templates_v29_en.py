"""English templates of the `test_v29` split (expats, British, Indian, German, Spanish, Polish, Ukrainian and other
customers in the Netherlands, and agents writing in English), in the same frames and channels as the Dutch ones.
Written by someone who never saw the redaction rules."""

from __future__ import annotations

_EN = [
    # riding school
    "Calendly — new event scheduled\nEvent: trial riding lesson\nInvitee: {NAME_FULL}\nInvitee email: {EMAIL}\n"
    "Phone: {PHONE}\nWhen: {weekday_en} {time_en}",
    "Livery contract {CUSTOMER_NUMBER_RIDE}\nOwner: {NAME_FULL}\nHorse: {horse}\nDirect debit from {IBAN}",
    "Viber 09:40 — hi it's {NAME_FIRST}, {horse} threw a shoe, could the farrier come today? call me on {PHONE}",
    "Registration for pony camp: child {NAME_FULL}, born {DOB_YOUNG}, parent {NAME_F}, mobile {PHONE_ABROAD}.",
    "Handwritten form (scanned)\nNarne: {NAME_FULL}\nD.o.b.: {DOB}\nAddress: {ADDRESS}, {POSTCODE} {city}",
    # dance school
    "Jotform {jotform}\nBride: {NAME_F}\nGroom: {NAME_M}\nWedding date: {date_en}\nFirst dance: {dance_en}\n"
    "Email: {EMAIL}",
    "Mailchimp bounce: {EMAIL} (mailbox full) — member {NAME_FULL}, no. {CUSTOMER_NUMBER_DANCE}",
    "Teams captions [00:12:05] {NAME_FULL}: so um the student is {NAME_FULL}, date of birth {DOB_YOUNG}, right?",
    "Cancellation letter from {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}. Member no. {CUSTOMER_NUMBER_DANCE}.",
    "DocuSign {docusign} — lesson agreement signed by {NAME_FULL} ({EMAIL}).",
    "Hi, my wife {NAME_F} and I want to join the {dance_en} class, my card is {CARD}.",
    # karting
    "Waiver\nName: {NAME_FULL}\nDate of birth: {DOB}\nEmergency contact: {NAME_FULL}, {PHONE}\nSigned: yes",
    "Minor waiver: {NAME_FULL} ({DOB_YOUNG}), consent by parent {NAME_INIT}, phone {PHONE}.",
    "Company outing for 18, contact {NAME_FULL} ({EMAIL}), customer no. {CUSTOMER_NUMBER_KART}, invoice to the office.",
    "Incident report: {NAME_FULL} (racer licence {CUSTOMER_NUMBER_KART}) hit the barrier, first aid given.",
    "Aircall {aircall}, missed\nVoicemail transcript: hi this is {NAME_FULL} uh calling about the gift card, "
    "my number is {PHONE_SAID}",
    "Lost property: wallet with driving licence of {NAME_FULL}, born {DOB}, kept at reception.",
    # heat pumps
    "Dynamics 365 case\nCustomer: {NAME_FULL}\nInstallation address: {ADDRESS}, {POSTCODE} {city}\n"
    "Contract: {CUSTOMER_NUMBER_HEAT}\nIssue: {heatpump} error E7",
    "Customer emailed a scan of his passport with BSN {BSN} for the ISDE subsidy; deleted, asked him to apply himself.",
    "On the phone the customer read out his BSN: {BSN_SAID}. I told him we don't need it.",
    "Service contract {CUSTOMER_NUMBER_HEAT} moved to the new owner {NAME_FULL} after the sale of {ADDRESS}.",
    "Engineer {NAME_FIRST} comes {weekday_en} between {time_en} and noon; customer {NAME_FULL} ({PHONE}).",
    "Deposit paid from {IBAN_FOREIGN} by {NAME_FULL}, reference {quote}.",
    # vanpool
    "Airtable vanpool\nroute: {route}\ndriver: {NAME_FULL}\nvan: {PLATE}\nparticipant: {CUSTOMER_NUMBER_POOL}",
    "Participant {NAME_FULL} ({CUSTOMER_NUMBER_POOL}) lives in Germany now: {ADDRESS_DE}, {POSTCODE_DE} {city_de}.",
    "Speeding fine for van {PLATE} on {date_en}; driver on the rota: {NAME_INIT}, born {DOB}.",
    "My car {PLATE_DE} is parked at the P+R, and my colleague {NAME_FULL} has a Belgian one, {PLATE_BE}.",
    # coffee machines
    "Lease contract {coffee_machine}, debtor {CUSTOMER_NUMBER_COFFEE}, contact {NAME_FULL}, {EMAIL}.",
    "Direct debit refused: debtor {CUSTOMER_NUMBER_COFFEE}, account {IBAN}, contact {NAME_FULL}.",
    "Zoho Desk {ticket}: {NAME_FULL} asks us to send the beans to {ADDRESS_GB} instead, our London office.",
    # mixed
    "my email is {EMAIL_SPELL}, got that?",
    "Please reply to {EMAIL_OBF}, not to my work address.",
    "The postcode is {POSTCODE_SAID}, house number 12.",
    "Customer no. {CUSTOMER_NUMBER}, {NAME_FULL}, {PHONE}, {EMAIL}.",
    "New address for {NAME_FULL}: {ADDRESS}, {POSTCODE} {city} (was {ADDRESS_GB}, Leeds).",
    "Card read out over the phone: {CARD_SAID}, expiry 03/29.",
    "Call me back on {PHONE_FIXED} or on my mobile {PHONE}, ask for {NAME_FIRST}.",
    "Refund {amount_en} to {IBAN} please, account holder {NAME_CAPS}.",
    "Belgian customer {NAME}, {ADDRESS_BE}, {POSTCODE_BE} {city_be}, account {IBAN_BE}, mobile {PHONE_BE}.",
    "Hiya, {NAME_LOWER} here, my date of birth is {DOB} if you need it for the waiver.",
    "Payslip attached by participant {NAME_FULL}, BSN {BSN} still visible, please redact.",
    "Chargeback via Mollie {mollie} on card {CARD}, cardholder {NAME_FULL}.",
    "Trailer {PLATE} and car {PLATE} both belong to {NAME_FULL}.",
    "Paid the group outing with my credit card {CARD}, name on card {NAME_CAPS}.",
    "Two people share customer number {CUSTOMER_NUMBER}: {NAME_FULL} and {NAME_REG}.",
]

TEST_V29_PII_EN = [("en", text) for text in _EN]
