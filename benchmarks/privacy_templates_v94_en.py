"""English templates of test_v94: the same frames and channels, written by Kenyan, Welsh, Polish and Romanian
customers and by agents."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- organ donor registrations
    ("en", "Zoho Desk ticket #{count}{count}{count} | Requester: {NAME_FULL} <{EMAIL}> | Subject: donor register"),
    ("en", "I would like to register as an organ donor. My BSN is {BSN} and I was born on {DOB_EN}."),
    ("en", "[{time}] Agent: Can you read me your citizen service number?\n[{time}] Caller: {BSN_SPOKEN}"),
    ("en", "Name|Date of birth|Phone|Email\n{NAME_FULL}|{DOB_EN}||{EMAIL}"),
    # ---- wheelchair rental
    ("en", "Hi, I'm {NAME_FIRST} from Nairobi, we need a wheelchair in Amsterdam for my mum, call {PHONE_EN}"),
    ("en", "Wheelchair to be delivered to {NAME_FULL}, hotel guest, home address {ADDRESS_EN}, {POSTCODE_EN}."),
    ("en", "Deposit refunded to card {CARD} held by {NAME_INITIALS}."),
    ("en", "Rental agreement {CUSTOMER_NUMBER_CONTRACT} for {NAME_CAPS}, mobile {PHONE_EN}."),
    # ---- pub quiz bookings
    ("en", "Booking for quiz night on {date_en}: team captain {NAME_FULL}, {PHONE_EN}, table for {count}."),
    ("en", "Survey - How did you hear about us? Other: 'my colleague {NAME_FULL} told me, email me at {EMAIL}'"),
    ("en", "Shwmae! Can you pop us down for Thursday's quiz? Name's {NAME_FIRST} {NAME_SURNAME}, ring {PHONE_EN}"),
    # ---- firewood
    ("en", "Please deliver two bulk bags of logs to {ADDRESS_EN}, {POSTCODE_EN}. Ask for {NAME_FIRST}."),
    ("en", "Customer number {CUSTOMER_NUMBER_CUSTOMER}: {NAME_FULL}, logs paid from {IBAN}."),
    ("en", "Scanned label:\n{NAME_CAPS}\n{ADDRESS_EN}\n{POSTCODE_EN}\nFRAGILE"),
    # ---- ferries
    ("en", "Ferry ticket for {NAME_FULL}, car registration {PLATE_ABROAD}, date of birth {DOB_EN}."),
    (
        "en",
        "Hello, I am {NAME_FULL} from Poland, my car {PLATE_ABROAD} is booked on the boat to Texel, "
        "phone {PHONE_ABROAD}",
    ),
    ("en", "Passenger list: {NAME_INITIALS} (born {DOB_EN}), {NAME_FULL}."),
    ("en", "We hired a Dutch car, plate {PLATE}, for the crossing; the booking is under {NAME_SURNAME}."),
    # ---- smart thermostats
    ("en", "[{time}] Customer: my email is {EMAIL_SPOKEN}\n[{time}] Agent: thanks, pairing code sent"),
    ("en", "Installer visit at {ADDRESS}, {POSTCODE} for {NAME_FULL}; contact {PHONE}."),
    (
        "en",
        "Contract {CUSTOMER_NUMBER_CONTRACT} - thermostat lease, direct debit from {IBAN}, account holder {NAME_FULL}.",
    ),
    # ---- translation agencies
    ("en", "Certified translation of the Romanian birth certificate of {NAME_FULL}, born {DOB_EN}."),
    ("en", "Hello, my name is {NAME_FULL}, I need my Polish diploma translated, please reply to {EMAIL}"),
    ("en", "Invoice to {NAME_CAPS}, {ADDRESS_EN}, {POSTCODE_EN}; paid with {CARD}."),
    ("en", "Name|Language pair|BSN|Urgent\n{NAME_FULL}|RO-EN|{BSN}|"),
    # ---- climbing gyms
    (
        "en",
        "Membership {CUSTOMER_NUMBER_MEMBER} for {NAME_FULL}, date of birth {DOB_EN}, emergency contact {PHONE_EN}.",
    ),
    ("en", "Hiya, it's {NAME_FIRST} from Cardiff, my membership number is {CUSTOMER_NUMBER_MEMBER}, card won't scan"),
    ("en", "Belay certificate issued to {NAME_INITIALS}, member {CUSTOMER_NUMBER_MEMBER}."),
    # ---- sewing machine repairs
    ("en", "Note: customer read her number in pairs: {PHONE_SPOKEN}. Name {NAME_LOWER}."),
    ("en", "Sewing machine collected from {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_EN}, tel {PHONE_EN}."),
    ("en", "Repair ticket {ref}: owner {NAME_SURNAME}, customer no. {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- used car warranty claims
    ("en", "Warranty claim under policy {CUSTOMER_NUMBER_POLICY}: gearbox failure on {PLATE}, owner {NAME_FULL}."),
    ("en", "Policy no. {CUSTOMER_NUMBER_POLICY} - payout to {IBAN}, {NAME_INITIALS}."),
    (
        "en",
        "[{time}] Agent: registration?\n[{time}] Customer: {PLATE}\n[{time}] Agent: and your "
        "postcode?\n[{time}] Customer: {POSTCODE}",
    ),
    ("en", "Habari, I'm {NAME_FULL}, the car I bought has a fault, reach me on {PHONE_EN} or {EMAIL}"),
    # ---- e-mail above disclaimer, pipe forms
    (
        "en",
        "Please use my new account {IBAN} from now on.\nCheers, {NAME_FULL}\n\n---- Original message ----\n"
        "This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
        "received it in error, please notify the sender and delete it.",
    ),
    (
        "en",
        "Thanks, I'll call you back on {PHONE_ABROAD}.\n{NAME_FULL}\n\nDISCLAIMER: The views expressed in this "
        "message are those of the sender and not necessarily of the company.",
    ),
    ("en", "Name|Address|Postcode|Phone|Card\n{NAME_FULL}|{ADDRESS_EN}|{POSTCODE_EN}||{CARD}"),
    ("en", "Dzień dobry, I am {NAME_FULL}, my Dutch BSN is {BSN}, I want to change donor choice"),
    ("en", "Buna, this is {NAME_FIRST}, I live at {ADDRESS}, {POSTCODE} now, please send the thermostat there"),
]
