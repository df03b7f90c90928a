"""English templates of test_v82, many from Irish and Ghanaian customers: Front conversations, WhatsApp Community
posts, SMS threads, agent notes with arrows, pasted claim forms, scanned envelopes and agent hand-overs."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- organ donation
    ("en", "Donor registration: {NAME_FULL}, BSN {BSN}, date of birth {DOB_EN}, choice: yes to all organs."),
    ("en", "customer -> wants to withdraw donor consent -> reg no. {CUSTOMER_NUMBER_DONOR} -> DOB {DOB_EN}"),
    ("en", "Front | From: {NAME_HANDLE} <{EMAIL}> | Subject: my donor card never arrived"),
    (
        "en",
        "Please, I am writing to kindly confirm my registration as a donor. My name is {NAME_FULL}, tel {PHONE_EN}.",
    ),
    # ---- urn collection
    ("en", "SMS thread:\nMe: Your urn is ready for collection.\nThem: Grand, I'll be in {weekday_en}. {NAME_FIRST}"),
    ("en", "Urn of the late {NAME_FULL} to be collected by her son {NAME_FULL}, mobile {PHONE_EN}."),
    ("en", "We'd like to bring Mam's ashes home to {ADDRESS_EN}, {POSTCODE_EN}. Is that allowed? {NAME_FULL}"),
    ("en", "Scattering fee of {amount} to be paid from {IBAN}, account holder {NAME_INITIALS}."),
    ("en", "Sender: {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_EN} (scanned envelope, sympathy cards inside)"),
    # ---- glasshouse horticulture
    (
        "en",
        "Front | {NAME_HANDLE}: the grow lights for greenhouse 4 are still missing, account {CUSTOMER_NUMBER_CUSTOMER}",
    ),
    ("en", "Supplier contract {CUSTOMER_NUMBER_CONTRACT}, grower {NAME_FULL}, site {ADDRESS}, {POSTCODE} {town}."),
    ("en", "Invoice for the seed order please to {EMAIL}, attention {NAME_CAPS}."),
    ("en", "Driver {NAME_FIRST} will deliver with van {PLATE} on {weekday_en} between {time} and {time}."),
    # ---- security guards
    ("en", "Guard roster: {NAME_FULL}, badge {CUSTOMER_NUMBER_MEMBER}, gate 2 on {weekday_en} from {time}."),
    ("en", "Job application security officer: {NAME_FULL}, born {DOB_EN}, lives at {ADDRESS_EN}, {POSTCODE_EN}."),
    ("en", "Incident {ref}: suspicious car reg {PLATE_ABROAD} at the loading dock, reported by {NAME_SURNAME}."),
    ("en", "@colleague guard {NAME_FIRST} called in sick, ring the stand-in on {PHONE} please"),
    ("en", "Wages for {NAME_FULL} into {IBAN}, BSN {BSN} for the payroll."),
    # ---- orthopaedic insoles
    ("en", "Patient {NAME_FULL}, patient no. {CUSTOMER_NUMBER_PATIENT}, DOB {DOB_EN}: insoles size 42 ready."),
    ("en", "Claim for the insoles under policy {CUSTOMER_NUMBER_POLICY}, insured {NAME_FULL}, amount {amount}."),
    ("en", "customer -> insoles too tight -> refund to card {CARD} -> name {NAME_LOWER}"),
    ("en", "Zooltje: What's your email?\nCustomer: {EMAIL_SPOKEN}\nZooltje: Thanks!"),
    # ---- student rowing
    ("en", "WhatsApp Community: a warm welcome to our new rowers {NAME_FULL} and {NAME_FIRST}!"),
    ("en", "Membership fee {amount} collected from {IBAN}, member no. {CUSTOMER_NUMBER_MEMBER}."),
    ("en", "WhatsApp Community: who has the boathouse key? Text {NAME_FIRST} on {PHONE_EN}."),
    ("en", "Erasmus student {NAME_FULL}, born {DOB_EN}, home address {ADDRESS}, {POSTCODE} {city}."),
    # ---- lottery cancellations
    ("en", "Please cancel my lottery subscription {CUSTOMER_NUMBER_MEMBER}, I am {NAME_FULL}, {POSTCODE}."),
    ("en", "Claim form (pasted): Name: ____{NAME_FULL}____ Account: ____{IBAN}____ Date: {date_en}"),
    ("en", "Chale, stop taking money from my card {CARD}. {NAME_FULL}, Accra."),
    ("en", "customer -> no more debits from {IBAN} -> confirmation to {EMAIL}"),
    # ---- stoves and chimneys
    ("en", "Quote for a wood stove for {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}; flue 150 mm."),
    ("en", "Chimney sweep job sheet: {NAME_SURNAME}, {ADDRESS_EN}, phone {PHONE_EN}, certificate given."),
    ("en", "SMS thread:\nThem: Fitter is outside\nMe: Coming! Otherwise ring {PHONE}\n- {NAME_FIRST}"),
    # ---- hospital interpreters
    ("en", "Interpreter request: patient {NAME_FULL}, patient no. {CUSTOMER_NUMBER_PATIENT}, Twi, {time}."),
    ("en", "Interpreter {NAME_FULL} (Dari) is on {PHONE_ABROAD}, invoices to {EMAIL}."),
    ("en", "My mother's number is {PHONE_SPOKEN}, she speaks only Twi, my name is {NAME_FIRST}."),
    ("en", "Ah sure look, my email is {EMAIL_SPOKEN}, send it there so."),
    # ---- electric boat rentals
    ("en", "Booking {ref}: renter {NAME_FULL}, deposit on card {CARD}, {date_en} {time}."),
    ("en", "Front | {NAME_HANDLE}: we're at jetty 3 and there's no boat! Call {PHONE_EN}"),
    ("en", "Renter {NAME_FULL}, car {PLATE} parked at the harbour, staying at {ADDRESS}, {POSTCODE}."),
    ("en", "Deposit of {amount} back to {IBAN}, account name {NAME_CAPS}."),
    ("en", "Boat damage form: Renter: ___{NAME_FULL}___ DOB: ___{DOB_EN}___ Phone: ___{PHONE_EN}___"),
    ("en", "Irish visitor {NAME_FULL}, hire car {PLATE_ABROAD}, asks where to park near {place}."),
    # ---- mixed
    (
        "en",
        "Hand-over @colleague: {NAME_FULL}, customer no. {CUSTOMER_NUMBER_CUSTOMER}, waiting for a call on {PHONE}.",
    ),
    ("en", "Me: what's your date of birth?\nThem: {DOB_EN}\nMe: and the postcode?\nThem: {POSTCODE_EN}"),
    (
        "en",
        "Old-school envelope, Sender: {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}, BSN {BSN} written on the back.",
    ),
]
