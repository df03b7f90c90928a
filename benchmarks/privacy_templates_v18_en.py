"""English templates of the `test_v18` split, in the same frames as the Dutch ones (`privacy_templates_v18`):
expats (Scottish, Irish, English, Pakistani, Iranian, Filipino, Japanese, Korean, Ukrainian, Eritrean, Italian,
Spanish, Greek, Hungarian), tourists on their way to the islands or the slopes, international students subletting a
room, and English with Dutch words in it. Their data is mostly Dutch (06 numbers, Dutch postcodes and streets, NL
IBANs, BSNs, Dutch plates), with British, Belgian and German values from elsewhere. Labels as in
`privacy_templates_v18`. Written by someone who never saw the redaction rules."""

from __future__ import annotations

_EN = [
    # roaming, prepaid, e-reader
    "I was charged {amount_en} for roaming in {country} even though I had the {bundle}. Number {PHONE}, customer "
    "number {CUSTOMER_NUMBER}.",
    "Topped up {amount_en} with {topup} but the credit went to {PHONE_FIX} instead of my number, {PHONE}. Ugh.",
    "Please cancel my {ereader} subscription. Account {EMAIL}, paid with card {CARD}.",
    "Someone else, a {NAME_FULL}, is logged into my e-reader account. My email is {EMAIL}.",
    # board games, climbing, yoga
    "The {game} box from {game_shop} arrived crushed, {order}. Ship a new one to {ADDRESS}, {POSTCODE} {city}.",
    "Climbing gym sign-up: {NAME_FULL}, DOB {DOB}, emergency contact {NAME_FIRST} on {PHONE}.",
    "Can my daughter {NAME_CHILD}, born {DOB_CHILD}, boulder on her own at {gym}?",
    "My yoga pass {CUSTOMER_NUMBER_PASS} expired while I was on maternity leave. {NAME_FULL_F}, {PHONE}.",
    "The yoga teacher, {NAME_FIRST}, said I could pay by bank transfer from {IBAN}. Is that right?",
    # coworking, sublet, furniture
    "Hot desk invoice at {cowork} should go to {EMAIL_WORK}, not my private address. {NAME_FULL}",
    "My access badge {CUSTOMER_NUMBER_PASS} stopped working. Please call me on {PHONE_UK}.",
    "I'm subletting my room at {ADDRESS}, {POSTCODE} to {NAME_FULL} from February. Their BSN is {BSN}.",
    "Sublet tenant details: {NAME_FULL}, born {DOB}, previous address {ADDRESS_UK}, {POSTCODE_UK}.",
    "Rented furniture contract {CUSTOMER_NUMBER_CONTRACT}: the sofa was delivered to {ADDRESS} instead of my flat.",
    "Please charge the monthly furniture rent to my new card, {CARD}, the old one was cancelled.",
    # garden, septic, pool
    "Our gardener ({NAME_FIRST_M}) trimmed the neighbours' hedge at {ADDRESS} instead of ours. Customer "
    "{CUSTOMER_NUMBER}.",
    "Septic tank emptying booked for {date_en} at {ADDRESS}, {POSTCODE}. Contact {NAME_FULL}, {PHONE}.",
    "Pool maintenance contract {CUSTOMER_NUMBER_CONTRACT}; please stop the direct debit from {IBAN}.",
    # bikes and taxis
    "The {bike} app says I never returned the bike. Account {EMAIL}, I'm {NAME_FULL}.",
    "My {taxi_app} driver ({NAME_FIRST_M}, car {PLATE}) took a long detour. I was charged {amount_en} on {CARD}.",
    "Left my phone in a taxi, plate {PLATE_VOICE}. Please call my wife on {PHONE}.",
    # ferry, ski claim
    "Ferry to {island} on {date_en}, car {PLATE}, booked under {NAME_FULL}, {EMAIL}.",
    "I entered the wrong plate, {PLATE}. The correct one is {PLATE_UK}, it's a British car.",
    "Ski insurance claim: broke my wrist in {resort}. Policy {CUSTOMER_NUMBER_POLICY}, {NAME_FULL}, born {DOB}.",
    "Please pay the ski claim into my UK account {IBAN_GB}. I'm {NAME_FULL}, {ADDRESS_UK}, {POSTCODE_UK}.",
    "My husband {NAME_FULL_M} needs to be flown home from {resort}; I'm on {PHONE}.",
    # photos, print, wedding
    "The passport photos from {photo_shop} were rejected by the town hall. Name {NAME_FULL}, BSN {BSN}.",
    "Business cards should read {NAME_FULL}, {PHONE}, {EMAIL}, but you printed {NAME_TYPO}.",
    "Wedding on {date_en}: {NAME_FULL} and {NAME_FULL}. Deposit paid from {IBAN}.",
    "Still no wedding photos from {photographer}. Email {EMAIL}, or ring {PHONE}. Thanks, {NAME_FIRST}",
    # tattoo, piercing, vet
    "Tattoo booking at {tattoo}: {NAME_FULL}, date of birth {DOB}, deposit by card {CARD}.",
    "My piercing got infected and the aftercare spray did nothing. Customer {CUSTOMER_NUMBER}, {NAME_FULL}.",
    "My daughter {NAME_FIRST_F} ({DOB_CHILD}) got a piercing without my consent. Call me on {PHONE}.",
    "Emergency vet bill of {amount_en} for our {animal}. Owner {NAME_FULL}, {ADDRESS}, {POSTCODE}.",
    "Paid the emergency vet with {CARD}; the pet insurer needs the bill in the name of {NAME_FULL}.",
    # horses, bees, choir, club, school
    "Horse transport to Germany: collect from {NAME_FULL}, {ADDRESS}, {POSTCODE}; trailer on car {PLATE}.",
    "Beekeepers' membership {CUSTOMER_NUMBER_MEMBER}, {NAME_FULL}, {EMAIL}. I have two hives.",
    "I'd like to join the choir as a tenor. {NAME_FULL}, {PHONE}, {EMAIL}.",
    "Please remove me from the club newsletter: {EMAIL_HIDDEN}.",
    "The newsletter printed our home address, {ADDRESS}, {POSTCODE}, and my mobile, {PHONE}!",
    "Lost property at {school}: a green coat with '{NAME_CHILD}' on the label. Parent {NAME_FULL}, {PHONE}.",
    # orders, corrections, photos of cards
    "Postcode first: {POSTCODE}. Then {ADDRESS}. And the name is {NAME_SURNAME}, first name {NAME_FIRST_SAME}.",
    "My number is {PHONE}, no sorry, {PHONE_FIX}. No wait, the first one. Definitely the first one.",
    "Born {DOB}, sorry, I wrote it the American way: {DOB_FIX}.",
    "Reading it off a photo of the card: {CARD_PHOTO}",
    "IBAN from the photo of my bank card: {IBAN}, once more: {IBAN_FIX}.",
    "Caller read the IBAN as {IBAN_VOICE}.",
    "Caller gave BSN as {BSN_VOICE}.",
    "Date of birth: {DOB_VOICE}.",
    "My email, spelled out: {EMAIL_VOICE}.",
    "Card number, read slowly: {CARD_VOICE}.",
    "My postcode is {POSTCODE_VOICE}.",
    "I live at {ADDRESS_VOICE}, in {city}.",
    "Wrong email on file: {EMAIL_TYPO}. Correct one: {EMAIL_SAME}",
    "Phone: {PHONE_WRAP}",
    "Account {CUSTOMER_NUMBER_ACCOUNT} belongs to {NAME_FORM}.",
    "Belgian customer, national number {BSN_BE}, living at {ADDRESS_BE}, {POSTCODE_BE} {city_be}.",
    "Refund to my Belgian account {IBAN_BE} please, {NAME_FULL}.",
    "Agent note: {NAME_FULL} ('{NAME_NICK}' to everyone) wants a callback on {PHONE_UK}.",
    "Ukrainian guest {NAME_UA}, staying with a host family at {ADDRESS}, phone {PHONE}.",
    "Employee {NAME_STAFF}, staff number {CUSTOMER_NUMBER_EMPLOYEE}, handled the call.",
    "German plate {PLATE_DE} on the ferry booking, driver {NAME_DE}, mobile {PHONE_DE}.",
]

TEST_V18_PII_EN = [("en", text) for text in _EN]
