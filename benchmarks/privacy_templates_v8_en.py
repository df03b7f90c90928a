"""English templates of the `test_v8` split, in the same frames as the Dutch ones (`privacy_templates_v8`), plus
English written by people for whom it is a second language."""

from __future__ import annotations

_EN = [
    # QA scorecards
    "QA call review: agent {NAME_STAFF} read the customer's card number {CARD} back in full. Compliance: fail.",
    "Scorecard: customer {NAME_FULL} had to spell her email twice ({EMAIL}). Empathy 3/5.",
    # escalation mails
    "Hi {NAME_STAFF}, escalating this one: Mr {NAME_SURNAME}, account {CUSTOMER_NUMBER}, says he was cut off four "
    "times. Can you call him on {PHONE_UK} today?",
    "Priority: the complaint from {NAME_EN} about booking {CUSTOMER_NUMBER_BOOKING} has gone to social media.",
    # knowledge-base searches
    "how to merge duplicate accounts {CUSTOMER_NUMBER} and {CUSTOMER_NUMBER}",
    "refund to closed iban {IBAN_FOREIGN}",
    "customer {NAME_LOWER} cant log in 2fa",
    "postcode {POSTCODE_UK} not recognised in address finder",
    "kb search: change registration {PLATE} on lease contract",
    # chatbot logs
    "[user] hi my order {CUSTOMER_NUMBER_ORDER} never arrived at {ADDRESS_EN}",
    "[user] its {NAME_FULL}, dob {DOB}, need to reset password",
    "[bot] I found your policy {CUSTOMER_NUMBER_POLICY}. [user] ok can you send it to {EMAIL}",
    # ombudsman complaints
    "Dear Ombudsman, I write about my late father's energy account. His name was {NAME_EN} and he lived at "
    "{ADDRESS_EN}, {city_en} {POSTCODE_UK}.",
    "The company kept debiting {IBAN_FOREIGN} for eight months after I cancelled (case ref {CUSTOMER_NUMBER_CASE}).",
    # GDPR requests
    "Subject access request: please send all data you hold on me, {NAME_FULL}, date of birth {DOB}, vehicle {PLATE}.",
    "Under GDPR Article 17 I ask you to erase my phone number {PHONE} and my card {CARD} from your records.",
    "GDPR request from {NAME_CAPS}: copies of the recordings of calls from {PHONE_UK} in {month}.",
    # letters after a death
    "I am writing to cancel the mobile contract of my late mother, {NAME_FULL} (account {CUSTOMER_NUMBER}), who passed "
    "away on {date}.",
    "Please close membership {CUSTOMER_NUMBER_MEMBER} of my husband {NAME_FIRST}; death certificate attached.",
    # moving checklists
    "Moving list: [x] redirect post to {ADDRESS_EN} [ ] tell DVLA about {PLATE} [ ] cancel gym",
    "- new address: {ADDRESS_EN}, {POSTCODE_UK}\n- landlord: {NAME_EN}, {PHONE_UK}",
    # driver notes
    "Driver note: left with neighbour at no. 14 ({NAME_SURNAME}), customer not answering {PHONE_UK}",
    "Safe place requested: behind the bins at {ADDRESS_EN}. Cust ph {PHONE} if any issue.",
    # installer job sheets
    "Job sheet: boiler service at {ADDRESS_EN}, contact {NAME_EN} {PHONE_UK}. Gas meter reading 04172 m3.",
    "Installer: fibre router fitted, customer {NAME_INITIALS} signed off, order {CUSTOMER_NUMBER_ORDER}.",
    # survey free text
    "Survey comment: {NAME_STAFF} was lovely but why do I need to give my date of birth ({DOB}) every single time?",
    "What could we do better? Stop sending letters to my old address, {ADDRESS_EN}!!",
    # LinkedIn-style messages and auto-replies
    "Hi {NAME_FIRST}, great connecting with you. Drop me a line at {EMAIL_WORK} or {PHONE_UK}. Best, {NAME_EN}",
    "I am out of office until {date}. For urgent matters please contact {NAME_EN} ({EMAIL_WORK}).",
    # elderly callers through speech-to-text
    "yes hello this is er {NAME_FULL} calling about my er bill",
    "my number is {PHONE_SPOKEN} have you got that",
    "I was born on {DOB_SPOKEN} if that's what you need love",
    "it's er {EMAIL_SPOKEN} my granddaughter set it up",
    # text copied from a PDF with broken lines
    "Policy-\nholder: {NAME_FULL} Policy num-\nber: {CUSTOMER_NUMBER_POLICY} Sort code 40-12-76",
    "Account holder {NAME_INITIALS} IB-\nAN {IBAN_FOREIGN}",
    # flattened tables
    "Name | Address | Phone | DOB\n{NAME_FULL} | {ADDRESS_EN} | {PHONE_UK} | {DOB}",
    "Patient no. | Name | GP\n{CUSTOMER_NUMBER_PATIENT} | {NAME_EN} | Dr {NAME_SURNAME}",
    # JSON pasted in a chat
    '{"customer": "{NAME_FULL}", "email": "{EMAIL}", "card": "{CARD}"}',
    'payload = {"vrm": "{PLATE}", "postcode": "{POSTCODE_UK}", "dob": "{DOB}"}',
    # English as a second language
    "Hello, I am {NAME_FULL}, I am living in Netherlands since 2 year, my BSN is {BSN} but the form not accept it",
    "Please sir, my bank account {IBAN} is blocked from your side, I need urgent help",
    "My booking code {CUSTOMER_NUMBER_BOOKING}, I want change the date, my whatsapp {PHONE}",
    "I send you already my residence address {ADDRESS}, {POSTCODE} {city_nl}, why the card not arrive?",
    "BSN of the child: {BSN} (needed for the childcare allowance)",
    "My wife BSN is {BSN}, mine I will send tomorrow, is that ok?",
    "dob {DOB} postcode {POSTCODE} - verification passed",
    # typos
    "hi my acount number is {CUSTOMER_NUMBER} and my emial {EMAIL} pls help",
    "card stolen {CARD} plz block asap",
    "Patient {NAME_REVERSED}, hospital number {CUSTOMER_NUMBER_PATIENT}, asks that letters go to {ADDRESS_EN}.",
    "The car on the contract is {PLATE}; the driver is {NAME_FIRST}, her son.",
    "Refund please to {IBAN} - acc holder {NAME_FULL}",
    "New tenant at {ADDRESS_BE}, {POSTCODE_BE} {city_be}: {NAME_BE}, mobile {PHONE_BE}",
]

TEST_V8_PII_EN = [("en", text) for text in _EN]
