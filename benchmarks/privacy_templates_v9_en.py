"""English templates of the `test_v9` split, in the same frames as the Dutch ones (`privacy_templates_v9`):
subtitles of calls, CSV exports, OCR'd letters, reminders, calendar invites, call-back and referral forms, gifts,
roadside assistance, lost property, prescriptions, audit logs, phone typing, public replies, customs, warranty,
account recovery, theft claims, carers, names in every position, and English from expats and visitors."""

from __future__ import annotations

_EN = [
    # call recordings as timestamped subtitles
    "3\n00:00:11,400 --> 00:00:14,020\nCALLER: hiya, it's {NAME_FULL} from {city_en}",
    "00:02:40,660 --> 00:02:44,100\nCALLER: date of birth is {DOB_SPOKEN}",
    "00:03:18,000 --> 00:03:22,750\nCALLER: my mobile, it's {PHONE_SPOKEN}",
    "00:05:05,210 --> 00:05:09,900\nCALLER: email is {EMAIL_SPOKEN}",
    "00:01:12,800 --> 00:01:15,300\nAGENT: and the surname?\nCALLER: {NAME_SPELLED}",
    "00:04:20,000 --> 00:04:26,480\nCALLER: card number {CARD_SPOKEN}\nAGENT: please don't read that out",
    # CSV exports
    "customer_id,name,email,postcode\n{CUSTOMER_NUMBER},{NAME_FULL},{EMAIL},{POSTCODE_UK}",
    "member_no,dob,phone\n{CUSTOMER_NUMBER_MEMBER},{DOB},{PHONE_INTL}",
    "reg,make,mot_due\n{PLATE_FOREIGN},{car},{date_en}",
    "transaction_id,card,amount\nTX-88102,{CARD},{amount}",
    "iban,holder\n{IBAN_FOREIGN},{NAME_CAPS}",
    # OCR'd letters
    "Dear Sir or Madarn,\nI wish to cancel rny contract frorn {date_en}.\nYours faithfully,\n{NAME_EN}\n{ADDRESS_EN}\n"
    "{city_en} {POSTCODE_UK}",
    "My account nurnber is {CUSTOMER_NUMBER_CONTRACT} and I was born on the {DOB_ORDINAL}.",
    # appointment reminders
    "Reminder: {NAME_FIRST}, your appointment with the hygienist is on {date_en} at {time_en}. Reply C to cancel.",
    "Your service for {PLATE_FOREIGN} is booked for {weekday_en}. Questions? Call {service}.",
    "Delivery slot confirmed for {ADDRESS_EN}, {POSTCODE_UK}: {date_en}, between {time_en} and two hours later.",
    # calendar invites
    "BEGIN:VEVENT\nSUMMARY:Call back {NAME_FULL} re refund\nDESCRIPTION:{PHONE_INTL}\nEND:VEVENT",
    "ORGANIZER;CN=Billing team\nATTENDEE;CN={NAME_EN}:mailto:{EMAIL}",
    # call-back requests
    "Callback request\nName: {NAME_EN}\nPhone: {PHONE_INTL}\nBest time: {weekday_en} after {time_en}",
    "Please call me back on {PHONE}, I'm only in the Netherlands until {date_en}. {NAME_FIRST}",
    # refer a friend
    "I'd like to refer my colleague {NAME_FULL}, her email is {EMAIL_OBFUSCATED}.",
    "Referral from account {CUSTOMER_NUMBER}: new customer {NAME_EN}, {ADDRESS_EN}",
    # gifts
    "The flowers are for my mum, {NAME_FULL}, {ADDRESS}, {POSTCODE} {city_nl}. Please don't send them to me!",
    "Gift message: 'Happy 60th, {NAME_FIRST}! Love from {NAME_FIRST} and the kids'",
    # roadside assistance
    "Broken down on the A1 near Alnwick, reg {PLATE_FOREIGN}, membership {CUSTOMER_NUMBER_MEMBER}, phone {PHONE_INTL}",
    "Tourist with a Dutch car, {PLATE}, flat tyre outside {ADDRESS_EN}.",
    # lost property
    "Found on the 14:10 train: a wallet with a bank card in the name of {NAME_INITIALS}.",
    "Lost: a black laptop bag with my passport and a letter addressed to {ADDRESS_EN}, {POSTCODE_UK}.",
    "Found at the desk: a credit card {CARD} with the name {NAME_CAPS} on it.",
    "Deposit for the hire car taken from card {CARD}, expiry {expiry}.",
    "Refund for the cancelled appointment to {IBAN}, please.",
    # prescriptions
    "Repeat prescription for {NAME_EN}, DOB {DOB}, patient no {CUSTOMER_NUMBER_PATIENT}.",
    "Can my neighbour, Mrs {NAME_SURNAME}, collect my tablets? I'm housebound.",
    # audit logs
    "2025-06-02T14:55:10Z field=phone old={PHONE} new={PHONE_INTL} by={NAME_STAFF}",
    "audit: card {CARD} removed from wallet by customer {CUSTOMER_NUMBER}",
    "audit: DOB changed to {DOB} after ID check by {NAME_STAFF}",
    # typed on a phone
    "hi its {NAME_LOWER} my parcel still hasnt come can u check {ADDRESS_LOWER}",
    "my bsn is {BSN} is that right cos the form keeps saying invalid",
    "card {CARD} declined again what is going on",
    "ring me on {PHONE} im home all afternoon",
    # public replies
    "@{handle} three weeks and still no refund. {NAME_FULL}, account {CUSTOMER_NUMBER}. Sort it out!",
    "@{handle} DM me and I'll send my IBAN, it's {IBAN_FOREIGN}... oops, meant to DM that",
    "@{handle} someone used my card {CARD} in your shop in {city_en}, I have never been there",
    "A car, {PLATE_FOREIGN}, has been blocking the entrance of our shop all day.",
    # customs
    "Customs declaration: consignee {NAME_EN}, {ADDRESS_EN}, {city_en} {POSTCODE_UK}, contents {product}",
    # warranty
    "Warranty registration: {product}, purchased {date_en}, owner {NAME_FULL}, {EMAIL_CAPS}",
    # account recovery
    "I can't get into my account. I signed up with {EMAIL}, my postcode is {POSTCODE} and my BSN {BSN}.",
    # theft claims
    "My bike was stolen outside the station. Policy {CUSTOMER_NUMBER_POLICY}, please pay out to {IBAN}.",
    # carers
    "I'm calling for my father, Mr {NAME_SURNAME}, who lives at {ADDRESS}; his BSN is {BSN_SPOKEN}.",
    "My mother was born on {DOB_ELDER} and can't use the phone any more; I'm her carer.",
    # names in every position, no cue
    "{NAME_FIRST}, {NAME_FIRST} and {NAME_FULL} are all on the tenancy.",
    "{NAME_FIRST}'s phone is broken, so please ring her husband instead.",
    "{NAME_EN} rang again about the same fault.",
    "According to {NAME_SURNAME}, the engineer never turned up.",
    "Spoke to Ms {NAME_SURNAME}, then to Dr {NAME_SURNAME} at the practice.",
    # expats and visitors
    "Hello, I am {NAME_FULL}, I just moved to {ADDRESS}, {POSTCODE} {city_nl}, my BSN is {BSN}",
    "I live in Belgium, {ADDRESS_BE}, {POSTCODE_BE} {city_be}, and my national number is {BSN_BE}.",
    "Please refund to my account abroad, {IBAN_FOREIGN}; the name on it is {NAME_FULL}",
    "My Dutch account {IBAN_SPOKEN}, sorry I am reading it from the card",
    "My car has foreign plates, {PLATE_FOREIGN}, and I park at {ADDRESS_DE}, {POSTCODE_DE} {city_de}.",
    "My number abroad is {PHONE_INTL}, my email {EMAIL_VANITY}",
]

TEST_V9_PII_EN = [("en", text) for text in _EN]
