"""English templates of test_v89, many from Scottish and Maltese customers: LiveAgent tickets, Rocket.Chat, IVR
logs, tab-separated exports, phone e-mails, lawyers' letters, temp workers' call notes and spelled-out names."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    (
        "en",
        "LiveAgent ticket #{count}{count} — From: {NAME_FULL} <{EMAIL}> — Subject: cycle tour Danube, wrong bike size",
    ),
    ("en", "Aye, it's {NAME_FIRST} here, we're stuck in Linz wi' a flat tyre, ring me on {PHONE_EN} if ye can."),
    ("en", "Tour participant {NAME_CAPS}, born {DOB_EN}, emergency contact {PHONE_ABROAD}."),
    ("en", "Deposit for the cycle holiday paid from {IBAN}, account name {NAME_INITIALS}."),
    ("en", '"Booking"\t"{NAME_FULL}"\t"{EMAIL}"\t"{PHONE_EN}"\t"{POSTCODE_UK}"\t"Rhine tour"'),
    ("en", "Campervan {PLATE} collected by {NAME_FULL}, licence checked, deposit {amount} held on card {CARD}."),
    ("en", "Sent from my iPhone: hi the camper van reg {PLATE} has a dent on the side sorry, {NAME_FIRST}"),
    (
        "en",
        "Rental agreement {CUSTOMER_NUMBER_CONTRACT}, hirer {NAME_SURNAME}, home address {ADDRESS_EN}, {POSTCODE_UK}.",
    ),
    ("en", "Speeding ticket from Austria for camper {PLATE_ABROAD}; the driver was {NAME_FULL}, DOB {DOB_EN}."),
    ("en", "Hearing test booking for HGV driver {NAME_FULL}, date of birth {DOB_EN}, BSN {BSN}."),
    (
        "en",
        "Call note (temp): Mr {NAME_SURNAME} rang, wants to move his hearing test, call back on {PHONE} after {time}.",
    ),
    ("en", 'IVR log {time}: option 3 | caller says phone number: "{PHONE_SPOKEN}" | transferred'),
    ("en", "The audiogram of {NAME_INITIALS} was sent to the CBR, file {CUSTOMER_NUMBER_CUSTOMER}."),
    ("en", "Cat hotel check-in: owner {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_UK}, mobile {PHONE_EN}."),
    ("en", "Rocket.Chat #bookings — {NAME_NICK}: can my two cats share a suite from {date_en}?"),
    ("en", "Payment for the cat's stay received from {IBAN}, customer {CUSTOMER_NUMBER_CUSTOMER}, {NAME_FULL}."),
    ("en", "Piercing consent form: client {NAME_FULL}, date of birth {DOB_EN}, ID seen."),
    ("en", "My nose piercing is swollen, can you email me back at {EMAIL}? Thanks, {NAME_FIRST}"),
    ("en", '"Client"\t"{NAME_LOWER}"\t"{DOB_EN}"\t"{PHONE_ABROAD}"\t"helix"\t"{amount}"'),
    ("en", "Ski pass for {NAME_FULL}, born {DOB_EN}, youth rate; paid with card {CARD}."),
    ("en", "I lost my ski pass in Sölden, it is registered to {NAME_FULL}, my Austrian number is {PHONE_ABROAD}."),
    ("en", "Refund of the ski pass to {IBAN}, please, I'm {NAME_FULL} from {ADDRESS_EN}, {POSTCODE_UK}."),
    (
        "en",
        "Bookkeeping subscription cancelled by {NAME_FULL}, contract {CUSTOMER_NUMBER_CONTRACT}, effective {date_en}.",
    ),
    (
        "en",
        "Sent from my Galaxy: my customer number is {CUSTOMER_NUMBER_CUSTOMER} and the bank feed stopped, {NAME_LOWER}",
    ),
    ("en", "Rocket.Chat DM from {NAME_NICK}: login broken, my email is {EMAIL}"),
    (
        "en",
        "Lunch subscription for {NAME_FIRST} (born {DOB_EN}), parent {NAME_FULL}, member no. {CUSTOMER_NUMBER_MEMBER}.",
    ),
    ("en", "Direct debit for the lunch plan from {IBAN}, mandate signed by {NAME_FULL}, {ADDRESS}, {POSTCODE}."),
    ("en", "Night call {time}: {NAME_FULL} locked out at {ADDRESS_EN}, {POSTCODE_UK}, call back {PHONE_EN}."),
    (
        "en",
        'IVR emergency line: caller gives address "{ADDRESS}" and postcode "{POSTCODE}" and email "{EMAIL_SPOKEN}".',
    ),
    ("en", "Caller spelled her surname as {NAME_SPELLED}, lives at {ADDRESS_EN}."),
    ("en", "Locksmith paid by card {CARD}, customer {NAME_SURNAME}, policy {CUSTOMER_NUMBER_POLICY}."),
    ("en", "Wedding decor hire: couple {NAME_FULL} and {NAME_FULL}, delivery to {ADDRESS_EN}, {POSTCODE_UK}."),
    ("en", "Please return the decoration deposit to {IBAN}, account holder {NAME_CAPS}."),
    ("en", 'On behalf of my client, {NAME_FULL}, I quote her letter: "I never agreed to the extra arch."'),
    ("en", 'My client wrote: "My policy number is {CUSTOMER_NUMBER_POLICY} and my BSN is {BSN}."'),
    ("en", "Our client {NAME_INITIALS}, born {DOB_EN}, resides at {ADDRESS_EN}, {POSTCODE_UK}."),
    ("en", "Hiya, {NAME_FULL} fae Glasgow, the van {PLATE_ABROAD} broke down near Innsbruck, ring {PHONE_EN}."),
    ("en", "Bongu, I'm {NAME_FULL} from Sliema, my number is {PHONE_EN} and my email {EMAIL}."),
    ("en", "Member card for {NAME_FULL}, number {CUSTOMER_NUMBER_MEMBER}, send to {POSTCODE_UK}."),
    ("en", "The assistant asked for my BSN and I said {BSN_SPOKEN}; my phone is {PHONE_SPOKEN}."),
    ("en", "Please update my postcode to {POSTCODE} and my phone to {PHONE}, kind regards {NAME_FULL}."),
]
