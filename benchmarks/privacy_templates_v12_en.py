"""English templates of the `test_v12` split, in the same frames as the Dutch ones (`privacy_templates_v12`):
expats, international students, temp workers and tourists dealing with Dutch and Flemish companies, so most of
their data is Dutch (06 numbers, Dutch postcodes and streets, NL IBANs, BSNs, Dutch plates), with a minority of
British, Belgian and Polish values. Labels as in `privacy_templates_v12`. Written by someone who never saw the
redaction rules."""

from __future__ import annotations

_EN = [
    # energy, water, waste, parking
    "I'm switching to {supplier} from {date_en}. Supply address {ADDRESS}, {POSTCODE} {city}, account holder "
    "{NAME_EN}.",
    "Meter readings for customer number {CUSTOMER_NUMBER_ENERGY}: normal {meter}, low {meter}. The smart meter "
    "stopped sending them.",
    "Please take the direct debit for the water bill from {IBAN}, not from my partner's account.",
    "My waste pass {CUSTOMER_NUMBER_WASTE} doesn't open the underground bin any more. I live at {ADDRESS}.",
    "Parking permit: my new car is {PLATE}, please remove the old one, {PLATE}. Permit holder {NAME_FULL}.",
    "Visitor parking for my mother-in-law, plate {PLATE_FOREIGN}, she's visiting from Poland for two weeks.",
    # library, swimming, dentist, physio, pharmacy
    "My library card number is {CUSTOMER_NUMBER_LIBRARY} and the app keeps saying it's blocked.",
    "Swimming lessons for {NAME_CHILD}, born {DOB_CHILD}; please send the schedule to {EMAIL}.",
    "Could the dentist call me on {PHONE} to move my appointment? Patient number {CUSTOMER_NUMBER_PATIENT}.",
    "The physiotherapist needs my BSN, it's {BSN}, and my date of birth, {DOB}.",
    "The pharmacy has my old address; the new one is {ADDRESS}, {POSTCODE}.",
    # home care, taxi
    "Home care for my father, {NAME_FULL_M}, born {DOB_ELDER}: nobody came on {weekday_en} morning.",
    "I booked a regiotaxi for {time_en} from {ADDRESS} and it never arrived. My number is {PHONE}.",
    # furniture, kitchen, washing machine, phone insurance
    "The sofa delivery from {shop} went to {ADDRESS}, but I moved out; I'm at {ADDRESS_EN} in the UK now.",
    "Kitchen fitter needs to reach me: {PHONE} or {EMAIL}. Name's {NAME_EN}.",
    "The repairman asked me to pay by card, {CARD}, on the phone. Is that really you?",
    "My phone was stolen in Amsterdam. Insurance policy {CUSTOMER_NUMBER_POLICY}, in the name of {NAME_FULL}, "
    "born {DOB}.",
    "Please pay the claim into {IBAN}; my UK account is closed.",
    # lost luggage, hotel, festival
    "My suitcase didn't arrive on {airline} from Manchester. Deliver to {NAME_EN}, {ADDRESS}, {POSTCODE} {city}; "
    "mobile {PHONE}.",
    "Hotel complaint: the deposit of {amount_en} was charged twice to {CARD}.",
    "The {festival} ticket has to be in the name of {NAME_EN}, date of birth {DOB}; can you change it?",
    # sports club, association, payroll, temp agency
    "Membership fees for {club} were taken twice from {IBAN}. Member number {CUSTOMER_NUMBER_MEMBER}.",
    "Payroll: my BSN on the payslip is wrong, it should be {BSN}. Employee number {CUSTOMER_NUMBER_STAFF}.",
    "I work through {agency}; please pay my wages into {IBAN_FOREIGN}. Name {NAME_PL}, BSN {BSN}.",
    "My Polish number is {PHONE_FOREIGN} but on WhatsApp I use {PHONE}.",
    "The agency housing is at {ADDRESS}, {POSTCODE}; our van is {PLATE_FOREIGN}.",
    # dictating, screenshots, autocorrect, paper forms, handover
    "Customer dictating to her husband: 'it's {EMAIL_SPELLED}, write that down.'",
    "Reading from a screenshot: 'Account holder {NAME_SORTED}, {IBAN}'.",
    "Chat: my surname is {NAME_SURNAME}\nChat: not {NAME_TYPO}, autocorrect keeps changing it",
    "Chat: email is {EMAIL_SPACE}\nChat: no space, sorry, my phone adds it",
    "Paper form copied by agent: Name {NAME_EN} | DOB {DOB} | Phone {PHONE_LAND}",
    "Handover to night shift: {NAME_FULL} will call back about the double charge, customer number "
    "{CUSTOMER_NUMBER}, mobile {PHONE}.",
    "Handover: {NAME_EN}'s new plate {PLATE} still needs adding to the permit.",
    "Customer read his number out slowly: '{PHONE_SPOKEN}'.",
    # Flemish and British details
    "I live in {city_be} now, {ADDRESS_BE}, {POSTCODE_BE}; my Belgian mobile is {PHONE_BE}.",
    "Refund the deposit to my Belgian account, {IBAN_BE}, please. National number {BSN_BE}.",
    "My Belgian car, {PLATE_BE}, got a parking fine in Maastricht although I paid with the app.",
    "Please write to my parents instead: {ADDRESS_EN}, Bristol. Contact {NAME_EN}, {EMAIL_SAME}.",
]

TEST_V12_PII_EN = [("en", text) for text in _EN]
