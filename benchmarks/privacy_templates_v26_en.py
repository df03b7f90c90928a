"""English templates of the `test_v26` split, in the frames of the Dutch ones (`privacy_templates_v26`): British,
Scottish, Nigerian, South African, Australian, New Zealand, Chinese and Japanese guests of the youth hostel and the
home-exchange platform, expats whose boiler breaks down or whose bicycle is towed to the depot, volunteers on the
heritage railway, chess players, dog owners and couples ordering a wedding cake. Their data is mostly Dutch (06
numbers, postcodes, streets, IBANs, BSNs and plates), with British, French and other foreign values; dates of birth
also in US order. Labels as in `privacy_templates_v26`. Written by someone who never saw the redaction rules."""

from __future__ import annotations

_EN = [
    # boiler, hostel, depot, aids
    "On {date_en}, {NAME_FULL} <{EMAIL}> wrote:\n> Our boiler shows error F28 again. Contract {CUSTOMER_NUMBER_BOILER}."
    "\n> Please send someone.",
    "Hi, the engineer can call me on {PHONE} before he comes. It's {ADDRESS}, {POSTCODE}. Cheers, {NAME_FIRST}",
    "Please set up the maintenance plan on my account {IBAN}; name {NAME_FULL}.",
    "NIGHT REGISTER\nName: {NAME_FULL}\nNationality: British\nDate of birth: {DOB}\nHome address: {ADDRESS_UK}, "
    "Edinburgh {POSTCODE_UK}",
    "Hey, we're arriving late, around midnight 😅 booking {booking_en}, my mobile is {PHONE_UK}. {NAME_SC}",
    "ID\tStart time\tEmail\tName\tCountry\n112\t{date_en} {time_en}\t{EMAIL}\t{NAME_FULL}\tNew Zealand",
    "Hostel membership card {CUSTOMER_NUMBER_HOSTEL}, holder {NAME_NZ}, born {DOB}.",
    "I paid the deposit with my card {CARD} but it was charged twice. {NAME_FULL_CAPS}",
    "My bike was removed from the station; I'm {NAME_FULL}, I live at {ADDRESS}, {POSTCODE} {city}.",
    "Depot number {CUSTOMER_NUMBER_DEPOT}, bike released to {NAME_FULL}, BSN {BSN}.",
    "My father, {NAME_FULL_ELDER}, born {DOB_ELDER}, needs a wheelchair from {aid} for three weeks.",
    "Please pick up the crutches at {ADDRESS}; call my wife {NAME_FIRST_F} on {PHONE}.",
    # sint, wood, blinds, rail, chess
    "We'd love a Sinterklaas visit for our kids {NAME_CHILD} and {NAME_CHILD}; address {ADDRESS}, {POSTCODE}.",
    "Firewood order: name {NAME_FULL}, email {EMAIL}, deliver to {ADDRESS}, {city}.",
    "The driver dumped the logs in front of the garage, my car {PLATE} is stuck 🔥 {NAME_FULL}",
    "Quote request for blinds: {NAME_FULL}, {PHONE}, {EMAIL}.",
    'customer:\n  name: {NAME_FULL}\n  number: {CUSTOMER_NUMBER_BLINDS}\n  phone: "{PHONE}"',
    "I volunteer on the steam tram; my membership number is {CUSTOMER_NUMBER_RAIL} and my DOB is {DOB}.",
    '"name","email","phone"\n"{NAME_FULL}","{EMAIL}","{PHONE_INTL}"',
    "Discord #general\n{NAME_FIRST_M}: anyone fancy blitz on Thursday? text me on {PHONE}",
    "[player]\nname = {NAME_FULL}\nfide_id = {CUSTOMER_NUMBER_CHESS}\nborn = {DOB_ISO}",
    "Chess club fees paid from {IBAN} by {NAME_INITIALS}.",
    # interpreter, dogs, shooting, swap, cake
    "BEGIN:VEVENT\nSUMMARY:Interpreter at hospital\nATTENDEE;CN={NAME_FULL}:mailto:{EMAIL}\nEND:VEVENT",
    "I need a sign-language interpreter for my son {NAME_CHILD}, born {DOB_CHILD}; my number is {PHONE}.",
    "Dog walker notes: Max — owner {NAME_FULL}, {ADDRESS}, key in the shed, vet on {PHONE_LAND}.",
    "Your dog-walking plan {CUSTOMER_NUMBER_DOG} will be charged to card {CARD}.",
    "I'm applying for a shooting licence: {NAME_FULL}, born {DOB}, BSN {BSN}.",
    "Hi {NAME_FIRST}, we'd love to swap homes in August! We live at {ADDRESS_UK}, Bristol {POSTCODE_UK}. {NAME_EN}",
    "Our Australian guests, {NAME_AU} and {NAME_AU}, can be reached on {PHONE_AU}.",
    "Exchange member {CUSTOMER_NUMBER_SWAP}: {NAME_ZA}, phone {PHONE_ZA}, home in Cape Town.",
    "Home swap guests from Lagos, {NAME_NG}, {PHONE_NG}, arrive on {date_en}.",
    "The car for the exchange is a {PLATE}; insurance is in the name of {NAME_FULL}.",
    "Wedding cake for {NAME_FULL} and {NAME_FULL}, delivery to {ADDRESS}, {POSTCODE} {city}.",
    "Deposit for the cake from {IBAN}, customer {CUSTOMER_NUMBER_CAKE}.",
    "Write 'Happy 80th {NAME_FIRST}' on it please; she was born {DOB_ELDER}. Thanks, {NAME_FULL}",
    # formats across frames
    "My email, letter by letter: {EMAIL_SPELLED}.",
    "My number's {PHONE_SPOKEN}, and I was born on {DOB_SPOKEN}.",
    "BSN: {BSN_SPOKEN}.",
    "Card number, reading it off: {CARD_SPOKEN}.",
    "Postcode {POSTCODE_SPELLED}, number 12.",
    "Please write to {EMAIL_HIDDEN}, not the old address.",
    "Kind regards,\n{NAME_FULL}\n{ADDRESS}, {POSTCODE} {city}\nMobile {PHONE_INTL}",
    "French plate {PLATE_FR}, driver {NAME_FR}, phone {PHONE_FR}, IBAN {IBAN_ABROAD}.",
    "Japanese guest {NAME_JP}, born {DOB}, email {EMAIL}.",
    "Chinese student {NAME_CN}, room 3, BSN {BSN}, phone {PHONE}.",
    "German neighbours, {NAME_DE}, {ADDRESS_DE}, {POSTCODE_DE} Kleve, plate {PLATE_DE}.",
]

TEST_V26_PII_EN = [("en", text) for text in _EN]
