"""English templates of test_v40: expats and British callers at Dutch energy, insurance, housing and lease firms."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    ("en", "Meter readings for {NAME_FULL} at {ADDRESS}, {POSTCODE} {city}: EAN {ean}, {reading} kWh on {date}."),
    ("en", "Hi, I'm moving out of {ADDRESS} on {date}, my energy contract is {CUSTOMER_NUMBER_ENERGY}. {NAME_FIRST}"),
    ("en", "Voicemail {time}: hi this is {NAME_FULL}, please call me back on {PHONE_SPOKEN}, thanks."),
    ("en", "My health insurance policy is {CUSTOMER_NUMBER_POLICY} and my BSN is {BSN}. Claim {claim} was rejected."),
    ("en", "Please add my child {NAME_CHILD}, born {DOB_CHILD}, to policy {CUSTOMER_NUMBER_POLICY}."),
    ("en", "Insured person: {NAME_REGISTER}, date of birth {DOB}, citizen service number {BSN}."),
    ("en", "I was born on {DOB_WORDS}, not on the date in your letter. Regards, {NAME_DOUBLE}"),
    ("en", "The boiler at {ADDRESS} is broken again. Tenant number {CUSTOMER_NUMBER_TENANT}, phone {PHONE}."),
    ("en", "Repair request from {NAME_FULL}, {ADDRESS}, {POSTCODE}: mould in the bedroom, call {PHONE_UK}."),
    ("en", "Please send the permit for plate {PLATE} to {EMAIL}; I live at {ADDRESS}."),
    ("en", "Residents' parking permit: {NAME_UPPER}, car {PLATE}, BSN {BSN}."),
    ("en", "Lease bike {product} stolen outside {building}. Contract {CUSTOMER_NUMBER_LEASE}, rider {NAME_FULL}."),
    ("en", "Lease car {PLATE} has a cracked windscreen, driver {NAME_INITIALS}, reachable at {PHONE}."),
    ("en", "The refund should go to {IBAN} in the name of {NAME_FULL}, not to my old UK account."),
    ("en", "I paid {amount} with my Visa {CARD} and was charged twice. Customer no. {CUSTOMER_NUMBER}."),
    ("en", "Card {CARD}, expires {expiry}, holder {NAME_UPPER}."),
    ("en", "My kid {NAME_CHILD} is ill today. Their dad {NAME_FIRST} will pick them up, tel. {PHONE}."),
    ("en", "Pension statement for {NAME_FULL}, participant number {CUSTOMER_NUMBER_PENSION}, born {DOB}."),
    ("en", "My pension number is {CUSTOMER_NUMBER_SPOKEN}, the caller said, and the email is {EMAIL_SPOKEN}."),
    ("en", "[{date}, {time}] {NAME_FIRST}: my new address is {ADDRESS} 🏡 {POSTCODE} 😊"),
    ("en", "[{date}, {time}] {NAME_FULL}: can you email me at {EMAIL} pls 🙏"),
    ("en", "Teams handover: {NAME_FIRST} please call back {NAME_FULL} on {PHONE_LANDLINE} about {ticket}."),
    (
        "en",
        "From: {NAME_FULL} <{EMAIL}>\nSent: {weekday}, {date} {time}\nTo: {mailbox}\nSubject: my "
        "account {CUSTOMER_NUMBER}",
    ),
    ("en", 'name,dob,plate,postcode\n"{NAME_REGISTER}",{DOB},{PLATE},{POSTCODE}'),
    ("en", "Please write to my PO box, {ADDRESS_PO}, {POSTCODE} {city}, attn. {NAME_INITIALS}."),
    ("en", "UK address for correspondence: {ADDRESS_UK}, London. Dutch address: {ADDRESS_UPPER}, {POSTCODE}."),
    ("en", "Complaint form - name: {NAME_LOWER}, email: {EMAIL_OBSCURED}, customer number: {CUSTOMER_NUMBER}"),
    ("en", "Mrs {NAME_SURNAME} asked us to use {EMAIL_UPPER} from now on."),
    ("en", "Direct debit mandate: account {IBAN}, holder {NAME_REGISTER}, start {date}."),
    ("en", "The fine for {PLATE} should go to the driver, {NAME_FULL}, born {DOB}."),
]
