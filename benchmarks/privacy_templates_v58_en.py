"""English templates of test_v58: expats, students and British or Caribbean callers in the same trades."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    ("en", "Hi, this is {NAME_FULL}, I'm calling about my dad's {aid}. My number is {PHONE_SPOKEN}."),
    ("en", "[{wa_stamp}] {NAME_FIRST}: the driver left the parcel at {ADDRESS} but I live two doors down"),
    ("en", "Student ID {CUSTOMER_NUMBER_STUDENT}, {NAME_FULL}, requests a refund of tuition fees to {IBAN}."),
    ("en", "Date of birth: {DOB_WORDS}. Policy holder {NAME_FULL}, member {CUSTOMER_NUMBER_INSURER}."),
    ("en", "Please email the invoice to {EMAIL_SPOKEN}, that's my private address."),
    ("en", "My BSN is {BSN} and my date of birth is {DOB}."),
    ("en", "Call summary: caller {NAME_FULL} locked out at {ADDRESS}, {POSTCODE}; locksmith sent at {time}."),
    ("en", "The coach {PLATE} picks up {NAME_FULL} and the {team} squad at {time}."),
    ("en", "Paid the deposit with card {CARD}, expiry {expiry}, for the move on {date}."),
    ("en", "Cardholder {NAME_UPPER}, card number {CARD}, amount {amount}."),
    ("en", "Parent contact for {NAME_CHILD} (born {DOB_CHILD}): {NAME_FULL}, {EMAIL}, {PHONE_ABROAD}"),
    ("en", "Please update my address to {ADDRESS}, {POSTCODE} {city}. Regards, {NAME_INITIALS}"),
    ("en", "On behalf of {NAME_FULL}: the hearing aid repair can be paid from {IBAN}."),
    ("en", "The alarm company has my number as {PHONE} but it should be {PHONE_ABROAD}."),
    ("en", "Patient no. {CUSTOMER_NUMBER_PATIENT}, {NAME_REGISTER}, CPAP delivery to {ADDRESS}."),
    ("en", "My car is the grey one, {PLATE}, parked in bay {bay} of the {vve} garage."),
    ("en", "Owner {NAME_FULL}, client ref {CUSTOMER_NUMBER_CLIENT}, BSN {BSN_SPOKEN}"),
    ("en", "My membership number is {CUSTOMER_NUMBER_MEMBER}, I'm {NAME_FIRST}'s mum."),
    ("en", "Hi, it's {NAME_FIRST} from {abroad}. My postcode here in Holland is {POSTCODE}."),
]
