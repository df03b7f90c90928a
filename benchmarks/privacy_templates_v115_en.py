"""English templates of test_v115, many from Kenyan, South African and Scottish writers and from Indian, Nigerian,
Chinese and Polish people living in the Netherlands: student rooms, e-bike leases, hearing aids, window cleaning, debt
counselling, tyre storage, hockey and football clubs, concert ticket resale, alarm buttons and day care, in Freshchat
bot transcripts with button clicks, Workplace posts, texts cut off mid-word, XML exports pasted in a ticket, OCR'd fax
cover sheets, smartwatch dictations and e-mail threads quoted with 'On … wrote:' and 'Op … schreef:'."""

from __future__ import annotations

_TEMPLATES: list[str] = [
    # ---- student rooms
    "Sasa! Am {NAME_KE}, a master student at Twente. I paid the deposit for the room at {ADDRESS_ROOM} but your "
    "system says unpaid. Kindly check, my number is {PHONE_KE}.",
    "Freshchat · conversation with {NAME_FULL}\n[19:36] ▸ button: I'm a new tenant\n[19:37] 🤖 Kamerbot: Welcome! "
    "What's your tenant number?\n[19:38] Guest: {CUSTOMER_NUMBER_TENANT}\n[19:38] 🤖 Kamerbot: Thanks! And your "
    "date of birth?\n[19:38] Guest: {DOB_STUDENT}",
    "Aye, I'm efter a room for my lassie at the uni in {town_student}. She's {NAME_SC}, born {DOB_STUDENT}. Her "
    "email's {EMAIL_STUDENT}. Cheers, pal",
    "Thanks, IBAN below.\n\nOn {date_en}, at {time_en}, {NAME_FULL} wrote:\n> Could you send your IBAN for the "
    "deposit refund of the room at {ADDRESS_ROOM}?\n\n{IBAN}\n{NAME_FULL}",
    "Hello, I am {NAME_CN}, PhD at the university. Room contract {CUSTOMER_NUMBER_ROOM}, the heater is broken "
    "since {weekday_en}. Please contact {EMAIL_STUDENT}.",
    "Ticket {ticket}: pasting the applicant XML\n<applicant>\n  <fullName>{NAME_FULL}</fullName>\n  <nationalId>"
    "{BSN}</nationalId>\n  <birthDate>{DOB_STUDENT}</birthDate>\n  <mobile>{PHONE_ABROAD}</mobile>\n</applicant>",
    "Sorry, I don't speak Dutch yet. My address is {ADDRESS_ROOM}, {POSTCODE} {town_student}.\n\nOp {date} om "
    "{time} schreef {corp_from}:\n> Wat is uw adres en kamernummer?",
    # ---- e-bike leases through an employer
    "{NAME_FULL} posted in E-bike Lease Programme\nAnyone know who to call at {lease_co}? My bike was nicked at "
    "the station, contract {CUSTOMER_NUMBER_LEASE}. Employee number {CUSTOMER_NUMBER_EMPLOYEE} if HR needs it 🙃",
    "Dear team, I am {NAME_IN}, working at {company} through the e-bike scheme. Please update my address to "
    "{ADDRESS}, {POSTCODE} {town}. Employee ID {CUSTOMER_NUMBER_EMPLOYEE}. Thanks and regards",
    "Dinnae send the lease bike papers to my Dutch flat, I'm home in Scotland till {month_en}: {ADDRESS_UK}, "
    "{town_sc} {POSTCODE_UK}. {NAME_SC}",
    "I used to drive {PLATE_KE} back in {town_ke}, now it's an e-bike through work haha. The lease contract is "
    "{CUSTOMER_NUMBER_LEASE}, kindly send the insurance papers to {EMAIL_WORK}.",
    "[20:11] ▸ button: Report a crash\n[20:12] 🤖 Sjors de bot: Sorry to hear that! Was another vehicle involved?\n"
    "[20:13] ▸ button: Yes, a car\n[20:13] 🤖 Sjors de bot: What was its number plate?\n[20:13] User: {PLATE_LOWER}",
    "Howzit, the e-bike from {lease_co} is lekker but the bill went on my own card {CARD} instead of the company. "
    "Sort it out now-now please. {NAME_ZA}",
    # ---- hearing aid fittings
    "Thank you, I will be there.\n\nOn {weekday_en}, {date_en} at {time_en}, {NAME_FULL} <{EMAIL}> wrote:\n> Your "
    "fitting is confirmed. Please bring your client number {CUSTOMER_NUMBER_PATIENT} and your insurance card.",
    "Please send my mom's hearing aid back to {ADDRESS_ZA}, {town_za}, {POSTCODE_ZA}, South Africa. She flew home "
    "just now. Shame, she forgot it on the table. {NAME_ZA}",
    "Ring us on {PHONE_UK} if the hearing aids need adjusting again, I'm back in {town_sc} for a fortnight. {NAME_SC}",
    "Good afternoon, my father {NAME_NG} needs a new hearing aid. He was born {DOB_SENIOR}, his BSN is {BSN}. He "
    "only hears well on the left side.",
    "FAX COVER SHEET\nTo: {audicien} {town}\nFrom: {NAME_OCR}\nRe: hearing test results, DOB {DOB_OCR}\nCallback: "
    "{PHONE_OCR}\nPages: {pages} (incl. cover)",
    "sent from my watch\nhi this is {NAME_WATCH_EN} my hearing aid is whistling since morning please call "
    "{PHONE_WATCH_EN}",
    "RE: {CUSTOMER_NUMBER_PATIENT} {NAME_SC}\n\nAye, Thursday at {clock_en} works fine for the new moulds. Ta.",
    # ---- window cleaning subscriptions
    "Hi there, the window guys did a lekker job but charged my card {CARD} twice, is it? Subscription "
    "{CUSTOMER_NUMBER_WINDOW}. Please sort it, {NAME_ZA}",
    "Hi {NAME_FIRST}, your window cleaning visit at {ADDRESS} is on {weekday_en}. Reply STOP to cancel. Account "
    "{CUSTOMER_NUMBER_WINDOW}. Paym",
    "dictated on watch\ncan ye cancel the windae cleaning this week {ADDRESS_WATCH} cheers {NAME_WATCH_EN}",
    "Good morning. Kindly note the window cleaners did not come to {ADDRESS} on {date_en}. I have paid from "
    "{IBAN} as usual. {NAME_KE}",
    "{NAME_FULL} posted in Window Round North\nHeads up: {NAME_FULL} at {ADDRESS} has a new gate code, it's in the "
    "app. Don't text her on {PHONE}, she works nights.",
    # ---- debt counselling intakes
    "Good morning. Kindly assist, I have debts since I came from {town_ke}. My Kenyan ID no. is {BSN_KE} and Dutch "
    "BSN {BSN}. I stay at {ADDRESS}, {POSTCODE} {town}.",
    "Ag man, the debt counsellor wants ID. I only have my SA ID: {BSN_ZA}. Is that enough? {NAME_ZA}",
    "They asked for a national number at the debt intake and I've only got my NI number: {BSN_UK}. Any use? {NAME_SC}",
    "Hello, I am {NAME_PL}, I work in the greenhouse and live at {ADDRESS}. I need help with debts. My BSN {BSN}, "
    "bank {IBAN}.",
    "*** FAX ***\nFrom: {NAME_OCR}\nTo: Debt Advice Team, Gemeente {town}\nNo. of pages: {pages}\nMessage: please "
    "find my bank statements for {IBAN_OCR}. Born {DOB_OCR}.",
    "On {date_en} at {time_en}, {NAME_FULL} <{EMAIL}> wrote:\n> Shot for the help, bru. My SA number is "
    "{PHONE_ZA} if WhatsApp is easier.\n\nThanks, we'll WhatsApp you before the intake.",
    'Ticket {ticket}: XML from the intake portal\n<intake case="{case_no}">\n  <client id="'
    '{CUSTOMER_NUMBER_CLIENT}">{NAME_FULL}</client>\n  <dob>{DOB_ISO}</dob>\n  <iban>{IBAN}</iban>\n</intake>',
    # ---- tyre storage at garages
    "Howzit, can you store the winter tyres for the bakkie {PLATE}? My brother's driving {PLATE_ZA} in Joburg "
    "and laughing at me. Cheers, {NAME_ZA}",
    "Wee problem: ye've got my tyres labelled under {PLATE_UK}, that's my old motor in {town_sc}. The Dutch plate "
    "is {PLATE}. {NAME_SC}",
    "hey its {NAME_WATCH_EN} running late for the tyre change my car is {PLATE_WATCH} be there in 20",
    "Hi, summer tyres for {PLATE} please. Customer no {CUSTOMER_NUMBER_TYRE}. You can reach me at {PHONE_ABROAD}, "
    "I'm abroad until {date_en}. {NAME_FULL}",
    "{NAME_FULL} posted in Garage {town_ah} Team\nCustomer {NAME_FULL} says we swapped her tyres onto the wrong "
    "car. Plates {PLATE} and {PLATE}. Who did the job on {weekday_en}?",
    # ---- hockey and football clubs
    "Howzit, I'm {NAME_ZA}, just moved from {town_za}. Need a hockey club for my daughter, she played at school. "
    "DOB {DOB_CHILD}. Lekker, thanks!",
    "Sasa coach, my son {NAME_CHILD} wants to join the under-12s at {club_fb}. He was born {DOB_CHILD}. Reach me "
    "on WhatsApp {PHONE_KE} or {PHONE}.",
    "Pure raging, the club took the fees twice fae my account {IBAN}. Membership number {CUSTOMER_NUMBER_MEMBER}. "
    "Sort it, aye? {NAME_SC}",
    '<member id="{CUSTOMER_NUMBER_MEMBER}">\n  <name>{NAME_FULL}</name>\n  <dob>{DOB_ISO}</dob>\n  <email>'
    "{EMAIL}</email>\n  <team>{team}</team>\n</member>",
    "{NAME_FULL} posted in Parents {club}\nLost: a blue stick bag after training. Belongs to my son {NAME_CHILD}. "
    "Text me on {PHONE} please!",
    # ---- concert ticket resale
    "[21:27] ▸ button: Sell my ticket\n[21:27] 🤖 Ticky: Which card should we refund the original purchase to?\n"
    "[21:27] User: {CARD}\n[21:27] 🤖 Ticky: Done, order {order_no} is now listed.",
    "Kindly reverse the double charge on my Visa {CARD}, I bought only one ticket for {concert}. {NAME_KE}",
    "Good day, I sold 2 tickets for {concert} and the buyer {NAME_FULL} has not paid. His number is {PHONE}. My "
    "payout account is {IBAN}.",
    "Refund for the concert tickets can go to my Bank of Scotland account: {IBAN_GB}. Ta. {NAME_SC}",
    "Pasting the XML from the back office:\n<ticket_resale>\n  <seller>{NAME_ZA}</seller>\n  <phone>{PHONE_ZA}"
    "</phone>\n  <payout_card>{CARD}</payout_card>\n  <event>{concert}</event>\n</ticket_resale>",
    "Your ticket for {concert} sold! Payout to {IBAN} within {count} working d",
    # ---- alarm buttons and day care
    "[08:52] ▸ button: Alarm pendant\n[08:52] 🤖 Wilma-bot: Who is the subscriber?\n[08:52] User: my gran, "
    "{NAME_ZA}, subscriber no {CUSTOMER_NUMBER_ALARM}\n[08:52] ▸ button: Test the pendant",
    "FAX COVER SHEET\nTo: {alarm_co} Monitoring\nFrom: {NAME_OCR}\nRe: alarm pendant for {NAME_FULL}, born "
    "{DOB_OCR}\nAddress: {ADDRESS_OCR}\nPages: {pages}",
    "Please post the refund to my mother: {NAME_KE}, {ADDRESS_KEBOX}-{POSTCODE_KE}, {town_ke}, Kenya. She used the "
    "alarm only {count} months before going home.",
    "Good afternoon, my mother {NAME_NG} is visiting and needs day care while we work. She was born {DOB_SENIOR}. "
    "Her Nigerian number is {PHONE_NG}.",
    "{NAME_FULL} posted in Day Care Volunteers\nReminder: I'm picking up Mr {NAME_SURNAME} from {ADDRESS} at "
    "{clock}. Call me on {PHONE} if he's not ready.",
    "My gran lives at {ADDRESS_KE} in {town_ke}, but here she stays with us at {ADDRESS}, {POSTCODE}. Kindly send "
    "the alarm box here. Asante, {NAME_KE}",
    "Mum's at the day care on {weekday_en}s. Her new client number is {CUSTOMER_NUMBER_DAYCARE}, and she was born "
    "{DOB_SENIOR}. Och, sorry I forgot to say. {NAME_SC}",
    "Op {date} om {time} schreef {care_from}:\n> Kunt u het BSN van uw vader doorgeven?\n\n"
    "Sorry for the English. His BSN is {BSN}, born {DOB_EN}. {NAME_FULL}",
]

EN: list[tuple[str, str]] = [("en", template) for template in _TEMPLATES]
