"""English templates of test_v74, many from Irish and Scottish customers: pet cover, roofers, wedding shoots,
care-home visits, grocery delivery, tutoring, party hire, travel claims, opticians and hockey clubs."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    ("en", "Pet insurance claim for {pet}: policy {CUSTOMER_NUMBER_POLICY}, owner {NAME_FULL}, vet bill {amount}."),
    ("en", "Ach, the wee dog ate a sock again. It's {NAME_FULL} from {ADDRESS_EN}, {POSTCODE_UK}. Ring {PHONE_EN}."),
    ("en", "Please pay the vet refund into {IBAN}, account name {NAME_INITIALS}."),
    ("en", "Dynamics timeline | Phone call | {NAME_FULL} reports the cat's chip number changed, call back on {PHONE}."),
    ("en", "Your gutter man never showed up, so he didn't. I'm at {ADDRESS_EN}, {POSTCODE_UK}, {NAME_FIRST}"),
    ("en", "Roof survey booked for {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}; mobile {PHONE}."),
    ("en", "Deposit for the roof of {amount} taken from card {CARD}, contract {CUSTOMER_NUMBER_CONTRACT}."),
    ("en", "SMS {bot}: Reply YES to confirm the roofer on {weekday_en}.\nCustomer: yes, and text {PHONE_EN} if late"),
    ("en", "BEGIN:VEVENT\nDTSTART:{dtstart}\nSUMMARY:Wedding shoot consult\nORGANIZER;CN={NAME_FULL}:mailto:{EMAIL}"),
    ("en", "ATTENDEE;CN={NAME_COUPLE};RSVP=TRUE:mailto:{EMAIL}\nLOCATION:{place}"),
    ("en", "Insta DM | {NAME_NICK}: the photos are class 😍✨ can you post the album to {ADDRESS_EN}, {POSTCODE_UK}?"),
    ("en", "Photo consent: [x] yes [ ] no | Bride: {NAME_FULL} | Groom: {NAME_FULL} | Email: {EMAIL}"),
    ("en", "Visitor log {home}: {NAME_FULL}, car reg {PLATE}, visiting room {count}."),
    (
        "en",
        "Speech-to-text: hello it's {NAME_FULL} hello yes {NAME_AGAIN} I want to visit my sister "
        "my number is {PHONE_SPOKEN} that's {PHONE_AGAIN}",
    ),
    ("en", "Speech-to-text: I was born on {DOB_SPOKEN} yes {DOB_AGAIN} is that what you have"),
    ("en", "Resident {NAME_INITIALS}, date of birth {DOB_EN}, BSN {BSN}, moved to the dementia wing."),
    ("en", "my groceries never came, name is {NAME_LOWER}, postcode {POSTCODE}, paid with {CARD}"),
    ("en", "SMS {bot}: Your shop arrives between {time} and {time}.\nCustomer: grand, but I'm at {ADDRESS} now"),
    ("en", "Refund of {amount} for the missing items to {IBAN}, customer number {CUSTOMER_NUMBER_CUSTOMER}."),
    ("en", "Driver note: {NAME_SURNAME} not home, rang {PHONE}, left crates at the door."),
    ("en", "Tutoring sign-up: pupil {NAME_FULL}, DOB {DOB_EN}, parent {NAME_FULL}, {EMAIL}."),
    ("en", "BEGIN:VEVENT\nDTSTART:{dtstart}\nSUMMARY:Maths tutoring\nATTENDEE;CN={NAME_FIRST}:mailto:{EMAIL}"),
    ("en", "We are expats; the childcare allowance needs my BSN {BSN} and my son's {BSN}."),
    (
        "en",
        "Party hire contract {CUSTOMER_NUMBER_CONTRACT}: bouncy castle to {ADDRESS}, {POSTCODE}, hirer {NAME_FULL}.",
    ),
    ("en", "Deposit for the marquee held on card {CARD}; trailer reg {PLATE}; contact {PHONE_EN}."),
    ("en", "Insta DM | {NAME_NICK}: hiya 🎈 are the poseur tables free on {date_en}? my number's {PHONE_ABROAD}"),
    (
        "en",
        "Travel claim: policy {CUSTOMER_NUMBER_POLICY}, insured {NAME_FULL}, born {DOB_EN}, "
        "stolen bag in {city_abroad}.",
    ),
    ("en", "I'm stuck in {city_abroad}, reach me on {PHONE_ABROAD}. Hospital bill paid with {CARD}. {NAME_FULL}"),
    ("en", "Hire car {PLATE_ABROAD} was damaged; driver {NAME_FULL}, member number {CUSTOMER_NUMBER_MEMBER}."),
    ("en", "Dynamics timeline | Task | Call {NAME_INITIALS} on {PHONE_ABROAD} re repatriation, claim for {amount}."),
    (
        "en",
        "Eye test for {NAME_FULL} (DOB {DOB_EN}): right -1.75, left -2.00; loyalty card {CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    ("en", "Contact lens plan {CUSTOMER_NUMBER_CONTRACT}, paid monthly from {IBAN}, holder {NAME_CAPS}."),
    (
        "en",
        "Your glasses are ready, {NAME_FIRST}! Collect at Specsavers. We'll text {PHONE_EN} when the case comes.",
    ),
    ("en", "Hockey club sign-up: {NAME_FULL}, born {DOB_EN}, KNHB number {CUSTOMER_NUMBER_MEMBER}, {EMAIL}."),
    ("en", "Korfball fees of {amount} from {IBAN}, member {NAME_FULL}, address {ADDRESS}, {POSTCODE} {city}."),
    ("en", "Carpool for the away game: {NAME_FIRST} drives, reg {PLATE}, call {PHONE}."),
    ("en", "Volunteer form: [x] bar [ ] umpire | Name: {NAME_FULL} | Mobile: {PHONE_EN} | Address: {ADDRESS_EN}"),
    (
        "en",
        "On behalf of my client, Ms {NAME_SURNAME}, of {ADDRESS_EN}, {POSTCODE_UK}, we hold your company "
        "liable for the damage to her roof.",
    ),
    ("en", "Forwarded by {NAME_FULL}, solicitor: complaint of {NAME_FULL}, customer no. {CUSTOMER_NUMBER_CUSTOMER}."),
    ("en", "Yours faithfully,\n{NAME_INITIALS}\nSolicitor\nT: {PHONE_EN} | E: {EMAIL}"),
    (
        "en",
        "Och, I've been on hold for ages. It's {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_UK}, my email is {EMAIL_SPOKEN}.",
    ),
    ("en", "Grand so, my IBAN is {IBAN} and I was born {DOB_EN}, sure you have it all now."),
    ("en", "hey its {NAME_LOWER} my new email is {EMAIL} and my bsn is {BSN} for the form"),
    ("en", "ive moved to {ADDRESS_BE}, {POSTCODE_BE} {town_be}, can u change it, cheers {NAME_FIRST}"),
    ("en", "pls change my car to {PLATE} for the parking at the care home, thx {NAME_LOWER}"),
]
