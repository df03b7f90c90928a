"""English templates of test_v72, many from South African and Australian customers: Slack Connect threads,
Salesforce case comments, hands-free car calls, typed-over letters, translated chats, WhatsApp Business orders,
Excel exports and voice-assistant skill logs."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- car rental
    ("en", "Howzit, I collected the bakkie {PLATE_ABROAD} at the airport, name's {NAME_FULL}, cell {PHONE_EN}."),
    ("en", "Case comment: renter {NAME_FULL} disputes the fuel charge on card {CARD}."),
    ("en", "Field history | Email changed from {EMAIL} to {EMAIL} | Case {ref}"),
    ("en", "G'day, returned the hire car rego {PLATE_ABROAD} yesterday, no bond yet. {NAME_FIRST}"),
    ("en", "Rental agreement {CUSTOMER_NUMBER_CONTRACT}, driver {NAME_FULL}, date of birth {DOB_EN}, plate {PLATE}."),
    ("en", "Hands-free call: 'yeah hi it's {NAME_FIRST} [inaudible] the car {PLATE} won't start [crosstalk]'"),
    # ---- mortgage advisers
    ("en", "Slack Connect #mortgage-clients | {NAME_NICK}: my BSN is {BSN}, payslip attached."),
    ("en", "Please pay the construction deposit into {IBAN}, account holder {NAME_FULL}."),
    ("en", "Loan number {CUSTOMER_NUMBER_LOAN}, applicants {NAME_FULL} and {NAME_FULL}, property at {ADDRESS}."),
    ("en", "We're relocating from {ADDRESS_EN}, Cape Town {POSTCODE_EN}, to Amsterdam; reach me on {PHONE_EN}."),
    ("en", "Applicant born {DOB_EN}, currently living at {ADDRESS}, {POSTCODE} {city}."),
    # ---- home care
    ("en", "Care plan for {NAME_FULL}, BSN {BSN}, key safe code with the coordinator."),
    ("en", "My mum {NAME_FULL} (born {DOB_EN}) needs help on {weekday_en}, please ring me on {PHONE_ABROAD}."),
    ("en", "Typed letter: 'I am writing about my father {NAME_INITIALS}, the carers keep arriving late.'"),
    ("en", "Health insurer member number {CUSTOMER_NUMBER_MEMBER}, client {NAME_CAPS}."),
    # ---- debt counselling
    ("en", "Intake debt support: {NAME_FULL}, date of birth {DOB_EN}, {count} creditors, email {EMAIL}."),
    ("en", "Payments to creditors go from {IBAN_NL} in the name of {NAME_SURNAME}."),
    ("en", "The bailiff came to {ADDRESS}, {POSTCODE}; my customer number there is {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- lotteries
    ("en", "Congratulations {NAME_FULL}! Your prize of {amount} will be paid into {IBAN}."),
    ("en", 'Voice skill log: intent=CheckTicket slot.name="{NAME_LOWER}" slot.phone="{PHONE_SPOKEN}"'),
    ("en", "Winner's address for the hamper: {ADDRESS_EN}, {town} {POSTCODE_EN}."),
    ("en", "Player number {CUSTOMER_NUMBER_MEMBER}, registered to {EMAIL}, born {DOB_EN}."),
    # ---- e-scooters
    ("en", "Ride receipt for {EMAIL}: {count} min, charged to {CARD}."),
    ("en", "Parking fine at {place}; rider {NAME_FULL}, phone {PHONE}."),
    ("en", "Auto-translated chat | original: 'Benim adım {NAME_FULL}' | EN: 'My name is {NAME_AGAIN}'"),
    ("en", "Licence check failed for {NAME_CAPS}, DOB {DOB_EN}."),
    # ---- concert tickets
    ("en", "Tickets for {place} issued to {NAME_FULL} <{EMAIL}>, {count} standing."),
    ("en", "Resale payout to {IBAN}, seller {NAME_NICK}."),
    ("en", "WhatsApp Business order: 2x seated | name {NAME_FULL} | deliver to {ADDRESS_EN}, {POSTCODE_EN}"),
    ("en", "Hey mate, bought two tix off TicketSwap, my number is {PHONE_EN}, name's {NAME_FIRST}."),
    # ---- newspapers
    ("en", "Subscriber {CUSTOMER_NUMBER_SUBSCRIBER}: no paper delivered to {ADDRESS} this week."),
    ("en", "Cancel my digital subscription please, {NAME_FULL}, {EMAIL}."),
    ("en", 'Excel export: "{NAME_FULL}";"{ADDRESS_EN}";"{POSTCODE_EN}";{PHONE_EN}'),
    ("en", "Typed-over letter: 'Yours faithfully, {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {town}'"),
    # ---- waste passes
    ("en", "Waste pass {CUSTOMER_NUMBER_WASTE} lost; resident {NAME_FULL}, {ADDRESS}, {POSTCODE}."),
    ("en", "Bulky waste pickup on {weekday_en} for {NAME_SURNAME}, call {PHONE} if the driver can't find it."),
    ("en", "New waste pass requested with BSN {BSN_SPOKEN} over the phone, caller {NAME_FIRST}."),
    # ---- window cleaners
    ("en", "Window cleaning at {ADDRESS}, customer {NAME_FULL}, direct debit from {IBAN}."),
    ("en", "Salesforce | Contact: {NAME_FULL} | Mobile: {PHONE_EN} | Account: {CUSTOMER_NUMBER_CUSTOMER}"),
    ("en", "Hi there, I'm in Perth at {ADDRESS_EN}, {POSTCODE_EN}, visiting my gran in Haarlem, {NAME_FULL}."),
    ("en", "Insurance policy {CUSTOMER_NUMBER_POLICY}, car {PLATE}, insured {NAME_DOUBLE}."),
    ("en", "Hands-free: 'my email is {EMAIL_SPOKEN} [static] did you get that?'"),
    ("en", "Flemish customer at {ADDRESS_BE}, {POSTCODE_BE} {city}, card {CARD}."),
    ("en", "Contract {CUSTOMER_NUMBER_CONTRACT} signed by {NAME_FULL} on {date_en}, postcode {POSTCODE}."),
    ("en", "Mortgage client {NAME_FULL}, born {DOB}, BSN {BSN}, phone {PHONE}."),
]
