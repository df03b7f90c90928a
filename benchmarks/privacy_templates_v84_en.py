"""English templates of test_v84, many from Kenyan and Australian customers."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- ambulance invoices
    ("en", "Groove ticket #{count}{count} | From: {NAME_FULL} <{EMAIL}> | Subject: ambulance invoice | Pending"),
    ("en", "I got an ambulance bill for {amount} after my holiday fall. I'm {NAME_FULL}, born {DOB_EN}, BSN {BSN}."),
    ("en", "Please send the ambulance invoice to my insurer, policy number {CUSTOMER_NUMBER_POLICY}, {NAME_INITIALS}."),
    ("en", "Field 1 name: {NAME_CAPS} / field 2 DOB: {DOB_EN} / field 3 phone: {PHONE_AU}"),
    # ---- relay calls
    ("en", "[interpreter]: she says her name is {NAME_FULL} and her number is {PHONE_GROUPS}."),
    ("en", "[tolk]: caller gives his date of birth as {DOB_EN} and lives at {ADDRESS}, {POSTCODE}."),
    ("en", "[interpreter]: he spells the customer number {CUSTOMER_NUMBER_CUSTOMER} and the email {EMAIL}."),
    ("en", "Relay call {time}: deaf customer {NAME_DOUBLE}, text back on {PHONE}."),
    # ---- IVF clinic billing
    ("en", "IVF invoice for patient {NAME_FULL}, patient no. {CUSTOMER_NUMBER_PATIENT}, date of birth {DOB_EN}."),
    ("en", "My partner {NAME_FIRST} paid the egg retrieval with card {CARD}; please refund to {IBAN}."),
    (
        "en",
        "Dear clinic,\nPlease find the receipt attached.\nKind regards,\n"
        "BEGIN:VCARD\nFN:{NAME_FULL}\nTEL:{PHONE_KE}\nEMAIL:{EMAIL}\nEND:VCARD",
    ),
    ("en", "Health insurer member number {CUSTOMER_NUMBER_MEMBER}, insured {NAME_LOWER}, BSN {BSN}."),
    # ---- holiday apartments in Spain
    ("en", "Booking for the flat in {city}: guest {NAME_FULL}, Spanish mobile {PHONE_ABROAD}, arriving {date_en}."),
    ("en", "Deposit of {amount} paid to the owner's account {IBAN_ES}; guest {NAME_SURNAME}."),
    ("en", "The apartment is at {ADDRESS_ES}, {POSTCODE_ES} {city}; ask for {NAME_FIRST} at reception."),
    ("en", "Hire car parked at the complex: {PLATE_ABROAD}, booked under {NAME_FULL}."),
    ("en", "Signal group 'Marbella crew' | {NAME_NICK}: mate I sent my share from {IBAN}, all good?"),
    # ---- school trips
    ("en", "School trip payment for {NAME_FIRST} {NAME_SURNAME} (born {DOB_EN}) still outstanding, parent {PHONE}."),
    ("en", "export: pupil={NAME_FULL}&dob={DOB_EN}&parent_phone={PHONE_KE}&amount={amount}"),
    ("en", "Emergency contact for the camp: {NAME_FULL}, {PHONE_AU}, lives at {ADDRESS_EN}, {town} {POSTCODE_AU}."),
    # ---- tyre storage
    ("en", "Tyre hotel: summer set for {PLATE} is in {code}, owner {NAME_FULL}."),
    ("en", "export: plate={PLATE}&name={NAME_LOWER}&phone={PHONE}&postcode={POSTCODE}"),
    ("en", "Storage contract {CUSTOMER_NUMBER_CONTRACT} is in the name of {NAME_INITIALS}, {ADDRESS}."),
    # ---- satellite TV
    ("en", "Subscriber number {CUSTOMER_NUMBER_SUBSCRIBER}, account holder {NAME_FULL}, direct debit from {IBAN_NL}."),
    ("en", "MY DISH IS NOT WORKING. NAME {NAME_CAPS}, EMAIL {EMAIL_CAPS}, ADDRESS {ADDRESS_CAPS}"),
    ("en", "Hi, I'm {NAME_FIRST} from Mombasa, my subscriber no is {CUSTOMER_NUMBER_SUBSCRIBER}, call {PHONE_KE}."),
    ("en", "G'day, the satellite's dropped out again at {ADDRESS_EN}, {POSTCODE_AU}. Cheers, {NAME_FULL}"),
    # ---- orthodontist payment plans
    ("en", "Braces payment plan for {NAME_FIRST}: {count} instalments of {amount} from {IBAN}."),
    ("en", "Patient {NAME_FULL}, DOB {DOB_EN}, parent {NAME_FULL}, member number {CUSTOMER_NUMBER_MEMBER}."),
    ("en", "Field 7 account holder: {NAME_CAPS} / field 8 IBAN: {IBAN_NL} / field 9 BSN: {BSN}"),
    # ---- rowing boat rentals
    ("en", "Rowing boat hired by {NAME_FULL}, deposit {amount} on card {CARD}, mobile {PHONE_AU}."),
    ("en", "Signal group 'Sunday rowers' | {NAME_NICK}: I can't make it, ring me on {PHONE_KE}"),
    ("en", "The car {PLATE} blocking the jetty belongs to {NAME_SURNAME}, we called {PHONE}."),
    # ---- second-hand pianos
    ("en", "Piano sold to {NAME_FULL}, delivery to {ADDRESS}, {POSTCODE} {city}, third floor, no lift."),
    ("en", "Sale agreement {CUSTOMER_NUMBER_CONTRACT}: seller {NAME_FULL}, born {DOB_EN}, paid to {IBAN}."),
    ("en", "Still keen on the {product}? It's {NAME_FIRST}, reach me on {PHONE_ABROAD} or {EMAIL}."),
    # ---- channels without one frame
    ("en", "Transcript: 'my number is {PHONE_GROUPS}, and the postcode is {POSTCODE}'"),
    ("en", "Transcript: 'my BSN is {BSN_GROUPS}', caller {NAME_FULL}."),
    ("en", "Transcript: 'email is {EMAIL_SPOKEN}', confirmed by agent."),
    ("en", "Hi, this is {NAME_FULL} from Nairobi, I stay at {ADDRESS_EN}, phone {PHONE_KE}, born {DOB_EN}."),
    ("en", "PLEASE REFUND TO {IBAN}. I AM {NAME_CAPS}, CUSTOMER {CUSTOMER_NUMBER_CUSTOMER}"),
    ("en", "Form typed up: 1. Name {NAME_FULL} 2. Address {ADDRESS} 3. Postcode {POSTCODE} 4. Plate {PLATE}"),
    ("en", "Groove ticket | {NAME_LOWER} | {PHONE_AU} | customer no. {CUSTOMER_NUMBER_CUSTOMER} | awaiting reply"),
    ("en", "No worries, just pop the refund on card {CARD}. Ta, {NAME_FIRST} {NAME_SURNAME}"),
    ("en", "New address from {date_en}: {ADDRESS}, {POSTCODE} {town}, policy {CUSTOMER_NUMBER_POLICY}."),
    ("en", "Handed over by {bot}: customer {NAME_FULL}, DOB {DOB}, plate {PLATE}."),
]
