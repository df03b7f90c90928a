"""English templates of test_v102, many from Australian, Scottish and South African customers, in the same frames
and channels as the Dutch ones."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    ("en", "G'day, I'm {NAME_FULL} and my guide dog pup needs a trainer visit at {ADDRESS_EN}, {POSTCODE_EN}."),
    ("en", "Guide dog application for {NAME_FULL}, date of birth {DOB_EN}, mobile {PHONE_EN}."),
    (
        "en",
        "Freshdesk #{count}{count}\n> On {date_en} {NAME_FULL} wrote:\n> is the harness fitting still on?\nYes it is.",
    ),
    ("en", "Please collect the ashes of the late {NAME_FULL}; next of kin {NAME_FULL} can be reached on {PHONE_EN}."),
    ("en", "Urn collection slip: contact {NAME_SURNAME}, email {EMAIL}, file {CUSTOMER_NUMBER_CONTRACT}."),
    ("en", "Aye, the wee turbine on my roof at {ADDRESS_EN}, {POSTCODE_EN} is rattling again. {NAME_FIRST}"),
    ("en", "Turbine service contract {CUSTOMER_NUMBER_CONTRACT} for {NAME_INITIALS}, engineer's van {PLATE}."),
    ("en", "Night desk log {time}: caller {NAME_FULL} from {PHONE_ABROAD} reports a broken blade."),
    ("en", "School photo order: parent {NAME_FULL}, pupil {NAME_FIRST}, paid by card {CARD}."),
    ("en", "hiya 😊 can u send {NAME_FIRST}'s photos to {EMAIL}? cheers #schoolphotos #proudmum"),
    ("en", "Photo portal login: customer number {CUSTOMER_NUMBER_CUSTOMER}, child's birthday {DOB_EN}."),
    ("en", "On behalf of our client {NAME_FULL} of {ADDRESS_EN}, we object to the refusal of the loft permit."),
    ("en", "Yours faithfully,\n{NAME_FULL}, solicitor\nfor our client {NAME_INITIALS}, born {DOB_EN}"),
    ("en", "Loft conversion fee refund to {IBAN}, account holder {NAME_CAPS}."),
    ("en", "Violin rental agreement: hirer {NAME_FULL}, child {NAME_FIRST} ({DOB_EN}), bank account {IBAN}."),
    ("en", '"{NAME_SURNAME}","{NAME_FIRST}","{EMAIL}","{PHONE_EN}","1/8 violin","{date_en}"'),
    (
        "en",
        "My daughter {NAME_FIRST} has outgrown her 1/4 violin, rental number "
        "{CUSTOMER_NUMBER_CONTRACT}. Ta, {NAME_FULL}",
    ),
    ("en", "Donor registration: {NAME_FULL}, born {DOB_EN}, donor number {CUSTOMER_NUMBER_DONOR}."),
    ("en", "Robot: Please say your phone number.\nCaller: {PHONE_SPOKEN}\nRobot: Thank you."),
    ("en", "Speech to text: my citizen service number is\n{BSN_SPOKEN}\nand I live at {ADDRESS}."),
    ("en", "Donor {NAME_INITIALS}, Dutch BSN {BSN}, moved to {ADDRESS}, {POSTCODE}."),
    ("en", "Interpreter notes (video call): the customer, {NAME_NICK}, signs that her email is {EMAIL_SPOKEN}."),
    ("en", "Ferry season ticket {CUSTOMER_NUMBER_PASS} for {NAME_FULL}, car registration {PLATE_ABROAD}."),
    ("en", "Howzit, I'm {NAME_FULL} from Cape Town, staying in Vlissingen, my number is {PHONE_EN}."),
    ("en", "Direct debit for the ferry pass from {IBAN}, holder {NAME_FULL}."),
    ("en", "Freshdesk #{count}{count}\n> We need your pass number.\nIt's {CUSTOMER_NUMBER_PASS}, thanks, {NAME_FIRST}"),
    ("en", "Mobility scooter repair for {NAME_FULL} at {ADDRESS_EN}, {POSTCODE_EN}; battery dead, ring {PHONE_EN}."),
    ("en", "Mrs {NAME_SURNAME} (DOB {DOB_EN}) is stuck on her scooter outside Tesco, call her son on {PHONE_EN}."),
    ("en", "Insurance policy {CUSTOMER_NUMBER_POLICY} covers the scooter of {NAME_FULL}."),
    ("en", "Compost delivery of {count} bags to plot holder {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}."),
    ("en", "Member number {CUSTOMER_NUMBER_MEMBER}, gardener {NAME_LOWER}, email {EMAIL}."),
    ("en", "Excel:\t{NAME_FULL}\t{ADDRESS_EN}\t{POSTCODE_EN}\t{PHONE_EN}\t{count} bags"),
    ("en", "Insta DM: hey 👋 it's {NAME_NICK}, can you drop the compost at {ADDRESS_EN}? 🌻 #communitygarden"),
    ("en", 'CSV: "{CUSTOMER_NUMBER_CUSTOMER}","{NAME_CAPS}","{DOB_EN}","{EMAIL}"'),
    ("en", "Shift log {time}: {NAME_FULL} phoned from {PHONE}, scooter won't start, address {ADDRESS}."),
    ("en", "The card {CARD} was declined for the ferry pass of {NAME_SURNAME}."),
    ("en", "Phone robot transcript:\ncaller: my mobile is\n{PHONE_SPOKEN}\ncaller: name {NAME_FULL}"),
    ("en", "Parking fine at the ferry terminal for car {PLATE}, keeper {NAME_FULL}."),
    (
        "en",
        "Please update my address to {ADDRESS_EN}, {POSTCODE_EN}; customer no. {CUSTOMER_NUMBER_CUSTOMER}, {NAME_FULL}",
    ),
    ("en", "Via the interpreter, {NAME_FULL} confirmed the permit address {ADDRESS}, {POSTCODE} and BSN {BSN}."),
    ("en", "Lawyer's letter: our client {NAME_FULL} paid {amount} by card {CARD} and seeks a refund."),
]
