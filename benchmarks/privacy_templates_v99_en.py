"""English templates of test_v99, some from Ugandan and Welsh customers."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- film equipment rental
    ("en", "Zendesk side conversation to the warehouse: renter {NAME_FULL} collects the {product}, mobile {PHONE}."),
    ("en", "Please refund the deposit to {IBAN}, account holder {NAME_FORMAL}."),
    ("en", "Name\t\t{NAME_FULL}\t\tEmail\t{EMAIL}\t\t\tPhone\t{PHONE_ABROAD}"),
    ("en", "I booked the kit as {NAME_FULL}\n*{NAME_SURNAME} not {NAME_SURNAME}, autocorrect again"),
    # ---- office aquarium
    ("en", "Service visit for the office tank, ask for {NAME_FIRST} at reception, {PHONE_ABROAD}."),
    ("en", "Maintenance contract {CUSTOMER_NUMBER_CONTRACT} billed to card {CARD}."),
    ("en", "Agent note copied from screenshot: {NAME_CAPS}, {ADDRESS_EN}, {POSTCODE_UK}"),
    # ---- personal trainers
    ("en", "LinkedIn message: Hi, I'm {NAME_FULL}, a trainer in Cardiff. Reach me on {PHONE_ABROAD} or {EMAIL}."),
    ("en", "A: Can I take your name?\nB: It's {NAME_FULL}.\nA: Date of birth?\nB: {DOB_EN}."),
    ("en", "Member {CUSTOMER_NUMBER_MEMBER} ({NAME_INITIALS}) has paused the plan until {date_en}."),
    ("en", "Diolch! My details: {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_UK}, born {DOB_EN}."),
    # ---- lost luggage
    ("en", "Lost bag report: passenger {NAME_CAPS}, deliver to {ADDRESS}, {POSTCODE}, call {PHONE}."),
    ("en", "Hello sir, my suitcase did not reach, I am {NAME_FULL} from Kampala, my number is {PHONE_ABROAD}."),
    ("en", "Please send the bag to my sister {NAME_FIRST} in Entebbe, she is on {PHONE_ABROAD}, email {EMAIL}."),
    ("en", "Compensation of {amount} to {IBAN} in the name of {NAME_LOWER}, please."),
    # ---- care home visits
    ("en", "Visiting slot {time} on {weekday_en} for {NAME_FULL}, visiting her father {NAME_FORMAL}."),
    ("en", "Resident {NAME_FULL}, date of birth {DOB_EN}, BSN {BSN}, son visiting from Swansea."),
    ("en", "A: And your phone number?\nB: {PHONE_SPOKEN}.\nA: Lovely, thank you."),
    # ---- canoe rental
    ("en", "Canoe booked by {NAME_FULL} for {count} people, car {PLATE_ABROAD}, mobile {PHONE_ABROAD}."),
    ("en", "Our van is {PLATE}, booking under {NAME_SURNAME}, we arrive {weekday_en}."),
    ("en", "Form: Full name: {NAME_FULL} | Lidnummer: {CUSTOMER_NUMBER_MEMBER} | Email: {EMAIL}"),
    # ---- chimney inspections
    ("en", "Chimney sweep certificate for insurer, policy {CUSTOMER_NUMBER_POLICY}, policyholder {NAME_FULL}."),
    ("en", "The inspector will visit {NAME_FORMAL} at {ADDRESS_EN}, {POSTCODE_UK} on {weekday_en}."),
    ("en", "Policy number {CUSTOMER_NUMBER_POLICY}, insured {NAME_INITIALS}, born {DOB_EN}."),
    # ---- festival refunds
    ("en", "Refund request: {NAME_FULL}, order {ref}, bank {IBAN}, email {EMAIL_SPOKEN}."),
    ("en", "My email is {EMAIL}\n*{EMAIL} sorry, typo in the first one"),
    ("en", "Festi (bot): What is your customer number? User: {CUSTOMER_NUMBER_CUSTOMER}, name {NAME_FIRST}."),
    ("en", "Paid the weekend ticket with {CARD}, cardholder {NAME_CAPS}."),
    # ---- laser hair removal
    ("en", "Session {count} for {NAME_FULL}, DOB {DOB_EN}, contact {PHONE}."),
    ("en", "Treatment contract {CUSTOMER_NUMBER_CONTRACT}, client {NAME_FORMAL}, card {CARD}."),
    ("en", "A: Your email please?\nB: {EMAIL_SPOKEN}.\nA: And the postcode?\nB: {POSTCODE_UK}."),
    # ---- wedding photographers
    ("en", "LinkedIn message from {NAME_FULL}: we are getting married on {date_en}, my number is {PHONE}."),
    ("en", "Couple: {NAME_FULL} & {NAME_FULL}, address {ADDRESS_EN}, {POSTCODE_UK}."),
    ("en", "Customer no. {CUSTOMER_NUMBER_CUSTOMER}, deposit {amount} paid from {IBAN}."),
    ("en", "Webale nyo! I am {NAME_FULL}, {ADDRESS_EN}, Kampala, WhatsApp {PHONE_ABROAD}."),
    # ---- notary letters
    ("en", "Estate of the late {NAME_FULL}, last residing at {ADDRESS}, {POSTCODE} {city}, born {DOB}."),
    ("en", "The notary asks heir {NAME_INITIALS} for the BSN {BSN} and account {IBAN}."),
    ("en", "Executor {NAME_FORMAL} can be reached on {PHONE} or {EMAIL}."),
    ("en", "The deceased's car {PLATE} will be transferred to {NAME_FULL}."),
    ("en", "Hiya, {NAME_FIRST} here from Llanelli, ring me on {PHONE_ABROAD} after {time}."),
]
