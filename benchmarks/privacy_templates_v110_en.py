"""English templates of test_v110, many from Irish, Kenyan and Canadian customers: vets, tool hire, ferries, home
care, mortgages, sports clubs, music lessons, ski rental, photo prints and home energy grants, in Freshdesk dumps,
LinkedIn and Messenger, faxed forms read by OCR, XML, timed call recordings and complaint forms."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- veterinary clinics
    (
        "en",
        "Howya, I'm after bringing {pet} in for the jab and ye charged my card {CARD} twice. {NAME_FULL}, {town_ie}",
    ),
    (
        "en",
        "Kindly note I paid the vet bill with card {CARD}. Am requesting the receipt to {EMAIL}. Regards, {NAME_FULL}",
    ),
    ("en", "Hey, it's {NAME_FIRST}, our lab {pet} needs her shots before the cottage, eh. Call me at {PHONE_CA}."),
    (
        "en",
        "Ticket #{ticket}\nRequester: {NAME_FULL} ({EMAIL})\nSubject: pet insurance claim, policy "
        "{CUSTOMER_NUMBER_POLICY}\nPriority: Medium",
    ),
    (
        "en",
        "[{stamp}] RECEPTION: and the owner's address? [{stamp2}] CALLER: {ADDRESS_IE}, {POSTCODE_IE} "
        "[{stamp3}] RECEPTION/CALLER (crosstalk): sorry, go on—",
    ),
    (
        "en",
        "Owner: {NAME_CAPS} | Client ID: {CUSTOMER_NUMBER_CLIENT} | Patient: {pet} ({species_en}) | Tel: {PHONE_EN}",
    ),
    # ---- tool hire
    (
        "en",
        "Rented the {tool_en} on agreement {CUSTOMER_NUMBER_CONTRACT}, back Monday. Truck plate {PLATE_ABROAD}. "
        "{NAME_FULL}",
    ),
    (
        "en",
        "Good morning, I am {NAME_FULL}. The deposit of KSh {count},000 for the generator is yet to be "
        "refunded to M-Pesa {PHONE_KE}.",
    ),
    (
        "en",
        "[x] Damaged on delivery  [ ] Late  [ ] Other\nName: {PHONE_EN}\nPhone: {NAME_FULL}\nAddress: {ADDRESS_EN}",
    ),
    (
        "en",
        "<rental><customer>{NAME_FULL}</customer><licence_plate>{PLATE_ABROAD}</licence_plate>"
        "<card>{CARD}</card></rental>",
    ),
    ("en", "Messenger — {NAME_FULL}: hiya, is the scaffold tower free Saturday? I'm at {ADDRESS_IE}, {POSTCODE_IE}"),
    # ---- ferry bookings
    (
        "en",
        "Booking {CUSTOMER_NUMBER_BOOKING} Dublin to Holyhead, car reg {PLATE_ABROAD}, lead passenger {NAME_FULL}, "
        "DOB {DOB_EN}.",
    ),
    (
        "en",
        "Our sailing got cancelled, reservation {CUSTOMER_NUMBER_BOOKING} under {NAME_SURNAME}; refund to card {CARD}.",
    ),
    ("en", "{NAME_FIRST} {NAME_SURNAME}: can I change the sailing? my car is {PLATE} (Dutch plates), email {EMAIL}"),
    (
        "en",
        "[{stamp}] AGENT: date of birth for the second passenger? [{stamp2}] CALLER: {DOB_SPOKEN} "
        "[{stamp3}] AGENT (overlapping): —grand, and the first?",
    ),
    (
        "en",
        "Passengers:\n1. {NAME_CAPS}, {DOB_EN}\n2. {NAME_CAPS}, {DOB_EN}\nVehicle: {PLATE_ABROAD}, height under 1.85 m",
    ),
    (
        "en",
        "Please refund the cabin supplement to {IBAN}, account holder {NAME_FULL}, booking {CUSTOMER_NUMBER_BOOKING}.",
    ),
    # ---- home care
    (
        "en",
        "Mam's carer didn't show again. She's {NAME_FULL}, {ADDRESS_IE}, Eircode {POSTCODE_IE}. I'm on {PHONE_IE}.",
    ),
    (
        "en",
        "Home care intake: {NAME_FULL}, born {DOB_EN}, client ID {CUSTOMER_NUMBER_CLIENT}, {ADDRESS_CA}, "
        "{POSTCODE_CA}.",
    ),
    ("en", "I am requesting a nurse for my father {NAME_FULL} at {ADDRESS_KE}. Kindly call {PHONE_KE} asap."),
    ("en", "For the Wmo application in Zeeland, my father's BSN is {BSN} and his date of birth {DOB_EN}."),
    (
        "en",
        "[{stamp}] NURSE: his citizen service number? [{stamp2}] SON: {BSN_SPOKEN} [{stamp3}] NURSE + SON (talking "
        "over each other): —yes— sorry",
    ),
    ("en", "<client><name>{NAME_FULL}</name><dob>{DOB_EN}</dob><phone>{PHONE_ABROAD}</phone></client>"),
    # ---- mortgage advisers
    (
        "en",
        "LinkedIn message: Hi {NAME_FIRST}, saw your post on expat mortgages. We're moving over from {town_en}; "
        "I'm {NAME_FULL}, {EMAIL}, {PHONE_ABROAD}.",
    ),
    (
        "en",
        "Mortgage account {CUSTOMER_NUMBER_CONTRACT}: please switch the direct debit to {IBAN}. Thanks a "
        "million, {NAME_FULL}",
    ),
    (
        "en",
        "> On {date_en}, {NAME_FULL} <{EMAIL}> wrote:\n> The valuation for {ADDRESS_EN} came in low.\n\n"
        "Noted, we'll appeal.",
    ),
    ("en", "<applicant><name>{NAME_FULL}</name><dob>{DOB_EN}</dob><bsn>{BSN}</bsn><iban>{IBAN_NL}</iban></applicant>"),
    ("en", "Pre-approval for {NAME_FULL} and {NAME_FULL}, property at {ADDRESS_CA}, {POSTCODE_CA}; closing {date_en}."),
    ("en", "EMPLOYER LETTER ¦ Employee: {NAME_OCR} ¦ D.O.B. {DOB_EN} ¦ Home: {ADDRESS} , {POSTCODE} ¦ salary attached"),
    # ---- amateur sports clubs
    ("en", "Registration for the U12s: {NAME_FULL}, born {DOB_KID}, parent {NAME_FULL}, mobile {PHONE_IE}."),
    (
        "en",
        "Sasa coach, my membership no. is {CUSTOMER_NUMBER_MEMBER}. Kindly update my number to {PHONE_KE}. "
        "{NAME_FIRST}",
    ),
    (
        "en",
        "Our son {NAME_FIRST} needs a jersey for house league, member {CUSTOMER_NUMBER_MEMBER}; we're at {ADDRESS_CA}.",
    ),
    ("en", "[{time}] {NAME_FIRST}: who's driving to the away game?\n{NAME_FIRST}: me, silver Golf {PLATE}"),
    (
        "en",
        "Incident form [ ] Training [x] Match\nPlayer name: {DOB_EN}\nDate of birth: {NAME_FULL}\n"
        "Member no.: {CUSTOMER_NUMBER_MEMBER}",
    ),
    ("en", "member {CUSTOMER_NUMBER_BARE} - {NAME_LOWER} - fees owing {amount_en} - email {EMAIL}"),
    # ---- music lessons
    ("en", "Lesson contract {CUSTOMER_NUMBER_CONTRACT}: pupil {NAME_FULL}, age 9, parent email {EMAIL}."),
    ("en", "I wish to register my daughter {NAME_FULL} for grade 5 piano, DOB {DOB_KID}. Contact {PHONE_KE}."),
    ("en", "Ye can take the fees from {IBAN}, it's for {NAME_FIRST}'s fiddle lessons. Cheers, {NAME_FULL}"),
    (
        "en",
        "[{stamp}] TEACHER: email for the timetable? [{stamp2}] PARENT: {EMAIL_SPOKEN} [{stamp3}] TEACHER + PARENT "
        "(overlap): got it— yeah",
    ),
    ("en", "Messenger\n{NAME_FULL}: hi Miss, {NAME_FIRST} is sick, no lesson {weekday_en} pls\nNotenbalk: Thanks!"),
    # ---- ski and snowboard rental
    (
        "en",
        "Picked up two snowboards, rental {CUSTOMER_NUMBER_BOOKING}, card {CARD}. Receipt to {EMAIL} please. "
        "{NAME_FULL}",
    ),
    (
        "en",
        "We fly out Saturday; the skis are booked under {NAME_FULL}, booking {CUSTOMER_NUMBER_BOOKING}, mobile "
        "{PHONE_IE}.",
    ),
    (
        "en",
        '{"requester": {"name": "{NAME_FULL}", "email": "{EMAIL}"}, "cf_booking": "{CUSTOMER_NUMBER_BOOKING}", '
        '"cf_dob": "{DOB_EN}"}',
    ),
    ("en", "Kids' skis for {NAME_FIRST} (born {DOB_KID}) and {NAME_FIRST}; customer no. {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- photo printing
    (
        "en",
        "Kindly deliver my photobook order {CUSTOMER_NUMBER_ORDER} to {ADDRESS_KE}. Contact {PHONE_KE}, {NAME_FULL}.",
    ),
    ("en", "The canvas of our wedding never came to {ADDRESS_CA}, {POSTCODE_CA}; order {CUSTOMER_NUMBER_ORDER}."),
    ("en", "{NAME_FULL}: hi my prints came out all pink, order {CUSTOMER_NUMBER_ORDER}, can ye reprint? x"),
    ("en", "Ticket #{ticket} | from {EMAIL_OCR} | 'calendar shipped to my old address, I'm at {ADDRESS_EN} now'"),
    # ---- energy-saving grants
    (
        "en",
        "SEAI grant {CUSTOMER_NUMBER_GRANT}, attic insulation at {ADDRESS_IE}, Eircode {POSTCODE_IE}; applicant "
        "{NAME_FULL}.",
    ),
    ("en", "Greener Homes file {CUSTOMER_NUMBER_GREENER}, homeowner {NAME_FULL}, postal code {POSTCODE_CA}, {EMAIL}."),
    (
        "en",
        "GRANT CLAIM FORM ¦ Applicant: {NAME_OCR} ¦ Tel: {PHONE_IE} ¦ IBAN: {IBAN_OCR} ¦ Ref: {CUSTOMER_NUMBER_GRANT}",
    ),
    ("en", "I applied for the ISDE subsidy for my heat pump; BSN {BSN}, address {ADDRESS}, {POSTCODE} {town}."),
    ("en", "Complaint [x] Grant refused [ ] Payment late\nName: {EMAIL}\nEmail: {NAME_TYPO}\nPhone: {PHONE_EN}"),
    (
        "en",
        "[{stamp}] CALLER: it's {PHONE_SPOKEN}, call me back [{stamp2}] AGENT (same time): sorry, you're breaking up",
    ),
]
