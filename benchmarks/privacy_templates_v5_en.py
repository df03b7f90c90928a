"""English templates of the held-out test_v5 split: tourists and expats writing to Dutch companies, British and
Irish customers, hotel and marketplace forms, case notes, debt-collection letters and speech-analytics transcripts.

Part of `privacy_templates_v5`; written without looking at the redaction rules.
"""

from __future__ import annotations

_EN = [
    # Tourists and expats.
    "Hello, I'm staying in Amsterdam until {date_en} and my Dutch SIM stopped working. My number is {PHONE_MOBILE}, "
    "my name is {NAME_EN}.",
    "Hi! Could you send the invoice to {EMAIL} instead? The one on file is my old work address. Cheers, "
    "{NAME_FIRST_EN}",
    "I got a parking fine in {city} for my rental car, registration {PLATE}, but I had paid through the app.",
    "Hello, my car with German plates {PLATE_DE} was towed in {city} yesterday, where can I pick it up?",
    "We're driving over from the UK on {date_en} — our car is {PLATE_UK}, do we need to register it for the low "
    "emission zone?",
    "Please refund the deposit to my German account {IBAN_DE}, account holder {NAME_EN}.",
    "My French bank details are {IBAN_FR}; the refund of {amount} still hasn't arrived after three weeks.",
    "I'm an expat and just got my BSN ({BSN}) from the municipality, do you need it for the health insurance?",
    "For payroll, here are my details: BSN {BSN}, IBAN {IBAN}, start date {date_en}.",
    "Dear Sir or Madam, please update my address to {ADDRESS}, {POSTCODE_DEN_HAAG} Den Haag. Kind regards, {NAME_EN}",
    "Please ship the replacement to my parents in England: {ADDRESS_EN}, {POSTCODE_UK}.",
    "Our postcode is {POSTCODE_UK} but your website keeps saying it's invalid.",
    "Please don't call {PHONE_DE} anymore, that's my old German number. Use {PHONE_MOBILE} instead.",
    "Irish customer, wants a callback on {PHONE_UK} between 9 and 11 Irish time.",
    "I'm visiting from Leeds and staying with my sister at {ADDRESS}, can the charger go there? Name: {NAME_EN}",
    # Dates of birth.
    "My date of birth is {DOB_EN} — the system has it wrong, that's why I can't log in.",
    "Customer confirmed DOB {DOB_EN} and postcode {POSTCODE} before the change was made.",
    "call transcript: yeah I was born on the {DOB_SPOKEN} if that helps",
    "My partner {NAME_FULL}, born {DOB_EN}, moved in with me, can they be added to my insurance?",
    "Applicant: {NAME_EN} ({DOB_EN}), nationality: British, moving to Utrecht in {month_en}.",
    # Speech analytics.
    "call transcript: you can reach me on {PHONE_SPOKEN} any time after six",
    "speech summary: caller gave email {EMAIL_SPOKEN} and asked for a callback about {topic_en}",
    "call transcript: my BSN number is {BSN_SPOKEN} and I need a letter for the tax office",
    # Payment cards.
    "Please charge the outstanding balance to my Visa {CARD}, expiry {expiry}.",
    "I was charged twice — card {CARD}, both on {date_en} for {amount}. Please reverse one.",
    "Booking form | Guest: {NAME_EN} | Card: {CARD_AMEX} | Arrival: {date_en} | Nights: {nights}",
    "My Maestro card {CARD_MAESTRO} was declined at your self-checkout, is that a problem on your side?",
    "Fraud team note: customer reports card {CARD} skimmed at a cash machine in {city}, card blocked at {time_en}.",
    # Social media and reviews.
    "Hi {NAME_FIRST}, thanks for reaching out! Could you DM us your account number so we can take a look? ^Social",
    "{NAME_FULL} left a 1-star review: 'Third time my order arrives damaged.'",
    "Hey, it's {NAME_LOWER} again lol, did you get my photos?",
    # Case notes, hand-overs and forms.
    "Chatbot handover: customer {NAME_LOWER} asked about {topic_en}; verified with account number {CUSTOMER_NUMBER}.",
    "Case notes — Mrs {NAME_SURNAME} called about her contract {CUSTOMER_NUMBER_CONTRACT}; wants to cancel at the "
    "end of the term.",
    "contact form → name: {NAME_LOWER} | phone: {PHONE} | message: router keeps dropping the connection",
    "Customer's name is {NAME_UPPER}, account {CUSTOMER_NUMBER}, flagged for extra support.",
    "Spoke with {NAME_FIRST_EN} from billing, they'll sort out the credit note today.",
    "Please cancel membership {CUSTOMER_NUMBER_MEMBER}, I'm moving back to {country} next month.",
    "I forgot my customer number, but my email is {EMAIL_OBF} and my postcode is {POSTCODE}.",
    "Can you send the documents to {EMAIL_WORK}? I'm at the office all week.",
    # Letters and e-mail threads.
    "Dear Mr {NAME_SURNAME},\n\nWe act on behalf of {shop}. Our reference: {CUSTOMER_NUMBER_CASE}. The amount of "
    "{amount} remains unpaid.",
    "From: {NAME_EN} <{EMAIL}>\nSent: {sent_en}\nSubject: policy {CUSTOMER_NUMBER_POLICY} – claim for lost luggage",
    "> On {sent_en}, {NAME_FULL} wrote:\n> Can I pay the rest by bank transfer from {IBAN_ANY}?\nYes, that's fine.",
    "debt collection: re {CUSTOMER_NUMBER_CASE} — {NAME_INITIALS} disputes the claim and asks for a full breakdown.",
    # Housing, returns, marketplace, porting, claims.
    "Spoke to the tenant, {NAME_FULL}, at {ADDRESS} — the boiler is leaking again, engineer booked for {weekday_en}.",
    "Hi, I'm {NAME_FIRST_EN}, my landlord gave me this number. The flat at {ADDRESS} has no hot water.",
    "Return request: {product_en}, wrong size. Please refund to {IBAN}. Thanks, {NAME_EN}",
    "Marketplace message: Hi, is the {item_en} still available? Could you post it to {ADDRESS_EN}, {POSTCODE_UK}? "
    "I'll pay via PayPal to {EMAIL}.",
    "Porting request: number {PHONE_MOBILE}, current provider {telco}, account holder {NAME_EN}.",
    "The courier left my parcel at {ADDRESS} but that's my neighbour's house, not mine.",
    "Insurance claim — policy {CUSTOMER_NUMBER_POLICY}, the other driver's plate was {PLATE}, photos attached.",
    "Is my charging card linked to {PLATE_UK}? I imported the car last month and it still has British plates.",
    "Our holiday home is at {ADDRESS_DE} in Germany, can the parcel go there? My number is {PHONE_DE}.",
]
TEST_V5_PII_EN: list[tuple[str, str]] = [("en", text) for text in _EN]
