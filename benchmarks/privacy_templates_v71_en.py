"""English templates of test_v71, many from Polish and Romanian workers living in the Netherlands: Trustpilot
reviews, Intercom chats, call transcripts, OCR of handwritten forms, CRM dumps, voicemails, vCards and X DMs."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- vets
    ("en", "Vet clinic: patient {pet}, owner {NAME_FULL}, client no. {CUSTOMER_NUMBER_CLIENT}, mobile {PHONE}."),
    (
        "en",
        "Trustpilot ★★★★★ by {NAME_FULL}: 'They saved our dog!'\n"
        "Reply from {firm}: Thank you so much, give {pet} a cuddle from us.",
    ),
    ("en", "Voicemail {time}: hi, it's {NAME_FULL}, my cat {pet} is sick, please call me on {PHONE_SPOKEN}."),
    # ---- solar panels
    ("en", "Solar quote for {NAME_FULL}, {ADDRESS_EN}, {POSTCODE}: {count} panels, {amount} incl. VAT."),
    ("en", "Intercom [{stamp}] {NAME_NICK}: the inverter shows {code} again, my email is {EMAIL}"),
    ("en", '{"customer": "{NAME_FULL}", "iban": "{IBAN}", "contract": "{CUSTOMER_NUMBER_CONTRACT}"}'),
    # ---- weddings
    ("en", "Wedding of {NAME_COUPLE} on {date_en}; the bride's mother {NAME_FULL} is the contact, {PHONE_ABROAD}."),
    ("en", "Deposit of {amount} received from {IBAN}, account holder {NAME_INITIALS}."),
    ("en", "Kind regards,\n{NAME_FULL}\nWedding planner | {firm}\nM: {PHONE} | {EMAIL}"),
    ("en", "Venue contract {CUSTOMER_NUMBER_CONTRACT}, couple {NAME_COUPLE}, billing address {ADDRESS}, {POSTCODE}."),
    # ---- taxis
    ("en", "Ride booked for {NAME_FULL}: pick-up at {ADDRESS}, {POSTCODE} {town}, {weekday_en} {time}."),
    ("en", "DM from @{NAME_NICK}: the driver in {PLATE} charged my card {CARD} twice!!"),
    ("en", "Call transcript\nCaller: my number is {PHONE_HEAD}\nAgent: go on\nCaller: {PHONE_TAIL}"),
    # ---- driving schools
    ("en", "Learner {NAME_FULL}, born {DOB_EN}, theory exam booked for {date_en}."),
    (
        "en",
        "Hi, I am from Poland, I want driving lessons, my name {NAME_FULL}, phone {PHONE_ABROAD}, I live {ADDRESS_EN}.",
    ),
    ("en", "Instructor car {PLATE} picks up {NAME_FIRST} at {ADDRESS} at {time}."),
    # ---- holiday parks
    ("en", "Booking for bungalow {count}: lead guest {NAME_FULL}, {ADDRESS_DE}, {POSTCODE_DE} {town_de}."),
    ("en", "Please refund the deposit to card {CARD}, name on card {NAME_CAPS}."),
    ("en", "Hello sir, my car is {PLATE_ABROAD}, I stay in bungalow park, my name {NAME_FULL}, phone {PHONE_ABROAD}."),
    # ---- pharmacy deliveries
    ("en", "Pharmacy delivery for {NAME_INITIALS}, {ADDRESS}, {POSTCODE}, DOB {DOB_EN}; leave it with no. {count}."),
    ("en", "Hello, I am from Romania, I work in the greenhouse, my BSN is {BSN}, please deliver to {ADDRESS_EN}."),
    ("en", "Voicemail: hi this is {NAME_FULL}, date of birth {DOB_EN}, my prescription didn't come, call {PHONE}."),
    # ---- tax advisers
    ("en", "Income tax return: client {NAME_FULL}, BSN {BSN}, partner {NAME_FULL}, refund to {IBAN_NL}."),
    ("en", "Voicemail: good morning, I am Polish worker, jaaropgaaf question, my BSN is {BSN_SPOKEN}, thank you."),
    ("en", "BEGIN:VCARD\nFN:{NAME_FULL}\nTITLE:Tax adviser\nTEL:{PHONE}\nEMAIL:{EMAIL}\nEND:VCARD"),
    ("en", "Tax adviser: client {CUSTOMER_NUMBER_CLIENT}, {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, born {DOB_EN}."),
    # ---- removals
    (
        "en",
        "Move on {date_en} from {ADDRESS}, {POSTCODE} {city} to {ADDRESS_DE}, {POSTCODE_DE} {town_de}; "
        "customer {NAME_FULL}.",
    ),
    ("en", "Removal van {PLATE} is outside {NAME_SURNAME}'s house, please call {PHONE_ABROAD}."),
    ("en", "Quote {CUSTOMER_NUMBER_CONTRACT} for {NAME_LOWER}: {count} m³, packing service included."),
    (
        "en",
        "Trustpilot ★☆☆☆☆ {NAME_NICK}: 'Movers broke my mirror.'\n"
        "Reply from {firm}: Dear {NAME_FULL}, we are sorry, please call {public_phone}.",
    ),
    # ---- libraries and museums
    ("en", "Library card {CUSTOMER_NUMBER_CARD} belongs to {NAME_FULL}; a fine of {amount} is outstanding."),
    ("en", "Museum card {CUSTOMER_NUMBER_CARD} registered to {NAME_FULL}, date of birth {DOB_EN}, email {EMAIL}."),
    # ---- OCR of handwritten forms
    ("en", "OCR of handwritten form: NAME {NAME_OCR} / DOB {DOB_OCR} / PHONE {PHONE_OCR} / POSTCODE {POSTCODE_OCR}"),
    ("en", "OCR of direct debit form: IBAN {IBAN_OCR}, signed {NAME_OCR}"),
    ("en", "OCR scan: BSN {BSN_OCR}, card no {CARD_OCR}, member {CUSTOMER_NUMBER_OCR}"),
    # ---- call transcripts
    ("en", "Agent: can I have your BSN?\nCaller: it's {BSN_HEAD}\nAgent: yes\nCaller: {BSN_TAIL}"),
    ("en", "Agent: your account number?\nCaller: {IBAN_HEAD}\nAgent: mhm\nCaller: {IBAN_TAIL}"),
    ("en", "Agent: surname please?\nCaller: {NAME_SPELLED}\nAgent: and first name?\nCaller: {NAME_FIRST}"),
    # ---- Intercom, X and CRM
    ("en", "[{stamp}] {NAME_FIRST}: my postcode is {POSTCODE}, house number {count}\n[{stamp}] {bot}: Thanks!"),
    ("en", "DM from @{NAME_NICK}: I was born {DOB_EN}, why does your app say I'm too young?"),
    ("en", '{"name": "{NAME_FULL}", "dob": "{DOB}", "plate": "{PLATE}", "member_no": "{CUSTOMER_NUMBER_MEMBER}"}'),
    ("en", "CRM note: {NAME_LOWER} moved to {ADDRESS}, new phone {PHONE}, customer no. {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- Polish and Romanian workers, voicemails and signatures
    ("en", "Good morning, I am {NAME_FULL}, I work in warehouse in Venlo, invoice to {EMAIL}, my account {IBAN}."),
    ("en", "Voicemail: yeah hi, it's {NAME_FIRST}, my email is {EMAIL_SPOKEN}, cheers."),
    ("en", "Best,\n{NAME_INITIALS}\nPolicy no. {CUSTOMER_NUMBER_POLICY}\nSent from my phone"),
    ("en", "Please update the card on file to {CARD}, client number {CUSTOMER_NUMBER_CLIENT}, {NAME_FULL}."),
    ("en", "Hi, I rent a room at {ADDRESS_EN}, {POSTCODE} {city}, my name is {NAME_FULL}, pls deliver after 18:00."),
]
