"""English templates of the `test_v27` split (expats, international students, tourists and British, Irish,
Scottish, Nigerian, South African, Australian and New Zealand customers), in the same frames and channels as the
Dutch ones. Written by someone who never saw the redaction rules."""

from __future__ import annotations

_EN = [
    # laundry
    "Freshdesk #{fd}\nSubject: missing duvet cover\nFrom: {NAME_FULL} <{EMAIL}>\n\nHi, my duvet cover never came "
    "back. Account {CUSTOMER_NUMBER_LAUNDRY}. Thanks",
    "Agent: hi there, how can I help?\nCustomer: hiya my laundry bag wasnt picked up\nAgent: can I have your "
    "address?\nCustomer: {ADDRESS}, {POSTCODE}",
    "Customer: its {NAME_FIRST} again, can the driver call me on {PHONE_UK} when he's outside",
    "RETURN TO SENDER\n{NAME_FULL}\n{ADDRESS_UK}\n{city_uk} {POSTCODE_UK}\nUNITED KINGDOM",
    "Weekly plan {CUSTOMER_NUMBER_LAUNDRY} charged to card {CARD}, cardholder {NAME_FULL}.",
    # glazier
    "Case {sf} | Account: {NAME_FULL} | Phone: {PHONE} | Subject: patio door shattered, need emergency board-up",
    "Case notes: Spoke to {NAME_INITIALS}, policy {CUSTOMER_NUMBER_GLASS}, insurer confirmed cover, "
    "excess {amount_en}.",
    "Claim form\nPolicyholder: {NAME_FULL}\nDate of birth: {DOB}\nAddress: {ADDRESS}, {POSTCODE} {city}",
    "The tenant, {NAME_FULL}, paid the excess from {IBAN}; landlord is {NAME_DOUBLE}.",
    "Our fitter drives van {PLATE}; he'll be at {ADDRESS} around {time_en}.",
    # tennis
    "Membership form\nName: {NAME_FULL}\nDOB: {DOB}\nEmail: {EMAIL}\nMobile: {PHONE}\nKNLTB no.: "
    "{CUSTOMER_NUMBER_TENNIS}",
    "Survey, open answer: 'Coach {NAME_FULL_M} is brilliant, my kids love him.'",
    "Survey comment: the app keeps logging me out, please email me at {EMAIL} - {NAME_FULL}",
    "Junior member {NAME_CHILD}, born {DOB_CHILD}, parent {NAME_FULL_F}, phone {PHONE_INTL}.",
    "Membership fee for {year} collected from {IBAN} ({NAME_SURNAME}).",
    # bridal
    "Hi! I'm {NAME_FULL_F}, getting married on {date_en}. Could I book a fitting? My number is {PHONE}.",
    "Kind regards,\n{NAME_FULL}\n{PHONE_UK}\n\nThis email and any attachments are confidential and intended "
    "solely for the addressee.",
    "Deposit {amount_en} received from {NAME_FULL} via {IBAN_ABROAD}, customer {CUSTOMER_NUMBER_BRIDAL}.",
    "Please ship the veil to {ADDRESS_UK}, {POSTCODE_UK}, attn. {NAME_FULL_F}.",
    # pest control
    "Voicemail transcript: hi it's {NAME_FULL} um we've got wasps in the loft, call me back on {PHONE_SPOKEN} cheers",
    "Inspection report: customer {NAME_FULL}, contract {CUSTOMER_NUMBER_PEST}, {ADDRESS}, {POSTCODE} {city}.",
    "My partner {NAME_FULL} will let your technician in; his email is {EMAIL}.",
    # piano
    "Hello, I'm {NAME_FULL}, I have a Steinway at {ADDRESS} that needs tuning. Account {CUSTOMER_NUMBER_TUNER}.",
    "Paid the tuning ({amount_en}) with {CARD}; receipt to {EMAIL}.",
    # student housing
    "ID card OCR\nSurname: {NAME_SURNAME_CAPS}\nGiven names: {NAME_FIRST_AGAIN}\nDate of birth: {DOB_ID}\n"
    "Nationality: BRITISH",
    "Housing application\nName: {NAME_FULL}\nDate of birth: {DOB}\nBSN: {BSN}\nTenant no.: {CUSTOMER_NUMBER_HOUSING}",
    "I'm an exchange student from Lagos, {NAME_NG}, born {DOB}, my Dutch number is {PHONE}.",
    "Student {NAME_ZA} from Cape Town, phone {PHONE_ZA}, rent paid from {IBAN}.",
    "My flatmate {NAME_AU} ({PHONE_AU}) lost the key to room 3 at {ADDRESS}.",
    "I'm {NAME_NZ}, my BSN is {BSN_SPOKEN}, and I was born on {DOB_SPOKEN}.",
    "Customer: my tenant number is {CUSTOMER_NUMBER_HOUSING} and my email is {EMAIL_SPELLED}",
    "Postcode is {POSTCODE_SPELLED}.",
    "The card number is {CARD_SPOKEN}.",
    "Send it to {EMAIL_HIDDEN} please.",
    "Irish guest {NAME_FULL}, Dublin mobile {PHONE_IE}, car {PLATE_DE}.",
    "Scottish customer {NAME_SC}, {ADDRESS_UK}, Edinburgh {POSTCODE_UK}, phone {PHONE_UK}.",
    "Chinese student {NAME_CN}, email {EMAIL}, born {DOB_ISO}.",
    "Japanese visitor {NAME_JP} rented a car, plate {PLATE}, paid with {CARD}.",
    "Callback list: {NAME_FULL} ({PHONE}), {NAME_INITIALS} ({PHONE_LAND}).",
    "My new address from {date_en}: {ADDRESS}, {POSTCODE} {city}.",
    "Belgian customer {NAME_BE}, {EMAIL_BE}, plate {PLATE_BE}, account {IBAN_BE}.",
    "Customer number {CUSTOMER_NUMBER}, name {NAME_FULL}, date of birth {DOB}.",
]

TEST_V27_PII_EN = [("en", text) for text in _EN]
