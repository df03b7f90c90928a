"""English templates of test_v86, many from Singaporean and South African customers: grave rights, organ
recitals, tattoo removal, skating, cheese, kitchens, window film, model aircraft, solar panels and prom tuxedos."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- cemetery grave rights
    ("en", "My late father {NAME_FULL} was buried there years ago; I'm his son {NAME_FULL}, phone {PHONE_ZA}."),
    ("en", "Grave right renewal {CUSTOMER_NUMBER_CONTRACT}: holder {NAME_INITIALS}, {ADDRESS_EN}, email {EMAIL}."),
    ("en", "Deceased: {NAME_CAPS}, DOB {DOB_EN}, BSN {BSN}; family contact {NAME_FULL}, {PHONE_ABROAD}."),
    ("en", "Please debit the maintenance fee from {IBAN}, in the name of {NAME_FULL}."),
    # ---- organ recitals and church rentals
    ("en", "Booking the church for our wedding on {date_en}: {NAME_COUPLE}, {EMAIL}, {PHONE}."),
    ("en", "Guest organist {NAME_FULL}, fee {amount} to {IBAN}, travelling from {ADDRESS_EN}."),
    (
        "en",
        "Google Chat · space 'Recitals' · {NAME_FULL}: the organist's number is {PHONE_ABROAD}, call before {time}.",
    ),
    ("en", "Friends of the organ membership {CUSTOMER_NUMBER_MEMBER} for {NAME_LOWER}, born {DOB_EN}."),
    # ---- tattoo removal clinics
    ("en", "Tidio · {NAME_NICK}: hi can I book laser removal, my email is {EMAIL} and I'm free {weekday_en}"),
    ("en", "Client {NAME_FULL}, date of birth {DOB_EN}, client no. {CUSTOMER_NUMBER_CUSTOMER}, session {count}."),
    ("en", "Deposit paid by card {CARD}, cardholder {NAME_CAPS}."),
    ("en", "Call summary. Summarised: {NAME_FULL} reports scarring after the last session; call back on {PHONE_SG}."),
    (
        "en",
        "Eh hello, can remove tattoo or not? I stay at {ADDRESS_EN}, {POSTCODE_SG}, my HP {PHONE_SG}, "
        "name {NAME_FULL} lah.",
    ),
    # ---- ice-skating clubs
    (
        "en",
        "Skating club sign-up: {NAME_FULL}, born {DOB_EN}, {ADDRESS}, {POSTCODE}, member no. {CUSTOMER_NUMBER_MEMBER}.",
    ),
    ("en", "| Skater | Born | Phone |\n|---|---|---|\n| {NAME_FULL} | {DOB_EN} | {PHONE} |"),
    ("en", "Howzit, I'm {NAME_FIRST} from Joburg, never skated on real ice, my cell is {PHONE_ZA}, shot!"),
    # ---- cheese shops with home delivery
    ("en", "Please deliver the Gouda hamper to {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, it's a gift."),
    ("en", "Order for {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_SG}, paid with {CARD}, contact {EMAIL}."),
    ("en", "Cheese subscription {CUSTOMER_NUMBER_CONTRACT} cancelled by {NAME_FULL} as of {date_en}."),
    ("en", "Shame man, the cheese arrived all sweaty, I'm {NAME_FULL} at {ADDRESS_EN}, refund to {IBAN} please."),
    # ---- DIY store kitchen planning
    ("en", "Kitchen planning appointment {weekday_en} {time}: {NAME_FULL}, {PHONE}, {EMAIL}."),
    ("en", "Kitchen finance contract {CUSTOMER_NUMBER_CONTRACT}, applicant {NAME_FULL}, DOB {DOB_EN}, BSN {BSN}."),
    (
        "en",
        "Fax complaint form, page 1 of 1 | Name: {NAME_CAPS} | Phone: {PHONE} | Customer no.: "
        "{CUSTOMER_NUMBER_CUSTOMER} | Worktop cracked",
    ),
    ("en", "The delivery van {PLATE} blocked our drive at {ADDRESS}; regards, {NAME_FULL}."),
    # ---- window film installers
    ("en", "Quote for mirror film on {count} windows at {ADDRESS_EN}, for {NAME_FULL}, {PHONE_ZA}."),
    ("en", "Summary of the call: {NAME_SURNAME} wants safety film, house at {ADDRESS}, {POSTCODE}, email {EMAIL}."),
    ("en", "Installer's car {PLATE_ABROAD} will be parked outside; customer {NAME_FIRST} agreed."),
    # ---- model aircraft clubs
    ("en", "New member {NAME_FULL}, born {DOB_EN}, membership {CUSTOMER_NUMBER_MEMBER}, mobile {PHONE}."),
    ("en", "Model flying insurance policy {CUSTOMER_NUMBER_POLICY} covers {NAME_INITIALS}, {ADDRESS_EN}."),
    ("en", "Paper logbook (photo typed): {date_en} – flew with {NAME_FULL}, his car {PLATE}, number {PHONE_SPOKEN}."),
    # ---- solar panel cleaning
    ("en", "Solar panel clean booked for {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_SG}, {PHONE_SG}."),
    ("en", "Loadshedding again so the panels matter, please come clean them, {NAME_FULL}, {ADDRESS_EN}, {PHONE_ZA}."),
    ("en", "Yearly contract {CUSTOMER_NUMBER_CONTRACT}; direct debit from {IBAN}; account holder {NAME_INITIALS}."),
    ("en", "Tidio · visitor {NAME_NICK}: my neighbour {NAME_FULL} also wants it, her email is {EMAIL_SPOKEN}"),
    # ---- tuxedo rental for proms
    ("en", "Prom tux rental: {NAME_FULL}, age check DOB {DOB_EN}, deposit on card {CARD}."),
    (
        "en",
        "My son {NAME_FIRST} needs a tux for prom on {date_en} and he is born {DOB_EN} and we stay at "
        "{ADDRESS_EN} and you can call me {PHONE_SG} or email {EMAIL} thanks {NAME_FULL}",
    ),
    ("en", "Refund the deposit to {IBAN} please, tux returned on {date_en}. {NAME_FULL}"),
    ("en", "Return form: {NAME_CAPS}, customer number {CUSTOMER_NUMBER_CUSTOMER}, size too big."),
    # ---- across frames
    ("en", "Caller read out his BSN as '{BSN_SPOKEN}', do not store."),
    ("en", "Please call me back, {NAME_FULL}, on {PHONE}."),
    ("en", "Can you send it to {EMAIL}? Thanks, {NAME_FIRST}"),
    (
        "en",
        "Google Chat · space 'Service' · {NAME_FIRST}: customer {NAME_FULL} from Cape Town, {PHONE_ZA}, "
        "wants a callback.",
    ),
    ("en", "Summary: customer {NAME_FULL}, DOB {DOB}, postcode {POSTCODE}, policy {CUSTOMER_NUMBER_POLICY}."),
    ("en", "Hi I'm {NAME_FULL} and I live at {ADDRESS} {POSTCODE} and my IBAN is {IBAN_NL} and my phone is {PHONE}."),
    ("en", "Car with plate {PLATE} belongs to {NAME_FULL}, contact {EMAIL}."),
    ("en", "Singapore customer {NAME_FULL}, plate {PLATE_ABROAD}, mobile {PHONE_SG}."),
]
