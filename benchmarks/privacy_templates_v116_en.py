"""English templates of test_v116, many from Australian, Trinidadian and Malaysian writers living in the
Netherlands or moving there: children's swimming lessons, garden maintenance contracts, bicycle theft claims, student
loans (HECS-HELP, the UK's Student Loans Company, PTPTN), care home waiting lists, removals, repeat prescriptions,
roaming charge disputes, campsite pitches and charity donors, in Help Scout mailboxes, Instagram story replies,
transcribed WhatsApp voice notes, INI- and YAML-like CRM exports, OCR'd till receipts, Outlook calendar invites and
post-call survey free text.

One template a block, blocks apart by a line holding only '§', its line breaks written as escapes; a backslash at a
line's end joins it to the next."""

from __future__ import annotations

_BLOCK = """\
G'day, my daughter {NAME_CHILD_F} did Learn to Swim back home and we've just moved to {town}. Any spots left? \
She was born {DOB_CHILD}. Cheers, {NAME_AU}, {PHONE_AU}
§
↪ Replied to your story\n"Diploma day at {swim_pool}! 🏊‍♀️🎉"\n\nso proud of the kids 😭 could you send the \
photos of {NAME_CHILD}'s group to {EMAIL}? x
§
Hi boss, my son {NAME_CHILD_M} want to join swimming class can or not? He born {DOB_CHILD}. Pls call me \
{PHONE_MY} ya. Thanks lah. {NAME_MY}
§
Morning, I register mih two children for swimming since last month and I ent get no confirmation. Pupil no. \
{CUSTOMER_NUMBER_PUPIL}. Allyuh could call me on {PHONE_TT}? {NAME_TT}
§
Subject: Trial swim – {NAME_CHILD}\nLocation: {swim_pool}, teaching pool\n{cal_span_en}\nOrganizer: \
{NAME_REVERSED}\nRequired attendees: {EMAIL}
§
Hi there, we've got a garden maintenance contract ({CUSTOMER_NUMBER_GARDEN}) and the bloke hasn't turned up \
in three weeks. Lawn's a jungle, mate. {ADDRESS}, {POSTCODE} {town}. Ta, {NAME_AU}
§
contract:\n  id: {CUSTOMER_NUMBER_GARDEN}\n  customer: {NAME_FULL}\n  email: {EMAIL}\n  phone: '{PHONE}'\n  \
site: {ADDRESS}
§
Conversation #{hs_conv} · Mailbox: Garden Care\n> On {date_en}, {NAME_FULL} <{EMAIL_OWN}> wrote:\n> Please \
cancel my hedge-trimming contract from next month.\n\nNote by {NAME_FIRST}: cancelled, final invoice to \
follow.
§
Hello, the gardener cut down my chilli plants already 😭 contract number {CUSTOMER_NUMBER_GARDEN}. Address \
{ADDRESS}, {POSTCODE}. Can refund or not? {NAME_MY}
§
Some mongrel nicked my bike outside {named_place} last night. Policy {CUSTOMER_NUMBER_POLICY}. Bank details \
for the payout: {IBAN}. {NAME_AU}
§
Good day, my bicycle get thief by the station in {town}. Policy number {CUSTOMER_NUMBER_POLICY}, mih address \
is {ADDRESS}, {POSTCODE} {town}. Regards, {NAME_TT}
§
Comments: Agent was lovely but I still haven't had the payout for my stolen bike. It's under {NAME_FULL}, DOB \
{DOB_EN}.
§
{"claim_type": "bicycle_theft", "insured": {"name": "{NAME_FULL}", "dob": "{DOB_ISO}", "email": "{EMAIL}"}, \
"policy": "{CUSTOMER_NUMBER_POLICY}", "police_report": "{police_ref}"}
§
G'day, I've still got a HECS-HELP debt from uni and I'm working in Eindhoven now. Do I keep repaying? TFN \
{BSN_AU}, CRN {CUSTOMER_NUMBER_CRN}. Cheers, {NAME_AU}
§
Hi, I'm repaying my Plan 2 loan from the Netherlands, customer reference number {CUSTOMER_NUMBER_SLC}. The \
overseas income form is attached. DOB {DOB_EN}. {NAME_FULL}
§
Hi, I am working in NL now and want to settle my PTPTN loan. Account no {CUSTOMER_NUMBER_PTPTN}, IC {BSN_MY}. \
Can I pay from my Dutch bank {IBAN_NL}? Thank you. {NAME_MY}
§
🎤 Voice note ({secs}) · transcribed\nhey it's {NAME_FULL} uh calling about my student loan repayments uh my \
date of birth is {DOB_SPOKEN} and you can call me back on {PHONE_SPOKEN}
§
[borrower]\nname = {NAME_FULL}\ndob = {DOB_EN}\nref = {CUSTOMER_NUMBER_SLC}\n[repayment]\nbank = {IBAN}\n\
monthly = {amount_plain}
§
Hi, I studied at UWI and still have a student loan with allyuh. I moving to Holland in {month_en} so I want \
to pay it off early. Loan account {CUSTOMER_NUMBER}, email {EMAIL}. {NAME_TT}
§
Hi, Mum ({NAME_ELDER_F}) is on the aged care waitlist back in Brisbane, My Aged Care ID \
{CUSTOMER_NUMBER_AGEDCARE}, but we've moved her over here to be near us. DOB {DOB_ELDER}. Can she go on your \
list? {NAME_AU}
§
Hello, my father {NAME_ELDER_M_MY} is 82, we want to put him in your care home near {town}. His IC is \
{BSN_MY_ELDER}. Please advise what documents needed. Thank you.
§
Conversation #{hs_conv} · Mailbox: Waiting List\nCustomer: {NAME_FULL} <{EMAIL_OWN}>\n\nResident: \
{NAME_ELDER}\nDate of birth: {DOB_ELDER}\nCurrent address: {ADDRESS}, {POSTCODE} {town}
§
Free text: "Nobody told us Dad ({NAME_ELDER_M}) had moved up the list. Please ring me on {PHONE}, not the \
landline."
§
Subject: Intake visit {NAME_ELDER}\nLocation: {care_home}\n{cal_span_en}\nAttendees: {NAME_REVERSED}; \
{EMAIL_STAFF}
§
Hey, we're moving from {ADDRESS_AU}, {town_au} {POSTCODE_AU} to {town} in {month_en}. Need a quote for a 20ft \
container. We're also shipping the ute, rego {PLATE_AU}. {NAME_AU}, {PHONE_AU}
§
Good afternoon, I moving back to Trinidad after six years. New address: {ADDRESS_TT}, {town_tt}. Phone \
{PHONE_TT}. Please send the quote to {EMAIL}. {NAME_TT}
§
Hi, I book the moving on {date_en} already, customer no {CUSTOMER_NUMBER_MOVE}. Deposit I paid with card \
{CARD} but no receipt leh. Pls check. {NAME_MY}
§
🎤 Voice note ({secs})\nyeah g'day it's {NAME_FIRST} uh your truck's blocking my neighbour and my car's stuck \
behind it, it's the white {car_model}, rego {PLATE}, can you get the boys to move it
§
MOVERS {mover_up}\nRECEIPT {receipt_no}   {receipt_stamp}\nCUSTOMER: {NAME_CAPS}\nCUST N0 \
{CUSTOMER_NUMBER_MOVE}\nDEP0SIT   {price_eur}\nCARD {masked_card}
§
We're relocating from KL to Utrecht and shipping the car as well, plate {PLATE_MY}. Current address \
{ADDRESS_MY}, {POSTCODE_MY} {town_my}. {NAME_MY}
§
Hi, the container with our things from Port of Spain arrive but the car ({PLATE_TT}) still at the port. Who I \
should call? {NAME_TT}, {PHONE_TT}
§
Hi, I need to refill mih pressure tablets, {med}. Born {DOB_EN}. Patient number {CUSTOMER_NUMBER_PATIENT}. I \
go pass by the pharmacy Friday evening. {NAME_TT}
§
Hi team, can you sort a repeat of my {med}? DOB {DOB_EN}. Deliver to {ADDRESS}, {POSTCODE} {town} if you can. \
Cheers, {NAME_AU}
§
Hello, my mother {NAME_ELDER_F_MY} need repeat prescription for {med}, she born {DOB_ELDER}. Can deliver to \
{ADDRESS}? My handphone {PHONE_MY}. Tq
§
[patient]\nname={NAME_FULL}\ndob={DOB_ISO}\npatient_no={CUSTOMER_NUMBER_PATIENT}\nbsn={BSN}\n[repeat]\n\
item={med}\nnotify={EMAIL}
§
↪ Replied to your story\n"Order your repeats in the app 📱"\n\nthe app keeps logging me out 🙃 {NAME_FULL}, \
born {DOB_EN}, need my {med} by Friday pls
§
PHARMACY {pharmacy_up}\nTILL {till}  RCPT {receipt_no}\nPATIENT {NAME_CAPS}  DOB {DOB_EN}\nREPEAT {med_up}   \
{price_eur}
§
Wah happen here? I gone home for Carnival and allyuh charge me {price_big_en} roaming! My number {PHONE_NL}, \
account {CUSTOMER_NUMBER_SIM}. I real vex. {NAME_TT}
§
Mate, I was in Bali for a week with the travel pass on and you've still billed me {price_big_en}. Account \
{CUSTOMER_NUMBER_SIM}, email {EMAIL}. Sort it out please. {NAME_AU}
§
Hi, I balik kampung to Penang and only use my Dutch SIM for WhatsApp, why charge so much ah? Number {PHONE}, \
subscriber {CUSTOMER_NUMBER_SIM}. Refund to {IBAN_NL} pls. {NAME_MY}
§
Conversation #{hs_conv} · Mailbox: Billing\n{NAME_FULL} <{EMAIL_OWN}>\nPhone on account: {PHONE}\n\nDisputing \
the roaming charges on invoice {invoice_no}.
§
dispute:\n  account_holder: {NAME_FULL}\n  msisdn: "{PHONE}"\n  dob: {DOB_ISO}\n  refund_iban: {IBAN}
§
🎤 Voice note ({secs})\nhi yeah this is {NAME_FULL} my mum used my phone in Kuala Lumpur and now the bill is \
huge, she called home on {PHONE_MY} the whole week
§
Hi, we've hired a campervan (plate {PLATE}) and want a powered site for {count} nights from {date_en}. \
{NAME_AU}, {PHONE_AU}
§
Hi, booking a pitch for me and the family, arriving {date_en}. Name: {NAME_TT}, Email: {EMAIL}, Car: {PLATE}. \
We never camp before so we go need help eh 😂
§
Hi, can book 1 pitch for tent, {count} nights from {date_en}? We are 4 pax. Name {NAME_MY}, contact \
{PHONE_MY}, email {EMAIL}. Thank you!
§
Subject: Arrival {NAME_FULL} – pitch {pitch}\n{cal_span_en}\nNotes: late arrival, open barrier for plate \
{PLATE}; guest no. {CUSTOMER_NUMBER_CAMP}
§
Comments: "Site was great, but please refund the double charge on my card {CARD}."
§
Good morning, I want to stop the monthly donation please, from account {IBAN}. Donor number \
{CUSTOMER_NUMBER_DONOR}. God bless, {NAME_TT}
§
Happy to keep giving but can you take it from my new account {IBAN_NL} from next month? Old one's closed. \
{NAME_AU}, donor {CUSTOMER_NUMBER_DONOR}
§
Hi, I want to donate €50 one time for the flood appeal using card {CARD}. Name {NAME_MY}. Can issue the tax \
receipt to {EMAIL}?
§
🎤 Voice note ({secs})\nhi um this is {NAME_FULL} I set up a direct debit last week but I gave you the wrong \
postcode it should be {POSTCODE} not the one on the form
§
[donor]\nid = {CUSTOMER_NUMBER_DONOR}\nname = {NAME_FULL}\naddress = {ADDRESS}\npostcode = {POSTCODE}\n\
[mandate]\niban = {IBAN}
§
🎤 Voice note ({secs})\nso the card is {CARD_SPOKEN} and the name on it is {NAME_FULL} thanks
§
Hi, my BSN is {BSN} and my Malaysian IC {BSN_MY}, which one you need for the loan? Email {EMAIL_HIDDEN}. \
{NAME_MY}
§
Post-call survey · CSAT 2\n"Told the agent twice my date of birth is {DOB_EN} and the system still says \
otherwise. {NAME_FULL}"
§
Regards,\n{NAME_FULL}\n{ADDRESS}, {POSTCODE} {town}\nM: {PHONE}\nE: {EMAIL}
§
Dear team, kindly update my records: new address {ADDRESS_TT}, {town_tt} {POSTCODE_TT}, new cell {PHONE_TT}. \
Member {CUSTOMER_NUMBER_DONOR}. {NAME_TT}
§
🎤 Voice note ({secs})\nhey it's {NAME_FULL}, can you send the pitch confirmation to {EMAIL_SPOKEN}, cheers
§
Hi, for the repeat prescription transfer from my clinic in {town_my}: name {NAME_MY}, DOB {DOB_MY}, IC \
{BSN_MY}. Thank you ya.
"""

EN: list[tuple[str, str]] = [("en", block.strip("\n")) for block in _BLOCK.split("\n§\n")]
