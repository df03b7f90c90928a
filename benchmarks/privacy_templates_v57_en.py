"""English templates of test_v57 (expats and English-speaking customers of the same organisations)."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    (
        "en",
        "Customer: I'm moving out on {date}\nAgent: What's the forwarding address?\nCustomer: {ADDRESS}, {POSTCODE} "
        "{city}",
    ),
    (
        "en",
        "Hi, this is {NAME_FULL}, account {CUSTOMER_NUMBER_ENERGY}. Please close the internet contract, my number "
        "is {PHONE_INTL}.",
    ),
    (
        "en",
        "Dear Sir or Madam,\n\nPlease refund the deposit to {IBAN_FOREIGN}.\n\nKind regards,\n{NAME_FULL}\n"
        "{ADDRESS_EN}\nDublin 6\n\nSent from my iPhone",
    ),
    ("en", "Mortgage application {CUSTOMER_NUMBER_LOAN}: applicant {NAME_FULL}, date of birth {DOB}, BSN {BSN}."),
    ("en", "Voicemail: hi it's {NAME_FIRST}, you can reach me at {PHONE_SPOKEN} or mail {EMAIL_SPOKEN}, thanks."),
    ("en", "Tenant {NAME_UPPER} objects to the rent increase, tenant no. {CUSTOMER_NUMBER_RENT}, flat at {ADDRESS}."),
    ("en", "Patient {NAME_FULL}, hospital number {CUSTOMER_NUMBER_PATIENT}, DOB {DOB}, needs an interpreter."),
    ("en", "Agent note: caller {NAME_SURNAME} -> paid by card {CARD} -> wants receipt at {EMAIL}"),
    ("en", "Please send the subscription invoice to {EMAIL}. Subscriber {CUSTOMER_NUMBER_SUBSCRIBER}, {NAME_FULL}."),
    ("en", "Our dog {pet} is at the emergency vet, owner {NAME_FULL}, client {CUSTOMER_NUMBER_VET}, mobile {PHONE}."),
    ("en", "The hearse will have plate {PLATE}; the family contact is {NAME_INITIALS}, {PHONE}."),
    ("en", "Name,Date of birth,BSN,Postcode\n{NAME_REGISTER},{DOB},{BSN},{POSTCODE}"),
    ("en", "Debt help intake {CUSTOMER_NUMBER_DEBT} for {NAME_FULL}, born {DOB}; income paid into {IBAN}."),
    ("en", "Grave rights holder {NAME_FULL} ({CUSTOMER_NUMBER_GRAVE}) lives abroad now: {ADDRESS_EN}, London."),
    ("en", "Parcel for {NAME_FULL} is in {locker}; the code went to {PHONE}. Postcode on label: {POSTCODE}."),
    ("en", "I am {NAME_FULL}, my car {PLATE} was towed near the clinic on {date}, please call {PHONE_INTL}."),
    ("en", "Card on file: {CARD} (exp. {expiry}), holder {NAME_UPPER}."),
]
