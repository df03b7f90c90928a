"""English templates of test_v47: expats and international residents (South African, British, Brazilian, Thai,
Vietnamese, Somali, Sudanese) contacting the same transport, municipal, school, club, vet and home services."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- lost and found, taxi
    (
        "en",
        "Hi, I left my {item_en} on {line} this morning. My name is {NAME_FULL} and my number is {PHONE}.",
    ),
    (
        "en",
        "Lost property claim\nName: {NAME_FULL}\nPhone: {PHONE_ABROAD}\nEmail: {EMAIL}\nItem: {item_en}\n"
        "Date lost: {date_en}",
    ),
    (
        "en",
        "Caller: yes it's {NAME_FIRST}, {NAME_SPELLED}.\nAgent: and a number to reach you?\nCaller: "
        "{PHONE_SPOKEN}, it's a Dutch mobile.",
    ),
    ("en", "Please block my personal OV-chipkaart, number {CUSTOMER_NUMBER_OV}. Thanks, {NAME_INITIALS}"),
    (
        "en",
        "My mother {NAME_ELDER_F} uses {taxi}; her pass number is {CUSTOMER_NUMBER_TAXI}. Could the driver help "
        "her with the {device}?",
    ),
    (
        "en",
        "The Valys driver was rude to my father, {NAME_ELDER_M} (pass {CUSTOMER_NUMBER_VALYS}). The car was {PLATE}.",
    ),
    # ---- municipality, youth care, schools
    (
        "en",
        "I moved to {ADDRESS}, {POSTCODE} {city} on {date_en}. My BSN is {BSN} and I need to register for "
        "the allowance.",
    ),
    (
        "en",
        "Dear Sir or Madam,\n\nMy child {NAME_CHILD} (born {DOB_CHILD}) has been on the youth care waiting "
        "list since {date_en}.\n\nKind regards,\n\n{NAME_FULL}\n{job_en}",
    ),
    (
        "en",
        "Agent: could you confirm your date of birth?\nCaller: {DOB_SPOKEN}.\nAgent: thank you, Ms {NAME_SURNAME}.",
    ),
    (
        "en",
        "Hello, this is {NAME_FULL}, parent of {NAME_CHILD} in {klas}. I cannot log in to {portal}; my email is "
        "{EMAIL}.",
    ),
    ("en", "The school trip fee of {amount_en} can be collected from {IBAN}. Signed, {NAME_FULL}"),
    (
        "en",
        "Student number {CUSTOMER_NUMBER_STUDENT} belongs to my child {NAME_CHILD}, born {DOB_CHILD}.",
    ),
    (
        "en",
        "I am calling for my neighbour {NAME_FULL}; the social services letter about {provision} went to the old "
        "address, {ADDRESS}.",
    ),
    ("en", "My benefit client number is {CUSTOMER_NUMBER_SOCIAL} and my bank account is {IBAN_ABROAD}."),
    ("en", "Caller read out her BSN as {BSN_SPOKEN}; case {CUSTOMER_NUMBER_WMO} updated."),
    # ---- sports clubs, vets
    (
        "en",
        "New member: {NAME_FULL}, date of birth {DOB}, email {EMAIL_HIDDEN}, team {team}. Membership ID "
        "{CUSTOMER_NUMBER_CLUB}.",
    ),
    (
        "en",
        "@{NAME_MENTION} can you check why the direct debit for {CUSTOMER_NUMBER_CLUB} bounced? Account on "
        "file: {IBAN}.",
    ),
    (
        "en",
        "Our {animal_en} {pet} is insured under policy {CUSTOMER_NUMBER_PET}, in the name of {NAME_MARRIED}.",
    ),
    (
        "en",
        "Please refund the vet bill of {amount_en} to my card {CARD}; the policy holder is {NAME_FULL}.",
    ),
    (
        "en",
        "Reminder text to {PHONE_SMS}: {pet} is booked at {vet} on {date_en} at {time_en}. Reply STOP to opt out.",
    ),
    # ---- garden centres, DIY, kitchens, home services
    (
        "en",
        "Delivery address: {ADDRESS}, {POSTCODE}. Ring {PHONE} when you arrive, the bell is broken. {NAME_FIRST}",
    ),
    (
        "en",
        "Howzit, I ordered a {product} from {shop} (order {order}). Please deliver to {ADDRESS}, not my old "
        "place at {ADDRESS_EN}, {town_en}.",
    ),
    ("en", "I paid the deposit with my Amex {CARD_AMEX}; cardholder {NAME_UPPER}, expiry {expiry}."),
    (
        "en",
        "Agent: the long number on the card, please.\nCaller: {CARD_SPOKEN}.\nAgent: and the name on the card?"
        "\nCaller: {NAME_FULL}.",
    ),
    (
        "en",
        "Kitchen fitting for {NAME_FULL}, project {CUSTOMER_NUMBER_KITCHEN}. Customer's car {PLATE} will be "
        "moved from the drive.",
    ),
    (
        "en",
        "Hi! The window cleaner from {service} never came to {ADDRESS_BOAT}. Account {CUSTOMER_NUMBER_MARKET}, "
        "{NAME_FIRST}",
    ),
    (
        "en",
        "Name\tEmail\tPhone\tPostcode\n{NAME_FULL}\t{EMAIL}\t{PHONE}\t{POSTCODE}",
    ),
    ("en", "My loyalty card is {CUSTOMER_NUMBER_LOYALTY}, the points for order {order} are missing. {NAME_FULL}"),
    (
        "en",
        "Caller spelled her email as {EMAIL_SPOKEN} and gave postcode {POSTCODE_SPOKEN}.",
    ),
    (
        "en",
        "Sawasdee, my name is {NAME_THA}, I live at {ADDRESS}. The fitter from {installer} can call "
        "{PHONE_ABROAD} or my husband on {PHONE}.",
    ),
    ("en", "Customer reads the plate as {PLATE_SPOKEN}; she will park in the street instead of the drive."),
    ("en", "I was born on {DOB_WORDS}, so I qualify for the senior membership, right? {NAME_FULL}"),
    ("en", "Please send the invoice to {EMAIL_UPPER} and the keys to {ADDRESS_UPPER}."),
    (
        "en",
        "Hi {NAME_FIRST}, the bathroom tiles arrive on {date_en}. My IBAN for the refund: {IBAN_SPOKEN}.",
    ),
]
