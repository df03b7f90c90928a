"""English templates of test_v103, many from Indian, Jamaican and New Zealand customers, in the same frames and
channels as the Dutch ones."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    ("en", "Kindly book the chimney sweep for {NAME_FULL} at {ADDRESS_EN}, {POSTCODE_EN}, my mobile is {PHONE_EN}."),
    (
        "en",
        "[Veegbot] Handing you over to an agent.\n[Agent] Hi {NAME_FIRST}, can you confirm your email?\n"
        "[Customer] {EMAIL}",
    ),
    (
        "en",
        "Chimney inspection certificate issued to {NAME_INITIALS}, {ADDRESS_EN}, customer no. "
        "{CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    (
        "en",
        "Hi, this is the orthodontist's assistant. Is {NAME_FIRST} still OK for {weekday_en} at {time}?\n"
        "Yes thanks, {NAME_FULL}",
    ),
    ("en", "Patient {NAME_FULL}, date of birth {DOB_EN}, braces fitted on {date_en}, guardian phone {PHONE_EN}."),
    ("en", "Wah gwaan, mi daughter {NAME_FIRST} braces bruk again, call mi pon {PHONE_EN}. {NAME_FULL}"),
    ("en", "Sweet as, {NAME_FIRST}'s retainer came in. Send the invoice to {EMAIL} cheers, {NAME_FULL}"),
    ("en", "Beekeeping starter kit for {NAME_FULL}, ship to {ADDRESS_EN}, {POSTCODE_EN}, paid with card {CARD}."),
    ("en", "Bee club membership {CUSTOMER_NUMBER_MEMBER} renewed for {NAME_CAPS}, contact {PHONE_EN}."),
    ("en", "DELIVERY NOTE\nDeliver to: {NAME_CAPS}\n{ADDRESS_EN}\n{POSTCODE_EN}\nQty 2 smoker"),
    (
        "en",
        "Funeral plan claim: deceased {NAME_FULL}, born {DOB_EN}, policy {CUSTOMER_NUMBER_POLICY}, claimant "
        "{NAME_FULL}.",
    ),
    ("en", "Please pay the funeral benefit into {IBAN} held by {NAME_FULL}, phone {PHONE_ABROAD}."),
    ("en", "Complaint line | {date_en} | caller {NAME_FULL} | {PHONE_EN} | policy {CUSTOMER_NUMBER_POLICY} | no reply"),
    ("en", "Tiny house plot lease {CUSTOMER_NUMBER_CONTRACT}, tenant {NAME_FULL}, current address {ADDRESS_EN}."),
    ("en", "LinkedIn message from {NAME_FULL}: I'd love to rent a tiny house plot, reach me at {EMAIL} or {PHONE_EN}."),
    (
        "en",
        "Google review by {NAME_FULL}: 'Lovely plot.'\nOwner reply: Thanks {NAME_FIRST}, we have sent the "
        "contract to {EMAIL}.",
    ),
    ("en", "Dutch course enrolment: {NAME_FULL}, born {DOB_EN}, student number {CUSTOMER_NUMBER_STUDENT}."),
    ("en", "Respected sir, I am {NAME_FULL} and I wish to join the Dutch A1 batch. My number is {PHONE_EN}."),
    ("en", "Meeting invitation: Placement test\nWhen: {weekday_en} {time}\nAttendees: {NAME_FULL} <{EMAIL}>"),
    ("en", "Course fee refund to {IBAN_NL}, account holder {NAME_CAPS}, student {CUSTOMER_NUMBER_STUDENT}."),
    ("en", "Parking pass {CUSTOMER_NUMBER_SUBSCRIPTION} linked to plate {PLATE}, holder {NAME_FULL}."),
    ("en", "The barrier didn't open for my car {PLATE_ABROAD}, I'm {NAME_FULL}, call {PHONE_ABROAD}."),
    (
        "en",
        "[Parkie] What's your plate?\n[Customer] {PLATE}\n[Agent] Thanks {NAME_FIRST}, I see subscription "
        "{CUSTOMER_NUMBER_SUBSCRIPTION}.",
    ),
    ("en", "Catering order for {count} guests by {NAME_FULL}, deliver to {ADDRESS}, {POSTCODE} {city}, tel {PHONE}."),
    ("en", "Invoice for the bakery lunch, customer {CUSTOMER_NUMBER_CUSTOMER}, card ending paid in full: {CARD}."),
    ("en", "Gutter cleaning booked for {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_EN}; van {PLATE}."),
    ("en", "Mate, the spouting's full of leaves again at {ADDRESS_EN}. Give us a bell on {PHONE_EN}. {NAME_FIRST}"),
    ("en", "Gutter contract {CUSTOMER_NUMBER_CONTRACT} paid from {IBAN} by {NAME_SURNAME}."),
    ("en", "Car seat recall registration: {NAME_FULL}, {EMAIL}, child born {DOB_EN}."),
    ("en", "Please send the replacement buckle to {ADDRESS_EN}, {POSTCODE_EN}. Thanks, {NAME_LOWER}"),
    ("en", "Form R-2\nR1 PARENT: {NAME_CAPS}\nR2 DOB CHILD: {DOB_EN}\nR3 TEL: {PHONE_EN}"),
    ("en", "The caller spelled her email as {EMAIL_SPOKEN} and gave her date of birth as {DOB_EN}."),
    ("en", "Dutch resident {NAME_FULL}, BSN {BSN}, lives at {ADDRESS}, {POSTCODE}."),
    ("en", "Phone number read out by the customer: {PHONE_SPOKEN}; name {NAME_FULL}."),
    ("en", "Tax number for the funeral claim: {BSN_SPOKEN}, policy holder {NAME_INITIALS}."),
    ("en", "Hi {NAME_FIRST}, your Belgian address {ADDRESS_BE}, {POSTCODE_BE} is now on file."),
    ("en", "Contact form: name={NAME_LOWER}; email={EMAIL}; phone={PHONE}; member={CUSTOMER_NUMBER_MEMBER}"),
    ("en", "Chat user {NAME_NICK} asked whether the sweep can come on {weekday_en}."),
    ("en", "Account updated: new IBAN {IBAN_NL}, card {CARD}, confirmed by {NAME_FULL}."),
    ("en", "Our new home is {ADDRESS}, {POSTCODE} {city}; my husband {NAME_FULL} will be there on {weekday_en}."),
]
