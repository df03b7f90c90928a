"""English templates of test_v43: expats and newcomers (South African, Canadian, Nigerian, Brazilian, Hungarian,
Romanian and others) writing or calling Dutch insurers, lenders, collectors, utilities, schools and charities."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    ("en", "Hi, my {item_en} was stolen in {destination}. Travel policy {CUSTOMER_NUMBER_POLICY}, born {DOB}."),
    ("en", "Please pay the claim into {IBAN}, account holder {NAME_FULL}. Thanks!"),
    ("en", "Our {breed} {pet} needs surgery; policy holder {NAME_FULL}, phone {PHONE}, email {EMAIL}."),
    ("en", "The vet bill of {amount} was paid with my card {CARD}. Can {insurer} refund it?"),
    (
        "en",
        "We are applying for a mortgage: {NAME_FULL} and {NAME_FULL}, property {ADDRESS}, {POSTCODE} {city}, "
        "loan {CUSTOMER_NUMBER_LOAN}.",
    ),
    ("en", "I never lived at {ADDRESS}. This debt ({CUSTOMER_NUMBER_DEBT}) is not mine. {NAME_FULL}, born {DOB}"),
    ("en", "My citizen service number is {BSN} and my date of birth is {DOB_WORDS}."),
    ("en", "Collection agency keeps calling {PHONE_INTL} while I am back home in {destination}. {NAME_FIRST}"),
    ("en", "The district heating at {ADDRESS} is off again. Customer number {CUSTOMER_NUMBER_UTILITY}, {PHONE}."),
    (
        "en",
        "Please move my internet to {ADDRESS}, {POSTCODE} as of {date_en}. Account {CUSTOMER_NUMBER_TELECOM}",
    ),
    ("en", "I'm {NAME_FULL}, mum of {NAME_CHILD} (born {DOB_CHILD}), and I'd like a place at {school}."),
    ("en", "Library card {CUSTOMER_NUMBER_LIBRARY} belongs to my son; please send reminders to {EMAIL}."),
    ("en", "I lost my Museumkaart {CUSTOMER_NUMBER_MUSEUM}. Name: {NAME_FULL}, date of birth {DOB}."),
    ("en", "Please stop my monthly donation to {charity}; donor {CUSTOMER_NUMBER_DONOR}, debited from {IBAN}."),
    ("en", "Moving from {ADDRESS} to {ADDRESS_ABROAD}, Toronto on {date_en}. Quote {quote}, call {PHONE}."),
    ("en", "Our car {PLATE} will be parked in front of {ADDRESS} for the movers. {NAME_FULL}"),
    ("en", "My relative {NAME_FULL} passed away; the funeral policy is {CUSTOMER_NUMBER_FUNERAL}, born {DOB}."),
    ("en", "Refund to my South African account is not possible, so please use {IBAN_FOREIGN}. Regards, {NAME_FULL}"),
    ("en", "Send the tax receipt to {ADDRESS_ABROAD}, Cape Town, attention {NAME_INITIALS}."),
    (
        "en",
        "Hi team,\n\n> On {date_en}, {NAME_FULL} <{EMAIL}> wrote:\n> my new phone is {PHONE}\n\nUpdated in CRM.\n\n"
        "{team}",
    ),
    (
        "en",
        "Agent: Can you confirm your postcode?\nCustomer: {POSTCODE}\nAgent: And your date of birth?\nCustomer: {DOB}",
    ),
    ("en", "customer my name is {NAME_LOWER} and my number is {PHONE_SPOKEN} bot thank you"),
    ("en", "bot please say your email address customer {EMAIL_SPOKEN} bot got it"),
    ("en", "customer i was born on {DOB_SPOKEN} and my customer number is {CUSTOMER_NUMBER_SPOKEN}"),
    ("en", "| Name | Plate | Loan |\n|---|---|---|\n| {NAME_FULL} | {PLATE} | {CUSTOMER_NUMBER_LOAN} |"),
    ("en", "Please charge the moving deposit to {CARD}, expiry on file. Thanks, {NAME_SURNAME}"),
    ("en", "Travel claim: the hotel in {destination} was paid with {CARD}, policy {CUSTOMER_NUMBER_POLICY}."),
    ("en", "For the periodic gift to {charity}: BSN {BSN}, {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}."),
    ("en", "The bailiff seized car {PLATE} at {ADDRESS}. I am {NAME_FULL}, tel {PHONE_LANDLINE}."),
    ("en", "My work email is {EMAIL_WORK}, please use that for the school newsletter about {NAME_CHILD}."),
]
