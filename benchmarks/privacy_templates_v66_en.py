"""English templates of test_v66: Canadian and Nigerian customers, agents' English notes about Dutch customers,
Jira/ServiceNow tickets, chatbot hand-offs, letters, SMS verification and noisy speech-to-text."""

from __future__ import annotations

_EN: list[str] = [
    # ---- coach and ferry travel
    "Speech-to-text: hi it's it's {NAME_FULL}, I booked seat 14C on the night coach to {abroad}.",
    "STT transcript: my number is {PHONE_EN}, no wait, sorry, it's {PHONE_EN}.",
    "Ferry booking SL-448812: passenger {NAME_FULL}, DOB {DOB_EN}, vehicle {PLATE_ABROAD}, cabin 6012.",
    "SMS verification | customer: never got the code on {PHONE} | bot: please confirm your date of birth | "
    "customer: {DOB_EN}",
    "Ferry loyalty card {CUSTOMER_NUMBER_PASS} belongs to {NAME_FULL}, email {EMAIL}.",
    # ---- charging cards and home chargers
    "INC0093312 | Caller: {NAME_FULL} | Short description: charge card {CUSTOMER_NUMBER_CHARGECARD} rejected",
    "Jira EV-1183\nReporter: {NAME_LOWER}\nSummary: home charger offline since {date_en}\nSite: {ADDRESS}, {POSTCODE}",
    "Agent note: Dutch customer {NAME_FORMAL} (BSN {BSN}) needs the charger installed before the subsidy deadline.",
    "Reimburse the home charging costs to {IBAN}, account holder {NAME_INITIALS}.",
    "Fleet card for car {PLATE}, driver {NAME_FULL}, customer number {CUSTOMER_NUMBER_CUSTOMER}.",
    # ---- wedding dress and suit rental
    "Fitting for the bride {NAME_FULL} on {weekday_en} at {time}; maid of honour {NAME_FIRST} joins.",
    "Suit rental contract {CUSTOMER_NUMBER_CONTRACT}, renter {NAME_CAPS}, deposit on card {CARD}.",
    "We're {NAME_COUPLE}, getting married in Toronto, ship the dress to {ADDRESS_EN}, {POSTCODE_CA}.",
    # ---- salons
    "Salon app: {NAME_NICK} booked a keratin treatment, reminder texts go to {PHONE_EN}.",
    "Client card: {NAME_FULL}, born {DOB_EN}, patch test done, allergic to PPD.",
    "Loyalty number {CUSTOMER_NUMBER_MEMBER} for {NAME_SURNAME}, tenth cut free.",
    # ---- tutoring
    "Tutoring intake: pupil {NAME_FIRST}, pupil no. {CUSTOMER_NUMBER_PUPIL}, parent {NAME_FULL}, phone {PHONE}.",
    "Agent note (EN): mum {NAME_FORMAL} wants the tutor at home, {ADDRESS}, {POSTCODE}; speaks little Dutch.",
    "Direct debit for homework club from {IBAN_NL}, account name {NAME_CAPS}.",
    # ---- parking garages
    "Season pass {CUSTOMER_NUMBER_PASS} for plate {PLATE}, holder {NAME_FULL}, renewal on {date_en}.",
    "ANPR didn't open the barrier for {PLATE}; driver {NAME_INITIALS} is waiting, call back on {PHONE}.",
    "Ticket PARK-552 | Reporter: {NAME_LOWER} | Card charged twice: {CARD}",
    # ---- emigration to Spain and Canada
    "Moving from {ADDRESS}, {POSTCODE} {city} to {ADDRESS_EN}, {abroad}, {POSTCODE_CA}; contact {PHONE_ABROAD}.",
    "Relocation to Spain for {NAME_FULL}: new address {ADDRESS_ES}, {POSTCODE_ES} {abroad}, NIE pending.",
    "Customer needs deregistration proof; BSN {BSN}, born {DOB_EN}, leaving on {date_en}.",
    "Removal contract {CUSTOMER_NUMBER_CONTRACT}, deposit from {IBAN}, client {NAME_FULL}.",
    "Good day, I am {NAME_FULL} from Lagos, my line is {PHONE_EN}, kindly assist with my shipment.",
    "Please sir, the money was debited from my card {CARD} but the booking failed. {NAME_FULL}",
    "Hey there, {NAME_FIRST} here from Calgary, eh. Postal code is {POSTCODE_CA}, apartment at {ADDRESS_EN}.",
    # ---- jewellers and watch repairs
    "                                        {NAME_FULL}\n                                        {ADDRESS_EN}\n"
    "                                        {abroad} {POSTCODE_CA}\nRe: repair of my watch, your ref. 6612",
    "Watch insured under policy {CUSTOMER_NUMBER_POLICY}, owner {NAME_FULL}, reachable on {PHONE}.",
    "Our ref 6612 | Your ref: policy {CUSTOMER_NUMBER_POLICY} | Dear {NAME_FORMAL}, your ring is ready.",
    # ---- cooking classes and meal kits
    'Bot hand-off: {"intent": "delivery_issue", "name": "{NAME_FULL}", "postcode": "{POSTCODE}", "phone": "{PHONE}"}',
    'Escalation payload {"customer": "{NAME_LOWER}", "email": "{EMAIL}", "member": "{CUSTOMER_NUMBER_MEMBER}"}',
    "Meal kit subscription paid from {IBAN}, deliver to {ADDRESS}, ring twice. {NAME_FIRST}",
    # ---- window frames
    "Survey for new window frames at {ADDRESS}, {POSTCODE} {town}, owner {NAME_FULL}, email {EMAIL}.",
    "Agent note: Mr {NAME_SURNAME} wants the fitters after {date_en}; customer no. {CUSTOMER_NUMBER_CUSTOMER}.",
    # ---- speech and self-corrections
    "STT: my BSN is {BSN_SPOKEN}, did you get that?",
    "STT: the number is {PHONE_SPOKEN}, yeah",
    "STT: email is {EMAIL_SPOKEN}, all lower case",
    "STT: date of birth {DOB_SPOKEN}, sorry, I mean {DOB_SPOKEN}",
    "STT: postal code {POSTCODE} no sorry {POSTCODE}",
    # ---- Excel pastes
    "Pasted from Excel:\nName\tPhone\tPlate\n{NAME_FULL}\t\t{PHONE_EN}\t{PLATE}",
    "Pasted rows: {NAME_CAPS}\t{DOB_EN}\t\t{EMAIL}\t{CUSTOMER_NUMBER_CUSTOMER}",
    "Curaçao customer {NAME_FULL} called from {PHONE_CARIB}, wants the container to Willemstad.",
    "Caller from Montréal, {NAME_FULL}, cancels season pass {CUSTOMER_NUMBER_PASS}; reach her on {PHONE_ABROAD}.",
    "Cooking class gift voucher bought by {NAME_FULL}, born {DOB_EN}, paid with {CARD}.",
    "RITM0050123 | Requested for: {NAME_CAPS} | Caller: {NAME_LOWER} | Item: replacement charge card",
]

EN: list[tuple[str, str]] = [("en", template) for template in _EN]
