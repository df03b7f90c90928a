"""English templates of test_v64, many from American, Indian and South African expats in the Netherlands: e-mail
threads, PDF forms, chat exports, phone notes, bailiff letters, Instagram and X messages and parcel labels."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- energy
    ("en", "Hi, I just moved to {ADDRESS}, {POSTCODE} and need gas and electricity. My name is {NAME_FULL}."),
    ("en", "On {weekday_en}, {date_en} at {time}, {NAME_FULL} <{EMAIL}> wrote:\n> Why is my annual bill {amount}?"),
    ("en", "Energy contract {CUSTOMER_NUMBER_CONTRACT}, account holder {NAME_INITIALS}, refund to {IBAN} please."),
    ("en", "Call note: {NAME_SURNAME} - smart meter not reading - callback {PHONE_EN} - prefers English"),
    # ---- mortgage
    ("en", "We're an American couple buying at {ADDRESS}; applicants {NAME_FULL} (DOB {DOB_EN}) and {NAME_FULL}."),
    (
        "en",
        "Mortgage application, applicant 1\nFull name: {NAME_CAPS}\nDate of birth: {DOB_EN}\nBSN: {BSN}\n[x] employed",
    ),
    ("en", "Please send the valuation report to {EMAIL}; the property is {ADDRESS}, {POSTCODE}."),
    ("en", "My salary goes into {IBAN_NL} and my US account is closed now. Regards, {NAME_FULL}"),
    # ---- childcare
    ("en", "Our daughter {NAME_FIRST} (born {DOB_EN}) needs after-school care three days a week. Mum: {PHONE_EN}"),
    ("en", "Childcare benefit form: parent {NAME_FULL}, BSN {BSN}, childcare contract {CUSTOMER_NUMBER_CONTRACT}."),
    (
        "en",
        "[{time}] Customer: can {NAME_FIRST} {NAME_SURNAME} pick "
        "up my son today?\n[{time}] {bot}: I'll tell the group.",
    ),
    # ---- moving and storage
    (
        "en",
        "Moving quote: from {ADDRESS_EN}, {POSTCODE_US} (USA) to {ADDRESS}, {POSTCODE} {city}. Contact {NAME_FULL}.",
    ),
    ("en", "Storage unit rented by {NAME_FULL}, customer no. {CUSTOMER_NUMBER_CUSTOMER}, card on file {CARD}."),
    ("en", "SHIP TO:\n{NAME_CAPS}\n{ADDRESS}\n{POSTCODE} {city}\nThe Netherlands\nPhone: {PHONE_EN}"),
    ("en", "Our container from South Africa (sender {ADDRESS_EN}) arrives {date_en}; ask for {NAME_FIRST}."),
    # ---- cars, APK, tyres
    ("en", "I bought a used Kia, plate {PLATE}, and the dealer says I need APK. Name {NAME_FULL}, tel {PHONE}."),
    (
        "en",
        "Tyre change booked for {PLATE} on {weekday_en}, customer "
        "{NAME_INITIALS}, tyre hotel no. {CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    ("en", "I'm importing my car from Germany, plate {PLATE_ABROAD}, registered to {NAME_FULL}, born {DOB_EN}."),
    ("en", "Lease car {PLATE} is under my name {NAME_FULL}, lease customer number {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- travel
    ("en", "Re {ref}: travellers {NAME_FULL} and {NAME_FULL}, DOB {DOB_EN} and {DOB_EN}."),
    ("en", "We cancelled our Crete trip because of Covid; please refund {amount} to card {CARD}. {NAME_FULL}"),
    (
        "en",
        "Travel insurance policy {CUSTOMER_NUMBER_POLICY} for {NAME_FULL}, emergency contact in India {PHONE_ABROAD}.",
    ),
    ("en", "> From: {NAME_FULL} <{EMAIL}>\n> Subject: Re: cancellation\n> Still no refund, it's been {count} weeks."),
    # ---- groceries
    ("en", "Delivery note: ring at {ADDRESS}, ask for {NAME_FIRST}, code {POSTCODE}."),
    ("en", "Missing items again! Customer {CUSTOMER_NUMBER_CUSTOMER}, e-mail {EMAIL}, refund to {IBAN} please."),
    ("en", "[{time}] Agent {NAME_FIRST}: could you confirm your phone number?\n[{time}] Customer: {PHONE_EN}"),
    # ---- alarms and locksmiths
    ("en", "Alarm contacts: 1) {NAME_FULL}, {PHONE_EN} 2) {NAME_FULL}, {PHONE}"),
    ("en", "I'm locked out of {ADDRESS}, {POSTCODE}! Locksmith please, pay by card {CARD}. {NAME_FIRST}"),
    ("en", "Alarm subscription {CUSTOMER_NUMBER_CONTRACT}, to verify your identity please give your DOB: {DOB_EN}"),
    # ---- student finance
    (
        "en",
        "I'm an Indian master's student, student number {CUSTOMER_NUMBER_STUDENT}, BSN {BSN}, DUO wants my address.",
    ),
    ("en", "DUO repayment from {IBAN_NL} failed, account holder {NAME_FULL}, student no. {CUSTOMER_NUMBER_STUDENT}."),
    ("en", "My BSN is {BSN_SPOKEN}, and my e-mail is {EMAIL_SPOKEN}."),
    # ---- allotments and clubs
    ("en", "New member of the allotment garden: {NAME_FULL}, member no. {CUSTOMER_NUMBER_MEMBER}, from South Africa."),
    ("en", "Cricket club fees: {NAME_FULL}, member number {CUSTOMER_NUMBER_MEMBER}, paid from {IBAN}."),
    ("en", "Plot 7 changed hands; new holder {NAME_LOWER}, phone {PHONE_SPOKEN}."),
    # ---- lawyers and bailiffs
    ("en", "Bailiff's letter to {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}, re unpaid energy bill of {amount}."),
    (
        "en",
        "Our client {NAME_FULL} (date of birth {DOB_EN}, BSN {BSN}) disputes the claim. Reach us at {EMAIL_MASKED}.",
    ),
    ("en", "Seizure notice: vehicle {PLATE} belonging to {NAME_FULL}, policy {CUSTOMER_NUMBER_POLICY}."),
    # ---- Instagram and X
    ("en", "DM from @{NAME_HANDLE}: y'all lost my groceries AGAIN, zip {POSTCODE} {hashtag}"),
    ("en", "@{NAME_HANDLE} hey, please DM us your postcode and house number, don't post {PHONE_EN} publicly! {handle}"),
    ("en", "Insta comment by @{NAME_HANDLE}: tag my landlord {NAME_FULL}, the alarm goes off every night {hashtag}"),
    # ---- expats in general
    ("en", "Howzit, it's {NAME_FULL} from Joburg, my Dutch number is {PHONE} and SA number {PHONE_ABROAD}."),
    ("en", "Kindly do the needful and update my address to {ADDRESS}, {POSTCODE}. Regards, {NAME_FULL}"),
    ("en", "Sending from my US email {EMAIL}, my phone is {PHONE_ABROAD}, birthday {DOB_EN}."),
    ("en", "Per the PDF: Name [{NAME_FULL}] Postcode [{POSTCODE}] Policy no. [{CUSTOMER_NUMBER_POLICY}] [x] I agree"),
    ("en", "Please charge my credit card {CARD}, billing address {ADDRESS_EN}, {POSTCODE_ABROAD}."),
]
