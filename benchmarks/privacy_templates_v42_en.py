"""English templates of test_v42: American, Scottish and other expats and international students calling or
writing to Dutch gemeenten, DUO, UWV, hospitals, GPs, vets, gyms, car rental firms, furniture shops and agencies."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    (
        "en",
        "Hi, this is {NAME_FULL} calling from, uh, Edinburgh, about my rental car deposit. You can reach me at "
        "{PHONE_UK}.",
    ),
    ("en", "My date of birth is {DOB_US} and my student number is {CUSTOMER_NUMBER_STUDENT}, I study in {city}."),
    ("en", "Please send the refund to {IBAN}, account holder {NAME_FULL}."),
    ("en", "My old address in the States was {ADDRESS_US}; I now live at {ADDRESS}, {POSTCODE} {city}."),
    ("en", "Appointment confirmed for {NAME_FULL}, date of birth {DOB}, at {hospital} on {date_en} at {time_en}."),
    ("en", "Our dog {pet} needs his booster. Owner {NAME_FULL}, client number {CUSTOMER_NUMBER_VET}, email {EMAIL}."),
    ("en", "The gym charged my card {CARD} twice this month. Member number {CUSTOMER_NUMBER_MEMBER}."),
    ("en", "Voicemail: hi it's {NAME_FIRST}, er, {NAME_FULL}, my number is {PHONE_SPOKEN}, thanks, bye."),
    (
        "en",
        "I moved from {ADDRESS_UK}, Glasgow to {ADDRESS} in {city} and the council still sends letters to my old flat.",
    ),
    ("en", "My BSN is {BSN}. I got a letter from UWV in Dutch and I can't read it, could someone call me on {PHONE}?"),
    ("en", "Car share account {CUSTOMER_NUMBER_RENTAL}: my own car is {PLATE} and my email is {EMAIL_SPOKEN}."),
    ("en", "Surname is {NAME_SPELLED}, and the postcode is {POSTCODE_SPOKEN}."),
    ("en", "Hello, my name is {NAME_FULL}, I'm an exchange student, my university email is {EMAIL_STUDENT}."),
    ("en", "I'd like to cancel the sofa order {order}. I paid with card {CARD_SPOKEN}, uh, expiry {expiry}."),
    (
        "en",
        "Hi, um, it's {NAME_SURNAME} here, I'm calling about the parking permit for my car, the plate is {PLATE}, "
        "er, and I live at {ADDRESS}.",
    ),
    ("en", "Complaint: the delivery team scratched our floor at {ADDRESS}. Contact me at {EMAIL} or {PHONE_US}."),
    ("en", "My wife {NAME_FULL} was born on {DOB_WORDS}; the hospital has her birthday wrong."),
    ("en", "The referral for {NAME_FULL}, BSN {BSN}, was sent to {hospital} on {date_en}."),
    ("en", "Registration for the rugby club: {NAME_FULL}, born {DOB}, phone {PHONE_UK}, email {EMAIL}."),
    ("en", "Could you change the name on the tenancy to {NAME_FULL}? Tenant number {CUSTOMER_NUMBER_HOUSING}."),
    ("en", "Our landlord {NAME_FULL} kept the deposit of {amount}; we lived at {ADDRESS} until {month_en}."),
    ("en", "The student finance should go to {IBAN_BE}, I'm Belgian. Name {NAME_FULL}, BSN {BSN_SPOKEN}."),
    (
        "en",
        "Patient {NAME_REVERSED}, DOB {DOB_US}, hospital number {CUSTOMER_NUMBER_PATIENT}, needs an interpreter "
        "(Mandarin).",
    ),
    ("en", "Hey!! parcel for {NAME_LOWER} at {ADDRESS_LOWER}, {POSTCODE}, the driver left it at the wrong door 😅"),
    ("en", "Please refund the vet bill of {amount} to {IBAN_SPOKEN}, that's my account."),
    ("en", "My home address in Aruba is {ADDRESS_CARIB}; the Dutch one is {ADDRESS}."),
    ("en", "Additional driver: {NAME_FULL}, born {DOB_US}, German licence, lives at {ADDRESS_DE}, phone {PHONE_DE}."),
    ("en", "Hi, customer number {CUSTOMER_NUMBER_SPOKEN}, I need to move my GP appointment."),
    (
        "en",
        "Tax bill is addressed to {NAME_INITIALS}, but I'm the new owner since {month_en}. Debtor number "
        "{CUSTOMER_NUMBER_TAX}.",
    ),
    ("en", "The parking fine for my Belgian plate {PLATE_BE} is wrong, I had a permit. {NAME_FULL}, {PHONE_BE}."),
    ("en", "Please update my mobile to {PHONE} and my email to {EMAIL_WORK}; customer number {CUSTOMER_NUMBER}."),
    ("en", "I paid the dentist with my card {CARD} but the invoice {invoice} still says unpaid."),
    ("en", "my daughter {NAME_CHILD} (born {DOB_CHILD}) has her swimming lesson moved, can you confirm? {NAME_FIRST}"),
    ("en", "Deposit refund to my Portuguese account {IBAN_PT} please, {NAME_FULL}."),
    ("en", "UWV letter addressed to {NAME_UPPER}, {ADDRESS}, {POSTCODE}, about a repayment of {amount}."),
    ("en", "Can you charge the remaining {amount} to my Amex {CARD}? Thanks, {NAME_FIRST}"),
]
