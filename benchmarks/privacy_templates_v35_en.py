"""English `test_v35` templates with personal data: international students, expat tenants, lease riders,
wedding couples and cooperative members writing in English."""

from __future__ import annotations

TEST_V35_EN: list[str] = [
    # housing repairs
    "Salesforce case comment: tenant {NAME_EN} (tenant no. {CUSTOMER_NUMBER_TENANT}) reports {repair_en} at "
    "{ADDRESS}, {POSTCODE}. Contractor {contractor} booked for {weekday}.",
    "Hi, this is {NAME_FULL}, my tenant number is {CUSTOMER_NUMBER_TENANT} and you can reach me on {PHONE}.",
    "Key handover on {date}: outgoing tenant {NAME_INITIALS}, incoming tenant {NAME_EN}, flat at {ADDRESS}.",
    "> On {date}, {NAME_EN} <{EMAIL}> wrote:\n> There is still {repair_en} in my flat.\n\nDear {NAME_FIRST}, "
    "{contractor} will come on {weekday}. Kind regards, {NAME_FULL}, {corp} | {company_phone}",
    "My landlord is a private person, {NAME_FULL}, and his number is {PHONE}; he never answers.",
    "[00:01:12] Caller: uhm yes, hi, so it's {NAME_LOWER}, eh, I live at {ADDRESS}, postcode {POSTCODE}.",
    "[00:03:40] Caller: the number is, eh, {PHONE_SPOKEN}, and my date of birth is {DOB_WORDS}.",
    # student housing and admissions
    "Admissions {university}: applicant {NAME_EN}, student number {CUSTOMER_NUMBER_STUDENT}, born {DOB}, "
    "nationality British.",
    "My guarantor is my uncle {NAME_EN} in Manchester, {ADDRESS_EN}, phone {PHONE_UK}.",
    "Guarantor abroad: {NAME_SR}, {ADDRESS_SR}, Paramaribo, tel {PHONE_SR}, e-mail {EMAIL}.",
    "I need to register at the municipality; my BSN is {BSN} and my new address is {ADDRESS}, {POSTCODE} {city}.",
    "Student {CUSTOMER_NUMBER_STUDENT} ({NAME_REGISTER}) paid the deposit of {amount} with card {CARD}.",
    "HubSpot ticket {ticket} | Contact: {NAME_EN} | Email: {EMAIL} | DOB: {DOB} | Stage: Waiting on guarantor",
    "student_id,name,date_of_birth,iban\n{CUSTOMER_NUMBER_STUDENT},{NAME_FULL},{DOB},{IBAN}",
    "Can you refund the deposit to my Belgian account {IBAN_BE}? Thanks, {NAME_BE}",
    "My email is {EMAIL_SPOKEN}, and my student number is {CUSTOMER_NUMBER_STUDENT}.",
    # vet clinic
    "Google review ★★★★★ {NAME_EN}: {pet} the {petkind} was treated so well!\nOwner reply: Thank you "
    "{NAME_FIRST}, give {pet} a cuddle from us.",
    "Owner {NAME_FULL}, client number {CUSTOMER_NUMBER}, brought in {pet} (chip {chip}); please call her on {PHONE}.",
    "The bill for {pet} was paid by {NAME_EN} with {CARD}, invoice {invoice}.",
    "Facebook Messenger\n{NAME_FULL}: is {pet} ready to be picked up? I'm parked outside, {PLATE}.",
    "Reminder for {pet}'s booster goes to {EMAIL}; owner {NAME_EN}, {ADDRESS_EN}.",
    # bicycle lease
    "Lease contract {CUSTOMER_NUMBER_LEASE} for {NAME_EN} at {employer}: {bike}, frame {frame}.",
    "Theft report filed with {police}: {bike} (frame {frame}) stolen from {NAME_FULL}, contract "
    "{CUSTOMER_NUMBER_LEASE}, phone {PHONE}.",
    "A witness saw a van, plate {PLATE}, and a second car with a Belgian plate {PLATE_BE}.",
    "For payroll at {employer} we need the BSN of {NAME_FULL}: {BSN}.",
    "Please deduct the excess of {amount} from {IBAN} (account holder {NAME_REGISTER}).",
    # wedding venue
    "Booking at {venue}: couple {NAME_EN} and {NAME_FULL}, wedding on {date}, deposit {amount} to be paid by card "
    "{CARD}.",
    "Guest dietary list: {NAME_EN} – {diet}; {NAME_FIRST} (child) – {diet}; {NAME_CW} – {diet}.",
    "For the registrar we need both dates of birth: {DOB} and {DOB_WORDS}.",
    "Parking for guests: {PLATE} ({NAME_EN}), {PLATE_DE}, and {PLATE_BE} from the Belgian side of the family.",
    "The bride's mother, {NAME_CW}, will call from Curaçao on {PHONE_CW} about the menu from {caterer}.",
    "Our wedding planner {NAME_FULL} can be reached at {EMAIL} or {PHONE}.",
    # energy cooperative
    "New member of {coop}: {NAME_EN}, member number {CUSTOMER_NUMBER_MEMBER}, {count} solar shares, "
    "{ADDRESS}, {POSTCODE}.",
    "Meter reading {kwh} submitted by member {CUSTOMER_NUMBER_MEMBER} ({NAME_FULL}) on {date}.",
    "Dividend of {amount} goes to {IBAN}, account holder {NAME_INITIALS}.",
    "Member {NAME_BE} moved to {ADDRESS_BE}; new phone {PHONE_BE}, date of birth {DOB}.",
    "My postcode is {POSTCODE}, not the one on the share certificate.",
    "Signal group export\n[{date} 19:02] {NAME_FIRST}: who drives to the AGM?\n[{date} 19:05] {NAME_FULL}: "
    "me, blue Tesla {PLATE}, room for three",
]
