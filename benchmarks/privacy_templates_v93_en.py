"""English templates of test_v93, many from Jamaican and New Zealand customers: Gorgias tickets, Telegram replies,
dictated notes, pasted PDF tables, signatures in tables, chats in short bursts and forms with the label after."""

from __future__ import annotations

_EN: list[str] = [
    # ---- marinas
    "Mooring permit application: owner {NAME_FULL}, {ADDRESS_EN}, phone {PHONE_EN}, berth {code}.",
    "Gorgias #{count}{count} | Customer: {NAME_FULL} <{EMAIL}> | Tag: mooring | Status: open",
    "Kia ora, I'm after a berth for my yacht, sweet as if you ring me on {PHONE_EN}. Cheers, {NAME_FIRST}",
    "Mooring fees of {amount} will be debited from {IBAN}, account holder {NAME_INITIALS}.",
    "dictated note: permit holder is {NAME_FULL}, no wait, it is {NAME_FULL}, the co-owner",
    # ---- carnival costumes
    "Costume hire agreement: {NAME_FULL}, date of birth {DOB_EN}, deposit paid by card {CARD}.",
    "Wah gwaan, mi need a costume fi carnival, mi name {NAME_FULL} an mi number {PHONE_EN}.",
    "Telegram reply to {NAME_NICK}: your pirate outfit is ready, we'll text {PHONE_ABROAD} when it ships.",
    "{NAME_FULL} (name)\n{EMAIL} (email)\n{PHONE_EN} (mobile)\nSize: XL",
    "[{time}] customer: hi\n[{time}] customer: {NAME_FIRST} here\n"
    "[{time}] customer: {EMAIL}\n[{time}] customer: 2 suits",
    # ---- glass recycling
    "Glass collection contract {CUSTOMER_NUMBER_CONTRACT} for the restaurant at {ADDRESS}; contact {NAME_FULL}.",
    "Kind regards,\n| {NAME_FULL} | Head Chef |\n| {PHONE_EN} | {EMAIL} |",
    "The truck {PLATE} will collect the bottles from {NAME_SURNAME}'s kitchen door on {weekday_en}.",
    "Invoice for the bottle bank charged to {IBAN}, customer number {CUSTOMER_NUMBER_CUSTOMER}.",
    # ---- maths tutoring
    "Tutoring sign-up: pupil {NAME_FIRST}, born {DOB_EN}, parent {NAME_FULL}, email {EMAIL}.",
    "Dictated: mum's number is {PHONE}, no wait, it's {PHONE_EN}, call after {time}.",
    "Student ID {CUSTOMER_NUMBER_MEMBER} ({NAME_FULL}) has {count} sessions left.",
    "Mi pickney {NAME_FIRST} need help wid di maths, call mi pon {PHONE_EN}. Bless, {NAME_FULL}",
    # ---- horse insurance
    "Equine policy {CUSTOMER_NUMBER_POLICY}, policyholder {NAME_FULL}, born {DOB_EN}.",
    "Vet claim for colic surgery: owner {NAME_INITIALS}, BSN {BSN}, payout to {IBAN}.",
    "Horsebox {PLATE_ABROAD} belonging to {NAME_FULL} was parked outside the clinic.",
    "the vet rang for {NAME_LOWER} policy {CUSTOMER_NUMBER_POLICY} ring back on {PHONE_EN}",
    # ---- bicycle parking
    "Bike parking subscription in the name of {NAME_FULL}, pass {CUSTOMER_NUMBER_MEMBER}, address {ADDRESS}.",
    "Gorgias ticket from {NAME_NICK}: pass {CUSTOMER_NUMBER_MEMBER} won't open the gate at {place}.",
    "{ADDRESS} - address\n{POSTCODE} - postcode\n{NAME_FULL} - name\nStation: {city}",
    # ---- balloon flights
    "Balloon flight booked for {NAME_FULL} and {NAME_FULL}, booking {ref}, pick-up at {ADDRESS_EN}.",
    "Passenger list (PDF):\nName Weight DOB\n{NAME_FULL} 91 kg\n{DOB_EN} {NAME_FULL} 58 kg",
    "Chur, my partner's birthday is {DOB_EN} so we'd love the sunrise flight. Text {PHONE_EN}. {NAME_FIRST}",
    "flight off too windy told {NAME_LOWER} on {PHONE_EN} voucher extended",
    # ---- refurbished laptops
    "Warranty claim for a refurbished laptop: buyer {NAME_FULL}, order {ref}, customer no. {CUSTOMER_NUMBER_CUSTOMER}.",
    "Refund for the laptop to {IBAN}, attention of {NAME_CAPS}.",
    "Paid with {CARD}, ship to {ADDRESS_EN}, {city}.",
    "My BSN is {BSN} and my address is {ADDRESS}, {POSTCODE}, for the warranty paperwork.",
    # ---- home organisers
    "Decluttering consult at {NAME_FULL}'s, {ADDRESS}, {POSTCODE}; reachable on {PHONE}.",
    "hey\n{NAME_FIRST}\n{ADDRESS_EN}\n{PHONE_EN}\ncan someone come round saturday?",
    "{CUSTOMER_NUMBER_CUSTOMER} = customer number, {NAME_FULL} = name, {EMAIL} = email",
    # ---- wasp control
    "Wasp nest under the eaves at {NAME_FULL}'s, {ADDRESS_EN}; call {PHONE_EN} to book.",
    "Yeah nah the wasps are back mate, {ADDRESS_EN}, my email's {EMAIL}. {NAME_FULL}",
    "Dictated: address is {ADDRESS}, sorry, no, {ADDRESS}, the {NAME_SURNAME} family.",
    "Spell my email for you: {EMAIL_SPOKEN}. And my mobile is {PHONE_SPOKEN}.",
    "My BSN, read out: {BSN_SPOKEN}. Car for the parking permit: {PLATE}.",
]
EN: list[tuple[str, str]] = [("en", text) for text in _EN]
