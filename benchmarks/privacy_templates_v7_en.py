"""English sentences of `test_v7`: UK and international customers, expats in the Netherlands, non-native English."""

from __future__ import annotations

TEST_V7_EN = [
    # telecom outage chats
    "Agent: Can I take your postcode for the outage check? Customer: {POSTCODE_UK}, {ADDRESS_EN}, down since Tuesday",
    "hi my broadband is down AGAIN, account number {CUSTOMER_NUMBER}, my mobile is {PHONE_INTL}",
    "Chat transcript - customer {NAME_FULL} ({EMAIL}) - issue: no dial tone - router {model}",
    # energy switch calls, speech-to-text
    "yeah hi it's {NAME_LOWER} i'm moving into {ADDRESS_EN_LOW} {POSTCODE_UK_LOW} on the first and want to switch",
    "my email is {EMAIL_SPOKEN} and my date of birth is {DOB}",
    "the direct debit should come out of {IBAN} under {NAME_LOWER} yeah that's right",
    # bank fraud reports
    "I did not make these payments! My card number is {CARD} and I have never been to {city_abroad}.",
    "Someone took {amount_gbp} from my account {IBAN}. My name is {NAME_FULL}, date of birth {DOB}.",
    "The caller said he was from the fraud team and read out my full card number, {CARD}, so I believed him.",
    "Fraud case {CUSTOMER_NUMBER_CASE}: customer {NAME_INITIALS} disputes 4 transactions on card {CARD}.",
    # insurance claims
    "Claim ref {CUSTOMER_NUMBER_CASE}: third party {NAME_FULL}, vehicle reg {PLATE_UK}, contact {PHONE_INTL}.",
    "Policyholder {NAME_INITIALS} reports water damage at {ADDRESS_EN}, {POSTCODE_UK}; policy no. "
    "{CUSTOMER_NUMBER_POLICY}.",
    "The other driver, {NAME_FULL}, gave me a number, {PHONE_INTL}, but nobody answers.",
    # airline and travel complaints
    "Flight {flight} was cancelled; passengers {NAME_FULL} and {NAME_FULL}, booking number {CUSTOMER_NUMBER_ORDER}, "
    "please refund to card {CARD}.",
    "My suitcase never arrived. Please deliver it to {ADDRESS}, {POSTCODE} {city_nl}, phone {PHONE}.",
    "Travellers: {NAME_FULL}, {NAME_FULL}, {NAME_FIRST} (infant). Lead passenger born {DOB}.",
    # rental car damage
    "Rental agreement {CUSTOMER_NUMBER_ORDER}: {car} reg {PLATE} returned with a dented bumper; renter {NAME_FULL}, "
    "deposit held on {CARD}.",
    "We picked up the car in Düsseldorf, plate {PLATE_DE}, and that scratch was already there I swear.",
    # subscriptions and debt collection
    "Please cancel my gym membership, member number {CUSTOMER_NUMBER_MEMBER}. I have moved to {ADDRESS_EN}, {city_en}.",
    "Re your letter ref {CUSTOMER_NUMBER_CASE}: I do not owe this money and I have never lived at {ADDRESS_EN}. "
    "{NAME_DOUBLE}",
    "STOP CALLING ME. I PAID IN FULL FROM {IBAN_UP}. MY NAME IS {NAME_FULL_UP}.",
    # landlord and tenant
    "Hi {NAME_FIRST}, the boiler at {ADDRESS_EN} is still broken, can the engineer call me on {PHONE_SPOKEN}? "
    "Thanks, {NAME_FULL}",
    "Tenant {NAME_CRM} of {ADDRESS_EN} is two months behind; tenancy ref {CUSTOMER_NUMBER}.",
    # hospital appointments
    "Your appointment at {hospital_en} has been moved to {time} on Friday. Patient: {NAME_FULL}, DOB: {DOB}.",
    "I'm calling on behalf of {NAME_FULL}, born {DOB}; they can't make the scan, hospital number {CUSTOMER_NUMBER}.",
    # school and sports registrations
    "Registration U12 girls: player {NAME_FULL}, date of birth {DOB}, parent contact {EMAIL}, {PHONE_INTL}",
    "New member {NAME_FULL}, membership no. {CUSTOMER_NUMBER_MEMBER}, lives at {ADDRESS_EN}",
    # social media public replies
    "@{handle} three weeks and still no refund for order {CUSTOMER_NUMBER_ORDER}. Absolutely shocking.",
    "Hi {NAME_FIRST}, so sorry about this! Could you DM us the email on your account? ^{NAME_FIRST}",
    "my email is {EMAIL_OBF} because the bots keep scraping it",
    # voicemail and SMS
    "voicemail transcript: hi this is {NAME_LOWER} calling about my claim uh you can reach me on {PHONE_SPOKEN} "
    "thanks bye",
    "Text from {PHONE_INTL}: hiya its {NAME_FIRST}, new number, can u update my account pls",
    "Text: your engineer {NAME_FIRST} will arrive between {time} and 12:00 at {POSTCODE_UK}.",
    # forwarded mail headers
    "-----Original Message-----\nFrom: {NAME_FULL} <{EMAIL}>\nSent: 14 March 2025 09:31\nSubject: RE: complaint",
    "Begin forwarded message:\n\nFrom: {EMAIL_UP}\nDate: 2 April\n\nplease change my address to {ADDRESS_EN}",
    # wrap-up codes with notes
    "WRAP BIL-07 | cust {NAME_CRM} verified DOB {DOB} + postcode {POSTCODE_UK} | refund to {IBAN}",
    "Disposition CANCEL-RET: cust wants to leave, offered 20% off, declined. Acct {CUSTOMER_NUMBER}, email {EMAIL}.",
    "Outcome code ADDR-CHG: new address {ADDRESS}, {POSTCODE} {city_nl}; old reg {PLATE} removed from policy",
    # non-native English and expats in the Netherlands
    "Hello, I am {NAME_FULL}, I am living in {ADDRESS} since one year, my BSN is {BSN}, why I get this letter?",
    "please I need help my bank card {CARD} is block and I am not understand why, my phone {PHONE}",
    "Good day sir, my plate number is {PLATE} and I get parking fine but I was paying with the app",
    "My Dutch citizen service number (BSN) is {BSN}, the municipality in {city_nl} gave it to me last month.",
    "For the rent allowance they ask BSN of my wife also, hers is {BSN} and mine is {BSN}",
    "I have a Belgian account, {IBAN_BE}, is it ok for the refund? My postcode in {city_nl} is {POSTCODE}.",
    # typos, lower case and caps
    "pls change my adress to {ADDRESS_EN_LOW} {POSTCODE_UK_LOW} thx",
    "ive been charged twice on acount {CUSTOMER_NUMBER} can someone ring me on {PHONE_SPOKEN}",
    "I WANT A MANAGER. MY NAME IS {NAME_FULL_UP} AND MY REG IS {PLATE_UK}",
    "The customer gave her birthday as {DOB} but the system has a different one.",
    "Send the new card to {NAME_INITIALS}, {ADDRESS_EN}, {city_en} {POSTCODE_UK}",
    "The courier left my parcel with my neighbour {NAME_FULL} at number 14, not at {ADDRESS_EN}.",
]
