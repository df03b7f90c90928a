"""English templates of the `test_v22` split, in the frames of the Dutch ones (`privacy_templates_v22`): expats with a
mortgage, international students, tourists with a zoo pass or a rental scooter, British and Australian customers of
a German webshop, and Dutch callers who switch to English. Their data is mostly Dutch (06 numbers, postcodes,
streets, IBANs, BSNs and plates), with British, Australian, Belgian and German values; dates of birth also in US
order. Labels as in `privacy_templates_v22`. Written by someone who never saw the redaction rules."""

from __future__ import annotations

_EN = [
    # mortgage, dairy, zoo, theatre
    "I'm behind on my mortgage, loan number {CUSTOMER_NUMBER_LOAN}. My name is {NAME_FULL}, date of birth {DOB}.",
    "Please stop the direct debit from {IBAN} until the payment plan starts. Thanks, {NAME_FIRST}",
    "Our farm manager {NAME_FULL} says the tanker skipped us on {date_en}; supplier no. {CUSTOMER_NUMBER_SUPPLIER}.",
    "Annual pass for {NAME_FULL} and {NAME_CHILD}, pass number {CUSTOMER_NUMBER_PASS}, renewed with card {CARD}.",
    "My zoo pass photo shows someone else. I am {NAME_FULL_F}, born {DOB}.",
    "Theatre subscription {CUSTOMER_NUMBER_SUBSCRIPTION}: please send the tickets to {EMAIL_PLUS}.",
    "hey siri text the theatre my new number is {PHONE_VOICE}",
    # CBR, scooter, roofer, window cleaner, care alarm
    "The CBR needs a medical form for my father {NAME_FULL_M}, born {DOB_ELDER}, client number "
    "{CUSTOMER_NUMBER_CLIENT}.",
    "I entered my BSN as {BSN_TYPO} but it should be {BSN_FIXED}.",
    "I got a parking fine for scooter {PLATE} while I was at work. Account email {EMAIL}.",
    "The roofer can reach me on {PHONE} or my partner {NAME_FULL} on {PHONE_GB}.",
    "Leak at {ADDRESS}, {POSTCODE} {city}, top floor. Ask for {NAME_FIRST}.",
    "Window cleaning subscription for {NAME_INITIALS}, customer number {CUSTOMER_NUMBER}.",
    "My mum {NAME_FULL_F} lives alone at {ADDRESS}; please put me as first contact, {PHONE_AU}.",
    "Care alarm contract {CUSTOMER_NUMBER_CONTRACT}, insured person {NAME_FULL}, BSN {BSN}.",
    # energy, webshop, housing, club
    "Moving from {ADDRESS_BE}, {POSTCODE_BE} {city_be} to the Netherlands; final bill to {IBAN_BE}.",
    "My {webshop} order went to {ADDRESS_DE} in {city_de} instead of {ADDRESS}, {POSTCODE} {city}.",
    "Refund {amount_en} to card {CARD}, please. {NAME_FULL}, {EMAIL}",
    "I'm an exchange student, {NAME_FULL}, born {DOB}, BSN {BSN}, room at {ADDRESS}.",
    "My housemate {NAME_FULL} will sign the contract; her email is {EMAIL_OBF}.",
    "Registering my child {NAME_CHILD}, born {DOB_CHILD}, for the under-12s; I'm {NAME_FULL}, {PHONE}.",
    "Membership {CUSTOMER_NUMBER_MEMBER} is paid from {IBAN}, why the reminder?",
    # car wash, garden centre, tyres, cremation, installer
    "Car wash subscription for plate {PLATE}, card on file {CARD}.",
    "The camera reads my plate as {PLATE} but it is {PLATE_VOICE}.",
    "Deliver the olive tree to {ADDRESS}, {POSTCODE} {city}, and call {PHONE} when you're close. {NAME_FULL}",
    "Tyre hotel: winter set for {PLATE}, owner {NAME_FULL}, customer {CUSTOMER_NUMBER}.",
    "My late aunt {NAME_FULL_F}, born {DOB_ELDER}, had a cremation policy, number {CUSTOMER_NUMBER_POLICY}.",
    "Please pay out to {IBAN} in the name of {NAME_FULL}.",
    "The alarm installer {NAME_AGENT} left without testing the panel at {ADDRESS}.",
    "Emergency contacts: {NAME_FULL} {PHONE}, {NAME_FULL} {PHONE_LAND}.",
    # styles across frames
    "Sorry, my number is {PHONE_TYPO}, no, {PHONE_FIXED}.",
    "I mistyped my email as {EMAIL_TYPO}; the right one is {EMAIL_FIXED}.",
    "My IBAN, read out: {IBAN_VOICE}.",
    "My card number is {CARD_VOICE}.",
    "Date of birth {DOB_VOICE}, postcode {POSTCODE_VOICE}.",
    "My email is {EMAIL_VOICE}.",
    "Regards,\n{NAME_FULL}\n{ADDRESS}\n{POSTCODE} {city}\nMob. {PHONE}",
    '{"name": "{NAME_FULL}", "dob": "{DOB}", "card": "{CARD}", "plate": "{PLATE}"}',
    "German customer {NAME_FULL}, mobile {PHONE_DE}, account {IBAN_DE}.",
    "New customer {NAME_IN}, address {ADDRESS}, postcode {POSTCODE}.",
    "Belgian plate {PLATE_BE} is also mine, a second car.",
    "German plate {PLATE_DE} was clocked at the car wash.",
    "I'm {NAME_UA} from Kyiv, staying at {ADDRESS} with {NAME_FULL}.",
]

TEST_V22_PII_EN = [("en", text) for text in _EN]
