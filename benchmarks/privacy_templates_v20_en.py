"""English templates of the `test_v20` split, in the frames of the Dutch ones (`privacy_templates_v20`): expats,
tourists and international students (British, Irish, American, Indian, Australian, Ukrainian, Polish, Chinese) and
Dutch callers who switch to English. Their data is mostly Dutch (06 numbers, Dutch postcodes, streets, IBANs, BSNs
and plates), with Belgian, British and other foreign values; dates of birth also in US order. Labels as in
`privacy_templates_v20`. Written by someone who never saw the redaction rules."""

from __future__ import annotations

_EN = [
    # water, car sharing, hotel, luggage
    "Reporting {leak_en} outside {ADDRESS}, {POSTCODE} {city}. My name is {NAME_FULL}, mobile {PHONE}.",
    "Water bill for customer {CUSTOMER_NUMBER} is way too high; direct debit from {IBAN}.",
    "The {carshare} app charged my card {CARD} for a trip I cancelled. Account {EMAIL}.",
    "I got a speeding ticket for car {PLATE} but I wasn't driving. {NAME_FULL}, date of birth {DOB}.",
    "Booking {booking} at {hotel} under the name {NAME_FULL}; they charged {amount_en} twice to {CARD}.",
    "Hi, I'm writing on behalf of my colleague {NAME_IE} about the hotel invoice. Reach him at {PHONE_GB}.",
    "Lost suitcase on flight {flight}, {bagtag}. Deliver to {ADDRESS}, {POSTCODE} {city}; call {PHONE}.",
    "Passenger {NAME_FULL_F}, born {DOB}, still waiting for her bag. Email {EMAIL_SAME}.",
    # insurer, gym, supermarket, bike, solar
    "Claim for {care_en}: {amount_en}. Insured person {NAME_FULL}, BSN {BSN}, policy {CUSTOMER_NUMBER_POLICY}.",
    "My son {NAME_CHILD} (DOB {DOB_CHILD}) needs {care_en}. Can I claim it on my policy {CUSTOMER_NUMBER_POLICY}?",
    "Please freeze my {gym} membership until {date_en}, member number {CUSTOMER_NUMBER_MEMBER}. Thanks, {NAME_FIRST}",
    "Still being charged by {gym} from {IBAN} after I froze it. {NAME_FULL}, {PHONE}.",
    "My {shop} delivery to {ADDRESS} was missing {product} again. Refund to {CARD}, please.",
    "Bike repair at {bikeshop}: {bike}, pick-up by {NAME_FULL}, {PHONE}.",
    "Quote for solar panels at {ADDRESS}, {POSTCODE}. Contact {NAME_FULL}, {EMAIL_SAME}.",
    # mortgage, debt, language school, pet, streaming
    "Mortgage application: {NAME_FULL}, born {DOB}, BSN {BSN}, currently renting at {ADDRESS}.",
    "Dear Mr {NAME_SURNAME_M},\n\nYour mortgage offer {CUSTOMER_NUMBER_CONTRACT} expires on {date_en}.\n\n"
    "Kind regards,\n{NAME_FULL}",
    "A debt collector says I owe {amount_en}, debtor number {CUSTOMER_NUMBER_DEBTOR}. I've never lived at {ADDRESS}.",
    "Payment plan please: {NAME_FORM}, {PHONE}, {EMAIL_SAME}.",
    "Enrolment for {course_en}: {NAME_UA}, born {DOB}, student number {CUSTOMER_NUMBER_STUDENT}.",
    "I paid the course fee with card {CARD} and still got a reminder. {NAME_FULL}, {EMAIL_SAME}.",
    "Vet bill for {pet_en} is {amount_en}; please pay to {IBAN}. Policy {CUSTOMER_NUMBER_POLICY}, {NAME_FULL}.",
    "{stream} Family: main account {EMAIL}, members {NAME_FIRST} and {NAME_FIRST}.",
    "Someone in another country is on our family plan. Owner {NAME_FULL}, card {CARD}.",
    # marketplace, home care, OV, kitchen
    "Scam on {market}: the seller {NAME_FULL} took {amount_en} to {IBAN} and vanished. His number was {PHONE}.",
    "The buyer wanted my BSN {BSN} 'to verify' — I gave it, stupidly.",
    "Home care for my mother {NAME_FULL_F}, born {DOB_ELDER}, at {ADDRESS}, {POSTCODE} {city}.",
    "Night shift note by {NAME_STAFF}: client {CUSTOMER_NUMBER_CLIENT} fell, son {NAME_FIRST_M} informed on {PHONE}.",
    "OV-chipkaart refund of {amount_en} to {IBAN}, in the name of {NAME_FULL}, born {DOB}.",
    "Personal OV card for my daughter {NAME_CHILD}, DOB {DOB_CHILD}; send it to {ADDRESS}, {POSTCODE}.",
    "The kitchen fitter {NAME_FULL_M} parked his van {PLATE} across our driveway.",
    "Complaint about {kitchen}: customer number {CUSTOMER_NUMBER}, {NAME_FULL}, {PHONE_LAND}.",
    # spoken, broken, abroad, styles
    "Call transcript\nAgent: Could you spell your email address?\nCaller: {EMAIL_VOICE}.\nAgent: Got it.",
    "Caller gave her mobile as {PHONE_VOICE}.",
    "He read out his BSN: {BSN_VOICE}.",
    "Date of birth as said on the call: {DOB_VOICE}.",
    "Plate read out: {PLATE_VOICE}.",
    "Postcode on the call: {POSTCODE_VOICE}, house at {ADDRESS_VOICE}.",
    "Card read aloud: {CARD_VOICE}.",
    "IBAN read aloud: {IBAN_VOICE}.",
    "Office line {PHONE_EXT}, ask for {NAME_FULL}.",
    "Belgian account {IBAN_BE}, address {ADDRESS_BE}, {POSTCODE_BE} {city_be}.",
    "My Chinese colleague writes his name as {NAME_CN}; his phone is {PHONE_CN}.",
    "Our Indian guest {NAME_IN} can be reached at {EMAIL_SAME}.",
    "Cheers,\n{NAME_FULL}\n{ADDRESS_WRAP}\n{POSTCODE} {city}\nmob: {PHONE}",
    "The form split my name: {NAME_WRAP}. Account {CUSTOMER_NUMBER_ACCOUNT}.",
    "[16:20] Customer: email is {EMAIL_HEAD}\n[16:20] Customer: {EMAIL_TAIL}",
    "[16:31] Customer: my IBAN {IBAN_HEAD}\n[16:31] Customer: {IBAN_TAIL}",
    "my email is {EMAIL_OBF} (no spam please)",
    "hey its {NAME_FIRST_LOW}, new number {PHONE_WRAP}",
    "NAME: {NAME_FULL_UP}, DOB: {DOB}, ADDRESS: {ADDRESS_UP}",
    "Australian backpacker {NAME_AU}, UK phone {PHONE_GB}, staying at {ADDRESS}.",
    "Car-sharing damage report: plate {PLATE}, {booking}, driver {NAME_FULL}.",
    "Our lease car {PLATE} was towed from {ADDRESS} while we were on holiday.",
    "Belgian van {PLATE_BE} blocked the home-care nurse; the driver said his name was {NAME_FULL}.",
    "For the tax refund on the panels I need to send my BSN, {BSN}, and my wife's, {BSN}?",
]

TEST_V20_PII_EN = [("en", text) for text in _EN]
