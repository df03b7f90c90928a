"""English templates of the `test_v14` split, in the same frames as the Dutch ones (`privacy_templates_v14`):
expats, international students, tourists, Irish and Scottish customers, Eritrean, Polish and Ukrainian newcomers
who write English more easily than Dutch, and English-speaking staff. Most of their data is Dutch (06 numbers,
Dutch postcodes and streets, NL IBANs, BSNs, Dutch plates), with British and Irish values (postcodes, Eircodes,
mobiles, GB IBANs, plates) and some from their home countries. Labels as in `privacy_templates_v14`. Written by
someone who never saw the redaction rules."""

from __future__ import annotations

_EN = [
    # a bank's fraud desk
    "Fraud line, {time_night_en}: caller says she gave her card number {CARD} to a 'delivery company' on WhatsApp. "
    "Card blocked, new one to {ADDRESS}, {POSTCODE}.",
    "Hi, this is {NAME_EN}. I got a text saying my account {IBAN} was frozen and I had to call back. Is that you?",
    "I never authorised the transfer of {amount_en} to {IBAN_FOREIGN}. My date of birth is {DOB} if you need it.",
    "C: it's um... {CARD_SPOKEN}\nA: Sorry, please don't read out the full number. I'll block it for you.",
    # crypto exchange account recovery
    "Account recovery request: UID {CUSTOMER_NUMBER_UID}, registered email {EMAIL}, old phone {PHONE_UK}, new phone "
    "{PHONE}.",
    "I can't pass the KYC check, the app says my address {ADDRESS}, {POSTCODE} doesn't match my bank statement.",
    "The withdrawal to {IBAN} bounced because that account is in my wife's name, {NAME_FULL_F}.",
    # a garage: APK and tyres
    "Booked an MOT, sorry, an APK, for {PLATE} on {weekday_en}. Name's {NAME_EN}, mobile {PHONE}.",
    "Could you swap the tyres on my {car}, plate {PLATE}? The winter set is stored under {NAME_SURNAME}.",
    "My UK car ({PLATE_UK}) needs a check before I register it here; my email is {EMAIL}.",
    # airline rebooking and compensation
    "Flight {flight} was cancelled. Please rebook {NAME_EN} and {NAME_EN}, {booking_en}; we're reachable on "
    "{PHONE_UK}.",
    "Compensation claim: passenger {NAME_EN}, born {DOB}, please pay to {IBAN_GB}.",
    "My frequent flyer number is {CUSTOMER_NUMBER_FF} and the miles from {flight} were never added.",
    "Booking for my mum, {NAME_DOUBLE}, date of birth {DOB_ELDER}; she needs wheelchair assistance at the gate.",
    # ferries, campsites, holiday parks
    "Ferry to {island}: car {PLATE}, two adults, booked by {NAME_EN}, {EMAIL_SAME}.",
    "We'd like pitch 12 at {camping} again. Our address changed to {ADDRESS_EN}, {POSTCODE_UK}.",
    "The deposit for the lodge at {park} should go back to card {CARD}, not to my husband's.",
    "Holiday park booking form\nGuest: {NAME_EN}\nAddress: {ADDRESS_EN}\nEircode: {POSTCODE_IE}\nMobile: "
    "{PHONE_UK}\nArrival: {date_en}",
    # wedding venues and photographers
    "Hi! It's {NAME_EN_F} and {NAME_EN_M}, we're getting married on {date_en} at {venue}. Please call me on {PHONE}.",
    "Photographer's invoice to: {NAME_EN}, {ADDRESS_EN}, {POSTCODE_UK}. Paid from {IBAN_GB}.",
    "From: {NAME_FULL} <{EMAIL_SAME}>\nTo: bookings@{venue_domain}\nSubject: tasting\n\nCan we move the tasting to "
    "{weekday_en}? My number is {PHONE}.",
    # wholesale orders
    "Kind regards,\n{NAME_EN}\nPurchasing, {shop_b2b}\nT {company_phone} | M {PHONE} | {EMAIL_WORK_SAME}",
    "Re: {order_en}, account no. {CUSTOMER_NUMBER}, attn. {NAME_FULL}. Deliver before 10am please.",
    # school and university
    "Our son {NAME_CHILDFULL_M}, born {DOB_CHILD}, starts in group 3 after the summer. His BSN is {BSN}.",
    "Student number {CUSTOMER_NUMBER_STUDENT}: my tuition fee was taken from {IBAN} twice.",
    "International student desk: {NAME_UA}, Ukrainian number {PHONE_UA}, address here {ADDRESS}, {POSTCODE}.",
    "I can't log in with my student email, {EMAIL_STUDENT}. Student number {CUSTOMER_NUMBER_STUDENT}.",
    # physiotherapy through the insurer
    "Physio referral after a rugby injury: {NAME_EN}, DOB {DOB}, policy number {CUSTOMER_NUMBER_POLICY}.",
    "The insurer asked for my BSN, it's {BSN_SPOKEN}, and the clinic's referral letter.",
    # housing waiting list, benefits, tax adviser
    "I've been on the waiting list since 2019, registration number {CUSTOMER_NUMBER_HOUSING}. We still live at "
    "{ADDRESS_FLOOR}.",
    "My benefit wasn't paid into {IBAN} this month. Citizen service number {BSN}, name {NAME_FULL}.",
    "For the tax return I still need your partner's BSN and date of birth: is it {BSN} and {DOB}? Thanks, "
    "{NAME_FIRST}.",
    # pension fund, notary
    "Pension fund, participant number {CUSTOMER_NUMBER_PENSION}: I'm moving back to Ireland, new address "
    "{ADDRESS_EN}, {POSTCODE_IE}.",
    "Estate of the late {NAME_FORMAL}: heirs {NAME_EN} and {NAME_EN}. The notary needs the national number of the "
    "heir in Belgium, {BSN_BE}.",
    "My late father's BSN was {BSN}; his last address was {ADDRESS_CARE}, {POSTCODE}.",
    # hearing aids, opticians, mobility scooters
    "My dad's hearing aid ({hearing_model}) whistles. He's {NAME_FULL_M}, customer number {CUSTOMER_NUMBER}.",
    "Are my glasses ready? Name {NAME_EN}. The text went to {PHONE}, which is my old number.",
    "The mobility scooter broke down outside the shop; please collect it from {ADDRESS}. Owner {NAME_FULL}, born "
    "{DOB_ELDER}.",
    # cleaners, window cleaners, pest control, locksmiths
    "Window cleaner: the gate code is on the door; address {ADDRESS}, {POSTCODE}. Invoice to {EMAIL}.",
    "Locksmith, {time_night_en}: locked out at {ADDRESS}. Caller {NAME_EN}, callback {PHONE}, ID checked: driving "
    "licence, born {DOB}.",
    "Pest control booked for {NAME_EN}, tenant number {CUSTOMER_NUMBER_CONTRACT} at {housing}.",
    "Cleaner's direct debit: please use {IBAN} from now on. Client {NAME_SORTED}.",
    # elderly customers in capitals, teenagers
    "DEAR SIR MY NAME IS {NAME_EN_UP} AND I LIVE AT {ADDRESS_UP} PLEASE STOP THE PAYMENTS FROM {IBAN_PLAIN}",
    "omg my card got declined 😭 its {CARD} can u check pls",
    "hiii it's {NAME_FULL_LOW}, my number's {PHONE} txt me when the order ships 🙏",
    "my birthday is {DOB_TEEN} so yes im old enough for the ticket lol",
    # second-language English
    "Hello, I am {NAME_PL} from Poland, my plate is {PLATE_PL} and I need APK please, my phone {PHONE_PL}.",
    "Good day, my name {NAME_ER}, I get letter from municipality but I not understand. My BSN {BSN}, phone {PHONE}.",
    "I am {NAME_UA}, my email {EMAIL_SAME}, please write me in English, Dutch is difficult for me still.",
    "My brother collects the furniture with his German car, {PLATE_DE}. My number is {PHONE} if he is late.",
    # corrections, spoken values, a wrapped IBAN
    "A: And your date of birth?\nC: {DOB_SPOKEN}.\nA: Thank you, you're verified.",
    "C: my email's {EMAIL_SPOKEN}, all lower case.",
    "Please refund the deposit to my Dutch account:\n{IBAN_WRAP}\nKind regards,\n{NAME_EN}",
    "C: it's {PHONE}... no hang on, the last two are the other way round, {PHONE_SWAP}.",
    "My email is {EMAIL}, sorry, it's {EMAIL_FIX}, I always mix them up.",
]

TEST_V14_PII_EN = [("en", text) for text in _EN]
