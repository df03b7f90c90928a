"""English templates of test_v55: expats, tourists, Walloon and Luxembourgish customers writing English, and
international agents' notes in chats, reviews, DMs and ticket exports."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    ("en", "Hi, this is {NAME_FULL}. My bag never arrived on {flight}, file {pir}, please deliver it to {ADDRESS}."),
    ("en", "Passenger {NAME_AIRLINE} born {DOB_UPPER}, rebooked on {flight}, contact {EMAIL}."),
    ("en", "Reply from {hotel}: Dear {NAME_FIRST}, we are sorry about the noise. Please email us your booking."),
    ("en", "I rented car {PLATE} from {lease} and was charged for damage that was already there. {NAME_FULL}"),
    ("en", "The fine for {PLATE_BE} was forwarded to me, but I returned the car on {date}. Call me on {PHONE}."),
    (
        "en",
        "Agent joined\nVisitor: my SIM was swapped without my consent, number {PHONE}\n"
        "Visitor: account {CUSTOMER_NUMBER_TELECOM}",
    ),
    ("en", "Someone called pretending to be {bank} and I gave them my card {CARD}. My name is {NAME_FULL}."),
    ("en", "Please refund the {amount} to {IBAN}, account holder {NAME_INITIALS}."),
    ("en", "I am {NAME_FULL}, date of birth {DOB}, and I never agreed to a payment plan with {collector}."),
    ("en", "Case file {CUSTOMER_NUMBER_DEBT}: debtor {NAME_SURNAME} moved abroad, last known address {ADDRESS}."),
    ("en", "Please cancel my donation to {charity}, donor number {CUSTOMER_NUMBER_MEMBER}, e-mail {EMAIL_HIDDEN}."),
    ("en", "My citizen service number is {BSN}, the collector has it wrong in their letter."),
    ("en", "Caller spelled the e-mail as {EMAIL_SPOKEN} and the phone as {PHONE_SPOKEN}."),
    ("en", "Meter reading for account {CUSTOMER_NUMBER_ENERGY} at {ADDRESS}, {POSTCODE} {city}: {reading}."),
    ("en", "name: {NAME_FULL}\ndob: {DOB}\npostcode: '{POSTCODE}'\ncard: '{CARD}'\nchannel: instagram"),
    ("en", "Guest {NAME_UPPER} checked out of {park}, deposit back to {IBAN} please."),
    ("en", "Je suis {NAME_FULL} from {city}, sorry for my English, my postcode here in NL is {POSTCODE}."),
    ("en", "Roadside assistance needed, plate {PLATE}, driver {NAME_FIRST}, phone {PHONE}, near {city}."),
    ("en", "Hello, my moved address is {ADDRESS_BE}, {city}. Reference {CUSTOMER_NUMBER} - {NAME_FULL}"),
    ("en", "IVR call 14:02 caller_input={PHONE_DTMF} verified=false note: customer gave BSN {BSN_SPOKEN}"),
    ("en", "Seller {NAME_LOWER} on {shop} asked me to pay by bank transfer to {IBAN_SPOKEN}."),
    ("en", "Lease contract {CUSTOMER_NUMBER_LEASE} for {NAME_FULL}, born {DOB}, ends in {date}."),
    ("en", "Trustpilot reply: Hi {NAME_FIRST}, thanks for the review! Your refund for {order} is on its way."),
    ("en", "Please send the lottery prize letter to {ADDRESS_UPPER}, {POSTCODE}, not to my old flat."),
    ("en", "Customer {CUSTOMER_NUMBER} asked to change their e-mail to {EMAIL_UPPER}."),
]
