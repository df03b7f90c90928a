"""English templates of test_v108, many from Yorkshire, South African and Indian customers: Intercom exports,
bailiff letters, Teams notes, misfilled forms, review-site complaints, SMS threads, JSON and voicemails."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- riding stables
    ("en", "[{time}] {NAME_FULL} (Intercom): my daughter wants to join the Saturday hack, is there room?"),
    ("en", "Livery invoice for {NAME_INITIALS}, please debit {IBAN}; member no. {CUSTOMER_NUMBER_MEMBER}."),
    (
        "en",
        "Ey up, it's {NAME_FIRST} from Otley, me horse box {PLATE_ABROAD} is parked by your arena, ring {PHONE_EN}.",
    ),
    ("en", "Rider registration: {NAME_FULL}, date of birth {DOB_EN}, {ADDRESS_EN}, {POSTCODE_UK}."),
    # ---- funeral insurance
    ("en", "Funeral plan {CUSTOMER_NUMBER_POLICY} for {NAME_FULL}, born {DOB_EN}; the family contact is {NAME_FIRST}."),
    ("en", "Teams call notes: spoke with {NAME_FULL}, the policyholder's niece, callback {PHONE_EN}, email {EMAIL}."),
    ("en", "Howzit, my ouma {NAME_FULL} passed away, her policy is {CUSTOMER_NUMBER_POLICY}, I'm on {PHONE_EN}."),
    ("en", "Please refund the last premium to {IBAN}, account name {NAME_CAPS}."),
    # ---- e-bike leasing
    ("en", "Lease agreement {CUSTOMER_NUMBER_CONTRACT}, employee {NAME_FULL}, employee ID {CUSTOMER_NUMBER_CUSTOMER}."),
    ("en", '{"name": "{NAME_FULL}", "phone": "{PHONE_ABROAD}", "dob": "{DOB_EN}"}'),
    ("en", "Deliver the bike to {ADDRESS_EN}, {POSTCODE_UK}; I work from home on {weekday_en}. {NAME_FIRST}"),
    ("en", "Kindly charge the damage excess to card {CARD} and send receipt to {EMAIL}, regards {NAME_FULL}."),
    # ---- dog grooming
    ("en", "SMS from {PHONE_EN}: Hi, it's {NAME_FIRST}, running ten mins late for Biscuit's trim."),
    ("en", "Review copied from Trustpilot by {NAME_FULL}: 'They shaved my poodle bald!!! Call me {PHONE_EN}'"),
    ("en", "No-show fee declined on card {CARD}, customer {NAME_SURNAME}, account {CUSTOMER_NUMBER_CUSTOMER}."),
    ("en", "Pick-up address for the grooming van: {ADDRESS_EN}, {POSTCODE_UK}, ask for {NAME_FIRST}."),
    # ---- holiday parks
    ("en", "Please cancel booking {ref}, lead guest {NAME_FULL}, date of birth {DOB_EN}, refund to {IBAN}."),
    ("en", "Web form | Name: {PHONE_EN} | Phone: {NAME_FULL} | Email: {ADDRESS_EN} | Address: {EMAIL}"),
    ("en", "Our car {PLATE} broke down on the A1, so {NAME_FULL} and I can't make it on {weekday_en}."),
    ("en", "[Intercom {time}] {NAME_NICK}: refund still not here, booked under {NAME_SURNAME}"),
    # ---- hearing aids
    ("en", "Voicemail transcript: 'Hello, this is {NAME_FULL}, please ring me back on {PHONE_SPOKEN}, ta'."),
    ("en", "Trial of {product} for {NAME_INITIALS}, born {DOB_EN}, patient number {CUSTOMER_NUMBER_MEMBER}."),
    ("en", "Voicemail: 'my Dutch social security number is {BSN_SPOKEN}, name {NAME_FULL}'."),
    ("en", "My BSN is {BSN} because I lived in Groningen for work, name {NAME_FULL}."),
    # ---- textbook buyback
    ("en", "Sold {count} books, please pay {NAME_LOWER} at {IBAN}."),
    (
        "en",
        "Dear sir, kindly do the needful and send the payout to {EMAIL}, my mobile is {PHONE_EN}. Regards, {NAME_FULL}",
    ),
    ("en", "Return label for {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_UK}, customer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("en", "Student {NAME_FIRST} writes from {EMAIL}: the date of birth {DOB_EN} on my account is wrong."),
    # ---- parking permits
    ("en", "Permit application: vehicle {PLATE}, applicant {NAME_FULL}, address {ADDRESS}, {POSTCODE} Groningen."),
    (
        "en",
        "The bailiff's letter says: 'We act against {NAME_CAPS} of {ADDRESS_EN}, {POSTCODE_UK}, ref "
        "{CUSTOMER_NUMBER_CONTRACT}.'",
    ),
    ("en", "Bailiff letter, quoted: 'seizure of vehicle {PLATE_ABROAD} registered to {NAME_FULL}, born {DOB_EN}'."),
    ("en", "Please add my visitor's plate {PLATE} to permit {ref}; I'm {NAME_INITIALS}, tel {PHONE}."),
    # ---- tutoring
    ("en", "Tutoring enquiry from {NAME_FULL}, son {NAME_FIRST}, born {DOB_EN}, whatsapp {PHONE_ABROAD}."),
    ("en", "Teams notes: parent {NAME_FULL} prefers email {EMAIL}, pays by card {CARD}."),
    ("en", "Tutor {NAME_FULL} needs the learner's home address: {ADDRESS_EN}, {POSTCODE_UK}."),
    # ---- window cleaning
    ("en", "Window cleaning subscription {CUSTOMER_NUMBER_CONTRACT} for {NAME_FULL} at {ADDRESS_EN}."),
    ("en", "SMS thread: [{time}] {PHONE_EN}: are you coming today? [{time}] Glimmer: yes, after lunch, {NAME_FIRST}!"),
    ("en", "Direct debit failed on {IBAN}, debtor {NAME_FULL}, mandate {CUSTOMER_NUMBER_CONTRACT}."),
    ("en", '{"customer": "{NAME_FULL}", "email": "{EMAIL}", "iban": "{IBAN}", "postcode": "{POSTCODE}"}'),
    ("en", "Voicemail: 'you can email me at {EMAIL_SPOKEN}, it's {NAME_FIRST}'."),
]
