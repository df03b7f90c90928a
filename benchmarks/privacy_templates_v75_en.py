"""English templates of test_v75, many from Jamaican and Trinidadian customers: Jira comments, scanned letters,
WhatsApp groups, phone-menu logs, Typeform answers, Outlook threads, tweets and Messenger voice messages."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- charging subscriptions
    (
        "en",
        "[Jira SD-{count}{count}] Agent comment: charge card {CUSTOMER_NUMBER_SUBSCRIPTION} blocked at the "
        "request of {NAME_FULL}.",
    ),
    ("en", "Wah gwaan, mi charge card nuh work again. Mi name {NAME_FULL}, call mi pon {PHONE_CARIB}."),
    ("en", "Typeform 'Home charger'\nFull name: {NAME_FULL}\nAddress: {ADDRESS}, {POSTCODE}\nCar reg: {PLATE}"),
    ("en", "IVR log {time}: option 2 > account number keyed {CUSTOMER_NUMBER_CUSTOMER}# > date of birth {DOB_DTMF}#"),
    ("en", "Please refund the double session to {IBAN}, account holder {NAME_INITIALS}."),
    # ---- salons
    (
        "en",
        'Voice message (0:37): "hi it\'s {NAME_FIRST}, can I move my lash lift to Friday, my number is {PHONE_SPOKEN}"',
    ),
    ("en", "Client card: {NAME_FULL}, born {DOB_EN}, patch test done, prefers {weekday_en} mornings."),
    (
        "en",
        "Tweet: waited 2 hours for a trim in {city} #neveragain #badservice\nDM reply: sorry {NAME_FIRST}! "
        "what's your email? {EMAIL}",
    ),
    ("en", "Gift voucher paid with card {CARD} by {NAME_FULL}, send to {ADDRESS_EN}, {town_en}."),
    ("en", "Allyuh salon doh answer the phone! Is {NAME_FULL} here, mih number is {PHONE_CARIB}."),
    # ---- plumbers
    ("en", "Emergency call {time}: burst pipe at {ADDRESS}, {POSTCODE}, tenant {NAME_FULL}, callback {PHONE}."),
    ("en", "IVR log: press 1 for emergencies > postcode entered {POSTCODE} > callback number {PHONE_DTMF}#"),
    (
        "en",
        "From: {NAME_FULL} <{EMAIL}>\nSent: {weekday_en} {date_en}\nTo: service desk\nSubject: call-out fee "
        "charged twice",
    ),
    ("en", "The call-out fee of {amount_en} was charged to {CARD}; customer {NAME_LOWER} disputes it."),
    ("en", "Insurance reference for the blockage: policy {CUSTOMER_NUMBER_POLICY}, insured {NAME_FULL}, DOB {DOB_EN}."),
    # ---- dog training
    (
        "en",
        "WhatsApp group 'Puppy class Tuesday'\n{NAME_NICK}: who took my clicker?\n{NAME_NICK}: me, sorry! "
        "back {weekday_en}",
    ),
    ("en", "Membership {CUSTOMER_NUMBER_MEMBER} in the name of {NAME_FULL}; fee collected from {IBAN}."),
    ("en", "Mi dog nah listen at all, wha mi fi do? Regards, {NAME_FULL}, {ADDRESS_EN}, {town_en}"),
    ("en", "Typeform 'Dog school sign-up'\nOwner: {NAME_FULL}\nEmail: {EMAIL}\nPhone: {PHONE_ABROAD}"),
    # ---- childcare waiting lists
    ("en", "Waiting list: child {NAME_FIRST}, born {DOB_EN}, parent {NAME_FULL}, BSN of the child {BSN}."),
    ("en", "For the childcare benefit we need your citizen service number: you gave {BSN}, {NAME_INITIALS}."),
    (
        "en",
        "Scanned letter, stamp 'RECEIVED {date_en}'; margin note in pen: 'ring Mrs {NAME_SURNAME} back on {PHONE}'.",
    ),
    ("en", "Childcare contract {CUSTOMER_NUMBER_CONTRACT} for {NAME_COUPLE}, direct debit from {IBAN_NL}."),
    ("en", "IVR log {time}: menu 3 > BSN keyed {BSN_DTMF}# > verified > queue 2"),
    # ---- e-bike warranty
    ("en", "[Jira SD-{count}{count}] {NAME_FULL} wrote: battery won't charge, send the replacement to {ADDRESS}."),
    ("en", "Warranty claim: owner {NAME_FULL}, customer number {CUSTOMER_NUMBER_CUSTOMER}, bought on {date_en}."),
    ("en", 'Voice message: "yeah it\'s {NAME_FULL}, the frame cracked, my email is {EMAIL_SPOKEN}"'),
    ("en", "Tweet: @VanMoof the motor squeaks after {count} km #ebike #warranty. DM'd you from {EMAIL}"),
    # ---- loft conversions
    ("en", "Quote for a dormer for {NAME_FULL}, {ADDRESS}, {POSTCODE}: {amount_en} incl. VAT."),
    ("en", "From: {EMAIL}\nSent: {date_en} {time}\nTo: planning\nSubject: RE: scaffolding outside, {NAME_FULL}"),
    ("en", "Permit application scanned, council stamp {date_en}; applicant {NAME_CAPS}, BSN {BSN}."),
    ("en", "The builders can park next to my car ({PLATE}) on {weekday_en}. Thanks, {NAME_FIRST}"),
    # ---- holiday cottage cleaning
    ("en", "WhatsApp group 'Cottage cleaning Renesse'\n{NAME_NICK}: house 7 done\n{NAME_NICK}: keys with {NAME_FULL}"),
    ("en", "I own the cottage at {ADDRESS}, {POSTCODE} {town}, and the final clean was never done."),
    ("en", "Guest arrived in a car registered {PLATE_ABROAD}; the owner {NAME_LOWER} phoned us at {time}."),
    ("en", "Deposit back to card {CARD}, guest {NAME_FULL}, stay ended {date_en}."),
    # ---- accessible transport
    ("en", "Ride request: {NAME_FULL}, pass number {CUSTOMER_NUMBER_MEMBER}, pick-up {ADDRESS} at {time}, wheelchair."),
    ("en", "Mi granny {NAME_FULL} cyaan walk again, the taxi fi pick her up at {ADDRESS}, {POSTCODE}."),
    ("en", "Complaint: driver never came for {NAME_INITIALS}, born {DOB_EN}, living at {ADDRESS}."),
    ("en", 'Voice message: "morning, this is {NAME_FULL}, my carer is {NAME_FIRST}, call {PHONE_CARIB}"'),
    # ---- kitchen showrooms
    ("en", "Showroom appointment: {NAME_COUPLE}, {ADDRESS}, {POSTCODE}, phone {PHONE}."),
    ("en", "Purchase agreement {CUSTOMER_NUMBER_CONTRACT}, buyer {NAME_FULL}, date of birth {DOB_EN}."),
    ("en", "Deposit of {amount_en} paid with {CARD} by {NAME_INITIALS} at the showroom."),
    ("en", "Delivery driver in van {PLATE} will call {PHONE} half an hour before arriving."),
    ("en", "Yuh cyah send the kitchen before the 15th? Is {NAME_FULL}, email {EMAIL}, {ADDRESS_EN}, {town_en}."),
]
