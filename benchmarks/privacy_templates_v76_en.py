"""English templates of test_v76, many from Ghanaian and Kenyan customers: water boards and taxes, scooters,
allotments, foster care, yacht charters, tutoring, blood donation, physiotherapy, glass and couriers, in Forms
exports, Trello comments, quoted chats, shorthand notes, letters, Telegram, Google Chat and NATO-spelled transcripts."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- water boards and municipal taxes
    (
        "en",
        "Your ref: debtor no. {CUSTOMER_NUMBER_CUSTOMER}\nOur ref: {ours}\nDate: {date_en}\n\nDear Sir/Madam, I "
        "object to the water board levy for {ADDRESS}, {POSTCODE}. Yours faithfully, {NAME_FULL}",
    ),
    ("en", "Please I am {NAME_FULL}, I just moved to {ADDRESS} and the municipality is charging me twice."),
    ("en", "Kindly assist, my BSN is {BSN} and I want to apply for remission of the waste levy. {NAME_FIRST}"),
    ("en", "The water board levy should be debited from {IBAN}, account holder {NAME_INITIALS}."),
    # ---- scooter and moped insurance
    ("en", "My scooter, plate {PLATE_MOPED}, was stolen at the station; policy {CUSTOMER_NUMBER_POLICY}, {NAME_FULL}."),
    (
        "en",
        "> hello my name is {NAME_FULL} and my moped insurance was charged twice\nAgent: Thanks, I can see "
        "policy {CUSTOMER_NUMBER_POLICY}.",
    ),
    ("en", "Scooter insurance quote for {NAME_FULL}, date of birth {DOB_EN}, moped plate {PLATE_MOPED}."),
    ("en", "Telegram | {NAME_NICK}: somebody hit my scooter, their car was {PLATE}, call me {PHONE_EN}"),
    # ---- allotment gardens
    ("en", "Microsoft Forms export;ID {count};{date_en};{EMAIL};{NAME_FULL};plot {count};'happy to share a shed'"),
    ("en", "Waiting list allotment: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, member no. {CUSTOMER_NUMBER_MEMBER}."),
    (
        "en",
        "Trello | card 'Plot {count}' | comment: tenant {NAME_SURNAME} reached on {PHONE}, will clear by {date_en}.",
    ),
    # ---- foster care agencies
    ("en", "Foster placement file {CUSTOMER_NUMBER_CONTRACT}: child {NAME_FIRST}, born {DOB_EN}, BSN {BSN}."),
    ("en", "I am the foster mother, {NAME_FULL}, you can reach me on {PHONE_EN} or at {EMAIL}."),
    (
        "en",
        "Google Chat · Foster Team\n{NAME_FULL}, {time}: birth father called from {PHONE_ABROAD} asking for a visit",
    ),
    ("en", "Foster allowance to be paid into {IBAN}, foster parents {NAME_FULL} and {NAME_FULL}."),
    # ---- yacht charters
    ("en", "Charter agreement {CUSTOMER_NUMBER_CONTRACT}, skipper {NAME_FULL}, born {DOB_EN}, yacht {product}."),
    ("en", "The deposit of {amount} was blocked on card {CARD}; please release it, we returned the boat on {date_en}."),
    ("en", "Telegram | {NAME_NICK}: we are stuck near {place}, engine won't start, call {PHONE_ABROAD}"),
    ("en", "Crew list: {NAME_FULL} ({DOB_EN}), {NAME_FULL} ({DOB_EN}); emergency contact {PHONE_EN}."),
    # ---- private tutoring agencies
    ("en", "My daughter {NAME_FIRST} was born on {DOB_EN} and needs maths tutoring, please call me on {PHONE}."),
    (
        "en",
        "Microsoft Forms export: Student name={NAME_FULL}; Year=4; Parent phone={PHONE_EN}; Postcode={POSTCODE}; "
        "Subject=English",
    ),
    ("en", "Tutoring invoice {ref}, customer number {CUSTOMER_NUMBER_CUSTOMER}, paid with card {CARD}."),
    ("en", "The tutor should come to {ADDRESS} on {weekday_en}, ask for {NAME_FIRST}."),
    # ---- blood donation appointments
    (
        "en",
        "Your blood donation appointment: {weekday_en} {time}, donor number {CUSTOMER_NUMBER_MEMBER}, {NAME_INITIALS}.",
    ),
    (
        "en",
        "> my donor number is {CUSTOMER_NUMBER_MEMBER}, can I move to {weekday_en}?\n{bot}: Done, see you at {time}.",
    ),
    ("en", "New donor {NAME_FULL}, DOB {DOB_EN}, lives at {ADDRESS}, {POSTCODE} {city}, mobile {PHONE}."),
    # ---- sports injury physiotherapy
    ("en", "Referral for sports physio: {NAME_FULL}, born {DOB_EN}, BSN {BSN}, torn ligament after football."),
    ("en", "phone note {NAME_LOWER} knee swollen again after match wants earlier slot ring back {PHONE_EN}"),
    ("en", "Hi, it's {NAME_FIRST}, my hamstring is bad again, call me on {PHONE_SPOKEN} please."),
    ("en", "The physio claim under policy {CUSTOMER_NUMBER_POLICY} was refused, my email is {EMAIL_SPOKEN}."),
    # ---- glass and window replacement
    ("en", "Windscreen of my car {PLATE} cracked, please send someone to {ADDRESS}, {POSTCODE}. {NAME_FULL}"),
    ("en", "Quote {ref} for double glazing for {NAME_INITIALS}; deposit of {amount} to be paid from {IBAN}."),
    ("en", "I paid for the new window with card {CARD} and nobody came. Kindly refund me. {NAME_FULL}"),
    # ---- bike couriers
    ("en", "Google Chat · Couriers {city}\n{NAME_FULL}, {time}: customer at {ADDRESS} not home, rang {PHONE}"),
    ("en", "Courier payout for {NAME_FULL}, IBAN {IBAN}, BSN {BSN}, contract {CUSTOMER_NUMBER_CONTRACT}."),
    ("en", "Telegram | {NAME_NICK}: at the door of {POSTCODE} but nobody is answering"),
    # ---- Ghanaian and Kenyan English
    ("en", "Please my name is {NAME_FULL}, I am in Accra now, my address is {ADDRESS_EN}, call {PHONE_EN}."),
    ("en", "Good afternoon, I am called {NAME_FULL}, my date of birth is {DOB_EN}, kindly update my file."),
    ("en", "Hello, it's {NAME_FIRST} from Nairobi, send the letter to {ADDRESS_EN}, my number is {PHONE_EN}."),
    ("en", "Kindly refund the money to my account {IBAN}, I have been waiting since {date_en}. {NAME_CAPS}"),
    # ---- NATO spelling transcripts
    ("en", "Transcript: caller: my surname is {NAME_SURNAME}, {NAME_SPELLED}, postcode {POSTCODE}."),
    ("en", "Speech-to-text: 'let me spell it, {NAME_SPELLED}', first name {NAME_FIRST}, born {DOB_EN}."),
    ("en", "Transcript {time}: caller gives BSN as {BSN_SPOKEN}, surname {NAME_SURNAME}, {NAME_SPELLED}."),
    ("en", "Transcript: plate {PLATE}, owner {NAME_SURNAME}, spelled {NAME_SPELLED}, email {EMAIL}."),
    ("en", "Customer number {CUSTOMER_NUMBER_CUSTOMER}: new address {ADDRESS}, {POSTCODE} {city}."),
]
