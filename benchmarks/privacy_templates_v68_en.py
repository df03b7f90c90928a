"""English templates of test_v68, many from South African and Irish customers: public reviews with reply threads,
meeting transcripts, scanned invoices, WeChat chats, voice-mails, CSV exports, parcel labels and wrap-up notes."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- pet food and pet shops
    ("en", "Trustpilot ★☆☆☆☆ by {NAME_NICK}: my dog food subscription {CUSTOMER_NUMBER_SUBSCRIPTION} keeps skipping."),
    ("en", "Reply from {firm}: So sorry, {NAME_FIRST}! Could you confirm the delivery address, {ADDRESS}?"),
    ("en", "Reviewer replied: Ja, it's {ADDRESS_EN}, {POSTCODE_EN}, {town_en}. Still nothing. {NAME_FULL}"),
    (
        "en",
        "Please take the pet insurance premium from {IBAN}, account holder {NAME_FULL}, "
        "policy {CUSTOMER_NUMBER_POLICY}.",
    ),
    ("en", "The vet said {pet} needs the renal diet; ring me on {PHONE_EN}. Thanks a million, {NAME_FIRST}"),
    # ---- camping and caravans
    ("en", "Booking {refno}: {NAME_FULL}, pitch 47, motorhome reg {PLATE_ABROAD}, arriving {weekday_en}."),
    ("en", "Howzit, we're {NAME_PAIR} from {town_en}, our caravan is {PLATE}, can we extend by {count} nights?"),
    ("en", "Guest register: {NAME_CAPS}, born {DOB_EN}, passport address {ADDRESS_EN}, {POSTCODE_EN}."),
    ("en", "Wrap-up: gst {NAME_SURNAME} cld re awning, CB {time} on {PHONE_ABROAD}, booking ref {refno}, resolved."),
    ("en", "Seasonal pitch contract {CUSTOMER_NUMBER_CONTRACT} in the name of {NAME_FULL}; paid by card {CARD}."),
    # ---- tax advisers
    ("en", "Zoom transcript [{stamp}] Adviser: And your BSN? [{stamp}] {NAME_FULL}: It's {BSN}."),
    ("en", "[{stamp}] {NAME_FIRST}: I moved from Cape Town on {date_en}; my date of birth is {DOB_EN}."),
    ("en", "Tax return for {NAME_INITIALS}, client ref {CUSTOMER_NUMBER_CLIENT}, refund to {IBAN_NL}."),
    ("en", "Expat ruling application: {NAME_FULL}, BSN {BSN}, email {EMAIL}, Dutch mobile {PHONE}."),
    ("en", "Voice log: client read her BSN as '{BSN_SPOKEN}', please don't keep the recording."),
    # ---- glasses and contact lenses
    ("en", "Order for {product} for {NAME_FULL}, ship to {ADDRESS}, {POSTCODE} {city}."),
    ("en", "Lens subscription {CUSTOMER_NUMBER_SUBSCRIPTION}: card {CARD} was declined, customer {NAME_LOWER}."),
    ("en", "Trustpilot ★★★★★ {NAME_NICK}: grand service, lads. Reply from {firm}: Thanks {NAME_FIRST}!"),
    ("en", "Eye test booked for {NAME_FULL}, DOB {DOB_EN}, member number {CUSTOMER_NUMBER_MEMBER}."),
    # ---- kitchens and bathrooms
    ("en", "Teams transcript [{stamp}] {NAME_FULL}: The fitter can reach me on {PHONE_EN}. [{stamp}] Sales: Noted."),
    ("en", "Quote {refno} for the new kitchen at {ADDRESS}, {POSTCODE} {town}, client {NAME_PAIR}."),
    ("en", "Scanned invoice (OCR): Bill to  {NAME_CAPS}\n{ADDRESS_EN}\n{POSTCODE_EN}\nAmount due  {amount}"),
    ("en", "Deposit received from {IBAN}, customer no. {CUSTOMER_NUMBER_CUSTOMER}, bathroom fitting on {date_en}."),
    # ---- bicycles and e-bike batteries
    ("en", "Repair ticket {refno}: e-bike battery of {NAME_FULL} tested, call back on {PHONE}."),
    ("en", "Lease bike contract {CUSTOMER_NUMBER_CONTRACT}, employee {NAME_FULL}, home {ADDRESS}."),
    ("en", "Bike insurance policy {CUSTOMER_NUMBER_POLICY}: theft reported by {NAME_SURNAME} near {place}."),
    ("en", "My number is {PHONE_SPOKEN}, text me when the battery is back, cheers."),
    # ---- festivals
    ("en", "Personalised ticket: {NAME_FULL}, date of birth {DOB_EN}, email {EMAIL}."),
    ("en", "Refund after the cancellation to {IBAN}, ticket holder {NAME_FULL}."),
    ("en", "Please send the wristband to {NAME_FULL}, {ADDRESS_BE}, {POSTCODE_BE} {town}."),
    ("en", "Car park pass for reg {PLATE}, driver {NAME_FIRST}, festival camping {count} nights."),
    # ---- alarm buttons and home care tech
    (
        "en",
        "Alarm call at {time}: {NAME_FULL}, {ADDRESS}, pendant pressed; daughter {NAME_FIRST} rang on {PHONE_ABROAD}.",
    ),
    ("en", "FORM IN CAPITALS: NAME {NAME_CAPS} / DATE OF BIRTH {DOB} / EMAIL {EMAIL_CAPS}"),
    ("en", "My mam {NAME_FULL} is {count} and lives alone at {ADDRESS_EN}, {town_en}; her BSN here was {BSN}."),
    # ---- party rental
    ("en", 'CSV export;"{NAME_FULL}";"{EMAIL}";"{PHONE_EN}";"{product}"'),
    ("en", "Deposit for the marquee: {amount} on card {CARD}, hirer {NAME_INITIALS}."),
    ("en", "Deliver the {product} to {NAME_FULL} at {ADDRESS}, {POSTCODE}, on {weekday_en}; van {PLATE}."),
    # ---- cemetery and cremation
    ("en", "Grave rights {CUSTOMER_NUMBER_CONTRACT}: holder {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_EN}, {PHONE_EN}."),
    ("en", "The deceased, {NAME_FULL}, born {DOB_EN}, BSN {BSN}; cremation on {date_en} at {time}."),
    ("en", "Please email the ashes release form to {EMAIL_SPOKEN}, that's for {NAME_FULL}."),
    # ---- WeChat and voice-mails
    ("en", "WeChat | {NAME_CHINESE}: hello, my order for the restaurant, phone {PHONE_ABROAD}, thanks"),
    ("en", "WeChat | {NAME_CHINESE}: my email {EMAIL} please send invoice, customer {CUSTOMER_NUMBER_CUSTOMER}"),
    ("en", "Voicemail: Hiya, it's {NAME_FULL}, I'm on {PHONE_EN}, it's about the burial plot, ring me back."),
    ("en", "Parcel label: {NAME_FULL}\n{ADDRESS_EN}\n{town_en}\n{POSTCODE_EN}"),
    ("en", "Wrap-up: cust {NAME_LOWER}, addr chg to {ADDRESS}, {POSTCODE}, sub {CUSTOMER_NUMBER_SUBSCRIPTION}, done."),
]
