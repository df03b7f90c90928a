"""English templates with personal data of the `test_v32` split: expats and English-speaking customers of the
music school, wedding-car hire, dog-grooming salon, stair-lift supplier, farrier and costume-rental shop. Written by
someone who never saw the redaction rules; the labelling conventions are in `privacy_templates_v32`."""

from __future__ import annotations

_EN = [
    # music school
    "Zammad {ticket}\nFrom: {NAME_FULL} <{EMAIL}>\nSubject: piano lessons\n\nHi, my son {NAME_CHILD} "
    "(born {DOB_CHILD}) would like lessons on {weekday_en}s. Is that possible?",
    "tawk.to chat\nvisitor: hi im {NAME_FIRST}, adult beginner, can u call me on {PHONE} after {time_en}",
    "Lesson fees of {amount_en} a month will be collected from {IBAN}, account holder {NAME_INIT}, pupil no. "
    "{CUSTOMER_NUMBER_MUSIC}.",
    "Rental piano delivered to {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}; third floor, no lift.",
    "Webex transcript 00:12:40 — {NAME_FULL}: yeah so my daughter was born on {DOB_CHILD}, is she old enough for "
    "the exam?",
    # wedding-car hire
    "Wedding ride — {booking}\nCouple: {NAME_FULL} and {NAME_FULL}\nCar: {car_model}\nPhone: {PHONE_ABROAD}\n"
    "Hirer no.: {CUSTOMER_NUMBER_CAR}",
    "Google Business message: Hello! we're getting married on {date_en}, I'm {NAME_F}, email me at {EMAIL_OBF} pls",
    "Deposit paid by card {CARD} in the name of {NAME_CAPS}, hirer {CUSTOMER_NUMBER_CAR}.",
    "Pick-up address for the bride: {ADDRESS_GB}, {POSTCODE_GB}; the groom's parents live at {ADDRESS}, {POSTCODE}.",
    "Best man {NAME_M} will pay the balance from {IBAN_ABROAD}; his mobile is {PHONE_BE}.",
    "A guest's car {PLATE} scratched the Rolls, says the groom {NAME_M}.",
    "Rental agreement (scanned)\nHirer: {NAME_REG}\nDate of birth: {DOB}\nAddress: {ADDRESS}\nPostcode: {POSTCODE}",
    # dog-grooming salon
    "Appointment {weekday_en} {time_en}\nDog: {dog} ({breed})\nOwner: {NAME_FULL}\nMobile: {PHONE}\n"
    "Card no.: {CUSTOMER_NUMBER_DOG}",
    "Kustomer conversation\ncustomer: did {dog} bite someone?? I'm {NAME_F}, ring me on {PHONE_SAID}\n"
    "agent: Checking now.",
    "Customer {CUSTOMER_NUMBER_DOG} spells her email: {EMAIL_SPELL}.",
    "No-show fee {amount_en} taken from {IBAN} for {NAME_INIT}, dog {dog}.",
    "Car {PLATE_ANY} belonging to {NAME_LOWER} is blocking the salon's exit again.",
    # stair-lift supplier
    "RingCentral call\nCaller: {NAME_FULL}, daughter of Mrs {NAME_LAST}\nCallback: {PHONE}\nNote: lift stuck, "
    "contract {CUSTOMER_NUMBER_LIFT}",
    "The council needs the client's BSN for the WMO decision: {BSN}, client {NAME_FULL}, born {DOB_OLD}.",
    "My mother's date of birth is {DOB_SAID} and her BSN is {BSN_SAID}, the engineer asked for it.",
    "Service contract {CUSTOMER_NUMBER_LIFT} moves to her son {NAME_M}, direct debit from {IBAN_NL}.",
    "Engineer's van {PLATE} parked at {ADDRESS}, {POSTCODE}; customer {NAME_INIT} not home.",
    # farrier
    "Farrier round {weekday_en}: {stable}, {horse} owned by {NAME_FULL} ({CUSTOMER_NUMBER_FARRIER}), mob {PHONE}.",
    "Horse trailer {PLATE_DE} from Germany, owner {NAME_FULL}, {ADDRESS_DE}, {POSTCODE_DE} {city_de}.",
    "Invoice to {NAME_REG}, {ADDRESS}, {POSTCODE} {city}, client no. {CUSTOMER_NUMBER_FARRIER}.",
    # costume-rental shop
    "Tally form\nName: {NAME_FULL}\nEmail: {EMAIL}\nPhone: {PHONE}\nCostume: {costume}",
    "ID checked at the counter: {NAME_FULL}, born {DOB}; BSN {BSN} covered on the copy.",
    "Deposit refund to {IBAN} for member {CUSTOMER_NUMBER_COSTUME}, {NAME_LAST}.",
    "Theatre group contact {NAME_FULL}, {ADDRESS_BE}, {POSTCODE_BE} {city_be}, card on file {CARD}.",
    # mixed
    "Customer gives it all in one go: {NAME_FULL}, {EMAIL}, {PHONE_FIXED}, {POSTCODE}, {ADDRESS}.",
    "Customer number {CUSTOMER_NUMBER}, name {NAME_FULL}, date of birth {DOB}.",
    "my card number is {CARD_SAID}, expiry next year",
    "Postcode read out as {POSTCODE_SAID}, the system found {POSTCODE}.",
    "Hiya, its {NAME_FIRST} again (the one with the labradoodle), new number {PHONE_ABROAD} x",
    "LiveChat\nvisitor: whats the status of my stairlift? contract {CUSTOMER_NUMBER_LIFT}, {POSTCODE} {ADDRESS}",
    "Please update my email to {EMAIL} — {NAME_FIRST}",
]

TEST_V32_PII_EN = [("en", text) for text in _EN]
