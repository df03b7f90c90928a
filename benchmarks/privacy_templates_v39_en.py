"""English templates of test_v39: expats and international staff in the Netherlands writing to energy suppliers,
insurers, housing corporations, municipalities, bicycle-lease firms, childcare and pension funds."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    ("en", "Hi, I just moved in. My name is {NAME_FULL}, new address {ADDRESS}, {POSTCODE} {town}, EAN {ean}."),
    ("en", "Meter reading for customer {CUSTOMER_NUMBER_ENERGY}: {reading}, submitted by {NAME_INITIALS} today"),
    ("en", "Please refund the final bill to {IBAN}, account holder {NAME_FULL}."),
    ("en", "From: {NAME_FULL} <{EMAIL}>\nSent: {weekday_en} {date_en} {time}\nTo: {mailbox}\nSubject: repair {repair}"),
    ("en", "My claim {claim} for the physio was rejected. Policy {CUSTOMER_NUMBER_POLICY}, date of birth {DOB}."),
    ("en", "Insured person: {NAME_DOUBLE}, BSN {BSN}, policy number {CUSTOMER_NUMBER_POLICY}."),
    ("en", "Could you send the health insurance card for my daughter {NAME_CHILD} (born {DOB_CHILD}) to {ADDRESS}?"),
    ("en", "There is {defect} in the {room} again {emoji} tenant {NAME_FULL}, tenant no. {CUSTOMER_NUMBER_TENANT}"),
    ("en", "Repair request {repair}: please call me on {PHONE} before coming to {ADDRESS}. Thanks, {NAME_FIRST}"),
    ("en", "Complaint form\nName: {NAME_FULL}\nEmail: {EMAIL}\nPhone: {PHONE}\nPostcode: {POSTCODE}"),
    ("en", "Permit application {CUSTOMER_NUMBER_CASE} for a {permit}, applicant {NAME_REVERSED}, BSN {BSN}."),
    ("en", "Resident parking permit for licence plate {PLATE}, requested by {NAME_FULL}."),
    ("en", "I paid the fee of {amount} with my credit card {CARD} but the permit never arrived. {NAME_INITIALS}"),
    ("en", "Lease contract {CUSTOMER_NUMBER_LEASE}: {bike} delivered to {NAME_FULL} at {ADDRESS}, {POSTCODE}."),
    ("en", "My e-bike was stolen last night {emoji} contract {CUSTOMER_NUMBER_LEASE}, you can reach me at {EMAIL}"),
    ("en", "Can {NAME_FULL} pick up {NAME_CHILD} today? Her number is {PHONE}."),
    ("en", "Childcare contract {CUSTOMER_NUMBER_CHILD}: parent {NAME_FULL}, BSN {BSN}, direct debit from {IBAN}."),
    ("en", "Dear Mr {NAME_SURNAME},\n\nYour pension with {pension} ({CUSTOMER_NUMBER_PENSION}) starts on {date_en}."),
    ("en", "Voicemail: hi this is {NAME_FULL}, born {DOB_WORDS}, please call me back on {PHONE_SPOKEN}."),
    ("en", "Voicemail transcript: my email is {EMAIL_SPOKEN}, customer number {CUSTOMER_NUMBER_SPOKEN}."),
    ("en", "Teams handover: {NAME_FULL} ({CUSTOMER_NUMBER}) is waiting for a callback on {PHONE}, see {ticket}."),
    ("en", "{NAME_REVERSED}\t{DOB}\t{ADDRESS}\t{POSTCODE}\t{IBAN}"),
    ("en", "The van {PLATE} will collect the lease bike from {NAME_FULL} on {weekday_en}."),
    ("en", "Charged twice on card {CARD}, cardholder {NAME_UPPER}."),
    ("en", "[{time}] {NAME_FIRST}: hey, my new address is {ADDRESS}, {POSTCODE} {town} {emoji}"),
    ("en", "Survivor's pension request by {NAME_FULL}, born {DOB}, BSN {BSN}, to be paid into {IBAN}."),
    ("en", "Customer {CUSTOMER_NUMBER} ({NAME_LOWER}) asked us to delete her old email {EMAIL}."),
]
