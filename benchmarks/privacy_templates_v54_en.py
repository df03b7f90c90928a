"""English templates of test_v54: expats (Indian, British, Irish, German, Romanian, Greek ...) at Dutch insurers,
GP practices, pension funds, the tax office, student finance, housing corporations and movers."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    ("en", "Claim form attached. Driver: {NAME_FULL}, date of birth {DOB}, my car {PLATE}, their car {PLATE}."),
    ("en", "Hi, this is {NAME_FIRST} from {ADDRESS}, the {damage} in our kitchen started on {date}."),
    ("en", "My travel insurance number is {CUSTOMER_NUMBER_POLICY}; the suitcase was stolen in {city}. {NAME_FULL}"),
    ("en", "Please refund the excess to {IBAN}, account holder {NAME_FULL}."),
    ("en", "I paid the GP bill with my credit card {CARD} but it was charged twice."),
    ("en", "Card used for the booking: {CARD}, name on card {NAME_UPPER}, expiry in the form."),
    ("en", "New patient registration: {NAME_FULL}, born {DOB}, BSN {BSN}, {ADDRESS}, {POSTCODE} {city}."),
    ("en", "Could the pharmacy deliver my {drug} to {ADDRESS}? My mobile is {PHONE}. Thanks, {NAME_FIRST}"),
    ("en", "[{time}] caller: my date of birth is {DOB_WORDS} (conf {percent})"),
    ("en", "[{time}] caller: you can reach me on {PHONE_SPOKEN}, yeah"),
    ("en", "[{time}] CALLER: the email is {EMAIL_SPOKEN}. AGENT: thank you."),
    ("en", "I moved from Ireland, my old number {PHONE_INTL} no longer works, please use {PHONE}."),
    ("en", "My pension participant number is {CUSTOMER_NUMBER_PENSION} and I was born on {DOB}."),
    ("en", "Please send the annual pension statement to {EMAIL} instead of {ADDRESS_EN}, Dublin."),
    ("en", "My citizen service number is {BSN_SPOKEN}, I need it for the benefits form."),
    ("en", "The tax office letter was addressed to {NAME_INITIALS} at {ADDRESS}, but I moved to {POSTCODE}."),
    ("en", "Student number {CUSTOMER_NUMBER_STUDENT}; I am {NAME_FULL} and my BSN is {BSN}."),
    (
        "en",
        "Repair request: the heating at {ADDRESS} is broken, tenant {NAME_FULL}, tenant no. {CUSTOMER_NUMBER_TENANT}.",
    ),
    ("en", "Moving on {date} from {ADDRESS} to {ADDRESS}, postcode {POSTCODE}. Contact me at {EMAIL}."),
    ("en", "My late father {NAME_FULL} had a funeral policy {CUSTOMER_NUMBER_POLICY}; I am the executor."),
    ("en", "Kind regards,\n{NAME_FULL}\nSenior Consultant\nT {PHONE_INTL} | {EMAIL}\nThis e-mail is confidential."),
    ("en", "Customer {NAME_REGISTER}, customer number {CUSTOMER_NUMBER}, called about the water board tax."),
    ("en", "On {date} at {time}, {NAME_FULL} <{EMAIL_UPPER}> wrote:\n> please find my IBAN: {IBAN}"),
    ("en", "The German plate is {PLATE_FOREIGN}, the Dutch one {PLATE}; both cars were parked at the {road}."),
    ("en", "Could you repeat the postcode? - Yes, {POSTCODE_SPOKEN}, and the house is {ADDRESS}."),
    ("en", "I read my IBAN out: {IBAN_SPOKEN}. Name {NAME_FULL}."),
    ("en", "Customer number, let me see, {CUSTOMER_NUMBER_SPOKEN}."),
    ("en", "Mrs {NAME_SURNAME} asked to be called back after {time} on {PHONE}."),
]
