"""English templates of test_v118, mostly from Romanian, Indian, Singaporean, Nigerian, Chinese and Polish writers
living in the Netherlands: gym membership freezes, school photo orders, window frame replacements, festival
wristband refunds, a tax return help desk for pensioners, carpool platforms, a vineyard's wine club, hospital parking
refunds, children's holiday camps and e-scooter damage claims; in LiveChat transcripts with system messages,
Telegram voice messages turned into text, Google Business Messages, JSON pasted with escaped quotes, tab-separated
HR exports, stamped scanned letters, a phone menu's speech recognition and forwarded mails signed in two languages.

One template a block, blocks apart by a line holding only '§', its line breaks written as escapes; a backslash at a
line's end joins it to the next."""

from __future__ import annotations

_BLOCK = """\
LiveChat · chat {lc_chat}\n[{t1}] System: Visitor started the chat from {gym_page_en}\n[{t2}] System: \
{NAME_AGENT} joined the chat\n[{t3}] Visitor: Hello, I am having one query, kindly freeze my membership \
{CUSTOMER_NUMBER_GYM} from {date_en} as I am travelling to India\n[{t4}] {NAME_AGENT_SAME}: Sure! Could you \
confirm your date of birth?\n[{t5}] Visitor: {DOB}
§
Bună ziua, I want to freeze my gym because I go home to Romania for surgery. Member {CUSTOMER_NUMBER_GYM}, phone \
there {PHONE_RO}. Mulțumesc, {NAME_RO}
§
Hi, can help me freeze my membership or not? Company posting me to Singapore 3 months lah. Member no \
{CUSTOMER_NUMBER_GYM}, SG number {PHONE_SG}. Thanks, {NAME_SG}
§
🎙 Voice message {secs} · Transcribed\nhi this is {NAME_LOWER} i'd like to pause my membership because of my knee \
surgery my member number is {CUSTOMER_NUMBER_GYM} call me back on {PHONE_SPOKEN} thanks
§
"{\\"type\\":\\"membership.freeze\\",\\"member_id\\":\\"{CUSTOMER_NUMBER_GYM}\\",\\"holder\\":\\"{NAME_FULL}\\",\
\\"dob\\":\\"{DOB_ISO}\\",\\"until\\":\\"{date_iso}\\"}"
§
Dear Sir/Madam, PFB the details for the school photo order of my daughter {NAME_CHILD_F}: parent {NAME_IN}, mobile \
{PHONE_IN}, address {ADDRESS}, {POSTCODE} {town}. Kindly do the needful.
§
Google Business Messages · {photo_firm}\nCustomer: Hi, the photos of {NAME_CHILD} came with another kid's name \
printed on them. Please contact me at {EMAIL}.
§
Hello, I ordered photos for my son {NAME_CHILD_M} but I want them sent to his grandparents in Romania: \
{ADDRESS_RO}, {POSTCODE_RO} {town_ro}. Is possible? Mulțumesc, {NAME_RO}
§
Good afternoon, please I paid twice for my children's school photos with my card {CARD}. Kindly reverse one of \
the payments. Regards, {NAME_NG}
§
Kindly courier the school photos to the grandparents also: {ADDRESS_IN}, {town_in} {POSTCODE_IN}. Parent name \
{NAME_IN}, customer ID {CUSTOMER_NUMBER_PHOTO}.
§
---------- Forwarded message ---------\nFrom: {NAME_FULL} <{EMAIL_OWN}>\nSubject: Fwd: window frames quote \
{quote_no}\n\nPlease find my details for the measuring visit: {ADDRESS}, {POSTCODE} {town}.\n\nKind regards / \
Met vriendelijke groet,\n{NAME_SAME}\nM: {PHONE} | T: {PHONE_WORK}
§
Hi, the window frames at my place {ADDRESS} still leaking leh. Your installer came on {date_en} but never fix. \
Customer no. {CUSTOMER_NUMBER_WINDOW}. Pls call {PHONE_NL}. {NAME_SG}
§
[scanned – stamp over text]            RECEIVED {stamp_date_en}\nDear Sir, I write regarding contract \
{CUSTOMER_NUMBER_WINDOW}. The new fra▓▓ at {ADDRESS}, {POSTCODE} {town} were fitted crooked.\nYours faithfully,\n\
{NAME_INITIALS}
§
Phone menu transcript\n[0:03] Menu: Please say your customer number, two digits at a time.\n[0:09] Caller: \
{CUSTOMER_NUMBER_IVR}\n[0:15] Menu: And a number to call you back on.\n[0:20] Caller: {PHONE_IVR}
§
Hello, my husband {NAME_FULL_M} signed the contract for the new frames but he is in Nigeria now. You can reach him \
on {PHONE_NG}. Our address is {ADDRESS}, {POSTCODE}.
§
Bună, I was at {festival} and my wristband refund never arrived. IBAN {IBAN_RO}, name on account {NAME_RO}. \
Please to check. Mulțumesc
§
LiveChat · chat {lc_chat}\n[{t1}] System: You are chatting with {lc_bot}\n[{t2}] Bot: Which IBAN should we \
refund your top-up to?\n[{t3}] Visitor: {IBAN}\n[{t4}] Bot: And the account holder's name?\n[{t5}] Visitor: \
{NAME_FULL}\n[{t6}] System: Refund request created
§
Hi team, I topped up {price_en} on the wristband at {festival} but could not use it. Kindly refund to my card \
{CARD}. Registered email {EMAIL}. Thanks & regards, {NAME_IN}
§
crew_payroll.tsv\nname\tdob\tbsn\tiban\tshift\n{NAME_FULL}\t{DOB}\t{BSN}\t{IBAN}\t{shift}\n{NAME_FULL}\t{DOB}\t\
{BSN}\t{IBAN}\t{shift}
§
Google Business Messages · {festival}\nCustomer: Hello, refund still haven't come in leh. I used my friend's \
phone, pls contact me at {EMAIL_HIDDEN}. Name {NAME_SG}.
§
Respected Sir/Madam, my father {NAME_ELDER_M_IN}, a pensioner, is needing help with his Dutch tax return. His \
BSN is {BSN} and DOB {DOB_ELDER}. Kindly revert at the earliest. {NAME_IN}
§
Hello, my mother {NAME_ELDER_F_RO} lived in NL 20 years and now is back in Romania, she gets small AOW. For the tax \
return: BSN {BSN}, CNP {BSN_RO_ELDER}, address {ADDRESS_RO}, {POSTCODE_RO} {town_ro}. Mulțumesc
§
Hi, I retired back to Singapore but still got Dutch pension. My BSN {BSN}, NRIC {BSN_SG_ELDER}. Can do the return by \
email? {EMAIL}. Thanks ah, {NAME_SG}
§
Phone menu · speech to text\n[00:04] Menu: Please say your citizen service number in groups of three.\n[00:11] \
Caller: {BSN_IVR}\n[00:17] Menu: Thank you. Now your date of birth.\n[00:22] Caller: {DOB_IVR}
§
🎙 Voice message {secs}\nhello this is {NAME_LOWER} calling about my appointment with the tax volunteers my BSN \
is {BSN_SPOKEN} thank you
§
Begin forwarded message:\nFrom: {NAME_FULL} <{EMAIL_OWN}>\nSubject: Fwd: AOW statement\n\nAttached my annual \
statement. Refund please to {IBAN_NL}.\n\nRegards / Groeten,\n{NAME_SAME}\n{ADDRESS}, {POSTCODE} {town}
§
Dzień dobry, sorry for English. My mother {NAME_PL_F} needs help with the tax return, her PESEL \
{BSN_PL_ELDER} and Dutch BSN {BSN}. Can she come on {weekday_en}?
§
Hi, I am driving daily from {town_gr} to {town}. My car {PLATE_NL}, member ID {CUSTOMER_NUMBER_CARPOOL}. Payment not \
credited since 2 weeks, my IBAN {IBAN}. Please look into it. {NAME_IN}
§
Hello, I want to register as driver but my car has Romanian plates {PLATE_RO}. It is OK? My phone {PHONE_RO} or \
Dutch one {PHONE_NL}. {NAME_RO}
§
LiveChat · chat {lc_chat}\n[{t1}] Visitor: driver never showed up, plate was {PLATE}\n[{t2}] System: Chat \
transferred to {lc_group_en}\n[{t3}] {NAME_AGENT}: Sorry about that! What's your member ID?\n[{t4}] Visitor: \
{CUSTOMER_NUMBER_CARPOOL}
§
Good evening, the passenger {NAME_FULL_M} left his bag in my car, I have tried to call {PHONE} but no answer. \
Kindly assist. {NAME_NG}
§
Hi, back home I drove for GrabHitch (car {PLATE_SG}), 5 star rating. Can my profile here show that? Member \
{CUSTOMER_NUMBER_CARPOOL}. {NAME_SG}
§
Hi, please ship my wine club box to my office instead: {ADDRESS}, {POSTCODE} {town}. Member \
{CUSTOMER_NUMBER_WINE}. Thx, {NAME_CN}
§
sub = "{\\"subscription\\":{\\"id\\":\\"{CUSTOMER_NUMBER_WINE}\\",\\"plan\\":\\"{wine_plan}\\"},\
\\"customer\\":{\\"name\\":\\"{NAME_FULL}\\",\\"dob\\":\\"{DOB_ISO}\\",\\"card\\":\\"{CARD}\\"}}"
§
LiveChat · chat {lc_chat}\n[{t1}] {lc_bot}: To sell you wine we need to check your age. Date of birth?\n[{t2}] \
Visitor: {DOB}\n[{t3}] System: Age verified\n[{t4}] Visitor: great, deliver to {ADDRESS} please
§
---------- Forwarded message ---------\nFrom: {NAME_FULL} <{EMAIL_OWN}>\n\nThe gift subscription is for my \
father-in-law {NAME_OTHER_M}, {ADDRESS}, {POSTCODE} {town}.\n\nBest regards / Hartelijke groet\n{NAME_SAME}
§
Please update my address, I have relocated back to {town_ng}: {ADDRESS_NG}. Phone {PHONE_NG}. And cancel the \
wine club membership {CUSTOMER_NUMBER_WINE}, no wine shipping to Nigeria. {NAME_NG}
§
Pls send the wine to my sister instead: {ADDRESS_SG}, Singapore {POSTCODE_SG}. Can ship overseas or not? Member \
{CUSTOMER_NUMBER_WINE}
§
Hello, I was visiting my wife in {hospital} for one week, parking was {price_big_en}. Car {PLATE_RO}. Please \
refund to {IBAN_NL}, I am {NAME_RO_M}.
§
Dear team, kindly refund the parking charges for my father's chemo visits. Patient number \
{CUSTOMER_NUMBER_PATIENT}, car {PLATE_NL}. Regards, {NAME_IN}, {PHONE_IN}
§
Parking line · speech recognition\n[0:05] Menu: Please spell your number plate.\n[0:11] Caller: {PLATE_SPOKEN}\n\
[0:17] Menu: And your phone number, in groups.\n[0:24] Caller: {PHONE_IVR}
§
staff_parking.tsv\nemployee_no\tname\tward\tplate\n{CUSTOMER_NUMBER_EMPLOYEE}\t{NAME_REVERSED}\t{ward_en}\t\
{PLATE}\n{CUSTOMER_NUMBER_EMPLOYEE}\t{NAME_REVERSED}\t{ward_en}\t{PLATE}
§
Google Business Messages · Parking {hospital}\nCustomer: hi my partner is in labour, we came in a Polish car \
{PLATE_PL} and the barrier won't open!! {PHONE}
§
Good day, I wish to register my son {NAME_CHILD_M} for the summer camp. Date of birth {DOB_CHILD}. Parent: \
{NAME_NG}, {PHONE_NG} (I am in Lagos this month). Thank you.
§
Hi, please find the details for camp registration: child {NAME_CHILD}, DOB {DOB_CHILD}, parent email {EMAIL}, \
emergency contact {PHONE}. Kindly confirm.
§
Hi, my girl {NAME_CHILD_F} is joining the camp, she born {DOB_CHILD}. Got peanut allergy ah. Call me at \
{PHONE_SG} if anything. {NAME_SG}
§
LiveChat · chat {lc_chat}\n[{t1}] Visitor: can you change the pick-up contact for {NAME_CHILD} to my \
brother {NAME_OTHER_M}, {PHONE}?\n[{t2}] System: {NAME_AGENT} joined the chat
§
🎙 Voice message {secs}\nhi it's {NAME_LOWER} my son {NAME_CHILD_M} forgot his medicine at camp can you call me on \
{PHONE_SPOKEN} thanks
§
Hello, one of your e-scooters hit my car on {date_en}, plate {PLATE_NL}. I have photos. My insurance policy \
{CUSTOMER_NUMBER_POLICY}. Contact {EMAIL}. {NAME_RO}
§
LiveChat · chat {lc_chat}\n[{t1}] Visitor: I fell from the scooter due to brake failure, kindly refund the ride \
to my card {CARD}\n[{t2}] System: {NAME_AGENT} joined the chat\n[{t3}] {NAME_AGENT_SAME}: I'm so sorry. Can \
you share your account ID?\n[{t4}] Visitor: {CUSTOMER_NUMBER_SCOOTER}
§
Hello, I am {NAME_CN}, your scooter damaged my bicycle outside my flat, {ADDRESS}, {POSTCODE}. My phone \
{PHONE_CN}, I use WeChat. Please compensate.
§
[scan] ▓RECEIVED {stamp_date_en}▓ Claims Dept.\nRe: damage to vehicle {PLATE}\nI, {NAME_FULL}, born {DOB}, \
residing at {ADDRESS}, {POSTCODE} {town}, hereby claim the repair costs.
§
Google Business Messages · {scooter_app}\nCustomer: your app charged me {price_en} after my ride ended. Account \
email {EMAIL}, account ID {CUSTOMER_NUMBER_SCOOTER}
§
Dzień dobry, English please. Your scooter fell on my car (Polish plates {PLATE_PL}) while parked at {ADDRESS}. \
My IBAN for the repair {IBAN_PL}. {NAME_PL}
§
Phone menu · speech to text\n[0:04] Menu: To refund to your card, say the card number in groups of four.\n\
[0:12] Caller: {CARD_IVR}\n[0:19] Menu: Thank you.
"""

EN: list[tuple[str, str]] = [("en", block.strip("\n")) for block in _BLOCK.split("\n§\n")]
