"""English templates of the `test_v23` split, in the frames of the Dutch ones (`privacy_templates_v23`): British
pigeon fanciers racing from France, expats on a skating tour, an Irish family renewing a grave, American and
British passengers on a coach tour, tourists chartering a yacht or renting a beach hut, international couriers of a
meal-delivery platform and parents of pupils at a tutoring institute. Their data is mostly Dutch (06 numbers,
postcodes, streets, IBANs, BSNs and plates), with British, Irish, US, Belgian and German values; dates of birth
also in US order. Labels as in `privacy_templates_v23`. Written by someone who never saw the redaction rules."""

from __future__ import annotations

_EN = [
    # pigeons, skating, cemetery, pawnbroker
    "[14-04-26 18:22:05] {NAME_FULL}: Hi, I'm racing with the club this year, membership no. {CUSTOMER_NUMBER_PIGEON}.",
    "My loft moved to {ADDRESS}, {POSTCODE} {city}. Please re-measure. Cheers, {NAME_FIRST_AGAIN}",
    "I'm an expat and want to join the skating tour. {NAME_FULL}, born {DOB}, phone {PHONE}.",
    "| Field | Value |\n|---|---|\n| Name | {NAME_FULL} |\n| Date of birth | {DOB} |\n| Email | {EMAIL} |",
    "We live in Cork now; the grave of my grandmother {NAME_FULL_F_ELDER} needs renewing. Contact me on {PHONE_IE}.",
    "The rights holder was my father, {NAME_FULL_M}, born {DOB_ELDER}; he passed away in March.",
    "Please send the auction proceeds to {IBAN}, account holder {NAME_FULL}.",
    "Voicemail (0:55) from {PHONE_UK}: hello, it's {NAME_FULL}, I'd like my watch back, customer "
    "{CUSTOMER_NUMBER_PAWN}.",
    # coach tour, wine club, windscreen, freight, piano
    "Passenger list: {NAME_FULL} ({DOB_ELDER}) and {NAME_FULL} ({DOB_ELDER}), US passports, twin room.",
    "Emergency contact for my mum on the tour: {NAME_FULL}, {PHONE_US}.",
    "I paid the deposit with card {CARD}, expiry 08/28. The name on the card is {NAME_FULL_CAPS}.",
    "Age check for the wine club: I'm {NAME_FULL}, date of birth {DOB}, member {CUSTOMER_NUMBER_WINE}.",
    "Please deliver the wine to {ADDRESS}, {POSTCODE} {city} and not to my office.",
    "A stone cracked the windscreen of my lease car, plate {PLATE}, policy {CUSTOMER_NUMBER_GLASS}.",
    "The fitter can come to {ADDRESS_STREET}, {city}. My number is {PHONE_INTL}.",
    "We're emigrating to Curaçao; the new address is {ADDRESS_CW}, Willemstad, phone {PHONE_CW}.",
    "Customs asks for my BSN, which is {BSN}, and my partner's, {BSN}.",
    "Piano rental contract {CUSTOMER_NUMBER_RENTAL}; please debit {IBAN} from now on. {NAME_FULL}",
    "The piano tuner can reach me at {EMAIL} or on {PHONE}.",
    # escape room, water board, sailing, couriers
    "[11:32] {NAME_TEAMS}\ncan you refund {NAME_FULL}? the room was double booked, card {CARD}",
    "Booking for six under {NAME_FULL}, {EMAIL}; one player, {NAME_FIRST}, is in a wheelchair.",
    "I received a water board tax bill for {ADDRESS} but I moved out; my BSN is {BSN}.",
    "Relation number {CUSTOMER_NUMBER_WATERBOARD}, name {NAME_INITIALS}, IBAN {IBAN}.",
    "Skipper {NAME_FULL}, date of birth {DOB}, and crew {NAME_FULL}, {NAME_FULL}.",
    "The car with trailer is ours, plate {PLATE_DE}; I'm {NAME_DE}, mobile {PHONE_DE}.",
    "Rider ID {CUSTOMER_NUMBER_RIDER}: my payout for week 9 never reached {IBAN}.",
    "I'm a new courier, {NAME_PL}, born {DOB}, my BSN is {BSN}.",
    "Customer says the rider left the food at {ADDRESS}, but they live at {ADDRESS}.",
    # florist, tutoring, bridge, dry cleaner, beach hut
    "Please deliver the wreath to {ADDRESS}, {POSTCODE} {city}; the card says 'With love, {NAME_FULL}'.",
    "Charge the flowers to {CARD} and email the receipt to {EMAIL}.",
    "My daughter {NAME_CHILD}, born {DOB_CHILD}, needs maths tutoring; pupil number {CUSTOMER_NUMBER_STUDENT}.",
    "Her dad, {NAME_FULL_M}, will pick her up; his number is {PHONE_SPOKEN}.",
    "New bridge partner for {NAME_FULL_ELDER}: {NAME_FULL_ELDER}, membership {CUSTOMER_NUMBER_BRIDGE}.",
    "The dry cleaner lost my coat, loyalty card {CUSTOMER_NUMBER}. {NAME_FULL}, {PHONE}",
    "Beach hut rental for {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, email {EMAIL}.",
    "Parking permit for the beach: plate {PLATE}, and my Belgian car {PLATE_BE}.",
    # channels and formats across frames
    "BEGIN:VCARD\nFN:{NAME_FULL}\nTEL;TYPE=cell:{PHONE_UK}\nEMAIL:{EMAIL}\nEND:VCARD",
    "IVR 09:12 menu=account entered_phone={PHONE_KEYPAD}# entered_dob={DOB_KEYPAD}# result=transfer",
    "My email, spelled out: {EMAIL_SPELLED}.",
    "My IBAN, read out: {IBAN_SPOKEN}.",
    "Card number {CARD_SPOKEN}, and the postcode is {POSTCODE_SPOKEN}.",
    "My date of birth is {DOB_SPOKEN}, and my BSN is {BSN_SPOKEN}.",
    "The plate is {PLATE_SPOKEN}.",
    "Kind regards,\n{NAME_FULL}\n{ADDRESS}\n{POSTCODE} {city}\nThe Netherlands\nMob: {PHONE_INTL}",
    "Irish customer {NAME_IE}, phone {PHONE_IE}, staying at {ADDRESS}.",
    "American tourist {NAME_US}, {EMAIL}, {PHONE_US}.",
    "Belgian account {IBAN_BE} in the name of {NAME_BE}, {ADDRESS_BE}, {POSTCODE_BE} Antwerp.",
    "German account {IBAN_DE}, holder {NAME_DE}, {ADDRESS_DE}, {POSTCODE_DE} Kleve.",
]

TEST_V23_PII_EN = [("en", text) for text in _EN]
