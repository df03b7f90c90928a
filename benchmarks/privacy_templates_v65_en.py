"""English templates of test_v65, many from Scottish and Australian customers: hospital bills, GP posts, tenants,
internet outages, card fraud, passports, stolen bikes, theatre bookings, pet insurance and subsidies, in handover
notes, escalations, CSV exports, web forms, voice-bot transcripts, ombudsman complaints, reviews and texts."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- hospital bills and declarations
    ("en", "Hospital invoice query: insured {NAME_FULL}, BSN {BSN}, policy no. {CUSTOMER_NUMBER_POLICY}."),
    ("en", "I'm {NAME_FULL}, born {DOB_EN}, and I was never treated at {firm} on {date_en}, so why the bill?"),
    ("en", "Please refund the excess to {IBAN}, account name {NAME_CAPS}."),
    ("en", "Patient no. {CUSTOMER_NUMBER_PATIENT}, {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}."),
    # ---- physiotherapy and GP out-of-hours
    ("en", "Out-of-hours GP call at {time}: {NAME_FIRST}, callback number {PHONE_EN}, wee one has a fever."),
    ("en", "Physio referral for {NAME_FULL}, date of birth {DOB_EN}, member number {CUSTOMER_NUMBER_MEMBER}."),
    ("en", "Can you text the physio appointment to {PHONE}? Ta, {NAME_FIRST}"),
    # ---- housing
    ("en", "Repair request: the boiler at {ADDRESS}, {POSTCODE} is broken again, tenant {NAME_FULL}."),
    ("en", "Objection to the rent increase from tenant {NAME_SURNAME}, tenancy {CUSTOMER_NUMBER_CONTRACT}."),
    ("en", "The handyman can come on {weekday_en}, email me at {EMAIL} to confirm. Cheers, {NAME_FIRST}"),
    # ---- internet
    ("en", "No internet since {date_en}, subscriber no. {CUSTOMER_NUMBER_SUBSCRIBER}, flat at {ADDRESS}, {POSTCODE}."),
    ("en", "Please post the new router to {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}; I'm on {PHONE_ABROAD}."),
    ("en", "Customer {NAME_LOWER} says the modem light is red, account {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- bank cards and fraud
    ("en", "Block my card {CARD} please, it was nicked on the tram. Name {NAME_FULL}."),
    ("en", "Fraud report: {amount} left {IBAN_NL} overnight; customer {NAME_INITIALS}, DOB {DOB_EN}."),
    ("en", "Someone rang from {PHONE} pretending to be the bank and asked for my card number. {NAME_FULL}"),
    # ---- passports
    ("en", "Town hall appointment for a passport: {NAME_FULL}, BSN {BSN}, {weekday_en} at {time}."),
    ("en", "My daughter {NAME_FIRST}, born {DOB_EN}, needs an ID card before {date_en}."),
    ("en", "New address for the municipality: {ADDRESS}, {POSTCODE} {city}, BSN {BSN}."),
    # ---- bicycles
    ("en", "My bike was stolen at the station, insured under {CUSTOMER_NUMBER_POLICY}, owner {NAME_FULL}."),
    ("en", "The bike rack on car {PLATE} was taken too, reported by {NAME_SURNAME}."),
    ("en", "Please pay the bike claim into {IBAN}, holder {NAME_FULL}."),
    # ---- theatre and concerts
    ("en", "Booking for {NAME_COUPLE}: {count} seats in the stalls, paid with {CARD}."),
    ("en", "Friends card {CUSTOMER_NUMBER_MEMBER} belongs to {NAME_FULL}, please add the presale."),
    ("en", "Wheelchair space for {NAME_FULL}; the carer will ring {PHONE_EN} on arrival."),
    # ---- pet insurance
    ("en", "Vet claim for our dog Bluey, policyholder {NAME_FULL}, policy {CUSTOMER_NUMBER_POLICY}."),
    ("en", "Pet premium of {amount} from {IBAN}; holder's DOB {DOB_EN}."),
    # ---- subsidies
    ("en", "Subsidy application for insulation: {NAME_FULL}, BSN {BSN}, {ADDRESS}, {POSTCODE} {town}."),
    ("en", "The installer's van {PLATE_ABROAD} will park outside {ADDRESS} on {weekday_en}."),
    # ---- handover, escalation, CSV, forms
    ("en", "Shift handover: {NAME_FULL} will ring back at {time} about the outage, number {PHONE}."),
    ("en", "Escalation to manager — customer summary: {NAME_CAPS}, {EMAIL}, {PHONE_EN}, waiting since {date_en}."),
    ("en", '"{NAME_CAPS}","{ADDRESS_EN}, {town_en} {POSTCODE_SCOT}","{PHONE_EN}","{CUSTOMER_NUMBER_CUSTOMER}"'),
    ("en", "Web form\nfirst name: {NAME_FIRST}\nsurname: {NAME_SURNAME}\npostcode: {POSTCODE_SCOT}\nemail: {EMAIL}"),
    ("en", "Form submitted\nName: {NAME_FULL}\nDate of birth: {DOB_EN}\nCard: {CARD}\nReg: {PLATE}"),
    # ---- voice bot
    ("en", "Voice bot transcript: caller said 'my number is {PHONE_SPOKEN}' [confidence 0.64]"),
    ("en", "IVR transcript: 'I was born on {DOB_SPOKEN}', name heard as {NAME_LOWER}."),
    ("en", "Voice bot: 'my email is {EMAIL_SPOKEN}' – recognised, please verify."),
    ("en", "Voice bot: caller read her BSN as '{BSN_SPOKEN}', do not store."),
    # ---- ombudsman, reviews, texts
    (
        "en",
        "Complaint to the Ombudsman, case summary: {NAME_FULL}, {ADDRESS}, {POSTCODE}, no heating for {count} weeks.",
    ),
    ("en", "Google review by {NAME_NICK}: engineer never showed up, absolute shambles."),
    ("en", "LinkedIn message from {NAME_FULL}: 'Happy to chat, my mobile is {PHONE_ABROAD}.'"),
    ("en", "text: thx, my postcode is {POSTCODE}, door's round the back. {NAME_FIRST}"),
    # ---- Scottish and Australian customers
    ("en", "Aye, it's {NAME_FULL} from {ADDRESS_EN}, {town_en} {POSTCODE_SCOT}, the broadband's been down all week."),
    ("en", "G'day, {NAME_FIRST} here, I'm at {ADDRESS_EN}, {town_au} {POSTCODE_AU}, ring me on {PHONE_EN}."),
    ("en", "No worries, mate, send the tickets to {EMAIL} and charge {CARD}. {NAME_FULL}, {town_au} {POSTCODE_AU}"),
    ("en", "Hire car rego {PLATE_ABROAD}, driver {NAME_FULL}, licence DOB {DOB_EN}."),
    ("en", "Wee note from {NAME_FULL}: please send the bill to {ADDRESS_EN}, {town_en} {POSTCODE_SCOT}."),
]
