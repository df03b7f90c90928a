"""English templates of test_v106 (Caribbean, Welsh valleys, Hong Kong): grave upkeep, kite lessons, vegetable boxes,
church hearing loops, e-scooter fines, clock repairs, adult swimming, boarding kennels, storm roofs and student
loans, in ServiceNow notes, OCR'd iMessages, IVR logs, care worker forms, appeals, dictations and mail merges."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- cemetery plots
    (
        "en",
        "Plot maintenance agreement {CUSTOMER_NUMBER_CONTRACT} for the family of {NAME_FULL}, "
        "{ADDRESS_EN}, {POSTCODE_EN}.",
    ),
    ("en", "Good day, I want to pay the upkeep for mi granny grave, call me on {PHONE_EN}. Blessings, {NAME_FIRST}"),
    (
        "en",
        "Form completed by care worker on behalf of {NAME_TITLED} (DOB {DOB_EN}); next of kin {NAME_FULL}, "
        "tel {PHONE_EN}.",
    ),
    # ---- kite surfing
    ("en", "Kite lesson booked for {NAME_FULL}, email {EMAIL}, paid by card {CARD}."),
    ("en", "Student {NAME_FIRST} {NAME_SURNAME}, born {DOB_EN}, member no. {CUSTOMER_NUMBER_MEMBER}."),
    (
        "en",
        "[iMessage screenshot, OCR] < {NAME_FIRST}\nYuh still doing di lesson Saturday? text me {PHONE_EN}\nDelivered",
    ),
    # ---- vegetable boxes
    (
        "en",
        "Veg box subscription {CUSTOMER_NUMBER_CONTRACT}, deliver to {ADDRESS_EN}, {POSTCODE_EN}, leave by the gate.",
    ),
    ("en", "Now then, the box never came again, tidy, ring me on {PHONE_EN} butt. {NAME_FULL}, {city}"),
    ("en", "Refund the last two boxes to {IBAN} please, account name {NAME_INITIALS}."),
    ("en", "New customer: {NAME_CAPS} | {EMAIL} | {ADDRESS_EN} | {PHONE_EN}"),
    # ---- hearing loops (ServiceNow)
    ("en", "INC0093311 Caller: {NAME_FULL} Contact number: {PHONE_EN} Short description: chapel hearing loop hums"),
    ("en", "Work notes: spoke with the church warden {NAME_TITLED}, she will email the floor plan from {EMAIL}."),
    ("en", "Resolution notes: amplifier swapped, invoice to treasurer {NAME_INITIALS}, {ADDRESS_EN}, {POSTCODE_EN}."),
    # ---- e-scooter fine appeal
    (
        "en",
        "Dear Sir or Madam, I, {NAME_FULL}, of {ADDRESS_EN}, wish to appeal the penalty of {amount} "
        "issued on {date_en}.",
    ),
    (
        "en",
        "My rider account number is {CUSTOMER_NUMBER_CUSTOMER} and I was in {city} that whole day. "
        "Yours faithfully, {NAME_INITIALS}",
    ),
    ("en", "Scooter left on Nathan Road by user {NAME_LOWER}, HKID on file, contact {PHONE_EN}."),
    # ---- clock repairs
    ("en", "Repair ticket: longcase clock, owner {NAME_TITLED}, phone {PHONE_EN}, collect after {date_en}."),
    ("en", "Deposit for the mantel clock taken on card {CARD} from {NAME_FULL}."),
    ("en", "Mr {NAME_SURNAME} wants the quote by email: {EMAIL}. He lives at {ADDRESS_EN}."),
    # ---- adult swimming
    ("en", "Adult swim course registration: {NAME_FULL}, date of birth {DOB_EN}, mobile {PHONE_EN}."),
    ("en", "Fees are debited monthly from {IBAN}, account holder {NAME_FULL}, member {CUSTOMER_NUMBER_MEMBER}."),
    ("en", "Hiya, it's {NAME_FIRST}, I'm 54 and never learnt to swim, my email is {EMAIL_SPOKEN}."),
    # ---- boarding kennels
    ("en", "Kennel booking for owner {NAME_FULL}, {ADDRESS_EN}, {count} nights, emergency contact {PHONE_EN}."),
    ("en", "The dog arrives in car {PLATE_ABROAD} with {NAME_FIRST}; owner's birthday {DOB_EN} for the loyalty gift."),
    ("en", "Dog drop-off by {NAME_TITLED} in vehicle {PLATE}, booking under customer {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- storm roofs
    (
        "en",
        "Storm claim: policyholder {NAME_FULL}, policy {CUSTOMER_NUMBER_POLICY}, property {ADDRESS_EN}, {POSTCODE_EN}.",
    ),
    (
        "en",
        "dictated note: roof at {NAME_SURNAME}'s full stop six tiles gone comma ridge loose full stop van "
        "{PLATE_ABROAD} outside full stop call {PHONE_SPOKEN}",
    ),
    ("en", "Claim {CUSTOMER_NUMBER_POLICY} raised by {NAME_INITIALS}, pay out to {IBAN}."),
    # ---- student loans
    ("en", "Repayment plan for {NAME_FULL}, born {DOB_EN}, customer reference {CUSTOMER_NUMBER_CUSTOMER}."),
    ("en", "Please take the repayments from sort-code-free account {IBAN}; I now live at {ADDRESS_EN}. {NAME_FULL}"),
    ("en", "Ms {NAME_SURNAME} says her Dutch BSN {BSN} was used for the loan abroad, email {EMAIL}."),
    # ---- IVR
    ("en", "IVR 10:21:07 menu=main DTMF=3\n10:21:15 prompt=account DTMF={CUSTOMER_NUMBER_DTMF} #\n10:21:30 agent"),
    ("en", "IVR callback request: caller keyed {PHONE_DTMF}, queue kennels, {time}."),
    ("en", "IVR speech: 'my social number in Holland is {BSN_SPOKEN}' (confidence 0.77)."),
    # ---- mail merge
    ("en", "Dear «Title» {NAME_SURNAME}, your veg box will arrive on «DeliveryDay» at {ADDRESS_EN}."),
    ("en", "Hi <<FirstName>>, we hold {NAME_FULL} as the account holder of {IBAN}. «Signature»"),
    ("en", "Dear «FIRST_NAME» «LAST_NAME», born {DOB_EN}, your lessons start {date_en}. Cc: {EMAIL}"),
    # ---- receipts
    ("en", "RECEIPT\nTesco Pontypridd\n1x veg box £ 12.50\nClubcard: {CUSTOMER_NUMBER_LOYALTY}\nPaid contactless"),
    ("en", "Receipt 0047-221 · customer {NAME_CAPS} · loyalty no. {CUSTOMER_NUMBER_LOYALTY} · points +20"),
    ("en", "Please ring {NAME_FIRST} at {PHONE_EN} or the Kortrijk office, she is from {city}."),
]
