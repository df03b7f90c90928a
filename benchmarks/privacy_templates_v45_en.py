"""English templates of test_v45: expats from Ireland, New Zealand, India, Poland, Lithuania and Romania, and
e-mails forwarded with Outlook headers."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- e-mail forwards with Outlook headers
    (
        "en",
        "---------- Forwarded message ---------\nFrom: {NAME_FULL} <{EMAIL}>\n"
        "Date: {weekday_en}, {date_en} at {time_en}\nSubject: Missing items in order {order}\nTo: {mailbox}",
    ),
    (
        "en",
        "From: {NAME_FULL} <{EMAIL}>\nSent: {weekday_en}, {date_en} {time_en}\nTo: {mailbox}\nSubject: FW: hearing aid "
        "repair\n\nPlease see below, my client number is {CUSTOMER_NUMBER_CLIENT}.",
    ),
    (
        "en",
        "FW: RE: bulky waste pickup\n\nHi, as discussed my address is {ADDRESS}, {POSTCODE} {city}. "
        "Cheers, {NAME_FIRST}",
    ),
    (
        "en",
        "-----Original Message-----\nFrom: {EMAIL}\nSent: {date_en}\nSubject: refund {festival}\n\n"
        "IBAN {IBAN}, {NAME_FULL}",
    ),
    ("en", "On {date_en}, {NAME_FULL} <{EMAIL}> wrote:\n> Can you deliver after {time_en}? My mobile is {PHONE}."),
    # ---- grocery, meal boxes and pharmacies
    ("en", "Hi, I'm {NAME_FULL}, my {grocer} order {order} never arrived at {ADDRESS}. Call me on {PHONE}."),
    ("en", "Please cancel my {mealbox} plan. Account {EMAIL}, card ending {last4}, customer no {CUSTOMER_NUMBER}."),
    ("en", "My loyalty card number is {CUSTOMER_NUMBER_LOYALTY}, could you merge it with my partner {NAME_FIRST}'s?"),
    ("en", "The pharmacist needs my BSN, it's {BSN}, and my date of birth is {DOB}. {NAME_FULL}"),
    ("en", "Repeat prescription for {medicine}, patient {NAME_REGISTER}, patient number {CUSTOMER_NUMBER_PATIENT}."),
    ("en", "I was charged twice on my card {CARD} for the {pharmacy} order {order}."),
    ("en", "Could you refund the {amount} to my account abroad, {IBAN_INTL}? Thanks, {NAME_FULL}"),
    # ---- opticians, hearing aids, home care
    ("en", "Booking for an eye test at {optician}: {NAME_FULL}, born {DOB}, mobile {PHONE_INTL}."),
    ("en", "My neighbour {NAME_FULL} ({DOB}) has the {hearing} and it stopped working. She lives at {ADDRESS}."),
    ("en", "Home care intake: {NAME_FULL}, date of birth {DOB_SPOKEN}, citizen service number {BSN}."),
    (
        "en",
        "The alarm button at {ADDRESS}, {POSTCODE} went off at {time_en}; contact the son, {NAME_FIRST}, on {PHONE}.",
    ),
    # ---- waste, festivals, sport
    (
        "en",
        "Bulky waste pickup for {waste_type} on {date_en} at {ADDRESS_EN}? Sorry, I mean my Dutch address {ADDRESS}.",
    ),
    ("en", "The {festival} tickets are under {NAME_FULL}, {EMAIL}, but I need them in my name, {NAME_FIRST}."),
    ("en", "Parking pass for {festival}: car {PLATE}, driver {NAME_INITIALS}, mobile {PHONE_INTL}."),
    ("en", "Swimming lessons for my daughter {NAME_CHILD}, born {DOB_CHILD}. Parent: {NAME_FULL}, {PHONE}."),
    ("en", "My membership number is {CUSTOMER_NUMBER_MEMBER}, I'm {NAME_FULL} and I'd like to leave the club."),
    ("en", "Membership fees are collected from {IBAN}, account holder {NAME_COUPLE}."),
    # ---- coworking, cleaning, solar and heat pumps
    ("en", "New member at {cowork}: {NAME_FULL}, {EMAIL}, access card linked to car {PLATE}."),
    ("en", "Invoice {invoice} should be addressed to {NAME_FULL}, {ADDRESS_EN}, Dublin 3, not to the office."),
    ("en", "Quote for {solar_size} solar panels at {ADDRESS}, {POSTCODE} {city}. Contact {NAME_FULL}, {EMAIL}."),
    ("en", "The {heat} installer parked the van {PLATE} on our drive. {NAME_FULL}, {ADDRESS}."),
    ("en", "My Kiwi address for the paperwork: {ADDRESS_EN}, Auckland 1011, email {EMAIL}."),
    ("en", "Feed-in payments to {IBAN_INTL}, holder {NAME_FULL}, customer {CUSTOMER_NUMBER}."),
    ("en", "I paid the deposit with {CARD}, expiry 08/29. Name on card: {NAME_UPPER}."),
    ("en", "Hi team, {NAME_FULL} here, I moved from {ADDRESS} to {ADDRESS}, postcode {POSTCODE}."),
    ("en", 'name,email,dob\n"{NAME_REGISTER}","{EMAIL}","{DOB}"'),
    ("en", "Spoken: my number is {PHONE_SPOKEN} and the email is {EMAIL_SPOKEN}"),
    ("en", "Caller spelled the surname as {NAME_SPELLED}, client number {CUSTOMER_NUMBER_SPOKEN}."),
]
