"""English templates of test_v77, many from South African and Australian customers: temp agencies and payslips,
airport parking and lost luggage, roadside assistance, pest control, chimney sweeps, fertility clinics, tattoo
studios, saunas, escape rooms and senior meals, in HubSpot timelines, Viber, diarised transcripts, pasted payslips
and claim forms, typed-over forms with gaps, Discord, out-of-office replies and details given in reverse order."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- employment agencies and payslips
    (
        "en",
        "PAYSLIP {week}\nEmployer: {firm}\nEmployee: {NAME_REVERSED}\nEmployee no: {CUSTOMER_NUMBER_EMPLOYEE}\n"
        "BSN: {BSN}\nDate of birth: {DOB_EN}\nPaid to: {IBAN}",
    ),
    (
        "en",
        "Howzit, my name is {NAME_FULL}, my wages for {week} never came through, employee no. "
        "{CUSTOMER_NUMBER_EMPLOYEE}.",
    ),
    ("en", "Please pay my salary into {IBAN} from now on. Cheers, {NAME_FIRST}"),
    ("en", "I registered with the agency with BSN {BSN} but my payslip shows a different one."),
    ("en", "SPEAKER_00: {firm}, good morning.\nSPEAKER_01: Hi, it's {NAME_FULL}, I'm one of your temps."),
    # ---- airport parking and lost luggage
    ("en", "Booking {CUSTOMER_NUMBER_CUSTOMER}: my car {PLATE} is parked at {place} from {date_en}, back at {time}."),
    ("en", "My suitcase did not arrive. Deliver to {ADDRESS}, {POSTCODE} {city}, mobile {PHONE}. {NAME_FULL}"),
    (
        "en",
        "Lost baggage form (typed over)\nName: {NAME_CAPS}\nHome address: {ADDRESS_EN} [illegible]\nPostcode: "
        "{POSTCODE_EN}\nPhone: {PHONE_EN}",
    ),
    ("en", "G'day, it's {NAME_FIRST}, my bag went to Perth instead of Amsterdam, call me on {PHONE_EN}."),
    ("en", "The barrier would not open so I paid at the machine with card {CARD}."),
    ("en", "Valet parking: keys handed in by {NAME_FULL}, hire car with plate {PLATE_ABROAD}."),
    # ---- roadside assistance and towing
    ("en", "Broke down near {place}, membership no. {CUSTOMER_NUMBER_MEMBER}, registration {PLATE}."),
    (
        "en",
        "SPEAKER_01: my member number is {CUSTOMER_NUMBER_MEMBER}\nSPEAKER_00: and a number to call you back?\n"
        "SPEAKER_01: {PHONE_SPOKEN}",
    ),
    ("en", "The tow truck took {NAME_INITIALS}'s car ({PLATE}) to the garage at {ADDRESS}."),
    ("en", "Please send the towing invoice to {NAME_FULL}, {ADDRESS}, {POSTCODE}."),
    ("en", "I'm a tourist from Durban, car {PLATE_ABROAD} won't start, my number is {PHONE_EN}. {NAME_FULL}"),
    # ---- pest control
    ("en", "Mice report\n{POSTCODE}\n{ADDRESS}\n{PHONE}\n{NAME_FULL}\n(customer gave everything back to front)"),
    ("en", "There's a wasp nest under the gutter at {ADDRESS}. Email me at {EMAIL}, ta, {NAME_FIRST}."),
    ("en", "I want to cancel pest control contract {CUSTOMER_NUMBER_CONTRACT} from {date_en}."),
    ("en", "Discord #support | {NAME_NICK}: the rat guy is coming {weekday_en}, my postcode is {POSTCODE}"),
    # ---- chimney sweeps
    ("en", "Could the chimney sweep come to {NAME_SURNAME} at {ADDRESS_EN}, {POSTCODE_EN}?"),
    ("en", "The sweep certificate for my insurer should say {NAME_FULL}, policy {CUSTOMER_NUMBER_POLICY}."),
    ("en", "SPEAKER_01: it's {ADDRESS}, postcode {POSTCODE}\nSPEAKER_00: thanks, got it."),
    # ---- fertility clinics
    ("en", "Patient no. {CUSTOMER_NUMBER_PATIENT}, {NAME_FULL}, born {DOB_EN}: I need to move my egg retrieval."),
    (
        "en",
        "IVF intake (typed over by reception)\nPartner 1: {NAME_FULL}, DOB {DOB_EN}\nPartner 2: [illegible]\n"
        "BSN: {BSN}\nEmail: {EMAIL}",
    ),
    ("en", "My BSN is {BSN_SPOKEN}, the nurse asked for it for the referral."),
    ("en", "Please send the semen analysis result to {EMAIL_SPOKEN}, patient number {CUSTOMER_NUMBER_PATIENT}."),
    # ---- tattoo studios
    ("en", "Booking a fine line piece on {weekday_en}, name {NAME_FULL}, date of birth {DOB_EN} (I'm over 18)."),
    ("en", "Viber · {NAME_NICK}: deposit of {amount} sent from {IBAN}, did it come in?"),
    ("en", "Consent form\nClient: {NAME_REVERSED}\nDOB: {DOB}\nPhone: {PHONE_EN}\nAllergies: none"),
    # ---- sauna and wellness
    ("en", "My spa membership {CUSTOMER_NUMBER_MEMBER} was charged twice to my card {CARD}."),
    (
        "en",
        "Automatic reply: I am out of the office until {date_en}.\n\n---- Original message ----\nFrom: {EMAIL}\n"
        "I left my robe in the steam room, regards {NAME_FULL}",
    ),
    ("en", "hey this is {NAME_LOWER}, can I still use my gift voucher from last year"),
    # ---- escape rooms
    ("en", "Discord #bookings | {NAME_NICK}: we're {count} people, my email is {EMAIL}"),
    ("en", "Room 'The Vault' booked under {NAME_SURNAME}, paid with credit card {CARD}."),
    ("en", "Team outing contact {NAME_FULL}, mobile {PHONE_ABROAD}, customer number {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- meal delivery for seniors
    ("en", "I'm calling for my mum, {NAME_FULL}, {ADDRESS}, she was born on {DOB_EN} and needs low-salt meals."),
    ("en", "Customer {CUSTOMER_NUMBER_CUSTOMER}: Mrs {NAME_SURNAME} would like soup added from {date_en}."),
    ("en", "Debit the meals from {IBAN}, that's my father's account, {NAME_INITIALS}."),
    # ---- reverse order and more channels
    ("en", "{POSTCODE_EN}, {ADDRESS_EN}, {PHONE_EN}, {NAME_FULL}: please quote for a chimney inspection."),
    ("en", "Born {DOB_EN}, BSN {BSN}, name {NAME_REVERSED}: I need my payslips for this year."),
    ("en", "HubSpot · Contact: {NAME_FULL} · {EMAIL} · {PHONE_EN} · Lifecycle stage: customer"),
    ("en", "Claim form\nPolicy: {CUSTOMER_NUMBER_POLICY}\nInsured: {NAME_CAPS}\nVehicle: {PLATE}\nBank: {IBAN}"),
    ("en", "Contract {CUSTOMER_NUMBER_CONTRACT}, the sauna subscription, please stop it, {NAME_FULL}."),
    ("en", "Lekker, thanks! My new address is {ADDRESS_EN}, {POSTCODE_EN}. {NAME_FIRST}"),
]
