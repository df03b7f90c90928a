"""English templates of test_v51: expats (British, American, Australian, Indian, Chinese, Vietnamese) writing to
Dutch insurers, GP practices, hospitals, dentists, blood banks, medical-aid suppliers and travel insurers."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    ("en", "Hi, my GP practice says I need a referral to {clinic}. Name {NAME_FULL}, BSN {BSN}, born {DOB_EN}."),
    ("en", "Could you please send my son's orthodontic invoice to {EMAIL}? He is {NAME_CHILD}, born {DOB_CHILD}."),
    (
        "en",
        "I moved from {ADDRESS_EN} to {ADDRESS}, {POSTCODE} {city}, and my health insurance letters still go to "
        "the UK.",
    ),
    ("en", "My policy number is {CUSTOMER_NUMBER_POLICY}, please refund the physio to {IBAN}. Cheers, {NAME_FIRST}"),
    ("en", "Hello, this is {NAME_FULL}, my mobile is {PHONE_SPOKEN}, I missed a call from the hospital."),
    ("en", "I paid the ambulance in {abroad} with my card {CARD}; my EHIC number is {CUSTOMER_NUMBER_EHIC}."),
    (
        "en",
        "Travel insurance claim, policy {CUSTOMER_NUMBER_TRAVEL}: {NAME_FULL} was admitted in {abroad} on {date_en}.",
    ),
    ("en", "Please call my husband {NAME_FULL} on {PHONE_ABROAD}, he is stuck in {abroad} with a broken hip."),
    (
        "en",
        "From: {NAME_FULL} <{EMAIL}>\nTo: {clinic}\nSubject: rescheduling\nMy patient number is "
        "{CUSTOMER_NUMBER_PATIENT}.",
    ),
    ("en", "Dear {hospital}, I can't log into {portal}. My email is {EMAIL} and my date of birth is {DOB_EN}."),
    ("en", "Repeat prescription for {medicine} please, for {NAME_FULL}, born {DOB}. I'll pick it up {weekday_en}."),
    ("en", "Our American cards keep failing at the pharmacy; can I pay with Amex {CARD_AMEX}? {NAME_FULL}"),
    (
        "en",
        "G'day, {NAME_FIRST} here, my CPAP machine arrived broken at {ADDRESS}, customer no {CUSTOMER_NUMBER_AID}.",
    ),
    ("en", "I'm a blood donor, donor number {CUSTOMER_NUMBER_DONOR}, and I changed my phone to {PHONE}."),
    ("en", "Please update my address for the donor register: {ADDRESS}, {POSTCODE}. Thanks, {NAME_INITIALS}"),
    ("en", "My mum {NAME_FULL} ({DOB_ELDER}) lives at {home}; I'm her contact person, email {EMAIL}."),
    ("en", "The hospital car park charged my car {PLATE} twice on {date_en}. I was visiting {NAME_FULL}."),
    ("en", "Hearing aid batteries for {NAME_FULL}, {ADDRESS}, paid with {CARD}, order {order}."),
    ("en", "Please take the premium from my new account {IBAN_ABROAD} instead, I'm {NAME_FULL}."),
    ("en", "Callback request: {NAME_FULL}, prefers English, number {PHONE}, about the waiting list at {ggz}."),
    (
        "en",
        "Hi, I'm {NAME_FULL} from Kerala, my BSN is {BSN} and the dentist sent the bill to my old address {ADDRESS}.",
    ),
    (
        "en",
        "Thanks so much (do je)! My mother {NAME_FULL} needs a Cantonese interpreter, her client number is "
        "{CUSTOMER_NUMBER_CLIENT}.",
    ),
    ("en", "Transcript: 'the account is {IBAN_READ}, in the name of {NAME_FULL}'"),
    ("en", "Transcript: 'my email is {EMAIL_SPOKEN}, and my date of birth is {DOB_SPOKEN}'"),
    ("en", "Spelling of the surname: {NAME_SPELLED}. Postcode {POSTCODE_SPOKEN}."),
    ("en", "The patient transport taxi, plate {PLATE_SPOKEN}, never turned up for {NAME_FULL}."),
    ("en", "Reply to SMS from {PHONE}: 'YES, {NAME_FIRST} will be there at {time_en}'"),
    ("en", "My wife's name is {NAME_MARRIED} on the insurance card but {NAME_FULL} on her passport."),
    ("en", "I was born on {DOB_WORDS} and my citizen service number is {BSN_SPOKEN}."),
    ("en", "Please send the wheelchair to {ADDRESS_UPPER}, the lift is broken, ring {PHONE} first."),
    ("en", "We rented a car ({PLATE_ABROAD}) in {abroad} and my daughter {NAME_CHILD} was taken to hospital."),
    ("en", "Email to the GP: my new number is {PHONE_ABROAD} while I'm in {abroad}, {NAME_INITIALS}."),
    ("en", "Masked address from the web form: {EMAIL_MASKED}, name {NAME_LOWER}, phone {PHONE_LANDLINE}."),
    ("en", "Patient header: {NAME_REGISTER}, DOB {DOB}, NHS no. not applicable, BSN {BSN}."),
]
