"""English templates of test_v56: expats and visitors calling installers, workshops, shops and ticket desks."""

from __future__ import annotations

_EN = [
    "hi this is {NAME_LOWER} the fibre technician never showed up at {ADDRESS_LOWER} we waited all morning",
    "Hi, my name is {NAME_FULL}, I moved to {ADDRESS}, {POSTCODE} {city} in May. Account {CUSTOMER_NUMBER_TELECOM}.",
    "Can you call me back on {PHONE_INTL}? I'm still on my Australian number. Cheers, {NAME_FIRST}",
    "Customer {NAME_FULL} (DOB {DOB_EN}) requested a modem swap; new unit shipped {date_en}; email {EMAIL}",
    "My mother {NAME_FULL} gets home care from you and her client number is {CUSTOMER_NUMBER_CARE}.",
    "I registered for the GGZ intake with my BSN {BSN} but nobody told me how long the waiting list is.",
    "my email is {EMAIL_SPOKEN} all lower case",
    "The driving test for {NAME_FULL} is booked on {date_en}; candidate number {CUSTOMER_NUMBER_CBR}.",
    "I bought the {product} on your site with card {CARD} and the delivery never came to {ADDRESS}.",
    "Please refund the {amount} to {IBAN}, account holder {NAME_INITIALS}.",
    "Vehicle {PLATE} is mine, I'm {NAME_FULL}; the recall letter for the {model} went to my old address.",
    "From: {NAME_FULL} <{EMAIL}>\nSent: {weekday_en} {date_en}\nTo: support@ticketswap.com\nSubject: refund {festival}",
    "The seller {NAME_FULL} gave me the phone number {PHONE} and then blocked me.",
    "Referee {NAME_FULL}, member id {CUSTOMER_NUMBER_MEMBER}, was born {DOB_EN} so he is under the age limit.",
    "Hi, it's {NAME_FIRST} from {ADDRESS_EN} in Perth, I'm staying at {ADDRESS} in {city} until the end of {month_en}.",
    "Yeah so my postcode is {POSTCODE_SPOKEN} and the house is the one with the blue door",
    "my number is {PHONE_SPOKEN} text me when the bike is ready",
    "Name: {NAME_REVERSED}; Date of birth: {DOB_EN}; Customer no.: {CUSTOMER_NUMBER}; Phone: {PHONE}",
    "Please update the plate on my parking permit to {PLATE}, thanks, {NAME_INITIALS}",
    "I'm {NAME_FULL}, I was born on {DOB_SPOKEN} and my BSN is {BSN_SPOKEN}.",
    "The courier left the sofa at {ADDRESS_LOWER} instead of my flat, call me at {PHONE}.",
    "Card {CARD} was charged twice for two tickets to {festival}.",
]

EN: list[tuple[str, str]] = [("en", template) for template in _EN]
