"""English templates of test_v91 (Irish, South African and other customers)."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- funeral insurance and undertakers
    ("en", "Kayako #{count}{count}{count} | Requester: {NAME_FULL} <{EMAIL}> | Subject: funeral plan claim"),
    ("en", "My late father {NAME_FULL}, born {DOB_EN}, lived at {ADDRESS_EN}, {town_en} {POSTCODE_IE}."),
    ("en", "Funeral cover policy {CUSTOMER_NUMBER_POLICY}, please pay out to {IBAN}."),
    ("en", "The hearse reg {PLATE_ABROAD} will collect from {ADDRESS_EN}, contact {NAME_FIRST} on {PHONE_ABROAD}."),
    ("en", "Deceased's Dutch citizen service number was {BSN}, next of kin {NAME_FULL}."),
    # ---- solar panel cleaning
    ("en", "Howya, it's {NAME_FIRST} here, the panel lads can ring me on {PHONE_ABROAD}, grand so."),
    (
        "en",
        "Panel cleaning booked for {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}, customer no. {CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    ("en", "Ja, the cleaner must come now-now, I'm {NAME_FULL} at {ADDRESS_EN}, phone {PHONE_ABROAD}."),
    # ---- party tent rental
    ("en", "Rental agreement {CUSTOMER_NUMBER_CONTRACT} for a party tent, hirer {NAME_FULL}, card {CARD}."),
    ("en", "Refund the deposit to {IBAN}, account holder {NAME_CAPS}."),
    ("en", "The trailer {PLATE} is parked at {NAME_SURNAME}'s place until Monday."),
    # ---- piano tuners
    ("en", "Voicemail: hi, uh, this is {NAME_FULL}, the piano needs tuning, call me back on {PHONE_VOICE}, thanks."),
    ("en", "Tuning appointment for {NAME_INITIALS}, {ADDRESS_EN}, {town_en}, email {EMAIL}."),
    ("en", "Piano customer {CUSTOMER_NUMBER_CUSTOMER} asked for a receipt to {EMAIL_SPOKEN}."),
    # ---- motorbike driving tests
    ("en", "Motorbike test booking: candidate {NAME_FULL}, date of birth {DOB_EN}, BSN {BSN}."),
    ("en", "Candidate will ride the bike registered {PLATE}; contact {PHONE}."),
    ("en", "Test fee paid by card {CARD}, cardholder {NAME_FULL}."),
    ("en", "My date of birth is {DOB}, not what you have on file, I'm {NAME_FIRST} {NAME_SURNAME}."),
    # ---- aquarium shop and fish deliveries
    ("en", "Threema from {NAME_FIRST}: the guppies arrived dead, ring me on {PHONE}"),
    ("en", "Please deliver the tank to {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}."),
    ("en", "Refund for the pump to {IBAN}, customer number {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- coworking desk memberships
    ("en", "Membership {CUSTOMER_NUMBER_MEMBER} for {NAME_FULL} ends on {date}."),
    ("en", "Hot desk invoice address: {NAME_REVERSED}, {ADDRESS_EN}, {town_en} {POSTCODE_IE}"),
    ("en", "Member {CUSTOMER_NUMBER_MEMBER} lost her key fob, email {EMAIL}, phone {PHONE_ABROAD}."),
    # ---- blood pressure monitors on loan
    ("en", "Monitor lent to {NAME_INITIALS}, born {DOB_EN}, patient BSN {BSN}."),
    ("en", "Night shift: pt {NAME_SURNAME} rang re monitor, dob {DOB_EN}, cb {PHONE}, f/u am."),
    ("en", "She spelled out her BSN as {BSN_SPOKEN}."),
    # ---- school photographers
    ("en", "Photo order for {NAME_FIRST} in year 3, parent {NAME_FULL}, {EMAIL}."),
    ("en", "Parent {NAME_LOWER} paid with {CARD} and wants prints sent to {ADDRESS}, {POSTCODE} {town}."),
    # ---- moving boxes rental
    ("en", "Collect the boxes from {NAME_FULL} at {ADDRESS_EN}, {town_en}, van {PLATE_ABROAD}."),
    ("en", "Box hire contract {CUSTOMER_NUMBER_CONTRACT}, deposit back to {IBAN}."),
    # ---- Excel rows, OCR and forwarded e-mails
    ("en", "{NAME_FULL};{ADDRESS_EN};{town_en};{POSTCODE_IE};{PHONE_ABROAD};{EMAIL}"),
    ("en", "{CUSTOMER_NUMBER_MEMBER};{NAME_SURNAME};{DOB_EN};{CARD}"),
    ("en", "RETURN FORM Narne: {NAME_OCR} Address: {ADDRESS} Postcode: {POSTCODE} Phone: {PHONE}"),
    ("en", "> > > From: {NAME_FULL} <{EMAIL}>\n> > > Sent: {date}\n> > > Subject: FW: FW: boxes"),
    ("en", "---------- Forwarded message ---------\nFrom: {EMAIL}\n> Cheers, {NAME_FIRST}\n> > mob {PHONE_ABROAD}"),
    # ---- dictated e-mail and spoken numbers
    ("en", "My email is {EMAIL_SPOKEN}, that's all lowercase."),
    ("en", "My number is {PHONE_SPOKEN}, say it back to me please."),
    ("en", "Voicemail: yeah, uh, it's about the tent, {NAME_FIRST} speaking, {PHONE_VOICE}, bye."),
    ("en", "The car is registered {PLATE}, owner {NAME_FULL}, policy {CUSTOMER_NUMBER_POLICY}."),
]
