"""English templates with personal data of the `test_v31` split: expats, tourists and British, Irish and other
customers of the awning installer, osteopathy practice, travel clinic, bowling centre, picture framer and tailor.
Written by someone who never saw the redaction rules; the labelling conventions are in `privacy_templates_v31`."""

from __future__ import annotations

_EN = [
    # awning installer
    "Dixa chat\n[14:02] Customer: hi, it's {NAME_FULL}, the awning guy never showed up\n[14:03] Agent: Sorry! "
    "Which address?\n[14:03] Customer: {ADDRESS}, {POSTCODE} {city}",
    "Measuring visit booked for {NAME_INIT}, {ADDRESS}, mobile {PHONE}, customer no. {CUSTOMER_NUMBER_AWNING}.",
    "hey this is {NAME_FIRST} from {ADDRESS_LOWER}, can your fitter park his van behind my car {PLATE}?",
    "Please send the quote to my wife {NAME_F} at {EMAIL}, I'm abroad until {date_en}.",
    "Deposit paid from {IBAN} by {NAME_FULL}; balance due after fitting.",
    "Customer {NAME_FULL} (account {CUSTOMER_NUMBER_AWNING}) says the Somfy remote stopped working; call {PHONE}.",
    # osteopathy
    "New patient form\nName: {NAME_FULL}\nDate of birth: {DOB}\nPhone: {PHONE_ABROAD}\nEmail: {EMAIL}",
    "Help Scout #40390 from {NAME_FULL}: my baby {NAME_CHILD} (born {DOB_BABY}) has colic, do you treat babies?",
    "Patient {CUSTOMER_NUMBER_OSTEO} cancelled, no-show fee charged to card {CARD}.",
    "My insurer asks for my BSN on the invoice, it's {BSN}. Thanks, {NAME_FIRST}",
    "Voicemail: 'hi um, this is {NAME_FULL}, my number is {PHONE_SAID}, I need to move Tuesday'",
    "Invoice to {NAME_REG}, {ADDRESS}, {POSTCODE} {city}, patient no. {CUSTOMER_NUMBER_OSTEO}.",
    # travel clinic
    "Travel clinic intake (scanned)\nName: {NAME_FULL}\nDOB: {DOB}\nDestination: {country}\nBSN: {BSN}",
    "Crisp chat: visitor {NAME_FULL} asks if her yellow fever booklet can be reissued, client no. "
    "{CUSTOMER_NUMBER_VAX}.",
    "Family booking: {NAME_FULL}, {NAME_FULL} and the kids {NAME_CHILD} ({DOB_CHILD}) and {NAME_CHILD} "
    "({DOB_CHILD}), travelling to {country}.",
    "I was born on {DOB_SAID} and my BSN is {BSN_SAID}, does that match your records?",
    "Refund for the rabies shots to {IBAN_ABROAD}, account holder {NAME_CAPS}.",
    "Chatbot handover: user {NAME_LOWER}, email {EMAIL_OBF}, wants a malaria prescription before {date_en}.",
    "Payment failed for {NAME_INIT}: card {CARD_SAID}.",
    "Please post the vaccination certificate to {ADDRESS_GB}, {city_gb}; my name is {NAME_FULL}.",
    # bowling
    "Corporate outing on {date_en}: contact {NAME_FULL}, {EMAIL}, {PHONE}; {lane}.",
    "League member {CUSTOMER_NUMBER_BOWL} {NAME_FULL} wants to pay the season by direct debit, IBAN {IBAN}.",
    "Lost property: wallet with a Belgian driving licence, {NAME_FULL}, born {DOB}.",
    "Car {PLATE_DE} blocking the delivery entrance, owner {NAME_FIRST} reachable on {PHONE_ABROAD}.",
    "Kids' birthday party for {NAME_CHILD} ({DOB_CHILD}); parent {NAME_M}, mobile {PHONE}.",
    "Card {CARD} charged twice for lane booking by {NAME_FULL}.",
    # framer
    "Commission {order}: {NAME_FULL}, {artwork}, {frame}; customer no. {CUSTOMER_NUMBER_FRAME}.",
    "Please deliver the frame to my mum {NAME_F}, {ADDRESS}, {POSTCODE} {city}.",
    "Spelled email for {NAME_FULL}: {EMAIL_SPELL}.",
    "Collected by {NAME_INIT}, car {PLATE}, on behalf of {NAME_FULL}.",
    # tailor
    "Measurement card {CUSTOMER_NUMBER_TAILOR}: {NAME_FULL}, wedding on {date_en}, phone {PHONE}.",
    "Front thread\nFrom: {NAME_FULL} <{EMAIL}>\nSubject: hem my trousers\nHi, can I drop them off {weekday_en}?",
    "Pick-up at {NAME_FULL}, {ADDRESS}, {POSTCODE}; ring {PHONE_FIXED} on arrival.",
    "Customer from Antwerp: {NAME_FULL}, {ADDRESS_BE}, {POSTCODE_BE} {city_be}, {PHONE_BE}.",
    "Refund to {IBAN} for {NAME_LAST}, customer number {CUSTOMER_NUMBER_TAILOR}.",
    # mixed
    "Customer number {CUSTOMER_NUMBER}, name {NAME_FULL}, email {EMAIL}.",
    "Moved on {date_en}: {NAME_FULL}, new address {ADDRESS}, {POSTCODE} {city}.",
    "my postcode is {POSTCODE} and my date of birth {DOB}, name {NAME_LOWER}",
    "Copy of passport from {NAME_FULL}, BSN {BSN} visible, deleted after checking.",
    "Plates on the guest list: {PLATE}, {PLATE_BE} and {PLATE}.",
    "Callback request: Mrs {NAME_LAST}, {PHONE_FIXED}, after {time_en}.",
    "Please use {EMAIL} instead of {EMAIL}, the old one belongs to my ex {NAME_FIRST}.",
    "Account {CUSTOMER_NUMBER} pays from {IBAN}, card on file {CARD}.",
    "German address for the invoice: {NAME_FULL}, {ADDRESS_DE}, {POSTCODE_DE} {city_de}.",
]

TEST_V31_PII_EN = [("en", text) for text in _EN]
