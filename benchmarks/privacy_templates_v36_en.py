"""English `test_v36` templates: the same six frames (marketplace trust & safety, library, car sharing, pharmacy
repeat prescriptions, travel disruption, sports club) as written by English-speaking agents, AI call summaries,
LinkedIn and Instagram messages and Jira tickets. Written without seeing the redaction rules."""

from __future__ import annotations

EN = [
    "Summary: the caller, {NAME_FULL}, reports that seller {NAME_REG} never shipped the {item} (order {order_no}).",
    "Summary: the caller gave her date of birth as {DOB} and her postcode as {POSTCODE}; no account changes made.",
    "Summary: the caller, Mr {NAME_SURNAME}, asked us to call back on {PHONE} about booking {booking}.",
    "Trust & Safety note: buyer {NAME_FIRST} paid {amount} to {IBAN}, which belongs to a mule account; "
    "reported to {mailbox}.",
    "Pick-up address given by the seller: {ADDRESS}, {POSTCODE} {town}. Buyer {NAME_LOWER} went there and found "
    "nobody.",
    "Instagram DM from a customer: 'my card {CARD} was charged twice for the {item}, pls help' - signed {NAME_FIRST}",
    "LinkedIn message to our recruiter forwarded to support: 'Hi, I'm {NAME_FULL}, my member ID is "
    "{CUSTOMER_NUMBER}, please remove my e-mail {EMAIL} from your lists.'",
    "Library member {NAME_INIT} (card {CUSTOMER_NUMBER_LIB}) asks to renew '{book}'; fine of {amount} waived.",
    "Home delivery for elderly members: Mrs {NAME_MARRIED}, born {DOB}, {ADDRESS}, ring twice.",
    "Car-sharing damage report: {car} {PLATE}, last driver {NAME_FULL}, member {CUSTOMER_NUMBER}, scratch on "
    "the bumper.",
    "Driving licence check: {NAME_LOWER}, date of birth {DOB}, licence photo unreadable, asked for a new upload.",
    "Parking fine {amount} for {PLATE} in {town} on {date}, charged to card {CARD}.",
    "Repeat prescription: patient {NAME_FULL}, patient no. {CUSTOMER_NUMBER_PAT}, {drug}, GP Dr {NAME_SURNAME}.",
    "Pharmacy delivery failed: {ADDRESS} does not exist, patient {NAME_INIT} can be reached on {PHONE}.",
    "Patient's daughter {NAME_FIRST} called about her mother's BSN {BSN}, which was printed on the bag label.",
    "Disruption desk: passenger {NAME_REG}, flight {flight}, booking ref {booking}, frequent flyer no. "
    "{CUSTOMER_NUMBER_FF}, rebooked via {cphone}.",
    "Passengers on {booking}: {NAME_FULL}, {NAME_FULL} and infant {NAME_FIRST} (DOB {DOB}).",
    "Refund of {amount} to IBAN {IBAN} for passenger {NAME_DOUBLE}, Skywards no. {CUSTOMER_NUMBER_FF}.",
    "Club bar rota: {NAME_FIRST} and {NAME_FIRST} on Saturday, {NAME_INIT} on Sunday; keys at {venue}.",
    "Membership fee for {team} could not be collected from {IBAN}; member number {CUSTOMER_NUMBER_CLUB}.",
    "Google Form response - Full name: {NAME_UPPER} - Email: {EMAIL} - Phone: {PHONE} - Team: {team}",
    "Jira {jira}: customer {NAME_FULL} received someone else's invoice, including address {ADDRESS} and "
    "postcode {POSTCODE}.",
    "Handover 15:00: {NAME_INIT} still waiting for a callback on {PHONE}; {NAME_REG} sorted.",
    "Zendesk side conversation with {share}: member {CUSTOMER_NUMBER} says the car with plate {PLATE_NL} was "
    "already damaged.",
    "Customer from Germany living in {town}: {NAME_FULL}, {ADDRESS}, IBAN {IBAN}.",
    "Customer wrote her e-mail as {EMAIL_MASKED} to avoid spam filters.",
    "Caller spelled the e-mail address: {EMAIL_SPOKEN}.",
    "The buyer's BSN {BSN} was uploaded as proof of identity, which we never ask for; deleted.",
    "Telegram message: 'Bro send the money to {IBAN}, name {NAME_UPPER}, quick or the {item} is gone'",
    "Card {CARD} used by {NAME_FULL} for the deposit, expiry 03/28.",
    "Account holder number {CUSTOMER_NUMBER}, order {order_no}, tracking {tracking}.",
    "Her new postcode is {POSTCODE}, street unchanged.",
    "PNR {booking}: 1. {NAME_PNR} MR 2. {NAME_PNR} MRS 3. {NAME_PNR} CHD, FQTV {CUSTOMER_NUMBER_FF}.",
    "Private seller {NAME_FULL} (not a business, no {kvk}) sells the {item} from {ADDRESS}, {town}.",
    "Member {NAME_FIRST} sent a photo of the driving licence: date of birth {DOB}, plate of her own car {PLATE}.",
]
