"""English templates of the `test_v11` split, in the same frames as the Dutch ones (`privacy_templates_v11`):
expats, international students, tourists and English-speaking staff writing to or working for Dutch companies,
so most of their data is Dutch (06 numbers, Dutch postcodes and streets, NL IBANs, BSNs, Dutch plates), with a
minority of British, Belgian, Caribbean and other foreign values. Labels as in `privacy_templates_v11`.
Written by someone who never saw the redaction rules."""

from __future__ import annotations

_EN = [
    # QA transcripts with overlapping speech
    "QA clip {ticket} (00:52)\nA: and the postcode?=\nC: =[{POSTCODE}\nA:  [got it, thanks",
    "QA review: caller and agent talk over each other at 01:30 ('[{NAME_EN}]' / '[one moment]'); name never "
    "confirmed. Verification 1/3.",
    "QA (02:44)\nC: it's {PHONE_SPLIT_A} (.) [uh\nA:                 [yes\nC: {PHONE_SPLIT_B}\nNote: number not "
    "read back.",
    "Calibration: caller reads card [{CARD}] while {NAME_STAFF} is still giving the PCI warning. Fail.",
    # IVR speech-to-text
    'IVR log {time_en} | step: ID | heard: "{CUSTOMER_NUMBER_WORDS}" | confidence {conf_en} | attempt 2 of 3',
    "IVR transcript: 'yeah my mobile is {PHONE_WORDS} but I'm calling from my work phone'",
    "IVR date-of-birth step, heard: '{DOB_WORDS}' – accepted after the second try.",
    "ASR raw: 'hi my name is {NAME_ASR} and I'm calling about the outage'",
    "ASR raw: 'send the confirmation to {EMAIL_ASR} please'",
    "IVR: Please say your postcode.\nCaller: {POSTCODE_WORDS}\nIVR: I heard {POSTCODE}. Is that right?",
    "IVR BSN step: '{BSN_WORDS}' – check failed, caller transferred to an agent.",
    "Speech-to-text, plate: '{PLATE_WORDS}' (confidence {conf_en}), no matching policy.",
    # review sites and app stores
    "★☆☆☆☆ 'Deposit still not refunded' — {NAME_EN}, {city_nl}\nReply from {webshop}: Hi {NAME_FIRST_SAME}, sorry! "
    "We'll call you today on {PHONE}.",
    "Verified review · 2/5 · {NAME_INITIALS} · 'They sent my parcel to {ADDRESS}, which is my old flat.'",
    "App Store · 1 star · 'Can't log in with {EMAIL} since version {version}.' Developer reply: Hi {NAME_FIRST_SAME}, "
    "please DM us.",
    "Google Play · ★★☆☆☆ · {NAME_FULL} · 'Loyalty card {CUSTOMER_NUMBER_LOYALTY} disappeared after the update.'",
    # NPS
    "NPS 3 · Comment: 'I had to give my BSN ({BSN}) four times and nothing has changed.'",
    "NPS 10 – '{NAME_STAFF_F} called me back on {PHONE} exactly when she said she would.'",
    "NPS 1 – 'You still send letters to {ADDRESS} although I moved out in {month_en}.'",
    # bailiffs, lawyers, notaries, inheritance
    "A bailiff's letter arrived for {NAME_CAPS} at {ADDRESS}, {POSTCODE}. I am the new tenant and do not know "
    "this person.",
    "The bailiff has frozen my account {IBAN} although the payment plan is running; debtor number "
    "{CUSTOMER_NUMBER_DEBTOR}.",
    "I am the executor for my late father, {NAME_FULL_M}, born {DOB_ELDER}; please close customer number "
    "{CUSTOMER_NUMBER}.",
    "The notary, {NAME_INITIALS}, asked me to send the certificate of inheritance; the notary's address is "
    "{EMAIL_NOTARY_SAME}.",
    "My late aunt lived at {ADDRESS_FY}, {POSTCODE_FY} {city_fy}; her estate account is {IBAN}.",
    # storm damage, toeslagen, student loans, landlords
    "Storm {storm} blew tiles off our roof at {ADDRESS} onto my neighbour's car ({PLATE}). Policy "
    "{CUSTOMER_NUMBER_POLICY}.",
    "Claim {claim}: the loss adjuster, {NAME_LI}, will call me on {PHONE} before the visit.",
    "I'm an expat and the tax office wants the healthcare allowance back; my BSN is {BSN} and my partner is "
    "{NAME_FULL}.",
    "Child benefit for {NAME_CHILD}, born {DOB_CHILD}: the SVB says my BSN {BSN} does not match.",
    "DUO still collects my student debt from {IBAN}, but I moved back to the UK: {ADDRESS_EN}, {POSTCODE_UK}.",
    "My landlord, {NAME_FULL}, refuses to return the deposit to {IBAN_FOREIGN} after I left {ADDRESS}.",
    "Rent tribunal case: tenant number {CUSTOMER_NUMBER_TENANT}, tenant {NAME_EN}, flat at {ADDRESS}.",
    # marketplace fraud, phishing
    "I sold a bike on {marketplace} to a '{NAME_FULL}' who sent a fake payment link and asked for my card {CARD}.",
    "The seller phoned me from {PHONE} and wanted {amount_en} on {IBAN_FOREIGN} before showing the sofa.",
    "Forwarded for checking:\n> Dear {NAME_EN}, your card expires, confirm your details.\nThey know my name! My "
    "email is {EMAIL}.",
    "Got a text from {PHONE_INTL}: 'Hi mum, new number, can you pay {amount_en} to {IBAN}?' I didn't.",
    "A phishing mail quoted my real date of birth, {DOB}, and postcode {POSTCODE}. How?",
    # loyalty, flights, trains, roaming
    "My points are on the old loyalty card {CUSTOMER_NUMBER_LOYALTY}; can they move to my wife's card?",
    "Claim for flight {flight} (delayed 5 hours): passengers {NAME_EN} and {NAME_CHILDFULL}; pay to {IBAN}. "
    "Frequent flyer {CUSTOMER_NUMBER_FFP}.",
    "Booking {pnr}: my frequent flyer number {CUSTOMER_NUMBER_FFP} is missing, so no miles.",
    "Train delay refund: the {time_en} from {city_fy} was 50 minutes late. OV card holder {NAME_FULL}, born {DOB}.",
    "Please refund the cancelled flight to my card {CARD}; that's the one I booked with.",
    "Roaming bill of {amount_en} for a week in Turkey! Number {PHONE}, account {CUSTOMER_NUMBER_TELECOM}.",
    "My son's phone ({PHONE}) used data in Switzerland; can the bundle be added afterwards?",
    # elderly callers with a helper
    "Caller's daughter on speaker: 'Mum, your date of birth is {DOB_ELDER}, tell the lady.'",
    "Grandson helping: 'grandad's email is {EMAIL}, I'll read it out for him.'",
    "Carer reads the card for Mrs {NAME_SURNAME}: {CARD_SPLIT_A}... hang on... {CARD_SPLIT_B}.",
    # agent notes
    "cust called re double debit on {IBAN}; CB asap on {PHONE}, TL informed.",
    "cust {NAME_FULL} moving, new addr {ADDRESS} {POSTCODE}; CB booked Thu am.",
    "cust acct {CUSTOMER_NUMBER}: DOB {DOB} verified, BSN n/a, handed to {NAME_STAFF}.",
    "CB failed 2x ({PHONE_LAND}), VM left; cust {NAME_SURNAME} to call back.",
    "Plate change {PLATE} -> {PLATE} per new car; confirm by mail to {EMAIL} asap.",
    # signatures, out of office
    "Kind regards,\n\n{NAME_EN}\nClaims Handler\nM {PHONE} | {EMAIL_CLAIMS_SAME}",
    "Best,\n{NAME_FULL}\nOperations Manager · {firm}\nT {firm_phone} (main) · M {PHONE}",
    "I'm on parental leave until {date_en} and your e-mail will not be forwarded. For open cases please contact "
    "{NAME_FULL}, {EMAIL_OFFICE_SAME}.",
    "Out of office: back on {weekday_en}. Storm claims: {NAME_BB}, mobile {PHONE}.",
    # compounds, possessives, names without cue, numbers over two lines
    "The {NAME_SURNAME} file is still with the objections team, not with us.",
    "{NAME_FIRST}'s licence has expired but the car, {PLATE}, is in my name.",
    "{NAME_FULL} called again about the same meter.",
    "Hi, it's {NAME_CW} from Bonaire; call me on {PHONE_BQ}, my address there is {ADDRESS_CW}.",
    "My Belgian neighbour {NAME_BE} ({EMAIL_BE_SAME}, {PHONE_BE}) will collect the keys.",
    "We live just over the border: {ADDRESS_BE}, {POSTCODE_BE} {city_be}; national number {BSN_BE}.",
    "[{chat_time}] Customer: BSN {BSN_SPLIT_A}\nCustomer: {BSN_SPLIT_B}\nCustomer: sorry, hit send too early",
    "Customer (chat): my IBAN is {IBAN_SPLIT_A}\nCustomer (chat): {IBAN_SPLIT_B}",
    "Voicemail cut off: '...account number {CUSTOMER_NUMBER_SPLIT_A}' – second voicemail: '{CUSTOMER_NUMBER_SPLIT_B}, "
    "thanks'",
    "Our German car, {PLATE_DE}, was hit in the car park; the other driver's plate was {PLATE}.",
    "I live in Friesland now: {ADDRESS_FY}, {POSTCODE_FY}, landline {PHONE_FY}.",
    "Please post it to my place in Limburg, {ADDRESS_LI}, {POSTCODE_LI}.",
    "My daughter {NAME_CHILDFULL_F} was born on {DOB_CHILD}; her BSN is {BSN}.",
    "I typed my card {CARD} into a fake parcel site, please block it.",
    "Someone opened an account with my address {EMAIL} and ordered in my name. That wasn't me!",
    "Please send the landlord's statement to {EMAIL}, not to the old flat at {ADDRESS}.",
    "IVR card step: '{CARD_WORDS}' – caller cut off.",
    "The hotel near Schiphol charged my card {CARD} twice after the cancelled flight.",
    "Our car {PLATE} was damaged by a falling tree during storm {storm}.",
    "I sold my car, {PLATE}, on {marketplace} but the buyer never transferred it.",
    "My Belgian plate {PLATE_BE} isn't recognised by your parking app.",
    "The notary needs my late mother's BSN, {BSN}, for the inheritance tax return.",
    "I'm an international student and DUO says BSN {BSN} isn't linked to my enrolment.",
]

TEST_V11_PII_EN = [("en", text) for text in _EN]
