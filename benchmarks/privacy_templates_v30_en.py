"""English templates of the `test_v30` split (expats, British, Irish, German, Polish, Ukrainian, Indian and other
customers, and agents writing in English), in the same frames and channels as the Dutch ones. Written by someone
who never saw the redaction rules."""

from __future__ import annotations

_EN = [
    # maternity care
    "Trengo · WhatsApp\n[21:03] Customer: hi, this is {NAME_FULL}, our baby arrived early!! born {DOB_BABY}\n"
    "[21:05] Agent: Congratulations! Can you confirm your address?\n[21:06] Customer: {ADDRESS}, {POSTCODE}",
    "Intake (English-speaking client)\nName: {NAME_F}\nDate of birth: {DOB_PARENT}\nPartner: {NAME_M}\nDue date: "
    "{date_en}\nPhone: {PHONE_ABROAD}",
    "Client {CUSTOMER_NUMBER_KRAAM} asks whether the own contribution can be taken from her partner's account "
    "{IBAN} instead.",
    "Forwarded message\nFrom: {NAME_FULL} <{EMAIL}>\nSent: {weekday_en} {time_en}\nSubject: maternity care "
    "hours\n> could you send the invoice to my work address please",
    # speech therapy
    "ZorgDomein referral {zorgdomein}\nPatient: {NAME_CHILD}\nDOB: {DOB_CHILD}\nParent: {NAME_FULL}\n"
    "Language at home: English/Hindi",
    "Hi, my son {NAME_FIRST_M} (born {DOB_CHILD}) starts speech therapy next week, my email is {EMAIL_OBF}. "
    "Thanks, {NAME_FIRST_F}",
    "Voicemail transcript: hello um it's {NAME_FULL} calling about my dad, he had a stroke, he was born "
    "{DOB_SAID}, please call me back on {PHONE_SAID}",
    "Vecozo return: claim {invoice} rejected, BSN {BSN} does not match patient {NAME_INIT}, patient no. "
    "{CUSTOMER_NUMBER_LOGO}.",
    # podiatry
    "Booking confirmation\nName: {NAME_FULL}\nPhone: {PHONE}\nEmail: {EMAIL}\nAppointment: {weekday_en} "
    "{time_en}, gait analysis",
    "Patient {CUSTOMER_NUMBER_PODO} paid for the insoles with card {CARD}, name on card {NAME_CAPS}.",
    "Home visit for {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}; the door code is on the note.",
    "Refund of {amount_en} to {IBAN_ABROAD} for {NAME_FULL}, her Dutch account is closed.",
    # watch repair
    "Gorgias {ticket} — customer {NAME_FULL} wrote: my {watch} came back scratched, repair {repair}. Call "
    "{PHONE_ABROAD}",
    "Loyalty card {CUSTOMER_NUMBER_WATCH} belongs to {NAME_REG}, moved to {ADDRESS_GB}.",
    "Engraving request: 'For {NAME_FIRST}, love {NAME_FIRST}' — customer {NAME_FULL}, {EMAIL}.",
    "Payment by card {CARD} declined twice for {NAME_LOWER}.",
    # upholsterer
    "Teamleader deal {quote}\nContact: {NAME_FULL}\nPick-up: {ADDRESS}, {POSTCODE} {city}\nNotes: 3rd floor, "
    "no lift, park the van {PLATE} in front",
    "Debtor {CUSTOMER_NUMBER_UPHOLSTER} ({NAME_INIT}) says the direct debit from {IBAN} was reversed by mistake.",
    "Email from customer: please deliver the sofa to my mother, {NAME_FULL}, {ADDRESS}, {POSTCODE}. Cheers, "
    "{NAME_FIRST}",
    "Customer from Germany: {NAME_FULL}, {ADDRESS_DE}, {POSTCODE_DE} {city_de}, car {PLATE_DE}.",
    # canoe and SUP rental
    'Regiondo export (csv)\n"booking","name","email","people"\n"{booking}","{NAME_FULL}","{EMAIL}","2"',
    "Waiver\nFull name: {NAME_FULL}\nDate of birth: {DOB}\nEmergency contact: {NAME_FIRST}, {PHONE}",
    "Freshchat\nVisitor: hey, can I pay the deposit by bank transfer? my IBAN is {IBAN_ABROAD}\nAgent: Sure, "
    "what name?\nVisitor: {NAME_FULL}",
    "Season pass {CUSTOMER_NUMBER_CANOE} is registered to {NAME_FULL}, born {DOB}.",
    "The car {PLATE} on the slipway belongs to {NAME_FIRST} from group {booking}; Belgian car {PLATE_BE} too.",
    "Kayak flipped near the weir, renter {NAME_FULL} fine, reach him via {PHONE}.",
    # mixed
    "My BSN is {BSN}, do you need it for the insurer?",
    "The BSN on the referral is {BSN}, the patient says it is wrong, it should be {BSN}.",
    "I'll spell my email: {EMAIL_SPELL}.",
    "Postcode is {POSTCODE_SAID}, house number 22.",
    "Customer number {CUSTOMER_NUMBER}, {NAME_FULL}, {PHONE}.",
    "Name is {NAME_LAST}, first name {NAME_FIRST}, born {DOB}.",
    "my card {CARD_SAID}, expiry ten twenty-eight",
    "Please update my address to {ADDRESS}, {POSTCODE} {city}, old one was {ADDRESS}.",
    "Callback request: {NAME_FULL}, {PHONE_FIXED}, after {time_en}.",
    "Plates registered for the car park: {PLATE}, {PLATE_ANY}.",
    "ID copy from {NAME_FULL} shows BSN {BSN}; deleted after the check.",
    "Client {CUSTOMER_NUMBER_KRAAM} moved to {ADDRESS}, {POSTCODE}; new phone {PHONE}.",
    "Paid the SUP deposit with {CARD}, cardholder {NAME_FULL}.",
    "Card number read out: {CARD_SAID}, name {NAME_CAPS}.",
    "Direct debit mandate\nName: {NAME_FULL}\nIBAN: {IBAN}\nSigned: {date_en}",
    "Reg {PLATE} parked on the grass, owner {NAME_FIRST}, mobile {PHONE}.",
    "Please use {EMAIL} rather than {EMAIL_OBF}.",
    "BSN {BSN_SAID}, I read it off my passport.",
]

TEST_V30_PII_EN = [("en", text) for text in _EN]
