"""English templates of the `test_v24` split, in the frames of the Dutch ones (`privacy_templates_v24`): expats
referred to the sleep clinic, tourists on a balloon flight, British drivers using valet parking at a Dutch
airport, a South African owning a Dutch domain, Australian and Nigerian customers of the DNA-test firm, students
renting self-storage, and parents of children at a birthday party or scouting camp. Their data is mostly Dutch (06
numbers, postcodes, streets, IBANs, BSNs and plates), with British, South African, Australian, Nigerian, Belgian,
German and French values; dates of birth also in US order. Labels as in `privacy_templates_v24`. Written by
someone who never saw the redaction rules."""

from __future__ import annotations

_EN = [
    # sleep clinic, balloon, charge point, car import
    "FAX\nTo: {sleep}\nFrom: International GP Practice, Dr {NAME_DOCTOR}\nRe: referral of {NAME_FULL}, "
    "DOB {DOB}\nPages: 2",
    "I was referred for a sleep study; my BSN is {BSN} and my patient number {CUSTOMER_NUMBER_PATIENT}.",
    "Please send the results to my home address, {ADDRESS}, {POSTCODE} {city}, not to my GP.",
    "Instagram DM\nhey!! we're visiting from Edinburgh, can we book the balloon for 2? I'm {NAME_SC}, {PHONE_UK}",
    "The voucher is in my husband's name, {NAME_FULL_M}; my email is {EMAIL}.",
    "Refund the cancelled flight to {IBAN}, account holder {NAME_FULL}, thanks.",
    "Charge card contract {CUSTOMER_NUMBER_CHARGE}: please add my new car, plate {PLATE}, and remove {PLATE}.",
    "The installer can reach me on {PHONE} or at {EMAIL}. Address: {ADDRESS}, {city}.",
    "I'm buying a car in Germany, current plate {PLATE_DE}; the seller is {NAME_DE}, {PHONE_DE}.",
    "Buyer: {NAME_FULL}, born {DOB}, {ADDRESS}, {POSTCODE} {city}, file {CUSTOMER_NUMBER_IMPORT}.",
    # valet parking, domains, playground, scouting
    '2026-05-18 04:58:31 sms.out to={PHONE_LOG} text="Your driver {NAME_STAFF} is waiting at Departures 1"',
    "Valet booking for {NAME_FULL}, UK car {PLATE_UK}, back on {flight}; mobile {PHONE_UK}.",
    "Your driver scratched my car ({PLATE}), I'm {NAME_FULL}, account {CUSTOMER_NUMBER_VALET}.",
    "I paid with card {CARD} but the receipt went to {EMAIL}, which is my old address.",
    "Registrant Name: {NAME_ZA}\nRegistrant Phone: {PHONE_ZA}\nRegistrant Email: {EMAIL}\nRegistrant Country: ZA",
    "I own the domain but the account is under my ex, {NAME_FULL}; my customer handle is {CUSTOMER_NUMBER_DOMAIN}.",
    "Please verify me by phone: {PHONE_WHOIS}. Name on the account: {NAME_REGISTER}.",
    "Birthday party for my son {NAME_CHILD}, born {DOB_CHILD}; parent {NAME_FULL}, {PHONE}.",
    "My daughter {NAME_CHILD} (DOB {DOB_CHILD}) has a nut allergy; emergency number {PHONE_INTL_NL}.",
    "Scouting camp form: [x] Cubs [ ] Scouts\nName: {NAME_CHILD}\nParent: {NAME_FULL}\nEmail: {EMAIL_HIDDEN}",
    # storage, angling, kennel, kringloop, art, auction
    "Storage unit contract {CUSTOMER_NUMBER_STORAGE}, tenant {NAME_NG}, {PHONE_NG} and {PHONE}.",
    "I'm a student from Lagos, {NAME_NG}, born {DOB}; my Dutch address is {ADDRESS}, {POSTCODE} {city}.",
    "My VISpas {CUSTOMER_NUMBER_VISPAS} hasn't arrived; it was charged to {IBAN}. {NAME_FULL}",
    "#front-desk  {NAME_STAFF}  11:40\n@{NAME_STAFF} the owner of the two labradors is {NAME_FULL}, call {PHONE}",
    "We're away until the 20th; holiday address {ADDRESS_UK}, {POSTCODE_UK}, United Kingdom, mobile {PHONE_UK}.",
    "Could you pick up a sofa from {ADDRESS}? Ask for {NAME_FIRST}, {PHONE}.",
    "Lender number {CUSTOMER_NUMBER_ART}: the painting was delivered to {ADDRESS}, but I live at {ADDRESS}.",
    "Bidder {CUSTOMER_NUMBER_AUCTION} is {NAME_WA}, {ADDRESS_UK}, {POSTCODE_UK}, UK, {EMAIL}.",
    "Please pay the proceeds to {IBAN_ABROAD} in the name of {NAME_FULL}.",
    "The collection belonged to my late father, {NAME_FULL_M}, born {DOB_ELDER}.",
    # party rental, housing, DNA
    "The bouncy castle is at {ADDRESS}, {POSTCODE} {city}; contact {NAME_FULL} on {PHONE}.",
    "Customer {CUSTOMER_NUMBER_PARTY} wants the deposit on {IBAN} instead.",
    "I rent a flat from the housing company in Ghent; tenant number {CUSTOMER_NUMBER_HOUSING}, national number "
    "{BSN_BE}, {PHONE_BE}.",
    "My Belgian account is {IBAN_BE}, in the name of {NAME_BE}; address {ADDRESS_BE}, {POSTCODE_BE} Leuven.",
    "SHIPPING LABEL\nTo: {NAME_FULL_CAPS}\n{ADDRESS}\n{POSTCODE} {city}\nTHE NETHERLANDS",
    "ERROR kit activation: account {CUSTOMER_NUMBER_DNA}, dob='{DOB_ISO}', email={EMAIL}",
    "I'm {NAME_AU} from Perth, {PHONE_AU}; I think {NAME_FULL} in your database is my half-sister.",
    "Please delete everything about me: {NAME_FULL}, born {DOB}, account {CUSTOMER_NUMBER_DNA}.",
    "My grandmother {NAME_FULL_F} was born {DOB_FOREIGN_ELDER}, as her old passport says, if that helps the match.",
    "The RDW needs my BSN for the registration: {BSN}. Name: {NAME_FULL}.",
    "Sleep clinic intake: BSN {BSN}, GP Dr {NAME_DOCTOR}, date of birth {DOB}.",
    "Please charge the balloon flight to {CARD}, name on card {NAME_FULL_CAPS}.",
    "The charge card app still shows my old credit card, {CARD}; please remove it.",
    "I was charged twice on {CARD} for the storage unit, contract {CUSTOMER_NUMBER_STORAGE}.",
    "Refund the deposit for the tent to {IBAN}, please. {NAME_FIRST}",
    "Art library membership: direct debit from {IBAN_NL}, lender {CUSTOMER_NUMBER_ART}.",
    "My account changed to {IBAN_ABROAD}; please update the kennel's direct debit. {NAME_FULL}",
    "Instagram DM\ncan you email me the voucher? {EMAIL_PLUS}",
    "We drove over from Calais, car {PLATE_FR}; the dogs are booked under {NAME_FULL}.",
    "ANPR 2026-05-18 05:02:44 plate={PLATE_UK} lane=2 result=no_booking",
    # formats across frames
    "My email, letter by letter: {EMAIL_SPELLED}.",
    "My number is {PHONE_SPOKEN}, and my date of birth {DOB_SPOKEN}.",
    "BSN read out: {BSN_SPOKEN}.",
    "Card number {CARD_SPOKEN}, expiry 09/29.",
    "French plate {PLATE_FR}, owner {NAME_FULL}, phone {PHONE_FR}.",
    "Cheers,\n{NAME_FIRST}\n--\n{NAME_FULL_AGAIN}\n{ADDRESS}, {POSTCODE} {city}\nMob {PHONE_INTL_NL}",
    "Sent from my iPhone\n\n{NAME_INITIALS} | {PHONE} | {EMAIL_WORK}",
]

TEST_V24_PII_EN = [("en", text) for text in _EN]
