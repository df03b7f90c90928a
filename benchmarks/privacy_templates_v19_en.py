"""English templates of the `test_v19` split, in the frames of the Dutch ones (`privacy_templates_v19`): expats and
their families (American, British, Indian, Nigerian, South African, Brazilian, Polish, Romanian, Bulgarian,
Chinese, Syrian), a knowledge migrant moving house, a student paying back a loan from abroad, a tourist wanting a
refund. Their data is mostly Dutch (06 numbers, Dutch postcodes, streets, IBANs, BSNs and plates), with Polish,
Belgian and German values. Labels as in `privacy_templates_v19`. Written by someone who never saw the redaction
rules."""

from __future__ import annotations

_EN = [
    # energy, housing, parking
    "Meter readings for {supplier}: {reading}. Customer number {CUSTOMER_NUMBER}, I live at {ADDRESS}, {POSTCODE} "
    "{city}.",
    "Hi, my name is {NAME_FULL} and I just moved in. Phone {PHONE}, email {EMAIL_SAME}.",
    "Repair request for {corporation}: {repair_en} at {ADDRESS}, {POSTCODE}. Tenant {NAME_FULL}, call {PHONE}.",
    "Parking permit for my car {PLATE}, {zone}. BSN {BSN}, address {ADDRESS}.",
    "I got a parking fine even though {PLATE} has a valid permit.\n\nRegards,\n{NAME_FULL}",
    # pharmacy, driving school
    "Repeat prescription for {medicine}, please. {NAME_FULL}, date of birth {DOB}.",
    "The pharmacy app won't accept my email {EMAIL}; patient number {CUSTOMER_NUMBER_PATIENT}.",
    "Driving lessons for my daughter {NAME_FIRST_F}, born {DOB}. You can call me on {PHONE}.",
    "Paid for ten lessons with card {CARD} and the instructor, {NAME_FIRST_M}, never showed up.",
    # funeral, lease, moving, dentist
    "My father {NAME_FULL_M} passed away on {date_en}. Funeral policy {CUSTOMER_NUMBER_POLICY}, born {DOB_ELDER}.",
    "Please pay out the funeral insurance to {IBAN}, account holder {NAME_FULL}.",
    "Returning the lease car, plate {PLATE}, contract {CUSTOMER_NUMBER_LEASE}. Driver {NAME_FULL}, {EMAIL_WORK_SAME}.",
    "We're moving from {ADDRESS}, {POSTCODE} to {ADDRESS}, {POSTCODE} on {date_en}. Contact {NAME_FULL}, {PHONE}.",
    "The movers broke a mirror. Refund to {IBAN} please, {NAME_INITIALS}.",
    "Dentist invoice for {treatment_en}, code {code}: {amount_en}. Patient {NAME_FULL}, born {DOB}.",
    "The bill for my youngest, {NAME_CHILD} ({DOB_CHILD}), should go to {EMAIL}.",
    # broadband, locker, lottery, fraud
    "Fibre installation at {ADDRESS}, {POSTCODE}: nobody came. Subscriber {CUSTOMER_NUMBER_SUBSCRIBER}, {PHONE}.",
    "The pick-up code for the {locker} went to {PHONE}, which isn't my number. Receiver {NAME_FULL}.",
    "Lottery prize claim: {lot}, winner {NAME_FULL}, born {DOB}, pay to {IBAN}.",
    "Fraud desk: someone used my card {CARD} in Spain last night. I'm {NAME_FULL}, {PHONE}.",
    "A fake bank employee knew my IBAN, {IBAN}, and my date of birth, {DOB}. How?",
    # pension, student loan, tickets, hearing aid, childcare
    "Pension fund {fund}: participant {CUSTOMER_NUMBER_PARTICIPANT}, BSN {BSN}, moving back to the States.",
    "Student loan: I live in Poland now, {ADDRESS_PL}, {POSTCODE_PL} {city_pl}. IBAN {IBAN_PL}.",
    "Refund for {event}: {amount_en} to card {CARD}. {order}, {NAME_FULL}.",
    "The {aid} stopped working; my mum {NAME_FULL_F} ({DOB_ELDER}) needs a loan device. Call me on {PHONE}.",
    "Childcare sign-up at {childcare}: {NAME_CHILD}, born {DOB_CHILD}. Parents {NAME_FULL} and {NAME_FULL}.",
    # spoken, broken, abroad
    "Call transcript\nAgent: Could you spell your email?\nCaller: {EMAIL_VOICE}.\nAgent: Thank you.",
    "Caller's mobile number: {PHONE_VOICE}.",
    "She gave her BSN as {BSN_VOICE}.",
    "Date of birth, as the caller said it: {DOB_VOICE}.",
    "The plate as read out on the phone: {PLATE_VOICE}.",
    "Postcode given on the call: {POSTCODE_VOICE}; address {ADDRESS_VOICE}.",
    "Card number read aloud: {CARD_VOICE}.",
    "IBAN read aloud: {IBAN_VOICE}.",
    "Agent note: call {NAME_FULL} back on {PHONE_LAND} after {time}.",
    "Belgian account {IBAN_BE}, address {ADDRESS_BE}, {POSTCODE_BE} {city_be}.",
    "German plate {PLATE_DE} in the residents' zone, owner {NAME_FULL}, mobile {PHONE}.",
    "My Polish colleague {NAME_PL} (phone {PHONE_PL}) needs a visitor's permit.",
    "Agent {NAME_STAFF} confirmed customer {CUSTOMER_NUMBER} by email to {EMAIL}.",
    "--\n{NAME_FULL}\n{ADDRESS_WRAP}\n{POSTCODE} {city}\nm: {PHONE}",
    "The name got split on the form: {NAME_WRAP}. Relation number {CUSTOMER_NUMBER_RELATION}.",
    "Card details below:\n{CARD_WRAP}\nexp 09/28",
    "Bank account:\n{IBAN_WRAP}",
    "Contract {CUSTOMER_NUMBER_CONTRACT} with {provider} is in my name, {NAME_FULL}.",
    "Debtor {CUSTOMER_NUMBER_DEBTOR}: {NAME_FORM}, please set up a payment plan.",
    "hey it's {NAME_FIRST_LOW}, new number {PHONE_WRAP}",
    "Email on file had a typo, should be {EMAIL_WRAP}",
    "Chinese name order on the passport: {NAME_CN}; BSN {BSN_WRAP}.",
    "ADDRESS: {ADDRESS_UP} {POSTCODE} - PLATE {PLATE_UP}",
]

TEST_V19_PII_EN = [("en", text) for text in _EN]
