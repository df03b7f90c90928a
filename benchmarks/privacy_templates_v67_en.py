"""English templates of test_v67, many from Indian and Scottish customers and from English-speaking expats in the
Netherlands: voice notes, reply-all threads, PDF and web forms, Salesforce and Intercom exports, OCR, typing aids."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- solar panels and batteries
    (
        "en",
        "[Voice note 0:52, transcribed] hi this is {NAME_FULL}, the inverter has been showing an error since "
        "{date_en}, please ring me on {PHONE_EN}",
    ),
    ("en", "Kindly do the needful and credit the feed-in payment to {IBAN}, account holder {NAME_FULL}."),
    ("en", "Installation address: {ADDRESS}, {POSTCODE}, the Netherlands. Contact: {NAME_FIRST}, {PHONE}."),
    (
        "en",
        "My contract number is {CUSTOMER_NUMBER_CONTRACT} and the battery was fitted at {ADDRESS_EN}, {POSTCODE_UK}.",
    ),
    # ---- student rooms and housing
    (
        "en",
        "Room application\nName:\nDate of birth:\n{NAME_FULL}\n{DOB_EN}\nRegistration no.: {CUSTOMER_NUMBER_TENANT}",
    ),
    (
        "en",
        "Hi, I'm an international student from {city}, my BSN is {BSN} and I've been on the waiting list as "
        "{CUSTOMER_NUMBER_TENANT}. {NAME_FULL}",
    ),
    ("en", "Please refund the room deposit to {IBAN}; my current address is {ADDRESS_EN}, {POSTCODE_UK}."),
    ("en", "The tenant {NAME_SURNAME}, born {DOB_EN}, has not paid the rent for {count} months."),
    # ---- brokerage and crypto
    (
        "en",
        "All,\n\nPlease see below.\n\n> From: {NAME_FULL} <{EMAIL}>\n> Sent: {weekday_en} {time}\n"
        "> My trading account {CUSTOMER_NUMBER_ACCOUNT} has been frozen.",
    ),
    (
        "en",
        "> Kind regards,\n> {NAME_FULL}\n> Mob: {PHONE_EN}\n> This e-mail and any attachments are confidential "
        "and intended solely for the addressee.",
    ),
    ("en", "Withdrawal to {IBAN} failed for account {CUSTOMER_NUMBER_ACCOUNT}; the client is {NAME_INITIALS}."),
    ("en", "I topped up with my card {CARD} but the coins never showed up. Regards, {NAME_FULL}"),
    ("en", "For verification I am sending my date of birth {DOB_EN} and my Dutch BSN {BSN}, sir."),
    # ---- hearing aids
    (
        "en",
        "Case Number,Subject,Contact Name,Contact Email,Mailing Zip\n{ref},Hearing aid whistling,{NAME_FULL},"
        "{EMAIL},{POSTCODE}",
    ),
    ("en", "My mum {NAME_FULL} can't hear the phone, so please call me instead on {PHONE_EN}."),
    ("en", "Patient {NAME_REVERSED}, DOB {DOB_EN}, member no. {CUSTOMER_NUMBER_MEMBER}: new Phonak fitting."),
    # ---- marketplace disputes (Intercom)
    ("en", "[System] Conversation assigned to {team}\n{NAME_FIRST}: the buyer paid from {IBAN} but it bounced"),
    ("en", "[System] {bot} joined the conversation\n{NAME_FULL}: I shipped the bike to {ADDRESS}, {POSTCODE}"),
    ("en", "The seller asked for my card number {CARD} and the code on the back, is that a scam? {NAME_FIRST}"),
    ("en", "Buyer rang from {PHONE_ABROAD} claiming to be {NAME_FULL}; I think it's fake."),
    # ---- food delivery
    ("en", "The courier left my order at the wrong flat, I live at {ADDRESS_EN}, {POSTCODE_UK}. {NAME_FULL}"),
    (
        "en",
        "Please refund {amount} to the card ending in ... actually the full card is {CARD}, customer "
        "{CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    ("en", "Rider {NAME_FULL} (phone {PHONE}) reported a crash near {place}."),
    ("en", "my account is {EMAIL} and the biryani arrived cold, customer id {CUSTOMER_NUMBER_CUSTOMER}"),
    # ---- car sharing (web forms)
    (
        "en",
        "New form submission\nform_id=carshare_signup\nutm_campaign=spring\nname={NAME_FULL}\nemail={EMAIL}\n"
        "dob={DOB_EN}\n_hidden_referrer=/en/pricing",
    ),
    ("en", "Shared car {PLATE} was returned damaged by {NAME_FULL}; subscription {CUSTOMER_NUMBER_CONTRACT}."),
    ("en", "I drove over from Glasgow in my own car, reg {PLATE_ABROAD}, and got a toll letter. {NAME_FULL}"),
    # ---- municipal permits (OCR)
    ("en", "OCR resident parking permit\nApplicant: {NAME_OCR}\nPlate: {PLATE}\nPostcode: {POSTCODE_OCR}"),
    ("en", "OCR dog licence form: phone {PHONE_OCR}, DOB {DOB_OCR}, ref no. {CUSTOMER_NUMBER_OCR}"),
    ("en", "Building permit for a dormer at {ADDRESS}, {POSTCODE}, applicant {NAME_FULL}."),
    ("en", "Direct debit for the dog tax from {IBAN_OCR} (handwritten, hard to read)."),
    ("en", "Handwritten card number on the form: {CARD_OCR}"),
    ("en", "Objection filed by {NAME_FULL}, citizen service number {BSN_OCR}."),
    # ---- music lessons (assistive typing)
    ("en", "hello  my  name  is  {NAME_SPACED}  and  i  would  like  guitar  lessons ,  phone  {PHONE_SPACED}"),
    ("en", "e mail :  {EMAIL_SPACED}  for  the  violin  rental"),
    (
        "en",
        "Pupil {NAME_FIRST} {NAME_SURNAME}, born {DOB_EN}, rents a cello under contract {CUSTOMER_NUMBER_CONTRACT}.",
    ),
    ("en", "Instrument rental paid from {IBAN_NL} by {NAME_FULL}, {ADDRESS}."),
    # ---- fines and toll
    ("en", "Fine for vehicle {PLATE}: {amount}, registered keeper {NAME_FULL}, {ADDRESS}, {POSTCODE}."),
    ("en", "My son {NAME_FIRST} was driving {PLATE_ABROAD} that day, he was born {DOB_EN}."),
    ("en", "Toll charge for {PLATE} unpaid; keeper {NAME_SURNAME}, e-mail {EMAIL}."),
    # ---- spoken, Indian and Scottish voices
    ("en", "[Voice note 0:19] my number is {PHONE_SPOKEN}, it's {NAME_FIRST} here"),
    ("en", "[Voice note 0:37] my email is {EMAIL_SPOKEN}, please send the invoice there only"),
    ("en", "[Voice note 0:25] the BSN is {BSN_SPOKEN}, aye that's the one"),
    ("en", "Och, I've been waiting a fortnight. {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_UK}, tel {PHONE_EN}"),
    ("en", "Respected team, I am {NAME_FULL} from {city}, my mobile is {PHONE_EN} and PIN code {POSTCODE_UK}."),
    ("en", "Customer {NAME_CAPS}, account {CUSTOMER_NUMBER_CUSTOMER}, postcode {POSTCODE}, born {DOB_EN}."),
]
