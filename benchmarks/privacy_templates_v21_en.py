"""English templates of the `test_v21` split, in the frames of the Dutch ones (`privacy_templates_v21`): expats,
students, knowledge migrants, tourists at the campsite or marina, and Dutch callers who switch to English. Their data
is mostly Dutch (06 numbers, postcodes, streets, IBANs, BSNs and plates), with British, Irish, American, Polish,
Romanian, Syrian, Greek, German and Belgian values; dates of birth also in US order. Labels as in
`privacy_templates_v21`. Written by someone who never saw the redaction rules."""

from __future__ import annotations

_EN = [
    # porting, recall, marina, camping
    "I'm moving my number {PHONE} to {operator}; my old customer number was {CUSTOMER_NUMBER}.",
    "Porting failed because the name on file is {NAME_REGISTER}, not {NAME_FULL}.",
    "Sorry, I gave you {PHONE_TYPO}, it should be {PHONE_FIXED}.",
    "Dear Ms {NAME_SURNAME_F},\n\nYour {car} ({PLATE}) is part of a safety recall.\n\nKind regards,\n{NAME_AGENT}",
    "I got a recall letter for {PLATE} but I sold that car in {year}. {NAME_FULL}, {EMAIL_AGAIN}.",
    "Winter storage for my {boat} at {marina}: contract {CUSTOMER_NUMBER_CONTRACT}, pay from {IBAN}.",
    "The harbour master can reach me on {PHONE_GB} while I'm in the UK. {NAME_FULL}",
    "Camping booking {booking} for {NAME_FULL} and family, car {PLATE}.",
    "I paid the deposit with card {CARD} and the site says it is unpaid.",
    "Guest form\nName: {NAME_FULL}\nDate of birth: {DOB}\nHome address: {ADDRESS}, {POSTCODE} {city}",
    # notary, viewing, dating, crowdfunding
    "For the {deed} the notary needs my BSN {BSN} and my date of birth, {DOB}.",
    "My partner {NAME_FULL} and I are buying {ADDRESS}; please send the draft deed to {EMAIL_PLUS}.",
    "Viewing request via {agency}: {NAME_FULL}, mobile {PHONE}, currently living at {ADDRESS}.",
    "We'd like to bid on the {house}. Our agent is {NAME_FULL}, {PHONE_LAND}.",
    "My {dating} account was banned. I signed up with {EMAIL} and my birthday is {DOB}.",
    "A match asked me to send money to {IBAN_DE} and said his name was {NAME_FULL_M}.",
    "Please unban account {CUSTOMER_NUMBER_ACCOUNT}; I am really {NAME_FULL}, the selfie is me.",
    "The {funding} campaign I backed was cancelled; refund my {amount_en} to {IBAN}, please.",
    "Backer {NAME_FULL} ({EMAIL_OBF_AGAIN}) is still waiting for the refund of {order_en}.",
    "I pledged with card {CARD_WRAP} and got nothing back.",
    # blood, sports, school, library
    "I'd like to register as a donor at {bloodbank}: {NAME_FULL}, born {DOB}, {PHONE}.",
    "My donor number is {CUSTOMER_NUMBER_DONOR} and my new address is {ADDRESS}, {POSTCODE}.",
    "My son {NAME_CHILD} (DOB {DOB_CHILD}) wants to join {club}; his federation number is {CUSTOMER_NUMBER_MEMBER}.",
    "Membership fee for {federation} should come from {IBAN}, in the name of {NAME_INITIALS}.",
    "Parents' evening at {school}: I'm {NAME_CHILD}'s mother, {NAME_FULL_F}, and I can't make {time}.",
    "The teacher, Mr {NAME_SURNAME_M}, said to email him at {EMAIL_AGAIN}.",
    "My library card {CUSTOMER_NUMBER_PASS} is blocked over a fine for {book}, which I returned.",
    "The fine was paid by card {CARD}; receipt to {EMAIL}, please.",
    # optician, furniture, tax, waste
    "My glasses from {optician} are wrong. Customer {NAME_FULL}, customer number {CUSTOMER_NUMBER}.",
    "The {furniture} from {furniture_shop} should go to {ADDRESS}, {POSTCODE} {city}; ring {PHONE} first.",
    "The assembly guy asked for my BSN — I gave {BSN_TYPO}, no wait, {BSN_FIXED}. Was that even needed?",
    "Tax return via {tax_office} for {NAME_FULL}, BSN {BSN}, refund to {IBAN_WRAP}.",
    "Please write to my PO box, {ADDRESS_POBOX}, {POSTCODE} {city}, not to my home.",
    "Client number {CUSTOMER_NUMBER_CLIENT}; my accountant is {NAME_FULL}.",
    "I requested a new bin from {waste} for {ADDRESS}, {POSTCODE}. My name is {NAME_FULL}.",
    "The bin at {ADDRESS_CAPS} has not been emptied for weeks. {NAME_FIRST}",
    # e-bike, wedding, ink
    "My {ebike} was stolen outside {ADDRESS}. Policy {CUSTOMER_NUMBER_POLICY}, {NAME_FULL}, {PHONE}.",
    "Please pay the theft claim to {IBAN_TYPO} — sorry, typo — {IBAN_FIXED}.",
    "A van with plate {PLATE} was parked next to the bike rack that night.",
    "Wedding at {venue} on {date_en}: bride {NAME_FULL_F}, groom {NAME_FULL_M}, first dance {song}.",
    "The deposit of {amount_en} went on card {CARD}; invoice to {NAME_DOUBLE}.",
    "> On {date_en}, {NAME_FULL} <{EMAIL_AGAIN}> wrote:\n> Can we move the tasting?\n\nSure, {NAME_FIRST_AGAIN}.",
    "Cancel {ink} for my {printer}, subscriber number {CUSTOMER_NUMBER_SUBSCRIBER}, {NAME_FULL}.",
    "From: {NAME_FULL} <{EMAIL_AGAIN}>\nTo: {company_mail}\nSubject: ink subscription {CUSTOMER_NUMBER_SUBSCRIBER}",
    # styles
    "Caller spelled the email as {EMAIL_VOICE}.",
    "She read her mobile out as {PHONE_VOICE}.",
    "He read out his BSN: {BSN_VOICE}.",
    "Date of birth as said on the call: {DOB_VOICE}.",
    "Plate spelled out: {PLATE_VOICE}.",
    "Postcode on the call: {POSTCODE_VOICE}, house at {ADDRESS_VOICE}.",
    "Card read aloud: {CARD_VOICE}.",
    "IBAN read aloud: {IBAN_VOICE}.",
    "Irish tenant {NAME_IE}, phone {PHONE}.",
    "Our Polish driver {NAME_PL} has a Polish number, {PHONE_PL}.",
    "Romanian student {NAME_RO}, email {EMAIL_AGAIN}.",
    "Greek guest {NAME_GR} at the campsite, {PHONE_GR}.",
    "Syrian newcomer {NAME_SY}, date of birth {DOB}, BSN {BSN}.",
    "NAME: {NAME_FULL_CAPS} / DOB: {DOB} / POSTCODE: {POSTCODE}",
    "hi its {NAME_FIRST_SMALL}, my new number is {PHONE_WRAP}",
    "Best,\n{NAME_FULL}\n{ADDRESS_WRAP}\n{POSTCODE} {city}",
    "Confirm here: https://forms.example.com/confirm?email={EMAIL_URL}&phone={PHONE_URL}",
    "I typed {EMAIL_TYPO} by mistake; the right one is {EMAIL_FIXED}.",
    "Belgian account {IBAN_BE}, address {ADDRESS_BE}, {city_be}.",
    "German number {PHONE_DE}, German account {IBAN_DE}.",
]

TEST_V21_PII_EN = [("en", text) for text in _EN]
