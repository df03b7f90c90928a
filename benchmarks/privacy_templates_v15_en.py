"""English templates of the `test_v15` split, in the same frames as the Dutch ones (`privacy_templates_v15`):
expats, international students, tourists, British and Irish customers, Nigerian, Ghanaian, Indian, Chinese and
Vietnamese newcomers who write English more easily than Dutch, and English mixed with Dutch words. Most of their
data is Dutch (06 numbers, Dutch postcodes and streets, NL IBANs, BSNs, Dutch plates), with British, Irish,
Portuguese, Bulgarian and other values from their home countries. Labels as in `privacy_templates_v15`. Written by
someone who never saw the redaction rules."""

from __future__ import annotations

_EN = [
    # number porting, SIM swaps
    "I'm porting my number {PHONE} to {telco}. The old contract is in my wife's name, {NAME_FULL_F}, account "
    "{CUSTOMER_NUMBER_CONTRACT}.",
    "Someone did a SIM swap on {PHONE} last night! I'm {NAME_FULL}, date of birth {DOB}. Please freeze everything.",
    "Agent: Can I have the email on the account?\nCustomer: {EMAIL}\nAgent: And the bank account the bills come "
    "from?\nCustomer: {IBAN}",
    # broadband outages and engineer visits
    "Engineer visit booked for {date_en}, {time_en}, at {ADDRESS}, {POSTCODE}. Contact on site: {NAME_FULL}, "
    "{PHONE_UK}.",
    "The internet has been down since {weekday_en} and I work from home. Customer number {CUSTOMER_NUMBER}, please "
    "call {PHONE}.",
    # streaming and music
    "Why is {streamer} charging my card {CARD} twice? The account email is {EMAIL}.",
    "Please cancel the subscription on {EMAIL} and refund {amount_en} to {IBAN_GB}.",
    "I manage our {music} Family plan. Our youngest, {NAME_CHILD}, was kicked out by the address check; we all live at "
    "{ADDRESS}, {POSTCODE}.",
    # energy termination fees
    "An exit fee of {amount_en} because I'm moving back to the UK? New address {ADDRESS_UK}, {POSTCODE_UK}. Contract "
    "{CUSTOMER_NUMBER_CONTRACT}.",
    "My late husband {NAME_FULL_M} had the energy contract, customer number {CUSTOMER_NUMBER}. Please send the final "
    "bill to me, {EMAIL}.",
    # burglary claims
    "Burglary claim: policyholder {NAME_FULL}, policy {CUSTOMER_NUMBER_POLICY}, address {ADDRESS}, {POSTCODE} {city}. "
    "Stolen: two laptops and a {phone_model}.",
    "They also took my debit card. I've blocked {CARD}, but {amount_en} had already gone.",
    # bike lease
    "Bike lease through {employer}: employee number {CUSTOMER_NUMBER_EMPLOYEE}, contract {CUSTOMER_NUMBER_LEASE}. My "
    "{bike} was stolen outside the office.",
    "From: {NAME_FULL} <{EMAIL_WORK_SAME}>\nSubject: lease bike service\n\nCan the dealer collect it from {ADDRESS}? "
    "Mobile {PHONE}.",
    # car and scooter sharing, parking
    "{carshare} passed on a fine of {amount_en} for {PLATE}, but I'd ended the trip at {time_en}. Account "
    "{CUSTOMER_NUMBER_ACCOUNT}.",
    "Scooter fine: the app shows my ride ended properly. The account holder is {NAME_FULL}, born {DOB}.",
    "{parking} charged me three hours on {PLATE}, but I was parked with my other car, {PLATE}.",
    # toll and low-emission zones
    "Got a ULEZ penalty for {PLATE} (NL), but I sold that car to {NAME_FULL} in 2023.",
    "Hire car {PLATE_PT} was booked under {NAME_FULL}; the Portuguese toll company now wants {amount_en}.",
    "A French fine for {PLATE_FR}? That's not my car; mine is {PLATE}, registered to {NAME_FULL}.",
    "Toll bill from Bulgaria for {PLATE_BG}, the car of my brother-in-law {NAME_BG_M}. Can you send it to him at "
    "{EMAIL_SAME}?",
    # marketplace disputes, parcel lockers
    "I sold a pram on {market} to {NAME_FULL_F}; she says it arrived empty. I sent it to {ADDRESS}, {POSTCODE}, "
    "tracking {tracking}.",
    "The seller stopped replying. His number was {PHONE} and I paid {amount_en} to {IBAN}.",
    "The locker code went to my old number {PHONE}. My new one is {PHONE}. Parcel for {NAME_FULL}.",
    # pharmacy, GP, hospital, dental
    "Could you deliver my mum's repeat prescription to {ADDRESS_CARE}? She's {NAME_FULL_F}, born {DOB_ELDER}.",
    "I'd like to register with the practice: {NAME_IN}, born {DOB}, BSN {BSN}, address {ADDRESS}, {POSTCODE}.",
    "Receptionist: Date of birth?\nPatient: {DOB_VOICE}.\nReceptionist: And your postcode?\nPatient: {POSTCODE_VOICE}.",
    "The hospital sent an invoice although I paid by card ({CARD}) at the desk. Patient number "
    "{CUSTOMER_NUMBER_PATIENT}.",
    "Please send the bill to my home address in England: {ADDRESS_UK}, {POSTCODE_UK}. Name {NAME_FULL}.",
    "Dental claim for {NAME_FULL}, policy {CUSTOMER_NUMBER_POLICY}: please pay {amount_en} into {IBAN}.",
    # care alarms, guardianship
    "Mrs {NAME_SURNAME} at {ADDRESS_CARE} pressed the alarm at {time_en}. First contact: her son {NAME_FULL_M}, "
    "{PHONE_UK}.",
    "I'm writing for my client {NAME_FULL_M}, date of birth {DOB}. Please send all post to our office; his "
    "living-allowance account is {IBAN}.",
    # rental deposits, student finance abroad
    "I moved out of {ADDRESS} in {city} six weeks ago and {agent} still hasn't returned my deposit. My Irish "
    "account: {IBAN_IE}.",
    "My landlord wants my BSN ({BSN}) before returning the deposit. Is that allowed?",
    "I'm studying at {uni}, student number {CUSTOMER_NUMBER_STUDENT}. Can the loan go to my Bulgarian account "
    "{IBAN_BG}?",
    # residence permits, translations
    "Appointment at the expat centre for {NAME_PASSPORT}, born {DOB_PASS}, and partner {NAME_FULL}. Reach me on "
    "{PHONE_IN}.",
    "My residence card says {NAME_PASSPORT}, but my bank knows me as {NAME_FULL_SAME}. Which one goes on the form?",
    "My wife {NAME_NG_F} is joining me; her Nigerian number is {PHONE_NG} and she was born on {DOB}.",
    "Please translate the birth certificate of {NAME_CN}, born {DOB}, and send it to {EMAIL_SAME}.",
    # gift lists, funerals, sports clubs, charities
    "Our gift list is under {NAME_FULL} & {NAME_FULL}; deliveries to {ADDRESS_UK}, {POSTCODE_UK}, please.",
    "I bought the toaster from the list with card {CARD}, but it still shows as available.",
    "My father {NAME_FULL_M} passed away last night. He was a member of {funeral}, number {CUSTOMER_NUMBER_MEMBER}. "
    "Please call me on {PHONE}.",
    "Transfer request for our child {NAME_CHILD}, born {DOB_CHILD}, membership {CUSTOMER_NUMBER_MEMBER}; parent "
    "{NAME_FULL}, {EMAIL_SAME}.",
    "I never signed up for {charity}! They take {amount_en} from {IBAN} every month. Donor number "
    "{CUSTOMER_NUMBER_DONOR}.",
    "Please stop the {lottery} ticket of my late mother, {NAME_FULL_F}, participant number {CUSTOMER_NUMBER_LOTTERY}.",
    # more BSNs, cards and plates
    "The tax office letter shows BSN {BSN}; is that the number you need for the bike lease?",
    "My Belgian national number is {BSN_BE}; I live in {city_be} but work in the Netherlands.",
    "The scooter app still has my old card {CARD} saved, please remove it.",
    "Payment voor de translation via {CARD}, is dat safe?",
    "My German car ({PLATE_DE}) needs the Umweltplakette for Cologne. Owner {NAME_FULL}, {EMAIL_SAME}.",
    # English mixed with Dutch
    "Hello, I want to opzeggen my abonnement, my klantnummer is {CUSTOMER_NUMBER} and my postcode {POSTCODE}. "
    "Groetjes {NAME_FIRST}",
    "Can you even bellen me back on {PHONE}? I'm at work until vijf uur.",
    # voice-to-text
    "[voicemail transcript] hi it's {NAME_FULL_LOW} calling about the outage my number is {PHONE_VOICE} thanks bye",
    "[transcript] my email is {EMAIL_VOICE} and the account number {CUSTOMER_NUMBER}",
    "[transcript] the card number is {CARD_VOICE} sorry should I not say that",
    "[transcript] my plate is {PLATE_VOICE} and I parked at quarter to nine",
    # newcomers writing English
    "Good day, I am {NAME_GH}. Kindly update my address to {ADDRESS}, {POSTCODE} and my phone to {PHONE}. God bless.",
    "Hi team, I'm {NAME_IN} from the Eindhoven office; my Indian card {CARD} was charged by {streamer} in rupees. "
    "Please do the needful.",
    "Hello, my name is {NAME_CN}. I pay with UnionPay card {CARD_CN} and the payment failed three times.",
    "My Vietnamese name is {NAME_VN}, but the form only has 'first name' and 'last name'. Email: {EMAIL_SAME}.",
    "My brother {NAME_GH_M} in Accra will call for me, his number is {PHONE_GH}. I am on night shifts.",
    "Hi, it's {NAME_BR}, my Brazilian number {PHONE_BR} has WhatsApp, the Dutch one {PHONE} does not yet.",
    # spreadsheets, callback lists, social media, e-mail threads
    "Name,Email,Phone,Postcode\n{NAME_FULL},{EMAIL_SAME},{PHONE_CELL},{POSTCODE_BARE}",
    "Callback list:\n- {NAME_FULL}, {PHONE_UK}, re engineer visit\n- {NAME_FULL}, {PHONE}, re exit fee",
    "Public reply: 'Hi {NAME_FIRST}, sorry to hear that! Please don't post your account number ({CUSTOMER_NUMBER}) "
    "here; send us a DM instead.'",
    "App review, 2 stars, by {NAME_FIRST}: the parking app charged my card {CARD} twice for one session.",
    "Re: your deposit\n\nThanks, the account is {IBAN_GB}.\n\n> On {date_en}, {NAME_STAFF} wrote:\n> Could you send "
    "us your bank details?\n\n--\n{NAME_FULL}\n{PHONE_UK}",
    "My email is {EMAIL_TYPO}, sorry, typo: {EMAIL_SAME}.",
    "It's {PHONE}, no wait, {PHONE_FIX}. I always get the end wrong.",
    "My date of birth is {DOB} on the letter but it should be {DOB_FIX}.",
]

TEST_V15_PII_EN = [("en", text) for text in _EN]
