"""English templates of test_v70, many from Indian and Nigerian customers: LinkedIn messages, Teams chats, Zendesk
macros, IVR logs, WhatsApp voice notes, SMS and one-line web forms, about the same ten frames as the Dutch ones."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- funeral insurance and undertakers
    ("en", "Zendesk macro 'Bereavement' filled in: Dear {NAME_FULL}, we are very sorry for your loss."),
    ("en", "My late father {NAME_FULL} had a funeral policy with you, number {CUSTOMER_NUMBER_POLICY}, born {DOB_EN}."),
    ("en", "Kindly do the needful and transfer the payout to {IBAN}, account holder {NAME_SHORT}."),
    ("en", "The undertaker can collect the body from {ADDRESS}, {POSTCODE}; please call my brother on {PHONE_EN}."),
    # ---- bicycle lease
    (
        "en",
        "Hi, I'm {NAME_FULL}, an expat at your client; my lease bike contract {CUSTOMER_NUMBER_CONTRACT} "
        "shows a wrong address.",
    ),
    ("en", "Teams | @{NAME_FULL} can you check whether the bike for employee {NAME_INITIALS} was delivered?"),
    ("en", "name: {NAME_FULL}; email: {EMAIL}; phone: {PHONE}; bike: {bike}; employer: {firm}"),
    # ---- energy contracts
    ("en", "I want to switch to your green tariff, customer no. {CUSTOMER_NUMBER_CUSTOMER}, IBAN {IBAN_NL}."),
    ("en", "IVR transcript: caller said 'my post code is {POSTCODE}', matched account of {NAME_LOWER}."),
    ("en", "Welcome email: Dear {NAME_SURNAME}, your monthly instalment of {amount} will be collected from {IBAN}."),
    (
        "en",
        "WhatsApp voice note: hello this is {NAME_FULL}, my number is {PHONE_SPOKEN}, please call back regarding meter",
    ),
    # ---- childcare allowance
    ("en", "Applicant {NAME_FULL}, BSN {BSN}, child {NAME_FIRST} born {DOB_EN}, childcare at {firm}."),
    ("en", "My wife {NAME_FULL} is my allowance partner, her citizen service number is {BSN}."),
    ("en", "Voice note: my BSN is {BSN_SPOKEN}, I am calling about the allowance I have to pay back."),
    # ---- housing repairs
    (
        "en",
        "Repair request: the boiler is broken at {ADDRESS}, {POSTCODE}, tenant {NAME_FULL}, tenant no. "
        "{CUSTOMER_NUMBER_TENANT}.",
    ),
    (
        "en",
        "Good morning sir, I am {NAME_FULL}, the ceiling is leaking since {count} days, kindly send someone, {PHONE}.",
    ),
    ("en", "Please revert to {EMAIL} with the date the plumber will come. Regards, {NAME_SHORT}"),
    # ---- parking permits
    ("en", "Resident parking permit for {PLATE}, applicant {NAME_FULL}, {ADDRESS}, {POSTCODE}."),
    ("en", "I moved my permit {CUSTOMER_NUMBER_PERMIT} to my new car {PLATE} but I still got a fine. {NAME_FIRST}"),
    ("en", "My visitor from London parks with {PLATE_ABROAD}; permit holder {NAME_LOWER}."),
    # ---- hearing aids
    ("en", "Client {NAME_FULL}, date of birth {DOB_EN}, trial of {hearing} until {date_en}."),
    ("en", "My mother {NAME_FULL} can't hear the phone, please call me instead on {PHONE_EN} or mail {EMAIL}."),
    ("en", "The co-payment for the hearing aids was charged to card {CARD}; member no. {CUSTOMER_NUMBER_MEMBER}."),
    # ---- student loans
    (
        "en",
        "LinkedIn message: Hi, I'm {NAME_FULL}, a former student now working in Bengaluru, my DUO number is "
        "{CUSTOMER_NUMBER_LOAN}.",
    ),
    ("en", "I live in East London now, postcode {POSTCODE_UK}, and want to repay my student loan from {IBAN}."),
    ("en", "Student {NAME_FULL}, BSN {BSN}, date of birth {DOB_EN}, requests a repayment pause."),
    ("en", "Voice note: my date of birth is {DOB_SPOKEN} and my name is {NAME_FULL}, please check my loan."),
    # ---- gyms
    ("en", "sms: pls cancel my gym membership, member no {CUSTOMER_NUMBER_MEMBER}, thx {NAME_FIRST}"),
    ("en", "Card {CARD} was charged twice for my membership, member {NAME_FULL}, {EMAIL}."),
    ("en", "first name: {NAME_FIRST}; last name: {NAME_SURNAME}; mobile: {PHONE_EN}; DOB: {DOB_EN}; plan: {plan}"),
    # ---- Wadden ferries
    ("en", "Booking for {NAME_FULL}, {count} passengers and car {PLATE} on the {time} ferry from Harlingen."),
    ("en", "We are tourists from India, booking under {NAME_SHORT}, mobile {PHONE_EN}, email {EMAIL}."),
    ("en", "Ferry chat log: {bot}: what's your registration? | guest: {PLATE_ABROAD} | {bot}: thanks!"),
    # ---- Nigerian and Indian English
    ("en", "Good day, my name is {NAME_FULL}, I reside at {ADDRESS_EN}, my number is {PHONE_EN}."),
    ("en", "Please find my details: {NAME_CAPS}, DOB {DOB_EN}, passport copy attached, Indian mobile {PHONE_EN}."),
    ("en", "I have done the payment from my account {IBAN} itself, still showing pending. {NAME_SHORT}"),
    ("en", "Voice note: you can call me on {PHONE_SPOKEN}, I am {NAME_FIRST}, God bless."),
    ("en", "My email id is {EMAIL_SPOKEN}, kindly send the invoice there."),
    # ---- forms, Teams, OCR
    ("en", "Teams | @{NAME_FULL} customer with BSN {BSN} called again, can you look into the allowance?"),
    (
        "en",
        "OCR letter: I hereby cancel the funeral insurance of my late hus-\nband {NAME_FULL}, policy "
        "{CUSTOMER_NUMBER_POLICY}.",
    ),
    (
        "en",
        "Web form | Name: {NAME_FULL}; Address: {ADDRESS}; Postcode: {POSTCODE}; Customer number: "
        "{CUSTOMER_NUMBER_CUSTOMER}",
    ),
    ("en", "IVR log: caller read IBAN as '{IBAN_SPOKEN}', speaker {NAME_LOWER}."),
    ("en", "Contract {CUSTOMER_NUMBER_CONTRACT}, tenant {NAME_FULL}, new address {ADDRESS_EN}, {POSTCODE_UK}."),
    ("en", "Your parking permit {CUSTOMER_NUMBER_PERMIT} for {PLATE} expires soon, {NAME_FIRST}."),
    ("en", "Please update my number to {PHONE_ABROAD} and my postcode to {POSTCODE}. Thanks, {NAME_FULL}"),
]
