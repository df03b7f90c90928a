"""English (and expat) templates of test_v53: the same services, written by or for English-speaking customers."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    (
        "en",
        "Hi, I booked a passport appointment for {NAME_FULL} on {date} but I can't make it. My number is {PHONE_INTL}.",
    ),
    (
        "en",
        "Registering my new address: {ADDRESS}, {POSTCODE} {city}. Citizen service number {BSN}. Thanks, {NAME_FIRST}",
    ),
    ("en", "My library card {CUSTOMER_NUMBER_LIBRARY} was stolen, please block it. Name: {NAME_FULL}, born {DOB}."),
    ("en", "The shared e-scooter app charged my card {CARD} twice for one ride, {amount} each time."),
    ("en", "Garage exit camera did not read my plate {PLATE}, I paid {amount} at the machine. Contact: {EMAIL}"),
    ("en", "Please refund the charging session to {IBAN}, account holder {NAME_FULL}, card {CUSTOMER_NUMBER_CHARGE}."),
    (
        "en",
        "Voicemail transcript: hey it's {NAME_FIRST}, uh, call me back on {PHONE_SPOKEN}, it's about the dog walking.",
    ),
    (
        "en",
        "DTSTART:{dtstart}\nSUMMARY:{treatment} - {NAME_FULL}\nLOCATION:{salon}\nDESCRIPTION:Reminder sent to {PHONE}",
    ),
    ("en", "Wedding shoot enquiry from {NAME_FULL} ({EMAIL}), venue {venue}, date {date}, budget {amount}."),
    ("en", "Date of birth for the gym membership: {DOB_SPOKEN}. Member ID {CUSTOMER_NUMBER_MEMBER}."),
    ("en", "Pet sitting form | OWNER: {NAME_UPPER} | ADDRESS: {ADDRESS} | POSTCODE: {POSTCODE} | PET: {pet}"),
    ("en", "My daughter {NAME_CHILD}, born {DOB_CHILD}, needs a place at the after-school club from {date}."),
    ("en", "Please send the cleaning invoices to {EMAIL_SPOKEN}, my platform account is {CUSTOMER_NUMBER_PLATFORM}."),
    ("en", "I rent a {instrument} from you, contract under {NAME_INITIALS}, and the direct debit from {IBAN} failed."),
    ("en", "Customer {NAME_REVERSED} (customer no. {CUSTOMER_NUMBER}) wants the tutor to come to {ADDRESS} instead."),
    ("en", '{"handover": true, "customer": "{NAME_FULL}", "phone": "{PHONE}", "dob": "{DOB_ISO}"}'),
    ("en", "Belgian parking fine for {PLATE_BE}, the car is registered to {NAME_FULL} at {ADDRESS_BE}, {city_be}."),
    ("en", "Our au pair {NAME_FULL} will pick up the kids; her BSN is {BSN} for the childcare registration."),
    ("en", "Hi! Could you call me at {PHONE_LANDLINE} about the bike rental? {NAME_SURNAME} family, {ADDRESS}."),
    ("en", "Photographer invoice paid with {CARD}, billing name {NAME_LOWER}, postcode {POSTCODE_SPOKEN}."),
    ("en", "09:41 - {NAME_FIRST}: running late for the {lesson} class, my member number is {CUSTOMER_NUMBER_SPOKEN}"),
]
