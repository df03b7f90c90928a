"""English templates of test_v59: mails from abroad, booking confirmations, call notes by Dutch agents."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    (
        "en",
        "Dear Sir or Madam,\n\nPlease refund the deposit.\n\nKind "
        "regards,\n{NAME_FULL}\n{ADDRESS_ABROAD}\nMobile: {PHONE_INTL}",
    ),
    (
        "en",
        "Booking reference: {CUSTOMER_NUMBER_BOOKING} | Lead passenger: {NAME_PASSPORT} "
        "| Address: {ADDRESS}, {POSTCODE} {town}",
    ),
    ("en", "Lead passenger {NAME_FULL}, date of birth {DOB_EN}, email {EMAIL}, phone {PHONE_INTL}."),
    ("en", "Call note: customer {NAME_FULL} stranded near {city}, car {PLATE}, member no. {CUSTOMER_NUMBER_MEMBER}."),
    ("en", "Call note: caller spelled her email as {EMAIL_SPOKEN}; she wants the ferry ticket resent."),
    ("en", "Caller gave his mobile as {PHONE_SPOKEN} and will wait at the service area."),
    ("en", "Hi, this is {NAME_FIRST} from Toronto. Our hire car ({PLATE_ABROAD}) was towed, please call {PHONE_INTL}."),
    ("en", "Travellers\nName | Date of birth\n{NAME_FULL} | {DOB_EN}\n{NAME_FULL} | {DOB_EN}"),
    ("en", "Please transfer the refund of {amount} to IBAN {IBAN}, account holder {NAME_FULL}."),
    ("en", "Card used for the booking: {CARD} (expiry 09/27). Please do not charge it again."),
    ("en", "For the visa appointment the embassy needs my BSN, which is {BSN}, and my Dutch address {ADDRESS}."),
    ("en", "name,dob,email,phone\n{NAME_LOWER},{DOB},{EMAIL},{PHONE}"),
    ("en", "Our new address in the Netherlands is {ADDRESS}, {POSTCODE} {town}; the movers have it wrong."),
    ("en", "Policy holder: {NAME_INITIALS}, policy {CUSTOMER_NUMBER_POLICY}, vehicle {PLATE}."),
    ("en", "Pet passport holder {NAME_FULL}; the dog flies KLM cargo on {date_en}. Contact: {EMAIL_HIDDEN}"),
    ("en", "G'day, it's {NAME_FULL} from Brisbane — the campsite charged my card {CARD} twice."),
    ("en", "My wife {NAME_FIRST} and I ({NAME_FULL}) were born on {DOB_EN} and {DOB_EN} respectively."),
    ("en", "Translation request: diploma of {NAME_PASSPORT}, born {DOB}, please send the quote to {EMAIL}."),
    ("en", "Customer confirmed postcode {POSTCODE_SPOKEN} and birth date {DOB} before we changed the booking."),
    (
        "en",
        "Please update my bank details to {IBAN_NL} for the ski school refund. "
        "Customer number {CUSTOMER_NUMBER_BOOKING}.",
    ),
    ("en", "Removal quote for {NAME_PAIR}, from {ADDRESS_ABROAD} to Leeuwarden, 40 m³."),
    ("en", "Her citizen service number is {BSN_SPOKEN}, she read it off her residence card."),
    ("en", "Agent spoke with Mr {NAME_SURNAME} in Seoul; callback number {PHONE_INTL}, time difference 7 hours."),
    ("en", "Salam, my name is {NAME_FULL}, I booked the Stena Line crossing, my Dutch number is {PHONE}."),
    ("en", "Hire car collected by {NAME_FULL}, driving licence checked, plate on return {PLATE}."),
]
