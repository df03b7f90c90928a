"""English templates of test_v78, many from Filipino and Singaporean customers: notaries, estates, medical aids,
CBR declarations, car washes, ink and streaming subscriptions, office cleaning, ski trips and toll badges, in Zoho
Desk exports, iMessage and LINE chats, OneNote pages, Google Docs comments, Mastodon posts, CSV rows and signatures
in capitals."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- notaries and estates
    ("en", "Zoho Desk #{count}{count} | Contact: {NAME_FULL} | Email: {EMAIL} | Subject: transfer deed signing"),
    ("en", "Buyer {NAME_FULL}, born {DOB_EN}, currently residing at {ADDRESS_EN}, Singapore {POSTCODE_SG}."),
    ("en", "Hi po, I'm {NAME_FULL}, my Dutch BSN is {BSN}, can the notary send the draft deed to {EMAIL}?"),
    ("en", "The surplus from the sale should go to {IBAN}, account holder {NAME_INITIALS}."),
    ("en", "My late father {NAME_FULL} passed away on {date_en}; his customer number was {CUSTOMER_NUMBER_CUSTOMER}."),
    ("en", "As executor of the estate I ask you to close account {IBAN_NL}. Kind regards, {NAME_CAPS}"),
    ("en", "iMessage: Tita {NAME_FIRST} has the death certificate, call her on {PHONE_EN} lah"),
    ("en", "Comment by {NAME_FULL}: certificate of inheritance still missing\nAssigned to {NAME_LOWER}"),
    (
        "en",
        "OneNote – Estates team – {NAME_SURNAME} file: {ADDRESS}, {POSTCODE}, policy {CUSTOMER_NUMBER_POLICY}.",
    ),
    # ---- medical aids
    ("en", "Wheelchair rental contract {CUSTOMER_NUMBER_CONTRACT} for {NAME_FULL}, delivery to {ADDRESS}, {POSTCODE}."),
    ("en", "Please collect the walker from my mum {NAME_FULL} at {ADDRESS_EN}, ring {PHONE_EN} first."),
    ("en", "The rental of {amount} a month is charged to card {CARD}, cardholder {NAME_FULL}."),
    ("en", "Health insurance member number {CUSTOMER_NUMBER_MEMBER}, patient {NAME_INITIALS}, DOB {DOB_EN}."),
    # ---- CBR medical declarations
    ("en", "I submitted my Eigen Verklaring but nothing shows up. BSN {BSN_SPOKEN}, name {NAME_FULL}."),
    ("en", "Medical check for my licence: {NAME_FULL}, date of birth {DOB_EN}, BSN {BSN}."),
    ("en", "The eye doctor cleared {NAME_FIRST} to drive again, car {PLATE} can go back on the road."),
    ("en", "Paid the CBR fee of {amount} with {CARD}, but no confirmation came to {EMAIL}."),
    # ---- car wash, ink and streaming
    ("en", "My car wash subscription {CUSTOMER_NUMBER_SUBSCRIPTION} is linked to plate {PLATE}, not my new car."),
    ("en", "Please change the plate on my wash plan from {PLATE} to {PLATE}. Thanks! {NAME_FIRST}"),
    (
        "en",
        "Ink cartridges never arrived at {ADDRESS}, {POSTCODE} {city}. Subscription {CUSTOMER_NUMBER_SUBSCRIPTION}.",
    ),
    ("en", "Refund for the double charge please to {IBAN}, name on the account {NAME_CAPS}."),
    ("en", "Someone in Manila is using my streaming account {EMAIL}, I'm {NAME_FULL}, please log everyone out."),
    (
        "en",
        "Toot from {NAME_HANDLE}: cancelled after {count} price hikes, cust. no. {CUSTOMER_NUMBER_CUSTOMER}",
    ),
    ("en", "@{bot} why was I charged twice this month? {NAME_HANDLE}"),
    ("en", "LINE: hello, my account is under {EMAIL_SPOKEN}, born {DOB_EN}, can you reset my PIN?"),
    # ---- office cleaning
    ("en", "Cleaning contract {CUSTOMER_NUMBER_CONTRACT}, site contact {NAME_FULL}, mobile {PHONE}."),
    ("en", "New cleaner {NAME_FULL}, born {DOB_EN}, BSN {BSN}, salary to {IBAN_NL}, lives at {ADDRESS}."),
    ("en", "Google Docs comment: who has the alarm code for the 3rd floor?\nAssigned to {EMAIL}"),
    ("en", "BEST REGARDS,\n{NAME_CAPS}\nOFFICE MANAGER\nM: {PHONE_EN}"),
    ("en", "{NAME_LOWER},{PHONE_EN},{ADDRESS_EN},{POSTCODE_SG},cleaner,night shift"),
    # ---- ski rental and winter sports
    ("en", "Ski rental for {NAME_COUPLE}, arriving {date_en} in {town}, deposit on card {CARD}."),
    ("en", "Booking {ref}: lead traveller {NAME_FULL}, mobile {PHONE_ABROAD}, email {EMAIL}."),
    ("en", "Travel insurance policy {CUSTOMER_NUMBER_POLICY}, insured {NAME_FULL}, home postcode {POSTCODE}."),
    ("en", "Please send the ski passes to our chalet at {POSTCODE_ABROAD} {town}, attention {NAME_FULL}."),
    ("en", "iMessage: landed in Innsbruck! my Austrian SIM is {PHONE_ABROAD} btw — {NAME_FIRST}"),
    # ---- toll badges and vignettes
    ("en", "Toll badge for plates {PLATE} and {PLATE_ABROAD}, account holder {NAME_FULL}."),
    ("en", "I bought a digital vignette for {PLATE} but still got a fine. {NAME_FULL}, {PHONE}"),
    ("en", "Toll invoice will be debited from {IBAN}, contract {CUSTOMER_NUMBER_CONTRACT}, sent to {EMAIL}."),
    ("en", "Vignette order: {NAME_CAPS};{ADDRESS};{POSTCODE};{PLATE};{DOB_EN}"),
    ("en", "Caller gave her number as {PHONE_SPOKEN}, name {NAME_SURNAME}, car {PLATE}."),
    ("en", "Good day! This is {NAME_FULL} from {city}, my address in NL is {ADDRESS}, {POSTCODE}. Salamat po!"),
    ("en", "Member {CUSTOMER_NUMBER_MEMBER}: {NAME_FULL} (born {DOB_EN}) wants to add a second badge."),
    ("en", "Hi, {NAME_FIRST} here from Tampines, my HP is {PHONE_EN}, pls WhatsApp me about the wheelchair."),
    ("en", "Billing address {ADDRESS_EN}, Singapore {POSTCODE_SG}; card {CARD}; name {NAME_FULL}."),
    ("en", "Kindly update my DOB to {DOB_EN} and my mobile to {PHONE}, thank you. {NAME_INITIALS}"),
]
