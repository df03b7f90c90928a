"""English templates with personal data for the `test_v6` split (conventions in `privacy_templates_v6`): British,
Irish and American callers, expats in the Netherlands and writers of non-native English."""

from __future__ import annotations

TEST_V6_PII_EN = [
    # reviews
    ("en", "★★☆☆☆ Ordered from {brand_shop_en} on {date_en}, still waiting. Agent {NAME_FIRST} was polite but "
     "useless. My ref is {CUSTOMER_NUMBER_EN}. – {NAME_FULL}"),
    ("en", "Worst experience ever. They charged my card {CARD} twice and refused a refund. Posted by {NAME_LOWER} "
     "from {city_en}"),
    # WhatsApp
    ("en", "[{chat_time}] {NAME_FIRST}: hi, I moved to {ADDRESS_EN}, {POSTCODE_UK}, can you update my account?\n"
     "Agent: Sure, what's your date of birth?\n{NAME_AGAIN}: {DOB}"),
    ("en", "[{chat_time}] Customer: my number changed, new one is {PHONE}\nAgent: Thanks {NAME_FIRST}, updated!"),
    ("en", "WhatsApp from {PHONE}: 'this is {NAME_FIRST}, the courier left my parcel in the rain'"),
    # IVR and voice assistants
    ("en", "IVR transcript: caller said \"my phone number is {PHONE_SPOKEN}\" – matched account "
     "{CUSTOMER_NUMBER_EN}"),
    ("en", "voice assistant: please spell your email address. caller: {EMAIL_SPOKEN} voice assistant: thank you"),
    ("en", "ASR: hello yes my name is {NAME_LOWER} and my date of birth is {DOB}"),
    ("en", "IVR: please say your citizen service number. caller: {BSN_SPOKEN}. IVR: thank you, one moment."),
    # e-mail threads
    ("en", "From: {NAME_FULL} <{EMAIL}>\nSent: {stamp_en}\nSubject: Complaint re. engineer visit\n\nHi, nobody turned "
     "up. Please call me on {PHONE}.\n\nKind regards,\n{NAME_AGAIN}\n\nThis email and any attachments are "
     "confidential."),
    ("en", "On {stamp_en}, {NAME_FULL} <{EMAIL}> wrote:\n> Could you send the invoice to my work address instead?"),
    ("en", "Best wishes,\n{NAME_FULL}\n{ADDRESS_EN}\n{city_en} {POSTCODE_UK}\nSent from my Galaxy"),
    # CRM timeline
    ("en", "{stamp_en} · Outbound call · spoke to {NAME_FULL} (acct {CUSTOMER_NUMBER_EN}), confirmed DOB {DOB} "
     "and postcode {POSTCODE_UK}."),
    ("en", "Timeline: ID&V passed. Customer {NAME_INITIALS} updated bank details to {IBAN}."),
    ("en", "Verified caller via date of birth ({DOB}) and previous address ({ADDRESS_EN}, {POSTCODE_UK})."),
    # escalations and callbacks
    ("en", "ESCALATION {ticket} – customer {NAME_FULL} has called 6 times about the same fault ({errcode}). Wants a "
     "callback from a manager on {PHONE}."),
    ("en", "Complaint escalated: {NAME_FULL}'s direct debit from {IBAN} was taken after cancellation."),
    ("en", "Callback request – name: {NAME_FULL}; phone: {PHONE}; best time: after {time_en}"),
    # sales leads and door-to-door sales
    ("en", "New lead from webform: {NAME_FULL} / {EMAIL} / {PHONE} – interested in fibre at {ADDRESS_EN}"),
    ("en", "Lead: {NAME_FULL} ({EMAIL}) booked a demo for {weekday_en}. Spouse {NAME_FIRST} also joining."),
    ("en", "A salesman came to my elderly neighbour {NAME_FULL} and made her sign up for solar panels. She lives at "
     "{ADDRESS_EN}, I am writing on her behalf."),
    # energy, bank and insurance
    ("en", "I want to switch my energy to you. Name {NAME_FULL}, address {ADDRESS_NL}, {POSTCODE}, meter number "
     "{meter}, bank {IBAN}."),
    ("en", "Claim form: policyholder {NAME_FULL}, policy no. {CUSTOMER_NUMBER_POLICY}, date of birth {DOB}, vehicle "
     "{PLATE_UK}. Third party reg {PLATE_UK}."),
    ("en", "Please cancel card {CARD}, I lost my wallet at {station} this morning."),
    ("en", "Payment declined for card {CARD}, expiry {expiry}. Please try another payment method."),
    ("en", "Card mismatch: customer read out {CARD} but the system shows a different card, escalated."),
    ("en", "Account holder: {NAME_OFFICIAL} | IBAN: {IBAN} | BIC: {bic}"),
    ("en", "Refund to IBAN {IBAN_ABROAD} please, I've moved back to {country_en}. {NAME_FULL}"),
    # debt collection
    ("en", "Dear Mr {NAME_SURNAME}, our client has instructed us to recover {amount_en} under reference "
     "{CUSTOMER_NUMBER_FILE}. Please contact us within 14 days."),
    ("en", "I got a letter from {collector} about a debt that isn't mine. My BSN is {BSN} and I have never lived at "
     "{ADDRESS_NL}."),
    # housing, school, health insurance
    ("en", "Repair request: boiler broken ({errcode}). Tenant {NAME_FULL}, {ADDRESS_NL}, {POSTCODE}, tenant no. "
     "{CUSTOMER_NUMBER_TENANT}. English only please."),
    ("en", "We'd like to register our son {NAME_CHILD} (born {DOB_CHILD}) at your international school. Parents: "
     "{NAME_FULL} and {NAME_FULL}, contact {EMAIL}."),
    ("en", "Childcare registration – child: {NAME_FULL}, DOB {DOB_CHILD}, BSN {BSN}; parent: {NAME_FULL}"),
    ("en", "Student registration: {NAME_FULL}, date of birth {DOB}, email {EMAIL}, student number "
     "{CUSTOMER_NUMBER}."),
    ("en", "Dear {NAME_FULL},\nYour health insurance policy {CUSTOMER_NUMBER_POLICY} starts on {date_en}. Your monthly "
     "premium of {amount} will be debited from {IBAN}."),
    # parking and cars
    ("en", "I received a parking fine for car {PLATE} in {city} but I was in {country_en} that week. {NAME_FULL}, "
     "{EMAIL}"),
    ("en", "rental car {PLATE} returned by {NAME_FULL} with a scratch on the door, customer disputes"),
    ("en", "Reported stolen: e-bike and car ({PLATE}), owner {NAME_FULL}, contact {EMAIL_HIDDEN}"),
    ("en", "Parking permit application for {PLATE} at {ADDRESS_NL}, applicant {NAME_FULL}, born {DOB}"),
    ("en", "Your reference: {CUSTOMER_NUMBER_EN}. Your vehicle {PLATE_UK} was recorded entering the zone on {date_en} "
     "at {time_en}."),
    # gyms
    ("en", "I want to cancel my {gym} membership (member no {CUSTOMER_NUMBER_MEMBER}). I'm moving back to "
     "{country_en}. Stop the payments from {IBAN} please."),
    ("en", "Dear {NAME_DOUBLE}, your gym membership {CUSTOMER_NUMBER_MEMBER} will renew on {date_en}."),
    # non-native English and typos
    ("en", "Hello, my name is {NAME_FULL}, i am living in Netherlands since 2 year. I want ask why my internet not "
     "working. My customer number {CUSTOMER_NUMBER}, phone {PHONE_NL}."),
    ("en", "sir please kindly do the needful, my card {CARD} is blocked since yesterday. i am {NAME_FULL}"),
    ("en", "Good day, I am writing you because my wife {NAME_FIRST} did not receive the package. Our address is "
     "{ADDRESS_NL}, {POSTCODE} {city_nl}."),
    ("en", "hi its {NAME_LOWER} again, pls call back on {PHONE_ABROAD} im abroad till {date_en}"),
    ("en", "my emial adress is {EMAIL} and my birthday {DOB} can u check"),
    ("en", "cant log in, username is {EMAIL}, tried resetting 3 times"),
    # several people
    ("en", "Present: {NAME_FULL} (customer), {NAME_FULL} (daughter), {NAME_FIRST} (our agent)."),
    ("en", "Please send the replacement to my neighbour {NAME_FULL} at {ADDRESS_EN} as I will be away."),
    ("en", "Hiya, {NAME_FIRST} here! Just moved into {ADDRESS_EN}, {POSTCODE_UK}. Can you set up broadband by "
     "{weekday_en}?"),
]  # fmt: skip
