"""English templates of test_v69, many from Ghanaian and Filipino customers and expats in the Netherlands: reviews,
ticket exports, interpreted calls, QR payment requests, delivery notes, Apple Business Chat, forwarded mails, cells."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- phone repair
    ("en", "★★★★★ {NAME_HANDLE} · Local Guide: They fixed my cracked screen in 40 minutes, very nice people."),
    (
        "en",
        "Owner reply: Dear {NAME_FIRST}, thank you! Your repair is under warranty, "
        "customer no. {CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    ("en", "Good day po, my phone is still with you, my number is {PHONE_ABROAD}. Thank you po, {NAME_FULL}"),
    ("en", "Please my brother, I brought my phone on {date_en}, you can call me on {PHONE}. {NAME_FULL}"),
    ("en", "Refund of {amount} to card {CARD} failed, customer {NAME_FULL} was told to come back."),
    # ---- car imports
    (
        "en",
        "Import of a {product} from {city}: German plate {PLATE_ABROAD}, new Dutch plate {PLATE}, owner {NAME_FULL}.",
    ),
    ("en", "Buyer {NAME_FULL}, date of birth {DOB_EN}, BSN {BSN}, for the RDW registration."),
    ("en", "Kindly send the deposit to {IBAN}, reference the plate {PLATE_ABROAD}. Regards, {NAME_INITIALS}"),
    ("en", "Pick-up address: {ADDRESS}, {POSTCODE_ABROAD} {city}. Contact {NAME_FULL} on {PHONE_ABROAD}."),
    ("en", "Purchase contract {CUSTOMER_NUMBER_CONTRACT} signed by {NAME_CAPS}, car registration {PLATE}."),
    # ---- scouting and youth clubs
    ("en", "Hi, I want to sign up my son {NAME_FULL}, born {DOB_EN}, for the scouts. My email is {EMAIL}."),
    ("en", "Membership fee for {NAME_FIRST} will be collected from {IBAN_NL}, member number {CUSTOMER_NUMBER_MEMBER}."),
    ("en", "Emergency contact for camp: {NAME_FULL}, {PHONE}, lives at {ADDRESS}, {POSTCODE}."),
    # ---- dance schools
    ("en", "Apple Business Chat | {NAME_FIRST}: can I pay the dance lessons with my card {CARD}?"),
    ("en", "Apple Business Chat | customer: my address is {ADDRESS}, {POSTCODE} {city}, pls send the costume there"),
    ("en", "Dance school roster: {NAME_LOWER} / {DOB_EN} / {EMAIL} / group 2"),
    # ---- dental insurance claims
    ("en", "Freshdesk #{count}{count} | Requester: {NAME_FULL} <{EMAIL}> | Subject: dental claim rejected"),
    ("en", "Dental claim for {NAME_INITIALS}, policy number {CUSTOMER_NUMBER_POLICY}, DOB {DOB_EN}, amount {amount}."),
    ("en", "Please reimburse the dentist bill to {IBAN}, my BSN is {BSN}. Salamat po!"),
    (
        "en",
        "Freshdesk note: Mr {NAME_SURNAME} called from {PHONE}, "
        "wants a callback about policy {CUSTOMER_NUMBER_POLICY}.",
    ),
    # ---- swimming lessons
    ("en", "Swimming lessons sign-up: child {NAME_FULL}, DOB {DOB_EN}, parent phone {PHONE}."),
    ("en", "My daughter {NAME_FIRST} is on the waiting list, we now live at {ADDRESS}, {POSTCODE}."),
    ("en", "Monthly fee of {amount} for swimming is taken from {IBAN_NL}, customer number {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- insulation subsidies
    ("en", "Subsidy application for cavity wall insulation: applicant {NAME_FULL}, BSN {BSN}, property {ADDRESS}."),
    ("en", "The ISDE grant of {amount} should be paid to {IBAN}, account holder {NAME_CAPS}."),
    ("en", "Insulation installer contract {CUSTOMER_NUMBER_CONTRACT}, customer {NAME_FULL}, {POSTCODE} {town}."),
    # ---- garden and tree care
    ("en", "Scanned delivery note (handwritten): Received by {NAME_CAPS} / {ADDRESS} / tel {PHONE} / signed"),
    ("en", "Tree felling quote {ref} for {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}; call {PHONE} before arrival."),
    ("en", "Google review by {NAME_HANDLE}: great hedge work. Owner reply: thanks {NAME_FIRST}, see you in spring!"),
    # ---- pawn shops
    ("en", "Pawn ticket {CUSTOMER_NUMBER_CONTRACT}: gold ring pledged by {NAME_FULL}, ID checked, born {DOB_EN}."),
    ("en", "I want to redeem my watch, I paid the interest with card {CARD}. My name is {NAME_FULL}."),
    # ---- sworn translation
    ("en", "Sworn translation of the birth certificate of {NAME_FULL}, born {DOB_EN} in {city}, for the IND."),
    (
        "en",
        "Please send the certified translation to {ADDRESS_EN}, Accra, "
        "and email me at {EMAIL}. God bless, {NAME_FIRST}",
    ),
    ("en", "QR payment request: {amount} for sworn translation, pay to {IBAN}, name {NAME_FULL}."),
    (
        "en",
        "Translation order {ref}, client {NAME_FULL}, client number {CUSTOMER_NUMBER_CUSTOMER}, phone {PHONE_ABROAD}.",
    ),
    # ---- interpreted calls
    ("en", "Agent: what is your date of birth? The interpreter says: '{DOB_EN}, and his name is {NAME_FULL}.'"),
    ("en", "The interpreter says: 'Her phone number is {PHONE_SPOKEN}.'"),
    ("en", "The interpreter says: 'My email is {EMAIL_SPOKEN}.' Agent reads it back."),
    ("en", "Interpreter: 'He lives at {ADDRESS}, postcode {POSTCODE}, and his BSN is {BSN}.'"),
    # ---- forwarded mails and cells
    ("en", "Fwd: Fwd: Fwd: refund\n>> From: {NAME_FULL} <{EMAIL}>\n>> please call me on {PHONE_ABROAD}"),
    ("en", ">> > On {date_en}, {NAME_FULL} wrote:\n>> > my car {PLATE} is still at your garage"),
    ("en", "{NAME_FULL} / {PHONE} / {POSTCODE} / paid {amount}"),
    ("en", "Row {count}: {CUSTOMER_NUMBER_MEMBER} / {NAME_CAPS} / {DOB_EN} / {PLATE}"),
    # ---- Ghanaian and Filipino English
    ("en", "Hello po, I am {NAME_FULL} from {city}, my address here is {ADDRESS_EN}, my number {PHONE_ABROAD}."),
    ("en", "Please I beg, the money should go to {IBAN_NL}, it is in the name of {NAME_FULL}. Thank you."),
    ("en", "Ma'am, my plate number is {PLATE}, I parked at the dance school, my name is {NAME_FIRST}."),
]
