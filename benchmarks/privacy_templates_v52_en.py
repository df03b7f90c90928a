"""English templates of test_v52: expat founders, international staff and sellers writing to Dutch telecom,
payment, marketplace, payroll, temp-agency, travel and lease companies."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    (
        "en",
        "Hi, I run a small takeaway in {city}. The business line is with {telecom}, account {CUSTOMER_NUMBER_TELECOM}, "
        "but please call me on my mobile {PHONE}. Thanks, {NAME_FULL}",
    ),
    ("en", "Dispute {ref}: the cardholder claims {reason}. Merchant account {CUSTOMER_NUMBER_PSP}, owner {NAME_FULL}."),
    (
        "en",
        "Payouts from {psp} should go to {IBAN_EU} from now on. Account holder: {NAME_FULL}, date of birth {DOB}.",
    ),
    ("en", "The customer read out the card number, {CARD_SPOKEN}, and the agent typed it into the {terminal}. Not OK."),
    (
        "en",
        "Seller ID {CUSTOMER_NUMBER_SELLER} on {market} was suspended. I am the sole owner, {NAME_FULL}, "
        "registered at {ADDRESS}, {POSTCODE} {city}.",
    ),
    ("en", "My BSN is {BSN} and I was born on {DOB_WORDS}; the payroll in {payroll} shows a different date."),
    (
        "en",
        "Payslip {period}\nEmployee  {NAME_UPPER}    No. {CUSTOMER_NUMBER_EMPLOYEE}\nBSN {BSN}\nNet pay  {amount}"
        "  paid to {IBAN}",
    ),
    (
        "en",
        "Sick leave reported to {arbo} for {NAME_FULL}, employee number {CUSTOMER_NUMBER_EMPLOYEE}, from {date}.",
    ),
    (
        "en",
        "Application via {agency}: {NAME_FULL}, {EMAIL}, {PHONE_INTL}, candidate {CUSTOMER_NUMBER_CANDIDATE}.",
    ),
    ("en", "Hi {NAME_FIRST}, saw your post about the {job} role. My CV is attached. Best, {NAME_FULL}"),
    (
        "en",
        "Please book the Eurostar for {NAME_UPPER} on {date}; passport name as shown, born {DOB}. Phone {PHONE}.",
    ),
    (
        "en",
        "Company car {PLATE} (lease contract {CUSTOMER_NUMBER_LEASE}) had a scratch at the {place}; driver "
        "{NAME_INITIALS}.",
    ),
    (
        "en",
        "My email is {EMAIL_SPOKEN} and my phone number is {PHONE_SPOKEN}, the reference is {CUSTOMER_NUMBER_SPOKEN}.",
    ),
    (
        "en",
        "Agent 1: Could you confirm your postcode? Customer: {POSTCODE_SPOKEN}. Agent 2: And the house number? "
        "Customer: It's {ADDRESS}.",
    ),
    (
        "en",
        "Kind regards,\n{NAME_FULL}\nFounder & {job}, {shop}\nKvK {kvk} · VAT {btw}\nM: {PHONE} · {EMAIL_WORK}",
    ),
    ("en", "[~{NAME_HANDLE}] the UBO extract lists {NAME_FULL}, born {DOB_ISO}; the BSN {BSN} must be masked."),
    ("en", "@{NAME_HANDLE} can you call the merchant back? {NAME_FIRST} left {PHONE_BE} as the Belgian number."),
    (
        "en",
        "Refund to the card {CARD} failed, please use my IBAN {IBAN} instead. {NAME_FULL}, order {order}.",
    ),
    ("en", "Please deliver the toner to my home: {ADDRESS}, {POSTCODE}, not to the office. Cheers, {NAME_FIRST}"),
    ("en", "The parking fine for {PLATE} was sent to {EMAIL}, but I returned that car to {lease} in {month}."),
    (
        "en",
        "name,email,phone,date_of_birth\n{NAME_FULL},{EMAIL},{PHONE},{DOB_ISO}",
    ),
    ("en", "Our Brussels driver {NAME_FULL} drives the van {PLATE_BE}; his address is {ADDRESS_BE}, {be_town}."),
]
