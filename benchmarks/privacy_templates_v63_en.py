"""English templates of test_v63, many from British and Irish customers: ticket exports, calendar invitations,
order confirmations, voice-assistant logs, postcards, Messenger chats and survey answers."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    (
        "en",
        "Ticket #{count}{count} | Requester: {NAME_FULL} <{EMAIL}> | Subject: storm damage to roof | Priority: high",
    ),
    (
        "en",
        "Hiya, the storm took half my fence, I'm at {ADDRESS_EN}, "
        "{POSTCODE_UK}. Ring me on {PHONE_EN}. Cheers, {NAME_FIRST}",
    ),
    ("en", "Claim for the leak under the bath, policy {CUSTOMER_NUMBER_POLICY}, insured {NAME_FULL}, born {DOB_EN}."),
    ("en", "Please pay the settlement into {IBAN}, account holder {NAME_INITIALS}."),
    (
        "en",
        "Freshdesk note: caller {NAME_SURNAME} from {PHONE_EN} says the water came through the ceiling at {ADDRESS}.",
    ),
    ("en", "Rental damage report for {PLATE}: scratch on the rear bumper, driver {NAME_FULL}."),
    ("en", "The deposit of {amount} was taken from card {CARD} and I still haven't had it back. {NAME_FULL}"),
    ("en", "I hired the car in Dublin, reg {PLATE_ABROAD}, and dropped it at Schiphol; my name is {NAME_FULL}."),
    ("en", "Customer number {CUSTOMER_NUMBER_CUSTOMER}, second driver added: {NAME_FULL}, DOB {DOB_EN}."),
    ("en", "Maternity care intake: mother {NAME_FULL}, date of birth {DOB_EN}, BSN {BSN}, due on {date_en}."),
    ("en", "Our wee one {NAME_FIRST} arrived on {DOB_EN}! Could the kraamzorg nurse call {PHONE} before coming?"),
    (
        "en",
        "Outlook invitation: Maternity intake – {NAME_FULL} | {weekday_en} {time} | Location: {ADDRESS}, {POSTCODE}",
    ),
    (
        "en",
        "Patient {NAME_INITIALS}, patient no. {CUSTOMER_NUMBER_PATIENT}, DOB {DOB_EN}: braces check in {count} weeks.",
    ),
    (
        "en",
        "My son's orthodontist bill should go on my health insurance, member "
        "number {CUSTOMER_NUMBER_MEMBER}, mum {NAME_FULL}.",
    ),
    ("en", "Order confirmed!\nName: {NAME_FULL}\nEmail: {EMAIL}\nPaid with: {CARD}\nTickets: {count} x South Stand"),
    ("en", "Resale payout for the match tickets to {IBAN} please, seller {NAME_LOWER}."),
    ("en", "Season ticket holder {NAME_FULL}, membership no. {CUSTOMER_NUMBER_MEMBER}, asks to move seats."),
    ("en", "Language school enrolment: {NAME_FULL}, BSN {BSN}, address {ADDRESS}, {POSTCODE} {city}."),
    ("en", "Student {NAME_CAPS} missed {count} classes; her mobile is {PHONE_ABROAD}."),
    (
        "en",
        "I'm from Cork, been here {count} months, doing the A2 course. Email me at {EMAIL}, thanks a mil! {NAME_FIRST}",
    ),
    ("en", "Smartwatch warranty claim: {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_UK}, phone {PHONE_EN}."),
    ("en", "Voice assistant log {time}: 'Alexa, call {NAME_FULL}' → dialled {PHONE}."),
    ("en", "Voice log: user said 'my email is {EMAIL_SPOKEN}', confidence 0.79."),
    ("en", "Voice log: user read out her number as '{PHONE_SPOKEN}'."),
    ("en", "Fitbit profile {NAME_NICK} linked to {EMAIL}, birthday set to {DOB_EN}."),
    ("en", "Deliver the olive tree to {ADDRESS}, {POSTCODE} {town}, for {NAME_FULL}. Leave it by the shed."),
    (
        "en",
        "Survey, free text: 'Lovely plants, lads. Give me a shout on {PHONE_EN} if the roses are back. {NAME_FULL}'",
    ),
    ("en", "Loyalty card {CUSTOMER_NUMBER_MEMBER} belongs to {NAME_INITIALS}; points expire on {date_en}."),
    ("en", "Funeral of the late {NAME_FULL}, born {DOB_EN}; arrangements made by {NAME_FULL}, tel. {PHONE_EN}."),
    ("en", "Funeral plan {CUSTOMER_NUMBER_POLICY}: next of kin {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_UK}."),
    ("en", "Please debit the cremation invoice from {IBAN}; the deceased's BSN is {BSN}."),
    ("en", "Postcard typed up by the agent: 'Thank you all so much. Love, {NAME_COUPLE}'"),
    ("en", "Mooring contract {CUSTOMER_NUMBER_CONTRACT}: boat owner {NAME_FULL}, berth C-12, paid by {CARD}."),
    ("en", "Harbour master: the car {PLATE} belonging to {NAME_SURNAME} has been on the quay for {count} days."),
    ("en", "Visiting yacht, skipper {NAME_FULL}, mobile {PHONE_ABROAD}, email {EMAIL}."),
    ("en", "Messenger | {NAME_NICK}: hi, my postcode is {POSTCODE}, can you check when the van comes?"),
    ("en", "Messenger | {NAME_FULL}: I was born on {DOB_EN}, why does the site say I'm under 18?"),
    ("en", "Handwritten form (typed up): Name: {NAME_CAPS} / Address: {ADDRESS} / DOB: {DOB} / BSN: {BSN}"),
    ("en", "Customer no. {CUSTOMER_NUMBER_CUSTOMER}: please change the account to {IBAN_NL}."),
    ("en", "The contract {CUSTOMER_NUMBER_CONTRACT} is in the name of {NAME_FULL}, car reg {PLATE}."),
    ("en", "Voice log {date_en}: user said his BSN as '{BSN_SPOKEN}' – do not store!"),
    ("en", "Calendar invite: Dental check-up – {NAME_FIRST} {NAME_SURNAME} | {weekday_en} {time} | Organiser: {EMAIL}"),
    ("en", "Ring me back on {PHONE}, it's {NAME_FULL}, I rang yesterday about the broken strap."),
    ("en", "Survey, free text: 'the lad who came to {ADDRESS_EN} was grand, but the plants died'"),
    ("en", "Please post the urn certificate to {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}."),
]
