"""English templates of test_v48: expats, tourists and migrants writing or calling in English about water bills,
parking, toll charges abroad, lease cars, breakdowns, marinas, funeral policies, estates, dating apps and debts."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    (
        "en",
        "Hi, I received a water board tax bill for {ADDRESS} but I moved to {ADDRESS_ABROAD} on {date}. "
        "Reference {CUSTOMER_NUMBER_TAX}. Kind regards, {NAME_FULL}",
    ),
    (
        "en",
        "voicemail {time} hello this is {NAME_FULL} calling about a leak under the sink my number is "
        "{PHONE_SPOKEN} thank you bye",
    ),
    (
        "en",
        "Please send the final water bill to {EMAIL}. Customer number {CUSTOMER_NUMBER_WATER}, meter reading "
        "{reading}.",
    ),
    (
        "en",
        "My residents' permit {CUSTOMER_NUMBER_PERMIT} should be on my new car {PLATE}. I live at {ADDRESS}, "
        "{POSTCODE}.",
    ),
    (
        "en",
        "I got a Dart Charge penalty for {PLATE_FOREIGN} but I paid online with card {CARD} on {date}. "
        "{NAME_FULL}, {PHONE_ABROAD}",
    ),
    (
        "en",
        "The rental car {PLATE} was driven by {NAME_FULL} (born {DOB_WORDS}), not by me. Please transfer the fine.",
    ),
    (
        "en",
        "Breakdown near {abroad}: member {CUSTOMER_NUMBER_MEMBER}, car {PLATE}, we are on the hard shoulder, "
        "call {PHONE_ABROAD}.",
    ),
    (
        "en",
        "Lease contract {CUSTOMER_NUMBER_LEASE}, driver {NAME_INITIALS}, fuel card {CARD_FLEET} was skimmed "
        "in {abroad}.",
    ),
    (
        "en",
        "Winter storage for our {vessel} at {marina}: owner {NAME_FULL}, {ADDRESS_ABROAD}, mobile {PHONE}, "
        "berth contract {CUSTOMER_NUMBER_MEMBER}.",
    ),
    (
        "en",
        "My mother {NAME_FULL}, date of birth {DOB}, passed away on {date}. Her funeral policy number is "
        "{CUSTOMER_NUMBER_POLICY}.",
    ),
    (
        "en",
        "Please pay the funeral benefit into {IBAN_FOREIGN} in the name of {NAME_UPPER}; I live in {abroad} now.",
    ),
    (
        "en",
        "I am the executor for {NAME_FULL}, late of {ADDRESS}, {POSTCODE} {city}. My citizen service number is {BSN}.",
    ),
    (
        "en",
        "I cancelled {dating} in {month} but you keep charging {amount} to {CARD}. My account is {EMAIL}, "
        "user ID {CUSTOMER_NUMBER_DATING}.",
    ),
    (
        "en",
        "Someone on {dating} is using my pictures and the name {NAME_FULL}; my real profile is "
        "{CUSTOMER_NUMBER_DATING}.",
    ),
    (
        "en",
        "Re: debt {invoice}. I, {NAME_FULL}, propose a payment plan of {amount} a month from account {IBAN}. "
        "Debtor number {CUSTOMER_NUMBER_DEBTOR}.",
    ),
    (
        "en",
        "On {date} at {time}, {NAME_FULL} <{EMAIL}> wrote:\n> my phone is {PHONE} and I was born on {DOB_WORDS}"
        "\n> please stop calling my work",
    ),
    (
        "en",
        "call note: cust {NAME_LOWER}, dob {DOB}, bsn {BSN}, wants plan, 6 instalments, callback {PHONE_LAND}",
    ),
    (
        "en",
        "Sorry my Dutch is not good. My name is {NAME_FULL}, I spell it {NAME_SPELLED}, my email is {EMAIL_SPOKEN}.",
    ),
    (
        "en",
        "voicemail {time} hi its {NAME_FIRST} from the campsite my postcode is {POSTCODE_SPOKEN} and the car is "
        "{PLATE_SPOKEN} call me on {PHONE_SPOKEN}",
    ),
    (
        "en",
        "My IBAN is {IBAN_SPOKEN}, and the debtor number I was given is {CUSTOMER_NUMBER_SPOKEN}.",
    ),
    (
        "en",
        "The card number is {CARD_SPOKEN} and my date of birth is the {DOB_SPOKEN}.",
    ),
    (
        "en",
        "My BSN is {BSN_SPOKEN}. Could you update my address to {ADDRESS_LOWER}, {POSTCODE}?",
    ),
    (
        "en",
        "Please email the caravan storage invoice to {EMAIL_OBSCURED}. The caravan plate is {PLATE_TRAILER}. "
        "Thanks, {NAME_DOUBLE}",
    ),
    (
        "en",
        "Estate of the late {NAME_BROKEN}: the notary needs the IBAN {IBAN} and the heir's address {ADDRESS_BROKEN}.",
    ),
    ("en", "Applicant: {NAME_REVERSED}; nationality on file; DOB {DOB}; phone {PHONE_ABROAD}; plate {PLATE}"),
]
