"""English templates of test_v81, many from Scottish and Nigerian customers: Gorgias tickets, Threema, call
transcripts, spreadsheet rows, letters with a footer, pasted screenshots, numbered forms and voice dictation."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- bicycle parking
    ("en", "Gorgias #{count}{count} | Customer: {NAME_FULL} <{EMAIL}> | Subject: my bike was removed at {station}"),
    ("en", "Aye, my bike's been clamped at the station again. I'm on {PHONE_EN} if yous can ring. {NAME_FIRST}"),
    ("en", "Parking subscription {CUSTOMER_NUMBER_MEMBER} belongs to {NAME_INITIALS}; refund to {IBAN}."),
    # ---- clinics abroad
    ("en", "Patient {NAME_FULL}, patient ID {CUSTOMER_NUMBER_PATIENT}, DOB {DOB_EN}: hair transplant on {date_en}."),
    ("en", "The deposit of {amount} for my veneers was charged to card {CARD}. Kind regards, {NAME_FULL}"),
    ("en", "The clinic coordinator rang me from {PHONE_ABROAD} about the flight; I am {NAME_FULL}."),
    ("en", "[image] Invoice – Patient name: {NAME_CAPS} – Date of birth: {DOB_EN} – Total: {amount}"),
    ("en", "Please refund the cancelled surgery to {IBAN}, account name {NAME_LOWER}."),
    # ---- CJIB hearings
    ("en", "I got a Dutch traffic fine for {PLATE} but I was in Glasgow that day, my name is {NAME_FULL}."),
    ("en", "Hearing request on behalf of {NAME_FULL}, born {DOB_EN}, vehicle {PLATE_ABROAD}, address {ADDRESS_EN}."),
    ("en", "Objection lodged by {NAME_INITIALS}, BSN {BSN}, currently living at {ADDRESS}, {POSTCODE} {city}."),
    (
        "en",
        "{ts} hello good morning {ts} this is {NAME_FULL} calling {ts} about the fine on {PLATE} {ts} "
        "you can reach me on {PHONE_EN}",
    ),
    # ---- baby gear rental
    ("en", "Rental agreement {CUSTOMER_NUMBER_CONTRACT}: pram {product} for {NAME_FULL}, deposit from {IBAN}."),
    ("en", "Our daughter {NAME_FIRST} was born on {DOB_EN}, so we would like the cot for {count} more months."),
    ("en", "Please deliver to {ADDRESS_EN}, {POSTCODE_UK}, top floor, buzzer {NAME_SURNAME}."),
    ("en", "Sheet export row {count}: {EMAIL},{NAME_FULL},{POSTCODE_UK},{amount}"),
    ("en", "Sheet export row {count}: {NAME_CAPS},{amount},{PHONE_EN},{CUSTOMER_NUMBER_CUSTOMER}"),
    ("en", "Sheet export row {count}: {ADDRESS_EN},{product},{NAME_LOWER},{DOB_EN}"),
    # ---- stairlifts
    ("en", "Stairlift fault at {ADDRESS_EN}, {POSTCODE_UK}; customer {NAME_FULL}, phone {PHONE_EN}."),
    ("en", "My mum {NAME_FULL} (born {DOB_EN}) is stuck on the stairlift, please call {PHONE} right away!"),
    ("en", "Service contract {CUSTOMER_NUMBER_CONTRACT} for the Stannah lift of {NAME_INITIALS} expires on {date_en}."),
    # ---- tutors for sick children
    ("en", "Tutor request for {NAME_FIRST}, who is in hospital; parent {NAME_FULL}, email {EMAIL}."),
    ("en", "Pupil {NAME_FULL}, pupil number {CUSTOMER_NUMBER_MEMBER}, date of birth {DOB_EN}, {count} lessons a week."),
    ("en", "The tutor, {NAME_FULL}, lives at {ADDRESS_EN} and can be reached on {PHONE_EN}."),
    # ---- parcel lockers
    ("en", "My parcel is stuck in locker {count} and the code will not work. {NAME_FULL}, {POSTCODE}"),
    ("en", "[image] Your parcel is ready | Recipient: {NAME_FULL} | Locker {count} | Collect by {date_en}"),
    ("en", "Account {CUSTOMER_NUMBER_CUSTOMER} linked to {EMAIL}; complaint about the locker at {station}."),
    # ---- houseboats
    ("en", "Mooring permit for the houseboat at {ADDRESS_BOAT}, holder {NAME_FULL}, BSN {BSN}."),
    ("en", "Berth fee of {amount} to be taken from {IBAN_NL}, contract {CUSTOMER_NUMBER_CONTRACT}, {NAME_CAPS}."),
    ("en", "Yours faithfully — {NAME_FULL} · {ADDRESS_BOAT} · {POSTCODE} Amsterdam · {PHONE}"),
    # ---- costume rental
    ("en", "Costume booking for {role}: contact {NAME_FULL}, {PHONE_EN}, deposit paid with card {CARD}."),
    ("en", "Best wishes, the drama society — {NAME_FULL} | {ADDRESS_EN} | {POSTCODE_UK} | {EMAIL}"),
    # ---- horse physiotherapy
    ("en", "Treatment notes for {horse}: owner {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_UK}, trailer {PLATE_ABROAD}."),
    ("en", "Equine insurance policy {CUSTOMER_NUMBER_POLICY}, policyholder {NAME_FULL}, born {DOB_EN}."),
    ("en", "Horsebox {PLATE} belonging to {NAME_SURNAME} is blocking the yard gate."),
    # ---- numbered forms
    (
        "en",
        "1. Name: {NAME_FULL} 2. Address: {ADDRESS_EN} 3. Postcode: {POSTCODE_UK} 4. Phone: {PHONE_EN} 5. Issue: late",
    ),
    (
        "en",
        "1. Name: {NAME_CAPS} 2. Date of birth: {DOB_EN} 3. Policy number: {CUSTOMER_NUMBER_POLICY} 4. Claim: {amount}",
    ),
    # ---- voice dictation
    ("en", "Voice assistant, dictate: 'my email is {EMAIL_SPOKEN}', confidence {count}%."),
    ("en", "Voice assistant, dictate: 'call me back on {PHONE_SPOKEN}', user {NAME_FIRST}."),
    ("en", "Voice assistant transcript: 'my BSN is {BSN_SPOKEN}, that's right'."),
    # ---- Nigerian and Scottish customers
    ("en", "Good day sir, I am {NAME_FULL}, kindly refund my money to {IBAN}, God bless."),
    ("en", "Please ma, the pram you delivered to {ADDRESS} is faulty, my number is {PHONE_EN}. {NAME_FIRST}"),
    ("en", "Threema | {NAME_NICK}: hiya, parcel never came, I'm at {ADDRESS_EN}, {POSTCODE_UK}"),
    ("en", "Wee question: my son {NAME_FULL}, born {DOB_EN}, has his tutor on {weekday_en}, can we move it?"),
    ("en", "Customer no. {CUSTOMER_NUMBER_CUSTOMER}, the lift engineer never came. Cheers, {NAME_FULL}, {PHONE_EN}"),
    ("en", "I paid with card {CARD} but the berth fee was taken twice. Regards, {NAME_INITIALS}"),
]
