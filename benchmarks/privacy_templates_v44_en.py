"""English templates of test_v44: expats and newcomers (Australian, Filipino, Ghanaian, Japanese, Iranian,
Greek, Bulgarian) writing or calling Dutch banks, the tax office, pension funds, landlords and childcare."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- banks and payment apps
    ("en", "Hi, I sent a Tikkie for {reason} but the money went to {IBAN} instead of my mate. I'm {NAME_FULL}."),
    (
        "en",
        "Someone opened an account in my name, {NAME_FULL}, date of birth {DOB_EN}. My real address is {ADDRESS}, "
        "{POSTCODE} {city}.",
    ),
    ("en", "Please block my card {CARD} immediately, I clicked a link on {phish}. Call me back on {PHONE}."),
    (
        "en",
        "I got a call from 'bank security' asking me to move my savings to {IBAN}. Is this real? {NAME_FIRST}, "
        "client number {CUSTOMER_NUMBER_BANK}",
    ),
    (
        "en",
        "Transfer to my mother in Manila failed; please refund to {IBAN}. Account holder {NAME_FULL}, mobile {PHONE}.",
    ),
    ("en", "My iDEAL payment {order} to the webshop never arrived. Name on account: {NAME_REVERSED}, IBAN {IBAN}."),
    (
        "en",
        "Hello from Accra, I still have a Dutch account {IBAN} and need a new debit card sent to {ADDRESS_EN}. "
        "{NAME_FULL}",
    ),
    ("en", "For verification: my name is {NAME_FULL}, born {DOB_WORDS}, living at {ADDRESS}."),
    ("en", "Chargeback request: card {CARD}, transaction {order}, amount {amount}, cardholder {NAME_FULL}."),
    ("en", "My Japanese credit card {CARD} is refused by {app}. Please contact me at {EMAIL}, {NAME_REVERSED}."),
    # ---- tax office and benefits
    (
        "en",
        "I received a letter about {benefit} in Dutch that I cannot read. My BSN is {BSN} and my email is {EMAIL}.",
    ),
    (
        "en",
        "I am leaving the Netherlands on {date}. Please send the tax refund to {IBAN_FOREIGN}; my BSN is {BSN}.",
    ),
    ("en", "Hi, this is {NAME_FULL}, my citizen service number is {BSN_SPOKEN}, I'm calling about my tax return."),
    (
        "en",
        "My wife {NAME_FULL} and I both work; her BSN is {BSN}, mine is {BSN}. Can we still get {benefit}?",
    ),
    # ---- pension funds
    (
        "en",
        "I worked in Rotterdam from 1998 to 2012 and now live in Australia. Pension number "
        "{CUSTOMER_NUMBER_PENSION}, born {DOB_EN}, email {EMAIL}.",
    ),
    (
        "en",
        "Please update my address for {fund}: {ADDRESS_EN}, Queensland. Participant {CUSTOMER_NUMBER_PENSION}, "
        "{NAME_FULL}.",
    ),
    ("en", "My late husband {NAME_FULL} had a pension with {fund}; you can reach me on {PHONE_INTL}."),
    # ---- housing
    (
        "en",
        "The landlord has not fixed the heating at {ADDRESS} for {count} weeks. Tenant {NAME_FULL}, tenant number "
        "{CUSTOMER_NUMBER_TENANT}.",
    ),
    (
        "en",
        "I'm moving out on {date}; please return my deposit to {IBAN}. New address {ADDRESS_EN}. Thanks, {NAME_FIRST}",
    ),
    ("en", "Viewing request for the flat in {city}: {NAME_FULL}, {EMAIL}, {PHONE}, currently at {ADDRESS}."),
    (
        "en",
        "There is mould in my room, please send someone. {NAME_REVERSED}, {ADDRESS}, postcode {POSTCODE_SPOKEN}.",
    ),
    # ---- childcare
    (
        "en",
        "My daughter {NAME_CHILD}, born {DOB_CHILD}, starts at {childcare} on {date}. Parent: {NAME_FULL}, {PHONE}.",
    ),
    (
        "en",
        "The childcare invoice {order} should go to {EMAIL}, not to my ex-partner. Contract "
        "{CUSTOMER_NUMBER_CHILDCARE}.",
    ),
    ("en", "Only {NAME_FULL} and I may pick up {NAME_CHILD}. Emergency number: {PHONE_INTL}."),
    # ---- cars and bikes
    (
        "en",
        "My lease bike was stolen near {place}. Contract {CUSTOMER_NUMBER_LEASE}, registered to {NAME_FULL}, {EMAIL}.",
    ),
    ("en", "Can I book an APK for plate {PLATE}? Best number to reach me is {PHONE_SPOKEN}. {NAME_FIRST}"),
    (
        "en",
        "Parking fine for car {PLATE} is not mine, I sold it on {date}. {NAME_FULL}, {ADDRESS}, {POSTCODE}.",
    ),
]
