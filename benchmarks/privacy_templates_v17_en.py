"""English templates of the `test_v17` split, in the same frames as the Dutch ones (`privacy_templates_v17`):
expats (British, Irish, Welsh, Indian, Nigerian, Ghanaian, Polish, Romanian, Brazilian, Syrian), tourists,
international students and knowledge migrants who write English more easily than Dutch, and English with Dutch
words in it. Their data is mostly Dutch (06 numbers, Dutch postcodes and streets, NL IBANs, BSNs, Dutch plates), with
British, Belgian, German and Polish values from elsewhere. Labels as in `privacy_templates_v17`. Written by someone
who never saw the redaction rules."""

from __future__ import annotations

_EN = [
    # phone repair, thermostat, garden centre
    "Dropped off my {phone_model} at {repair_shop} for a new screen. Name {NAME_FULL}, you can reach me on "
    "{PHONE_LAND} at work.",
    "Your technician {NAME_FIRST_M} installed the {thermostat} upside down, no joke. Address {ADDRESS}, {POSTCODE}.",
    "The thermostat app is registered to {EMAIL}, please move it to my partner's address, {EMAIL}.",
    "Delivery from {garden_centre} left a {plant} at the wrong house. I'm at {ADDRESS}, not next door.",
    "Garden centre loyalty card {CUSTOMER_NUMBER_PASS}, name {NAME_FULL}, date of birth {DOB}.",
    # recalls
    "About the {appliance_brand} {appliance} recall, {batch}: I still have one. {NAME_FULL}, {ADDRESS}, {POSTCODE} "
    "{city}.",
    "Please refund the recalled {baby_product} to {IBAN}, account name {NAME_INITIALS}.",
    "We bought it for our little one, {NAME_CHILD}, born {DOB_CHILD}. Paid by card, {CARD}.",
    # carpet, sewer, chimney
    "The carpet cleaner ruined our rug. Customer {CUSTOMER_NUMBER}, phone {PHONE}, email {EMAIL}.",
    "Urgent: blocked sewer, toilet overflowing at {ADDRESS}, {POSTCODE}. Tenant {NAME_FULL}, {PHONE}.",
    "Chimney fire last night. Policy number {CUSTOMER_NUMBER_POLICY}, policyholder {NAME_FULL}, {ADDRESS}.",
    "Please pay the chimney claim into my UK account, {IBAN_GB}, as I'm moving back. {NAME_FULL}",
    # caravan, marina, kite, language school
    "Could you get our caravan, plate {PLATE}, ready by {date_en}? Booking under {NAME_FULL}.",
    "Visiting yacht 'Sea Otter', skipper {NAME_FULL}, mobile {PHONE_UK}. Three nights at {marina}.",
    "Berth fee charged twice to {CARD}. Member number {CUSTOMER_NUMBER_MEMBER}.",
    "I'd like to book a kite-surfing course for {NAME_FULL}, born {DOB}. Emergency contact {NAME_FIRST}, {PHONE}.",
    "Student {NAME_FULL}, student number {CUSTOMER_NUMBER_STUDENT}, can't attend the {course} exam on {date_en}.",
    "For the language course subsidy they ask my BSN: {BSN}. I'm {NAME_FULL}.",
    # driving licence exchange, inheritance desk
    "I'm an expat exchanging my licence. My details: {NAME_FULL}, born {DOB}, BSN {BSN}, {ADDRESS}, {POSTCODE}.",
    "My old address in the UK was {ADDRESS_UK}, {POSTCODE_UK} in case you need it for the licence check.",
    "My father {NAME_FULL_M} passed away on {date_en}. He banked with {bank}, account {IBAN}, BSN {BSN}.",
    "I'm the executor of my aunt's estate. She was {NAME_FULL_F}, date of birth {DOB_ELDER}.",
    "My late husband's card, {CARD}, is still being charged for subscriptions. Please stop it.",
    # crowdfunding, concert, theatre
    "The {crowdfund} campaign failed. Please return my pledge to {IBAN}; my account is {EMAIL}.",
    "The {concert} show at {venue} was cancelled. Tickets were in my name, {NAME_FULL}, {order}.",
    "Can the refund go to the card I paid with, {CARD}? Thanks, {NAME_FIRST}",
    "Theatre subscription {CUSTOMER_NUMBER_MEMBER}: please change the address to {ADDRESS}, {POSTCODE} {city}.",
    # photo print, pet chip, lost and found
    "My photo book from {photo_service} arrived damaged. Order for {NAME_FULL}, {EMAIL}.",
    "Our {pet} was found with {chip}, but the registry still has my old number {PHONE}. New one is {PHONE}.",
    "Please register the chip to the new owner: {NAME_FULL}, {ADDRESS}, {POSTCODE}, {EMAIL}.",
    "Lost my backpack on the train to {station}. Call me on {PHONE_VOICE} please, I'm {NAME_FULL}.",
    "My wallet has my bank card ({CARD_WRAP}) and a student card with the name {NAME_FULL}.",
    # bike fine, school photo, clinics
    "My bike was taken to the depot from {station}, {frame}. It's registered to {NAME_FULL}.",
    "I paid the bicycle parking fine from {IBAN} but got a reminder. Address: {ADDRESS}, {POSTCODE}.",
    "School photo order for {NAME_CHILD}, year 6, parent {NAME_FULL}, {EMAIL}.",
    "Sports injury appointment: {NAME_FULL}, DOB {DOB}, patient number {CUSTOMER_NUMBER_PATIENT}.",
    "Hearing test for my mum, {NAME_FULL_F}, born {DOB_ELDER}. Please ring her landline, {PHONE_LAND}.",
    "Allergy test results for {NAME_CHILD} should go to {EMAIL}, not to our old address {ADDRESS}.",
    # home nursing, meals
    "Home care request for my father {NAME_FULL_M}, born {DOB_ELDER}, at {ADDRESS}, {POSTCODE} {city}.",
    "The nurse, {NAME_STAFF}, didn't come today. Please call me, his daughter, on {PHONE}.",
    "Please deliver the meals for {NAME_FULL} from {weekday_en}; the key code is with the neighbour, {NAME_FIRST}.",
    # notary, bailiff, debt, social work, bereavement
    "On behalf of {notary}: please send the balance statement for the late {NAME_FULL}, account {IBAN}.",
    "Bailiff's letter for {NAME_FULL}, {case}, but I live here now and I'm {NAME_FULL}!",
    "I'm a debt counsellor writing for my client {NAME_FULL}, born {DOB}. Please freeze collection on customer "
    "number {CUSTOMER_NUMBER}.",
    "Social worker here. My client {NAME_FULL} ({PHONE}) doesn't read Dutch; write to me at {EMAIL_WORK}.",
    "My sister {NAME_FULL_F} died on {date_en}. Her car {PLATE} is still insured with you, policy "
    "{CUSTOMER_NUMBER_POLICY}.",
    # channels
    "Call transcript: 'my plate is {PLATE_VOICE}, it's a grey Golf'.",
    "Voicemail: hi, it's {NAME_FIRST}, my email is {EMAIL_VOICE}, thanks bye",
    "My postcode is {POSTCODE_VOICE}, house number on the form.",
    "Caller gave BSN as {BSN_VOICE}.",
    "Agent note: {NAME_FULL} ({NAME_NICK} to friends, apparently) wants a callback on {PHONE_UK}.",
    "Polish tenant {NAME_PL}, phone {PHONE_PL}, car {PLATE_PL}.",
    "Belgian customer, national number {BSN_BE}, address {ADDRESS_BE}, {POSTCODE_BE} {city_be}.",
    "Date of birth: {DOB_VOICE}.",
    "Wrong email on file: {EMAIL_TYPO}. Correct one: {EMAIL_SAME}",
    "Phone: {PHONE_WRAP}",
    "Account {CUSTOMER_NUMBER_ACCOUNT} belongs to {NAME_FORM}; IBAN {IBAN_VOICE}.",
    "My name is spelt {NAME_TYPO} on your letter, please fix it.",
    "Plate {PLATE_UK}, British car, parked at the marina. Owner {NAME_FULL}.",
]

TEST_V17_PII_EN = [("en", text) for text in _EN]
