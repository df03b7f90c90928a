"""English templates of test_v112, many from Indian, Jamaican and New Zealand writers: admissions and tuition fees,
blood tests, made-to-measure blinds, bike and theatre subscriptions, hospital parking, home battery leases, student
rent benefit, pet chip registrations and used caravans, in Salesforce cases, Telegram bots, SMS with emoji, SRT
subtitles, HTML forms, OCR'd handwriting, bot hand-overs and complaint letters with reference blocks."""

from __future__ import annotations

_TEMPLATES: list[str] = [
    # ---- university admissions and tuition fees
    "Respected Sir/Madam,\nI am {NAME_FULL}, applicant for {programme} at {uni}. Kindly do the needful regarding "
    "refund of tuition fee to my account {IBAN}. My student number is {CUSTOMER_NUMBER_STUDENT}.\nThanks and regards",
    "PFA the scanned passport. My DOB is {DOB_STUDENT}, kindly update the same in the portal at the earliest. "
    "Contact no: {PHONE_IN}",
    "Case {case} | RE: Tuition fee instalments [ {sfref} ]\nFrom: {NAME_FULL} <{EMAIL_STUDENT}>\n\nHi, the direct "
    "debit for student {CUSTOMER_NUMBER_STUDENT} bounced again, can you retry next week?",
    "Wah gwaan, mi a try pay di tuition but di card {CARD} keep decline. Mi name {NAME_FULL}, call mi pon {PHONE_JM}.",
    "Kia ora, I'm {NAME_FULL} from {town_nz}, keen as to start in February. Sweet as if you could flick the offer "
    "letter to {EMAIL}. Cheers",
    '<input name="date_of_birth" type="date" value="{DOB_ISO}">\n<input name="home_address" value="{ADDRESS_EN}">'
    '\n<input name="postcode" value="{POSTCODE_EN}">',
    "{cue}\n{srt}\nADMISSIONS: Could you confirm your date of birth for me?\n\n{cue2}\n{srt2}\nAPPLICANT: Yeah, "
    "it's {DOB_SPOKEN}.",
    "Your ref: {CUSTOMER_NUMBER_UCAS}\nDate: {date_en}\nRe: Withdrawn conditional offer\n\nDear Admissions Office,\n"
    "I write on behalf of my daughter, {NAME_FULL}, born {DOB_STUDENT}.",
    "/apply\n🤖 {bot}: What's your full name as in your passport?\n👤 {NAME_CAPS}\n🤖: And your phone "
    "number incl. country code?\n👤 {PHONE_EN}",
    # ---- blood-test lab appointments
    "Mi did book di blood test fi {date_en} but mi cyaan come, mi pickney sick. Mi name {NAME_FULL}, born {DOB_EN}.",
    "🤖 {bot}: Please share your patient number 🩸\n👤 {CUSTOMER_NUMBER_PATIENT}\n🤖: Thanks! And your date "
    "of birth?\n👤 {DOB_EN}",
    "Handover from chatbot {bot}: {NAME_FULL} ({EMAIL}) asks why her results are not in the portal yet. Patient no. "
    "{CUSTOMER_NUMBER_PATIENT}.",
    "Hey, popped into {lab} for bloods and they still had me at {ADDRESS_NZ}, {POSTCODE_NZ} - moved ages ago. "
    "Mobile's {PHONE_NZ}, ta.",
    "Dear team, I am having fasting sugar test tomorrow. Kindly prepone my slot to 7 am. Patient ID "
    "{CUSTOMER_NUMBER_PATIENT}, mobile {PHONE_IN}.\nRegards, {NAME_FULL}",
    "LAB REQUEST (handwritten)\nName: {NAME_OCR}\nD0B: {DOB_OCR}\nPhone: {PHONE_OCR}\nTests: {tests}",
    # ---- made-to-measure window blinds
    "Gidday, the roller blinds for our bach at {ADDRESS_NZ} came up a few mil short. Order "
    "{CUSTOMER_NUMBER_ORDER}. Cheers, {NAME_FIRST}",
    "Your ref: {CUSTOMER_NUMBER_ORDER}\nDate: {date_en}\nRe: Made-to-measure Venetian blinds\n\nDear Sir or Madam,\n"
    "The blinds delivered to {ADDRESS_UK}, {POSTCODE_UK} are the wrong colour.\nYours faithfully,\n{NAME_FULL}",
    '<td class="cardholder">{NAME_CAPS}</td><td class="pan">{CARD}</td><td class="total">{amount_en}</td>',
    "Di blinds dem come wrong colour, mi order cream not white! Bring di right one to {ADDRESS_JM}, Kingston. "
    "Tel {PHONE_JM}. {NAME_FIRST}",
    "{cue}\n{srt}\nCONSULTANT: And what's the best number to reach you?\n\n{cue2}\n{srt2}\nCUSTOMER: {PHONE_SPOKEN}",
    "Sir, I have paid {amount_en} for vertical blinds through card {CARD} but order is still showing pending. "
    "Kindly check and revert.\n{NAME_REVERSED}",
    # ---- bicycle subscriptions
    "Hello team, my bike was stolen from outside {place}. Membership no {CUSTOMER_NUMBER_MEMBER}. Kindly revert "
    "on {EMAIL} at the earliest.",
    "Your bike is ready for pick-up 🚲\nMe: can my flatmate {NAME_FULL} grab it? I'm stuck at uni 😅",
    "Chur for sorting the e-bike sub! Can you switch the debit to my new account {IBAN}? Member "
    "{CUSTOMER_NUMBER_MEMBER}.",
    "Bot → Agent | Topic: cancel subscription | Member: {CUSTOMER_NUMBER_MEMBER} | Name: {NAME_FULL} | Return "
    "address: {ADDRESS}, {POSTCODE} {town}",
    # ---- theatre season subscriptions
    "Case {case}: Season ticket renewal\nFrom: {EMAIL}\nSubscriber no.: {CUSTOMER_NUMBER_SUBSCRIBER}\nPlease "
    "charge card {CARD} for the {season} package.",
    "Mi and mi wife have season ticket, subscriber {CUSTOMER_NUMBER_SUBSCRIBER}. She name {NAME_FULL}, she cyaan "
    "mek it fi {show}. Can she get a next date?",
    "{cue}\n{srt}\nBOX OFFICE: And the long number on the card?\n\n{cue2}\n{srt2}\nCALLER: {CARD_SPOKEN}",
    "Kia ora, keen to renew our subs for {season}. Tickets are in {NAME_FULL}'s name, phone {PHONE_NZ}, and we've "
    "moved to {ADDRESS_NZ}.",
    # ---- hospital parking
    "My partner's in {hospital} for a fortnight, can I get a weekly pass? Rego {PLATE_NZ}, ta.",
    "Sir, I was charged twice for parking at {hospital}. Vehicle no. {PLATE_IN}, card {CARD}. Kindly refund at "
    "the earliest.",
    "Bot → Agent: visitor disputes parking charge.\nPlate: {PLATE_EN}\nParking card: {CUSTOMER_NUMBER_PARKING}\n"
    "Phone: {PHONE_EN}",
    "👤 /parking\n🤖 {bot}: Enter your licence plate 🚗\n👤 {PLATE}\n🤖: Thanks, the visitor rate now applies.",
    "Our ref: PCN appeal\nVehicle: {PLATE_UK}\nDate: {date_en}\n\nDear Sir/Madam,\nI was visiting my mother in "
    "{hospital} when the ticket was issued.\nYours faithfully,\n{NAME_FULL}",
    # ---- home battery leases
    "We've got the home battery on lease, contract {CUSTOMER_NUMBER_CONTRACT}. Moving to {ADDRESS_NZ}, {town_nz} "
    "{POSTCODE_NZ} next month - can it come with us?",
    "My good name is {NAME_FULL}. Kindly change the lease debit account to {IBAN_NL}. Contract no: "
    "{CUSTOMER_NUMBER_CONTRACT}.",
    "Case {case}: credit check\nCustomer DOB: {DOB_EN}\nInstallation address: {ADDRESS}, {POSTCODE} {town}\n"
    "Outcome: pending",
    "Di battery unu lease mi nah charge from di solar. Contract {CUSTOMER_NUMBER_CONTRACT}, mi number "
    "{PHONE_JM}, mi live {ADDRESS_JM}.",
    # ---- student housing benefit
    "Hello, I am international student. I applied for rent benefit with BSN {BSN} but the same is rejected. "
    "Please guide me.",
    "{cue}\n{srt}\nADVISER: And your BSN, please?\n\n{cue2}\n{srt2}\nSTUDENT: It's {BSN_SPOKEN}.",
    "Kia ora, I'm on a working holiday and renting a room at {ADDRESS}, {POSTCODE} {town}. Can I get rent "
    "benefit? BSN's {BSN}.",
    "Mi get a letter seh mi housing benefit stop. Mi live a {ADDRESS_UK}, {POSTCODE_UK}. Claim ref "
    "{CUSTOMER_NUMBER_FILE}.",
    "Housing benefit - student\nName: {NAME_OCR}\nD.o.B: {DOB_OCR}\nBSN: {BSN_OCR}\nAccount: {IBAN_OCR}",
    '<input name="bsn" value="{BSN}" inputmode="numeric"><input name="iban" value="{IBAN}"><input name="dob" '
    'value="{DOB_ISO}">',
    # ---- pet microchip registrations
    "Our dog {pet} got out again 🙄 chip's registered to {NAME_FULL}, {PHONE_NZ}. Can you update it to my new "
    "email {EMAIL}?",
    "Mi puppy {pet} chip still under di old owner. Put it inna mi name: {NAME_FULL}, {ADDRESS_JM}, {PHONE_JM}.",
    '<input name="owner_name" value="{NAME_FULL}">\n<input name="owner_phone" value="{PHONE_EN}">\n<input '
    'name="owner_id" value="{CUSTOMER_NUMBER_OWNER}">',
    "Respected team, my cat's registration is transferred to me. Owner ID {CUSTOMER_NUMBER_OWNER}. Kindly update "
    "address: {ADDRESS_IN}, {town_in} {POSTCODE_IN}.",
    "Handover from bot {bot}: found pet {pet}; owner on file {NAME_FULL}, email {EMAIL_HIDDEN}; please call the "
    "finder.",
    # ---- used caravan sales
    "Bought a used caravan off your yard in {town_nz}, rego {PLATE_NZ}. Paid the deposit on card {CARD} but no "
    "receipt yet.",
    "Di caravan mi buy from unu, plate {PLATE_UK}, di tow hitch bruk aready. Mi name {NAME_FULL}, {PHONE_UK}.",
    "Case {case}: Transfer of ownership\nBuyer: {NAME_FULL}\nDOB: {DOB_EN}\nAddress: {ADDRESS_UK}, {POSTCODE_UK}\n"
    "Trailer plate: {PLATE_CARAVAN}",
    "Dear Sir, I am interested in the {caravan}. I am coming with my car {PLATE_IN} on Saturday. My number is "
    "{PHONE_IN}, please confirm.",
    "Thanks heaps,\n{NAME_FULL}\n{ADDRESS_NZ}\n{town_nz} {POSTCODE_NZ}\nm. {PHONE_NZ}",
    "Re our account {CUSTOMER_NUMBER_CLIENT}: please stop the reminders, it was paid in full on {date_en}.",
    "Respected sir, my father {NAME_FULL} (DOB {DOB_SENIOR}) is visiting from {town_in} for blood test. His number "
    "in India is {PHONE_IN}, email {EMAIL}.",
    "Yuh see mi e-mail? Is {EMAIL_SPOKEN}. Mi waan di caravan papers dem sen' deh so.",
    "It's {ADDRESS_UK}, {POSTCODE_UK} - that's me, {NAME_LOWER}. Your bot keeps losing my address!",
]

EN: list[tuple[str, str]] = [("en", template) for template in _TEMPLATES]
